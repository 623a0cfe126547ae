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

from matcher.scoring import COMPONENTS
from tests.conftest import AS_OF, POSTINGS, RESUMES, fixture_text
from web import create_app
from web.openapi import spec
from web.testing import OpenApiChecker, image_only_pdf, make_app, pdf_text, resume_docx, resume_pdf

ML = fixture_text("resume", "ml-engineer-pytorch")
TAX = fixture_text("resume", "tax-accountant-cpa")
JUNIOR = fixture_text("resume", "ml-engineer-junior")
MARKER = "Zanzibarquux"  # a word that must never show up in logs
TOKEN = "test-admin-token-" + "Qx7" * 8  # the fresh apps' admin token
ADMIN = {"Authorization": f"Bearer {TOKEN}"}


# ---- fixtures ------------------------------------------------------------------------
@pytest.fixture(scope="session")
def app(engine, tmp_path_factory):
    return make_app(engine, tmp_path_factory.mktemp("api") / "matcher.sqlite3")


@pytest.fixture()
def fresh_app(engine, tmp_path):
    """An app of its own with an admin token, for tests that change the postings."""
    return make_app(engine, tmp_path / "fresh.sqlite3", MATCHER_ADMIN_TOKEN=TOKEN)


@pytest.fixture(scope="session")
def checker(app) -> OpenApiChecker:
    with app.app_context():
        return OpenApiChecker(spec())


class Api:
    """The test client, validating every response against the OpenAPI document."""

    def __init__(self, app, checker: OpenApiChecker, headers: dict | None = None):
        self.client = app.test_client()
        self.checker = checker
        self.headers = headers or {}

    def open(self, method: str, path: str, **kwargs):
        kwargs["headers"] = {**self.headers, **kwargs.get("headers", {})}
        response = self.client.open(path, method=method, **kwargs)
        self.checker.check(method, path, response.status_code, response.content_type, response.get_data())
        if response.status_code >= 400:  # never an HTML error page
            assert response.is_json, response.get_data()[:200]
        return response

    def get(self, path, **kw):
        return self.open("GET", path, **kw)

    def post(self, path, **kw):
        return self.open("POST", path, **kw)

    def put(self, path, **kw):
        return self.open("PUT", path, **kw)

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
    with app.app_context():
        assert document == spec()
    assert document["openapi"].startswith("3.1")
    assert document["jsonSchemaDialect"] == "https://json-schema.org/draft/2020-12/schema"
    for schema in document["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)
    # Every API route is described and every described operation exists.
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/"):
            path = rule.rule.replace("<", "{").replace(">", "}")
            routes |= {(path, m.lower()) for m in rule.methods - {"HEAD", "OPTIONS"}}
    described = {(p, m) for p, item in document["paths"].items() for m in item
                 if m in ("get", "post", "put", "delete")}
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
    assert set(result["breakdown"]) == set(COMPONENTS)
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
    api.headers = ADMIN
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
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "web.access"]
    assert {"method": "POST", "route": "/api/v1/match", "status": 200} in [
        {k: line[k] for k in ("method", "route", "status")} for line in lines]
    assert all(set(line) == {"event", "id", "method", "route", "status", "ms", "bytes", "client"} for line in lines)
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


# ---- access control on writes ------------------------------------------------------------------
QUANTUM = "Quantum Widget Engineer\n\nRequirements\n- 3+ years of Rust and Kubernetes\n- Experience with PostgreSQL\n"


def test_writes_are_off_without_a_configured_token(api):
    before = api.get("/api/v1/postings").json["count"]
    for method, path, kwargs in (("POST", "/api/v1/postings", {"json": {"text": QUANTUM}}),
                                 ("PUT", "/api/v1/postings/quantum", {"json": {"text": QUANTUM}}),
                                 ("POST", "/api/v1/postings/import", {"json": {"postings": [{"text": QUANTUM}]}}),
                                 ("DELETE", "/api/v1/postings/tax-accountant", {})):
        response = api.open(method, path, **kwargs)
        assert response.status_code == 403, (method, path)
        assert error_code(response) == "writes_disabled"
        assert "MATCHER_ADMIN_TOKEN" in response.json["error"]["message"]
        assert "--admin-token-file" in response.json["error"]["message"]
    assert api.get("/api/v1/postings").json["count"] == before
    # Reading and matching stay open.
    assert api.get("/api/v1/postings/tax-accountant").status_code == 200
    assert api.post("/api/v1/match", json={"resume_text": TAX, "top": 1}).status_code == 200


