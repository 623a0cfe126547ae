"""Step 2, sections: split normalised text into lines that know their section.

Resumes: ``contact``, ``summary``, ``skills``, ``experience``, ``education``,
``certifications``, ``projects``, ``other``.

Postings: ``overview``, ``responsibilities``, ``required``, ``preferred``, and
boilerplate: ``company``, ``benefits``, ``compensation``, ``legal``,
``market`` (job-board statistics and chrome), ``application``.

A line can also be boilerplate on its own (an EEO sentence, a salary range,
"Python (51% of roles)") whatever its heading says, and a line that repeats
an earlier one word for word is marked ``duplicate``: scraped postings often
carry the same paragraphs twice.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from matcher.prefilter import BranchPrefilter, Prefilter, any_of, max_width

POSTING_BOILERPLATE = {"company", "benefits", "compensation", "legal", "market", "application"}

_RESUME_HEADINGS: list[tuple[str, re.Pattern]] = [
    ("contact", re.compile(r"^(personal (details|information|info|data|particulars)|contact( (details|information|info))?)$")),
    ("summary", re.compile(r"^(professional |career |executive )?(summary|profile|objective|about me|overview|highlights)$")),
    ("skills", re.compile(
        r"^((technical|core|key|relevant|professional|computer|it|software)\s+)?"
        r"(skills|competenc(ies|e)|technologies|tools|expertise|proficiencies|tech stack|skill set|skills (and|&) (tools|technologies|expertise|interests))"
        r"( (summary|overview))?$")),
    ("experience", re.compile(
        r"^((professional|work|relevant|employment|career|industry|selected|research|teaching)\s+)?"
        r"(experience|history|employment|background)( history)?$|^employment$|^work$")),
    ("education", re.compile(r"^(education|academic (background|qualifications)|education (and|&) (training|certifications)|qualifications|training)$")),
    ("certifications", re.compile(r"^(certifications?|certificates?|licen[sc]es?( (and|&) certifications?)?|certifications? (and|&) (licen[sc]es?|training|awards))$")),
    ("projects", re.compile(r"^((selected|personal|key|academic|side|open[- ]source)\s+)?projects$")),
    ("other", re.compile(r"^(publications|awards|honou?rs|languages|interests|hobbies|volunteer(ing| experience)?|references?|referees?|activities|patents|talks|memberships|affiliations|additional information)$")),
]

_POSTING_HEADINGS: list[tuple[str, re.Pattern]] = [
    ("preferred", re.compile(
        r"(preferred|nice[- ]to[- ]have|bonus|desired|desirable|a plus|pluses|good to have|ideal(ly)?( candidate)?|"
        r"additional (qualifications|skills)|extra credit|even better|it'?s a plus)")),
    ("required", re.compile(
        r"^(basic|minimum|required|must[- ]have|key|essential|core|job|position|technical|your|additional|general)?\s*"
        r"(qualifications|requirements|requirement|skills|experience|competencies|"
        r"skills (and|&) (experience|qualifications|abilities|requirements)|experience (and|&) (skills|qualifications)|"
        r"qualifications (and|&) (skills|experience|requirements))$|"
        r"^(skills|experience|qualifications) (required|needed)$|knowledge, skills|"
        r"what you('ll| will)? (bring|need|have)|who you are|you (have|bring|are)\b|wh(at|o) we('re| are) looking for|"
        r"must[- ]haves?|about you|your (background|profile|skills|experience)|what (it|you) takes?|"
        r"(skills|qualifications) (we|you)('re| are)? (need|looking)")),
    ("responsibilities", re.compile(
        r"responsibilit|what you('ll| will)? (do|be doing|work on)|duties|the role|your role|role (description|overview)|"
        r"day[- ]to[- ]day|a day in the life|key job|in this role|you will|your (mission|impact)|the (job|position|opportunity)|"
        r"job (description|summary|brief|details)|position (summary|overview|description)|about (the|this) (role|job|position)|"
        r"^(overview|summary|description|the work|what we do together)$|opportunity to")),
    ("company", re.compile(
        r"about (us|the company|the team|our (company|team|firm))|^about [a-z0-9&.' -]{2,40}$|who we are|our (company|mission|story|culture|values|team)|"
        r"company (overview|description|profile|information|info)|^(the )?team( description)?$|life at")),
    ("benefits", re.compile(r"benefits|perks|what we offer|why (join|work)|we offer|total rewards|what'?s in it for you")),
    ("compensation", re.compile(r"compensation|salary|pay (range|transparency)|base pay")),
    ("legal", re.compile(
        r"equal (employment )?opportunit|\beeo\b|diversity|inclusion|accommodation|privacy|disclaimer|legal|"
        r"notice|e-verify|work authori[sz]ation")),
    ("application", re.compile(r"how to apply|application process|next steps|apply now|interview process|hiring process")),
    # A job board's fields ("Job type:", "Industry:", "Technologies" and the tags after it): facts about
    # the job, neither the pay nor the employer, which a field before them (a "Compensation:" field)
    # would otherwise take in. Not "Experience level:": other postings list their requirements under it.
    ("overview", re.compile(
        r"^(job type|employment type|role|industry|industries|company (size|type)|technologies|tech(nology)? stack)$")),
    ("market", re.compile(
        r"job market|labou?r market|market (data|stats|statistics|insights|overview|today|trends)|faq|role details|salary context|compensation benchmarks|location context|career path|"
        r"what to expect in interviews|hiring overview|what the work looks like|view full|frequently asked|similar (jobs|roles)|salary (data|insights)|skills (&|and) technologies|"
        r"related (jobs|roles)|posted date|career intelligence|get weekly|job (stats|insights)")),
]

#: A first look for :func:`classify_heading`: a label that holds none of the strings every match of a
#: posting heading pattern holds names no posting section (most lines shaped like a heading are not one),
#: and is turned down without trying the patterns one by one.
_POSTING_HEADING_LOOK = any_of([Prefilter(pattern) for _, pattern in _POSTING_HEADINGS])

_HEADING_SHAPE = re.compile(
    r"^[#*_\s]*(?:(?:\d{1,2}|[IVX]{1,4}|[A-Ha-h])[.)]\s*)?([A-Za-z][A-Za-z0-9&/,'()\- .]{1,70}?)[\s*_]*"
    r"(?::\s*-*|:?\s*[-–]+)?\s*$")

# Real resumes name their sections in many words ("EMPLOYMENT DETAILS", "Educational Backround",
# "Career Path", "Professional Experiences"): a heading made only of heading words, naming one
# section by its key word.
_SECTION_KEY_WORDS: dict[str, str] = {
    **dict.fromkeys(("experience", "experiences", "experince", "experiance", "exprience", "expirience",
                     "employment", "employments", "internship", "internships",
                     "history", "positions", "jobs", "path", "assignments"), "experience"),
    **dict.fromkeys(("education", "educational", "academic", "academics", "qualification", "qualifications",
                     "degrees", "schooling", "scholastic", "studies"), "education"),
    **dict.fromkeys(("certification", "certifications", "certificate", "certificates", "license", "licenses",
                     "licence", "licences", "trainings", "courses", "training"), "certifications"),
    **dict.fromkeys(("skills", "skill", "competencies", "competences", "competency", "expertise", "proficiencies",
                     "technologies", "tools", "knowledge", "abilities", "stack", "strengths"), "skills"),
    **dict.fromkeys(("projects", "project"), "projects"),
    **dict.fromkeys(("personal", "declaration", "hobbies", "interests", "languages", "activities", "achievements",
                     "accomplishments", "awards", "honors", "honours", "references", "publications",
                     "volunteering", "volunteer", "memberships", "affiliations", "affiliation", "affiliate",
                     "extracurricular", "curricular",
                     "passport", "referees"), "other"),
    **dict.fromkeys(("summary", "profile", "objective", "objectives", "overview", "highlights", "about"), "summary"),
}
#: Words a heading may hold besides its key word.
_HEADING_MODIFIERS = frozenset(
    ["professional", "work", "working", "relevant", "technical", "core", "key", "computer", "software", "it", "career", "and", "&", "of", "my", "details", "detail", "information", "info", "background", "backround", "record", "records", "data", "other", "additional", "related", "industrial", "practical", "selected", "recent", "areas", "area", "special", "job", "total", "organizational", "organisational", "language", "extra", "co", "the", "in", "a", "an", "to", "prior", "previous", "past", "current", "employment", "summary", "profile", "brief", "short", "executive", "known", "functional", "domain", "management", "major", "minor", "academic", "technical", "notable", "significant", "key", "personal", "community", "attainment", "attainments"])
#: When a heading names several sections, the strongest wins ("Skills Summary" is skills).
_SECTION_PRIORITY = ("other", "experience", "education", "certifications", "projects", "skills", "summary")
#: A heading glued to the end of a line by a PDF converter: "... Kodakara. SKILLS",
#: "... Saveh, Iran Professional Experiences".
_GLUED_RESUME_HEADING = re.compile(
    r"(?<=\S)\s+(?P<head>(?:[A-Z][A-Z&]{3,}(?: (?:&|AND|OF|[A-Z]{2,}))*)|(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)\s*:?-?$")
#: How long the jobs under a heading lasted, in brackets after it: "... with 58% EXPERIENCE: (+3 yrs)".
_HEADING_DURATION = re.compile(r"\s*\(\s*\+?\d+(?:\.\d+)?\+?\s*(?:years?|yrs?)\.?\s*\)\s*$", re.IGNORECASE)
#: "Education" alone glued after a closed sentence: "... balance tires. Education" (one word is a heading only
#: there: "in General Education" is no heading; and only this one: "... the tills. Accomplishments" is a job's part).
_GLUED_AFTER_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!])\s+(?P<head>Education)\s*:?-?$")


#: A line set in spaced capitals ("E X P E R I E N C E", "W O R K  H I S T O R Y"): one letter, then spaces.
_LETTER_SPACED = re.compile(r"^[#*_\s]*((?:[A-Za-z&] {1,4}){3,}[A-Za-z&])[\s:*_-]*$")
#: The words a resume heading is made of: the key words and modifiers above, and the words of the heading
#: patterns ("contact", "details"), to part a spaced heading's letters into words again.
_HEADING_VOCABULARY = frozenset(_SECTION_KEY_WORDS) | _HEADING_MODIFIERS | frozenset(
    word for _, pattern in _RESUME_HEADINGS for word in re.findall(r"[a-z]{2,}", pattern.pattern))


def _unspaced_heading(text: str) -> str | None:
    """A heading set in spaced capitals written in words, or ``None``: "W O R K H I S T O R Y" is
    "WORK HISTORY" (a PDF converter keeps one space between the letters and none more between the words).
    The letters are parted into the fewest heading words (:data:`_HEADING_VOCABULARY`); a spaced name
    ("A S H U T O S H K U M A R") parts into none and is left as it is."""
    match = _LETTER_SPACED.match(text)
    if not match:
        return None
    letters = match.group(1).replace(" ", "").lower()
    fewest: dict[int, list[str]] = {0: []}
    for end in range(1, len(letters) + 1):
        ways = [fewest[begin] + [letters[begin:end]] for begin in range(end)
                if begin in fewest and letters[begin:end] in _HEADING_VOCABULARY]
        if ways:
            fewest[end] = min(ways, key=len)
    words = fewest.get(len(letters))
    return " ".join(words).upper() if words else None


def resume_section_of(label: str) -> str | None:
    """The section a resume heading names by its words, or ``None``."""
    words = re.findall(r"[a-z&]+", label.lower().replace("-", ""))
    if not words or len(words) > 5:
        return None
    kinds = set()
    for word in words:
        if word in _SECTION_KEY_WORDS:
            kinds.add(_SECTION_KEY_WORDS[word])
        elif word not in _HEADING_MODIFIERS:
            return None
    if not kinds:
        # "Employment", "Work" alone, "Career Summary": modifiers that name a section on their own.
        return "experience" if words in (["work"], ["employment"]) else None
    if {"experience", "other"} <= kinds and _names_work_apart(label):
        return "experience"
    if kinds == {"summary"} and "career" in words and ("history" in words or "path" in words):
        return "experience"
    if "summary" in kinds and words[:2] == ["summary", "of"]:
        return "summary"
    if kinds == {"summary"} and "job" in words:  # "Job Profile": a role's description, not a section
        return None
    return next(kind for kind in _SECTION_PRIORITY if kind in kinds)


#: What parts a heading naming several things: "/", "&", ",", "and" or a spaced dash ("Employment/Volunteering",
#: "Work Experience and Key Achievements", "PROFESSIONAL EXPERIENCE - KEY ACCOMPLISHMENTS").
_HEADING_PARTS = re.compile(r"[/&,]|\band\b|\s[-\u2013]\s")


def _names_work_apart(label: str) -> bool:
    """Whether a heading that names the work history and another section's matter (volunteering, achievements)
    names the work in a part of its own, free of that matter: "Employment/Volunteering", "Work & Volunteer
    Experience", "Achievements / Experience" list jobs (with the rest); "Volunteer Experience", "Volunteer Work
    Experience" list unpaid work only, and "Other experiences/hobbies" the rest of a life."""
    parts = [re.findall(r"[a-z&]+", part) for part in _HEADING_PARTS.split(label.lower())]
    # "Other experiences/hobbies": experiences beside the work's, with the hobbies, no part of its own.
    return sum(1 for words in parts if words) > 1 and \
        any(words and words[0] != "other" and all(_SECTION_KEY_WORDS.get(word) != "other" for word in words)
            for words in parts)


