"""One table (markdown pipes, readable in a terminal) from the figures of a run."""

from __future__ import annotations

import json
from pathlib import Path

from bench.real_resumes import PARTS

COLUMNS = ("Section", "Metric", "Engine", "TF-IDF baseline", "Engine / baseline, note")
#: Figures of the previous release (its engine, this bench), printed next to the extraction figures.
PREVIOUS_JSON = Path(__file__).resolve().parent / "results" / "previous_release.json"


def load_previous(path: Path | None = PREVIOUS_JSON) -> dict | None:
    """The previous release's figures (``{"release": ..., "extraction": ..., "coverage": ...}``), if kept."""
    if path is None or not Path(path).exists():
        return None
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _was(previous: dict | None, *keys, render=None) -> str:
    """ "previous release: X" for the figure at ``keys`` of the previous release, or ""."""
    value = previous
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return ""
        value = value[key]
    if value is None:
        return ""
    return "previous release " + (render(value) if render else fmt(value))


def _was_pair(previous: dict | None, first: tuple, second: tuple) -> str:
    """ "previous release X / Y" for two figures of the previous release, or ""."""
    values = []
    for keys in (first, second):
        value = previous
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        values.append(value)
    if any(v is None for v in values):
        return ""
    return f"previous release {fmt(values[0])} / {fmt(values[1])}"


def _note(*parts: str) -> str:
    return "; ".join(p for p in parts if p)
DIRECTION_NAMES = {"resume_to_postings": "resume -> postings", "posting_to_resumes": "posting -> resumes"}
ABLATIONS = {"skills_only": "skills only", "text_only": "text only", "no_fuzzy": "no fuzzy matching",
             "no_implied_related": "no implied/related skills"}


def fmt(value, digits: int = 3) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.{digits}f}"
    return str(value)


def ratio(a, b) -> str:
    if a is None or b is None or not b:
        return "n/a"
    return f"{a / b:.2f}x"


def _prf(figures: dict) -> str:
    return f"{fmt(figures['precision'])} / {fmt(figures['recall'])} / {fmt(figures['f1'])}"


def _pr(figures: dict) -> str:
    return f"{fmt(figures['precision'])} / {fmt(figures['recall'])}"


def _title_misses(figures: dict, dated: bool = False) -> str:
    """The current-title misses by kind (``bench.real_resumes.TITLE_MISS_KINDS``), "a / b / ..."."""
    return " / ".join(str(counts[1] if dated else counts[0]) for counts in figures["title_misses"].values())


def _date_misses(figures: dict) -> str:
    """The role-date misses by kind (``bench.real_resumes.DATE_MISS_KINDS``), "a / b / ..."."""
    return " / ".join(str(count) for count in figures["date_misses"].values())


def real_resume_rows(rr: dict, prev: dict | None) -> list[list[str]]:
    """Resume facts against the real-resume gold: all resumes, the first ones (misses looked
    for there) and the later parts (annotated later, skills not annotated): a held-out part is never
    tuned on; a set part was measured unseen once, then joined the records where misses are looked for."""
    if "skipped" in rr:
        return [["Extraction", "real-resume gold", "skipped", "", rr["skipped"]]]
    # "held_out_2030" is shown as "held-out 2030", "set_2031" as "set 2031"
    parts = [(key.replace("held_out_", "held-out ").replace("_", " "), key) for key, _, _ in PARTS
             if rr.get(key, {}).get("resumes")]
    sizes = " / ".join(f"{name} {rr[key]['resumes']}" for name, key in parts)
    label = f"real resumes ({rr['all']['resumes']}; first {rr['dev_count']} / {sizes})"
    rows = []
    for key, name, render in (
            ("title", "current title right", fmt), ("dates", "role dates right", fmt),
            ("date_precision", "dated roles found that are right", fmt), ("role_titles", "role titles right", fmt),
            ("employers", "role employers right", fmt), ("degree", "highest degree right", fmt),
            ("years", "total years within 1", fmt), ("certifications", "certifications P / R", _pr),
            ("skills", "skills P / R", _pr)):
        figures = [rr[part].get(key) for part in ("all", "dev")]
        if figures[0] is None:
            continue
        held = "; ".join(f"{name} {'not annotated' if rr[part].get(key) is None else render(rr[part].get(key))}"
                         for name, part in parts)
        shown = f"{render(figures[0])} (first {render(figures[1])}; {held})" if figures[1] is not None else render(figures[0])
        note = _note("gold roles with dates: " + fmt(rr["all"]["gold_dated_roles"]) if key == "dates" else "",
                     _was(prev, "all", key, render=render))
        rows.append(["Extraction", f"{label}: {name}", shown, "", note])
    if rr["all"].get("title_misses"):
        held = "; ".join(f"{name} {_title_misses(rr[part])}" for name, part in parts)
        rows.append(["Extraction", f"{label}: current-title misses, none found / none stated / another role's / "
                     "partly / other", f"{_title_misses(rr['all'])} (first {_title_misses(rr['dev'])}; {held})", "",
                     f"of which the current role's dates were found: {_title_misses(rr['all'], dated=True)}"])
    if rr["all"].get("date_misses"):
        held = "; ".join(f"{name} {_date_misses(rr[part])}" for name, part in parts)
        rows.append(["Extraction", f"{label}: role-date misses, gold roles not found / end wrong / start wrong / "
                     "both wrong (overlapping) / false roles found", f"{_date_misses(rr['all'])} "
                     f"(first {_date_misses(rr['dev'])}; {held})", "",
                     "a gold role paired with a found one of the same start, end or overlapping period"])
    return rows


