"""Step 9, batch: every resume against every posting (or every posting against every resume),
keeping each one's best ``top``, with the same scores ``matcher rank`` gives one at a time.

The work is cut into pieces a cluster can run; :mod:`matcher.spark` distributes exactly these
functions and :func:`run_local` runs them in one process:

1. **profile**: :func:`profile_records` over a partition of records, with one engine per worker
   process (:func:`worker_engine`, built once from an :class:`EngineSpec`, not per row).
2. **fit**: :func:`fitted_ranker` once, on the driver, as ``matcher rank`` fits.
3. **index**: the *pool* (the postings when each resume gets its best postings, the resumes the
   other way round) is indexed in shards by :func:`build_shard`, with the fitted ranker.
4. **rank**: :func:`rank_targets` ranks every *target* against a shard with the engine's own
   ``Ranker``, exactly as ``matcher rank`` does: every pair's score is one pass of sparse
   arithmetic over the shard, and only the kept ``top`` are explained.
5. **merge**: :func:`merge_top` keeps each target's best ``top`` over the shards (scores do not
   depend on the other rows of an index, so the best of the bests is the best).
6. **write**: one row per kept pair, :data:`OUTPUT_COLUMNS`.
"""

from __future__ import annotations

import json
import resource
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from matcher.corpus import FileContent, Record, Skipped
from matcher.engine import Engine
from matcher.intake import IntakeError, read_document
from matcher.profile import Profile
from matcher.ranking import MatchResult, PostingIndex, Ranker, ResumeIndex
from matcher.scoring import ScoringConfig
from taxonomy import Taxonomy

PER = ("resume", "posting")
#: Columns of the output, one row per kept pair.
OUTPUT_COLUMNS = ("resume_id", "posting_id", "rank", "score", "band", "scoring_version", "matched",
                  "missing_required", "breakdown")
#: Pool documents per shard (one broadcast index): each Python worker holds one, about 14 KB a
#: posting and 29 KB a resume pickled; every shard costs each target its fixed ranking cost once.
DEFAULT_SHARD_SIZE = 20_000
#: Which collections :func:`fitted_ranker` reads, by direction (the runners collect only these).
FIT_SIDES = {"resume": ("postings",), "posting": ("resumes",)}


class BatchError(Exception):
    """A batch that cannot run as asked (bad input, no Java...), with a message a user can act on."""


# ---------------------------------------------------------------------------
# Directions
# ---------------------------------------------------------------------------
def check_per(per: str) -> None:
    if per not in PER:
        raise ValueError(f"per must be one of {PER}, not {per!r}")


def target_kind(per: str) -> str:
    """The kind of document that gets a top list: ``resume`` for ``per="resume"``."""
    check_per(per)
    return per


def pool_kind(per: str) -> str:
    """The kind of document ranked for each target."""
    return "posting" if target_kind(per) == "resume" else "resume"


# ---------------------------------------------------------------------------
# 1. Profiles, with one engine per worker process
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class EngineSpec:
    """What a worker needs to build the driver's engine for profiling.

    Parameters mirror :class:`~matcher.engine.Engine`; ``as_of`` must be a date (the driver pins
    it, so that workers agree on what "Present" means). ``token`` names this batch's engine in
    the per-process cache.
    """

    taxonomy: Taxonomy
    base_model: str | None
    config: ScoringConfig
    fuzzy: bool
    as_of: object
    token: str = field(default_factory=lambda: uuid.uuid4().hex)

    def engine_options(self) -> dict:
        """Keyword arguments for :class:`Engine` and :meth:`Engine.default`."""
        return {"taxonomy": self.taxonomy, "base_model": self.base_model, "config": self.config,
                "fuzzy": self.fuzzy, "as_of": self.as_of}


#: The explicitly built per-process cache of :func:`worker_engine`: at most one engine.
_WORKER_ENGINES: dict[str, Engine] = {}


def worker_engine(spec: EngineSpec) -> Engine:
    """The profiling engine of this worker process for ``spec``, built on first use (a second or
    so). It profiles only, so it loads no reference model: workers need no data files."""
    engine = _WORKER_ENGINES.get(spec.token)
    if engine is None:
        _WORKER_ENGINES.clear()
        engine = _WORKER_ENGINES[spec.token] = Engine(**spec.engine_options(), reference=None)
    return engine