_INLINE_HEADING = re.compile(
    r"(?P<head>(Overview|Responsibilities|Requirements|Qualifications|Basic Qualifications|Preferred Qualifications|"
    r"Summary|Description|About the job|About the role))\s*:\s*$"
)
_GLUED_TRAILING_HEADING = re.compile(r"(?<=[a-z.!?)])(?P<head>[A-Z][A-Z &/]{5,40}[A-Z])$")
_GLUED_LEADING_HEADING = re.compile(
    r"^(?P<head>Benefits/Compensation|Benefits|Compensation|Requirements|Qualifications|Responsibilities|"
    r"Preferred Qualifications|Basic Qualifications|Education & Certifications|Professional Experience)"
    r"(?=\*|[A-Z][a-z])"
)
_BULLET = re.compile(r"^\s*([-*+>]|\d{1,2}[.)])\s+")
_INLINE_HEADING_SCAN = Prefilter(_INLINE_HEADING)  # the same answers, faster
#: A glued trailing heading ends its line and is at most this long: only the line's end is searched.
_GLUED_TRAILING_MAX = max_width(_GLUED_TRAILING_HEADING) or 10**9
_SPACES = re.compile(r"\s+")
_NON_WORDS = re.compile(r"\W+")
_COLON_END = re.compile(r":\s*-*\s*$")

