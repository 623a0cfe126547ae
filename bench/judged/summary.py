"""Summarise the hand-judged postjobfree pairs: grade counts and the judge's self-agreement.

Reads ``postjobfree-judged.jsonl`` (one grade per pair in ``pairs-to-judge.jsonl``) and
``rejudge.jsonl`` (pairs graded a second time, blind to the first grade) next to this file;
nothing from ``../shared`` is needed. Run from the repository root:

    python -m bench.judged.summary
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.common import load_judgements

HERE = Path(__file__).resolve().parent
JUDGED = HERE / "postjobfree-judged.jsonl"
REJUDGED = HERE / "rejudge.jsonl"
PAIRS = HERE / "pairs-to-judge.jsonl"
GRADES = (0, 1, 2, 3)


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


def report(judged: list[dict], rejudged: list[dict]) -> str:
    """Plain-text summary: grade counts overall and per query direction, then self-agreement."""
    lines = [f"pairs judged: {len(judged)}"]
    for label, rows in [("all", judged)] + [
        (f"query={q}", [r for r in judged if r["query"] == q]) for q in ("resume", "posting")
    ]:
        counts = Counter(r["grade"] for r in rows)
        cells = "  ".join(f"{g}: {counts[g]:>3} ({counts[g] / len(rows):.0%})" for g in GRADES)
        lines.append(f"  {label:<14} n={len(rows):<4} {cells}")
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


def main() -> int:
    print(report(load_judgements(JUDGED), load_judgements(REJUDGED)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
