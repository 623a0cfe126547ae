"""``matcher batch``: every resume against every posting, with the scores ``matcher rank`` gives.

The batch logic (shards, merging) is checked in one process against ranking the whole pool; the Spark runner is checked end to end on a ``local[2]`` master against the
``matcher rank`` command itself, in both directions and from every input format. Spark tests
skip (with the reason) when PySpark or a Java runtime is missing.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from matcher import batch
from matcher.cli import main
from matcher.corpus import Record, load_records
from matcher.intake import IntakeError
from matcher.scoring import SCORING_VERSION
from tests.conftest import AS_OF, POSTINGS, RESUMES

TOP = 3


def _fixture_profiles(engine) -> dict[str, list]:
    return {kind: [engine.profile(p, kind) for p in sorted(folder.glob("*.txt"))]
            for kind, folder in (("resume", RESUMES), ("posting", POSTINGS))}


def _whole_pool_tops(per: str, profiles: dict[str, list], top: int) -> dict[str, list]:
    """Each target's top from ranking the whole pool with a fresh engine, as `matcher rank` does."""
    from matcher import Engine

    engine = Engine.default(as_of=AS_OF)
    ranker = batch.fitted_ranker(engine, per, postings=profiles["posting"], resumes=profiles["resume"])
    index = batch.pool_index(ranker, per, profiles[batch.pool_kind(per)])
    return {t.id: [(r.id, r.score) for r in batch.rank_target(per, t, index, top)]
            for t in profiles[batch.target_kind(per)]}


def _run_local(per: str, profiles: dict[str, list], top: int, shard_size: int) -> batch.BatchOutcome:
    from matcher import Engine

    return batch.run_local(Engine.default(as_of=AS_OF), per, resumes=profiles["resume"],
                           postings=profiles["posting"], top=top, shard_size=shard_size)


def _batch_tops(per: str, rows: list[dict]) -> dict[str, list]:
    other = "posting_id" if per == "resume" else "resume_id"
    tops: dict[str, list] = {}
    for row in sorted(rows, key=lambda r: (r[batch.target_column(per)], r["rank"])):
        tops.setdefault(row[batch.target_column(per)], []).append((row[other], row["score"]))
    return tops


# ---------------------------------------------------------------------------
# One process: shards and merging change nothing
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("per", batch.PER)
@pytest.mark.parametrize(("top", "shard_size"), [(1, 11), (TOP, 7)])
def test_sharded_batch_equals_ranking_the_whole_pool(engine, per, top, shard_size):
    profiles = _fixture_profiles(engine)
    outcome = _run_local(per, profiles, top, shard_size)
    assert _batch_tops(per, outcome.rows) == _whole_pool_tops(per, profiles, top)
    stats = outcome.stats
    assert stats.rows == top * stats.targets and not outcome.skipped
    assert stats.pairs_scored == stats.all_pairs
    assert {row["scoring_version"] for row in outcome.rows} == {SCORING_VERSION}


@pytest.fixture(scope="module")
def real_profiles(shared_dir, engine) -> dict[str, list]:
    folder = shared_dir / "data" / "matching-dev"
    out = {}
    for kind, name, n in (("resume", "postjobfree-resumes.jsonl", 40), ("posting", "postjobfree-postings.jsonl", 120)):
        with (folder / name).open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line, _ in zip(handle, range(n), strict=False)]
        out[kind] = [engine.profile(Record(id=row["id"], text=row["text"]), kind) for row in rows]
    return out


@pytest.mark.shared
@pytest.mark.parametrize("per", batch.PER)
def test_sharded_batch_equals_ranking_on_real_documents(real_profiles, per):
    outcome = _run_local(per, real_profiles, 5, 50)
    assert _batch_tops(per, outcome.rows) == _whole_pool_tops(per, real_profiles, 5)


def test_parquet_collections_read_like_jsonl(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet needs pyarrow (the spark extra)")
    import pyarrow as pa

    rows = [{"id": f"p{i}", "title": f"Engineer {i}", "text": f"Python and SQL, {i} years", "company": "Acme"}
            for i in range(5)]
    jsonl = tmp_path / "p.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "dataset").mkdir()
    pq.write_table(pa.Table.from_pylist(rows[:2]), tmp_path / "dataset" / "part-0.parquet")
    pq.write_table(pa.Table.from_pylist(rows[2:]), tmp_path / "dataset" / "part-1.parquet")
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "p.parquet")
    expected = load_records(jsonl)
    assert load_records(tmp_path / "p.parquet") == expected
    assert load_records(tmp_path / "dataset") == expected
    pq.write_table(pa.Table.from_pylist([{"id": "x", "body": "no text"}]), tmp_path / "bad.parquet")
    with pytest.raises(IntakeError, match="'text' column"):
        load_records(tmp_path / "bad.parquet")


# ---------------------------------------------------------------------------
# The command: errors a user can act on, before Spark starts
# ---------------------------------------------------------------------------
def _batch_command(*args):
    return CliRunner().invoke(main, ["--as-of", "2026-11", "batch", *map(str, args)])


