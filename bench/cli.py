"""Command line: ``python -m bench [SECTION ...] [--quick] [--errors] [--json PATH] [--markdown PATH]``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from pathlib import Path

from bench import report
from bench.common import DEFAULT_JSON, machine_info

SECTIONS = ("extraction", "coverage", "ranking", "quality", "speed", "batch")
#: What runs when no section is named: ``batch`` (Spark, minutes) only when asked for.
DEFAULT_SECTIONS = ("extraction", "coverage", "ranking", "quality", "speed")
#: Speed runs first so its memory figures are not inflated by the other sections.
RUN_ORDER = ("speed", "extraction", "coverage", "ranking", "quality", "batch")


def parse_sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"sizes must be comma-separated integers, not {text!r}") from error
    if not sizes or any(s <= 0 for s in sizes):
        raise argparse.ArgumentTypeError("sizes must be positive")
    return sizes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Extraction accuracy, ranking quality and speed of the matching engine, as one table.")
    parser.add_argument("sections", nargs="*", metavar="SECTION",
                        help=f"sections to run: {', '.join(SECTIONS)} (default: all but batch)")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes (1,000 postings), fewer repeats, a SkillSpan sample, no ESCO")
    parser.add_argument("--errors", action="store_true",
                        help="print (and store in the JSON) false positives, misses and level mismatches")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, metavar="PATH",
                        help="where to write all figures (default: bench/results/latest.json)")
    parser.add_argument("--no-json", action="store_true", help="do not write the JSON file")
    parser.add_argument("--markdown", type=Path, metavar="PATH",
                        help="also write the table, machine and command as a markdown 'Benchmarks' section")
    parser.add_argument("--sizes", type=parse_sizes, metavar="N,N,...",
                        help="synthetic corpus sizes for ranking latency (default 1000,10000,100000; quick 1000)")
    parser.add_argument("--skillspan-sample", type=int, default=600, metavar="N",
                        help="sentences of SkillSpan dev used with --quick (default 600)")
    parser.add_argument("--render", type=Path, metavar="JSON",
                        help="run nothing: print the table (and --markdown) of an earlier run's JSON")
    parser.add_argument("--no-esco", action="store_true", help="skip the ESCO-merged coverage run")
    parser.add_argument("--skillspan-split", choices=("dev", "train"), default="dev",
                        help="SkillSpan split for the extraction section: dev is measured (default); train is "
                             "where to look for misses, with --errors")
    parser.add_argument("--resume-gold", type=Path, metavar="JSONL",
                        help="real-resume gold set (default: fixtures/gold/real_resumes.jsonl)")
    parser.add_argument("--as-previous-release", metavar="NAME",
                        help="store this run's extraction and coverage figures as the previous release's "
                             "(bench/results/previous_release.json), labelled NAME; run it with the older "
                             "engine first on the path (see bench/README.md)")
    parser.add_argument("--previous", type=Path, default=report.PREVIOUS_JSON, metavar="JSON",
                        help="figures of the previous release, printed next to the extraction figures "
                             "(default: bench/results/previous_release.json; see bench/README.md)")
    parser.add_argument("--no-subprocess", action="store_true",
                        help="skip the cross-process score stability check")
    parser.add_argument("--weights", type=Path, metavar="FILE",
                        help="score the quality section with this weights file (default: the shipped one)")
    parser.add_argument("--no-spark", action="store_true", help="batch: skip the Spark local[2] run")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="batch: at most N postings and N resumes (default all; 300 with --quick)")
    return parser


def print_errors(results: dict, out=sys.stdout) -> None:
    gold = results.get("extraction", {}).get("gold", {})
    print("\n# Extraction errors against fixtures/gold", file=out)
    for doc in gold.get("errors", []):
        if not (doc["false_positives"] or doc["misses"] or doc["taxonomy_gaps"] or doc["level_mismatches"]):
            continue
        print(f"\n## {doc['document']}", file=out)
        for fp in doc["false_positives"]:
            print(f"  FP   {fp['id']:<28} {fp['match_type']:<6} {fp['text']!r} [{fp['section']}] "
                  f"in: {fp['sentence']!r}", file=out)
        for miss in doc["misses"]:
            level = f" ({miss['gold_level']})" if miss.get("gold_level") else ""
            print(f"  MISS {miss['id']}{level}: {miss['why']}", file=out)
        for name in doc["taxonomy_gaps"]:
            print(f"  GAP  {name!r}: not in the taxonomy", file=out)
        for mm in doc["level_mismatches"]:
            print(f"  LEVEL {mm['id']}: gold {mm['gold']}, engine {mm['engine']} [{mm['section']}] "
                  f"in: {mm['sentence']!r}", file=out)
    resume_errors = results.get("extraction", {}).get("real_resumes", {}).get("errors")
    if resume_errors:
        print("\n# Real-resume gold (the first resumes only; the rest are held out)", file=out)
        for doc in resume_errors:
            print(f"\n## {doc['id']}: title {doc['title']}, degree {doc['degree']}, years {doc['years']}", file=out)
            for miss in doc["role_misses"]:
                gold, found = miss["gold"], miss["found"]
                print(f"  GOLD  {gold['title']!r} | {gold['employer']!r} | {gold['start']} - {gold['end']}", file=out)
                print(f"  FOUND {found['title']!r} | {found['employer']!r} | {found['start']} - {found['end']}"
                      if found else "  FOUND nothing with these dates", file=out)
    span = results.get("extraction", {}).get("skillspan", {})
    span_errors = span.get("errors")
    if span_errors:
        print(f"\n# SkillSpan {span.get('split', 'dev')}: most frequent misses and false positives", file=out)
        for name, lists in span_errors.items():
            print(f"\n## against {name} spans", file=out)
            for item in lists["missed"]:
                print(f"  MISS x{item['count']:<3} {item['span']!r}  e.g. {item['example']!r}", file=out)
            for item in lists["false_positives"]:
                print(f"  FP   x{item['count']:<3} {item['extracted']}  e.g. {item['example']!r}", file=out)


def run(args: argparse.Namespace) -> dict:
    from bench import batch, coverage, extraction, quality, ranking, speed

    wanted = set(args.sections or DEFAULT_SECTIONS)
    results: dict = {"command": "python -m bench" + (" " + " ".join(args.argv) if args.argv else ""),
                     "quick": args.quick, "machine": machine_info(), "seconds": {}}
    runners = {
        "speed": lambda: speed.run(quick=args.quick, sizes=args.sizes),
        "extraction": lambda: extraction.run(quick=args.quick, errors=args.errors,
                                             skillspan_sample=args.skillspan_sample,
                                             skillspan_split=args.skillspan_split, resume_gold=args.resume_gold),
        "coverage": lambda: coverage.run(quick=args.quick, sample=args.skillspan_sample,
                                         with_esco=not (args.no_esco or args.quick)),
        "ranking": lambda: ranking.run(quick=args.quick, subprocess_check=not args.no_subprocess),
        "quality": lambda: quality.run(quick=args.quick, config=_weights(args.weights)),
        "batch": lambda: batch.run(quick=args.quick, spark=not args.no_spark, limit=args.limit),
    }
    for name in RUN_ORDER:
        if name not in wanted:
            continue
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            results[name] = runners[name]()
        except Exception:  # one broken section should not hide the others' figures
            results.setdefault("failed", {})[name] = traceback.format_exc()
            print(results["failed"][name], file=sys.stderr)
        results["seconds"][name] = round(time.perf_counter() - start, 1)
        print(f"[bench] {name} done in {results['seconds'][name]} s", file=sys.stderr, flush=True)
    ordered = {k: results[k] for k in ("command", "quick", "machine", "seconds") if k in results}
    if "speed" in results:
        ordered["targets"] = targets(results["speed"])
    ordered.update({k: results[k] for k in SECTIONS if k in results})
    if "failed" in results:
        ordered["failed"] = results["failed"]
    ordered["previous_release"] = report.load_previous(args.previous)
    ordered["table"] = [dict(zip(report.COLUMNS, row, strict=True)) for row in report.table_rows(ordered)]
    return ordered


def _weights(path: Path | None):
    from matcher.scoring import ScoringConfig

    return ScoringConfig.from_file(path) if path else None


def targets(speed: dict) -> dict:
    """The engine issue's two speed targets, as measured."""
    profiling = speed.get("profiling", {})
    scaling = speed.get("scaling", {})
    return {
        "profile_4kb_row": profiling.get("target_row", "postings_4kb"),
        "profile_4kb_median_ms": profiling.get(profiling.get("target_row", "postings_4kb"), {}).get("median_ms"),
        "profile_4kb_target_ms": profiling.get("target_4kb_ms"),
        "profile_4kb_met": profiling.get("meets_4kb_target"),
        "profile_4kb_at_issue_host_ms": profiling.get("real_postings_first_sight", {}).get("median_ms_at_issue_host_speed"),
        "rank_100k_ms": scaling.get("rank_100k_ms"),
        "rank_100k_target_ms": scaling.get("target_100k_ms"),
        "rank_100k_met": scaling.get("meets_100k_target"),
    }


