"""Step 3, skill extraction: spaCy components that put taxonomy skills in ``doc.ents``.

The pipeline is ``spacy.blank("en")`` (or an installed trained pipeline, when
asked for) plus one registered component:

``skill_matcher``
    Finds skills four ways and keeps the best non-overlapping spans:

    1. a :class:`~spacy.matcher.PhraseMatcher` over the lowercase text of every
       unguarded surface form, with singular and plural variants of its last
       word ("data pipelines" finds "data pipeline"; ``exact`` or ``alias``);
    2. a case-sensitive PhraseMatcher for guarded forms ("Go", "R", "Spark"),
       kept only with a context word nearby or inside a list of other skills;
    3. a squashed lookup that ignores spaces, hyphens and dots across up to
       three tokens ("Tensor flow", "scikit learn", "Postgre SQL": ``fuzzy``);
    4. RapidFuzz on single capitalised tokens for typos ("Kubernates",
       ``fuzzy`` with a lower confidence), above ``fuzzy_threshold``.

    Each span is labelled ``SKILL`` with ``kb_id_`` set to the skill id and
    ``span._.match_type`` / ``span._.confidence`` set.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy
import spacy
from rapidfuzz import fuzz, process
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LOWER, ORTH, SPACY
from spacy.lang import lex_attrs
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.tokens.doc import SetEntsDefault
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans
from spacy.vocab import Vocab

from matcher.affixes import GuardedMatch, InfixFinditer, SuffixSearch
from matcher.prefilter import AsciiFolded, Prefilter
from matcher.sections import POSTING_BOILERPLATE, inline_headings
from taxonomy import SOFT_CATEGORIES, Taxonomy, fold_form

SKILL_LABEL = "SKILL"
SKILL_GROUP = "skills"
LIST_SEPARATORS = {",", "/", "and", "or", "&", "(", ")", ";", "|", "-", ":", "+", "as", "well"}
IMPORTED_PREFIXES = ("esco-", "onet-")
_FUZZY_EXCLUDED_CATEGORIES = {"soft_skills", "languages", "management", "domain"}

#: Other senses of a skill's name, read from the text around it: "we are recruiting" is not
#: recruiting as a skill, "in collaboration with" not collaboration, "opportunities for learning
#: and development" a benefit, "we value diversity" an employer's statement.
_OTHER_SENSES: dict[str, re.Pattern] = {
    "recruiting": re.compile(r"\b(?:are|is|am|we'?re|currently|now|actively|again)\s+(?:\w+\s+)?recruiting\b|"
                             r"\brecruiting\s+(?:a|an|for|new|talented|experienced|our|two|three|several|\d+)\b|"
                             r"\b(?:our|the|your|this)\s+recruit\w*|\bno\s+(?:\w+\s+)?recruit\w*|"
                             r"\brecruit\w*\s+(?:process|processes|procedures?|agenc\w*|team|jobs?\s+board|system|meetings?|"
                             r"interviews?|packages?|tests?)\b|"
                             # who recruits: "the authorized recruitment manager selects applicants"
                             r"\b(?:our|the|your|this)\s+\w+\s+recruit\w*\s+(?:managers?|committees?)\b"),
    "collaboration": re.compile(r"\bin\s+(?:close\s+|tight\s+)?collaboration\s+with\b|\bcollaborations?\s+with\s+"
                                r"(?:universities|partners|industry|the)\b|\bcollaborative\s+(?:[\w-]+\s+){0,4}"
                                r"(?:environment|culture|atmosphere|workplace|space|setting)\b|"
                                # a culture's values: "a culture centred around collaboration autonomy and tech"
                                r"\b(?:culture|spirit)\s+(?:[\w-]+\s+){0,3}?(?:cent(?:er|re)d|built|based|focused)\s+"
                                r"(?:on|around|upon)\b|"
                                # a joint project or its partners: "The project is a collaboration between two
                                # groups", "your colleagues and collaboration partners"
                                r"\ba\s+collaboration\s+(?:between|with)\b|\bcollaboration\s+partners?\b"),
    "mental-health": re.compile(r"mental\s+health\s+(?:support|days?|benefits?|resources|apps?|or\s+physical|and\s+"
                                r"(?:wellbeing|well-being))|(?:free|subscription|access\s+to)\s+.{0,40}mental\s+health|"
                                r"disabilit"),
    "innovation": re.compile(r"\bco\s*-\s*innovation\b|\binnovation\s+(?:centre|center|hub|studios?|lab|labs|award|days?|"
                             r"weeks?|time|sprints?|budgets?|programs?|programmes?)\b|\binnovations\b"),
    "influencing": re.compile(
        r"\b(?:opportunit(?:y|ies)|possibilit(?:y|ies)|chances?|freedom|room|power)\s+(?:\w+\s+){0,2}?to\s+(?:have\s+)?"
        r"(?:an?\s+)?(?:\w+\s+)?influence|\b(?:positive|positively|immediate|direct|real|great|big|significant|huge|"
        r"lasting|high|much|more)\s+influence|\binfluences\b|\bact\s+and\s+influence\b|\bhave\s+(?:an?\s+)?influence\b"),
    # "English at negotiation level" is a language level; "salary negotiation" a term of employment.
    "negotiation": re.compile(r"\bnegotiation\s+level\b|\b(?:salary|wage|pay)\s+negotiations?\b|"
                              r"\bnegotiations?\s+(?:for|of|on|about)\s+(?:the\s+|your\s+)?(?:salary|wage|pay|remuneration)"),
    "team-building": re.compile(r"\b(?:a|an|our|the|and|fast|ever|rapidly|quickly|new)[\s-]+(?:\w+\s+)?growing\s+team\b|"
                                r"\bteam[\s-]+(?:building|development)\s+(?:events?|activities|days?|trips?|sessions)\b"),
    "early-childhood-education": re.compile(r"\bchild[\s-]?care\s*[\w-]*\s*(?:vouchers?|support|leave|benefits?|"
                                            r"allowance|subsid\w*|costs?)|\b(?:vouchers?|days?|leave)\s+(?:\(?\w+\s+){0,3}"
                                            r"(?:for\s+)?child[\s-]?care"),
    "restaurant-industry": re.compile(r"\brestaurants?\s+(?:vouchers?|tickets?|table|cards?)|\b(?:subsidi[sz]ed|"
                                      r"on-site|onsite|in-house|staff|company)\s+restaurants?|\bticket\s+restaurants?"),
    # "in partnership with third parties", "in compliance with the hygiene rules": "with", "following".
    "partnerships": re.compile(r"\bcivil\s+partnerships?\b|\bin\s+(?:close\s+)?partnership\s+with\b"),
    "compliance": re.compile(r"\bin\s+(?:full\s+)?compliance\s+with\b"),
    "background-checks": re.compile(r"\b(?:pass|complete|undergo|undergoing|subject\s+to|results\s+from|will\s+involve)\s+"
                                    r"(?:[\w-]+\s+){0,4}(?:background|screening|verification|drug)"),
    "learning-and-development": re.compile(
        r"(?:opportunit\w*|budget|support|room|time|access)\s+(?:for|to|of)\s+(?:your\s+|personal\s+|professional\s+|"
        r"continuous\s+)*learning\s*(?:and|&)\s*development|learning\s*(?:and|&)\s*development\s+(?:opportunit|budget|resources|programmes|allowance|stipend)"),
    "career-development": re.compile(
        r"(?:opportunit\w*|budget|support|room|paths?)\s+(?:for|to|of)\s+(?:your\s+)?career\s+development|"
        r"career\s+development\s+(?:opportunit|possibilit|plans?|program|budget|path)|"
        r"\b(?:paid|fast|encourage\w*\s+(?:[\w-]+\s+){0,3}?)career\s+development"),
    "diversity-equity-and-inclusion": re.compile(
        r"\b(?:value|values|valuing|celebrate|celebrates|embrace|embraces|committed\s+to|commitment\s+to|promote|promotes|"
        r"believe\s+in|champion|champions|foster|fosters|welcome)\s+(?:\w+\s+){0,2}(?:diversity|inclusion|inclusivity)|"
        r"diverse\s+and\s+inclusive|equal\s+opportunit|regardless\s+of"),
    "banking": re.compile(r"\bbank\s+holidays?\b"),
    "cybersecurity": re.compile(r"\b(?:job|social|financial)\s+security\b"),
    # An academic's teaching as a document, a duty or the employer's programmes: "teaching portfolio",
    # "teaching qualifications", "research and teaching obligations", "its teaching and research programmes".
    "teaching-skills": re.compile(r"\bteaching\s+(?:and\s+research\s+)?(?:portfolios?|plans?|statements?|qualifications|"
                                  r"obligations|duties|principles|activities)\b|"
                                  r"\bknowledge[\s-]+sharing\s+(?:sessions?|events?|days?|formats?|meetups?)\b"),
    # A philosophy someone holds, not the academic field: "teaching philosophy", "Our philosophy of getting
    # it right first time".
    "philosophy": re.compile(r"\b(?:our|their|its|your|teaching|pedagogical|corporate|company|management|design|"
                             r"business|leadership|investment|care)\s+philosoph"),
    "pricing-strategy": re.compile(r"\b(?:special|employee|staff|discounted|exclusive)\s+pricing\b"),
    # Tax as a term of pay or a benefit: "salary before tax", "tax-free bike loan", "due to tax reasons".
    "tax": re.compile(r"\b(?:salary|pay|wages?|remuneration)\s+(?:\w+\s+){0,2}?(?:before|after)\s+tax\b|\btax[\s-]+free\b|"
                      r"\b(?:due\s+to|for)\s+tax\s+reasons?\b"),
    # "you can rest assured" is no test library; "a 2.5 billion valuation" is the employer's worth.
    "rest-assured": re.compile(r"\b(?:can|may|be)\s+rest\s+assured\b"),
    "valuation": re.compile(r"\b(?:billion|million|bn|m)\s+(?:\w+\s+)?valuation\b|\bvaluation\s+of\s+(?:over\s+|about\s+)?"
                            r"(?:[$€£]|\d)"),
    # Sales as a company's revenue: "posted annual sales of about SEK 28 billion", "net sales grew".
    "sales": re.compile(r"\b(?:annual|yearly|net|total|group)\s+sales\s+(?:of|were|was|reached|grew|rose|exceeded|"
                        r"amounted|totall?ed)\b|\bsales\s+(?:of|reached|grew|increased|rose)\s+(?:about|approx\w*|around|"
                        r"over|nearly|almost|more\s+than|(?:[a-z]{3}|[$€£])\s*\d)"),
}


#: Words that, followed by one of :data:`_CUE_LINKS`, ask for or state a skill: "knowledge of SAP".
_SKILL_CUES = {"knowledge", "experience", "experienced", "expertise", "proficiency", "proficient", "skills",
               "skilled", "familiarity", "familiar", "fluency", "exposure", "competence", "competency", "working",
               "background", "expert", "understanding"}
_CUE_LINKS = {"of", "in", "with", "using"}
#: Nouns that make a skill's name part of a job title ("Java Developer", "QA Engineer").
_ROLE_NOUNS = (r"(?:developers?|engineers?|administrators?|architects?|consultants?|specialists?|analysts?|"
               r"testers?|scientists?|programmers?|experts?|managers?|directors?|officers?|planners?|coordinators?|"
               r"head)")
#: A role noun right after the name, at most one word between ("Java Software Engineer"), or ending it;
#: the name may be one of two joined by a slash ("QA/Test Developer", "Cloud/AWS Lead Developer").
_ROLE_AFTER = re.compile(rf"(?:/[\w.#+-]+)?\s+(?:[\w.#+-]+\s+)?{_ROLE_NOUNS}\b", re.IGNORECASE)
_ROLE_ENDING = re.compile(rf"\b{_ROLE_NOUNS}$", re.IGNORECASE)
#: Where a job title names the role someone is hired into or works next to, not a skill asked for or
#: shown: "we are looking for a Senior Java Developer", "As a Site Reliability Engineer you will",
#: "Frontend Developer (m/f/d)", "collaborate with our QA engineers".
_HIRING_BEFORE = re.compile(r"\b(?:looking\s+for|seeking|searching\s+for|hiring|to\s+hire|recruiting)\s+"
                            r"(?:[\w/&.+#-]+\s+){0,5}$"
                            # a posting's field that names the role: "Role: Database Administrator"
                            r"|\b(?:role|position|job\s+title)\s*:\s*(?:[\w/&.+#-]+\s+){0,3}$"
                            # the role the reader is wanted in: "we need you as a Senior Java Engineer"
                            r"|\byou\s+as\s+(?:an?\s+|our\s+)?(?:[\w/&.+#-]+\s+){0,4}$"
                            # the role the reader is asked to take: "Do you want to be the Knowledge Management
                            # Consultant ensuring ...", "Would you like to become our new Java Developer?"
                            r"|\b(?:want|like|love|ready)\s+to\s+(?:be|become)\s+(?:an?|the|our)\s+(?:[\w/&.+#-]+\s+){0,4}$", re.IGNORECASE)
#: A title that leads a function: "Head of Sales", "Director of Finance", "VP of Marketing".
_HEAD_OF_BEFORE = re.compile(r"\b(?:head|director|vp|vice\s+president)\s+of\s+(?:[\w-]+\s+(?:and|&)\s+)?$", re.IGNORECASE)
_COLLEAGUES_BEFORE = re.compile(r"\b(?:with|alongside)\s+(?:[\w/&.+#-]+\s+){0,4}$", re.IGNORECASE)
#: ("As an <ORGANIZATION> IT Site Reliability Engineer you will": an anonymised name counts as a word.)
_ROLE_AS_YOU_BEFORE = re.compile(r"(?:^|\b)as\s+(?:an?\s+)?(?:[\w/&.+#<>-]+\s+){0,4}$", re.IGNORECASE)
#: The role the posting hires into, named before the words that say so ("you might be the Sales Manager we are
#: looking for").
_SOUGHT_AFTER = re.compile(r"\s+(?:that\s+|whom\s+)?we\s*(?:are|'re|’re)\s+(?:\w+\s+)?(?:looking|searching)\s+for\b",
                           re.IGNORECASE)
_GENDER_MARKER_AFTER = re.compile(r"\s*(?:[(\[]\s*[mwfdx]\s*/+\s*[mwfdx]|[mwfdx]/[mwfdx](?:/[mwfdx])?\b)", re.IGNORECASE)
#: Words that, between a name and a plural role noun, make the noun a group the name does not
#: qualify ("mentor other engineers", "our senior engineers").
_NOT_A_QUALIFIER = re.compile(r"\s+(?:other|junior|senior|the|our|all|fellow|new|your|and|or|more)\s", re.IGNORECASE)
_YOU_AFTER = re.compile(r"\s*(?:\([^)]{0,20}\)\s*)?(?:\s(?:at|in|with|within|for)\s+[^,.;:]{1,40}?)?,?\s*your?\b",
                        re.IGNORECASE)
#: The person to ask about the job, by title ("please contact Finance Director Jane Doe", "questions to
#: our HR manager").
_CONTACT_BEFORE = re.compile(r"\b(?:contact|call|ask|e-?mail|write\s+to|reach\s+out\s+to|questions?\s+to|chat\s+with|"
                             r"speak\s+(?:to|with)|talk\s+to|report(?:s|ing)?\s+(?:directly\s+)?to|set\s+by)\s+"
                             r"(?:[\w/&.+#-]+\s+){0,3}$", re.IGNORECASE)
#: A language named as the one documents are written in or an application is made in ("apply in
#: English", "the CV must be submitted in English", "publications written in English (or Danish)",
#: "the documents must be attached in English")...
_DOCUMENT_LANGUAGE_BEFORE = re.compile(
    r"\b(?:apply|applying|applications?|submit\w*|send|sent|cv|resumes?|letters?|publications?|documents?|"
    r"documentation|materials?|written|write|tell\s+us|attach\w*|enclos\w*)\b[^.;:]{0,60}"
    r"\bin\s+(?:\w+\s+(?:or|and)\s+)?$"
    # a reference's language in brackets: "the Memorandum on Job Structure (in Danish)"
    r"|\(\s*in\s+$",
    re.IGNORECASE)
#: Words that make "written ... in English" a skill asked for, not a document's language: "excellent written and
#: verbal communication skills in English", "written and spoken proficiency in German".
_LANGUAGE_SKILL_WORDS = re.compile(r"\b(?:skills?|proficien\w*|fluen\w*|communicat\w*|command|knowledge)\b",
                                   re.IGNORECASE)
#: ...or as an adjective of a country's institutions and places ("Danish universities", "the Danish
#: grading system", "free Danish lessons" as a benefit, "the Danish (Aarhus) office").
_NATIONALITY_AFTER = re.compile(
    r"(?:[ \t]*\([^()\n]{0,40}\)[ \t]+|\s+)(?:universit(?:y|ies)|grading|markets?|offices?|ministry|government|society|law|citizens?|citizenship|"
    r"compan(?:y|ies)|educations?|lessons|classes|courses|authorities|state|krone|kroner|taxes?)\b", re.IGNORECASE)
#: Nouns that make a skill's name part of an organisational unit ("our DevOps team", "the IT
#: department", "Data Engineering team"), at most one word between; a team that develops in a language
#: ("led a Java development team") shows the skill.
_DEVELOPING = r"(?:development|programming|coding)"
_UNIT_NOUNS = r"(?:teams?|departments?|divisions?|units?|squads?)"
#: "Java unit tests", "design patterns unit testing": a unit tested is no organisational unit.
_NOT_TESTED = r"(?![\s-]*(?i:test))"
_UNIT_AFTER = re.compile(rf"\s+(?:(?!(?i:{_DEVELOPING})\b)[\w.#+-]+\s+)?(?i:{_UNIT_NOUNS}|blog)\b{_NOT_TESTED}")
#: Or the name is one of a list of units' names, the unit noun after the last ("the Sales, Marketing and
#: Finance teams", "our Product Development & Maintenance Team", "the Sales Marketing Product Development
#: Support and Finance teams"): a list of names in capitals names departments even when one of them ends
#: with "development", and a group there is a unit too.
_UNIT_LIST_AFTER = re.compile(rf"\s*(?:,|/|&|and)?\s+(?!(?i:{_DEVELOPING})\b)[A-Z][\w.#+&-]*"
                              rf"(?:\s*(?:,|/|&|and)?\s+[A-Z][\w.#+&-]*){{0,5}}"
                              rf"\s+(?i:{_UNIT_NOUNS}|groups?)\b{_NOT_TESTED}")
_DEVELOPING_ENDING = re.compile(rf"\b{_DEVELOPING}$", re.IGNORECASE)
#: Plural nouns of people right after the name make it a group of colleagues or customers ("our IT
#: professionals", "with UX designers", "through sales agents"), not a skill.
_PEOPLE_AFTER = re.compile(r"[ \t]+(?:professionals|specialists|colleagues|agents|representatives|supervisors|designers|"
                           r"experts|practitioners|people)\b", re.IGNORECASE)
#: The name of a department, faculty or chair ("Department of Operations Management",
#: "Faculty of Chemistry and Pharmacy").
#: Business functions whose names, in a clause about the employer, say what the employer does, not
#: what the person hired needs: "we build long-term partnerships with our clients", "our HR processes"
#: (see :func:`_describes_employer`); industries too (:func:`_employer_sense_ids`).
_EMPLOYER_SENSE_CATEGORIES = frozenset({"sales", "finance", "human_resources"})
#: Fields of business and knowledge (not tools or technologies) that a sentence about the employer names as
#: what it does: "Acme products are used in the mining industry" (see :func:`_employer_is_subject`). A
#: tool named there is often the stack the work uses ("We are building our platform on Kubernetes").
_EMPLOYER_FIELD_CATEGORIES = frozenset({"finance", "accounting", "tax", "human_resources", "legal_compliance",
                                        "marketing_communications", "sales", "operations", "supply_chain",
                                        "sustainability", "management", "domain"})
#: The words that make a team's name the team the person hired works with ("in close collaboration with our
#: software development team", "work closely with the data engineering team"): a unit, whatever it develops.
_WORKS_WITH_BEFORE = re.compile(
    r"\b(?:work|works|working|worked|collaborat\w*|cooperat\w*|co-operat\w*|interact\w*|liais\w*|partner\w*|"
    r"coordinat\w*)\s+(?:[\w-]+\s+){0,2}?with\s+(?:the\s+|our\s+|other\s+|local\s+|global\s+)?"
    r"(?:[\w&-]+\s+(?:and|&)\s+|(?:[A-Z][\w&-]*,?\s+){1,3})?$", re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"\b(?:department|faculty|institute|school|centre|center|chair)\s+(?:of|for)\s+"
                          r"(?:[\w-]+\s+(?:and|&)\s+)?$", re.IGNORECASE)


def _unit_before(text: str, start: int) -> bool:
    """Whether :data:`_UNIT_BEFORE` ends at ``start`` (in the 60 characters before it). The pattern
    ends with "of", "for", "and" or "&" (in any case) and white space only up to ``start`` (``$`` there,
    or before a line break that ends the window, itself white space): a window that, less its trailing
    white space (what ``str.rstrip`` takes is what ``\\s`` matches), ends with none of them is not
    searched. Only ASCII letters match those letters ignoring case, so lower-casing the last three
    characters keeps such an ending (an "İ" there grows by a character, and ends with no ASCII letter)."""
    low = max(0, start - 60)
    return (text[low:start].rstrip()[-3:].lower().endswith(("of", "for", "and", "&"))
            and _UNIT_BEFORE.search(text, low, start) is not None)


#: A unit's name in capitals that lists several fields ("Department of Physics Chemistry and Pharmacy",
#: "Ministry of Science Technology and Innovation": SkillSpan drops the commas), a posting's field
#: that names the department ("Job Area: Sales & Marketing", "Business area Research & Development"), or
#: a company-wide unit or programme named after its field ("the Global Finance organisation", "the 2025
#: Global Finance Strategy", "Group IT").
_UNIT_NAMED_BEFORE = re.compile(
    r"\b(?:[Dd]epartment|DEPARTMENT|[Ff]aculty|[Ii]nstitute|[Ss]chool|[Cc]ent(?:re|er)|[Cc]hair|[Mm]inistry)\s+"
    r"(?:of|for)[ \t]+(?:(?:[A-Z][\w-]*|and|&)[ \t]+){0,5}$"
    r"|\b(?:[Jj]ob|[Bb]usiness|[Ff]unctional)[ \t]+[Aa]reas?[ \t]*:?[ \t]+(?:[\w-]+[ \t]+(?:and|&)[ \t]+)?$"
    r"|\b(?:Global|Group|Corporate)[ \t]+$")


def _unit_named_before(text: str, start: int) -> bool:
    """Whether a capitalised name at ``start`` is one of the fields a unit's name lists or the department
    a posting's field names (:data:`_UNIT_NAMED_BEFORE`, in the 80 characters before it)."""
    if not text[start:start + 1].isupper():
        return False
    return _UNIT_NAMED_BEFORE.search(text, max(0, start - 80), start) is not None


