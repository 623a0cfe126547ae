"""Batch throughput: ``matcher batch`` in one process and on Spark ``local[2]`` (two workers) on
the same real postings and resumes (``../shared/data/matching-dev``; the fixtures when it is
absent), and what that means for 10^6 postings x 10^7 resumes.

``single`` / ``spark``
    Profiling: every document once, resumes then postings (as a batch worker sees them),
    documents per second per core and the median milliseconds of the real 3-4 KB postings among
    them, each new to an engine that has already profiled the resumes. Per direction (``per=resume``: each resume's best 10 postings; ``per=posting``: each
    posting's best 10 resumes): documents profiled per second per core, pairs ranked per
    second (targets x pool / ranking seconds: every pair is covered exactly) and pairs the
    ``Ranker`` actually scored, the seconds of each stage, the peak memory of a worker process
    (Spark) and whether Spark's rows equal the single process's.
``scaling``
    One target ranked against the real pool and against that pool repeated to ``REPLICATED``
    documents (distinct ids and titles): milliseconds per target (score every pair, explain the
    top 10), the index build time and the pickled size of a shard (what is broadcast).
``extrapolation``
    Core-hours for 10^6 postings x 10^7 resumes, per direction: profiling 1.1 x 10^7 documents
    at the measured rate, plus 10^7 (or 10^6) targets, each costing ``shards * a + b * pool``
    milliseconds with ``a + b * pool`` the per-target time through the two measured pool sizes
    and ``shards`` the pool cut in ``--shard-size`` (default) pieces; and hours on ``CORES`` cores at
    the measured Spark efficiency.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import AS_OF, POSTINGS_DIR, RESUMES_DIR, rounded, shared_path

TOP = 10
QUICK_DOCUMENTS = 300
#: The pool repeated to these sizes (by the pool's kind) to see how ranking time grows.
REPLICATED = {"posting": 100_000, "resume": 30_000}
QUICK_REPLICATED = {"posting": 5_000, "resume": 3_000}
SCALING_TARGETS = 60
POSTINGS_AT_SCALE = 1_000_000
RESUMES_AT_SCALE = 10_000_000
CORES = (64, 512)
#: The issue's target for profiling a real 3-4 KB posting, one core.
PROFILE_TARGET_MS = 5.0


def _records(quick: bool, limit: int | None) -> tuple[dict, str]:
    from matcher.corpus import load_records

    folder = shared_path("data", "matching-dev")
    n = limit or (QUICK_DOCUMENTS if quick else None)
    if folder is None:
        return {"posting": load_records(POSTINGS_DIR)[:n], "resume": load_records(RESUMES_DIR)[:n]}, "fixtures"
    data = {"posting": load_records(folder / "postjobfree-postings.jsonl")[:n],
            "resume": load_records(folder / "postjobfree-resumes.jsonl")[:n]}
    return data, "../shared/data/matching-dev (postjobfree)"


def _engine():
    from matcher import Engine

    return Engine.default(as_of=AS_OF)


def _kb(records) -> float:
    return statistics.mean(len(r.text or "") for r in records) / 1024


def single_process(records: dict) -> dict:
    """Both directions in this process (one core); profiles are computed once and reused."""
    from matcher import batch

    engine = _engine()
    profiles: dict[str, list] = {"posting": [], "resume": []}
    mid_size_ms = []  # each real 3-4 KB posting, profiled once, as a batch sees it
    start = time.perf_counter()
    # Resumes first: the postings are then profiled by a warm engine, as in a batch worker that
    # has been through a partition or two (each document is still new to it).
    for kind in ("resume", "posting"):
        for record in records[kind]:
            began = time.perf_counter()
            profiles[kind].append(engine.profile(record, kind))
            if kind == "posting" and 3000 <= len((record.text or "").encode()) <= 4000:
                mid_size_ms.append(1000 * (time.perf_counter() - began))
    profile_seconds = time.perf_counter() - start
    n_docs = sum(len(v) for v in profiles.values())
    out = {"documents": n_docs, "profile_seconds": rounded(profile_seconds, 2),
           "docs_per_second_per_core": rounded(n_docs / profile_seconds, 1),
           "posting_3_4kb": {"documents": len(mid_size_ms),
                             "median_ms": rounded(statistics.median(mid_size_ms), 2) if mid_size_ms else None,
                             "target_ms": PROFILE_TARGET_MS},
           "directions": {}, "rows": {}}
    for per in batch.PER:
        outcome = batch.run_local(_engine(), per, resumes=profiles["resume"], postings=profiles["posting"], top=TOP)
        stats = outcome.stats
        rank_seconds = stats.seconds.get("fit", 0) + stats.seconds.get("index", 0) + stats.seconds["rank"]
        out["directions"][per] = {
            "targets": stats.targets, "pool": stats.pool, "rows": stats.rows,
            "rank_seconds": rounded(rank_seconds, 2),
            "pairs_per_second": rounded(stats.all_pairs / rank_seconds, 0),
            "scored_pairs_per_second": rounded(stats.pairs_scored / rank_seconds, 0),
            "ms_per_target": rounded(1000 * rank_seconds / stats.targets, 2),
            "seconds": stats.seconds,
        }
        out["rows"][per] = outcome.rows
        lasts = [r["score"] for r in outcome.rows if r["rank"] == TOP]
        if lasts:
            q = statistics.quantiles(lasts, n=10)
            out["directions"][per]["top_th_score_p10_p50_p90"] = [rounded(q[0], 1), rounded(q[4], 1), rounded(q[8], 1)]
    return out


def no_shared_skill_ceiling() -> float:
    """The highest score a pair whose resume has no skill the posting asks for can reach with the
    default settings (every other component perfect; skills, the F-beta of a zero coverage, 0):
    what any exact blocking on skills would have to beat."""
    import numpy as np

    from matcher.scoring import ScoringConfig, calibrate

    config = ScoringConfig()
    skills = config.weights.get("skills", 0.0)
    rest = sum(w for name, w in config.weights.items() if name != "skills")
    raw = rest / (skills + rest) if skills else 1.0
    return rounded(float(calibrate(np.array([raw]), config)[0]), 1)


def spark_local(records: dict, workers: int = 2) -> dict:
    """Both directions on Spark ``local[workers]`` through :func:`matcher.spark.run_spark`."""
    try:
        from matcher import spark as spark_step
    except ImportError as exc:
        return {"skipped": f"PySpark is not installed ({exc})"}
    if spark_step.java_runtime() is None:
        return {"skipped": "no Java runtime"}
    import pyarrow.parquet as pq

    from matcher import batch

    engine = _engine()
    spec = batch.EngineSpec(taxonomy=engine.taxonomy, base_model=None, config=engine.config, fuzzy=True,
                            as_of=AS_OF)
    out: dict = {"workers": workers, "directions": {}, "rows": {}}
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        paths = {}
        for kind, rows in records.items():
            paths[kind] = Path(tmp) / f"{kind}s.jsonl"
            paths[kind].write_text("".join(json.dumps({"id": r.id, "text": r.text}) + "\n" for r in rows),
                                   encoding="utf-8")
        start = time.perf_counter()
        session = spark_step.start_session(f"local[{workers}]", app_name="matcher bench")
        out["session_start_seconds"] = rounded(time.perf_counter() - start, 2)
        try:
            for per in batch.PER:
                output = Path(tmp) / f"out-{per}"
                start = time.perf_counter()
                stats = spark_step.run_spark(session, _engine(), spec, per, resumes=str(paths["resume"]),
                                             postings=str(paths["posting"]), top=TOP, output=str(output))
                wall = time.perf_counter() - start
                n_docs = sum(len(v) for v in records.values())
                rank_seconds = sum(stats.seconds.get(s, 0) for s in ("fit", "index", "rank"))
                out["directions"][per] = {
                    "targets": stats.targets, "pool": stats.pool, "rows": stats.rows,
                    "wall_seconds": rounded(wall, 2), "seconds": stats.seconds,
                    "docs_per_second": rounded(n_docs / stats.seconds["profile"], 1),
                    "docs_per_second_per_core": rounded(n_docs / stats.seconds["profile"] / workers, 1),
                    "rank_seconds": rounded(rank_seconds, 2),
                    "pairs_per_second": rounded(stats.all_pairs / rank_seconds, 0),
                    "worker_peak_rss_mb": rounded(stats.peak_rss_mb, 0),
                }
                out["rows"][per] = pq.read_table(output).to_pylist()
            out["jvm_peak_rss_mb"] = _jvm_peak_rss_mb(session)
        finally:
            session.stop()
    return out


def _jvm_peak_rss_mb(session) -> float | None:
    """VmHWM of Spark's JVM (driver and, on a local master, the executor), when it is our child."""
    proc = getattr(session.sparkContext._gateway, "proc", None)  # noqa: SLF001 - PySpark keeps the process here
    try:
        for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 0)
    except (AttributeError, OSError, ValueError):
        return None
    return None