# Lines only a job board writes about a posting; after the requirements, the board's own page has begun.
_JOB_BOARD_LINE = re.compile(
    r"view full .{0,60}salary data|in our dataset|roles we'?re tracking|open ai roles|get weekly .{0,40}intelligence|"
    r"role details$|this \$[\d,.]+k?\s*-\s*\$?[\d,.]+k? range is",
    re.IGNORECASE,
)
# Matched against the lowercased line (much faster than IGNORECASE over this many branches).
_BOILERPLATE_LINE = re.compile(
    r"equal (employment )?opportunity|\beeo\b|without regard to|reasonable accommodation|criminal histor|"
    r"drug[- ]free|e-verify|background (check|investigation)|sponsor(ing|ship)?\b[^.]{0,80}\b(visa|employment|authori[sz]ation)|"
    r"\(\s*\d+(\.\d+)?\s*% of (roles|postings|jobs|listings)\s*\)|\d[\d,]*\s+(postings|roles|positions|listings)\)|"
    r"\(\s*\d+(\.\d+)?\s*%\s*\)|job[- ]board|market pulse|top skills across|open (ai |ml |tech )?roles|share of roles|median advertised|"
    r"open positions|job market|market median|percentile|most in-demand|in-demand skills|"
    r"^apply now|^interested in this .* role|^posted date|^skills (&|and) technologies$|^get weekly|"
    r"salary data|per year|annual(ized)? salary|salary range|pay range|\$\s?\d[\d,.]*\s*[kK]?\s*(-|to)\s*\$?\s?\d|"
    r"401\(?k\)?|paid time off|\bpto\b|health (insurance|benefits)|dental|vision insurance|parental leave|"
    r"tuition (reimbursement|assistance)|wellness (program|stipend)|employee stock|commuter benefit|"
    r"we are an equal|all qualified applicants|applicants will receive|protected (veteran|characteristic|status)|"
    r"recruiting ?accommodation|no agencies|third[- ]party (products|recruiters)|this site|cookie|"
    r"incentive compensation|eligible to (earn|participate)|set of .{0,60}benefits|benefits (package|program|that)|"
    r"offer letter|recruiting process|applications for a minimum|annual salar|full-time salar|base salary|"
    r"\d[\d,.]+\s*(usd|eur|gbp|cad)\b|made up of several (different )?entities|subject to the pay|salaries for part-time",
    )
