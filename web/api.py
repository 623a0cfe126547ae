"""The JSON API, ``/api/v1``. Requests and responses are the models of :mod:`web.models`; spectree
validates requests with them and generates ``GET /api/v1/openapi.json`` (:mod:`web.openapi`).

Requests are JSON (``application/json``) or forms (``multipart/form-data`` for
files), each with its own model. Results use the same schema as ``matcher rank
--format json``. Changing the stored postings needs the admin token
(:mod:`web.auth`); routes that read uploads or text are rate-limited per client
(``web.create_app``).
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify, request, url_for
from pydantic import BaseModel
from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

from matcher.intake import IntakeError
from matcher.parser_view import skills_document
from matcher.profile import Profile
from matcher.report import FORMATS, MEDIA_TYPES, advice, gap_report, render
from matcher.scoring import SCORING_VERSION
from web import errors, models, shortlist
from web.auth import admin_only
from web.errors import ApiError
from web.openapi import ADMIN, Responses, api, spec
from web.security import cross_site_request, download_headers, rate_limited
from web.service import MatchService, Scoring, Session, clean_id
from web.store import DuplicatePosting

bp = Blueprint("api", __name__, url_prefix="/api/v1")
errors.register_api(bp)

BODY_TYPES = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded")
E = models.Error
REPORT_MEDIA = {MEDIA_TYPES[f].split(";")[0]: ({"schema": {"$ref": "#/components/schemas/GapReport"}}
                                               if f == "json" else {"schema": {"type": "string"}})
                for f in FORMATS if f != "json"}
REPORT_HEADERS = {200: {"Content-Disposition": "attachment; filename=\"gap-report-RESUME-POSTING.FORMAT\""}}
TOKEN_HEADER = {200: {"X-Report-Token": "Only when report_token was true: a token for GET /report, kept in "
                                        "memory for 30 minutes"}}
LIMITED = {429: {"Retry-After": "Seconds to wait before the next request"}}


def service() -> MatchService:
    return current_app.extensions["matcher"]


@bp.before_request
def _screen() -> None:
    if request.method in ("GET", "HEAD", "OPTIONS", "DELETE"):
        return
    # No cookies here (see web.security), but a browser must not post on another site's behalf.
    if cross_site_request():
        raise ApiError(403, "cross_origin", "requests from other web sites are not accepted; "
                                            "call the API from a program or from this site")
    if (request.content_length or request.mimetype) and request.mimetype not in BODY_TYPES:
        raise ApiError(415, "unsupported_media_type", "send JSON (application/json) or a form (multipart/form-data)")
    if request.is_json and request.content_length and request.get_json(silent=True) is None:
        raise ApiError(400, "bad_request", "the body is not valid JSON")


# ---- request parsing -------------------------------------------------------------
def bad(message: str) -> ApiError:
    return ApiError(400, "bad_request", message)


def read_file(file: FileStorage | None) -> shortlist.Upload | None:
    """An uploaded file's name and bytes; ``None`` for the empty part a form sends when no file was chosen."""
    if file is None:
        return None
    data = file.read()
    return shortlist.Upload(file.filename, data) if file.filename or data else None


def resume_of(data: BaseModel) -> Profile:
    """The resume of a request: an uploaded ``resume`` file or ``resume_text``."""
    file = read_file(getattr(data, "resume", None))
    if file is not None and data.resume_text is not None:
        raise bad("send either a 'resume' file or 'resume_text', not both")
    if file is not None:
        return service().resume_from_upload(file.data, file.name, clean_id(data.resume_id, "") or None)
    if data.resume_text is not None:
        return service().resume_from_text(data.resume_text, clean_id(data.resume_id, "pasted-resume"))
    raise bad("send a resume: a file in the 'resume' field (multipart) or 'resume_text'")