def extraction_rows(ex: dict, prev: dict | None = None) -> list[list[str]]:
    rows = []
    prev = prev or {}
    gold = ex.get("gold")
    if gold:
        docs = gold["documents"]
        where = f"gold ({docs['postings']} postings, {docs['resumes']} resumes)"
        rows.append(["Extraction", f"{where}: skills P / R / F1", _prf(gold["skills"]), "",
                     _note("micro-averaged", _was(prev.get("gold"), "skills", render=_prf))])
        rows.append(["Extraction", "gold postings: skills P / R / F1", _prf(gold["postings"]), "",
                     _was(prev.get("gold"), "postings", render=_prf)])
        rows.append(["Extraction", "gold resumes: skills P / R / F1", _prf(gold["resumes"]), "",
                     _was(prev.get("gold"), "resumes", render=_prf)])
        rows.append(["Extraction", "required labelling P / R / F1", _prf(gold["required"]), "", ""])
        rows.append(["Extraction", "preferred labelling P / R / F1", _prf(gold["preferred"]), "", ""])
        rows.append(["Extraction", "level accuracy (gold req/pref skills found)", fmt(gold["level_accuracy"]), "",
                     f"{gold['level_found']} skills"])
        if gold.get("taxonomy_gaps"):
            rows.append(["Extraction", "skills in texts the taxonomy lacks", fmt(gold["taxonomy_gaps"]), "",
                         "counted as misses"])
    if ex.get("real_resumes"):
        rows += real_resume_rows(ex["real_resumes"], prev.get("real_resumes"))
    span = ex.get("skillspan") or {}
    split = span.get("split", "dev")
    if "skipped" in span:
        rows.append(["Extraction", f"SkillSpan {split}", "skipped", "", span["skipped"]])
    elif span:
        before = (prev.get("skillspan") or {}).get("by_source", {})
        for source in ("tech", "house", "all"):
            figures = span["by_source"].get(source)
            if not figures:
                continue
            k = figures["knowledge"]
            ks = figures["knowledge+skill"]
            was = before.get(source, {})
            rows.append(["Extraction", f"SkillSpan {split} {source}: knowledge recall at precision vs knowledge+skill",
                         f"{fmt(k['recall'])} / {fmt(ks['precision'])}", "",
                         _note(f"{k['sentences']:,} sentences, {k['gold_spans']:,} knowledge spans",
                               _was_pair(was, ("knowledge", "recall"), ("knowledge+skill", "precision")))])
            rows.append(["Extraction", f"SkillSpan {split} {source}: precision vs knowledge+skill, annotated "
                         "sentences only (variant)", fmt(ks.get("precision_annotated_sentences")), "",
                         _note(f"{ks.get('annotated_sentences', 0):,} sentences with a gold span",
                               _was(was, "knowledge+skill", "precision_annotated_sentences"))])
            rows.append(["Extraction", f"SkillSpan {split} {source}: span P / R vs knowledge",
                         f"{fmt(k['precision'])} / {fmt(k['recall'])}", "",
                         _was_pair(was, ("knowledge", "precision"), ("knowledge", "recall"))])
            rows.append(["Extraction", f"SkillSpan {split} {source}: span P / R vs knowledge+skill",
                         f"{fmt(ks['precision'])} / {fmt(ks['recall'])}", "",
                         f"token P / R {fmt(ks['token_precision'])} / {fmt(ks['token_recall'])}"])
            whole = ((span.get("whole_postings") or {}).get("by_source") or {}).get(source)
            if whole:
                was_whole = (((prev.get("skillspan") or {}).get("whole_postings") or {}).get("by_source") or {})
                rows.append(["Extraction", f"SkillSpan {split} {source}, whole postings through the section reader "
                             "(variant): knowledge recall at precision vs knowledge+skill",
                             f"{fmt(whole['knowledge']['recall'])} / {fmt(whole['knowledge+skill']['precision'])}", "",
                             _note(f"{whole['knowledge+skill']['extracted']:,} extracted on scored lines",
                                   _was_pair(was_whole.get(source, {}), ("knowledge", "recall"),
                                             ("knowledge+skill", "precision")))])
    return rows


