"""Taxonomy coverage on SkillSpan dev (taxonomy issue #3), for the default taxonomy and with ESCO merged.

Two figures per taxonomy, overall and per ``source``:

``knowledge_hit``
    Share of gold knowledge spans that our extraction hits (an extracted skill
    overlaps the span): recall against the knowledge spans.
``extracted_in_gold``
    Share of our extracted skills that fall inside a gold skill or knowledge
    span: precision against knowledge plus skill spans.

ESCO comes from ``taxonomy.importers.import_esco(path)`` over
``../shared/data/esco/skills_en.csv``, put over the default taxonomy with
``taxonomy.importers.merge_imported`` (our curated skills keep their surface
forms; plain ``Taxonomy.merge`` when that helper is absent). When the importer
or the file is missing, that part is skipped with a note.
"""

from __future__ import annotations

import time

from bench import skillspan
from bench.common import make_engine, rounded, shared_path


def _summary(result: dict, seconds: float, taxonomy_size: int) -> dict:
    out: dict = {"taxonomy_skills": taxonomy_size, "seconds": round(seconds, 2), "by_source": {}}
    for source, figures in result["by_source"].items():
        out["by_source"][source] = {
            "knowledge_hit": rounded(figures["knowledge"]["recall"]),
            "extracted_in_gold": rounded(figures["knowledge+skill"]["precision"]),
            "extracted": figures["knowledge"]["extracted"],
            "gold_knowledge_spans": figures["knowledge"]["gold_spans"],
        }
    return out


def esco_taxonomy(default):
    """The default taxonomy with ESCO merged in, or a string saying why not."""
    path = shared_path("data", "esco", "skills_en.csv")
    if path is None:
        return "../shared/data/esco/skills_en.csv not found"
    try:
        from taxonomy.importers import import_esco
    except ImportError as error:
        return f"taxonomy.importers.import_esco is not available ({error})"
    try:
        esco = import_esco(path)
        try:
            from taxonomy.importers import merge_imported
        except ImportError:
            return esco.merge(default)
        return merge_imported(default, esco)
    except Exception as error:  # the importer is someone else's code: report, do not crash the run
        return f"import_esco failed: {type(error).__name__}: {error}"


def run(quick: bool = False, engine=None, sample: int | None = None, with_esco: bool = True) -> dict:
    path = skillspan.dev_path()
    if path is None:
        return {"skipped": "../shared/data/skillspan/dev_spans.jsonl not found"}
    rows = skillspan.sample(skillspan.load(path), sample if quick else None)
    engine = engine or make_engine()
    out: dict = {"sentences": len(rows)}
    start = time.perf_counter()
    result = skillspan.evaluate(engine.nlp, rows, degrees=False)
    out["default"] = _summary(result, time.perf_counter() - start, len(engine.taxonomy))
    if not with_esco:
        out["esco"] = {"skipped": "not asked for"}
        return out
    merged = esco_taxonomy(engine.taxonomy)
    if isinstance(merged, str):
        out["esco"] = {"skipped": merged}
        return out
    start = time.perf_counter()
    esco_engine = make_engine(taxonomy=merged)
    build = time.perf_counter() - start
    start = time.perf_counter()
    result = skillspan.evaluate(esco_engine.nlp, rows, degrees=False)
    out["esco"] = _summary(result, time.perf_counter() - start, len(merged))
    out["esco"]["pipeline_build_seconds"] = round(build, 2)
    return out