def posting_of(data: models.PostingChoice, scoring: Scoring) -> tuple[Profile, bool]:
    """The posting of a request: ``posting_id`` (stored), ``posting_text`` or a ``posting`` file.
    Returns the profile and whether it is a stored posting."""
    file = read_file(getattr(data, "posting", None))
    given = [x for x in (data.posting_id, data.posting_text, file) if x is not None]
    if len(given) != 1:
        raise bad("send exactly one of 'posting_id', 'posting_text' or a 'posting' file")
    if data.posting_id is not None:
        profile = scoring.profiles.get(data.posting_id)
        if profile is None:
            raise ApiError(404, "not_found", f"no posting with id {data.posting_id!r}")
        return profile, True
    if file is not None:
        text, row_id = service().read_upload(file.data, file.name).text, clean_id(file.name, "posting")
    else:
        text, row_id = data.posting_text, "posting"
    return service().adhoc_posting({"id": row_id, "title": data.posting_title, "text": text}), False


def posting_rows(items: list) -> list[dict]:
    """Postings given in a request (validated by the model): rows with unique ids."""
    rows, seen = [], set()
    for i, item in enumerate(items, 1):
        item = models.PostingInput(text=item) if isinstance(item, str) else item
        row = item.model_dump()
        row["id"] = clean_id(item.id, f"posting-{i}")
        if row["id"] in seen:
            raise bad(f"posting id {row['id']!r} appears more than once")
        seen.add(row["id"])
        rows.append(row)
    return rows


def results_body(direction: str | None, results) -> dict:
    data = {"scoring_version": SCORING_VERSION}
    if direction:
        data["direction"] = direction
    data["results"] = [r.to_dict() for r in results]
    return data


def with_token(response: Response, data: BaseModel, session: Session) -> Response:
    if data.report_token:
        response.headers["X-Report-Token"] = service().sessions.put(session)
    return response


def download(payload: bytes | str, media_type: str, name: str) -> Response:
    """An attachment (its view is marked :func:`~web.security.download_headers`, so a browser neither runs
    nor frames it)."""
    response = Response(payload, mimetype=media_type.split(";")[0])
    response.headers["Content-Type"] = media_type
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


# ---- matching ---------------------------------------------------------------------
@bp.post("/match")
@rate_limited
@api.validate(operation_id="match", resp=Responses(
    HTTP_200=models.RankResponse, HTTP_413=E, HTTP_415=E, HTTP_422=E, HTTP_429=E, headers={**TOKEN_HEADER, **LIMITED}))
def match(json: models.MatchJson, form: models.MatchForm):
    """Rank postings for one resume.

    A resume (a multipart `resume` file or `resume_text`) against the stored postings, or against `postings`
    given in the request (skill IDF and TF-IDF are then fitted on those, as `matcher rank` does). The response
    is the document `matcher rank --format json` prints. Nothing is stored unless the operator keeps uploads.
    """
    data = json or form
    resume = resume_of(data)
    scoring = service().scoring_for(posting_rows(data.postings)) if data.postings else service().scoring
    top = current_app.config["MATCHER_DEFAULT_TOP"] if data.top is None else data.top
    results = scoring.rank_postings(resume, top)
    return with_token(jsonify(results_body("postings", results)), data, Session(resume, scoring))


@bp.post("/score")
@rate_limited
@api.validate(operation_id="score", resp=Responses(
    HTTP_200=models.ScoreResponse, HTTP_404=E, HTTP_413=E, HTTP_415=E, HTTP_422=E, HTTP_429=E,
    headers={**TOKEN_HEADER, **LIMITED}))
def score(json: models.ScoreJson, form: models.ScoreForm):
    """Score one resume against one posting.

    Full breakdown, matched, missing and partial skills, experience and degree gaps, advice. The posting is a
    stored `posting_id`, a `posting_text` or a `posting` file.
    """
    data = json or form
    scoring = service().scoring
    resume = resume_of(data)
    posting, stored = posting_of(data, scoring)
    result = scoring.score(resume, posting)
    payload = results_body(None, [result])
    payload["advice"] = advice(result, resume)
    return with_token(jsonify(payload), data, Session(resume, scoring, None if stored else posting))


