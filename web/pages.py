"""The site: upload form, ranked results, the report page with downloads, and postings.

No JavaScript: plain forms, links and ``<details>``. Uploaded resumes are
profiled in memory; the result and report pages find them again through a
random token in a short-lived in-memory cache (nothing is written to disk
unless the operator keeps uploads). Every form carries a CSRF token
(:mod:`web.security`); a POST without a valid one gets 400 and a page that
says to reload the form.
"""

from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from markupsafe import Markup, escape
from werkzeug.exceptions import RequestEntityTooLarge

from matcher.intake import IntakeError
from matcher.report import COMPONENT_LABELS, FORMATS, flag_notes, gap_report
from matcher.scoring import SCORING_VERSION
from web.api import report_response, session_posting
from web.errors import INTAKE_STATUS, TITLES, error_page, limit_message
from web.security import CSRF_FIELD, csrf_token, csrf_valid
from web.service import MatchService, Session
from web.store import DuplicatePosting

bp = Blueprint("pages", __name__)

TOP_CHOICES = (5, 10, 25, 0)
FORMAT_LABELS = {"json": "JSON", "csv": "CSV", "md": "Markdown", "html": "HTML", "pdf": "PDF"}
ADHOC_ID = "pasted-posting"


def service() -> MatchService:
    return current_app.extensions["matcher"]


@bp.app_context_processor
def globals_for_templates() -> dict:
    return {
        "scoring_version": SCORING_VERSION,
        "keep_uploads": current_app.config["MATCHER_STORE_UPLOADS"],
        "max_mb": current_app.config["MATCHER_MAX_UPLOAD_MB"],
        "component_labels": COMPONENT_LABELS,
        "csrf_field": CSRF_FIELD,
        "csrf_token": csrf_token,
        "flag_notes": flag_notes,
    }


CSRF_MESSAGE = ("This form has expired or was not sent from this site, so it was not accepted. "
                "Reload the page and submit the form again.")


@bp.before_request
def _check_csrf():
    if request.method != "POST":
        return None
    try:
        sent = request.form.get(CSRF_FIELD)
    except RequestEntityTooLarge:
        if request.endpoint == "pages.match":
            return upload_form(limit_message(), 413)
        raise
    if csrf_valid(sent):
        return None
    if request.endpoint == "pages.match":
        return upload_form(CSRF_MESSAGE, 400)
    return error_page(400, CSRF_MESSAGE, "The form could not be accepted")


@bp.app_template_filter("highlight")
def highlight(sentence: str | None, text: str | None) -> Markup:
    """``sentence`` escaped, with the first occurrence of ``text`` wrapped in ``<mark>``."""
    sentence = sentence or ""
    if not text:
        return escape(sentence)
    at = sentence.find(text)
    if at < 0:
        at = sentence.casefold().find(text.casefold())
        if at < 0 or len(sentence.casefold()) != len(sentence):
            return escape(sentence)
    end = at + len(text)
    return escape(sentence[:at]) + Markup("<mark>") + escape(sentence[at:end]) + Markup("</mark>") + escape(sentence[end:])


@bp.app_template_filter("num")
def num(value, digits: int = 1) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


# ---- upload and results ------------------------------------------------------------
def upload_form(error: str | None = None, status: int = 200, form: dict | None = None):
    title = TITLES.get(status) if error else None
    return render_template("index.html", error=error, error_title=title, form=form or {},
                           top_choices=TOP_CHOICES, n_postings=len(service().scoring.profiles)), status


@bp.get("/")
def index():
    return upload_form()


@bp.get("/match")
def match_get():
    return redirect(url_for("pages.index"))