if not Span.has_extension("match_type"):
    Span.set_extension("match_type", default=None)
if not Span.has_extension("confidence"):
    Span.set_extension("confidence", default=None)


def _probe_user_data_keys() -> bool:
    """Whether this spaCy keeps a span's extension values in ``doc.user_data`` under
    ``("._.", name, start_char, end_char)``, as spaCy 3 does. Then :func:`span_match` and the matcher
    read and write them there directly: ``span._`` builds an object per access, which cost more than
    the rest of a profile's per-skill work. Any other layout goes through ``span._`` as before."""
    doc = Doc(Vocab(), words=["probe", "span"])
    span = Span(doc, 1, 2)
    span._.match_type = "probe"
    return doc.user_data == {("._.", "match_type", 6, 10): "probe"}


_USER_DATA_KEYS = _probe_user_data_keys()


def span_match(span: Span) -> tuple[str | None, float | None]:
    """``(span._.match_type, span._.confidence)`` of a skill span, without building ``span._`` twice."""
    if _USER_DATA_KEYS:
        user_data, start, end = span.doc.user_data, span.start_char, span.end_char
        return user_data.get(("._.", "match_type", start, end)), user_data.get(("._.", "confidence", start, end))
    extensions = span._
    return extensions.match_type, extensions.confidence


#: An acronym of three or more capitals ("VPC", "ETL", "RFP"), whose plural adds a lowercase "s".
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*[A-Z]")
#: Appended to a skill's id in :attr:`SkillMatcher.phrase` for the plurals of its acronyms.
_PLURAL_KEY = "\x1fplural"


def acronym_plurals(forms: Iterable[str]) -> set[str]:
    """The plurals of the acronyms among ``forms``: "VPC" gives "VPCs" (postings and resumes write
    "managed VPCs", "built ETLs", "answered RFPs"). :func:`number_variants` leaves acronyms alone
    ("ATS" is no plural of "AT"); these count only as written, capitals and a lowercase "s", since
    lowercased some are words ("CATs", "ARMs")."""
    return {form + "s" for form in forms if len(form) >= 3 and _ACRONYM.fullmatch(form)}


def number_variants(form: str) -> set[str]:
    """The form with its last word made singular and plural: "data pipeline" <-> "data pipelines"."""
    head, _, last = form.rpartition(" ")
    prefix = head + " " if head else ""
    lower = last.lower()
    variants = {form}
    # Acronyms and short words keep their one form: "ATS" is not the plural of "AT".
    if len(lower) < 4 or not lower.isalpha() or (last.isupper() and len(last) > 1) or \
            any(c.isupper() for c in last[1:]):
        return variants
    if lower.endswith("ies") and len(lower) > 4:
        variants.add(prefix + last[:-3] + "y")
    elif lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ys")):
        variants.add(prefix + last[:-1])
    elif lower.endswith("y") and lower[-2:-1] not in "aeiou":
        variants.add(prefix + last[:-1] + "ies")
    elif lower.endswith(("s", "x", "ch", "sh")):
        variants.add(prefix + last + "es")
    else:
        variants.add(prefix + last + "s")
    return variants


#: What a squashed form leaves out: spaces, tabs, line breaks, hyphens, underscores and dots (``re.sub`` is faster than
#: ``str.translate`` with a table that deletes, and removes the same characters).
_SQUASH = re.compile(r"[ \-_.\t\n]")

#: Bullets and dingbats resumes glue to the next word ("•Tableau", "➢Python").
_BULLETS = "•·▪●◦■►➢✓✔❖◆☞\x95"
#: Separators real layouts glue between names: "AWS(EMR,EC2,S3)", "Hive(HQL)", "Java|SQL;Excel",
#: "C#/.NET". A comma splits unless it sits between two digits ("1,000").
LAYOUT_INFIXES = (
    rf"[()\[\]{{}}|;{_BULLETS}]",
    r"(?<!\d),|,(?!\d)",
    r"(?<=[\w#+])/(?=[\w.#])",
)
LAYOUT_PREFIXES = (rf"[{_BULLETS}]",)
#: A slash left at a name's end by a broken pair ("GraphQL/ REST", "Continuous Integration/ Delivery").
LAYOUT_SUFFIXES = (r"(?<=[\w#+])/",)


def adapt_tokenizer(nlp: Language) -> None:
    """Teach ``nlp``'s tokenizer the glued lists of real layouts (:data:`LAYOUT_INFIXES`).

    Taxonomy forms go through the same tokenizer, so "CI/CD" or "C/C++" still match as
    they did: the pattern and the text split alike.
    """
    infixes = list(nlp.Defaults.infixes or ()) + list(LAYOUT_INFIXES)
    prefixes = list(nlp.Defaults.prefixes or ()) + list(LAYOUT_PREFIXES)
    suffixes = list(nlp.Defaults.suffixes or ()) + list(LAYOUT_SUFFIXES)
    # The same searches, trying only the alternatives a chunk's characters allow (see matcher.affixes).
    nlp.tokenizer.infix_finditer = InfixFinditer(compile_infix_regex(infixes))
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = SuffixSearch(compile_suffix_regex(suffixes))
    url_match = nlp.tokenizer.url_match  # a pattern's match, tried only on words that may hold a URL
    if getattr(url_match, "__name__", None) == "match" and isinstance(getattr(url_match, "__self__", None), re.Pattern):
        nlp.tokenizer.url_match = GuardedMatch(url_match.__self__)
    # One token whatever follows it: "C#," and "C#/.NET" both give "C#".
    for name in ("C#", "c#", "F#", "f#"):
        nlp.tokenizer.add_special_case(name, [{ORTH: name}])


class ChunkCachingTokenizer(Tokenizer):
    """spaCy's rule-based tokenizer, with every chunk of a document cached, not only those before its
    first special case.

    spaCy caches how it splits each run of non-space characters ("(Python/SQL),"), but once a chunk of
    a document is a special case ("Inc.", "e.g.", "C#") it caches none of that document's later chunks
    (the flag is kept per document, not per chunk): most chunks of a real posting were split again on
    every call. Here the chunks of a text not seen before are first tokenized, which caches them, then
    the text, whose chunks then come from the cache. A chunk splits the same wherever it stands, so the
    tokens are the same. The new chunks that cannot hold a special case (:func:`_may_be_special`) are
    tokenized together in one call (a Doc per chunk cost more than the tokenizing), the others alone.
    """

    def __call__(self, string: str) -> Doc:
        seen = self.__dict__.setdefault("seen_chunks", set())
        chunks = string.split()
        if len(chunks) > 1 and len(seen) < self.max_cache_size:  # a full cache takes no more chunks
            # The chunks not seen, once each, in order (only those are deduplicated: few in a new document).
            new = list(dict.fromkeys(itertools.filterfalse(seen.__contains__, chunks)))
            rules = self.rules
            plain = []
            for chunk in new:
                if _may_be_special(chunk, rules):
                    super().__call__(chunk)
                else:
                    plain.append(chunk)
            if plain:
                super().__call__(" ".join(plain))
            seen.update(new)
        doc = super().__call__(string)
        self.__dict__["last_text"] = (doc, string)  # the text of the doc just made (see _Tokens)
        return doc

    def _flush_cache(self) -> None:
        """Empty the cache (spaCy does when its rules change), and forget which chunks it held."""
        self.__dict__.pop("seen_chunks", None)
        super()._flush_cache()


