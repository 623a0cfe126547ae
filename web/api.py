"""The JSON API, ``/api/v1``; described by :mod:`web.openapi` (``GET /api/v1/openapi.json``).

Requests are JSON (``application/json``) or forms (``multipart/form-data`` for
files). Results use the same schema as ``matcher rank --format json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from flask import Blueprint, Response, current_app, jsonify, request, url_for
from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

from matcher.intake import IntakeError
from matcher.profile import Profile
from matcher.report import FORMATS, MEDIA_TYPES, advice, gap_report, render
from matcher.scoring import SCORING_VERSION
from web import errors
from web.errors import ApiError
from web.security import DOWNLOAD_POLICY, cross_site_request
from web.service import MatchService, Scoring, Session, clean_id
from web.store import DuplicatePosting

bp = Blueprint("api", __name__, url_prefix="/api/v1")
errors.register_api(bp)


@bp.before_request
def _refuse_cross_site() -> None:
    # No token (see web.security), but a browser must not post here on another site's behalf.
    if request.method not in ("GET", "HEAD", "OPTIONS") and cross_site_request():
        raise ApiError(403, "cross_origin", "requests from other web sites are not accepted; "
                                            "call the API from a program or from this site")

MAX_TOP = 1000
MAX_REQUEST_POSTINGS = 500
POSTING_FIELDS = ("id", "title", "company", "location", "url", "text")


def service() -> MatchService:
    return current_app.extensions["matcher"]


# ---- request parsing -------------------------------------------------------------
def bad(message: str, code: str = "bad_request", status: int = 400) -> ApiError:
    return ApiError(status, code, message)


def body() -> Mapping:
    """The request's fields: a JSON object, a form, or nothing."""
    if request.is_json:
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            raise bad("the body must be a JSON object")
        return data
    if request.mimetype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return request.form
    if not request.content_length and not request.mimetype:
        return {}
    raise bad("send JSON (application/json) or a form (multipart/form-data)", "unsupported_media_type", 415)


def text_field(data: Mapping, name: str, *, limit: int | None = None) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad(f"'{name}' must be a string")
    if limit is not None and len(value) > limit:
        raise bad(f"'{name}' is longer than {limit} characters")
    return value


def int_field(data: Mapping, name: str, default: int, low: int = 0, high: int = MAX_TOP) -> int:
    value = data.get(name, request.args.get(name))
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise bad(f"'{name}' must be a whole number from {low} to {high}")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise bad(f"'{name}' must be a whole number from {low} to {high}") from None
    if not low <= number <= high or (isinstance(value, float) and not value.is_integer()):
        raise bad(f"'{name}' must be a whole number from {low} to {high}")
    return number


def flag(data: Mapping, name: str) -> bool:
    value = data.get(name, request.args.get(name))
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("1", "true", "yes", "on") if value is not None else False


@dataclass(frozen=True)
class Upload:
    """An uploaded file: the client's name for it (a label, never a path) and its bytes."""

    name: str | None
    data: bytes


def _read(file: FileStorage) -> Upload | None:
    data = file.read()
    # A form submitted without choosing a file sends an empty part with an empty name.
    return Upload(file.filename, data) if file.filename or data else None


def upload(name: str) -> Upload | None:
    file = request.files.get(name)
    return _read(file) if file is not None else None


def uploads(name: str) -> list[Upload]:
    return [u for u in (_read(f) for f in request.files.getlist(name)) if u is not None]


def top_of(data: Mapping) -> int:
    return int_field(data, "top", current_app.config["MATCHER_DEFAULT_TOP"])


def resume_of(data: Mapping, file_field: str = "resume", text_field_name: str = "resume_text") -> Profile:
    """The resume of a request: an uploaded file or ``resume_text``."""
    file = upload(file_field)
    text = text_field(data, text_field_name)
    resume_id = text_field(data, "resume_id", limit=200)
    if file is not None and text is not None:
        raise bad(f"send either a '{file_field}' file or '{text_field_name}', not both")
    if file is not None:
        return service().resume_from_upload(file.data, file.name, clean_id(resume_id, "") or None)
    if text is not None:
        return service().resume_from_text(text, clean_id(resume_id, "pasted-resume"))
    raise bad(f"send a resume: a file in the '{file_field}' field (multipart) or '{text_field_name}'")


