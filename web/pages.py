"""The site: upload form, ranked results, the report page with downloads, the recruiter's
shortlist, postings, and signing in to change them.

No JavaScript: plain forms, links and ``<details>``. Uploaded resumes are
profiled in memory; the result, shortlist and report pages find them again
through a random token in a short-lived in-memory cache (nothing is written to
disk unless the operator keeps uploads). Every form carries a CSRF token
(:mod:`web.security`); a POST without a valid one gets 400 and a page that
says to reload the form. Adding and deleting postings needs a sign-in with the
admin token (:mod:`web.auth`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from flask_wtf.csrf import CSRFError
from markupsafe import Markup, escape
from werkzeug.exceptions import RequestEntityTooLarge

from matcher.intake import IntakeError
from matcher.parser_view import parser_view
from matcher.report import COMPONENT_LABELS, FORMATS, flag_notes, gap_report
from matcher.scoring import SCORING_VERSION
from web import auth, shortlist
from web.api import read_file, report_response, session_posting, shortlist_response
from web.errors import INTAKE_STATUS, TITLES, ApiError, error_page, limit_message
from web.security import CSRF_FIELD, download_headers, rate_limited
from web.service import MatchService, Session
from web.store import DuplicatePosting

bp = Blueprint("pages", __name__)

TOP_CHOICES = (5, 10, 25, 0)
SHORTLIST_TOP_CHOICES = (10, 25, 50, 0)
FORMAT_LABELS = {"json": "JSON", "csv": "CSV", "md": "Markdown", "html": "HTML", "pdf": "PDF"}
ADHOC_ID = "pasted-posting"
CSRF_MESSAGE = ("This form has expired or was not sent from this site, so it was not accepted. "
                "Reload the page and submit the form again.")


def service() -> MatchService:
    return current_app.extensions["matcher"]


@bp.app_context_processor
def globals_for_templates() -> dict:
    return {
        "scoring_version": SCORING_VERSION,
        "keep_uploads": current_app.config["MATCHER_STORE_UPLOADS"],
        "max_mb": current_app.config["MATCHER_MAX_UPLOAD_MB"],
        "batch_mb": current_app.config["MATCHER_MAX_BATCH_MB"],
        "max_resumes": current_app.config["MATCHER_MAX_RESUMES"],
        "component_labels": COMPONENT_LABELS,
        "csrf_field": CSRF_FIELD,
        "flag_notes": flag_notes,
        "signed_in": auth.signed_in,
        "writes_enabled": auth.writes_enabled,
    }


# ---- errors the forms answer themselves ------------------------------------------------
FORMS = {"pages.match": lambda message, status: upload_form(message, status),
         "pages.shortlist_submit": lambda message, status: shortlist_form(message, status)}


@bp.errorhandler(CSRFError)
def _csrf_error(_exc):
    form = FORMS.get(request.endpoint)
    return form(CSRF_MESSAGE, 400) if form else error_page(400, CSRF_MESSAGE, "The form could not be accepted")


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_exc):
    form = FORMS.get(request.endpoint)
    message = shortlist_limit_message() if request.endpoint == "pages.shortlist_submit" else limit_message()
    return form(message, 413) if form else error_page(413, message)


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


def choice(value: str | None, choices: tuple[int, ...], default: int) -> int:
    try:
        number = int(value or default)
    except ValueError:
        return default
    return number if number in choices else default


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
@rate_limited
def match():
    form = {"resume_text": request.form.get("resume_text", ""), "posting_text": request.form.get("posting_text", ""),
            "top": request.form.get("top", "10")}
    top = choice(form["top"], TOP_CHOICES, 10)
    file = read_file(request.files.get("resume"))
    text = form["resume_text"]
    if file is not None and text.strip():
        return upload_form("Upload a file or paste text, not both.", 400, form)
    if file is None and not text.strip():
        return upload_form("Choose a resume file or paste its text.", 400, form)
    svc = service()
    try:
        resume = svc.resume_from_upload(file.data, file.name) if file is not None else svc.resume_from_text(text)
        adhoc = None
        if form["posting_text"].strip():
            adhoc = svc.adhoc_posting({"id": ADHOC_ID, "title": None, "text": form["posting_text"]})
    except IntakeError as exc:
        return upload_form(exc.message, INTAKE_STATUS.get(exc.code, 422), form)
    token = svc.sessions.put(Session(resume, svc.scoring, adhoc, top or None))
    return redirect(url_for("pages.results", token=token), 303)


def cached(token: str, kind: type):
    """The cached session or shortlist of ``token``, or 404."""
    item = service().sessions.get(token)
    if not isinstance(item, kind):
        abort(404)
    return item


@bp.get("/results/<token>")
def results(token: str):
    session = cached(token, Session)
    if session.adhoc is not None:
        ranked = [session.scoring.score(session.resume, session.adhoc)]
    else:
        ranked = session.scoring.rank_postings(session.resume, session.top)
    return render_template("results.html", token=token, resume=session.resume, results=ranked,
                           adhoc=session.adhoc is not None, total=len(session.scoring.profiles),
                           view=parser_view(session.resume))


def report_page(result, resume, posting, back: tuple[str, str], download_url):
    """The gap report page of one resume and one posting; ``download_url(fmt)`` gives each download's address."""
    data = gap_report(result, resume, posting)
    return render_template("report.html", report=data, result=result, back=back, marked=marked_texts(result, resume, posting),
                           downloads=[(f, FORMAT_LABELS[f], download_url(f)) for f in FORMATS])


