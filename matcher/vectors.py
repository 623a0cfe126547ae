"""Step 5, vectors: profiles become sparse vectors over the taxonomy's skills,
and texts become TF-IDF vectors.

* A **posting** becomes a weight per skill it names: the requirement level's
  weight (required 1.0, preferred 0.5, mentioned 0.2) times the skill's IDF
  over the postings corpus, so a rare skill counts more than "communication".
* A **resume** becomes a *credit* per skill in ``[0, 1]``: its own skills at
  their match confidence, broader skills implied with decayed credit (PyTorch
  -> deep learning -> machine learning), and adjacent skills with partial
  credit (TensorFlow for PyTorch). Each credit remembers how it was earned.

Both follow scikit-learn's habits: ``fit`` on a corpus, then ``transform``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer

try:  # the compiled kernels behind scipy's products and conversions, called on parts of an index
    from scipy.sparse._sparsetools import csc_matvec as _csc_matvec
    from scipy.sparse._sparsetools import csr_matmat as _csr_matmat
    from scipy.sparse._sparsetools import csr_matmat_maxnnz as _csr_matmat_maxnnz
    from scipy.sparse._sparsetools import csr_matvec as _csr_matvec
    from scipy.sparse._sparsetools import csr_tocsc as _csr_tocsc
except ImportError:  # pragma: no cover - a scipy without them: products through gathered rows
    _csc_matvec = _csr_matvec = _csr_tocsc = _csr_matmat = _csr_matmat_maxnnz = None

from matcher.profile import Profile
from matcher.reference import ReferenceModel, count_vectorizer, title_counter
from taxonomy import Taxonomy

DEFAULT_LEVEL_WEIGHTS = {"required": 1.0, "preferred": 0.5, "mentioned": 0.2}


@dataclass(frozen=True)
class Credit:
    """How much a resume earns for one skill, and how."""

    value: float
    match_type: str  # exact | alias | fuzzy | implied | related
    via: str | None = None  # the resume skill that earned an implied or related credit


class SkillVectorizer:
    """Turn profiles into vectors over the skills of ``taxonomy``.

    Parameters
    ----------
    taxonomy:
        The skills that make up the vector space.
    level_weights:
        Weight of a posting skill by requirement level (default
        ``{"required": 1.0, "preferred": 0.5, "mentioned": 0.2}``).
    implied_decay:
        Credit multiplier per step up the hierarchy (default 0.8: PyTorch
        gives deep learning 0.8 and machine learning 0.64).
    related_credit:
        Credit multiplier for an adjacent skill (default 0.5).
    listed_only_credit:
        Credit multiplier for a resume skill that is only listed, never shown
        in experience or projects (default 0.85).
    use_implied, use_related:
        Switch implied and related credit off (for ablations); default on.
    soft_skill_weight, language_weight:
        Multipliers of a soft skill's and a spoken language's weight (defaults 0.2 and 0.3): nearly
        every posting asks for communication, so meeting it says little about fit.
    coverage_prior:
        Weight added to what a posting asks for before dividing (default 2.0, about one
        requirement of middling rarity), so a posting that names one or two skills cannot be
        fully covered by them alone.
    reference:
        A fitted :class:`~matcher.reference.ReferenceModel` whose skill document frequencies
        are added to those of the corpus given to :meth:`fit` (default ``None``: the corpus alone).
    """

    #: How many levels below a posting's skill :meth:`near` still counts as relevant.
    NEAR_DEPTH = 2

    def __init__(self, taxonomy: Taxonomy, *, level_weights: dict[str, float] | None = None,
                 implied_decay: float = 0.8, related_credit: float = 0.5, listed_only_credit: float = 0.85,
                 use_implied: bool = True, use_related: bool = True, soft_skill_weight: float = 0.2,
                 language_weight: float = 0.3, coverage_prior: float = 2.0, reference: ReferenceModel | None = None):
        self.taxonomy = taxonomy
        self.level_weights = dict(level_weights or DEFAULT_LEVEL_WEIGHTS)
        self.implied_decay = implied_decay
        self.related_credit = related_credit
        self.listed_only_credit = listed_only_credit
        self.use_implied = use_implied
        self.use_related = use_related
        self.soft_skill_weight = soft_skill_weight
        self.language_weight = language_weight
        self.coverage_prior = coverage_prior
        self.skill_ids: list[str] = taxonomy.ids
        self.index = {sid: i for i, sid in enumerate(self.skill_ids)}
        self.reference = reference
        self._related = taxonomy.related_map()
        self._near: sp.csc_matrix | None = None
        self._kinds = self._skill_kinds()
        self.fit([])

    # ---- fitting ------------------------------------------------------
    def fit(self, documents: Sequence[Profile]) -> SkillVectorizer:
        """Learn skill IDF from a corpus of profiles plus the reference (smoothed, like scikit-learn)."""
        df = np.zeros(len(self.skill_ids))
        n = len(documents)
        if self.reference is not None:
            n += self.reference.n_documents_
            for skill_id, count in self.reference.skill_df().items():
                column = self.index.get(skill_id)
                if column is not None:
                    df[column] += count
        for document in documents:
            for skill_id in document.skills:
                column = self.index.get(skill_id)
                if column is not None:
                    df[column] += 1
        self.n_documents = n
        self.idf = np.log((1 + n) / (1 + df)) + 1.0 if n else np.ones(len(self.skill_ids))
        return self

    # ---- postings -----------------------------------------------------
    def posting_weights(self, posting: Profile) -> dict[str, float]:
        """``{skill_id: weight}`` for one posting."""
        out: dict[str, float] = {}
        weights = self._weights()
        for skill in posting.skills.values():
            weight = weights.get(skill.id)
            if weight is None:  # not a skill of the taxonomy's index
                continue
            level = skill.level or "mentioned"
            out[skill.id] = self.level_weights.get(level, 0.0) * weight
        return {k: v for k, v in out.items() if v > 0}

    def _skill_kinds(self) -> dict[str, int]:
        """Per skill: 1 for a soft skill, 2 for a spoken language, else 0 (for :meth:`weight_of`)."""
        return {s.id: 1 if s.type == "soft" else 2 if s.category == "languages" else 0 for s in self.taxonomy}

    def weight_of(self, skill_id: str) -> float:
        """How much one skill says about a job: its IDF, times ``soft_skill_weight`` for a soft
        skill ("communication") or ``language_weight`` for a spoken language."""
        return self._weights()[skill_id]

    def _weights(self) -> dict[str, float]:
        """:meth:`weight_of` of every skill, made once for the fitted IDF and the soft-skill and
        language weights (and again when one of them changes): a posting's weights are a look-up
        per skill, not a numpy scalar read and converted per skill (a ranking reads those of every
        posting it shows, an index those of every posting). The IDFs are read as Python floats,
        the same values."""
        key = (self.soft_skill_weight, self.language_weight)
        cache = getattr(self, "_weight_cache", None)  # (idf array, key, weights)
        if cache is None or cache[0] is not self.idf or cache[1] != key:
            kinds = getattr(self, "_kinds", None)
            if kinds is None:  # a vectorizer pickled before there were kinds
                kinds = self._kinds = self._skill_kinds()
            factors = (1.0, self.soft_skill_weight, self.language_weight)  # by kind
            weights = {sid: factors[kinds[sid]] * value
                       for sid, value in zip(self.skill_ids, self.idf.tolist(), strict=True)}
            cache = self._weight_cache = (self.idf, key, weights)
        return cache[2]

    def posting_units(self, posting: Profile) -> list[tuple[tuple[str, ...], float]]:
        """What a posting asks for, as ``(skills, weight)`` units: one skill each, except a
        choice ("Python, Java, or Go") which is one unit met by its best member and weighs
        as much as its heaviest member."""
        weights = self.posting_weights(posting)
        units: list[tuple[tuple[str, ...], float]] = []
        grouped: set[str] = set()
        for group in posting.alternatives:
            members = tuple(m for m in group if m in weights)
            if len(members) > 1:
                units.append((members, max(weights[m] for m in members)))
                grouped.update(members)
        units.extend(((sid,), w) for sid, w in weights.items() if sid not in grouped)
        return units

    def transform_postings(self, postings: Sequence[Profile]) -> PostingMatrices:
        """Posting units as matrices: single skills in ``single_by_skill`` (n_skills x n_postings, weights),
        choices in ``choice_members`` (n_choices x n_skills, ones) and ``choice_weights``
        (n_postings x n_choices, weights)."""
        singles: list[dict[str, float]] = []
        member_rows: list[dict[str, float]] = []
        weight_rows: list[dict[int, float]] = []
        for posting in postings:
            single: dict[str, float] = {}
            choices: dict[int, float] = {}
            for members, weight in self.posting_units(posting):
                if len(members) == 1:
                    single[members[0]] = weight
                else:
                    choices[len(member_rows)] = weight
                    member_rows.append(dict.fromkeys(members, 1.0))
            singles.append(single)
            weight_rows.append(choices)
        single_matrix = self.matrix(singles)
        members = self.matrix(member_rows)
        n_choices = len(member_rows)
        rows, cols, vals = [], [], []
        for row, choices in enumerate(weight_rows):
            for col, weight in choices.items():
                rows.append(row)
                cols.append(col)
                vals.append(weight)
        choice_weights = sp.csr_matrix((vals, (rows, cols)), shape=(len(postings), n_choices), dtype=np.float64)
        totals = np.asarray(single_matrix.sum(axis=1)).ravel() + np.asarray(choice_weights.sum(axis=1)).ravel()
        return PostingMatrices(single_matrix.T.tocsr(), members, choice_weights, totals)

    @property
    def near_matrix(self) -> sp.csc_matrix:
        """See :meth:`build_near_matrix`."""
        return self._near if self._near is not None else self.build_near_matrix()

    def build_near_matrix(self) -> sp.csc_matrix:
        """``(n_skills, n_skills)``: entry ``[t, s]`` is how relevant skill ``s`` on a resume is
        to a posting asking for skill ``t``: 1.0 for ``t`` itself, ``implied_decay`` per level
        for broader skills and for narrower ones up to :attr:`NEAR_DEPTH` levels down, and
        ``related_credit`` for related skills (as far as implied and related credit are on).
        Built once and kept (it depends on the taxonomy only); copies of the vectorizer share it."""
        if self._near is None:
            rows, cols, vals = [], [], []
            best: dict[tuple[int, int], float] = {}

            def offer(t: str, s: str, value: float) -> None:
                key = (self.index[t], self.index[s])
                if value > best.get(key, 0.0):
                    best[key] = value

            for skill_id in self.skill_ids:
                offer(skill_id, skill_id, 1.0)
                if self.use_implied:
                    for ancestor, depth in self.taxonomy.ancestors(skill_id).items():
                        if ancestor not in self.index:
                            continue
                        offer(skill_id, ancestor, self.implied_decay**depth)  # a broader skill on the resume
                        if depth <= self.NEAR_DEPTH:
                            offer(ancestor, skill_id, self.implied_decay**depth)  # a narrower one
                if self.use_related:
                    for neighbour in self._related.get(skill_id, ()):
                        if neighbour in self.index:
                            offer(skill_id, neighbour, self.related_credit)
            for (t, s_), value in sorted(best.items()):
                rows.append(t)
                cols.append(s_)
                vals.append(value)
            size = len(self.skill_ids)
            self._near = sp.csc_matrix((vals, (rows, cols)), shape=(size, size), dtype=np.float64)
        return self._near

    def presence(self, postings: Sequence[Profile]) -> sp.csr_matrix:
        """``(n_postings, n_skills)`` CSR matrix: 1 where a posting names a skill."""
        return self.matrix([dict.fromkeys((s for s in p.skills if s in self.index), 1.0) for p in postings])

    def relevance(self, presence: sp.csr_matrix, own: sp.csr_matrix, towards: sp.csr_matrix | None = None
                  ) -> np.ndarray:
        """How much of each resume's own skill weight (rows of ``own``, see
        :meth:`resume_own_weights`) is relevant to each posting (rows of ``presence``): a resume
        skill ``s`` counts by the :attr:`near_matrix` values of the posting's skills, summed in
        skill order and capped at 1, times its weight; these are added up in skill order and
        divided by the resume's total weight. ``presence`` or ``own`` has a single row, and the
        result one value per row of the other; either way a pair gets the same figure. ``towards``
        is :meth:`towards` of a single ``own`` row, when the caller keeps it."""
        if own.shape[0] == 1:
            return self.relevance_by_skill(presence.T.tocsr(), own, towards)
        totals = np.asarray(own.sum(axis=1)).ravel()
        reach = np.minimum(self.near_matrix.T @ presence.toarray().ravel().astype(np.float64), 1.0)
        return np.divide(own @ reach, totals, out=np.zeros(own.shape[0]), where=totals > 0)

    def towards(self, own: sp.csr_matrix) -> sp.csr_matrix:
        """For one resume's own skills (``own``, one row): row ``k`` holds every skill's
        :attr:`near_matrix` value toward the resume's ``k``-th skill, in skill order. What
        :meth:`relevance_by_skill` multiplies the postings by; a ranking that computes relevance
        for several sets of postings builds it once."""
        near = self.near_matrix  # CSC: its columns are the rows of its transpose, gathered as rows
        indptr, indices, data = gather_rows(near.T, own.indices)
        towards = sp.csr_matrix((data, indices, indptr), shape=(len(own.indices), near.shape[0]))  # near[:, own].T
        towards.sort_indices()  # each resume skill's reach is summed over the posting's skills in skill order
        return towards

    def relevance_by_skill(self, by_skill: sp.csr_matrix, own: sp.csr_matrix, towards: sp.csr_matrix | None = None
                           ) -> np.ndarray:
        """:meth:`relevance` of one resume (``own``, one row) against every posting of an index
        given by skill (``by_skill``, float64: row ``t`` holds the postings that name skill ``t``).
        The reach is built one resume skill per row, from the rows of ``by_skill`` of the
        skills near it: only the postings naming such a skill are touched, nothing is transposed.
        ``towards`` is :meth:`towards` of ``own``, when the caller keeps it."""
        n = by_skill.shape[1]
        # the row's sum as scipy's own.sum(axis=1) adds it (one reduceat per row), not as own.sum() does
        total = np.add.reduceat(own.data, own.indptr[:1])[0] if own.indptr[1] > own.indptr[0] else 0.0
        if total <= 0:
            return np.zeros(n)
        towards = self.towards(own) if towards is None else towards
        if by_skill.format != "csr" or by_skill.dtype != np.float64:
            by_skill = sp.csr_matrix(by_skill, dtype=np.float64)
        if _csr_matmat is None:  # pragma: no cover
            reach = towards @ by_skill  # (resume skills, postings)
            np.minimum(reach.data, 1.0, out=reach.data)
            return (reach.T @ own.data) / total
        indptr, indices, data = _product_arrays(towards, by_skill)  # (resume skills, postings)
        np.minimum(data, 1.0, out=data)
        out = np.zeros(n)  # reach.T @ own.data: scipy's CSC matrix-vector kernel on reach's arrays
        _csc_matvec(n, len(indptr) - 1, indptr, indices, data, own.data, out)
        return out / total

    def resume_own_weights(self, resume: Profile, own: dict[str, Credit] | None = None) -> dict[str, float]:
        """``{skill_id: weight}`` of the resume's own skills: their credit times their IDF, so a
        rare skill says more about what the resume is about than "communication". ``own`` is
        the resume's :meth:`own_credits` when the caller has them."""
        own = self.own_credits(resume) if own is None else own
        return {sid: credit.value * self.weight_of(sid) for sid, credit in own.items()}

    # ---- resumes ------------------------------------------------------
    def own_credits(self, resume: Profile) -> dict[str, Credit]:
        """``{skill_id: Credit}`` of the resume's own skills: match confidence, less for a skill
        only listed (and less again when the resume is flagged for keyword stuffing)."""
        own: dict[str, Credit] = {}
        stuffing = resume.flags.get("keyword_stuffing")
        listed_total = sum(1 for s in resume.skills.values() if s.listed_only)
        listed_factor = self.listed_only_credit
        if stuffing and listed_total:
            listed_factor *= min(1.0, 40 / listed_total)
        for skill in resume.skills.values():
            if skill.id not in self.index:
                continue
            value = skill.confidence * (listed_factor if skill.listed_only else 1.0)
            own[skill.id] = Credit(round(value, 4), skill.match_type)
        return own

    def resume_credits(self, resume: Profile, own: dict[str, Credit] | None = None) -> dict[str, Credit]:
        """``{skill_id: Credit}``: own skills, then implied and related ones; ``own`` is the
        resume's :meth:`own_credits` when the caller has them."""
        own = self.own_credits(resume) if own is None else own
        credits = dict(own)
        if self.use_implied:
            for skill_id, credit in own.items():
                for ancestor, depth in self.taxonomy.ancestors(skill_id).items():
                    _offer(credits, ancestor, round(credit.value * self.implied_decay**depth, 4), "implied", skill_id)
        if self.use_related:
            for skill_id, credit in own.items():
                value = round(credit.value * self.related_credit, 4)
                for neighbour in sorted(self._related.get(skill_id, ())):
                    _offer(credits, neighbour, value, "related", skill_id)
        return credits

    def resume_vector(self, resume: Profile) -> np.ndarray:
        """A dense credit vector over all skills (fast for one-against-many)."""
        return self.vector(self.resume_credits(resume))

    def vector(self, credits: dict[str, Credit]) -> np.ndarray:
        """``{skill_id: Credit}`` as a dense vector over all skills."""
        vector = np.zeros(len(self.skill_ids))
        index = self.index
        vector[[index[skill_id] for skill_id in credits]] = [credit.value for credit in credits.values()]  # one store
        return vector

    def transform_resumes(self, resumes: Sequence[Profile]) -> sp.csr_matrix:
        """An ``(n_resumes, n_skills)`` CSR matrix of credits."""
        return self.matrix([{k: c.value for k, c in self.resume_credits(r).items()} for r in resumes])

    def matrix(self, rows: list[dict[str, float]]) -> sp.csr_matrix:
        """A CSR matrix with one row per ``{skill_id: value}`` dict, columns in skill order."""
        indptr = [0]
        indices: list[int] = []
        data: list[float] = []
        for row in rows:
            for skill_id in sorted(row, key=self.index.__getitem__):
                indices.append(self.index[skill_id])
                data.append(row[skill_id])
            indptr.append(len(indices))
        return sp.csr_matrix((np.array(data, dtype=np.float64), np.array(indices, dtype=np.int32),
                              np.array(indptr, dtype=np.int64)), shape=(len(rows), len(self.skill_ids)))