_BOILERPLATE_SCAN = BranchPrefilter(_BOILERPLATE_LINE)  # the same answers, faster
_JOB_BOARD_SCAN = Prefilter(_JOB_BOARD_LINE)

#: Characters seldom found in a posting's prose: the rarer letters of English, a digit and some marks.
_RARE_CHARACTERS = frozenset("$%(-4bdfgjkmpquvwxyz")


def _rare_look(scan: Prefilter) -> tuple[Prefilter, tuple[str, ...]] | None:
    """A first look for the strings of ``scan`` quicker than its own, which tries them at almost every
    character of a line: each string is looked for from its first character of :data:`_RARE_CHARACTERS`
    on (at least three characters of it, as one pattern: a search skips to those characters), and the
    few strings without one are looked for one by one. A text that holds a string holds that part of it,
    so the look answers "no" only where ``scan``'s own does. ``None`` when ``scan`` looks for no string,
    or for some in the lowercased text."""
    if scan.strings is None or scan.folded:
        return None
    parts: list[str] = []
    plain: list[str] = []
    for string in scan.cased:
        at = next((i for i, char in enumerate(string)
                   if char in _RARE_CHARACTERS and len(string) - i >= min(3, len(string))), None)
        if at is None:
            plain.append(string)
        else:
            parts.append(string[at:])
    return Prefilter(re.compile("|".join(map(re.escape, parts)))), tuple(plain)


_BOILERPLATE_LOOK = _rare_look(_BOILERPLATE_SCAN)


@dataclass(frozen=True, init=False)
class Line:
    """One line of a document and what part of the document it belongs to."""

    start: int
    end: int
    text: str
    section: str
    heading: str = ""
    is_heading: bool = False
    boilerplate: bool = False
    duplicate: bool = False

    def __init__(self, start: int, end: int, text: str, section: str, heading: str = "",
                 is_heading: bool = False, boilerplate: bool = False, duplicate: bool = False):
        """The dataclass's own ``__init__``, less its cost: a frozen dataclass sets each field through
        ``object.__setattr__`` (2-3 us a line, a posting has dozens); writing the instance's ``__dict__``
        sets the same attributes in a third of that, and the instance stays frozen to assignment."""
        fields = self.__dict__
        fields["start"], fields["end"], fields["text"], fields["section"] = start, end, text, section
        fields["heading"], fields["is_heading"], fields["boilerplate"], fields["duplicate"] = \
            heading, is_heading, boilerplate, duplicate

    @property
    def usable(self) -> bool:
        """Whether skills found on this line count for the profile."""
        return not (self.boilerplate or self.duplicate or self.is_heading)


@dataclass(frozen=True)
class Section:
    """A run of lines under one heading."""

    kind: str
    heading: str
    start: int
    end: int
    boilerplate: bool = False


_CONTACT_HINT = re.compile(r"@|\d{3}[\s.-]?\d{4}|linkedin|github|https?:|www\.|\|", re.IGNORECASE)


def _looks_like_header(line: str) -> bool:
    """A resume's first lines before any heading: a name, contact details or a short headline.
    A sentence ("Five years of Python and SQL.") means the resume has no header and has begun."""
    if _CONTACT_HINT.search(line):
        return len(line) <= 200
    return len(line.split()) <= 8 and not line.rstrip().endswith((".", "!", "?", ";"))


#: The length of the experience a resume heading states in brackets after its name: "Work Experience (12.5 Years)",
#: "EXPERIENCE (8 YEARS)", "Work Experience: (16years)", "Professional Experience (9+ Years)".
_HEADING_LENGTH = re.compile(r"\s*:?\s*\(\s*\d{1,2}(?:\.\d{1,2})?\s*\+?\s*(?:years?|yrs?\.?|months?)"
                             r"(?:\s*(?:and\s*)?\d{1,2}\s*months?)?\s*\+?\s*\)\s*:?\s*$", re.IGNORECASE)

#: Quotation marks around a whole resume heading ("“ Work Experience”", "'EDUCATION'"): not part of its name.
_HEADING_QUOTES = re.compile(r"^\s*[\"“”‘’']+\s*(\S.*?)\s*[\"“”‘’']+\s*$")


