"""Step 3+4 put together: a document becomes a :class:`Profile`, its skills with evidence
and the facts a scorer needs.

The values here are plain dataclasses; ``to_dict`` gives JSON-ready data.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import asdict, dataclass, field

from spacy.attrs import ENT_TYPE
from spacy.language import Language

from matcher import facts, resume_facts
from matcher.facts import DegreeFact
from matcher.intake import Document
from matcher.parser_view import ParserWarning, parser_warnings
from matcher.prefilter import Prefilter
from matcher.privacy import masked_lines, personal_details
from matcher.resume_facts import Certification, Role
from matcher.sections import Line, Section, line_at, sections_of, split_lines
from matcher.skills import SKILL_LABEL, skill_spans, span_match
from taxonomy import Taxonomy

MATCH_TYPE_RANK = {"exact": 0, "alias": 1, "fuzzy": 2, "implied": 3, "related": 4}
STUFFING_REPEAT = 12
STUFFING_LISTED = 60
#: Skill mentions on one line of a stuffed resume from which the line leaves the scoring text.
STUFFING_LINE = 25
_SCREENER_INSTRUCTIONS = re.compile(
    r"\b(ignore (all |any )?(previous|prior|above) (instructions|prompts)|disregard (the|all|previous) instructions|"
    r"(rank|score|rate|mark) (this|the) (candidate|resume|applicant) (as )?(first|highest|top|100|perfect)|"
    r"you are (an? )?(ai|llm|language model|chatgpt|assistant)|system prompt|as an ai (model|assistant)|"
    r"this candidate is (the )?(perfect|ideal|best) (match|fit|candidate))",
    re.IGNORECASE,
)
_SCREENER_SCAN = Prefilter(_SCREENER_INSTRUCTIONS)  # the same answers, faster
#: A posting that takes experience instead of the degree it asks for.
_DEGREE_FLEXIBLE = re.compile(r"or equivalent (practical |work |professional )?experience|"
                              r"or equivalent combination|or related experience", re.I)
_FLEXIBLE_SCAN = Prefilter(_DEGREE_FLEXIBLE)
# A sentence break: the spaces after a ".", "!", "?" or ";" that a capital, "(" or "-" follows. The
# mark is matched too (not looked behind for), so that re skips to the marks instead of trying every
# position; a match's spaces start one character in.
_SENTENCE_BREAK = re.compile(r"[.!?;]\s+(?=[A-Z(\-])")
#: How far before and after a skill :func:`sentence_around` looks for the sentence's ends.
SENTENCE_WINDOW = 1000
# Between two skills of one list: only separators. "or" or "/" makes the list a choice.
_LIST_GAP = re.compile(r"^[\s,/|&]*(?:\b(?:and/or|or|and)\b[\s,/|&]*)?$", re.IGNORECASE)
_CHOICE_GAP = re.compile(r"/|\bor\b", re.IGNORECASE)
# A list introduced as examples ("such as", "e.g.", an opening parenthesis) is also a choice.
_EXAMPLES_BEFORE = re.compile(
    r"(such as|e\.g\.?,?|eg\.?|for example,?|for instance,?|including|like|any of|one or more of|"
    r"at least one of|either|one of)\s*[:(]?\s*$|\(\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Evidence:
    """Where a skill was seen: section, character offsets into the normalised text, the
    matched text and the sentence around it."""

    section: str
    start: int
    end: int
    text: str
    sentence: str

    def __init__(self, section: str, start: int, end: int, text: str, sentence: str):
        """The dataclass's own ``__init__``, less its cost (a posting has dozens of mentions): a frozen
        dataclass sets each field through ``object.__setattr__``; writing the instance's ``__dict__``
        sets the same attributes for less, and the instance stays frozen to assignment (as
        :class:`~matcher.sections.Line`)."""
        fields = self.__dict__
        fields["section"], fields["start"], fields["end"], fields["text"], fields["sentence"] = \
            section, start, end, text, sentence


@dataclass
class ProfileSkill:
    """One skill of a profile.

    ``level`` is ``required``/``preferred``/``mentioned`` for postings and
    ``None`` for resumes. ``years`` is what a posting asks for with this
    skill, or how long a resume shows it in dated jobs. ``listed_only`` is
    true when a resume only names the skill in a skills list.
    """

    id: str
    name: str
    category: str
    type: str
    match_type: str
    confidence: float
    count: int = 0
    level: str | None = None
    years: float | None = None
    last_used: int | None = None
    listed_only: bool = False
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Profile:
    """Everything the engine knows about one resume or posting."""

    kind: str
    id: str
    text: str
    title: str | None = None
    seniority: str | None = None
    seniority_rank: int | None = None
    skills: dict[str, ProfileSkill] = field(default_factory=dict)
    years_experience: float | None = None
    preferred_years: float | None = None
    degree: DegreeFact | None = None
    preferred_degree: DegreeFact | None = None
    degree_flexible: bool = False
    certifications: list[str] = field(default_factory=list)
    alternatives: list[list[str]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    ignored_personal_details: list[str] = field(default_factory=list)
    boilerplate_skills: list[str] = field(default_factory=list)
    flags: dict[str, object] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    scoring_text: str = ""
    meta: dict[str, object] = field(default_factory=dict)
    entities: dict[str, list[str]] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    role_years: list[facts.RoleYears] = field(default_factory=list)
    degrees: list[DegreeFact] = field(default_factory=list)
    certification_details: list[Certification] = field(default_factory=list)
    parser_warnings: list[ParserWarning] = field(default_factory=list)

    def skills_at(self, level: str) -> list[ProfileSkill]:
        return [s for s in self.skills.values() if s.level == level]

    def to_dict(self, include_text: bool = False) -> dict:
        data = asdict(self)
        if not include_text:
            data.pop("text")
        data.pop("scoring_text")
        for role in data["roles"]:
            for internal in Role.INTERNAL:
                role.pop(internal)
        data["skills"] = sorted(
            data["skills"].values(),
            key=lambda s: (facts.LEVEL_RANK.get(s["level"] or "", 3), s["name"].lower()),
        )
        return data


class _Spans:
    """Character ranges ``[start, end)``, merged and sorted, for fast ``offset in spans``: a
    document with thousands of degree lines must not cost thousands of checks per skill."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def __contains__(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def sentence_around(text: str, line: Line, start: int, end: int,
                    breaks: dict[tuple[int, int], list[tuple[int, int]]] | None = None) -> tuple[str, int]:
    """The sentence of ``line`` that holds ``text[start:end]``, and where it starts in ``text``.

    Only :data:`SENTENCE_WINDOW` characters either side are searched, so a line with no breaks
    (a 200,000-character paste) costs the same per skill as a normal one, not its whole length.
    ``breaks``, kept by the caller for one text, remembers the sentence breaks of each stretch
    searched: the skills of one line (a list of twenty) mostly search the same stretch, the line.
    """
    low = max(line.start, start - SENTENCE_WINDOW)
    high = min(line.end, end + SENTENCE_WINDOW)
    segment = text[low:high]
    found = None if breaks is None else breaks.get((low, high))
    if found is None:
        found = [(match.start() + 1, match.end()) for match in _SENTENCE_BREAK.finditer(segment)]
        if breaks is not None:
            breaks[(low, high)] = found
    begin = 0
    stop = len(segment)
    for match_start, match_end in found:
        if low + match_start >= end:
            stop = match_start
            break
        begin = match_end
    raw = segment[begin:stop]
    stripped = raw.lstrip()
    return stripped.rstrip(), low + begin + (len(raw) - len(stripped))