def _without_errors(section: dict) -> dict:
    """A section's figures without the error listings (they describe the other engine)."""
    if not isinstance(section, dict):
        return section
    return {k: _without_errors(v) for k, v in section.items() if k != "errors"}


def write_json(results: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=1, sort_keys=False, default=str)
        handle.write("\n")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    unknown = [s for s in args.sections if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    args.argv = argv
    if args.render:
        results = json.loads(args.render.read_text(encoding="utf-8"))
        args.no_json = True
    else:
        results = run(args)
    print(report.markdown_table(report.table_rows(results)))
    print(f"\nMachine: {report.machine_line(results['machine'])}")
    if args.errors:
        print_errors(results)
    if args.as_previous_release:
        import matcher

        kept = {"release": args.as_previous_release, "engine": str(Path(matcher.__file__).parent),
                "taken": results["machine"]["date"], "command": results["command"]}
        kept.update({k: _without_errors(results[k]) for k in ("extraction", "coverage") if k in results})
        write_json(kept, report.PREVIOUS_JSON)
        print(f"Previous release's figures written to {report.PREVIOUS_JSON}", file=sys.stderr)
        args.no_json = True
    if not args.no_json:
        write_json(results, args.json)
        print(f"\nFigures written to {args.json}", file=sys.stderr)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(report.markdown_section(results), encoding="utf-8")
        print(f"Markdown section written to {args.markdown}", file=sys.stderr)
    return 1 if "failed" in results else 0
