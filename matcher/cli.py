"""The ``matcher`` command line (also ``python -m matcher``).

Exit codes: 0 success, 2 bad arguments or a document that cannot be read
(with a one-line message on stderr, never a traceback), 1 anything else.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from matcher.corpus import check_collection, load_records
from matcher.intake import IntakeError, read_document
from matcher.scoring import COMPONENTS, SCORING_VERSION, ScoringConfig, WeightsFileError

FORMAT_CHOICE = click.Choice(["json", "table"])


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def _engine_options(ctx: click.Context) -> dict:
    """The :class:`~matcher.engine.Engine` keyword arguments the global options ask for."""
    from taxonomy.importers import load_merged

    options = ctx.find_root().obj
    try:
        taxonomy = load_merged(options["taxonomy"])
    except (OSError, ValueError) as exc:
        _fail(f"cannot load taxonomy: {exc}")
    return {"taxonomy": taxonomy, "base_model": options["model"], "config": options["config"],
            "fuzzy": not options["no_fuzzy"], "as_of": options["as_of"]}


def _engine(ctx: click.Context, options: dict | None = None):
    """Build the engine once per command from the global options (or ``options``)."""
    from matcher.engine import Engine

    options = options or _engine_options(ctx)
    try:
        return Engine.default(**options)
    except OSError as exc:
        _fail(f"cannot load spaCy pipeline {options['base_model']!r}: {exc}")


def _scoring_config(weights_file: str | None, values: tuple[str, ...]) -> ScoringConfig:
    """The weights file's settings (default: the shipped learned ones), with ``--weight`` overrides."""
    try:
        config = ScoringConfig.from_file(weights_file) if weights_file else ScoringConfig()
    except WeightsFileError as exc:
        raise click.UsageError(f"--weights: {exc}") from exc
    if not values:
        return config
    weights = dict(config.weights)
    for value in values:
        name, _, number = value.partition("=")
        try:
            weights[name.strip()] = float(number)
        except ValueError as exc:
            raise click.UsageError(f"--weight takes NAME=NUMBER, got {value!r}") from exc
    try:
        return ScoringConfig.from_dict({**config.to_dict(), "weights": weights},
                                       source=f"{config.source} with --weight {' '.join(values)}")
    except WeightsFileError as exc:
        raise click.UsageError(str(exc)) from exc


def _parse_date(_ctx, _param, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value if len(value) > 7 else value + "-01")
    except ValueError as exc:
        raise click.BadParameter("use YYYY-MM or YYYY-MM-DD") from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(SCORING_VERSION, "--version", message="matcher scoring_version %(version)s")
@click.option("--taxonomy", "taxonomy", multiple=True, type=click.Path(dir_okay=True),
              help="Extra taxonomy file (JSONL) merged over the default; repeatable.")
@click.option("--model", default=None, help="Installed trained spaCy pipeline to run under ours (default: none).")
@click.option("--weights", "weights_file", type=click.Path(dir_okay=False), envvar="MATCHER_WEIGHTS",
              help="Weights file from `matcher calibrate` (default: the shipped learned weights; "
                   "env MATCHER_WEIGHTS).")
@click.option("--weight", "weights", multiple=True, metavar="NAME=W",
              help=f"Override one component's weight; components: {', '.join(COMPONENTS)}.")
@click.option("--no-fuzzy", is_flag=True, help="Turn fuzzy skill matching off.")
@click.option("--as-of", callback=_parse_date, help="Date that 'Present' means in resumes (YYYY-MM); default today.")
@click.pass_context
def main(ctx: click.Context, taxonomy, model, weights_file, weights, no_fuzzy, as_of) -> None:
    """Match resumes and job postings offline, with evidence for every score."""
    ctx.obj = {"taxonomy": taxonomy, "model": model, "config": _scoring_config(weights_file, weights),
               "no_fuzzy": no_fuzzy, "as_of": as_of}


def _emit(data: dict, fmt: str, table) -> None:
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(table(data))


