"""The recruiter's shortlist: one posting, many resumes, ranked, cut off and exported.

Resumes arrive as files, a ``.zip`` of files, or texts. Each is read on its
own: a file that cannot be read is listed with the reason instead of failing
the batch, and a resume whose text is the same as one already read (the same CV
as PDF and DOCX, or sent twice) is listed as a duplicate and ranked once. The
rest are ranked by the engine's ``rank_resumes`` (through
:class:`web.service.Scoring`), then the cutoff (a minimum score and/or the top
N) is applied. The same :class:`Shortlist` feeds the page, the JSON API and the
CSV and XLSX exports.

Archives are read in memory, never unpacked to disk, and bounded like any
upload: each member at most the upload limit, the members together at most
the batch limit, and the resumes in a request (members counted one by one) at
most ``MATCHER_MAX_RESUMES``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field

from matcher.intake import IntakeError
from matcher.profile import Profile
from matcher.ranking import MatchResult
from matcher.report import defuse_cell, flag_notes
from matcher.scoring import SCORING_VERSION
from web.errors import ApiError
from web.service import MatchService, Scoring, clean_id, safe_filename

#: The export's columns, in order (CSV header row and XLSX first row).
COLUMNS = ("rank", "resume", "file", "score", "band", "matched_required", "missing_required",
           "years_experience", "current_title", "flags", "status", "scoring_version")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Upload:
    """An uploaded file: the client's name for it (a label, never a path) and its bytes; a member of
    an archive also names the archive."""

    name: str | None
    data: bytes
    archive: str | None = None

    @property
    def label(self) -> str:
        name = safe_filename(self.name)
        return f"{self.archive}/{name}" if self.archive else name


@dataclass(frozen=True)
class Skipped:
    """A resume that was not ranked, and why."""

    file: str
    code: str
    reason: str
    duplicate_of: str | None = None

    def to_dict(self) -> dict:
        data = {"file": self.file, "code": self.code, "reason": self.reason}
        if self.duplicate_of is not None:
            data["duplicate_of"] = self.duplicate_of
        return data


@dataclass(frozen=True)
class Row:
    """One ranked resume: the engine's result and the resume's profile."""

    result: MatchResult
    resume: Profile
    file: str

    @property
    def matched_required(self) -> list[str]:
        return [m["name"] for m in self.result.matched if m["level"] == "required"]

    @property
    def missing_required(self) -> list[str]:
        return [m["name"] for m in self.result.missing_required]

    @property
    def current_title(self) -> str | None:
        """The title the resume states for its latest role (never an older role's, nor a guess)."""
        return self.resume.title


@dataclass
class Shortlist:
    """A ranked shortlist; what the page shows and every export holds."""

    posting: Profile
    scoring: Scoring
    rows: list[Row]
    received: int
    ranked: int
    skipped: list[Skipped]
    top: int | None = None
    min_score: float | None = None
    created: float = field(default_factory=time.monotonic)

    @property
    def below_cutoff(self) -> int:
        return self.ranked - len(self.rows)

    def row(self, resume_id: str) -> Row | None:
        return next((r for r in self.rows if r.resume.id == resume_id), None)

    def to_dict(self) -> dict:
        """The JSON body of ``POST /api/v1/rank-resumes``."""
        return {"scoring_version": SCORING_VERSION, "direction": "resumes",
                "results": [r.result.to_dict() for r in self.rows], "received": self.received,
                "ranked": self.ranked, "below_cutoff": self.below_cutoff,
                "skipped": [s.to_dict() for s in self.skipped]}

    def table(self) -> list[dict]:
        """One dict per resume, keyed by :data:`COLUMNS`: the ranked rows, then the skipped files."""
        rows = [{
            "rank": r.result.rank, "resume": r.resume.id, "file": r.file, "score": r.result.score,
            "band": r.result.band, "matched_required": "; ".join(r.matched_required),
            "missing_required": "; ".join(r.missing_required), "years_experience": r.resume.years_experience,
            "current_title": r.current_title, "flags": " ".join(flag_notes(r.resume.flags)), "status": "ranked",
        } for r in self.rows]
        for s in self.skipped:
            status = f"duplicate of {s.duplicate_of}" if s.duplicate_of else f"not read ({s.code}): {s.reason}"
            rows.append({"file": s.file, "status": status})
        for row in rows:
            row["scoring_version"] = SCORING_VERSION
        return rows

    def csv(self) -> bytes:
        """The table as CSV: a header row, one row per resume, every cell formula-safe."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in self.table():
            writer.writerow([defuse_cell(row.get(c)) for c in COLUMNS])
        return out.getvalue().encode("utf-8")

    def xlsx(self) -> bytes:
        """The table as an Excel workbook (XlsxWriter); text stays text, never a formula or a link."""
        import xlsxwriter

        out = io.BytesIO()
        book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False})
        sheet = book.add_worksheet("Shortlist")
        bold = book.add_format({"bold": True})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        sheet.write_row(0, 0, COLUMNS, bold)
        rows = self.table()
        for i, row in enumerate(rows, 1):
            for j, column in enumerate(COLUMNS):
                value = row.get(column)
                if isinstance(value, (int, float)):
                    sheet.write_number(i, j, value)
                elif value is not None:
                    sheet.write_string(i, j, str(value), wrap)
        widths = (6, 24, 24, 8, 9, 40, 40, 8, 28, 30, 30, 10)
        for j, width in enumerate(widths):
            sheet.set_column(j, j, width)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, len(rows), len(COLUMNS) - 1)
        book.close()
        return out.getvalue()


# ---- reading the batch ------------------------------------------------------------------
def is_archive(upload: Upload) -> bool:
    return (upload.name or "").lower().endswith(".zip")


def expand(uploads: Sequence[Upload], max_bytes: int, total_bytes: int,
           max_members: int) -> tuple[list[Upload], list[Skipped]]:
    """The files of a request with every ``.zip`` replaced by its members (named ``archive.zip/member``)."""
    files: list[Upload] = []
    skipped: list[Skipped] = []
    for upload in uploads:
        if is_archive(upload):
            members, problems = unzip(upload, max_bytes, total_bytes, max_members)
            files += members
            skipped += problems
        else:
            files.append(upload)
    return files, skipped


def unzip(upload: Upload, max_bytes: int, total_bytes: int, max_members: int) -> tuple[list[Upload], list[Skipped]]:
    """The members of one archive, each at most ``max_bytes``, together at most ``total_bytes``; an
    archive listing far more than ``max_members`` entries is not opened (its directory alone could
    take a lot of memory)."""
    archive = safe_filename(upload.name)
    entries = upload.data.count(b"PK\x01\x02")  # central directory records: at least the entries listed
    if entries > 10 * max_members + 100:
        return [], [Skipped(archive, "too_large", f"the archive lists {entries:,} files; send at most "
                                                  f"{max_members} resumes at once")]
    try:
        zf = zipfile.ZipFile(io.BytesIO(upload.data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return [], [Skipped(archive, "unreadable", "not a readable .zip archive")]
    members, skipped, total = [], [], 0
    with zf:
        for info in zf.infolist():
            base = info.filename.replace("\\", "/").rsplit("/", 1)[-1]
            if info.is_dir() or not base or base.startswith(".") or info.filename.startswith("__MACOSX/"):
                continue  # folders, hidden files and macOS resource forks are not resumes
            name = f"{archive}/{safe_filename(base)}"  # for the skipped list
            if base.lower().endswith(".zip"):
                skipped.append(Skipped(name, "unsupported_type", "archives inside archives are not read"))
                continue
            if info.flag_bits & 0x1:
                skipped.append(Skipped(name, "encrypted", "the archive member is password-protected"))
                continue
            if info.file_size > max_bytes:
                skipped.append(Skipped(name, "too_large", f"over the limit of {max_bytes:,} bytes"))
                continue
            try:
                with zf.open(info) as handle:
                    data = handle.read(max_bytes + 1)  # the size in the header may lie
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError, OSError, ValueError) as exc:
                skipped.append(Skipped(name, "unreadable", f"cannot unpack it ({type(exc).__name__})"))
                continue
            if len(data) > max_bytes:
                skipped.append(Skipped(name, "too_large", f"over the limit of {max_bytes:,} bytes"))
                continue
            total += len(data)
            if total > total_bytes:
                skipped.append(Skipped(name, "too_large", f"the archive unpacks to more than {total_bytes:,} "
                                                          "bytes; the rest of it was not read"))
                break
            members.append(Upload(base, data, archive))
    return members, skipped


def text_key(profile: Profile) -> str:
    """Equal for resumes with the same words in the same order, whatever the file format or spacing."""
    return hashlib.sha256(" ".join(_WORDS.findall(profile.text.casefold())).encode()).hexdigest()


def build(service: MatchService, scoring: Scoring, posting: Profile, uploads: Sequence[Upload],
          texts: Sequence[tuple[str | None, str]], *, top: int | None = None, min_score: float | None = None,
          max_resumes: int = 50, max_bytes: int | None = None, total_bytes: int | None = None) -> Shortlist:
    """Read, deduplicate, rank and cut off.

    Parameters
    ----------
    uploads:
        Resume files; a ``.zip`` is read member by member.
    texts:
        ``(id or None, text)`` pairs; ids default to ``resume-N``.
    top, min_score:
        The cutoff: at most ``top`` resumes (``None`` or 0: all), only those scoring at least ``min_score``.
    max_resumes:
        More resumes than this (zip members counted one by one) is a 400.
    max_bytes, total_bytes:
        The limit of one file (default: the service's upload limit) and of an archive's members together
        (default: 5 times that).

    Raises :class:`IntakeError` when no resume at all could be read, and ``busy`` as it comes.
    """
    max_bytes = max_bytes or service.max_bytes
    files, skipped = expand(uploads, max_bytes, total_bytes or 5 * max_bytes, max_resumes)
    received = len(files) + len(texts) + len(skipped)
    if len(files) + len(texts) > max_resumes:
        raise ApiError(400, "bad_request", f"at most {max_resumes} resumes per request "
                                           f"({len(files) + len(texts)} sent, zip members counted one by one)")
    read: list[tuple[Profile, str]] = []
    for upload in files:
        label = upload.label
        try:
            profile = service.resume_from_upload(upload.data, upload.name, clean_id(upload.name, "resume"))
        except IntakeError as exc:
            if exc.code == "busy":  # the server's state, not the file's: the whole request is 503
                raise
            skipped.append(Skipped(label, exc.code, exc.message))
            continue
        read.append((profile, label))
    for i, (resume_id, text) in enumerate(texts, 1):
        label = clean_id(resume_id, f"resume-{i}")
        try:
            read.append((service.resume_from_text(text, label), label))
        except IntakeError as exc:
            skipped.append(Skipped(label, exc.code, exc.message))

    resumes, labels, seen_text, seen_ids = [], {}, {}, {}
    for profile, label in read:
        key = text_key(profile)
        if key in seen_text:
            skipped.append(Skipped(label, "duplicate", f"the same resume as {seen_text[key]}",
                                   duplicate_of=seen_text[key]))
            continue
        if profile.id in seen_ids:  # ids name the rows and their reports, so they must be unique
            seen_ids[profile.id] += 1
            profile.id = f"{profile.id}-{seen_ids[profile.id]}"
        seen_ids.setdefault(profile.id, 1)
        seen_text[key] = profile.id
        labels[profile.id] = label
        resumes.append(profile)
    if not resumes:
        first = next((s for s in skipped if s.code != "duplicate"), None)
        if first is None:
            raise ApiError(400, "bad_request", "send resumes: files in the 'resumes' field (multipart, a .zip "
                                               "too), 'resume_texts' fields, or a JSON 'resumes' array")
        raise IntakeError(first.code, f"no resume could be read; {first.file}: {first.reason}")

    ranked = scoring.rank_resumes(posting, resumes, None)
    by_id = {p.id: p for p in resumes}
    kept = [r for r in ranked if min_score is None or r.score >= min_score][: top or None]
    rows = [Row(r, by_id[r.id], labels[r.id]) for r in kept]
    return Shortlist(posting, scoring, rows, received=received, ranked=len(ranked), skipped=skipped, top=top or None,
                     min_score=min_score)


__all__ = ["COLUMNS", "MEDIA_TYPES", "Row", "Shortlist", "Skipped", "Upload", "build", "expand", "is_archive",
           "text_key", "unzip"]
