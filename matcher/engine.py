"""The public face of the engine: ``Engine.default().rank_postings(resume, postings)``.

An :class:`Engine` owns the taxonomy, the spaCy pipeline, the fitted
vectorizers and the scoring configuration. It turns anything document-like
(a path, bytes, text, a :class:`~matcher.corpus.Record`) into a
:class:`~matcher.profile.Profile` and ranks profiles both ways.

Skill IDF and the TF-IDF vocabulary come from the shipped reference model (O*NET
occupations; see :mod:`matcher.reference`) plus the corpus at hand: ``rank_postings``
adds the postings it ranks, ``rank_resumes`` the resumes it ranks, and
``score`` whatever :meth:`Engine.fit` was last given (nothing by default: the reference
alone). Each index carries the fitted :class:`~matcher.ranking.Ranker` that built it, so
nothing is fitted behind the caller's back.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from matcher.corpus import Record
from matcher.intake import Document, IntakeError, read_document, text_document
from matcher.profile import Profile, build_profile
from matcher.ranking import MatchResult, PostingIndex, Ranker, ResumeIndex
from matcher.reference import ReferenceModel, default_reference
from matcher.scoring import ScoringConfig
from matcher.skills import build_pipeline
from matcher.vectors import OccupationVectorizer, SkillVectorizer, TextVectorizer, TitleVectorizer
from taxonomy import Taxonomy

BUILTIN_POSTINGS = Path(__file__).resolve().parent.parent / "fixtures" / "postings"
_DEFAULT = object()

DocumentLike = Profile | Record | Document | Path | str | bytes


class Engine:
    """Profiles, scores and ranks resumes and postings.

    Parameters
    ----------
    taxonomy:
        Skills to recognise (default: the curated taxonomy in ``taxonomy/data``).
    base_model:
        Name or path of an installed trained spaCy pipeline to run under our
        components (for ORG and DATE entities); default ``None`` uses
        ``spacy.blank("en")`` and needs no model.
    config:
        :class:`~matcher.scoring.ScoringConfig` (component weights).
    fuzzy:
        Fuzzy skill matching on (default) or off.
    use_implied, use_related:
        Credit for implied broader skills and related skills (default on).
    as_of:
        The date "Present" means in resumes (default: today). Pin it to make
        scores independent of the day they are computed.
    reference:
        The fitted :class:`~matcher.reference.ReferenceModel` whose statistics every fit
        starts from (default: the shipped one; ``None``: the corpus at hand alone, and no
        ``occupation`` or ``title`` component).
    """

    def __init__(self, taxonomy: Taxonomy | None = None, *, base_model: str | None = None,
                 config: ScoringConfig | None = None, fuzzy: bool = True, use_implied: bool = True,
                 use_related: bool = True, as_of: dt.date | None = None, reference=_DEFAULT):
        self.taxonomy = taxonomy if taxonomy is not None else Taxonomy.default()
        self.base_model = base_model
        self.config = config or ScoringConfig()
        self.as_of = as_of or dt.date.today()
        self.reference: ReferenceModel | None = default_reference() if reference is _DEFAULT else reference
        self.nlp = build_pipeline(self.taxonomy, base=base_model, fuzzy=fuzzy)
        self._skills = SkillVectorizer(self.taxonomy, use_implied=use_implied, use_related=use_related,
                                       reference=self.reference)
        self._skills.build_near_matrix()  # once here; every fitted copy shares it
        self._occupations = OccupationVectorizer(self.reference) if self.reference is not None else None
        self._titles = TitleVectorizer(self.reference) if self.reference is not None else None
        self.ranker = self.fitted_ranker()

    @classmethod
    def default(cls, **kwargs) -> Engine:
        """An engine with the default taxonomy, reference model and learned weights."""
        return cls(**kwargs)

    @property
    def skill_vectorizer(self) -> SkillVectorizer:
        return self.ranker.skills

    @property
    def text_vectorizer(self) -> TextVectorizer:
        return self.ranker.text

    # ---- profiles -------------------------------------------------------
    def profile(self, source: DocumentLike, kind: str = "resume", *, doc_id: str | None = None,
                title: str | None = None, meta: dict | None = None) -> Profile:
        """The :class:`Profile` of one document.

        ``source`` may be a path, raw bytes (named by ``doc_id``), text, a
        :class:`Record` or a :class:`Document`; a :class:`Profile` is returned
        as it is. Raises :class:`~matcher.intake.IntakeError` for unreadable input.
        """
        if isinstance(source, Profile):
            return source
        if isinstance(source, Record):
            document = read_document(source.path) if source.path else text_document(source.text or "", source.id)
            doc_id = doc_id or source.id
            title = title or source.title
            meta = {**source.meta, **(meta or {})}
        elif isinstance(source, Document):
            document = source
        elif isinstance(source, bytes):
            document = read_document(source, doc_id or "upload")
        elif isinstance(source, Path) or _looks_like_path(source):
            path = Path(source)
            if not path.exists():
                raise IntakeError("unreadable", f"{path} does not exist")
            document = read_document(path)
            doc_id = doc_id or path.stem
        else:
            document = text_document(source, doc_id or "<text>")
        return build_profile(document, kind, self.nlp, self.taxonomy, doc_id=doc_id, title=title, meta=meta,
                             as_of=self.as_of)

    # ---- fitting ----------------------------------------------------------
    def fitted_ranker(self, documents: Sequence[Profile] = ()) -> Ranker:
        """A new :class:`~matcher.ranking.Ranker` whose skill IDF and TF-IDF vocabulary are the
        reference model's plus ``documents``' (the engine itself is not changed)."""
        documents = list(documents)
        skills = copy.copy(self._skills).fit(documents)
        text = TextVectorizer(self.reference).fit([d.scoring_text for d in documents])
        return Ranker(skills, text, self._occupations, self._titles, self.config)

    def fit(self, postings: Sequence[DocumentLike]) -> Engine:
        """Add a postings corpus to the statistics :meth:`score` uses."""
        self.ranker = self.fitted_ranker([self.profile(p, "posting") for p in postings])
        return self

    def index_postings(self, postings: Sequence[DocumentLike], *, fit: bool = True) -> PostingIndex:
        """Profile ``postings`` and index them, with statistics fitted on them (the reference
        plus these postings) unless ``fit=False`` (the engine's own)."""
        return self.index_posting_profiles([self.profile(p, "posting") for p in postings], fit=fit)

    def index_posting_profiles(self, profiles: Sequence[Profile], *, fit: bool = True) -> PostingIndex:
        ranker = self.fitted_ranker(profiles) if fit else self.ranker
        return ranker.index_postings(profiles)

    def index_resumes(self, resumes: Sequence[DocumentLike], *, fit: bool = True) -> ResumeIndex:
        """Profile ``resumes`` and index them, with statistics fitted on them (the reference
        plus these resumes) unless ``fit=False`` (the engine's own)."""
        return self.index_resume_profiles([self.profile(r, "resume") for r in resumes], fit=fit)

    def index_resume_profiles(self, profiles: Sequence[Profile], *, fit: bool = True) -> ResumeIndex:
        ranker = self.fitted_ranker(profiles) if fit else self.ranker
        return ranker.index_resumes(profiles)

    # ---- scoring ----------------------------------------------------------
    def score(self, resume: DocumentLike, posting: DocumentLike) -> MatchResult:
        """Score one pair with the engine's statistics (the reference model, plus what
        :meth:`fit` was given)."""
        resume_profile = self.profile(resume, "resume")
        posting_profile = self.profile(posting, "posting")
        return self.ranker.rank_postings(resume_profile, self.ranker.index_postings([posting_profile]), top=1)[0]

    def rank_postings(self, resume: DocumentLike, postings: Sequence[DocumentLike] | PostingIndex,
                      top: int | None = 10) -> list[MatchResult]:
        """Postings best first for one resume; ``top=None`` or ``0`` returns all."""
        resume_profile = self.profile(resume, "resume")
        index = postings if isinstance(postings, PostingIndex) else self.index_postings(postings)
        return index.ranker.rank_postings(resume_profile, index, top=top or None)

    def rank_resumes(self, posting: DocumentLike, resumes: Sequence[DocumentLike] | ResumeIndex,
                     top: int | None = 10) -> list[MatchResult]:
        """Resumes best first for one posting; ``top=None`` or ``0`` returns all."""
        posting_profile = self.profile(posting, "posting")
        index = resumes if isinstance(resumes, ResumeIndex) else self.index_resumes(resumes)
        return index.ranker.rank_resumes(posting_profile, index, top=top or None)


def _looks_like_path(value: str) -> bool:
    if "\n" in value or len(value) > 1024:
        return False
    suffix = Path(value).suffix.lower()
    try:
        exists = Path(value).exists()
    except (OSError, ValueError):  # e.g. a name too long for the file system: text, not a path
        exists = False
    return exists or suffix in {".txt", ".md", ".pdf", ".docx", ".html", ".htm"}
