"""What every section shares: paths, the pinned engine, fixtures, timing and machine info."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
POSTINGS_DIR = FIXTURES / "postings"
RESUMES_DIR = FIXTURES / "resumes"
GOLD_DIR = FIXTURES / "gold"
RESULTS_DIR = Path(__file__).resolve().parent / "results"
DEFAULT_JSON = RESULTS_DIR / "latest.json"

#: ``../shared`` beside the repository: SkillSpan, ESCO and the seed postings. Never copied in.
SHARED = Path(os.environ.get("MATCHER_SHARED", REPO.parent / "shared"))

#: "Present" in a resume means this date, so scores do not change with the day they are taken.
AS_OF = dt.date(2025, 6, 1)

VERSIONED_PACKAGES = ("spacy", "scikit-learn", "numpy", "scipy", "rapidfuzz")


def shared_path(*parts: str) -> Path | None:
    """A path under ``../shared``, or ``None`` when it is absent."""
    path = SHARED.joinpath(*parts)
    return path if path.exists() else None


def make_engine(**kwargs):
    """An :class:`~matcher.Engine` with ``as_of`` pinned (not fitted: callers fit on what they rank)."""
    from matcher import Engine

    kwargs.setdefault("as_of", AS_OF)
    return Engine(**kwargs)


def fixture_paths(kind: str) -> list[Path]:
    """Fixture postings or resumes, sorted by name (``kind`` is ``posting`` or ``resume``)."""
    folder = POSTINGS_DIR if kind == "posting" else RESUMES_DIR
    return sorted(folder.glob("*.txt"))


def seed_paths() -> list[Path]:
    folder = shared_path("seeds")
    return sorted(folder.glob("*.txt")) if folder else []


@cache
def fixture_text(path: Path) -> str:
    """The normalised text of a fixture, as the engine reads it (engine-independent)."""
    from matcher.intake import read_document

    return read_document(path).text


def load_json(path: Path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def load_judgements(path: Path | None = None) -> list[dict]:
    path = path or FIXTURES / "judgements.jsonl"
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# ---------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------
@dataclass
class Timing:
    """Seconds of each repeat after the warm-up."""

    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def best(self) -> float:
        return min(self.samples)

    def ms(self) -> float:
        return round(self.median * 1000.0, 3)


def time_call(fn: Callable[[], object], repeats: int = 7, warmup: int = 1) -> Timing:
    """Median-of-repeats timing with :func:`time.perf_counter`, garbage collector paused."""
    for _ in range(warmup):
        fn()
    samples = []
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
    finally:
        if enabled:
            gc.enable()
    return Timing(samples)


def max_rss_mb() -> float | None:
    """The process's peak resident set size so far, in MiB (Linux reports KiB)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Linux
        return None
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(value / 1024.0 if sys.platform != "darwin" else value / 1024.0 / 1024.0, 1)


# ---------------------------------------------------------------------------
# Machine
# ---------------------------------------------------------------------------
def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_total_gb() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                             timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def engine_dirty() -> bool | None:
    """Whether matcher/ or taxonomy/ differ from the commit (figures then describe uncommitted code)."""
    try:
        out = subprocess.run(["git", "status", "--porcelain", "--", "matcher", "taxonomy"], cwd=REPO,
                             capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return bool(out.stdout.strip()) if out.returncode == 0 else None


def machine_info() -> dict:
    from matcher import SCORING_VERSION

    versions = {}
    for name in VERSIONED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        usable = os.cpu_count()
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "cores_usable": usable,
        "memory_gb": memory_total_gb(),
        "threads": {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")},
        "versions": versions,
        "scoring_version": SCORING_VERSION,
        "git_commit": git_commit(),
        "engine_uncommitted_changes": engine_dirty(),
        "date": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "as_of": AS_OF.isoformat(),
    }


def rounded(value, digits: int = 4):
    """``value`` rounded for JSON; ``None`` and NaN become ``None``."""
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    if number != number:  # NaN
        return None
    return round(number, digits)
