"""``matcher taxonomy ...`` commands (import, stats, lookup).

``stats`` and ``lookup`` read the default taxonomy with every global
``--taxonomy FILE`` merged over it by :func:`taxonomy.importers.merge_imported`.
Errors (missing file, wrong format or columns) print one line on stderr and
exit with code 2; ``lookup`` exits 1 when nothing matches.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from taxonomy import CATEGORIES, Taxonomy, validate
from taxonomy.importers import (
    IMPORTERS,
    ImportReport,
    TaxonomyImportError,
    form_key,
    load_merged,
    merge_imported,
)

FORMAT_CHOICE = click.Choice(["json", "table"])


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _taxonomy_paths() -> tuple[str, ...]:
    obj = click.get_current_context().find_root().obj
    return tuple((obj or {}).get("taxonomy") or ())


def _load() -> Taxonomy:
    paths = _taxonomy_paths()
    for path in paths:
        if not Path(path).exists():
            _fail(f"cannot load taxonomy {path}: no such file")
    try:
        return load_merged(paths)
    except (OSError, ValueError) as exc:
        _fail(f"cannot load taxonomy: {exc}")
        raise  # unreachable


def _table(rows: list[tuple], width: int = 48) -> str:
    widths = [min(width, max(len(str(r[i])) for r in rows)) for i in range(len(rows[0]))]
    out = []
    for n, row in enumerate(rows):
        out.append("  ".join(str(c)[:width].ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


@click.group("taxonomy")
def taxonomy_group() -> None:
    """Inspect the skills taxonomy and import others (ESCO, O*NET, CSV)."""


# ---------------------------------------------------------------------------
# import
# ---------------------------------------------------------------------------
@taxonomy_group.command("import")
@click.option("--format", "fmt", type=click.Choice(sorted(IMPORTERS)), required=True,
              help="esco: ESCO skills_en.csv; onet: O*NET Technology Skills.txt; "
                   "csv: name, aliases, category, parents[, related, id, guarded, context].")
@click.argument("file", type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(), help="JSONL file to write ('-' for stdout).")
@click.option("--check-merge/--no-check-merge", default=True, show_default=True,
              help="Also report what merging over the default taxonomy would drop.")
def import_command(fmt: str, file: str, output: str, check_merge: bool) -> None:
    """Convert FILE to our taxonomy format (JSONL, one skill per line).

    Use the result with the global option: matcher --taxonomy OUT.jsonl ...
    A summary (skills, forms, dropped forms, seconds) goes to stderr.
    """
    started = time.perf_counter()
    report = ImportReport(fmt, file)
    try:
        imported = IMPORTERS[fmt](file, report=report)
    except TaxonomyImportError as exc:
        _fail(str(exc))
    except (OSError, ValueError) as exc:
        _fail(f"{file}: cannot import as {fmt}: {exc}")
    if not len(imported):
        _fail(f"{file}: no skills found")
    try:
        if output == "-":
            for skill in imported:
                click.echo(json.dumps(skill.to_dict(), ensure_ascii=False))
        else:
            imported.to_jsonl(output)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
    report.seconds = time.perf_counter() - started
    click.echo(report.summary(), err=True)
    for warning in report.warnings[:10]:
        click.echo(f"warning: {warning}", err=True)
    if len(report.warnings) > 10:
        click.echo(f"warning: ... and {len(report.warnings) - 10} more", err=True)
    if check_merge:
        base = Taxonomy.default()
        merge_report = ImportReport("merge", file)
        merged = merge_imported(base, imported, report=merge_report)
        replaced = sum(1 for sid in imported.ids if sid in base)
        kept = sum(1 for sid in imported.ids if sid in merged and sid not in base)
        click.echo(f"merged over the default ({len(base):,} skills): {kept:,} new skills, {replaced:,} replace "
                   f"default skills, {merge_report.dropped['duplicate_of_base']:,} duplicate a default skill, "
                   f"{merge_report.dropped['owned_by_base']:,} forms already owned by the default dropped",
                   err=True)
    if output != "-":
        click.echo(f"wrote {output}", err=True)


# ---------------------------------------------------------------------------
# stats
# ---------------------------------------------------------------------------
@taxonomy_group.command("stats")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@click.option("--validate", "check", is_flag=True, help="Also list validation problems (exit 1 when there are any).")
def stats_command(fmt: str, check: bool) -> None:
    """Counts by category, surface forms, aliases and hierarchy depth."""
    taxonomy = _load()
    data = taxonomy.stats()
    data["sources"] = ["default", *_taxonomy_paths()]
    problems = validate(taxonomy) if check else []
    if check:
        data["problems"] = problems
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(_stats_table(data))
    if problems:
        sys.exit(1)


def _stats_table(data: dict) -> str:
    lines = [f"taxonomy: {' + '.join(data['sources'])}",
             f"skills {data['skills']:,}  surface forms {data['surface_forms']:,}  aliases {data['aliases']:,}  "
             f"guarded {data['guarded']:,}  with parents {data['with_parents']:,}  "
             f"with related {data['with_related']:,}  max depth {data['max_depth']}", ""]
    rows = [("category", "label", "skills")]
    rows += [(cat, CATEGORIES.get(cat, "?"), f"{n:,}") for cat, n in data["by_category"].items()]
    lines += [_table(rows), ""]
    lines.append(_table([("depth", "skills")] + [(str(d), f"{n:,}") for d, n in data["depth"].items()]))
    if "problems" in data:
        lines.append("")
        lines.append(f"{len(data['problems'])} problem(s)" + (":" if data["problems"] else ""))
        lines += [f"  {p}" for p in data["problems"]]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# lookup
# ---------------------------------------------------------------------------
@taxonomy_group.command("lookup")
@click.argument("term")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Most fuzzy hits to show.")
@click.option("--cutoff", type=click.FloatRange(0, 100), default=80.0, show_default=True,
              help="Lowest fuzzy score (0-100).")
def lookup_command(term: str, fmt: str, limit: int, cutoff: float) -> None:
    """Skills named TERM (exact: any case, spacing or plural) and near misses (fuzzy)."""
    if not term.strip():
        _fail("give a non-empty TERM")
    taxonomy = _load()
    data = lookup(taxonomy, term, limit=limit, cutoff=cutoff)
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(_lookup_table(data))
    if not data["exact"] and not data["fuzzy"]:
        sys.exit(1)


def _hit(taxonomy: Taxonomy, skill_id: str, form: str, match: str, score: float) -> dict:
    skill = taxonomy[skill_id]
    hit = {"id": skill.id, "name": skill.name, "category": skill.category, "form": form, "match": match,
           "score": round(score, 1), "parents": list(skill.parents), "related": list(skill.related)}
    if form in skill.guarded:
        hit["context"] = list(skill.context)
    return hit


def lookup(taxonomy: Taxonomy, term: str, *, limit: int = 10, cutoff: float = 80.0) -> dict:
    """Exact hits (same :func:`form_key`, or the skill id) and up to ``limit`` fuzzy hits for ``term``.

    ``match`` is ``id``, ``name``, ``alias`` or ``guarded`` (a guarded form
    matches in text only with this exact case and a context word nearby) for
    exact hits, ``fuzzy`` for the others.
    """
    from rapidfuzz import fuzz, process

    term = term.strip()
    key = form_key(term)
    exact: dict[str, dict] = {}
    by_lower: dict[str, list[tuple[str, str]]] = {}
    for form, skill_id, guarded in taxonomy.surface_forms():
        if skill_id not in exact and form_key(form) == key:
            kind = "guarded" if guarded else ("name" if form == taxonomy[skill_id].name else "alias")
            exact[skill_id] = _hit(taxonomy, skill_id, form, kind, 100.0)
        by_lower.setdefault(form.lower(), []).append((form, skill_id))
    if term in taxonomy and term not in exact:
        exact[term] = _hit(taxonomy, term, term, "id", 100.0)
    choices = list(by_lower)
    scored: dict[str, tuple[float, str]] = {}
    lower = term.lower()
    # A near spelling of the whole form, or the term's words inside a longer form (ranked a little lower).
    for scorer, weight in ((fuzz.ratio, 1.0), (fuzz.token_set_ratio, 0.95)):
        for choice, score, _ in process.extract(lower, choices, scorer=scorer, score_cutoff=cutoff,
                                                limit=max(50, limit * 10)):
            score *= weight
            if score < cutoff:
                continue
            for form, skill_id in by_lower[choice]:
                if skill_id in exact:
                    continue
                best = scored.get(skill_id)
                if best is None or (score, -len(form)) > (best[0], -len(best[1])):
                    scored[skill_id] = (score, form)
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], len(kv[1][1]), kv[0]))[:limit]
    fuzzy = [_hit(taxonomy, sid, form, "fuzzy", score) for sid, (score, form) in ranked]
    return {"term": term, "exact": list(exact.values()), "fuzzy": fuzzy}


def _lookup_table(data: dict) -> str:
    if not data["exact"] and not data["fuzzy"]:
        return f"no skill matches {data['term']!r}"
    lines = []
    for label in ("exact", "fuzzy"):
        hits = data[label]
        if not hits:
            continue
        rows = [("id", "name", "category", "form", "match", "score", "parents")]
        rows += [(h["id"], h["name"], h["category"], h["form"], h["match"], f"{h['score']:g}",
                  ", ".join(h["parents"]) or "-") for h in hits]
        lines += [f"{label} ({len(hits)}):", _table(rows), ""]
        for h in hits:
            if "context" in h:
                lines.append(f"note: {h['form']!r} ({h['id']}) is guarded: matched with this exact case and a "
                             f"context word nearby ({', '.join(h['context'][:8])})")
    return "\n".join(lines).rstrip()
