"""Step 8, ranking: one resume against many postings, or one posting against many
resumes, as sparse-matrix arithmetic rather than a Python loop over pairs.

A :class:`Ranker` holds fitted vectorizers (IDF from the reference model plus a corpus); it
builds an index of one side (once) and ranks against it: every component for every row at
once, then a sort, and only the rows it returns are explained. An index remembers the ranker
that built it, so its vectors and the query's always come from the same statistics.
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
    Components,
    ScoringConfig,
    band_of,
    breakdown_of,
    combine,
    education_component,
    experience_component,
    seniority_component,
    skills_component,
    soft_scale,
    text_component,
)
from matcher.vectors import (
    OccupationVectorizer,
    PostingMatrices,
    SkillVectorizer,
    TextVectorizer,
    TitleVectorizer,
)


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
    titles = [normalize_title(t) for t in profile.titles if t] or ([normalize_title(profile.title)] if profile.title else [])
    return [t for t in titles if t]


def _posting_title(profile: Profile) -> str:
    return normalize_title(profile.title) if profile.title else ""


def _order_key(ids: list[str]) -> np.ndarray:
    return np.argsort(np.argsort(np.array(ids, dtype=object), kind="stable"), kind="stable")


@dataclass
class PostingIndex:
    """The posting side of one-resume-against-many, as arrays."""

    ranker: Ranker
    profiles: list[Profile]
    units: PostingMatrices
    weight_totals: np.ndarray
    reach: sp.csr_matrix
    text: sp.csr_matrix
    text_totals: np.ndarray  # sum of each row of ``text`` (for text coverage)
    occupations: sp.csr_matrix | None
    titles: list[str]  # distinct normalised titles
    title_codes: np.ndarray  # posting i has titles[title_codes[i]]
    title_matrix: sp.csr_matrix | None  # one row per distinct title
    seniority: np.ndarray
    years: np.ndarray
    skill_years: sp.csr_matrix
    degree: np.ndarray
    preferred_degree: np.ndarray
    flexible: np.ndarray
    order_key: np.ndarray

    def __len__(self) -> int:
        return len(self.profiles)


@dataclass
class ResumeIndex:
    """The resume side of one-posting-against-many, as arrays."""

    ranker: Ranker
    profiles: list[Profile]
    credits: sp.csr_matrix
    own: sp.csr_matrix
    own_totals: np.ndarray
    text: sp.csr_matrix
    words: sp.csr_matrix  # 1 where a resume uses a word of ``text``'s vocabulary
    occupations: sp.csr_matrix | None
    titles: list[list[str]]
    title_matrix: sp.csr_matrix | None  # one row per title of every resume, in order
    title_owners: np.ndarray  # which resume each row of title_matrix belongs to
    seniority: np.ndarray
    years: np.ndarray
    skill_years: sp.csr_matrix
    degree: np.ndarray
    order_key: np.ndarray

    def __len__(self) -> int:
        return len(self.profiles)


class Ranker:
    """Scores pairs in bulk with fitted vectorizers.

    Parameters
    ----------
    skills, text:
        A fitted :class:`SkillVectorizer` and :class:`TextVectorizer`.
    occupations, titles:
        :class:`OccupationVectorizer` and :class:`TitleVectorizer` of the reference model;
        without them the ``occupation`` and ``title`` components do not apply.
    config:
        :class:`ScoringConfig` (weights, scales, calibration).
    """

    def __init__(self, skills: SkillVectorizer, text: TextVectorizer, occupations: OccupationVectorizer | None = None,
                 titles: TitleVectorizer | None = None, config: ScoringConfig | None = None):
        self.skills = skills
        self.text = text
        self.occupations = occupations
        self.titles = titles
        self.config = config or ScoringConfig()

    # ---- indexes ------------------------------------------------------------
    def index_postings(self, postings: Sequence[Profile]) -> PostingIndex:
        postings = list(postings)
        skills = self.skills
        units = skills.transform_postings(postings)
        year_rows = [{s.id: float(s.years) for s in p.skills.values() if s.years and s.id in skills.index}
                     for p in postings]
        distinct: dict[str, int] = {}
        codes = [distinct.setdefault(_posting_title(p), len(distinct)) for p in postings]
        texts = [p.scoring_text for p in postings]
        text = self.text.transform(texts)
        return PostingIndex(
            ranker=self,
            profiles=postings,
            units=units,
            weight_totals=units.totals,
            reach=skills.transform_reach(postings),
            text=text,
            text_totals=np.asarray(text.sum(axis=1)).ravel(),
            occupations=self.occupations.transform(texts) if self.occupations else None,
            titles=list(distinct),
            title_codes=np.array(codes, dtype=np.int64),
            title_matrix=self.titles.transform(list(distinct)) if self.titles else None,
            seniority=np.array([_nan(p.seniority_rank) for p in postings]),
            years=np.array([_nan(p.years_experience) for p in postings]),
            skill_years=skills.matrix(year_rows),
            degree=np.array([p.degree.level if p.degree else 0 for p in postings]),
            preferred_degree=np.array([p.preferred_degree.level if p.preferred_degree else 0 for p in postings]),
            flexible=np.array([p.degree_flexible for p in postings], dtype=bool),
            order_key=_order_key([p.id for p in postings]),
        )

    def index_resumes(self, resumes: Sequence[Profile]) -> ResumeIndex:
        resumes = list(resumes)
        skills = self.skills
        year_rows = [{s.id: float(s.years) for s in r.skills.values() if s.years and s.id in skills.index}
                     for r in resumes]
        titles = [_resume_titles(r) for r in resumes]
        own = skills.matrix([skills.resume_own_weights(r) for r in resumes])
        texts = [r.scoring_text for r in resumes]
        text = self.text.transform(texts)
        words = text.copy()
        words.data[:] = 1.0
        return ResumeIndex(
            ranker=self,
            profiles=resumes,
            credits=skills.transform_resumes(resumes),
            own=own,
            own_totals=np.asarray(own.sum(axis=1)).ravel(),
            text=text,
            words=words,
            occupations=self.occupations.transform(texts) if self.occupations else None,
            titles=titles,
            title_matrix=self.titles.transform([t for ts in titles for t in ts]) if self.titles else None,
            title_owners=np.repeat(np.arange(len(resumes)), [len(t) for t in titles]),
            seniority=np.array([_nan(r.seniority_rank) for r in resumes]),
            years=np.array([_nan(r.years_experience) for r in resumes]),
            skill_years=skills.matrix(year_rows),
            degree=np.array([r.degree.level if r.degree else 0 for r in resumes]),
            order_key=_order_key([r.id for r in resumes]),
        )

    # ---- one resume, many postings --------------------------------------
    def posting_components(self, resume: Profile, index: PostingIndex) -> tuple[Components, dict[str, np.ndarray]]:
        """Every component for ``resume`` against every posting of ``index``:
        ``({name: (values, applicable)}, {measure: values})`` where the measures are the raw
        figures behind the components (cosines, coverage, relevance)."""
        n = len(index)
        skills = self.skills
        totals = index.weight_totals
        coverage = np.divide(index.units.covered(skills.resume_vector(resume)), totals, out=np.zeros(n),
                             where=totals > 0)
        own = skills.resume_own_weights(resume)
        own_vector = np.zeros(len(skills.skill_ids))
        for skill_id, weight in own.items():
            own_vector[skills.index[skill_id]] = weight
        own_total = own_vector.sum()
        relevance = index.reach @ own_vector / own_total if own_total > 0 else np.zeros(n)

        query = self.text.transform([resume.scoring_text])
        cosines = _dot(index.text, query)
        present = query.copy()
        present.data[:] = 1.0
        text_coverage = np.divide(_dot(index.text, present), index.text_totals, out=np.zeros(n),
                                  where=index.text_totals > 0)
        occupation = (_dot(index.occupations, self.occupations.transform([resume.scoring_text]))
                      if self.occupations and index.occupations is not None else np.zeros(n))
        titles = _resume_titles(resume)
        title_values = np.zeros(n)
        if self.titles and index.title_matrix is not None and titles:
            per_title = (index.title_matrix @ self.titles.transform(titles).T).toarray().max(axis=1)
            title_values = per_title[index.title_codes]
        title_ok = np.array([bool(t) for t in index.titles], dtype=bool)[index.title_codes] & bool(titles) \
            & (self.titles is not None)

        resume_skill_years = np.zeros(len(skills.skill_ids))
        for skill in resume.skills.values():
            if skill.years and skill.id in skills.index:
                resume_skill_years[skills.index[skill.id]] = skill.years
        skill_mean, has_skill_years = _skill_years_satisfaction(index.skill_years, resume_skill_years)

        measures = {"cosine": cosines, "text_coverage": text_coverage, "occupation_cosine": occupation,
                    "coverage": coverage, "relevance": relevance}
        components = self._components(
            measures, totals > 0, np.full(n, own_total > 0), (title_values, title_ok),
            seniority_component(np.full(n, _nan(resume.seniority_rank)), index.seniority),
            experience_component(np.full(n, _nan(resume.years_experience)), index.years, skill_mean,
                                 has_skill_years, self.config),
            education_component(np.full(n, resume.degree.level if resume.degree else 0), index.degree,
                                index.preferred_degree, index.flexible),
            has_occupations=index.occupations is not None)
        return components, measures

    def rank_postings(self, resume: Profile, index: PostingIndex, top: int | None = 10) -> list[MatchResult]:
        if len(index) == 0:
            return []
        components, measures = self.posting_components(resume, index)
        scores = combine(components, self.config)
        order = _best_first(scores, index.order_key, top)
        credits = self.skills.resume_credits(resume)
        resume_occupations = (self.occupations.transform([resume.scoring_text])
                              if self.occupations and index.occupations is not None else None)
        results = []
        for rank, i in enumerate(order, 1):
            posting = index.profiles[i]
            occupations = (resume_occupations, index.occupations[int(i)]) if resume_occupations is not None else None
            result = self._result(resume, posting, credits, self.skills.posting_units(posting), components,
                                  measures, int(i), float(scores[i]), occupations, result_id=posting.id,
                                  meta=posting.meta)
            result.rank = rank
            results.append(result)
        return results

    # ---- one posting, many resumes --------------------------------------
    def resume_components(self, posting: Profile, index: ResumeIndex) -> tuple[Components, dict[str, np.ndarray]]:
        """Every component for ``posting`` against every resume of ``index`` (as
        :meth:`posting_components`)."""
        n = len(index)
        skills = self.skills
        covered = np.zeros(n)
        total = 0.0
        for members, weight in skills.posting_units(posting):
            columns = [skills.index[m] for m in members]
            covered += weight * index.credits[:, columns].toarray().max(axis=1)
            total += weight
        coverage = covered / total if total > 0 else np.zeros(n)
        reach = np.zeros(len(skills.skill_ids))
        for skill_id, value in skills.posting_reach(posting).items():
            reach[skills.index[skill_id]] = value
        relevance = np.divide(index.own @ reach, index.own_totals, out=np.zeros(n), where=index.own_totals > 0)

        query = self.text.transform([posting.scoring_text])
        cosines = _dot(index.text, query)
        text_coverage = _dot(index.words, query) / query.sum() if query.nnz else np.zeros(n)
        occupation = (_dot(index.occupations, self.occupations.transform([posting.scoring_text]))
                      if self.occupations and index.occupations is not None else np.zeros(n))
        posting_title = _posting_title(posting)
        title_values = np.zeros(n)
        if self.titles and index.title_matrix is not None and posting_title and index.title_matrix.shape[0]:
            per_title = (index.title_matrix @ self.titles.transform([posting_title]).T).toarray().ravel()
            np.maximum.at(title_values, index.title_owners, per_title)
        title_ok = np.array([bool(t) for t in index.titles], dtype=bool) & bool(posting_title) \
            & (self.titles is not None)

        required_years = {s.id: float(s.years) for s in posting.skills.values() if s.years and s.id in skills.index}
        if required_years:
            columns = [skills.index[s] for s in sorted(required_years)]
            needed = np.array([required_years[s] for s in sorted(required_years)])
            have = index.skill_years[:, columns].toarray()
            skill_mean = np.minimum(1.0, have / needed).mean(axis=1)
            has_skill_years = np.ones(n, dtype=bool)
        else:
            skill_mean = np.zeros(n)
            has_skill_years = np.zeros(n, dtype=bool)

        measures = {"cosine": cosines, "text_coverage": text_coverage, "occupation_cosine": occupation,
                    "coverage": coverage, "relevance": relevance}
        components = self._components(
            measures, np.full(n, total > 0), index.own_totals > 0, (title_values, title_ok),
            seniority_component(index.seniority, np.full(n, _nan(posting.seniority_rank))),
            experience_component(index.years, np.full(n, _nan(posting.years_experience)), skill_mean,
                                 has_skill_years, self.config),
            education_component(index.degree, np.full(n, posting.degree.level if posting.degree else 0),
                                np.full(n, posting.preferred_degree.level if posting.preferred_degree else 0),
                                np.full(n, posting.degree_flexible)),
            has_occupations=index.occupations is not None)
        return components, measures

    def rank_resumes(self, posting: Profile, index: ResumeIndex, top: int | None = 10) -> list[MatchResult]:
        if len(index) == 0:
            return []
        components, measures = self.resume_components(posting, index)
        units = self.skills.posting_units(posting)
        scores = combine(components, self.config)
        order = _best_first(scores, index.order_key, top)
        posting_occupations = (self.occupations.transform([posting.scoring_text])
                               if self.occupations and index.occupations is not None else None)
        results = []
        for rank, i in enumerate(order, 1):
            resume = index.profiles[i]
            credits = self.skills.resume_credits(resume)
            occupations = (index.occupations[int(i)], posting_occupations) if posting_occupations is not None else None
            result = self._result(resume, posting, credits, units, components, measures, int(i), float(scores[i]),
                                  occupations, result_id=resume.id, meta=resume.meta)
            result.rank = rank
            results.append(result)
        return results

    # ---- shared -----------------------------------------------------------
    def _components(self, measures: dict[str, np.ndarray], has_coverage: np.ndarray, has_relevance: np.ndarray,
                    title, seniority, experience, education, *, has_occupations: bool) -> Components:
        n = len(measures["cosine"])
        return {
            "skills": skills_component(measures["coverage"], measures["relevance"], has_coverage, has_relevance,
                                       self.config),
            "text": text_component(measures["cosine"], measures["text_coverage"], np.full(n, self.text.fitted),
                                   self.config),
            "occupation": (soft_scale(measures["occupation_cosine"], self.config.occupation_scale),
                           np.full(n, has_occupations) & (measures["occupation_cosine"] > 0)),
            "title": title,
            "seniority": seniority,
            "experience": experience,
            "education": education,
        }

    def _result(self, resume: Profile, posting: Profile, credits, units, components: Components,
                measures: dict[str, np.ndarray], i: int, score: float, occupations, *, result_id: str,
                meta: dict) -> MatchResult:
        gaps = explain(resume, posting, credits, units)
        details = {
            "skills": {"coverage": round(float(measures["coverage"][i]), 4),
                       "relevance": round(float(measures["relevance"][i]), 4),
                       "relevance_share": self.config.skills_relevance_share,
                       "required_coverage": gaps["coverage"]["required"],
                       "preferred_coverage": gaps["coverage"]["preferred"],
                       "matched": len(gaps["matched"]), "partial": len(gaps["partial"]),
                       "missing": len(gaps["missing_required"]) + len(gaps["missing_preferred"])
                       + len(gaps["missing_mentioned"]),
                       "idf_documents": self.skills.n_documents},
            "text": {"cosine": round(float(measures["cosine"][i]), 4), "half_at": self.config.text_scale,
                     "coverage": round(float(measures["text_coverage"][i]), 4),
                     "coverage_share": self.config.text_coverage_share, "idf_documents": self.text.n_documents},
            "occupation": self._occupation_details(measures["occupation_cosine"][i], occupations),
            "title": {"resume_title": resume.title, "posting_title": posting.title},
            "seniority": {"resume": resume.seniority, "posting": posting.seniority},
            "experience": {"resume_years": resume.years_experience, "required_years": posting.years_experience},
            "education": {"resume": resume.degree.name if resume.degree else None,
                          "required": posting.degree.name if posting.degree else None,
                          "preferred": posting.preferred_degree.name if posting.preferred_degree else None},
        }
        band = band_of(score)
        return MatchResult(
            id=result_id,
            title=(posting.title if result_id == posting.id else resume.title),
            score=score,
            band=band["band"],
            band_meaning=band["meaning"],
            breakdown=breakdown_of(components, i, self.config, score, details),
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
            flags=dict(resume.flags),
        )

    def _occupation_details(self, cosine: float, occupations) -> dict:
        out: dict = {"cosine": round(float(cosine), 4), "half_at": self.config.occupation_scale}
        if occupations is None:
            return out
        resume_row, posting_row = occupations
        out["resume_reads_as"] = self.occupations.describe(resume_row)
        out["posting_reads_as"] = self.occupations.describe(posting_row)
        out["shared"] = self.occupations.describe(resume_row.multiply(posting_row).tocsr())
        return out


def _dot(matrix: sp.csr_matrix, query: sp.csr_matrix) -> np.ndarray:
    """Row-wise dot products of ``matrix`` with one sparse ``query`` row (a dense query makes
    it one CSR matrix-vector product)."""
    if matrix.shape[1] != query.shape[1]:
        return np.zeros(matrix.shape[0])
    return matrix @ query.toarray().ravel()


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
