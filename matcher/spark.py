"""Step 9 on Apache Spark: ``matcher batch`` distributed with PySpark.

The functions of :mod:`matcher.batch` run where Spark puts them:

* inputs are read by Spark (JSON lines, CSV, Parquet, or a folder of documents as binary
  files), so they may live on HDFS or S3 as well as on a local disk;
* profiles are computed in ``mapPartitions``, one engine per Python worker process
  (:func:`matcher.batch.worker_engine`, built from a broadcast :class:`~matcher.batch.EngineSpec`);
* the statistics are fitted once on the driver (:func:`matcher.batch.fitted_ranker`) and the
  pool is indexed there, shard by shard; each shard (the index and its fitted ranker)
  is broadcast and every partition of targets is ranked against it;
* the best ``top`` of the shards are merged per target, and the kept pairs written as Parquet.

Import this module only when Spark is wanted: it imports ``pyspark``.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

from pyspark import AccumulatorParam, SparkConf, StorageLevel
from pyspark.errors import AnalysisException, PySparkException
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from matcher import batch
from matcher.corpus import (
    DOCUMENT_SUFFIXES,
    META_FIELDS,
    FileContent,
    Record,
    Skipped,
    collection_format,
    record_of,
)
from matcher.engine import Engine
from matcher.intake import IntakeError
from matcher.profile import Profile

OUTPUT_SCHEMA = T.StructType([
    T.StructField("resume_id", T.StringType(), False),
    T.StructField("posting_id", T.StringType(), False),
    T.StructField("rank", T.IntegerType(), False),
    T.StructField("score", T.DoubleType(), False),
    T.StructField("band", T.StringType(), False),
    T.StructField("scoring_version", T.StringType(), False),
    T.StructField("matched", T.ArrayType(T.StringType(), False), False),
    T.StructField("missing_required", T.ArrayType(T.StringType(), False), False),
    T.StructField("breakdown", T.StringType(), False),
])
NO_JAVA = ("Spark needs a Java runtime (17 or newer) and none was found: install one "
           "(Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or set JAVA_HOME")
LOG_CONFIG = Path(__file__).with_name("log4j2.properties")
#: Documents per profiling partition, at most (about 10 s of work each).
PARTITION_DOCUMENTS = 1000


def java_runtime() -> str | None:
    """The ``java`` Spark would start: ``$JAVA_HOME/bin/java`` or the first on ``PATH``."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def start_session(master: str | None = None, app_name: str = "matcher batch") -> SparkSession:
    """A Spark session on ``master``; by default ``local[*]``, or the master ``spark-submit``
    was given when it started this program. Raises :class:`~matcher.batch.BatchError` when
    there is no Java runtime or Spark cannot start."""
    if java_runtime() is None:
        raise batch.BatchError(NO_JAVA)
    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    master = master or (None if under_submit else "local[*]")
    conf = SparkConf().setAppName(app_name).set("spark.ui.showConsoleProgress", "false")
    if master:
        conf.setMaster(master)
    if master and master.startswith("local"):
        # Workers run this interpreter, so they see the same installed packages; Spark logs errors only.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        conf.set("spark.ui.enabled", "false")
        # Few cores, small shuffles: the default 200 shuffle partitions would be 200 tiny tasks.
        conf.set("spark.sql.shuffle.partitions", str(2 * _local_cores(master)))
        conf.set("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={LOG_CONFIG.as_uri()}")
    try:
        spark = SparkSession.builder.config(conf=conf).getOrCreate()
    except (PySparkException, OSError, RuntimeError) as exc:
        raise batch.BatchError(f"cannot start Spark on {master or 'the spark-submit master'}: {exc}") from exc
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _local_cores(master: str) -> int:
    inside = master[master.find("[") + 1:master.find("]")] if "[" in master else "1"
    return (os.cpu_count() or 1) if inside.startswith("*") else max(1, int(inside.split(",")[0] or 1))


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------
def input_format(path: str) -> str:
    """``jsonl``, ``csv``, ``parquet`` or ``folder`` for a local path or a URI (``hdfs://``,
    ``s3a://``...), where a URI is told by its suffix (a folder otherwise)."""
    if "://" not in path:
        try:
            kind = collection_format(path)
        except IntakeError as exc:
            raise batch.BatchError(exc.message) from exc
        if kind == "document":
            raise batch.BatchError(f"{path}: a batch reads a collection (a folder, .jsonl, .csv or Parquet), "
                                   "not one document")
        return kind
    suffix = PurePosixPath(path.rstrip("/")).suffix.lower()
    return suffix[1:] if suffix in (".jsonl", ".csv", ".parquet") else "folder"


