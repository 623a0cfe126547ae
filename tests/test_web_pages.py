"""The site through the Flask test client: upload form, results, report page and downloads,
postings pages, errors and escaping."""

from __future__ import annotations

import csv
import io
import re
from html import unescape

import pytest

from tests.conftest import POSTINGS, fixture_text
from web.pages import highlight
from web.testing import form_client, image_only_pdf, make_app, pdf_text, resume_docx, resume_pdf

ML = fixture_text("resume", "ml-engineer-pytorch")
TAX = fixture_text("resume", "tax-accountant-cpa")
JUNIOR = fixture_text("resume", "ml-engineer-junior")
TOKEN = "pages-admin-token-" + "Zk4" * 8


@pytest.fixture(scope="session")
def app(engine, tmp_path_factory):
    return make_app(engine, tmp_path_factory.mktemp("pages") / "matcher.sqlite3")


@pytest.fixture()
def client(app):
    return form_client(app)


@pytest.fixture()
def fresh_client(engine, tmp_path):
    """A browser on an app of its own with an admin token, signed in."""
    client = form_client(make_app(engine, tmp_path / "fresh.sqlite3", MATCHER_ADMIN_TOKEN=TOKEN))
    assert client.sign_in(TOKEN).status_code == 303
    return client


def upload(data: bytes, name: str):
    return io.BytesIO(data), name


def submit(client, **fields):
    """POST the upload form; returns the redirect and the results page."""
    fields.setdefault("top", "0")
    response = client.post("/match", data=fields, content_type="multipart/form-data")
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    assert re.fullmatch(r"/results/[\w-]+", response.headers["Location"])
    page = client.get(response.headers["Location"])
    assert page.status_code == 200
    return response.headers["Location"], page.get_data(as_text=True)


def ranked_ids(html: str) -> list[str]:
    return re.findall(r'<li class="result" id="result-[^"]+" data-posting-id="([^"]+)"', html)


def result_section(html: str, posting_id: str) -> str:
    start = html.index(f'data-posting-id="{posting_id}"')
    end = html.find('<li class="result"', start)
    return html[start:end if end > 0 else len(html)]


def api_result(client, text: str, posting_id: str) -> dict:
    results = client.post("/api/v1/match", json={"resume_text": text, "top": 0}).json["results"]
    return next(r for r in results if r["id"] == posting_id)


# ---- the form -------------------------------------------------------------------------------
def test_upload_form_is_accessible_and_self_contained(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<html lang="en">' in html
    assert 'enctype="multipart/form-data"' in html and 'method="post"' in html
    for field in ("resume", "resume_text", "posting_text", "top"):
        assert f'<label for="{field}">' in html, field
        assert f'id="{field}"' in html
    assert "<script" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html), "nothing may load from the internet"
    assert '<link rel="stylesheet" href="/static/style.css">' in html
    css = client.get("/static/style.css")
    assert css.status_code == 200 and css.mimetype == "text/css"
    assert "@media print" in css.get_data(as_text=True)
    assert "http" not in css.get_data(as_text=True)
    assert "22 stored postings" in html


def test_get_match_goes_back_to_the_form(client):
    response = client.get("/match")
    assert response.status_code == 302 and response.headers["Location"] == "/"


# ---- results ---------------------------------------------------------------------------------
def test_pdf_upload_shows_ranked_results_with_evidence_and_gaps(client):
    _, html = submit(client, resume=upload(resume_pdf(ML, pages=2), "okafor.pdf"))
    order = ranked_ids(html)
    assert len(order) == 22
    assert order[0] == "ml-engineer-senior"
    assert order.index("ml-engineer-senior") < order.index("tax-accountant")
    assert "<meter" in html and 'value="' in html
    assert "Senior Machine Learning Engineer" in html
    # The breakdown, matched skills with the resume evidence highlighted, gaps and partial matches.
    top = result_section(html, "ml-engineer-senior")
    assert "Score breakdown" in top and "Skills coverage" in top
    assert re.search(r"<q class=\"evidence\">[^<]*<mark>PyTorch</mark>", top)
    assert "Missing required" in top and "Missing preferred" in top and "Partial matches" in top
    # Every required skill the engine finds missing for the MLOps posting is named on the page.
    expected = api_result(client, resume_text_of_pdf(ML), "mlops-engineer")
    assert expected["missing_required"]
    section = result_section(html, "mlops-engineer")
    missing_list = section[section.index("missing-required"):]
    for item in expected["missing_required"]:
        assert f"<strong>{item['name']}</strong>" in unescape(missing_list), item["name"]


