"""Summarise the hand-judged postjobfree pairs: grade counts and the judge's self-agreement.

Reads, next to this file, the first set -- ``first-judged.jsonl`` (one grade per pair in
``pairs-to-judge.jsonl``) and ``rejudge.jsonl`` (pairs graded a second time, blind to the first
grade) -- the second, same-occupation set, ``within-judged.jsonl`` (one grade per pair in
``within-to-judge.jsonl``), and the third, posting-query set, ``postings-judged.jsonl`` (one grade
per pair in ``postings-to-judge.jsonl``). Nothing from ``../shared`` is needed. Run from the repository root:

    python -m bench.judged.summary
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.common import load_judgements

HERE = Path(__file__).resolve().parent
JUDGED = HERE / "first-judged.jsonl"
REJUDGED = HERE / "rejudge.jsonl"
PAIRS = HERE / "pairs-to-judge.jsonl"
WITHIN_JUDGED = HERE / "within-judged.jsonl"
WITHIN_PAIRS = HERE / "within-to-judge.jsonl"
POSTINGS_JUDGED = HERE / "postings-judged.jsonl"
GRADES = (0, 1, 2, 3)

# How select_within.py laid out the second set: groups of ten postings per resume, in pool order
# (3 best by TF-IDF cosine, 3 best by skill share, 4 random), the 20 "Software Engineer" resumes
# first and the 10 "Machinist"/"Technician" resumes after them.
WITHIN_GROUP = 10
WITHIN_POOLS = ("tfidf",) * 3 + ("skills",) * 3 + ("random",) * 4
WITHIN_SOFTWARE_GROUPS = 20


def key(row: dict) -> tuple[str, str, str]:
    """A pair is a resume, a posting and the direction it was judged in."""
    return row["resume_id"], row["posting_id"], row["query"]


@dataclass
class Agreement:
    """Agreement between two gradings of the same pairs.

    n: pairs graded twice; exact / within_one: share with the same grade / grades at most one
    apart; kappa: quadratic-weighted Cohen's kappa; confusion: counts of (first, second) grades.
    """

    n: int
    exact: float
    within_one: float
    kappa: float
    confusion: dict[tuple[int, int], int]


def agreement(first: list[int], second: list[int]) -> Agreement:
    """Compare two equally long lists of grades 0-3 (``first[i]`` and ``second[i]`` grade one pair)."""
    if len(first) != len(second) or not first:
        raise ValueError("need two non-empty grade lists of the same length")
    n = len(first)
    pairs = list(zip(first, second, strict=True))
    confusion = Counter(pairs)
    exact = sum(a == b for a, b in pairs) / n
    within = sum(abs(a - b) <= 1 for a, b in pairs) / n
    top = max(GRADES) ** 2
    observed = sum((a - b) ** 2 for a, b in pairs) / (n * top)
    fa, fb = Counter(first), Counter(second)
    expected = sum(fa[a] * fb[b] * (a - b) ** 2 for a in GRADES for b in GRADES) / (n * n * top)
    kappa = 1.0 - observed / expected if expected else 1.0
    return Agreement(n, exact, within, kappa, dict(confusion))


def self_agreement(judged: list[dict], rejudged: list[dict]) -> Agreement:
    """Agreement of the re-judged pairs with their first grade in ``judged``."""
    first = {key(row): row["grade"] for row in judged}
    missing = [key(row) for row in rejudged if key(row) not in first]
    if missing:
        raise ValueError(f"re-judged pairs not in the judged set: {missing[:3]}")
    return agreement([first[key(row)] for row in rejudged], [row["grade"] for row in rejudged])


def count_line(label: str, rows: list[dict]) -> str:
    """One line of grade counts and shares for ``rows`` (judged pairs)."""
    counts = Counter(r["grade"] for r in rows)
    cells = "  ".join(f"{g}: {counts[g]:>3} ({counts[g] / len(rows):.0%})" for g in GRADES)
    return f"  {label:<14} n={len(rows):<4} {cells}"


def report(judged: list[dict], rejudged: list[dict]) -> str:
    """Plain-text summary: grade counts overall and per query direction, then self-agreement."""
    lines = [f"pairs judged: {len(judged)}"]
    for label, rows in [("all", judged)] + [
        (f"query={q}", [r for r in judged if r["query"] == q]) for q in ("resume", "posting")
    ]:
        lines.append(count_line(label, rows))
    by_pair: dict[tuple[str, str], list[int]] = {}
    for row in judged:
        by_pair.setdefault((row["resume_id"], row["posting_id"]), []).append(row["grade"])
    twice = [grades for grades in by_pair.values() if len(grades) > 1]
    lines.append(f"pairs judged in both directions: {len(twice)}, same grade both times: "
                 f"{sum(len(set(grades)) == 1 for grades in twice)}")
    result = self_agreement(judged, rejudged)
    lines.append(f"re-judged: {result.n} pairs; exact {result.exact:.0%}, within one grade "
                 f"{result.within_one:.0%}, quadratic-weighted kappa {result.kappa:.2f}")
    lines.append("  first \\ second  " + "  ".join(str(g) for g in GRADES))
    for a in GRADES:
        lines.append(f"  {a:>14}  " + "  ".join(str(result.confusion.get((a, b), 0)) for b in GRADES))
    return "\n".join(lines)


def within_groups(judged: list[dict]) -> list[list[dict]]:
    """The second set's rows cut into its groups of ``WITHIN_GROUP`` (one resume each), in order."""
    groups = [judged[i:i + WITHIN_GROUP] for i in range(0, len(judged), WITHIN_GROUP)]
    for group in groups:
        if len(group) != WITHIN_GROUP or len({row["resume_id"] for row in group}) != 1:
            raise ValueError(f"not a group of {WITHIN_GROUP} postings for one resume: {group[0]['resume_id']}")
    return groups