def read_collection(spark: SparkSession, path: str, kind: str):
    """The collection at ``path`` as a DataFrame (``id``, ``text``, ``title`` and metadata
    columns; ``id``, ``filename``, ``content`` for a folder of documents) and its size. Raises
    :class:`~matcher.batch.BatchError` for a collection that cannot be read, is empty, lacks
    ``id`` or ``text``, or repeats an id. The checks run in Spark's JVM, without Python workers."""
    fmt = input_format(path)
    try:
        frame = _folder_frame(spark, path) if fmt == "folder" else _table_frame(spark, path, fmt)
        counts = frame.groupBy("id").count()
        summary = counts.agg(
            F.sum("count").alias("total"),
            F.sum(F.when(F.col("id").isNull() | (F.trim(F.col("id")) == ""), F.col("count"))).alias("no_id"),
            F.sum((F.col("count") > 1).cast("int")).alias("repeated")).first()
    except AnalysisException as exc:
        raise batch.BatchError(f"cannot read {kind}s from {path}: {exc.getMessage() or exc}") from exc
    if not summary["total"]:
        raise batch.BatchError(f"{path} holds no {kind}s")
    if summary["no_id"]:
        raise batch.BatchError(f"{path}: {summary['no_id']:,} record(s) have no id")
    if summary["repeated"]:
        examples = [row["id"] for row in counts.where(F.col("count") > 1).limit(3).collect()]
        raise batch.BatchError(f"{path}: ids must be unique; repeated: {', '.join(map(repr, examples))}")
    return frame, summary["total"]


def _table_frame(spark: SparkSession, path: str, fmt: str):
    if fmt == "jsonl":
        frame = spark.read.option("primitivesAsString", "true").json(path).cache()
        if "_corrupt_record" in frame.columns:
            bad = frame.where(F.col("_corrupt_record").isNotNull()).count()
            if bad:
                raise batch.BatchError(f"{path}: {bad:,} line(s) are not valid JSON objects")
    elif fmt == "csv":
        frame = spark.read.csv(path, header=True, multiLine=True, escape='"')
    else:
        frame = spark.read.parquet(path)
    frame = frame.toDF(*[c.lstrip("\ufeff").strip() for c in frame.columns])
    for column in ("id", "text"):
        if column not in frame.columns:
            raise batch.BatchError(f"{path}: a batch needs an '{column}' column (it has {', '.join(frame.columns)})")
    wanted = [c for c in ("id", "title", "text", *META_FIELDS) if c in frame.columns]
    return frame.select(*[F.col(c).cast("string").alias(c) for c in wanted])


def _folder_frame(spark: SparkSession, path: str):
    name = F.regexp_extract(F.col("path"), r"([^/]+)$", 1)
    suffix = F.lower(F.regexp_extract(name, r"(\.[^.]+)$", 1))
    return (spark.read.format("binaryFile").load(path)
            .select(F.regexp_replace(name, r"\.[^.]+$", "").alias("id"), name.alias("filename"), "content")
            .where(suffix.isin(sorted(DOCUMENT_SUFFIXES))))


def _items(rows: Iterator, path: str) -> Iterator[Record | FileContent | Skipped]:
    """Records (or file contents) of DataFrame rows; a row without text becomes a :class:`Skipped`."""
    for row in rows:
        data = row.asDict()
        if "content" in data:
            yield FileContent(id=data["id"], filename=data["filename"], data=bytes(data["content"]))
            continue
        try:
            yield record_of(data, f"{path}: id {data['id']}", 0)
        except IntakeError as exc:
            yield Skipped(str(data["id"]), exc.message)


# ---------------------------------------------------------------------------
# The batch
# ---------------------------------------------------------------------------
class _StatsParam(AccumulatorParam):
    def zero(self, value):
        return batch.BatchStats()

    def addInPlace(self, value1, value2):  # noqa: N802 (Spark's name)
        return value1.add(value2)


def _profile_partition(spec_bc, kind: str, path: str, accumulator):
    def run(rows: Iterator) -> Iterator:
        yield from batch.profile_records(batch.worker_engine(spec_bc.value), kind, _items(rows, path))
        accumulator.add(batch.BatchStats(peak_rss_mb=batch.peak_rss_mb()))

    return run


def _rank_partition(shard_bc, top: int, accumulator):
    def run(targets: Iterator[Profile]) -> Iterator[dict]:
        stats = batch.BatchStats()
        yield from batch.rank_targets(shard_bc.value, targets, top, stats)
        accumulator.add(stats)

    return run