def coverage_rows(cov: dict, prev: dict | None = None) -> list[list[str]]:
    if "skipped" in cov:
        return [["Coverage", "SkillSpan dev", "skipped", "", cov["skipped"]]]
    rows = []
    prev = prev or {}
    for name, label in (("default", "default taxonomy"), ("esco", "with ESCO merged")):
        part = cov.get(name) or {}
        if "skipped" in part:
            rows.append(["Coverage", label, "skipped", "", part["skipped"]])
            continue
        for source in ("all", "tech", "house"):
            figures = part["by_source"].get(source)
            was = ((prev.get(name) or {}).get("by_source") or {}).get(source)
            if figures:
                rows.append(["Coverage", f"{label} ({part['taxonomy_skills']:,} skills), {source}: "
                             "knowledge spans hit / extracted inside a gold span",
                             f"{fmt(figures['knowledge_hit'])} / {fmt(figures['extracted_in_gold'])}", "",
                             _note(f"{figures['extracted']:,} extracted",
                                   _was_pair(was, ("knowledge_hit",), ("extracted_in_gold",)))])
    return rows


def ranking_rows(rk: dict) -> list[list[str]]:
    rows = []
    systems = rk["systems"]
    engine = systems["engine"]
    base = systems["tfidf_baseline"]
    for direction, label in DIRECTION_NAMES.items():
        for metric, name in (("ndcg@5", "nDCG@5"), ("mrr", "MRR"), ("kendall_tau", "Kendall tau")):
            mine = engine[direction][metric]
            theirs = base[direction][metric]
            rows.append(["Ranking", f"{label}: {name}", fmt(mine), fmt(theirs), ratio(mine, theirs)])
    for name, label in ABLATIONS.items():
        figures = systems.get(name)
        if not figures:
            continue
        a = figures["resume_to_postings"]["ndcg@5"]
        b = figures["posting_to_resumes"]["ndcg@5"]
        rows.append(["Ranking", f"ablation {label}: nDCG@5 (resume->postings / posting->resumes)",
                     f"{fmt(a)} / {fmt(b)}",
                     f"{fmt(base['resume_to_postings']['ndcg@5'])} / {fmt(base['posting_to_resumes']['ndcg@5'])}",
                     f"{ratio(a, base['resume_to_postings']['ndcg@5'])} / "
                     f"{ratio(b, base['posting_to_resumes']['ndcg@5'])}"])
    mine, theirs = engine["expectations"], base["expectations"]
    rows.append(["Ranking", "manifest 'better than' orderings kept", f"{mine['satisfied']}/{mine['pairs']}",
                 f"{theirs['satisfied']}/{theirs['pairs']}", ""])
    stab = rk.get("stability", {})
    if stab:
        inner = stab["in_process"]
        outer = stab.get("across_processes", {})
        both = stab.get("directions_agree", {})
        note = f"{inner['pairs']} scores, {inner['differing']} / {outer.get('differing', 'n/a')} differ"
        if stab.get("engine_changed_during_run"):
            note += " (engine code or taxonomy edited during the run)"
        rows.append(["Ranking", "scores identical: two runs / two processes",
                     f"{fmt(inner['identical'])} / {fmt(outer.get('identical'))}", "", note])
        rows.append(["Ranking", "same score from both directions", fmt(both.get("identical")), "",
                     f"{both.get('differing', 'n/a')} of {both.get('pairs', 'n/a')} pairs differ"])
    rows.append(["Ranking", "judged pairs", fmt(rk["judged_pairs"]), "", "grades 0-3"])
    return rows


