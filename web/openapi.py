"""The OpenAPI 3.1 description of ``/api/v1`` (served at ``/api/v1/openapi.json``).

Schemas are JSON Schema 2020-12. The tests validate every real response of
the API against the schema of its operation and status, so this file has to
stay true.
"""

from __future__ import annotations

import copy

from matcher.report import FORMATS, MEDIA_TYPES
from matcher.scoring import DEFAULT_WEIGHTS, SCORING_VERSION

STRING = {"type": "string"}
NSTRING = {"type": ["string", "null"]}
NUMBER = {"type": "number"}
NNUMBER = {"type": ["number", "null"]}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}
LEVEL = {"type": "string", "enum": ["required", "preferred", "mentioned"]}
MATCH_TYPE = {"type": "string", "enum": ["exact", "alias", "fuzzy", "implied", "related"]}


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(properties: dict, required: list[str] | None = None, *, closed: bool = True, **extra) -> dict:
    schema = {"type": "object", "properties": properties, "required": list(properties) if required is None else required}
    if closed:
        schema["additionalProperties"] = False
    schema.update(extra)
    return schema


def array(items: dict, **extra) -> dict:
    return {"type": "array", "items": items, **extra}


def nullable(schema: dict) -> dict:
    return {"oneOf": [schema, {"type": "null"}]}


_GAP_PROPERTIES = {
    "skill": dict(STRING, description="Taxonomy skill id"),
    "name": STRING,
    "category": STRING,
    "level": LEVEL,
    "weight": dict(NUMBER, description="Requirement level weight times the skill's IDF over the postings"),
    "posting_evidence": nullable(ref("Evidence")),
    "years_required": NUMBER,
    "alternatives": dict(array(STRING), description="Other skills the posting accepts instead of this one "
                                                    "(\"Python, Java, or Go\"); any one meets the requirement"),
    "alternative_names": array(STRING),
}
_GAP_REQUIRED = ["skill", "name", "category", "level", "weight", "posting_evidence"]
_MATCH_PROPERTIES = {
    **_GAP_PROPERTIES,
    "match_type": MATCH_TYPE,
    "confidence": NUMBER,
    "resume_evidence": array(ref("Evidence")),
    "via": dict(STRING, description="The resume skill that earned an implied or related credit"),
    "via_name": STRING,
    "resume_years": NUMBER,
}