@bp.post("/rank-resumes")
@rate_limited
@download_headers
@api.validate(operation_id="rankResumes",
              resp=Responses(HTTP_200=models.ShortlistResponse, HTTP_404=E, HTTP_413=E, HTTP_415=E, HTTP_422=E,
                             HTTP_429=E, headers={**LIMITED, 200: {"Content-Disposition": "With csv or xlsx: "
                                                                   "attachment; filename=\"shortlist-POSTING.csv\""}},
                             media={200: {shortlist.MEDIA_TYPES["csv"].split(";")[0]: {"schema": {"type": "string"}},
                                          shortlist.MEDIA_TYPES["xlsx"]: {}}}))
def rank_resumes(json: models.RankResumesJson, form: models.RankResumesForm):
    """Rank several resumes for one posting: a shortlist.

    Resumes as repeated `resumes` files (a `.zip` of them is read member by member) and/or `resume_texts`
    fields (multipart), or a JSON `resumes` array; at most 50 unless configured. A file that cannot be read is
    listed in `skipped` with the reason, and so is a resume with the same text as one already ranked. The
    cutoff: `min_score` and `top`. `format=csv` or `xlsx` returns the shortlist table (rank, resume, score,
    band, matched and missing required skills, years, current title) as a download.
    """
    data = json or form
    scoring = service().scoring
    posting, _stored = posting_of(data, scoring)
    if json is not None:
        texts = [(None, r) if isinstance(r, str) else (r.id, r.text) for r in json.resumes]
        files = []
    else:
        texts = [(None, t) for t in form.resume_texts or []]
        files = [u for u in (read_file(f) for f in form.resumes or []) if u is not None]
    config = current_app.config
    result = shortlist.build(service(), scoring, posting, files, texts, top=data.top, min_score=data.min_score,
                             max_resumes=config["MATCHER_MAX_RESUMES"], total_bytes=config["MATCHER_MAX_BATCH_BYTES"])
    return shortlist_response(result, data.format)


def shortlist_response(result: shortlist.Shortlist, fmt: str) -> Response:
    if fmt == "json":
        return jsonify(result.to_dict())
    name = secure_filename(f"shortlist-{result.posting.id}.{fmt}") or f"shortlist.{fmt}"
    return download(result.csv() if fmt == "csv" else result.xlsx(), shortlist.MEDIA_TYPES[fmt], name)


@bp.post("/skills")
@rate_limited
@api.validate(operation_id="skills", resp=Responses(
    HTTP_200=models.SkillsResponse, HTTP_413=E, HTTP_415=E, HTTP_422=E, HTTP_429=E, headers=LIMITED))
def skills(json: models.SkillsJson, form: models.SkillsForm):
    """The profile of a text or file: skills with evidence, years, degree, title; for a resume
    also what the parser saw (sections, each role with its dates, degrees, certifications,
    skills by section) and the warnings an applicant tracking system would trip on.

    The document `matcher skills --format json` prints.
    """
    data = json or form
    file = read_file(getattr(data, "file", None))
    if (file is None) == (data.text is None):
        raise bad("send either a 'file' (multipart) or 'text'")
    svc = service()
    if data.kind == "resume":
        profile = svc.resume_from_upload(file.data, file.name) if file is not None \
            else svc.resume_from_text(data.text, "pasted-resume")
    else:
        text = svc.read_upload(file.data, file.name).text if file is not None else data.text
        profile = svc.adhoc_posting({"id": clean_id(file.name if file else None, "posting"), "text": text})
    return jsonify(skills_document(profile))


# ---- reports ----------------------------------------------------------------------
def report_response(scoring: Scoring, resume: Profile, posting: Profile, fmt: str) -> Response:
    result = scoring.score(resume, posting)
    payload = render(gap_report(result, resume, posting), fmt)
    name = secure_filename(f"gap-report-{resume.id}-{posting.id}.{fmt}") or f"gap-report.{fmt}"
    return download(payload, MEDIA_TYPES[fmt], name)


