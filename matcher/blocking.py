"""Candidates for a batch: which rows of a pool can reach a score, found without scoring them.

A score is the weighted mean of the components that apply, each in ``[0, 1]``, and the skills
component is the posting's weighted coverage ``sum(w_u * c_u) / T`` over its units ``u`` (a
skill, or a choice of skills), with resume credits ``c_u <= 1``. If a resume has credit on units
carrying only a share ``s`` of the posting's weight ``T``, the pair scores at most::

    100 * (w_skills * s + R) / (w_skills + R)        R = the sum of the other weights

(50 at ``s = 0`` with the default weights). Turned round: to score ``theta`` a pair needs a share
of at least :func:`share_needed` ``(theta)``. *Prefix filtering* turns that into an inverted
index: leave out a posting's most common units while their weight stays below ``s * T``; a resume
with a share of ``s`` or more must then have credit on one of the units kept.

A batch tries the :func:`tiers` in turn: at tier ``theta`` it ranks a target against the
candidates only, and when its ``top``-th result scores ``theta`` or more, every pair left out
scores below it, so the top is exactly what ranking the whole pool gives. Otherwise it tries the
next tier, and finally the whole pool. :class:`PostingPool` indexes postings (each resume's best
postings), :class:`ResumePool` resumes (each posting's best resumes).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from matcher.profile import Profile
from matcher.scoring import ScoringConfig
from matcher.vectors import SkillVectorizer

#: Scores tried before the last tier, which only asks for one shared skill.
TIER_SCORES = (75.0, 65.0)
#: Scores carry one decimal: a rounded score of ``theta`` may come from ``theta - 0.05``.
ROUNDING = 0.1


def _split(config: ScoringConfig) -> tuple[float, float]:
    skills = config.weights.get("skills", 0.0)
    return skills, sum(w for name, w in config.weights.items() if name != "skills")


def ceiling(config: ScoringConfig) -> float:
    """The highest score of a pair without a shared skill (the skills component 0, every other
    at most 1): 50 with the default weights, 100 when the skills weight is 0."""
    skills, rest = _split(config)
    return 100.0 * rest / (skills + rest) if skills > 0 else 100.0


def share_needed(score: float, config: ScoringConfig) -> float:
    """The least share of a posting's skill weight a resume needs credit on to score ``score``."""
    skills, rest = _split(config)
    return max(0.0, (score / 100.0 * (skills + rest) - rest) / skills) if skills > 0 else 0.0


def tiers(config: ScoringConfig) -> list[tuple[float, float]]:
    """``(theta, share)`` pairs, best first: a rounded score of ``theta`` or more needs ``share``.
    The last asks for one shared skill (share 0, theta just above :func:`ceiling`); none when the
    skills weight is 0, since then blocking proves nothing."""
    top = ceiling(config)
    if top >= 100.0:
        return []
    tried = [(theta, share_needed(theta - ROUNDING, config)) for theta in TIER_SCORES if theta > top + ROUNDING]
    return [*tried, (round(top + ROUNDING, 6), 0.0)]


def _unit_columns(skills: SkillVectorizer, posting: Profile) -> tuple[list[np.ndarray], np.ndarray]:
    units = skills.posting_units(posting)
    columns = [np.array([skills.index[m] for m in members], dtype=np.int64) for members, _ in units]
    return columns, np.array([w for _, w in units], dtype=np.float64)


def kept_units(columns: list[np.ndarray], weights: np.ndarray, frequency: np.ndarray, share: float) -> list[int]:
    """The units a resume with ``share`` of the weight must touch: all but the most frequent
    ones, left out while their weight stays below ``share`` of the total."""
    order = sorted(range(len(columns)), key=lambda u: (-float(frequency[columns[u]].sum()), u))
    budget = share * float(weights.sum())
    left_out = 0.0
    kept = []
    for u in order:
        if left_out + weights[u] < budget:
            left_out += weights[u]
        else:
            kept.append(u)
    return sorted(kept)