def resume_text_of_pdf(text: str) -> str:
    from matcher.intake import read_document

    return read_document(resume_pdf(text, pages=2), "r.pdf").text


def test_docx_upload(client):
    _, html = submit(client, resume=upload(resume_docx(TAX), "cpa.docx"), top="5")
    order = ranked_ids(html)
    assert order[0] == "tax-accountant"
    assert len(order) == 5


def test_pasted_resume_against_one_pasted_posting(client):
    posting = (POSTINGS / "tax-accountant.txt").read_text()
    location, html = submit(client, resume_text=TAX, posting_text=posting)
    assert ranked_ids(html) == ["pasted-posting"]
    assert "Compared with the posting you pasted" in html
    report = client.get(f"{location.replace('/results/', '/report/')}/pasted-posting")
    assert report.status_code == 200
    assert "Gap report" in report.get_data(as_text=True)


@pytest.mark.parametrize(("fields", "status", "message"), [
    ({}, 400, "Choose a resume file or paste its text"),
    ({"resume_text": "   "}, 400, "Choose a resume file or paste its text"),
    ({"resume_text": ML, "resume": (io.BytesIO(ML.encode()), "cv.txt")}, 400, "not both"),
    ({"resume": (io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40), "me.png")}, 415, "not a supported document"),
    ({"resume": (io.BytesIO(image_only_pdf()), "scan.pdf")}, 422, "no text layer"),
])
def test_upload_errors_return_the_form_with_a_message(client, fields, status, message):
    response = client.post("/match", data=fields, content_type="multipart/form-data")
    assert response.status_code == status
    html = response.get_data(as_text=True)
    assert 'role="alert"' in html and message in unescape(html)
    assert 'id="resume"' in html  # the form is back
    assert "Traceback" not in html


def test_upload_over_the_limit_is_413_with_the_form(engine, tmp_path):
    client = form_client(make_app(engine, tmp_path / "small.sqlite3", MATCHER_MAX_UPLOAD_MB=0.05))
    response = client.post("/match", data={"resume": upload(b"x " * 100_000, "big.txt")},
                           content_type="multipart/form-data")
    assert response.status_code == 413
    html = response.get_data(as_text=True)
    assert "0.05 MB" in html and 'id="resume"' in html


def test_everything_from_the_resume_is_escaped(client):
    nasty = ML.replace("Languages: Python, SQL, Bash",
                       'Languages: Python <script>alert("x")</script>, SQL, <img src=x onerror=alert(1)> Bash')
    _, html = submit(client, resume_text=nasty, posting_text="Engineer <b>bold</b>\nRequirements\n- Python and SQL")
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>bold" not in html
    assert "&lt;script&gt;" in html


def test_highlight_escapes_and_marks():
    assert str(highlight("Use <b>Python</b> daily", "Python")) == \
        "Use &lt;b&gt;<mark>Python</mark>&lt;/b&gt; daily"
    assert str(highlight("knows pytorch well", "PyTorch")) == "knows <mark>pytorch</mark> well"
    assert str(highlight("<i>no match</i>", "Rust")) == "&lt;i&gt;no match&lt;/i&gt;"
    assert str(highlight(None, None)) == ""


