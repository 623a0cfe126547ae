"""Which pairs of a batch can reach a target's top, found without scoring them.

A score is the weighted mean of the components that apply, each in ``[0, 1]``; the skills
component of a pair is the posting's weighted coverage ``sum(w_u * c_u) / T`` over its units
``u`` (a skill, or a choice of skills) with the resume's credits ``c_u <= 1``. With ``v`` that
coverage, a pair scores at most::

    100 * (w_skills * v + R) / (w_skills + R)        R = the sum of the other weights

(50 when ``v = 0``, with the default weights). Coverage is cheap to get for a whole pool at once
(a sparse product) while the other components (TF-IDF, fuzzy titles) and the explanations are
not, so :func:`exact_top` tries the :data:`TIER_SCORES` in turn: at tier ``theta`` the engine's
own ``Ranker`` scores only the rows whose bound reaches ``theta``; when the ``top``-th of them
scores ``theta`` or more, every row left out scores less, so that top is the pool's top, ties
and all. Otherwise the next tier, and finally the whole pool.

:class:`PostingPool` bounds postings for a resume, :class:`ResumePool` resumes for a posting.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from matcher.profile import Profile
from matcher.ranking import MatchResult, PostingIndex, ResumeIndex
from matcher.scoring import ScoringConfig
from matcher.vectors import SkillVectorizer

#: Scores a target's top is tried against, best first.
TIER_SCORES = (75.0, 65.0, 55.0)
#: Scores carry one decimal: a rounded score of ``theta`` may come from ``theta - 0.05``.
ROUNDING = 0.1


def score_bound(coverage: np.ndarray, config: ScoringConfig) -> np.ndarray:
    """The highest score a pair can have with skills ``coverage`` (NaN: the skills component
    does not apply, so anything up to 100)."""
    skills = config.weights.get("skills", 0.0)
    rest = sum(w for name, w in config.weights.items() if name != "skills")
    bound = 100.0 * (skills * coverage + rest) / (skills + rest)
    return np.where(np.isnan(coverage), 100.0, bound)


class PostingPool:
    """Bounds for one resume against every posting of a :class:`~matcher.ranking.PostingIndex`.

    Parameters
    ----------
    index:
        The pool's posting index (its skill units and their totals are read).
    config:
        The scoring configuration whose weights the bound uses.
    """

    def __init__(self, index: PostingIndex, config: ScoringConfig):
        self.units = index.units
        self.totals = index.weight_totals
        self.config = config

    def bounds(self, skills: SkillVectorizer, resume: Profile) -> np.ndarray:
        covered = self.units.covered(skills.resume_vector(resume))
        with np.errstate(invalid="ignore", divide="ignore"):
            coverage = np.where(self.totals > 0, covered / self.totals, np.nan)
        return score_bound(coverage, self.config)


class ResumePool:
    """Bounds for one posting against every resume of a :class:`~matcher.ranking.ResumeIndex`
    (the credits are kept by column, so a posting reads only the columns of its skills)."""

    def __init__(self, index: ResumeIndex, config: ScoringConfig):
        self.credits = index.credits.tocsc()
        self.config = config

    def bounds(self, skills: SkillVectorizer, posting: Profile) -> np.ndarray:
        n = self.credits.shape[0]
        units = skills.posting_units(posting)
        total = sum(w for _, w in units)
        if not total:
            return np.full(n, 100.0)
        indptr, indices, data = self.credits.indptr, self.credits.indices, self.credits.data
        covered = np.zeros(n)
        for members, weight in units:
            best = np.zeros(n)
            for member in members:
                column = skills.index[member]
                start, end = indptr[column], indptr[column + 1]
                np.maximum.at(best, indices[start:end], data[start:end])
            covered += weight * best
        return score_bound(covered / total, self.config)


def exact_top(rank: Callable[[Profile, PostingIndex | ResumeIndex, int], list[MatchResult]], target: Profile,
              index: PostingIndex | ResumeIndex, bounds: np.ndarray, top: int) -> tuple[list[MatchResult], int]:
    """The best ``top`` of ``index`` for ``target``, the same as ``rank(target, index, top)``
    gives, scoring only the rows whose bound reaches a tier (see the module text).

    ``rank`` ranks with the engine's ``Ranker`` in the batch's direction; ``bounds`` holds one
    upper bound per row of ``index`` (:meth:`PostingPool.bounds`, :meth:`ResumePool.bounds`).
    Returns the results and the number of pairs scored.
    """
    size, scored = len(index), 0
    for theta in TIER_SCORES:
        rows = np.flatnonzero(bounds >= theta - ROUNDING)
        if len(rows) >= size:
            break
        if len(rows) < top:
            continue
        found = rank(target, index.take(rows), top)
        scored += len(rows)
        if found[-1].score >= theta:
            return found, scored
    return rank(target, index, top), scored + size