def _inverted(rows: Sequence[np.ndarray], n_columns: int) -> sp.csc_matrix:
    """A 0/1 CSC matrix with row ``i`` set at the (distinct) columns ``rows[i]``."""
    sizes = [len(r) for r in rows]
    columns = np.concatenate(list(rows) or [np.zeros(0, dtype=np.int64)])
    return sp.csc_matrix((np.ones(len(columns), dtype=np.int8), (np.repeat(np.arange(len(rows)), sizes), columns)),
                         shape=(len(rows), n_columns))


def _rows_with(matrix: sp.csc_matrix, columns: np.ndarray) -> np.ndarray:
    if not len(columns):
        return np.zeros(0, dtype=np.int64)
    return np.unique(matrix[:, columns].indices).astype(np.int64)


def resume_keys(skills: SkillVectorizer, resume: Profile) -> np.ndarray:
    """The skill columns a resume has credit on (its own, implied and related skills)."""
    return np.unique(np.array([skills.index[s] for s, c in skills.resume_credits(resume).items() if c.value > 0],
                              dtype=np.int64))


class PostingPool:
    """Postings indexed for candidate search by resume, one inverted index per tier.

    Parameters
    ----------
    skills:
        The fitted :class:`~matcher.vectors.SkillVectorizer` the ranker uses.
    postings:
        The pool's posting profiles, in index order.
    config:
        The scoring configuration (its weights set the tiers).
    """

    def __init__(self, skills: SkillVectorizer, postings: Sequence[Profile], config: ScoringConfig):
        self.tiers = tiers(config)
        units = [_unit_columns(skills, p) for p in postings]
        n_skills = len(skills.skill_ids)
        frequency = np.zeros(n_skills)
        for columns, _ in units:
            if columns:
                frequency[np.unique(np.concatenate(columns))] += 1
        self.size = len(postings)
        #: Postings that ask for no skill: their skills component does not apply, so they pair with anything.
        self.everywhere = np.array([i for i, (columns, _) in enumerate(units) if not columns], dtype=np.int64)
        self.indexes = []
        for _, share in self.tiers:
            rows = []
            for columns, weights in units:
                kept = kept_units(columns, weights, frequency, share) if columns else []
                rows.append(np.unique(np.concatenate([columns[u] for u in kept])) if kept
                            else np.zeros(0, dtype=np.int64))
            self.indexes.append(_inverted(rows, n_skills))

    def candidates(self, skills: SkillVectorizer, resume: Profile, tier: int) -> np.ndarray | None:
        """Sorted rows of the postings ``resume`` may score ``self.tiers[tier][0]`` or more with."""
        hits = _rows_with(self.indexes[tier], resume_keys(skills, resume))
        return np.union1d(hits, self.everywhere)


class ResumePool:
    """Resumes indexed for candidate search by posting: an inverted index of their credited
    skills; a posting's own units are pruned per tier when it asks.

    Parameters as :class:`PostingPool`, with the pool's resume profiles.
    """

    def __init__(self, skills: SkillVectorizer, resumes: Sequence[Profile], config: ScoringConfig):
        self.tiers = tiers(config)
        self.size = len(resumes)
        self.index = _inverted([resume_keys(skills, r) for r in resumes], len(skills.skill_ids))
        self.frequency = np.diff(self.index.indptr).astype(np.float64)  # resumes per skill column

    def candidates(self, skills: SkillVectorizer, posting: Profile, tier: int) -> np.ndarray | None:
        """Sorted rows of the resumes that may score ``self.tiers[tier][0]`` or more with
        ``posting``; ``None`` (every row) for a posting that asks for no skill."""
        columns, weights = _unit_columns(skills, posting)
        if not columns:
            return None
        kept = kept_units(columns, weights, self.frequency, self.tiers[tier][1])
        return _rows_with(self.index, np.unique(np.concatenate([columns[u] for u in kept])))
