import csv
import io
import json

import pypdfium2 as pdfium
import pytest

from matcher.report import FORMATS, defuse_cell, gap_report, md_escape, render
from matcher.scoring import COMPONENTS
from tests.conftest import POSTINGS, RESUMES

HOSTILE_RESUME = """=HYPERLINK("http://evil.example","click") Jane
Summary
<script>alert('x')</script> Data engineer with Python and SQL.
Skills
Python, SQL, @SUM(A1:A9), +cmd|' /C calc'!A0
Experience
Data Engineer, Acme, 2019 - 2024
- Built <b>pipelines</b> in Python and SQL
"""


@pytest.fixture(scope="module")
def hostile_report(engine):
    resume = engine.profile(HOSTILE_RESUME, "resume", doc_id="=cmd|' /C calc'!A0<script>alert(1)</script>")
    posting = engine.profile(POSTINGS / "data-engineer-streaming.txt", "posting")
    return gap_report(engine.score(resume, posting), resume, posting)


def test_report_has_score_breakdown_gaps_and_advice(engine):
    resume = engine.profile(RESUMES / "data-engineer-spark.txt", "resume")
    posting = engine.profile(POSTINGS / "data-engineer-streaming.txt", "posting")
    report = gap_report(engine.score(resume, posting), resume, posting)
    assert report["scoring_version"] and 0 <= report["score"] <= 100
    assert set(report["breakdown"]) == set(COMPONENTS)
    assert report["matched"] and all(m["resume_evidence"] for m in report["matched"] if m["match_type"] != "implied")
    assert report["advice"]
    data = json.loads(render(report, "json"))
    assert data["score"] == report["score"]


def test_csv_cells_are_defused(hostile_report):
    text = render(hostile_report, "csv").decode()
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert "'=cmd" in text
    assert defuse_cell("=1+1") == "'=1+1" and defuse_cell("plain") == "plain" and defuse_cell(None) == ""


def test_html_and_markdown_escape_document_text(hostile_report):
    html_text = render(hostile_report, "html").decode()
    assert "<script>" not in html_text and "<b>" not in html_text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_text
    md_text = render(hostile_report, "md").decode()
    assert "<script>" not in md_text and "<b>" not in md_text
    assert md_escape("<b>*x*</b>") == "&lt;b&gt;\\*x\\*&lt;/b&gt;"


def test_pdf_report_is_a_readable_pdf(hostile_report):
    data = render(hostile_report, "pdf")
    assert data.startswith(b"%PDF")
    pdf = pdfium.PdfDocument(data)
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Gap report" in text and "Score breakdown" in text


def test_every_format_renders(hostile_report):
    for fmt in FORMATS:
        assert render(hostile_report, fmt)
    with pytest.raises(ValueError):
        render(hostile_report, "xlsx")