def test_writes_need_the_right_bearer_token(fresh_api, caplog):
    caplog.set_level(logging.DEBUG)
    api = fresh_api
    before = api.get("/api/v1/postings").json["count"]
    body = {"json": {"id": "quantum", "text": QUANTUM}}
    missing = api.post("/api/v1/postings", **body)
    assert missing.status_code == 401 and error_code(missing) == "unauthorized"
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    for header in (f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}", "Bearer short", f"Basic {TOKEN}", TOKEN):
        wrong = api.post("/api/v1/postings", headers={"Authorization": header}, **body)
        assert wrong.status_code == 401, header
        assert error_code(wrong) in ("invalid_token", "unauthorized")
    assert api.delete("/api/v1/postings/tax-accountant", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert api.get("/api/v1/postings").json["count"] == before
    created = api.post("/api/v1/postings", headers=ADMIN, **body)
    assert created.status_code == 201
    assert api.get("/api/v1/postings").json["count"] == before + 1
    assert api.delete("/api/v1/postings/quantum", headers=ADMIN).status_code == 204
    assert TOKEN not in caplog.text and TOKEN[:20] not in caplog.text


def test_a_short_or_unreadable_token_stops_the_start(engine, tmp_path):
    from web.errors import ConfigError

    with pytest.raises(ConfigError, match="at least 16 characters"):
        make_app(engine, tmp_path / "a.sqlite3", MATCHER_ADMIN_TOKEN="secret")
    with pytest.raises(ConfigError, match="cannot read the admin token file"):
        make_app(engine, tmp_path / "b.sqlite3", MATCHER_ADMIN_TOKEN_FILE=str(tmp_path / "missing"))
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    app = make_app(engine, tmp_path / "c.sqlite3", MATCHER_ADMIN_TOKEN_FILE=str(token_file))
    client = app.test_client()
    assert client.delete("/api/v1/postings/tax-accountant", headers=ADMIN).status_code == 204


def test_put_replaces_or_creates_a_posting(fresh_api):
    api = fresh_api
    api.headers = ADMIN
    created = api.put("/api/v1/postings/quantum", json={"title": "Quantum Widget Engineer", "text": QUANTUM})
    assert created.status_code == 201
    assert created.headers["Location"].endswith("/api/v1/postings/quantum")
    changed = api.put("/api/v1/postings/quantum", json={"title": "Quantum Widget Lead", "company": "Acme",
                                                        "text": QUANTUM + "- Leads a team of four\n"})
    assert changed.status_code == 200
    stored = api.get("/api/v1/postings/quantum").json
    assert (stored["title"], stored["company"]) == ("Quantum Widget Lead", "Acme")
    assert "Leads a team" in stored["text"]
    ranked = api.post("/api/v1/match", json={"resume_text": ML, "top": 0}).json["results"]
    assert next(r for r in ranked if r["id"] == "quantum")["title"] == "Quantum Widget Lead"
    assert api.put("/api/v1/postings/quantum", json={"id": "other", "text": QUANTUM}).status_code == 400
    assert api.put("/api/v1/postings/quantum", json={"title": "no text"}).status_code == 400


def test_import_postings_as_json_jsonl_and_csv(fresh_api):
    api = fresh_api
    api.headers = ADMIN
    before = api.get("/api/v1/postings").json["count"]
    tax = (POSTINGS / "tax-accountant.txt").read_text()
    as_json = api.post("/api/v1/postings/import", json={"postings": [
        {"id": "quantum", "title": "Quantum Widget Engineer", "text": QUANTUM},
        {"title": "Payroll Tax Specialist", "company": "Ledger & Co", "text": tax}]})
    assert as_json.status_code == 200
    assert as_json.json["imported"] == 2
    assert {p["id"] for p in as_json.json["postings"]} == {"quantum", "payroll-tax-specialist"}
    jsonl = "\n".join(json.dumps(r) for r in [{"id": "quantum", "title": "Quantum Lead", "text": QUANTUM},
                                             {"id": "bakery", "title": "Bakery Analyst", "text": "SQL and Tableau"}])
    as_file = api.post("/api/v1/postings/import", data={"file": upload(jsonl.encode(), "more.jsonl")},
                       content_type="multipart/form-data")
    assert as_file.status_code == 200 and as_file.json["imported"] == 2
    table = io.StringIO()
    csv.writer(table).writerows([["id", "title", "company", "text"], ["cpa", "CPA", "Books Inc", tax]])
    as_csv = api.post("/api/v1/postings/import", data={"file": upload(table.getvalue().encode(), "p.csv")},
                      content_type="multipart/form-data")
    assert as_csv.status_code == 200 and [p["id"] for p in as_csv.json["postings"]] == ["cpa"]
    listing = api.get("/api/v1/postings").json
    assert listing["count"] == before + 4  # quantum was replaced, not added twice
    assert next(p for p in listing["postings"] if p["id"] == "quantum")["title"] == "Quantum Lead"
    assert "cpa" in ids(api.post("/api/v1/match", json={"resume_text": TAX, "top": 0}))
    bad_type = api.post("/api/v1/postings/import", data={"file": upload(b"text", "p.txt")},
                        content_type="multipart/form-data")
    assert bad_type.status_code == 415
    assert api.post("/api/v1/postings/import", json={"postings": []}).status_code == 400


# ---- readiness ---------------------------------------------------------------------------------
def test_readiness(api, app, engine, tmp_path, checker):
    ready = api.get("/api/v1/readyz")
    assert ready.status_code == 200
    assert ready.json["status"] == "ready"
    assert ready.json["checks"]["database"] == "ok" and ready.json["checks"]["index"] == "ok"
    assert app.test_client().get("/readyz").json == ready.json
    # A database that cannot be opened any more (its file replaced by a folder): 503, so traffic goes elsewhere.
    db = tmp_path / "gone.sqlite3"
    broken = Api(make_app(engine, db), checker)
    db.unlink()
    db.mkdir()
    response = broken.get("/api/v1/readyz")
    assert response.status_code == 503
    assert response.json["status"] == "not_ready"
    assert response.json["checks"]["database"] != "ok"
    assert broken.get("/api/v1/healthz").status_code == 200  # alive, just not ready


# ---- rate limits ---------------------------------------------------------------------------------
def test_a_burst_over_the_rate_limit_gets_429(engine, tmp_path, checker):
    app = make_app(engine, tmp_path / "limited.sqlite3", MATCHER_RATE_LIMIT="3/minute")
    api = Api(app, checker)
    for _ in range(2):
        assert api.post("/api/v1/match", json={"resume_text": ML, "top": 1}).status_code == 200
    assert api.post("/api/v1/skills", json={"text": ML}).status_code == 200  # one budget for every parsing route
    over = api.post("/api/v1/match", json={"resume_text": ML, "top": 1})
    assert over.status_code == 429
    assert error_code(over) == "rate_limited"
    assert "3 per 1 minute" in over.json["error"]["message"]
    assert 0 < int(over.headers["Retry-After"]) <= 60
    assert api.post("/api/v1/skills", json={"text": ML}).status_code == 429
    # Reading is not limited; another client address has its own budget.
    assert api.get("/api/v1/postings").status_code == 200
    assert api.get("/api/v1/healthz").status_code == 200
    other = api.post("/api/v1/match", json={"resume_text": ML, "top": 1}, environ_base={"REMOTE_ADDR": "10.0.0.7"})
    assert other.status_code == 200


def test_forwarded_addresses_count_only_behind_a_proxy(engine, tmp_path):
    def burst(app, addresses):
        client = app.test_client()
        return [client.post("/api/v1/skills", json={"text": "Python"}, headers={"X-Forwarded-For": a}).status_code
                for a in addresses]

    direct = make_app(engine, tmp_path / "direct.sqlite3", MATCHER_RATE_LIMIT="2/minute")
    assert burst(direct, ["1.1.1.1", "2.2.2.2", "3.3.3.3"]) == [200, 200, 429]  # the header is ignored
    proxied = make_app(engine, tmp_path / "proxied.sqlite3", MATCHER_RATE_LIMIT="2/minute", MATCHER_PROXIES=1)
    assert burst(proxied, ["1.1.1.1", "2.2.2.2", "3.3.3.3", "1.1.1.1", "1.1.1.1"]) == [200, 200, 200, 200, 429]


def test_bad_rate_limit_settings_stop_the_start(engine, tmp_path):
    from web.errors import ConfigError

    with pytest.raises(ConfigError, match="MATCHER_RATE_LIMIT"):
        make_app(engine, tmp_path / "x.sqlite3", MATCHER_RATE_LIMIT="lots")


# ---- shortlists: /rank-resumes with cutoffs, exports, archives ------------------------------------
def resume_file(name: str) -> str:
    return (RESUMES / f"{name}.txt").read_text()


def shortlist_files() -> dict:
    """Five resumes for the ML posting: three good candidates, one duplicate (same CV as DOCX), a scan."""
    return {"resumes": [upload(resume_pdf(ML), "okafor.pdf"), upload(resume_docx(ML), "okafor-copy.docx"),
                        upload(JUNIOR.encode(), "junior.txt"), upload(TAX.encode(), "cpa.txt"),
                        upload(image_only_pdf(), "scan.pdf")]}


def test_rank_resumes_lists_duplicates_and_unreadable_files(api):
    response = api.post("/api/v1/rank-resumes", data={"posting_id": "ml-engineer-senior", "top": "0",
                                                      **shortlist_files()}, content_type="multipart/form-data")
    assert response.status_code == 200, response.json
    data = response.json
    assert ids(response) == ["okafor", "junior", "cpa"]
    assert (data["received"], data["ranked"], data["below_cutoff"]) == (5, 3, 0)
    skipped = {s["file"]: s for s in data["skipped"]}
    assert skipped["okafor-copy.docx"]["code"] == "duplicate"
    assert skipped["okafor-copy.docx"]["duplicate_of"] == "okafor"
    assert skipped["scan.pdf"]["code"] == "no_text_layer" and "text layer" in skipped["scan.pdf"]["reason"]


def test_rank_resumes_cutoff(api):
    everyone = api.post("/api/v1/rank-resumes", json={"posting_id": "ml-engineer-senior", "top": 0, "resumes": [
        {"id": "senior", "text": ML}, {"id": "junior", "text": JUNIOR}, {"id": "cpa", "text": TAX}]}).json
    scores = {r["id"]: r["score"] for r in everyone["results"]}
    threshold = (scores["junior"] + scores["cpa"]) / 2
    cut = api.post("/api/v1/rank-resumes", json={"posting_id": "ml-engineer-senior", "min_score": threshold,
                                                 "resumes": [{"id": "senior", "text": ML}, {"id": "junior", "text": JUNIOR},
                                                             {"id": "cpa", "text": TAX}]}).json
    assert [r["id"] for r in cut["results"]] == ["senior", "junior"]
    assert (cut["ranked"], cut["below_cutoff"]) == (3, 1)
    top1 = api.post("/api/v1/rank-resumes", json={"posting_id": "ml-engineer-senior", "top": 1, "resumes": [TAX, ML]}).json
    assert [r["id"] for r in top1["results"]] == ["resume-2"] and top1["below_cutoff"] == 1
    for bad in (-1, 101, "high", True):
        assert api.post("/api/v1/rank-resumes", json={"posting_id": "ml-engineer-senior", "min_score": bad,
                                                      "resumes": [ML]}).status_code == 400, bad


def test_rank_resumes_as_csv_and_xlsx(api):
    from openpyxl import load_workbook

    from web.shortlist import COLUMNS

    fields = {"posting_id": "ml-engineer-senior", "top": "0"}
    as_json = api.post("/api/v1/rank-resumes", data={**fields, **shortlist_files()},
                       content_type="multipart/form-data").json
    response = api.post("/api/v1/rank-resumes", data={**fields, "format": "csv", **shortlist_files()},
                        content_type="multipart/form-data")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == 'attachment; filename="shortlist-ml-engineer-senior.csv"'
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert tuple(rows[0]) == COLUMNS
    ranked = [r for r in rows if r["status"] == "ranked"]
    assert [r["resume"] for r in ranked] == [r["id"] for r in as_json["results"]]
    for row, result in zip(ranked, as_json["results"], strict=True):
        assert float(row["score"]) == result["score"]
        assert row["band"] == result["band"]
        assert row["missing_required"] == "; ".join(m["name"] for m in result["missing_required"])
        assert row["scoring_version"] == as_json["scoring_version"]
    statuses = {r["file"]: r["status"] for r in rows if r["status"] != "ranked"}
    assert statuses["okafor-copy.docx"] == "duplicate of okafor"
    assert statuses["scan.pdf"].startswith("not read (no_text_layer)")

    book = api.post("/api/v1/rank-resumes", data={**fields, "format": "xlsx", **shortlist_files()},
                    content_type="multipart/form-data")
    assert book.status_code == 200
    assert book.headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(book.data)).active
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert tuple(table[0]) == COLUMNS
    assert [r[1] for r in table[1:4]] == [r["id"] for r in as_json["results"]]
    assert table[1][3] == as_json["results"][0]["score"]  # a number, not text
    assert api.post("/api/v1/rank-resumes", json={"posting_id": "ml-engineer-senior", "resumes": [ML],
                                                  "format": "docx"}).status_code == 400