# ---- the report page and downloads ----------------------------------------------------------
def test_report_page_and_downloads(client):
    location, html = submit(client, resume=upload(resume_pdf(ML), "okafor.pdf"))
    token = location.rsplit("/", 1)[1]
    link = f"/report/{token}/mlops-engineer"
    assert f'href="{link}"' in html
    page = client.get(link)
    assert page.status_code == 200
    report = page.get_data(as_text=True)
    assert "Gap report: MLOps Engineer" in report
    assert "What to do next" in report and "Score breakdown" in report
    for fmt in ("json", "csv", "md", "html", "pdf"):
        assert f'href="{link}/download/{fmt}"' in report, fmt
    assert "<script" not in report

    as_csv = client.get(f"{link}/download/csv")
    assert as_csv.status_code == 200
    assert as_csv.headers["Content-Disposition"] == 'attachment; filename="gap-report-okafor-mlops-engineer.csv"'
    rows = list(csv.reader(io.StringIO(as_csv.get_data(as_text=True))))
    assert rows[0][4] == "mlops-engineer"
    missing = [r[1] for r in rows if r[0] == "Missing: required"]
    assert missing and all(name in unescape(report) for name in missing)

    as_pdf = client.get(f"{link}/download/pdf")
    assert as_pdf.mimetype == "application/pdf" and as_pdf.data.startswith(b"%PDF")
    assert "Gap report" in pdf_text(as_pdf.data)
    assert client.get(f"{link}/download/json").json["posting"]["id"] == "mlops-engineer"
    assert client.get(f"{link}/download/md").get_data(as_text=True).startswith("# Gap report")
    assert client.get(f"{link}/download/html").mimetype == "text/html"
    assert client.get(f"{link}/download/exe").status_code == 404
    assert client.get(f"/report/{token}/no-such-posting").status_code == 404


