"""Speed and memory, single-threaded (``python -m bench`` sets the BLAS/OpenMP thread limits to 1).

``profiling``
    Documents per second through ``engine.profile`` (intake normalisation,
    sections, spaCy skill matching, facts): the fixture postings, the same
    continued to about 4 KB each, the real seed postings in ``../shared/seeds``
    when present, and the fixture resumes. Per document: median of repeats
    after a warm-up, so these are *repeated-text* figures (the engine's
    text-keyed line caches all hit).
    ``real_postings_first_sight`` is the honest figure and the one compared
    with the issue's 5 ms target: real 3-4 KB postings (3,000-4,000 bytes) of
    ``../shared/data/matching-dev/postjobfree-postings.jsonl`` in file order,
    each profiled once by an engine that has first profiled the file's first
    200 postings (other documents), as a batch worker sees them: every
    document is new, only boilerplate lines repeat. Garbage collector on.
    ``cpu_median_ms`` is the median of the thread's CPU time per document: other processes on
    a shared machine move it less than the wall-clock ``median_ms``.
    ``host_reference`` times the issue's own yardstick on the same texts right after: spaCy's
    blank English tokenizer, each text tokenized again after a first call (the issue measured
    1.5 ms on its host). Its ratio to 1.5 ms says how fast this run's host was, and
    ``median_ms_at_issue_host_speed`` is the median scaled by it: the figure the issue's host
    would have given. A busy shared host slows both alike (a run on a slow afternoon took a
    third longer on the same code).
``scaling``
    For each corpus size (1,000 / 10,000 / 100,000 synthetic postings, see
    :mod:`bench.synth`): index build time (fit IDF and TF-IDF, vectorise),
    tracemalloc peak during the build, the index's array bytes, and the
    latency of ranking one fixture resume (``top=10``, median of repeats);
    next to a plain scikit-learn TF-IDF baseline on the same texts (fit +
    transform; query = transform, sparse dot product, ``argpartition`` top 10).
    ``ru_maxrss`` is the process's peak so far after each size.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
import tracemalloc

import numpy as np
import spacy

from bench import synth
from bench.common import (
    RESUMES_DIR,
    fixture_paths,
    fixture_text,
    make_engine,
    max_rss_mb,
    rounded,
    seed_paths,
    shared_path,
    time_call,
)
from bench.metrics import describe_growth, growth_exponent

DEFAULT_SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000,)
REFERENCE_RESUME = "ml-engineer-pytorch"
#: The issue's target for profiling a real 3-4 KB posting, one core.
TARGET_PROFILE_4KB_MS = 5.0
#: First-sight stream: warm-up postings, then timed real postings of this many bytes.
FIRST_SIGHT_WARMUP = 200
FIRST_SIGHT_DOCUMENTS = 200
FIRST_SIGHT_BYTES = (3000, 4000)
TARGET_RANK_100K_MS = 20.0
#: The issue's own yardstick for its host: spaCy's blank English tokenizer took 1.5 ms on the same real
#: postings (each text tokenized again, as a plain ``spacy.blank("en")`` does on repeated text).
ISSUE_BLANK_TOKENIZER_MS = 1.5


# ---------------------------------------------------------------------------
# Profiling throughput
# ---------------------------------------------------------------------------
def _profile_set(engine, texts: list[str], kind: str, repeats: int) -> dict:
    medians = []
    for text in texts:
        timing = time_call(lambda text=text: engine.profile(text, kind), repeats=repeats, warmup=1)
        medians.append(timing.median)
    sizes = [len(t.encode()) for t in texts]
    total = sum(medians)
    return {
        "documents": len(texts),
        "mean_kb": rounded(statistics.mean(sizes) / 1024, 2),
        "median_ms": rounded(statistics.median(medians) * 1000, 3),
        "max_ms": rounded(max(medians) * 1000, 3),
        "docs_per_second": rounded(len(texts) / total, 1) if total else None,
        "kb_per_second": rounded(sum(sizes) / 1024 / total, 1) if total else None,
    }


def first_sight_stream(warmup: int = FIRST_SIGHT_WARMUP,
                       documents: int = FIRST_SIGHT_DOCUMENTS) -> tuple[list[str], list[str]] | None:
    """The real postings file's first ``warmup`` texts, then the next ``documents`` distinct
    texts of 3-4 KB not seen before (file order); ``None`` when ``../shared`` is absent."""
    folder = shared_path("data", "matching-dev")
    path = folder / "postjobfree-postings.jsonl" if folder else None
    if path is None or not path.exists():
        return None
    with open(path, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    low, high = FIRST_SIGHT_BYTES
    warm = texts[:warmup]
    seen = set(warm)
    timed = []
    for text in texts[warmup:]:
        if len(timed) == documents:
            break
        if low <= len(text.encode()) <= high and text not in seen:
            seen.add(text)
            timed.append(text)
    return warm, timed


def _first_sight(engine, warm: list[str], texts: list[str]) -> dict:
    """Each of ``texts`` profiled once (after ``warm``), garbage collector on as in a batch."""
    for text in warm:
        engine.profile(text, "posting")
    gc.collect()
    seconds = []
    cpu = []  # this thread's CPU time: less moved than wall time by other processes on a shared machine
    for text in texts:
        start = time.perf_counter()
        start_cpu = time.thread_time()
        engine.profile(text, "posting")
        cpu.append(time.thread_time() - start_cpu)
        seconds.append(time.perf_counter() - start)
    sizes = [len(t.encode()) for t in texts]
    total = sum(seconds)
    return {
        "documents": len(texts),
        "warmup_documents": len(warm),
        "mean_kb": rounded(statistics.mean(sizes) / 1024, 2),
        "median_ms": rounded(statistics.median(seconds) * 1000, 3),
        "p90_ms": rounded(float(np.percentile(seconds, 90)) * 1000, 3),
        "cpu_median_ms": rounded(statistics.median(cpu) * 1000, 3),
        "max_ms": rounded(max(seconds) * 1000, 3),
        "docs_per_second": rounded(len(texts) / total, 1) if total else None,
        "kb_per_second": rounded(sum(sizes) / 1024 / total, 1) if total else None,
    }


def host_reference(texts: list[str], repeats: int = 3) -> dict:
    """The issue's yardstick timed on ``texts``: a fresh ``spacy.blank("en")`` tokenizer that has read
    every text once, then for each text the median of ``repeats`` calls (thread CPU time); the median
    over the texts. (Timed right after each text's first call instead, the same tokenizer takes half as
    long again: the issue's 1.5 ms is the figure of a warmed tokenizer.)"""
    tokenizer = spacy.blank("en").tokenizer
    for text in texts:
        tokenizer(text)
    per_text = []
    for text in texts:
        seconds = []
        for _ in range(repeats):
            start = time.thread_time()
            tokenizer(text)
            seconds.append(time.thread_time() - start)
        per_text.append(statistics.median(seconds))
    median_ms = statistics.median(per_text) * 1000
    return {
        "blank_tokenizer_median_ms": rounded(median_ms, 3),
        "issue_blank_tokenizer_ms": ISSUE_BLANK_TOKENIZER_MS,
        "host_slowness": rounded(median_ms / ISSUE_BLANK_TOKENIZER_MS, 3),
    }


def profiling(quick: bool = False, engine=None) -> dict:
    engine = engine or make_engine()
    repeats = 2 if quick else 7
    # First: a fresh engine has seen nothing but the warm-up postings when the stream is timed.
    stream = first_sight_stream(*((50, 50) if quick else ()))
    first = _first_sight(engine, *stream) if stream else {"skipped": "../shared/data/matching-dev not found"}
    if stream:
        first["host_reference"] = reference = host_reference(stream[1])
        first["median_ms_at_issue_host_speed"] = rounded(first["median_ms"] / reference["host_slowness"], 3)
    postings = [fixture_text(p) for p in fixture_paths("posting")]
    sets = {
        "fixture_postings": (postings, "posting"),
        "postings_4kb": (synth.four_kb_postings(postings), "posting"),
        "fixture_resumes": ([fixture_text(r) for r in fixture_paths("resume")], "resume"),
    }
    seeds = seed_paths()
    if seeds:
        sets["seed_postings"] = ([fixture_text(p) for p in seeds], "posting")
    out = {"real_postings_first_sight": first}
    out.update({name: _profile_set(engine, texts, kind, repeats) for name, (texts, kind) in sets.items()})
    if not seeds:
        out["seed_postings"] = {"skipped": "../shared/seeds not found"}
    every = [s for name, s in out.items() if "documents" in s and name in ("fixture_postings", "postings_4kb",
                                                                           "seed_postings")]
    docs = sum(s["documents"] for s in every)
    seconds = sum(s["documents"] / s["docs_per_second"] for s in every if s["docs_per_second"])
    out["all_postings_docs_per_second"] = rounded(docs / seconds, 1) if seconds else None
    out["repeats"] = repeats
    # The row compared with the target: first sight when the real postings are there.
    out["target_row"] = "real_postings_first_sight" if stream else "postings_4kb"
    out["target_4kb_ms"] = TARGET_PROFILE_4KB_MS
    out["meets_4kb_target"] = out[out["target_row"]]["median_ms"] < TARGET_PROFILE_4KB_MS
    return out


# ---------------------------------------------------------------------------
# Scaling
# ---------------------------------------------------------------------------
def _peak_mb(fn) -> tuple[float, object]:
    gc.collect()
    tracemalloc.start()
    try:
        value = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return round(peak / 1024 / 1024, 1), value


def _median_seconds(fn, repeats: int) -> tuple[float, object]:
    samples = []
    value = None
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        value = fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), value


