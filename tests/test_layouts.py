"""Real layouts: glued lists, names broken over lines, two-column PDFs, DOCX text in
tables, text boxes, content controls, headers and footers."""

from __future__ import annotations

import pytest

from matcher.intake import read_document
from matcher.skills import skill_spans
from tests.documents import make_dated_pdf, make_layout_docx, make_two_column_pdf


def _skills(engine, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.kb_id_) for span in skill_spans(engine.nlp(text))]


@pytest.mark.parametrize("text, expected", [
    ("Machine Learning, AWS(EMR,EC2,S3), Hive(HQL)",
     {"machine-learning", "amazon-web-services", "amazon-emr", "amazon-ec2", "amazon-s3", "apache-hive"}),
    ("Skills: Java|SQL;Excel", {"java", "sql", "microsoft-excel"}),
    ("Python/Tableau•Power BI", {"python", "tableau", "power-bi"}),
    ("Skills:Python,Java,EC2,S3", {"python", "java", "amazon-ec2", "amazon-s3"}),
    ("Deep hands-on Java and/or C#/.NET", {"java", "c#", "dotnet"}),
])
def test_glued_lists_split_into_their_skills(engine, text, expected):
    assert {skill for _, skill in _skills(engine, text)} == expected


def test_glued_separators_keep_numbers_and_slashed_names(engine):
    doc = engine.nlp("Served 1,000 users with CI/CD, A/B testing and TCP/IP")
    assert "1,000" in [t.text for t in doc]
    assert {s.kb_id_ for s in skill_spans(doc)} >= {"ci-cd", "a-b-testing"}


def test_names_broken_over_a_line_end_in_a_skills_column(engine):
    found = _skills(engine, "Skills\nPower\nBi\nTableau\nMachine\nLearning")
    assert ("Power\nBi", "power-bi") in found
    assert ("Machine\nLearning", "machine-learning") in found
    # A blank line ends a name: "Python" and "Data" are two items.
    assert [skill for _, skill in _skills(engine, "Python\n\nScience")] == ["python"]


def test_names_that_need_context_are_skills_in_a_one_item_per_line_list(engine):
    # "Spring", "Go", "Swift", "R" alone mean a season, a verb, a bird, a letter; one per line under
    # known skills they are a skills column, bullets or not, blank lines or not.
    column = "Skills\nJava\nSpring\nKafka\nGo\n\nSwift\nR"
    assert [skill for _, skill in _skills(engine, column)] == ["java", "spring", "apache-kafka", "go", "swift", "r"]
    bulleted = "Languages\n• English\n• Hindi\n• Tamil\nTools\n- Microsoft Word\n- Excel\n- Access,\n- Outlook"
    assert {"hindi", "tamil", "microsoft-excel", "microsoft-access", "microsoft-outlook"} <= \
        {skill for _, skill in _skills(engine, bulleted)}
    # Names that all need context vouch for none of them when nothing else does.
    assert _skills(engine, "Tools\n- Excel\n- Access,\n- Outlook") == []
    # Alone, or next to a line that is no skill, nothing vouches for them.
    assert _skills(engine, "Spring") == []
    assert _skills(engine, "Swift\nGo\nR") == []
    assert "spring" not in {skill for _, skill in _skills(engine, "Java developer wanted\nSpring\nis here")}
    # A name that shares its line with other words is no list item.
    assert "spring" not in {skill for _, skill in _skills(engine, "Java\nSpring is here")}
    # A quality vouches for a quality only: "Diligent" is also a software product.
    assert _skills(engine, "Quick learner\nDiligent") == [("Quick learner", "learning-agility")]


@pytest.mark.parametrize("text, expected", [
    ("Corporate income tax compliance", {"corporate-tax", "tax-compliance"}),
    ("Payroll tax compliance", {"payroll-tax", "tax-compliance"}),
    ("Income tax compliance", {"tax-compliance"}),
])
def test_overlapping_names_are_both_kept(engine, text, expected):
    assert {skill for _, skill in _skills(engine, text)} == expected


def test_two_column_pdf_is_read_one_column_after_the_other():
    data = make_two_column_pdf(
        ["Jane Doe - jane@example.com"],
        ["SKILLS", "Python, SQL", "Power", "BI", "EDUCATION", "B.Tech, ECE", "XYZ University, 2020"],
        ["EXPERIENCE", "Data Analyst, Acme Corp", "May 2019 - Present", "- Built dashboards in Power BI",
         "Intern, Beta Ltd", "Jan 2018 - Apr 2019", "- Cleaned data with Python"])
    doc = read_document(data, "cv.pdf")
    assert doc.layout.two_column_pages == [1]
    lines = doc.text.split("\n")
    assert lines[0] == "Jane Doe - jane@example.com"
    assert lines[1:8] == ["SKILLS", "Python, SQL", "Power", "BI", "EDUCATION", "B.Tech, ECE", "XYZ University, 2020"]
    assert lines[8:] == ["EXPERIENCE", "Data Analyst, Acme Corp", "May 2019 - Present",
                         "- Built dashboards in Power BI", "Intern, Beta Ltd", "Jan 2018 - Apr 2019",
                         "- Cleaned data with Python"]


