"""Builders for real PDF and DOCX files, made by the tests themselves (nothing binary is committed)."""

from __future__ import annotations

import io

from fpdf import FPDF


def _latin1(text: str) -> str:
    return text.replace("\u2013", "-").replace("\u2014", "-").encode("latin-1", "replace").decode("latin-1")


def make_pdf(text: str, *, hidden: str | None = None, pages: int = 1, password: str | None = None,
             image_only: bool = False) -> bytes:
    """A text PDF of ``text`` (split over ``pages``), optionally with white ``hidden`` text,
    encrypted with ``password``, or with no text layer at all."""
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
    return bytes(pdf.output())


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