# ---------------------------------------------------------------------------
# skills
# ---------------------------------------------------------------------------
@main.command()
@click.argument("file", type=click.Path())
@click.option("--kind", type=click.Choice(["auto", "resume", "posting"]), default="auto", show_default=True)
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@click.pass_context
def skills(ctx, file, kind, fmt) -> None:
    """The profile of one document: skills with evidence, years, degree, title; for a resume,
    also what the parser saw (sections, each role with its dates, degrees, certifications,
    skills by section) and the warnings an applicant tracking system would trip on."""
    from matcher.parser_view import skills_document

    engine = _engine(ctx)
    try:
        document = read_document(Path(file))
        if kind == "auto":
            kind = _guess_kind(document.text)
        profile = engine.profile(document, kind, doc_id=Path(file).stem)
    except IntakeError as exc:
        _fail(exc.message)
    _emit(skills_document(profile), fmt, _profile_table)


def _guess_kind(text: str) -> str:
    text = text.lower()
    posting_words = sum(text.count(w) for w in ("responsibilities", "qualifications", "requirements",
                                                 "we are looking", "you will", "equal opportunity"))
    resume_words = sum(text.count(w) for w in ("experience\n", "education\n", "skills\n", "present\n", "@"))
    return "posting" if posting_words > resume_words else "resume"


def _profile_table(data: dict) -> str:
    p = data["profile"]
    lines = [f"{p['kind']}: {p['id']}", f"title: {p['title']} (seniority: {p['seniority']})",
             f"years: {p['years_experience']}  degree: {(p['degree'] or {}).get('name')}"]
    if p["ignored_personal_details"]:
        lines.append("personal details ignored: " + ", ".join(p["ignored_personal_details"]))
    if p["boilerplate_skills"]:
        lines.append("ignored (boilerplate only): " + ", ".join(p["boilerplate_skills"]))
    if data.get("parser_view"):
        lines += _parser_view_lines(data["parser_view"])
    lines.append("")
    rows = [("skill", "level", "match", "conf", "years", "evidence")]
    for s in p["skills"]:
        ev = s["evidence"][0] if s["evidence"] else {}
        rows.append((s["name"], s["level"] or ("listed" if s["listed_only"] else "shown"), s["match_type"],
                     f"{s['confidence']:.2f}", "" if s["years"] is None else f"{s['years']:g}",
                     f"[{ev.get('section', '')}] {ev.get('text', '')}"))
    lines.append(_table(rows))
    for warning in p["warnings"]:
        lines.append(f"warning: {warning}")
    view = data.get("parser_view") or {}
    if view.get("warnings"):
        lines.append("")
        lines.append("what an applicant tracking system would trip on:")
        for warning in view["warnings"]:
            lines.append(f"  [{warning['code']}] {warning['message']}")
            lines.append(f"      what to do: {warning['advice']}")
    lines.append(f"scoring_version {data['scoring_version']}")
    return "\n".join(lines)


def _parser_view_lines(view: dict) -> list[str]:
    """What the parser saw, as text: sections, roles with dates, degrees, certifications and
    skills by section."""
    lines = ["", "what the parser saw:"]
    sections = [s["kind"] + (f" ({s['heading']})" if s["heading"] else "") for s in view["sections"]]
    lines.append("  sections: " + (", ".join(sections) or "none"))
    lines.append("  roles:" if view["roles"] else "  roles: none found")
    for role in view["roles"]:
        # One date alone ("Intern, May 2018") has no end: shown as that date.
        dates = (f"{role['start']} - {role['end']}" if role["end"] else role["start"]) if role["start"] else "no dates"
        where = " | ".join(x for x in (role["employer"], role["location"]) if x)
        lines.append(f"    {role['title'] or '(no title)'}" + (f" | {where}" if where else "") + f" | {dates}"
                     + (f" (\"{role['date_text']}\")" if role["date_text"] else ""))
    lines.append("  degrees:" if view["degrees"] else "  degrees: none found")
    for degree in view["degrees"]:
        parts = [degree["name"] + (f" in {degree['field']}" if degree["field"] else ""), degree["institution"],
                 str(degree["year"]) if degree["year"] else None]
        lines.append("    " + ", ".join(x for x in parts if x))
    if view["certifications"]:
        lines.append("  certifications:")
        for cert in view["certifications"]:
            extra = ", ".join(str(x) for x in (cert["issuer"], cert["year"]) if x)
            lines.append(f"    {cert['name']}" + (f" ({extra})" if extra else ""))
    if view["skills_by_section"]:
        lines.append("  skills by section:")
        for section, names in view["skills_by_section"].items():
            lines.append(f"    {section}: " + ", ".join(names))
    return lines