def build_profile(
    document: Document,
    kind: str,
    nlp: Language,
    taxonomy: Taxonomy,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    meta: dict | None = None,
    as_of: dt.date | None = None,
) -> Profile:
    """Run sections, the spaCy pipeline and the fact rules over ``document``.

    ``kind`` is ``"resume"`` or ``"posting"``; ``as_of`` is the date "present"
    means in a resume's dates (default: today).
    """
    if kind not in ("resume", "posting"):
        raise ValueError(f"kind must be 'resume' or 'posting', not {kind!r}")
    as_of = as_of or dt.date.today()
    text = document.text
    lowered = text.lower()  # for the first looks of the patterns that ignore case
    lines = split_lines(text, kind)
    has_requirements = any(line.section in ("required", "preferred") for line in lines)
    doc = nlp(text)

    profile = Profile(kind=kind, id=doc_id or document.source, text=text, sections=sections_of(lines),
                      warnings=list(document.warnings), flags=dict(document.flags), meta=dict(meta or {}))
    profile.meta.setdefault("source", document.source)
    profile.meta.setdefault("format", document.format)

    # Personal details matter on resumes; a posting's recruiter e-mail is neither scored nor reported.
    details = personal_details(text, lines, kind, document.has_images) if kind == "resume" else []
    masked = masked_lines(lines, details) if kind == "resume" else set()
    profile.ignored_personal_details = sorted({d.kind for d in details})
    if kind == "resume":
        # A line addressed to automated screeners is flagged (below) and counts for nothing: no skills,
        # no scoring text, so such a line can neither raise nor lower the score.
        masked |= {line.start for line in lines if _SCREENER_SCAN.search(line.text)}

    def level_of_line(line: Line, sentence: str, position: int | None = None) -> str:
        return facts.requirement_level(line.section, sentence, has_requirements, position)

    degrees = facts.find_degrees(text, [ln for ln in lines if ln.start not in masked],
                                 level_of_line if kind == "posting" else None)
    # "Bachelor's degree in Computer Science, Engineering, or AI" names a field of study, not skills.
    degree_fields = _Spans((d.end, d.field_end) for d in degrees if d.field_end > d.end)

    boilerplate_only: dict[str, str] = {}
    spans: list[tuple[int, int, str]] = []
    mentions: list[tuple[int, int, int, str]] = []  # sentence start, start, end, skill id
    breaks: dict[tuple[int, int], list[tuple[int, int]]] = {}  # sentence breaks by stretch searched
    others = [ent for ent in doc.ents if ent.label_ != SKILL_LABEL] if _has_other_entities(doc) else []
    for ent in others + skill_spans(doc):
        if ent.label_ != SKILL_LABEL:
            profile.entities.setdefault(ent.label_, [])
            if ent.text not in profile.entities[ent.label_]:
                profile.entities[ent.label_].append(ent.text)
            continue
        line = line_at(lines, ent.start_char)
        skill_id = ent.kb_id_
        if line is None or skill_id not in taxonomy:
            continue
        if not line.usable or line.start in masked:
            if line.boilerplate:
                boilerplate_only.setdefault(skill_id, ent.text)
            continue
        if ent.start_char in degree_fields:
            continue
        spans.append((ent.start_char, ent.end_char, skill_id))
        sentence, sentence_start = sentence_around(text, line, ent.start_char, ent.end_char, breaks)
        # doc.text is the text (spaCy's tokens keep every character): a slice costs less than ent.text.
        evidence = Evidence(line.section, ent.start_char, ent.end_char, text[ent.start_char:ent.end_char], sentence)
        level = level_of_line(line, sentence, ent.start_char - sentence_start) if kind == "posting" else None
        if not mentions or ent.start_char >= mentions[-1][2]:  # nested skills take no part in lists
            mentions.append((sentence_start, ent.start_char, ent.end_char, skill_id))
        match_type, confidence = span_match(ent)
        _add_mention(profile, taxonomy, skill_id, match_type or "alias", confidence or 1.0, level, evidence)

    profile.boilerplate_skills = sorted(s for s in boilerplate_only if s not in profile.skills)
    if kind == "posting":
        profile.alternatives = alternative_groups(text, mentions, profile.skills)
    profile.certifications = sorted(s.id for s in profile.skills.values() if s.type == "certification")

    if kind == "posting":
        _posting_facts(profile, text, lines, spans, degrees, level_of_line, title, lowered)
    else:
        certificates = [span for span in spans if taxonomy[span[2]].type == "certification"]
        _resume_facts(profile, text, lines, as_of, title, masked, certificates)

    _flag_manipulation(profile, text, lowered)
    # A line that lists dozens of skills on a stuffed resume says nothing a recruiter would
    # credit; leaving it out of the scoring text keeps it from buying text similarity too.
    stuffed = _stuffed_lines(lines, spans) if "keyword_stuffing" in profile.flags else set()
    usable = [line.text for line in lines if line.usable and line.start not in masked and line.start not in stuffed]
    profile.scoring_text = "\n".join(usable)
    if kind == "resume":
        profile.parser_warnings = parser_warnings(document, lines, profile.roles, profile.flags)
    return profile