def speed_rows(sp: dict) -> list[list[str]]:
    rows = []
    prof = sp.get("profiling", {})
    if prof:
        target_row = prof.get("target_row", "postings_4kb")
        four = prof[target_row]
        what = ("a real 3-4 KB posting, first sight" if target_row == "real_postings_first_sight"
                else "a ~4 KB posting, repeated text")
        rows.append(["Speed", f"profile {what} ({fmt(four['mean_kb'], 2)} KB mean), median ms",
                     fmt(four["median_ms"]), "",
                     f"target < {fmt(prof['target_4kb_ms'], 0)} ms: {'met' if prof['meets_4kb_target'] else 'not met'}"])
        first = prof.get("real_postings_first_sight", {})
        if "skipped" in first:
            rows.append(["Speed", "profiling real 3-4 KB postings, first sight", "skipped", "", first["skipped"]])
        elif first:
            rows.append(["Speed", f"profiling real 3-4 KB postings, first sight ({fmt(first['mean_kb'], 1)} KB mean), "
                         "docs/s, one core", fmt(first["docs_per_second"]), "",
                         f"median {fmt(first['median_ms'])} ms, p90 {fmt(first['p90_ms'])} ms, "
                         f"after {first['warmup_documents']} other postings"])
            reference = first.get("host_reference")
            if reference:
                rows.append(["Speed", "profile a real 3-4 KB posting, first sight, at the issue's host speed, median ms",
                             fmt(first["median_ms_at_issue_host_speed"]), "",
                             f"spaCy's blank tokenizer on the same texts: {fmt(reference['blank_tokenizer_median_ms'])} ms "
                             f"here, {fmt(reference['issue_blank_tokenizer_ms'], 1)} ms on the issue's host"])
        for key, label in (("fixture_postings", "fixture postings, repeated text"),
                           ("postings_4kb", "~4 KB postings, repeated text"),
                           ("seed_postings", "real seed postings, repeated text"),
                           ("fixture_resumes", "fixture resumes, repeated text")):
            figures = prof.get(key, {})
            if "skipped" in figures:
                rows.append(["Speed", f"profiling {label}", "skipped", "", figures["skipped"]])
            elif figures:
                rows.append(["Speed", f"profiling {label} ({fmt(figures['mean_kb'], 1)} KB mean), docs/s, one core",
                             fmt(figures["docs_per_second"]), "",
                             f"median {fmt(figures['median_ms'])} ms, {fmt(figures['kb_per_second'])} KB/s"])
    scale = sp.get("scaling", {})
    for row in scale.get("sizes", []):
        n = f"{row['postings']:,}"
        e, b = row["engine"], row["baseline"]
        note = ratio(e["rank_ms"], b["rank_ms"])
        if row["postings"] == 100_000:
            note += f"; target < {fmt(scale['target_100k_ms'], 0)} ms: {'met' if scale['meets_100k_target'] else 'not met'}"
        rows.append(["Speed", f"rank 1 resume vs {n} postings, median ms", fmt(e["rank_ms"]), fmt(b["rank_ms"]), note])
        rows.append(["Speed", f"index build, {n} postings, s", fmt(e["build_seconds"]), fmt(b["build_seconds"]),
                     ratio(e["build_seconds"], b["build_seconds"])])
        rows.append(["Speed", f"index build peak memory (tracemalloc), {n} postings, MB", fmt(e["build_peak_mb"], 1),
                     fmt(b["build_peak_mb"], 1),
                     f"index arrays {fmt(e['index_mb'], 1)} MB vs {fmt(b['index_mb'], 1)} MB"])
    growth = scale.get("growth", {})
    if len(scale.get("sizes", [])) > 1:
        for metric, label in (("rank_ms", "rank latency"), ("build_seconds", "build time"),
                              ("build_peak_mb", "build memory")):
            mine, theirs = growth.get(f"engine.{metric}", {}), growth.get(f"baseline.{metric}", {})
            rows.append(["Speed", f"growth of {label} with corpus size (n^k)",
                         f"{mine.get('shape')} (k={fmt(mine.get('exponent'), 2)})",
                         f"{theirs.get('shape')} (k={fmt(theirs.get('exponent'), 2)})",
                         f"largest step: k={fmt(mine.get('exponent_largest_step'), 2)} "
                         f"({mine.get('shape_largest_step')})"])
    if scale.get("sizes"):
        rows.append(["Speed", "process peak RSS (ru_maxrss), MB", fmt(scale["sizes"][-1]["max_rss_mb"]), "",
                     "whole run so far"])
    return rows