_SPECIAL_SUFFIXES = ("'s", "'S", "\u2019s", "\u2019S")


def _may_be_special(chunk: str, rules: dict) -> bool:
    """Whether spaCy may find a special case in ``chunk`` and so stop caching the chunks after it: the
    chunk itself, or what is left once leading and trailing punctuation (or a possessive "'s") is split
    off, is one of ``rules``. A wrong answer costs speed only (a chunk left uncached), never tokens."""
    if chunk in rules:
        return True
    if chunk.isalnum():
        return False
    if chunk[0].isalnum() and chunk[-1].isalnum() and not chunk.endswith(_SPECIAL_SUFFIXES):
        # Nothing to split off at either end ("US-FL-Tampa", "2019-10-03"): the chunk alone was the
        # one candidate, looked up above (most new chunks with punctuation inside end here).
        return False
    if chunk[0].isalnum() and len(chunk) > 3 and chunk[-2].isalnum():
        # One mark after a word ("retention,", "skills."), the commonest other case: the word, the mark
        # and the word less a possessive are the candidates the search below would look up.
        word = chunk[:-1]
        return word in rules or chunk[-1] in rules or (word.endswith(_SPECIAL_SUFFIXES) and chunk[:-3] in rules)
    n = len(chunk)
    lead = 0
    while lead < n and not chunk[lead].isalnum():
        lead += 1
    trail = n
    while trail > lead and not chunk[trail - 1].isalnum():
        trail -= 1
    ends = list(range(trail, n + 1))
    if chunk[lead:trail].endswith(_SPECIAL_SUFFIXES):
        ends.append(trail - 2)
    # The punctuation split off too ("members'" ends in a special "'"), read as spaCy's explain() does.
    return (any(chunk[i:j] in rules for i in range(lead + 1) for j in ends if j > i)
            or any(chunk[i:j] in rules for i in range(lead) for j in range(i + 1, lead + 1))
            or any(chunk[i:j] in rules for i in range(trail, n) for j in range(i + 1, n + 1)))


@spacy.registry.tokenizers("matcher.layout_tokenizer.v1")
def create_layout_tokenizer():
    """spaCy's rule-based tokenizer with :data:`LAYOUT_INFIXES` (registered for configs), as a
    :class:`ChunkCachingTokenizer`."""
    base = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def create(nlp: Language):
        _, settings, *_ = base(nlp).__reduce__()  # spaCy's own tokenizer's settings, for our class
        nlp.tokenizer = ChunkCachingTokenizer(*settings)
        adapt_tokenizer(nlp)
        return nlp.tokenizer

    return create


class _Candidate:
    """A skill span before it becomes a spaCy :class:`~spacy.tokens.Span`: token and character offsets
    and the skill id, the attributes :func:`~spacy.util.filter_spans` and the checks below read. Most
    candidates are filtered out or only compared, and a Span with its extension attributes costs ten
    times as much to make; only the spans a doc keeps are made (:meth:`_Tokens.span`)."""

    __slots__ = ("start", "end", "kb_id_", "start_char", "end_char", "rank")

    def __init__(self, start: int, end: int, kb_id: str, start_char: int, end_char: int):
        self.start = start
        self.end = end
        self.kb_id_ = kb_id
        self.start_char = start_char
        self.end_char = end_char
        self.rank = (end - start, -start)  # filter_spans' order: longest first, then leftmost


#: The columns :meth:`SkillMatcher.__call__` writes with ``Doc.from_array`` before ``Doc.set_ents``, and
#: the ENT_IOB value of a token outside every entity ("O"; its ENT_TYPE is 0).
_OUTSIDE_ATTRS = [ENT_IOB, ENT_TYPE]
_IOB_OUTSIDE = 2
_BY_RANK = operator.attrgetter("rank")
_BY_START = operator.attrgetter("start")
_BY_END = operator.attrgetter("end")


#: What may open a list item's line before its name: a bullet, a dash or an asterisk.
_ITEM_MARKS = frozenset(_BULLETS) | {"-", "*", "o", "–", "—"}


def _line_of(texts: list[str], start: int, end: int) -> tuple[int, int] | None:
    """For a span that is all its line holds but an item mark before it and a comma or semicolon after
    it: the line's first and last token (``None`` otherwise)."""
    first = start
    if first > 0 and texts[first - 1] in _ITEM_MARKS:
        first -= 1
    if first > 0 and "\n" not in texts[first - 1]:
        return None
    last = end
    if last < len(texts) and texts[last] in (",", ";"):
        last += 1
    if last < len(texts) and "\n" not in texts[last]:
        return None
    return first, last - 1


def _line_around(texts: list[str], i: int) -> tuple[int, int] | None:
    """The first and last token of the line holding token ``i`` (``None`` past the document's ends):
    the line before a line starting at ``first`` is ``_line_around(texts, first - 2)``, the one after a
    line ending at ``last`` is ``_line_around(texts, last + 2)`` (the token between is the line break)."""
    if not 0 <= i < len(texts):
        return None
    first = last = i
    while first > 0 and "\n" not in texts[first - 1]:
        first -= 1
    while last + 1 < len(texts) and "\n" not in texts[last + 1]:
        last += 1
    return first, last


def _filter_candidates(spans: list[_Candidate]) -> list[_Candidate]:
    """:func:`spacy.util.filter_spans` for candidates, step for step (the first longest span wins, the
    rest in text order), with each one's sort key made once, not by a function call per sort.

    Most calls add spans to others that do not overlap them (typos, squashed forms, guarded names
    next to the phrase matches already filtered): when, in text order, each candidate ends where or
    before the next starts, no two share a token, so every one is kept and the answer is that text
    order (the starts differ: a candidate holds one token or more). Checked in C; any overlap takes
    the steps of ``filter_spans``."""
    ordered = sorted(spans, key=_BY_START)
    if all(map(operator.le, map(_BY_END, ordered), map(_BY_START, itertools.islice(ordered, 1, None)))):
        return ordered
    result = []
    seen: set[int] = set()
    for span in sorted(spans, key=_BY_RANK, reverse=True):
        # end - 1: boundaries are inclusive
        if span.start not in seen and span.end - 1 not in seen:
            result.append(span)
            seen.update(range(span.start, span.end))
    return sorted(result, key=_BY_START)


_SPACES = ("", " ")


def _strings(hashes: list[int], cache: dict[int, str], store) -> list[str]:
    """The strings of ``hashes``, from ``cache`` or else the vocabulary's ``store`` (and then cached).

    One pass over the hashes in C (``cache.get``); a first-seen document's new words leave ``None``
    in it and only those are looked up in the store, in place: no second pass over the whole
    document, no set of its hashes. ``all`` finds a gap faster than ``None in``: a vocabulary string
    is a token's text, never empty, so only a gap is false (an empty string would only be looked up
    again, to the same string)."""
    strings = list(map(cache.get, hashes))
    if not all(strings):
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        for i in itertools.compress(range(len(strings)), map(operator.not_, strings)):
            strings[i] = cache[hashes[i]] = store[hashes[i]]
    return strings


#: spaCy's LOWER getter (``string.lower()``). A vocabulary that computes a new word's LOWER with it has
#: no other: the getter is set when the language is made, before any word, and
#: :func:`trim_lexeme_attributes` keeps it.
_STR_LOWER = lex_attrs.lower


class _Tokens:
    """One document's tokens as plain lists (creating a Token object per token costs more than the
    matching), its text, and the ``match_type`` / ``confidence`` given to each candidate's character
    range. Spans keep extension values in ``doc.user_data`` by character range, so a later candidate
    over the same range sets them for both, as a Span would: the last value given wins."""

    def __init__(self, doc: Doc, strings: dict[int, str], text: str | None = None):
        """``strings`` caches the vocabulary's strings by hash (a lookup there is cheaper); ``text``
        is ``doc.text`` when the caller has it (the tokenizer's input: spaCy's tokens keep every
        character)."""
        self.doc = doc
        if not len(doc):
            self.idx, self.texts, self.lowers = [], [], []
        elif doc.vocab.lex_attr_getters.get(LOWER) is _STR_LOWER:
            # Every word's LOWER is its text lowercased (see _STR_LOWER): str.lower costs less than
            # looking up a second string per token, most of all for a new document's new words.
            orths, self.idx = doc.to_array([ORTH, IDX]).T.tolist()
            self.texts = _strings(orths, strings, doc.vocab.strings)
            self.lowers = list(map(str.lower, self.texts))
        else:
            orths, lowers, self.idx = doc.to_array([ORTH, LOWER, IDX]).T.tolist()
            self.texts = _strings(orths, strings, doc.vocab.strings)
            self.lowers = _strings(lowers, strings, doc.vocab.strings)
        if text is None or not len(doc) or len(text) != self.end_char(len(doc)) + len(doc[-1].whitespace_):
            spaces = doc.to_array(SPACY).tolist() if len(doc) else []
            # doc.text (each token's text and its space), without creating a Token object per token.
            text = "".join(map(operator.add, self.texts, map(_SPACES.__getitem__, spaces)))
        self.text = text
        self.attrs: dict[tuple[int, int], tuple[str, float]] = {}
        self._spans: dict[int, Span] = {}
        # SKILL_LABEL's hash, added once: a Span given the string adds it to the vocabulary each time.
        self._label = doc.vocab.strings.add(SKILL_LABEL)

    def end_char(self, end: int) -> int:
        """The character offset where the token before ``end`` ends."""
        return self.idx[end - 1] + len(self.texts[end - 1])

    def candidate(self, start: int, end: int, skill_id: str) -> _Candidate:
        return _Candidate(start, end, skill_id, self.idx[start], self.end_char(end))

    def span(self, item: _Candidate | Span) -> Span:
        """The spaCy Span of a candidate, with its attributes (one per candidate); a Span as it is."""
        if not isinstance(item, _Candidate):
            return item
        span = self._spans.get(id(item))
        if span is None:
            span = self._spans[id(item)] = Span(self.doc, item.start, item.end, label=self._label, kb_id=item.kb_id_)
            match_type, confidence = self.attrs[(item.start_char, item.end_char)]
            if _USER_DATA_KEYS:
                user_data = self.doc.user_data
                user_data[("._.", "match_type", item.start_char, item.end_char)] = match_type
                user_data[("._.", "confidence", item.start_char, item.end_char)] = confidence
            else:
                extensions = span._
                extensions.match_type = match_type
                extensions.confidence = confidence
        return span


@dataclass(frozen=True)
class FuzzyHit:
    skill_id: str
    score: float


@Language.factory(
    "skill_matcher",
    default_config={"fuzzy": True, "fuzzy_threshold": 88.0, "context_window": 12, "taxonomy_paths": []},
)
def make_skill_matcher(
    nlp: Language, name: str, fuzzy: bool, fuzzy_threshold: float, context_window: int, taxonomy_paths: list[str]
) -> SkillMatcher:
    """Create the matcher; it loads ``taxonomy_paths`` (merged over the default) on first use
    unless :meth:`SkillMatcher.set_taxonomy` is called first."""
    return SkillMatcher(nlp, name, fuzzy=fuzzy, fuzzy_threshold=fuzzy_threshold,
                        context_window=context_window, taxonomy_paths=list(taxonomy_paths))


