"""Resume facts against the real-resume gold set (``fixtures/gold/real_resumes.jsonl``).

The gold set annotates real resumes from ``../shared/data/matching-dev/postjobfree-resumes.jsonl``
(read from there by id; the texts are never copied into the repository): for each resume the
current title, every role (title, employer, location, start, end, as written), total years with
"present" meaning 2020-06, degrees (level, field, institution, year), certifications and, in the
first 50, skills.
``fixtures/gold/REAL_RESUMES.md`` has the annotation rules. Each resume is profiled with
``as_of`` pinned to 2020-06-01.

Figures over five parts: the first 169 resumes (key ``dev``; seen: misses were looked for there,
first in the first 25, then in the first 50, 80, since 2.1.15 in the first 140 and since 2.1.16 in all
169; records 81-169 were held out, in three blocks, until then), the 30 drawn with seed 2030 and
annotated before any further extraction change (``held_out_2030``, records 170-199, never tuned on),
the 59 resumes of 60 ids drawn with seed 2031 (``set_2031``, records 200-258: measured unseen with 2.1.16, then
looked at for misses, to find kinds the first 169 do not show), the 57 drawn with seed 2032 and annotated
before any further extraction change (``held_out_2032``, records 259-315, never tuned on, like the sixth set),
and all of them (``all``):

* **current title right**: the profile's title (shown only when the resume states it for the
  latest role: a name read by position that names no job is ``Role.title_guess``, scored but
  not shown; role titles below are likewise the stated ones) equals the gold title after lower-casing and
  dropping punctuation (``rapidfuzz.fuzz.ratio`` >= 90, so "Sr. Engineer" = "Sr Engineer");
  both empty counts as right.
* **current-title misses by kind** (:func:`title_miss_kind`): none found, none stated, another
  role's title, partly right (too short or too long), other; and for each kind how many had the
  current role's dates found. Counts only, so the held-out parts can say where their misses come
  from without anyone reading them.
* **role dates right**: share of gold roles with a start date that some extracted role
  dates exactly alike (start and end; a gold "2019" is met by "2019" or any "2019-MM", a
  gold "2019-05" only by "2019-05"); each extracted role meets one gold role at most.
  **Date precision**: share of extracted dated roles that meet a gold role.
* **role-date misses by kind** (:func:`date_misses`): each gold dated role no extracted role dates
  alike is paired with one unpaired extracted dated role, preferring one with the same start (the end is
  wrong), then the same end (the start is wrong), then one whose period overlaps (both wrong); a gold
  role with none of these was not found at all. The extracted dated roles left unpaired that meet no
  gold role are false roles (a course, a project, a school period, a date read twice). Counts only, so
  the held-out parts can say where their date misses come from without anyone reading them.
* **role titles / employers right**: of the gold roles whose dates were met, the share
  whose title (employer) is right as for the current title.
* **highest degree right**: the profile's degree level (none, associate, bachelor, master,
  phd) equals the gold ``highest_degree``.
* **total years within 1**: ``years_experience`` within a year of the gold ``total_years``
  (both unknown counts as right).
* **certifications P / R**: names matched with ``fuzz.token_set_ratio`` >= 85.
* **skills P / R**: the profile's skill ids against the gold ids, over the resumes whose skills
  were annotated (the first 50; the later resumes' ``skills`` are null). A gold skill the taxonomy
  lacked when it was annotated (``id`` null) is met by an extracted skill of that name or
  found as that text (and that extracted skill is then no false positive); the unmet ones
  count as misses in "R incl. gaps" only, since no id could be extracted for them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

from bench.common import GOLD_DIR, shared_path
from bench.metrics import prf

GOLD_PATH = GOLD_DIR / "real_resumes.jsonl"
AS_OF = dt.date(2020, 6, 1)
#: The first resumes of the gold set are where misses are looked for; the rest are held out.
DEV_COUNT = 169
#: The parts after the first ``DEV_COUNT``: (key, first record, end record), records counted from 0.
#: A ``held_out_`` part is never looked at; the others were measured unseen once, then joined the
#: records where misses are looked for.
PARTS = (("held_out_2030", 169, 199), ("set_2031", 199, 258), ("held_out_2032", 258, 315))
TITLE_MATCH = 90
CERT_MATCH = 85
DEGREE_LEVELS = {None: 0, "associate": 1, "bachelor": 2, "master": 3, "phd": 4}


def load_gold(path: Path = GOLD_PATH) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_texts(ids: set[str]) -> dict[str, str] | None:
    """Resume texts by id from ``../shared``, or ``None`` when it is absent."""
    path = shared_path("data", "matching-dev", "postjobfree-resumes.jsonl")
    if path is None:
        return None
    texts = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in ids:
                texts[row["id"]] = row["text"]
    return texts


def norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def same_text(a: str | None, b: str | None, threshold: int = TITLE_MATCH) -> bool:
    from rapidfuzz import fuzz

    a, b = norm(a), norm(b)
    if not a or not b:
        return a == b
    return a == b or fuzz.ratio(a, b) >= threshold


def date_meets(gold: str | None, found: str | None) -> bool:
    """Whether ``found`` states the gold date: equal, or the gold gives only the year."""
    if gold is None or found is None:
        return gold == found
    if gold == "present" or found == "present":
        return gold == found
    return found == gold or (len(gold) == 4 and found[:4] == gold)


def profile_roles(profile, text: str) -> list[dict]:
    """``[{title, employer, start, end}]`` of a profile; profiles of releases before roles existed
    have their dated jobs rebuilt with that release's own ``facts.experience_entries``."""
    roles = getattr(profile, "roles", None)
    if roles is not None:
        return [{"title": r.title, "employer": r.employer, "start": r.start, "end": r.end} for r in roles]
    from matcher import facts
    from matcher.sections import split_lines

    entries = facts.experience_entries(text, split_lines(text, "resume"), AS_OF)
    now = AS_OF.year * 12 + AS_OF.month - 1
    out = []
    for entry in entries:
        start = f"{entry.start_month // 12:04d}-{entry.start_month % 12 + 1:02d}"
        end = "present" if entry.end_month >= now else f"{entry.end_month // 12:04d}-{entry.end_month % 12 + 1:02d}"
        out.append({"title": entry.title, "employer": None, "start": start, "end": end})
    return out


