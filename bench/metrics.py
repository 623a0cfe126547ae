"""Metric functions, engine-independent and small enough to check by hand."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 from counts (an empty side counts as 1.0 for its own ratio)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def dcg(gains: Sequence[float], k: int) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains[:k]))


def ndcg_at_k(ranked_grades: Sequence[int], k: int = 5, all_grades: Iterable[int] | None = None) -> float | None:
    """nDCG@k with gains ``2**grade - 1``.

    ``ranked_grades`` are the grades of the items in the order a system ranked
    them; the ideal ordering is taken from ``all_grades`` (default: the same
    items). ``None`` when no item has a positive grade (the query says nothing).
    """
    ideal_grades = sorted(all_grades if all_grades is not None else ranked_grades, reverse=True)
    ideal = dcg([2**g - 1 for g in ideal_grades], k)
    if ideal <= 0:
        return None
    return dcg([2**g - 1 for g in ranked_grades], k) / ideal


def reciprocal_rank(ranked_grades: Sequence[int], relevant_at: int = 2) -> float | None:
    """1 / rank of the first item graded ``relevant_at`` or more; ``None`` when there is none."""
    if not any(g >= relevant_at for g in ranked_grades):
        return None
    for rank, grade in enumerate(ranked_grades, 1):
        if grade >= relevant_at:
            return 1.0 / rank
    return None  # pragma: no cover


def kendall_tau(scores: Sequence[float], grades: Sequence[int]) -> float | None:
    """Kendall's tau-b between system scores and grades; ``None`` when either is constant."""
    from scipy.stats import kendalltau

    if len(set(scores)) < 2 or len(set(grades)) < 2:
        return None
    tau = kendalltau(list(scores), list(grades)).statistic
    return None if tau != tau else float(tau)


def mean(values: Iterable[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def rank_by_score(scores: dict[str, float]) -> list[str]:
    """Ids best first; ties broken by id, as the engine does."""
    return sorted(scores, key=lambda key: (-scores[key], key))


def query_metrics(scores: dict[str, float], grades: dict[str, int], k: int = 5) -> dict:
    """nDCG@k, reciprocal rank and Kendall's tau of one query's ``scores`` against ``grades``.

    Only items with a grade are ranked; an item without a score counts as score 0.
    """
    items = sorted(grades)
    full = {item: float(scores.get(item, 0.0)) for item in items}
    order = rank_by_score(full)
    ranked = [grades[item] for item in order]
    return {
        "ndcg": ndcg_at_k(ranked, k),
        "mrr": reciprocal_rank(ranked),
        "tau": kendall_tau([full[i] for i in items], [grades[i] for i in items]),
        "top": order[:k],
    }


def growth_exponent(sizes: Sequence[float], values: Sequence[float]) -> float | None:
    """Least-squares slope of log(value) on log(size): 1 is linear, below 1 sublinear."""
    pairs = [(math.log(s), math.log(v)) for s, v in zip(sizes, values, strict=True) if s > 0 and v and v > 0]
    if len(pairs) < 2:
        return None
    mx = sum(x for x, _ in pairs) / len(pairs)
    my = sum(y for _, y in pairs) / len(pairs)
    sxx = sum((x - mx) ** 2 for x, _ in pairs)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in pairs) / sxx


def describe_growth(exponent: float | None) -> str:
    if exponent is None:
        return "n/a"
    if exponent < 0.15:
        return "flat"
    if exponent < 0.85:
        return "sublinear"
    if exponent <= 1.15:
        return "linear"
    return "superlinear"