def test_right_aligned_dates_are_not_a_second_column():
    rows = [("Jane Doe", None), ("EXPERIENCE", None)]
    for i in range(5):
        rows += [(f"Data Analyst, Company {i}", f"May 201{i} - Apr 201{i + 1}"), ("- Built dashboards", None),
                 ("- Wrote SQL reports for the team", None)]
    doc = read_document(make_dated_pdf(rows), "cv.pdf")
    assert doc.layout.two_column_pages == []
    assert "Data Analyst, Company 0 May 2010 - Apr 2011" in doc.text.split("\n")


def test_docx_text_in_headers_footers_text_boxes_tables_and_content_controls():
    data = make_layout_docx(
        header="Jane Doe | jane@example.com | 555-123-4567", footer="References on request",
        body=["Summary", "Data analyst with Python."], text_box="Skills: Tableau, Power BI",
        columns_table=(["EXPERIENCE", "Analyst, Acme", "2019 - Present"], ["EDUCATION", "B.Sc. Statistics"]),
        nested_row=["Python", "5 years"], content_control="Certifications: PMP")
    doc = read_document(data, "cv.docx")
    lines = doc.text.split("\n")
    assert lines[0] == "Jane Doe | jane@example.com | 555-123-4567"
    assert lines[-1] == "References on request"
    # The text box is read once (Word stores it twice), after the paragraph that anchors it.
    assert lines.count("Skills: Tableau, Power BI") == 1
    assert lines.index("Skills: Tableau, Power BI") > lines.index("Data analyst with Python.")
    # A table used for layout is read cell after cell, not row by row across the cells.
    at = lines.index("EXPERIENCE")
    assert lines[at:at + 6] == ["EXPERIENCE", "Analyst, Acme", "2019 - Present", "EDUCATION", "B.Sc. Statistics",
                                "Python | 5 years"]
    assert "Certifications: PMP" in lines
    assert doc.layout.header_footer_text == "Jane Doe | jane@example.com | 555-123-4567\nReferences on request"
    assert (doc.layout.tables, doc.layout.layout_tables, doc.layout.text_boxes) == (2, 1, 1)
    assert "hidden_text" not in doc.flags


def test_docx_hidden_text_is_read_but_flagged():
    doc = read_document(make_layout_docx(body=["Summary", "Analyst."], hidden="Kubernetes Terraform Rust Scala Kafka"),
                        "cv.docx")
    assert "Kubernetes" in doc.text
    assert doc.flags["hidden_text"] == len("Kubernetes Terraform Rust Scala Kafka")
    assert any("hidden text" in w for w in doc.warnings)


def test_chunk_caching_tokenizer_splits_as_spacy_does(engine):
    """The pipeline's tokenizer caches every chunk, also those after a special case ("Inc.", "e.g.",
    "C#"); its tokens are spaCy's own tokenizer's, first call and cached calls alike."""
    from spacy.tokenizer import Tokenizer

    from matcher.skills import ChunkCachingTokenizer
    from tests.conftest import POSTINGS, RESUMES

    tokenizer = engine.nlp.tokenizer
    assert isinstance(tokenizer, ChunkCachingTokenizer)
    _, settings, *_ = tokenizer.__reduce__()
    plain = Tokenizer(*settings)
    texts = ["Acme Inc. builds e.g. C#/.NET APIs (Python/SQL), A/B tests; 1,000 users.\n\n  Don't stop."]
    texts += [path.read_text(encoding="utf-8") for path in sorted(POSTINGS.glob("*.txt"))[:5]]
    texts += [path.read_text(encoding="utf-8") for path in sorted(RESUMES.glob("*.txt"))[:5]]
    for text in texts:
        expected = [(t.text, t.whitespace_, t.idx) for t in plain(text)]
        for _ in range(2):  # chunks new, then cached
            assert [(t.text, t.whitespace_, t.idx) for t in tokenizer(text)] == expected


def test_chunks_pre_tokenized_together_hold_no_special_case(engine):
    """The tokenizer pre-tokenizes new chunks together only when they cannot hold a special case (which
    would stop spaCy caching the chunks after it): every chunk spaCy splits with a special case is one
    :func:`~matcher.skills._may_be_special` keeps apart."""
    from matcher.skills import _may_be_special
    from tests.conftest import POSTINGS, RESUMES

    tokenizer = engine.nlp.tokenizer
    texts = [path.read_text(encoding="utf-8") for path in sorted(POSTINGS.glob("*.txt"))]
    texts += [path.read_text(encoding="utf-8") for path in sorted(RESUMES.glob("*.txt"))]
    chunks = {chunk for text in texts for chunk in text.split()}
    chunks |= {"(e.g.,", "Don't", "C#,", "Inc.", "it's", "10am", "a.m.", ":)"}
    special = {chunk for chunk in chunks if any(name.startswith("SPECIAL") for name, _ in tokenizer.explain(chunk))}
    assert len(special) >= 8
    assert all(_may_be_special(chunk, tokenizer.rules) for chunk in special)
    plain = chunks - special
    assert sum(not _may_be_special(chunk, tokenizer.rules) for chunk in plain) >= 0.9 * len(plain)


@pytest.mark.parametrize("text, skill", [
    # Real resumes write "Requirement Gathering" as often as "Requirements gathering" (postjobfree
    # resumes: 58 times against 32), and "WebSocket" for the protocol the taxonomy names "WebSockets".
    ("Requirement Gathering, UAT and sign-off", "requirements-gathering"),
    ("Real-time dashboards over WebSocket", "websockets"),
    ("Experience with Web socket programming", "websockets"),
])
def test_names_real_resumes_write_in_the_other_number(engine, text, skill):
    assert skill in {found for _, found in _skills(engine, text)}