@dataclass(frozen=True)
class PostingMatrices:
    """The units of many postings (see :meth:`SkillVectorizer.transform_postings`), by skill:
    ``single_by_skill`` (n_skills x n_postings, weights) holds in row ``s`` the postings that ask
    for skill ``s`` as a unit of its own, so a resume's coverage touches only the postings that
    ask for a skill it has credit for."""

    single_by_skill: sp.csr_matrix
    choice_members: sp.csr_matrix
    choice_weights: sp.csr_matrix
    totals: np.ndarray  # total weight each posting asks for

    def covered(self, credits: np.ndarray) -> np.ndarray:
        """Weight each posting sees covered by a resume's dense ``credits`` vector: each
        posting's single units added up in skill order (as ``single @ credits`` would, skipping
        the skills without credit, which add nothing), plus its choices' best members."""
        columns = np.flatnonzero(credits)
        covered = scatter_rows(self.single_by_skill, columns, credits[columns], self.single_by_skill.shape[1])
        if self.choice_members.shape[0]:
            values = credits[self.choice_members.indices]
            best = np.maximum.reduceat(values, self.choice_members.indptr[:-1]) if values.size else values
            covered += self.choice_weights @ best  # covered is ours: added in place
        return covered


@dataclass(frozen=True)
class DenseRows:
    """The rows of an inverted index (CSR, one row per feature, one column per document) that
    hold at least a given share of the documents, kept dense as well: ``block[positions[r]]`` is
    row ``r`` (``positions[r]`` is -1 for a row not kept). Adding a dense row to a dense vector is
    one vectorised pass over the documents, where scattering the row's entries costs an indexed
    store each, several times as long per entry: from about a quarter of the documents on, the
    dense pass is the quicker (:func:`scatter_rows`)."""

    positions: np.ndarray
    block: np.ndarray

    @classmethod
    def of(cls, inverted: sp.csr_matrix, share: float) -> DenseRows:
        """The rows of ``inverted`` with entries for at least ``share`` of its columns."""
        counts = np.diff(inverted.indptr)
        rows = np.flatnonzero((counts >= share * inverted.shape[1]) & (counts > 0))
        positions = np.full(inverted.shape[0], -1, dtype=np.int64)
        positions[rows] = np.arange(len(rows))
        block = inverted[rows].toarray() if len(rows) else np.zeros((0, inverted.shape[1]), dtype=inverted.dtype)
        return cls(positions, block)


