"""What the parser saw: the view of a resume shown to the person who uploads it.

:func:`parser_warnings` lists what a recruiter's applicant tracking system (ATS) would trip
on, each with what to do about it: image-only (scanned) pages, text in two columns, contact
details only in a page header or footer, tables and text boxes used for layout, unusual
section headings, dates that could not be read, hidden text, text addressed to automated
screeners, keyword stuffing. :func:`parser_view` puts the sections, each role with its
dates, the degrees, certifications, skills by section and the warnings in one plain dict
(the ``parser_view`` of ``matcher skills`` and ``POST /api/v1/skills``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from matcher.dates import find_ranges
from matcher.intake import Document
from matcher.privacy import contact_kinds
from matcher.resume_facts import JOB_WORDS, PLACES, Role
from matcher.sections import Line

SECTION_ORDER = ("contact", "summary", "skills", "experience", "education", "certifications", "projects", "other")


@dataclass(frozen=True)
class ParserWarning:
    """One thing an ATS would trip on: a stable ``code``, what was found, and what to do."""

    code: str
    message: str
    advice: str


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _pages(pages: list[int]) -> str:
    return ("page " if len(pages) == 1 else "pages ") + ", ".join(str(p) for p in pages)


_DATE_HINT = re.compile(
    r"\b(?:19[5-9]\d|20[0-4]\d)\b|\*{2,4}\s*(?:-|–|to)\s*(?:present|current|\*{2,4})|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*(?:\*{2,4}|['’]\d{2})\b",
    re.IGNORECASE)
_HEADING_LIKE = re.compile(r"^[A-Z][A-Z &/'-]{2,40}:?$")


def parser_warnings(document: Document, lines: list[Line], roles, flags: dict) -> list[ParserWarning]:
    """The warnings for one resume (see the module docstring), most serious first."""
    out: list[ParserWarning] = []
    layout = document.layout
    if layout.image_only_pages:
        out.append(ParserWarning(
            "image_only_pages",
            f"{_pages(layout.image_only_pages).capitalize()} of the PDF {'is an image' if len(layout.image_only_pages) == 1 else 'are images'} "
            "(scanned): no text could be read there.",
            "Export the resume as a text PDF from your editor (or upload the DOCX) instead of scanning or "
            "printing it to an image."))
    if "hidden_text" in flags:
        out.append(ParserWarning(
            "hidden_text",
            f"{flags['hidden_text']} characters of hidden text (white, tiny or hidden-formatted) were found.",
            "Delete text a reader cannot see; screening systems and recruiters treat it as keyword stuffing."))
    if "screener_instructions" in flags:
        out.append(ParserWarning(
            "screener_instructions",
            f"Text addressed to automated screeners was found: \"{str(flags['screener_instructions'])[:80]}\".",
            "Remove it: it is ignored here, and a recruiter who sees it will reject the resume."))
    if layout.two_column_pages:
        out.append(ParserWarning(
            "two_columns",
            f"{_pages(layout.two_column_pages).capitalize()} {'is' if len(layout.two_column_pages) == 1 else 'are'} "
            "laid out in two columns. This parser reads the left column first; many applicant tracking "
            "systems read straight across and mix the columns line by line.",
            "Use a single-column layout, with skills and contact details as sections of their own."))
    header_contacts = contact_kinds(layout.header_footer_text) if layout.header_footer_text else set()
    body_contacts = contact_kinds(_without(document.text, layout.header_footer_text)) if header_contacts else set()
    if header_contacts - body_contacts:
        kinds = " and ".join(sorted(header_contacts - body_contacts))
        out.append(ParserWarning(
            "contact_in_header_footer",
            f"Your {kinds} {'is' if ' and ' not in kinds else 'are'} only in the page header or footer; many "
            "applicant tracking systems skip headers and footers.",
            "Put your name, e-mail and phone in the body of the first page."))
    if layout.layout_tables:
        out.append(ParserWarning(
            "layout_tables",
            f"{_plural(layout.layout_tables, 'table')} {'is' if layout.layout_tables == 1 else 'are'} used for layout "
            "(blocks of text side by side); applicant tracking systems often read tables out of order.",
            "Replace layout tables with plain headings and lines of text."))
    if layout.text_boxes:
        out.append(ParserWarning(
            "text_boxes",
            f"{_plural(layout.text_boxes, 'text box')} {'holds' if layout.text_boxes == 1 else 'hold'} text; "
            "many applicant tracking systems skip text boxes.",
            "Move that text out of the text boxes into the body of the document."))
    out += _heading_warnings(lines, roles)
    unread = _unread_dates(lines, roles)
    if unread:
        shown = "; ".join(f"\"{u}\"" for u in unread[:3])
        out.append(ParserWarning(
            "unread_dates",
            f"{_plural(len(unread), 'line')} of your experience {'has' if len(unread) == 1 else 'have'} dates that "
            f"could not be read: {shown}.",
            "Write each job's dates as a range with month and year, e.g. \"May 2019 - Present\" or "
            "\"05/2019 - 06/2021\", on the job's title or company line."))
    if "keyword_stuffing" in flags:
        out.append(ParserWarning(
            "keyword_stuffing",
            "Skills are repeated many times or listed without any experience behind them.",
            "Name each skill where you used it, in your experience, rather than repeating it in lists."))
    return out


def _without(text: str, part: str) -> str:
    for line in filter(None, part.split("\n")):
        text = text.replace(line, "", 1)
    return text


def _heading_warnings(lines: list[Line], roles) -> list[ParserWarning]:
    out = []
    kinds = {line.section for line in lines if line.is_heading}
    if not any(line.section == "experience" for line in lines) and any(r.start for r in roles):
        out.append(ParserWarning(
            "no_experience_heading",
            "No work experience heading was recognised; your jobs were found by their dates alone.",
            "Put your jobs under a standard heading such as \"Experience\" or \"Work Experience\"."))
    unusual = []
    for line in lines:
        text = line.text.strip()
        if line.is_heading or line.section == "contact" or not _HEADING_LIKE.match(text):
            continue
        words = re.findall(r"[a-z]+", text.lower())
        if not 1 <= len(words) <= 4 or any(w in JOB_WORDS or w in PLACES for w in words):
            continue
        if text not in unusual:
            unusual.append(text)
    if unusual and len(unusual) <= 6:
        shown = ", ".join(f"\"{u.rstrip(':')}\"" for u in unusual[:4])
        out.append(ParserWarning(
            "unusual_headings",
            (f"This line looks like a section heading but not one applicant tracking systems know: {shown}."
             if len(unusual) == 1 else
             f"These lines look like section headings but not ones applicant tracking systems know: {shown}."),
            "Use standard headings: Summary, Experience, Education, Skills, Certifications, Projects."))
    if "education" not in kinds and not any(line.section == "education" for line in lines):
        out.append(ParserWarning(
            "no_education_heading",
            "No education heading was recognised.",
            "List your degrees under a heading such as \"Education\"."))
    return out


def _unread_dates(lines: list[Line], roles) -> list[str]:
    """Experience lines that hold something like a date that no role was dated by."""
    dated_lines = {r.text_start for r in roles if r.start}
    out = []
    for line in lines:
        if line.section != "experience" or line.is_heading or line.start in dated_lines:
            continue
        text = line.text.strip()
        if len(text) > 120 or text.startswith(("-", "*")) or not _DATE_HINT.search(text):
            continue
        if find_ranges(text):
            continue
        if re.search(r"\*{2,4}", text) or not find_ranges(text, singles=True):
            out.append(text[:70])
    return out


def skills_by_section(profile) -> dict[str, list[str]]:
    """Skill names grouped by the sections they were seen in (a skill may be in several)."""
    grouped: dict[str, list[str]] = {}
    for skill in sorted(profile.skills.values(), key=lambda s: s.name.lower()):
        for section in dict.fromkeys(ev.section for ev in skill.evidence):
            grouped.setdefault(section, []).append(skill.name)
    order = {name: i for i, name in enumerate(SECTION_ORDER)}
    return dict(sorted(grouped.items(), key=lambda item: order.get(item[0], len(order))))


def parser_view(profile) -> dict:
    """Sections, roles with dates, degrees, certifications, skills by section and warnings of a
    profile, as plain data."""
    return {
        "sections": [{"kind": s.kind, "heading": s.heading} for s in profile.sections],
        "title": profile.title,
        "roles": [{key: value for key, value in asdict(role).items()
                   if key not in Role.INTERNAL} for role in profile.roles],
        "years_experience": profile.years_experience,
        "degree": asdict(profile.degree) if profile.degree else None,
        "degrees": [asdict(d) for d in profile.degrees],
        "certifications": [asdict(c) for c in profile.certification_details],
        "skills_by_section": skills_by_section(profile),
        "warnings": [asdict(w) for w in profile.parser_warnings],
    }


def skills_document(profile) -> dict:
    """The document ``matcher skills --format json`` prints and ``POST /api/v1/skills`` returns:
    the profile, and for a resume what the parser saw."""
    from matcher.scoring import SCORING_VERSION

    return {"scoring_version": SCORING_VERSION, "profile": profile.to_dict(),
            "parser_view": parser_view(profile) if profile.kind == "resume" else None}