def test_csv_cells_are_formula_safe(api):
    response = api.post("/api/v1/rank-resumes", data={
        "posting_id": "ml-engineer-senior", "format": "csv",
        "resumes": [upload(ML.encode(), "=HYPERLINK(evil).txt"), upload(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
                                                                       "+cmd.png")]},
        content_type="multipart/form-data")
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    files = [r["file"] for r in rows]
    assert "'=HYPERLINK(evil).txt" in files and "'+cmd.png" in files
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


def zip_of(members: dict[str, bytes], encrypted: set[str] = frozenset()) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    data = bytearray(out.getvalue())
    for name in encrypted:  # set the "encrypted" flag of a member in its central directory record
        at = data.rfind(b"PK\x01\x02", 0, data.rfind(name.encode()))
        data[at + 8] |= 0x1
    return bytes(data)


def test_rank_resumes_reads_a_zip_of_resumes(api):
    archive = zip_of({"cvs/okafor.pdf": resume_pdf(ML), "cvs/junior.docx": resume_docx(JUNIOR),
                      "cvs/cpa.txt": TAX.encode(), "cvs/": b"", "__MACOSX/cvs/._okafor.pdf": b"junk",
                      "cvs/.DS_Store": b"junk", "cvs/inner.zip": zip_of({"a.txt": b"x"}),
                      "cvs/photo.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "cvs/locked.txt": ML.encode()},
                     encrypted={"cvs/locked.txt"})
    response = api.post("/api/v1/rank-resumes", data={
        "posting_id": "ml-engineer-senior", "top": "0",
        "resumes": [upload(archive, "batch.zip"), upload(resume_pdf(TAX), "cpa.pdf")]},
        content_type="multipart/form-data")
    assert response.status_code == 200, response.json
    assert ids(response) == ["okafor", "junior", "cpa"]
    skipped = {s["file"]: s["code"] for s in response.json["skipped"]}
    assert skipped == {"batch.zip/inner.zip": "unsupported_type", "batch.zip/locked.txt": "encrypted",
                       "batch.zip/photo.png": "unsupported_type", "cpa.pdf": "duplicate"}
    assert response.json["received"] == 7
    broken = api.post("/api/v1/rank-resumes", data={"posting_id": "ml-engineer-senior", "resumes": [
        upload(b"PK\x03\x04 not really", "broken.zip"), upload(ML.encode(), "ml.txt")]},
        content_type="multipart/form-data")
    assert broken.status_code == 200
    assert broken.json["skipped"] == [{"file": "broken.zip", "code": "unreadable",
                                       "reason": "not a readable .zip archive"}]


def test_zip_limits(engine, tmp_path, checker):
    small = Api(make_app(engine, tmp_path / "z.sqlite3", MATCHER_MAX_UPLOAD_MB=0.05, MATCHER_MAX_RESUMES=3,
                         MATCHER_MAX_BATCH_MB=0.1), checker)
    big = b"python " * 20_000  # 140 KB: over the 50 KB file limit, squeezed to almost nothing in the zip
    response = small.post("/api/v1/rank-resumes", data={"posting_id": "ml-engineer-senior", "resumes": [
        upload(zip_of({"big.txt": big, "ok.txt": ML.encode()}), "a.zip")]}, content_type="multipart/form-data")
    assert response.status_code == 200
    assert response.json["skipped"][0]["file"] == "a.zip/big.txt"
    assert response.json["skipped"][0]["code"] == "too_large"
    # A bomb: many members that unpack past the batch limit are not all read.
    bomb = zip_of({f"{i}.txt": ML.encode() + b" " * 40_000 for i in range(3)})
    response = small.post("/api/v1/rank-resumes", data={"posting_id": "ml-engineer-senior", "resumes": [
        upload(bomb, "bomb.zip")]}, content_type="multipart/form-data")
    assert response.status_code == 200
    assert any("unpacks to more than" in s["reason"] for s in response.json["skipped"])
    many = zip_of({f"{i}.txt": f"{ML}\n{i}".encode() for i in range(4)})
    response = small.post("/api/v1/rank-resumes", data={"posting_id": "ml-engineer-senior", "resumes": [
        upload(many, "many.zip")]}, content_type="multipart/form-data")
    assert response.status_code == 400 and "at most 3 resumes" in response.json["error"]["message"]


def test_rank_resumes_when_nothing_can_be_read(api):
    response = api.post("/api/v1/rank-resumes", data={"posting_id": "ml-engineer-senior", "resumes": [
        upload(image_only_pdf(), "scan.pdf")]}, content_type="multipart/form-data")
    assert response.status_code == 422
    assert error_code(response) == "no_text_layer"
    assert "scan.pdf" in response.json["error"]["message"]


def test_zz_every_operation_was_validated(checker):
    """Runs last: every operation of the document was exercised and validated above."""
    operations = {(m.upper(), p) for p, item in checker.spec["paths"].items() for m in item
                  if m in ("get", "post", "put", "delete")}
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