def _has_other_entities(doc) -> bool:
    """Whether ``doc.ents`` holds entities besides skills (a trained pipeline's ORG, DATE, ...). Each
    token's entity type tells, for less than building a span per entity."""
    if not len(doc):
        return False
    types = doc.to_array(ENT_TYPE)  # compared in numpy: no Python list or set of every token's type
    return bool(((types != 0) & (types != doc.vocab.strings.add(SKILL_LABEL))).any())


def _stuffed_lines(lines: list[Line], spans: list[tuple[int, int, str]]) -> set[int]:
    """Starts of the lines holding :data:`STUFFING_LINE` or more skill mentions."""
    counts: dict[int, int] = {}
    for start, _, _ in spans:
        line = line_at(lines, start)
        if line is not None:
            counts[line.start] = counts.get(line.start, 0) + 1
    return {start for start, count in counts.items() if count >= STUFFING_LINE}


def alternative_groups(text: str, mentions: list[tuple[int, int, int, str]],
                       skills: dict[str, ProfileSkill]) -> list[list[str]]:
    """Skills a posting offers as a choice: "Python, Java, or Go", "AWS/GCP/Azure",
    "tools such as Airflow, Dagster". Any one member meets the requirement.

    A group is kept only when its members share one requirement level; a skill is in one
    group at most (the first that names it).
    """
    groups: list[list[str]] = []
    taken: set[str] = set()
    run: list[tuple[int, int, int, str]] = []

    def close() -> None:
        if len(run) < 2:  # most runs: a lone mention names fewer than two members
            return
        members = list(dict.fromkeys(m[3] for m in run))
        if len(members) < 2:
            return
        gaps = [text[a[2]:b[1]] for a, b in zip(run, run[1:], strict=False)]
        before = text[run[0][0]:run[0][1]][-40:]
        if not (any(_CHOICE_GAP.search(g) for g in gaps) or _EXAMPLES_BEFORE.search(before)):
            return
        if len({skills[m].level for m in members}) != 1 or any(m in taken for m in members):
            return
        taken.update(members)
        groups.append(members)

    for mention in sorted(mentions, key=lambda m: m[1]):
        if run and (mention[0] != run[-1][0] or not _LIST_GAP.match(text[run[-1][2]:mention[1]])):
            close()
            run = []
        run.append(mention)
    if run:
        close()
    return groups