def scatter_rows(inverted: sp.csr_matrix, rows: np.ndarray, weights: np.ndarray, n: int, *,
                 ones: bool = False, dense: DenseRows | None = None) -> np.ndarray:
    """``sum_k weights[k] * inverted[rows[k]]`` as a dense vector of ``n`` (the dtype of
    ``inverted``), added up row after row in the order of ``rows``; with ``ones`` every stored
    value of ``inverted`` counts as 1. This is ``inverted[rows].T @ weights`` without gathering
    the rows into a new matrix: each row's slice of the index's arrays goes straight through
    scipy's CSC matrix-vector kernel (the one ``@`` runs), so the sums and their order, and thus
    every bit of the result, are those of the product. A row that ``dense`` (of ``inverted``)
    holds is added from it instead, in its turn: the kernel's ``out[i] += value * weight`` in the
    same dtype, the product rounded once, then the sum (a zero entry adds exactly nothing to the
    non-negative sums of an index), so the bits stay the same. ``ones`` ignores ``dense``."""
    return scatter_rows_each(inverted, rows, [weights], n, ones=ones, dense=dense)[0]


def scatter_rows_each(inverted: sp.csr_matrix, rows: np.ndarray, weight_sets: Sequence[np.ndarray], n: int, *,
                      ones: bool = False, dense: DenseRows | None = None) -> list[np.ndarray]:
    """:func:`scatter_rows` of each of ``weight_sets`` over the same ``rows``: one vector per set,
    each added up exactly as :func:`scatter_rows` adds it alone (the same bits), the sets taking
    each row in turn, so a row's slice of the index (or its dense row) is read from memory once
    and is still in the cache for the next set (the text measures' dot products and shared
    weights: about a twentieth less time than two passes at 100,000 postings)."""
    outs = [np.zeros(n, dtype=inverted.dtype) for _ in weight_sets]
    weight_sets = [np.asarray(weights, dtype=inverted.dtype) for weights in weight_sets]
    indptr, indices, data = inverted.indptr, inverted.indices, inverted.data
    if _csc_matvec is None:  # no such kernel in this scipy: gather the rows (same figures, more copying)
        block = inverted[np.asarray(rows)].T
        if ones:
            block.data[:] = 1.0
        return [np.asarray(block @ weights, dtype=inverted.dtype) for weights in weight_sets]
    rows = np.asarray(rows, dtype=np.intp)
    begins, ends = indptr[rows].tolist(), indptr[rows + 1].tolist()  # Python ints: no per-row conversions
    unit = np.ones(max((e - b for b, e in zip(begins, ends, strict=True)), default=0) if ones else 0,
                   dtype=inverted.dtype)
    column = np.zeros(2, dtype=indices.dtype)  # the one column's pointers, refilled per row
    held = dense.positions[rows].tolist() if dense is not None and not ones else [-1] * len(begins)
    scaled = np.empty(n, dtype=inverted.dtype) if max(held, default=-1) >= 0 else None
    pairs = list(zip(outs, weight_sets, strict=True))
    for k, (begin, end) in enumerate(zip(begins, ends, strict=True)):
        if held[k] >= 0:
            row = dense.block[held[k]]
            for out, weights in pairs:
                np.add(out, row if weights[k] == 1 else np.multiply(row, weights[k], out=scaled), out=out)
            continue
        if end == begin:
            continue
        column[1] = end - begin
        values = unit[:end - begin] if ones else data[begin:end]
        for out, weights in pairs:
            _csc_matvec(n, 1, column, indices[begin:end], values, weights[k:k + 1], out)
    return outs


