"""Personal details that must never feed a score.

:func:`personal_details` finds names, contact details, street addresses,
dates of birth and ages, gender, nationality, marital status and photos, so
the profile can say which it saw and ignored, and so the scorer's text
leaves those lines out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.prefilter import Prefilter
from matcher.sections import Line, line_at

_PATTERNS: dict[str, re.Pattern] = {
    # The look-behind starts a match only where a run of address characters starts: without it a
    # long run with no "@" (a 200,000-character line) is retried from every position, in quadratic time.
    "email": re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"),
    "phone": re.compile(r"(?<![\d-])((\+?\d{1,3}[\s.-]?)?(\(\d{3}\)|\d{3})[\s.-]\d{3,4}[\s.-]\d{4}|\d{3}[-.]\d{4})(?![\d-])"),
    "profile_url": re.compile(r"\b(linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com)/\S+|\bhttps?://\S+", re.I),
    "street_address": re.compile(
        r"\b\d{1,5}\s+([A-Z][a-z]+\s){1,3}(Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|"
        r"Court|Ct\.?|Way|Place|Pl\.?)\b"),
    "date_of_birth": re.compile(r"\b(date of birth|d\.?o\.?b\.?|born( on| in)?)\s*[:\-]?\s*\w+", re.I),
    "age": re.compile(r"\b(age\s*[:\-]\s*\d{2}|\d{2}\s+years old)\b", re.I),
    "gender": re.compile(r"\b(gender|sex)\s*[:\-]\s*\w+|\b(pronouns)\s*[:\-]", re.I),
    "nationality": re.compile(r"\b(nationality|citizenship)\s*[:\-]\s*\w+", re.I),
    "marital_status": re.compile(r"\b(marital status\s*[:\-]\s*\w+|married|single,? no children|divorced)\b", re.I),
    "religion": re.compile(r"\b(religion)\s*[:\-]\s*\w+", re.I),
}
#: Each pattern behind a first look for the strings its matches need: most resumes hold no street
#: address, date of birth or marital status, and the look costs less than the pattern's scan.
_SCANS: dict[str, Prefilter] = {name: Prefilter(pattern) for name, pattern in _PATTERNS.items()}
_NAME_LINE = re.compile(
    r"^[A-Z][^\W\d_]*[a-zA-Z'’.-]*(\s+[A-Z][^\W\d_'’.-]*[a-zA-Z'’.-]*){1,3}"
    r"(,?\s+(PhD|Ph\.D\.|MBA|CPA|CFA|MD|JD|PE|PMP|CISSP|SHRM-CP|Jr\.?|Sr\.?|II|III))*$"
)


@dataclass(frozen=True)
class PersonalDetail:
    kind: str
    start: int
    end: int


def personal_details(text: str, lines: list[Line], kind: str, has_images: bool = False) -> list[PersonalDetail]:
    """Every personal detail found, in text order."""
    found: list[PersonalDetail] = []
    lowered = text.lower()
    for name, pattern in _PATTERNS.items():
        if not _SCANS[name].may_match(text, lowered):
            continue
        for match in pattern.finditer(text):
            found.append(PersonalDetail(name, match.start(), match.end()))
    if kind == "resume":
        for line in lines[:3]:
            stripped = line.text.strip()
            if line.section == "contact" and len(stripped) <= 40 and _NAME_LINE.match(stripped):
                found.append(PersonalDetail("name", line.start, line.end))
                break
        if has_images:
            found.append(PersonalDetail("photo", 0, 0))
    return sorted(found, key=lambda d: (d.start, d.kind))


def contact_kinds(text: str) -> set[str]:
    """Which contact details (``e-mail``, ``phone``) ``text`` holds."""
    kinds = set()
    if _PATTERNS["email"].search(text):
        kinds.add("e-mail")
    if _PATTERNS["phone"].search(text):
        kinds.add("phone")
    return kinds


def masked_lines(lines: list[Line], details: list[PersonalDetail]) -> set[int]:
    """Start offsets of lines that hold a personal detail or sit in the contact header."""
    starts = {line.start for line in lines if line.section == "contact"}
    for detail in details:
        line = line_at(lines, detail.start)  # a binary search: thousands of details stay fast
        if line is not None:
            starts.add(line.start)
    return starts