def test_unknown_or_expired_tokens_get_a_friendly_page(client):
    for path in ("/results/not-a-token", "/report/not-a-token/tax-accountant", "/report/x/y/download/csv"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.mimetype == "text/html"
        assert "kept for a short while" in response.get_data(as_text=True)


def test_results_expire(engine, tmp_path):
    client = form_client(make_app(engine, tmp_path / "ttl.sqlite3", MATCHER_SESSION_TTL=0))
    response = client.post("/match", data={"resume_text": ML}, content_type="multipart/form-data")
    assert client.get(response.headers["Location"]).status_code == 404


# ---- postings pages --------------------------------------------------------------------------
def test_postings_list_add_and_delete(fresh_client):
    client = fresh_client
    page = client.get("/postings").get_data(as_text=True)
    assert "22 postings stored" in page
    assert 'id="posting-tax-accountant"' in page
    for field in ("p-title", "p-company", "p-location", "p-url", "p-id", "p-text", "p-file"):
        assert f'<label for="{field}">' in page

    text = "Bakery Data Analyst\n\nRequirements\n- SQL and Tableau\n- 2+ years of data analysis"
    added = client.post("/postings", data={"title": "", "company": "Crumb & Co", "text": text},
                        content_type="multipart/form-data")
    assert added.status_code == 303
    page = client.get(added.headers["Location"]).get_data(as_text=True)
    assert "Added posting bakery-data-analyst." in page
    assert "23 postings stored" in page and "Crumb &amp; Co" in page
    detail = client.get("/postings/bakery-data-analyst")
    assert detail.status_code == 200 and "2+ years of data analysis" in detail.get_data(as_text=True)

    duplicate = client.post("/postings", data={"id": "bakery-data-analyst", "text": text},
                            content_type="multipart/form-data")
    assert duplicate.status_code == 409 and "already exists" in duplicate.get_data(as_text=True)
    empty = client.post("/postings", data={"title": "Nothing"}, content_type="multipart/form-data")
    assert empty.status_code == 400 and "needs its text" in empty.get_data(as_text=True)
    from_file = client.post("/postings", data={"file": upload(resume_pdf(text, pages=1), "bakery.pdf"),
                                               "id": "bakery-pdf"}, content_type="multipart/form-data")
    assert from_file.status_code == 303

    deleted = client.post("/postings/bakery-data-analyst/delete")
    assert deleted.status_code == 303
    page = client.get(deleted.headers["Location"]).get_data(as_text=True)
    assert "Deleted posting bakery-data-analyst." in page and 'id="posting-bakery-data-analyst"' not in page
    assert client.post("/postings/bakery-data-analyst/delete").status_code == 404
    assert client.get("/postings/bakery-data-analyst").status_code == 404


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "Not found" in response.get_data(as_text=True)


def test_server_errors_are_friendly_pages(client, monkeypatch):
    from web.service import Scoring

    def explode(self, resume, top):
        raise RuntimeError("boom")

    monkeypatch.setattr(Scoring, "rank_postings", explode)
    location = client.post("/match", data={"resume_text": ML}, content_type="multipart/form-data").headers["Location"]
    response = client.get(location)
    assert response.status_code == 500
    html = response.get_data(as_text=True)
    assert "Something went wrong" in html and "boom" not in html and "Traceback" not in html


# ---- signing in to change postings -------------------------------------------------------------
def test_postings_pages_without_a_token_are_read_only(client):
    page = client.get("/postings").get_data(as_text=True)
    assert "22 postings stored" in page
    assert "turned off on this server" in page
    assert 'id="p-text"' not in page and "Delete" not in page
    refused = client.post("/postings", data={"text": "Bakery Analyst\nSQL"}, content_type="multipart/form-data")
    assert refused.status_code == 403
    assert "MATCHER_ADMIN_TOKEN" in refused.get_data(as_text=True)
    assert client.post("/postings/tax-accountant/delete").status_code == 403
    assert client.get("/postings/tax-accountant").status_code == 200


def test_sign_in_and_out(engine, tmp_path):
    client = form_client(make_app(engine, tmp_path / "auth.sqlite3", MATCHER_ADMIN_TOKEN=TOKEN))
    page = client.get("/postings").get_data(as_text=True)
    assert "Sign in</a> with the admin token" in page and 'id="p-text"' not in page
    asked = client.post("/postings/tax-accountant/delete")
    assert asked.status_code == 401 and 'id="token"' in asked.get_data(as_text=True)
    wrong = client.post("/sign-in", data={"token": TOKEN + "x"})
    assert wrong.status_code == 401 and "not the admin token" in wrong.get_data(as_text=True)
    away = client.post("/sign-in", data={"token": TOKEN, "next": "https://evil.example/"})
    assert away.status_code == 303 and away.headers["Location"] == "/postings"  # never off-site
    page = client.get("/postings").get_data(as_text=True)
    assert 'id="p-text"' in page and "Sign out" in page
    with client.session_transaction() as session:
        assert TOKEN not in str(dict(session))  # the cookie holds a keyed fingerprint, not the token
    assert client.post("/postings/tax-accountant/delete").status_code == 303
    assert client.get("/postings/tax-accountant").status_code == 404
    assert client.post("/sign-out").status_code == 303
    assert client.post("/postings/backend-engineer-java/delete").status_code == 401


def test_a_new_token_signs_everyone_out(engine, tmp_path):
    db = tmp_path / "rotate.sqlite3"
    client = form_client(make_app(engine, db, MATCHER_ADMIN_TOKEN=TOKEN, SECRET_KEY="k" * 32))
    client.sign_in(TOKEN)
    with client.session_transaction() as session:
        cookie = dict(session)
    rotated = form_client(make_app(engine, db, MATCHER_ADMIN_TOKEN=TOKEN[::-1], SECRET_KEY="k" * 32))
    with rotated.session_transaction() as session:
        session.update(cookie)
    assert rotated.post("/postings/tax-accountant/delete").status_code == 401


def test_forms_without_a_csrf_token_are_refused(app):
    client = app.test_client()
    response = client.post("/match", data={"resume_text": ML, "csrf_token": "forged"},
                           content_type="multipart/form-data")
    assert response.status_code == 400
    html = unescape(response.get_data(as_text=True))
    assert "Reload the page" in html and 'id="resume"' in html
    assert client.post("/shortlist", data={}, content_type="multipart/form-data").status_code == 400


def test_security_headers(client):
    response = client.get("/")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "script-src" not in response.headers["Content-Security-Policy"] or "'unsafe-inline'" not in \
        response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "Strict-Transport-Security" not in response.headers  # plain HTTP unless told otherwise
    cookie = response.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_https_mode_redirects_and_sends_hsts(engine, tmp_path):
    client = make_app(engine, tmp_path / "https.sqlite3", MATCHER_FORCE_HTTPS=True).test_client()
    plain = client.get("/postings")
    assert plain.status_code == 302 and plain.headers["Location"].startswith("https://")
    secure = client.get("/postings", base_url="https://localhost")
    assert secure.status_code == 200 and "max-age" in secure.headers["Strict-Transport-Security"]


# ---- the recruiter's shortlist --------------------------------------------------------------------
def shortlist_rows(html: str) -> list[str]:
    return re.findall(r'<tr data-resume-id="([^"]+)"', html)


def test_shortlist_form(client):
    page = client.get("/shortlist").get_data(as_text=True)
    for field in ("posting_id", "posting_text", "posting_file", "resumes", "min_score", "top"):
        assert f'<label for="{field}">' in page, field
    assert 'name="resumes" multiple' in page and ".zip" in page
    assert '<option value="ml-engineer-senior">' in page


def test_shortlist_ranks_uploaded_resumes(client):
    from web.shortlist import COLUMNS

    response = client.post("/shortlist", data={
        "posting_id": "ml-engineer-senior", "top": "0",
        "resumes": [upload(resume_pdf(ML), "okafor.pdf"), upload(resume_docx(JUNIOR), "lee.docx"),
                    upload(TAX.encode(), "cpa.txt"), upload(resume_docx(ML), "okafor-again.docx"),
                    upload(image_only_pdf(), "scan.pdf")]}, content_type="multipart/form-data")
    assert response.status_code == 303
    location = response.headers["Location"]
    html = client.get(location).get_data(as_text=True)
    assert shortlist_rows(html) == ["okafor", "lee", "cpa"]
    assert "5 resumes received, 3 ranked, 2 not ranked" in html
    text = unescape(html)
    assert "okafor-again.docx</strong>: a duplicate: the same resume as okafor" in text
    assert "scan.pdf</strong>:" in text and "text layer" in text
    # The table's figures are the engine's (the same ranking the API gives for the same resumes: the
    # statistics are learned from the resumes at hand, so the API gets the three that were ranked).
    results = client.post("/api/v1/rank-resumes", data={
        "posting_id": "ml-engineer-senior", "top": "0",
        "resumes": [upload(resume_pdf(ML), "okafor.pdf"), upload(resume_docx(JUNIOR), "lee.docx"),
                    upload(TAX.encode(), "cpa.txt")]}, content_type="multipart/form-data").json["results"]
    api = next(r for r in results if r["id"] == "cpa")
    row = html[html.index('data-resume-id="cpa"'):]
    row = row[:row.index("</tr>")]
    assert f'<td class="score-value">{api["score"]:.1f}</td>' in row
    for gap in api["missing_required"][:3]:
        assert gap["name"] in unescape(row)
    # Every row links to its gap report, which links back, and whose downloads work.
    token = location.rsplit("/", 1)[1]
    link = f"/shortlist/{token}/report/okafor"
    assert f'href="{link}"' in html
    report = client.get(link).get_data(as_text=True)
    assert "Gap report: Senior Machine Learning Engineer" in report
    assert f'href="/shortlist/{token}"' in report and f'href="{link}/download/pdf"' in report
    assert client.get(f"{link}/download/csv").headers["Content-Disposition"].startswith("attachment")
    assert client.get(f"/shortlist/{token}/report/nobody").status_code == 404
    # Exports.
    export = client.get(f"/shortlist/{token}/export.csv")
    assert export.status_code == 200 and export.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(export.get_data(as_text=True))))
    assert tuple(rows[0]) == COLUMNS and [r[1] for r in rows[1:4]] == ["okafor", "lee", "cpa"]
    assert client.get(f"/shortlist/{token}/export.xlsx").data[:2] == b"PK"
    assert client.get(f"/shortlist/{token}/export.exe").status_code == 404


