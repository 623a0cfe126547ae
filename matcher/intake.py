"""Step 1, intake: a file (or text) becomes normalised plain text.

Formats: ``.txt``/``.md`` (any common encoding), ``.html``, ``.pdf`` (text
layer, via pypdfium2) and ``.docx`` (via python-docx). The format is taken
from the file's bytes first and its name second, so a PDF named ``.docx``
still reads and garbage named ``.pdf`` gets a clear error.

Every offset the engine reports points into :attr:`Document.text`, the
normalised text, so evidence can be shown exactly.
"""

from __future__ import annotations

import io
import itertools
import re
import threading
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".rst", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = "PDF, DOCX, TXT, MD or HTML"

#: Default limits; callers (CLI, web) may pass their own.
MAX_BYTES = 10 * 1024 * 1024
MAX_CHARS = 200_000
MAX_PAGES = 60
MAX_DOCX_UNZIPPED = 60 * 1024 * 1024
#: One XML part of a DOCX (``word/document.xml`` and the like); a long resume's is well under 1 MB.
MAX_DOCX_XML = 16 * 1024 * 1024
#: Characters of a PDF checked for hidden text (white or microscopic), at most; more is never read.
MAX_HIDDEN_CHECK = MAX_CHARS

#: PDFium (behind pypdfium2) is not thread-safe: two PDF reads at once can crash the process,
#: so threads (the web server's) take turns reading PDFs. Everything else runs in parallel.
PDFIUM_LOCK = threading.Lock()


class IntakeError(ValueError):
    """A document that cannot be read, with a code and a message a user can act on.

    ``code`` is one of ``empty``, ``unsupported_type``, ``too_large``,
    ``unreadable``, ``encrypted``, ``no_text_layer``; :mod:`matcher.sandbox` adds
    ``timeout`` (reading the file took too long) and ``busy`` (no reader came free).
    """

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Layout:
    """What a file's layout did to its text: the things an applicant tracking system trips on.

    ``two_column_pages`` and ``image_only_pages`` are 1-based page numbers of a PDF;
    ``header_footer_text`` is the text of a DOCX's page headers and footers (also part of
    :attr:`Document.text`); ``tables`` counts DOCX tables and ``layout_tables`` those that
    hold blocks of text side by side rather than rows of data; ``text_boxes`` counts DOCX
    text boxes; ``hidden_chars`` counts characters a reader cannot see (white, microscopic
    or hidden-formatted).
    """

    two_column_pages: list[int] = field(default_factory=list)
    image_only_pages: list[int] = field(default_factory=list)
    header_footer_text: str = ""
    tables: int = 0
    layout_tables: int = 0
    text_boxes: int = 0
    hidden_chars: int = 0


@dataclass
class Document:
    """Normalised text of one input, with where it came from."""

    text: str
    source: str = "<text>"
    format: str = "text"
    warnings: list[str] = field(default_factory=list)
    flags: dict[str, object] = field(default_factory=dict)
    pages: int = 0
    has_images: bool = False
    layout: Layout = field(default_factory=Layout)


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-",
        "\u2022": "-", "\u25cf": "-", "\u25aa": "-", "\u25e6": "-", "\u2023": "-", "\u2043": "-",
        "\u2219": "-", "\u25a0": "-", "\u25a1": "-", "\u27a2": "-", "\u2713": "-", "\u2714": "-",
        "\uf0b7": "-", "\uf0a7": "-", "\uf076": "-", "\u00b7": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
        "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None,
        "\t": " ",
    }
)
#: The characters :data:`_TRANSLATE` changes, found in one scan: ``str.translate`` looks every character
#: of a text up in the table, ten times slower. The ASCII ones alone serve an ASCII text.
def _any_of(codes) -> re.Pattern:
    chars = "".join(re.escape(chr(c)) for c in sorted(codes))
    return re.compile(f"[{chars}]" if chars else "(?!)")