def marked_texts(result, resume, posting) -> dict[str, Markup]:
    """The resume's and the posting's text, escaped, with the evidence of matched skills marked
    on both sides, related skills on the resume, and missing skills on the posting."""
    data = result.to_dict()
    on_resume: list[tuple[int, int, str]] = []
    on_posting: list[tuple[int, int, str]] = []
    for kind, items in (("matched", data["matched"]), ("partial", data["partial"])):
        for item in items:
            on_resume += [(ev["start"], ev["end"], kind) for ev in item.get("resume_evidence") or []]
            if item.get("posting_evidence"):
                on_posting.append((item["posting_evidence"]["start"], item["posting_evidence"]["end"], kind))
    for item in data["missing_required"] + data["missing_preferred"] + data["missing_mentioned"]:
        if item.get("posting_evidence"):
            on_posting.append((item["posting_evidence"]["start"], item["posting_evidence"]["end"], "missing"))
    return {"resume": mark_spans(resume.text, on_resume), "posting": mark_spans(posting.text, on_posting)}


def mark_spans(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """``text`` escaped, each ``(start, end, kind)`` span wrapped in ``<mark class="kind">``;
    a span overlapping an earlier one is left out."""
    out = []
    cursor = 0
    for start, end, kind in sorted(spans):
        if start < cursor or not 0 <= start < end <= len(text):
            continue
        out += [escape(text[cursor:start]), Markup(f'<mark class="{kind}">'), escape(text[start:end]), Markup("</mark>")]
        cursor = end
    out.append(escape(text[cursor:]))
    return Markup("").join(out)


@bp.get("/report/<token>/<posting_id>")
def report(token: str, posting_id: str):
    session = cached(token, Session)
    posting = session_posting(session, posting_id)
    if posting is None:
        abort(404)
    result = session.scoring.score(session.resume, posting)
    return report_page(result, session.resume, posting, (url_for("pages.results", token=token), "All matches"),
                       lambda fmt: url_for("pages.download", token=token, posting_id=posting_id, fmt=fmt))


@bp.get("/report/<token>/<posting_id>/download/<fmt>")
@download_headers
def download(token: str, posting_id: str, fmt: str):
    session = cached(token, Session)
    posting = session_posting(session, posting_id)
    if posting is None or fmt not in FORMATS:
        abort(404)
    return report_response(session.scoring, session.resume, posting, fmt)


# ---- the recruiter's shortlist ------------------------------------------------------------
def shortlist_limit_message() -> str:
    return (f"the upload is larger than the limit of {current_app.config['MATCHER_MAX_BATCH_MB']:g} MB for all "
            f"resumes together; send fewer at once")


def shortlist_form(error: str | None = None, status: int = 200, form: dict | None = None):
    title = TITLES.get(status) if error else None
    return render_template("shortlist.html", error=error, error_title=title, form=form or {},
                           top_choices=SHORTLIST_TOP_CHOICES, postings=service().store.postings()), status


@bp.get("/shortlist")
def shortlist_page():
    return shortlist_form()


@bp.post("/shortlist")
@rate_limited
def shortlist_submit():
    form = {k: request.form.get(k, "") for k in ("posting_id", "posting_text", "min_score", "top")}
    top = choice(form["top"], SHORTLIST_TOP_CHOICES, 25)
    try:
        min_score = float(form["min_score"]) if form["min_score"].strip() else None
    except ValueError:
        min_score = -1.0
    if min_score is not None and not 0 <= min_score <= 100:
        return shortlist_form("The minimum score is a number from 0 to 100.", 400, form)
    posting_file = read_file(request.files.get("posting_file"))
    given = [x for x in (form["posting_id"], form["posting_text"].strip(), posting_file) if x]
    if len(given) != 1:
        return shortlist_form("Choose one stored posting, paste a posting, or upload one: exactly one of these.",
                              400, form)
    files = [u for u in (read_file(f) for f in request.files.getlist("resumes")) if u is not None]
    if not files:
        return shortlist_form("Choose the resumes to rank: several files, or a .zip of them.", 400, form)
    svc = service()
    scoring = svc.scoring
    try:
        if form["posting_id"]:
            posting = scoring.profiles.get(form["posting_id"])
            if posting is None:
                return shortlist_form("That posting is no longer stored; choose another.", 404, form)
        else:
            text = svc.read_upload(posting_file.data, posting_file.name).text if posting_file else form["posting_text"]
            posting = svc.adhoc_posting({"id": ADHOC_ID, "title": None, "text": text})
        config = current_app.config
        result = shortlist.build(svc, scoring, posting, files, [], top=top, min_score=min_score,
                                 max_resumes=config["MATCHER_MAX_RESUMES"],
                                 total_bytes=config["MATCHER_MAX_BATCH_BYTES"])
    except IntakeError as exc:
        return shortlist_form(exc.message, INTAKE_STATUS.get(exc.code, 422), form)
    except ApiError as exc:
        return shortlist_form(exc.message[:1].upper() + exc.message[1:] + ".", exc.status, form)
    return redirect(url_for("pages.shortlist_results", token=svc.sessions.put(result)), 303)


@bp.get("/shortlist/<token>")
def shortlist_results(token: str):
    return render_template("shortlist_results.html", token=token, shortlist=cached(token, shortlist.Shortlist))


@bp.get("/shortlist/<token>/export.<fmt>")
@download_headers
def shortlist_export(token: str, fmt: str):
    if fmt not in shortlist.MEDIA_TYPES:
        abort(404)
    return shortlist_response(cached(token, shortlist.Shortlist), fmt)


def shortlist_row(token: str, resume_id: str) -> tuple[shortlist.Shortlist, shortlist.Row]:
    result = cached(token, shortlist.Shortlist)
    row = result.row(resume_id)
    if row is None:
        abort(404)
    return result, row


@bp.get("/shortlist/<token>/report/<resume_id>")
def shortlist_report(token: str, resume_id: str):
    result, row = shortlist_row(token, resume_id)
    return report_page(row.result, row.resume, result.posting,
                       (url_for("pages.shortlist_results", token=token), "The shortlist"),
                       lambda fmt: url_for("pages.shortlist_download", token=token, resume_id=resume_id, fmt=fmt))


@bp.get("/shortlist/<token>/report/<resume_id>/download/<fmt>")
@download_headers
def shortlist_download(token: str, resume_id: str, fmt: str):
    result, row = shortlist_row(token, resume_id)
    if fmt not in FORMATS:
        abort(404)
    return report_response(result.scoring, row.resume, result.posting, fmt)


# ---- signing in ----------------------------------------------------------------------------
def safe_next(target: str | None) -> str:
    """Where to go after signing in: a path on this site only."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("pages.postings")


def sign_in_page(error: str | None = None, status: int = 200):
    return render_template("sign_in.html", error=error, next=safe_next(request.values.get("next"))), status


@bp.get("/sign-in")
def sign_in():
    return sign_in_page()


@bp.post("/sign-in")
def sign_in_submit():
    if not auth.writes_enabled():
        return sign_in_page(f"Changing postings is turned off on this server; to turn it on, {auth.ENABLE_HINT}.", 403)
    if not auth.sign_in(request.form.get("token")):
        return sign_in_page("That is not the admin token.", 401)
    return redirect(safe_next(request.form.get("next")), 303)


@bp.post("/sign-out")
def sign_out():
    auth.sign_out()
    return redirect(url_for("pages.postings"), 303)


def admin_or_refusal():
    """``None`` when this browser is signed in; otherwise the page that says what to do."""
    if auth.signed_in():
        return None
    if not auth.writes_enabled():
        return error_page(403, "Adding and deleting postings is turned off on this server. The operator can turn "
                               f"it on: {auth.ENABLE_HINT}.", "Changing postings is turned off")
    return sign_in_page("Sign in with the admin token to add or delete postings.", 401)


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
@rate_limited
def postings_add():
    refusal = admin_or_refusal()
    if refusal is not None:
        return refusal
    form = {k: request.form.get(k, "") for k in POSTING_FORM_FIELDS}
    row = {k: (v.strip() or None) for k, v in form.items()}
    row["text"] = form["text"] if form["text"].strip() else None
    file = read_file(request.files.get("file"))
    try:
        if file is not None:
            if row["text"]:
                return postings_page("Upload a file or paste the text, not both.", 400, form)
            row["text"] = service().read_upload(file.data, file.name).text
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


@bp.get("/postings/<posting_id>")
def posting_detail(posting_id: str):
    row = service().store.get(posting_id)
    if row is None:
        abort(404)
    return render_template("posting.html", posting=row)


@bp.post("/postings/<posting_id>/delete")
def postings_delete(posting_id: str):
    refusal = admin_or_refusal()
    if refusal is not None:
        return refusal
    if not service().delete_posting(posting_id):
        abort(404)
    return redirect(url_for("pages.postings", deleted=posting_id), 303)


__all__ = ["bp", "highlight"]
