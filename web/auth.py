"""Who may change the stored postings: whoever holds the admin token.

The token is ``MATCHER_ADMIN_TOKEN`` (or the first line of the file named by
``MATCHER_ADMIN_TOKEN_FILE``, which ``matcher serve --admin-token-file`` sets).
Without one, adding, changing, importing and deleting postings is turned off
(403 ``writes_disabled``, with how to turn it on). Reading, matching and
reports stay open to everyone.

* API: ``Authorization: Bearer TOKEN`` (parsed by Werkzeug). No token: 401
  ``unauthorized``; a wrong one: 401 ``invalid_token``; both with
  ``WWW-Authenticate`` as RFC 6750 says.
* Pages: a sign-in form takes the token once; the signed session cookie then
  holds a keyed fingerprint of it (never the token), so changing the token
  signs everyone out, and the sign-in lapses after :data:`SIGN_IN_HOURS`.

Tokens are compared in constant time (``hmac.compare_digest`` of their SHA-256
digests, so not even the length leaks) and never logged.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import time
from pathlib import Path

from flask import current_app, request, session

from web.errors import ApiError, ConfigError

MIN_TOKEN_CHARS = 16
SIGN_IN_HOURS = 8
SESSION_KEY = "admin"
ENABLE_HINT = ("set MATCHER_ADMIN_TOKEN (or start the server with matcher serve --admin-token-file FILE) "
               "and send it as 'Authorization: Bearer TOKEN'")
MAKE_ONE = "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"


def load_token(token: str | None, token_file: str | None) -> str | None:
    """The configured token, from the setting or the first line of the file; checked for length."""
    if token_file:
        try:
            lines = Path(token_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the admin token file {token_file}: {exc}") from exc
        token = lines[0].strip() if lines else ""
        if not token:
            raise ConfigError(f"the admin token file {token_file} is empty")
    if token is None or token == "":
        return None
    token = str(token).strip()
    if len(token) < MIN_TOKEN_CHARS:
        raise ConfigError(f"the admin token must be at least {MIN_TOKEN_CHARS} characters; make one with {MAKE_ONE}")
    return token


def _configured() -> str | None:
    return current_app.config.get("MATCHER_ADMIN_TOKEN")


def writes_enabled() -> bool:
    return _configured() is not None


def token_matches(sent: str | None) -> bool:
    """Whether ``sent`` is the configured token (constant time)."""
    expected = _configured()
    if expected is None or not sent:
        return False
    return hmac.compare_digest(hashlib.sha256(sent.encode()).digest(), hashlib.sha256(expected.encode()).digest())


# ---- API -----------------------------------------------------------------------------
def require_token() -> None:
    """Raise the right :class:`ApiError` unless the request carries the admin token."""
    if not writes_enabled():
        raise ApiError(403, "writes_disabled", f"changing the stored postings is turned off on this server: {ENABLE_HINT}")
    auth = request.authorization
    if auth is None or auth.type != "bearer" or not auth.token:
        raise ApiError(401, "unauthorized", "send the admin token as 'Authorization: Bearer TOKEN'",
                       {"WWW-Authenticate": 'Bearer realm="matcher"'})
    if not token_matches(auth.token):
        raise ApiError(401, "invalid_token", "the admin token is not right",
                       {"WWW-Authenticate": 'Bearer realm="matcher", error="invalid_token"'})


def admin_only(view):
    """An API view that changes stored postings: :func:`require_token` first."""

    @functools.wraps(view)
    def guarded(*args, **kwargs):
        require_token()
        return view(*args, **kwargs)

    return guarded


# ---- pages -----------------------------------------------------------------------------
def _fingerprint() -> str:
    """A keyed digest of the configured token, for the session (never the token itself)."""
    key = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(key, (_configured() or "").encode(), hashlib.sha256).hexdigest()


def signed_in() -> bool:
    """Whether this browser session signed in with the current token, less than SIGN_IN_HOURS ago."""
    if not writes_enabled():
        return False
    held = session.get(SESSION_KEY)
    if not isinstance(held, dict) or not isinstance(held.get("fp"), str):
        return False
    fresh = time.time() - float(held.get("at", 0)) < SIGN_IN_HOURS * 3600
    return fresh and hmac.compare_digest(held["fp"], _fingerprint())


def sign_in(sent: str | None) -> bool:
    """Sign this browser session in when ``sent`` is the token."""
    if not token_matches(sent):
        return False
    session[SESSION_KEY] = {"fp": _fingerprint(), "at": time.time()}
    return True


def sign_out() -> None:
    session.pop(SESSION_KEY, None)


__all__ = ["ENABLE_HINT", "MIN_TOKEN_CHARS", "admin_only", "load_token", "require_token", "sign_in", "sign_out",
           "signed_in", "token_matches", "writes_enabled"]
