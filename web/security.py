"""Security of the site: CSRF tokens on its forms (Flask-WTF), security headers on every
response (Flask-Talisman), and the API's refusal of cross-site browser posts.

CSRF: :class:`flask_wtf.csrf.CSRFProtect` checks every POST to the pages: each
form carries a signed token tied to the browser's session cookie (``SameSite=Lax``,
``HttpOnly``), and a POST whose token is missing, expired or wrong is refused
with a page that says to reload the form. Another site can make a browser send
a form, but cannot read or forge the token.

The JSON API is exempt from CSRF, on purpose: its clients are programs sending
JSON or multipart requests, and it reads no cookies or other ambient
credentials (writes need an ``Authorization`` header, which a cross-site form
cannot send), so a forged request carries nothing the forging site lacks. A
browser cannot send ``application/json`` cross-site without a CORS preflight,
which the API never grants; what it can send cross-site, a form, is refused when
its ``Origin``/``Sec-Fetch-Site`` headers say it came from another site (403
``cross_origin``), which keeps a web page from driving a server that only the
visitor's machine can reach (localhost).

Headers (Talisman): a Content-Security-Policy that allows only this site's own
styles and scripts (no inline scripts or styles: the templates use neither), no
framing (``frame-ancestors 'none'`` and ``X-Frame-Options: DENY``), forms
posting only to this site, ``X-Content-Type-Options: nosniff``,
``Referrer-Policy: no-referrer`` (result and report addresses hold tokens) and a
Permissions-Policy that turns off what the site never uses. Downloads get a
stricter policy (:data:`DOWNLOAD_POLICY`). HTTPS redirects, HSTS and secure
cookies are on when ``MATCHER_FORCE_HTTPS`` says the site is reached over HTTPS.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, request
from flask_talisman import Talisman
from flask_wtf.csrf import CSRFProtect

CSRF_FIELD = "csrf_token"

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
#: Downloaded reports: the HTML report carries its own inline styles and nothing else may run.
DOWNLOAD_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox"
PERMISSIONS_POLICY = {"camera": "()", "microphone": "()", "geolocation": "()", "browsing-topics": "()"}


def protect(app: Flask, csrf_exempt=()) -> None:
    """CSRF on the pages' forms (every blueprint in ``csrf_exempt`` is left out) and the security headers."""
    https = bool(app.config["MATCHER_FORCE_HTTPS"])
    app.config.setdefault("WTF_CSRF_FIELD_NAME", CSRF_FIELD)
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)  # valid as long as the browser session
    app.config.setdefault("WTF_CSRF_SSL_STRICT", https)
    csrf = CSRFProtect(app)
    for blueprint in csrf_exempt:
        csrf.exempt(blueprint)
    Talisman(app, force_https=https, strict_transport_security=https, session_cookie_secure=https,
             content_security_policy=CONTENT_SECURITY_POLICY, frame_options="DENY", referrer_policy="no-referrer",
             permissions_policy=PERMISSIONS_POLICY, session_cookie_samesite="Lax")


def download_headers(view):
    """A view whose responses are downloads: :data:`DOWNLOAD_POLICY` instead of the site's policy
    (Talisman's per-view options)."""
    view.talisman_view_options = {"content_security_policy": DOWNLOAD_POLICY}
    return view


def rate_limited(view):
    """A view that reads uploads or text: it counts against ``MATCHER_RATE_LIMIT`` (``web.limit_uploads``)."""
    view.rate_limited = True
    return view


def cross_site_request() -> bool:
    """Whether a browser sent this request on behalf of another site (``Sec-Fetch-Site``, or an
    ``Origin`` that is not this host). API clients outside browsers send neither header."""
    if request.headers.get("Sec-Fetch-Site") in ("cross-site", "same-site"):
        return True
    origin = request.headers.get("Origin")
    return origin is not None and urlsplit(origin).netloc != request.host


__all__ = ["CONTENT_SECURITY_POLICY", "CSRF_FIELD", "DOWNLOAD_POLICY", "cross_site_request", "download_headers",
           "protect", "rate_limited"]
