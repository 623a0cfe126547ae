"""Load test of the web API: concurrent clients uploading 2-page PDF resumes to ``POST /api/v1/match``.

    python bench/load_web.py                         # starts `matcher serve` on a free loopback port
    python bench/load_web.py --requests 400 --clients 8
    python bench/load_web.py --url http://127.0.0.1:8000   # an already running server (loopback only)

Each client keeps one HTTP/1.1 connection (``http.client``) and sends the same
2-page PDF (fpdf2, the text of ``fixtures/resumes/ml-engineer-pytorch.txt``)
against the built-in postings. Prints requests per second, latency p50 / p95 /
p99 / max and errors; a response whose ranking differs from the first one
counts as an error too (it would mean requests interfere). The goal is p95
under 500 ms with 4 clients. This is a benchmark, not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/load_web.py` from anywhere
    sys.path.insert(0, str(ROOT))

from web.testing import free_port, multipart, resume_pdf, wait_for_server  # noqa: E402

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
RESUME = ROOT / "fixtures" / "resumes" / "ml-engineer-pytorch.txt"
AS_OF = "2026-11-01"


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile of ``values`` (``q`` in 0-100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def pdf_pages(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


class Client(threading.Thread):
    """One client: a kept-alive connection sending requests while the shared budget lasts."""

    def __init__(self, host: str, port: int, body: bytes, content_type: str, budget: dict, expected: list[str] | None,
                 deadline: float):
        super().__init__(daemon=True)
        self.host, self.port = host, port
        self.body, self.content_type = body, content_type
        self.budget, self.expected, self.deadline = budget, expected, deadline
        self.latencies: list[float] = []
        self.errors: list[str] = []

    def take(self) -> bool:
        with self.budget["lock"]:
            if self.budget["left"] <= 0 or time.monotonic() > self.deadline:
                return False
            self.budget["left"] -= 1
            return True

    def run(self) -> None:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        headers = {"Content-Type": self.content_type, "Content-Length": str(len(self.body))}
        while self.take():
            started = time.perf_counter()
            try:
                connection.request("POST", "/api/v1/match", body=self.body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
                elapsed = time.perf_counter() - started
                if response.status != 200:
                    self.errors.append(f"HTTP {response.status}")
                    continue
                ranking = [r["id"] for r in json.loads(payload)["results"]]
                if self.expected is not None and ranking != self.expected:
                    self.errors.append("ranking differs from the first response")
                    continue
                self.latencies.append(elapsed)
            except (OSError, http.client.HTTPException, ValueError) as exc:
                self.errors.append(type(exc).__name__)
                connection.close()
                connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        connection.close()


def start_server(threads: int, workdir: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log = (workdir / "server.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "matcher", "--as-of", AS_OF, "serve", "--host", "127.0.0.1", "--port", str(port),
         "--db", str(workdir / "matcher.sqlite3"), "--threads", str(threads),
         "--rate-limit", "off"],  # a load test is one client address: the per-client limit would cut it short
        stdout=log, stderr=subprocess.STDOUT, cwd=workdir, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    return process, f"http://127.0.0.1:{port}"


def run(url: str, requests: int, clients: int, budget_seconds: float, top: int) -> dict:
    parsed = urllib.parse.urlsplit(url)
    if parsed.hostname not in LOOPBACK:
        raise SystemExit(f"refusing {url}: the load test only talks to loopback addresses")
    host, port = parsed.hostname, parsed.port or 80
    pdf = resume_pdf(RESUME.read_text(encoding="utf-8"), pages=2)
    body, content_type = multipart({"top": str(top)}, {"resume": ("resume.pdf", pdf, "application/pdf")})

    # Warm-up (also the reference ranking every later response must equal).
    warm = Client(host, port, body, content_type, {"lock": threading.Lock(), "left": 3}, None, time.monotonic() + 60)
    warm.run()
    if warm.errors or not warm.latencies:
        raise SystemExit(f"warm-up failed: {warm.errors}")
    connection = http.client.HTTPConnection(host, port, timeout=60)
    connection.request("POST", "/api/v1/match", body=body, headers={"Content-Type": content_type})
    expected = [r["id"] for r in json.loads(connection.getresponse().read())["results"]]
    connection.close()

    budget = {"lock": threading.Lock(), "left": requests}
    deadline = time.monotonic() + budget_seconds
    workers = [Client(host, port, body, content_type, budget, expected, deadline) for _ in range(clients)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    wall = time.perf_counter() - started
    latencies = [x for w in workers for x in w.latencies]
    errors = [e for w in workers for e in w.errors]
    done = len(latencies) + len(errors)
    return {
        "url": url, "clients": clients, "requests": done, "ok": len(latencies), "errors": len(errors),
        "error_kinds": sorted(set(errors)), "seconds": round(wall, 2),
        "requests_per_second": round(done / wall, 1) if wall else 0.0,
        "p50_ms": round(percentile(latencies, 50) * 1000, 1), "p95_ms": round(percentile(latencies, 95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 99) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1) if latencies else float("nan"),
        "pdf_bytes": len(pdf), "pdf_pages": pdf_pages(pdf), "top": top, "postings_ranked": len(expected),
        "stopped_by_time_budget": done < requests,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="requests to send in all (default 200)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (default 4)")
    parser.add_argument("--threads", type=int, default=4, help="waitress threads of the started server (default 4)")
    parser.add_argument("--top", type=int, default=10, help="results per response (default 10)")
    parser.add_argument("--time-budget", type=float, default=300, help="stop after this many seconds (default 300)")
    parser.add_argument("--url", help="use this running server (loopback only) instead of starting one")
    parser.add_argument("--json", dest="json_path", help="also write the figures to this file")
    args = parser.parse_args(argv)

    process = None
    with tempfile.TemporaryDirectory(prefix="matcher-load-") as tmp:
        try:
            if args.url:
                url = args.url.rstrip("/")
            else:
                process, url = start_server(args.threads, Path(tmp))
                print(f"starting matcher serve on {url} ...", file=sys.stderr)
                wait_for_server(url, process)
            figures = run(url, args.requests, args.clients, args.time_budget, args.top)
        finally:
            if process is not None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
    print(f"POST /api/v1/match, {figures['pdf_pages']}-page PDF ({figures['pdf_bytes']:,} bytes) against "
          f"{figures['postings_ranked'] if figures['top'] == 0 else 'the built-in'} postings, top {figures['top']}")
    print(f"clients {figures['clients']}  requests {figures['requests']}  ok {figures['ok']}  "
          f"errors {figures['errors']}{' ' + str(figures['error_kinds']) if figures['errors'] else ''}")
    print(f"throughput {figures['requests_per_second']} requests/s over {figures['seconds']} s")
    print(f"latency p50 {figures['p50_ms']} ms  p95 {figures['p95_ms']} ms  p99 {figures['p99_ms']} ms  "
          f"max {figures['max_ms']} ms  (goal: p95 < 500 ms: {'met' if figures['p95_ms'] < 500 else 'NOT met'})")
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