def batch_rows(bt: dict) -> list[list[str]]:
    docs, kb = bt["documents"], bt["mean_kb"]
    rows = [["Batch", f"data: {docs['posting']:,} postings ({fmt(kb['posting'], 1)} KB mean), {docs['resume']:,} "
             f"resumes ({fmt(kb['resume'], 1)} KB mean)", bt["source"], "", f"top {bt['top']} kept per target"]]
    single, spark = bt["single"], bt.get("spark", {})
    sd = spark.get("directions", {})
    if "skipped" in spark:
        rows.append(["Batch", "Spark local[2]", "skipped", "", spark["skipped"]])
    mid = single.get("posting_3_4kb", {})
    if mid.get("median_ms") is not None:
        met = "met" if mid["median_ms"] <= mid["target_ms"] else "not met"
        rows.append(["Batch", "profile a real 3-4 KB posting, each once in a stream, median ms",
                     fmt(mid["median_ms"]), "", f"{mid['documents']:,} postings; target <= {fmt(mid['target_ms'], 1)} ms: {met}"])
    rates = [d["docs_per_second_per_core"] for d in sd.values()]
    rows.append(["Batch", "profiling, docs/s per core: single process / Spark local[2]",
                 f"{fmt(single['docs_per_second_per_core'])} / {fmt(statistics_mean(rates))}", "",
                 f"Spark: {fmt(statistics_mean([d['docs_per_second'] for d in sd.values()]))} docs/s on "
                 f"{spark.get('workers', 2)} workers" if sd else ""])
    for per, label in (("resume", "each resume's best postings"), ("posting", "each posting's best resumes")):
        one = single["directions"][per]
        two = sd.get(per)
        rows.append(["Batch", f"{label}: pairs ranked/s, single process / Spark local[2]",
                     f"{fmt(one['pairs_per_second'])} / {fmt(two['pairs_per_second']) if two else 'n/a'}", "",
                     f"{one['targets']:,} x {one['pool']:,} pairs; {fmt(one['ms_per_target'])} ms per target "
                     "(fit, index, rank, explain)"])
        if one.get("top_th_score_p10_p50_p90"):
            p10, p50, p90 = one["top_th_score_p10_p50_p90"]
            rows.append(["Batch", f"{label}: score of the {bt['top']}th, p10 / p50 / p90",
                         f"{fmt(p10)} / {fmt(p50)} / {fmt(p90)}", "",
                         f"a pair sharing no skill can score up to {fmt(bt.get('no_shared_skill_ceiling'))}"])
        if two:
            rows.append(["Batch", f"{label}: Spark local[2] wall-clock s (stages)", fmt(two["wall_seconds"]), "",
                         ", ".join(f"{k} {fmt(v, 1)}" for k, v in two["seconds"].items())])
    if sd:
        rows.append(["Batch", "Spark local[2]: worker peak RSS / JVM peak RSS, MB",
                     f"{fmt(max(d['worker_peak_rss_mb'] for d in sd.values()))} / {fmt(spark.get('jvm_peak_rss_mb'))}",
                     "", "per Python worker (one per core); JVM = driver + executor on a local master"])
    if "spark_equals_single" in bt:
        rows.append(["Batch", "Spark rows identical to the single process", fmt(bt["spark_equals_single"]), "",
                     "ids, ranks, scores, skills, breakdowns"])
    for per, scaled in bt.get("scaling", {}).items():
        for pool in scaled["pools"]:
            copies = "" if "shard_mb_pickled" in pool else " (copies)"
            size = f", shard {fmt(pool['shard_mb_pickled'], 1)} MB pickled" if not copies else ""
            rows.append(["Batch", f"per {per}, pool of {pool['pool']:,}{copies}: ms per target",
                         fmt(pool["ms_per_target"]), "",
                         f"index built in {fmt(pool['index_seconds'], 2)} s{size} ({scaled['targets']} targets)"])
    ex = bt.get("extrapolation")
    if ex:
        rows.append(["Batch", f"extrapolation: profiling {ex['postings'] + ex['resumes']:,} documents, core-hours",
                     fmt(ex["profile_core_hours"]), "", f"Spark efficiency per core {fmt(ex['spark_efficiency'], 2)}"])
        for per, entry in ex["directions"].items():
            rows.append(["Batch", f"extrapolation per {per} ({entry['targets']:,} targets x {entry['pool']:,}): "
                         "core-hours (profiling + ranking)", fmt(entry["core_hours"]), "",
                         f"{fmt(entry['ms_per_target'])} ms per target ({entry['shards']} shards x "
                         f"{fmt(entry['fixed_ms'])} ms + {fmt(entry['us_per_pair'])} us per pair); " + "; ".join(
                             f"{fmt(entry[f'hours_on_{c}_cores'])} h on {c} cores" for c in (64, 512))])
    return rows