def run_spark(spark: SparkSession, engine: Engine, spec: batch.EngineSpec, per: str, *, resumes: str,
              postings: str, top: int, output: str, shard_size: int = batch.DEFAULT_SHARD_SIZE,
              overwrite: bool = False,
              progress: Callable[[str], None] = lambda _line: None) -> batch.BatchStats:
    """Run the batch on ``spark`` and write the kept pairs as Parquet at ``output``.

    ``engine`` is the driver's engine (its ranker fitted here as
    :func:`~matcher.batch.fitted_ranker` says); ``spec`` builds the workers' engines.
    ``shard_size`` is how many pool documents one broadcast index holds.
    """
    sc = spark.sparkContext
    stats = batch.BatchStats()
    accumulator = sc.accumulator(batch.BatchStats(), _StatsParam())
    clock = time.perf_counter()

    def lap(stage: str) -> float:
        nonlocal clock
        now = time.perf_counter()
        stats.seconds[stage] = round(stats.seconds.get(stage, 0.0) + now - clock, 3)
        clock = now
        return stats.seconds[stage]

    progress(f"[1/5] reading resumes from {resumes} and postings from {postings}")
    paths = {"resume": resumes, "posting": postings}
    sources = {kind: read_collection(spark, path, kind) for kind, path in paths.items()}
    progress(f"      {sources['resume'][1]:,} resumes, {sources['posting'][1]:,} postings ({lap('read'):.1f} s)")

    progress("[2/5] profiling")
    spec_bc = sc.broadcast(spec)
    profiles = {}
    for kind, (frame, count) in sources.items():
        partitions = max(sc.defaultParallelism * 2, -(-count // PARTITION_DOCUMENTS))
        profiled = frame.repartition(partitions).rdd.mapPartitions(
            _profile_partition(spec_bc, kind, paths[kind], accumulator))
        profiled = profiled.persist(StorageLevel.MEMORY_AND_DISK)
        skipped = profiled.filter(lambda p: isinstance(p, Skipped))
        n_skipped = skipped.count()
        if n_skipped:
            first = skipped.first()
            progress(f"      skipped {n_skipped:,} unreadable {kind}(s), e.g. {first.id}: {first.message}")
        profiles[kind] = profiled.filter(lambda p: isinstance(p, Profile))
        stats.skipped += n_skipped
        if n_skipped == count:
            raise batch.BatchError(f"no {kind} could be read")
    progress(f"      done ({lap('profile'):.1f} s)")

    target_kind, pool_kind = batch.target_kind(per), batch.pool_kind(per)
    progress(f"[3/5] fitting statistics ({per} direction)")
    collected = {kind: profiles[kind].collect() for kind in ("resume", "posting")
                 if f"{kind}s" in batch.FIT_SIDES[per]}
    ranker = batch.fitted_ranker(engine, per, postings=collected.get("posting", ()),
                                 resumes=collected.get("resume", ()))
    progress(f"      done ({lap('fit'):.1f} s)")

    pool = profiles[pool_kind].zipWithIndex().persist(StorageLevel.MEMORY_AND_DISK)
    stats.pool = pool.count()
    stats.targets = profiles[target_kind].count()
    n_shards = -(-stats.pool // shard_size)
    ranked = []
    for shard_no in range(n_shards):
        low, high = shard_no * shard_size, min((shard_no + 1) * shard_size, stats.pool)
        progress(f"[4/5] ranking {stats.targets:,} {target_kind}s against {pool_kind}s {low + 1:,}-{high:,} "
                 f"(shard {shard_no + 1} of {n_shards})")
        members = collected.get(pool_kind) if n_shards == 1 else None
        if members is None:
            members = [p for p, _ in sorted(pool.filter(lambda pi, lo=low, hi=high: lo <= pi[1] < hi).collect(),
                                            key=lambda pi: pi[1])]
        shard_bc = sc.broadcast(batch.build_shard(ranker, per, members))
        del members
        lap("index")
        rows = profiles[target_kind].mapPartitions(_rank_partition(shard_bc, top, accumulator))
        rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
        rows.count()
        shard_bc.unpersist()
        ranked.append(rows)
        progress(f"      done ({lap('rank'):.1f} s)")

    rows = ranked[0] if len(ranked) == 1 else sc.union(ranked)
    if len(ranked) > 1:
        key = batch.target_column(per)
        rows = rows.keyBy(lambda row: row[key]).groupByKey().flatMap(
            lambda kv: batch.merge_top(per, kv[1], top))
    frame = spark.createDataFrame(rows.map(lambda row: tuple(row[c] for c in batch.OUTPUT_COLUMNS)), OUTPUT_SCHEMA)
    progress(f"[5/5] writing {output}")
    try:
        frame.orderBy(batch.target_column(per), "rank").write.mode("overwrite" if overwrite else "errorifexists") \
            .parquet(output)
    except AnalysisException as exc:
        raise batch.BatchError(f"cannot write {output}: {exc.getMessage() or exc}") from exc
    stats.rows = spark.read.parquet(output).count()
    lap("write")
    workers = accumulator.value
    stats.pairs_scored = workers.pairs_scored
    stats.peak_rss_mb = workers.peak_rss_mb
    spec_bc.unpersist()
    return stats