@bp.post("/match")
def match():
    try:
        request.files  # noqa: B018 - parse the body now, so an over-limit upload gets the form back
    except RequestEntityTooLarge:
        return upload_form(limit_message(), 413)
    form = {"resume_text": request.form.get("resume_text", ""), "posting_text": request.form.get("posting_text", ""),
            "top": request.form.get("top", "10")}
    try:
        top = int(form["top"])
    except ValueError:
        top = 10
    top = top if top in TOP_CHOICES else 10
    file = request.files.get("resume")
    has_file = file is not None and bool(file.filename)
    text = form["resume_text"]
    if has_file and text.strip():
        return upload_form("Upload a file or paste text, not both.", 400, form)
    if not has_file and not text.strip():
        return upload_form("Choose a resume file or paste its text.", 400, form)
    svc = service()
    try:
        resume = svc.resume_from_upload(file.read(), file.filename) if has_file else svc.resume_from_text(text)
        adhoc = None
        if form["posting_text"].strip():
            adhoc = svc.adhoc_posting({"id": ADHOC_ID, "title": None, "text": form["posting_text"]})
    except IntakeError as exc:
        return upload_form(exc.message, INTAKE_STATUS.get(exc.code, 422), form)
    token = svc.sessions.put(Session(resume, svc.scoring, adhoc, top or None))
    return redirect(url_for("pages.results", token=token), 303)


def session_or_404(token: str) -> Session:
    session = service().sessions.get(token)
    if session is None:
        abort(404)
    return session


@bp.get("/results/<token>")
def results(token: str):
    session = session_or_404(token)
    if session.adhoc is not None:
        ranked = [session.scoring.score(session.resume, session.adhoc)]
    else:
        ranked = session.scoring.rank_postings(session.resume, session.top)
    return render_template("results.html", token=token, resume=session.resume, results=ranked,
                           adhoc=session.adhoc is not None, total=len(session.scoring.profiles))


@bp.get("/report/<token>/<posting_id>")
def report(token: str, posting_id: str):
    session = session_or_404(token)
    posting = session_posting(session, posting_id)
    if posting is None:
        abort(404)
    result = session.scoring.score(session.resume, posting)
    data = gap_report(result, session.resume, posting)
    return render_template("report.html", token=token, posting_id=posting_id, report=data, result=result,
                           formats=[(f, FORMAT_LABELS[f]) for f in FORMATS])


@bp.get("/report/<token>/<posting_id>/download/<fmt>")
def download(token: str, posting_id: str, fmt: str):
    session = session_or_404(token)
    posting = session_posting(session, posting_id)
    if posting is None or fmt not in FORMATS:
        abort(404)
    return report_response(session.scoring, session.resume, posting, fmt)


# ---- postings ----------------------------------------------------------------------
POSTING_FORM_FIELDS = ("id", "title", "company", "location", "url", "text")


def postings_page(error: str | None = None, status: int = 200, form: dict | None = None):
    store = service().store
    added = request.args.get("added")
    deleted = request.args.get("deleted")
    notice = None
    if added and store.exists(added):
        notice = f"Added posting {added}."
    elif deleted and not store.exists(deleted):
        notice = f"Deleted posting {deleted}."
    return render_template("postings.html", postings=store.postings(), error=error, notice=notice,
                           form=form or {}), status


@bp.get("/postings")
def postings():
    return postings_page()


@bp.post("/postings")
def postings_add():
    form = {k: request.form.get(k, "") for k in POSTING_FORM_FIELDS}
    row = {k: (v.strip() or None) for k, v in form.items()}
    row["text"] = form["text"] if form["text"].strip() else None
    file = request.files.get("file")
    try:
        if file is not None and file.filename:
            if row["text"]:
                return postings_page("Upload a file or paste the text, not both.", 400, form)
            row["text"] = _read_posting_file(file)
        if not row["text"]:
            return postings_page("A posting needs its text (paste it or upload a file).", 400, form)
        stored = service().add_posting(row)
    except IntakeError as exc:
        return postings_page(exc.message, INTAKE_STATUS.get(exc.code, 422), form)
    except DuplicatePosting as exc:
        return postings_page(str(exc), 409, form)
    except ValueError as exc:
        return postings_page(str(exc), 400, form)
    return redirect(url_for("pages.postings", added=stored["id"]), 303)


def _read_posting_file(file) -> str:
    return service().read_upload(file.read(), file.filename).text


@bp.get("/postings/<posting_id>")
def posting_detail(posting_id: str):
    row = service().store.get(posting_id)
    if row is None:
        abort(404)
    return render_template("posting.html", posting=row)


@bp.post("/postings/<posting_id>/delete")
def postings_delete(posting_id: str):
    if not service().delete_posting(posting_id):
        abort(404)
    return redirect(url_for("pages.postings", deleted=posting_id), 303)


__all__ = ["bp", "highlight"]
