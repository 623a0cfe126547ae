"""The web site and JSON API of the matcher: ``create_app()`` builds a Flask application.

Configuration, weakest first: the defaults below, environment variables of the
same name, then the ``config`` dict given to :func:`create_app`.

``MATCHER_DB``
    SQLite file of the postings (default ``<instance>/matcher.sqlite3``).
``MATCHER_POSTINGS``
    A folder, ``.jsonl`` or ``.csv`` of postings imported at start.
``MATCHER_SEED``
    Postings loaded into a new, empty database when ``MATCHER_POSTINGS`` is not
    given (default: the built-in ``fixtures/postings``; empty for none).
``MATCHER_MAX_UPLOAD_MB``
    Upload limit in MB (default 10); larger requests get 413.
``MATCHER_STORE_UPLOADS``
    Keep the text of uploaded resumes in the database (default off).
``MATCHER_TAXONOMY``
    Extra taxonomy files merged over the default (a list, or paths separated by
    ``os.pathsep`` in the environment).
``MATCHER_AS_OF``
    The date "Present" means in resumes (``YYYY-MM`` or ``YYYY-MM-DD``; default today).
``MATCHER_SESSION_TTL``
    Seconds the result and report pages remember an upload, in memory (default 1800).
``MATCHER_DEFAULT_TOP``, ``MATCHER_MAX_RESUMES``
    Results returned when ``top`` is not given (10); resumes per ``rank-resumes`` call (50).
``MATCHER_ISOLATE``
    Read uploaded files in worker processes (:mod:`matcher.sandbox`), so a file built to stall
    or exhaust a parser cannot block the server (default on).
``MATCHER_PARSE_TIMEOUT``
    Seconds one uploaded file may take to read (default 15); slower ones get 422 ``timeout``.
``MATCHER_PARSE_WORKERS``
    Worker processes reading files (default 2); when all are busy for that long, 503 ``busy``.
``MATCHER_PARSE_MEMORY_MB``
    Address space of each worker in MB (default 1536; 0 for no limit).
``MATCHER_SECRET_KEY``
    Signs the session cookie that holds the forms' CSRF token (default: random for each
    process, so forms opened before a restart must be reloaded). ``SECRET_KEY`` in ``config``
    works too.
``MATCHER_MAX_BATCH_MB``
    Request limit in MB of the routes that take many resumes at once (``/shortlist``,
    ``/api/v1/rank-resumes``; default 50); each file in it is still held to ``MATCHER_MAX_UPLOAD_MB``,
    and a ``.zip`` may unpack to at most this much.
``MATCHER_ADMIN_TOKEN``, ``MATCHER_ADMIN_TOKEN_FILE``
    The token that allows adding, changing, importing and deleting postings (or a file whose first
    line is it; ``matcher serve --admin-token-file``). At least 16 characters. Unset: those are off.
``MATCHER_RATE_LIMIT``
    Requests per client address to the routes that read uploads or text, together, e.g. ``60/minute``
    or ``1000/hour;60/minute`` (default ``60/minute``; ``off`` for none). Over it: 429 with Retry-After.
``MATCHER_RATE_LIMIT_STORAGE``
    Where the counts live (default ``memory://``, one process; ``redis://host:6379`` shares them
    between processes, with the ``redis`` package installed).
``MATCHER_PROXIES``
    How many reverse proxies stand in front of the server (default 0). Only then are their
    ``X-Forwarded-For``, ``-Proto``, ``-Host`` and ``-Prefix`` headers believed (Werkzeug's ProxyFix),
    so the rate limit and the logs see the real client address.
``MATCHER_FORCE_HTTPS``
    The site is reached over HTTPS (default off): plain HTTP is redirected, and HSTS and secure
    cookies are sent.
``MATCHER_WEIGHTS``
    A weights file from ``matcher calibrate`` (component weights, scales and the score
    calibration; default: the shipped weights learned on the development data). A file that
    cannot be used stops the start with a message.
``MATCHER_ENGINE``
    A ready :class:`matcher.Engine` to use instead of building one (tests).

Every response carries security headers and every form a CSRF token (:mod:`web.security`); each
request is logged as one JSON line on the ``web.access`` logger, without any document content.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import secrets
import time
from pathlib import Path

from flask import Flask, g, request

__all__ = ["create_app"]

log = logging.getLogger("web.access")

DEFAULTS: dict[str, object] = {
    "MATCHER_DB": None,
    "MATCHER_POSTINGS": None,
    "MATCHER_SEED": "builtin",
    "MATCHER_MAX_UPLOAD_MB": 10,
    "MATCHER_STORE_UPLOADS": False,
    "MATCHER_TAXONOMY": [],
    "MATCHER_AS_OF": None,
    "MATCHER_SESSION_TTL": 1800,
    "MATCHER_DEFAULT_TOP": 10,
    "MATCHER_MAX_RESUMES": 50,
    "MATCHER_ISOLATE": True,
    "MATCHER_PARSE_TIMEOUT": 15,
    "MATCHER_PARSE_WORKERS": 2,
    "MATCHER_PARSE_MEMORY_MB": 1536,
    "MATCHER_SECRET_KEY": None,
    "MATCHER_MAX_BATCH_MB": 50,
    "MATCHER_ADMIN_TOKEN": None,
    "MATCHER_ADMIN_TOKEN_FILE": None,
    "MATCHER_RATE_LIMIT": "60/minute",
    "MATCHER_RATE_LIMIT_STORAGE": "memory://",
    "MATCHER_PROXIES": 0,
    "MATCHER_FORCE_HTTPS": False,
    "MATCHER_WEIGHTS": None,
    "MATCHER_ENGINE": None,
}
ENVIRONMENT = [k for k in DEFAULTS if k != "MATCHER_ENGINE"]
#: Room for multipart boundaries and form fields on top of the file size limit.
FORM_OVERHEAD = 256 * 1024


def _as_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _as_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value)
    return dt.date.fromisoformat(text if len(text) > 7 else text + "-01")


def _as_paths(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, (str, Path)):
        return [p for p in str(value).split(os.pathsep) if p]
    return [str(p) for p in value]


def load_config(config: dict | None) -> dict:
    """Defaults, then environment variables, then ``config``; values coerced to their types."""
    from web.auth import load_token
    from web.errors import ConfigError

    merged = dict(DEFAULTS)
    for key in ENVIRONMENT:
        if os.environ.get(key) is not None:
            merged[key] = os.environ[key]
    merged.update(config or {})
    try:
        merged["MATCHER_MAX_UPLOAD_MB"] = float(merged["MATCHER_MAX_UPLOAD_MB"])
        merged["MATCHER_SESSION_TTL"] = float(merged["MATCHER_SESSION_TTL"])
        merged["MATCHER_DEFAULT_TOP"] = int(merged["MATCHER_DEFAULT_TOP"])
        merged["MATCHER_MAX_RESUMES"] = int(merged["MATCHER_MAX_RESUMES"])
        merged["MATCHER_AS_OF"] = _as_date(merged["MATCHER_AS_OF"])
        merged["MATCHER_PARSE_TIMEOUT"] = float(merged["MATCHER_PARSE_TIMEOUT"])
        merged["MATCHER_PARSE_WORKERS"] = int(merged["MATCHER_PARSE_WORKERS"])
        merged["MATCHER_PARSE_MEMORY_MB"] = int(merged["MATCHER_PARSE_MEMORY_MB"])
        merged["MATCHER_MAX_BATCH_MB"] = float(merged["MATCHER_MAX_BATCH_MB"])
        merged["MATCHER_PROXIES"] = int(merged["MATCHER_PROXIES"])
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"bad configuration: {exc}") from exc
    if merged["MATCHER_MAX_UPLOAD_MB"] <= 0:
        raise ConfigError("MATCHER_MAX_UPLOAD_MB must be positive")
    if (merged["MATCHER_PARSE_TIMEOUT"] <= 0 or merged["MATCHER_PARSE_WORKERS"] < 1
            or merged["MATCHER_PARSE_MEMORY_MB"] < 0):
        raise ConfigError("MATCHER_PARSE_TIMEOUT and MATCHER_PARSE_WORKERS must be positive, "
                          "MATCHER_PARSE_MEMORY_MB zero or more")
    if merged["MATCHER_PROXIES"] < 0:
        raise ConfigError("MATCHER_PROXIES must be 0 or more")
    merged["MATCHER_MAX_BATCH_MB"] = max(merged["MATCHER_MAX_BATCH_MB"], merged["MATCHER_MAX_UPLOAD_MB"])
    merged["MATCHER_STORE_UPLOADS"] = _as_bool(merged["MATCHER_STORE_UPLOADS"])
    merged["MATCHER_ISOLATE"] = _as_bool(merged["MATCHER_ISOLATE"])
    merged["MATCHER_FORCE_HTTPS"] = _as_bool(merged["MATCHER_FORCE_HTTPS"])
    merged["MATCHER_TAXONOMY"] = _as_paths(merged["MATCHER_TAXONOMY"])
    merged["MATCHER_RATE_LIMIT"] = _rate_limit(merged["MATCHER_RATE_LIMIT"])
    merged["MATCHER_ADMIN_TOKEN"] = load_token(merged["MATCHER_ADMIN_TOKEN"], merged["MATCHER_ADMIN_TOKEN_FILE"])
    merged["MATCHER_WEIGHTS"] = _scoring_config(merged["MATCHER_WEIGHTS"])
    return merged


def _scoring_config(value):
    """The :class:`~matcher.scoring.ScoringConfig` of a weights file (path), of a ready config, or the default."""
    from matcher.scoring import ScoringConfig, WeightsFileError
    from web.errors import ConfigError

    if isinstance(value, ScoringConfig):
        return value
    try:
        return ScoringConfig.from_file(value) if value else ScoringConfig()
    except WeightsFileError as exc:
        raise ConfigError(f"MATCHER_WEIGHTS: {exc}") from exc


def _rate_limit(value) -> str | None:
    """A limit such as ``60/minute`` (checked with the ``limits`` package), or ``None`` for off."""
    from limits import parse_many

    from web.errors import ConfigError

    text = str(value or "").strip()
    if text.lower() in ("", "0", "off", "none", "false", "no"):
        return None
    try:
        parse_many(text)
    except ValueError as exc:
        raise ConfigError(f"MATCHER_RATE_LIMIT {text!r} is not a rate limit such as 60/minute") from exc
    return text


def build_engine(taxonomy_paths: list[str], as_of: dt.date | None, config=None):
    from matcher.engine import Engine
    from taxonomy.importers import load_merged
    from web.errors import ConfigError

    try:
        taxonomy = load_merged(taxonomy_paths)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot load taxonomy: {exc}") from exc
    return Engine.default(taxonomy=taxonomy, as_of=as_of, config=config)


def create_app(config: dict | None = None) -> Flask:
    """The application: pages at ``/``, the API at ``/api/v1``, one engine per app."""
    from werkzeug.middleware.proxy_fix import ProxyFix

    from matcher.engine import BUILTIN_POSTINGS
    from matcher.sandbox import shared_reader
    from web import errors, security
    from web.api import bp as api_bp
    from web.pages import bp as pages_bp
    from web.service import MatchService
    from web.store import PostingStore

    app = Flask(__name__, instance_relative_config=False)
    settings = load_config(config)
    app.config.update({k: v for k, v in (config or {}).items() if not k.startswith("MATCHER_")})
    app.config.update(settings)
    app.config["SECRET_KEY"] = (app.config.get("SECRET_KEY") or settings["MATCHER_SECRET_KEY"]
                                or secrets.token_hex(32))
    app.config.setdefault("SESSION_COOKIE_NAME", "matcher_session")

    max_bytes = int(settings["MATCHER_MAX_UPLOAD_MB"] * 1024 * 1024)
    app.config["MATCHER_MAX_UPLOAD_BYTES"] = max_bytes
    app.config["MATCHER_MAX_BATCH_BYTES"] = int(settings["MATCHER_MAX_BATCH_MB"] * 1024 * 1024)
    app.config["MAX_CONTENT_LENGTH"] = max_bytes + FORM_OVERHEAD
    app.config["MAX_FORM_MEMORY_SIZE"] = max_bytes + FORM_OVERHEAD
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    if settings["MATCHER_PROXIES"]:
        n = settings["MATCHER_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n, x_prefix=n)

    db_path = settings["MATCHER_DB"] or os.path.join(app.instance_path, "matcher.sqlite3")
    seed = settings["MATCHER_SEED"]
    if seed == "builtin":
        seed = str(BUILTIN_POSTINGS) if BUILTIN_POSTINGS.is_dir() else None
    engine = settings["MATCHER_ENGINE"] or build_engine(settings["MATCHER_TAXONOMY"], settings["MATCHER_AS_OF"],
                                                        settings["MATCHER_WEIGHTS"])
    # One pool of reader processes per process, shared by its apps; started on the first upload.
    reader = shared_reader(settings["MATCHER_PARSE_WORKERS"], settings["MATCHER_PARSE_MEMORY_MB"]) \
        if settings["MATCHER_ISOLATE"] else None
    service = MatchService(engine, PostingStore(db_path), max_bytes=max_bytes,
                           keep_uploads=settings["MATCHER_STORE_UPLOADS"],
                           session_ttl=settings["MATCHER_SESSION_TTL"], reader=reader,
                           parse_timeout=settings["MATCHER_PARSE_TIMEOUT"])
    service.start(postings=settings["MATCHER_POSTINGS"], seed=seed or None)
    app.extensions["matcher"] = service

    @app.before_request
    def _started() -> None:
        g.started = time.perf_counter()
        g.request_id = secrets.token_hex(8)
        if request.endpoint in BATCH_ENDPOINTS:  # many resumes at once: the batch limit, before any form is read
            request.max_content_length = app.config["MATCHER_MAX_BATCH_BYTES"] + FORM_OVERHEAD

    limit_uploads(app)
    security.protect(app, csrf_exempt=[api_bp])
    app.register_blueprint(pages_bp)
    app.register_blueprint(api_bp)
    errors.register_app(app)
    app.add_url_rule("/healthz", "healthz", _root_alias("healthz"))
    app.add_url_rule("/readyz", "readyz", _root_alias("readyz"))

    if not log.hasHandlers():  # a server that set up no logging (gunicorn) still gets its access lines
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)

    @app.after_request
    def _access_log(response):
        # One JSON line: never a query string, a form field, a header value or a file name.
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        route = request.url_rule.rule if request.url_rule is not None else None  # a pattern: no ids or tokens
        response.headers["X-Request-Id"] = g.get("request_id", "")
        log.info(json.dumps({
            "event": "request", "id": g.get("request_id"), "method": request.method, "route": route,
            "status": response.status_code, "ms": round(elapsed, 1), "bytes": response.calculate_content_length(),
            "client": request.remote_addr}))
        if request.path.startswith(("/results/", "/report/", "/shortlist/", "/api/")):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    return app


#: Endpoints that take many resumes in one request.
BATCH_ENDPOINTS = frozenset({"pages.shortlist_submit", "api.rank_resumes"})


def reads_input(endpoint: str | None) -> bool:
    """Whether the endpoint reads uploads or text (its view is marked :func:`web.security.rate_limited`)."""
    from flask import current_app

    view = current_app.view_functions.get(endpoint or "")
    return bool(getattr(view, "rate_limited", False))


def limit_uploads(app: Flask) -> None:
    """``MATCHER_RATE_LIMIT`` per client address, one budget shared by every route that reads uploads
    or text; Flask-Limiter answers 429 (a JSON error in the API) with Retry-After."""
    from flask_limiter import Limiter
    from flask_limiter.util import get_remote_address

    rate = app.config["MATCHER_RATE_LIMIT"]
    if rate is None:
        return
    Limiter(get_remote_address, app=app, application_limits=[rate], strategy="moving-window",
            application_limits_exempt_when=lambda: not reads_input(request.endpoint),
            storage_uri=app.config["MATCHER_RATE_LIMIT_STORAGE"], headers_enabled=True, key_prefix="matcher")


def _root_alias(name: str):
    def view():
        from web import api

        return getattr(api, name)()

    view.__name__ = name
    return view