def _add_mention(profile: Profile, taxonomy: Taxonomy, skill_id: str, match_type: str, confidence: float,
                 level: str | None, evidence: Evidence) -> None:
    skill = profile.skills.get(skill_id)
    if skill is None:
        entry = taxonomy[skill_id]
        skill = ProfileSkill(skill_id, entry.name, entry.category, entry.type, match_type, confidence, level=level)
        profile.skills[skill_id] = skill
    else:
        if MATCH_TYPE_RANK[match_type] < MATCH_TYPE_RANK[skill.match_type]:
            skill.match_type = match_type
        skill.confidence = max(skill.confidence, confidence)
        if level is not None and (skill.level is None or facts.LEVEL_RANK[level] < facts.LEVEL_RANK[skill.level]):
            skill.level = level
    skill.count += 1
    if len(skill.evidence) < 5:
        skill.evidence.append(evidence)


def _posting_facts(profile, text, lines, spans, degrees, level_of_line, title, lowered) -> None:
    """A posting's years, degrees, title and seniority (``lowered``: ``text.lower()``)."""
    phrases = facts.year_phrases(text, lines)  # read by both find_years and find_role_years
    years = facts.find_years(text, lines, spans, level_of_line, phrases)
    # "5+ years of Python" also asks for 5+ years overall, so every years phrase counts here.
    profile.years_experience = _years_asked([y for y in years if y.level != "preferred"], lines, text)
    profile.preferred_years = _years_asked([y for y in years if y.level == "preferred"], lines, text)
    for item in years:
        skill = profile.skills.get(item.skill_id or "")
        if skill is not None:
            skill.years = max(skill.years or 0, item.years)
    required_degrees = [d for d in degrees if d.level_of_requirement in ("required", "mentioned")]
    preferred_degrees = [d for d in degrees if d.level_of_requirement == "preferred"]
    if required_degrees:
        lowest = min(required_degrees, key=lambda d: d.level)
        profile.degree = DegreeFact(lowest.level, lowest.name, lowest.field, lowest.text)
    if preferred_degrees:
        highest = max(preferred_degrees, key=lambda d: d.level)
        if profile.degree is None or highest.level > profile.degree.level:
            profile.preferred_degree = DegreeFact(highest.level, highest.name, highest.field, highest.text)
    profile.degree_flexible = _FLEXIBLE_SCAN.search(text, lowered) is not None
    asked: dict[str, facts.RoleYears] = {}
    for item in facts.find_role_years(text, lines, phrases):  # one per role: the fewest years ("3+ or 5+ years")
        key = facts.normalize_title(item.title)
        if key not in asked or item.years < asked[key].years:
            asked[key] = item
    profile.role_years = list(asked.values())
    profile.title = title or facts.posting_title(text, lines)
    profile.titles = [profile.title] if profile.title else []
    profile.seniority_rank, profile.seniority = facts.seniority_of(profile.title)


