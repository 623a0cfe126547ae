"""The reference model: what a labour market looks like, fitted once and shipped with the package.

A fit score needs statistics no single pair can give: how rare a word or a skill is among
postings (IDF), and which occupation a text reads as. Learning them from the 22 built-in
postings, or from one pair, gives nonsense; so the package ships a small fitted model built
only from texts whose licence allows shipping derived statistics: the O*NET 29.2 database
(occupation titles and descriptions, alternate job titles and technology skills; CC BY 4.0,
O*NET Resource Center, U.S. Department of Labor, Employment and Training Administration).
No resume or posting from the development sets goes into it.

It holds, scikit-learn style (fitted attributes end in ``_``):

``vocabulary_`` and ``df_``
    Words (tokenised as :data:`TOKEN_PATTERN`, English stop words dropped) and how many of
    the ``n_documents_`` occupation descriptions use each (title, description and technology
    examples of one occupation form one document). :class:`~matcher.vectors.TextVectorizer`
    adds these counts to the corpus at hand, so rare words stay rare even for a single pair.
``skill_ids_`` and ``skill_df_``
    The same for the taxonomy's skills, found by the engine's own skill pipeline in those
    documents; :class:`~matcher.vectors.SkillVectorizer` adds them to the postings at hand.
``title_vocabulary_`` and ``title_df_``
    Job-title words (abbreviations expanded by :func:`matcher.facts.normalize_title`, plurals
    made singular) and how many of the ``n_titles_`` O*NET titles and alternate titles use
    each: the IDF of :class:`~matcher.vectors.TitleVectorizer`.
``occupation_codes_``, ``occupation_titles_`` and ``occupation_matrix_``
    One L2-normalised TF-IDF row per O*NET occupation over ``vocabulary_`` (title three
    times, alternate titles, description, technology examples; IDF over those documents:
    ``occupation_idf_``). :class:`~matcher.vectors.OccupationVectorizer` projects a text on
    these rows to say which occupations it reads as (explicit semantic analysis).

Rebuild it (deterministic; the test suite checks the shipped file against a rebuild)::

    matcher reference build --onet ../shared/data/onet -o matcher/data/reference.npz
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from matcher.facts import normalize_title

DATA_DIR = Path(__file__).resolve().parent / "data"
REFERENCE_PATH = DATA_DIR / "reference.npz"
FORMAT_VERSION = 2

#: Words: a letter, then letters, digits and ``+#.``; keeps ``C++``, ``C#`` and ``Node.js`` whole.
TOKEN_PATTERN = r"(?u)\b[a-zA-Z][a-zA-Z0-9+#.]*[a-zA-Z0-9+#]|\b[a-zA-Z]\b"

ONET_FILES = ("Occupation Data.txt", "Alternate Titles.txt", "Technology Skills.txt")
ATTRIBUTION = ("O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration "
               "(USDOL/ETA), used under the CC BY 4.0 license; statistics derived by this project.")


def count_vectorizer(**kwargs) -> CountVectorizer:
    """The word counter every text statistic here shares (lowercase, English stop words dropped)."""
    return CountVectorizer(lowercase=True, stop_words="english", token_pattern=TOKEN_PATTERN, dtype=np.float64,
                           **kwargs)


@dataclass(frozen=True)
class OccupationText:
    """One O*NET occupation as text: ``text`` feeds the word and skill counts, ``profile`` the
    occupation matrix (it adds the alternate titles, which name the job the way postings do)."""

    code: str
    title: str
    text: str
    profile: str
    alternate_titles: tuple[str, ...] = ()


def title_words(title: str) -> list[str]:
    """The words of a normalised job title (:func:`matcher.facts.normalize_title`), plurals made
    singular ("engineers" -> "engineer", "analyses" stays), so "Machinists" matches "Machinist"."""
    words = []
    for word in title.split():
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ses")):
            word = word[:-1]
        words.append(word)
    return words


def title_counter(**kwargs) -> CountVectorizer:
    """The counter of job-title words (:func:`title_words`)."""
    return CountVectorizer(analyzer=title_words, dtype=np.float64, **kwargs)


def read_onet(folder: str | Path) -> list[OccupationText]:
    """The occupations of an O*NET text release (``Occupation Data.txt``, ``Alternate Titles.txt``,
    ``Technology Skills.txt``), sorted by code."""
    folder = Path(folder)
    missing = [name for name in ONET_FILES if not (folder / name).is_file()]
    if missing:
        raise FileNotFoundError(f"{folder} lacks the O*NET file(s) {', '.join(missing)}")

    def rows(name: str) -> list[dict[str, str]]:
        with open(folder / name, encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))

    alternates: dict[str, list[str]] = defaultdict(list)
    for row in rows("Alternate Titles.txt"):
        alternates[row["O*NET-SOC Code"]].append(row["Alternate Title"])
    tools: dict[str, list[str]] = defaultdict(list)
    for row in rows("Technology Skills.txt"):
        tools[row["O*NET-SOC Code"]].append(row["Example"])
    out = []
    for row in sorted(rows("Occupation Data.txt"), key=lambda r: r["O*NET-SOC Code"]):
        code, title = row["O*NET-SOC Code"], row["Title"]
        text = "\n".join([title, row["Description"], ", ".join(tools[code])])
        profile = "\n".join([title, title, title, "; ".join(alternates[code]), row["Description"],
                             ", ".join(tools[code])])
        out.append(OccupationText(code, title, text, profile, tuple(alternates[code])))
    return out


class ReferenceModel:
    """Word, skill and occupation statistics of a reference corpus (see the module docstring).

    Parameters
    ----------
    occupation_top:
        How many of a text's most similar occupations :class:`~matcher.vectors.OccupationVectorizer`
        keeps (default 50); the rest count as zero, so unrelated occupations add no noise.
    """

    def __init__(self, occupation_top: int = 50):
        self.occupation_top = occupation_top

    # ---- fitting ----------------------------------------------------------
    def fit(self, occupations: Sequence[OccupationText], skill_sets: Sequence[set[str]],
            skill_ids: Sequence[str]) -> ReferenceModel:
        """Fit on occupation texts and the skills found in each (``skill_sets[i]`` for
        ``occupations[i]``; ``skill_ids`` is the taxonomy's id order)."""
        if not occupations or len(skill_sets) != len(occupations):
            raise ValueError("need one skill set per occupation, and at least one occupation")
        counter = count_vectorizer(binary=True)
        counter.fit([o.profile for o in occupations])
        vocabulary = counter.get_feature_names_out()
        texts = count_vectorizer(binary=True, vocabulary=counter.vocabulary_).transform([o.text for o in occupations])
        self.vocabulary_ = np.asarray(vocabulary, dtype=object)
        self.df_ = np.asarray(texts.sum(axis=0)).ravel().astype(np.int32)
        self.n_documents_ = len(occupations)
        index = {sid: i for i, sid in enumerate(skill_ids)}
        skill_df = np.zeros(len(skill_ids), dtype=np.int32)
        for skills in skill_sets:
            for sid in skills:
                if sid in index:
                    skill_df[index[sid]] += 1
        kept = np.flatnonzero(skill_df)
        self.skill_ids_ = np.asarray([skill_ids[i] for i in kept], dtype=object)
        self.skill_df_ = skill_df[kept]
        counts = count_vectorizer(vocabulary=counter.vocabulary_).transform([o.profile for o in occupations])
        tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
        self.occupation_idf_ = tfidf.idf_.astype(np.float32)
        self.occupation_matrix_ = tfidf.transform(counts).astype(np.float32).tocsr()
        self.occupation_codes_ = np.asarray([o.code for o in occupations], dtype=object)
        self.occupation_titles_ = np.asarray([o.title for o in occupations], dtype=object)
        titles = sorted({normalize_title(t) for o in occupations for t in (o.title, *o.alternate_titles)} - {""})
        title_counts = title_counter(binary=True).fit(titles)
        self.title_vocabulary_ = title_counts.get_feature_names_out().astype(object)
        self.title_df_ = np.asarray(title_counts.transform(titles).sum(axis=0)).ravel().astype(np.int32)
        self.n_titles_ = len(titles)
        return self

    @property
    def vocabulary_index(self) -> dict[str, int]:
        """``{word: column}`` (built on first use, then kept)."""
        if not hasattr(self, "_vocabulary_index"):
            self._vocabulary_index = {w: i for i, w in enumerate(self.vocabulary_)}
        return self._vocabulary_index

    def skill_df(self) -> dict[str, int]:
        """``{skill_id: documents}`` for the skills the reference documents name."""
        return dict(zip(self.skill_ids_.tolist(), self.skill_df_.tolist(), strict=True))

    # ---- persistence ------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write the fitted model as one compressed ``.npz`` (no pickles: safe to load)."""
        meta = {"format": FORMAT_VERSION, "n_documents": self.n_documents_, "occupation_top": self.occupation_top,
                "n_titles": self.n_titles_, "attribution": ATTRIBUTION}
        m = self.occupation_matrix_
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            meta=np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8),
            vocabulary=_strings(self.vocabulary_), df=self.df_,
            skill_ids=_strings(self.skill_ids_), skill_df=self.skill_df_,
            occupation_codes=_strings(self.occupation_codes_), occupation_titles=_strings(self.occupation_titles_),
            occupation_idf=self.occupation_idf_, occupation_data=m.data, occupation_indices=m.indices,
            occupation_indptr=m.indptr, title_vocabulary=_strings(self.title_vocabulary_), title_df=self.title_df_,
        )
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(buffer.getvalue())

    @classmethod
    def load(cls, path: str | Path = REFERENCE_PATH) -> ReferenceModel:
        """Read a model written by :meth:`save`. Raises ``ValueError`` for a file of another format."""
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(bytes(data["meta"]).decode())
            if meta.get("format") != FORMAT_VERSION:
                raise ValueError(f"{path}: reference model format {meta.get('format')}, expected {FORMAT_VERSION}; "
                                 "rebuild it with `matcher reference build`")
            model = cls(occupation_top=int(meta["occupation_top"]))
            model.n_documents_ = int(meta["n_documents"])
            model.vocabulary_ = _unstrings(data["vocabulary"])
            model.df_ = data["df"]
            model.skill_ids_ = _unstrings(data["skill_ids"])
            model.skill_df_ = data["skill_df"]
            model.occupation_codes_ = _unstrings(data["occupation_codes"])
            model.occupation_titles_ = _unstrings(data["occupation_titles"])
            model.occupation_idf_ = data["occupation_idf"]
            model.title_vocabulary_ = _unstrings(data["title_vocabulary"])
            model.title_df_ = data["title_df"]
            model.n_titles_ = int(meta["n_titles"])
            shape = (len(model.occupation_codes_), len(model.vocabulary_))
            model.occupation_matrix_ = sp.csr_matrix(
                (data["occupation_data"], data["occupation_indices"], data["occupation_indptr"]), shape=shape)
        return model

    def equals(self, other: ReferenceModel) -> bool:
        """Whether two fitted models hold the same statistics (for the rebuild check)."""
        same = (self.n_documents_ == other.n_documents_ and self.occupation_top == other.occupation_top
                and list(self.vocabulary_) == list(other.vocabulary_) and np.array_equal(self.df_, other.df_)
                and list(self.skill_ids_) == list(other.skill_ids_)
                and np.array_equal(self.skill_df_, other.skill_df_)
                and list(self.occupation_codes_) == list(other.occupation_codes_)
                and np.array_equal(self.occupation_idf_, other.occupation_idf_)
                and self.n_titles_ == other.n_titles_ and list(self.title_vocabulary_) == list(other.title_vocabulary_)
                and np.array_equal(self.title_df_, other.title_df_))
        return same and (self.occupation_matrix_ != other.occupation_matrix_).nnz == 0


@cache
def default_reference() -> ReferenceModel:
    """The shipped model (``matcher/data/reference.npz``), loaded once per process."""
    return ReferenceModel.load(REFERENCE_PATH)


def build(onet_folder: str | Path, taxonomy=None) -> ReferenceModel:
    """Fit the reference model from an O*NET release folder with the default skill pipeline."""
    from matcher.skills import build_pipeline, skill_spans
    from taxonomy import Taxonomy

    taxonomy = taxonomy if taxonomy is not None else Taxonomy.default()
    occupations = read_onet(onet_folder)
    nlp = build_pipeline(taxonomy)
    skill_sets = [{span.kb_id_ for span in skill_spans(doc)} for doc in nlp.pipe(o.text for o in occupations)]
    return ReferenceModel().fit(occupations, skill_sets, taxonomy.ids)


def _strings(values) -> np.ndarray:
    """Strings (none holds a newline) as one UTF-8 byte array: loadable without pickles."""
    return np.frombuffer("\n".join(str(v) for v in values).encode(), dtype=np.uint8)


def _unstrings(blob: np.ndarray) -> np.ndarray:
    text = blob.tobytes().decode()
    return np.asarray(text.split("\n") if text else [], dtype=object)