def statistics_mean(values) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


QUALITY_TASKS = {"judged": "judged real pairs", "judged_within": "judged real pairs, same occupation",
                 "postjobfree": "postjobfree categories", "rjdb_pairwise": "rjdb matched vs near-miss",
                 "rjdb_retrieval": "rjdb retrieval", "fixtures": "fixtures"}


def quality_rows(quality: dict) -> list[list[str]]:
    """Per task and direction: the engine against TF-IDF, with BM25 and the best single component."""
    from bench.quality import PRIMARY

    if "skipped" in quality:
        return [["Quality", "development sets", "skipped", "", quality["skipped"]]]
    rows = []
    for task, directions in quality["tasks"].items():
        metric = PRIMARY[task]
        for direction, systems in directions.items():
            engine = systems["engine"].get(metric)
            best = max(((figs.get(metric), name[5:]) for name, figs in systems.items()
                        if name.startswith("only ") and figs.get(metric) is not None), default=(None, ""))
            label = QUALITY_TASKS.get(task, task)
            queries = systems["engine"].get("queries")
            rows.append(["Quality", f"{label}, {DIRECTION_NAMES[direction]}: {metric}", fmt(engine),
                         fmt(systems["tfidf"].get(metric)),
                         f"BM25 {fmt(systems['bm25'].get(metric))}; best single component {best[1]} {fmt(best[0])}; "
                         f"{queries} queries"])
    return rows