_TRANSLATED = _any_of(_TRANSLATE)
_TRANSLATED_ASCII = _any_of(c for c in _TRANSLATE if c < 128)


def _translated(match: re.Match) -> str:
    """What :data:`_TRANSLATE` makes of the one character ``match`` holds."""
    value = _TRANSLATE[ord(match.group())]
    return value if isinstance(value, str) else "" if value is None else chr(value)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_MD_ESCAPE = re.compile(r"\\([-+&#*_.()\[\]!`>|{}~])")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_SPACES = re.compile(r"[ ]{2,}")
_BLANK_LINES = re.compile(r"\n{3,}")
#: No word is this long; spaCy's tokenizer takes quadratic time on a run without spaces, so
#: such runs are broken with a space every ``MAX_RUN`` characters.
MAX_RUN = 500
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN}}}(?=\S)")


def normalize_text(text: str) -> str:
    """Clean text so that the same words always look the same.

    NFKC (ligatures, full-width letters), smart quotes and dashes to ASCII,
    bullets to ``-``, markdown escapes (``\\-``) undone, words hyphenated
    across a line break joined, control and zero-width characters dropped,
    runs of spaces and blank lines collapsed, runs of more than :data:`MAX_RUN`
    characters without a space broken up.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text)
    text = (_TRANSLATED_ASCII if text.isascii() else _TRANSLATED).sub(_translated, text)  # text.translate(_TRANSLATE)
    # Each substitution runs only where a cheap check says it can change something: re scans every
    # position of the text for each pattern, several times the cost of the checks. The results are
    # the same: every character _CONTROL removes is unprintable, and a line break is the only
    # unprintable character left otherwise.
    if not text.replace("\n", "").isprintable():
        text = _CONTROL.sub("", text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    if "-\n" in text:
        text = _HYPHEN_BREAK.sub("", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    if "  " in text:
        text = _SPACES.sub(" ", text)
    text = _collapse_blank_lines(text)
    if _may_hold_long_run(text):
        text = _LONG_RUN.sub(r"\g<0> ", text)
    return text.strip()


def _collapse_blank_lines(text: str) -> str:
    """``text`` with each run of three or more line breaks made two (:data:`_BLANK_LINES`). ``re``
    tries the pattern at every position of the text; ``str.replace`` of three breaks by two, until
    none are left, finds the runs in C and gives the same text (a run of three or more shrinks to
    two, never fewer; a shorter one is left as it is)."""
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def _may_hold_long_run(text: str) -> bool:
    """``False`` only when ``text`` holds no run of more than :data:`MAX_RUN` characters without a
    space: such a run covers a whole block of ``MAX_RUN // 2`` characters starting at a multiple of
    that, so it is enough that each such block holds a space or a line break."""
    step = MAX_RUN // 2
    for at in range(0, len(text) - step + 1, step):
        block = text[at:at + step]
        if " " not in block and "\n" not in block:
            return True
    return False


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------
def read_document(
    source: str | Path | bytes,
    filename: str | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    max_chars: int = MAX_CHARS,
    max_pages: int = MAX_PAGES,
) -> Document:
    """Read a path, or raw bytes with their ``filename``, into a :class:`Document`.

    Raises :class:`IntakeError` for anything that cannot be read.
    """
    if isinstance(source, (str, Path)):
        path = Path(source)
        filename = filename or path.name
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise IntakeError("unreadable", f"cannot open {path}: {exc.strerror or exc}") from exc
        if not path.is_file():
            raise IntakeError("unreadable", f"{path} is not a file")
        check_size(size, filename, max_bytes)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IntakeError("unreadable", f"cannot read {path}: {exc.strerror or exc}") from exc
    else:
        data = bytes(source)
        filename = filename or "upload"
        check_size(len(data), filename, max_bytes)

    if not data.strip():
        raise IntakeError("empty", f"{filename} is empty: there is no text to read")

    kind = sniff_format(data, filename)
    if kind == "pdf":
        doc = _read_pdf(data, filename, max_pages)
    elif kind == "docx":
        doc = _read_docx(data, filename, max_chars)
    elif kind == "encrypted_office":
        raise IntakeError(
            "encrypted", f"{filename} is password-protected; remove the password in Word and upload it again"
        )
    elif kind == "html":
        doc = Document(text=_html_to_text(decode_text(data)), format="html")
    elif kind == "text":
        doc = Document(text=decode_text(data), format="text")
    else:
        raise IntakeError(
            "unsupported_type",
            f"{filename} is not a supported document ({kind}); upload a {SUPPORTED} file",
        )
    doc.source = filename
    doc.text = normalize_text(doc.text)
    if len(doc.text) > max_chars:
        doc.text = doc.text[:max_chars]
        doc.warnings.append(f"text truncated to the first {max_chars:,} characters")
    if not doc.text:
        if doc.format == "pdf":
            raise IntakeError(
                "no_text_layer",
                f"{filename} has no text layer (a scanned or image-only PDF); "
                "export a text PDF from your editor, or upload DOCX or TXT",
            )
        raise IntakeError("empty", f"{filename} contains no readable text")
    return doc


def check_size(size: int, filename: str, max_bytes: int = MAX_BYTES) -> None:
    """Raise ``too_large`` for a file of ``size`` bytes over ``max_bytes``."""
    if size > max_bytes:
        raise IntakeError("too_large", f"{filename} is {size:,} bytes; the limit is {max_bytes:,}")


def text_document(text: str, source: str = "<text>", max_chars: int = MAX_CHARS) -> Document:
    """A :class:`Document` from text already in memory (pasted text, JSONL records)."""
    if not isinstance(text, str):
        raise IntakeError("unreadable", f"{source}: expected text, got {type(text).__name__}")
    clean = normalize_text(text)
    doc = Document(text=clean[:max_chars], source=source, format="text")
    if len(clean) > max_chars:
        doc.warnings.append(f"text truncated to the first {max_chars:,} characters")
    if not doc.text:
        raise IntakeError("empty", f"{source} is empty: there is no text to read")
    return doc


def sniff_format(data: bytes, filename: str) -> str:
    """``pdf``, ``docx``, ``html``, ``text`` or a short description of what else it is."""
    head = data[:1024].lstrip()
    suffix = Path(filename).suffix.lower()
    if head.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "a damaged ZIP/DOCX archive" if suffix == ".docx" else "a damaged ZIP archive"
        if "word/document.xml" in names:
            return "docx"
        return "a ZIP archive, not a DOCX document"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        # Word saves a password-protected DOCX inside such a container, with these stream names.
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            return "encrypted_office"
        return "a legacy Word/Office .doc file"
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "an image"
    if suffix == ".pdf":
        return "not a PDF although it is named .pdf"
    if suffix == ".docx":
        return "not a DOCX although it is named .docx"
    if _looks_binary(data):
        return "binary data"
    lowered = head[:512].lower()
    if suffix in HTML_SUFFIXES or lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix in TEXT_SUFFIXES or suffix:
        return "text"
    return "text"


def _looks_binary(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    sample = data[:4096]
    if b"\x00" in sample:
        # UTF-16 without BOM shows NULs in every other byte; anything else is binary.
        return not (sample[1::2].count(0) > len(sample) * 0.4 or sample[0::2].count(0) > len(sample) * 0.4)
    bad = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bad > len(sample) * 0.05


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding: BOMs first, then UTF-8, then a detector, then cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if sample[1::2].count(0) > len(sample) * 0.4:
        return data.decode("utf-16-le", errors="replace")
    if sample[0::2].count(0) > len(sample) * 0.4:
        return data.decode("utf-16-be", errors="replace")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        encoding = best.encoding if best is not None else None
    except Exception:  # the detector is a best effort; cp1252 below always works
        encoding = None
    # Short Western text often looks like any Latin code page to a detector; cp1252 is by far the
    # most common of them, so it wins unless the detector found a different script.
    if encoding and not encoding.startswith(("cp125", "latin", "iso8859", "mac", "cp850", "cp437")):
        return data.decode(encoding, errors="replace")
    return data.decode("cp1252", errors="replace")


_BLOCK_TAGS = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header",
               "footer", "ul", "ol", "table", "dt", "dd", "blockquote", "pre"]


def _html_to_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for li in soup.find_all("li"):
        li.insert(0, "- ")
    for block in soup.find_all(_BLOCK_TAGS):
        block.append("\n")
    for cell in soup.find_all(["td", "th"]):
        cell.append(" | ")
    return soup.get_text("")


def _read_pdf(data: bytes, filename: str, max_pages: int) -> Document:
    with PDFIUM_LOCK:
        return _read_pdf_unlocked(data, filename, max_pages)


def _read_pdf_unlocked(data: bytes, filename: str, max_pages: int) -> Document:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise IntakeError(
                "encrypted", f"{filename} is password-protected; remove the password and upload it again"
            ) from exc
        raise IntakeError(
            "unreadable", f"{filename} is a damaged or incomplete PDF; re-export it and upload it again"
        ) from exc
    doc = Document(text="", format="pdf")
    try:
        pages = len(pdf)
        doc.pages = pages
        if pages > max_pages:
            doc.warnings.append(f"only the first {max_pages} of {pages} pages were read")
        parts: list[str] = []
        hidden_chars = 0
        checked = 0
        for index in range(min(pages, max_pages)):
            page = pdf[index]
            textpage = page.get_textpage()
            text, columns = _page_text(textpage)
            parts.append(text)
            if columns:
                doc.layout.two_column_pages.append(index + 1)
            if checked < MAX_HIDDEN_CHECK:
                counted, seen = _count_hidden_chars(textpage, MAX_HIDDEN_CHECK - checked)
                hidden_chars += counted
                checked += seen
            little_text = len(text.strip()) < 20
            if not doc.has_images or little_text:
                # The first objects suffice: a page of a million tiny objects must not be walked in Python.
                objects = itertools.islice(page.get_objects(max_depth=1), 5000)
                image = any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for obj in objects)
                doc.has_images = doc.has_images or image
                if image and little_text:
                    doc.layout.image_only_pages.append(index + 1)
            textpage.close()
            page.close()
    except pdfium.PdfiumError as exc:
        raise IntakeError("unreadable", f"{filename} could not be read as a PDF: {exc}") from exc
    finally:
        pdf.close()
    doc.text = "\n".join(parts)
    _flag_hidden(doc, hidden_chars, "white or microscopic")
    return doc


def _flag_hidden(doc: Document, hidden_chars: int, how: str) -> None:
    doc.layout.hidden_chars = hidden_chars
    if hidden_chars >= 20:
        doc.flags["hidden_text"] = hidden_chars
        doc.warnings.append(
            f"{hidden_chars} characters of hidden text ({how}) were found; they are read but flagged"
        )


# ---------------------------------------------------------------------------
# PDF reading order: one column after the other
# ---------------------------------------------------------------------------
#: A gutter is looked for between these fractions of the width the page's text spans.
_GUTTER_RANGE = (0.2, 0.8)
#: Each column must hold at least this share of the page's text (by printed width), so
#: right-aligned dates beside a single column of text are not a second column.
_MIN_COLUMN_SHARE = 0.12
_MIN_COLUMN_BOXES = 4


def _page_text(textpage) -> tuple[str, bool]:
    """The text of one PDF page in reading order, and whether it is laid out in two columns.

    PDFium gives text in the order the file draws it; a two-column resume is often drawn
    line by line across both columns, which interleaves them. The page's text boxes show
    the columns: a vertical gutter that (almost) no box crosses, with a fair share of the
    text on each side and boxes side by side. Then the page is read band by band (a line
    crossing the gutter, such as a full-width name or heading, separates bands), the left
    column before the right one.
    """
    boxes = [textpage.get_rect(i) for i in range(min(textpage.count_rects(), 5000))]
    gutter = _find_gutter(boxes)
    if gutter is None:
        return textpage.get_text_range(), False
    texts = [textpage.get_text_bounded(*box).strip() for box in boxes]
    items = [(box, text) for box, text in zip(boxes, texts, strict=True) if text]
    items.sort(key=lambda item: (-item[0][3], item[0][0]))
    lines: list[str] = []
    band: list[tuple[tuple, str]] = []

    def flush() -> None:
        for side in ([i for i in band if i[0][2] <= gutter], [i for i in band if i[0][2] > gutter]):
            lines.extend(_box_lines(side))
        band.clear()

    for box, text in items:
        if box[0] < gutter < box[2]:
            flush()
            lines.extend(_box_lines([(box, text)]))
        else:
            band.append((box, text))
    flush()
    return "\n".join(lines), True


def _find_gutter(boxes: list[tuple[float, float, float, float]]) -> float | None:
    """The x of the gutter between two columns of text boxes ``(left, bottom, right, top)``."""
    if len(boxes) < 2 * _MIN_COLUMN_BOXES:
        return None
    total = sum(r - left for left, _, r, _ in boxes) or 1.0
    best: tuple[int, float, float] | None = None  # (crossing boxes, -run length, x)
    run_start = None
    run_cross = None
    step = 3.0
    low = min(b[0] for b in boxes)
    high = max(b[2] for b in boxes)
    x = low + (high - low) * _GUTTER_RANGE[0]
    candidates: list[tuple[float, int]] = []
    while x <= low + (high - low) * _GUTTER_RANGE[1]:
        crossing = sum(1 for left, _, right, _ in boxes if left < x < right)
        candidates.append((x, crossing))
        x += step
    floor = min(c for _, c in candidates)
    if floor > max(2, len(boxes) // 10):
        return None
    for x, crossing in candidates + [(float("inf"), -1)]:
        if crossing == floor and run_start is None:
            run_start, run_cross = x, crossing
        elif crossing != floor and run_start is not None:
            end = x - step
            middle = (run_start + end) / 2
            key = (run_cross, -(end - run_start), middle)
            if best is None or key < best:
                best = key
            run_start = None
    if best is None:
        return None
    gutter = best[2]
    left = [b for b in boxes if b[2] <= gutter]
    right = [b for b in boxes if b[0] >= gutter]
    if len(left) < _MIN_COLUMN_BOXES or len(right) < _MIN_COLUMN_BOXES:
        return None
    if min(sum(b[2] - b[0] for b in side) for side in (left, right)) < _MIN_COLUMN_SHARE * total:
        return None
    # Side by side: boxes of the right column share their height with boxes of the left one.
    beside = sum(1 for r in right if any(l_[1] < r[3] and r[1] < l_[3] for l_ in left))
    return gutter if beside >= _MIN_COLUMN_BOXES else None


def _box_lines(items: list[tuple[tuple, str]]) -> list[str]:
    """Boxes grouped into lines (shared height), top to bottom, each line left to right."""
    lines: list[list[tuple[tuple, str]]] = []
    for box, text in sorted(items, key=lambda item: -item[0][3]):
        middle = (box[1] + box[3]) / 2
        if lines:
            last = lines[-1][0][0]
            if last[1] <= middle <= last[3]:
                lines[-1].append((box, text))
                continue
        lines.append([(box, text)])
    return [" ".join(text for _, text in sorted(line, key=lambda item: item[0][0])) for line in lines]


def _count_hidden_chars(textpage, limit: int) -> tuple[int, int]:
    """Characters a reader cannot see (white fill or a font under 2 points) among the first
    ``limit`` of the page, and how many were checked."""
    import ctypes

    import pypdfium2.raw as raw

    hidden = 0
    count = min(raw.FPDFText_CountChars(textpage), limit)
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    for i in range(count):
        code = raw.FPDFText_GetUnicode(textpage, i)
        if code <= 32:
            continue
        size = raw.FPDFText_GetFontSize(textpage, i)
        tiny = 0 < size < 2.0
        white = False
        if raw.FPDFText_GetFillColor(textpage, i, r, g, b, a):
            white = r.value > 245 and g.value > 245 and b.value > 245 or a.value == 0
        if tiny or white:
            hidden += 1
    return hidden, count


_XML_DECLARATIONS = tuple(
    marker.encode(encoding) for marker in ("<!DOCTYPE", "<!ENTITY") for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)


def _check_docx_archive(archive: zipfile.ZipFile, filename: str) -> None:
    """Refuse a DOCX that would expand too far (a zip bomb) or that declares XML entities.

    Sizes are the archive's own; :mod:`zipfile` never inflates a part beyond its declared size
    (a part that lies about it fails its CRC check). Word never writes a DTD, and Office Open
    XML forbids them, so any ``<!DOCTYPE``/``<!ENTITY`` is refused: entity expansion ("billion
    laughs") is then impossible whatever the XML parser does.
    """
    infos = archive.infolist()
    unzipped = sum(info.file_size for info in infos)
    if unzipped > MAX_DOCX_UNZIPPED:
        raise IntakeError(
            "unreadable",
            f"{filename} expands to {unzipped:,} bytes, which is more than a resume needs; "
            "re-save it without embedded files",
        )
    for info in infos:
        name = info.filename.lower()
        if not name.endswith((".xml", ".rels")):
            continue
        if info.file_size > MAX_DOCX_XML:
            raise IntakeError(
                "unreadable",
                f"{filename} has a {info.file_size:,}-byte part ({info.filename}), far more than a resume needs; "
                "re-save it from your editor or upload a PDF",
            )
        with archive.open(info) as part:
            tail = b""
            while chunk := part.read(1 << 20):
                window = tail + chunk
                if any(marker in window for marker in _XML_DECLARATIONS):
                    raise IntakeError(
                        "unreadable",
                        f"{filename} contains XML entity declarations, which Word never writes; "
                        "re-save it from Word or LibreOffice, or upload a PDF",
                    )
                tail = window[-32:]


def _read_docx(data: bytes, filename: str, max_chars: int = MAX_CHARS) -> Document:
    damaged = f"{filename} is a damaged DOCX file; re-save it and upload it again"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        _check_docx_archive(archive, filename)
    except IntakeError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise IntakeError("unreadable", damaged) from exc
    except (NotImplementedError, RuntimeError) as exc:  # an unknown compression method, an encrypted member
        raise IntakeError("unreadable", f"{filename} uses ZIP features Word does not; re-save it in Word") from exc
    doc = Document(text="", format="docx")
    doc.has_images = any(name.startswith("word/media/") for name in archive.namelist())
    if any(name.startswith("word/embeddings/") for name in archive.namelist()):
        doc.warnings.append("embedded objects were ignored")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        reader = _DocxReader(document, max_chars)
        body = reader.lines(document.element.body)
        headers = reader.part_lines("header")
        footers = reader.part_lines("footer")
    except Exception as exc:  # python-docx raises many types for malformed XML
        raise IntakeError("unreadable", f"{filename} could not be read as a DOCX document") from exc
    # Page headers and footers are read too (a recruiter sees them), where they print.
    doc.text = "\n".join(headers + body + footers)
    doc.layout.header_footer_text = "\n".join(headers + footers)
    doc.layout.tables = reader.tables
    doc.layout.layout_tables = reader.layout_tables
    doc.layout.text_boxes = reader.text_boxes
    _flag_hidden(doc, reader.hidden_chars, "hidden, white or microscopic formatting")
    return doc


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
#: Containers whose children are blocks of text: content controls, custom XML, text boxes.
_DOCX_WRAPPERS = {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "txbxContent"}


class _DocxReader:
    """Text of a DOCX in reading order: paragraphs, tables (nested ones too), content
    controls, text boxes (after the paragraph that anchors them) and page headers and
    footers, counting what an applicant tracking system may miss."""

    def __init__(self, document, max_chars: int):
        self.document = document
        self.max_chars = max_chars
        self.length = 0
        self.tables = self.layout_tables = self.text_boxes = self.hidden_chars = 0

    def part_lines(self, kind: str) -> list[str]:
        """Lines of every distinct header (``kind="header"``) or footer part."""
        out: list[str] = []
        parts = {rel.target_part.partname: rel.target_part for rel in self.document.part.rels.values()
                 if not rel.is_external and rel.reltype.endswith("/" + kind)}
        for name in sorted(parts):
            out += [line for line in self.lines(parts[name].element) if line.strip()]
        return out

    def lines(self, container) -> list[str]:
        from docx.text.paragraph import Paragraph

        out: list[str] = []
        for block in container.iterchildren():
            if self.length > self.max_chars:  # the rest would be cut off anyway
                break
            before = len(out)
            if block.tag == _W + "p":
                out.append(_docx_paragraph_text(Paragraph(block, self.document)))
                self.hidden_chars += _hidden_run_chars(block)
                for box in block.iter(_W + "txbxContent"):
                    if _anchor_paragraph(box) is block and not _in_fallback(box):
                        self.text_boxes += 1
                        out += self.lines(box)
            elif block.tag == _W + "tbl":
                out += self._table(block)
            elif block.tag in _DOCX_WRAPPERS:
                out += self.lines(block)
            self.length += sum(len(line) + 1 for line in out[before:])
        return out

    def _table(self, table) -> list[str]:
        """A row of short cells is one line, cells joined by " | "; a row whose cells hold
        blocks of text (a table used for layout) is read cell after cell."""
        self.tables += 1
        out: list[str] = []
        layout = False
        for row in table.iterchildren(_W + "tr"):
            cells = [[line for line in self.lines(cell) if line.strip()] for cell in row.iterchildren(_W + "tc")]
            if any(len(cell) > 1 for cell in cells):
                layout = layout or sum(1 for cell in cells if cell) > 1 or any(len(cell) > 2 for cell in cells)
                for cell in cells:
                    out += cell
            else:
                out.append(" | ".join(cell[0] for cell in cells if cell))
        self.layout_tables += layout
        return out


def _anchor_paragraph(element):
    parent = element.getparent()
    while parent is not None and parent.tag != _W + "p":
        parent = parent.getparent()
    return parent


def _in_fallback(element) -> bool:
    """Word stores a text box twice (DrawingML and a VML fallback); the fallback is skipped."""
    parent = element.getparent()
    while parent is not None:
        if parent.tag == _FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _hidden_run_chars(paragraph) -> int:
    """Characters of the paragraph's own runs formatted hidden, white or under 2 points."""
    hidden = 0
    for run in paragraph.iterchildren(_W + "r", _W + "hyperlink"):
        runs = run.iterchildren(_W + "r") if run.tag == _W + "hyperlink" else (run,)
        for r in runs:
            props = r.find(_W + "rPr")
            if props is None:
                continue
            vanish = props.find(_W + "vanish")
            color = props.find(_W + "color")
            size = props.find(_W + "sz")
            is_hidden = vanish is not None and vanish.get(_W + "val", "true") not in ("0", "false")
            white = color is not None and (color.get(_W + "val") or "").upper() in ("FFFFFF", "FEFEFE", "FFFFFE")
            tiny = size is not None and (size.get(_W + "val") or "").isdigit() and int(size.get(_W + "val")) < 4
            if is_hidden or white or tiny:
                hidden += sum(len(t.text or "") for t in r.iterchildren(_W + "t"))
    return hidden


def _docx_paragraph_text(paragraph) -> str:
    text = paragraph.text
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    if "list" in style and text and not text.lstrip().startswith(("-", "*")):
        return "- " + text
    return text