class SkillMatcher:
    """The ``skill_matcher`` pipeline component (see module docstring).

    Parameters
    ----------
    fuzzy:
        Whether steps 3 and 4 run (default ``True``).
    fuzzy_threshold:
        Minimum RapidFuzz ``ratio`` (0-100) for a typo match (default 88).
    context_window:
        How many tokens either side of a guarded form are searched for its
        context words (default 12; never past the end of the line).
    taxonomy_paths:
        Taxonomy files merged over the default one.
    """

    def __init__(self, nlp: Language, name: str = "skill_matcher", *, fuzzy: bool = True,
                 fuzzy_threshold: float = 88.0, context_window: int = 12, taxonomy_paths: Iterable[str] = ()):
        self.nlp = nlp
        self.name = name
        self.fuzzy = fuzzy
        self.fuzzy_threshold = fuzzy_threshold
        self.context_window = context_window
        self.taxonomy_paths = list(taxonomy_paths)
        self.taxonomy: Taxonomy | None = None
        # Explicitly built caches, keyed by token text: job postings repeat their words, so each
        # distinct token is squashed, classified and typo-checked once (cleared past _CACHE_SIZE).
        self._fuzzy_cache: dict[str, FuzzyHit | None] = {}
        self._token_cache: dict[str, tuple[str, bool, bool, bool, bool]] = {}
        self._typo_cache: dict[str, FuzzyHit | None] = {}
        self._bucket_cache: dict[tuple[str, int], tuple[list[str], list[str]]] = {}
        self._string_cache: dict[int, str] = {}  # the vocabulary's strings by hash
        self._fold_cache: dict[str, str] = {}  # fold_form of matched texts
        self._no_skill_cache: dict[tuple[str, str, int, int], bool] = {}  # see _names_no_skill

    # ---- building -----------------------------------------------------
    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        """Compile the matchers for ``taxonomy``."""
        self.taxonomy = taxonomy
        vocab = self.nlp.vocab
        self.phrase = PhraseMatcher(vocab, attr="LOWER")
        self.guarded = PhraseMatcher(vocab, attr="ORTH")
        self.form_kind: dict[tuple[str, str], str] = {}
        self.squashed: dict[str, list[str]] = {}
        self.employer_sense_ids = _employer_sense_ids(taxonomy)
        self.known_tokens: set[str] = set()
        self.fuzzy_buckets: dict[str, list[tuple[str, str]]] = {}
        unguarded: dict[str, list[str]] = {}
        guarded: dict[str, list[str]] = {}
        stop_words = self.nlp.Defaults.stop_words
        for skill in taxonomy:
            name_key = fold_form(skill.name)
            for form in skill.surface_forms:
                is_guarded = form in skill.guarded
                key = fold_form(form)
                self.form_kind[(skill.id, key)] = "exact" if key == name_key else "alias"
                if is_guarded:
                    guarded.setdefault(skill.id, []).append(form)
                    continue
                unguarded.setdefault(skill.id, []).append(form)
                if len(key) >= 4:
                    ids = self.squashed.setdefault(key, [])
                    if skill.id not in ids:
                        ids.append(skill.id)
                words = form.lower().split()
                self.known_tokens.update(words)
                # Typo matching only against the curated taxonomy: imported lists (ESCO, O*NET) hold
                # thousands of product and place names that typos would land on ("Pinecrest").
                if (len(words) == 1 and len(key) >= 5 and skill.category not in _FUZZY_EXCLUDED_CATEGORIES
                        and form.lower() not in stop_words and not skill.id.startswith(IMPORTED_PREFIXES)):
                    self.fuzzy_buckets.setdefault(key[0], []).append((key, skill.id))
        # Every prefix of a squashed form: a run of tokens whose squashed text is not one can stop.
        self.squashed_prefixes = {key[:end] for key in self.squashed for end in range(1, len(key) + 1)}
        tokenizer = self.nlp.tokenizer
        claimed = {form.lower() for forms in unguarded.values() for form in forms}
        self.multiword: dict[tuple[str, ...], str] = {}
        self.multiword_prefixes: set[tuple[str, ...]] = set()  # their first words, one, two, ... all
        # Words a multi-word form has before its last word / after its first: a line break
        # between two words can only split a form if the first is one and the second the other.
        self.line_ends: set[str] = set()
        self.line_starts: set[str] = set()
        for skill_id, forms in unguarded.items():
            variants = {v.lower() for form in forms for v in number_variants(form)}
            # A variant never steals another skill's own form ("Pandas" is not a plural of "Panda").
            variants = {v for v in variants if v not in claimed or v in {f.lower() for f in forms}}
            patterns = list(tokenizer.pipe(sorted(variants)))
            self.phrase.add(skill_id, patterns)
            # The plural of a certification's acronym names its holders ("CPAs"), not the skill.
            plurals = {p for p in acronym_plurals(forms) if p.lower() not in claimed and p.lower() not in variants}
            if plurals and taxonomy[skill_id].type != "certification":
                self.phrase.add(skill_id + _PLURAL_KEY, list(tokenizer.pipe(sorted(plurals))))
            for pattern in patterns:
                if 2 <= len(pattern) <= 6:
                    words = tuple(t.lower_ for t in pattern)
                    self.multiword.setdefault(words, skill_id)
                    self.multiword_prefixes.update(words[:end] for end in range(1, len(words) + 1))
                    self.line_ends.update(words[:-1])
                    self.line_starts.update(words[1:])
        self.guarded_lower = PhraseMatcher(vocab, attr="LOWER")
        for skill_id, forms in guarded.items():
            # "in R." tokenizes as one token "R.": single letters also match with their period.
            with_period = [f + "." for f in forms if len(f) == 1]
            self.guarded.add(skill_id, list(tokenizer.pipe(forms + with_period)))
            # Written lower-case ("spring java cloud", a list of tags), a name counts only in a
            # line made mostly of skills.
            lowered = sorted({f.lower() for f in forms if len(f) >= 2 and f.lower() != f})
            if lowered:
                self.guarded_lower.add(skill_id, list(tokenizer.pipe(lowered)))
        # The tokenizer caches at most max_cache_size (10,000) chunks and the forms above filled its
        # cache, so no document's words would be cached: tokenizing ran at half speed. Setting its
        # rules (the same ones) empties the cache.
        tokenizer.rules = tokenizer.rules
        for cache in (self._fuzzy_cache, self._token_cache, self._typo_cache, self._bucket_cache, self._string_cache,
                      self._fold_cache, self._no_skill_cache):
            cache.clear()

    def _ensure_taxonomy(self) -> Taxonomy:
        if self.taxonomy is None:
            from taxonomy.importers import load_merged

            self.set_taxonomy(load_merged(self.taxonomy_paths))
        assert self.taxonomy is not None
        return self.taxonomy

    # ---- matching -----------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        taxonomy = self._ensure_taxonomy()
        strings = self.nlp.vocab.strings
        last = getattr(self.nlp.tokenizer, "__dict__", {}).get("last_text")
        tokens = _Tokens(doc, self._string_cache, last[1] if last is not None and last[0] is doc else None)
        texts, lowers, text = tokens.texts, tokens.lowers, tokens.text
        spans: list[_Candidate] = []
        per_span: dict[tuple[int, int], list[str]] = {}
        for skill_id, start, end in self._phrase_matches(doc, texts):
            per_span.setdefault((start, end), []).append(skill_id)
        for (start, end), owners in per_span.items():
            skill_id = self._pick(lowers, texts, start, end, owners) if len(owners) > 1 else owners[0]
            spans.append(self._span(tokens, start, end, skill_id, None, 1.0))
        spans += self._line_broken_spans(tokens, texts, lowers)
        accepted = _filter_candidates(spans)
        # "Corporate income tax compliance" is corporate tax *and* tax compliance: a form that
        # overlaps a longer one without sitting inside it is kept too (in the span group only).
        crossing = _crossing(spans, accepted)
        covered = {i for span in accepted for i in range(span.start, span.end)}

        guarded_spans: list[_Candidate] = []
        doubtful: list[tuple[int, int, str]] = []
        starts_by_end = {s.end: s.start for s in accepted}  # accepted spans do not overlap: one per end
        starts = set(starts_by_end.values())
        for match_id, start, end in self.guarded(doc):
            if any(i in covered for i in range(start, end)):
                continue
            skill_id = strings[match_id]
            confidence = self._guard_confidence(lowers, texts, start, end, taxonomy[skill_id].context,
                                                starts, starts_by_end)
            if confidence:
                guarded_spans.append(self._span(tokens, start, end, skill_id, None, confidence))
            else:
                doubtful.append((start, end, skill_id))
        # One sense per document: once "Swift" is confirmed as the language somewhere, a bare
        # "Strong Swift skills" elsewhere in the same document means it too.
        confirmed = {span.kb_id_ for span in accepted} | {span.kb_id_ for span in guarded_spans}
        still_doubtful = []
        for start, end, skill_id in doubtful:
            if skill_id in confirmed:
                guarded_spans.append(self._span(tokens, start, end, skill_id, None, 0.85))
            else:
                still_doubtful.append((start, end, skill_id))
        if still_doubtful:
            guarded_spans += self._column_items(tokens, texts, still_doubtful, accepted + guarded_spans)
        accepted = _filter_candidates(accepted + guarded_spans)
        covered = {i for span in accepted for i in range(span.start, span.end)}
        # The lower-case guarded names, looked for once: the tag steps below read them once or twice.
        lower_names = self.guarded_lower(doc)
        tags = self._tag_list_spans(tokens, texts, lower_names, covered, {s.start for s in guarded_spans})
        if tags:
            accepted = _filter_candidates(accepted + tags)
            covered = {i for span in accepted for i in range(span.start, span.end)}

        if self.fuzzy:
            # Squashed multi-token spans compete with shorter exact ones ("scikit learn" beats
            # "scikit"); on equal length the exact span, listed first, wins.
            info = self._token_infos(texts, lowers)
            squashed = self._squashed_spans(tokens, info, {(span.start, span.end) for span in accepted})
            accepted = _filter_candidates(accepted + squashed)
            covered = {i for span in accepted for i in range(span.start, span.end)}
            if squashed:
                # A tag written with hyphens ("java spring spring-mvc", "python amazon-web-services
                # bash") is found only now: the lower-case names next to it are tags too.
                tags = self._tag_list_spans(tokens, texts, lower_names, covered, {s.start for s in guarded_spans},
                                            lower_only=True)
                if tags:
                    accepted = _filter_candidates(accepted + tags)
                    covered = {i for span in accepted for i in range(span.start, span.end)}
            accepted = _filter_candidates(accepted + self._typo_spans(tokens, texts, info, covered))

        accepted = [span for span in accepted if not self._names_no_skill(text, span)]
        crossing = [span for span in crossing if not self._names_no_skill(text, span)]
        stretches = _boilerplate_stretches(text) + _title_stretches(text)
        if stretches:
            accepted = [span for span in accepted if not _inside_any(span, stretches)]
            crossing = [span for span in crossing if not _inside_any(span, stretches)]
        if any(span.kb_id_ in _OTHER_SENSES for span in accepted + crossing):
            accepted = [span for span in accepted if not _other_sense(tokens, text, span)]
            crossing = [span for span in crossing if not _other_sense(tokens, text, span)]
        skill_spans = sorted(accepted, key=lambda s: s.start)
        if crossing:
            inside = {(s.start, s.end) for c in crossing for s in skill_spans
                      if c.start <= s.start and s.end <= c.end}
            grouped = [s for s in skill_spans if (s.start, s.end) not in inside] + crossing
            doc.spans[SKILL_GROUP] = [tokens.span(s) for s in sorted(grouped, key=lambda s: (s.start, s.end))]
            skill_spans = sorted(_filter_candidates(grouped), key=lambda s: s.start)
        else:
            # The skills also go in a span group of their own: doc.ents may hold a trained
            # pipeline's ORG and DATE entities too.
            doc.spans[SKILL_GROUP] = [tokens.span(s) for s in skill_spans]
        if doc.ents:
            occupied = {i for span in skill_spans for i in range(span.start, span.end)}
            others = [e for e in doc.ents if not any(i in occupied for i in range(e.start, e.end))]
            skill_spans = sorted(filter_spans(skill_spans + others), key=lambda s: s.start)
        # What ``doc.ents =`` does, less a copy of each span. set_ents marks each token outside the
        # entities "O" (ENT_IOB 2, no ENT_TYPE) in a loop that compares its mode once per token, a tenth
        # of a millisecond a posting: here every token is marked so in C first (Doc.from_array), and
        # set_ents, told to leave the others unmodified, then writes the entities over their tokens as
        # before: the same annotation on every token.
        ents = [tokens.span(s) for s in skill_spans]
        if len(doc):
            outside = numpy.zeros((len(doc), 2), dtype=numpy.uint64)
            outside[:, 0] = _IOB_OUTSIDE
            doc.from_array(_OUTSIDE_ATTRS, outside)
        doc.set_ents(ents, default=SetEntsDefault.unmodified)
        return doc

    def _phrase_matches(self, doc: Doc, texts: list[str]) -> Iterator[tuple[str, int, int]]:
        """The unguarded forms :attr:`phrase` finds in ``doc`` (``texts``: its tokens' texts), as ``(skill
        id, start, end)``; an acronym's plural only as written ("VPCs", not "vpcs": see
        :func:`acronym_plurals`)."""
        strings = self.nlp.vocab.strings
        for match_id, start, end in self.phrase(doc):
            key = strings[match_id]
            if key.endswith(_PLURAL_KEY):
                if not texts[end - 1][:-1].isupper() or texts[end - 1][-1] != "s":
                    continue
                key = key[:-len(_PLURAL_KEY)]
            yield key, start, end

    def _names_no_skill(self, text: str, span: _Candidate) -> bool:
        """:meth:`_names_no_skill_here`, remembered by the skill and the text around it (at most
        :data:`NO_SKILL_REACH` characters either side, all that the checks read): a document profiled
        again, or postings that share their sentences, ask again about the same names in the same words."""
        low = max(0, span.start_char - NO_SKILL_REACH)
        window = text[low:span.end_char + NO_SKILL_REACH]
        key = (span.kb_id_, window, span.start_char - low, span.end_char - low)
        answer = self._no_skill_cache.get(key)
        if answer is None:
            shifted = _Candidate(span.start, span.end, span.kb_id_, key[2], key[3])
            answer = self._names_no_skill_here(window, shifted)
            _remember(self._no_skill_cache, key, answer)
        return answer

    def _names_no_skill_here(self, text: str, span: _Candidate) -> bool:
        """Whether ``span`` is part of an organisational unit's name ("our DevOps team", "Department of
        Operations Management", "Department of Physics Chemistry and Pharmacy", "Job Area: Sales & Marketing"),
        of a group of people ("our IT professionals"), of a job title someone is hired into or works next to (see
        :func:`_names_a_role`), of the documents an application holds (:func:`_in_application_documents`), of a
        long sentence presenting the employer
        (:func:`_in_employer_sentence`) or a language of use
        (:func:`_names_a_language_of_use`): there the name
        says what a unit, a role or a document is, not a skill asked for or shown. Certifications ("AWS
        Certified Developer") keep their sense; a quality (unless said of the colleagues, the workplace or a
        joint project: :func:`_qualifies_a_place`, or one of the fields a unit's name lists in capitals: "the
        Ministry of Science Technology and Innovation", "the Innovation and Strategy teams"), an industry or a business function
        (:data:`_EMPLOYER_SENSE_CATEGORIES`) keeps it unless the clause says it of the employer
        (:func:`_describes_employer`: "we are a collaborative team", "a leader in financial services").
        A quality, a business field or a domain (:data:`_EMPLOYER_FIELD_CATEGORIES`) in a sentence whose
        subject is the employer (:func:`_employer_is_subject`: "<ORGANIZATION> products are used in the mining
        industry") says what the employer does, and one in what the employer offers (:func:`_offered_by_employer`)
        what the job gives; so does a quality of the team joined (:func:`_qualifies_a_joined_place`). Any other
        name in the job title of a person named next to it (:func:`_titles_a_person`: "Security Director <NAME>")
        is the title."""
        assert self.taxonomy is not None
        skill = self.taxonomy[span.kb_id_]
        if skill.category in SOFT_CATEGORIES:
            return (_describes_employer(text, span.start_char, span.end_char)
                    or _qualifies_a_place(text, span.start_char, span.end_char)
                    or _unit_named_before(text, span.start_char)
                    or _UNIT_LIST_AFTER.match(text, span.end_char, min(len(text), span.end_char + 80)) is not None
                    or _offered_by_employer(text, span.start_char)
                    or _employer_is_subject(text, span.start_char, span.end_char)
                    or _qualifies_a_joined_place(text, span.start_char, span.end_char)
                    or _REPUTATION_BEFORE.search(text, max(0, span.start_char - 100), span.start_char) is not None
                    or _in_headcount_sentence(text, span.start_char, span.end_char))
        if skill.type == "certification":
            return False
        # A person's name is written as a placeholder ("<NAME>"): most texts hold none.
        if "<" in text and _titles_a_person(text, span.start_char, span.end_char):
            return True
        if _in_application_documents(text, span.start_char):
            return True
        if skill.category == "languages" and _names_a_language_of_use(text, span.start_char, span.end_char):
            return True
        if ((_UNIT_AFTER.match(text, span.end_char, min(len(text), span.end_char + 80)) is not None
             # a team that develops shows the skill ("led a Java development team"), unless it is the team
             # the person hired works with ("in close collaboration with our software development team")
             and (_DEVELOPING_ENDING.search(text[span.start_char:span.end_char]) is None
                  or _WORKS_WITH_BEFORE.search(text, max(0, span.start_char - 80), span.start_char) is not None))
                or _UNIT_LIST_AFTER.match(text, span.end_char, min(len(text), span.end_char + 80)) is not None
                or _PEOPLE_AFTER.match(text, span.end_char, min(len(text), span.end_char + 20)) is not None
                or _unit_before(text, span.start_char)
                or _unit_named_before(text, span.start_char)
                or _qualifies_a_joined_place(text, span.start_char, span.end_char, _JOINING_BEFORE)
                or _names_a_role(text, span.start_char, span.end_char, skill.category != "management")):
            return True
        clause = None  # the clause around the name, found once for both employer checks
        if span.kb_id_ in self.employer_sense_ids:
            clause = _clause_of(text, span.start_char, span.end_char)
            if _describes_employer(text, span.start_char, span.end_char, markets=True, clause=clause):
                return True
        return (_presents_employer(text, span.start_char, span.end_char, clause)
                or _in_employer_sentence(text, span.start_char, span.end_char)
                or (skill.category in _EMPLOYER_FIELD_CATEGORIES
                    and (_employer_is_subject(text, span.start_char, span.end_char)
                         or _offered_by_employer(text, span.start_char)
                         or _in_headcount_sentence(text, span.start_char, span.end_char))))

    def _span(self, tokens: _Tokens, start: int, end: int, skill_id: str, match_type: str | None,
              confidence: float) -> _Candidate:
        span = tokens.candidate(start, end, skill_id)
        if match_type is None:
            form = tokens.text[span.start_char:span.end_char]
            key = self._fold_cache.get(form)
            if key is None:
                key = fold_form(form)
                _remember(self._fold_cache, form, key)
            match_type = self.form_kind.get((skill_id, key), "alias")
        tokens.attrs[(span.start_char, span.end_char)] = (match_type, round(confidence, 3))
        return span

    def _tag_list_spans(self, tokens: _Tokens, texts: list[str], lower_names: list[tuple[int, int, int]],
                        covered: set[int], taken: set[int], lower_only: bool = False) -> list[_Candidate]:
        """Lower-case guarded names in a line that is mostly skills ("spring java cloud") or in a run of
        tags inside a longer line ("Technologies python elasticsearch go django": see :meth:`_in_tag_run`), or
        with two of the skill's context words on its line ("our frontend in pure react and Typescript").
        ``lower_names``: the matches of :attr:`guarded_lower` in the document; ``lower_only``: names written
        in lower case only (a capitalised "Box" in "White Box testing" is no tag)."""
        spans: list[_Candidate] = []
        for match_id, start, end in lower_names:
            if start in taken or any(i in covered for i in range(start, end)):
                continue
            if lower_only and not texts[start].islower():
                continue
            # An adjective before a word that asks for a skill is no tag: "Solid knowledge of Oracle".
            if end < len(texts) and texts[end].lower() in _SKILL_CUES:
                continue
            skill_id = self.nlp.vocab.strings[match_id]
            if self._capitalised_adjective(texts, start, end, skill_id):
                continue
            if self._in_tag_run(texts, covered, start, end) or (end - start > 1 or len(texts[start]) >= 3) and \
                    (self._in_skill_line(texts, covered, start, end) or self._context_words(texts, start, end, skill_id) >= 2):
                spans.append(self._span(tokens, start, end, skill_id, None, 0.75))
        return spans

    def _capitalised_adjective(self, texts: list[str], start: int, end: int, skill_id: str) -> bool:
        """Whether the guarded name at ``[start, end)`` is a word capitalised only because it opens its line or
        sentence, before a word in lower case: "Basic computer skills", "Solid communication skills" describe
        the skills after them; BASIC and SOLID are written in capitals (a tag in lower case, a guarded name as
        it is written: "Rest API", "Zookeeper, Maven" keep theirs)."""
        first = texts[start]
        if not first.istitle() or any(form.split()[0] == first for form in self.taxonomy[skill_id].guarded):
            return False
        if end >= len(texts) or not texts[end].isalpha() or not texts[end].islower():
            return False
        before = start - 1
        while before >= 0 and texts[before].isspace() and "\n" not in texts[before]:
            before -= 1
        return before < 0 or "\n" in texts[before] or texts[before] in {".", "!", "?", ":", ";", "•", "*", "-", "·"}

    def _in_skill_line(self, texts: list[str], covered: set[int], start: int, end: int) -> bool:
        """Whether the line around ``[start, end)`` has 2-12 words, at least 60% of them skills.

        The line's tokens are read from ``start`` outwards (left to the line's start, then right to
        its end) and only until a thirteenth word: a paragraph of a hundred words is no skill line."""
        has_alnum = _HAS_ALNUM.search
        words = skills = 0
        for i in _outwards_in_line(texts, start):
            if has_alnum(texts[i]):
                words += 1
                if words > 12:
                    return False
                if i in covered or start <= i < end:
                    skills += 1
        return words >= 2 and skills / words >= 0.6

    def _context_words(self, texts: list[str], start: int, end: int, skill_id: str) -> int:
        """How many different context words of ``skill_id`` stand within :attr:`context_window` tokens of
        ``[start, end)`` on its line."""
        assert self.taxonomy is not None
        words = set(self.taxonomy[skill_id].context)
        return len({texts[i].lower() for i in self._window(texts, start, end)} & words)

    @staticmethod
    def _in_tag_run(texts: list[str], covered: set[int], start: int, end: int) -> bool:
        """Whether ``[start, end)`` sits in a run of lower-case tags: a skill right before it and right after
        it, or (a name of three letters or more) a skill next to it and three of the six words around."""
        before, after = start - 1 in covered, end in covered
        if before and after:
            return True
        if len(texts[start]) < 3 or not (before or after):
            return False
        return sum(1 for i in (*range(start - 3, start), *range(end, end + 3)) if i in covered) >= 3

    def _line_broken_spans(self, tokens: _Tokens, texts: list[str], lowers: list[str]) -> list[_Candidate]:
        """Multi-word names broken over a line end, as narrow columns print them ("Power" /
        "BI", "Machine" / "Learning"): the words either side of one line break that together
        make a known form. A blank line between them breaks nothing."""
        spans: list[_Candidate] = []
        n = len(texts)
        j = 0
        while True:  # each single line break between two tokens (list.index finds the next one in C)
            try:
                j = texts.index("\n", j + 1, n - 1)
            except ValueError:
                break
            if lowers[j - 1] not in self.line_ends or lowers[j + 1] not in self.line_starts:
                continue
            best = None
            for a in range(j - 1, max(-1, j - 5), -1):
                if "\n" in texts[a]:
                    break
                if tuple(lowers[a:j]) not in self.multiword_prefixes:
                    continue  # no form starts with these words (one starting further left still may)
                for b in range(j + 2, min(n, j + 6) + 1):
                    if "\n" in texts[b - 1]:
                        break
                    words = tuple(lowers[a:j] + lowers[j + 1:b])
                    if words not in self.multiword_prefixes:
                        break  # nor with these: more words after them cannot make one either
                    skill_id = self.multiword.get(words)
                    if skill_id is not None and (best is None or b - a > best[1] - best[0]):
                        best = (a, b, skill_id)
            if best is not None:
                spans.append(self._span(tokens, best[0], best[1], best[2], None, 0.9))
        return spans

    def _window(self, texts: list[str], start: int, end: int) -> Iterable[int]:
        """Indices of the tokens around ``[start, end)`` on the same line, nearest first."""
        left = start - 1
        right = end
        steps = 0
        left_open = right_open = True
        n = len(texts)
        while steps < self.context_window and (left_open or right_open):
            if left_open:
                if left < 0 or "\n" in texts[left]:
                    left_open = False
                else:
                    yield left
                    left -= 1
            if right_open:
                if right >= n or "\n" in texts[right]:
                    right_open = False
                else:
                    yield right
                    right += 1
            steps += 1

    def _guard_confidence(self, lowers: list[str], texts: list[str], start: int, end: int,
                          context: tuple[str, ...], starts: set[int], starts_by_end: dict[int, int]) -> float:
        """0.9 with a context word nearby, 0.8 inside a list of skills (the accepted skills, given by
        their start tokens and, in ``starts_by_end``, each one's start by its end), else 0."""
        words = set(context)
        if any(lowers[i] in words for i in self._window(texts, start, end)):
            return 0.9
        ends = starts_by_end.keys()
        # Walk left and right over list separators to a neighbouring skill. A list may go on
        # over a line end after a comma ("AWS(EMR,EC2,S3),\nHive"), and a short parenthesis
        # after the name is part of its item ("Hive(HQL), Python").
        i = start - 1
        hops = 0
        while i >= 0 and hops < 3 and (lowers[i] in LIST_SEPARATORS or
                                       (texts[i] == "\n" and i > 0 and lowers[i - 1] in (",", ";", "|"))):
            i -= 1
            hops += 1
        if hops and i + 1 in ends:
            return 0.8
        j = end
        if j < len(lowers) and lowers[j] == "(":
            close = next((k for k in range(j + 1, min(j + 6, len(lowers))) if lowers[k] == ")"), None)
            j = close + 1 if close is not None else j
        hops = 0
        while j < len(lowers) and hops < 3 and (lowers[j] in LIST_SEPARATORS or
                                                (texts[j] == "\n" and lowers[j - 1] in (",", ";", "|"))):
            j += 1
            hops += 1
        if hops and j in starts:
            return 0.8
        # Names in a list without separators ("J2EE Spring ORM Kafka"): skills right on both sides.
        if start in ends and end in starts:
            return 0.8
        if self._after_skill_cue(lowers, start, starts_by_end) and lowers[end:end + 1] != ["-"]:
            return 0.8
        # A capitalised name in mid-sentence ("experience with React", "built on Spring") is the
        # product, not the word; two capitalised words in a row are more likely a person's name,
        # unless the next one is a skill itself ("knowledge of Spring Tomcat", "Swift Objective-C").
        word = texts[start]
        # An acronym's plural ("SPAs") is as ambiguous as the acronym: not a product's capitalised name.
        if end - start == 1 and len(word) >= 4 and word[0].isupper() and not word.rstrip("s").isupper() and start > 0:
            before = texts[start - 1]
            after = texts[end] if end < len(texts) else ""
            if (before.islower() or before in {",", "(", "/"}) and \
                    (not (after[:1].isupper() and after.isalpha()) or end in starts):
                return 0.75
        return 0.0

    def _column_items(self, tokens: _Tokens, texts: list[str], doubtful: list[tuple[int, int, str]],
                      found: list[_Candidate]) -> list[_Candidate]:
        """Guarded names alone on their line next to a line that is one skill alone: a list written one
        item per line ("Java" / "Spring" / "Kafka", bullets or not), as skills columns print it. An item
        taken counts as a neighbour for the next (a column of guarded names next to one known skill). A
        quality ("Quick learner") vouches only for a quality: "Diligent" under it is no software."""
        assert self.taxonomy is not None
        taxonomy = self.taxonomy
        lone: dict[tuple[int, int], bool] = {}  # a line that is one skill alone: whether that skill is a quality
        for span in found:
            line = _line_of(texts, span.start, span.end)
            if line is not None:
                lone[line] = lone.get(line, True) and taxonomy[span.kb_id_].category in SOFT_CATEGORIES
        taken: list[_Candidate] = []
        waiting = [(start, end, skill_id, _line_of(texts, start, end)) for start, end, skill_id in doubtful]
        waiting = [item for item in waiting if item[3] is not None]
        while waiting:
            left = []
            for start, end, skill_id, (first, last) in waiting:
                soft = taxonomy[skill_id].category in SOFT_CATEGORIES
                neighbours = [lone.get(line) for line in (_line_around(texts, first - 2), _line_around(texts, last + 2))]
                if any(quality is not None and (soft or not quality) for quality in neighbours):
                    taken.append(self._span(tokens, start, end, skill_id, None, 0.8))
                    lone[(first, last)] = soft
                else:
                    left.append((start, end, skill_id, (first, last)))
            if len(left) == len(waiting):
                break
            waiting = left
        return taken

    @staticmethod
    def _after_skill_cue(lowers: list[str], start: int, starts_by_end: dict[int, int]) -> bool:
        """Whether a phrase that asks for or states a skill comes right before ``start`` ("knowledge of
        SAP", "skills in React", "experience with Maven"), or before a skill listed just ahead of it
        ("experience working with Git Maven")."""
        at = starts_by_end.get(start, start)
        return at >= 2 and lowers[at - 1] in _CUE_LINKS and lowers[at - 2] in _SKILL_CUES

    def _pick(self, lowers: list[str], texts: list[str], start: int, end: int, ids: list[str]) -> str:
        """For a form shared by several skills, the one with most context words nearby."""
        assert self.taxonomy is not None
        window = {lowers[i] for i in self._window(texts, start, end)}
        return max(sorted(ids), key=lambda sid: len(window & set(self.taxonomy[sid].context)))

    def _token_infos(self, texts: list[str], lowers: list[str]) -> list[_TokenInfo]:
        """Each token's :meth:`_token_info`: a lookup for a token seen before, worked out (and remembered)
        for the others. Read once per document, by :meth:`_squashed_spans` and :meth:`_typo_spans` both:
        on first sight the cache's entries are far from the processor, and each lookup cost more than
        the rest of the work on the token."""
        cache = self._token_cache
        info = list(map(cache.get, texts))
        # Only the tokens not cached (a new document's new words), found in C. An info is a tuple of
        # eight, never false: ``all`` finds a gap (``None``) faster than ``None in`` would.
        if not all(info):
            for i in itertools.compress(range(len(texts)), map(operator.not_, info)):
                info[i] = cache.get(texts[i]) or self._token_info(texts[i], lowers[i])
        return info

    def _squashed_spans(self, tokens: _Tokens, info: list[_TokenInfo],
                        taken: set[tuple[int, int]]) -> list[_Candidate]:
        """Spans of 1-3 words whose text, without spaces, hyphens and dots, is a known form (``info``: the
        tokens' :meth:`_token_infos`)."""
        spans: list[_Candidate] = []
        n = len(info)
        forms, prefixes = self.squashed, self.squashed_prefixes
        for i in itertools.compress(range(n), map(_CAN_START, info)):
            key, _, _, _, _, _, single, _ = info[i]
            # One token spelled without the form's dots or hyphens ("reactjs" for "React.js"): its form's
            # first skill, looked up once per token text by _token_info.
            best = None if single is None else (i + 1, single)
            # Up to three words, with hyphens and dots between them ("time-series forecasting"). The
            # search below stops at the next token unless its text continues a known form: tried first.
            # A next token that ends a run (``join`` None: a line break, punctuation that keeps text once
            # squashed) stops the search at once, so it is not tried; one squashed to nothing (a hyphen,
            # a dot) leaves ``key``, a known form's prefix (the token can start one), so it goes on
            # without a lookup. The search itself is unchanged.
            join = info[i + 1][7] if i + 1 < n else None
            if join is not None and (not join or key + join in prefixes):
                words = 1
                for k in range(i + 1, min(i + 6, n)):
                    squashed, punct, stop, newline, _, _, _, _ = info[k]
                    if newline or (punct and squashed):
                        break
                    key += squashed
                    if key not in prefixes:  # no known form starts so: longer runs cannot match either
                        break
                    if not punct:
                        words += 1
                        if words > 3:
                            break
                        if not stop:
                            ids = forms.get(key)
                            if ids:
                                best = (k + 1, ids[0])
            # Span attributes live in doc.user_data keyed by offsets: never re-create a taken span.
            if best is not None and (i, best[0]) not in taken:
                spans.append(self._span(tokens, i, best[0], best[1], "fuzzy", 0.95))
        return spans

    def _token_info(self, text: str, lower: str) -> _TokenInfo:
        """``(squashed lowercase text, is punctuation, is a stop word, holds a line break, can start
        a squashed form, may be a typo, skill named alone, text added to a run)`` of a token, remembered
        by its text (its lowercase form follows from it). "as an" must never read as "ASan", nor "at
        scale" as "AtScale": a stop word starts nothing. A typo (:meth:`_typo_spans`) is a token of five
        characters or more, capitalised or with a digit, no stop word nor a word of a form, and letters
        and digits once squashed.

        The last two serve :meth:`_squashed_spans`, which read them per token: the first skill of the
        squashed form a token that can start one is alone (``None`` if none; forms have four characters
        or more), and what the token adds to a run of tokens before it: its squashed text, or ``None``
        when it ends the run (a line break, or punctuation that keeps text once squashed: ","). Both
        follow from the text and the taxonomy, whose change empties this cache."""
        squashed = _SQUASH.sub("", lower)
        punct = _HAS_ALNUM.search(text) is None  # no character str.isalnum calls one ([^\W_] is that)
        stop = lower in self.nlp.Defaults.stop_words
        newline = "\n" in text
        typo = (len(text) >= 5 and (text[0].isupper() or any(map(str.isdigit, text)))
                and not stop and lower not in self.known_tokens and squashed.isalnum())
        can_start = not (punct or stop or newline) and squashed in self.squashed_prefixes
        single = None
        if can_start and len(squashed) >= 4:
            ids = self.squashed.get(squashed)
            if ids:
                single = ids[0]
        info = (squashed, punct, stop, newline, can_start, typo, single,
                None if newline or (punct and squashed) else squashed)
        _remember(self._token_cache, text, info)
        return info

    def _typo_spans(self, tokens: _Tokens, texts: list[str], info: list[_TokenInfo],
                    covered: set[int]) -> list[_Candidate]:
        """One capitalised token within ``fuzzy_threshold`` of a form ("Kubernates"); ``info``: the tokens'
        :meth:`_token_infos`, which tell the few tokens that may be typos."""
        spans: list[_Candidate] = []
        cache = self._typo_cache
        for i in itertools.compress(range(len(texts)), map(operator.itemgetter(5), info)):
            if i in covered:
                continue
            text = texts[i]
            hit = cache.get(text, _UNSEEN)
            if hit is _UNSEEN:
                hit = self._typo(text)
                _remember(cache, text, hit)
            if hit is not None:
                spans.append(self._span(tokens, i, i + 1, hit.skill_id, "fuzzy", round(0.9 * hit.score / 100, 3)))
        return spans

    def _typo(self, text: str) -> FuzzyHit | None:
        key = fold_form(text)
        if key in self._fuzzy_cache:
            return self._fuzzy_cache[key]
        hit = None
        forms, ids = self._bucket(key[0], len(key))
        if forms and key not in self.squashed:
            result = process.extractOne(key, forms, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold)
            if result is not None:
                _, score, index = result
                hit = FuzzyHit(ids[index], float(score))
        _remember(self._fuzzy_cache, key, hit)
        return hit

    def _bucket(self, first: str, length: int) -> tuple[list[str], list[str]]:
        """The typo-matchable forms starting with ``first`` within two characters of ``length``
        (in taxonomy order) and their skill ids."""
        bucket = self._bucket_cache.get((first, length))
        if bucket is None:
            pairs = [(form, sid) for form, sid in self.fuzzy_buckets.get(first, ()) if abs(len(form) - length) <= 2]
            bucket = self._bucket_cache[(first, length)] = ([f for f, _ in pairs], [sid for _, sid in pairs])
        return bucket