def _product_arrays(a: sp.csr_matrix, b: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The CSR arrays ``(indptr, indices, data)`` of ``a @ b`` (both CSR, float64): scipy's own
    sparse product kernels on the two matrices' arrays, so the same arrays (the same entries in
    the same order, the same bits) as ``(a @ b)``, without the checks and the matrix objects of
    scipy's product, which cost more than the product of a resume's skills and a few hundred
    postings."""
    index_dtype = np.result_type(a.indptr, a.indices, b.indptr, b.indices)
    arrays = [np.asarray(x, dtype=index_dtype) for x in (a.indptr, a.indices, b.indptr, b.indices)]
    rows, columns = a.shape[0], b.shape[1]
    nnz = _csr_matmat_maxnnz(rows, columns, *arrays)
    if nnz > np.iinfo(index_dtype).max:  # pragma: no cover - past int32: the kernels in int64
        index_dtype = np.int64
        arrays = [np.asarray(x, dtype=index_dtype) for x in arrays]
    indptr = np.empty(rows + 1, dtype=index_dtype)
    indices = np.empty(nnz, dtype=index_dtype)
    data = np.empty(nnz, dtype=np.result_type(a.data, b.data))
    _csr_matmat(rows, columns, arrays[0], arrays[1], a.data, arrays[2], arrays[3], b.data, indptr, indices, data)
    end = indptr[-1]  # sums that cancel to 0 are left out, as scipy's product leaves them
    return indptr, indices[:end], data[:end]


def gather_rows(matrix: sp.csr_matrix, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The CSR arrays ``(indptr, indices, data)`` of ``matrix[rows]``, gathered straight from
    ``matrix``'s arrays (the same arrays scipy's row indexing builds, without its checks)."""
    rows = np.asarray(rows, dtype=np.intp)
    begins = matrix.indptr[rows]
    lengths = matrix.indptr[rows + 1] - begins
    indptr = np.zeros(len(rows) + 1, dtype=matrix.indptr.dtype)
    np.cumsum(lengths, out=indptr[1:])
    positions = np.arange(indptr[-1]) + np.repeat(begins - indptr[:-1], lengths)
    return indptr, matrix.indices[positions], matrix.data[positions]