def posting_of(data: Mapping, scoring: Scoring) -> tuple[Profile, bool]:
    """The posting of a request: ``posting_id`` (stored), ``posting_text`` or a ``posting`` file.
    Returns the profile and whether it is a stored posting."""
    posting_id = text_field(data, "posting_id", limit=200)
    posting_text = text_field(data, "posting_text")
    file = upload("posting")
    given = [x for x in (posting_id, posting_text, file) if x is not None]
    if len(given) != 1:
        raise bad("send exactly one of 'posting_id', 'posting_text' or a 'posting' file")
    if posting_id is not None:
        profile = scoring.profiles.get(posting_id)
        if profile is None:
            raise ApiError(404, "not_found", f"no posting with id {posting_id!r}")
        return profile, True
    title = text_field(data, "posting_title", limit=300)
    if file is not None:
        text = service().read_upload(file.data, file.name).text
        row_id = clean_id(file.name, "posting")
    else:
        text, row_id = posting_text, "posting"
    row = {"id": row_id, "title": title, "text": text}
    return service().adhoc_posting(row), False


def posting_rows(value) -> list[dict]:
    """Postings given in a request: a list of ``{"id", "title", "text", ...}`` objects."""
    if isinstance(value, str):  # a form field holding JSON
        import json

        try:
            value = json.loads(value)
        except ValueError:
            raise bad("'postings' must be a JSON array of objects with 'text'") from None
    if not isinstance(value, list) or not value:
        raise bad("'postings' must be a non-empty array of objects with 'text'")
    if len(value) > MAX_REQUEST_POSTINGS:
        raise bad(f"at most {MAX_REQUEST_POSTINGS} postings per request")
    rows, seen = [], set()
    for i, item in enumerate(value, 1):
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
            raise bad(f"postings[{i - 1}] needs a non-empty 'text'")
        for key in POSTING_FIELDS:
            if item.get(key) is not None and not isinstance(item[key], str):
                raise bad(f"postings[{i - 1}].{key} must be a string")
        row = {k: item.get(k) for k in POSTING_FIELDS}
        row["id"] = clean_id(item.get("id"), f"posting-{i}")
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


def with_token(response: Response, data: Mapping, session: Session) -> Response:
    if flag(data, "report_token"):
        response.headers["X-Report-Token"] = service().sessions.put(session)
    return response


# ---- matching ---------------------------------------------------------------------
@bp.post("/match")
def match():
    data = body()
    top = top_of(data)
    resume = resume_of(data)
    if data.get("postings") is not None:
        scoring = service().scoring_for(posting_rows(data.get("postings")))
    else:
        scoring = service().scoring
    results = scoring.rank_postings(resume, top)
    return with_token(jsonify(results_body("postings", results)), data, Session(resume, scoring))


@bp.post("/score")
def score():
    data = body()
    scoring = service().scoring
    resume = resume_of(data)
    posting, stored = posting_of(data, scoring)
    result = scoring.score(resume, posting)
    payload = results_body(None, [result])
    payload["advice"] = advice(result, resume)
    return with_token(jsonify(payload), data, Session(resume, scoring, None if stored else posting))


@bp.post("/rank-resumes")
def rank_resumes():
    data = body()
    top = top_of(data)
    scoring = service().scoring
    posting, _stored = posting_of(data, scoring)
    limit = current_app.config["MATCHER_MAX_RESUMES"]
    resumes: list[Profile] = []
    for file in uploads("resumes"):
        resumes.append(service().resume_from_upload(file.data, file.name))
    texts = data.get("resumes") if request.is_json else (data.getlist("resume_texts") if hasattr(data, "getlist") else [])
    if texts is not None and not isinstance(texts, list):
        raise bad("'resumes' must be an array of strings or of objects with 'text'")
    for i, item in enumerate(texts or [], 1):
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise bad(f"resumes[{i - 1}] must be a string or an object with 'text'")
        resume_id = item.get("id") if isinstance(item.get("id"), str) else None
        resumes.append(service().resume_from_text(item["text"], clean_id(resume_id, f"resume-{i}")))
    if not resumes:
        raise bad("send resumes: files in the 'resumes' field (multipart), 'resume_texts' fields, "
                  "or a JSON 'resumes' array")
    if len(resumes) > limit:
        raise bad(f"at most {limit} resumes per request")
    seen: dict[str, int] = {}
    for profile in resumes:  # ids name the results, so they must be unique
        if profile.id in seen:
            seen[profile.id] += 1
            profile.id = f"{profile.id}-{seen[profile.id]}"
        else:
            seen[profile.id] = 1
    results = scoring.rank_resumes(posting, resumes, top)
    return jsonify(results_body("resumes", results))


