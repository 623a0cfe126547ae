"""Collections of documents: a folder of files, a JSONL file, a CSV file or Parquet.

JSONL, CSV and Parquet records have ``id``, ``title`` and ``text``, and
optionally ``company``, ``location`` and ``url``. A file in a folder gets its
file name without extension as id. Parquet is a ``.parquet`` file or a folder
of them (a dataset as Spark writes it); reading it needs ``pyarrow`` (the
``spark`` extra).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from matcher.intake import HTML_SUFFIXES, IntakeError

DOCUMENT_SUFFIXES = {".txt", ".md", ".pdf", ".docx", ".text", ".markdown"} | HTML_SUFFIXES
META_FIELDS = ("company", "location", "url")


@dataclass
class Record:
    """One document of a collection: its text, or the file it lives in."""

    id: str
    text: str | None = None
    path: Path | None = None
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FileContent:
    """A document file's bytes, as a distributed file listing gives them (id: the name without extension)."""

    id: str
    filename: str
    data: bytes


@dataclass(frozen=True)
class Skipped:
    """A document that could not be read, and why."""

    id: str
    message: str


def collection_format(path: str | Path) -> str:
    """What ``path`` holds: ``folder`` (documents), ``jsonl``, ``csv``, ``parquet`` (a file or a
    folder of ``.parquet`` files) or ``document`` (one file). Raises :class:`IntakeError` for a
    path that does not exist or that is none of these."""
    path = Path(path)
    if path.is_dir():
        names = [p for p in path.iterdir() if p.is_file()]
        if any(p.suffix.lower() == ".parquet" for p in names) and not any(
                p.suffix.lower() in DOCUMENT_SUFFIXES for p in names):
            return "parquet"
        return "folder"
    if not path.exists():
        raise IntakeError("unreadable", f"{path} does not exist")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".csv", ".parquet"):
        return suffix[1:]
    if suffix in DOCUMENT_SUFFIXES:
        return "document"
    raise IntakeError("unsupported_type",
                      f"{path}: expected a folder, a .jsonl file, a .csv file or Parquet (.parquet or a folder of them)")


def check_collection(path: str | Path) -> str:
    """:func:`collection_format` of ``path``, after the cheap checks a batch makes before it
    starts: an :class:`IntakeError` for an empty file or a folder without documents."""
    path = Path(path)
    kind = collection_format(path)
    if kind == "folder" and not any(p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES for p in path.iterdir()):
        raise IntakeError("empty", f"{path} holds no documents ({', '.join(sorted(DOCUMENT_SUFFIXES))})")
    if path.is_file():
        with path.open("rb") as handle:
            if not handle.read(4096).strip():
                raise IntakeError("empty", f"{path} is empty")
    return kind


def load_records(path: str | Path) -> list[Record]:
    """Records from a folder, a ``.jsonl`` file, a ``.csv`` file or Parquet, in a stable order."""
    path = Path(path)
    kind = collection_format(path)
    if kind == "folder":
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
        if not files:
            raise IntakeError("empty", f"{path} holds no documents ({', '.join(sorted(DOCUMENT_SUFFIXES))})")
        return [Record(id=p.stem, path=p) for p in files]
    if kind == "document":
        return [Record(id=path.stem, path=path)]
    return {"jsonl": _jsonl_records, "csv": _csv_records, "parquet": _parquet_records}[kind](path)


def record_of(data: dict, where: str, index: int) -> Record:
    """The :class:`Record` of one row (``id``, ``title``, ``text`` and metadata); ``where`` names
    the row in errors and ``index`` numbers a row without an id."""
    if not isinstance(data, dict):
        raise IntakeError("unreadable", f"{where}: each record must be an object with id, title and text")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IntakeError("unreadable", f"{where}: record has no 'text'")
    record_id = str(data.get("id") or f"record-{index}")
    meta = {k: str(data[k]) for k in META_FIELDS if data.get(k)}
    title = data.get("title")
    return Record(id=record_id, text=text, title=str(title) if title else None, meta=meta)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise IntakeError("unreadable", f"cannot read {path}: {exc}") from exc


def _jsonl_records(path: Path) -> list[Record]:
    records = []
    for lineno, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IntakeError("unreadable", f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
        records.append(record_of(data, f"{path}:{lineno}", len(records) + 1))
    if not records:
        raise IntakeError("empty", f"{path} holds no records")
    return _unique(records, path)


def _csv_records(path: Path) -> list[Record]:
    reader = csv.DictReader(io.StringIO(_read(path)))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise IntakeError("unreadable", f"{path}: a CSV needs a header with at least a 'text' column (and id, title)")
    records = [record_of(row, f"{path}:{i + 2}", i + 1) for i, row in enumerate(reader)]
    if not records:
        raise IntakeError("empty", f"{path} holds no records")
    return _unique(records, path)


def _parquet_records(path: Path) -> list[Record]:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise IntakeError("unsupported_type",
                          f"{path}: reading Parquet needs pyarrow (pip install '.[spark]')") from exc
    try:
        table = pq.read_table(path)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise IntakeError("unreadable", f"cannot read Parquet {path}: {exc}") from exc
    if "text" not in table.column_names:
        raise IntakeError("unreadable", f"{path}: Parquet needs at least a 'text' column (and id, title)")
    wanted = [c for c in ("id", "title", "text", *META_FIELDS) if c in table.column_names]
    rows = table.select(wanted).to_pylist()
    records = [record_of(row, f"{path}: row {i + 1}", i + 1) for i, row in enumerate(rows)]
    if not records:
        raise IntakeError("empty", f"{path} holds no records")
    return _unique(records, path)


def _unique(records: list[Record], path: Path) -> list[Record]:
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            raise IntakeError("unreadable", f"{path}: id {record.id!r} appears more than once")
        seen.add(record.id)
    return records
