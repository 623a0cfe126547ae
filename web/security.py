"""Security of the site: CSRF tokens on its forms, and security headers on every response.

CSRF: every POST form of the pages carries a random token that is also kept in
Flask's signed session cookie (``SameSite=Lax``, ``HttpOnly``), and a POST
whose token is missing or does not match gets 400 with a page that says to
reload the form. Another site can make a browser send a form, but cannot read
or forge the token (the cookie is signed with ``SECRET_KEY``).

The JSON API takes no token, on purpose: its clients are programs sending JSON
or multipart requests, and it uses no cookies or other ambient credentials
(the session is never read there), so a forged request carries nothing the
forging site lacks. A browser cannot send ``application/json`` cross-site
without a CORS preflight, which the API never grants; what it can send
cross-site, a form, is refused when its ``Origin``/``Sec-Fetch-Site`` headers
say it came from another site (403 ``cross_origin``), which keeps a web page
from driving a server that only the visitor's machine can reach (localhost).

Headers: a Content-Security-Policy that allows only this site's own styles
and scripts (no inline scripts or styles: the templates use neither), no
framing (``frame-ancestors 'none'`` and ``X-Frame-Options: DENY``), forms
posting only to this site, ``X-Content-Type-Options: nosniff`` and
``Referrer-Policy: no-referrer`` (result and report addresses hold tokens).
"""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from flask import Response, request, session

CSRF_FIELD = "csrf_token"
SESSION_KEY = "csrf"

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
#: Downloaded reports: the HTML report carries its own inline styles and nothing else may run.
DOWNLOAD_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox"
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def csrf_token() -> str:
    """This browser session's form token (made on first use)."""
    token = session.get(SESSION_KEY)
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        session[SESSION_KEY] = token
    return token


def csrf_valid(sent: str | None) -> bool:
    """Whether ``sent`` (the form's token) matches the session's."""
    expected = session.get(SESSION_KEY)
    if not isinstance(expected, str) or not expected or not isinstance(sent, str) or not sent:
        return False
    return hmac.compare_digest(sent.encode(), expected.encode())


def cross_site_request() -> bool:
    """Whether a browser sent this request on behalf of another site (``Sec-Fetch-Site``, or an
    ``Origin`` that is not this host). API clients outside browsers send neither header."""
    if request.headers.get("Sec-Fetch-Site") in ("cross-site", "same-site"):
        return True
    origin = request.headers.get("Origin")
    return origin is not None and urlsplit(origin).netloc != request.host


def add_headers(response: Response) -> Response:
    """The security headers, unless a view set its own (downloads set a stricter policy)."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


__all__ = ["CONTENT_SECURITY_POLICY", "CSRF_FIELD", "DOWNLOAD_POLICY", "HEADERS", "SESSION_KEY", "add_headers",
           "cross_site_request", "csrf_token", "csrf_valid"]