def _table(rows: list[tuple]) -> str:
    rows = [tuple(" ".join(str(c).split()) for c in row) for row in rows]
    widths = [min(40, max(len(str(r[i])) for r in rows)) for i in range(len(rows[0]))]
    out = []
    for n, row in enumerate(rows):
        out.append("  ".join(str(c)[:40].ljust(w) for c, w in zip(row, widths, strict=False)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# score and rank
# ---------------------------------------------------------------------------
@main.command()
@click.option("--resume", required=True, type=click.Path(), help="Resume file (PDF, DOCX, TXT, MD, HTML).")
@click.option("--posting", required=True, type=click.Path(), help="Posting file.")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@click.pass_context
def score(ctx, resume, posting, fmt) -> None:
    """One resume against one posting: score, breakdown and gaps."""
    engine = _engine(ctx)
    try:
        result = engine.score(Path(resume), Path(posting))
    except IntakeError as exc:
        _fail(exc.message)
    data = {"scoring_version": SCORING_VERSION, "results": [result.to_dict()]}
    _emit(data, fmt, _results_table)


@main.command()
@click.option("--resume", type=click.Path(), help="One resume, ranked against --postings.")
@click.option("--postings", type=click.Path(), help="Folder, .jsonl, .csv or Parquet of postings.")
@click.option("--posting", type=click.Path(), help="One posting, ranked against --resumes.")
@click.option("--resumes", type=click.Path(), help="Folder, .jsonl, .csv or Parquet of resumes.")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True, help="How many results; 0 lists all.")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@click.pass_context
def rank(ctx, resume, postings, posting, resumes, top, fmt) -> None:
    """Rank postings for a resume, or resumes for a posting."""
    if bool(resume) == bool(posting):
        raise click.UsageError("give either --resume with --postings, or --posting with --resumes")
    if resume and not postings:
        raise click.UsageError("--resume needs --postings")
    if posting and not resumes:
        raise click.UsageError("--posting needs --resumes")
    from matcher.batch import fitted_ranker, pool_index, pool_kind, rank_target

    engine = _engine(ctx)
    per = "resume" if resume else "posting"
    try:
        records = load_records(postings or resumes)
        kind = pool_kind(per)
        with click.progressbar(length=len(records), label=f"profiling {len(records)} {kind}s", file=sys.stderr,
                               show_pos=True) as bar:
            profiles = []
            for record in records:
                profiles.append(engine.profile(record, kind))
                bar.update(1)
        target = engine.profile(Path(resume or posting), per)
    except IntakeError as exc:
        _fail(exc.message)
    # The same three steps as every target of `matcher batch` (statistics: the reference plus the pool).
    ranker = fitted_ranker(engine, per, **{f"{kind}s": profiles})
    results = rank_target(per, target, pool_index(ranker, per, profiles), top or None)
    data = {"scoring_version": SCORING_VERSION, "direction": "postings" if postings else "resumes",
            "results": [r.to_dict() for r in results]}
    _emit(data, fmt, _results_table)


def _results_table(data: dict) -> str:
    rows = [("#", "score", "band", "id", "title", "matched", "missing required")]
    for r in data["results"]:
        rows.append((r["rank"], f"{r['score']:.1f}", r["band"], r["id"], r["title"] or "",
                     len(r["matched"]), ", ".join(m["name"] for m in r["missing_required"]) or "-"))
    lines = [_table(rows)]
    if len(data["results"]) == 1:
        r = data["results"][0]
        lines.append("")
        lines.append(_table([("component", "value", "weight", "points")] + [
            (name, "n/a" if part["value"] is None else f"{part['value']:.2f}", f"{part['effective_weight']:.2f}",
             f"{part['points']:.1f}") for name, part in r["breakdown"].items()]))
        for label, key in (("matched", "matched"), ("partial", "partial"),
                           ("missing preferred", "missing_preferred")):
            if r[key]:
                lines.append(f"{label}: " + ", ".join(
                    m["name"] + (f" ({m['match_type']})" if "match_type" in m else "") for m in r[key]))
        if r["experience_gap"]:
            lines.append(f"experience gap: {json.dumps(r['experience_gap'])}")
        if r["degree_gap"]:
            lines.append(f"degree gap: {json.dumps(r['degree_gap'])}")
    lines.append(f"scoring_version {data['scoring_version']}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# batch
# ---------------------------------------------------------------------------
@main.command()
@click.option("--resumes", required=True, help="Folder, .jsonl, .csv or Parquet (file or folder) of resumes; "
                                               "local paths or URIs Spark reads (hdfs://, s3a://).")
@click.option("--postings", required=True, help="Folder, .jsonl, .csv or Parquet of postings.")
@click.option("--per", type=click.Choice(["resume", "posting"]), required=True,
              help="resume: each resume's best postings; posting: each posting's best resumes.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Pairs kept per resume/posting.")
@click.option("--output", required=True, help="Folder of the Parquet dataset to write (one row per kept pair).")
@click.option("--spark-master", default=None,
              help="Spark master URL (default local[*], or the master spark-submit was given).")
@click.option("--shard-size", type=click.IntRange(min=1), default=20_000, show_default=True,
              help="Documents of the ranked side per broadcast index.")
@click.option("--overwrite", is_flag=True, help="Replace --output if it exists.")
@click.pass_context
def batch(ctx, resumes, postings, per, top, output, spark_master, shard_size, overwrite) -> None:
    """Every resume against every posting on Apache Spark, keeping each one's best --top.

    The scores equal `matcher rank` (same ids, same scores, same order), in both directions.
    Needs the spark extra (pip install '.[spark]') and a Java runtime.
    """
    import datetime as _dt

    from matcher import batch as batch_step

    for path in (resumes, postings):
        if "://" not in path:
            try:
                check_collection(path)
            except IntakeError as exc:
                _fail(exc.message)
    if "://" not in output and Path(output).exists() and not overwrite:
        _fail(f"{output} exists; choose another --output or pass --overwrite")
    try:
        from matcher import spark as spark_step
    except ImportError as exc:
        _fail(f"matcher batch needs PySpark and pyarrow: pip install '.[spark]' ({exc})")
    if spark_step.java_runtime() is None:
        _fail(spark_step.NO_JAVA)
    options = _engine_options(ctx)
    options["as_of"] = options["as_of"] or _dt.date.today()  # one date for the driver and every worker
    spec = batch_step.EngineSpec(**options)
    engine = _engine(ctx, options)

    def progress(line: str) -> None:
        click.echo(line, err=True)

    spark = None
    try:
        spark = spark_step.start_session(spark_master)
        stats = spark_step.run_spark(
            spark, engine, spec, per, resumes=resumes, postings=postings, top=top, output=output,
            shard_size=shard_size, overwrite=overwrite, progress=progress)
    except batch_step.BatchError as exc:
        _fail(str(exc))
    finally:
        if spark is not None:
            spark.stop()
    progress(f"wrote {stats.rows:,} rows to {output}: {stats.targets:,} {per}s x {stats.pool:,} "
             f"{batch_step.pool_kind(per)}s, {stats.pairs_scored:,} pairs scored, {stats.skipped:,} documents "
             f"skipped, {sum(stats.seconds.values()):.1f} s; scoring_version {SCORING_VERSION}")


# ---------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------
@main.command()
@click.option("--resume", required=True, type=click.Path())
@click.option("--posting", required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "md", "html", "pdf"]), required=True)
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="Where to write the report ('-' for standard output).")
@click.pass_context
def report(ctx, resume, posting, fmt, output) -> None:
    """The candidate gap report for one resume and one posting."""
    from matcher.report import gap_report, render

    engine = _engine(ctx)
    try:
        resume_profile = engine.profile(Path(resume), "resume")
        posting_profile = engine.profile(Path(posting), "posting")
    except IntakeError as exc:
        _fail(exc.message)
    result = engine.score(resume_profile, posting_profile)
    payload = render(gap_report(result, resume_profile, posting_profile), fmt)
    if output == "-":
        click.get_binary_stream("stdout").write(payload)
        return
    try:
        Path(output).write_bytes(payload)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
    click.echo(f"wrote {output} ({len(payload):,} bytes, score {result.score:.1f})", err=True)