def ablation_table(quality: dict) -> str:
    """Markdown: each task's primary figure for the engine, each component alone, and the engine
    without each component, with the mean over the development tasks."""
    from bench.quality import PRIMARY

    columns: list[tuple[str, str]] = []
    for task, directions in quality.get("tasks", {}).items():
        for direction in directions:
            columns.append((task, direction))
    if not columns:
        return ""
    systems = list(next(iter(next(iter(quality["tasks"].values())).values())))
    short = {"resume_to_postings": "r->p", "posting_to_resumes": "p->r"}
    header = ["system"] + [f"{task} {short[d]}" for task, d in columns] + ["mean (dev)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for system in systems:
        values = [quality["tasks"][t][d][system].get(PRIMARY[t]) for t, d in columns]
        dev = [v for (t, _), v in zip(columns, values, strict=True) if t != "fixtures" and v is not None]
        mean = sum(dev) / len(dev) if dev else None
        lines.append("| " + " | ".join([system] + [fmt(v) for v in values] + [fmt(mean)]) + " |")
    return "\n".join(lines)


def table_rows(results: dict) -> list[list[str]]:
    rows: list[list[str]] = []
    previous = results.get("previous_release") or {}
    if "extraction" in results:
        rows += extraction_rows(results["extraction"], previous.get("extraction"))
    if "coverage" in results:
        rows += coverage_rows(results["coverage"], previous.get("coverage"))
    if "ranking" in results:
        rows += ranking_rows(results["ranking"])
    if "quality" in results:
        rows += quality_rows(results["quality"])
    if "speed" in results:
        rows += speed_rows(results["speed"])
    if "batch" in results:
        rows += batch_rows(results["batch"])
    return rows


def markdown_table(rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(COLUMNS, *rows, strict=False)]
    lines = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(COLUMNS, widths, strict=True)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    return "\n".join(lines)


def machine_line(machine: dict) -> str:
    v = machine.get("versions", {})
    versions = ", ".join(f"{k} {val}" for k, val in v.items() if val)
    return (f"{machine.get('cpu')}, {machine.get('cores')} cores ({machine.get('cores_usable')} usable), "
            f"{machine.get('memory_gb')} GB RAM; {machine.get('platform')}; Python {machine.get('python')}; "
            f"{versions}; scoring {machine.get('scoring_version')}; commit {machine.get('git_commit')}"
            f"{' (+ uncommitted engine changes)' if machine.get('engine_uncommitted_changes') else ''}; "
            f"taken {machine.get('date')}; single-threaded")


def summary_lines(results: dict) -> list[str]:
    """Plain sentences read off the figures: the speed targets and how cost grows."""
    lines: list[str] = []
    speed = results.get("speed", {})
    prof = speed.get("profiling", {})
    scale = speed.get("scaling", {})
    target_row = prof.get("target_row", "postings_4kb")
    if prof.get(target_row):
        met = "meets" if prof.get("meets_4kb_target") else "misses"
        what = ("a real 3-4 KB posting seen for the first time" if target_row == "real_postings_first_sight"
                else "a ~4 KB posting (repeated text)")
        lines.append(f"- Profiling {what} takes {fmt(prof[target_row]['median_ms'])} ms (median, one core): "
                     f"{met} the < {fmt(prof['target_4kb_ms'], 0)} ms target in this run.")
        first = prof.get("real_postings_first_sight", {})
        if first.get("host_reference"):
            reference = first["host_reference"]
            lines.append(f"- This run's host tokenized the same postings with spaCy's blank tokenizer in "
                         f"{fmt(reference['blank_tokenizer_median_ms'])} ms against the issue's "
                         f"{fmt(reference['issue_blank_tokenizer_ms'], 1)} ms: at the issue host's speed, first-sight "
                         f"profiling takes {fmt(first['median_ms_at_issue_host_speed'])} ms.")
    if scale.get("rank_100k_ms") is not None:
        met = "meets" if scale.get("meets_100k_target") else "misses"
        lines.append(f"- Ranking one resume against 100,000 indexed postings takes {fmt(scale['rank_100k_ms'])} ms "
                     f"(median, top 10): {met} the < {fmt(scale['target_100k_ms'], 0)} ms target in this run.")
    sizes = scale.get("sizes", [])
    growth = scale.get("growth", {})
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        span = f"{first['postings']:,} to {last['postings']:,} postings"
        for metric, label, unit in (("rank_ms", "ranking latency", "ms"), ("build_seconds", "index build time", "s"),
                                    ("build_peak_mb", "index build memory", "MB")):
            mine = growth.get(f"engine.{metric}", {})
            theirs = growth.get(f"baseline.{metric}", {})
            lines.append(
                f"- From {span} ({last['postings'] // first['postings']}x), the engine's {label} goes from "
                f"{fmt(first['engine'][metric], 1 if unit == 'MB' else 3)} to {fmt(last['engine'][metric])} {unit} "
                f"({fmt(last['engine'][metric] / first['engine'][metric] if first['engine'][metric] else None, 1)}x): "
                f"{mine.get('shape')} overall (k={fmt(mine.get('exponent'), 2)}), "
                f"{mine.get('shape_largest_step')} over the largest step (k={fmt(mine.get('exponent_largest_step'), 2)}); "
                f"the TF-IDF baseline's is {theirs.get('shape')} (k={fmt(theirs.get('exponent'), 2)}).")
        rank = growth.get("engine.rank_ms") or {}
        if (rank.get("exponent") or 1) < 0.85 <= (rank.get("exponent_largest_step") or 0):
            lines.append("- Ranking latency looks sublinear only because a fixed per-query cost (most of the "
                         f"{fmt(first['engine']['rank_ms'])} ms at {first['postings']:,} postings) dominates at small "
                         "sizes; past it, cost grows linearly with the corpus.")
    return lines


def markdown_section(results: dict) -> str:
    rows = table_rows(results)
    machine = results.get("machine", {})
    summary = summary_lines(results)
    return "\n".join([
        "## Benchmarks",
        "",
        f"Produced by `{results.get('command', 'python -m bench')}` (figures and machine info also in "
        "`bench/results/latest.json`; see `bench/README.md` for what each figure means).",
        "",
        markdown_table(rows),
        "",
        *(summary + [""] if summary else []),
        *(["Ranking quality per system (the primary figure of each task: nDCG@10 for judged pairs and fixtures, "
           "AUC for postjobfree, accuracy for rjdb pairwise, MRR for rjdb retrieval; `only X` ranks by one "
           "component, `without X` is the default score without it):", "",
           ablation_table(results["quality"]), ""] if results.get("quality", {}).get("tasks") else []),
        f"Machine: {machine_line(machine)}.",
        "",
    ])
