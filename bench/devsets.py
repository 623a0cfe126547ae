"""The development sets for ranking quality, read in place from ``../shared/data/matching-dev``.

Nothing here is copied into the repository or shipped: the texts are read where they lie,
profiled once per engine version and cached under ``bench/results/cache/`` (gitignored), and
only figures leave this module. See ``../shared/data/matching-dev/README.md`` for the sets and
``bench/judged/README.md`` for our own hand-judged pairs.

Each loader returns plain records: ``{"id": ..., "text": ..., ...}``.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import random
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import REPO, RESULTS_DIR, shared_path
from bench.judged import summary

CACHE_DIR = RESULTS_DIR / "cache"


def dev_path(name: str) -> Path | None:
    return shared_path("data", "matching-dev", name)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class DevSet:
    """Documents of one development set: postings and resumes by id, with their labels."""

    name: str
    postings: dict[str, dict] = field(default_factory=dict)
    resumes: dict[str, dict] = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)  # set-specific (rjdb triples, judged pairs)


def rjdb() -> DevSet | None:
    """1,000 generated job descriptions, each with a matched resume and a near-copy that lacks
    some required skills or years: ``rjdb-N`` (posting), ``rjdb-N-matched``, ``rjdb-N-unmatched``."""
    path = dev_path("rjdb-test.jsonl")
    if path is None:
        return None
    data = DevSet("rjdb")
    for i, row in enumerate(read_jsonl(path)):
        pid = f"rjdb-{i}"
        data.postings[pid] = {"id": pid, "text": row["Job-Description"]}
        data.resumes[f"{pid}-matched"] = {"id": f"{pid}-matched", "text": row["Resume-matched"]}
        data.resumes[f"{pid}-unmatched"] = {"id": f"{pid}-unmatched", "text": row["Resume-unmatched"]}
        data.rows.append({"posting": pid, "matched": f"{pid}-matched", "unmatched": f"{pid}-unmatched"})
    return data


def postjobfree() -> DevSet | None:
    """2,754 real postings and 2,569 real resumes with occupation categories."""
    postings, resumes = dev_path("postjobfree-postings.jsonl"), dev_path("postjobfree-resumes.jsonl")
    if postings is None or resumes is None:
        return None
    data = DevSet("postjobfree")
    data.postings = {row["id"]: row for row in read_jsonl(postings)}
    data.resumes = {row["id"]: row for row in read_jsonl(resumes)}
    return data


#: Our hand-judged sets: the first (across occupations) and the second (within one occupation category).
#: Our judged sets and their files: ``judged`` is the first set (resume and posting queries)
#: plus the third (posting queries only), judged alike; ``judged_within`` the second.
JUDGED_FILES = {"judged": (summary.JUDGED, summary.POSTINGS_JUDGED), "judged_within": (summary.WITHIN_JUDGED,)}


def judged_rows(name: str) -> list[dict]:
    """The rows of one judged set, from those of its files that exist."""
    return [row for path in JUDGED_FILES[name] if path.exists() for row in read_jsonl(path)]


def judged(name: str = "judged") -> DevSet | None:
    """Our own hand-judged pairs of postjobfree documents (grades 0-3; ``bench/judged``)."""
    source = postjobfree()
    rows = judged_rows(name)
    if source is None or not rows:
        return None
    data = DevSet(name)
    data.rows = rows
    data.postings = {r["posting_id"]: source.postings[r["posting_id"]] for r in data.rows}
    data.resumes = {r["resume_id"]: source.resumes[r["resume_id"]] for r in data.rows}
    return data


def sample_ids(ids: list[str], n: int, seed: int) -> list[str]:
    """``random.Random(seed).sample`` of ``n`` ids in the given order (all when ``n`` >= len)."""
    if n >= len(ids):
        return list(ids)
    return [ids[i] for i in random.Random(seed).sample(range(len(ids)), n)]


# ---------------------------------------------------------------------------
# Profiles, cached per engine version
# ---------------------------------------------------------------------------
#: The steps that make a profile (file -> text -> sections -> skills -> facts -> profile).
PROFILE_SOURCES = ("intake", "sections", "skills", "affixes", "prefilter", "facts", "resume_facts", "dates",
                   "parser_view", "profile", "privacy", "corpus", "engine")


def engine_fingerprint() -> str:
    """A hash of everything that decides a profile: the profiling steps' sources and the taxonomy."""
    digest = hashlib.sha256()
    paths = [REPO / "matcher" / f"{name}.py" for name in PROFILE_SOURCES]
    paths += sorted(p for p in (REPO / "taxonomy").rglob("*")
                    if p.suffix in (".py", ".jsonl", ".txt", ".json") and p.is_file())
    for path in paths:
        if path.is_file():
            digest.update(str(path.relative_to(REPO)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def profiles(engine, records: dict[str, dict], kind: str, label: str, *, cache: bool = True) -> dict:
    """``{id: Profile}`` of ``records``; cached on disk under a key of the engine's sources,
    ``label`` and ``as_of``, so a second run of the benchmark skips the profiling."""
    key = f"{label}-{kind}-{engine.as_of.isoformat()}-{engine_fingerprint()}"
    path = CACHE_DIR / f"{key}.pickle"
    if cache and path.exists():
        with open(path, "rb") as handle:
            return pickle.load(handle)
    out = {rid: engine.profile(rec["text"], kind, doc_id=rid, title=rec.get("title")) for rid, rec in records.items()}
    if cache:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        for old in CACHE_DIR.glob(f"{label}-{kind}-*.pickle"):
            old.unlink()
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as handle:
            pickle.dump(out, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    return out