def within_report(judged: list[dict]) -> str:
    """Plain-text summary of the second set: grade counts overall, per resume category and per
    pool the posting came from, and how many groups have no pair graded above 1."""
    groups = within_groups(judged)
    lines = [f"same-occupation pairs judged: {len(judged)} in {len(groups)} groups", count_line("all", judged)]
    software = [row for group in groups[:WITHIN_SOFTWARE_GROUPS] for row in group]
    trades = [row for group in groups[WITHIN_SOFTWARE_GROUPS:] for row in group]
    lines += [count_line("software", software), count_line("trades", trades)]
    for pool in dict.fromkeys(WITHIN_POOLS):
        rows = [group[i] for group in groups for i, name in enumerate(WITHIN_POOLS) if name == pool]
        mean = sum(row["grade"] for row in rows) / len(rows)
        lines.append(f"{count_line(f'pool={pool}', rows)}  mean {mean:.2f}")
    low = sum(max(row["grade"] for row in group) <= 1 for group in groups)
    lines.append(f"groups with no pair above 1: {low} of {len(groups)}")
    return "\n".join(lines)


def postings_report(judged: list[dict]) -> str:
    """Plain-text summary of the third set (postings as queries): grade counts and the postings
    whose ten resumes include none graded 2 or 3."""
    groups: dict[str, list[int]] = {}
    for row in judged:
        groups.setdefault(row["posting_id"], []).append(row["grade"])
    low = sorted(posting for posting, grades in groups.items() if max(grades) < 2)
    return "\n".join([f"posting-query pairs judged: {len(judged)} in {len(groups)} groups",
                      count_line("all", judged),
                      f"groups with no pair graded 2+: {len(low)} of {len(groups)} {' '.join(low)}".rstrip()])


def main() -> int:
    print(report(load_judgements(JUDGED), load_judgements(REJUDGED)))
    print()
    print(within_report(load_judgements(WITHIN_JUDGED)))
    print()
    print(postings_report(load_judgements(POSTINGS_JUDGED)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
