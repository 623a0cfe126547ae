"""The postings store: an embedded SQLite database (``sqlite3`` from the standard library).

One table of postings (``id``, ``title``, ``company``, ``location``, ``url``,
``text``, ``created``), a small ``meta`` table that remembers whether the
database has been seeded, and an ``uploads`` table that is only written when
the operator turns keeping uploads on (``MATCHER_STORE_UPLOADS``).

Every call opens its own short-lived connection, so the store is safe to use
from the threads of a WSGI server.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from matcher.corpus import Record
from matcher.intake import IntakeError, read_document

FIELDS = ("id", "title", "company", "location", "url", "text", "created")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
MAX_POSTING_CHARS = 200_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS postings (
    id       TEXT PRIMARY KEY,
    title    TEXT,
    company  TEXT,
    location TEXT,
    url      TEXT,
    text     TEXT NOT NULL,
    created  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS uploads (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    kind     TEXT NOT NULL,
    name     TEXT,
    format   TEXT,
    text     TEXT NOT NULL,
    created  TEXT NOT NULL
);
"""


class DuplicatePosting(ValueError):
    """A posting with this id is already stored."""


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def slugify(value: str, fallback: str = "posting") -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")[:60].strip("-")
    return slug or fallback


def valid_id(value: str) -> bool:
    return bool(ID_PATTERN.match(value or ""))


def record_to_row(record: Record) -> dict:
    """A store row from a corpus :class:`Record` (a file is read into normalised text)."""
    if record.text is not None:
        from matcher.intake import text_document

        text = text_document(record.text, record.id).text
    elif record.path is not None:
        text = read_document(record.path).text
    else:  # pragma: no cover - load_records always gives one of both
        raise IntakeError("empty", f"{record.id} has no text")
    return {
        "id": record.id,
        "title": record.title,
        "company": record.meta.get("company"),
        "location": record.meta.get("location"),
        "url": record.meta.get("url"),
        "text": text,
    }


class PostingStore:
    """Postings in one SQLite file."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        db.row_factory = sqlite3.Row
        try:
            with db:  # commit on success, roll back on error
                yield db
        finally:
            db.close()

    # ---- seeding -----------------------------------------------------------
    def initialized(self) -> bool:
        with self._connect() as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'initialized'").fetchone()
        return row is not None

    def mark_initialized(self) -> None:
        with self._connect() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('initialized', ?)", (now(),))

    # ---- postings ----------------------------------------------------------
    def count(self) -> int:
        with self._connect() as db:
            return db.execute("SELECT COUNT(*) FROM postings").fetchone()[0]

    def postings(self, include_text: bool = False) -> list[dict]:
        columns = ", ".join(f for f in FIELDS if include_text or f != "text")
        with self._connect() as db:
            rows = db.execute(f"SELECT {columns} FROM postings ORDER BY id").fetchall()
        return [dict(row) for row in rows]

    def get(self, posting_id: str) -> dict | None:
        with self._connect() as db:
            row = db.execute(f"SELECT {', '.join(FIELDS)} FROM postings WHERE id = ?", (posting_id,)).fetchone()
        return dict(row) if row else None

    def exists(self, posting_id: str) -> bool:
        with self._connect() as db:
            return db.execute("SELECT 1 FROM postings WHERE id = ?", (posting_id,)).fetchone() is not None

    def add(self, row: dict) -> dict:
        """Insert one posting; :class:`DuplicatePosting` when the id is taken."""
        data = {f: row.get(f) for f in FIELDS}
        data["created"] = data["created"] or now()
        try:
            with self._connect() as db:
                db.execute(f"INSERT INTO postings ({', '.join(FIELDS)}) VALUES ({', '.join('?' * len(FIELDS))})",
                           [data[f] for f in FIELDS])
        except sqlite3.IntegrityError as exc:
            raise DuplicatePosting(f"a posting with id {data['id']!r} already exists") from exc
        return data

    def upsert_many(self, rows: Iterable[dict]) -> int:
        """Insert or replace postings (imports); returns how many were written."""
        created = now()
        values = [[row.get(f) if f != "created" else (row.get("created") or created) for f in FIELDS] for row in rows]
        with self._connect() as db:
            db.executemany(
                f"INSERT OR REPLACE INTO postings ({', '.join(FIELDS)}) VALUES ({', '.join('?' * len(FIELDS))})",
                values)
        return len(values)

    def delete(self, posting_id: str) -> bool:
        with self._connect() as db:
            return db.execute("DELETE FROM postings WHERE id = ?", (posting_id,)).rowcount > 0

    def unique_id(self, base: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
        """``base``, or ``base-2``, ``base-3``... whichever is free (and not in ``taken``)."""
        base = slugify(base)
        candidate, n = base, 1
        while candidate in taken or self.exists(candidate):
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    # ---- uploads (only when the operator keeps them) ------------------------
    def keep_upload(self, kind: str, name: str | None, fmt: str | None, text: str) -> None:
        with self._connect() as db:
            db.execute("INSERT INTO uploads (kind, name, format, text, created) VALUES (?, ?, ?, ?, ?)",
                       (kind, name, fmt, text, now()))

    def upload_count(self) -> int:
        with self._connect() as db:
            return db.execute("SELECT COUNT(*) FROM uploads").fetchone()[0]
