"""Errors: JSON ``{"error": {"code", "message"}}`` for the API, friendly HTML pages for the site.

Nothing a client sees carries a traceback, and nothing logged carries document
text: an unexpected exception is logged by type, request method and path, and
its stack frames (file, line, code), never its message.
"""

from __future__ import annotations

import logging
import traceback

from flask import Blueprint, Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from matcher.intake import IntakeError

log = logging.getLogger("web")

#: IntakeError code -> HTTP status.
INTAKE_STATUS = {
    "unsupported_type": 415,
    "too_large": 413,
    "empty": 422,
    "unreadable": 422,
    "encrypted": 422,
    "no_text_layer": 422,
    # The file took longer to read than the server allows (matcher.sandbox): the file's doing, so 422.
    "timeout": 422,
    # Every file reader was busy for as long as a read may take: the server's state, so 503 with Retry-After.
    "busy": 503,
}
#: Seconds a client is asked to wait after a 503 ``busy``.
RETRY_AFTER = 30
#: HTTP status -> error code, for HTTP errors raised by Flask and Werkzeug.
HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "unreadable",
    429: "rate_limited",
    500: "internal_error",
    503: "busy",
}
TITLES = {
    400: "Something is missing",
    401: "Sign in first",
    403: "Not allowed",
    404: "Not found",
    405: "Not allowed",
    409: "Already exists",
    413: "That file is too large",
    415: "That file type is not supported",
    422: "That file could not be read",
    429: "Too many requests",
    500: "Something went wrong",
    503: "The server is busy",
}


class ApiError(Exception):
    """An error with an HTTP status, a stable code and a message for the client."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


class ConfigError(IntakeError):
    """Bad server configuration (a taxonomy or postings file that cannot be loaded)."""

    def __init__(self, message: str):
        super().__init__("unreadable", message)


def json_error(status: int, code: str, message: str, headers: dict | None = None):
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def limit_message() -> str:
    from flask import current_app

    return f"the upload is larger than the limit of {current_app.config['MATCHER_MAX_UPLOAD_MB']:g} MB"


def describe_http(exc: HTTPException) -> tuple[int, str, str]:
    status = exc.code or 500
    if isinstance(exc, RequestEntityTooLarge):
        return 413, "too_large", limit_message()
    if status == 429:  # flask_limiter.RateLimitExceeded: its description is the limit, e.g. "60 per 1 minute"
        return 429, "rate_limited", (f"too many requests from this address (the limit is {exc.description}); "
                                     "try again after the number of seconds in the Retry-After header")
    message = exc.description or (exc.name if exc.name else "error")
    return status, HTTP_CODES.get(status, "http_error"), message


def log_unexpected(exc: BaseException) -> None:
    frames = "".join(traceback.format_tb(exc.__traceback__)) if exc.__traceback__ else ""
    log.error("unexpected %s on %s %s\n%s", type(exc).__name__, request.method, request.path, frames)


# ---- API ---------------------------------------------------------------------
def api_error(exc: ApiError):
    return json_error(exc.status, exc.code, exc.message, exc.headers)


def api_intake_error(exc: IntakeError):
    status = INTAKE_STATUS.get(exc.code, 422)
    return json_error(status, exc.code, exc.message, {"Retry-After": str(RETRY_AFTER)} if status == 503 else None)


def api_http_error(exc: HTTPException):
    status, code, message = describe_http(exc)
    headers = {}
    if status == 405 and getattr(exc, "valid_methods", None):
        headers["Allow"] = ", ".join(exc.valid_methods)
    return json_error(status, code, message, headers)


def api_unexpected(exc: Exception):
    log_unexpected(exc)
    return json_error(500, "internal_error", "the server could not handle this request; it has been logged")


def register_api(bp: Blueprint) -> None:
    bp.register_error_handler(ApiError, api_error)
    bp.register_error_handler(IntakeError, api_intake_error)
    bp.register_error_handler(HTTPException, api_http_error)
    bp.register_error_handler(Exception, api_unexpected)


# ---- pages (and the app-wide fallback) ----------------------------------------
def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path in ("/healthz", "/readyz")


def error_page(status: int, message: str, title: str | None = None):
    return render_template("error.html", status=status, title=title or TITLES.get(status, "Error"),
                           message=message), status


def page_http_error(exc: HTTPException):
    if wants_json():
        return api_http_error(exc)
    status, _code, message = describe_http(exc)
    if status == 404:
        message = "There is nothing at this address. Results and reports are kept for a short while only."
    response = error_page(status, message)
    return response


def page_intake_error(exc: IntakeError):
    if wants_json():
        return api_intake_error(exc)
    return error_page(INTAKE_STATUS.get(exc.code, 422), exc.message)


def page_unexpected(exc: Exception):
    if isinstance(exc, HTTPException):  # pragma: no cover - routed to page_http_error
        return page_http_error(exc)
    if wants_json():
        return api_unexpected(exc)
    log_unexpected(exc)
    return error_page(500, "The server could not handle this request. Please try again.")


def register_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, page_http_error)
    app.register_error_handler(IntakeError, page_intake_error)
    app.register_error_handler(Exception, page_unexpected)