def profile_records(engine: Engine, kind: str, records: Iterable[Record | FileContent | Skipped]
                    ) -> Iterator[Profile | Skipped]:
    """Profiles of ``records`` (``kind`` is ``resume`` or ``posting``); an unreadable record
    becomes a :class:`Skipped` instead of stopping the batch."""
    for record in records:
        if isinstance(record, Skipped):
            yield record
            continue
        try:
            if isinstance(record, FileContent):
                yield engine.profile(read_document(record.data, record.filename), kind, doc_id=record.id)
            else:
                yield engine.profile(record, kind)
        except IntakeError as exc:
            yield Skipped(record.id, exc.message)


# ---------------------------------------------------------------------------
# 2. Statistics, fitted once as `matcher rank` fits them
# ---------------------------------------------------------------------------
def fitted_ranker(engine: Engine, per: str, *, postings: Sequence[Profile] = (),
                  resumes: Sequence[Profile] = ()) -> Ranker:
    """The :class:`~matcher.ranking.Ranker` ``matcher rank`` ranks with in direction ``per``.

    Its statistics (skill IDF, the TF-IDF vocabulary) are the engine's reference model's plus
    the *pool's*: the postings for ``per="resume"`` (``rank --resume R --postings PATH``), the
    resumes for ``per="posting"`` (``rank --posting P --resumes PATH``). Never the targets':
    every target of a batch must see the same statistics for its scores to equal ``rank``'s.
    :data:`FIT_SIDES` says which of ``postings`` and ``resumes`` are read.
    """
    return engine.fitted_ranker(postings if target_kind(per) == "resume" else resumes)


def pool_index(ranker: Ranker, per: str, pool: Sequence[Profile]) -> PostingIndex | ResumeIndex:
    """The index of the pool (profiles of :func:`pool_kind`) with ``ranker``'s statistics."""
    return ranker.index_postings(pool) if target_kind(per) == "resume" else ranker.index_resumes(pool)


def rank_target(per: str, target: Profile, index: PostingIndex | ResumeIndex, top: int | None) -> list[MatchResult]:
    """The best ``top`` of ``index`` for one target, explained (``None`` for all), by the
    ranker that built the index."""
    if target_kind(per) == "resume":
        return index.ranker.rank_postings(target, index, top=top)
    return index.ranker.rank_resumes(target, index, top=top)


# ---------------------------------------------------------------------------
# 3-4. Shards of the pool, ranked exactly
# ---------------------------------------------------------------------------
@dataclass
class PoolShard:
    """One broadcast piece of the pool: its index, which carries the fitted ranker."""

    per: str
    index: PostingIndex | ResumeIndex


def build_shard(ranker: Ranker, per: str, pool: Sequence[Profile]) -> PoolShard:
    """Index ``pool`` (profiles of :func:`pool_kind`) with ``ranker``'s statistics."""
    return PoolShard(per=per, index=pool_index(ranker, per, pool))


@dataclass
class BatchStats:
    """What a batch did: counts, and the largest worker's peak memory."""

    targets: int = 0
    pool: int = 0
    skipped: int = 0
    pairs_scored: int = 0  # pairs the Ranker scored
    rows: int = 0  # output rows (kept pairs)
    peak_rss_mb: float = 0.0
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, other: BatchStats) -> BatchStats:
        """Sum of the counts, maximum of the memory (an accumulator's merge)."""
        for f in fields(self):
            if f.name == "peak_rss_mb":
                self.peak_rss_mb = max(self.peak_rss_mb, other.peak_rss_mb)
            elif f.name != "seconds":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self

    @property
    def all_pairs(self) -> int:
        return self.targets * self.pool

    def to_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["all_pairs"] = self.all_pairs
        return data


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rank_targets(shard: PoolShard, targets: Iterable[Profile], top: int, stats: BatchStats) -> Iterator[dict]:
    """Output rows (:func:`output_row`) of each target's best ``top`` in ``shard``; counts go to
    ``stats``."""
    for target in targets:
        for result in rank_target(shard.per, target, shard.index, top):
            yield output_row(result)
        stats.pairs_scored += len(shard.index)
    stats.peak_rss_mb = max(stats.peak_rss_mb, peak_rss_mb())


