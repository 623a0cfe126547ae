"""The hand-judged postjobfree sets: every pair graded once, in order, with a reason; the re-judged
sample drawn from the first set; the agreement figures; and the README's counts matching the files,
for the first set, the second, same-occupation set and the third, posting-query set. Needs nothing from ../shared (the texts
are referenced by id only)."""

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
WITHIN_PAIRS = load_judgements(summary.WITHIN_PAIRS)
WITHIN = load_judgements(summary.WITHIN_JUDGED)
POSTINGS_PAIRS = load_judgements(summary.HERE / "postings-to-judge.jsonl")
POSTINGS = load_judgements(summary.POSTINGS_JUDGED)
README = (REPO / "bench" / "judged" / "README.md").read_text(encoding="utf-8")


def section(text: str, heading: str) -> str:
    """The part of a markdown text under ``heading`` (a whole line such as ``"## Grades"``), up to
    the next heading of the same or a higher level."""
    level = len(heading) - len(heading.lstrip("#"))
    lines = text.splitlines()
    start = lines.index(heading) + 1
    end = next((i for i in range(start, len(lines))
                if lines[i].startswith("#") and len(lines[i]) - len(lines[i].lstrip("#")) <= level), len(lines))
    return "\n".join(lines[start:end])


def test_every_pair_is_judged_once_in_the_same_order():
    assert len(PAIRS) == 420
    assert [summary.key(row) for row in JUDGED] == [summary.key(row) for row in PAIRS]


def test_every_within_pair_is_judged_once_in_the_same_order():
    assert len(WITHIN_PAIRS) == 300
    assert [summary.key(row) for row in WITHIN] == [summary.key(row) for row in WITHIN_PAIRS]
    assert len(set(summary.key(row) for row in WITHIN)) == 300
    assert {row["query"] for row in WITHIN} == {"resume"}


def test_every_posting_query_pair_is_judged_once_in_the_same_order():
    assert [summary.key(row) for row in POSTINGS] == [summary.key(row) for row in POSTINGS_PAIRS]
    assert len(set(summary.key(row) for row in POSTINGS)) == 200
    assert {row["query"] for row in POSTINGS} == {"posting"}
    groups = Counter(row["posting_id"] for row in POSTINGS)
    assert len(groups) == 20 and set(groups.values()) == {10}
    first_queries = {row["posting_id"] for row in PAIRS if row["query"] == "posting"}
    assert not first_queries & set(groups)


@pytest.mark.parametrize("rows", [JUDGED, REJUDGED, WITHIN, POSTINGS], ids=["judged", "rejudged", "within", "postings"])
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


def test_within_set_is_thirty_groups_of_ten_with_varied_grades():
    groups = summary.within_groups(WITHIN)
    assert len(groups) == 30 and len({group[0]["resume_id"] for group in groups}) == 30
    assert set(Counter(row["grade"] for row in WITHIN)) == set(summary.GRADES)
    assert sum(len({row["grade"] for row in group}) > 1 for group in groups) >= 25


def test_within_groups_refuses_a_broken_layout():
    with pytest.raises(ValueError):
        summary.within_groups(WITHIN[:15])
    with pytest.raises(ValueError):
        summary.within_groups(WITHIN[5:15])


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
    readme = section(README, "## Grades")
    counts = Counter(row["grade"] for row in JUDGED)
    for grade in summary.GRADES:
        by_query = [sum(1 for r in JUDGED if r["grade"] == grade and r["query"] == q) for q in ("resume", "posting")]
        row = re.search(rf"^\| {grade} \|[^|]*\| (\d+) \| (\d+)% \| (\d+) \| (\d+) \|$", readme, re.M)
        assert row, f"no README row for grade {grade}"
        assert [int(x) for x in row.groups()] == [counts[grade], round(100 * counts[grade] / len(JUDGED)), *by_query]
    result = summary.self_agreement(JUDGED, REJUDGED)
    exact = sum(n for (a, b), n in result.confusion.items() if a == b)
    agreement = section(README, "## Self-agreement")
    assert f"| exact agreement | {exact} / {result.n} ({result.exact:.0%}) |" in agreement
    assert f"| quadratic-weighted kappa | {result.kappa:.2f} |" in agreement


def test_readme_counts_for_the_within_set_match_the_file():
    readme = section(section(README, "## Second set: same-occupation pairs"), "### Grades")
    groups = summary.within_groups(WITHIN)
    families = [[row for group in part for row in group]
                for part in (groups[:summary.WITHIN_SOFTWARE_GROUPS], groups[summary.WITHIN_SOFTWARE_GROUPS:])]
    counts = Counter(row["grade"] for row in WITHIN)
    for grade in summary.GRADES:
        row = re.search(rf"^\| {grade} \|[^|]*\| (\d+) \| (\d+)% \| (\d+) \| (\d+) \|$", readme, re.M)
        assert row, f"no README row for grade {grade}"
        by_family = [sum(1 for r in rows if r["grade"] == grade) for rows in families]
        assert [int(x) for x in row.groups()] == [counts[grade], round(100 * counts[grade] / len(WITHIN)), *by_family]
    assert f"| | total | {len(WITHIN)} | | {len(families[0])} | {len(families[1])} |" in readme
    labels = {"tfidf": "TF-IDF top 3", "skills": "skill-share top 3", "random": "random 4"}
    for pool, label in labels.items():
        rows = [group[i] for group in groups for i, name in enumerate(summary.WITHIN_POOLS) if name == pool]
        pool_counts = Counter(r["grade"] for r in rows)
        cells = " | ".join(str(pool_counts[g]) for g in summary.GRADES)
        mean = sum(r["grade"] for r in rows) / len(rows)
        assert f"| {label} | {len(rows)} | {cells} | {mean:.2f} |" in readme


def test_summary_report_prints_the_counts():
    text = summary.report(JUDGED, REJUDGED)
    assert "pairs judged: 420" in text
    assert f"re-judged: {len(REJUDGED)} pairs" in text


def test_within_report_prints_counts_per_family_and_pool():
    text = summary.within_report(WITHIN)
    counts = Counter(row["grade"] for row in WITHIN)
    assert "same-occupation pairs judged: 300 in 30 groups" in text
    assert summary.count_line("all", WITHIN) in text
    assert f"3: {counts[3]:>3} ({counts[3] / 300:.0%})" in text
    for pool in ("tfidf", "skills", "random"):
        assert f"pool={pool}" in text
    low = sum(max(r["grade"] for r in group) <= 1 for group in summary.within_groups(WITHIN))
    assert f"groups with no pair above 1: {low} of 30" in text


def test_readme_counts_for_the_posting_query_set_match_the_file():
    readme = section(section(README, "## Third set: posting-query pairs"), "### Grades")
    counts = Counter(row["grade"] for row in POSTINGS)
    for grade in summary.GRADES:
        row = re.search(rf"^\| {grade} \|[^|]*\| (\d+) \| (\d+)% \|$", readme, re.M)
        assert row, f"no README row for grade {grade}"
        assert [int(x) for x in row.groups()] == [counts[grade], round(100 * counts[grade] / len(POSTINGS))]
    assert f"| | total | {len(POSTINGS)} | |" in readme
    text = summary.postings_report(POSTINGS)
    assert "posting-query pairs judged: 200 in 20 groups" in text
    assert "groups with no pair graded 2+: 1 of 20 go2f5a" in text