def session_posting(session: Session, posting_id: str) -> Profile | None:
    if session.adhoc is not None and session.adhoc.id == posting_id:
        return session.adhoc
    return session.scoring.profiles.get(posting_id)


REPORT_RESPONSES = dict(HTTP_200=models.GapReport, HTTP_404=E, media={200: REPORT_MEDIA}, headers=REPORT_HEADERS)


@bp.get("/report")
@download_headers
@api.validate(operation_id="getReport", resp=Responses(**REPORT_RESPONSES))
def report_get(query: models.ReportQuery):
    """The gap report of an earlier /match or /score.

    Needs the X-Report-Token of a /match or /score call made with report_token=true.
    """
    session = service().sessions.get(query.token)
    if session is None:
        raise ApiError(404, "not_found", "this report token is unknown or has expired; match the resume again")
    posting = session_posting(session, query.posting_id)
    if posting is None:
        raise ApiError(404, "not_found", f"no posting with id {query.posting_id!r} in these results")
    return report_response(session.scoring, session.resume, posting, query.format)


@bp.post("/report")
@rate_limited
@download_headers
@api.validate(operation_id="postReport", resp=Responses(
    HTTP_413=E, HTTP_415=E, HTTP_422=E, HTTP_429=E, **REPORT_RESPONSES))
def report_post(json: models.ReportJson, form: models.ReportForm):
    """The gap report of one resume and one posting, as json, csv, md, html or pdf."""
    data = json or form
    scoring = service().scoring
    resume = resume_of(data)
    posting, _stored = posting_of(data, scoring)
    return report_response(scoring, resume, posting, data.format)


# ---- postings ---------------------------------------------------------------------
def summary(row: dict) -> dict:
    return {k: row.get(k) for k in ("id", "title", "company", "location", "url", "created")}


def posting_row(data: BaseModel) -> dict:
    """A posting to store from a request: its fields, and its text from ``text`` or a ``file``."""
    row = {k: getattr(data, k, None) for k in ("id", "title", "company", "location", "url", "text")}
    file = read_file(getattr(data, "file", None))
    if file is not None:
        if row["text"] is not None:
            raise bad("send either a 'file' or 'text', not both")
        row["text"] = service().read_upload(file.data, file.name).text
    if not row["text"] or not row["text"].strip():
        raise bad("a posting needs 'text' (or a 'file')")
    return row


def stored(row: dict, status: int = 201) -> Response:
    response = jsonify(row)
    response.status_code = status
    response.headers["Location"] = url_for("api.postings_get", posting_id=row["id"])
    return response


def store_posting(row: dict, replace: bool = False) -> dict:
    try:
        return service().add_posting(row, replace=replace)
    except DuplicatePosting as exc:
        raise ApiError(409, "conflict", str(exc)) from None
    except ValueError as exc:
        if isinstance(exc, IntakeError):
            raise
        raise bad(str(exc)) from None


WRITE_ERRORS = dict(HTTP_401=E, HTTP_403=E, HTTP_413=E, HTTP_415=E, HTTP_422=E, HTTP_429=E)


@bp.get("/postings")
@api.validate(operation_id="listPostings", resp=Responses(HTTP_200=models.PostingList))
def postings_list():
    """The stored postings (without their text)."""
    rows = service().store.postings()
    return jsonify({"count": len(rows), "postings": [summary(r) for r in rows]})


@bp.post("/postings")
@rate_limited
@admin_only
@api.validate(operation_id="addPosting", security=ADMIN,
              resp=Responses(HTTP_201=(models.Posting, "Stored; Location gives its address"), HTTP_409=E,
                             headers={201: {"Location": "The posting's address"}, **LIMITED}, **WRITE_ERRORS))
def postings_add(json: models.PostingInput, form: models.PostingForm):
    """Store a posting (admin token)."""
    return stored(store_posting(posting_row(json or form)))


