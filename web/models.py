"""The typed models of ``/api/v1``: requests and responses, defined once.

:mod:`web.api` hands these to spectree, which validates every request body with
them and generates the OpenAPI 3.1 document (``GET /api/v1/openapi.json``) from
them; nothing in the document is written by hand.

Requests are lenient about fields they do not know (ignored, as before).
Responses are closed (``additionalProperties: false``) where this project owns
the shape, so the tests, which validate every real response against the
document, notice an undocumented field. Two places stay open on purpose because
the engine adds to them: a score component's details (``Component``) and the
resume's flags.

To add a field to what ``/skills`` returns, extend :class:`Profile` (the one
place the profile is described).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Json
from spectree.model_adapter.pydantic_adapter import BaseFile

from matcher.report import FORMATS

MAX_TOP = 1000
MAX_REQUEST_POSTINGS = 500
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
SHORTLIST_FORMATS = ("json", "csv", "xlsx")


def _no_bool(value: Any) -> Any:
    """``true`` is not a number here (pydantic would read it as 1)."""
    if isinstance(value, bool):
        raise ValueError("must be a number, not true or false")
    return value


def _as_list(value: Any) -> Any:
    """A repeated form field sent once arrives as one value: make it a list of one."""
    if value is None or isinstance(value, list):
        return value
    return [value]


class Request(BaseModel):
    """Request bodies: fields the API does not know are ignored."""

    model_config = ConfigDict(extra="ignore")


class Closed(BaseModel):
    """Response bodies: exactly these fields."""

    model_config = ConfigDict(extra="forbid")


Top = Annotated[int, BeforeValidator(_no_bool), Field(
    ge=0, le=MAX_TOP, description="How many results (default 10); 0 returns all")]
MinScore = Annotated[float, BeforeValidator(_no_bool), Field(
    ge=0, le=100, description="Leave out results scoring below this (0-100)")]
File = Annotated[BaseFile, Field(description="A PDF, DOCX, TXT, MD or HTML file")]
Files = Annotated[list[BaseFile], BeforeValidator(_as_list)]
Texts = Annotated[list[str], BeforeValidator(_as_list)]
ResumeId = Annotated[str, Field(max_length=200, description="Names the resume in the results")]
PostingId = Annotated[str, Field(max_length=200, description="A stored posting")]
PostingTitle = Annotated[str, Field(max_length=300, description="Title of posting_text (default: found in the text)")]
ReportFormat = Literal[FORMATS]  # type: ignore[valid-type]
ShortlistFormat = Literal[SHORTLIST_FORMATS]  # type: ignore[valid-type]


# ---- shared response parts ---------------------------------------------------------
class ErrorBody(Closed):
    code: str = Field(description="Stable machine-readable code: bad_request, not_found, too_large, "
                                  "unsupported_type, unsupported_media_type, unreadable, no_text_layer, "
                                  "encrypted, empty, timeout, busy, cross_origin, unauthorized, "
                                  "invalid_token, writes_disabled, conflict, rate_limited, ...")
    message: str = Field(description="What went wrong, for a person")


class Error(Closed):
    error: ErrorBody


class Evidence(Closed):
    section: str
    start: int = Field(description="Character offset into the normalised text")
    end: int
    text: str = Field(description="The matched text")
    sentence: str = Field(description="The sentence around it")


class Component(BaseModel):
    """One score component. The engine may add detail fields, so the object is open."""

    model_config = ConfigDict(extra="allow")

    weight: float
    effective_weight: float = Field(description="Weight after renormalising over the components that apply")
    value: float | None = Field(description="In [0, 1]; null when the component does not apply")
    applicable: bool
    points: float = Field(description="Contribution to the 0-100 score")


Breakdown = Annotated[dict[str, Component], Field(description="Component name -> component")]
Level = Literal["required", "preferred", "mentioned"]
MatchType = Literal["exact", "alias", "fuzzy", "implied", "related"]
Flags = Annotated[dict[str, Any], Field(description="Resume flags: keyword_stuffing, screener_instructions, "
                                                    "hidden_text")]


class Coverage(Closed):
    required: float | None
    preferred: float | None
    mentioned: float | None


class SkillGap(Closed):
    skill: str = Field(description="Taxonomy skill id")
    name: str
    category: str
    level: Level
    weight: float = Field(description="Requirement level weight times the skill's IDF over the postings")
    posting_evidence: Evidence | None
    years_required: float | None = None
    alternatives: list[str] | None = Field(None, description="Other skills the posting accepts instead of this "
                                                             "one (\"Python, Java, or Go\"); any one meets it")
    alternative_names: list[str] | None = None


class SkillMatch(SkillGap):
    match_type: MatchType
    confidence: float
    resume_evidence: list[Evidence]
    via: str | None = Field(None, description="The resume skill that earned an implied or related credit")
    via_name: str | None = None
    resume_years: float | None = None


class SkillYears(Closed):
    skill: str
    name: str
    required_years: float
    resume_years: float | None


class ExperienceGap(Closed):
    required_years: float | None = None
    resume_years: float | None = None
    shortfall: float | None = None
    skills: list[SkillYears] | None = None


class DegreeGap(Closed):
    required: str
    resume: str
    level: Literal["required", "preferred"]
    equivalent_experience_accepted: bool
    posting_text: str


class MatchResult(Closed):
    id: str = Field(description="The ranked document: a posting id (direction postings) or a resume id")
    rank: int = Field(ge=1)
    title: str | None
    score: float = Field(ge=0, le=100)
    band: Literal["strong", "good", "partial", "weak"]
    band_meaning: str
    resume_id: str
    posting_id: str
    breakdown: Breakdown
    coverage: Coverage
    matched: list[SkillMatch]
    missing_required: list[SkillGap]
    missing_preferred: list[SkillGap]
    missing_mentioned: list[SkillGap]
    partial: list[SkillMatch]
    experience_gap: ExperienceGap | None
    degree_gap: DegreeGap | None
    flags: Flags
    scoring_version: str
    company: str | None = None
    location: str | None = None
    url: str | None = None


class RankResponse(Closed):
    """The same document as ``matcher rank --format json``."""

    scoring_version: str
    direction: Literal["postings", "resumes"]
    results: list[MatchResult]


class ScoreResponse(Closed):
    """``matcher score --format json``, plus advice."""

    scoring_version: str
    results: list[MatchResult] = Field(min_length=1, max_length=1)
    advice: list[str] = Field(description="Concrete next steps for the candidate")


class SkippedResume(Closed):
    file: str = Field(description="The upload's name (a zip member as archive.zip/name.pdf), or resume-N for a text")
    code: str = Field(description="Why it was not ranked: duplicate, or an intake code (unreadable, "
                                  "unsupported_type, no_text_layer, encrypted, empty, too_large, timeout)")
    reason: str
    duplicate_of: str | None = Field(None, description="For duplicates: the id of the resume that was ranked")


class ShortlistResponse(Closed):
    """Resumes best first for one posting, after the cutoff, and the files that were not ranked."""

    scoring_version: str
    direction: Literal["resumes"]
    results: list[MatchResult]
    received: int = Field(ge=0, description="Resumes received (zip members counted one by one)")
    ranked: int = Field(ge=0, description="Resumes read and ranked (before the cutoff)")
    below_cutoff: int = Field(ge=0, description="Ranked resumes left out by min_score or top")
    skipped: list[SkippedResume]


class PostingSummary(Closed):
    id: str
    title: str | None
    company: str | None
    location: str | None
    url: str | None
    created: str = Field(description="ISO 8601 time it was stored")


class Posting(PostingSummary):
    text: str


class PostingList(Closed):
    count: int = Field(ge=0)
    postings: list[PostingSummary]


class ImportResult(Closed):
    imported: int = Field(ge=0, description="Postings written (new or replaced)")
    postings: list[PostingSummary]


class ProfileSkill(Closed):
    id: str
    name: str
    category: str
    type: str
    match_type: MatchType
    confidence: float
    count: int
    level: str | None
    years: float | None
    last_used: int | None
    listed_only: bool
    evidence: list[Evidence]


class Degree(Closed):
    level: int = Field(description="1 associate, 2 bachelor, 3 master, 4 phd; 0 a school or vocational qualification")
    name: str
    field: str | None
    text: str
    institution: str | None = None
    year: int | None = None


class Role(Closed):
    """A job on a resume, as the parser read it."""

    title: str | None
    employer: str | None
    location: str | None
    start: str | None = Field(description="YYYY-MM, or YYYY when only the year is written; null when undated")
    end: str | None = Field(description="YYYY-MM, YYYY or 'present'; null when undated or when the resume gives one date alone")
    date_text: str | None = Field(description="The dates as the resume writes them")
    text_start: int = Field(description="Where the job's lines start in the normalised text")
    text_end: int
    years: float | None
    skills: list[str] = Field(description="Ids of the skills shown in this job")


class Certification(Closed):
    name: str
    issuer: str | None
    year: int | None
    skill_id: str | None = Field(description="The taxonomy id, when the certification is one it knows")


class ParserWarning(Closed):
    """Something an applicant tracking system would trip on, and what to do about it."""

    code: Literal["image_only_pages", "hidden_text", "screener_instructions", "two_columns",
                  "contact_in_header_footer", "layout_tables", "text_boxes", "no_experience_heading",
                  "unusual_headings", "no_education_heading", "unread_dates", "keyword_stuffing"]
    message: str
    advice: str


class SectionHeading(Closed):
    kind: str
    heading: str


class ParserView(Closed):
    """What the parser saw in a resume: sections, each role with its dates, degrees,
    certifications, skills by section, and warnings with advice."""

    sections: list[SectionHeading]
    title: str | None = Field(description="The most recent role's title")
    roles: list[Role]
    years_experience: float | None
    degree: Degree | None = Field(description="The highest degree")
    degrees: list[Degree]
    certifications: list[Certification]
    skills_by_section: dict[str, list[str]]
    warnings: list[ParserWarning]


class Section(Closed):
    kind: str
    heading: str
    start: int
    end: int
    boilerplate: bool


class RoleYears(Closed):
    title: str
    years: float
    text: str


class Profile(Closed):
    """What the engine found in one document. Extend it here when the engine gains fields."""

    kind: Literal["resume", "posting"]
    id: str
    title: str | None
    seniority: str | None
    seniority_rank: int | None
    skills: list[ProfileSkill]
    years_experience: float | None
    preferred_years: float | None
    degree: Degree | None
    preferred_degree: Degree | None
    degree_flexible: bool
    certifications: list[str]
    titles: list[str]
    alternatives: list[list[str]] = Field(description="Posting skills offered as a choice; any one member "
                                                      "meets the requirement")
    sections: list[Section]
    ignored_personal_details: list[str]
    boilerplate_skills: list[str]
    flags: Flags
    warnings: list[str]
    meta: dict[str, Any]
    entities: dict[str, list[str]]
    roles: list[Role] = Field(description="Resumes: every job, most recent first (undated ones last)")
    role_years: list[RoleYears] = Field(description="Postings: years asked in a named role "
                                                    "(\"5+ years as a machinist\")")
    degrees: list[Degree] = Field(description="Resumes: degrees read from an education context, highest first")
    certification_details: list[Certification]
    parser_warnings: list[ParserWarning] = Field(description="Resumes: what an applicant tracking system "
                                                             "would trip on, with advice")


class SkillsResponse(Closed):
    """``matcher skills --format json``."""

    scoring_version: str
    profile: Profile
    parser_view: ParserView | None = Field(description="Resumes: what the parser saw (null for postings)")


class ReportResume(Closed):
    id: str
    title: str | None
    years_experience: float | None
    degree: str | None
    ignored_personal_details: list[str]
    flags: Flags
    warnings: list[str]


class ReportPosting(Closed):
    id: str
    title: str | None
    company: str | None
    years_required: float | None
    degree_required: str | None
    ignored_boilerplate_skills: list[str]


class GapReport(Closed):
    scoring_version: str
    resume: ReportResume
    posting: ReportPosting
    score: float
    band: str
    band_meaning: str
    breakdown: Breakdown
    coverage: Coverage
    matched: list[SkillMatch]
    missing_required: list[SkillGap]
    missing_preferred: list[SkillGap]
    partial: list[SkillMatch]
    experience_gap: ExperienceGap | None
    degree_gap: DegreeGap | None
    advice: list[str]


class Health(Closed):
    status: Literal["ok"]
    postings: int = Field(ge=0)
    scoring_version: str


class Readiness(Closed):
    status: Literal["ready", "not_ready"]
    checks: dict[str, str] = Field(description="Each check and its state: ok, or what is wrong")
    scoring_version: str


class OpenApiDocument(BaseModel):
    """This document (OpenAPI 3.1)."""

    model_config = ConfigDict(extra="allow")

    openapi: str


# ---- request bodies -------------------------------------------------------------------
class PostingInput(Request):
    id: str | None = Field(None, pattern=ID_PATTERN, description="Optional; made from the title when left out")
    title: str | None = Field(None, max_length=2000, description="Optional; found in the text when left out")
    company: str | None = Field(None, max_length=2000)
    location: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)
    text: str = Field(min_length=1)


PostingsGiven = Annotated[list[PostingInput | Annotated[str, Field(min_length=1)]], Field(
    min_length=1, max_length=MAX_REQUEST_POSTINGS,
    description="Postings to rank against instead of the stored ones (nothing is stored); ids default to "
                "posting-1, posting-2, ...")]


class MatchJson(Request):
    resume_text: str = Field(description="The resume as plain text")
    resume_id: ResumeId | None = None
    top: Top | None = None
    postings: PostingsGiven | None = None
    report_token: bool = Field(False, description="Answer with an X-Report-Token header for GET /report")


class MatchForm(Request):
    """Send either ``resume`` or ``resume_text``."""

    resume: File | None = None
    resume_text: str | None = None
    resume_id: ResumeId | None = None
    top: Top | None = None
    postings: Json[PostingsGiven] | None = Field(None, description="A JSON array, as in MatchJson.postings")
    report_token: bool = False


class PostingChoice(Request):
    """Send exactly one of ``posting_id``, ``posting_text`` (or, in a form, a ``posting`` file)."""

    posting_id: PostingId | None = None
    posting_text: str | None = Field(None, description="A posting's text")
    posting_title: PostingTitle | None = None


class PostingChoiceForm(PostingChoice):
    posting: File | None = Field(None, description="A posting file (instead of posting_id or posting_text)")


class ScoreJson(PostingChoice):
    resume_text: str
    resume_id: ResumeId | None = None
    report_token: bool = False


class ScoreForm(PostingChoiceForm):
    resume: File | None = None
    resume_text: str | None = None
    resume_id: ResumeId | None = None
    report_token: bool = False


class ResumeText(Request):
    id: str | None = Field(None, max_length=200)
    text: str


class ShortlistOptions(BaseModel):
    top: Top | None = None
    min_score: MinScore | None = None
    format: ShortlistFormat = Field("json", description="json (default), csv or xlsx: the shortlist table")


class RankResumesJson(PostingChoice, ShortlistOptions):
    resumes: list[ResumeText | str] = Field(min_length=1, description="Resume texts, or {id, text} objects")


class RankResumesForm(PostingChoiceForm, ShortlistOptions):
    resumes: Files | None = Field(None, description="Resume files (repeat the field); a .zip of resumes is "
                                                    "read member by member")
    resume_texts: Texts | None = Field(None, description="Resume texts (repeat the field)")


class SkillsJson(Request):
    text: str
    kind: Literal["resume", "posting"] = "resume"


class SkillsForm(Request):
    file: File | None = None
    text: str | None = None
    kind: Literal["resume", "posting"] = "resume"


class PostingForm(Request):
    id: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)
    company: str | None = Field(None, max_length=2000)
    location: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)
    text: str | None = None
    file: File | None = Field(None, description="The posting as a file (instead of text)")


class PostingsImportJson(Request):
    postings: list[PostingInput] = Field(min_length=1, max_length=MAX_REQUEST_POSTINGS)


class PostingsImportForm(Request):
    file: BaseFile = Field(description="A .jsonl (one posting object a line) or .csv (columns id, title, "
                                       "company, location, url, text) file of postings")


class ReportJson(PostingChoice):
    resume_text: str
    resume_id: ResumeId | None = None
    format: ReportFormat = "json"


class ReportForm(PostingChoiceForm):
    resume: File | None = None
    resume_text: str | None = None
    resume_id: ResumeId | None = None
    format: ReportFormat = "json"


class ReportQuery(Request):
    token: str = Field(description="The X-Report-Token of a /match or /score call made with report_token=true")
    posting_id: str
    format: ReportFormat = "json"