#: "EXPERIENCED", "Experienced:", "WORK EXPERIENCED:": a heading of the work history written with the adjective.
#: Only in capitals or before a colon: a word "Experienced" alone on its line is a sentence's, wrapped ("Experienced
#: / technologist and / data modeler").
_EXPERIENCED_HEADING = re.compile(r"^(?:work )?experienced$")


#: "Current Working Experience.", "REFERENCES.": a heading closed by a lone full stop after a letter (not "..").
_HEADING_FULL_STOP = re.compile(r"(?<=[A-Za-z])\.\s*$")
#: The sections a heading closed by a full stop (and opened by a capital) may open: the work history, and "other"
#: (the referees after it, "REFERENCES.", or "Achievements.", "Languages."; a referee's "Position: Laboratory
#: Manager" is no job of the candidate's). Not the rest: "Education." read as a heading would take in a "Military
#: Service" list under it (no heading of ours), its jobs dropped as a school's.
_FULL_STOP_SECTIONS = frozenset({"experience", "other"})


def classify_heading(text: str, kind: str) -> str | None:
    """The section kind a heading line names, or ``None`` if it is not a heading. A resume heading
    may state the length of the experience it lists ("Work Experience (12.5 Years)"): the heading is
    its name; and may stand in quotation marks ("“ Work Experience”"): the heading is what they hold. Closed by a
    full stop ("Current Working Experience.") it is read only for :data:`_FULL_STOP_SECTIONS`."""
    if kind == "posting" and not _may_be_posting_heading(text):
        return None
    if kind == "resume":
        text = _HEADING_QUOTES.sub(r"\1", text)
        text = _unspaced_heading(text) or _HEADING_LENGTH.sub("", text)
        if stop := _HEADING_FULL_STOP.search(text):
            if not text.lstrip()[:1].isupper():  # "experience." ending a wrapped sentence is no heading
                return None
            section = classify_heading(text[:stop.start()], kind)
            return section if section in _FULL_STOP_SECTIONS else None
    match = _HEADING_SHAPE.match(text)
    if not match:
        return None
    words = match.group(1).strip().split()
    if not words or len(words) > 9:
        return None
    label = " ".join(words).lower().rstrip(":").strip()
    label = _SPACES.sub(" ", label)
    if kind == "resume":
        label = label.replace("&", "and") if label.count("&") > 1 else label
        for section, pattern in _RESUME_HEADINGS:
            if pattern.search(label):
                return section
        if text.strip().endswith(".") or not (text.isupper() or _COLON_END.search(text) or
                                              _mostly_title_case(match.group(1))):
            return None
        if _EXPERIENCED_HEADING.match(label):
            return "experience" if text.isupper() or _COLON_END.search(text) else None
        return resume_section_of(label)
    ends_with_colon = text.rstrip().endswith(":")
    is_title_like = ends_with_colon or text.isupper() or text.lstrip().startswith("#") or len(words) <= 5
    if not is_title_like or not _POSTING_HEADING_LOOK.may_match(label):
        return None
    for section, pattern in _POSTING_HEADINGS:
        if pattern.search(label):
            return section
    return None


#: The marks :data:`_HEADING_SHAPE` allows around its label: before it ("#", "*", "_") and after it
#: (":", "-", "\u2013", "*", "_").
_HEADING_MARKS = "#*_:-\u2013"


def _may_be_posting_heading(text: str) -> bool:
    """``False`` only for a line :func:`classify_heading` turns down as a posting heading, told without
    :data:`_HEADING_SHAPE` (whose lazy label, tried at every length, costs about 14 us on a short line of
    prose). The label's words are pieces of the line's words: every word of the line reaches into the
    label but words made only of :data:`_HEADING_MARKS` and at most one numbering ("1.", "IV)"). So a
    line of more than six other words has a label of more than five, which is no heading unless the line
    ends with a colon, is in capitals or starts with "#". And the label, lowercased with single spaces, is
    part of the line lowercased with single spaces: if the line holds none of the strings of
    :data:`_POSTING_HEADING_LOOK`, neither does the label, which the first look then turns down."""
    if not (text.rstrip().endswith(":") or text.isupper() or text.lstrip().startswith("#")):
        words = text.split()
        if len(words) > 6 and sum(1 for word in words if word.strip(_HEADING_MARKS)) > 6:
            return False
    return _POSTING_HEADING_LOOK.may_match(" ".join(text.lower().split()))


def _mostly_title_case(label: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", label) if w.lower() not in ("and", "of", "the", "in", "a", "an", "to")]
    return bool(words) and all(w[0].isupper() for w in words)


#: "Institute: ADCORP Technical Training": a record's label whose value is a name, which may end
#: in heading words.
_LABEL_VALUE = re.compile(
    r"^\s*(?:name of (?:the )?)?(?:institute|institution|company|employer|organi[sz]ation|school|college|university|"
    r"training (?:centre|center|provider)|provider)(?: name)?\s?:\s+\S", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _glued_heading(line: str) -> tuple[int, str] | None:
    """Where a resume heading glued to the end of ``line`` starts, and the section it opens:
    the last three, two or one words, when they make a heading, a duration in brackets after them left out."""
    line = _HEADING_DURATION.sub("", line)
    last = line.rstrip(" :-")
    if not last or not last.rsplit(None, 1)[-1][:1].isupper():  # a heading's last word is capitalised
        return None
    if _LABEL_VALUE.match(line):  # "Institute: ADCORP Technical Training" ends in a name, not a heading
        return None
    tail_at = max(0, len(line) - 48)  # a heading is a few words: only the line's end is searched
    match = _GLUED_RESUME_HEADING.search(line, tail_at)
    if not match or match.start("head") < 3:
        return None
    words = list(re.finditer(r"\S+", match.group("head")))
    for first in words:
        head = match.group("head")[first.start():]
        section = resume_section_of(head)
        if section is not None and (" " in head.strip() or head.isupper()):
            return match.start("head") + first.start(), section
    return None


def _education_after_a_duty(line: str) -> tuple[int, str] | None:
    """Where "Education" glued after a duty's sentence starts, and its section: only among the jobs, where the
    schools follow the last job's duties; before them ("... the client's goals. Education" closing an objective)
    the jobs may come next under a heading left unread."""
    alone = _GLUED_AFTER_SENTENCE.search(line, max(0, len(line) - 48))
    return None if alone is None else (alone.start("head"), "education")


_LEADING_RESUME_HEADING = re.compile(
    r"^(?P<head>(?:PROFESSIONAL |WORK |EMPLOYMENT |CAREER |RELEVANT )?(?:EXPERIENCE|HISTORY)|EDUCATION|"
    r"(?:TECHNICAL |KEY |CORE )?SKILLS|CERTIFICATIONS?|WORK HISTORY|EMPLOYMENT HISTORY)\s*:?\s+(?=\S)")


@functools.lru_cache(maxsize=4096)
def _leading_heading(line: str) -> tuple[int, str] | None:
    """A heading glued to the start of a line: "WORK HISTORY TOOL SETTER, Stanley ..."."""
    if not line[:2].isupper():
        return None
    match = _LEADING_RESUME_HEADING.match(line)
    if not match or not line[match.end():].strip():
        return None
    section = resume_section_of(match.group("head"))
    return (match.end(), section) if section else None


#: A heading written before a colon with text after it on its line, in any case: "Summary Of Experience&
#: responsibility : I have total 6 year experience as", "WORK HISTORY:Total experience:5 years".
_HEADING_BEFORE_TEXT = re.compile(r"^\W{0,3}(?P<head>[A-Za-z][A-Za-z&'/ -]{2,60}?)\s*:[\s-]*(?=\S)")
#: What follows such a heading when it only states how long the work lasted ("Professional Experience: 9 Years",
#: "Experience : 26 years", "TOTAL EXPERIENCE: 10 +YEARS"): a line of a summary, the jobs told elsewhere.
_LENGTH_ONLY = re.compile(r"\(?\s*\d+(?:\.\d+)?\s*\+?\s*(?:years?|yrs?)\.?(?:\s*(?:and\s*)?\d{1,2}\s*months?)?"
                          r"\s*\+?\s*\)?\s*\.?\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _work_heading_before_text(line: str) -> tuple[int, str] | None:
    """Where the text after a heading naming the work history starts on the heading's line, and the section
    the heading opens: "Summary Of Experience& responsibility : I have total 6 year experience as" opens the
    summary ("Summary of ..." is one, :func:`resume_section_of`), "Work Experience: 1years 9 months from ..." the
    experience. The heading's first part (before "&", "and", "/") names it, in capitals or capitalised words, and
    holds a word of the work history ("experience", "employment", "history" ...): a label of another section
    ("Project: ...", "Skills: ...") may stand among a job's lines as one of its fields. Not a heading before only
    a length (:data:`_LENGTH_ONLY`) or before another label ("Previous Experience :Job profile :"), as before."""
    match = _HEADING_BEFORE_TEXT.match(line)
    if not match or _LENGTH_ONLY.match(line, match.end()) or _COLON_END.search(line, match.end()):
        return None
    first = _HEADING_PARTS.split(match.group("head"))[0].strip()
    if not (first.isupper() or _mostly_title_case(first)):
        return None
    section = resume_section_of(first)
    words = first.lower().split()
    if section not in ("experience", "summary") or any(word.startswith("internship") for word in words) or \
            not any(_SECTION_KEY_WORDS.get(word) == "experience" for word in words):
        return None
    return match.end(), section


#: A label of memberships opening a line, with the list after it on the line: "Affiliations: American Academy of
#: Physician Assistants, 2004 – present ...", "Professional Memberships: ...".
_LIST_LABEL_BEFORE_TEXT = re.compile(r"^\W{0,3}(?P<head>(?:professional\s+)?(?:affiliations?|memberships?))\s*:[\s-]*(?=\S)",
                                     re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _list_label_before_text(line: str) -> tuple[int, str] | None:
    """Where the text after a label of memberships (:data:`_LIST_LABEL_BEFORE_TEXT`) starts on
    its line, and the section the label opens: the list is no job's, though the resume lost its headings and the
    list's dated lines sit among the jobs ("Affiliations: Idaho Medical Society 2012 – Present" is no job held
    since 2012). Taken outside an experience section only, where such a label may be a job's field."""
    match = _LIST_LABEL_BEFORE_TEXT.match(line)
    return None if match is None else (match.end(), resume_section_of(match.group("head")) or "other")


# What a line says on its own, whatever comes before it, is remembered by its text: postings of one
# employer or job board repeat their headings and boilerplate, and a document profiled again repeats all.
_LINE_CACHE_SIZE = 16384


@functools.lru_cache(maxsize=_LINE_CACHE_SIZE)
def _heading_section(stripped: str, kind: str) -> str | None:
    """The section a whole line names as a heading (:func:`classify_heading`), or ``None``."""
    if len(stripped) <= 80 and not _BULLET.match(stripped):
        return classify_heading(stripped, kind)
    return None


@functools.lru_cache(maxsize=_LINE_CACHE_SIZE)
def _glued_posting_heading(stripped: str) -> tuple[str | None, str | None, str | None]:
    """For a posting line that is no heading itself: the section a heading glued to its end opens
    ("...our team.Requirements:"), else the section a heading glued to its start opens and that
    heading ("BenefitsThe range is..."); ``None`` for what is not there."""
    # Either heading ends the line (``$``; a stripped line has no newline for it to stand before): an
    # inline one with a colon, a glued one with a capital letter. Other lines skip the searches.
    inline = None
    if stripped.endswith(":"):
        inline = _INLINE_HEADING_SCAN.search(stripped)
    if inline is None and "A" <= stripped[-1:] <= "Z":
        inline = _GLUED_TRAILING_HEADING.search(stripped, max(0, len(stripped) - _GLUED_TRAILING_MAX))
    new_section = None
    if inline and inline.start() > 0:
        new_section = classify_heading(inline.group("head") + ":", "posting")
    leading = _GLUED_LEADING_HEADING.match(stripped)
    if new_section is None and leading:
        return None, classify_heading(leading.group("head") + ":", "posting"), leading.group("head")
    return new_section, None, None


@functools.lru_cache(maxsize=_LINE_CACHE_SIZE)
def _job_board_line(stripped: str) -> bool:
    return _JOB_BOARD_SCAN.search(stripped) is not None


@functools.lru_cache(maxsize=_LINE_CACHE_SIZE)
def _boilerplate_line(lowered: str) -> bool:
    """Whether a lowercased line is boilerplate whatever its section (:data:`_BOILERPLATE_LINE`).
    Most lines hold none of the strings its matches need, told first by :data:`_BOILERPLATE_LOOK`."""
    if _BOILERPLATE_LOOK is not None:
        look, plain = _BOILERPLATE_LOOK
        if not look.may_match(lowered):
            for string in plain:  # a loop: any() over a generator costs more than these few checks
                if string in lowered:
                    break
            else:
                return False
    return _BOILERPLATE_SCAN.found(lowered)


#: A heading inside a line ("Job benefits: ", "Company description: "): one to three words, the first
#: capitalised, and a colon.
_HEADING_IN_LINE = re.compile(r"(?<!\S)([A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}):[ \t]")


def inline_headings(text: str, kind: str = "posting") -> list[tuple[int, int, str | None]]:
    """The headings written inside lines of ``text`` ("... Job benefits: Free lunch", "Company
    description: Acme builds ..."), in order, each as ``(start, end, section)``: where its last word
    starts, where its text after the colon starts, and the section kind it names (``None`` if it names
    none). A posting pasted as one line keeps its sections as such headings. A heading's words may begin
    with the last word before it ("... in Java Requirements: "): only its last word surely belongs to it."""
    return [(m.start(1) + m.group(1).rfind(" ") + 1, m.end(), classify_heading(m.group(1) + ":", kind))
            for m in _HEADING_IN_LINE.finditer(text)]


#: A resume heading's first line that goes on on the next: it ends in "/", "&", "and" or a comma
#: ("Employment/" over "Volunteering", "Professional Experience &" over "Key Achievements").
_HEADING_GOES_ON = re.compile(r"(?:[/&,]|\band)$", re.IGNORECASE)


#: "EDUCATIONAL ATTAINMENT", "Academic Attainment:": a heading that names the schools (common in Philippine resumes),
#: and may stand over the jobs too in a resume with no work heading (:func:`split_lines`).
_ATTAINMENT_HEADING = re.compile(r"\battainments?\b", re.IGNORECASE)


def split_lines(text: str, kind: str = "posting") -> list[Line]:
    """Every non-empty line of ``text`` with its section, boilerplate and duplicate flags.

    ``kind`` is ``"resume"`` or ``"posting"``. An "EDUCATIONAL ATTAINMENT" heading names the education only in a
    resume that has a heading of its work too: with none, the jobs may sit under it ("Educational Attainment: /
    Tertiary: Centro Escolar University ... / Acme Hotel Inc. Pasay City / Slots Technician -April 2016- Present
    ..."), and it is read as no heading, as when the resume has no heading over its jobs."""
    lines = _split_lines(text, kind)
    if kind == "resume" and not any(line.section == "experience" for line in lines) and \
            any(line.is_heading and line.section == "education" and _ATTAINMENT_HEADING.search(line.heading)
                for line in lines):
        return _split_lines(text, kind, attainment=False)
    return lines


def _split_lines(text: str, kind: str, attainment: bool = True) -> list[Line]:
    """:func:`split_lines`; an "... ATTAINMENT" heading is read as no heading when ``attainment`` is false."""
    lines: list[Line] = []
    seen: set[str] = set()
    section = "contact" if kind == "resume" else "overview"
    heading = ""
    position = 0
    resume_header_lines = 0
    seen_requirements = False
    appendix = False
    raws = text.split("\n")
    heading_goes_on = False  # the line before began a heading over two lines: this line ends it
    for number, raw in enumerate(raws):
        start = position
        end = start + len(raw)
        position = end + 1
        stripped = raw.strip()
        if not stripped:
            continue
        if heading_goes_on:
            heading_goes_on = False
            lines.append(Line(start, end, raw, section, heading, is_heading=True))
            continue
        new_section = _heading_section(stripped, kind)
        if not attainment and new_section == "education" and _ATTAINMENT_HEADING.search(stripped):
            new_section = None
        if kind == "resume" and _HEADING_GOES_ON.search(stripped) and number + 1 < len(raws):
            whole = f"{stripped} {raws[number + 1].strip()}"
            whole_section = _heading_section(whole, kind) if raws[number + 1].strip() else None
            if whole_section is not None:  # both lines are the heading, named by both
                section, heading, heading_goes_on = whole_section, whole.rstrip(":").strip("#* "), True
                lines.append(Line(start, end, raw, section, heading, is_heading=True))
                continue
        glued_section = None
        if new_section is None and kind == "posting":
            new_section, glued_section, leading_head = _glued_posting_heading(stripped)
        opened = new_section if new_section is not None else glued_section
        if opened is not None and kind == "posting":
            # A job board's own content (market statistics, salary context) after the posting's
            # requirements runs to the end of the page: nothing after it is the employer's.
            if opened == "market" and seen_requirements:
                appendix = True
            seen_requirements = seen_requirements or opened in ("required", "preferred")
            if appendix:
                opened = "market"
        if glued_section is not None:
            # "Benefits/CompensationThe range is..." starts a section and carries its first line.
            section, heading = opened, leading_head
        if new_section is not None:
            section, heading = opened, stripped.rstrip(":").strip("#* ")
            lines.append(Line(start, end, raw, section, heading, is_heading=True,
                              boilerplate=section in POSTING_BOILERPLATE if kind == "posting" else False))
            continue
        if kind == "resume" and section == "contact":
            resume_header_lines += 1
            if resume_header_lines > 4 or not _looks_like_header(stripped):
                section = "summary"
        if kind == "resume" and new_section is None and len(stripped) > 8:
            leading = _leading_heading(raw)
            if leading is None and section not in ("experience", "summary"):
                leading = _work_heading_before_text(raw)
            if leading is None and section != "experience":
                leading = _list_label_before_text(raw)
            if leading is not None:
                at, opened_section = leading
                head = raw[:at].strip().rstrip(":").strip()
                lines.append(Line(start, start + at, raw[:at], opened_section, head, is_heading=True))
                lines.append(Line(start + at, end, raw[at:], opened_section, head))
                section, heading = opened_section, head
                continue
            glued = _glued_heading(raw)
            if glued is None and section == "experience":
                glued = _education_after_a_duty(raw)
            if glued is not None:
                at, opened_section = glued
                lines.append(Line(start, start + at, raw[:at].rstrip(), section, heading))
                head = raw[at:].strip().rstrip(":-").strip()
                lines.append(Line(start + at, end, raw[at:], opened_section, head, is_heading=True))
                section, heading = opened_section, head
                continue
        if kind == "posting" and seen_requirements and _job_board_line(stripped):
            appendix = True
        if appendix:
            section = "market"
        lowered = stripped.lower()
        duplicate = False
        if len(lowered) > 30:  # a key is never longer than the lowercased line: a shorter one never counts
            key = _duplicate_key(lowered)
            duplicate = len(key) > 30 and key in seen
            seen.add(key)
        boilerplate = False
        if kind == "posting":
            boilerplate = section in POSTING_BOILERPLATE or _boilerplate_line(lowered)
        lines.append(Line(start, end, raw, section, heading, boilerplate=boilerplate, duplicate=duplicate))
    return lines


#: Bytes of ASCII characters that are not word characters (``\\W``) made spaces, the others kept.
_ASCII_NON_WORDS = bytes(c if chr(c).isalnum() or chr(c) == "_" else ord(" ") for c in range(128)) + \
    bytes(range(128, 256))


@functools.lru_cache(maxsize=16384)
def _duplicate_key(lowered: str) -> str:
    """A lowercased line's words joined by single spaces: the same line with other punctuation or
    spacing has the same key. ASCII text takes ``bytes.translate`` and ``bytes.split``, faster than
    :data:`_NON_WORDS` (and than ``str.translate``, which looks each character up in a dict) and the
    same: every non-word character becomes a space, and the space is the only whitespace left."""
    if lowered.isascii():
        return b" ".join(lowered.encode("ascii").translate(_ASCII_NON_WORDS).split()).decode("ascii")
    return _NON_WORDS.sub(" ", lowered).strip()


def sections_of(lines: list[Line]) -> list[Section]:
    """Group lines into :class:`Section` runs (each made once, when its run ends)."""
    out: list[Section] = []
    first: Line | None = None  # the first line of the run at hand
    end = 0
    for line in lines:
        if first is not None and first.section == line.section and first.heading == line.heading:
            end = line.end
            continue
        if first is not None:
            out.append(Section(first.section, first.heading, first.start, end, first.section in POSTING_BOILERPLATE))
        first, end = line, line.end
    if first is not None:
        out.append(Section(first.section, first.heading, first.start, end, first.section in POSTING_BOILERPLATE))
    return out


def line_at(lines: list[Line], offset: int) -> Line | None:
    """The line containing character ``offset`` (binary search)."""
    lo, hi = 0, len(lines) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        line = lines[mid]
        if offset < line.start:
            hi = mid - 1
        elif offset > line.end:
            lo = mid + 1
        else:
            return line
    return None