def test_shortlist_current_title_is_the_latest_roles_own(engine):
    # The latest job states no title: the shortlist shows none rather than the previous job's
    # title, which the title score still reads.
    from web.shortlist import Row

    text = ("Experience\nJan 2019 - Present Harbor Foods, Austin, TX\nProduce Department\n"
            "Mar 2015 - Dec 2018 Widget Works, Austin, TX\nCNC Operator\n- Ran lathes\n")
    resume = engine.profile(text, "resume")
    assert "CNC Operator" in resume.titles
    assert Row(result=None, resume=resume, file="r.txt").current_title is None
    titled = engine.profile(text.replace("Produce Department", "Produce Clerk"), "resume")
    assert Row(result=None, resume=titled, file="r.txt").current_title == "Produce Clerk"


def test_shortlist_cutoff_and_a_pasted_posting(client):
    posting = (POSTINGS / "ml-engineer-senior.txt").read_text()
    resumes = [upload(ML.encode(), "a.txt"), upload(JUNIOR.encode(), "b.txt"), upload(TAX.encode(), "c.txt")]
    response = client.post("/shortlist", data={"posting_text": posting, "top": "10", "min_score": "50",
                                               "resumes": resumes}, content_type="multipart/form-data")
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    scores = [float(s) for s in re.findall(r'<td class="score-value">([\d.]+)</td>', html)]
    assert scores and all(s >= 50 for s in scores)
    assert "c" not in shortlist_rows(html)
    assert "below the cutoff (minimum score 50)" in html


