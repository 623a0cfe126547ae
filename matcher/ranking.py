"""Step 8, ranking: one resume against many postings, or one posting against many
resumes, as sparse-matrix arithmetic rather than a Python loop over pairs.

A :class:`Ranker` holds fitted vectorizers (IDF from the reference model plus a corpus); it
builds an index of one side (once) and ranks against it: every component for every row at
once, then a sort, and only the rows it returns are explained. An index remembers the ranker
that built it, so its vectors and the query's always come from the same statistics.
"""

from __future__ import annotations

import ctypes
import functools
import sys
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
    assemble,
    band_of,
    breakdown_of,
    combine,
    education_component,
    experience_component,
    lowest_raw_for,
    seniority_component,
    skills_component,
    soft_scale,
    text_value,
    weighted_mean,
)
from matcher.vectors import (
    DenseRows,
    OccupationVectorizer,
    PostingMatrices,
    SkillVectorizer,
    TextVectorizer,
    TitleVectorizer,
    rows_by_column,
    rows_dot,
    scatter_rows,
    scatter_rows_each,
    take_rows,
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


#: The parts :meth:`Ranker._posting_facts` computes (and that may be left idle).
FACT_PARTS = ("relevance", "title", "role_years", "seniority", "experience", "education")

#: How many postings per one asked for get their skills relevance computed first (by their
#: bound), to find the score the others must reach (:meth:`Ranker._contenders`).
CONTENDERS = 4

#: Bounding the occupation component too pays when it leaves at most this share of the postings
#: to score exactly; past it, occupation is computed for every posting (:meth:`Ranker._contenders`).
OCCUPATION_BOUND_SHARE = 0.05

#: Bounding occupation is tried only when the resume's occupations reach this many entries of the
#: index's occupation inverted index per posting: below it, computing every posting's occupation
#: costs less than a bound that, for such resumes, keeps too many postings anyway.
OCCUPATION_BOUND_WORK = 10.0

#: A score bound below a threshold by more than this cannot reach it: scores are rounded to
#: 0.01, and a bound evaluated in floating point can miss the exact score by a rounding step.
BOUND_MARGIN = 0.02


#: A word used by at least this share of an index's postings (a title word or trigram: of its
#: distinct titles) has its row of the inverted index kept dense too
#: (:class:`~matcher.vectors.DenseRows`): from about a quarter on, a dense pass over the postings
#: costs less than scattering the word's entries, and from here the dense row takes little more
#: memory than its sparse entries (40,000 of 100,000 postings: 400 KB against 320 KB).
DENSE_WORD_SHARE = 0.4

#: From this many documents an index is "large": a ranking against it makes a dozen arrays of
#: one figure per document, each past the C allocator's default threshold for mapping fresh pages
#: from the system (:func:`keep_freed_memory`).
LARGE_INDEX = 10_000

#: The C allocator settings :func:`keep_freed_memory` asks for: blocks up to this size come from
#: the heap, not from fresh mappings, and up to ``KEEP_FREED_BYTES`` freed at its top are kept.
HEAP_BLOCK_BYTES = 16 << 20
KEEP_FREED_BYTES = 64 << 20


@functools.lru_cache(maxsize=1)
def _mallopt():
    """glibc's ``mallopt`` (``None`` elsewhere: another C library, another system)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return None


def keep_freed_memory() -> bool:
    """Ask the C allocator (glibc) to keep the memory a ranking frees for the next one: a ranking
    against a large index makes a dozen arrays of one float per document (800 KB each at 100,000
    postings), each larger than glibc's default threshold, so each was mapped from the system and
    returned when freed, and every ranking faulted ~3,000 fresh pages in again (about a quarter
    of its time at 100,000 postings went to the kernel). With blocks up to ``HEAP_BLOCK_BYTES``
    served from the heap and up to ``KEEP_FREED_BYTES`` of freed heap kept, the next ranking
    reuses them. Speed only: no figure changes. The settings are the process's (thread-safe,
    the same on every call); returns whether they could be set (glibc only)."""
    mallopt = _mallopt()
    if mallopt is None:
        return False
    # M_TRIM_THRESHOLD (-1) and M_MMAP_THRESHOLD (-3); each returns 1 on success
    return bool(mallopt(-1, KEEP_FREED_BYTES) and mallopt(-3, HEAP_BLOCK_BYTES))


@dataclass
class RoleTable:
    """Job titles with years, of many documents: ``matrix`` (title vectors, one row per role),
    ``owner`` (the document of each row), ``years``, and ``counts`` (rows per document)."""

    matrix: sp.csr_matrix | None
    owner: np.ndarray
    years: np.ndarray
    counts: np.ndarray


def _held_roles(resume: Profile) -> list[tuple[str, float]]:
    """A resume's dated roles with a title: ``(title, years)``. A date written as a year alone
    counts from the middle of that year, not from its first or last month: "2012 - 2015" is
    about three years in a role, where counting whole calendar years would say four; a job dated by one
    year alone ("Welder, 2018": a start, no end) counts none, as "2018 - 2018" would."""
    out = []
    for role in resume.roles:
        title = role.scoring_title  # a title read only by its place counts too
        if not (title and role.years):
            continue
        months = 12 * float(role.years) - 6 * sum(1 for end in (role.start, role.end or role.start) if end and len(end) == 4)
        if months > 0:
            out.append((title, months / 12))
    return out


def role_years_satisfaction(asked: RoleTable, held: RoleTable, n: int, per_asker: bool) -> np.ndarray:
    """For each role asked (rows of ``asked``), the years the documents of ``held`` show in roles
    with similar titles (:func:`~matcher.scoring.role_credit`), as a share of the years asked
    (at most 1), summed over each document's roles in their order; one side holds one document.
    Returns the mean per asking document (``per_asker``, ``n`` askers) or per holding document
    (``n`` holders, a single asker)."""
    from matcher.scoring import role_credit

    if asked.matrix is None or held.matrix is None or not asked.matrix.shape[0] or not held.matrix.shape[0]:
        return np.zeros(n)
    credit = role_credit((asked.matrix @ held.matrix.T).toarray())  # (asked roles, held roles)
    if per_asker:  # one resume: add its roles up in order
        have = np.zeros(credit.shape[0])
        for j in range(credit.shape[1]):
            have += credit[:, j] * held.years[j]
        share = np.minimum(1.0, have / asked.years)
        sums = np.bincount(asked.owner, weights=share, minlength=n)  # 0 where nothing is asked: 0 / 1
        return np.divide(sums, np.maximum(asked.counts, 1), out=sums)
    shares = [np.minimum(1.0, np.bincount(held.owner, weights=credit[i] * held.years, minlength=n) / asked.years[i])
              for i in range(credit.shape[0])]
    return np.mean(shares, axis=0)


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
    presence: sp.csr_matrix  # 1 where a posting names a skill
    by_skill: sp.csr_matrix  # the same by skill (float64): which postings name each skill
    words: sp.csr_matrix  # TF-IDF by word (float32): row w holds the postings that use word w (an inverted index)
    text_totals: np.ndarray  # sum of each posting's TF-IDF weights (for text coverage)
    occupations: sp.csr_matrix | None  # float32, one row per posting
    by_occupation: sp.csr_matrix | None  # the same by occupation: an inverted index
    titles: list[str]  # distinct normalised titles
    title_codes: np.ndarray  # posting i has titles[title_codes[i]]
    titled: np.ndarray  # whether posting i has a title
    title_matrix: sp.csr_matrix | None  # one row per distinct title
    by_title_word: sp.csr_matrix | None  # the same by word (float32): an inverted index
    asked_roles: RoleTable  # the roles postings ask years in
    seniority: np.ndarray
    years: np.ndarray
    skill_years: sp.csr_matrix
    degree: np.ndarray
    preferred_degree: np.ndarray
    flexible: np.ndarray
    order_key: np.ndarray
    #: Posting-only figures every ranking needs, computed once (:meth:`__post_init__`): the
    #: coverage denominators (``weight_totals`` plus the ranker's coverage prior, 1 where a posting
    #: asks for nothing, whose covered weight is 0 anyway), the text coverage denominators
    #: (``text_totals``, 1 where 0), whether a posting asks years in a role (and the same as 1.0
    #: or 0.0), and
    #: whether every posting has a title of its own (``title_codes`` is ``0, 1, 2...``), and the
    #: rows of ``words`` for the words most postings use, dense (``DENSE_WORD_SHARE``), and those
    #: of ``by_title_word`` for the title words and trigrams most distinct titles use.
    coverage_prior: float = field(init=False)
    coverage_denominators: np.ndarray = field(init=False)
    text_denominators: np.ndarray = field(init=False)
    asking_roles: np.ndarray = field(init=False)
    asks_roles: np.ndarray = field(init=False)
    own_titles: bool = field(init=False)
    dense_words: DenseRows = field(init=False)
    dense_title_words: DenseRows | None = field(init=False)

    def __post_init__(self) -> None:
        self.coverage_prior = self.ranker.skills.coverage_prior
        totals = self.weight_totals
        self.coverage_denominators = np.where(totals > 0, totals + self.coverage_prior, 1.0)
        self.text_denominators = np.where(self.text_totals > 0, self.text_totals, 1.0)
        self.asking_roles = self.asked_roles.counts > 0
        self.asks_roles = self.asking_roles.astype(np.float64)
        codes = self.title_codes
        self.own_titles = bool(len(codes) == len(self.titles) and (codes == np.arange(len(codes))).all())
        self.dense_words = DenseRows.of(self.words, DENSE_WORD_SHARE)
        self.dense_title_words = (DenseRows.of(self.by_title_word, DENSE_WORD_SHARE)
                                  if self.by_title_word is not None else None)

    def __len__(self) -> int:
        return len(self.profiles)


@dataclass
class ResumeIndex:
    """The resume side of one-posting-against-many, as arrays."""

    ranker: Ranker
    profiles: list[Profile]
    credits: sp.csc_matrix  # by skill (CSC): the resumes' credits for a few skills are a few slices
    own: sp.csr_matrix
    own_totals: np.ndarray
    words: sp.csr_matrix  # TF-IDF by word (float32): row w holds the resumes that use word w
    occupations: sp.csr_matrix | None  # float32, one row per resume
    by_occupation: sp.csr_matrix | None  # the same by occupation
    titles: list[list[str]]
    title_matrix: sp.csr_matrix | None  # one row per title of every resume, in order
    title_owners: np.ndarray  # which resume each row of title_matrix belongs to
    by_title_word: sp.csr_matrix | None  # the same by word (float32)
    held_roles: RoleTable  # the resumes' dated roles
    seniority: np.ndarray
    years: np.ndarray
    skill_years: sp.csc_matrix  # by skill (CSC), as credits
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
        occupations = self.occupations.transform(texts).astype(np.float32) if self.occupations else None
        by_occupation = occupations.T.tocsr() if occupations is not None else None
        presence = skills.presence(postings)
        title_matrix = self.titles.transform(list(distinct)) if self.titles else None
        return PostingIndex(
            ranker=self,
            profiles=postings,
            units=units,
            weight_totals=units.totals,
            presence=presence.astype(np.float32),
            by_skill=presence.T.tocsr(),
            words=text.T.tocsr().astype(np.float32),
            text_totals=_row_sums(text),
            occupations=occupations,
            by_occupation=by_occupation,
            titles=list(distinct),
            title_codes=np.array(codes, dtype=np.int64),
            titled=np.array([bool(t) for t in distinct], dtype=bool)[np.array(codes, dtype=np.int64)],
            title_matrix=title_matrix,
            asked_roles=self._role_table([[(r.title, r.years) for r in p.role_years] for p in postings]),
            by_title_word=title_matrix.T.tocsr().astype(np.float32) if title_matrix is not None else None,
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
        title_matrix = self.titles.transform([t for ts in titles for t in ts]) if self.titles else None
        occupations = self.occupations.transform(texts).astype(np.float32) if self.occupations else None
        return ResumeIndex(
            ranker=self,
            profiles=resumes,
            credits=skills.transform_resumes(resumes).tocsc(),
            own=own,
            own_totals=np.asarray(own.sum(axis=1)).ravel(),
            words=text.T.tocsr().astype(np.float32),
            occupations=occupations,
            by_occupation=occupations.T.tocsr() if occupations is not None else None,
            titles=titles,
            title_matrix=title_matrix,
            title_owners=np.repeat(np.arange(len(resumes)), [len(t) for t in titles]),
            by_title_word=title_matrix.T.tocsr().astype(np.float32) if title_matrix is not None else None,
            held_roles=self._role_table([_held_roles(r) for r in resumes]),
            seniority=np.array([_nan(r.seniority_rank) for r in resumes]),
            years=np.array([_nan(r.years_experience) for r in resumes]),
            skill_years=skills.matrix(year_rows).tocsc(),
            degree=np.array([r.degree.level if r.degree else 0 for r in resumes]),
            order_key=_order_key([r.id for r in resumes]),
        )

    # ---- one resume, many postings --------------------------------------
    def posting_components(self, resume: Profile, index: PostingIndex, *, complete: bool = True, credits=None,
                           occupation_query: sp.csr_matrix | None = None) -> tuple[Components, dict[str, np.ndarray]]:
        """Every component for ``resume`` against every posting of ``index``:
        ``({name: (values, applicable)}, {measure: values})`` where the measures are the raw
        figures behind the components (cosines, coverage, relevance...). With ``complete=False``
        the parts that weigh nothing in the score (:meth:`_idle_parts`) are left at zero, to be
        computed for the rows shown only (:meth:`_shown`). ``credits`` and ``occupation_query``
        save recomputing the resume's credits and occupation row when the caller has them."""
        measures = self._posting_measures(resume, index, set() if complete else self._idle_parts(), credits,
                                          occupation_query)
        return assemble(measures, self.config), measures

    def _posting_measures(self, resume: Profile, index: PostingIndex, skip: set[str], credits,
                          occupation_query: sp.csr_matrix | None, own: sp.csr_matrix | None = None,
                          text_query: sp.csr_matrix | None = None) -> dict[str, np.ndarray]:
        """The measures of :meth:`posting_components`, the parts in ``skip`` left at zero (and
        with ``"occupation"`` in ``skip``, the occupation cosine at zero and not applicable);
        ``own`` is the resume's :meth:`_own` row and ``text_query`` its TF-IDF row when the caller
        has them."""
        n = len(index)
        skills = self.skills
        totals = index.weight_totals
        credits = skills.resume_credits(resume) if credits is None else credits
        covered = index.units.covered(skills.vector(credits))
        if index.coverage_prior == skills.coverage_prior:  # a posting asking for nothing has 0 covered
            coverage = np.divide(covered, index.coverage_denominators, out=covered)  # covered is ours
        else:
            coverage = np.divide(covered, totals + skills.coverage_prior, out=np.zeros(n), where=totals > 0)
        query = self.text.transform([resume.scoring_text]) if text_query is None else text_query
        cosines, shared = _inverted(index.words, query, n, shared="index", dense=index.dense_words)
        if occupation_query is None and self.occupations is not None:
            occupation_query = self.occupations.transform([resume.scoring_text])
        occupation = (_inverted(index.by_occupation, occupation_query, n)[0]
                      if self.occupations and index.occupations is not None and "occupation" not in skip
                      else np.zeros(n))
        measures = {
            "cosine": cosines,
            # 0 / 1 where a posting has no words; ``shared`` is ours: divided in place
            "text_coverage": np.divide(shared, index.text_denominators, out=shared),
            "text_applicable": np.full(n, self.text.fitted),
            "occupation_cosine": occupation,
            "occupation_applicable": np.full(n, index.occupations is not None) & (occupation > 0),
            "coverage": coverage, "coverage_applicable": totals > 0,
        }
        measures.update(self._posting_facts(resume, index, None, skip, own))
        return measures

    def _queries(self, text: str, occupations: bool) -> tuple[sp.csr_matrix, sp.csr_matrix | None]:
        """The TF-IDF row of a scoring ``text`` and, with ``occupations`` (and an occupation
        vectorizer), its occupation row (else ``None``): the words counted once for both when the
        two vectorizers share their reference (:meth:`OccupationVectorizer.counts_of`)."""
        counts = self.text.counts([text])
        query = self.text.transform([text], counts)
        if not (occupations and self.occupations):
            return query, None
        return query, self.occupations.transform([text], counts=self.occupations.counts_of(self.text, counts))

    def _idle_parts(self) -> set[str]:
        """Parts that cannot change a score under this config: relevance when the skills
        component weighs nothing, and the title, seniority, experience and education
        components when they weigh nothing."""
        idle = {name for name in ("title", "seniority", "experience", "education") if self.config.weights[name] == 0}
        if self.config.weights["skills"] == 0:
            idle.add("relevance")
        return idle

    def _own(self, resume: Profile, own_credits: dict | None = None) -> sp.csr_matrix:
        """The resume's own skill weights (:meth:`SkillVectorizer.resume_own_weights`) as one
        row over the skills: built once per ranking, used by every relevance figure;
        ``own_credits`` are the resume's :meth:`SkillVectorizer.own_credits` when the caller has them."""
        return self.skills.matrix([self.skills.resume_own_weights(resume, own_credits)])

    def _posting_facts(self, resume: Profile, index: PostingIndex, rows: np.ndarray | None,
                       skip: set[str], own: sp.csr_matrix | None = None) -> dict[str, np.ndarray]:
        """Relevance, title, seniority, experience and education measures of ``resume`` against
        the postings of ``rows`` (default: all); the parts in ``skip`` are zeros. ``own`` is
        the resume's :meth:`_own` row when the caller has it."""
        skills = self.skills
        pick = (lambda values: values) if rows is None else (lambda values: values[rows])
        n = len(index) if rows is None else len(rows)
        out: dict[str, np.ndarray] = {}
        own = self._own(resume) if own is None else own
        if "relevance" in skip:
            out["relevance"] = np.zeros(n)
        elif rows is None:
            out["relevance"] = skills.relevance_by_skill(index.by_skill, own)
        else:
            out["relevance"] = skills.relevance(index.presence[rows], own)
        out["relevance_applicable"] = np.full(n, own.nnz > 0)
        titles = _resume_titles(resume)
        out["title"] = np.zeros(n) if "title" in skip else self._posting_titles(titles, index, rows)
        out["title_applicable"] = _also(pick(index.titled), bool(titles) and self.titles is not None)
        zeros = (np.zeros(n), np.zeros(n, dtype=bool))
        asked = pick(index.asking_roles)
        out["role_years_applicable"] = _also(asked, self.titles is not None)
        if "role_years" in skip or not out["role_years_applicable"].any():  # nothing asked: zeros all the same
            out["role_years"] = np.zeros(n)
        else:
            held = _held_roles(resume)
            values = (pick(role_years_satisfaction(index.asked_roles, self._role_table([held]), len(index), True))
                      if held else np.full(n, self.config.unknown_years_value))
            out["role_years"] = values * pick(index.asks_roles)  # 0 where no role is asked (values are finite)
        out["seniority"], out["seniority_applicable"] = zeros if "seniority" in skip else seniority_component(
            np.full(n, _nan(resume.seniority_rank)), pick(index.seniority))
        if "experience" in skip:
            out["experience"], out["experience_applicable"] = zeros
        else:
            have = np.zeros(len(skills.skill_ids))
            for skill in resume.skills.values():
                if skill.years and skill.id in skills.index:
                    have[skills.index[skill.id]] = skill.years
            skill_mean, has_skill_years = _skill_years_satisfaction(
                index.skill_years if rows is None else take_rows(index.skill_years, rows), have)
            out["experience"], out["experience_applicable"] = experience_component(
                np.full(n, _nan(resume.years_experience)), pick(index.years), skill_mean, has_skill_years, self.config)
        out["education"], out["education_applicable"] = zeros if "education" in skip else education_component(
            np.full(n, resume.degree.level if resume.degree else 0), pick(index.degree),
            pick(index.preferred_degree), pick(index.flexible))
        return out

    def _role_table(self, roles: Sequence[list[tuple[str, float]]]) -> RoleTable:
        titles = [normalize_title(t) for rs in roles for t, _ in rs]
        return RoleTable(self.titles.transform(titles) if self.titles else None,
                         np.repeat(np.arange(len(roles)), [len(rs) for rs in roles]),
                         np.array([y for rs in roles for _, y in rs], dtype=float),
                         np.array([len(rs) for rs in roles]))

    def _posting_titles(self, titles: list[str], index: PostingIndex, rows: np.ndarray | None = None) -> np.ndarray:
        """Best similarity of the resume's ``titles`` to each posting's title (of ``rows``, or all)."""
        codes = index.title_codes if rows is None else index.title_codes[rows]
        if not (self.titles and index.title_matrix is not None and titles):
            return np.zeros(len(codes))
        queries = self.titles.transform(titles)
        highest = None  # every distinct title once, through the titles' inverted index
        if index.by_title_word.shape[0] == queries.shape[1]:
            # the products of _inverted, each query's row read from the arrays, their maximum taken
            # in float32 and widened once (widening is exact and keeps the order: the same maximum;
            # the sums are of non-negative products, so never below the 0 of a title sharing nothing)
            for j in range(queries.shape[0]):
                begin, end = queries.indptr[j], queries.indptr[j + 1]
                if begin == end:
                    continue
                dots = scatter_rows(index.by_title_word, queries.indices[begin:end],
                                    queries.data[begin:end].astype(np.float32), len(index.titles),
                                    dense=index.dense_title_words)
                highest = dots if highest is None else np.maximum(highest, dots, out=highest)
        best = np.zeros(len(index.titles)) if highest is None else highest.astype(np.float64)
        return best if rows is None and index.own_titles else best[codes]

    def _shown(self, measures: dict[str, np.ndarray], picked: np.ndarray, rows: np.ndarray, resume: Profile,
               index: PostingIndex, own: sp.csr_matrix | None = None) -> tuple[Components, dict[str, np.ndarray]]:
        """Components and measures of the rows shown only (positions ``picked`` of ``measures``,
        postings ``rows`` of ``index``), with the idle parts computed for them (they cannot move
        the ranking, but the breakdown shows them)."""
        shown = {name: values[picked] for name, values in measures.items()}
        idle = self._idle_parts()
        if idle:
            facts = self._posting_facts(resume, index, rows, set(FACT_PARTS) - idle, own)
            shown.update({k: v for k, v in facts.items() if k.removesuffix("_applicable") in idle})
        return assemble(shown, self.config), shown

    def _defers_occupation(self, index: PostingIndex, top: int | None,
                           occupation_query: sp.csr_matrix | None = None) -> set[str]:
        """``{"occupation"}`` when :meth:`_contenders` is to bound the occupation component before
        computing it (a ranking of a few from many, with occupations that weigh), else empty.
        Given the resume's ``occupation_query``, only when computing every posting's occupation
        would take more than ``OCCUPATION_BOUND_WORK`` entries of the inverted index per
        posting (a speed choice: both ways give the same ranking)."""
        if (top and CONTENDERS * top < len(index) and self.occupations is not None and index.occupations is not None
                and self.config.weights["occupation"] > 0 and "relevance" not in self._idle_parts()):
            if occupation_query is not None and index.by_occupation.shape[0] == occupation_query.shape[1]:
                lengths = np.diff(index.by_occupation.indptr)[occupation_query.indices]
                if lengths.sum() < OCCUPATION_BOUND_WORK * len(index):
                    return set()
            return {"occupation"}
        return set()

    def _contenders(self, resume: Profile, index: PostingIndex, measures: dict[str, np.ndarray], top: int | None,
                    occupation_query: sp.csr_matrix | None = None, own: sp.csr_matrix | None = None
                    ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """The postings that can make the ``top`` best, and their measures with the skills
        relevance filled in (``measures`` leave it at zero), and the occupation cosine when an
        ``occupation_query`` is given (``measures`` then leave it at zero too). Relevance and
        occupation are the costliest parts and move a score by at most their components' share:
        every posting is first scored with relevance 1 and occupation cosine 1, applicable or
        not, whichever scores higher, which bounds its score from above (compared as a raw fit,
        before calibration); they are then computed for the best of those, whose exact
        ``top``-th score is a threshold no posting bounded below it can reach. The postings
        bounded at or above it are scored exactly, so the ``top`` best, their order and their
        scores are those of scoring every posting. When the occupation bound leaves more than
        one posting in ``OCCUPATION_BOUND_SHARE`` in the running, occupation is computed for
        every posting and relevance alone is bounded. With fewer than ``CONTENDERS * top``
        postings every posting is scored exactly at once. ``own`` is the resume's :meth:`_own`
        row when the caller has it."""
        n = len(index)
        own = self._own(resume) if own is None else own
        bounded = bool(top and CONTENDERS * top < n and "relevance" not in self._idle_parts() and own.nnz)
        sums = self._bound_sums(measures) if bounded else None
        if occupation_query is not None and bounded:
            kept = self._bounded(index, measures, top, own, occupation_query, sums)
            if kept is not None:
                return kept
        if occupation_query is not None:  # the bound kept too many: occupation for every posting
            occupation = _inverted(index.by_occupation, occupation_query, n)[0]
            measures = {**measures, "occupation_cosine": occupation, "occupation_applicable": occupation > 0}
        if not bounded:
            rows = np.arange(n)
            if "relevance" not in self._idle_parts():
                measures = {**measures, "relevance": self.skills.relevance_by_skill(index.by_skill, own)}
            return rows, measures
        return self._bounded(index, measures, top, own, None, sums)

    def _bound_sums(self, measures: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """Per posting, the weighted sum (and the sum of the weights) of every applicable
        component but occupation, the skills component taken at relevance 1 (its highest): the
        part of the score bounds of :meth:`_bounded` that does not depend on occupation, added
        up once per ranking, in as few passes over the postings as it takes (a component that
        applies everywhere is added without a mask, one that weighs nothing is skipped, the
        weights of the components that apply everywhere are added up once, and arrays made here
        are scaled and added up in place)."""
        m, config = measures, self.config
        weights = config.weights
        n = len(m["cosine"])
        total: np.ndarray | None = None
        everywhere = 0.0  # the weights of the components applying to every posting
        masked: np.ndarray | None = None  # the others', per posting

        def add(weight: float, values, applicable: np.ndarray, fresh: bool = False) -> None:
            """Add a component: ``fresh`` values (made here) are scaled in place."""
            nonlocal total, everywhere, masked
            if not weight or not applicable.any():
                return
            if applicable.all():
                part = np.multiply(values, weight, out=values if fresh else None)
                everywhere += weight
            else:  # a product with the 0/weight mask: no branch per posting (values are finite)
                part = applicable * weight
                masked = part.copy() if masked is None else np.add(masked, part, out=masked)
                np.multiply(part, values, out=part)
            total = part if total is None else np.add(total, part, out=total)

        if weights["skills"]:
            has_coverage, has_relevance = m["coverage_applicable"], m["relevance_applicable"]
            if has_relevance.all():  # F-beta at relevance 1 where coverage applies, else relevance alone: 1
                b2 = config.skills_beta ** 2
                coverage = np.clip(m["coverage"], 0.0, 1.0)
                value = coverage * (1 + b2)
                coverage += b2
                value /= coverage
                if not has_coverage.all():
                    value[~has_coverage] = 1.0
                add(weights["skills"], value, has_relevance, fresh=True)
            else:
                add(weights["skills"], *skills_component(m["coverage"], 1.0, has_coverage, has_relevance,
                                                         config.skills_beta))
        if weights["text"]:
            add(weights["text"], text_value(m["cosine"], m["text_coverage"], config), m["text_applicable"],
                fresh=True)
        for name in ("title", "role_years", "seniority", "experience", "education"):
            add(weights[name], m[name], m[f"{name}_applicable"])
        if total is None:
            total = np.zeros(n)
        weight_sum = np.full(n, everywhere) if masked is None else np.add(masked, everywhere, out=masked)
        return total, weight_sum

    def _bounded(self, index: PostingIndex, measures: dict[str, np.ndarray], top: int, own: sp.csr_matrix,
                 occupation_query: sp.csr_matrix | None, sums: tuple[np.ndarray, np.ndarray]
                 ) -> tuple[np.ndarray, dict[str, np.ndarray]] | None:
        """The rows of :meth:`_contenders` and their :meth:`_exact` measures (``None`` when
        bounding occupation too keeps more than a share ``OCCUPATION_BOUND_SHARE`` of the
        postings), from the :meth:`_bound_sums`: the first few by their bound, then those of the
        others whose bound reaches the threshold (each posting's measures are its own, whichever
        rows are computed with it, so the first few are not computed again)."""
        n = len(index)
        total, weight_sum = sums
        weight = self.config.weights["occupation"]
        if occupation_query is None:  # occupation as ``measures`` have it
            if weight:
                # a product with the 0/weight mask, as in _bound_sums (values are finite): the
                # figures of ``np.where(applicable, weight * value, 0.0)`` without its slow scalar path
                part = measures["occupation_applicable"] * weight
                weight_sum = weight_sum + part  # new arrays: the sums serve a second call
                part *= soft_scale(measures["occupation_cosine"], self.config.occupation_scale)
                total = total + part
            bound = weighted_mean(total, weight_sum)
        else:  # occupation left out (not applicable), or applicable at cosine 1: the higher raw fit
            best = weight * float(soft_scale(1.0, self.config.occupation_scale))
            bound = total + best
            bound /= weight_sum + weight
            if weight_sum.all():  # weighted_mean without a masked division
                np.maximum(bound, np.divide(total, weight_sum), out=bound)
            else:
                np.maximum(bound, weighted_mean(total, weight_sum), out=bound)
        first = _highest(bound, CONTENDERS * top)
        towards = self.skills.towards(own)  # for both sets of postings computed exactly
        exact = self._exact(measures, first, index, own, occupation_query, towards)
        scores = combine(assemble(exact, self.config), self.config)
        threshold = np.partition(scores, len(scores) - top)[len(scores) - top]
        # the bound stays a raw fit: calibration is increasing, so comparing it with the raw fit
        # the threshold (less the margin) needs keeps every posting whose bounded score reaches it
        running = np.flatnonzero(bound >= lowest_raw_for(threshold - BOUND_MARGIN, self.config))
        if occupation_query is not None and len(running) > n * OCCUPATION_BOUND_SHARE:
            return None
        done = np.zeros(n, dtype=bool)
        done[first] = True
        rest = running[~done[running]]  # the running postings not computed yet, in row order
        if not len(rest):
            return first, exact
        more = self._exact(measures, rest, index, own, occupation_query, towards)
        return np.concatenate([first, rest]), {name: np.concatenate([exact[name], more[name]]) for name in exact}

    def _exact(self, measures: dict[str, np.ndarray], rows: np.ndarray, index: PostingIndex, own: sp.csr_matrix,
               occupation_query: sp.csr_matrix | None, towards: sp.csr_matrix | None = None) -> dict[str, np.ndarray]:
        """``measures`` of ``rows`` only, with the skills relevance of ``own`` to those postings
        and, given an ``occupation_query``, their occupation cosines (summed as through the
        inverted index: the same float32 sums in occupation order). ``towards`` is the
        :meth:`~matcher.vectors.SkillVectorizer.towards` of ``own`` when the caller keeps it."""
        out = {name: values[rows] for name, values in measures.items()}
        # relevance(index.presence[rows], own), its matrices built straight from the index's arrays
        out["relevance"] = self.skills.relevance_by_skill(rows_by_column(index.presence, rows), own, towards)
        if occupation_query is not None:
            dense = np.zeros(occupation_query.shape[1], dtype=np.float32)
            dense[occupation_query.indices] = occupation_query.data.astype(np.float32)
            occupation = rows_dot(index.occupations, rows, dense).astype(np.float64)  # index.occupations[rows] @ dense
            out["occupation_cosine"] = occupation
            out["occupation_applicable"] = occupation > 0
        return out

    def rank_postings(self, resume: Profile, index: PostingIndex, top: int | None = 10) -> list[MatchResult]:
        if not _ready(self, index):
            return []
        own_credits = self.skills.own_credits(resume)  # for both its credits and its own weights
        credits = self.skills.resume_credits(resume, own_credits)
        own = self._own(resume, own_credits)
        query, resume_occupations = self._queries(resume.scoring_text, index.occupations is not None)
        defer = self._defers_occupation(index, top, resume_occupations)
        measures = self._posting_measures(resume, index, self._idle_parts() | {"relevance"} | defer, credits,
                                          resume_occupations, own, query)
        rows, measures = self._contenders(resume, index, measures, top, resume_occupations if defer else None, own)
        scores = combine(assemble(measures, self.config), self.config)
        picked = _best_first(scores, index.order_key[rows], top)
        components, measures = self._shown(measures, picked, rows[picked], resume, index, own)
        results = []
        resume_side = _Side(resume, resume_occupations)  # what every result shows of the resume, once
        for position, (i, score) in enumerate(zip(rows[picked], scores[picked], strict=True)):
            posting = index.profiles[i]
            occupations = ((resume_side, _Side(posting, index.occupations, int(i)))
                           if resume_occupations is not None else None)
            result = self._result(resume, posting, credits, self.skills.posting_units(posting), components,
                                  measures, position, float(score), occupations, result_id=posting.id,
                                  meta=posting.meta, resume_side=resume_side)
            result.rank = position + 1
            results.append(result)
        return results

    # ---- one posting, many resumes --------------------------------------
    def resume_components(self, posting: Profile, index: ResumeIndex,
                          queries: tuple[sp.csr_matrix, sp.csr_matrix | None] | None = None
                          ) -> tuple[Components, dict[str, np.ndarray]]:
        """Every component for ``posting`` against every resume of ``index`` (as
        :meth:`posting_components`); ``queries`` are the posting's :meth:`_queries` when the
        caller has them."""
        n = len(index)
        skills = self.skills
        covered = np.zeros(n)
        total = 0.0
        for members, weight in skills.posting_units(posting):
            covered += weight * _column_max(index.credits, [skills.index[m] for m in members])
            total += weight
        coverage = covered / (total + skills.coverage_prior) if total > 0 else np.zeros(n)
        relevance = skills.relevance(skills.presence([posting]), index.own)

        query, occupation_query = (self._queries(posting.scoring_text, index.occupations is not None)
                                   if queries is None else queries)
        cosines, shared = _inverted(index.words, query, n, shared="query")
        total = _row_sums(query)[0]
        text_coverage = shared / total if total > 0 else np.zeros(n)
        occupation = (_inverted(index.by_occupation, occupation_query, n)[0]
                      if occupation_query is not None else np.zeros(n))
        posting_title = _posting_title(posting)
        title_values = np.zeros(n)
        if self.titles and index.title_matrix is not None and posting_title and index.title_matrix.shape[0]:
            per_title = _inverted(index.by_title_word, self.titles.transform([posting_title]),
                                  index.title_matrix.shape[0])[0]
            np.maximum.at(title_values, index.title_owners, per_title)
        titled = np.bincount(index.title_owners, minlength=n) > 0  # resumes with a title, without a loop over them
        title_ok = _also(titled, bool(posting_title) and self.titles is not None)

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

        asked = self._role_table([[(r.title, r.years) for r in posting.role_years]])
        role_ok = np.full(n, bool(posting.role_years) and self.titles is not None)
        dated = index.held_roles.counts > 0
        role_values = np.where(dated, role_years_satisfaction(asked, index.held_roles, n, False),
                               self.config.unknown_years_value)
        measures = self._measures(
            cosines, text_coverage, occupation, index.occupations is not None, coverage, np.full(n, total > 0),
            relevance, index.own_totals > 0, (title_values, title_ok), (np.where(role_ok, role_values, 0.0), role_ok),
            seniority_component(index.seniority, np.full(n, _nan(posting.seniority_rank))),
            experience_component(index.years, np.full(n, _nan(posting.years_experience)), skill_mean,
                                 has_skill_years, self.config),
            education_component(index.degree, np.full(n, posting.degree.level if posting.degree else 0),
                                np.full(n, posting.preferred_degree.level if posting.preferred_degree else 0),
                                np.full(n, posting.degree_flexible)))
        return assemble(measures, self.config), measures

    def rank_resumes(self, posting: Profile, index: ResumeIndex, top: int | None = 10) -> list[MatchResult]:
        if not _ready(self, index):
            return []
        queries = self._queries(posting.scoring_text, index.occupations is not None)
        components, measures = self.resume_components(posting, index, queries)
        units = self.skills.posting_units(posting)
        scores = combine(components, self.config)
        order = _best_first(scores, index.order_key, top)
        posting_occupations = queries[1]  # None without occupations
        results = []
        posting_side = _Side(posting, posting_occupations)
        for rank, i in enumerate(order, 1):
            resume = index.profiles[i]
            credits = self.skills.resume_credits(resume)
            occupations = ((_Side(resume, index.occupations, int(i)), posting_side)
                           if posting_occupations is not None else None)
            result = self._result(resume, posting, credits, units, components, measures, int(i), float(scores[i]),
                                  occupations, result_id=resume.id, meta=resume.meta)
            result.rank = rank
            results.append(result)
        return results

    # ---- shared -----------------------------------------------------------
    def _measures(self, cosines, text_coverage, occupation, has_occupations: bool, coverage, has_coverage,
                  relevance, has_relevance, title, role_years, seniority, experience, education
                  ) -> dict[str, np.ndarray]:
        """The figures behind the components, as :func:`~matcher.scoring.assemble` takes them."""
        n = len(cosines)
        measures = {"cosine": cosines, "text_coverage": text_coverage, "text_applicable": np.full(n, self.text.fitted),
                    "occupation_cosine": occupation,
                    "occupation_applicable": np.full(n, has_occupations) & (occupation > 0),
                    "coverage": coverage, "coverage_applicable": has_coverage,
                    "relevance": relevance, "relevance_applicable": has_relevance}
        for name, (values, applicable) in (("title", title), ("role_years", role_years), ("seniority", seniority),
                                           ("experience", experience), ("education", education)):
            measures[name] = values
            measures[f"{name}_applicable"] = applicable
        return measures

    def _result(self, resume: Profile, posting: Profile, credits, units, components: Components,
                measures: dict[str, np.ndarray], i: int, score: float, occupations, *, result_id: str,
                meta: dict, resume_side: _Side | None = None) -> MatchResult:
        """One result; ``occupations`` are the two sides' :class:`_Side` (``None`` without
        occupations) and ``resume_side`` the resume's, when one resume is shown many times."""
        gaps = explain(resume, posting, credits, units, resume_side.evidence if resume_side is not None else None)
        held = resume_side.held_roles() if resume_side is not None else _held_roles(resume)
        details = {
            "skills": {"coverage": round(float(measures["coverage"][i]), 4),
                       "relevance": round(float(measures["relevance"][i]), 4),
                       "beta": self.config.skills_beta,
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
            "role_years": {"asked": [{"title": r.title, "years": r.years} for r in posting.role_years],
                           "resume_roles": [{"title": t, "years": round(y, 1)} for t, y in held[:10]]},
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

    def _occupation_details(self, cosine: float, occupations: tuple[_Side, _Side] | None) -> dict:
        out: dict = {"cosine": round(float(cosine), 4), "half_at": self.config.occupation_scale}
        if occupations is None:
            return out
        resume_side, posting_side = occupations
        out["resume_reads_as"] = resume_side.reads_as(self.occupations)
        out["posting_reads_as"] = posting_side.reads_as(self.occupations)
        columns, weights = posting_side.occupation_row()
        out["shared"] = self.occupations.describe_weights(columns, weights * resume_side.occupation_dense()[columns])
        return out


class _Side:
    """One document of a pair as its results show it, each figure computed on first use and
    kept (a ranking shows one resume, or one posting, next to many): its occupation row
    (``occupations``, row ``row`` of it: read straight from its arrays, no sliced matrix), the
    occupations it reads as, that row as a dense vector, and its dated roles."""

    def __init__(self, profile: Profile, occupations: sp.csr_matrix | None, row: int = 0):
        self.profile = profile
        self.occupations = occupations
        self.row = row
        self._memo: dict = {}
        self.evidence: dict[str, tuple] = {}  # the memo of :func:`~matcher.gaps.explain`

    def occupation_row(self) -> tuple[np.ndarray, np.ndarray]:
        """The occupation row's columns and weights."""
        if "row" not in self._memo:
            matrix, i = self.occupations, self.row
            begin, end = matrix.indptr[i], matrix.indptr[i + 1]
            self._memo["row"] = (matrix.indices[begin:end], matrix.data[begin:end])
        return self._memo["row"]

    def reads_as(self, vectorizer: OccupationVectorizer) -> list[dict]:
        """:meth:`OccupationVectorizer.describe` of the occupation row (a fresh list each time)."""
        if "reads_as" not in self._memo:
            self._memo["reads_as"] = vectorizer.describe_weights(*self.occupation_row())
        return [dict(entry) for entry in self._memo["reads_as"]]

    def occupation_dense(self) -> np.ndarray:
        if "dense" not in self._memo:
            columns, weights = self.occupation_row()
            dense = np.zeros(self.occupations.shape[1])
            dense[columns] = weights
            self._memo["dense"] = dense
        return self._memo["dense"]

    def held_roles(self) -> list[tuple[str, float]]:
        """:func:`_held_roles` of the profile."""
        if "held" not in self._memo:
            self._memo["held"] = _held_roles(self.profile)
        return self._memo["held"]


def _same_statistics(ranker: Ranker, index: PostingIndex | ResumeIndex) -> None:
    """An index's vectors only compare with queries vectorised by the ranker that built it."""
    if index.ranker is not ranker and index.ranker.text is not ranker.text:
        raise ValueError("this index was built by another ranker (other statistics); rank with index.ranker")


def _ready(ranker: Ranker, index: PostingIndex | ResumeIndex) -> bool:
    """Whether there is anything to rank against ``index`` (checked to come from ``ranker``'s
    statistics); before a ranking against a large one, :func:`keep_freed_memory`."""
    _same_statistics(ranker, index)
    if len(index) >= LARGE_INDEX:
        keep_freed_memory()
    return len(index) > 0


def _inverted(inverted: sp.csr_matrix, query: sp.csr_matrix, n: int, *, shared: str | None = None,
              dense: DenseRows | None = None) -> tuple[np.ndarray, np.ndarray | None]:
    """Through an inverted index (float32, one row per feature holding the documents that have
    it), for one sparse ``query`` row: each document's dot product with the query and, with
    ``shared="index"`` or ``"query"``, the sum of the document's or of the query's weights on
    the features they share. Only documents sharing a feature are touched; every sum runs over
    the shared features in feature order in float32, so a pair gives the same figures whichever
    side is the index. ``dense`` holds some rows of ``inverted`` dense (the same figures)."""
    if inverted is None or inverted.shape[0] != query.shape[1] or not query.nnz:
        return np.zeros(n), (np.zeros(n) if shared else None)
    values = query.data.astype(np.float32)
    if shared == "index":  # both sums in one pass over the rows (the same bits as one after the other)
        dots, weights = scatter_rows_each(inverted, query.indices, [values, np.ones_like(values)], n, dense=dense)
        return dots.astype(np.float64), weights.astype(np.float64)
    dots = scatter_rows(inverted, query.indices, values, n, dense=dense).astype(np.float64)
    if shared == "query":
        return dots, scatter_rows(inverted, query.indices, values, n, ones=True).astype(np.float64)
    return dots, None


def _also(mask: np.ndarray, condition: bool) -> np.ndarray:
    """``mask & condition`` for a boolean array ``mask`` and a Python bool ``condition``: a copy
    of ``mask``, or all false. The same array, without numpy's ``&`` of an array and a Python
    scalar, which takes a slow path (0.12 ms on 100,000 postings, against 5 us for two arrays)."""
    return np.array(mask, dtype=bool) if condition else np.zeros(len(mask), dtype=bool)


def _column_max(matrix: sp.csc_matrix, columns: list[int]) -> np.ndarray:
    """Each row's largest value in ``columns`` of ``matrix`` (CSC, no duplicate entries), zero
    where none has an entry: ``matrix[:, columns].toarray().max(axis=1)``, read straight from the
    columns' arrays (no sliced matrix, no dense block)."""
    out = np.zeros(matrix.shape[0], dtype=matrix.dtype)
    for column in columns:
        begin, end = matrix.indptr[column], matrix.indptr[column + 1]
        rows = matrix.indices[begin:end]
        out[rows] = np.maximum(out[rows], matrix.data[begin:end])
    return out


def _row_sums(matrix: sp.csr_matrix) -> np.ndarray:
    """Each row's sum, added in the same order for an index and for a query row."""
    sums = np.zeros(matrix.shape[0])
    filled = np.diff(matrix.indptr) > 0
    if matrix.nnz:
        sums[filled] = np.add.reduceat(matrix.data, matrix.indptr[:-1][filled])
    return sums


def _best_first(scores: np.ndarray, order_key: np.ndarray, top: int | None) -> np.ndarray:
    """Row indices by score, best first, ties broken by id; only the ``top`` best are sorted."""
    candidates = np.arange(len(scores))
    if top and top < len(scores):
        threshold = np.partition(scores, len(scores) - top)[len(scores) - top]
        candidates = np.flatnonzero(scores >= threshold)  # keeps every tie at the threshold
    order = candidates[np.lexsort((order_key[candidates], -scores[candidates]))]
    return order[:top] if top else order


def _highest(values: np.ndarray, k: int, step: int = 16) -> np.ndarray:
    """Rows of the ``k`` highest ``values`` (which of equal values: unspecified), as
    ``np.argpartition(-values, k - 1)[:k]`` finds them, without partitioning every row: every
    ``step``-th value gives a cut that about ``2 k`` rows reach, and only those are partitioned
    (all of them when fewer than ``k`` reach it)."""
    n = len(values)
    if k < n and n > 8 * step * k:
        sample = values[::step]
        cut = np.partition(sample, len(sample) - 2 * k // step - 1)[len(sample) - 2 * k // step - 1]
        reach = np.flatnonzero(values >= cut)
        if len(reach) >= k:  # the k highest are all among them
            return reach[np.argpartition(-values[reach], k - 1)[:k]]
    return np.argpartition(-values, k - 1)[:k]


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