#: How far before a name's start and after its end :meth:`SkillMatcher._names_no_skill_here` reads the
#: text (the clause around a quality: 100 characters and a word boundary's one more; a job title's
#: context: 80 before, 70 after; the words that open what the employer offers: :data:`CUE_REACH` before,
#: see :func:`_offered_by_employer`; the opening of a sentence about the employer: 295 before, see
#: :func:`_clause_start`). A rule that reads further must raise it.
NO_SKILL_REACH = 300
#: How far before a name :func:`_named_after_cue` looks for the words that open what the employer offers or
#: the documents an application holds (a cue further back rarely still governs the name; each name's check
#: searches this stretch, so it is kept shorter than :data:`NO_SKILL_REACH`).
CUE_REACH = 200
#: A token the typo cache has not seen (``None`` there means no typo hit).
_UNSEEN = object()
#: A letter or digit: ``\\w`` is ``str.isalnum`` or "_".
_HAS_ALNUM = re.compile(r"[^\W_]")
#: A token's :meth:`SkillMatcher._token_info`: squashed lowercase text, is punctuation, is a stop word,
#: holds a line break, can start a squashed form, may be a typo, skill named alone, text added to a run.
_TokenInfo = tuple[str, bool, bool, bool, bool, bool, str | None, str | None]
#: Whether a token can start a squashed form (``_TokenInfo``'s fifth item).
_CAN_START = operator.itemgetter(4)

