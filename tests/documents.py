"""Builders for real PDF and DOCX files, made by the tests themselves (nothing binary is committed)."""

from __future__ import annotations

import io

from fpdf import FPDF


def _latin1(text: str) -> str:
    return text.replace("\u2013", "-").replace("\u2014", "-").encode("latin-1", "replace").decode("latin-1")


def make_pdf(text: str, *, hidden: str | None = None, pages: int = 1, password: str | None = None,
             image_only: bool = False, scanned_pages: int = 0) -> bytes:
    """A text PDF of ``text`` (split over ``pages``), optionally with white ``hidden`` text,
    encrypted with ``password``, with no text layer at all, or followed by ``scanned_pages``
    pages that hold only an image (a scan)."""
    pdf = FPDF(format="Letter")
    if password:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    lines = text.splitlines() or [""]
    per_page = max(1, -(-len(lines) // pages))
    for page in range(pages):
        pdf.add_page()
        if image_only:
            pdf.set_fill_color(40, 40, 40)
            pdf.rect(20, 20, 120, 60, style="F")
            continue
        pdf.set_font("Helvetica", size=10)
        for line in lines[page * per_page:(page + 1) * per_page]:
            pdf.multi_cell(0, 5, _latin1(line) or " ", new_x="LMARGIN", new_y="NEXT")
        if hidden and page == 0:
            pdf.set_text_color(255, 255, 255)
            pdf.multi_cell(0, 5, _latin1(hidden), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
    for _ in range(scanned_pages):
        pdf.add_page()
        pdf.image(_png(), x=20, y=20, w=150)
    return bytes(pdf.output())


def _png() -> io.BytesIO:
    """A small grey PNG, as a scanner would make (stdlib only)."""
    import struct
    import zlib

    width, height = 60, 40
    rows = b"".join(b"\x00" + bytes([90, 90, 90]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return io.BytesIO(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
                      + chunk(b"IEND", b""))


def make_docx(text: str, *, table_rows: list[list[str]] | None = None) -> bytes:
    """A DOCX whose paragraphs are the lines of ``text``; headings for short title-case lines,
    bullets as list paragraphs, and an optional table."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("- "):
            document.add_paragraph(stripped[2:], style="List Bullet")
        else:
            document.add_paragraph(stripped)
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        for r, row in enumerate(table_rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_two_column_pdf(header: list[str], left: list[str], right: list[str], *,
                        right_aligned_dates: bool = False) -> bytes:
    """A one-page PDF with ``header`` lines across the page, then a narrow ``left`` column and a
    wide ``right`` one drawn line by line *across* both columns (the file's own order
    interleaves them, as many resume builders do)."""
    pdf = FPDF(format="Letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    y = 15
    for line in header:
        pdf.set_xy(20, y)
        pdf.cell(170, 6, _latin1(line))
        y += 7
    y += 4
    for i in range(max(len(left), len(right))):
        if i < len(left):
            pdf.set_xy(20, y)
            pdf.cell(55, 5, _latin1(left[i]))
        if i < len(right):
            pdf.set_xy(90, y)
            pdf.cell(110, 5, _latin1(right[i]))
        y += 6
    return bytes(pdf.output())


def make_dated_pdf(rows: list[tuple[str, str | None]]) -> bytes:
    """A single-column PDF whose lines may carry a right-aligned date (``(text, date)``)."""
    pdf = FPDF(format="Letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    y = 20
    for text, date in rows:
        pdf.set_xy(20, y)
        pdf.cell(120, 5, _latin1(text))
        if date:
            pdf.set_xy(140, y)
            pdf.cell(55, 5, _latin1(date), align="R")
        y += 6
    return bytes(pdf.output())


_DRAWING_NS = (
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"'
)


def make_layout_docx(*, header: str | None = None, footer: str | None = None, body: list[str] = (),
                     text_box: str | None = None, columns_table: tuple[list[str], list[str]] | None = None,
                     nested_row: list[str] | None = None, content_control: str | None = None,
                     hidden: str | None = None) -> bytes:
    """A DOCX that puts text where applicant tracking systems often miss it: a page ``header``
    and ``footer``, a ``text_box`` (stored twice, as Word does: DrawingML and a VML fallback),
    a two-cell table used for layout (``columns_table``, each cell a list of paragraphs) with a
    ``nested_row`` table in its second cell, a ``content_control`` and white ``hidden`` text."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    for line in body:
        document.add_paragraph(line)
    if text_box or hidden:
        paragraph = document.add_paragraph("")
        if text_box:
            inner = f"<w:txbxContent><w:p><w:r><w:t>{text_box}</w:t></w:r></w:p></w:txbxContent>"
            paragraph._p.append(parse_xml(
                f'<w:r {nsdecls("w")} {_DRAWING_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
                f"<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{inner}</wps:txbx></wps:wsp>"
                f"</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
                f"<v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"))
        if hidden:
            paragraph._p.append(parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>{hidden}</w:t></w:r>'))
    if columns_table:
        table = document.add_table(rows=1, cols=2)
        for cell, lines in zip(table.rows[0].cells, columns_table, strict=True):
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
        if nested_row:
            nested = table.rows[0].cells[1].add_table(rows=1, cols=len(nested_row))
            for cell, value in zip(nested.rows[0].cells, nested_row, strict=True):
                cell.text = value
    if content_control:
        document.element.body.insert(len(document.element.body) - 1, parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>{content_control}</w:t></w:r></w:p>'
            "</w:sdtContent></w:sdt>"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def raw_pdf(content: bytes, pages: int = 1) -> bytes:
    """A minimal hand-written PDF whose ``pages`` pages all draw the same Flate-compressed
    ``content`` stream in Helvetica."""
    import zlib

    stream = zlib.compress(content, 9)
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
                b"/Resources << /Font << /F1 4 0 R >> >> >>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def slow_pdf(operators: int = 10_000_000, pages: int = 60) -> bytes:
    """A genuinely slow PDF of about 40 KB: every page draws one content stream of ``operators``
    save/restore pairs (``q Q``), which inflates to 40 MB and takes PDFium about a second per
    page to parse on a 2020s laptop core, about a minute for the file. It needs no more memory
    than a few hundred MB, so reading it ends in a time limit, not a memory limit."""
    return raw_pdf(b"BT /F1 12 Tf 72 720 Td (Python engineer) Tj ET\n" + b"q Q " * operators, pages)
