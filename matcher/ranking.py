"""Step 8, ranking: one resume against many postings, or one posting against many
resumes, as sparse-matrix arithmetic rather than a Python loop over pairs.

An index holds the vectors of one side (built once); ranking computes every
component for every row at once, sorts, and explains only the rows it
returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from matcher.facts import normalize_title
from matcher.gaps import explain
from matcher.profile import Profile
from matcher.scoring import (
    SCORING_VERSION,
    ScoringConfig,
    band_of,
    breakdown_of,
    combine,
    education_component,
    experience_component,
    seniority_component,
    text_component,
    title_component,
)
from matcher.vectors import PostingMatrices, SkillVectorizer, TextVectorizer


@dataclass
class MatchResult:
    """One scored pair: the score, its breakdown, and the evidence behind it."""

    id: str
    title: str | None
    score: float
    band: str
    band_meaning: str
    breakdown: dict
    matched: list[dict]
    missing_required: list[dict]
    missing_preferred: list[dict]
    missing_mentioned: list[dict]
    partial: list[dict]
    experience_gap: dict | None
    degree_gap: dict | None
    coverage: dict
    resume_id: str
    posting_id: str
    rank: int = 0
    meta: dict = field(default_factory=dict)
    flags: dict = field(default_factory=dict)
    scoring_version: str = SCORING_VERSION

    def to_dict(self) -> dict:
        data = {
            "id": self.id,
            "rank": self.rank,
            "title": self.title,
            "score": self.score,
            "band": self.band,
            "band_meaning": self.band_meaning,
            "resume_id": self.resume_id,
            "posting_id": self.posting_id,
            "breakdown": self.breakdown,
            "coverage": self.coverage,
            "matched": self.matched,
            "missing_required": self.missing_required,
            "missing_preferred": self.missing_preferred,
            "missing_mentioned": self.missing_mentioned,
            "partial": self.partial,
            "experience_gap": self.experience_gap,
            "degree_gap": self.degree_gap,
            "flags": self.flags,
            "scoring_version": self.scoring_version,
        }
        for key in ("company", "location", "url"):
            if self.meta.get(key):
                data[key] = self.meta[key]
        return data


def _nan(value: float | None) -> float:
    return np.nan if value is None else float(value)


def _resume_titles(profile: Profile) -> list[str]:
    return [normalize_title(t) for t in profile.titles if t] or ([normalize_title(profile.title)] if profile.title else [])


@dataclass
class PostingIndex:
    """The posting side of one-resume-against-many, as arrays."""

    profiles: list[Profile]
    units: PostingMatrices
    weight_totals: np.ndarray
    text: sp.csr_matrix
    titles: list[str]  # distinct normalised titles
    title_codes: np.ndarray  # posting i has titles[title_codes[i]]
    seniority: np.ndarray
    years: np.ndarray
    skill_years: sp.csr_matrix
    degree: np.ndarray
    preferred_degree: np.ndarray
    flexible: np.ndarray
    order_key: np.ndarray

    @classmethod
    def build(cls, postings: Sequence[Profile], skills: SkillVectorizer, text: TextVectorizer) -> PostingIndex:
        units = skills.transform_postings(postings)
        year_rows = [{s.id: float(s.years) for s in p.skills.values() if s.years and s.id in skills.index}
                     for p in postings]
        ids = [p.id for p in postings]
        distinct: dict[str, int] = {}
        codes = [distinct.setdefault(normalize_title(p.title) if p.title else "", len(distinct)) for p in postings]
        return cls(
            profiles=list(postings),
            units=units,
            weight_totals=units.totals,
            text=text.transform([p.scoring_text for p in postings]),
            titles=list(distinct),
            title_codes=np.array(codes, dtype=np.int64),
            seniority=np.array([_nan(p.seniority_rank) for p in postings]),
            years=np.array([_nan(p.years_experience) for p in postings]),
            skill_years=skills.matrix(year_rows),
            degree=np.array([p.degree.level if p.degree else 0 for p in postings]),
            preferred_degree=np.array([p.preferred_degree.level if p.preferred_degree else 0 for p in postings]),
            flexible=np.array([p.degree_flexible for p in postings], dtype=bool),
            order_key=np.argsort(np.argsort(np.array(ids, dtype=object), kind="stable"), kind="stable"),
        )

    def take(self, rows: np.ndarray) -> PostingIndex:
        """The index of the postings at ``rows`` only: the same vectors, so the same scores and
        the same order of ties (a batch ranks a resume against its candidate postings this way)."""
        used, codes = np.unique(self.title_codes[rows], return_inverse=True)
        return PostingIndex(
            profiles=[self.profiles[i] for i in rows],
            units=self.units.take(rows),
            weight_totals=self.weight_totals[rows],
            text=self.text[rows],
            titles=[self.titles[i] for i in used],
            title_codes=codes.astype(np.int64),
            seniority=self.seniority[rows],
            years=self.years[rows],
            skill_years=self.skill_years[rows],
            degree=self.degree[rows],
            preferred_degree=self.preferred_degree[rows],
            flexible=self.flexible[rows],
            order_key=self.order_key[rows],
        )

    def __len__(self) -> int:
        return len(self.profiles)


@dataclass
class ResumeIndex:
    """The resume side of one-posting-against-many, as arrays."""

    profiles: list[Profile]
    credits: sp.csr_matrix
    text: sp.csr_matrix
    titles: list[list[str]]
    seniority: np.ndarray
    years: np.ndarray
    skill_years: sp.csr_matrix
    degree: np.ndarray
    order_key: np.ndarray

    @classmethod
    def build(cls, resumes: Sequence[Profile], skills: SkillVectorizer, text: TextVectorizer) -> ResumeIndex:
        year_rows = [{s.id: float(s.years) for s in r.skills.values() if s.years and s.id in skills.index}
                     for r in resumes]
        ids = [r.id for r in resumes]
        return cls(
            profiles=list(resumes),
            credits=skills.transform_resumes(resumes),
            text=text.transform([r.scoring_text for r in resumes]),
            titles=[_resume_titles(r) for r in resumes],
            seniority=np.array([_nan(r.seniority_rank) for r in resumes]),
            years=np.array([_nan(r.years_experience) for r in resumes]),
            skill_years=skills.matrix(year_rows),
            degree=np.array([r.degree.level if r.degree else 0 for r in resumes]),
            order_key=np.argsort(np.argsort(np.array(ids, dtype=object), kind="stable"), kind="stable"),
        )

    def take(self, rows: np.ndarray) -> ResumeIndex:
        """The index of the resumes at ``rows`` only (same vectors, same scores, same order of ties)."""
        return ResumeIndex(
            profiles=[self.profiles[i] for i in rows],
            credits=self.credits[rows],
            text=self.text[rows],
            titles=[self.titles[i] for i in rows],
            seniority=self.seniority[rows],
            years=self.years[rows],
            skill_years=self.skill_years[rows],
            degree=self.degree[rows],
            order_key=self.order_key[rows],
        )

    def __len__(self) -> int:
        return len(self.profiles)


class Ranker:
    """Scores pairs in bulk with a fitted :class:`SkillVectorizer` and :class:`TextVectorizer`."""

    def __init__(self, skills: SkillVectorizer, text: TextVectorizer, config: ScoringConfig | None = None):
        self.skills = skills
        self.text = text
        self.config = config or ScoringConfig()

    # ---- one resume, many postings --------------------------------------
    def rank_postings(self, resume: Profile, index: PostingIndex, top: int | None = 10) -> list[MatchResult]:
        n = len(index)
        if n == 0:
            return []
        credit_vector = self.skills.resume_vector(resume)
        totals = index.weight_totals
        covered = index.units.covered(credit_vector)
        skills_values = np.divide(covered, totals, out=np.zeros(n), where=totals > 0)
        # A dense query makes the cosine one CSR matrix-vector product.
        query = self.text.transform([resume.scoring_text]).toarray().ravel()
        cosines = index.text @ query if index.text.shape[1] == query.shape[0] else np.zeros(n)

        resume_skill_years = np.zeros(len(self.skills.skill_ids))
        for skill in resume.skills.values():
            if skill.years and skill.id in self.skills.index:
                resume_skill_years[self.skills.index[skill.id]] = skill.years
        skill_mean, has_skill_years = _skill_years_satisfaction(index.skill_years, resume_skill_years)

        components = {
            "skills": (skills_values, totals > 0),
            "text": (text_component(cosines, self.config), np.full(n, self.text.fitted)),
            "title": title_component([_resume_titles(resume)], index.titles, index.title_codes),
            "seniority": seniority_component(np.full(n, _nan(resume.seniority_rank)), index.seniority),
            "experience": experience_component(np.full(n, _nan(resume.years_experience)), index.years,
                                               skill_mean, has_skill_years, self.config),
            "education": education_component(np.full(n, resume.degree.level if resume.degree else 0),
                                             index.degree, index.preferred_degree, index.flexible),
        }
        scores = combine(components, self.config)
        order = _best_first(scores, index.order_key, top)
        credits = self.skills.resume_credits(resume)
        results = []
        for rank, i in enumerate(order, 1):
            posting = index.profiles[i]
            result = self._result(resume, posting, credits, self.skills.posting_units(posting), components,
                                  int(i), float(scores[i]), cosines[i], result_id=posting.id, meta=posting.meta)
            result.rank = rank
            results.append(result)
        return results

    # ---- one posting, many resumes --------------------------------------
    def rank_resumes(self, posting: Profile, index: ResumeIndex, top: int | None = 10) -> list[MatchResult]:
        n = len(index)
        if n == 0:
            return []
        covered = np.zeros(n)
        total = 0.0
        units = self.skills.posting_units(posting)
        for members, weight in units:
            columns = [self.skills.index[m] for m in members]
            covered += weight * index.credits[:, columns].toarray().max(axis=1)
            total += weight
        skills_values = covered / total if total > 0 else np.zeros(n)
        cosines = (index.text @ self.text.transform([posting.scoring_text]).T).toarray().ravel()

        required_years = {s.id: float(s.years) for s in posting.skills.values() if s.years and s.id in self.skills.index}
        if required_years:
            columns = [self.skills.index[s] for s in sorted(required_years)]
            needed = np.array([required_years[s] for s in sorted(required_years)])
            have = index.skill_years[:, columns].toarray()
            skill_mean = np.minimum(1.0, have / needed).mean(axis=1)
            has_skill_years = np.ones(n, dtype=bool)
        else:
            skill_mean = np.zeros(n)
            has_skill_years = np.zeros(n, dtype=bool)

        components = {
            "skills": (skills_values, np.full(n, total > 0)),
            "text": (text_component(cosines, self.config), np.full(n, self.text.fitted)),
            "title": title_component(index.titles, [normalize_title(posting.title) if posting.title else ""]),
            "seniority": seniority_component(index.seniority, np.full(n, _nan(posting.seniority_rank))),
            "experience": experience_component(index.years, np.full(n, _nan(posting.years_experience)),
                                               skill_mean, has_skill_years, self.config),
            "education": education_component(index.degree, np.full(n, posting.degree.level if posting.degree else 0),
                                             np.full(n, posting.preferred_degree.level if posting.preferred_degree else 0),
                                             np.full(n, posting.degree_flexible)),
        }
        scores = combine(components, self.config)
        order = _best_first(scores, index.order_key, top)
        results = []
        for rank, i in enumerate(order, 1):
            resume = index.profiles[i]
            credits = self.skills.resume_credits(resume)
            result = self._result(resume, posting, credits, units, components, int(i), float(scores[i]),
                                  cosines[i], result_id=resume.id, meta=resume.meta)
            result.rank = rank
            results.append(result)
        return results

    # ---- explanation ------------------------------------------------------
    def _result(self, resume: Profile, posting: Profile, credits, units, components, i: int, score: float,
                cosine: float, *, result_id: str, meta: dict) -> MatchResult:
        gaps = explain(resume, posting, credits, units)
        details = {
            "skills": {"required_coverage": gaps["coverage"]["required"],
                       "preferred_coverage": gaps["coverage"]["preferred"],
                       "matched": len(gaps["matched"]), "partial": len(gaps["partial"]),
                       "missing": len(gaps["missing_required"]) + len(gaps["missing_preferred"])
                       + len(gaps["missing_mentioned"]),
                       "idf_postings": self.skills.n_documents},
            "text": {"cosine": round(float(cosine), 4), "full_at": self.config.text_cosine_full},
            "title": {"resume_title": resume.title, "posting_title": posting.title},
            "seniority": {"resume": resume.seniority, "posting": posting.seniority},
            "experience": {"resume_years": resume.years_experience, "required_years": posting.years_experience},
            "education": {"resume": resume.degree.name if resume.degree else None,
                          "required": posting.degree.name if posting.degree else None,
                          "preferred": posting.preferred_degree.name if posting.preferred_degree else None},
        }
        band = band_of(score)
        flags = {k: v for k, v in resume.flags.items()}
        return MatchResult(
            id=result_id,
            title=(posting.title if result_id == posting.id else resume.title),
            score=score,
            band=band["band"],
            band_meaning=band["meaning"],
            breakdown=breakdown_of(components, i, self.config, details),
            matched=gaps["matched"],
            missing_required=gaps["missing_required"],
            missing_preferred=gaps["missing_preferred"],
            missing_mentioned=gaps["missing_mentioned"],
            partial=gaps["partial"],
            experience_gap=gaps["experience_gap"],
            degree_gap=gaps["degree_gap"],
            coverage=gaps["coverage"],
            resume_id=resume.id,
            posting_id=posting.id,
            meta=dict(meta),
            flags=flags,
        )


def _best_first(scores: np.ndarray, order_key: np.ndarray, top: int | None) -> np.ndarray:
    """Row indices by score, best first, ties broken by id; only the ``top`` best are sorted."""
    candidates = np.arange(len(scores))
    if top and top < len(scores):
        threshold = np.partition(scores, len(scores) - top)[len(scores) - top]
        candidates = np.flatnonzero(scores >= threshold)  # keeps every tie at the threshold
    order = candidates[np.lexsort((order_key[candidates], -scores[candidates]))]
    return order[:top] if top else order


def _skill_years_satisfaction(required: sp.csr_matrix, have: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row of ``required`` (years asked per skill): mean of ``min(1, have / asked)``."""
    n = required.shape[0]
    counts = np.diff(required.indptr)
    if required.nnz == 0:
        return np.zeros(n), np.zeros(n, dtype=bool)
    ratios = np.minimum(1.0, have[required.indices] / required.data)
    rows = np.repeat(np.arange(n), counts)
    sums = np.bincount(rows, weights=ratios, minlength=n)
    means = np.divide(sums, counts, out=np.zeros(n), where=counts > 0)
    return means, counts > 0
