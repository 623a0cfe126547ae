"""Extraction accuracy against the gold set in ``fixtures/gold`` (and SkillSpan when present).

The gold set was written by reading the fixture texts, not from the engine's output:

``postings.json``
    ``{posting_id: {"required": [ids], "preferred": [ids], "mentioned": [ids]}}``: what
    each posting requires, prefers, and names elsewhere in its own (non-boilerplate) text.
``resumes.json``
    ``{resume_id: [ids]}``: the skills each resume shows.
``missing_from_taxonomy.json``
    Skills that appear in a text but that the taxonomy lacks, with where they appear.
    They are taxonomy gaps and count as misses.

Figures (micro-averaged over documents):

* skill extraction precision / recall / F1 of the profile's skill ids against the gold ids;
* required / preferred labelling precision / recall / F1 (an engine skill at that level
  against the gold skills at that level);
* level accuracy: of the gold required/preferred skills the engine found, the share
  it gave the same level.
"""

from __future__ import annotations

import re
from collections import Counter

from bench import real_resumes, skillspan
from bench.common import GOLD_DIR, fixture_paths, load_json, make_engine
from bench.metrics import prf

LEVELS = ("required", "preferred")


def load_gold(folder=GOLD_DIR) -> dict:
    postings = load_json(folder / "postings.json")
    resumes = load_json(folder / "resumes.json")
    missing_path = folder / "missing_from_taxonomy.json"
    missing = load_json(missing_path) if missing_path.exists() else []
    gaps: dict[str, list[dict]] = {}
    for entry in missing:
        for posting_id, level in (entry.get("postings") or {}).items():
            gaps.setdefault(f"posting:{posting_id}", []).append({"name": entry["name"], "level": level})
        for resume_id in entry.get("resumes") or []:
            gaps.setdefault(f"resume:{resume_id}", []).append({"name": entry["name"], "level": None})
    return {"postings": postings, "resumes": resumes, "gaps": gaps, "missing": missing}


def _gold_levels(entry: dict) -> dict[str, str]:
    """``{skill_id: level}`` of one gold posting (the strongest level when listed twice)."""
    out: dict[str, str] = {}
    for level in ("mentioned", "preferred", "required"):
        for skill_id in entry.get(level) or []:
            out[skill_id] = level
    return out


def _miss_hint(skill_id: str, text: str, taxonomy, profile) -> str:
    from matcher.sections import line_at, split_lines

    if skill_id not in taxonomy:
        return "gold id is not in the taxonomy"
    if skill_id in profile.boilerplate_skills:
        return "found only on boilerplate lines (dropped)"
    skill = taxonomy[skill_id]
    lines = split_lines(text, profile.kind)
    for form in sorted(skill.surface_forms, key=len, reverse=True):
        pattern = re.compile(r"(?<![\w])" + re.escape(form) + r"(?![\w])", re.IGNORECASE)
        match = pattern.search(text)
        if match:
            line = line_at(lines, match.start())
            where = f"section {line.section}" if line else "no line"
            if line is not None and not line.usable:
                where += ", line not usable (heading/boilerplate/duplicate)"
            guarded = " (guarded form: needs context)" if form in skill.guarded else ""
            return f"surface form {form!r} is in the text ({where}){guarded} but was not matched"
    return "no surface form of this skill in the text"


def _evidence(skill) -> dict:
    ev = skill.evidence[0] if skill.evidence else None
    return {"text": ev.text if ev else None, "section": ev.section if ev else None,
            "sentence": ev.sentence[:200] if ev else None}


