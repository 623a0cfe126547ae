"""A synthetic postings corpus of any size, recombined from the fixture postings' sections.

The fixture postings are profiled once; each synthetic posting then takes its
title and overview from one fixture, responsibilities from a second, required
qualifications (with their required skills) from a third, preferred ones from
a fourth, and years/degree facts from a fifth (a seeded numpy RNG picks them).
:class:`~matcher.profile.Profile` objects are built directly, so 100,000
postings cost no spaCy runs. ``text`` and ``scoring_text`` are the same
recombined text, which the TF-IDF baseline uses too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

PARTS = ("overview", "responsibilities", "required", "preferred")
DEFAULT_SEED = 20240605


@dataclass
class Part:
    """What one fixture posting contributes."""

    profile: object
    sections: dict[str, str]
    skills: dict[str, dict[str, object]]  # level -> {skill_id: ProfileSkill}


def parts_of(profiles: list) -> list[Part]:
    from matcher.sections import split_lines

    parts = []
    for profile in profiles:
        chunks: dict[str, list[str]] = {name: [] for name in PARTS}
        for line in split_lines(profile.text, "posting"):
            if line.usable and line.section in chunks:
                chunks[line.section].append(line.text.strip())
        by_level: dict[str, dict[str, object]] = {"required": {}, "preferred": {}, "mentioned": {}}
        for skill in profile.skills.values():
            by_level.setdefault(skill.level or "mentioned", {})[skill.id] = skill
        parts.append(Part(profile, {k: "\n".join(v) for k, v in chunks.items()}, by_level))
    return parts


#: Words that make synthetic titles distinct the way job boards' titles are ("Senior Data Engineer,
#: Payments Platform - Austin").
TITLE_TEAMS = ("Payments", "Platform", "Growth", "Search", "Risk", "Identity", "Ads", "Health", "Logistics", "Retail",
               "Core", "Infrastructure", "Mobile", "Analytics", "Security", "Billing", "Maps", "Voice", "Cloud", "Data")
TITLE_PLACES = ("Austin", "Boston", "Chicago", "Denver", "Dublin", "Berlin", "London", "Remote", "Toronto", "Seattle",
                "Paris", "Madrid", "Warsaw", "Lisbon", "Singapore", "Sydney", "Atlanta", "Phoenix", "Miami", "Oslo")


def synthesize(parts: list[Part], n: int, seed: int = DEFAULT_SEED, distinct_titles: bool = False) -> list:
    """``n`` posting :class:`Profile` objects with ids ``syn-0000000`` onwards; with
    ``distinct_titles`` every title differs (a team, a place and a requisition number appended)."""
    from matcher.profile import Profile

    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(parts), size=(n, 5))
    out = []
    for i in range(n):
        a, b, c, d, e = (parts[j] for j in picks[i])
        title = a.profile.title or "Engineer"
        if distinct_titles:
            title = (f"{title}, {TITLE_TEAMS[i % len(TITLE_TEAMS)]} - "
                     f"{TITLE_PLACES[(i // len(TITLE_TEAMS)) % len(TITLE_PLACES)]} R{i}")
        text = "\n".join([
            title,
            a.sections["overview"],
            "Responsibilities",
            b.sections["responsibilities"],
            "Requirements",
            c.sections["required"],
            "Preferred qualifications",
            d.sections["preferred"],
        ])
        skills: dict[str, object] = {}
        skills.update(b.skills["mentioned"])
        skills.update(d.skills["preferred"])
        skills.update(c.skills["required"])
        facts = e.profile
        out.append(Profile(
            kind="posting",
            id=f"syn-{i:07d}",
            text=text,
            title=title,
            seniority=a.profile.seniority,
            seniority_rank=a.profile.seniority_rank,
            skills=skills,
            years_experience=facts.years_experience,
            preferred_years=facts.preferred_years,
            degree=facts.degree,
            preferred_degree=facts.preferred_degree,
            degree_flexible=facts.degree_flexible,
            titles=[title],
            scoring_text=text,
            meta={"synthetic_from": [a.profile.id, b.profile.id, c.profile.id, d.profile.id, e.profile.id]},
        ))
    return out


def four_kb_postings(texts: list[str], target: int = 4096) -> list[str]:
    """Postings of about ``target`` bytes: each fixture text continued with the next one's
    lines until the size is reached (cut at a line boundary)."""
    out = []
    for i, text in enumerate(texts):
        lines = text.split("\n")
        j = 1
        while len("\n".join(lines).encode()) < target and j < len(texts):
            lines += texts[(i + j) % len(texts)].split("\n")
            j += 1
        kept: list[str] = []
        size = 0
        for line in lines:
            extra = len(line.encode()) + 1
            if size + extra > target and size >= target * 0.9:
                break
            kept.append(line)
            size += extra
        out.append("\n".join(kept))
    return out