def _years_asked(items: list[facts.YearsRequirement], lines: list[Line], text: str) -> float | None:
    """Each requirement line must be met, so the most years any line asks; within one line,
    alternatives joined by "or" ("10 years, or a Master's and 8 years") ask for the fewest."""
    by_line: dict[int, list[float]] = {}
    for item in items:
        line = line_at(lines, item.start)
        by_line.setdefault(line.start if line else item.start, []).append(item.years)
    asked = []
    for start, values in by_line.items():
        line = line_at(lines, start)
        has_alternatives = line is not None and re.search(r"\bor\b", text[line.start:line.end]) is not None
        asked.append(min(values) if has_alternatives else max(values))
    return max(asked) if asked else None


def _resume_facts(profile, text, lines, as_of, title, masked, certificates) -> None:
    spans = frozenset((ev.start, ev.end) for skill in profile.skills.values() for ev in skill.evidence)
    roles = resume_facts.find_roles(text, lines, as_of, spans)
    offsets = {skill.id: [ev.start for ev in skill.evidence] for skill in profile.skills.values()}
    years = resume_facts.role_skill_years(roles, offsets)
    for skill in profile.skills.values():
        if skill.id in years:
            skill.years, skill.last_used = years[skill.id]
        skill.listed_only = all(ev.section in ("skills", "summary", "contact") for ev in skill.evidence)
    profile.roles = roles
    profile.years_experience = resume_facts.total_years(roles)
    if profile.years_experience is None:
        claimed = [m for m in facts.YEARS_RE.finditer(text[:3000])]
        values = [facts._number(m.group(1)) for m in claimed if "experience" in text[m.end():m.end() + 40].lower()]
        if values:
            profile.years_experience = max(values)
    profile.degrees = resume_facts.find_degrees(text, lines, masked)
    profile.degree = resume_facts.highest_degree(profile.degrees)
    profile.certification_details = resume_facts.find_certifications(text, lines, certificates)
    # The title score reads every role's title, guesses included (Role.scoring_title); the title
    # shown is only one the resume states for the latest role.
    profile.titles = list(dict.fromkeys(r.scoring_title for r in roles if r.scoring_title))
    headline = next((resume_facts.title_without_contact(ln.text.strip()) for ln in lines[:4] if ln.section == "contact"
                     and facts.looks_like_title(ln.text) and "@" not in ln.text), None)
    profile.title = title
    if not title:
        # A resume whose jobs are read nowhere may still say the job held now ("1. Currently working in X as Y"):
        # that, before a headline guessed from the top lines.
        # A sentence under the education heading counts too when no dated role states its title (the whole resume
        # read as education: "1. Presently working as Underwriter ... at Activa ..." below a misspelt heading).
        dated_titles = any(r.title and r.start_month is not None for r in roles)
        said = resume_facts.said_current_title(lines, education_too=not dated_titles)
        profile.title = resume_facts.current_title(roles, said) if roles else said or headline
    if headline and headline not in profile.titles:
        profile.titles.append(headline)
    scored = title or (roles[0].scoring_title if roles else None) or headline
    profile.seniority_rank, profile.seniority = facts.seniority_of(scored)


def _flag_manipulation(profile: Profile, text: str, lowered: str | None = None) -> None:
    """Flags keyword stuffing on a resume and text addressed to automated screeners on either side
    (``lowered``: ``text.lower()``, when the caller has it)."""
    repeated = sorted(s.id for s in profile.skills.values() if s.count >= STUFFING_REPEAT)
    listed = [s for s in profile.skills.values() if s.listed_only]
    if profile.kind == "resume" and (repeated or len(listed) >= STUFFING_LISTED):
        profile.flags["keyword_stuffing"] = {"repeated": repeated, "listed_only_skills": len(listed)}
        profile.warnings.append(
            "keyword stuffing: skills repeated or listed without any experience behind them count less"
        )
    injection = _SCREENER_SCAN.search(text, lowered)
    if injection:
        profile.flags["screener_instructions"] = injection.group(0)
        profile.warnings.append("text addressed to automated screeners was found; it has no effect on the score")