def evaluate_gold(engine=None, gold: dict | None = None, errors: bool = False) -> dict:
    """Profile every fixture and compare with the gold set."""
    engine = engine or make_engine()
    gold = gold or load_gold()
    taxonomy = engine.taxonomy
    counts = {key: Counter() for key in ("postings", "resumes", "required", "preferred")}
    level_found = level_same = 0
    unknown_gold: set[str] = set()
    listing: list[dict] = []
    for kind, folder_key in (("posting", "postings"), ("resume", "resumes")):
        gold_docs = gold[folder_key]
        for path in fixture_paths(kind):
            doc_id = path.stem
            if doc_id not in gold_docs:
                continue
            profile = engine.profile(path, kind)
            extracted = set(profile.skills)
            if kind == "posting":
                levels = _gold_levels(gold_docs[doc_id])
                truth = set(levels)
            else:
                levels = {}
                truth = set(gold_docs[doc_id])
            unknown_gold |= {s for s in truth if s not in taxonomy}
            gaps = gold["gaps"].get(f"{kind}:{doc_id}", [])
            tp = len(extracted & truth)
            fp = len(extracted - truth)
            fn = len(truth - extracted) + len(gaps)
            counts[folder_key].update({"tp": tp, "fp": fp, "fn": fn})
            mismatches = []
            if kind == "posting":
                for level in LEVELS:
                    engine_level = {s for s, sk in profile.skills.items() if sk.level == level}
                    gold_level = {s for s, lv in levels.items() if lv == level}
                    gap_count = sum(1 for g in gaps if g["level"] == level)
                    counts[level].update({"tp": len(engine_level & gold_level), "fp": len(engine_level - gold_level),
                                          "fn": len(gold_level - engine_level) + gap_count})
                for skill_id, level in levels.items():
                    if level in LEVELS and skill_id in profile.skills:
                        level_found += 1
                        got = profile.skills[skill_id].level
                        if got == level:
                            level_same += 1
                        else:
                            mismatches.append({"id": skill_id, "gold": level, "engine": got,
                                               **_evidence(profile.skills[skill_id])})
            if errors:
                listing.append({
                    "document": f"{kind}:{doc_id}",
                    "false_positives": [{"id": s, "match_type": profile.skills[s].match_type,
                                         **_evidence(profile.skills[s])} for s in sorted(extracted - truth)],
                    "misses": [{"id": s, "gold_level": levels.get(s),
                                "why": _miss_hint(s, profile.text, taxonomy, profile)} for s in sorted(truth - extracted)],
                    "taxonomy_gaps": [g["name"] for g in gaps],
                    "level_mismatches": mismatches,
                })
    total = counts["postings"] + counts["resumes"]
    result = {
        "skills": prf(total["tp"], total["fp"], total["fn"]),
        "postings": prf(counts["postings"]["tp"], counts["postings"]["fp"], counts["postings"]["fn"]),
        "resumes": prf(counts["resumes"]["tp"], counts["resumes"]["fp"], counts["resumes"]["fn"]),
        "required": prf(counts["required"]["tp"], counts["required"]["fp"], counts["required"]["fn"]),
        "preferred": prf(counts["preferred"]["tp"], counts["preferred"]["fp"], counts["preferred"]["fn"]),
        "level_accuracy": level_same / level_found if level_found else None,
        "level_found": level_found,
        "documents": {"postings": len(gold["postings"]), "resumes": len(gold["resumes"])},
        "taxonomy_gaps": len(gold["missing"]),
        "gold_ids_not_in_taxonomy": sorted(unknown_gold),
    }
    if errors:
        result["errors"] = listing
    return result


def run(quick: bool = False, errors: bool = False, engine=None, skillspan_sample: int | None = None,
        skillspan_split: str = "dev", resume_gold=None) -> dict:
    """The extraction section: the fixture gold set, the real-resume gold set
    (:mod:`bench.real_resumes`), then SkillSpan (``dev`` unless asked for ``train``) when
    ``../shared`` has it."""
    engine = engine or make_engine()
    out: dict = {"gold": evaluate_gold(engine, errors=errors)}
    out["real_resumes"] = real_resumes.evaluate(errors=errors, **({"path": resume_gold} if resume_gold else {}))
    path = skillspan.dev_path(skillspan_split)
    if path is None:
        out["skillspan"] = {"skipped": f"../shared/data/skillspan/{skillspan_split}_spans.jsonl not found"}
    else:
        rows = skillspan.sample(skillspan.load(path), skillspan_sample if quick else None)
        out["skillspan"] = skillspan.evaluate(engine.nlp, rows, errors=errors)
        out["skillspan"]["split"] = skillspan_split
        # The variant: whole postings through the section reader (see bench.skillspan).
        whole = skillspan.evaluate(engine.nlp, rows, whole_postings=True)
        out["skillspan"]["whole_postings"] = {"by_source": whole["by_source"]}
    return out