SCHEMAS: dict[str, dict] = {
    "Error": obj({
        "error": obj({
            "code": dict(STRING, description="Stable machine-readable code, e.g. bad_request, not_found, too_large, "
                                             "unsupported_type, unreadable, no_text_layer, encrypted, empty, "
                                             "timeout, busy, cross_origin"),
            "message": dict(STRING, description="What went wrong, for a person"),
        }),
    }),
    "Evidence": obj({
        "section": STRING,
        "start": dict(INTEGER, description="Character offset into the normalised text"),
        "end": INTEGER,
        "text": dict(STRING, description="The matched text"),
        "sentence": dict(STRING, description="The sentence around it"),
    }),
    "Component": obj({
        "weight": NUMBER,
        "effective_weight": dict(NUMBER, description="Weight after renormalising over the components that apply"),
        "value": dict(NNUMBER, description="In [0, 1]; null when the component does not apply"),
        "applicable": BOOLEAN,
        "points": dict(NUMBER, description="Contribution to the 0-100 score"),
    }, closed=False, description="One score component; extra keys give its details"),
    "Breakdown": obj({name: ref("Component") for name in DEFAULT_WEIGHTS}),
    "Coverage": obj({level: NNUMBER for level in ("required", "preferred", "mentioned")}),
    "SkillGap": obj(_GAP_PROPERTIES, _GAP_REQUIRED),
    "SkillMatch": obj(_MATCH_PROPERTIES, _GAP_REQUIRED + ["match_type", "confidence", "resume_evidence"]),
    "ExperienceGap": obj({
        "required_years": NUMBER,
        "resume_years": NNUMBER,
        "shortfall": NUMBER,
        "skills": array(obj({"skill": STRING, "name": STRING, "required_years": NUMBER, "resume_years": NNUMBER})),
    }, []),
    "DegreeGap": obj({
        "required": STRING,
        "resume": STRING,
        "level": {"type": "string", "enum": ["required", "preferred"]},
        "equivalent_experience_accepted": BOOLEAN,
        "posting_text": STRING,
    }),
    "MatchResult": obj({
        "id": dict(STRING, description="The ranked document: a posting id (direction postings) or a resume id"),
        "rank": dict(INTEGER, minimum=1),
        "title": NSTRING,
        "score": dict(NUMBER, minimum=0, maximum=100),
        "band": {"type": "string", "enum": ["strong", "good", "partial", "weak"]},
        "band_meaning": STRING,
        "resume_id": STRING,
        "posting_id": STRING,
        "breakdown": ref("Breakdown"),
        "coverage": ref("Coverage"),
        "matched": array(ref("SkillMatch")),
        "missing_required": array(ref("SkillGap")),
        "missing_preferred": array(ref("SkillGap")),
        "missing_mentioned": array(ref("SkillGap")),
        "partial": array(ref("SkillMatch")),
        "experience_gap": nullable(ref("ExperienceGap")),
        "degree_gap": nullable(ref("DegreeGap")),
        "flags": {"type": "object", "description": "Resume flags: keyword_stuffing, screener_instructions, hidden_text"},
        "scoring_version": STRING,
        "company": STRING,
        "location": STRING,
        "url": STRING,
    }, ["id", "rank", "title", "score", "band", "band_meaning", "resume_id", "posting_id", "breakdown", "coverage",
        "matched", "missing_required", "missing_preferred", "missing_mentioned", "partial", "experience_gap",
        "degree_gap", "flags", "scoring_version"]),
    "RankResponse": obj({
        "scoring_version": STRING,
        "direction": {"type": "string", "enum": ["postings", "resumes"]},
        "results": array(ref("MatchResult")),
    }, description="The same document as `matcher rank --format json`"),
    "ScoreResponse": obj({
        "scoring_version": STRING,
        "results": array(ref("MatchResult"), minItems=1, maxItems=1),
        "advice": array(STRING, description="Concrete next steps for the candidate"),
    }, description="`matcher score --format json`, plus advice"),
    "PostingSummary": obj({
        "id": STRING, "title": NSTRING, "company": NSTRING, "location": NSTRING, "url": NSTRING,
        "created": dict(STRING, description="ISO 8601 time it was stored"),
    }),
    "Posting": obj({
        "id": STRING, "title": NSTRING, "company": NSTRING, "location": NSTRING, "url": NSTRING, "text": STRING,
        "created": STRING,
    }),
    "PostingList": obj({"count": dict(INTEGER, minimum=0), "postings": array(ref("PostingSummary"))}),
    "PostingInput": obj({
        "id": dict(STRING, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
                   description="Optional; made from the title when left out"),
        "title": dict(STRING, description="Optional; found in the text when left out"),
        "company": STRING, "location": STRING, "url": STRING,
        "text": dict(STRING, minLength=1),
    }, ["text"]),
    "ProfileSkill": obj({
        "id": STRING, "name": STRING, "category": STRING, "type": STRING, "match_type": MATCH_TYPE,
        "confidence": NUMBER, "count": INTEGER, "level": {"type": ["string", "null"]},
        "years": NNUMBER, "last_used": {"type": ["integer", "null"]}, "listed_only": BOOLEAN,
        "evidence": array(ref("Evidence")),
    }),
    "Degree": obj({"level": INTEGER, "name": STRING, "field": NSTRING, "text": STRING,
                   "institution": NSTRING, "year": {"type": ["integer", "null"]}}),
    "Role": obj({"title": NSTRING, "employer": NSTRING, "location": NSTRING, "start": NSTRING, "end": NSTRING,
                 "date_text": NSTRING, "text_start": INTEGER, "text_end": INTEGER, "years": NNUMBER,
                 "skills": array(STRING)},
                description="A job on a resume; start/end are YYYY-MM or YYYY, end may be 'present'"),
    "Certification": obj({"name": STRING, "issuer": NSTRING, "year": {"type": ["integer", "null"]},
                          "skill_id": NSTRING}),
    "ParserWarning": obj({"code": STRING, "message": STRING, "advice": STRING}),
    "Profile": obj({
        "kind": {"type": "string", "enum": ["resume", "posting"]},
        "id": STRING, "title": NSTRING, "seniority": NSTRING, "seniority_rank": {"type": ["integer", "null"]},
        "skills": array(ref("ProfileSkill")),
        "years_experience": NNUMBER, "preferred_years": NNUMBER,
        "degree": nullable(ref("Degree")), "preferred_degree": nullable(ref("Degree")),
        "degree_flexible": BOOLEAN,
        "certifications": array(STRING), "titles": array(STRING),
        "alternatives": dict(array(array(STRING)), description="Posting skills offered as a choice; any one "
                                                              "member meets the requirement"),
        "sections": array(obj({"kind": STRING, "heading": STRING, "start": INTEGER, "end": INTEGER,
                               "boilerplate": BOOLEAN})),
        "ignored_personal_details": array(STRING), "boilerplate_skills": array(STRING),
        "flags": {"type": "object"}, "warnings": array(STRING),
        "meta": {"type": "object"}, "entities": {"type": "object", "additionalProperties": array(STRING)},
        "roles": array(ref("Role")), "degrees": array(ref("Degree")),
        "certification_details": array(ref("Certification")), "parser_warnings": array(ref("ParserWarning")),
    }),
    "SkillsResponse": obj({"scoring_version": STRING, "profile": ref("Profile")},
                          description="`matcher skills --format json`"),
    "GapReport": obj({
        "scoring_version": STRING,
        "resume": obj({"id": STRING, "title": NSTRING, "years_experience": NNUMBER, "degree": NSTRING,
                       "ignored_personal_details": array(STRING), "flags": {"type": "object"},
                       "warnings": array(STRING)}),
        "posting": obj({"id": STRING, "title": NSTRING, "company": NSTRING, "years_required": NNUMBER,
                        "degree_required": NSTRING, "ignored_boilerplate_skills": array(STRING)}),
        "score": NUMBER, "band": STRING, "band_meaning": STRING,
        "breakdown": ref("Breakdown"), "coverage": ref("Coverage"),
        "matched": array(ref("SkillMatch")), "missing_required": array(ref("SkillGap")),
        "missing_preferred": array(ref("SkillGap")), "partial": array(ref("SkillMatch")),
        "experience_gap": nullable(ref("ExperienceGap")), "degree_gap": nullable(ref("DegreeGap")),
        "advice": array(STRING),
    }),
    "Health": obj({"status": {"type": "string", "enum": ["ok"]}, "postings": dict(INTEGER, minimum=0),
                   "scoring_version": STRING}),
    # ---- request bodies ----
    "PostingsGiven": array(
        {"oneOf": [ref("PostingInput"), dict(STRING, minLength=1)]}, minItems=1, maxItems=500,
        description="Postings to rank against instead of the stored ones (nothing is stored); "
                    "ids default to posting-1, posting-2, ..."),
    "MatchJson": obj({
        "resume_text": dict(STRING, description="The resume as plain text"),
        "resume_id": dict(STRING, description="Names the resume in the results (default pasted-resume)"),
        "top": dict(INTEGER, minimum=0, maximum=1000, description="How many results (default 10); 0 returns all"),
        "postings": ref("PostingsGiven"),
        "report_token": dict(BOOLEAN, description="Answer with an X-Report-Token header for GET /report"),
    }, ["resume_text"]),
    "MatchForm": obj({
        "resume": {"type": "string", "contentMediaType": "application/octet-stream",
                   "description": "PDF, DOCX, TXT, MD or HTML file"},
        "resume_text": STRING,
        "resume_id": STRING,
        "top": dict(INTEGER, minimum=0, maximum=1000),
        "postings": dict(STRING, description="JSON array as in MatchJson.postings"),
        "report_token": BOOLEAN,
    }, [], description="Send either resume or resume_text"),
    "PostingChoice": obj({
        "posting_id": dict(STRING, description="A stored posting"),
        "posting_text": dict(STRING, description="Or a posting's text"),
        "posting_title": dict(STRING, description="Title of posting_text (default: found in the text)"),
    }, [], closed=False),
    "ScoreJson": obj({
        "resume_text": STRING, "resume_id": STRING,
        "posting_id": STRING, "posting_text": STRING, "posting_title": STRING,
        "report_token": BOOLEAN,
    }, ["resume_text"], description="Send exactly one of posting_id and posting_text"),
    "ScoreForm": obj({
        "resume": {"type": "string", "contentMediaType": "application/octet-stream"},
        "resume_text": STRING, "resume_id": STRING,
        "posting": {"type": "string", "contentMediaType": "application/octet-stream",
                    "description": "A posting file (instead of posting_id or posting_text)"},
        "posting_id": STRING, "posting_text": STRING, "posting_title": STRING,
        "report_token": BOOLEAN,
    }, []),
    "RankResumesJson": obj({
        "posting_id": STRING, "posting_text": STRING, "posting_title": STRING,
        "resumes": array({"oneOf": [STRING, obj({"id": STRING, "text": STRING}, ["text"])]}, minItems=1),
        "top": dict(INTEGER, minimum=0, maximum=1000),
    }, ["resumes"]),
    "RankResumesForm": obj({
        "posting": {"type": "string", "contentMediaType": "application/octet-stream"},
        "posting_id": STRING, "posting_text": STRING, "posting_title": STRING,
        "resumes": array({"type": "string", "contentMediaType": "application/octet-stream"},
                         description="Resume files (repeat the field)"),
        "resume_texts": array(STRING, description="Resume texts (repeat the field)"),
        "top": dict(INTEGER, minimum=0, maximum=1000),
    }, []),
    "SkillsJson": obj({"text": STRING, "kind": {"type": "string", "enum": ["resume", "posting"], "default": "resume"}},
                      ["text"]),
    "SkillsForm": obj({
        "file": {"type": "string", "contentMediaType": "application/octet-stream"},
        "text": STRING,
        "kind": {"type": "string", "enum": ["resume", "posting"], "default": "resume"},
    }, []),
    "PostingForm": obj({
        "id": STRING, "title": STRING, "company": STRING, "location": STRING, "url": STRING, "text": STRING,
        "file": {"type": "string", "contentMediaType": "application/octet-stream",
                 "description": "The posting as a file (instead of text)"},
    }, []),
    "ReportJson": obj({
        "resume_text": STRING, "resume_id": STRING,
        "posting_id": STRING, "posting_text": STRING, "posting_title": STRING,
        "format": {"type": "string", "enum": list(FORMATS), "default": "json"},
    }, ["resume_text"]),
    "ReportForm": obj({
        "resume": {"type": "string", "contentMediaType": "application/octet-stream"},
        "resume_text": STRING, "resume_id": STRING,
        "posting": {"type": "string", "contentMediaType": "application/octet-stream"},
        "posting_id": STRING, "posting_text": STRING, "posting_title": STRING,
        "format": {"type": "string", "enum": list(FORMATS), "default": "json"},
    }, []),
}