# ---------------------------------------------------------------------------
# serve
# ---------------------------------------------------------------------------
@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--postings", type=click.Path(), help="Folder, .jsonl or .csv of postings to import.")
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite database (default: instance/matcher.sqlite3).")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64))
@click.option("--taxonomy", "extra_taxonomy", multiple=True, type=click.Path(),
              help="Extra taxonomy file merged over the default; repeatable (same as the global option).")
@click.option("--admin-token-file", type=click.Path(dir_okay=False),
              help="File whose first line is the admin token that allows changing postings "
                   "(or set MATCHER_ADMIN_TOKEN).")
@click.option("--rate-limit", help="Requests per client to routes that read uploads, e.g. 60/minute, or off "
                                   "(default: MATCHER_RATE_LIMIT or 60/minute).")
@click.option("--proxies", type=click.IntRange(0, 10), default=None,
              help="Reverse proxies in front whose X-Forwarded-* headers to trust (default: MATCHER_PROXIES or 0).")
@click.pass_context
def serve(ctx, host, port, postings, db, threads, extra_taxonomy, admin_token_file, rate_limit, proxies) -> None:
    """Run the web site and JSON API with a production WSGI server (waitress)."""
    from web.server import serve as serve_app

    options = ctx.find_root().obj
    config = {k: v for k, v in (("MATCHER_ADMIN_TOKEN_FILE", admin_token_file), ("MATCHER_RATE_LIMIT", rate_limit),
                                ("MATCHER_PROXIES", proxies)) if v is not None}
    try:
        serve_app(host=host, port=port, postings=postings, db=db, config=config,
                  taxonomy=[*options["taxonomy"], *extra_taxonomy], threads=threads, as_of=options["as_of"])
    except IntakeError as exc:
        _fail(exc.message)


