"""Against a real ``matcher serve`` (waitress, a subprocess on a free loopback port): writes to the
stored postings need the admin token, a burst over the rate limit gets 429, and ``rank-resumes``
answers with the CSV shortlist; the JSON access log holds neither the token nor any document text."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from web.testing import multipart, resume_docx, resume_pdf, running_server

ROOT = Path(__file__).resolve().parent.parent
RESUMES = ROOT / "fixtures" / "resumes"
TOKEN = "serve-admin-token-" + "Wp9" * 8
RATE = 10
MARKER = "Quuxbarzanzi"


def call(base: str, method: str, path: str, body: bytes | None = None, content_type: str | None = None,
         token: str | None = None) -> tuple[int, object, bytes]:
    headers = {"Content-Type": content_type} if content_type else {}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(base + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def as_json(body: dict) -> tuple[bytes, str]:
    return json.dumps(body).encode(), "application/json"


def test_writes_are_refused_without_a_configured_token(tmp_path):
    with running_server(tmp_path) as base:
        status, _, body = call(base, "POST", "/api/v1/postings", *as_json({"text": "Engineer\nPython"}))
        assert status == 403
        assert json.loads(body)["error"]["code"] == "writes_disabled"
        status, _, body = call(base, "DELETE", "/api/v1/postings/tax-accountant", token="anything-at-all-x")
        assert status == 403
        status, _, body = call(base, "GET", "/api/v1/postings")
        assert status == 200 and json.loads(body)["count"] == 22


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("serve")
    token_file = workdir / "admin-token"
    token_file.write_text(TOKEN + "\n")
    with running_server(workdir, args=("--admin-token-file", str(token_file), "--rate-limit", f"{RATE}/minute")) \
            as base:
        yield base, workdir / "server.log"


def test_token_limits_and_csv_against_the_real_server(server):
    base, log = server
    posting = {"id": "quantum", "title": "Quantum Widget Engineer",
               "text": f"Quantum Widget Engineer {MARKER}\nRequirements\n- 3+ years of Rust and Kubernetes"}
    spent = 0
    # Writes: refused without the token or with a wrong one, done with it.
    for token, expected in ((None, 401), (TOKEN[:-1] + "?", 401), (TOKEN, 201)):
        status, headers, _ = call(base, "POST", "/api/v1/postings", *as_json(posting), token=token)
        spent += 1
        assert status == expected, token
        if status == 401:
            assert headers["WWW-Authenticate"].startswith("Bearer")
    assert call(base, "GET", "/api/v1/postings/quantum")[0] == 200
    assert call(base, "DELETE", "/api/v1/postings/quantum")[0] == 401
    assert call(base, "DELETE", "/api/v1/postings/quantum", token=TOKEN)[0] == 204
    assert call(base, "GET", "/api/v1/postings/quantum")[0] == 404

    # The CSV shortlist of three uploaded resumes.
    texts = {name: (RESUMES / f"{name}.txt").read_text() for name in
             ("ml-engineer-pytorch", "ml-engineer-junior", "tax-accountant-cpa")}
    files = [("okafor.pdf", resume_pdf(texts["ml-engineer-pytorch"]), "application/pdf"),
             ("lee.docx", resume_docx(texts["ml-engineer-junior"]), "application/octet-stream"),
             ("cpa.txt", texts["tax-accountant-cpa"].encode(), "text/plain")]
    body, content_type = multipart({"posting_id": "ml-engineer-senior", "format": "csv", "top": "0"},
                                   files_list=[("resumes", f) for f in files])
    status, headers, data = call(base, "POST", "/api/v1/rank-resumes", body, content_type)
    spent += 1
    assert status == 200, data[:300]
    assert headers["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert [r["resume"] for r in rows] == ["okafor", "lee", "cpa"]
    assert float(rows[0]["score"]) > float(rows[2]["score"])
    assert all(r["status"] == "ranked" for r in rows)

    # A burst over the limit: the budget is shared by every route that reads uploads or text.
    answers = [call(base, "POST", "/api/v1/skills", *as_json({"text": "Python and SQL"})) for _ in range(RATE + 2 - spent)]
    statuses = [a[0] for a in answers]
    assert statuses.count(200) == RATE - spent and statuses[RATE - spent:] == [429, 429]
    status, headers, body = answers[-1]
    assert json.loads(body)["error"]["code"] == "rate_limited"
    assert 0 < int(headers["Retry-After"]) <= 60
    assert call(base, "GET", "/api/v1/healthz")[0] == 200  # reading is not limited
    assert call(base, "GET", "/readyz")[0] == 200

    # The access log: one JSON line per request, no token and no document text.
    text = log.read_text()
    lines = [json.loads(line[line.index("{"):]) for line in text.splitlines() if '"event": "request"' in line]
    assert {(r["method"], r["route"], r["status"]) for r in lines} >= {
        ("POST", "/api/v1/postings", 401), ("POST", "/api/v1/postings", 201), ("POST", "/api/v1/skills", 429),
        ("DELETE", "/api/v1/postings/<posting_id>", 204)}
    assert TOKEN not in text and TOKEN[:12] not in text and MARKER not in text and "okafor" not in text
