import pytest

from matcher.intake import IntakeError, normalize_text, read_document, sniff_format, text_document
from tests.documents import make_docx, make_pdf

RESUME = """Jane Doe
Summary
Machine learning engineer with Python and PyTorch.
Experience
- Built recommendation models in PyTorch
"""


def test_normalize_text_folds_typography_and_escapes():
    raw = "\ufb01ne\u2019s \u201cquotes\u201d \u2022 bullet \u2013 dash C\\+\\+ \\- AI \\& ML\ncontrol\x07 exam-\nple\u00a0nbsp"
    text = normalize_text(raw)
    assert "fine's" in text
    assert '"quotes"' in text
    assert "- bullet - dash C++ - AI & ML" in text
    assert "example" in text
    assert "\x07" not in text
    assert "nbsp" in text and "\u00a0" not in text


def test_normalize_keeps_line_structure():
    assert normalize_text("a\r\n\r\n\r\n\r\nb\n  c  ") == "a\n\nb\nc"


def test_text_encodings_are_decoded(tmp_path):
    cp1252 = "Caf\u00e9 r\u00e9sum\u00e9 \u2013 na\u00efve, Excel \u201cpivot\u201d".encode("cp1252")
    path = tmp_path / "cv.txt"
    path.write_bytes(cp1252)
    assert "Café résumé - naïve" in read_document(path).text
    path.write_bytes("Python \u00fcber alles".encode("utf-16"))
    assert read_document(path).text == "Python über alles"
    path.write_bytes("\ufeffPython".encode())
    assert read_document(path).text == "Python"


def test_html_drops_scripts_and_keeps_lists():
    html = b"<html><head><title>x</title><script>alert(1)</script></head><body><h2>Skills</h2><ul><li>Python</li><li>SQL</li></ul></body></html>"
    doc = read_document(html, "cv.html")
    assert "alert" not in doc.text
    assert "- Python" in doc.text and "- SQL" in doc.text


def test_pdf_text_layer_is_read():
    doc = read_document(make_pdf(RESUME, pages=2), "cv.pdf")
    assert doc.format == "pdf" and doc.pages == 2
    assert "Machine learning engineer with Python and PyTorch." in doc.text
    assert "recommendation models" in doc.text
    assert "hidden_text" not in doc.flags


def test_pdf_hidden_text_is_read_but_flagged():
    doc = read_document(make_pdf(RESUME, hidden="Kubernetes Terraform Rust Scala " * 3), "cv.pdf")
    assert "Kubernetes" in doc.text
    assert doc.flags["hidden_text"] >= 20
    assert any("hidden text" in w for w in doc.warnings)


def test_docx_paragraphs_bullets_and_tables():
    data = make_docx(RESUME, table_rows=[["Languages", "Python, SQL"], ["Cloud", "AWS"]])
    doc = read_document(data, "cv.docx")
    assert doc.format == "docx"
    assert "- Built recommendation models in PyTorch" in doc.text
    assert "Languages | Python, SQL" in doc.text


def test_format_comes_from_bytes_not_name():
    pdf = make_pdf(RESUME)
    assert sniff_format(pdf, "cv.docx") == "pdf"
    assert "Machine learning engineer" in read_document(pdf, "misnamed.docx").text


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (b"", "cv.txt", "empty"),
        (b"   \n\t  ", "cv.txt", "empty"),
        (bytes(range(256)) * 20, "cv.pdf", "unsupported_type"),
        (b"\x00\x01\x02binary\x00\x00" * 100, "cv.txt", "unsupported_type"),
        (b"\x89PNG\r\n\x1a\n" + b"0" * 100, "photo.png", "unsupported_type"),
        (b"PK\x03\x04broken-zip", "cv.docx", "unsupported_type"),
        (b"%PDF-1.7\n1 0 obj <<>> garbage", "cv.pdf", "unreadable"),
    ],
)
def test_bad_input_gets_a_specific_error(data, name, code):
    with pytest.raises(IntakeError) as info:
        read_document(data, name)
    assert info.value.code == code
    assert name in info.value.message


def test_image_only_pdf_says_no_text_layer():
    with pytest.raises(IntakeError) as info:
        read_document(make_pdf("", image_only=True), "scan.pdf")
    assert info.value.code == "no_text_layer"
    assert "text PDF" in info.value.message


def test_encrypted_pdf_is_refused_with_advice():
    with pytest.raises(IntakeError) as info:
        read_document(make_pdf(RESUME, password="secret"), "locked.pdf")
    assert info.value.code == "encrypted"
    assert "password" in info.value.message


def test_truncated_pdf_is_unreadable():
    data = make_pdf(RESUME)
    with pytest.raises(IntakeError) as info:
        read_document(data[: len(data) // 3], "cut.pdf")
    assert info.value.code in {"unreadable", "no_text_layer"}


def test_size_limits():
    with pytest.raises(IntakeError) as info:
        read_document(b"a" * 2000, "big.txt", max_bytes=1000)
    assert info.value.code == "too_large"
    doc = read_document(b"word " * 1000, "long.txt", max_chars=100)
    assert len(doc.text) == 100
    assert doc.warnings


def test_missing_file(tmp_path):
    with pytest.raises(IntakeError) as info:
        read_document(tmp_path / "nope.pdf")
    assert info.value.code == "unreadable"


def test_text_document_rejects_empty_text():
    with pytest.raises(IntakeError):
        text_document("  \n ")
    assert text_document("Python\u2022SQL").text == "Python-SQL"