@pytest.mark.parametrize(("fields", "status", "message"), [
    ({"resumes": [(io.BytesIO(ML.encode()), "a.txt")]}, 400, "exactly one of these"),
    ({"posting_id": "ml-engineer-senior"}, 400, "Choose the resumes"),
    ({"posting_id": "ml-engineer-senior", "min_score": "120", "resumes": [(io.BytesIO(ML.encode()), "a.txt")]},
     400, "from 0 to 100"),
    ({"posting_id": "gone", "resumes": [(io.BytesIO(ML.encode()), "a.txt")]}, 404, "no longer stored"),
    ({"posting_id": "ml-engineer-senior", "resumes": [(io.BytesIO(image_only_pdf()), "scan.pdf")]}, 422,
     "no resume could be read"),
])
def test_shortlist_errors_return_the_form(client, fields, status, message):
    response = client.post("/shortlist", data=fields, content_type="multipart/form-data")
    assert response.status_code == status
    html = unescape(response.get_data(as_text=True))
    assert 'role="alert"' in html and message in html and 'id="resumes"' in html


def test_shortlist_takes_more_than_one_upload_limit(engine, tmp_path):
    client = form_client(make_app(engine, tmp_path / "batch.sqlite3", MATCHER_MAX_UPLOAD_MB=0.05,
                                  MATCHER_MAX_BATCH_MB=0.5))
    padded = [upload(resume_pdf(f"{ML}\nReference {i}") + b" " * 40_000, f"{i}.pdf") for i in range(8)]
    from web import FORM_OVERHEAD

    assert sum(len(f[0].getvalue()) for f in padded) > 0.05 * 1024 * 1024 + FORM_OVERHEAD  # over a single upload
    response = client.post("/shortlist", data={"posting_id": "ml-engineer-senior", "resumes": padded},
                           content_type="multipart/form-data")
    assert response.status_code == 303
    assert len(shortlist_rows(client.get(response.headers["Location"]).get_data(as_text=True))) == 8
    too_much = client.post("/shortlist", data={"posting_id": "ml-engineer-senior", "resumes": [
        upload(b"x " * 400_000, "huge.txt")]}, content_type="multipart/form-data")
    assert too_much.status_code == 413 and "0.5 MB for all resumes" in too_much.get_data(as_text=True)


def test_the_site_forms_share_the_rate_limit(engine, tmp_path):
    client = form_client(make_app(engine, tmp_path / "limited.sqlite3", MATCHER_RATE_LIMIT="2/minute"))
    assert client.post("/match", data={"resume_text": ML}, content_type="multipart/form-data").status_code == 303
    assert client.post("/shortlist", data={"posting_id": "ml-engineer-senior", "resumes": [
        upload(ML.encode(), "a.txt")]}, content_type="multipart/form-data").status_code == 303
    over = client.post("/match", data={"resume_text": ML}, content_type="multipart/form-data")
    assert over.status_code == 429 and over.mimetype == "text/html"
    assert "Too many requests" in over.get_data(as_text=True) and int(over.headers["Retry-After"]) > 0
    assert client.get("/postings").status_code == 200