@bp.post("/postings/import")
@rate_limited
@admin_only
@api.validate(operation_id="importPostings",
              security=ADMIN, resp=Responses(HTTP_200=models.ImportResult, headers=LIMITED, **WRITE_ERRORS))
def postings_import(json: models.PostingsImportJson, form: models.PostingsImportForm):
    """Import postings in bulk (admin token): new ids are added, known ids replaced.

    A JSON `postings` array, or a multipart `file`: JSONL (one posting object a line) or CSV (columns id,
    title, company, location, url, text), as `matcher serve --postings` reads them.
    """
    if json is not None:
        rows = [posting.model_dump() for posting in json.postings]  # no id: one is made from the title
    else:
        file = read_file(form.file)
        if file is None:
            raise bad("send a .jsonl or .csv file in the 'file' field")
        rows = service().records_from_upload(file.data, file.name)
    written = service().import_rows(rows)
    return jsonify({"imported": len(written), "postings": [summary(r) for r in written]})


@bp.get("/postings/<posting_id>")
@api.validate(operation_id="getPosting", resp=Responses(HTTP_200=models.Posting, HTTP_404=E))
def postings_get(posting_id: str):
    """One stored posting with its text."""
    row = service().store.get(posting_id)
    if row is None:
        raise ApiError(404, "not_found", f"no posting with id {posting_id!r}")
    return jsonify(row)


@bp.put("/postings/<posting_id>")
@rate_limited
@admin_only
@api.validate(operation_id="replacePosting", security=ADMIN,
              resp=Responses(HTTP_200=(models.Posting, "Replaced"), HTTP_201=(models.Posting, "Created"),
                             headers={201: {"Location": "The posting's address"}, **LIMITED}, **WRITE_ERRORS))
def postings_put(posting_id: str, json: models.PostingInput, form: models.PostingForm):
    """Store a posting under this id, replacing the one there (admin token)."""
    row = posting_row(json or form)
    if row["id"] not in (None, posting_id):
        raise bad(f"the body's id {row['id']!r} is not the id in the address ({posting_id!r})")
    existed = service().store.exists(posting_id)
    return stored(store_posting({**row, "id": posting_id}, replace=True), 200 if existed else 201)


@bp.delete("/postings/<posting_id>")
@admin_only
@api.validate(operation_id="deletePosting", security=ADMIN,
              resp=Responses(HTTP_204=None, HTTP_401=E, HTTP_403=E, HTTP_404=E))
def postings_delete(posting_id: str):
    """Delete a stored posting (admin token)."""
    if not service().delete_posting(posting_id):
        raise ApiError(404, "not_found", f"no posting with id {posting_id!r}")
    response = Response(status=204)
    del response.headers["Content-Type"]
    return response


# ---- service ----------------------------------------------------------------------
@bp.get("/healthz")
@api.validate(operation_id="health", resp=Responses(HTTP_200=models.Health))
def healthz():
    """Liveness (also served at /healthz): the process answers."""
    return jsonify({"status": "ok", "postings": len(service().scoring.profiles), "scoring_version": SCORING_VERSION})


@bp.get("/readyz")
@api.validate(operation_id="ready", resp=Responses(HTTP_200=models.Readiness, HTTP_503=models.Readiness))
def readyz():
    """Readiness (also served at /readyz): the postings database answers and the postings are indexed.

    503 while any check fails, so a load balancer sends traffic elsewhere.
    """
    checks = service().readiness()
    ready = all(state == "ok" for state in checks.values())
    response = jsonify({"status": "ready" if ready else "not_ready", "checks": checks,
                        "scoring_version": SCORING_VERSION})
    response.status_code = 200 if ready else 503
    return response


@bp.get("/openapi.json")
@api.validate(operation_id="openapi", resp=Responses(HTTP_200=(models.OpenApiDocument, "This document")))
def openapi():
    """This document (OpenAPI 3.1), generated from the request and response models."""
    return jsonify(spec())


__all__ = ["bp", "read_file", "report_response", "session_posting", "shortlist_response"]