def compare(gold: dict, profile, text: str) -> dict:
    """Per-resume comparison counts (see the module docstring)."""
    from rapidfuzz import fuzz

    found_roles = profile_roles(profile, text)
    dated_gold = [r for r in gold["roles"] if r.get("start")]
    dated_found = [r for r in found_roles if r.get("start")]
    unused = list(range(len(dated_found)))
    dates_right = titles_right = employers_right = 0
    misses = []
    unmet = []
    for role in dated_gold:
        hit = next((i for i in unused if date_meets(role["start"], dated_found[i]["start"])
                    and date_meets(role["end"], dated_found[i]["end"])), None)
        if hit is None:
            misses.append({"gold": role, "found": None})
            unmet.append(role)
            continue
        unused.remove(hit)
        dates_right += 1
        mine = dated_found[hit]
        titles_right += same_text(role.get("title"), mine.get("title"))
        employers_right += same_text(role.get("employer"), mine.get("employer"))
        if not same_text(role.get("title"), mine.get("title")) or not same_text(role.get("employer"), mine.get("employer")):
            misses.append({"gold": role, "found": mine})
    degree = profile.degree.name if profile.degree and profile.degree.level > 0 else None
    title_miss = title_miss_kind(gold, profile.title, dated_gold, dated_found)
    years = profile.years_experience
    gold_years = gold.get("total_years")
    found_certs = [c.name for c in getattr(profile, "certification_details", [])] or \
        [profile.skills[c].name for c in profile.certifications if c in profile.skills]
    gold_certs = [c["name"] for c in gold.get("certifications") or []]
    cert_tp = sum(1 for g in gold_certs if any(fuzz.token_set_ratio(norm(g), norm(f)) >= CERT_MATCH for f in found_certs))
    cert_fp = sum(1 for f in found_certs if not any(fuzz.token_set_ratio(norm(g), norm(f)) >= CERT_MATCH for g in gold_certs))
    skills_annotated = gold.get("skills") is not None
    gold_ids = {s["id"] for s in gold.get("skills") or [] if s.get("id")}
    found_ids = set(profile.skills)
    # A gold skill the taxonomy lacked when it was annotated (id null) is met by an extracted
    # skill of that name or found as that text; such extracted skills are not false positives.
    named = {norm(s["name"]) for s in gold.get("skills") or [] if not s.get("id")}
    seen_as = {sid: {norm(skill.name)} | {norm(ev.text) for ev in skill.evidence} for sid, skill in profile.skills.items()}
    met_by_name = {sid for sid, forms in seen_as.items() if sid not in gold_ids and forms & named}
    gaps = len(named - {f for sid in met_by_name for f in seen_as[sid]})
    return {
        "id": gold["id"],
        "skills_annotated": skills_annotated,
        "title_right": title_miss is None,
        "title": {"gold": gold.get("title"), "found": profile.title},
        "title_miss": title_miss,
        "gold_dated_roles": len(dated_gold), "found_dated_roles": len(dated_found),
        "dates_right": dates_right, "role_titles_right": titles_right, "employers_right": employers_right,
        "degree_right": DEGREE_LEVELS.get(gold.get("highest_degree"), 0) == DEGREE_LEVELS.get(degree, 0),
        "degree": {"gold": gold.get("highest_degree"), "found": degree},
        "years_right": (years is None and gold_years is None) or
                       (years is not None and gold_years is not None and abs(years - gold_years) <= 1.0),
        "years": {"gold": gold_years, "found": years},
        "cert_tp": cert_tp, "cert_fp": cert_fp, "cert_fn": len(gold_certs) - cert_tp,
        **(skill_counts(found_ids, gold_ids, met_by_name, gaps) if skills_annotated else
           {"skill_tp": 0, "skill_fp": 0, "skill_fn": 0, "skill_gaps": 0}),
        "role_misses": misses,
        "date_misses": date_misses(unmet, [dated_found[i] for i in unused]),
    }


