"""``matcher serve``: the site and API behind waitress.

Why waitress: a production-grade WSGI server that is pure Python (no C
extensions, nothing to compile), runs the same on Linux, macOS and Windows,
is multi-threaded (the engine releases most of its time to numpy, pdfium and
spaCy), buffers whole requests before the app sees them (so a slow client
cannot hold a worker) and is actively maintained by the Pylons project.
gunicorn would need a POSIX system and one engine per worker process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import signal
from collections.abc import Sequence

__all__ = ["serve", "make_server"]


def make_server(host: str = "127.0.0.1", port: int = 8000, postings: str | None = None, db: str | None = None,
                taxonomy: Sequence[str] = (), threads: int = 4, as_of: dt.date | None = None,
                config: dict | None = None):
    """A ready waitress server (not yet running) and its Flask app."""
    from waitress import create_server

    from web import create_app

    settings = dict(config or {})
    if postings:
        settings["MATCHER_POSTINGS"] = postings
    if db:
        settings["MATCHER_DB"] = db
    if taxonomy:
        settings["MATCHER_TAXONOMY"] = list(taxonomy)
    if as_of:
        settings["MATCHER_AS_OF"] = as_of
    app = create_app(settings)
    limit = max(app.config["MAX_CONTENT_LENGTH"], app.config["MATCHER_MAX_BATCH_BYTES"])
    # waitress refuses only far larger bodies itself; up to twice the limit the app answers 413 as JSON.
    # X-Forwarded-* headers reach the app only when it is told to trust proxies (MATCHER_PROXIES),
    # and then the app's ProxyFix reads them; otherwise waitress drops them.
    server = create_server(app, host=host, port=port, threads=threads, ident="matcher",
                           max_request_body_size=2 * limit + 1024 * 1024,
                           clear_untrusted_proxy_headers=not app.config["MATCHER_PROXIES"])
    return server, app


def serve(host: str = "127.0.0.1", port: int = 8000, postings: str | None = None, db: str | None = None,
          taxonomy: Sequence[str] = (), threads: int = 4, as_of: dt.date | None = None,
          config: dict | None = None) -> None:
    """Build the app and serve it until interrupted; prints the URL."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    server, app = make_server(host, port, postings, db, taxonomy, threads, as_of, config)
    shown = f"[{host}]" if ":" in host else host
    count = len(app.extensions["matcher"].scoring.profiles)
    print(f"matcher: serving {count} postings on http://{shown}:{server.effective_port}/ "
          f"(API: http://{shown}:{server.effective_port}/api/v1/openapi.json); Ctrl+C stops", flush=True)
    writes = "on (admin token set)" if app.config["MATCHER_ADMIN_TOKEN"] else \
        "off (set MATCHER_ADMIN_TOKEN or --admin-token-file to turn them on)"
    print(f"matcher: changes to postings {writes}; rate limit {app.config['MATCHER_RATE_LIMIT'] or 'off'} "
          f"per client on uploads", flush=True)
    # SIGTERM (service managers, ``kill``) stops the server like Ctrl+C does, so exit handlers run
    # and the file-reading workers (matcher.sandbox) are stopped too.
    with contextlib.suppress(ValueError):  # not the main thread
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt
