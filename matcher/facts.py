"""Step 4, requirements and facts: how much a posting wants each skill, and the
years, degrees, titles and seniority both sides state.

Everything here is plain regular expressions over the normalised text and
the lines from :mod:`matcher.sections`; nothing needs a trained model.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass

from matcher.prefilter import _CASE_EXOTICS, AsciiFolded, Prefilter, any_of
from matcher.sections import Line

LEVEL_RANK = {"required": 0, "preferred": 1, "mentioned": 2}

# A preferred cue either leads ("preferably Splunk", "Nice to have: dbt") and covers what follows it,
# or trails ("Go or Rust is a plus", "Master's preferred") and covers what precedes it.
_PREFERRED_LEADING = re.compile(
    r"\b(nice[- ]to[- ]have|bonus( points)?|preferably|ideally|preferred|desired|desirable|good to have|"
    r"we'?d love|extra credit|it'?s a plus if)\b\s*(:|-|for|if|with|in|experience)?",
    re.IGNORECASE,
)
_PREFERRED_TRAILING = re.compile(
    r"\b((is|are|would be|as|a) (a )?(big |huge |strong )?(plus|bonus|advantage)|a plus|preferred|"
    r"nice[- ]to[- ]have|(is|are|would be) (helpful|desirable|desired|beneficial|advantageous|nice)|"
    r"not required|optional)\b",
    re.IGNORECASE,
)
_REQUIRED_CUE = re.compile(
    r"\b(must|required|requires?|requirement|mandatory|essential|need(ed)? to have|you have|you bring|minimum( of)?|"
    r"at least|\d+\s*\+?\s*(years|yrs)|proficien(t|cy)|strong (experience|knowledge|background|understanding|skills)|"
    r"expert(ise)? (in|with)|solid (experience|understanding|knowledge)|hands-on experience|demonstrated|proven|"
    r"experience (with|in|using|building)|knowledge of|familiarity with|understanding of)\b",
    re.IGNORECASE,
)
_PREFERRED_LEADING_SCAN = Prefilter(_PREFERRED_LEADING)  # the same answers, faster
_PREFERRED_TRAILING_SCAN = Prefilter(_PREFERRED_TRAILING)
_REQUIRED_CUE_SCAN = Prefilter(_REQUIRED_CUE)
#: Most sentences hold no cue at all: one look for all three.
_ANY_CUE_SCAN = any_of([_PREFERRED_LEADING_SCAN, _PREFERRED_TRAILING_SCAN, _REQUIRED_CUE_SCAN])
#: The three cue patterns minding case, for a lowercased ASCII sentence: they name no capital letter,
#: so each finds there the matches it finds ignoring case in the sentence itself, at the same places
#: (see :class:`~matcher.prefilter.AsciiFolded`; a test checks it), in a third of the time.
_PREFERRED_LEADING_LOWERCASE = re.compile(_PREFERRED_LEADING.pattern, _PREFERRED_LEADING.flags & ~re.IGNORECASE)
_PREFERRED_TRAILING_LOWERCASE = re.compile(_PREFERRED_TRAILING.pattern, _PREFERRED_TRAILING.flags & ~re.IGNORECASE)
_REQUIRED_CUE_LOWERCASE = re.compile(_REQUIRED_CUE.pattern, _REQUIRED_CUE.flags & ~re.IGNORECASE)

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
}
_NUM = r"(\d{1,2}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + r")"
YEARS_RE = re.compile(
    _NUM + r"\s*(?:\+|plus)?\s*(?:(?:-|to|–)\s*" + _NUM + r"\s*)?\+?\s*(?:years?|yrs?)\b(?:'|’)?", re.IGNORECASE
)
#: :data:`YEARS_RE` minding case, for a lowercased ASCII line: the pattern names no capital letter,
#: so both find the same matches there (see :class:`~matcher.prefilter.AsciiFolded`; a test checks it).
_YEARS_LOWERCASE = re.compile(YEARS_RE.pattern, YEARS_RE.flags & ~re.IGNORECASE)
_EXPERIENCE_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:of\s+)?(?:professional\s+|relevant\s+|industry\s+|work\s+|hands-on\s+|overall\s+|"
    r"progressive\s+|post-graduate\s+|practical\s+|full-time\s+|total\s+)*(?:experience|exp\b)",
    re.IGNORECASE,
)

#: What follows "MS" or "M.S." when it is Microsoft's, not a master's ("MS Office", "M.S. Excel"),
#: or a name ("M.S. Ramaiah"); the resume side reads degrees with it too.
MICROSOFT_PRODUCT = (r"(?:Office|Excel|Word|Project|Access|SQL|Outlook|Power\s?Point|Exchange|Share\s?Point|Visio|"
                     r"Dynamics|Windows|Operating|Applications?|Professional|Teams|Publisher|Paint|Visual|Ramaiah)\b")
#: Another degree right after a bare "BS", "BA" or "MS", alone or after a slash, a comma, "or" or "and": the
#: abbreviation is one of a list of degrees ("BS/MS in Computer Science", "BS MS or PhD in a quantitative
#: discipline"), where the lowest is what the posting asks for.
_ANOTHER_DEGREE = r"\s*(?:[/,&]|\b(?:or|and)\b)?\s*(?:B\.?S|B\.?A|BSc|M\.?S|MSc|MBA|Ph\.?\s?D)\b"
_DEGREES: list[tuple[int, str, re.Pattern]] = [
    (4, "phd", re.compile(r"\b(ph\.?\s?d\.?|doctorate|doctoral degree|d\.phil)(?![a-z])", re.IGNORECASE)),
    # "Scrum Master", "master data", "master services agreements", "Master Black Belt": not degrees.
    (3, "master", re.compile(
        r"\b(?<![Ss]crum )(?<![Yy]ou )(?<![Tt]o )(?<![Ww]e )(?<!\bI )(?<![Tt]hey )"  # "you master English": a verb
        r"(?i:master'?s?|masters|m\.s\.?(?!\.?\s*" + MICROSOFT_PRODUCT + r")|m\.sc\.?|msc|m\.eng\.?|meng|mba|m\.a\.|m\.tech|mtech|"
        # the Danish master's degrees: "cand.merc.", "cand.scient", "cand.polyt."
        r"cand\.[a-z]{2,}(?:\.[a-z]+)*\.?)"
        r"(?![a-z])(?!\s+(?i:data|services|black belt)\b)"
        r"|\bMS(?= in\b| degree\b|,|\s*\(|\s*$|" + _ANOTHER_DEGREE + ")")),
    (2, "bachelor", re.compile(
        r"\b([Bb]achelor'?s?|[Bb]achelors|B\.S\.?|B\.Sc\.?|BSc|B\.Eng\.?|BEng|B\.Tech|BTech|B\.A\.|[Uu]ndergraduate degree|"
        r"(4|four)[- ]year (college |university )?degree)(?![a-z])|\b(BS|BA)(?= in\b| degree\b|,|\s*\(|\s*$|"
        + _ANOTHER_DEGREE + ")")),
    (1, "associate", re.compile(r"\b(associate'?s? degree|A\.S\.|A\.A\.)", re.IGNORECASE)),
]
#: Each degree pattern behind a first look for the strings its matches need (the same answers, faster).
# "PhD students", "a PhD scholarship", "MSc and PhD programmes", "the PhD thesis": the degree names a
# position, a programme or its people, not a qualification the posting asks for.
_DEGREE_TOKEN = r"(?:ph\.?\s?d\.?|m\.?sc\.?|b\.?sc\.?|master'?s?|bachelor'?s?|doctoral)"
_DEGREE_AS_POSITION = re.compile(
    # "undergraduate graduate masters executive and PhD programmes": the levels of a list of programmes
    r"(?:\s*(?:,|/|and|or|&)?\s*(?:" + _DEGREE_TOKEN + r"|executive|(?:under|post)?graduate)(?![a-z]))*\s*(?:-\s*)?(?:degree\s+|level\s+)?"
    r"(?:students?|scholarships?|fellowships?|(?:research\s+)?fellows?|positions?|programmes?|programs?|projects?|"
    r"courses?|schools?|stud(?:y|ies)|stipends?|candidates?|regulations|guide|supervis\w*|thesis|theses|"
    r"defen[cs]e|dissertations?|grants?)\b",
    re.IGNORECASE,
)
#: ...and before it: "admission to the PhD", "a scholarship for a PhD"; what the employer offers ("We offer a
#: highly interesting and challenging PhD", "The group offers a PhD").
_POSITION_BEFORE_DEGREE = re.compile(
    r"(?:\b(?:scholarships?|fellowships?|stipends?|enrol(?:l?ment|l?ed)?|admission|admitted)\s+(?:for|in|to|into|as)\s+"
    r"(?:the\s+|a\s+|an\s+)?"
    r"|\b(?:we\s+(?:can\s+)?offer|offers)\s+(?:you\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,4}?)$",
    re.IGNORECASE,
)
#: A degree the applicant may still be completing, named where the posting says when one may apply, not what
#: it asks for (the degree asked for is named in the requirements): "Candidates may apply prior to obtaining
#: their master's degree", "Candidates finishing their PhD before 15 March will also be considered", "If a
#: Masters degree has not been obtained, the expected date should be given". Before the degree...
_PENDING_BEFORE_DEGREE = re.compile(
    r"\b(?:(?:prior\s+to|before|until|pending)\s+(?:obtaining|completing|finishing|receiving|completion\s+of|"
    r"the\s+(?:award|completion)\s+of)|(?:are|is|be|currently|who)\s+(?:still\s+)?(?:finishing|completing)|"
    r"(?:candidates|applicants|students)\s+(?:who\s+are\s+)?(?:finishing|completing|about\s+to\s+(?:finish|complete))|"
    r"expect(?:s|ed|ing)?\s+to\s+(?:obtain|complete|finish|receive)|"
    r"not\s+(?:yet\s+)?(?:obtained|completed|finished|received))\s+(?:their|your|his|her|a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE)
#: ...or what an equivalent is measured against: "a similar degree with an academic level equivalent to a two-year
#: master's degree", "Six years of experience is considered equivalent to a Bachelor's degree".
_EQUAL_TO_BEFORE_DEGREE = re.compile(r"\bequivalent\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
#: ...or after it: "if the MSc exam has not yet been obtained", "a PhD degree not yet completed".
_PENDING_AFTER_DEGREE = re.compile(
    r"(?:\s+(?:degree|exam|diploma|studies))?\s+(?:(?:has|have|is|are)\s+)?not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:obtained|completed|finished|awarded|conferred|received)\b",
    re.IGNORECASE)
# A degree named by its kind alone ("a University degree", "degree in Engineering", "an advanced
# degree"): read as a bachelor's (an advanced or graduate degree as a master's) when the line names
# no degree of its own ("Master's degree or a similar degree").
# "a high degree of autonomy", "360 degree feedback": not a qualification.
_GENERIC_DEGREE = re.compile(
    r"\b(?:(?P<advanced>advanced|post-?graduate|graduate)\s+degree"
    r"|(?:university|college|academic|technical|tertiary)(?:[- ]level)?\s+degree"
    r"|degree(?=\s+(?:in|within)\s))(?![a-z])",
    re.IGNORECASE,
)
_DEGREE_SCANS = [Prefilter(pattern) for _, _, pattern in _DEGREES]
_ANY_DEGREE_SCAN = any_of(_DEGREE_SCANS)  # most lines name no degree: one look for all four
# Clues to where a degree may be named, each looked for once in a whole text, not line by line: a
# pattern that starts with a plain string is searched by jumping from one occurrence of that string
# to the next (about 2 us over a posting), where the first looks above try nearly every position of
# every line. Every match of a degree pattern holds one of them, and so does every "degree" the
# generic pattern needs (see _degree_clues):
#   phd       "ph" then "d" ("PhD", "Ph. D"), "phil" ("D.Phil"), "doctora(te|l degree)"
#   master    "master", "m.s"/"m.sc", "msc", "m.eng", "meng", "mba", "m.a.", "m.tech", "mtech", "cand."; "MS" as written
#   bachelor  "bachelor" ([Bb]), "degree" ("undergraduate degree", "4-year degree"); "B." "BS" "BE" "BT" "BA" as written
#   associate "degree", ".a." / ".s." ("A.A.", "A.S.")
#: Clues looked for in the lowercased text: the patterns that ignore case match there (see _degree_clues).
_DEGREE_CLUES_FOLDED = (
    re.compile(r"ph(?:\.?\s?d|il)"),
    re.compile(r"d(?:octora|egree)"),
    re.compile(r"m(?:aster|\.(?:s|eng|a\.|tech)|sc|eng|ba|tech)|cand\."),
    re.compile(r"bachelor"),
    re.compile(r"\.[sa]\."),
)
#: Clues to the parts that mind case ("MS in Physics", "BS", "B.Tech"), looked for in the text itself.
_DEGREE_CLUES_CASED = (re.compile(r"MS"), re.compile(r"B[.SETA]"))
#: No clue's match is longer than "bachelor": a clue that finditer passes over, inside the match it
#: found just before (".s.a."), starts at most this many characters after that match's start.
_DEGREE_CLUE_REACH = len("bachelor") - 1
DEGREE_NAMES = {0: None, 1: "associate", 2: "bachelor", 3: "master", 4: "phd"}
DEGREE_LEVELS = {name: level for level, name in DEGREE_NAMES.items() if name}
_FIELD_REGION = re.compile(
    r"^[^.;\n]{0,25}?\b(?:in|of)\s+.*?(?=[.;:(]|\s(?:plus|with|and at least|and \d|or equivalent|or related experience|from|preferred|required)\b|$)",
    re.IGNORECASE,
)
_FIELD_AFTER = re.compile(r"^[^.;\n]{0,20}?\b(?:in|of)\s+([A-Z][A-Za-z&/ ]{2,60}?)(?=\s*(?:,|;|\.|\(|\bor\b|\band\b|\bfrom\b|\bwith\b|\bplus\b|$|\n|-|\|))")

_SENIORITY: list[tuple[int, str, re.Pattern]] = [
    (0, "intern", re.compile(r"\b(intern|internship|trainee|apprentice)\b", re.I)),
    (6, "executive", re.compile(r"\b(vp|vice president|chief|cto|ceo|cfo|cio|ciso|head of|svp|evp|c-level)\b", re.I)),
    (5, "director", re.compile(r"\b(director|sr\.? director)\b", re.I)),
    (4, "lead", re.compile(r"\b(staff|principal|lead|architect|manager|distinguished)\b", re.I)),
    (3, "senior", re.compile(r"\b(senior|sr\.?|iii|iv)\b", re.I)),
    (1, "junior", re.compile(r"\b(junior|jr\.?|entry[- ]level|graduate|associate)\b|\b(engineer|developer|analyst|scientist|accountant) i\b", re.I)),
    (2, "mid", re.compile(r"\b(mid[- ]level|ii|intermediate)\b", re.I)),
]
SENIORITY_NAMES = {0: "intern", 1: "junior", 2: "mid", 3: "senior", 4: "lead", 5: "director", 6: "executive"}

_TITLE_ABBREVIATIONS = {
    "sr": "senior", "jr": "junior", "ml": "machine learning", "ai": "artificial intelligence",
    "sde": "software development engineer", "swe": "software engineer", "sre": "site reliability engineer",
    "eng": "engineer", "mgr": "manager", "dev": "developer", "devops": "devops", "fp&a": "financial planning analysis",
    "hr": "human resources", "hrbp": "human resources business partner", "qa": "quality assurance",
    "nlp": "natural language processing", "cv": "computer vision", "bi": "business intelligence",
    "ux": "user experience", "ui": "user interface", "ios": "ios", "vp": "vice president",
}
_TITLE_NOISE = re.compile(
    r"\((remote|hybrid|on-?site)[^)]*\)|\b(remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|"
    r"temporary|m/f/d|f/m/d|w/m/d)\b",
    re.IGNORECASE,
)
_JOB_WORDS = re.compile(
    r"\b(engineer|developer|scientist|analyst|manager|director|accountant|architect|consultant|specialist|"
    r"administrator|designer|officer|partner|lead|head|associate|intern|coordinator|strategist|researcher|"
    r"technician|generalist|recruiter|advisor|adviser|controller|counsel|attorney|paralegal|auditor|"
    r"representative|executive|programmer|owner|marketer|writer|editor|teacher|instructor|nurse|sre|sde|swe|vp)\b",
    re.IGNORECASE,
)
_JOB_WORDS_SCAN = AsciiFolded(_JOB_WORDS)  # the same answers, faster

@dataclass(frozen=True)
class YearsRequirement:
    """``years`` of experience asked for, with the skill it is tied to (if any)."""

    years: float
    level: str
    skill_id: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class RoleYears:
    """Years asked in a role: "5+ years of experience as a Machinist" -> ("Machinist", 5)."""

    title: str
    years: float
    text: str


_ROLE_AFTER_YEARS = re.compile(
    r"^[^.\n;:]{0,45}?\b(?:as|working as|in the role of|in a role as|in the position of)\s+(?:an?\s+|the\s+)?"
    r"(?P<title>[A-Za-z][A-Za-z/&()' -]{1,60})", re.IGNORECASE)
_ROLE_BEFORE_YEARS = re.compile(
    r"\bas\s+(?:an?\s+|the\s+)?(?P<title>[A-Za-z][A-Za-z/&()' -]{1,60}?)\s+for\s+(?:at least\s+|over\s+|a minimum of\s+)?$",
    re.IGNORECASE)
_ROLE_END = re.compile(r"\s+(?:with|or|and|in|at|for|performing|including|within|on|who|that|to|preferred|required|"
                       r"experience|is|are|plus|from)\b.*$", re.IGNORECASE)
# "and" inside a capitalised title ("Computer and Information Systems Manager") or a known
# pairing ("tool and die maker") joins its words instead of ending it.
_TITLE_AND = re.compile(r"(?:\b[A-Z][\w/&-]*\s+and\s+(?=[A-Z])|\b(?i:tool\s+and\s+)(?=(?i:die)\b))")
_JOINED = "\x00"
_QUOTES = re.compile(r"[\"\u201c\u201d]")


def _role_title(raw: str) -> str:
    """The role's title from the words after "as a": up to the first word that no longer belongs
    to it, quotes dropped ("as a \"Financial Analyst\"")."""
    joined = _TITLE_AND.sub(lambda m: m.group(0).replace(" and ", f" {_JOINED} "), raw)
    return _ROLE_END.sub("", joined).replace(_JOINED, "and").strip(" -/&(")


def _may_state_years(segment: str) -> bool:
    """Whether :data:`YEARS_RE` can match in ``segment``: it needs "year" or "yr" (any case)."""
    lowered = segment.lower()
    return "year" in lowered or "yr" in lowered


def year_phrases(text: str, lines: list[Line]) -> list[tuple[Line, str, list[re.Match]]]:
    """Each usable line where :data:`YEARS_RE` matches, with its text and the matches in it: what
    :func:`find_years` and :func:`find_role_years` both read, found once for a posting."""
    out: list[tuple[Line, str, list[re.Match]]] = []
    # Lowercasing maps each character on its own (a Greek sigma aside, no ASCII letter), so a line
    # whose lowercased text holds "year" or "yr" is part of a text whose lowercased text does.
    if not _may_state_years(text):
        return out
    for line in lines:
        if not line.usable:
            continue
        segment = text[line.start:line.end]
        lowered = segment.lower()
        if "year" not in lowered and "yr" not in lowered:  # _may_state_years, with lowered kept
            continue
        if segment.isascii():
            # The pattern minding case finds the same matches in the lowercased line (see
            # AsciiFolded), at a third of the cost; each is matched again in the line itself
            # for the line's own text in its groups.
            matches = [YEARS_RE.match(segment, found.start()) for found in _YEARS_LOWERCASE.finditer(lowered)]
        else:
            matches = list(YEARS_RE.finditer(segment))
        if matches:
            out.append((line, segment, matches))
    return out


def find_role_years(text: str, lines: list[Line],
                    phrases: list[tuple[Line, str, list[re.Match]]] | None = None) -> list[RoleYears]:
    """The years a posting asks in a named role ("3+ years as a machine operator", "experience as
    a QA Engineer for 2 years"), on usable lines; the title stops at the first word that is no
    longer part of it ("as an engineer with airframe experience" -> "engineer").

    ``phrases`` is :func:`year_phrases` of ``text`` and ``lines``, when the caller has it."""
    out: list[RoleYears] = []
    for _line, segment, matches in year_phrases(text, lines) if phrases is None else phrases:
        for match in matches:
            years = _number(match.group(1))
            after = _ROLE_AFTER_YEARS.match(_QUOTES.sub("", segment[match.end():]))
            before = _ROLE_BEFORE_YEARS.search(_QUOTES.sub("", segment[max(0, match.start() - 80):match.start()]))
            found = after or before
            if not found or not years:
                continue
            title = _role_title(found.group("title"))
            if title and normalize_title(title):
                out.append(RoleYears(title, years, segment[max(0, match.start() - 80):match.end() + 80].strip()))
    return out


@dataclass(frozen=True)
class Degree:
    level: int
    name: str
    field: str | None
    text: str
    start: int
    end: int
    level_of_requirement: str | None = None
    field_end: int = 0  # end of the "in Computer Science, Engineering, or AI" part


@dataclass(frozen=True)
class DegreeFact:
    """A degree: ``level`` 1-4 (associate, bachelor, master, phd; 0 a school or vocational
    qualification), its ``name``, the ``field`` of study, the ``text`` it was read from and,
    on resumes, the ``institution`` and graduation ``year`` when stated."""

    level: int
    name: str
    field: str | None
    text: str
    institution: str | None = None
    year: int | None = None


def requirement_level(section: str, sentence: str, posting_has_requirements: bool,
                      position: int | None = None) -> str:
    """``required``, ``preferred`` or ``mentioned`` for a skill in ``sentence`` under ``section``.

    ``position`` is where the skill starts in ``sentence``; with it, a preferred cue only covers
    the skills it talks about ("a SIEM, preferably Splunk": only Splunk is preferred).
    """
    leading, trailing, required = _cues(sentence)  # once for both questions below
    # A preferred cue covering the skill; no call for the many sentences that hold none (_covers is False then).
    if (leading or trailing) and _covers(leading, trailing, position):
        return "preferred"
    if section == "preferred":
        return "preferred"
    if section == "required":
        return "required"
    if not posting_has_requirements:
        return "required"
    if required and section not in ("responsibilities",):
        return "required"
    return "mentioned"


@functools.lru_cache(maxsize=4096)  # the sentences of a batch's recent postings
def _cues(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...], bool]:
    """Where preferred cues start (leading, trailing; each in increasing order) and whether a
    required cue is present.

    Cached: every skill of a sentence asks about the same sentence, and a long list of skills
    would otherwise scan it once per skill.
    """
    lowered = sentence.lower()  # each pattern runs only on a sentence holding one of its strings
    if not _ANY_CUE_SCAN.may_match(sentence, lowered):
        return (), (), False
    leading = _PREFERRED_LEADING_SCAN.may_match(sentence, lowered)
    trailing = _PREFERRED_TRAILING_SCAN.may_match(sentence, lowered)
    if sentence.isascii():
        # Each pattern minding case finds in the lowercased ASCII sentence the matches it finds
        # ignoring case in the sentence, at the same places (lowercasing ASCII keeps the length).
        # The required cue's is searched without its first look: there it costs more than it saves.
        return (tuple(m.start() for m in _PREFERRED_LEADING_LOWERCASE.finditer(lowered)) if leading else (),
                tuple(m.start() for m in _PREFERRED_TRAILING_LOWERCASE.finditer(lowered)) if trailing else (),
                _REQUIRED_CUE_LOWERCASE.search(lowered) is not None)
    return (tuple(m.start() for m in _PREFERRED_LEADING.finditer(sentence)) if leading else (),
            tuple(m.start() for m in _PREFERRED_TRAILING.finditer(sentence)) if trailing else (),
            _REQUIRED_CUE_SCAN.search(sentence, lowered) is not None)


def _covers(leading: tuple[int, ...], trailing: tuple[int, ...], position: int | None) -> bool:
    """Whether a leading cue starts at or before ``position``, or a trailing cue at or after it (any
    cue when ``position`` is ``None``). The starts come in increasing order (as ``finditer`` finds
    them), so the first leading and the last trailing start answer for all."""
    if position is None:
        return bool(leading or trailing)
    return bool(leading and leading[0] <= position) or bool(trailing and trailing[-1] >= position)


def _number(text: str) -> float:
    text = text.lower()
    return float(_NUMBER_WORDS[text]) if text in _NUMBER_WORDS else float(text)


def find_years(text: str, lines: list[Line], skill_spans: list[tuple[int, int, str]], level_of_line,
               phrases: list[tuple[Line, str, list[re.Match]]] | None = None) -> list[YearsRequirement]:
    """Every "N+ years (of experience) (with/in) X" phrase on usable lines.

    ``skill_spans`` are ``(start, end, skill_id)`` character spans; a phrase is
    tied to the first skill within 60 characters after it in the same
    sentence, or right before it ("Python (5+ years)"). ``phrases`` is
    :func:`year_phrases` of ``text`` and ``lines``, when the caller has it.
    """
    found: list[YearsRequirement] = []
    for line, segment, matches in year_phrases(text, lines) if phrases is None else phrases:
        for match in matches:
            low = _number(match.group(1))
            if low <= 0 or low > 40:
                continue
            start = line.start + match.start()
            end = line.start + match.end()
            after = text[end:line.end]
            clause_end = end + _clause_length(after)
            skill = None
            for s_start, _s_end, skill_id in skill_spans:
                if end <= s_start < min(clause_end, end + 60):
                    skill = skill_id
                    break
            if skill is None:
                # "Python (5+ years)" or "Python: 5 years"
                for _s_start, s_end, skill_id in skill_spans:
                    if line.start <= s_end <= start and re.fullmatch(r"\s*[(:-]\s*", text[s_end:start]):
                        skill = skill_id
            experience_follows = bool(_EXPERIENCE_AFTER.match(after)) or "experience" in after[:80].lower()
            tied_directly = bool(re.match(r"^\s*(of|with|in|using|working|building|developing)\b", after, re.I))
            if not experience_follows and not tied_directly and skill is None:
                continue
            found.append(YearsRequirement(low, level_of_line(line, segment), skill, match.group(0), start, end))
    return found


def _clause_length(after: str) -> int:
    stop = re.search(r"[.;]\s|,\s+(and|or|plus)\s|\bor\b\s+(a\s+)?(master|bachelor|phd)|$", after)
    return stop.start() if stop else len(after)


def find_degrees(text: str, lines: list[Line], level_of_line=None) -> list[Degree]:
    """Every degree mention on usable lines, with its level (1-4) and field when stated."""
    out: list[Degree] = []
    clues = _degree_clues(text)
    if clues is not None and not clues:
        return out  # no line holds a clue, so no line names a degree (see _degree_clues)
    for line in lines:
        if clues is not None:
            # A line where no clue starts, nor _DEGREE_CLUE_REACH characters before it, names no degree.
            at = bisect_left(clues, line.start - _DEGREE_CLUE_REACH)
            if at == len(clues) or clues[at] >= line.end:
                continue
        if not line.usable:
            continue
        segment = text[line.start:line.end]
        lowered = segment.lower()
        named = False  # whether the line names a degree of its own
        if _ANY_DEGREE_SCAN.may_match(segment, lowered):
            for (level, name, pattern), scan in zip(_DEGREES, _DEGREE_SCANS, strict=True):
                if not scan.may_match(segment, lowered):
                    continue
                for match in pattern.finditer(segment):
                    named = True
                    if _asked_for(segment, match):
                        out.append(_degree(line, segment, match, level, name, level_of_line))
        if not named and "degree" in lowered:
            for match in _GENERIC_DEGREE.finditer(segment):
                if _asked_for(segment, match):
                    name = "master" if match.group("advanced") else "bachelor"
                    out.append(_degree(line, segment, match, DEGREE_LEVELS[name], name, level_of_line))
    return out


def _degree_clues(text: str) -> list[int] | None:
    """Where the clues of :data:`_DEGREE_CLUES_FOLDED` and :data:`_DEGREE_CLUES_CASED` start in
    ``text``, in order; ``None`` for a text they cannot be looked for in (every line is then read).

    A degree pattern's match, or a generic pattern's "degree", holds a clue at the same place in the
    text (the table above). The clues that mind case are looked for in ``text`` itself. The others in
    the lowercased text, which holds at each place the lowercased character of ``text`` when the two are
    as long (each character lowercased to one). When ``text`` also holds none of the four characters
    other than ASCII letters that ``re`` lets match an ASCII letter ignoring case (dotted and dotless I,
    long S, the Kelvin sign; see :mod:`matcher.prefilter`), a character a pattern that ignores case
    matches for a letter is that letter in either case, so the lowercased text holds the clue there.
    finditer skips an occurrence only inside the match it found before it (".s.a."), which starts at
    most :data:`_DEGREE_CLUE_REACH` characters earlier: a line that names a degree holds a start from
    that many characters before it on.
    """
    lowered = text.lower()
    if not text.isascii() and (len(lowered) != len(text) or any(c in text for c in _CASE_EXOTICS)):
        return None
    starts = [match.start() for clue in _DEGREE_CLUES_FOLDED for match in clue.finditer(lowered)]
    starts += [match.start() for clue in _DEGREE_CLUES_CASED for match in clue.finditer(text)]
    starts.sort()
    return starts


def _asked_for(segment: str, match: re.Match) -> bool:
    """Whether the degree ``match`` is one the text asks for or holds: not a position or a programme
    (:func:`names_position`), not one still being completed nor an equivalent's yardstick (:func:`_not_asked_here`)."""
    return not (names_position(segment, match) or _not_asked_here(segment, match))


def _not_asked_here(segment: str, match: re.Match) -> bool:
    """Whether the degree ``match`` is one the applicant may still be completing (:data:`_PENDING_BEFORE_DEGREE`,
    :data:`_PENDING_AFTER_DEGREE`) or the yardstick of an equivalent (:data:`_EQUAL_TO_BEFORE_DEGREE`): "Candidates
    may apply prior to obtaining their master's degree" says when one may apply and "experience equivalent to a
    Bachelor's degree" what may stand in for it; the degree the posting asks for is named where it asks."""
    before = max(0, match.start() - 80)
    return bool(_PENDING_BEFORE_DEGREE.search(segment, before, match.start())
                or _EQUAL_TO_BEFORE_DEGREE.search(segment, before, match.start())
                or _PENDING_AFTER_DEGREE.match(segment, match.end()))


def names_position(segment: str, match: re.Match) -> bool:
    """Whether the degree ``match`` names a position or a programme ("PhD students", "a 3-year
    PhD scholarship", "enrolled in the PhD programme") rather than a qualification."""
    return bool(_DEGREE_AS_POSITION.match(segment, match.end())
                or _POSITION_BEFORE_DEGREE.search(segment, 0, match.start()))


def _degree(line: Line, segment: str, match: re.Match, level: int, name: str, level_of_line) -> Degree:
    """The :class:`Degree` of ``match`` on ``line`` (``segment`` is its text): the field of study
    after it and, with ``level_of_line``, how much the posting wants it."""
    rest = segment[match.end():]
    field_match = _FIELD_AFTER.match(rest)
    field_name = field_match.group(1).strip() if field_match else None
    requirement = level_of_line(line, segment) if level_of_line else None
    region = _FIELD_REGION.match(rest[:160])
    end = line.start + match.end()
    return Degree(level, name, field_name, match.group(0), line.start + match.start(), end,
                  requirement, end + (region.end() if region else 0))


def seniority_of(title: str | None) -> tuple[int | None, str | None]:
    """``(rank, name)`` of the seniority a job title states, or ``(None, None)``."""
    if not title:
        return None, None
    for rank, name, pattern in _SENIORITY:
        if pattern.search(title):
            return rank, name
    return None, None


_TITLE_WORD = re.compile(r"[a-z0-9&+#]+")


def normalize_title(title: str) -> str:
    """Lowercase words with abbreviations expanded: "Sr. ML Eng" -> "senior machine learning engineer"."""
    title = _TITLE_NOISE.sub(" ", title.lower())
    words = _TITLE_WORD.findall(title)
    return " ".join(_TITLE_ABBREVIATIONS.get(w, w) for w in words)


def looks_like_title(text: str) -> bool:
    return len(text) <= 100 and _JOB_WORDS_SCAN.found(text)


#: The patterns of :func:`posting_title` and its helpers, compiled once.
_ROLE_AT = re.compile(r"Interested in this (.{3,80}?) role at")
_JOB_NAME = re.compile(r"\bjob name\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]$")
_WORD_BREAK = re.compile(r"[\s,]+")
_TITLE_HEADING_END = re.compile(r"(Overview|Description|Summary)\s*:\s*$")
_TITLE_LABEL = re.compile(r"^(job (title|name)|title|position|role)\s*:\s*", re.I)


def posting_title(text: str, lines: list[Line]) -> str | None:
    """The job title of a posting: a job-board "role at" phrase, else the first title-like line."""
    match = _ROLE_AT.search(text)
    for line in lines[:25]:
        # Each test below passes the line over; those that need no cleaned title come first.
        if line.boilerplate and not _JOB_NAME.search(line.text):
            continue
        if line.text.lstrip().startswith(("-", "*", "+")):
            continue
        candidate = _clean_title(line.text)
        inline_title = line.is_heading and candidate != line.text.strip().rstrip(":").strip()
        if (line.is_heading and not inline_title) or not candidate or len(candidate) > 90:
            continue
        if _SENTENCE_END.search(candidate):
            continue
        if looks_like_title(candidate) and _mostly_capitalised(candidate):
            return candidate
    return match.group(1).strip() if match else None


_SMALL_WORDS = {"a", "an", "and", "the", "of", "in", "for", "to", "at", "on", "with", "or", "&", "-", "|", "/"}


def _mostly_capitalised(text: str) -> bool:
    words = [w for w in _WORD_BREAK.split(text) if w and w.lower() not in _SMALL_WORDS]
    if not words or len(words) > 10:
        return False
    capitalised = sum(1 for w in words if any(c.isupper() or c.isdigit() for c in w))
    return capitalised / len(words) >= 0.6


def _clean_title(text: str) -> str:
    """``text`` less a heading's "Overview:" ending, a "Job title:" label and the marks around it."""
    if ":" in text:  # both patterns match only a colon's line
        text = _TITLE_HEADING_END.sub("", text).strip()
        text = _TITLE_LABEL.sub("", text)
    else:
        text = text.strip()
    return text.strip(" -|:#*")