#: The kinds of role-date misses, in the order the bench prints them: gold roles not found, found with
#: the end wrong, with the start wrong, with both wrong but overlapping; extracted roles meeting none.
DATE_MISS_KINDS = ("not_found", "end_wrong", "start_wrong", "both_wrong", "false_role")


def month_span(start: str | None, end: str | None) -> tuple[int, int] | None:
    """A role's period as months since year 0, first and last, ``None`` without a start.

    A year alone spans its twelve months ("2016" - "2018" is 2016-01 to 2018-12), "present" is
    :data:`AS_OF`, a missing end is the start's own month or year (a role dated "2019-05" alone).
    """
    def months(date: str, last: bool) -> int:
        if date == "present":
            return AS_OF.year * 12 + AS_OF.month - 1
        year, _, month = date.partition("-")
        return int(year) * 12 + (int(month) - 1 if month else 11 if last else 0)

    if not start or start == "present":
        return None
    return months(start, False), months(end or start, True)


def date_misses(unmet_gold: list[dict], unmet_found: list[dict]) -> dict:
    """Counts by :data:`DATE_MISS_KINDS` of the gold dated roles no extracted role dates alike and
    the extracted dated roles that meet no gold role (see the module docstring).

    Each unmet gold role takes the first unpaired extracted role with its start ("end_wrong": "2016-03" -
    "2018-05" read as "2016-03" - "present"), else with its end ("start_wrong"), else whose period
    overlaps ("both_wrong"), else counts as "not_found"; extracted roles left over are "false_role".
    """
    counts = dict.fromkeys(DATE_MISS_KINDS, 0)
    left = list(unmet_found)
    tests = (("end_wrong", lambda g, f: date_meets(g["start"], f["start"])),
             ("start_wrong", lambda g, f: date_meets(g["end"], f["end"])),
             ("both_wrong", lambda g, f: _overlap(month_span(g["start"], g["end"]), month_span(f["start"], f["end"]))))
    for role in unmet_gold:
        kind, pair = next(((kind, f) for kind, test in tests for f in left if test(role, f)), ("not_found", None))
        counts[kind] += 1
        if pair is not None:
            left.remove(pair)
    counts["false_role"] = len(left)
    return counts


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two month spans share a month."""
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


#: The kinds of current-title misses, in the order the bench prints them.
TITLE_MISS_KINDS = ("none_found", "none_stated", "another_role", "partly", "other")


def title_miss_kind(gold: dict, found: str | None, dated_gold: list[dict], dated_found: list[dict]) -> dict | None:
    """What kind of miss a wrong current title is, or ``None`` when it is right.

    ``kind`` is one of :data:`TITLE_MISS_KINDS`: no title found where the gold states one; a title
    found where the gold states none; the title of another gold role (the wrong role read as the
    latest); a title whose words are a part of the gold title's or contain them (the right role,
    cut too short or too long); anything else. ``role_dated`` says whether some extracted role
    has the dates of the gold's current role (the first gold role with the current title, else
    the first dated one), so a miss can be told apart as a role not found or a title misread.
    """
    want = gold.get("title")
    if same_text(want, found):
        return None
    current = next((r for r in dated_gold if want and same_text(r.get("title"), want)), dated_gold[0] if dated_gold else None)
    role_dated = current is not None and any(
        date_meets(current["start"], r["start"]) and date_meets(current["end"], r["end"]) for r in dated_found)
    words, found_words = set(norm(want).split()), set(norm(found).split())
    if not words:
        kind = "none_stated"
    elif not found_words:
        kind = "none_found"
    elif any(same_text(r.get("title"), found) for r in gold["roles"]):
        kind = "another_role"
    elif words <= found_words or found_words <= words:
        kind = "partly"
    else:
        kind = "other"
    return {"kind": kind, "role_dated": role_dated}


def skill_counts(found_ids: set, gold_ids: set, met_by_name: set, gaps: int) -> dict:
    """Skill TP / FP / FN of one resume whose skills were annotated."""
    return {"skill_tp": len(found_ids & gold_ids) + len(met_by_name), "skill_fp": len(found_ids - gold_ids - met_by_name),
            "skill_fn": len(gold_ids - found_ids), "skill_gaps": gaps}


def summarise(rows: list[dict]) -> dict:
    n = len(rows)
    if not n:
        return {"resumes": 0}
    total = Counter()
    for row in rows:
        for key in ("title_right", "dates_right", "gold_dated_roles", "found_dated_roles", "role_titles_right",
                    "employers_right", "degree_right", "years_right", "cert_tp", "cert_fp", "cert_fn",
                    "skill_tp", "skill_fp", "skill_fn", "skill_gaps", "skills_annotated"):
            total[key] += int(row[key])
    date_kinds = Counter()
    for row in rows:
        date_kinds.update(row.get("date_misses", {}))
    misses = Counter(row["title_miss"]["kind"] for row in rows if row["title_miss"])
    misses_dated = Counter(row["title_miss"]["kind"] for row in rows if row["title_miss"] and row["title_miss"]["role_dated"])
    dates = total["dates_right"]
    skills = prf(total["skill_tp"], total["skill_fp"], total["skill_fn"]) if total["skills_annotated"] else None
    return {
        "resumes": n,
        "title": total["title_right"] / n,
        "title_misses": {kind: [misses[kind], misses_dated[kind]] for kind in TITLE_MISS_KINDS},
        "dates": dates / total["gold_dated_roles"] if total["gold_dated_roles"] else None,
        "date_precision": dates / total["found_dated_roles"] if total["found_dated_roles"] else None,
        "gold_dated_roles": total["gold_dated_roles"],
        "date_misses": {kind: date_kinds[kind] for kind in DATE_MISS_KINDS},
        "role_titles": total["role_titles_right"] / dates if dates else None,
        "employers": total["employers_right"] / dates if dates else None,
        "degree": total["degree_right"] / n,
        "years": total["years_right"] / n,
        "certifications": prf(total["cert_tp"], total["cert_fp"], total["cert_fn"]),
        "skills": skills,
        "skills_recall_with_gaps": total["skill_tp"] / (total["skill_tp"] + total["skill_fn"] + total["skill_gaps"])
        if total["skills_annotated"] and total["skill_tp"] + total["skill_fn"] + total["skill_gaps"] else None,
    }


def seen_rows(rows: list) -> list:
    """``rows`` less the held-out parts' (:data:`PARTS`): the records where misses are looked for."""
    held = {i for key, start, end in PARTS if key.startswith("held_out_") for i in range(start, end)}
    return [row for i, row in enumerate(rows) if i not in held]