def _index_bytes(index) -> int:
    """Bytes of every numpy array and scipy sparse matrix an index holds (nested objects too),
    read generically so a change to the index's fields does not break the benchmark."""
    import scipy.sparse as sp

    seen: set[int] = set()

    def size(value, depth: int = 0) -> int:
        if id(value) in seen or depth > 3:
            return 0
        seen.add(id(value))
        if isinstance(value, np.ndarray):
            return int(value.nbytes) if value.dtype != object else 0
        if sp.issparse(value):
            return sum(int(getattr(value, part).nbytes) for part in ("data", "indices", "indptr", "row", "col")
                       if hasattr(value, part))
        if isinstance(value, (list, tuple, dict, str, bytes)) or value is None:
            return 0
        fields = getattr(value, "__dict__", None)
        return sum(size(v, depth + 1) for v in fields.values()) if fields else 0

    return size(index)


def _baseline_query(vectorizer, matrix, text: str, top: int = 10) -> np.ndarray:
    query = vectorizer.transform([text])
    scores = (matrix @ query.T).toarray().ravel()
    k = min(top, len(scores))
    best = np.argpartition(-scores, k - 1)[:k]
    return best[np.lexsort((best, -scores[best]))]


def scaling(sizes=DEFAULT_SIZES, quick: bool = False, engine=None, latency_repeats: int | None = None) -> dict:
    from sklearn.feature_extraction.text import TfidfVectorizer

    engine = engine or make_engine()
    repeats = latency_repeats or (3 if quick else 7)
    postings = [engine.profile(p, "posting") for p in fixture_paths("posting")]
    parts = synth.parts_of(postings)
    resume_path = RESUMES_DIR / f"{REFERENCE_RESUME}.txt"
    resume = engine.profile(resume_path, "resume")
    resume_text = fixture_text(resume_path)
    rows = []
    for n in sizes:
        start = time.perf_counter()
        profiles = synth.synthesize(parts, n, distinct_titles=True)
        synth_seconds = time.perf_counter() - start
        texts = [p.scoring_text for p in profiles]
        build_repeats = 1 if quick or n > 10_000 else 3

        build_s, index = _median_seconds(lambda profiles=profiles: engine.index_posting_profiles(profiles, fit=True),
                                         build_repeats)
        latency = time_call(lambda index=index: index.ranker.rank_postings(resume, index, top=10), repeats=repeats)
        top = [r.posting_id for r in index.ranker.rank_postings(resume, index, top=10)]
        index_mb = round(_index_bytes(index) / 1024 / 1024, 1)
        del index
        peak_mb, index = _peak_mb(lambda profiles=profiles: engine.index_posting_profiles(profiles, fit=True))
        del index

        def baseline_build(texts=texts):
            vectorizer = TfidfVectorizer(stop_words="english")
            return vectorizer, vectorizer.fit_transform(texts).tocsr()

        base_build_s, (vectorizer, matrix) = _median_seconds(baseline_build, build_repeats)
        base_latency = time_call(lambda v=vectorizer, m=matrix: _baseline_query(v, m, resume_text), repeats=repeats)
        base_mb = round((matrix.data.nbytes + matrix.indices.nbytes + matrix.indptr.nbytes) / 1024 / 1024, 1)
        del vectorizer, matrix
        base_peak_mb, _ = _peak_mb(baseline_build)
        del _
        rows.append({
            "postings": n,
            "synthesis_seconds": rounded(synth_seconds, 3),
            "engine": {"build_seconds": rounded(build_s, 3), "rank_ms": latency.ms(),
                       "rank_ms_best": rounded(latency.best * 1000, 3), "build_peak_mb": peak_mb,
                       "index_mb": index_mb, "top_ids": top[:3]},
            "baseline": {"build_seconds": rounded(base_build_s, 3), "rank_ms": base_latency.ms(),
                         "rank_ms_best": rounded(base_latency.best * 1000, 3), "build_peak_mb": base_peak_mb,
                         "index_mb": base_mb},
            "max_rss_mb": max_rss_mb(),
        })
        del profiles, texts
        gc.collect()
    growth = {}
    ns = [r["postings"] for r in rows]
    for system in ("engine", "baseline"):
        for metric in ("rank_ms", "build_seconds", "build_peak_mb"):
            values = [r[system][metric] for r in rows]
            exponent = growth_exponent(ns, values)
            last = growth_exponent(ns[-2:], values[-2:]) if len(ns) > 1 else None
            growth[f"{system}.{metric}"] = {"exponent": rounded(exponent, 3), "shape": describe_growth(exponent),
                                            "exponent_largest_step": rounded(last, 3),
                                            "shape_largest_step": describe_growth(last)}
    at_100k = next((r for r in rows if r["postings"] == 100_000), None)
    return {
        "reference_resume": REFERENCE_RESUME,
        "latency_repeats": repeats,
        "sizes": rows,
        "growth": growth,
        "target_100k_ms": TARGET_RANK_100K_MS,
        "rank_100k_ms": at_100k["engine"]["rank_ms"] if at_100k else None,
        "meets_100k_target": (at_100k["engine"]["rank_ms"] < TARGET_RANK_100K_MS) if at_100k else None,
    }


def run(quick: bool = False, sizes=None) -> dict:
    engine = make_engine()
    return {
        "profiling": profiling(quick=quick, engine=engine),
        "scaling": scaling(sizes or (QUICK_SIZES if quick else DEFAULT_SIZES), quick=quick, engine=engine),
    }
