"""Step 7, gaps: for one resume and one posting, which skills matched (with evidence on
both sides), which are missing, which are only partly covered by an adjacent
skill, and where experience or education fall short."""

from __future__ import annotations

from matcher.facts import DEGREE_NAMES, LEVEL_RANK
from matcher.profile import Evidence, Profile
from matcher.scoring import rounded
from matcher.vectors import Credit


def _evidence(ev: Evidence) -> dict:
    return {"section": ev.section, "start": ev.start, "end": ev.end, "text": ev.text, "sentence": ev.sentence}


def _resume_evidence(resume: Profile, skill_id: str) -> list[dict]:
    """Up to three pieces of the resume's evidence for a skill, as fresh dicts."""
    skill = resume.skills.get(skill_id)
    return [_evidence(ev) for ev in skill.evidence[:3]] if skill else []


def _resume_side(resume: Profile, credit: Credit, skill_id: str) -> tuple[dict, list[dict], dict]:
    """What a matched or partial item shows of the resume for posting skill ``skill_id``
    (``credit`` its credit): the match type and confidence, the resume's evidence dicts (to be
    copied out), and the ``via``, ``via_name`` and ``resume_years`` entries that apply; the same
    for every posting shown with one resume and its credits, so :func:`explain` can keep it."""
    resume_skill = resume.skills.get(credit.via or skill_id)
    head = {"match_type": credit.match_type, "confidence": rounded(credit.value, 3)}
    tail: dict = {}
    if credit.via:
        tail["via"] = credit.via
        tail["via_name"] = resume_skill.name if resume_skill else credit.via
    if resume_skill is not None and resume_skill.years is not None and credit.match_type != "related":
        tail["resume_years"] = resume_skill.years
    return head, _resume_evidence(resume, credit.via or skill_id), tail


def _best_member(members: tuple[str, ...], credits: dict[str, Credit]) -> str:
    """The member of a choice with the highest credit (the first of equals; any when none has one)."""
    return max(members, key=lambda m: (credits[m].value if m in credits else -1.0, -members.index(m)))


def explain(resume: Profile, posting: Profile, credits: dict[str, Credit],
            units: list[tuple[tuple[str, ...], float]], memo: dict[str, tuple] | None = None) -> dict:
    """The matched, missing and partial skills of a pair, plus experience and degree gaps.

    ``credits`` come from :meth:`SkillVectorizer.resume_credits` and ``units`` from
    :meth:`SkillVectorizer.posting_units`. A choice ("Python, Java, or Go") is met by its best
    member, which is listed with the others under ``alternatives``; its other members are not
    reported missing. ``memo`` (an empty dict, then the same one for every posting shown with
    this resume and these ``credits``) keeps what an item shows of the resume (:func:`_resume_side`)
    between calls: the same output, its evidence dicts built once and copied out each time.
    """
    matched: list[dict] = []
    partial: list[dict] = []
    missing: dict[str, list[dict]] = {"required": [], "preferred": [], "mentioned": []}
    coverage: dict[str, list[float]] = {"required": [0.0, 0.0], "preferred": [0.0, 0.0], "mentioned": [0.0, 0.0]}
    skills = posting.skills
    # sorted by level, weight (heaviest first) and name, as a stable sort by that key: ties keep their place
    keyed = []
    for position, (members, weight) in enumerate(units):
        skill = skills[members[0]]
        keyed.append((LEVEL_RANK.get(skill.level or "mentioned", 3), -weight, skill.name.lower(), position, skill))
    keyed.sort(key=lambda entry: entry[:4])

    for *_, position, first in keyed:
        members, weight = units[position]
        if len(members) == 1:
            skill_id, skill = members[0], first
        else:
            skill_id = _best_member(members, credits)
            skill = skills[skill_id]
        level = skill.level or "mentioned"
        evidence = skill.evidence
        item = {
            "skill": skill.id,
            "name": skill.name,
            "category": skill.category,
            "level": level,
            "weight": rounded(weight, 4),
            "posting_evidence": _evidence(evidence[0]) if evidence else None,
        }
        if len(members) > 1:
            item["alternatives"] = [m for m in members if m != skill_id]
            item["alternative_names"] = [skills[m].name for m in members if m != skill_id]
        if skill.years:
            item["years_required"] = skill.years
        totals = coverage[level]
        totals[1] += weight
        credit = credits.get(skill_id)
        if credit is None:
            missing[level].append(item)
            continue
        totals[0] += weight * credit.value
        if memo is None:  # one pair: its evidence dicts are this item's own
            head, evidence, tail = _resume_side(resume, credit, skill_id)
        else:
            side = memo.get(skill_id)
            if side is None:
                side = memo[skill_id] = _resume_side(resume, credit, skill_id)
            head, kept, tail = side
            evidence = [ev.copy() for ev in kept]
        item.update(head)
        item["resume_evidence"] = evidence
        if tail:
            item.update(tail)
        (partial if credit.match_type == "related" else matched).append(item)

    return {
        "matched": matched,
        "missing_required": missing["required"],
        "missing_preferred": missing["preferred"],
        "missing_mentioned": missing["mentioned"],
        "partial": partial,
        "experience_gap": _experience_gap(resume, posting),
        "degree_gap": _degree_gap(resume, posting),
        "coverage": {level: (round(got / total, 4) if total else None) for level, (got, total) in coverage.items()},
    }


def _experience_gap(resume: Profile, posting: Profile) -> dict | None:
    gap: dict = {}
    if posting.years_experience and (resume.years_experience or 0) < posting.years_experience:
        gap["required_years"] = posting.years_experience
        gap["resume_years"] = resume.years_experience
        gap["shortfall"] = round(posting.years_experience - (resume.years_experience or 0), 1)
    skill_gaps = []
    for skill in posting.skills.values():
        if not skill.years:
            continue
        have = resume.skills.get(skill.id)
        have_years = have.years if have is not None else None
        if have_years is None or have_years < skill.years:
            skill_gaps.append({"skill": skill.id, "name": skill.name, "required_years": skill.years,
                               "resume_years": have_years})
    if skill_gaps:
        gap["skills"] = sorted(skill_gaps, key=lambda g: g["skill"])
    return gap or None


def _degree_gap(resume: Profile, posting: Profile) -> dict | None:
    have = resume.degree.level if resume.degree else 0
    if posting.degree and have < posting.degree.level:
        return {"required": posting.degree.name, "resume": DEGREE_NAMES[have], "level": "required",
                "equivalent_experience_accepted": posting.degree_flexible,
                "posting_text": posting.degree.text}
    if posting.preferred_degree and have < posting.preferred_degree.level:
        return {"required": posting.preferred_degree.name, "resume": DEGREE_NAMES[have], "level": "preferred",
                "equivalent_experience_accepted": posting.degree_flexible,
                "posting_text": posting.preferred_degree.text}
    return None