def test_results_page_shows_what_the_parser_saw(client):
    """A two-column PDF: the sections, each job with its dates, the degree, skills by section and
    the warnings with what to do, on the page after the upload."""
    from tests.documents import make_two_column_pdf

    data = make_two_column_pdf(
        ["Jane Doe - jane@example.com"],
        ["SKILLS", "Python, SQL, Tableau", "EDUCATION", "B.Sc. Statistics", "State University, 2018"],
        ["EXPERIENCE", "Data Analyst, Acme Corp", "May 2019 - Present", "- Built dashboards in Tableau",
         "Intern, Beta Ltd", "Jan 2018 - Apr 2019", "- Cleaned data with Python"])
    _location, html = submit(client, resume=upload(data, "two-columns.pdf"))
    view = html[html.index('id="parser-view"'):html.index('<ol class="results">')]
    assert "What the parser saw" in view
    assert 'data-code="two_columns"' in view and "What to do: Use a single-column layout" in view
    rows = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td>[^<]*</td>\s*<td>([^<]*)</td><td>([^<]*)</td>", view)
    assert rows == [("Data Analyst", "Acme Corp", "2019-05", "present"), ("Intern", "Beta Ltd", "2018-01", "2019-04")]
    assert "bachelor in Statistics, State University, 2018" in unescape(view)
    assert re.search(r"<dt>skills</dt><dd>[^<]*Python", view)


def test_a_job_dated_by_one_date_shows_its_end_as_not_stated(client):
    """"Trainee, Beta Ltd / June 2018": the resume gives one date, so the job has a start and no end; the
    parser's view says the end is not stated rather than that the job has no date."""
    text = ("Jane Doe\nEXPERIENCE\nData Analyst, Acme Corp\nMay 2019 - Present\n- Built dashboards in Tableau\n"
            "Trainee, Beta Ltd\nJune 2018\n- Cleaned data with Python\nEDUCATION\nB.Sc. Statistics, State University, 2018\n")
    _location, html = submit(client, resume_text=text)
    view = html[html.index('id="parser-view"'):html.index('<ol class="results">')]
    rows = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td>[^<]*</td>\s*<td>([^<]*)</td><td>([^<]*)</td>", view)
    assert rows == [("Data Analyst", "Acme Corp", "2019-05", "present"), ("Trainee", "Beta Ltd", "2018-06", "not stated")]


def test_clean_resume_says_nothing_would_trip(client):
    _location, html = submit(client, resume_text=ML)
    assert 'id="ats-clean"' in html or 'class="ats-warning"' in html
    assert 'id="parser-view"' in html


def test_report_shows_the_resume_next_to_the_posting_with_skills_marked(client):
    location, _html = submit(client, resume=upload(resume_pdf(ML), "okafor.pdf"))
    token = location.rsplit("/", 1)[1]
    report = client.get(f"/report/{token}/mlops-engineer").get_data(as_text=True)
    resume_side = report[report.index('id="resume-text"'):report.index('id="posting-text"')]
    posting_side = report[report.index('id="posting-text"'):]
    posting_side = posting_side[:posting_side.index("</pre>")]
    assert re.search(r'<mark class="matched">PyTorch</mark>', resume_side)
    assert '<mark class="matched">' in posting_side and '<mark class="missing">' in posting_side
    missing = re.findall(r'<mark class="missing">([^<]+)</mark>', posting_side)
    assert missing and "<script" not in report


def test_mark_spans_escapes_and_skips_overlaps():
    from web.pages import mark_spans

    marked = str(mark_spans("<b>Python</b> & SQL", [(3, 9, "matched"), (5, 7, "missing"), (16, 19, "missing")]))
    assert marked == '&lt;b&gt;<mark class="matched">Python</mark>&lt;/b&gt; &amp; <mark class="missing">SQL</mark>'