# ---------------------------------------------------------------------------
# calibrate
# ---------------------------------------------------------------------------
@main.command()
@click.option("--pairs", "pairs_file", type=click.Path(dir_okay=False), required=True,
              help="Labelled pairs, CSV or JSONL: resume, posting (paths or texts), label or grade; "
                   "optional resume_id, posting_id, set.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the learned weights file here.")
@click.option("--relevant-at", type=float, default=None,
              help="Label from which a pair counts as relevant for the score scale (default: 1 for 0/1, "
                   "the upper half of the grades otherwise).")
@click.option("--calibration-set", "calibration_sets", multiple=True, metavar="SET",
              help="Only rows of this set calibrate the 0-100 scale (repeatable; default: all rows).")
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True, help="Cross-validation folds.")
@click.option("--skills-beta", "skills_betas", multiple=True, type=click.FloatRange(min=0, min_open=True),
              metavar="B", help="How many times as much skills coverage counts as relevance; repeat to let "
                                "cross-validation choose (default: 1, both alike).")
@click.option("--select", is_flag=True,
              help="Leave out, one at a time, the components whose absence does not lower the "
                   "cross-validated figure (default: keep every component the fit weighs).")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@click.pass_context
def calibrate(ctx, pairs_file, output, relevant_at, calibration_sets, folds, skills_betas, select, fmt) -> None:
    """Learn the score's weights and scale from your own judged pairs (e.g. past hiring decisions)."""
    from matcher.calibrate import Calibrator, PairsFileError, measure_pairs, read_pairs, weights_document

    try:
        pairs = read_pairs(pairs_file)
    except PairsFileError as exc:
        _fail(str(exc))
    unknown = sorted(set(calibration_sets) - {p.set for p in pairs})
    if unknown:
        _fail(f"--calibration-set {', '.join(unknown)}: no rows of that set in {pairs_file}")
    engine = _engine(ctx)
    documents = len({p.resume_id for p in pairs}) + len({p.posting_id for p in pairs})
    try:
        with click.progressbar(length=documents, label=f"profiling {documents} documents", file=sys.stderr,
                               show_pos=True) as bar:
            data = measure_pairs(engine, pairs, progress=bar.update)
    except IntakeError as exc:
        _fail(exc.message)
    click.echo(f"fitting on {len(pairs)} pairs ...", err=True)
    calibrator = Calibrator(relevant_at=relevant_at, folds=folds, calibration_sets=calibration_sets, select=select,
                            **({"skills_betas": skills_betas} if skills_betas else {}))
    try:
        result = calibrator.fit(data, before=engine.config, source=f"matcher calibrate --pairs {Path(pairs_file).name}")
    except ValueError as exc:
        _fail(str(exc))
    document = weights_document(result, str(pairs_file), "matcher " + " ".join(sys.argv[1:]))
    if output:
        Path(output).write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
        click.echo(f"weights written to {output}", err=True)
    _emit(document, fmt, _calibration_table)


