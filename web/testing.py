"""Helpers for the web tests and the load benchmark: test documents and an OpenAPI checker.

``jsonschema`` (the ``[test]`` extra) is imported only by :class:`OpenApiChecker`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import re
import socket
import subprocess
import sys
import unicodedata
from pathlib import Path

from werkzeug.routing import Map

#: The date "Present" means in every web test, so scores do not move with the calendar.
TEST_AS_OF = dt.date(2026, 11, 1)


def _latin1(text: str) -> str:
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return unicodedata.normalize("NFKD", text).encode("latin-1", "ignore").decode("latin-1")


def resume_pdf(text: str, pages: int = 2) -> bytes:
    """A text PDF (fpdf2) of ``text``, its lines spread over ``pages`` pages."""
    from fpdf import FPDF

    lines = text.splitlines()
    per_page = max(1, -(-len(lines) // pages))
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_font("Helvetica", size=10)
    for start in range(0, max(len(lines), 1), per_page):
        pdf.add_page()
        for line in lines[start:start + per_page]:
            pdf.multi_cell(0, 5, _latin1(line) or " ", new_x="LMARGIN", new_y="NEXT")
    while pdf.page < pages:
        pdf.add_page()
        pdf.multi_cell(0, 5, "References available on request.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A PDF whose only page has a drawing and no text layer (like a scan)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_fill_color(40, 40, 40)
    for i in range(12):
        pdf.rect(20, 20 + i * 12, 120 + (i % 4) * 10, 6, style="F")
    return bytes(pdf.output())


def resume_docx(text: str) -> bytes:
    """A DOCX (python-docx) with one paragraph per line of ``text``; short title-like lines become headings."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        if line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        else:
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def form_client(app):
    """A Flask test client that behaves like a browser on the site's forms: every form POST to a
    page carries the CSRF token a page of the client's session holds, as the rendered forms do."""
    from flask.testing import FlaskClient

    from web.security import CSRF_FIELD

    class FormClient(FlaskClient):
        _token: str | None = None

        def open(self, *args, **kwargs):
            path = args[0] if args and isinstance(args[0], str) else kwargs.get("path", "")
            if (kwargs.get("method") == "POST" and "json" not in kwargs and not path.startswith("/api/")
                    and (kwargs.get("data") is None or isinstance(kwargs.get("data"), dict))
                    and CSRF_FIELD not in (kwargs.get("data") or {})):
                kwargs["data"] = {**(kwargs.get("data") or {}), CSRF_FIELD: self.csrf_token()}
            return super().open(*args, **kwargs)

        def csrf_token(self) -> str:
            """The form token of this client's session, read from a rendered form."""
            if self._token is None:
                page = super().open("/", method="GET").get_data(as_text=True)
                self._token = re.search(rf'name="{CSRF_FIELD}" value="([^"]+)"', page).group(1)
            return self._token

        def sign_in(self, token: str):
            """Sign this browser session in with the admin token, through the form."""
            return self.post("/sign-in", data={"token": token, "next": "/postings"})

    return FormClient(app, app.response_class, use_cookies=True)


