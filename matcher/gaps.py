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


def _resume_evidence(resume: Profile, skill_id: str, memo: dict[str, list[dict]] | None = None) -> list[dict]:
    """Up to three pieces of the resume's evidence for a skill, as fresh dicts; ``memo`` keeps
    them by skill for the next posting shown with the same resume (copied out each time)."""
    if memo is None:
        skill = resume.skills.get(skill_id)
        return [_evidence(ev) for ev in skill.evidence[:3]] if skill else []
    kept = memo.get(skill_id)
    if kept is None:
        kept = memo[skill_id] = _resume_evidence(resume, skill_id)
    return [dict(ev) for ev in kept]


def explain(resume: Profile, posting: Profile, credits: dict[str, Credit],
            units: list[tuple[tuple[str, ...], float]], memo: dict[str, list[dict]] | None = None) -> dict:
    """The matched, missing and partial skills of a pair, plus experience and degree gaps.

    ``credits`` come from :meth:`SkillVectorizer.resume_credits` and ``units`` from
    :meth:`SkillVectorizer.posting_units`. A choice ("Python, Java, or Go") is met by its best
    member, which is listed with the others under ``alternatives``; its other members are not
    reported missing. ``memo`` (an empty dict, then the same one for every posting shown with
    this resume) keeps the resume's evidence dicts between calls: the same output, built once.
    """
    matched: list[dict] = []
    partial: list[dict] = []
    missing: dict[str, list[dict]] = {"required": [], "preferred": [], "mentioned": []}
    coverage: dict[str, list[float]] = {"required": [0.0, 0.0], "preferred": [0.0, 0.0], "mentioned": [0.0, 0.0]}

    def best_member(members: tuple[str, ...]) -> str:
        if len(members) == 1:
            return members[0]
        return max(members, key=lambda m: (credits[m].value if m in credits else -1.0, -members.index(m)))

    def order(unit: tuple[tuple[str, ...], float]) -> tuple:
        skill = posting.skills[unit[0][0]]
        return LEVEL_RANK.get(skill.level or "mentioned", 3), -unit[1], skill.name.lower()

    for members, weight in sorted(units, key=order):
        skill_id = best_member(members)
        skill = posting.skills[skill_id]
        level = skill.level or "mentioned"
        credit = credits.get(skill_id)
        base = {
            "skill": skill.id,
            "name": skill.name,
            "category": skill.category,
            "level": level,
            "weight": rounded(weight, 4),
            "posting_evidence": _evidence(skill.evidence[0]) if skill.evidence else None,
        }
        if len(members) > 1:
            base["alternatives"] = [m for m in members if m != skill_id]
            base["alternative_names"] = [posting.skills[m].name for m in members if m != skill_id]
        if skill.years:
            base["years_required"] = skill.years
        coverage[level][1] += weight
        if credit is None:
            missing[level].append(base)
            continue
        coverage[level][0] += weight * credit.value
        resume_skill = resume.skills.get(credit.via or skill.id)
        item = base  # made for this unit: extended in place, the keys in the same order
        item.update(match_type=credit.match_type, confidence=rounded(credit.value, 3),
                    resume_evidence=_resume_evidence(resume, credit.via or skill.id, memo))
        if credit.via:
            item["via"] = credit.via
            item["via_name"] = resume_skill.name if resume_skill else credit.via
        if resume_skill is not None and resume_skill.years is not None and credit.match_type != "related":
            item["resume_years"] = resume_skill.years
        if credit.match_type == "related":
            partial.append(item)
        else:
            matched.append(item)

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