@bp.post("/skills")
def skills():
    data = body()
    kind = text_field(data, "kind") or "resume"
    if kind not in ("resume", "posting"):
        raise bad("'kind' must be 'resume' or 'posting'")
    file = upload("file")
    text = text_field(data, "text")
    if (file is None) == (text is None):
        raise bad("send either a 'file' (multipart) or 'text'")
    svc = service()
    if kind == "resume":
        profile = svc.resume_from_upload(file.data, file.name) if file is not None \
            else svc.resume_from_text(text, "pasted-resume")
    else:
        if file is not None:
            text = svc.read_upload(file.data, file.name).text
        profile = svc.adhoc_posting({"id": clean_id(file.name if file else None, "posting"), "text": text})
    return jsonify({"scoring_version": SCORING_VERSION, "profile": profile.to_dict()})


# ---- reports ----------------------------------------------------------------------
def report_format(data: Mapping) -> str:
    fmt = (data.get("format") or request.args.get("format") or "json")
    if not isinstance(fmt, str) or fmt.lower() not in FORMATS:
        raise bad(f"'format' must be one of {', '.join(FORMATS)}")
    return fmt.lower()


def report_response(scoring: Scoring, resume: Profile, posting: Profile, fmt: str) -> Response:
    result = scoring.score(resume, posting)
    payload = render(gap_report(result, resume, posting), fmt)
    name = secure_filename(f"gap-report-{resume.id}-{posting.id}.{fmt}") or f"gap-report.{fmt}"
    response = Response(payload, mimetype=MEDIA_TYPES[fmt].split(";")[0])
    response.headers["Content-Type"] = MEDIA_TYPES[fmt]
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Content-Security-Policy"] = DOWNLOAD_POLICY
    return response


def session_posting(session: Session, posting_id: str) -> Profile | None:
    if session.adhoc is not None and session.adhoc.id == posting_id:
        return session.adhoc
    return session.scoring.profiles.get(posting_id)


@bp.get("/report")
def report_get():
    token = request.args.get("token")
    posting_id = request.args.get("posting_id")
    if not token or not posting_id:
        raise bad("send 'token' (from the X-Report-Token header of /match or /score) and 'posting_id'")
    fmt = report_format({})
    session = service().sessions.get(token)
    if session is None:
        raise ApiError(404, "not_found", "this report token is unknown or has expired; match the resume again")
    posting = session_posting(session, posting_id)
    if posting is None:
        raise ApiError(404, "not_found", f"no posting with id {posting_id!r} in these results")
    return report_response(session.scoring, session.resume, posting, fmt)


@bp.post("/report")
def report_post():
    data = body()
    fmt = report_format(data)
    scoring = service().scoring
    resume = resume_of(data)
    posting, _stored = posting_of(data, scoring)
    return report_response(scoring, resume, posting, fmt)


# ---- postings ---------------------------------------------------------------------
def summary(row: dict) -> dict:
    return {k: row.get(k) for k in ("id", "title", "company", "location", "url", "created")}


@bp.get("/postings")
def postings_list():
    rows = service().store.postings()
    return jsonify({"count": len(rows), "postings": [summary(r) for r in rows]})


@bp.post("/postings")
def postings_add():
    data = body()
    row = {}
    for key in ("id", "title", "company", "location", "url", "text"):
        row[key] = text_field(data, key, limit=None if key == "text" else 2000)
    file = upload("file")
    if file is not None:
        if row["text"] is not None:
            raise bad("send either a 'file' or 'text', not both")
        row["text"] = service().read_upload(file.data, file.name).text
    if not row["text"] or not row["text"].strip():
        raise bad("a posting needs 'text' (or a 'file')")
    try:
        stored = service().add_posting(row)
    except DuplicatePosting as exc:
        raise ApiError(409, "conflict", str(exc)) from None
    except ValueError as exc:
        if isinstance(exc, IntakeError):
            raise
        raise bad(str(exc)) from None
    response = jsonify(stored)
    response.status_code = 201
    response.headers["Location"] = url_for("api.postings_get", posting_id=stored["id"])
    return response


@bp.get("/postings/<posting_id>")
def postings_get(posting_id: str):
    row = service().store.get(posting_id)
    if row is None:
        raise ApiError(404, "not_found", f"no posting with id {posting_id!r}")
    return jsonify(row)


@bp.delete("/postings/<posting_id>")
def postings_delete(posting_id: str):
    if not service().delete_posting(posting_id):
        raise ApiError(404, "not_found", f"no posting with id {posting_id!r}")
    response = Response(status=204)
    del response.headers["Content-Type"]
    return response


# ---- service ----------------------------------------------------------------------
@bp.get("/healthz")
def healthz():
    return jsonify({"status": "ok", "postings": len(service().scoring.profiles), "scoring_version": SCORING_VERSION})


@bp.get("/openapi.json")
def openapi():
    from web.openapi import spec

    return jsonify(spec())