def multipart(fields: dict[str, str] | None = None,
              files: dict[str, tuple[str, bytes, str]] | None = None,
              files_list: list[tuple[str, tuple[str, bytes, str]]] = ()) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body and its Content-Type, for ``urllib`` clients.

    ``files`` maps a field to ``(filename, data, media type)``; ``files_list`` holds ``(field, (filename,
    data, media type))`` pairs, for a field sent more than once.
    """
    import secrets

    boundary = "----matcher" + secrets.token_hex(12)
    out = io.BytesIO()
    for name, value in (fields or {}).items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
        out.write(str(value).encode("utf-8") + b"\r\n")
    for name, (filename, data, media) in [*(files or {}).items(), *files_list]:
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                  f"Content-Type: {media}\r\n\r\n".encode())
        out.write(data + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def wait_for_server(base_url: str, process=None, timeout: float = 90.0) -> None:
    """Poll ``/healthz`` until the server answers (or its process dies, or time runs out)."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{base_url} did not come up within {timeout:.0f} s")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class OpenApiChecker:
    """Validates real responses against the schema the OpenAPI document gives their operation and status."""

    def __init__(self, spec: dict, url_map: Map | None = None, prefix: str = ""):
        from jsonschema import Draft202012Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        self.spec = spec
        self.prefix = prefix
        self._validator = Draft202012Validator
        self._registry = Registry().with_resource("urn:openapi", Resource.from_contents(spec, DRAFT202012))
        self._patterns = [(re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), path) for path in spec["paths"]]
        self.seen: set[tuple[str, str, str]] = set()

    def template(self, path: str) -> str:
        path = path.split("?", 1)[0]
        if not path.startswith(self.prefix):
            raise AssertionError(f"{path} is not under {self.prefix}")
        rest = path[len(self.prefix):]
        exact = [t for pattern, t in self._patterns if pattern.match(rest) and "{" not in t]
        if exact:
            return exact[0]
        for pattern, template in self._patterns:
            if pattern.match(rest):
                return template
        raise AssertionError(f"{path} is not described in the OpenAPI document")

    def response_spec(self, template: str, method: str, status: int) -> dict:
        operation = self.spec["paths"][template].get(method.lower())
        if operation is None and status in (404, 405):  # a method the path does not have: the error body
            return {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        assert operation is not None, f"{method} {template} is not described"
        responses = operation["responses"]
        found = responses.get(str(status)) or responses.get(f"{status // 100}XX") or responses.get("default")
        assert found is not None, f"{method} {template} has no response for {status}"
        if "$ref" in found:
            found = self.resolve(found["$ref"])
        return found

    def resolve(self, pointer: str) -> dict:
        node = self.spec
        for part in pointer.lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def check(self, method: str, path: str, status: int, content_type: str | None, body: bytes) -> None:
        """Raise AssertionError (or jsonschema.ValidationError) unless the response fits the document."""
        import json

        template = self.template(path)
        response = self.response_spec(template, method, status)
        self.seen.add((method.upper(), template, str(status)))
        content = response.get("content")
        if not content:
            assert not body, f"{method} {template} {status} should have no body"
            return
        media = (content_type or "").split(";")[0].strip()
        assert media in content, f"{method} {template} {status}: {media!r} not in {sorted(content)}"
        schema = content[media].get("schema")
        if schema is None:
            return
        if media == "application/json":
            instance = json.loads(body)
        else:
            instance = body.decode("utf-8") if media.startswith("text/") else None
            if instance is None:
                return
        validator = self._validator({"$ref": "urn:openapi#" + self._pointer_of(schema)} if "$ref" in schema
                                    else schema, registry=self._registry)
        validator.validate(instance)

    @staticmethod
    def _pointer_of(schema: dict) -> str:
        return schema["$ref"][1:]


__all__ = ["OpenApiChecker", "form_client", "free_port", "image_only_pdf", "multipart", "resume_docx", "resume_pdf", "wait_for_server"]


def pdf_text(data: bytes) -> str:
    """All text of a PDF (pypdfium2), to check what a downloaded report says."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def make_app(engine, db, **config):
    """An app for tests: a ready engine, its own SQLite file, the tests' fixed date, and no rate limit
    unless ``MATCHER_RATE_LIMIT`` is given (the rate-limit tests give one)."""
    from web import create_app

    return create_app({"MATCHER_DB": str(db), "MATCHER_ENGINE": engine, "MATCHER_AS_OF": TEST_AS_OF,
                       "TESTING": True, "MATCHER_RATE_LIMIT": "off", **config})


@contextlib.contextmanager
def running_server(workdir, env: dict | None = None, args: tuple[str, ...] = ()):
    """``matcher serve`` (with ``args``) in a subprocess on a free loopback port with a fresh database in
    ``workdir``; yields the base URL, and after stopping it fails if the log holds a traceback."""
    port = free_port()
    log_path = Path(workdir) / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "matcher", "--as-of", TEST_AS_OF.isoformat(), "serve", "--host", "127.0.0.1",
             "--port", str(port), "--db", str(Path(workdir) / "matcher.sqlite3"), *args],
            stdout=log, stderr=subprocess.STDOUT, cwd=workdir,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for_server(base, process)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    output = log_path.read_text(errors="replace")
    assert "Traceback" not in output, output[-3000:]