def _calibration_table(document: dict) -> str:
    learned = document["learned"]
    cv = learned["cv"]
    lines = [f"{learned['pairs']} pairs, {learned['comparisons']} comparisons within queries; "
             f"relevant from label {learned['relevant_at']:g} ({learned['relevant_share']:.0%} of pairs)",
             f"cross-validated ({cv['measure']}, {len(learned['grid'])} scale settings tried):"]
    rows = [("score", "cv")]
    rows.append(("learned", _figure(cv["learned"])))
    rows.append(("before (settings in use)", _figure(cv.get("before"))))
    rows += [(f"only {part}", _figure(value)) for part, value in cv.get("single", {}).items()]
    rows += [(f"learned, set {name}", _figure(value)) for name, value in cv.get("learned_by_set", {}).items() if name]
    lines.append(_table(rows))
    left_out = learned.get("left_out") or {}
    if left_out:
        lines.append("left out (they did not raise it; the figure without each): "
                     + ", ".join(f"{part} {value:.3f}" for part, value in left_out.items()))
    weights = [("component", "weight")] + [(k, f"{v:.3f}") for k, v in document["weights"].items()]
    lines += ["", _table(weights),
              f"text: cosine half at {document['text_scale']:g}, coverage share {document['text_coverage_share']:.2f}; "
              f"occupation half at {document['occupation_scale']:g}; skills: F-beta of coverage and relevance, "
              f"beta {document['skills_beta']:g}", ""]
    bands = [("band", "from", "pairs", "relevant")] + [
        (b["band"], f"{b['from']:g}", str(b["pairs"]), _figure(b["relevant_share"])) for b in learned["bands"]]
    lines += [f"score bands on {learned['calibrated_on'] if isinstance(learned['calibrated_on'], str) else ', '.join(learned['calibrated_on'])} "
              "(cross-validated map):", _table(bands)]
    return "\n".join(lines)


def _figure(value) -> str:
    return "n/a" if value is None else f"{value:.3f}"


# ---------------------------------------------------------------------------
# reference
# ---------------------------------------------------------------------------
@main.group()
def reference() -> None:
    """The reference model shipped with the package (market statistics from O*NET)."""


@reference.command("build")
@click.option("--onet", "onet", type=click.Path(file_okay=False), required=True,
              help="Folder of an O*NET text release (Occupation Data.txt, Alternate Titles.txt, Technology Skills.txt).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Where to write it (default: the packaged file).")
@click.pass_context
def reference_build(ctx, onet, output) -> None:
    """Rebuild the reference model from O*NET (deterministic: the same release gives the same file)."""
    from matcher.reference import REFERENCE_PATH, build
    from taxonomy.importers import load_merged

    options = ctx.find_root().obj
    try:
        taxonomy = load_merged(options["taxonomy"])
        model = build(onet, taxonomy)
    except (OSError, ValueError, KeyError) as exc:
        _fail(f"cannot build the reference model from {onet}: {exc}")
    target = Path(output) if output else REFERENCE_PATH
    model.save(target)
    click.echo(f"{target}: {model.n_documents_} occupations, {len(model.vocabulary_):,} words, "
               f"{len(model.skill_ids_):,} skills, {model.n_titles_:,} job titles", err=True)


@reference.command("info")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
def reference_info(fmt) -> None:
    """What the packaged reference model holds."""
    from matcher.reference import ATTRIBUTION, REFERENCE_PATH, default_reference

    model = default_reference()
    data = {"path": str(REFERENCE_PATH), "occupations": int(model.n_documents_), "words": len(model.vocabulary_),
            "skills": len(model.skill_ids_), "job_titles": int(model.n_titles_), "attribution": ATTRIBUTION}
    _emit(data, fmt, lambda d: _table([("field", "value"), *((k, str(v)) for k, v in d.items())]))


def _register_taxonomy_commands() -> None:
    from taxonomy.cli import taxonomy_group

    main.add_command(taxonomy_group, "taxonomy")


_register_taxonomy_commands()

if __name__ == "__main__":
    main()
