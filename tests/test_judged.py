"""The hand-judged postjobfree set: every pair graded once, in order, with a reason; the re-judged
sample drawn from it; the agreement figures; and the README's counts matching the files.
Needs nothing from ../shared (the texts are referenced by id only)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.common import load_judgements  # noqa: E402
from bench.judged import summary  # noqa: E402

PAIRS = load_judgements(summary.PAIRS)
JUDGED = load_judgements(summary.JUDGED)
REJUDGED = load_judgements(summary.REJUDGED)


def test_every_pair_is_judged_once_in_the_same_order():
    assert len(PAIRS) == 420
    assert [summary.key(row) for row in JUDGED] == [summary.key(row) for row in PAIRS]


@pytest.mark.parametrize("rows", [JUDGED, REJUDGED], ids=["judged", "rejudged"])
def test_grades_are_0_to_3_with_a_one_sentence_reason(rows):
    for row in rows:
        assert set(row) == {"resume_id", "posting_id", "query", "grade", "reason"}
        assert row["grade"] in summary.GRADES
        reason = row["reason"]
        assert isinstance(reason, str) and 15 <= len(reason) <= 220, reason
        assert "\n" not in reason and reason.endswith("."), reason


def test_every_group_has_ten_candidates_and_the_grades_are_not_constant():
    groups = Counter((row["query"], row["resume_id"] if row["query"] == "resume" else row["posting_id"])
                     for row in JUDGED)
    assert len(groups) == 42 and set(groups.values()) == {10}
    assert set(Counter(row["grade"] for row in JUDGED)) == set(summary.GRADES)


def test_rejudged_sample_is_forty_distinct_pairs_from_the_first_fourteen_groups():
    order = []
    for row in PAIRS:
        group = (row["query"], row["resume_id"] if row["query"] == "resume" else row["posting_id"])
        if group not in order:
            order.append(group)
    first = set(order[:14])
    keys = [summary.key(row) for row in REJUDGED]
    assert len(keys) == 40 and len(set(keys)) == 40
    for row in REJUDGED:
        assert (row["query"], row["resume_id"] if row["query"] == "resume" else row["posting_id"]) in first


def test_agreement_on_a_hand_computed_case():
    result = summary.agreement([0, 1, 2, 3], [0, 1, 3, 3])
    assert result.n == 4
    assert result.exact == pytest.approx(0.75)
    assert result.within_one == pytest.approx(1.0)
    # observed weighted disagreement 1/36, expected 48/144 -> kappa = 1 - (1/36) / (1/3)
    assert result.kappa == pytest.approx(1 - 1 / 12)
    assert result.confusion[(2, 3)] == 1
    far = summary.agreement([0, 0, 3, 3], [3, 3, 0, 0])
    assert far.exact == 0 and far.within_one == 0 and far.kappa < 0


def test_agreement_rejects_unequal_or_empty_input():
    with pytest.raises(ValueError):
        summary.agreement([1, 2], [1])
    with pytest.raises(ValueError):
        summary.agreement([], [])


def test_self_agreement_refuses_pairs_that_were_never_judged():
    stranger = dict(REJUDGED[0], posting_id="not-a-posting")
    with pytest.raises(ValueError):
        summary.self_agreement(JUDGED, [stranger])


def test_readme_counts_and_agreement_match_the_files():
    readme = (REPO / "bench" / "judged" / "README.md").read_text(encoding="utf-8")
    counts = Counter(row["grade"] for row in JUDGED)
    for grade in summary.GRADES:
        by_query = [sum(1 for r in JUDGED if r["grade"] == grade and r["query"] == q) for q in ("resume", "posting")]
        row = re.search(rf"^\| {grade} \|[^|]*\| (\d+) \| (\d+)% \| (\d+) \| (\d+) \|$", readme, re.M)
        assert row, f"no README row for grade {grade}"
        assert [int(x) for x in row.groups()] == [counts[grade], round(100 * counts[grade] / len(JUDGED)), *by_query]
    result = summary.self_agreement(JUDGED, REJUDGED)
    exact = sum(n for (a, b), n in result.confusion.items() if a == b)
    assert f"| exact agreement | {exact} / {result.n} ({result.exact:.0%}) |" in readme
    assert f"| quadratic-weighted kappa | {result.kappa:.2f} |" in readme


def test_summary_report_prints_the_counts():
    text = summary.report(JUDGED, REJUDGED)
    assert "pairs judged: 420" in text
    assert f"re-judged: {len(REJUDGED)} pairs" in text