def _same_rows(a: list[dict], b: list[dict]) -> bool:
    def key(rows):
        return sorted((r["resume_id"], r["posting_id"], r["rank"], r["score"], tuple(r["matched"]),
                       tuple(r["missing_required"]), r["breakdown"]) for r in rows)

    return key(a) == key(b)


def pool_scaling(records: dict, sizes: dict[str, int]) -> dict:
    """Milliseconds to rank one target against the real pool and against copies of it, and the
    broadcast size of a shard, per direction."""
    from matcher import batch

    engine = _engine()
    profiles = {kind: [engine.profile(r, kind) for r in records[kind]] for kind in ("posting", "resume")}
    out: dict = {}
    for per in batch.PER:
        pool = profiles[batch.pool_kind(per)]
        size = sizes[batch.pool_kind(per)]
        targets = profiles[batch.target_kind(per)][:SCALING_TARGETS]
        copies = -(-size // len(pool))
        # Copies get their own ids and titles, as real pools have (a title is compared once per distinct title).
        repeated = [dataclasses.replace(p, id=f"{p.id}~{k}", title=f"{p.title} {k}" if p.title else None)
                    for k in range(copies) for p in pool][:size]
        ranker = batch.fitted_ranker(engine, per, postings=profiles["posting"], resumes=profiles["resume"])
        rows = []
        for members in (pool, repeated):
            start = time.perf_counter()
            shard = batch.build_shard(ranker, per, members)
            row = {"pool": len(members), "index_seconds": rounded(time.perf_counter() - start, 2)}
            if members is pool:  # copies share their parts, so only the real pool's size means anything
                row["shard_mb_pickled"] = rounded(len(pickle.dumps(shard)) / 2**20, 1)
            start = time.perf_counter()
            for _ in batch.rank_targets(shard, targets, TOP, batch.BatchStats()):
                pass
            row["ms_per_target"] = rounded(1000 * (time.perf_counter() - start) / len(targets), 2)
            rows.append(row)
        out[per] = {"targets": len(targets), "pools": rows}
    return out


def _line(points: list[tuple[int, float]]) -> tuple[float, float]:
    """``(a, b)`` of ``ms = a + b * pool`` through two measured points (``b >= 0``)."""
    (x1, y1), (x2, y2) = points
    slope = max(0.0, (y2 - y1) / (x2 - x1)) if x2 != x1 else 0.0
    return y1 - slope * x1, slope


def extrapolation(single: dict, spark: dict, scaling: dict) -> dict:
    """Core-hours and wall-clock hours for 10^6 postings x 10^7 resumes from the measured rates."""
    from matcher import batch

    docs = POSTINGS_AT_SCALE + RESUMES_AT_SCALE
    profile_core_hours = docs / single["docs_per_second_per_core"] / 3600
    efficiency = None
    spark_dirs = spark.get("directions", {})
    if spark_dirs:
        rates = [d["docs_per_second_per_core"] for d in spark_dirs.values()]
        efficiency = min(1.0, statistics.mean(rates) / single["docs_per_second_per_core"])
    out: dict = {"postings": POSTINGS_AT_SCALE, "resumes": RESUMES_AT_SCALE,
                 "profile_core_hours": rounded(profile_core_hours, 1),
                 "spark_efficiency": rounded(efficiency, 2), "directions": {}}
    for per, targets, pool in (("resume", RESUMES_AT_SCALE, POSTINGS_AT_SCALE),
                               ("posting", POSTINGS_AT_SCALE, RESUMES_AT_SCALE)):
        fixed, per_document = _line([(p["pool"], p["ms_per_target"]) for p in scaling[per]["pools"]])
        shards = -(-pool // batch.DEFAULT_SHARD_SIZE)
        # Every shard costs a target its fixed cost again (vectors, explanation of its top).
        ms = shards * max(fixed, 0.0) + per_document * pool
        core_hours = profile_core_hours + targets * ms / 1000 / 3600
        entry = {"targets": targets, "pool": pool, "shards": shards, "fixed_ms": rounded(fixed, 2),
                 "us_per_pair": rounded(1000 * per_document, 3), "ms_per_target": rounded(ms, 1),
                 "rank_core_hours": rounded(core_hours - profile_core_hours, 0), "core_hours": rounded(core_hours, 0)}
        for cores in CORES:
            entry[f"hours_on_{cores}_cores"] = rounded(core_hours / cores / (efficiency or 1.0), 1)
        out["directions"][per] = entry
    return out


def run(quick: bool = False, spark: bool = True, limit: int | None = None,
        replicated: dict[str, int] | None = None) -> dict:
    """All batch figures; ``spark=False`` skips the Spark run, ``limit`` caps the documents per
    side, ``replicated`` sets the repeated pool sizes (by kind; default :data:`REPLICATED`)."""
    records, source = _records(quick, limit)
    result: dict = {"source": source, "top": TOP,
                    "documents": {k: len(v) for k, v in records.items()},
                    "mean_kb": {k: rounded(_kb(v), 2) for k, v in records.items()}}
    single = single_process(records)
    spark_figures = spark_local(records) if spark else {"skipped": "not asked (spark=False)"}
    if "rows" in spark_figures:
        result["spark_equals_single"] = all(_same_rows(single["rows"][per], spark_figures["rows"][per])
                                            for per in spark_figures["rows"])
    single.pop("rows")
    spark_figures.pop("rows", None)
    result["single"], result["spark"] = single, spark_figures
    result["no_shared_skill_ceiling"] = no_shared_skill_ceiling()
    result["scaling"] = pool_scaling(records, replicated or (QUICK_REPLICATED if quick else REPLICATED))
    result["extrapolation"] = extrapolation(single, spark_figures, result["scaling"])
    return result