def test_batch_bad_paths_and_empty_inputs_exit_2(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    (tmp_path / "nodocs").mkdir()
    (tmp_path / "data.xml").write_text("<x/>")
    out = tmp_path / "out"
    cases = [(tmp_path / "missing.jsonl", "does not exist"), (empty, "is empty"),
             (tmp_path / "nodocs", "holds no documents"), (tmp_path / "data.xml", "expected a folder")]
    for resumes, message in cases:
        result = _batch_command("--resumes", resumes, "--postings", POSTINGS, "--per", "resume", "--output", out)
        assert result.exit_code == 2 and message in result.output, result.output
    out.mkdir()
    result = _batch_command("--resumes", RESUMES, "--postings", POSTINGS, "--per", "resume", "--output", out)
    assert result.exit_code == 2 and "--overwrite" in result.output


def test_batch_without_java_says_so(tmp_path, monkeypatch):
    pytest.importorskip("pyspark", reason="PySpark is not installed (pip install '.[spark]')")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no java on it
    result = _batch_command("--resumes", RESUMES, "--postings", POSTINGS, "--per", "resume",
                            "--output", tmp_path / "out")
    assert result.exit_code == 2 and "Java runtime" in result.output, result.output


# ---------------------------------------------------------------------------
# Spark, local[2]: the same answers as `matcher rank`
# ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def spark_ready():
    pytest.importorskip("pyspark", reason="PySpark is not installed (pip install '.[spark]')")
    from matcher.spark import java_runtime

    if java_runtime() is None:
        pytest.skip("no Java runtime for Spark (install openjdk-17-jre-headless or set JAVA_HOME)")


def _invoke(*args) -> str:
    result = CliRunner().invoke(main, ["--as-of", "2026-11", *map(str, args)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def _rank_tops(flag: str, path: Path, pool_flag: str, pool: Path) -> list:
    data = json.loads(_invoke("rank", flag, path, pool_flag, pool, "--top", TOP, "--format", "json"))
    return [(r["id"], r["score"]) for r in data["results"]]


def _read_output(folder: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(folder).to_pylist()


@pytest.mark.spark
def test_spark_batch_per_resume_from_csv_and_jsonl_equals_rank(spark_ready, tmp_path):
    resume_files = sorted(RESUMES.glob("*.txt"))[:8]
    resumes_csv = tmp_path / "resumes.csv"
    with resumes_csv.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        for path in resume_files:
            writer.writerow([path.stem, path.read_text(encoding="utf-8")])
    postings_jsonl = tmp_path / "postings.jsonl"
    postings_jsonl.write_text("".join(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) + "\n"
                                      for p in sorted(POSTINGS.glob("*.txt"))), encoding="utf-8")
    out = tmp_path / "out"
    _invoke("batch", "--resumes", resumes_csv, "--postings", postings_jsonl, "--per", "resume", "--top", TOP,
            "--output", out, "--spark-master", "local[2]", "--shard-size", 9)
    rows = _read_output(out)
    assert set(rows[0]) == set(batch.OUTPUT_COLUMNS)
    assert all(isinstance(json.loads(r["breakdown"]), dict) and isinstance(r["matched"], list) for r in rows)
    tops = _batch_tops("resume", rows)
    assert set(tops) == {p.stem for p in resume_files}
    for path in resume_files:
        assert tops[path.stem] == _rank_tops("--resume", path, "--postings", postings_jsonl), path.stem


@pytest.mark.spark
def test_spark_batch_per_posting_from_parquet_and_a_folder_equals_rank(spark_ready, tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(RESUMES.glob("*.txt"))]
    resumes = tmp_path / "resumes"
    resumes.mkdir()
    pq.write_table(pa.Table.from_pylist(rows[::2]), resumes / "part-0.parquet")
    pq.write_table(pa.Table.from_pylist(rows[1::2]), resumes / "part-1.parquet")
    postings = tmp_path / "postings"
    postings.mkdir()
    for path in sorted(POSTINGS.glob("*.txt"))[:8]:
        shutil.copy(path, postings / path.name)
    out = tmp_path / "out"
    _invoke("batch", "--resumes", resumes, "--postings", postings, "--per", "posting", "--top", TOP,
            "--output", out, "--spark-master", "local[2]")
    tops = _batch_tops("posting", _read_output(out))
    assert set(tops) == {p.stem for p in postings.iterdir()}
    for path in sorted(postings.iterdir()):
        assert tops[path.stem] == _rank_tops("--posting", path, "--resumes", resumes), path.stem


@pytest.mark.spark
def test_spark_batch_repeated_ids_exit_2(spark_ready, tmp_path):
    postings = tmp_path / "postings.jsonl"
    postings.write_text(json.dumps({"id": "a", "text": "Python"}) + "\n" + json.dumps({"id": "a", "text": "SQL"}) + "\n")
    result = CliRunner().invoke(main, ["batch", "--resumes", str(RESUMES), "--postings", str(postings), "--per",
                                       "resume", "--output", str(tmp_path / "out"), "--spark-master", "local[2]"])
    assert result.exit_code == 2 and "repeated: 'a'" in result.output


def test_bench_batch_figures_without_spark():
    """`python -m bench batch` on a few documents: every figure is there and makes sense."""
    from bench import batch as bench_batch
    from bench.report import batch_rows

    figures = bench_batch.run(quick=True, spark=False, limit=12, replicated={"posting": 40, "resume": 30})
    assert figures["documents"] == {"posting": 12, "resume": 12}
    single = figures["single"]
    assert single["docs_per_second_per_core"] > 0
    for per in batch.PER:
        direction = single["directions"][per]
        assert direction["rows"] == 10 * 12 and direction["pairs_per_second"] > 0
        assert [p["pool"] for p in figures["scaling"][per]["pools"]] == [12, 40 if per == "resume" else 30]
        assert figures["extrapolation"]["directions"][per]["core_hours"] > figures["extrapolation"]["profile_core_hours"]
    assert "skipped" in figures["spark"] and "spark_equals_single" not in figures
    assert 0 < figures["no_shared_skill_ceiling"] <= 100
    assert any("extrapolation" in row[1] for row in batch_rows(figures))