#: Entries a matcher's token caches hold before they start over.
_CACHE_SIZE = 200_000
#: Chunks the tokenizer caches (spaCy's default is 10,000); a few megabytes.
TOKENIZER_CACHE_SIZE = 200_000


def _remember(cache: dict, key, value) -> None:
    if len(cache) >= _CACHE_SIZE:
        cache.clear()
    cache[key] = value


def _other_sense(tokens: _Tokens, text: str, span: _Candidate) -> bool:
    """Whether the words around ``span`` use its name in another sense (:data:`_OTHER_SENSES`);
    ``text`` is ``doc.text``."""
    pattern = _OTHER_SENSES.get(span.kb_id_)
    if pattern is None:
        return False
    # The text of the 16 tokens either side, without a Token object per token.
    around = text[tokens.idx[max(0, span.start - 16)]:tokens.end_char(min(len(tokens.texts), span.end + 16))]
    return pattern.search(around.lower()) is not None


#: Words of a clause that speaks of the employer, its team or its culture ("we value collaboration",
#: "our core values")...
_EMPLOYER_WORDS = re.compile(r"\b(?:we|we're|we’re|we've|we’ve|our|us|culture|values)\b", re.IGNORECASE)
#: ...and words of one that speaks of, or asks for, the person hired ("you are a team player", "we look
#: for people who", "strong communication skills").
_CANDIDATE_WORDS = re.compile(
    r"\b(?:you|your|you're|you’re|you'll|you’ll|yourself|candidates?|applicants?|ability|able|skills?|experience|"
    r"must|should|required?|requirements?|ideally|looking|seeking|searching|need|needs|expect|want|demonstrate\w*|"
    r"proven|strong|excellent|look|looks|people|person|someone|anyone|who)\b", re.IGNORECASE)
_CLAUSE_BOUNDARY = re.compile(r"[.!?;:•\n]")
#: Everything up to the last break of a stretch: the greedy ".*" runs to the stretch's end and backs off
#: to the last character of :data:`_CLAUSE_BOUNDARY`, whose end is where the clause after it starts.
_LAST_CLAUSE_BOUNDARY = re.compile(r".*[.!?;:•\n]", re.DOTALL)
#: A clause that presents the employer by its name ("<Company> is a global leader in financial services",
#: "Acme is one of the world's leading gaming operators", "founded in 2014").
_EMPLOYER_STATEMENT = re.compile(
    r"\b(?:is|are|was)\s+(?:a|an|one\s+of\s+the)\s+(?:[\w’'&-]+\s+){0,4}?(?:leaders?|leading|providers?|"
    r"compan(?:y|ies)|firms?|start-?ups?|scale-?ups?|operators?|manufacturers?|consultanc(?:y|ies)|agenc(?:y|ies)|"
    r"universit(?:y|ies)|research\s+cent(?:re|er)s?|institutes?)\b|"
    r"\b(?:was\s+)?founded\s+in\b|"
    # ...or an institution by what it holds or does: "The University consists of six faculties which
    # cover ...", "The department has a database ...", "Its main research areas include ...".
    r"\b(?:the|its)\s+(?:university|faculty|department|institute|centre|center|school|chair|company)\s+"
    r"(?:has|have|consists|covers|comprises|supplies|offers|employs|houses|hosts)\b|"
    r"\b(?:its|our|the)\s+(?:main\s+|core\s+)?research\s+(?:areas|topics|fields)\b", re.IGNORECASE)
#: The start of a clause that presents the employer: its name (capitalised words), "we", "our company"
#: (mission, platform, products...) or "the company", then "is a", "are the", "was one of"...
_EMPLOYER_PRESENTED = re.compile(
    r"\s*(?:(?:[A-Z<][\w<>&.’'-]*\s+){1,5}|[Ww]e\s+|[Oo]ur\s+(?:company|mission|platform|products?|solutions?|"
    r"customers|clients|group|organi[sz]ation)\s+|[Tt]he\s+company\s+)(?:is|are|was|has\s+been)\s+(?:a|an|the|one\s+of)\s")
#: The words one of which every match of :data:`_EMPLOYER_PRESENTED` and :data:`_EMPLOYER_STATEMENT` holds
#: (each followed by a space: "is a", "has been the", "founded in"), looked for in lower-cased text.
_PRESENTING_VERBS = re.compile(r"(?:is|are|was|been|founded|has|have|consists|covers|comprises|supplies|offers|"
                               r"employs|houses|hosts|research)\s")
#: Words every inline boilerplate heading :func:`_boilerplate_stretches` reads holds, right before its
#: colon and a space or tab ("benefits: ", "About us:\t"). Written from the colon, which the search looks
#: for as a literal and finds fast, the words read backwards from it (one lookbehind a word, each of fixed
#: width): the same places as "(?:benefits|...|who we are):[ \t]" ignoring case, one character after
#: each word and matched by the same rules, at a fraction of a whole posting lower-cased and scanned.
_BOILERPLATE_CUE = re.compile(r":(?:(?<=benefits:)|(?<=perks:)|(?<=description:)|(?<=about us:)|(?<=offer:)|"
                              r"(?<=values:)|(?<=who we are:))[ \t]", re.IGNORECASE)
#: A clause that presents the employer by what it does for its markets ("develops and sells service robots
#: for healthcare", "solutions for the food and pharmaceutical industries", "industries such as
#: hospitality"): read for industries and business functions only, whose names there are the markets.
_EMPLOYER_MARKETS = re.compile(
    r"\b(?:develops|produces|sells|supplies|serves|provides|offers|delivers|manufactures|operates)\b"
    r"|\b(?:industries|sectors)\s+(?:such\s+as|that|which|like)\b"
    r"|\b(?:for|to|in)\s+(?:the\s+|both\s+)?(?:[\w-]+,?\s+){1,6}?(?:industries|sectors)\b", re.IGNORECASE)

#: The same answers, searched in the lowercased clause without folding case (:class:`AsciiFolded`).
_CANDIDATE_WORDS_SCAN = AsciiFolded(_CANDIDATE_WORDS)
_EMPLOYER_WORDS_SCAN = AsciiFolded(_EMPLOYER_WORDS)
_EMPLOYER_STATEMENT_SCAN = AsciiFolded(_EMPLOYER_STATEMENT)
_EMPLOYER_MARKETS_SCAN = AsciiFolded(_EMPLOYER_MARKETS)
#: Strings one of which every match of :data:`_EMPLOYER_MARKETS` holds ("develops", "industries", ...): a
#: few substring checks, not the pattern's "for ... industries" tried at every "for", "to" and "in".
_EMPLOYER_MARKETS_CUE = Prefilter(_EMPLOYER_MARKETS)


def _describes_employer(text: str, start: int, end: int, markets: bool = False,
                        clause: tuple[int, str, str] | None = None) -> bool:
    """Whether the clause around ``text[start:end]`` (at most 100 characters either side) speaks of the
    employer and not of the person hired: "We are a collaborative team", "Sharing knowledge and
    communication are our core values" describe a workplace; "You are a team player" and "we look for
    people with strong communication skills" ask for the quality. With ``markets``, a clause that says
    what the employer sells or whom it serves (:data:`_EMPLOYER_MARKETS`) speaks of the employer too.
    ``clause``: :func:`_clause_of` the name, when the caller has it.

    Each check is a plain yes or no about the clause, so their order cannot change the answer; the
    candidate's words, found in most clauses a skill is named in, are looked for first and spare the
    others there. A clause without one of the strings every match of :data:`_EMPLOYER_MARKETS` holds
    (:data:`_EMPLOYER_MARKETS_CUE`) is not searched for it."""
    _, clause, lowered = clause or _clause_of(text, start, end)
    return (not _CANDIDATE_WORDS_SCAN.found(clause, lowered)
            and (_EMPLOYER_WORDS_SCAN.found(clause, lowered) or _EMPLOYER_STATEMENT_SCAN.found(clause, lowered)
                 or (markets and _EMPLOYER_MARKETS_CUE.may_match(clause, lowered)
                     and _EMPLOYER_MARKETS_SCAN.found(clause, lowered))))


#: A quality said of the workplace, the colleagues or a joint venture, right after its name on its line and
#: at most three more words (adjectives, "and"): "energetic and engaged colleagues", "a dynamic energetic
#: and diverse workplace", "collaborative partnerships with our customers", "the collaborative AIM-BIO
#: grant". A project or an organisation is not among them: a resume's "lead researcher in a collaborative
#: project" shows the quality.
_QUALIFIED_PLACE_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:with|to|for|of|in|across|between|among|within|at|on|by|from|other|our|your|their|the|a|an)\b)"
    r"[\w-]+){0,3}?[ \t]+(?:colleagues|co-workers|workplace|partnerships|grants?)\b", re.IGNORECASE)


#: A quality said of the team, company or environment the person hired joins, named right after it (at most
#: three more words): "join a fast paced and growing team", "part of a highly driven research environment",
#: "work alongside a highly motivated team of engineers"...
_JOINED_PLACE_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:with|to|for|of|in|across|between|among|within|at|on|by|from|other|our|your|their|the|a|an)\b)"
    r"[\w-]+){0,3}?[ \t]+(?:teams?|compan(?:y|ies)|environments?|organi[sz]ations?|groups?|workplaces?|cultures?|"
    r"communit(?:y|ies)|famil(?:y|ies)|start-?ups?|atmospheres?)\b", re.IGNORECASE)
#: ...after the words that say it is joined, at most three words before the quality ("You'll join an
#: inspiring and curious team", "being part of a team in a visionary and rapidly developing company"). "Work in
#: collaborative teams" asks for the quality.
_JOINED_BEFORE = re.compile(r"\b(?:join|joins|joining|part\s+of|alongside)\s+(?:an?|the|our|this)\s+(?:[\w-]+\s+){0,3}?$",
                            re.IGNORECASE)
