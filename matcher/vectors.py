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
from sklearn.feature_extraction.text import TfidfVectorizer

from matcher.profile import Profile
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
    """

    def __init__(self, taxonomy: Taxonomy, *, level_weights: dict[str, float] | None = None,
                 implied_decay: float = 0.8, related_credit: float = 0.5, listed_only_credit: float = 0.85,
                 use_implied: bool = True, use_related: bool = True):
        self.taxonomy = taxonomy
        self.level_weights = dict(level_weights or DEFAULT_LEVEL_WEIGHTS)
        self.implied_decay = implied_decay
        self.related_credit = related_credit
        self.listed_only_credit = listed_only_credit
        self.use_implied = use_implied
        self.use_related = use_related
        self.skill_ids: list[str] = taxonomy.ids
        self.index = {sid: i for i, sid in enumerate(self.skill_ids)}
        self.idf = np.ones(len(self.skill_ids))
        self.n_documents = 0
        self._related = taxonomy.related_map()

    # ---- fitting ------------------------------------------------------
    def fit(self, postings: Sequence[Profile]) -> SkillVectorizer:
        """Learn skill IDF from a corpus of posting profiles (smoothed, like scikit-learn)."""
        df = np.zeros(len(self.skill_ids))
        for posting in postings:
            for skill_id in posting.skills:
                column = self.index.get(skill_id)
                if column is not None:
                    df[column] += 1
        n = len(postings)
        self.n_documents = n
        self.idf = np.log((1 + n) / (1 + df)) + 1.0 if n else np.ones(len(self.skill_ids))
        return self

    # ---- postings -----------------------------------------------------
    def posting_weights(self, posting: Profile) -> dict[str, float]:
        """``{skill_id: weight}`` for one posting."""
        out: dict[str, float] = {}
        for skill in posting.skills.values():
            column = self.index.get(skill.id)
            if column is None:
                continue
            level = skill.level or "mentioned"
            out[skill.id] = self.level_weights.get(level, 0.0) * float(self.idf[column])
        return {k: v for k, v in out.items() if v > 0}

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
        """Posting units as matrices: single skills in ``single`` (n_postings x n_skills, weights),
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
        return PostingMatrices(single_matrix, members, choice_weights)

    # ---- resumes ------------------------------------------------------
    def resume_credits(self, resume: Profile) -> dict[str, Credit]:
        """``{skill_id: Credit}``: own skills, then implied and related ones."""
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
        credits = dict(own)
        if self.use_implied:
            for skill_id, credit in own.items():
                for ancestor, depth in self.taxonomy.ancestors(skill_id).items():
                    value = round(credit.value * self.implied_decay**depth, 4)
                    _offer(credits, ancestor, Credit(value, "implied", skill_id))
        if self.use_related:
            for skill_id, credit in own.items():
                for neighbour in sorted(self._related.get(skill_id, ())):
                    value = round(credit.value * self.related_credit, 4)
                    _offer(credits, neighbour, Credit(value, "related", skill_id))
        return credits

    def resume_vector(self, resume: Profile) -> np.ndarray:
        """A dense credit vector over all skills (fast for one-against-many)."""
        vector = np.zeros(len(self.skill_ids))
        for skill_id, credit in self.resume_credits(resume).items():
            vector[self.index[skill_id]] = credit.value
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
    """The units of many postings (see :meth:`SkillVectorizer.transform_postings`)."""

    single: sp.csr_matrix
    choice_members: sp.csr_matrix
    choice_weights: sp.csr_matrix

    @property
    def totals(self) -> np.ndarray:
        """Total weight each posting asks for."""
        return np.asarray(self.single.sum(axis=1)).ravel() + np.asarray(self.choice_weights.sum(axis=1)).ravel()

    def take(self, rows: np.ndarray) -> PostingMatrices:
        """The units of the postings at ``rows`` only, with just the choices they use."""
        weights = self.choice_weights[rows]
        used = np.unique(weights.indices)
        return PostingMatrices(self.single[rows], self.choice_members[used], weights[:, used].tocsr())

    def covered(self, credits: np.ndarray) -> np.ndarray:
        """Weight each posting sees covered by a resume's dense ``credits`` vector."""
        covered = self.single @ credits
        if self.choice_members.shape[0]:
            values = credits[self.choice_members.indices]
            best = np.maximum.reduceat(values, self.choice_members.indptr[:-1]) if values.size else values
            covered = covered + self.choice_weights @ best
        return covered


def _offer(credits: dict[str, Credit], skill_id: str, credit: Credit) -> None:
    current = credits.get(skill_id)
    if current is None or credit.value > current.value:
        credits[skill_id] = credit


class TextVectorizer:
    """TF-IDF over the profiles' scoring text (boilerplate and personal details left out).

    A thin wrapper around scikit-learn's :class:`TfidfVectorizer` with
    sublinear term frequency, English stop words and a token pattern that
    keeps ``C++``, ``C#`` and ``Node.js`` whole. Rows are L2-normalised, so a
    dot product is a cosine.
    """

    TOKEN_PATTERN = r"(?u)\b[a-zA-Z][a-zA-Z0-9+#.]*[a-zA-Z0-9+#]|\b[a-zA-Z]\b"

    def __init__(self, max_features: int | None = 200_000):
        self.vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", lowercase=True,
                                          token_pattern=self.TOKEN_PATTERN, max_features=max_features,
                                          dtype=np.float64)
        self.fitted = False

    def fit(self, texts: Sequence[str]) -> TextVectorizer:
        texts = [t for t in texts if t.strip()]
        if texts:
            self.vectorizer.fit(texts)
            self.fitted = True
        return self

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        if not self.fitted:
            return sp.csr_matrix((len(texts), 1))
        return self.vectorizer.transform(list(texts)).tocsr()