def take_rows(matrix: sp.csr_matrix, rows: np.ndarray) -> sp.csr_matrix:
    """``matrix[rows]`` (CSR) built from the gathered arrays (:func:`gather_rows`): the same
    matrix, without the checks of scipy's indexing, which cost more than a few rows."""
    indptr, indices, data = gather_rows(matrix, rows)
    return sp.csr_matrix((data, indices, indptr), shape=(len(indptr) - 1, matrix.shape[1]))


def rows_dot(matrix: sp.csr_matrix, rows: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """``np.asarray(matrix[rows] @ vector)`` (``vector`` dense, of ``matrix``'s dtype): each
    row's products added in its entries' order by scipy's CSR matrix-vector kernel, on the
    gathered rows (:func:`gather_rows`), so every bit is the product's."""
    if _csr_matvec is None:  # pragma: no cover
        return np.asarray(matrix[rows] @ vector)
    indptr, indices, data = gather_rows(matrix, rows)
    out = np.zeros(len(indptr) - 1, dtype=np.result_type(data, vector))
    _csr_matvec(len(out), matrix.shape[1], indptr, indices, data, vector, out)
    return out


def rows_by_column(matrix: sp.csr_matrix, rows: np.ndarray, dtype=np.float64) -> sp.csr_matrix:
    """``matrix[rows].T.tocsr()`` in ``dtype`` (one row per column of ``matrix``, holding the
    given rows that have an entry there, in their order): the gathered rows (:func:`gather_rows`)
    turned by scipy's own conversion kernel, so the same arrays as the indexing, transposing and
    converting would make, with one matrix built instead of four."""
    if _csr_tocsc is None:  # pragma: no cover
        return sp.csr_matrix(matrix[rows].T.tocsr(), dtype=dtype)
    indptr, indices, data = gather_rows(matrix, rows)
    columns = matrix.shape[1]
    out_indptr = np.empty(columns + 1, dtype=indptr.dtype)
    out_indices = np.empty(len(indices), dtype=indices.dtype)
    out_data = np.empty(len(indices), dtype=dtype)
    _csr_tocsc(len(indptr) - 1, columns, indptr, indices, data.astype(dtype, copy=False), out_indptr, out_indices,
               out_data)
    return sp.csr_matrix((out_data, out_indices, out_indptr), shape=(columns, len(indptr) - 1))


def _keep_max(values: dict[str, float], key: str, value: float) -> None:
    if value > values.get(key, 0.0):
        values[key] = value


def _offer(credits: dict[str, Credit], skill_id: str, value: float, match_type: str, via: str) -> None:
    """Credit ``skill_id`` with ``value`` unless it holds as much already (the first offer of
    the highest value stays); the :class:`Credit` is made only when it is kept."""
    current = credits.get(skill_id)
    if current is None or value > current.value:
        credits[skill_id] = Credit(value, match_type, via)


def weighted(counts: sp.spmatrix, idf: np.ndarray) -> sp.csr_matrix:
    """Counts to L2-normalised TF-IDF rows: sublinear term frequency (1 + log tf) times ``idf``."""
    counts = sp.csr_matrix(counts, dtype=np.float64, copy=True)
    np.log(counts.data, out=counts.data)
    counts.data += 1.0
    counts.data *= idf[counts.indices]
    return l2_rows(counts)


#: Up to this many texts, :func:`few_weighted` builds their TF-IDF rows; more go through the counter.
FEW_TEXTS = 16


def few_counts(counter: CountVectorizer, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The CSR arrays ``(data, indices, indptr)`` of ``counter.transform(texts)`` for a counter
    with a fixed vocabulary (not binary), counted here: the counter's analyzer, words outside
    the vocabulary left out, columns in order, counts as float64 and indices as int32, as the
    counter makes them. For a ranking's few texts, the counter's own checks and conversions cost
    more than the counting."""
    analyze = counter.build_analyzer()
    vocabulary = counter.vocabulary_ if hasattr(counter, "vocabulary_") else counter.vocabulary
    indices: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for text in texts:
        found: dict[int, int] = {}
        for feature in analyze(text):
            column = vocabulary.get(feature)
            if column is not None:
                found[column] = found.get(column, 0) + 1
        for column in sorted(found):
            indices.append(column)
            counts.append(found[column])
        indptr.append(len(indices))
    return (np.array(counts, dtype=np.float64), np.array(indices, dtype=np.int32),
            np.array(indptr, dtype=np.int32))


def few_weighted(counter: CountVectorizer, texts: Sequence[str], idf: np.ndarray) -> sp.csr_matrix:
    """``weighted(counter.transform(texts), idf)`` for a few ``texts``: the counts of
    :func:`few_counts` and the arithmetic of :func:`weighted` and :func:`l2_rows` on their
    arrays, so the same matrix, built once (not the three matrices of the two steps)."""
    data, indices, indptr = few_counts(counter, texts)
    np.log(data, out=data)
    data += 1.0
    data *= idf[indices]
    if len(data):
        _l2_scale(data, indptr)
    return sp.csr_matrix((data, indices, indptr), shape=(len(texts), len(idf)))


def _dense_product(a: sp.csr_matrix, b: sp.csr_matrix) -> np.ndarray:
    """``(a @ b).toarray()``; for a single row of ``a`` (a query), the rows of ``b`` it names
    gathered (:func:`gather_rows`) and added up by scipy's CSC matrix-vector kernel, row after
    row in the order of ``a``'s entries: the sums, in the order, of scipy's sparse product (its
    kernel adds each row of ``b`` times ``a``'s entry into a dense accumulator in that order),
    so the same bits, without building the product's sparse matrix (a ranking's query)."""
    if a.shape[0] != 1 or _csc_matvec is None or a.dtype != b.dtype:
        return (a @ b).toarray()
    indptr, indices, data = gather_rows(b, a.indices)
    out = np.zeros((1, b.shape[1]), dtype=b.dtype)
    _csc_matvec(b.shape[1], len(a.indices), indptr, indices, data, a.data, out.ravel())
    return out


def _csr_of_dense(dense: np.ndarray) -> sp.csr_matrix:
    """``sp.csr_matrix(dense)`` of a 2-D float array (its non-zeros in row order), built
    straight from the non-zero positions: scipy's conversion goes through a COO matrix, which
    costs a ranking more than the occupation row it makes."""
    rows, columns = np.nonzero(dense)
    indptr = np.zeros(dense.shape[0] + 1, dtype=np.int32)
    np.cumsum(np.bincount(rows, minlength=dense.shape[0]), out=indptr[1:])
    return sp.csr_matrix((dense[rows, columns], columns.astype(np.int32), indptr), shape=dense.shape)


def l2_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """``matrix`` (CSR) with every non-zero row scaled to unit length, in place."""
    if matrix.nnz:
        _l2_scale(matrix.data, matrix.indptr)
    return matrix


def _l2_scale(data: np.ndarray, indptr: np.ndarray) -> None:
    """Scale the rows of CSR arrays ``data`` (not empty) and ``indptr`` to unit length, in place."""
    lengths = np.diff(indptr)
    squares = np.add.reduceat(data**2, indptr[:-1][lengths > 0])
    norms = np.zeros(len(lengths))
    norms[lengths > 0] = np.sqrt(squares)
    data /= np.repeat(np.where(norms > 0, norms, 1.0), lengths)


class TextVectorizer:
    """TF-IDF over the profiles' scoring text (boilerplate and personal details left out).

    Words are counted by :func:`matcher.reference.count_vectorizer` (lowercase, English stop
    words dropped, ``C++``, ``C#`` and ``Node.js`` kept whole) with sublinear term frequency;
    rows are L2-normalised, so a dot product is a cosine.

    Parameters
    ----------
    reference:
        A fitted :class:`~matcher.reference.ReferenceModel` (default ``None``). Its word
        document frequencies are added to those of the corpus given to :meth:`fit`, so IDF
        resembles a real market even when the corpus is one pair; with a reference the
        vectorizer works before any ``fit``.
    reference_documents:
        How many documents the reference counts as (default 100; ``None``: its own number,
        1,016 occupations). Its document frequencies are scaled to this many documents: alone
        (one pair) the reference gives the IDF its shape, and a corpus of thousands of real
        documents outweighs it. Measured on our judged real pairs (``python -m bench quality``),
        counting the reference fully made the text similarity rank worse than the corpus's
        own IDF; at 100 it ranks as well as or better than either.
    """

    def __init__(self, reference: ReferenceModel | None = None, reference_documents: float | None = 100.0):
        self.reference = reference
        self.reference_documents = reference_documents
        self.fit([])

    def fit(self, texts: Sequence[str]) -> TextVectorizer:
        """Learn the vocabulary and IDF from ``texts`` plus the reference (smoothed, like scikit-learn)."""
        texts = [t for t in texts if t.strip()]
        words: list[str] = []
        df = np.zeros(0)
        n = 0
        if self.reference is not None:
            words = list(self.reference.vocabulary_)
            n = self.reference.n_documents_
            df = self.reference.df_.astype(np.float64)
            if self.reference_documents is not None:
                df *= self.reference_documents / n
                n = self.reference_documents
        if texts:
            counter = count_vectorizer(binary=True)
            counts = counter.fit_transform(texts)
            corpus_words = counter.get_feature_names_out()
            corpus_df = np.asarray(counts.sum(axis=0)).ravel()
            known = self.reference.vocabulary_index if self.reference is not None else {}
            new = [j for j, w in enumerate(corpus_words) if w not in known]
            columns = np.array([known.get(w, -1) for w in corpus_words])
            df = np.concatenate([df, np.zeros(len(new))])
            columns[new] = len(words) + np.arange(len(new))
            df[columns] += corpus_df
            words += [corpus_words[j] for j in new]
            n += len(texts)
        self.n_documents = n
        self.fitted = bool(words)
        self.idf = np.log((1 + n) / (1 + df)) + 1.0 if words else np.ones(0)
        self.counter = count_vectorizer(vocabulary={w: i for i, w in enumerate(words)}) if words else None
        return self

    def transform(self, texts: Sequence[str], counts: sp.csr_matrix | None = None) -> sp.csr_matrix:
        """TF-IDF rows of ``texts``; ``counts`` are their :meth:`counts` when the caller has them."""
        if self.counter is None:
            return sp.csr_matrix((len(texts), 1))
        return weighted(self.counts(texts) if counts is None else counts, self.idf)

    def counts(self, texts: Sequence[str]) -> sp.csr_matrix | None:
        """The word counts of ``texts`` over the vocabulary (``None`` without one); a ranking's
        few texts (up to ``FEW_TEXTS``) counted by :func:`few_counts`, the same matrix."""
        if self.counter is None:
            return None
        if len(texts) <= FEW_TEXTS:
            counts = sp.csr_matrix(few_counts(self.counter, texts), shape=(len(texts), len(self.idf)))
            counts.has_sorted_indices = True  # as the counter leaves them
            return counts
        return self.counter.transform(list(texts))


class OccupationVectorizer:
    """Which occupations a text reads as: its reference-IDF TF-IDF vector projected on the
    reference model's occupation rows (explicit semantic analysis), keeping the
    ``reference.occupation_top`` most similar, L2-normalised. Two texts that read as the same
    occupations ("CNC machinist", "machine tool setter") are close even when they share few
    words. Independent of any corpus: nothing to fit.
    """

    def __init__(self, reference: ReferenceModel):
        self.reference = reference
        self.counter = count_vectorizer(vocabulary=reference.vocabulary_index)
        self.matrix_t = reference.occupation_matrix_.T.tocsr().astype(np.float64)
        self.idf = reference.occupation_idf_.astype(np.float64)

    def counts_of(self, text: TextVectorizer, counts: sp.csr_matrix | None) -> sp.csr_matrix | None:
        """The word counts this vectorizer makes of some texts, read off the ``counts`` of the
        same texts by ``text`` (:meth:`TextVectorizer.counts`) when ``text`` is built on the same
        reference: its vocabulary starts with the reference's, in the same order, and both count
        words alike (:func:`~matcher.reference.count_vectorizer`), so the first columns are the
        same counts; ``None`` otherwise. Saves counting a text's words twice."""
        if counts is None or text.reference is not self.reference:
            return None
        return counts[:, :len(self.reference.vocabulary_)]

    def transform(self, texts: Sequence[str], chunk: int = 2048, counts: sp.csr_matrix | None = None
                  ) -> sp.csr_matrix:
        """An ``(n_texts, n_occupations)`` CSR matrix of occupation weights, rows L2-normalised;
        ``counts`` are the texts' word counts (:meth:`counts_of`) when the caller has them."""
        blocks = []
        top = self.reference.occupation_top
        for begin in range(0, len(texts), chunk):
            counts_here = self.counter.transform(list(texts[begin:begin + chunk])) if counts is None else \
                counts[begin:begin + chunk]
            dense = _dense_product(weighted(counts_here, self.idf), self.matrix_t)
            if top and dense.shape[1] > top:
                cut = np.partition(dense, dense.shape[1] - top, axis=1)[:, dense.shape[1] - top][:, None]
                dense[dense < cut] = 0.0
            blocks.append(l2_rows(_csr_of_dense(dense)))
        if not blocks:
            return sp.csr_matrix((0, len(self.reference.occupation_codes_)))
        return blocks[0] if len(blocks) == 1 else sp.vstack(blocks).tocsr()  # one text: no stacking

    def describe(self, row: sp.csr_matrix, k: int = 3) -> list[dict]:
        """The ``k`` strongest occupations of one transformed row: code, title, weight."""
        return self.describe_weights(row.indices, row.data, k)

    def describe_weights(self, columns: np.ndarray, weights: np.ndarray, k: int = 3) -> list[dict]:
        """The ``k`` heaviest of occupations ``columns`` with ``weights`` (ties: the lower column)."""
        order = np.lexsort((columns, -weights))[:k]
        codes, titles = self.reference.occupation_codes_, self.reference.occupation_titles_
        # the few picked read out as Python numbers at once (float() of each gives the same values)
        return [{"code": codes[column], "title": titles[column], "weight": round(weight, 4)}
                for column, weight in zip(columns[order].tolist(), weights[order].tolist(), strict=True) if weight > 0]


class TitleVectorizer:
    """Job titles as TF-IDF vectors over their words (:func:`~matcher.reference.title_words`),
    after :func:`~matcher.facts.normalize_title` expands abbreviations ("Sr. ML Eng"). IDF comes
    from the reference model's O*NET titles and alternate titles, so "engineer" counts less than
    "machinist". Rows are L2-normalised; an empty title is a zero row. Nothing to fit.
    """

    def __init__(self, reference: ReferenceModel):
        self.counter = title_counter(vocabulary={g: i for i, g in enumerate(reference.title_vocabulary_)})
        self.idf = np.log((1 + reference.n_titles_) / (1 + reference.title_df_.astype(np.float64))) + 1.0

    def transform(self, titles: Sequence[str]) -> sp.csr_matrix:
        """An ``(n_titles, n_grams)`` CSR matrix; ``titles`` are already normalised. A ranking's
        few titles (up to ``FEW_TEXTS``) are counted here (:func:`few_weighted`), many by the counter."""
        if len(titles) <= FEW_TEXTS:
            return few_weighted(self.counter, titles, self.idf)
        return weighted(self.counter.transform(list(titles)), self.idf)