# ---------------------------------------------------------------------------
# 5-6. Merge and output
# ---------------------------------------------------------------------------
def output_row(result: MatchResult) -> dict:
    """One output row of a kept pair (:data:`OUTPUT_COLUMNS`)."""
    return {
        "resume_id": result.resume_id,
        "posting_id": result.posting_id,
        "rank": result.rank,
        "score": result.score,
        "band": result.band,
        "scoring_version": result.scoring_version,
        "matched": [m["name"] for m in result.matched],
        "missing_required": [m["name"] for m in result.missing_required],
        "breakdown": json.dumps(result.breakdown, ensure_ascii=False, sort_keys=True),
    }


def target_column(per: str) -> str:
    return "resume_id" if target_kind(per) == "resume" else "posting_id"


def merge_top(per: str, rows: Iterable[dict], top: int) -> list[dict]:
    """The best ``top`` of one target's rows from several shards, ranked as the Ranker ranks
    (score, then the other side's id), with ranks renumbered."""
    other = "posting_id" if target_kind(per) == "resume" else "resume_id"
    best = sorted(rows, key=lambda r: (-r["score"], r[other]))[:top]
    return [{**row, "rank": rank} for rank, row in enumerate(best, 1)]


def write_parquet(rows: Sequence[dict], output: str | Path) -> Path:
    """Write ``rows`` as a one-file Parquet dataset in the folder ``output`` (needs pyarrow)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(list(rows), schema=arrow_schema())
    path = folder / "part-00000.parquet"
    pq.write_table(table, path)
    return path


def arrow_schema():
    import pyarrow as pa

    return pa.schema([("resume_id", pa.string()), ("posting_id", pa.string()), ("rank", pa.int32()),
                      ("score", pa.float64()), ("band", pa.string()), ("scoring_version", pa.string()),
                      ("matched", pa.list_(pa.string())), ("missing_required", pa.list_(pa.string())),
                      ("breakdown", pa.string())])


# ---------------------------------------------------------------------------
# One process
# ---------------------------------------------------------------------------
@dataclass
class BatchOutcome:
    """Rows sorted by target and rank, the stats, and the documents skipped."""

    rows: list[dict]
    stats: BatchStats
    skipped: list[Skipped]


def run_local(engine: Engine, per: str, *, resumes: Iterable[Record | FileContent | Profile],
              postings: Iterable[Record | FileContent | Profile], top: int, shard_size: int | None = None,
              progress: Callable[[str], None] = lambda _line: None) -> BatchOutcome:
    """The whole batch in this process with ``engine`` (its ranker fitted as :func:`fitted_ranker`
    says): the single-machine reference the Spark runner is measured against. Profiles given
    in place of records are used as they are."""
    stats = BatchStats()
    clock = time.perf_counter()
    profiled: dict[str, list[Profile]] = {}
    skipped: list[Skipped] = []
    for kind, records in (("resume", resumes), ("posting", postings)):
        profiled[kind] = []
        for item in profile_records(engine, kind, records):
            (skipped if isinstance(item, Skipped) else profiled[kind]).append(item)
        progress(f"profiled {len(profiled[kind]):,} {kind}s")
    clock = _lap(stats, "profile", clock)
    ranker = fitted_ranker(engine, per, postings=profiled["posting"], resumes=profiled["resume"])
    clock = _lap(stats, "fit", clock)
    targets, pool = profiled[target_kind(per)], profiled[pool_kind(per)]
    stats.targets, stats.pool, stats.skipped = len(targets), len(pool), len(skipped)
    shard_size = shard_size or max(1, len(pool))
    by_target: dict[str, list[dict]] = {}
    for start in range(0, len(pool), shard_size):
        shard = build_shard(ranker, per, pool[start:start + shard_size])
        clock = _lap(stats, "index", clock)
        for row in rank_targets(shard, targets, top, stats):
            by_target.setdefault(row[target_column(per)], []).append(row)
        clock = _lap(stats, "rank", clock)
        progress(f"ranked {len(targets):,} {target_kind(per)}s against {pool_kind(per)}s "
                 f"{start + 1:,}-{min(start + shard_size, len(pool)):,}")
    rows = [row for key in sorted(by_target) for row in merge_top(per, by_target[key], top)]
    stats.rows = len(rows)
    return BatchOutcome(rows=rows, stats=stats, skipped=skipped)


def _lap(stats: BatchStats, stage: str, since: float) -> float:
    now = time.perf_counter()
    stats.seconds[stage] = round(stats.seconds.get(stage, 0.0) + now - since, 3)
    return now
