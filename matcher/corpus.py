"""Collections of documents: a folder of files, a JSONL file or a CSV file.

JSONL and CSV records have ``id``, ``title`` and ``text``, and optionally
``company``, ``location`` and ``url``. A file in a folder gets its file name
without extension as id.
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


def load_records(path: str | Path) -> list[Record]:
    """Records from a folder, a ``.jsonl`` file or a ``.csv`` file, in a stable order."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
        if not files:
            raise IntakeError("empty", f"{path} holds no documents ({', '.join(sorted(DOCUMENT_SUFFIXES))})")
        return [Record(id=p.stem, path=p) for p in files]
    if not path.exists():
        raise IntakeError("unreadable", f"{path} does not exist")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _jsonl_records(path)
    if suffix == ".csv":
        return _csv_records(path)
    if suffix in DOCUMENT_SUFFIXES:
        return [Record(id=path.stem, path=path)]
    raise IntakeError("unsupported_type", f"{path}: expected a folder, a .jsonl file or a .csv file")


def _record(data: dict, where: str, index: int) -> Record:
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
        records.append(_record(data, f"{path}:{lineno}", len(records) + 1))
    if not records:
        raise IntakeError("empty", f"{path} holds no records")
    return _unique(records, path)


def _csv_records(path: Path) -> list[Record]:
    reader = csv.DictReader(io.StringIO(_read(path)))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise IntakeError("unreadable", f"{path}: a CSV needs a header with at least a 'text' column (and id, title)")
    records = [_record(row, f"{path}:{i + 2}", i + 1) for i, row in enumerate(reader)]
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