def evaluate(engine=None, gold: list[dict] | None = None, errors: bool = False, path: Path = GOLD_PATH) -> dict:
    """Profile every gold resume and compare; ``skipped`` when the gold set or the texts are absent."""
    from bench.common import make_engine

    if gold is None:
        if not path.exists():
            return {"skipped": f"{path.relative_to(GOLD_DIR.parent.parent)} not found"}
        gold = load_gold(path)
    texts = load_texts({g["id"] for g in gold})
    if texts is None:
        return {"skipped": "../shared/data/matching-dev/postjobfree-resumes.jsonl not found"}
    engine = engine or make_engine(as_of=AS_OF)
    rows = []
    for entry in gold:
        text = texts.get(entry["id"])
        if text is None:
            continue
        profile = engine.profile(text, "resume", doc_id=entry["id"])
        rows.append(compare(entry, profile, profile.text))
    out = {"all": summarise(rows), "dev": summarise(rows[:DEV_COUNT]),
           **{key: summarise(rows[start:end]) for key, start, end in PARTS},
           "dev_count": min(DEV_COUNT, len(rows)), "as_of": AS_OF.isoformat()}
    if errors:
        out["errors"] = [{k: row[k] for k in ("id", "title", "degree", "years", "role_misses")}
                         for row in seen_rows(rows)
                         if not (row["title_right"] and row["degree_right"] and not row["role_misses"])]
    return out
