"""The JSON API (/api/v1) through the Flask test client; every response is validated
against the OpenAPI document."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import subprocess
import sys

import pytest

from tests.conftest import AS_OF, POSTINGS, RESUMES, fixture_text
from web import create_app
from web.openapi import spec
from web.testing import OpenApiChecker, image_only_pdf, make_app, pdf_text, resume_docx, resume_pdf

ML = fixture_text("resume", "ml-engineer-pytorch")
TAX = fixture_text("resume", "tax-accountant-cpa")
JUNIOR = fixture_text("resume", "ml-engineer-junior")
MARKER = "Zanzibarquux"  # a word that must never show up in logs


# ---- fixtures ------------------------------------------------------------------------
@pytest.fixture(scope="session")
def app(engine, tmp_path_factory):
    return make_app(engine, tmp_path_factory.mktemp("api") / "matcher.sqlite3")


@pytest.fixture()
def fresh_app(engine, tmp_path):
    """An app of its own, for tests that change the postings."""
    return make_app(engine, tmp_path / "fresh.sqlite3")


@pytest.fixture(scope="session")
def checker() -> OpenApiChecker:
    return OpenApiChecker(spec())


class Api:
    """The test client, validating every response against the OpenAPI document."""

    def __init__(self, app, checker: OpenApiChecker):
        self.client = app.test_client()
        self.checker = checker

    def open(self, method: str, path: str, **kwargs):
        response = self.client.open(path, method=method, **kwargs)
        self.checker.check(method, path, response.status_code, response.content_type, response.get_data())
        if response.status_code >= 400:  # never an HTML error page
            assert response.is_json, response.get_data()[:200]
        return response

    def get(self, path, **kw):
        return self.open("GET", path, **kw)

    def post(self, path, **kw):
        return self.open("POST", path, **kw)

    def delete(self, path, **kw):
        return self.open("DELETE", path, **kw)


@pytest.fixture()
def api(app, checker) -> Api:
    return Api(app, checker)


@pytest.fixture()
def fresh_api(fresh_app, checker) -> Api:
    return Api(fresh_app, checker)


def upload(data: bytes, name: str):
    return io.BytesIO(data), name


def ids(response) -> list[str]:
    return [r["id"] for r in response.json["results"]]


def error_code(response) -> str:
    return response.json["error"]["code"]


# ---- the document ----------------------------------------------------------------------
def test_openapi_document_is_served_and_valid(api, app):
    from jsonschema import Draft202012Validator

    response = api.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json
    assert document == spec()
    assert document["openapi"].startswith("3.1")
    assert document["jsonSchemaDialect"] == "https://json-schema.org/draft/2020-12/schema"
    for schema in document["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)
    # Every API route is described and every described operation exists.
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/"):
            path = rule.rule[len("/api/v1"):].replace("<", "{").replace(">", "}")
            routes |= {(path, m.lower()) for m in rule.methods - {"HEAD", "OPTIONS"}}
    described = {(p, m) for p, item in document["paths"].items() for m in item if m in ("get", "post", "delete")}
    assert routes == described


def test_healthz(api, app):
    response = api.get("/api/v1/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "postings": 22, "scoring_version": response.json["scoring_version"]}
    root = app.test_client().get("/healthz")
    assert root.status_code == 200 and root.json["status"] == "ok"


# ---- /match ------------------------------------------------------------------------------
def test_match_text_ranks_the_ml_posting_first(api):
    response = api.post("/api/v1/match", json={"resume_text": ML, "top": 0})
    assert response.status_code == 200
    data = response.json
    assert data["direction"] == "postings"
    assert len(data["results"]) == 22
    order = ids(response)
    assert order[0] == "ml-engineer-senior"
    assert order.index("ml-engineer-senior") < order.index("tax-accountant")
    assert [r["rank"] for r in data["results"]] == list(range(1, 23))
    scores = [r["score"] for r in data["results"]]
    assert scores == sorted(scores, reverse=True)
    assert data["results"][0]["resume_id"] == "pasted-resume"
    assert "X-Report-Token" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"


def test_match_top_defaults_to_ten_and_is_checked(api):
    assert len(api.post("/api/v1/match", json={"resume_text": ML}).json["results"]) == 10
    assert len(api.post("/api/v1/match", json={"resume_text": ML, "top": 3}).json["results"]) == 3
    for bad in (-1, "three", 2.5, 10_000, True):
        response = api.post("/api/v1/match", json={"resume_text": ML, "top": bad})
        assert response.status_code == 400, bad
        assert error_code(response) == "bad_request"


def test_match_equals_matcher_rank_json(api):
    """The API answers with the very document ``matcher rank --format json`` prints."""
    path = RESUMES / "ml-engineer-pytorch.txt"
    cli = subprocess.run(
        [sys.executable, "-m", "matcher", "--as-of", AS_OF.isoformat(), "rank", "--resume", str(path),
         "--postings", str(POSTINGS), "--format", "json", "--top", "0"],
        capture_output=True, text=True, cwd=POSTINGS.parent.parent, timeout=120, check=True)
    expected = json.loads(cli.stdout)
    response = api.post("/api/v1/match", data={"resume": upload(path.read_bytes(), path.name), "top": "0"},
                        content_type="multipart/form-data")
    assert response.status_code == 200
    assert response.json == expected


def test_match_pdf_and_docx_uploads(api):
    pdf = resume_pdf(ML, pages=2)
    response = api.post("/api/v1/match", data={"resume": upload(pdf, "okafor-cv.pdf")},
                        content_type="multipart/form-data")
    assert response.status_code == 200, response.json
    assert ids(response)[0] == "ml-engineer-senior"
    assert response.json["results"][0]["resume_id"] == "okafor-cv"
    docx = resume_docx(TAX)
    response = api.post("/api/v1/match", data={"resume": upload(docx, "tax.docx"), "top": "3"},
                        content_type="multipart/form-data")
    assert response.status_code == 200, response.json
    assert ids(response)[0] == "tax-accountant"


def test_match_against_postings_in_the_request(api):
    postings = [
        {"id": "ml", "title": "ML Engineer", "company": "Acme", "text": (POSTINGS / "ml-engineer-senior.txt").read_text()},
        {"id": "tax", "text": (POSTINGS / "tax-accountant.txt").read_text()},
    ]
    response = api.post("/api/v1/match", json={"resume_text": ML, "postings": postings})
    assert response.status_code == 200
    assert ids(response) == ["ml", "tax"]
    assert response.json["results"][0]["company"] == "Acme"
    assert response.json["results"][0]["title"] == "ML Engineer"
    # As a multipart field holding JSON, with plain strings.
    response = api.post("/api/v1/match", data={"resume_text": TAX, "postings": json.dumps([p["text"] for p in postings])},
                        content_type="multipart/form-data")
    assert response.status_code == 200
    assert ids(response) == ["posting-2", "posting-1"]
    for bad in ([], [{"title": "no text"}], "not json", [{"id": "a", "text": "x y"}, {"id": "a", "text": "y z"}]):
        response = api.post("/api/v1/match", json={"resume_text": ML, "postings": bad})
        assert response.status_code == 400, bad


@pytest.mark.parametrize(("kwargs", "status", "code"), [
    ({"json": {}}, 400, "bad_request"),
    ({"json": {"resume_text": 42}}, 400, "bad_request"),
    ({"json": ["resume"]}, 400, "bad_request"),
    ({"data": b"{not json", "content_type": "application/json"}, 400, "bad_request"),
    ({"data": b"resume", "content_type": "text/plain"}, 415, "unsupported_media_type"),
    ({"json": {"resume_text": "   "}}, 422, "empty"),
])
def test_match_bad_requests(api, kwargs, status, code):
    response = api.post("/api/v1/match", **kwargs)
    assert response.status_code == status
    assert error_code(response) == code
    assert "Traceback" not in response.get_data(as_text=True)


@pytest.mark.parametrize(("data", "name", "status", "code"), [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "photo.png", 415, "unsupported_type"),
    (b"just some words, not a PDF at all", "resume.pdf", 415, "unsupported_type"),
    (b"\xd0\xcf\x11\xe0" + b"\x00" * 64, "resume.doc", 415, "unsupported_type"),
    (b"%PDF-1.7\n% broken beyond repair\n", "broken.pdf", 422, "unreadable"),
    (b"", "empty.txt", 422, "empty"),
])
def test_match_unusable_files(api, data, name, status, code):
    response = api.post("/api/v1/match", data={"resume": upload(data, name)}, content_type="multipart/form-data")
    assert response.status_code == status, response.json
    assert error_code(response) == code


def test_match_pdf_without_text_layer_is_422(api):
    response = api.post("/api/v1/match", data={"resume": upload(image_only_pdf(), "scan.pdf")},
                        content_type="multipart/form-data")
    assert response.status_code == 422
    assert error_code(response) == "no_text_layer"
    assert "text layer" in response.json["error"]["message"]


def test_match_file_and_text_together_is_400(api):
    response = api.post("/api/v1/match", data={"resume": upload(ML.encode(), "a.txt"), "resume_text": ML},
                        content_type="multipart/form-data")
    assert response.status_code == 400


def test_upload_limit_is_413(engine, tmp_path, checker):
    small = Api(make_app(engine, tmp_path / "small.sqlite3", MATCHER_MAX_UPLOAD_MB=0.05), checker)
    limit = int(0.05 * 1024 * 1024)
    # Over the request limit: refused before the body is parsed.
    response = small.post("/api/v1/match", data={"resume": upload(b"a " * limit * 4, "big.txt")},
                          content_type="multipart/form-data")
    assert response.status_code == 413
    assert error_code(response) == "too_large"
    assert "0.05 MB" in response.json["error"]["message"]
    # Within the request allowance but over the file limit: refused by intake.
    response = small.post("/api/v1/match", data={"resume": upload(b"a " * (limit // 2 + 100), "big.txt")},
                          content_type="multipart/form-data")
    assert response.status_code == 413
    assert error_code(response) == "too_large"
    response = small.post("/api/v1/match", json={"resume_text": "python " * (limit // 7 + 10)})
    assert response.status_code == 413


def test_default_upload_limit_is_10_mb(app):
    assert app.config["MATCHER_MAX_UPLOAD_BYTES"] == 10 * 1024 * 1024


# ---- /score ------------------------------------------------------------------------------
def test_score_a_stored_posting(api):
    response = api.post("/api/v1/score", json={"resume_text": ML, "posting_id": "mlops-engineer"})
    assert response.status_code == 200
    [result] = response.json["results"]
    ranked = {r["id"]: r for r in api.post("/api/v1/match", json={"resume_text": ML, "top": 0}).json["results"]}
    assert result["score"] == ranked["mlops-engineer"]["score"]
    assert result["missing_required"] == ranked["mlops-engineer"]["missing_required"]
    assert set(result["breakdown"]) == {"skills", "text", "title", "seniority", "experience", "education"}
    assert result["missing_required"], "the ML resume lacks some required MLOps skills"
    assert response.json["advice"]
    assert any(tip.startswith("Required:") for tip in response.json["advice"])


def test_score_a_posting_text_or_file(api):
    text = (POSTINGS / "tax-accountant.txt").read_text()
    by_text = api.post("/api/v1/score", json={"resume_text": TAX, "posting_text": text, "posting_title": "Tax role"})
    assert by_text.status_code == 200
    assert by_text.json["results"][0]["title"] == "Tax role"
    by_file = api.post("/api/v1/score", data={"resume": upload(resume_pdf(TAX), "tax.pdf"),
                                              "posting": upload(text.encode(), "tax-role.txt")},
                       content_type="multipart/form-data")
    assert by_file.status_code == 200
    assert by_file.json["results"][0]["posting_id"] == "tax-role"
    assert by_file.json["results"][0]["score"] > 60


def test_score_errors(api):
    assert api.post("/api/v1/score", json={"resume_text": ML, "posting_id": "nope"}).status_code == 404
    assert api.post("/api/v1/score", json={"resume_text": ML}).status_code == 400
    both = api.post("/api/v1/score", json={"resume_text": ML, "posting_id": "tax-accountant", "posting_text": "x"})
    assert both.status_code == 400


# ---- /rank-resumes --------------------------------------------------------------------------
def test_rank_resumes_json(api):
    response = api.post("/api/v1/rank-resumes", json={
        "posting_id": "ml-engineer-senior",
        "resumes": [{"id": "tax", "text": TAX}, {"id": "senior", "text": ML}, JUNIOR]})
    assert response.status_code == 200
    assert response.json["direction"] == "resumes"
    order = ids(response)
    assert order[0] == "senior"
    assert order[-1] == "tax"
    assert set(order) == {"tax", "senior", "resume-3"}
    assert all(r["posting_id"] == "ml-engineer-senior" for r in response.json["results"])


def test_rank_resumes_files(api):
    response = api.post("/api/v1/rank-resumes", data={
        "posting_id": "tax-accountant",
        "resumes": [upload(resume_pdf(ML), "ml.pdf"), upload(resume_docx(TAX), "cpa.docx")],
        "resume_texts": [JUNIOR], "top": "2"}, content_type="multipart/form-data")
    assert response.status_code == 200, response.json
    assert ids(response) == ["cpa", response.json["results"][1]["id"]]
    assert len(response.json["results"]) == 2


def test_rank_resumes_errors(api):
    assert api.post("/api/v1/rank-resumes", json={"posting_id": "ml-engineer-senior"}).status_code == 400
    assert api.post("/api/v1/rank-resumes", json={"posting_id": "ml-engineer-senior", "resumes": "x"}).status_code == 400
    assert api.post("/api/v1/rank-resumes", json={"posting_id": "gone", "resumes": [ML]}).status_code == 404
    many = api.post("/api/v1/rank-resumes", json={"posting_id": "ml-engineer-senior", "resumes": [ML] * 51})
    assert many.status_code == 400


# ---- /skills --------------------------------------------------------------------------------
def test_skills_of_text_and_file(api):
    response = api.post("/api/v1/skills", json={"text": ML})
    assert response.status_code == 200
    profile = response.json["profile"]
    assert profile["kind"] == "resume"
    assert "pytorch" in {s["id"] for s in profile["skills"]}
    assert "text" not in profile
    posting = api.post("/api/v1/skills", data={"kind": "posting", "file": upload(
        (POSTINGS / "tax-accountant.txt").read_bytes(), "tax-accountant.txt")}, content_type="multipart/form-data")
    assert posting.status_code == 200
    assert posting.json["profile"]["kind"] == "posting"
    assert posting.json["profile"]["id"] == "tax-accountant"
    assert any(s["level"] == "required" for s in posting.json["profile"]["skills"])
    assert api.post("/api/v1/skills", json={"text": ML, "kind": "cv"}).status_code == 400
    assert api.post("/api/v1/skills", json={}).status_code == 400


# ---- /report -----------------------------------------------------------------------------
def test_report_post_in_every_format(api):
    request = {"resume_text": ML, "posting_id": "mlops-engineer"}
    as_json = api.post("/api/v1/report", json=request)
    assert as_json.status_code == 200
    assert as_json.json["posting"]["id"] == "mlops-engineer"
    assert as_json.json["missing_required"]
    missing = as_json.json["missing_required"][0]["name"]

    as_csv = api.post("/api/v1/report", json={**request, "format": "csv"})
    assert as_csv.status_code == 200
    assert as_csv.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in as_csv.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(as_csv.get_data(as_text=True))))
    assert rows[0][:5] == ["# gap report", "resume", "pasted-resume", "posting", "mlops-engineer"]
    assert any(r[0] == "Missing: required" and r[1] == missing for r in rows)

    as_md = api.post("/api/v1/report", json={**request, "format": "md"})
    assert as_md.get_data(as_text=True).startswith("# Gap report")
    as_html = api.post("/api/v1/report", json={**request, "format": "html"})
    assert as_html.headers["Content-Type"].startswith("text/html")
    assert "<h1>Gap report" in as_html.get_data(as_text=True)

    as_pdf = api.post("/api/v1/report", data={"resume": upload(resume_pdf(ML), "ml.pdf"),
                                              "posting_id": "mlops-engineer", "format": "pdf"},
                      content_type="multipart/form-data")
    assert as_pdf.status_code == 200
    assert as_pdf.headers["Content-Type"] == "application/pdf"
    assert as_pdf.data.startswith(b"%PDF")
    text = pdf_text(as_pdf.data)
    assert "Gap report" in text
    assert "Missing: required" in text

    bad = api.post("/api/v1/report", json={**request, "format": "docx"})
    assert bad.status_code == 400


def test_report_get_with_a_token(api):
    match = api.post("/api/v1/match", json={"resume_text": ML, "top": 5, "report_token": True})
    token = match.headers["X-Report-Token"]
    posting_id = match.json["results"][1]["id"]
    response = api.get(f"/api/v1/report?token={token}&posting_id={posting_id}&format=csv")
    assert response.status_code == 200
    assert posting_id in response.get_data(as_text=True)
    as_json = api.get(f"/api/v1/report?token={token}&posting_id={posting_id}")
    assert as_json.json["score"] == match.json["results"][1]["score"]
    assert api.get(f"/api/v1/report?token=nope&posting_id={posting_id}").status_code == 404
    assert api.get(f"/api/v1/report?token={token}&posting_id=nope").status_code == 404
    assert api.get(f"/api/v1/report?token={token}").status_code == 400
    assert api.get(f"/api/v1/report?token={token}&posting_id={posting_id}&format=xls").status_code == 400
    # /score with a pasted posting gives a token for that posting too.
    scored = api.post("/api/v1/score", json={"resume_text": TAX, "report_token": "true",
                                             "posting_text": (POSTINGS / "tax-accountant.txt").read_text()})
    token = scored.headers["X-Report-Token"]
    assert api.get(f"/api/v1/report?token={token}&posting_id=posting&format=md").status_code == 200


# ---- /postings -----------------------------------------------------------------------------
def test_postings_list_and_get(api):
    listing = api.get("/api/v1/postings")
    assert listing.status_code == 200
    assert listing.json["count"] == 22
    first = listing.json["postings"][0]
    assert "text" not in first and first["title"]
    one = api.get(f"/api/v1/postings/{first['id']}")
    assert one.status_code == 200
    assert one.json["text"] and one.json["id"] == first["id"]
    assert api.get("/api/v1/postings/no-such-posting").status_code == 404


def test_postings_add_match_and_delete(fresh_api):
    api = fresh_api
    text = "Quantum Widget Engineer\n\nRequirements\n- 3+ years of Rust and Kubernetes\n- Experience with PostgreSQL\n"
    created = api.post("/api/v1/postings", json={"title": "Quantum Widget Engineer", "company": "Acme", "text": text})
    assert created.status_code == 201, created.json
    posting_id = created.json["id"]
    assert posting_id == "quantum-widget-engineer"
    assert created.headers["Location"].endswith(f"/api/v1/postings/{posting_id}")
    assert api.get("/api/v1/postings").json["count"] == 23
    assert api.get("/api/v1/healthz").json["postings"] == 23
    ranked = api.post("/api/v1/match", json={"resume_text": ML, "top": 0})
    assert posting_id in ids(ranked)
    again = api.post("/api/v1/postings", json={"id": posting_id, "text": text})
    assert again.status_code == 409
    assert error_code(again) == "conflict"
    assert api.post("/api/v1/postings", json={"id": "../etc/passwd", "text": text}).status_code == 400
    assert api.post("/api/v1/postings", json={"title": "No text"}).status_code == 400
    by_file = api.post("/api/v1/postings", data={"id": "from-docx", "file": upload(resume_docx(text), "p.docx")},
                       content_type="multipart/form-data")
    assert by_file.status_code == 201
    assert by_file.json["title"] == "Quantum Widget Engineer"
    assert api.delete(f"/api/v1/postings/{posting_id}").status_code == 204
    assert api.delete(f"/api/v1/postings/{posting_id}").status_code == 404
    assert api.get(f"/api/v1/postings/{posting_id}").status_code == 404
    assert posting_id not in ids(api.post("/api/v1/match", json={"resume_text": ML, "top": 0}))


# ---- errors, privacy and configuration -------------------------------------------------------
def test_unknown_paths_and_methods_are_json(api):
    response = api.client.get("/api/v1/nothing-here")  # not a described path, so not validated
    assert response.status_code == 404
    assert response.is_json and error_code(response) == "not_found"
    response = api.get("/api/v1/match")
    assert response.status_code == 405
    assert error_code(response) == "method_not_allowed"
    assert "POST" in response.headers["Allow"]


def test_unexpected_errors_are_json_and_logged_without_text(api, monkeypatch, caplog):
    from web.service import Scoring

    def explode(self, resume, top):
        raise RuntimeError(f"boom while reading {resume.text[:40]}")

    monkeypatch.setattr(Scoring, "rank_postings", explode)
    caplog.set_level(logging.INFO)
    response = api.post("/api/v1/match", json={"resume_text": f"{MARKER}\n{ML}"})
    assert response.status_code == 500
    assert response.json == {"error": {"code": "internal_error",
                                       "message": "the server could not handle this request; it has been logged"}}
    assert "RuntimeError" in caplog.text
    assert MARKER not in caplog.text
    assert "Traceback" not in response.get_data(as_text=True)


def test_uploads_are_not_stored_or_logged(app, api, caplog):
    caplog.set_level(logging.DEBUG)
    before = app.extensions["matcher"].store.upload_count()
    api.post("/api/v1/match", json={"resume_text": f"{MARKER}\n{ML}"})
    api.post("/api/v1/match", data={"resume": upload(f"{MARKER}\n{ML}".encode(), f"{MARKER}.txt")},
             content_type="multipart/form-data")
    assert app.extensions["matcher"].store.upload_count() == before == 0
    assert "POST /api/v1/match 200" in caplog.text
    assert MARKER not in caplog.text


def test_operator_can_keep_uploads(engine, tmp_path, checker):
    app = make_app(engine, tmp_path / "keep.sqlite3", MATCHER_STORE_UPLOADS="1")
    Api(app, checker).post("/api/v1/match", json={"resume_text": ML})
    assert app.extensions["matcher"].store.upload_count() == 1


def test_environment_configuration(engine, tmp_path, monkeypatch):
    jsonl = tmp_path / "postings.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in [
        {"id": "ml", "title": "ML Engineer", "company": "Acme", "text": (POSTINGS / "ml-engineer-senior.txt").read_text()},
        {"id": "tax", "title": "Tax Accountant", "text": (POSTINGS / "tax-accountant.txt").read_text()},
    ]))
    monkeypatch.setenv("MATCHER_DB", str(tmp_path / "env.sqlite3"))
    monkeypatch.setenv("MATCHER_POSTINGS", str(jsonl))
    monkeypatch.setenv("MATCHER_MAX_UPLOAD_MB", "2")
    monkeypatch.setenv("MATCHER_STORE_UPLOADS", "yes")
    monkeypatch.setenv("MATCHER_AS_OF", "2026-11")
    app = create_app({"MATCHER_ENGINE": engine})
    assert app.config["MATCHER_MAX_UPLOAD_BYTES"] == 2 * 1024 * 1024
    assert app.config["MATCHER_STORE_UPLOADS"] is True
    assert app.config["MATCHER_AS_OF"] == dt.date(2026, 11, 1)
    store = app.extensions["matcher"].store
    assert store.path == str(tmp_path / "env.sqlite3")
    assert [p["id"] for p in store.postings()] == ["ml", "tax"]  # imported instead of the built-in postings
    # The factory's config wins over the environment; a second start does not re-seed.
    monkeypatch.delenv("MATCHER_POSTINGS")
    again = create_app({"MATCHER_ENGINE": engine, "MATCHER_MAX_UPLOAD_MB": 1})
    assert again.config["MATCHER_MAX_UPLOAD_BYTES"] == 1024 * 1024
    assert [p["id"] for p in again.extensions["matcher"].store.postings()] == ["ml", "tax"]


def test_csv_import_and_an_empty_store(engine, tmp_path, checker):
    table = tmp_path / "postings.csv"
    with table.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "company", "text"])
        writer.writerow(["tax", "Tax Accountant", "Ledger & Co", (POSTINGS / "tax-accountant.txt").read_text()])
    app = make_app(engine, tmp_path / "csv.sqlite3", MATCHER_POSTINGS=str(table))
    result = Api(app, checker).post("/api/v1/match", json={"resume_text": TAX}).json["results"]
    assert [(r["id"], r["company"]) for r in result] == [("tax", "Ledger & Co")]
    empty = Api(make_app(engine, tmp_path / "empty.sqlite3", MATCHER_SEED=""), checker)
    assert empty.get("/api/v1/postings").json == {"count": 0, "postings": []}
    assert empty.post("/api/v1/match", json={"resume_text": ML}).json["results"] == []


def test_zz_every_operation_was_validated(checker):
    """Runs last: every operation of the document was exercised and validated above."""
    operations = {(m.upper(), p) for p, item in checker.spec["paths"].items() for m in item
                  if m in ("get", "post", "delete")}
    seen = {(m, p) for m, p, _status in checker.seen}
    if len(seen) < 5:
        pytest.skip("run with the whole module")
    assert operations <= seen, operations - seen


def test_a_custom_taxonomy_reaches_the_served_app(tmp_path):
    """``matcher serve --taxonomy FILE`` goes through web.server.make_server: a skill only the custom
    file knows is found by the API."""
    from web.server import make_server

    custom = tmp_path / "custom.jsonl"
    custom.write_text(json.dumps({"id": "quuxlang", "name": "Quuxlang", "aliases": ["Quux language"],
                                  "category": "programming_languages"}) + "\n")
    server, app = make_server(port=0, db=str(tmp_path / "m.sqlite3"), taxonomy=[str(custom)], as_of=AS_OF,
                              config={"MATCHER_SEED": "", "MATCHER_ISOLATE": False})
    try:
        response = app.test_client().post("/api/v1/skills", json={"text": "Five years of Quuxlang and SQL."})
        ids = {s["id"] for s in response.get_json()["profile"]["skills"]}
        assert {"quuxlang", "sql"} <= ids
    finally:
        server.close()
