"""What the site and the API share: one engine, the postings store, and the scoring state
of the stored postings.

Thread safety: the engine's spaCy pipeline only reads its state while it
profiles, so requests profile documents in parallel. Fitting (skill IDF and the
TF-IDF vocabulary) is the one thing that changes state, so it never touches the
engine's own vectorizers: every (re)build fits *copies* into a new immutable
:class:`Scoring`, and the service swaps its reference under a lock. A request
takes the current :class:`Scoring` once and uses it to the end, so a posting
added meanwhile can never leave it half-fitted.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from matcher.corpus import Record
from matcher.engine import Engine
from matcher.intake import IntakeError, read_document, text_document
from matcher.profile import Profile
from matcher.ranking import MatchResult, PostingIndex, Ranker
from matcher.sandbox import IsolatedReader
from web.store import DuplicatePosting, PostingStore, record_to_row, slugify, valid_id

MAX_ID_CHARS = 100


def read_upload(data: bytes, filename: str | None, max_bytes: int, reader: IsolatedReader | None = None,
                timeout: float | None = None):
    """Read uploaded bytes into a :class:`~matcher.intake.Document`; the name only hints at the
    format and labels messages, it is never used as a path. With a ``reader`` the file is read
    in one of its worker processes, within ``timeout`` seconds."""
    name = safe_filename(filename)
    if reader is None:
        return read_document(data, name, max_bytes=max_bytes)
    return reader.read(data, name, max_bytes=max_bytes, timeout=timeout)


@dataclass(frozen=True)
class Scoring:
    """A ranker fitted on one postings corpus (the reference model plus those postings), the
    index of that corpus, and its profiles."""

    engine: Engine
    ranker: Ranker
    index: PostingIndex
    profiles: dict[str, Profile]

    def rank_postings(self, resume: Profile, top: int | None) -> list[MatchResult]:
        return self.ranker.rank_postings(resume, self.index, top=top or None)

    def score(self, resume: Profile, posting: Profile) -> MatchResult:
        return self.ranker.rank_postings(resume, self.ranker.index_postings([posting]), top=1)[0]

    def rank_resumes(self, posting: Profile, resumes: Sequence[Profile], top: int | None) -> list[MatchResult]:
        """As ``matcher rank --posting``: statistics learned from these resumes."""
        return self.engine.rank_resumes(posting, self.engine.index_resume_profiles(list(resumes)),
                                        top=top)


def build_scoring(engine: Engine, profiles: Sequence[Profile]) -> Scoring:
    """Fit a ranker on ``profiles`` (like ``Engine.index_posting_profiles``, without changing the engine)."""
    profiles = list(profiles)
    ranker = engine.fitted_ranker(profiles)
    return Scoring(engine, ranker, ranker.index_postings(profiles), {p.id: p for p in profiles})


@dataclass
class Session:
    """What the result and report pages need between requests, in memory only."""

    resume: Profile
    scoring: Scoring
    adhoc: Profile | None = None
    top: int | None = 10
    created: float = field(default_factory=time.monotonic)


class SessionCache:
    """A small in-memory LRU of :class:`Session` (or shortlist) by random token, forgotten after ``ttl``
    seconds; anything with a ``created`` time (``time.monotonic``) can be kept."""

    def __init__(self, ttl: float = 1800, limit: int = 200):
        self.ttl = ttl
        self.limit = limit
        self._items: OrderedDict[str, object] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, session) -> str:
        token = secrets.token_urlsafe(18)
        with self._lock:
            self._expire()
            self._items[token] = session
            while len(self._items) > self.limit:
                self._items.popitem(last=False)
        return token

    def get(self, token: str):
        with self._lock:
            self._expire()
            session = self._items.get(token)
            if session is not None:
                self._items.move_to_end(token)
            return session

    def _expire(self) -> None:
        deadline = time.monotonic() - self.ttl
        for token in [t for t, s in self._items.items() if s.created < deadline]:
            del self._items[token]

    def __len__(self) -> int:
        return len(self._items)


def clean_id(value: str | None, fallback: str) -> str:
    """A safe identifier from a client-given name (never used as a path)."""
    if not value:
        return fallback
    value = value.replace("\\", "/").rsplit("/", 1)[-1]
    stem = value.rsplit(".", 1)[0] if "." in value.strip(".") else value
    cleaned = "".join(c if c.isalnum() or c in "._-" else "-" for c in stem).strip("-._")[:MAX_ID_CHARS]
    return cleaned or fallback


def safe_filename(value: str | None) -> str:
    """A display name for an upload: the last path part, printable, short."""
    value = (value or "upload").replace("\\", "/").rsplit("/", 1)[-1]
    value = "".join(c for c in value if c.isprintable())[:120]
    return value or "upload"


class MatchService:
    """The engine, the postings store and the current :class:`Scoring`."""

    def __init__(self, engine: Engine, store: PostingStore, *, max_bytes: int, keep_uploads: bool = False,
                 session_ttl: float = 1800, session_limit: int = 200, reader: IsolatedReader | None = None,
                 parse_timeout: float | None = None):
        self.engine = engine
        self.store = store
        self.max_bytes = max_bytes
        self.reader = reader
        self.parse_timeout = parse_timeout
        self.keep_uploads = keep_uploads
        self.sessions = SessionCache(session_ttl, session_limit)
        self._lock = threading.Lock()
        self._profiles: dict[tuple, Profile] = {}
        self._scoring: Scoring | None = None

    # ---- startup -------------------------------------------------------------
    def start(self, postings: str | None = None, seed: str | None = None) -> None:
        """Import ``postings`` (a folder, JSONL or CSV), or on a new database seed it from
        ``seed``; then build the scoring state."""
        from matcher.corpus import load_records

        if postings:
            self.import_records(load_records(postings))
        elif not self.store.initialized() and seed:
            self.import_records(load_records(seed))
        self.store.mark_initialized()
        if self._scoring is None:
            self.reload()

    def import_records(self, records: Sequence[Record]) -> int:
        return len(self.import_rows([record_to_row(record) for record in records]))

    def import_rows(self, rows: Sequence[dict]) -> list[dict]:
        """Store postings in bulk, replacing those with the same id; a row without an id gets one
        made from its title. Returns the stored rows (without text)."""
        rows = [dict(row) for row in rows]
        for row in rows:
            if row.get("id") and not valid_id(row["id"]):
                row["id"] = slugify(row["id"])
            if not row.get("title"):
                row["title"] = self.posting_profile({**row, "id": row.get("id") or "new"}).title
        with self._lock:
            taken: set[str] = set()
            for row in rows:
                if not row.get("id"):
                    row["id"] = self.store.unique_id(row["title"] or "posting", taken)
                taken.add(row["id"])
            self.store.upsert_many(rows)
            self._rebuild()
        wanted = {row["id"] for row in rows}
        return [row for row in self.store.postings() if row["id"] in wanted]

    def records_from_upload(self, data: bytes, filename: str | None) -> list[dict]:
        """Posting rows from an uploaded ``.jsonl`` or ``.csv`` file, read as ``matcher serve --postings``
        reads one (the bytes go to a private temporary file; the client's name only gives the format)."""
        import tempfile
        from pathlib import Path

        from matcher.corpus import load_records

        suffix = Path(safe_filename(filename)).suffix.lower()
        if suffix not in (".jsonl", ".csv"):
            raise IntakeError("unsupported_type", "send postings as a .jsonl or .csv file")
        if len(data) > self.max_bytes:
            raise IntakeError("too_large", f"the file is over the limit of {self.max_bytes:,} bytes")
        with tempfile.TemporaryDirectory(prefix="matcher-import-") as folder:
            path = Path(folder) / f"postings{suffix}"
            path.write_bytes(data)
            return [record_to_row(record) for record in load_records(path)]

    # ---- scoring state -------------------------------------------------------
    @property
    def scoring(self) -> Scoring:
        scoring = self._scoring
        if scoring is None:
            self.reload()
            scoring = self._scoring
        return scoring

    def reload(self) -> None:
        with self._lock:
            self._rebuild()

    def _rebuild(self) -> None:
        rows = self.store.postings(include_text=True)
        profiles = [self.posting_profile(row) for row in rows]
        keys = {self._key(row) for row in rows}
        self._profiles = {k: v for k, v in self._profiles.items() if k in keys}
        self._scoring = build_scoring(self.engine, profiles)

    @staticmethod
    def _key(row: dict) -> tuple:
        digest = hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
        return row["id"], row.get("title"), row.get("company"), row.get("location"), row.get("url"), digest

    def posting_profile(self, row: dict) -> Profile:
        """The profile of a stored (or request-given) posting row, cached by content."""
        key = self._key(row)
        profile = self._profiles.get(key)
        if profile is None:
            meta = {k: row[k] for k in ("company", "location", "url") if row.get(k)}
            document = text_document(row["text"], row["id"])
            profile = self.engine.profile(document, "posting", doc_id=row["id"], title=row.get("title") or None,
                                          meta=meta)
            self._profiles[key] = profile
        return profile

    def scoring_for(self, rows: Sequence[dict]) -> Scoring:
        """A one-off :class:`Scoring` fitted on postings given in a request (nothing is stored)."""
        profiles = [self.adhoc_posting(row) for row in rows]
        return build_scoring(self.engine, profiles)

    def adhoc_posting(self, row: dict) -> Profile:
        meta = {k: str(row[k]) for k in ("company", "location", "url") if row.get(k)}
        document = text_document(row["text"], row["id"])
        return self.engine.profile(document, "posting", doc_id=row["id"], title=row.get("title") or None, meta=meta)

    # ---- postings ------------------------------------------------------------
    def add_posting(self, row: dict, replace: bool = False) -> dict:
        """Validate and store one posting; raises ``ValueError`` (bad input) or
        :class:`DuplicatePosting` (unless ``replace``, which overwrites the posting with that id)."""
        text = text_document(row.get("text") or "", "posting").text
        data = {k: (str(row[k]).strip() or None) if row.get(k) is not None else None
                for k in ("id", "title", "company", "location", "url")}
        data["text"] = text
        with self._lock:
            if data["id"]:
                if not valid_id(data["id"]):
                    raise ValueError("id may use letters, digits, '.', '_' and '-' (at most 100 characters)")
                if not replace and self.store.exists(data["id"]):
                    raise DuplicatePosting(f"a posting with id {data['id']!r} already exists")
            if not data["title"]:
                data["title"] = self.posting_profile(dict(data, id=data["id"] or "new")).title
            if not data["id"]:
                data["id"] = self.store.unique_id(data["title"] or "posting")
            if replace:
                self.store.upsert_many([data])
                stored = self.store.get(data["id"])
            else:
                stored = self.store.add(data)
            self._rebuild()
        return stored

    def delete_posting(self, posting_id: str) -> bool:
        with self._lock:
            deleted = self.store.delete(posting_id)
            if deleted:
                self._rebuild()
        return deleted

    def readiness(self) -> dict[str, str]:
        """Each readiness check and its state: ``ok``, or what is wrong."""
        checks = {}
        try:
            self.store.count()
            checks["database"] = "ok"
        except Exception as exc:  # noqa: BLE001 - any failure means not ready; the type says which
            checks["database"] = f"cannot query the postings database ({type(exc).__name__})"
        checks["index"] = "ok" if self._scoring is not None else "the postings are not indexed yet"
        if self.reader is not None:
            checks["file_readers"] = "ok" if not self.reader._closed else "the file readers are stopped"
        return checks

    # ---- resumes -------------------------------------------------------------
    def read_upload(self, data: bytes, filename: str | None):
        """Read uploaded bytes, in the isolated reader when the service has one."""
        return read_upload(data, filename, self.max_bytes, self.reader, self.parse_timeout)

    def document_from_upload(self, data: bytes, filename: str | None, kind: str = "resume"):
        """Read uploaded bytes (the name only hints at the format and labels the result)."""
        document = self.read_upload(data, filename)
        if self.keep_uploads:
            self.store.keep_upload(kind, safe_filename(filename), document.format, document.text)
        return document

    def resume_from_upload(self, data: bytes, filename: str | None, resume_id: str | None = None) -> Profile:
        document = self.document_from_upload(data, filename, "resume")
        return self.engine.profile(document, "resume", doc_id=resume_id or clean_id(filename, "resume"))

    def resume_from_text(self, text: str, resume_id: str | None = None) -> Profile:
        if not isinstance(text, str):
            raise IntakeError("unreadable", "resume_text must be a string")
        if len(text.encode("utf-8", "ignore")) > self.max_bytes:
            raise IntakeError("too_large", f"the pasted resume is over the limit of {self.max_bytes:,} bytes")
        document = text_document(text, resume_id or "pasted-resume")
        if self.keep_uploads:
            self.store.keep_upload("resume", None, "text", document.text)
        return self.engine.profile(document, "resume", doc_id=resume_id or "pasted-resume")


__all__ = ["DuplicatePosting", "MatchService", "Scoring", "Session", "SessionCache", "build_scoring",
           "clean_id", "read_upload", "safe_filename"]