#: The same words as a job offer says them, for a field or a tool that names the place joined ("You will join a
#: software development team", "You will be part of the Offshore Wind Technology engineering team", "Join our
#: American Airlines family", "be a part of an agile cross-functional team"): "join" in the present, "be part
#: of", "alongside". A resume tells of its own teams in the past ("Worked as part of the Data Quality Group", "as
#: part of the global design automation group"), where the field is the person's.
_JOINING_BEFORE = re.compile(r"\b(?:join|joins|joining|(?:be|become|becoming|being)\s+(?:an?\s+)?part\s+of|alongside)\s+"
                             r"(?:an?|the|our|this)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


#: What the employer is known for, named right after it (at most three more words and "and" before the name):
#: "a company recognised for growth innovation and development", "an employer known for its collaborative
#: culture" praise the employer, whoever the sentence addresses.
_REPUTATION_BEFORE = re.compile(
    r"\b(?:compan(?:y|ies)|organi[sz]ations?|employers?|business|group|firms?|brands?|workplaces?)\s+"
    r"(?:(?:that|which)\s+is\s+|is\s+)?(?:widely\s+|well\s+)?(?:recogni[sz]ed|known|renowned|famous|celebrated|"
    r"praised|acclaimed)\s+(?:for|by)\s+(?:its\s+|their\s+|our\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?$", re.IGNORECASE)


def _qualifies_a_joined_place(text: str, start: int, end: int, before: re.Pattern = _JOINED_BEFORE) -> bool:
    """Whether the quality at ``text[start:end]`` is said of the team, company or environment the person
    hired joins (``before``, by default :data:`_JOINED_BEFORE`, and :data:`_JOINED_PLACE_AFTER`): what the job
    offers, not a quality asked for, whoever the clause addresses ("You'll join an inspiring and curious team").
    A field or a tool there (``before`` :data:`_JOINING_BEFORE`) names the place too: "You will join a software
    development team" says where the work is done; the skills it needs are asked for elsewhere."""
    return (_JOINED_PLACE_AFTER.match(text, end, min(len(text), end + 80)) is not None
            and before.search(text, max(0, start - 60), start) is not None)


def _qualifies_a_place(text: str, start: int, end: int) -> bool:
    """Whether the quality at ``text[start:end]`` is said of a place, people or a project named right after
    it (:data:`_QUALIFIED_PLACE_AFTER`) in a clause that asks nothing of the person hired (no word of
    :data:`_CANDIDATE_WORDS`): "Energetic and committed colleagues" is what the employer offers, "you are
    an energetic colleague" or "experience in collaborative research projects" asks for the quality."""
    if _QUALIFIED_PLACE_AFTER.match(text, end, min(len(text), end + 80)) is None:
        return False
    _, clause, lowered = _clause_of(text, start, end)
    return not _CANDIDATE_WORDS_SCAN.found(clause, lowered)


#: What the employer offers, as the words that open it in a sentence ("What we offer", "We can offer you",
#: "This role offers you", "The position offers", "we provide", "you will get", "In return", "perks")...
_OFFER_CUE = re.compile(r"\b(?:what\s+we\s+(?:can\s+)?offer|we\s+(?:can\s+)?(?:offer|provide)(?:\s+you)?|offers\s+you|"
                        r"(?:position|job|role)\s+offers|you\s+(?:will|can|'ll)\s+(?:get(?!\s+(?:in\s+touch|back))|enjoy|"
                        r"look\s+forward\s+to|be\s+offered)|in\s+return|benefits\s+include|our\s+benefits|perks)\b",
                        re.IGNORECASE)
#: ...and words after it that ask something of the person hired ("we offer a role where you use your creativity").
_ASKED_OF_YOU = re.compile(r"\b(?:your|yourself|you\s+(?:are|have|use|bring|need|must|should|possess|show)|ability|"
                           r"able|skills?|experience|expertise|knowledge|familiar\w*|must|should|required?|requirements?|ideally|proven|"
                           r"demonstrate\w*)\b",
                           re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")
#: Everything up to the last sentence end of a stretch (as :data:`_LAST_CLAUSE_BOUNDARY` for clauses).
_LAST_SENTENCE_END = re.compile(r".*[.!?\n]", re.DOTALL)


def _offered_by_employer(text: str, start: int) -> bool:
    """Whether the quality at ``start`` is named after the words that open what the employer offers, in the
    same sentence, with nothing between asked of the person hired: "What we offer ... a team of committed
    colleagues who are all enthusiastic about wind energy" says what the workplace is; "we offer a role where
    you use your creativity" asks for the quality. Read for qualities only: other skills there ("we offer
    you an agile organization", "relevant project management training") also name the work itself, and
    dropping them cost ranking quality (judged resume -> postings ndcg@10 0.917 -> 0.913). (In a posting read whole, a "What we offer" heading on its own line
    opens a boilerplate section: :mod:`matcher.sections`.)"""
    return _named_after_cue(_OFFER_CUE, text, start)


def _named_after_cue(cue: re.Pattern, text: str, start: int) -> bool:
    """Whether the name at ``start`` comes after the last match of ``cue`` (in the reach of
    :data:`CUE_REACH`), in the same sentence, with nothing between asked of the person hired
    (:data:`_ASKED_OF_YOU`)."""
    low = max(0, start - CUE_REACH + 5)
    cues = [match.end() for match in cue.finditer(text, low, start)]
    if not cues:
        return False
    between = text[cues[-1]:start]
    return _SENTENCE_END.search(between) is None and _ASKED_OF_YOU.search(between) is None


#: Words that open the list of documents an application holds ("The file must include:", "Attached files must
#: be", "Please attach", "The following must be attached in English:").
_DOCUMENTS_CUE = re.compile(
    r"\b(?:applications?|files?|documents?|dossiers?)\s+(?:must|should|shall)\s+(?:also\s+)?(?:include|contain|"
    r"consist|be)\b|\bplease\s+(?:include|attach|enclose|upload)\b|"
    r"\bthe\s+following\s+(?:documents?\s+)?(?:must|should)\s+be\s+(?:attached|enclosed|included|uploaded)\b|"
    # "The application must be submitted in English and must include the following:"
    r"\b(?:must|should|shall)\s+(?:also\s+)?(?:include|contain)\s+the\s+following\s*:",
    re.IGNORECASE)


def _in_application_documents(text: str, start: int) -> bool:
    """Whether the name at ``start`` is in the list of documents an application must hold, in the same
    sentence after the words that open it (:data:`_DOCUMENTS_CUE`): "The file must include: ... Excel sheet
    with translation of grades", "Attached files must be Adobe PDF or Word format" name the documents and
    their formats, not skills asked for; "The application should include documentation of your experience with
    Python" asks for the skill (:data:`_ASKED_OF_YOU` between)."""
    return _named_after_cue(_DOCUMENTS_CUE, text, start)


def _clause_start(text: str, start: int) -> int | None:
    """Where the clause holding the name at ``start`` opens: after the last clause boundary within
    :data:`NO_SKILL_REACH` characters before it, or at the text's start when that is nearer; ``None`` when
    the clause opens further back than the reach."""
    low = max(0, start - NO_SKILL_REACH + 5)
    opened = _LAST_CLAUSE_BOUNDARY.match(text, low, start)
    if opened is not None:
        return opened.end()
    return 0 if low == 0 else None


def _sentence_from(text: str, first: int, end: int) -> str:
    """The text from ``first`` to the end of the sentence holding ``text[:end]``."""
    stop = _SENTENCE_END.search(text, end)
    return text[first:stop.start() if stop else len(text)]


def _in_employer_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is in a sentence that opens by presenting the employer
    (:data:`_EMPLOYER_PRESENTED`: "Acme is a global leader in ...", "We are one of ...") or states what it
    holds or does before the name (:data:`_EMPLOYER_STATEMENT`: "The University consists of six faculties
    which cover ...", "Its main research areas include ...") and asks nothing of the person hired anywhere
    (no word of :data:`_CANDIDATE_WORDS`), however far the name is from the opening: a long sentence without
    commas still speaks of the employer."""
    first = _clause_start(text, start)
    if first is None:
        return False
    sentence = _sentence_from(text, first, end)
    if _CANDIDATE_WORDS_SCAN.found(sentence):
        return False
    presented = _EMPLOYER_PRESENTED.match(sentence)
    if presented is not None:
        return first + presented.end() <= start
    stated = _EMPLOYER_STATEMENT.search(sentence)
    return stated is not None and first + stated.end() <= start


#: A count of the people an employer or one of its units has, the number before at most three words and a
#: plural noun of people: "9,000 employees", "more than 300 engineers", "700+ engineers", "80 dedicated
#: and passionate employees". (The lookahead for a digit first spares the rest of the pattern at every other
#: character: searched in a third less time.)
_HEADCOUNT = re.compile(r"(?=\d)\b(\d{1,3}(?:[,.]\d{3})+|\d+)\+?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:employees|people|"
                        r"engineers|colleagues|staff|students|professionals|specialists|developers|researchers|"
                        r"scientists|consultants)\b", re.IGNORECASE)
#: Words right before a count that make it the people someone serves, leads or hires, as a resume says
#: ("HR point of contact for 450 employees", "led a team of 60 engineers", "supporting 300 staff").
_SERVED_BEFORE = re.compile(r"\b(?:for|support\w*|serv\w*|manag\w*|led|lead|leading|supervis\w*|overs\w*|coach\w*|"
                            r"hired|hiring|recruit\w*|onboard\w*|train\w*|mentor\w*)\b(?:\s+[\w-]+){0,3}\s+"
                            r"(?:(?:more\s+than|over|about|around|approximately|some|nearly)\s+)?$", re.IGNORECASE)
#: Thousands separators in a count ("9,000", "1.600").
_THOUSANDS = re.compile(r"[,.]")
#: The fewest people :func:`_in_headcount_sentence` reads as the employer's or a unit's, not the team the
#: person hired joins ("a team of 6 engineers working with Kotlin" may well name the work).
_LARGE_HEADCOUNT = 50


def _in_headcount_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is in a sentence that counts the people of the employer or one of its units
    (:data:`_HEADCOUNT`, at least :data:`_LARGE_HEADCOUNT` of them) and asks nothing of the person hired (no
    word of :data:`_ASKED_OF_YOU`): "Today the university has 37,000 students and 9,000 employees across six
    faculties: humanities, law, social sciences", "more than 80 employees work with design, product
    development, sales and marketing" say how large the employer is and what it does; the people someone serves
    or leads (:data:`_SERVED_BEFORE`: a resume's "HR point of contact for 450 employees in sales") are not its
    headcount. The sentence is read within :data:`NO_SKILL_REACH` characters of the name; most hold no count,
    looked for first."""
    low = max(0, start - NO_SKILL_REACH + 5)
    high = min(len(text), end + NO_SKILL_REACH - 5)
    if _HEADCOUNT.search(text, low, high) is None:
        return False
    opened = _LAST_SENTENCE_END.match(text, low, start)
    stop = _SENTENCE_END.search(text, end, high)
    sentence = text[opened.end() if opened else low:stop.start() if stop else high]
    return (any(int(_THOUSANDS.sub("", m.group(1))) >= _LARGE_HEADCOUNT
                and _SERVED_BEFORE.search(sentence, max(0, m.start() - 60), m.start()) is None
                for m in _HEADCOUNT.finditer(sentence))
            and _ASKED_OF_YOU.search(sentence) is None)


#: The employer, one of its units or what it makes as a sentence's subject, then a verb not in the past
#: tense: its (anonymised) name ("<ORGANIZATION> products are used in", "<ORGANIZATION> invites applications"),
#: "We" ("We specialise in", "We're at the heart of"; not "We offer", which opens what the job gives, see
#: :func:`_offered_by_employer`), "Our platform", "The Department of Operations Management", "Everyone in the
#: global <ORGANIZATION> team". A resume's "We developed" or "The company was founded" speaks of the past.
_EMPLOYER_SUBJECT = re.compile(
    r"\s*(?:[Aa]bout\s+us\s+)?(?:[Ww]e(?:'re|’re)\s|(?:"
    # the name: "<ORGANIZATION> <ORGANIZATION> ( <LOCATION> )", "<ORGANIZATION> Robotics", "The <ORGANIZATION>"
    r"(?:[Tt]he\s+)?<ORGANIZATION>(?:\s+<ORGANIZATION>)*(?:\s*\([^()]*\))?(?:\s+[A-Z][\w&/.-]*){0,2}|[Ww]e|"
    # a unit or what it makes, maybe named: "The Department of Operations Management", "Our identity
    # verification platform"
    r"(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]his)\s+(?:[\w&-]+\s+){0,2}?(?i:company|department|centre|center|universit(?:y|ies)|"
    r"faculty|institute|school|chair|unit|section|office|organi[sz]ation|products?|solutions?|platform|portfolio|"
    r"mission|philosophy|ambition|clinic|hospital|business|firm|objective|aim|goal)(?:\s+of(?:\s+(?:the\s+)?[A-Z<][\w<>&.-]*){1,5})?|"
    r"[Ee]veryone\s+in\s+(?:[\w<>-]+\s+){1,5}?(?:team|company|department))"
    # then a verb, not in the past tense: no preposition, article nor word ending in "ed"
    r"\s+(?!(?:was|were|had|did|offers?|have\s+[a-z]+ed|of|at|in|on|for|from|with|to|by|and|or|the|an?)\b|"
    r"[a-z]+ed\b)[a-z])")
#: Words that address or ask for the person hired, open the job ("open positions") or give the role its duties
#: ("is responsible for"): most of :data:`_CANDIDATE_WORDS`, but a sentence about the employer may well say "our
#: strong sustainability efforts" or "quality must also apply to the industry".
_ADDRESSES_CANDIDATE = re.compile(
    r"\b(?:you|your|you're|you’re|you'll|you’ll|yourself|candidates?|applicants?|ability|able|skills?|experience|"
    r"requires?|required|requirements?|ideally|looking|seek|seeks|seeking|searching|hire|hiring|need|needs|expect|"
    r"want|look|looks|people|person|someone|anyone|responsible|responsibilit(?:y|ies)|positions?|openings?|"
    r"vacanc(?:y|ies))\b", re.IGNORECASE)
_ADDRESSES_CANDIDATE_SCAN = AsciiFolded(_ADDRESSES_CANDIDATE)
#: Words that say what the employer works with, which a posting asks for ("We use Kafka", "We rely heavily
#: on AWS", "Our team works with Python", "our stack"), or that the writer speaks of their own work ("my
#: responsibility", "I led"): a resume's line about its employer.
_EMPLOYER_USES = re.compile(r"\b(?:us(?:e|es|ing)|rel(?:y|ies|ying)\s+(?:\w+\s+)?on|works?\s+(?:with|in)|"
                            r"working\s+(?:with|in)|stack|built\s+(?:with|on|in|using)|written\s+in|powered\s+by|"
                            r"my|me)\b|\b(?-i:I)\b", re.IGNORECASE)


def _employer_is_subject(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is in a clause whose subject is the employer, one of its units or what it
    makes (:data:`_EMPLOYER_SUBJECT`), named before it, in a sentence that addresses nobody hired (no word of
    :data:`_ADDRESSES_CANDIDATE`) nor says what the employer works with (:data:`_EMPLOYER_USES`): "<ORGANIZATION>
    products are used in the mining industry", "The centre expands its public health research", "Our platform
    standardises data management" say what the employer does; "We use Terraform" names what the work needs and
    "We are looking for someone who knows finance" asks for it. Read as :func:`_in_employer_sentence` reads (the
    clause opens at most :data:`NO_SKILL_REACH` characters before the name)."""
    first = _clause_start(text, start)
    if first is None or _EMPLOYER_SUBJECT.match(text, first, start) is None:
        return False
    sentence = _sentence_from(text, first, end)
    return not _ADDRESSES_CANDIDATE_SCAN.found(sentence) and _EMPLOYER_USES.search(sentence) is None


def _presents_employer(text: str, start: int, end: int, clause: tuple[int, str, str] | None = None) -> bool:
    """Whether ``text[start:end]`` is named where its clause presents the employer and asks nothing
    of the person hired: after "Acme is a", "We are the", "Our company is one of" and the like
    (:data:`_EMPLOYER_PRESENTED`), or in a clause :data:`_EMPLOYER_STATEMENT` finds ("founded in
    2014"). Any skill named there is what the employer is or does ("Acme is a leading provider of
    cloud security software"), not asked for; "Python is a plus" names the skill as the subject and keeps it.
    Both patterns need one of :data:`_PRESENTING_VERBS` in the clause: looked for first, in the
    lower-cased ASCII text as far as the clause can reach (most skills are named far from one).
    ``clause``: :func:`_clause_of` the name, when the caller has it."""
    reach = text[max(start - 100, 0):end + 100]
    if reach.isascii() and _PRESENTING_VERBS.search(reach.lower()) is None:
        return False
    lo, clause, lowered = clause or _clause_of(text, start, end)
    if _CANDIDATE_WORDS_SCAN.found(clause, lowered):
        return False
    presented = _EMPLOYER_PRESENTED.match(clause)
    return (presented is not None and lo + presented.end() <= start) or _EMPLOYER_STATEMENT_SCAN.found(clause, lowered)


def _boilerplate_stretches(text: str) -> list[tuple[int, int]]:
    """Character ranges that a heading of a boilerplate section opens inside a line ("... Job benefits:
    Free lunch ...", "Company description: Acme builds ..."), each up to the next inline heading of
    another section or the line's end. A posting pasted as one line keeps its sections as inline
    headings; what the employer offers or says of itself there asks for no skill, as in a boilerplate
    line (:data:`matcher.sections.POSTING_BOILERPLATE`). Most texts hold no such heading: one search
    for its words before a colon (:data:`_BOILERPLATE_CUE`) comes first."""
    if _BOILERPLATE_CUE.search(text) is None:
        return []
    # Another section's heading ends a stretch at its last word.
    headings = inline_headings(text)
    stretches = []
    for i, (_last_word, end, section) in enumerate(headings):
        if section not in POSTING_BOILERPLATE:
            continue
        line_end = text.find("\n", end)
        stop = len(text) if line_end < 0 else line_end
        stop = next((at for at, _e, other in headings[i + 1:] if other not in POSTING_BOILERPLATE and at < stop), stop)
        stretches.append((end, stop))
    return stretches


#: A job board's header fields after the title: "Senior Python Developer <ORGANIZATION> Berlin Date posted:
#: 2021-02-24 Likes: 0 ..." (one line once pasted); the title, employer and place come before it.
_BOARD_HEADER = re.compile(r"\bDate posted:")
#: The value of a board's "Role:" field, up to the next field ("Role: DevOps Industry: Banking").
_ROLE_FIELD = re.compile(r"\bRole:[ \t]+((?:(?!Industry:|Technologies\b|Company\b|Job\b)[^\n:])*)")
#: Words a job title line may hold besides capitalised words, placeholders and punctuation:
#: "Head of Data and Analytics", "Software Engineer (m/f/d)".
_TITLE_GLUE = frozenset({"and", "of", "for", "in", "&", "m", "f", "d", "w", "x", "-", "/", "|", "(", ")", ":", "+"})
_TITLE_BREAK = re.compile(r"\s[-–—|:]\s")
_TITLE_WORD = re.compile(r"[A-Z<][\w<>./#+-]*|[\w.#+-]*[A-Z][\w.#+-]*")
#: A title line's role nouns: those of :data:`_ROLE_NOUNS` and a few that end titles only ("UI/UX Designer",
#: "Software Engineering Lead", "Machine Learning Senior Associate").
_TITLE_ROLE_NOUN = re.compile(rf"\b(?:{_ROLE_NOUNS}|designers?|leads?|associates?|interns?)\b", re.IGNORECASE)


def _title_stretches(text: str) -> list[tuple[int, int]]:
    """Character ranges that name a job, not a skill asked for: a board's header before its "Date
    posted:" field (title, employer, place), a "Role:" field's value, and a first line that is a job
    title alone ("Senior Java Developer", "Software Engineer - Java", "Cloud/AWS Lead Developer - Asset
    Management"). A posting's title says what the job is called; the skills it needs are asked for in
    its body (:func:`_names_a_role` reads titles inside sentences)."""
    stretches = []
    first = _first_line(text)
    if first is not None:
        title = _title_part(text[first[0]:first[1]])
        if title is not None:
            stretches.append((first[0], first[0] + title))
    if "Date posted:" in text:
        for match in _BOARD_HEADER.finditer(text):
            stretches.append((text.rfind("\n", 0, match.start()) + 1, match.start()))
        stretches += [match.span(1) for match in _ROLE_FIELD.finditer(text)]
    return stretches


def _first_line(text: str) -> tuple[int, int] | None:
    """The character range of the first line that holds more than white space, if any."""
    start = len(text) - len(text.lstrip())
    if start >= len(text):
        return None
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _title_part(line: str) -> int | None:
    """How long the job title that ``line`` is or opens is: the whole line when it is a title alone
    (:func:`_is_title_line`), or the part before a dash or bar that is one ("Senior FullStack Engineer -
    Shape the future of housing"); ``None`` when there is none."""
    if _is_title_line(line):
        return len(line)
    cut = _TITLE_BREAK.search(line)
    if cut is not None and _is_title_line(line[:cut.start()]):
        return cut.start()
    return None


def _is_title_line(line: str) -> bool:
    """Whether ``line`` is a job title alone: at most twelve words (besides placeholders such as
    "<ORGANIZATION>" and punctuation), a role noun among them
    (:data:`_TITLE_ROLE_NOUN`), every word capitalised, a placeholder or in :data:`_TITLE_GLUE`, and no
    sentence's end ("Mentors junior engineers ." is a duty)."""
    words = line.split()
    named = [w for w in words if any(c.isalpha() for c in w) and not w.startswith("<")]
    if not named or len(named) > 12 or line.rstrip().endswith((".", "?", "!")):
        return False
    if _TITLE_ROLE_NOUN.search(line) is None:
        return False
    return all(_title_word(w.strip("/|,;")) for w in words)


def _title_word(word: str) -> bool:
    """Whether ``word`` may stand in a job title line: capitalised ("Senior", "iOS", "<ORGANIZATION>"), one of
    :data:`_TITLE_GLUE`, or no word at all ("-", "2")."""
    return (not any(c.isalpha() for c in word) or word.lower() in _TITLE_GLUE
            or _TITLE_WORD.fullmatch(word) is not None)


def _inside_any(span: _Candidate, stretches: list[tuple[int, int]]) -> bool:
    return any(lo <= span.start_char and span.end_char <= hi for lo, hi in stretches)


def _clause_of(text: str, start: int, end: int) -> tuple[int, str, str]:
    """The clause holding ``text[start:end]`` (:func:`_clause_bounds`): where it starts, its text and
    its text lower-cased, as the employer checks read it."""
    lo, hi = _clause_bounds(text, start, end)
    clause = text[lo:hi]
    return lo, clause, clause.lower()


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``text[start:end]`` starts and ends: at most 100 characters either
    side, up to the nearest sentence or list break (:data:`_CLAUSE_BOUNDARY`). The nearest break before
    the name is the last one between ``start - 100`` and ``start``: one match of
    :data:`_LAST_CLAUSE_BOUNDARY` there ends where the last of all the breaks found one by one ends."""
    lo = max(start - 100, 0)
    last = _LAST_CLAUSE_BOUNDARY.match(text, lo, start)
    if last is not None:
        lo = last.end()
    boundary = _CLAUSE_BOUNDARY.search(text, end, min(len(text), end + 100))
    return lo, boundary.start() if boundary else min(len(text), end + 100)


def _employer_sense_ids(taxonomy: Taxonomy) -> frozenset[str]:
    """Skills that, named in a clause about the employer, describe the employer: business functions
    (:data:`_EMPLOYER_SENSE_CATEGORIES`) and industries ("a global leader in financial services", "we
    are a gaming operator"): domain skills under an ``*-industry`` / ``*-sector`` skill or general
    domain knowledge. Fields of study and science ("our group works in genomics") keep their sense."""
    def is_industry(skill_id: str, seen: set[str]) -> bool:
        if skill_id.endswith(("-industry", "-sector")) or skill_id == "domain-knowledge":
            return True
        seen.add(skill_id)
        return any(p in taxonomy and p not in seen and is_industry(p, seen) for p in taxonomy[skill_id].parents)
    return frozenset(s.id for s in taxonomy if s.category in _EMPLOYER_SENSE_CATEGORIES
                     or (s.category == "domain" and is_industry(s.id, set())))


def _names_a_language_of_use(text: str, start: int, end: int) -> bool:
    """Whether the language at ``text[start:end]`` is the one an application or a document is written in,
    or an adjective of a country's institutions (:data:`_DOCUMENT_LANGUAGE_BEFORE`, :data:`_NATIONALITY_AFTER`):
    "Fluent in English" and "written and verbal communication skills in English" (:data:`_LANGUAGE_SKILL_WORDS`)
    ask for the language; "apply in English" and "Danish universities" do not."""
    document = _DOCUMENT_LANGUAGE_BEFORE.search(text, max(0, start - 100), start)
    if document is not None and _LANGUAGE_SKILL_WORDS.search(document.group()) is None:
        return True
    return _NATIONALITY_AFTER.match(text, end, min(len(text), end + 30)) is not None


#: A person's name or contact details as a posting anonymised for publication writes them, right after a
#: name (at most three more capitalised words between: "Operational Security Director <NAME>", "HR Business
#: Partner <CONTACT>") or right before it ("<NAME> <NAME> HR Business Partner").
_PERSON_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w&-]*){0,3}[ \t]*,?[ \t]*<(?:NAME|CONTACT)>")
_PERSON_BEFORE = re.compile(r"<NAME>[ \t]*,?(?:[ \t]+[A-Z][\w&-]*){0,3}[ \t]+$")


def _titles_a_person(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is part of the job title of a person named next to it
    (:data:`_PERSON_AFTER`, :data:`_PERSON_BEFORE`): "contact our SVP Digital Innovation <NAME>" names whom to
    ask, not a skill."""
    return (_PERSON_AFTER.match(text, end, min(len(text), end + 60)) is not None
            or _PERSON_BEFORE.search(text, max(0, start - 60), start) is not None)


def _names_a_role(text: str, start: int, end: int, groups: bool = True) -> bool:
    """Whether the name at ``text[start:end]`` is part of a job title (:data:`_ROLE_AFTER`) that a
    posting hires into ("looking for a Java Developer", "As a QA Engineer you will", "Frontend Developer
    (m/f/d)") or that names colleagues ("work with our backend developers"). A title on its own, as a
    resume's "Backend engineer with 6 years of experience", still names the skill. With ``groups``, a
    plural role right after the name names a group of people ("2 native app developers"); leading
    people is done to groups ("mentor engineers"), so management skills pass ``groups=False``."""
    head = _HEAD_OF_BEFORE.search(text, max(0, start - 40), start)
    if head is not None:
        # "the Head of Sales": a title whatever its last letter, named where the posting hires into it or
        # points to its holder ("reporting directly to the Head of Sales", "contact our Head of Finance").
        window = max(0, head.start() - 80)
        return (_HIRING_BEFORE.search(text, window, head.start()) is not None
                or _CONTACT_BEFORE.search(text, window, head.start()) is not None)
    if _ROLE_ENDING.search(text, start, end):
        role_end = end
    else:
        after = _ROLE_AFTER.match(text, end, min(len(text), end + 40))
        if after is None:
            return False
        role_end = after.end()
    if (_GENDER_MARKER_AFTER.match(text, role_end, min(len(text), role_end + 12))
            or _SOUGHT_AFTER.match(text, role_end, min(len(text), role_end + 40))):
        return True
    window = max(0, start - 80)
    if _HIRING_BEFORE.search(text, window, start) or _CONTACT_BEFORE.search(text, window, start):
        return True
    if _ROLE_AS_YOU_BEFORE.search(text, window, start) and _YOU_AFTER.match(text, role_end,
                                                                             min(len(text), role_end + 30)):
        return True
    if text[role_end - 1:role_end].lower() != "s":
        return False
    # Colleagues or a group of people named by their role: "work with our QA engineers", "2 native app
    # developers", "wind power plant developers".
    return (_COLLEAGUES_BEFORE.search(text, window, start) is not None
            or (groups and _NOT_A_QUALIFIER.match(text[end:role_end]) is None))


def _outwards_in_line(texts: list[str], start: int) -> Iterator[int]:
    """Indices of the tokens on ``start``'s line, from ``start`` leftwards to the line's start, then
    rightwards from ``start + 1`` to its end (a line ends at a token holding a line break)."""
    i = start
    while True:
        yield i
        if i == 0 or "\n" in texts[i - 1]:
            break
        i -= 1
    i = start + 1
    while i < len(texts) and "\n" not in texts[i]:
        yield i
        i += 1


def _crossing(candidates: list[_Candidate], accepted: list[_Candidate]) -> list[_Candidate]:
    """Candidates that overlap an accepted span without either holding the other."""
    if len(candidates) == len(accepted):
        return []
    kept = {(s.start, s.end) for s in accepted}
    out = []
    for span in candidates:
        if (span.start, span.end) in kept:
            continue
        crosses = holds = False
        for other in accepted:
            if other.start < span.end and span.start < other.end:
                if other.start <= span.start and span.end <= other.end:
                    holds = True
                    break
                if not (span.start <= other.start and other.end <= span.end):
                    crosses = True
        if crosses and not holds:
            out.append(span)
    return _filter_candidates(out)


def skill_spans(doc: Doc) -> list[Span]:
    """Every skill span of a processed doc, in text order."""
    if SKILL_GROUP in doc.spans:
        return list(doc.spans[SKILL_GROUP])
    return [ent for ent in doc.ents if ent.label_ == SKILL_LABEL]


#: The lexeme attributes the blank pipeline computes for a word it has not seen: the engine reads a
#: token's ORTH (always stored) and LOWER only (the PhraseMatchers, :class:`_Tokens`).
LEXEME_ATTRIBUTES = (LOWER,)


def trim_lexeme_attributes(nlp: Language) -> None:
    """Let ``nlp``'s vocabulary compute only :data:`LEXEME_ATTRIBUTES` for a new word, not spaCy's two
    dozen (shape, prefix, suffix, norm, stop word, like-number, ...; 20-30 us and six more strings
    each, most of a first-seen document's tokenizing time). For a pipeline with no trained
    components only: a trained tagger or parser reads NORM, SHAPE, PREFIX and SUFFIX."""
    getters = nlp.vocab.lex_attr_getters or {}
    nlp.vocab.lex_attr_getters = {attr: getters[attr] for attr in LEXEME_ATTRIBUTES if attr in getters}


def build_pipeline(taxonomy: Taxonomy, base: str | None = None, *, fuzzy: bool = True,
                   fuzzy_threshold: float = 88.0) -> Language:
    """A spaCy pipeline that tags taxonomy skills.

    ``base`` is ``None`` for ``spacy.blank("en")`` (the default, needs no
    trained model) or the name or path of an installed trained pipeline whose
    entities (ORG, DATE, ...) are kept next to ours.
    """
    if base:
        nlp = spacy.load(base, exclude=["lemmatizer"])
        adapt_tokenizer(nlp)
    else:
        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "matcher.layout_tokenizer.v1"}}})
        trim_lexeme_attributes(nlp)
    # A batch streams thousands of documents through one pipeline: let the tokenizer remember more
    # than its default 10,000 chunks (words with their punctuation), or new words stop being cached.
    nlp.tokenizer.max_cache_size = max(nlp.tokenizer.max_cache_size, TOKENIZER_CACHE_SIZE)
    matcher = nlp.add_pipe("skill_matcher", last=True, config={"fuzzy": fuzzy, "fuzzy_threshold": fuzzy_threshold})
    matcher.set_taxonomy(taxonomy)
    return nlp