def error_response(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": ref("Error")}}}


RESPONSES = {
    "BadRequest": error_response("Bad request: a missing or invalid field (code bad_request)"),
    "NotFound": error_response("No such posting, report token or path (code not_found)"),
    "Conflict": error_response("A posting with this id exists (code conflict)"),
    "TooLarge": error_response("The upload is over the limit, 10 MB unless configured (code too_large)"),
    "Unsupported": error_response("Not a supported file type (code unsupported_type), or a body that is "
                                  "neither JSON nor a form (code unsupported_media_type)"),
    "Unreadable": error_response("A file that cannot be read: empty, damaged, encrypted, without a text "
                                 "layer, or too slow to read (code empty, unreadable, encrypted, no_text_layer "
                                 "or timeout)"),
    "Error": error_response("Any other error (403 cross_origin: a browser request from another site; "
                            "405 method_not_allowed; 500 internal_error; 503 busy: every file reader is busy, "
                            "try again after Retry-After seconds)"),
}


def responses(ok: dict, *errors: str) -> dict:
    out = dict(ok)
    names = {"400": "BadRequest", "404": "NotFound", "409": "Conflict", "413": "TooLarge", "415": "Unsupported",
             "422": "Unreadable"}
    for status in errors:
        out[status] = {"$ref": f"#/components/responses/{names[status]}"}
    out["default"] = {"$ref": "#/components/responses/Error"}
    return out


def json_ok(schema: str, description: str, status: str = "200", headers: dict | None = None) -> dict:
    response = {"description": description, "content": {"application/json": {"schema": ref(schema)}}}
    if headers:
        response["headers"] = headers
    return {status: response}


def body(json_schema: str, form_schema: str, description: str) -> dict:
    return {
        "required": True,
        "description": description,
        "content": {
            "application/json": {"schema": ref(json_schema)},
            "multipart/form-data": {"schema": ref(form_schema)},
        },
    }


REPORT_TOKEN_HEADER = {
    "X-Report-Token": {
        "description": "Only when report_token was true: a token for GET /report, kept in memory for 30 minutes",
        "schema": STRING,
    }
}
REPORT_OK = {
    "200": {
        "description": "The gap report in the requested format, as an attachment",
        "headers": {"Content-Disposition": {"schema": STRING}},
        "content": {
            MEDIA_TYPES[fmt].split(";")[0]: ({"schema": ref("GapReport")} if fmt == "json" else {"schema": STRING})
            for fmt in FORMATS
        },
    }
}
POSTING_ID = {"name": "posting_id", "in": "path", "required": True, "schema": STRING}

PATHS = {
    "/match": {"post": {
        "operationId": "match",
        "summary": "Rank postings for one resume",
        "description": "A resume (a multipart `resume` file or `resume_text`) against the stored postings, or "
                       "against `postings` given in the request (skill IDF and TF-IDF are then fitted on those, "
                       "as `matcher rank` does). The response is the document `matcher rank --format json` "
                       "prints. Nothing is stored unless the operator keeps uploads.",
        "requestBody": body("MatchJson", "MatchForm", "The resume, and optionally top and postings"),
        "responses": responses(json_ok("RankResponse", "Postings best first", headers=REPORT_TOKEN_HEADER),
                               "400", "413", "415", "422"),
    }},
    "/score": {"post": {
        "operationId": "score",
        "summary": "Score one resume against one posting",
        "description": "Full breakdown, matched, missing and partial skills, experience and degree gaps, advice. "
                       "The posting is a stored `posting_id`, a `posting_text` or a `posting` file.",
        "requestBody": body("ScoreJson", "ScoreForm", "One resume and one posting"),
        "responses": responses(json_ok("ScoreResponse", "The scored pair", headers=REPORT_TOKEN_HEADER),
                               "400", "404", "413", "415", "422"),
    }},
    "/rank-resumes": {"post": {
        "operationId": "rankResumes",
        "summary": "Rank several resumes for one posting",
        "description": "Resumes as repeated `resumes` files and/or `resume_texts` fields (multipart), or a JSON "
                       "`resumes` array; at most 50 unless configured.",
        "requestBody": body("RankResumesJson", "RankResumesForm", "One posting and the resumes"),
        "responses": responses(json_ok("RankResponse", "Candidates best first"), "400", "404", "413", "415", "422"),
    }},
    "/postings": {
        "get": {
            "operationId": "listPostings",
            "summary": "The stored postings (without their text)",
            "responses": responses(json_ok("PostingList", "All stored postings, by id")),
        },
        "post": {
            "operationId": "addPosting",
            "summary": "Store a posting",
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": ref("PostingInput")},
                "multipart/form-data": {"schema": ref("PostingForm")},
            }},
            "responses": responses(
                {"201": {"description": "Stored; Location gives its address",
                         "headers": {"Location": {"schema": STRING}},
                         "content": {"application/json": {"schema": ref("Posting")}}}},
                "400", "409", "413", "415", "422"),
        },
    },
    "/postings/{posting_id}": {
        "parameters": [POSTING_ID],
        "get": {
            "operationId": "getPosting",
            "summary": "One stored posting with its text",
            "responses": responses(json_ok("Posting", "The posting"), "404"),
        },
        "delete": {
            "operationId": "deletePosting",
            "summary": "Delete a stored posting",
            "responses": responses({"204": {"description": "Deleted"}}, "404"),
        },
    },
    "/skills": {"post": {
        "operationId": "skills",
        "summary": "The profile of a text or file: skills with evidence, years, degree, title",
        "description": "The document `matcher skills --format json` prints.",
        "requestBody": body("SkillsJson", "SkillsForm", "A `file` or `text`, and `kind`"),
        "responses": responses(json_ok("SkillsResponse", "The profile"), "400", "413", "415", "422"),
    }},
    "/report": {
        "get": {
            "operationId": "getReport",
            "summary": "The gap report of an earlier /match or /score",
            "description": "Needs the X-Report-Token of a /match or /score call made with report_token=true.",
            "parameters": [
                {"name": "token", "in": "query", "required": True, "schema": STRING},
                {"name": "posting_id", "in": "query", "required": True, "schema": STRING},
                {"name": "format", "in": "query", "required": False,
                 "schema": {"type": "string", "enum": list(FORMATS), "default": "json"}},
            ],
            "responses": responses(REPORT_OK, "400", "404"),
        },
        "post": {
            "operationId": "postReport",
            "summary": "The gap report of one resume and one posting",
            "requestBody": body("ReportJson", "ReportForm", "A resume, a posting and the format"),
            "responses": responses(REPORT_OK, "400", "404", "413", "415", "422"),
        },
    },
    "/healthz": {"get": {
        "operationId": "health",
        "summary": "Liveness (also served at /healthz)",
        "responses": responses(json_ok("Health", "The service is up")),
    }},
    "/openapi.json": {"get": {
        "operationId": "openapi",
        "summary": "This document",
        "responses": responses({"200": {"description": "OpenAPI 3.1",
                                        "content": {"application/json": {"schema": {"type": "object"}}}}}),
    }},
}

SPEC = {
    "openapi": "3.1.0",
    "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
    "info": {
        "title": "Resume matcher API",
        "version": "1.0.0",
        "summary": "Offline, explainable resume-to-posting matching",
        "description": "Scores say why: every result has a breakdown, matched skills with evidence, and gaps. "
                       f"Scoring version {SCORING_VERSION}. Errors are `{{\"error\": {{\"code\", \"message\"}}}}`.",
        "license": {"name": "MIT", "identifier": "MIT"},
    },
    "servers": [{"url": "/api/v1"}],
    "paths": PATHS,
    "components": {"schemas": SCHEMAS, "responses": RESPONSES},
}


def spec() -> dict:
    """A copy of the OpenAPI document."""
    return copy.deepcopy(SPEC)
