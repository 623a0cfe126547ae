"""Step 4 for resumes: the facts a recruiter reads at a glance.

* **Roles** (:func:`find_roles`): every dated job with its title, employer, location, start
  and end, whatever the layout: "Title, Employer, City, ST  May 2019 - Present" on one line;
  title, employer and dates on lines of their own (in either order); "Company : X /
  Position : Y / Period : Z" records (also two records side by side); "Worked as X in Y
  from 2009 to 2012". Every common date form is read (:mod:`matcher.dates`).
* **Education** (:func:`find_degrees`): degrees read only from an education context (the
  education section, or a line that names a school), with level, field, institution and
  year; "Deep Learning Masters" under ACTIVITIES is not a degree.
* **Certifications** (:func:`find_certifications`): name, issuer and year of each line of a
  certifications section (and of lines elsewhere that say "certified" or name a
  certification the taxonomy knows).

Plain regular expressions and word lists over the lines of :mod:`matcher.sections`; no model.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import ClassVar, NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from matcher.dates import (
    DatePoint,
    DateRange,
    continues_on_next_line,
    detect_day_first,
    end_says_so,
    find_ranges,
    range_end_over_two_lines,
    range_ends_on_next_line,
    range_over_three_lines,
    range_over_two_points,
    range_split_by_text,
    union_months,
    without_standards,
)
from matcher.facts import DEGREE_NAMES, MICROSOFT_PRODUCT, DegreeFact, names_position
from matcher.sections import Line, line_at, resume_section_of


# ---------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------
def _word_set(block: str) -> frozenset[str]:
    return frozenset(block.split())


#: Head nouns of job titles, as resumes write them (singular; abbreviations included).
JOB_WORDS = _word_set("""
engineer engg engr developer programmer scientist analyst manager mgr director accountant architect consultant
specialist administrator admin designer officer partner lead leader head associate intern internee trainee
apprentice coordinator co-ordinator strategist researcher technician technologist tech generalist recruiter
advisor adviser controller counsel attorney lawyer paralegal auditor representative rep executive owner founder
co-founder president vp chairman ceo cto cfo coo cio marketer writer editor teacher tutor lecturer professor
instructor trainer nurse physician doctor pharmacist therapist dentist surgeon radiographer sonographer
paramedic caregiver mechanic machinist electrician plumber welder fitter millwright carpenter mason painter
operator supervisor foreman superintendent inspector planner scheduler buyer purchaser estimator surveyor
draftsman draughtsman drafter assembler fabricator installer helper worker laborer labourer handler packer
picker loader unloader driver cashier clerk receptionist secretary assistant asst aide agent broker banker teller
underwriter actuary economist statistician chemist biologist physicist geologist tester sre sde swe dba rigger
ropesman guard custodian janitor cook chef waiter waitress bartender housekeeper attendant steward stewardess
pilot captain sergeant lieutenant soldier volunteer fellow postdoc storekeeper merchandiser salesman saleswoman
salesperson dispatcher bookkeeper expert member host hostess courier porter nanny midwife counselor counsellor
psychologist librarian translator interpreter photographer artist packager barber journalist reporter producer coach examiner
investigator principal dean registrar incharge in-charge desk staff crew professional commander
repairman lineman handyman serviceman craftsman tradesman fireman pressman leadman motorman crewman corpsman infantryman
overseer journeyman repairer leadhand miner
collector stocker selector sorter greeter dishwasher detailer proctor lpn cna emt co-op chief maker operative
analyst/programmer official landscaper manger pastor entrepreneur facilitator agm dgm
""")
#: More head nouns of trade and service jobs, from the last words of O*NET's occupation and alternate
#: titles (those written in five titles or more), leaving out the ones that also name a machine, a
#: material, software, a company, a family name or a contract ("grinder", "filler", "server", "illustrator",
#: "carrier", "baker", "judge", "tender", "player", "person", "contractor", "builder").
TRADE_WORDS = _word_set("""
setter cleaner finisher checker molder moulder adjuster puller polisher educator appraiser servicer driller presser
keeper stitcher sprayer turner erector practitioner applicator engraver decorator interviewer preparer maintainer
patternmaker assessor framer oiler modeler modeller screener hauler coder stylist detective performer caretaker
roofer crewmember commissioner reviewer demonstrator ironworker laminator warden curator forester solicitor
concierge ambassador transcriber maid upholsterer typist promoter paraprofessional announcer historian sheriff
glazier bagger evaluator dietitian dietician tailor trucker firefighter expeditor expediter groomer troubleshooter
grower mediator butcher embalmer negotiator caseworker verifier astronomer actor copywriter roustabout veterinarian
correspondent seamstress scribe plasterer bricklayer pipefitter steelfixer boilermaker toolmaker diemaker
invigilator canvasser sandblaster reliever scorer presenter
""")
#: The job words of seven letters or more by their first letter, for :func:`_misspelt_job_word`.
_LONG_JOB_WORDS: dict[str, tuple[str, ...]] = {
    initial: tuple(words) for initial, words in itertools.groupby(
        sorted(w for w in JOB_WORDS | TRADE_WORDS if len(w) >= 7 and w.isalpha()), key=lambda w: w[0])}
#: Words that make a phrase an organisation's name.
ORG_WORDS = _word_set("""
inc inc. llc l.l.c l.l.c. ltd ltd. limited corp corp. corporation co co. company companies group plc pvt pvt.
private gmbh ag sa s.a. srl sarl bv nv pty sdn bhd llp lp bank hospital hospitals clinic university college institute
school academy polytechnic technologies technology tech solutions services systems consulting consultants
consultancy industries industrial enterprises enterprise associates agency center centre foods motors labs
laboratories laboratory international holdings partners foundation ministry department dept authority commission
council navy army force forces government govt municipality hotel hotels restaurant restaurants store stores
mart market markets logistics airlines airways energy power oil gas petroleum mining mines mine construction
constructions builders engineering manufacturing pharmaceuticals pharma networks communications telecom media
studio studios trust fund insurance capital financial finance healthcare health medical center. w.l.l w.l.l. est
est. contracting contractors traders trading exports imports electronics automotive automobiles steel cement
chemicals textiles electricals
""")
#: Countries (and their last words: "Sri Lanka", "Saudi Arabia", "New Zealand"; "Dubai" too) that end a location
#: ("Pune, India") or follow a firm's name ("Acme Foods-Kenya", :func:`_country_after_name`).
COUNTRIES = _word_set("""
usa us u.s. u.s.a. uk u.k. uae india pakistan
bangladesh nepal sri lanka china japan korea singapore malaysia indonesia philippines thailand vietnam australia
zealand canada mexico brazil argentina colombia chile peru venezuela nigeria ghana kenya egypt morocco algeria
tunisia ethiopia uganda tanzania africa qatar kuwait oman bahrain saudi arabia emirates dubai iran iraq jordan
lebanon israel turkey germany france spain italy portugal netherlands belgium switzerland austria sweden norway
denmark finland poland romania ukraine russia ireland scotland england greece hungary czech guinea papua
""")
#: Countries read only where a mark sets them off after a firm's name (:func:`_country_after_name`): as place
#: words they would make a line such as "Acme Products Zimbabwe" a place, its employer lost.
_OTHER_COUNTRIES = _word_set("afghanistan libya sudan yemen syria zambia zimbabwe botswana namibia mozambique angola "
                             "cameroon rwanda ksa nicaragua honduras guatemala panama cuba jamaica haiti ecuador "
                             "bolivia paraguay uruguay belize bahamas barbados croatia serbia bulgaria slovakia slovenia "
                             "lithuania latvia estonia iceland luxembourg cyprus albania cambodia myanmar mongolia "
                             "kazakhstan uzbekistan azerbaijan armenia senegal")
#: US state codes and names, Canada's provinces, and countries, that end a location ("Austin, TX", "Pune, India");
#: the states' older abbreviations too ("Oshkosh, Wis.", "Fresno, Calif."), those that are no common word nor a
#: town's ("Mt. Penn").
PLACES = COUNTRIES | _word_set("""
al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or
pa ri sc sd tn tx ut vt va wa wv wi wy dc alabama alaska arizona arkansas
california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky
louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming remote
qc bc sk nb nl ont quebec ontario alberta manitoba saskatchewan
ariz calif colo fla kans mich minn neb nev okla tenn wis wisc wyo
""")
#: Departments and specialties a title names after a comma ("Director, Tax", "Clinic Manager, Radiology"), a
#: laboratory's disciplines among them ("Medical Technologist, Chemistry & Microbiology").
DEPARTMENTS = _word_set("""
tax taxation radiology marketing sales engineering operations finance accounting accounts hr it product data analytics
research development quality production maintenance logistics procurement purchasing compliance legal risk audit
security infrastructure platform strategy support training design manufacturing planning projects administration
nursing pharmacy banking credit lending payments treasury investments insurance claims digital content
communications e-commerce ecommerce retail facilities safety hse qa qc r&d emergency services technology
systems networks network software hardware mobile web cloud devops growth partnerships recruiting talent payroll
benefits reporting controls fp&a strategy instrumentation electrical mechanical civil process
chemistry biochemistry microbiology bacteriology virology immunology serology hematology haematology histology cytology
toxicology pathology urinalysis coagulation
""")
#: "Designation", misspelt too ("Desgination", "Desigination", "Disignation"), or plural; the title's label reads
#: "Designation name :" and "Job name :" whole too (not "name : Site Engineer" as the title).
#: "Field of Work : Tool Room Machine Operator", "Post Held : Site Mechanic" and "Position Title : Cashier" label a
#: title too (a record's job, as a form asks it).
#: A period's label may number the record's periods: "Period Worked (1):", "Period Worked (2):", or name its start
#: ("Start Date: 12/2006 End Date: 12/2008", the range reading the end's label): the label's "Start" names no firm.
#: "Positions :" labels the title only after a word on its line ("... Greenhills, San Juan Positions : 3D Engineering
#: designer", an address's value before it): opening a line, it heads a list of the posts held. "Positions Held:"
#: labels a record's list of its posts when the list follows on its line (:func:`_first_post_held`); alone on its
#: line it heads a summary's list of posts. "Current Position:" with its value on its line is a title's label whole
#: ("(22/08/1998- 2016): Current Position: mechanical (engine & airframe) Organization: ...": the line opens with
#: it); alone on its line it heads the duties, and only its "Position:" is read, as before.
_DESIGNATION = r"d[ei]si?gi?nations?"
_LABELS = {
    "title": r"current\s+position(?=\s*[:;]+-?\s*\S)|position(?:\s+(?:held|title))?|positions\s+held(?=\s*[:;]+-?\s*\S)|(?<=\w )positions|post\s+held|field\s+of\s+work|" + _DESIGNATION + r"(?:\s+name)?|job\s*(?:title|name)|title|role|post|occupation|job",
    "employer": r"(?:(?:previous|present|current|last|past)\s+)?(?:company(?:\s*name)?|employer|organi[sz]ation)|institut(?:e|ion)|instutition|firm|hospital|name of (?:the )?(?:company|employer|organi[sz]ation|hospital|concern)",
    "period": r"(?:(?:period|dates?)\s+covered|period[e.]?|years?|duration(?:\s*period)?|doration|(?:start(?:ing)?\s*)?dates?|time\s*period|work(?:ing)?\s*period|job\s*period|"
              r"tenure|employment\s*(?:period|dates?)|length(?=\s*(?:employed|of\s+(?:employment|service|work)))|(?:date\s*)?inclusive(?:\s*(?:dates?|period))?|date\s+of\s+joining|joining\s+date)"
              r"(?:\s*(?:employed|worked|started|of\s+(?:employment|service|work)))?(?:\s*\(\d\))?|from",
    "location": r"location|place|city",
}
_LABEL = re.compile(
    r"(?P<label>\b(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _LABELS.items()) + r"))\.?\s*[:;]+-?\s*",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(r"(?:" + _LABELS["title"] + r")\s*[:;]", re.IGNORECASE)
#: "Client : Chevron": any short "Label : value" line of a record; ``_LABEL_HEAD`` is its label's words.
_LABEL_HEAD = r"^[A-Za-z][A-Za-z ]{1,20}"
_ANY_LABEL = re.compile(_LABEL_HEAD + r"\s?[:;]-?\s+\S")


def _is_label_line(text: str) -> bool:
    """Whether ``text`` opens with a label, one of ours (:data:`_LABEL`) or any short one (:data:`_ANY_LABEL`)."""
    return _LABEL.match(text) is not None or _ANY_LABEL.match(text) is not None
#: Lines that start a role's description: nothing after them is its header.
_BODY_LABEL = re.compile(
    r"^(?:(?:key|major|main|job|my|principal|primary|general|essential|specific|other|additional|daily|core|overall)\s+|"
    r"roles? and |summary of )?(?:responsibilit(?:y|ies)|duties|dutie|job description|description|"
    r"achievements?|accomplishments?|job profile|profile|tasks|work done|key result areas?|projects?|"
    r"environment|technologies|tools|skills used|acquired skills)\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•●▪◦➢►✓❖]|o\s)\s*")
#: "2.", "b)", and "III- " or "3- " (a dash and a space, then a capital: "3- Acme Group"; not "7-Eleven", "I-MAN",
#: nor a month's number before its year, "05- 2012"): a list's number before a record's line. A capital letter or a
#: small roman number only with its bracket ("E)Acme Metals", "iv)Process Planning"): "E. Smith" is a name's initial.
_ENUMERATOR = re.compile(r"^\s*(?:(?:\d{1,2}|[IVX]{1,4}|[a-h])[.)]\s*(?=\S)|(?:[A-H]|[ivx]{1,4})\)\s*(?=\S)|"
                         r"(?:\d{1,2}|[IVX]{1,4})-\s+(?=[A-Z]))")
#: A sentence about a job held: "Worked as Welder at Acme", "currently working Sales Lead with Acme", "One Year
#: Experience as Project Supervisor for Acme". Not "Work history: Cnc machinist at Source United ...": "Work history",
#: "Working experience" head the line, they are no verb (the title is "Cnc machinist", not "history: Cnc machinist").
_WORKED_AS = re.compile(
    r"(?<!to )\b(?:(?:currently|presently)\s+)?(?:(?:work(?:ed|ing)?(?!\s+(?:history|experiences?)\b)|served|serving|employed|joined)\s+(?:as\s+)?|"
    r"experience\s+as\s+)(?:an?\s+)?"  # "One Year Experience as Project Supervisor for ..."
    r"(?P<title>[^,;]+?)\s+(?:in|at|with|for)\s+(?P<employer>.+)$",
    re.IGNORECASE,
)
#: "Worked in (Saudi Aramco company) through (Dar Al Riyadh) as an "Instrument Technician"", or,
#: the verb left out, a line that opens with "with" ("Dec'11 - Aug'14 with Tech Mahindra, India as
#: Senior Software Engineer", its date removed).
_WORKED_IN = re.compile(
    r"(?:(?<!to )\b(?:work(?:ed|ing)?|served|serving|employed)\s+(?:in|at|with|for|@)|^with)\s+(?P<employer>.+?)\s+as\s+"
    r"(?:an?\s+)?"
    r"(?P<title>.+)$",
    re.IGNORECASE,
)
#: "Worked with Mascati Commercial Service LLC from 1997 to 2007 in Bahrain", "Employed Full-time with UCSF
#: Medical Center", "Worked remotely for Compass Consultants": the employer only (how the job was held is no name).
_WORKED_WITH = re.compile(r"^(?:worked|working|employed)\s+(?:(?:full|part)[\s-]?time\s+|remotely\s+)?(?:with|at|for|in)\s+(?P<employer>[A-Z](?:(?!\s+as\s).)+?)"
                          r"(?:\s+(?:from|since|in|at)\b.*)?$", re.IGNORECASE)
_STRONG_SPLIT = re.compile(
    r"\s*(?:\||•|·|–|—|\s//(?:\s|$)|\s-+\s|\s-(?=[A-Z])|(?<=[.)a-z])-\s|;|\t|\s{3,}|\s@\s|\s+at\s+(?=[A-Z])|(?<=\w):\s)\s*")
_SENTENCE_SPLIT = re.compile(r"(?:(?<=[a-z]{5})|(?<=[a-z]\)))\.\s+(?=[A-Z(])")
_PARENS = re.compile(r"\(([^()]*)\)")
#: The period's label or range word next to a date on its line ("Periode : ...", "... Working from").
_DATE_WORDS = re.compile(
    r"\b(?:" + _LABELS["period"] + r"|working\s+from|to|since)\b\s*[:;.-]*\s*$|"
    r"^\s*(?:" + _LABELS["period"] + r"|since)\b\s*[:;.-]*",
    re.IGNORECASE,
)
#: A "for" closing a part: what followed it was a duration or a date the reader took away ("Support engineer in HCL
#: Technologies for 10 months.(2016- 2017)." leaves "... for").
_DANGLING_FOR = re.compile(r"\s+for\s*$", re.IGNORECASE)
#: Words that turn a title into a sentence about the job ("Engineer managing a team of five"); "Managing
#: Director", "Managing Partner" are titles.
_TITLE_STOP = re.compile(r"\b(?:for|responsible|managing(?!\s+(?:director|partner|editor|consultant|member)\b)|handling|where|"
                         r"which|who|in charge of the)\b", re.IGNORECASE)
#: A capitalised "Handling" inside a title, with one to three capitalised words after it and then the text's end or
#: a mark ("Complaint Handling Specialist", "MATERIAL HANDLING ENGINEER", "Material Handling Engineer: ..."): a
#: title's unit, no sentence; :func:`_handling_in_title` asks for a capitalised word before it and a job word last.
_HANDLING_IN_TITLE = re.compile(r"(?:Handling|HANDLING)(?P<rest>(?:\s+[A-Z][\w&/'’-]*){1,3})(?=\s*(?:$|[^\w\s&]))")
#: "Production Manager for ten years. I was responsible ...", "CMM Production Technician - Responsible for
#: 2nd shift ...", "Technical Manager managed development of ...": a title opening a sentence about the job.
_TITLE_THEN_PROSE = re.compile(r"^(?P<title>(?:[A-Z][\w.&/-]*\s+){0,4}[A-Z][\w.&/-]*)(?:\s+(?:for|over|responsible|managing|"
                               r"handling|[Ii]n charge|managed|oversaw|supervised|directed|coordinated|handled)|\s*[-–—:]\s*(?i:responsible|managing|handling|in charge)|\s+[-–—]\s+(?=[A-Z][a-z]+ed\s))\b(?P<rest>.*)$")

#: "Managing Director: Founder of the company focused on ...", "Protective Services Investigator. Work with
#: the courts in ...": the title, a colon or a full stop, and a sentence about the job (read by
#: :func:`_title_then_prose` when at least six words follow, a third in lower case); the colon may be glued
#: to the sentence ("Line Cook:Responsibilities included working as a team ...") or open it in lower case
#: ("Machinery Estimator: prepared labour estimates for ..."); a tag in brackets may follow the title, and a space
#: the colon ("Laboratory Technologist (NYSC) : Manage the laboratory ..."); "and", "of" or "&" may join the title's
#: words ("Lead Internal and External Auditor: Monitor and document ..."). A dash with spaces parts them as a colon
#: does ("Warehouse and Production Superintendent – Administered the supervision of ...", "Calibration Technician –
#: Manage the calibration system of ..."): a sentence opening in capitals, whatever the tense of its first word, its
#: second word in lower case ("Manager - Operation Theatres from April ..." is a title with its unit). Not one opening
#: in lower case ("Secretary – was responsible for ..."): under a blank line, it would be read as the next record's title.
#: "Duties include" or "As part of" after the title opens the sentence with no mark ("Records Clerk Duties include filing ...").
#: The sentence's first word may be joined by a slash to a capitals' abbreviation ("Filling Supervisor. Payroll/HR Analyst
#: for the plant, ...").
_TITLE_COLON_PROSE = re.compile(r"^(?P<title>(?:[A-Z][\w.&/-]*\s+(?:(?:and|of|&)\s+)?){0,4}[A-Z][\w.&/-]*)"
                                r"(?P<tag>\s*\([^()]{1,30}\))?(?:\s?:\s*|\.\s+(?=[A-Z])|\s+[-–—]\s+(?=[A-Z][a-z]*\s+[a-z])|\s+(?=(?:Duties\s+include|As\s+part\s+of)\b))(?P<rest>[A-Za-z][a-z]+(?:\s|/[A-Z]+\s).*)$")


#: "FIELD SERVICE TECHNICIAN, USCO LLC - ARLINGTON HEIGHTS, IL Provide top customer service on-site ...": a record's
#: header in capitals (two words or more), then its description in ordinary case on the same line.
_CAPITALS_THEN_PROSE = re.compile(r"^(?P<head>[A-Z0-9&][A-Z0-9.&/,()'’-]*(?:\s+[A-Z0-9&–-][A-Z0-9.&/,()'’–-]*)+)"
                                  r"\s+(?P<rest>[A-Z][a-z]+\s.*)$")


def _capitals_then_prose(text: str) -> str | None:
    """The header in capitals that opens a line of description ("CNC SETUP -TECHNICIAN Responsible for the changeover
    and setup of precision gears ..."), when it names a job and a sentence follows (six words or more, a third in
    small letters: not "MACHINE OPERATOR Kroger Manufacturing, Cincinnati OH", whose name is the header's too)."""
    match = _CAPITALS_THEN_PROSE.match(text)
    if not match or not has_job_word(match.group("head")):
        return None
    rest = match.group("rest").split()
    if len(rest) < 6 or sum(w[:1].islower() for w in rest) * 3 < len(rest):
        return None
    return match.group("head").strip(" ,;:-–")


_WORD = re.compile(r"[A-Za-z][A-Za-z.&'/-]*")
#: "Sr.Engineer", "Asst.Manager", "Project Engineer-E&I", "Supervisor-Nuclear Medicine" too (not "Tech-Mahindra",
#: "instructor-led"); a level's number after a hyphen too when it ends the text, as a title alone on its line does
#: ("ENGINEER-1"; not "Tech-4 Years", nor "Machinist-3 Cameron Surface Systems", a title glued to its firm).
_JOB_SPLIT = re.compile(r"[\s/,()]+|(?<=[A-Za-z]{2})\.(?=[A-Z][a-z])|(?<=[A-Za-z]{5})-(?=[A-Z]|\d{1,2}$)")
_PLACE_SPLIT = re.compile(r"[\s,]+")
#: "Denver CO 80501": a state's code before a zip, without a comma.
_STATE_ZIP_END = re.compile(r"\s[A-Z]{2}\s+\d{5}(?:-\d{4})?$")
#: A state's code ending a place after a comma, perhaps with its zip or the sentence's full stop ("Aurora, CO",
#: "Las Vegas, NV.", whose "NV." is no Dutch firm's legal form), or before a zip with no comma.
_STATE_CODE_END = re.compile(r",\s*[A-Z]{2}(?:\s+\d{5}|\.)?$|" + _STATE_ZIP_END.pattern)
#: "Ltd.", "Sr.", "U.S." at the end: a period that belongs to the word, not the sentence.
_ABBREVIATION_END = re.compile(r"\b(?:[A-Z][a-z]{0,4}|[A-Z.]+|[A-Za-z])\.$")
_LETTER = re.compile(r"[A-Za-z]")
_COMMA = re.compile(r",\s*")
_NUMBER = re.compile(r"\d{3,}")
_SPACES = re.compile(r"\s+")
#: Canadian provinces' codes that are also words ("on", "ab"): places only in capitals after a town's comma
#: ("Toronto, ON", "Calgary, AB").
_PROVINCE_CODE = r"(?:ON|AB|NS|PE)\.?"
#: Of those, the codes read with no comma after a town's name in small letters ("Stratford ON", "Halifax NS"): not
#: "AB", a Swedish firm's legal form ("Volvo Cars AB"), nor "PE", an engineer's letters after a name ("Jane Smith PE").
_PROVINCE_CODE_UNMARKED = r"(?:ON|NS)\.?"
_PROVINCE_CODE_END = re.compile(r",\s*" + _PROVINCE_CODE + r"$|(?<=[a-z])\s+" + _PROVINCE_CODE_UNMARKED + r"$")
_PROVINCE_CODE_ALONE = re.compile(_PROVINCE_CODE)
_PROVINCE_CODE_UNMARKED_ALONE = re.compile(_PROVINCE_CODE_UNMARKED)
#: Puerto Rico's code after a town's comma ("Old San Juan,PR", "Carolina, PR 00982"): in capitals after a word in
#: small letters only, as "PR" is also public relations ("Director, PR", "Marketing & PR": :func:`_is_place` keeps
#: a job word or a department out).
_PUERTO_RICO_END = re.compile(r"(?<=[a-z]),\s*PR\.?(?:\s+\d{5})?$")
_POSTCODE_END = re.compile(r"\s+\d{5}(?:-\d{4})?$|\s+\d{6}$")
_LEADING_FILLER = re.compile(
    r"^(?:(?:currently\s+)?(?:work(?:ed|ing)?|serv(?:ed|ing))\s+as\s+(?:an?\s+)?|(?:as|an?|the|at|with|and)\s+)",
    re.IGNORECASE)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


#: Job words that also qualify a noun: a job only as the last word ("IT Professional", not "Professional
#: Affiliation" or "Additional professional activities", headings read where a title sits).
_JOB_ADJECTIVES = frozenset({"professional"})


#: "Head Office", "Head Quarters": a firm's main seat, where "head" names no job.
_HEAD_OFFICE = re.compile(r"\bhead\s+(?:office|quarters?)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def has_job_word(text: str) -> bool:
    """Whether ``text`` names a job ("Senior Instrument Technician", "SDE II", "front desk")."""
    words = [w for w in _JOB_SPLIT.split(_HEAD_OFFICE.sub(" ", text)) if w]
    last = len(words) - 1
    return any((_is_job_word(bare := w.lower().strip(".\"'“”‘’:-–—*")) and (bare not in _JOB_ADJECTIVES or k == last))
               or (k == last and _hyphened_job_word(w)) or _glued_job_word(w) for k, w in enumerate(words)) or \
        _JOB_PHRASE.search(text) is not None


#: The shortest job word read after a hyphen: "Site-Engineer", not "B-Tech", "Hi-Tech" or "help-desk".
_HYPHENED_JOB_LENGTH = 5
#: Job words that, after a hyphen, make a word of another kind: "Co-Worker", "Co-operative".
_NOT_HYPHENED_JOBS = frozenset({"worker", "operative"})


def _hyphened_job_word(word: str) -> bool:
    """Whether a capitalised word names a job after a hyphen as its last part does alone: "Electrical
    Co-coordinator", "Position: Site-Engineer.", "QA-Manager", "Co-Owner" (not "Co-Worker", "B-Tech").
    :func:`has_job_word` asks it of a text's last word only, where a title ends: inside a sentence such a
    word names a thing ("Monitoring using Micro-controller and Mobile", "pre-driver, driver and amplifier")."""
    head, _, tail = word.strip(".,:;\"'“”‘’*").rpartition("-")
    tail = tail.lower()
    return head[:1].isupper() and len(tail) >= _HYPHENED_JOB_LENGTH and tail not in _NOT_HYPHENED_JOBS and \
        _is_job_word(tail)


#: "PIPING IN CHARGE", "Site in-charge", "Senior Scrum Master", "CELL SETUP MAN": a job named by a phrase (a
#: master alone is more often a degree's); support named by its kind, ending the text ("IT Technical Support level 1",
#: "Junior IT Support", "Desktop Support"; not "technical support for 40 users" nor a support department); a person
#: named by the work with a grade after it ("Service Person I", "Maintenance Person 2"), or a hand by the place
#: ("Ranch Hand", "Deckhand"); a person or a hand alone is no job ("contact person", "hand tools"). A locator of buried
#: lines ("Utility Locator"), not of web elements ("CSS Locator", "Element locators"). An associate shortened after the
#: work of a shop's floor ("Shipping/Receiving Assoc."), not an association ("National Machining Assoc."). General
#: labour, the job of a hand hired for any work, capitalised and opening the text as a title does ("General Labor
#: 12/27/2013-4/30/2014", "GENERAL LABOR/GRINDER"; not the work in a sentence, "Worked as a general labour in",
#: "Packaging, sorting, General labor"), nor labour's laws or relations.
_JOB_PHRASE = re.compile(r"\bin[\s-]charge\b(?!\s+of\b)|\bscrum\s+master\b|\bset[\s-]?up\s+man\b|"
                         r"^(?-i:General|GENERAL)\s+labou?r\b(?!\s+(?:laws?|relations?|unions?|markets?)\b)|"
                         r"\b(?:utility|underground|cable|line)\s+locator\b|"
                         r"\b(?:sales|receiving|shipping|stocking|store|retail|warehouse|cart|team)\s+assoc\b|"
                         r"\b(?:delivery|service|maintenance|repair|counter|security|utility|laundry|stock)\s+person\s+"
                         r"(?:[ivx]{1,4}|\d)\b|\b(?:deck|farm|ranch|rig|dock|field)\s?hand\b(?![\s-]+(?:tools?|held)\b)|"
                         r"\b(?:it|technical|tech|desktop|software|solutions?)\s+support(?:\s+(?:level|tier|l)?\s*\d)?\s*$",
                         re.IGNORECASE)


#: "SeniorEngineer": words a PDF converter glued together, split where a capital follows a small letter.
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _glued_job_word(word: str) -> bool:
    """Whether a glued word ends in a job noun ("SeniorEngineer", "ProjectManager")."""
    pieces = _CAMEL.split(word.strip(".,()\"'“”‘’:"))
    return len(pieces) > 1 and _is_job_word(pieces[-1].lower())


#: Endings that make a word a job noun ("geoscientist", "petrophysicist", "radiologist", "clinician").
_JOB_ENDINGS = ("scientist", "ologist", "icist", "ographer", "ician")


def _is_job_word(word: str) -> bool:
    return word in JOB_WORDS or word in TRADE_WORDS or (len(word) > 6 and (word.endswith(_JOB_ENDINGS) or _IST_NOUN.search(word) is not None)
                                 and word not in _NOT_IST_JOBS) or _misspelt_job_word(word)


#: Job words long enough for a slip of one letter to leave them recognisable.
_MISSPELT_LENGTH = 7
#: Endings of the words one letter away from a job word that are other words ("managed", "engineers",
#: "operate", "directory", "teachings").
_NOT_MISSPELT_ENDINGS = ("ed", "s", "e", "y", "ing", "al", "on", "ly")
#: Words one letter from a job word that name something else, as the 2,569 postjobfree resumes use them.
_NOT_MISSPELT = _word_set("""
internet printer greater processor tracker trailer stacker stewart overseen glacier procter ejector strayer sticker
pointer elector planter chucker sturgeon counsil cashmer
""")


@functools.lru_cache(maxsize=4096)
def _misspelt_job_word(word: str) -> bool:
    """"Technicain", "Enginer", "Administartor", "Opetator", "Assambler": a job word with one letter
    left out, added, changed or two swapped, as resumes write them; the first letter as written, and
    not a word of another kind that lies one letter from a job word."""
    if len(word) < _MISSPELT_LENGTH or not word.isalpha() or word.endswith(_NOT_MISSPELT_ENDINGS) or word in _NOT_MISSPELT:
        return False
    return process.extractOne(word, _LONG_JOB_WORDS.get(word[0], ()), scorer=OSA.distance, score_cutoff=1) is not None


#: A rank's abbreviation glued by its full stop to the job word after it: "Asst.Engineer", "Sr.Consultant" (not a
#: degree's "B.Tech").
_GLUED_RANK = re.compile(r"^(?:asst|asstt|sr|snr|jr|dy)\.(?=[a-z])")


def _ends_in_job_word(text: str) -> bool:
    """Whether the last word of ``text`` (lower case, a closing "." or "," dropped, and a rank glued before it:
    "Asst.Engineer" ends in "engineer") is a job word; empty text ends in none (a title cut down to nothing)."""
    words = text.split()
    return bool(words) and _is_job_word(_GLUED_RANK.sub("", words[-1].lower().strip(".,")))


def _title_stop(text: str) -> re.Match[str] | None:
    """The first word of :data:`_TITLE_STOP` in ``text`` that turns a title into a sentence ("Engineer managing a team
    of five", "Team Lead for Asset Management"), or ``None``; a capitalised "Handling" inside a title is none
    (:func:`_handling_in_title`: "Complaint Handling Specialist", "PLC Programmer and Material Handling Engineer")."""
    for stop in _TITLE_STOP.finditer(text):
        if not _handling_in_title(text, stop):
            return stop
    return None


def _handling_in_title(text: str, stop: re.Match[str]) -> bool:
    """Whether the stop word ``stop`` found in ``text`` is a capitalised "Handling" between a capitalised word and one
    to three capitalised words that end in a job word and close the text or come before a mark (:data:`_HANDLING_IN_TITLE`:
    "SENIOR COMPLAINT HANDLING SPECIALIST", "Material Handling Engineer: Managed ..."). "Handling Hurdles for ...",
    "Technician Grade 7/ Material Handling Location/Site Doha" and "Handling of parents" stay sentences or no titles."""
    before = text[:stop.start()].split()
    found = _HANDLING_IN_TITLE.match(text, stop.start())
    return bool(found and before and before[-1][:1].isupper() and _ends_in_job_word(found.group("rest")))


#: "phlebotomist", "hygienist", "anesthetist": an agent noun in -ist (not "checklist", "assist", "exist").
_IST_NOUN = re.compile(r"(?<!l)(?<!s)(?<!x)ist$")
#: Words in -ist that name no job ("Baptist Medical Center", "Methodist Hospital").
_NOT_IST_JOBS = _word_set("baptist methodist adventist tourist")


#: Where a name's words part for :func:`_is_org`: spaces, and a bracket glued to a word, as a legal form often is
#: ("TERA Software (p)Ltd", "Crest Hotel(Marina)"); a word inside a spaced bracket stays with its bracket
#: ("layoff (steel union)" names no firm).
_ORG_WORD_SPLIT = re.compile(r"\s+|(?<=\w)(?=\()|(?<=\))(?=\w)")


def _is_org(text: str) -> bool:
    """Whether a word of ``text`` is an organisation's; the plural "Groups" too when it ends a name ("Pyramid
    Groups"), not alone (a "Groups" heading of memberships)."""
    words = [w.lower() for w in _ORG_WORD_SPLIT.split(text) if w]
    return any(w in ORG_WORDS or w.rstrip(".,") in ORG_WORDS for w in words) or \
        len(words) > 1 and words[-1].rstrip(".,") == "groups"


#: Codes of states and provinces written with full stops ("Spartanburg, S.C.", "Smithers B.C."): not those that are
#: also degrees or titles ("M.D.", "P.A.", "M.S.", "M.A."), nor a country's ("Acme Trading U.A.E.", "Acme U.S." name
#: the firm's branch more often than they end a place).
_DOTTED_CODES = _word_set("s.c n.c n.y n.j n.h n.m n.d s.d d.c b.c r.i")


def _dotted_place(word: str, text: str) -> bool:
    """Whether a place's last word (lower case, its outer full stops gone) is a code written with full stops
    ("S.C.", "N.Y.") or a state's older abbreviation ending in one ("Danbury Conn.", "Hartford, Conn."), or a
    country's dotted code after a comma ("Austin, U.S.A.", "Dubai, U.A.E")."""
    return word in _DOTTED_CODES or text.rstrip(" )").endswith(".") and word in _DOTTED_STATES or \
        "." in word and word.replace(".", "") in COUNTRIES and _COMMA_THEN_LAST.search(text) is not None


#: A place's last word set off by a comma ("Austin, U.S.A."): a country's dotted code read as the place's only then,
#: not after a firm's name ("Acme Trading U.A.E.").
_COMMA_THEN_LAST = re.compile(r",\s*[\w.]+\s*$")


def _is_place(text: str) -> bool:
    words = [w.lower().strip(".,()") for w in _PLACE_SPLIT.split(text) if w.strip(".,()")]
    words = [w for w in words if not w.isdigit()]
    if not words or len(words) > 5:
        return False
    if _LEGAL_SUFFIX.search(text) and not _STATE_CODE_END.search(text):  # "Acme Co." but "Aurora, CO", "Denver CO 80501"
        return False
    return words[-1] in PLACES or " ".join(words[-2:]) in PLACES or bool(_PROVINCE_CODE_END.search(text)) or \
        _dotted_place(words[-1], text) or _puerto_rico_town(text)


def _puerto_rico_town(text: str) -> bool:
    """Whether a place's text ends in Puerto Rico's code after a town's comma ("Old San Juan,PR", "Carolina, PR
    00982"), its other words naming no job nor department ("Director, PR", "Marketing,PR" are public relations)."""
    return _PUERTO_RICO_END.search(text) is not None and not has_job_word(text) and \
        not any(w.lower() in DEPARTMENTS for w in _PLACE_SPLIT.split(text)[:-1])


# ---------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------
@dataclass
class Role:
    """One job on a resume.

    ``start`` and ``end`` are ``YYYY-MM`` (or ``YYYY`` when only the year is written);
    ``end`` is ``"present"`` for a current job, ``None`` for a job dated by one date alone ("Trainee,
    Jun 2018": the resume states no end; its months still run to that date's); both are ``None`` for an
    undated role.
    ``text_start``/``text_end`` are character offsets of the role's lines in the text;
    ``skills`` are the ids of the skills shown there; ``years`` its length in years.

    ``title`` is a title the resume states: labelled ("Position : X"), naming a job, or written where
    the resume writes its other roles' titles (``title_by_layout``: "Contractor" two lines under the
    dates where the other roles have "Machine Operator"). A name
    found only where a title would sit ("Sharjah", "Knapheide Truck Equipment" above the dates),
    naming no job, is ``title_guess`` instead: never shown as the person's title, but the title
    score and role years read it (:attr:`scoring_title`), since a guess there often still
    resembles the job.
    """

    title: str | None
    employer: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    date_text: str | None = None
    text_start: int = 0
    text_end: int = 0
    start_month: int | None = None
    end_month: int | None = None
    years: float | None = None
    skills: list[str] = field(default_factory=list)
    labelled: bool = False
    title_guess: str | None = None
    title_by_layout: bool = False
    #: Fields the reading keeps for itself and the scores: not shown in a profile's output.
    INTERNAL: ClassVar[tuple[str, ...]] = ("start_month", "end_month", "labelled", "title_guess", "title_by_layout")

    @property
    def scoring_title(self) -> str | None:
        """The title the scores read: the stated one, else the guess."""
        return self.title or self.title_guess


@dataclass
class _Unit:
    """A line of the experience part (or one column of a two-record line)."""

    text: str
    start: int
    end: int
    line: Line | None = None


@dataclass
class _Fields:
    title: str | None = None
    employer: str | None = None
    location: str | None = None
    forced: set[str] = field(default_factory=set)


def find_roles(text: str, lines: list[Line], as_of: dt.date,
               skill_spans: frozenset[tuple[int, int]] = frozenset()) -> list[Role]:
    """Every job of a resume, most recent first (undated ones after, in document order).

    ``skill_spans``: the (start, end) offsets of the skills the profile found in ``text``; a dated line that
    names one of them alone, in a list of skills or courses, is no job (:func:`_names_a_skill_only`)."""
    day_first = detect_day_first(text)
    roles: list[Role] = []
    for stream in _streams(_units(lines, ("experience",))):
        roles += _stream_roles(stream, day_first, as_of)
    jobs = [r for r in roles if r.start]
    # Jobs outside an experience section (no heading, or a heading the layout lost, which leaves
    # them under the section before, often skills): dated lines that name a job, or a company by
    # its legal form (then without a title: what such a line offers as one is a guess); under
    # education or certifications, only labelled records ("Employer : ...") or dated lines naming
    # a job or a company by its legal form, at an employer that is not a school.
    # Memberships and volunteering ("Professional Affiliations", "Member of X Society, 2015-2018",
    # "Community and Volunteering") are not jobs.
    elsewhere = ("summary", "other", "contact", "projects", "skills")
    index = None  # the lines' heading index, built when a list of jobs is first looked for
    for sections, keep in ((elsewhere, _names_a_job_or_employer), (("education", "certifications"), _is_job_record)):
        units = [u for u in _units(lines, sections) if not _MEMBERSHIP_HEADING.search(u.line.heading)]
        for stream in _streams(units):
            found = _stream_roles(stream, day_first, as_of)
            listed = set()
            if keep is _names_a_job_or_employer:
                index = index or _heading_index(lines)
                listed = _work_lists(found, lines, index)
            for role in found:
                if not (role.start or role.labelled and not _referees_position(role, units)) or \
                        not (keep(role) or id(role) in listed) or _MEMBER_OF.search(role.title or "") or \
                        _training_attended(role):
                    continue
                if keep is _names_a_job_or_employer and not _names_a_job(role):
                    role.title = None
                same = next((r for r in roles if role.start and r.start == role.start and r.end == role.end), None)
                if same is not None:  # already read; it may lack the title this line gives
                    same.title = role.title if not same.title or _bare_title_of(role.title, same.title) else same.title
                    _fill_from_same_dates(same, role, text)
                    continue
                if not role.start and any(r.title == role.title and r.employer == role.employer for r in roles) or \
                        _within_a_job(role, jobs):
                    continue
                roles.append(role)
    if not any(r.start for r in roles):
        roles += _summary_history(lines, day_first, as_of) + _jobs_under_education(lines, day_first, as_of)
    roles = _outside_trainings_lists([r for r in roles if not _is_no_job(r, text)], lines)
    roles = [r for r in roles if not _bare_sub_period(r, roles, text)]
    dated = sorted(_merge_same_dates([r for r in roles if r.start]),
                   key=lambda r: (-(r.end_month or 0), -(r.start_month or 0)))
    out = _shared_title_parts(dated + [r for r in roles if not r.start])
    if not out:
        out = _undated_worked_as_roles(lines) or _first_listed_job(lines)
    elif len(out) > 1 and all(r.start and not r.title and not r.employer for r in out):
        _title_from_the_first_listed_job(out[0], lines)
    # The writer's own address: a town it writes with its state or country ("12 Mill Road, Lakeport, IN 46001")
    # read as an employer ("Lakeport" by the dates) is no firm; a firm's name is seldom the town its worker lives in.
    contact = "\n".join(line.text for line in lines if line.section == "contact")
    for role in out:
        _title_after_its_place(role, text)
        _title_before_its_place(role)
        _firm_under_the_date_line(role, text)
        _firm_before_slash_title(role)
        if role.title and not _states_a_title(role):
            role.title, role.title_guess = None, role.title
            if not role.employer and _guess_names_employer(role.title_guess, text):
                role.employer = role.title_guess  # a name alone by the dates: the employer's
        _job_read_as_employer(role)
        if role.employer and _names_no_employer(role.employer):
            role.employer = None
        if role.employer and _is_big_city(role.employer):
            role.employer, role.location = None, _town_before_place(role.employer, role.location)
        _big_city_after_firm(role)
        _city_read_as_title(role)
        if role.employer and (_employer_is_a_town(role.employer, text) or _town_of_the_resume(role.employer, contact)):
            role.employer, role.location = None, role.location or role.employer
    return [r for r in out if not _one_month_without_job(r) and not _names_a_skill_only(r, lines, skill_spans)
            and not _under_a_degree(r, lines) and not _names_a_project_only(r, out, lines)
            and not _starts_after(r, as_of)]


#: Months past the date a resume is read at (``as_of``) that a job's start may still fall: the date is the reader's
#: guess at the resume's, which may be older than the resume.
_START_AFTER_AS_OF_MONTHS = 12


def _starts_after(role: Role, as_of: dt.date) -> bool:
    """Whether a role starts more than a year (:data:`_START_AFTER_AS_OF_MONTHS`) after the resume's date
    (``as_of``): no job held yet but a document's date read as one, such as a seaman's book's expiry in a table
    ("Indian MUM371706 14/03/2019 Mumbai 13/03/2029 -", read as a job from 2029-03 on) or a certificate's
    ("ASQ-Certified Quality Engineer (June 2022)")."""
    return role.start_month is not None and \
        role.start_month > DatePoint(as_of.year, as_of.month).months() + _START_AFTER_AS_OF_MONTHS


#: A town's name: up to three capitalised words ("Arlington", "Ft Wayne", "Winston-Salem").
_TOWN_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
#: A state's code after a town: two letters, the first a capital ("TX", "Tx"), or dotted ("N.J.").
_STATE_CODE = r"[A-Z][A-Za-z]|[A-Z]\.[A-Z]\."
#: A record's fields on one line with no mark between its place's state code and the title after it: "Hygia
#: Healthcare, Arlington, TX Compliance Nurse", "Exxon - BAYWAY REFINERY, Linden,N.J. Process Operator". The code is
#: two letters ("TX", "Tx") or dotted ("N.J."), after a town of up to three capitalised words and its comma.
_PLACE_BEFORE_TITLE = re.compile(r"(?:^|,)\s*(?P<town>" + _TOWN_NAME + r"),\s*"
                                 r"(?P<code>" + _STATE_CODE + r")\s+(?P<title>[A-Z].*)$")
#: A title opening with such a code, its town and comma left before it on the line ("Cypress, Tx Tooling Design
#: Engineer" read as "Tx Tooling Design Engineer"), and that town.
_CODE_OPENS_TITLE = re.compile(r"^(?P<code>" + _STATE_CODE + r")\s+(?P<title>[A-Z].*)$")
_TOWN_BEFORE = re.compile(r"(?P<town>" + _TOWN_NAME + r"),\s*$")


def _town_and_code(town: str, code: str) -> str | None:
    """The place a town and a state's code make ("Arlington, TX", "Linden, N.J."), or ``None`` when the code is
    no state's (:func:`_is_place`), may be a job's letters (:data:`_CODES_OF_JOBS`: "CT Technologist", "OR Nurse"
    after a town stay the title's), or the "town" names a firm or a job ("Acme Staffing, TX")."""
    if code in _CODES_OF_JOBS or _is_org(town) or has_job_word(town) or not _is_place(f"{town}, {code}"):
        return None
    return f"{town}, {code}"


#: An employer's field ending in a state's code after a space or a comma, in any case ("(Teknatool Inc.) Boca Raton
#: Fl", "Disney Company INC. Century city ca", "Acme Inc, Frisco, Tx"), perhaps with the country after it ("..., Tx,
#: United State of America").
_CODE_ENDS_EMPLOYER = re.compile(r"^(?P<head>.*?\S)(?:\s*,\s*|\s+)(?P<code>" + _STATE_CODE + r"|[a-z]{2})\.?"
                                 r"(?:\s*,\s*(?P<country>(?i:usa|u\.s\.a\.?|united\s+states?(?:\s+of\s+america)?)))?$")
#: Small words that end a sentence's cut rather than name a state in small letters ("... or", "... me"), besides the
#: connectors (:data:`_CONNECTORS`: "... Dealing in").
_SMALL_WORDS_NOT_CODES = _word_set("or me hi oh ok id")
#: The town before that code: up to three words, the first capitalised, after the mark that ends the firm's name (a
#: comma, a dash, a closing bracket or a legal form's full stop): "(Teknatool Inc.) Boca Raton", "Ulano
#: Corporation-Brooklyn", "Disney Company INC. Century city", "Acme Corp, Winston-Salem".
_TOWN_AFTER_NAMES_END = re.compile(r"(?P<mark>[,)–-]|\.)\s*(?P<town>[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,2})$")


def _town_and_code_after_name(employer: str) -> tuple[str, str] | None:
    """An employer's field holding its town and state's code after the firm's name -> the name and the place:
    "(Teknatool Inc.) Boca Raton Fl" -> ("Teknatool Inc.", "Boca Raton, Fl"); "FOX entertainment Group / Disney
    Company INC. Century city ca" -> ("... Disney Company INC.", "Century city, ca"); "Acme International Inc,
    Frisco, Tx, United State of America" -> ("Acme International Inc", "Frisco, Tx, United State of America");
    "Ulano Corporation-Brooklyn NY". The town and code must make a place (:func:`_town_and_code`); a code in small
    letters is none of the small words (:data:`_SMALL_WORDS_NOT_CODES`: "Acme Foods, Exporters to Europe or"), and the
    town holds no connector. Before a dash, a bracket or a full stop the name must end
    in a legal form, an organisation's word or a bracket ("Acme Corp St. Louis MO" keeps its name whole)."""
    coded = _CODE_ENDS_EMPLOYER.match(employer)
    found = _TOWN_AFTER_NAMES_END.search(coded.group("head")) if coded else None
    if found is None or coded.group("code") in _SMALL_WORDS_NOT_CODES or coded.group("code") in _CONNECTORS or \
            not _CONNECTORS.isdisjoint(w.lower() for w in found.group("town").split()):
        return None
    name = coded.group("head")[:found.end("mark")].strip(" ,-–")
    if name.startswith("(") and name.endswith(")") and name.count("(") == 1:
        name = name[1:-1].strip()  # "(Teknatool Inc.)": the firm's name in its brackets
    last = name.split()[-1] if name.split() else ""
    if not _looks_like_name(name) or found.group("mark") != "," and not (
            found.group("mark") == ")" or _LEGAL_SUFFIX.fullmatch(last) or _is_org(last.strip(".,"))):
        return None
    place = _town_and_code(found.group("town"), coded.group("code"))
    if place is None:
        return None
    return name, f"{place}, {coded.group('country')}" if coded.group("country") else place


def _title_after_its_place(role: Role, text: str) -> None:
    """A title read with the place written before it on the record's line, no mark between: "Hygia Healthcare,
    Arlington, TX Compliance Nurse/Quality Assurance Nurse" -> title "Compliance Nurse/Quality Assurance Nurse",
    place "Arlington, TX" (and employer "Hygia Healthcare" when the role has none: the fields before the town,
    naming no job and no street); "Tx Tooling Design Engineer", read after "FYCO Tool and Die, INC., 20101 Schiel
    Road, Cypress," -> "Tooling Design Engineer", place "Cypress, Tx". The title left must name a job."""
    title = role.title or ""
    found = _PLACE_BEFORE_TITLE.search(title)
    before = title[:found.start()].strip(" ,") if found else ""
    if found is None and (opening := _CODE_OPENS_TITLE.match(title)):
        at = text.find(title, role.text_start, role.text_end)
        town = _TOWN_BEFORE.search(text[max(role.text_start, at - 60):at]) if at > 0 else None
        found = opening if town else None
        place = _town_and_code(town.group("town"), opening.group("code")) if town else None
    else:
        place = _town_and_code(found.group("town"), found.group("code")) if found else None
    if found is None or place is None or not has_job_word(found.group("title")):
        return
    role.title = found.group("title").strip()
    role.location = role.location or place
    if before and not role.employer and not _DIGIT.search(before) and not has_job_word(before):
        role.employer = before


def _firm_before_slash_title(role: Role) -> None:
    """"Hoffman Construction / Construction Administrator", "SAIC Ltd / Applications Lead": a title read with the
    firm before a spaced slash -> title after the slash, the firm the employer. The firm names no job and is one: a
    legal form, or a name of two words or more with an organisation's word (:func:`_is_org`; "Quality Assurance /
    Business Analyst" names a field, "Cisco / Lead UX Designer" is left alone). The role's own employer must be
    none, the same firm, or a lone town (then its place: "BANGALORE" read by the dates)."""
    head, slash, tail = (role.title or "").partition(" / ")
    head = head.strip()
    if not slash or has_job_word(head) or not _title_ends(tail) or _is_place(head) or _DEPARTMENT.match(head) or \
            not (_LEGAL_SUFFIX.search(head) or _is_org(head) and len(head.split()) > 1):
        return
    town = role.employer if role.employer and _is_lone_town(role.employer) else None
    if role.employer and role.employer.casefold() != head.casefold() and town is None:
        return
    role.title, role.employer = tail.strip(), head
    role.location = role.location or town


#: A state's code ending a title with no comma before it, after a town written in small letters with capitals or
#: after a slash: "CNC Operator Ft Wayne IN", "Quality Assurance Engineer New York /NY", "QA Analyst/NY" ("WEST STAFF
#: EDELSTINE IL", all capitals, may hold a firm's name rather than a title).
_CODE_ENDS_TITLE = re.compile(r"(?<=[a-z])(?P<mark>\s*/\s*|\s+)(?P<code>[A-Z]{2}|[A-Z]\.[A-Z]\.)\.?$")
#: Codes that after a title's slash name a second job rather than a state: those of :data:`_CODES_OF_JOBS` and a
#: medical assistant ("Receptionist/MA").
_CODES_OF_JOBS_AFTER_SLASH = frozenset({"MA"})


def _title_before_its_place(role: Role) -> None:
    """A title read with the town and state written after it on the record's line, no comma between: "CNC Operator
    Ft Wayne IN" -> title "CNC Operator", place "Ft Wayne, IN"; "Quality Assurance Engineer New York /NY" -> "Quality
    Assurance Engineer", "New York, NY". The town is the words after the title's job word (:func:`_city_after_title`,
    "Ft Wayne" and "New York" whole) and makes a place with the code (:func:`_town_and_code`); a code alone after a
    slash and a job word is the place ("Quality Assurance Engineer / QA Analyst/NY" -> "... QA Analyst", "NY")."""
    code = _CODE_ENDS_TITLE.search(role.title or "")
    if code is None:
        return
    head, state = role.title[:code.start()], code.group("code")
    if city := _city_after_title(head):
        head, place = city[0], _town_and_code(city[1], state)
    elif "/" in code.group("mark") and _title_ends(head) and state not in _CODES_OF_JOBS and \
            state not in _CODES_OF_JOBS_AFTER_SLASH and _is_place(state):
        place = state
    else:
        place = None
    if place is not None:
        role.title, role.location = head, role.location or place


def _firm_under_the_date_line(role: Role, text: str) -> None:
    """"Shipping and Receiving -Diver -Packer 04/2003 - 11/2013" / "Kramer Golf, Burlington, WI", "CNC Programmer, Set
    up Person, Operator 2011- 2013" / "A-Line Aerospace Machining, Toronto, Ontario": the work on the date line, the
    firm with its town and state on the line under it. When the employer was read from the date line's text (the firm's line then giving the
    place alone, its firm a guess or lost), the date line's text before the dates is the title and the firm's line
    names the employer. Only where the line under the dates is the firm, a comma and the role's place, the date
    line holds nothing after its dates, and the title read so far came from the date line too (else, with none, the
    firm was read as the guess): "U.S. Navy Mar 2013 - Present" / "Machinist Mate USS Florida, King's Bay, GA." and
    "Doctors Medical Center July 2014- March 2015" / "4888 Miami Gardens, 183 street Miami, FL" keep their firm."""
    if not (role.employer and role.location and role.date_text):
        return
    start = text.rfind("\n", 0, role.text_start) + 1
    first_end = text.find("\n", start)
    second_end = text.find("\n", first_end + 1)
    if first_end < 0:
        return
    first, second = text[start:first_end].strip(), text[first_end + 1:second_end if second_end >= 0 else None].strip()
    if not second.endswith(", " + role.location):
        return
    ranges = find_ranges(first)
    if len(ranges) != 1 or first[ranges[0].stop:].strip(" ."):
        return
    head, firm = first[:ranges[0].begin].strip(" ,-–|"), second[:-len(role.location) - 2].strip(" ,")
    if role.employer not in head or not firm or firm in head or role.employer in firm or "," in firm or _is_place(firm):
        return
    if (role.title_guess != firm) if role.title is None else (role.title not in head):
        return
    role.title, role.employer, role.title_guess = head, firm, None


#: A heading over a list of projects ("PROJECTS", "Academic Project", "PROJECT DETAILS", "Major Projects"); a bare
#: "PROJECT" may head a job's own lines and "PROJECTS HANDLED" a list of jobs, so neither is one.
_PROJECTS_HEADING = re.compile(
    r"^\W*(?:(?:academic|major|main|mini|personal|college|final\s+year|research|other|selected|key)\s+projects?|projects|"
    r"project(?=\s+(?:details?|profile|experience)))(?:\s+(?:details?|profile|experience|undertaken|done))?\W*$",
    re.IGNORECASE)


def _names_a_project_only(role: Role, roles: list[Role], lines: list[Line]) -> bool:
    """Whether a period with no title under a heading of projects is a project's ("PROJECTS / Coal Mines Flood
    Alert System / Jan 2019 - Current"): the name read by its dates is the project's, not a firm's by its
    legal form ("Acme Engineering Pvt Ltd" there is a firm's), and no period under that heading was read with a
    title (then the heading is over jobs: "KEY PROJECTS / Geologist, (May 2005 - June 2005) Field Services, ...")."""
    line = line_at(lines, role.text_start) if role.start and not role.title and role.employer else None
    if line is None or not _PROJECTS_HEADING.match(line.heading or "") or _LEGAL_SUFFIX.search(role.employer):
        return False
    return not any(r.title and (at := line_at(lines, r.text_start)) is not None and at.heading == line.heading
                   for r in roles)


#: A heading over the people to ask about the writer ("References", "REFERENCE", "Professional Referees").
_REFERENCES_HEADING = re.compile(r"^\W*(?:(?:professional|personal|work)\s+)?(?:references?|referees?)\b", re.IGNORECASE)


def _referees_position(role: Role, units: list[_Unit]) -> bool:
    """Whether an undated labelled role was read under a references heading: the position is the referee's
    ("Name: Ann Cole" / "Position: Supervisor" / "Company: Acme"), not a job of the writer's."""
    unit = max((u for u in units if u.start <= role.text_start), key=lambda u: u.start, default=None)
    return unit is not None and unit.line is not None and _REFERENCES_HEADING.match(unit.line.heading) is not None


#: The words of a heading over a role's description ("Key Responsibilities", "Role Highlights and Achievements",
#: "NATURE OF WORK & RESPONSIBILITY", "Present job Profile", "Detailed Role Description", "DETAILED JOB
#: DESCRIPTIONS"); one of :data:`_DESCRIPTION_HEADS` must be among them.
_DESCRIPTION_HEADING_WORDS = _word_set("""
responsibilities responsibility duties achievements highlights profile key major main job role roles various
nature of work and & professional present following my detailed description descriptions
""")
_DESCRIPTION_HEADS = _word_set("responsibilities responsibility duties achievements highlights profile description descriptions")


def _names_a_role_description(employer: str | None) -> bool:
    """Whether the employer read is a heading over the role's description, made only of its words
    (:data:`_DESCRIPTION_HEADING_WORDS`, one of them naming the description): no firm's name."""
    words = re.findall(r"[a-z&]+", (employer or "").lower())
    return bool(words) and set(words) <= _DESCRIPTION_HEADING_WORDS and not _DESCRIPTION_HEADS.isdisjoint(words)


#: A letter's salutation read as a title by the letter's date: "Dear Hiring Manager,", "Dear Recruitment Manager:".
_SALUTATION = re.compile(r"^dear\b", re.IGNORECASE)


def _is_no_job(role: Role, text: str) -> bool:
    """Whether a role read is no job, wherever it is listed: a degree, volunteering, a credential, a membership
    ("Voting Member of X Committee (2010 to present)"), time off, schooling, a club office, a course with its
    mark, a result with its share, or a cover letter's date ("October 3rd, 2019" over "Dear Hiring Manager,")."""
    title = role.title
    if title and (_is_degree_title(title) or _VOLUNTEER_TITLE.search(title) or _CREDENTIAL_TITLE.search(title) or
                  _SALUTATION.match(title)):
        return True
    return bool(_MEMBER_OF.search(title or "") or _is_time_off(role, text) or _is_schooling_line(role, text) or
                _is_club_office(role) or _is_membership_line(role, text) or _is_credential_line(role) or
                _states_a_grade(role, text) or _is_expected_period(role, text) or _says_no_job_held(role, text) or
                _is_achievement(role, text) or _is_licence(role, text) or _dates_a_licence_number(role, text))


#: A line under a dated one that makes it a course's or a skill's: "... Training Course ...", "Advanced", "Very Good".
_COURSE_OR_SKILL_NEAR = re.compile(r"\b(?:training|courses?|very\s+good|excellent|proficient|intermediate|advanced|"
                                   r"beginner)\b", re.IGNORECASE)


def _names_a_skill_only(role: Role, lines: list[Line], skill_spans: frozenset[tuple[int, int]]) -> bool:
    """Whether a role with no stated title is a skill's or a course's years ("• Spreadsheets 2014 -17",
    "July'11 - Aug'11 - Refrigeration" over a training course's lines): the one name read by its dates (the
    employer, the guess or both the same; "CT-Scan" at "Dale Hospital" is a job's), no firm's by its legal
    form, is one of the profile's skills alone (``skill_spans``), on a line of a skills section, or a list
    item, or over a line naming a course or a skill's level."""
    name = role.employer or role.title_guess
    line = line_at(lines, role.text_start) if role.start and not role.title and name else None
    if line is None or role.title_guess not in (None, name) or _LEGAL_SUFFIX.search(name):
        return False
    at = line.text.find(name)
    if at < 0 or (line.start + at, line.start + at + len(name)) not in skill_spans:
        return False
    below = lines.index(line) + 1
    return line.section == "skills" or _BULLET.match(line.text) is not None or \
        below < len(lines) and _COURSE_OR_SKILL_NEAR.search(lines[below].text) is not None


#: Most words of a record's header line naming a degree ("B.S. in Manufacturing Engineering"); a longer line is
#: a sentence that may name one on the way.
_DEGREE_HEADER_WORDS = 10


def _under_a_degree(role: Role, lines: list[Line]) -> bool:
    """Whether a period with no title is a degree's years: one of the (at most two) undated lines right
    above its line is a short one naming a degree ("B.S. in Mechanical Engineering / Lakeview Institute of
    Technology - Dover, MA / 1991 to 1995", an education list read as a list of jobs where its heading was
    lost or glued to the line before). A dated line above is a record of its own, and ends the search; a
    street's line is an address ("B.S. Aquino Drive, Bacolod City" under an internship's hospital)."""
    line = line_at(lines, role.text_start) if role.start and not role.title else None
    if line is None:
        return False
    at = lines.index(line)
    for above in lines[max(at - 2, 0):at][::-1]:
        text = _clean(above.text)
        if not text or find_ranges(text, singles=True):
            return False
        if len(_words(text)) <= _DEGREE_HEADER_WORDS and _DEGREE_FORMS_ANY.search(text) and \
                not _names_a_street(text):
            return True
    return False


def _names_a_street(text: str) -> bool:
    """Whether a line names a street (:data:`_ADDRESS_LINE`, :data:`_STREET_END_WORDS`): an address's line."""
    return _ADDRESS_LINE.search(text) is not None or \
        not _STREET_END_WORDS.isdisjoint(w.lower().strip(",") for w in text.split())


def _job_read_as_employer(role: Role) -> None:
    """A role with no title whose employer is a job title ("05/15-Present, Acme Linear, Amherst, NY" over
    "Process Engineer/Shift Supervisor/ Buyer/Planner": the record's lines were read the other way round)
    takes it as its title: the text ends in a job word and names no company by its legal form nor a place
    ("Inspector Alaa Trading, Dammam" does not). The employer is then the name read where the title sits
    (``title_guess``, "Acme Linear"), unless that is a place or names no firm (:func:`_names_no_firm`), else none."""
    name = role.employer
    if role.title or not name or _LEGAL_SUFFIX.search(name) or _is_place(name):
        return
    words = [w for w in _JOB_SPLIT.split(name) if w]
    if not words or not _ends_in_job_word(words[-1]):
        return
    guess = role.title_guess
    role.title, role.title_guess = name, None
    role.employer = guess if guess and not _is_place(guess) and not _names_no_firm(guess) else None


#: Words of :data:`TRADE_WORDS`'s left-out ones that name a job or a thing, seldom a firm (not "Carrier", "Baker"
#: or "Player", family names): no stated title, but no employer's name either ("Delivery Person", "Machine Builder").
_JOB_WORDS_OF_TWO_KINDS = _word_set("person builder contractor server")


#: An employer read from a sentence about the job, opening in small letters with a word no firm's name opens with:
#: "between the QA team and Field Services", "various plants in Ohio", "all areas of the laboratory", "their sites".
_SENTENCE_NOT_A_NAME = re.compile(r"^(?:between|various|all|their|numerous|several|many|some|both|each|every|multiple|"
                                  r"different)\b")
#: A page's mark, header or footer read where a title or an employer sits: "Jane Roe Page 2", "Page 5", "10/9/19 © Acme",
#: "RESUME OF JANE ROE", "Curriculum Vitae of Eng. Jane Roe", "Resume continued / Jane Roe".
_PAGE_MARK = re.compile(r"\bpage\s*\d|©|^\W*(?:resume|curriculum\s+vitae)\b", re.IGNORECASE)
#: A study or a project read where a title sits: "Italian Class Level 5", "Tutoring", "Student", "Green Belt Candidate",
#: "Biology Internship", "Completed Apprenticeship in ...", "Shadowing", "Senior Capstone", "participating in the
#: household survey project", "Housing Unit project Clean Slate".
_STUDY_NAME = re.compile(r"\b(?:class(?:es)?|courses?|students?|tutoring|internships?|apprenticeships?|candidate|"
                         r"shadowing|projects?|capstone|thesis|dissertation)\b", re.IGNORECASE)
#: A date's own words left by it on its line: "Started 06/2013", "Dated 20 Oct 2012", "Ist June 2016" (1st).
_DATE_LEAD_WORDS = _word_set("start started dated ist")
#: :data:`DEPARTMENTS`' words that end a shop's name as well as a field's ("Dale Pharmacy").
_SHOP_DEPARTMENTS = _word_set("pharmacy")


#: A heading over trainings attended, read where an employer sits: "TRAININGS ATTENDED", "SEMINARS ATTENDED",
#: "TRAINING / SEMINARS", "Workshops" (its words are no heading words of :func:`resume_section_of`).
_TRAININGS_HEADING = re.compile(r"^\W*(?:trainings?|seminars?|workshops?)(?:\s*(?:/|&|,|and)\s*(?:trainings?|seminars?|"
                                r"workshops?|conferences?))*(?:\s+attended)?\W*$", re.IGNORECASE)


#: A line heading a list of trainings among the jobs, which the resume's headings do not know: "Training/Seminars
#: Attended", "TRAININGS AND SEMINARS", "Industrial Training", "Inplant Training", "TRAINING PROGRAM" (not
#: "Internship", a role, nor "Workshop" alone, a firm's shop floor; nor a job's duty, "● Training" or "Training").
#: Not :data:`_TRAININGS_HEADING`, which reads a name where an employer sits: there "Workshops" alone is a
#: heading read as a firm, here a line among the jobs, where a workshop is a place of work.
_TRAINING_LIST_HEADING = re.compile(r"^\s*(?!training\W*$)(?:(?:industrial|in-?plant)\s+)?(?:trainings?|seminars?)(?:\s*(?:/|&|,|and)\s*"
                                    r"(?:trainings?|seminars?|workshops?|conferences?|courses?))*"
                                    r"(?:\s+(?:attended|completed|programs?|undergone))?\W*$", re.IGNORECASE)


def _outside_trainings_lists(roles: list[Role], lines: list[Line]) -> list[Role]:
    """The roles, less those stating no job that sit under a line heading a list of trainings in the experience
    section, with no resume heading between ("Training/Seminars Attended" over "MERALCO FOUNDATION INC." / "CNC
    Milling Programming and Application" / "March 3, 2013 - March 31, 2013"), or under a resume heading naming
    them ("Industrial Training" over "SML ISUZU Limited ROPAR" / "06/2018 – 07/2018"): trainings taken, not jobs
    (a student's industrial training listed under trainings is no role: fixtures/gold/REAL_RESUMES.md). The line
    is written as the heading over it is, in capitals or not: "Training Attended:" under "WORK EXPERIENCE:" lists a
    job's trainings, and the jobs after it stay. A
    role stating a job there stays (:func:`_states_a_job_among_trainings`: "Machinist Trainee"); so do those under a
    heading after the list's."""
    heads = [k for k, line in enumerate(lines) if line.section == "experience" and _TRAINING_LIST_HEADING.match(line.text)]
    if not heads and not any(_TRAINING_LIST_HEADING.match(line.heading) for line in lines if line.is_heading):
        return roles
    starts, headings = _heading_index(lines)

    def listed(role: Role) -> bool:
        at = bisect.bisect_right(starts, role.text_start) - 1
        k = bisect.bisect_right(heads, at) - 1
        return at >= 0 and (_TRAINING_LIST_HEADING.match(lines[at].heading) is not None or k >= 0 and heads[k] > headings[at]
                            and lines[heads[k]].text.isupper() == lines[max(headings[at], 0)].text.isupper())
    return [r for r in roles if _states_a_job_among_trainings(r) or not listed(r)]


def _states_a_job_among_trainings(role: Role) -> bool:
    """Whether a role read in a list of trainings states a job: a field of work alone where a title sits ("Sales"
    over "D-Patrick Motoplex, 1987-1991" after a job's "Training Completed:"), or a title naming a job and no
    training ("Machinist Trainee", "Student Trainee") or ending in a job word ("Training Officer"), labelled or not. A name written where the list writes its
    trainings' names is no title there ("DOST-MIRDC" / "Die and Mold Design and Making" / "April 12, 2016- October
    24, 2016", "Seven QC Tools"), nor a training's own name ("Advance Leadership Training", "X-Ray Machine Operator
    Training"), nor a training's labelled title ("Title : Seven QC Tools" / "Place : Nexus Education")."""
    title = role.title or ""
    return title.lower() in DEPARTMENTS or \
        (has_job_word(title) or _plural_job_title(title)) and \
        (_TRAINING_WORD.search(title) is None or _ends_in_job_word(title))  # "Training Officer" is a job


def _names_no_employer(employer: str) -> bool:
    """Whether an employer read, wherever it came from, names no firm: a heading over the role's description
    (:func:`_names_a_role_description`), a page's mark or header (:data:`_PAGE_MARK`), a sentence's words
    (:data:`_SENTENCE_NOT_A_NAME`), one word of :data:`DEPARTMENTS` alone ("Engineering", "SALES",
    "Maintenance": a department or a field of work; two such words may be a firm's, "Quality Technology"), or a
    resume heading made only of heading words (:func:`resume_section_of`: "PROFESSIONAL EXPERIENCE;" over "Since
    1st November 2015 till to Date (Engineering Manager)", a heading its semicolon kept from being read as one),
    or over trainings attended (:data:`_TRAININGS_HEADING`)."""
    return _names_a_role_description(employer) or _PAGE_MARK.search(employer) is not None or \
        _SENTENCE_NOT_A_NAME.match(employer) is not None or employer.lower().strip(" .:") in DEPARTMENTS or \
        resume_section_of(employer.strip(" .:;-")) is not None or _TRAININGS_HEADING.match(employer) is not None


def _names_no_firm(text: str) -> bool:
    """Whether a name read where a title sits, naming no job, names no firm either, so is no employer: a page's
    mark (:data:`_PAGE_MARK`); or, with no organisation's word nor legal form ("Acme Engineering", "Dale Pharmacy"
    name firms), a study (:data:`_STUDY_NAME`), a date's own word (:data:`_DATE_LEAD_WORDS`), or a field of work
    ending in a department's word ("Plant Instrumentation", "Clerical Support", "Interventional Radiology")."""
    if _PAGE_MARK.search(text):
        return True
    if _LEGAL_SUFFIX.search(text) or _is_org(text):
        return False
    words = [w for w in re.split(r"[\s/,&-]+", text.lower().strip(" .:")) if w]
    return _STUDY_NAME.search(text) is not None or len(words) == 1 and words[0] in _DATE_LEAD_WORDS or \
        bool(words) and words[-1] in DEPARTMENTS and words[-1] not in _SHOP_DEPARTMENTS


#: Words naming no place in particular, written where a place sits ("Anywhere", "Worldwide", "Overseas").
_NO_PLACE_IN_PARTICULAR = _word_set("anywhere worldwide overseas abroad")


def _guess_names_employer(guess: str, text: str) -> bool:
    """Whether a name read alone by the dates where a title sits, naming no job, is the employer's: not a place
    (:func:`_is_place`, :func:`_is_country_alone`), not a name that may still be a job's (:func:`_may_name_a_job`),
    no study, page mark or field (:func:`_names_no_firm`), no town the resume writes with its state
    (:func:`_town_of_the_resume`) and not the person's own name (:func:`_names_the_person`)."""
    return not (_is_place(guess) or _is_country_alone(guess) or _may_name_a_job(guess) or _names_no_firm(guess) or
                _town_of_the_resume(guess, text) or _names_the_person(guess, text))


def _is_country_alone(name: str) -> bool:
    """Whether a name read where a title sits is a country alone (:data:`_COUNTRY`, "Nicaragua" by a study abroad's
    dates) or a word naming no place in particular (:data:`_NO_PLACE_IN_PARTICULAR`): where, not who employed."""
    name = name.strip(" .,()")
    return re.fullmatch(_COUNTRY, name) is not None or name.lower() in _NO_PLACE_IN_PARTICULAR


def _names_the_person(name: str, text: str) -> bool:
    """Whether a name read where a title sits is the resume's first line, the person's own name ("Jane Roe" by the
    dates of a spell of work on her own): who worked, not who employed."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return name.strip(" .,").lower() == first.strip(" .,").lower()


def _town_of_the_resume(name: str, text: str) -> bool:
    """Whether a name read where a title sits is a town the resume writes elsewhere with its state or country
    ("Lakeport" by the dates, "Lakeport, IN 46001" in the address or "Lakeport, India" by another job): a place,
    no employer. Only names of one or two words, no organisation's word nor legal form."""
    name = name.strip(" .,")
    if not name or len(name.split()) > 2 or _LEGAL_SUFFIX.search(name) or _is_org(name):
        return False
    # The state or country capitalised, a code in capitals ("Lakeport, in which" is no place).
    written = re.findall(r"(?<![\w-])(?i:" + re.escape(name) + r")\s*,\s*([A-Z]{2,}\b|[A-Z][a-z]{2,}\b)(?:\.?\s*([A-Z][a-z]+))?", text)
    return any(_is_place(f"{name}, {first}") or second and _is_place(f"{name}, {first} {second}") for first, second in written)


#: India's big cities and well-known industrial towns, by their names old and new ("Bangalore", "Bengaluru", "Trichy",
#: "Ankleshwar", "Tirupur"): written alone where a firm's name sits (a record's "Bangalore" by the dates), they name
#: where the job was; a firm named after its town says more ("Chennai Petroleum Corporation"). Towns whose names are
#: also people's or firms' ("Anand", "Salem", "Hassan", "Sagar", "Vaishali", "Manipal") stay out.
_BIG_INDIAN_CITIES = _word_set("""
mumbai bombay delhi bangalore bengaluru hyderabad chennai madras kolkata calcutta pune ahmedabad surat jaipur lucknow
kanpur nagpur indore bhopal visakhapatnam vizag vadodara baroda coimbatore kochi cochin trivandrum thiruvananthapuram
noida gurgaon gurugram ghaziabad faridabad chandigarh ludhiana mysore mysuru mangalore mangaluru madurai trichy
tiruchirappalli nashik aurangabad rajkot patna bhubaneswar guwahati ranchi raipur dehradun jamshedpur vijayawada
hosur calicut kozhikode thrissur secunderabad thane nasik tiruchirapalli agra meerut varanasi allahabad prayagraj
bareilly aligarh moradabad gorakhpur jhansi saharanpur haridwar roorkee rishikesh rudrapur haldwani amritsar jalandhar
patiala bathinda kapurthala mohali panchkula ambala panipat sonipat rohtak hisar karnal rewari bhiwadi manesar
neemrana jodhpur udaipur ajmer bikaner bhilwara alwar shimla baddi jammu srinagar jabalpur gwalior ujjain dewas
pithampur ratlam satna kolhapur sangli satara solapur ahmednagar jalgaon dhule nanded latur akola amravati
chandrapur wardha ratnagiri panvel bhiwandi dombivli vasai boisar tarapur vapi bharuch ankleshwar dahej hazira
jamnagar bhavnagar gandhinagar gandhidham mehsana morbi silvassa navsari valsad nadiad junagadh porbandar bhuj
hubli dharwad belgaum belagavi davangere shimoga bellary gulbarga udupi tumkur kollam alappuzha alleppey kottayam
kannur palakkad ernakulam malappuram tirupur tiruppur erode vellore tirunelveli tuticorin thoothukudi nagercoil
chengalpet chengalpattu kanchipuram sriperumbudur cuddalore neyveli pondicherry puducherry thanjavur kumbakonam
karur dindigul sivakasi pollachi dharmapuri krishnagiri namakkal guntur nellore kurnool kakinada rajahmundry
vizianagaram warangal karimnagar nizamabad khammam dhanbad bokaro asansol durgapur siliguri howrah haldia
kharagpur cuttack rourkela sambalpur jharsuguda paradip muzaffarpur bhagalpur darbhanga chhapra bilaspur bhilai
korba shillong imphal agartala dibrugarh silchar jorhat panaji margao
""") | {"new delhi", "navi mumbai"}
#: Big cities elsewhere, of one word, that no firm is named by alone (Gulf, Middle East, Africa, Europe, the Americas,
#: Asia; "Riyadh", "Sharjah", "Skopje", "Brampton"): written alone where a firm's name sits ("Riyadh" by a mould
#: setter's dates), they name the job's place. Names that are also people's or firms' ("Austin", "Phoenix",
#: "Hamilton", "Charlotte") stay out, as do two-word towns ("Cape Town"), often the start of a firm's name.
_BIG_WORLD_CITIES = _word_set("""
doha riyadh jeddah dammam khobar al-khobar jubail yanbu muscat sohar salalah manama sharjah ajman fujairah amman
beirut baghdad basra erbil tehran shiraz isfahan tabriz mashhad karachi lahore islamabad rawalpindi faisalabad dhaka
chittagong kathmandu colombo kabul cairo lagos abuja accra nairobi mombasa kampala kigali johannesburg
pretoria durban casablanca rabat tunis sfax algiers khartoum luanda lusaka harare kinshasa dakar london manchester
birmingham liverpool leeds glasgow edinburgh cardiff belfast dublin paris berlin munich hamburg frankfurt madrid
barcelona rome milan amsterdam rotterdam brussels vienna zurich geneva stockholm oslo copenhagen helsinki warsaw prague
budapest bucharest athens istanbul ankara moscow kiev kyiv lisbon skopje toronto montreal vancouver calgary edmonton
ottawa winnipeg mississauga brampton markham vaughan houston dallas chicago atlanta seattle denver miami orlando tampa
jacksonville philadelphia pittsburgh detroit cleveland cincinnati indianapolis nashville memphis raleigh baltimore
milwaukee minneapolis sacramento omaha tucson albuquerque louisville sarasota huntsville kissimmee beijing shanghai
shenzhen guangzhou tokyo osaka seoul taipei manila cebu bangkok jakarta hanoi sydney melbourne brisbane auckland
bogota caracas quito havana saltillo monterrey guadalajara
""")


#: A town and its country joined by a hyphen or a slash, no space between ("Tehran-Iran", "Amman/Jordan").
_TOWN_JOINED_TO_COUNTRY = re.compile(r"(?P<town>[a-z]+)[-/](?P<country>[a-z]+)")
#: The countries such a mark may join to a town, those set off only by a mark too ("Khartoum/Sudan").
_JOINED_COUNTRIES = COUNTRIES | _OTHER_COUNTRIES


#: Countries not among :data:`COUNTRIES`, and their common one-word spellings ("Srilanka"), written alone where a
#: firm's name sits ("Mauritius" by a technologist's dates): the job's place, as a big city alone is.
_LONE_COUNTRIES = _OTHER_COUNTRIES | _word_set("mauritius srilanka maldives seychelles brunei fiji")


def _is_big_city(name: str) -> bool:
    """Whether an employer or title read is a big city alone, India's (:data:`_BIG_INDIAN_CITIES`, "Chennai", "BANGALORE",
    "Bangalore.") or elsewhere (:data:`_BIG_WORLD_CITIES`, "Riyadh", "LONDON"), perhaps with its country joined to it
    (:data:`_TOWN_JOINED_TO_COUNTRY`, "Tehran-Iran", "Khartoum/Sudan"), or a country alone (:data:`_LONE_COUNTRIES`,
    "Mauritius"): the job's place, not its firm or job."""
    name = " ".join(name.lower().strip(" .,").split())
    joined = _TOWN_JOINED_TO_COUNTRY.fullmatch(name)
    if joined and joined.group("country") in _JOINED_COUNTRIES:
        name = joined.group("town")
    return name in _BIG_INDIAN_CITIES or name in _BIG_WORLD_CITIES or name in _LONE_COUNTRIES


#: A firm's name with a one-word town after it, glued by a space or set off by a mark or "in"/"at" ("Gulfstream
#: Aerospace Savannah", "UXP Systems Toronto", "Hewlett-Packard Ltd in Bangalore", "ATLANTIC PACKING- BRAMPTON").
_FIRM_THEN_TOWN = re.compile(r"(?P<firm>.+?)(?:\s*[,/@\-\u2013]\s*|\s+(?:in|at)\s+|\s+)(?P<town>[A-Za-z]+)\.?")
#: Words after which a town belongs to the firm's name ("Bank of Baghdad", "Clinica Santa Fe de Bogota").
_NAME_BEFORE_TOWN = _word_set("of de del da di du des do dos la le el al the for and &")
#: First words of a base or a place named after a person, whose name may end in a city's ("Fort Sam Houston").
_BASE_BEFORE_TOWN = _word_set("fort camp port")


def _big_city_after_firm(role: Role) -> None:
    """A big city (:func:`_is_big_city`) ending an employer read, after a firm's name of two words or more
    ("UXP Systems Toronto", "Aga Khan University Hospital Karachi", "Hewlett-Packard Ltd in Bangalore"), is the job's
    place: the name before it stays the employer. The name must end in an organisation's word or a capitalised
    one ("patel hospital karachi"); a town after "of" or "de" is the firm's own ("Bank of Baghdad"), as is one before
    the rest of the name ("Houston Methodist"), after one word alone ("Bank Muscat") or ending a base's name
    (:data:`_BASE_BEFORE_TOWN`, "Fort Sam Houston")."""
    written = _FIRM_THEN_TOWN.fullmatch(role.employer.strip()) if role.employer else None
    if not written or not _is_big_city(written.group("town")):
        return
    firm = written.group("firm").rstrip(" ,/-@\u2013")
    words = firm.split()
    last = words[-1].strip(".,()") if words else ""
    if len(words) < 2 or last.lower() in _NAME_BEFORE_TOWN or not last or words[0].lower() in _BASE_BEFORE_TOWN:
        return
    if last.lower() not in ORG_WORDS and not last[0].isupper() and not words[-1].endswith(")"):
        return
    role.employer, role.location = firm, _town_before_place(written.group("town"), role.location)


def _city_read_as_title(role: Role) -> None:
    """A big city alone read as a role's title or its guess (:func:`_is_big_city`: "Khartoum" of "08/2016-08/2018
    Ombeda Hospital;Khartoum. Sudan") names the job's place, not the job: it goes to the role's place."""
    city = next((name for name in (role.title, role.title_guess) if name and _is_big_city(name)), None)
    if city is None:
        return
    role.title = None if role.title == city else role.title
    role.title_guess = None if role.title_guess == city else role.title_guess
    role.location = _town_before_place(city, role.location)


def _town_before_place(town: str, place: str | None) -> str:
    """A role's place with a town read elsewhere on its record put before it: "Surat" and "Gujarat, INDIA" ->
    "Surat, Gujarat, INDIA"; the town alone when there is no place, the place as it is when it names the town
    already or is no place (:func:`_is_place`: "ENRUN INDIA" may be a firm's name)."""
    if not place:
        return town
    if town.lower().strip(" .,") in place.lower() or not _is_place(place):
        return place
    return f"{town.strip(' .,')}, {place}"


def _employer_is_a_town(name: str, text: str) -> bool:
    """Whether an employer read is a town ("Lakeport" opening the date line under "Acme Infotech Desktop
    Engineer"): one the resume writes with its state or country (:func:`_town_of_the_resume`) and last after another
    name's comma too ("Dale College of Engineering, Lakeport."), as firms seldom are ("MCCI, Iran", "Dale Security,
    Washington, DC" name firms by their places; "Plant Manager, Dale Heaters, Ogden Utah" puts a place after the firm)."""
    name = name.strip(" .,")
    return _town_of_the_resume(name, text) and \
        re.search(r"[A-Za-z)],[ \t]*(?i:" + re.escape(name) + r")[ \t]*(?:[.;)]|[-–]?[ \t]*\d|$)", text, re.MULTILINE) is not None


def _may_name_a_job(text: str) -> bool:
    """Whether a name read where a title sits, naming no job by :func:`has_job_word`, may still name one
    rather than an employer: a word of :data:`_JOB_WORDS_OF_TWO_KINDS` ("Delivery Person", "Server Oak Grill"),
    or a job word in the plural at its end, in no organisation's name ("Electrical and Electronic Equipment
    Assemblers"; not "Smith Associates")."""
    words = [w.lower().strip(".,()\"'") for w in _JOB_SPLIT.split(text) if w]
    last = words[-1] if words else ""
    return any(w in _JOB_WORDS_OF_TWO_KINDS for w in words) or \
        len(last) > 4 and last.endswith("s") and _is_job_word(last[:-1]) and not _is_org(text)


#: Dated things that are not jobs, in a heading or a line: "Training Courses", "Key Projects", "Seminars Attended",
#: "WA License as PA-C 2006 - 2010", "Michigan Scholarship 2017-2018", "SQL Server - Versions 2005-2012".
_NOT_A_WORK_LIST = re.compile(r"\b(?:training|courses?|projects?|seminars?|workshops?|conferences?|licen[cs]es?|"
                              r"scholarships?|awards?|contests?|exams?|tests?|sessions?|versions?|studies)\b", re.IGNORECASE)
#: A line summing up years of experience: "6 years stock handling experience (2012 - 2018)".
_YEARS_OF_EXPERIENCE = re.compile(r"\b\d+\+?\s*(?:years?|yrs?)\b.*\bexperience\b", re.IGNORECASE)


def _within_a_job(role: Role, jobs: list[Role]) -> bool:
    """Whether a period read outside the experience section lies within a job read there with its title:
    a project, a client's assignment or the job itself told again ("Hadoop developer May 2017 to Current"
    under a lost projects heading, inside "Senior Developer, Acme, Feb 2017 - Present"), not another job.
    A span by an employer alone ("WIPRO Technologies - Oct 2007 - Jul 2013", "Long Term Agreement, 2007
    to 2019") may hold the jobs held there."""
    return role.start_month is not None and role.end_month is not None and any(
        _states_a_title(job) and job.start_month is not None and job.end_month is not None and
        job.start_month <= role.start_month and role.end_month <= job.end_month for job in jobs)


#: Fewest words besides its dates that make a dated line a sentence rather than a record's header.
_SENTENCE_WORDS = 6


def _bare_sub_period(role: Role, roles: list[Role], text: str) -> bool:
    """Whether a role is a period in a sentence, with no title and no employer but the job's, within a job read
    with its title: a project's or a task's time inside the job ("Converted two manual lines to automated ones,
    cutting costs by $690,000 a year (2018 - 2019)" under "Industrial Engineer, Delta Systems Inc, 05/2015 -
    Present"), not a job of its own. A short line ("Lusk Machined Products (August 2018 - Current)") or the dates
    alone may be a job whose name went unread, and stay. Years alone are within a job whose years hold them."""
    if role.title or role.title_guess or not role.start or not role.end or \
            len(_words(_first_line(role, text).replace(role.date_text or "", " "))) < _SENTENCE_WORDS:
        return False
    jobs = [r for r in roles if r is not role and r.employer == (role.employer or r.employer)]
    if len(role.start) > 4 or len(role.end) > 4:
        return _within_a_job(role, jobs)
    return any(_states_a_title(job) and job.start_month is not None and job.end_month is not None and
               job.start_month // 12 <= int(role.start) and int(role.end) <= job.end_month // 12 for job in jobs)


def _heading_index(lines: list[Line]) -> tuple[list[int], list[int]]:
    """Where each line starts, and the index of the last heading line at or before it (-1 for none)."""
    return [line.start for line in lines], \
        list(itertools.accumulate((k if line.is_heading else -1 for k, line in enumerate(lines)), max))


def _work_lists(roles: list[Role], lines: list[Line], index: tuple[list[int], list[int]]) -> set[int]:
    """The ids of the roles outside an experience section that sit in a list of jobs: under one heading
    where two dated roles or more name a job or an employer, a period whose line names neither is a
    job of that list too ("04-95 to 11-98 Pro-Tech" between "11-98 to 07-2000 Electric Apparatus Inc."
    and "06-94 to 04-95 CNC Setup Tech, Uni-Boring"), unless it names a school, a degree, a course or a
    project, or sits under a heading naming them ("Training Courses") or on a "Project:" line.
    ``index``: :func:`_heading_index` of ``lines``, built once per resume."""
    starts, headings = index
    by_heading: dict[tuple[str, int], list[tuple[Role, str]]] = {}
    for role in roles:
        at = bisect.bisect_right(starts, role.text_start) - 1
        if role.start and at >= 0 and lines[at].section != "projects" and \
                not _NOT_A_WORK_LIST.search(lines[at].heading):
            by_heading.setdefault((lines[at].section, headings[at]), []).append((role, lines[at].text))
    out: set[int] = set()
    for group in by_heading.values():
        if sum(1 for r, _ in group if _names_a_job_or_employer(r)) >= 2:
            out |= {id(r) for r, line in group if _spans(r) and not _names_no_work(r, line)}
    return out


def _names_no_work(role: Role, line: str) -> bool:
    """Whether a dated role or its line names a school, a degree, a course, a project, a licence or an award,
    or sums up years of experience: not a job of a list of jobs (:func:`_work_lists`)."""
    named = " ".join(filter(None, (role.title, role.employer, line)))
    return _is_schooling(role) or _SCHOOLING.search(line) is not None or _DEGREE_FORMS_ANY.search(line) is not None or \
        _NOT_A_WORK_LIST.search(named) is not None or _YEARS_OF_EXPERIENCE.search(line) is not None or \
        _PROJECT_LINE.match(_BULLET.sub("", line)) is not None


def _one_month_without_job(role: Role) -> bool:
    """Whether a role is dated by one month alone and states no job: a course, a seminar, an award or
    an exam taken that month ("Business Analytics with Power BI / WorkshopPLUS / Jan 2019"), not a job.
    A job of one month states its title ("Trainee (Service & Maintenance), Jun 2018")."""
    return role.start is not None and len(role.start) == 7 and role.end in (role.start, None) and not role.title


def _names_an_employer(words: list[str]) -> bool:
    """Whether words glued to a title may be its employer's name: two words or more (one with a
    capital inside: "RediClinic"), naming no job, no rank, department or unit ("Senior Software",
    "Customer Service", "Mechanical")."""
    if not words or not (len(words) >= 2 or _CAMEL.search(words[0])):
        return False
    lower = [w.lower().strip(".,()") for w in words]
    return not has_job_word(" ".join(words)) and lower[0] not in _SKILL_LEVELS and words[0][:1].isupper() and \
        not any(w in _UNIT_OR_MODIFIER or w in _SENIORITY for w in lower)


def _shared_title_parts(roles: list[Role]) -> list[Role]:
    """A resume whose roles glue the employer before the title on one line: a title of two words
    or more (a bracket aside: "Technician (contract)" is one) that several roles end in, after words
    that open differently ("SJRMC Urgent Care Family Nurse Practitioner", "RediClinic Family Nurse
    Practitioner", "Las Vegas Urgent Care Family Nurse Practitioner": four first words or more), is
    theirs, and the words before it the employer's,
    when the role has found none and they may be a name (:func:`_names_an_employer`). Titles sharing
    a modifier ("CNC Mill Operator", "CNC Vertical Boring Mill Operator") open alike and keep it; a
    role with its employer ("Critical Care Float Registered Nurse", "Samaritan Medical Center")
    keeps its title whole."""
    titles = {r.title.lower(): r.title for r in roles if r.title and len(r.title.split()) >= 3}
    if len(titles) < 3:
        return roles
    openings: dict[str, set[str]] = {}
    for title in titles:
        words = title.split()
        for k in range(1, len(words) - 1):
            openings.setdefault(" ".join(words[k:]), set()).add(words[0])
    for role in roles:
        words = (role.title or "").split()
        head = next((k for k in range(1, len(words) - 1) if len(openings.get(" ".join(words[k:]).lower(), ())) >= 4
                     and has_job_word(" ".join(words[k:])) and len(_TRAILING_BRACKET.sub("", " ".join(words[k:])).split()) >= 2),
                    None)
        if head is None or role.employer or not _names_an_employer(words[:head]):
            continue
        role.title, role.employer = " ".join(words[head:]), " ".join(words[:head])
    return roles


#: "2 Years and 3 months", "Six month": how long a job lasted, opening a line about it.
_HOW_LONG = r"(?:\d+(?:\.\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:years?|yrs?|months?)" \
            r"(?:\s+(?:and\s+)?\d+\s*months?)?\s+"
#: "Worked as a robotic welding operator at ...", "2 Years and 3 months worked as a Electrical Junior
#: Engineer (IDCT 1&3 ), Abhi Engineering ...", "6 Months experience as a Data Entry Operator", "6 months as a
#: graduate trainee engineer in ...": a line that opens by saying what the person worked as; the person may
#: say it in the first person and when ("I have worked as “Machine Fitter” in ...", "Presently working as Site
#: Supervisor at ...", "Work as a Lathe machine operator in ..."), the title in quotes (``quote``); a year and how
#: long in brackets may lead ("2018(1 year and 4 months):Worked as a Customer Support Representative in ...").
_OPENS_WORKED_AS = re.compile(r"^(?:(?:19|20)\d\d\s*\([^()]{1,30}\)\s*:\s*)?(?:(?:" + _HOW_LONG + r")?(?:i\s+(?:have\s+|had\s+|am\s+|was\s+)?(?:been\s+)?)?"
                              r"(?:(?:currently|presently|now)\s+)?(?:work(?:ed|ing)?|served)\s+|(?P<lead>" + _HOW_LONG +
                              r"(?:(?:of\s+)?(?:work(?:ing)?\s+)?experience\s+)?))as\s+(?P<quote>[\"“”‘’'])?(?:an?\s+)?"
                              r"(?P<title>[^,(\"“”]+)", re.IGNORECASE)
#: A closing double quotation mark right after the title of :data:`_OPENS_WORKED_AS` (a single one closes no
#: title: an apostrophe may be one), and a quoted title taken whole: a short name of letters ("mobile service"; not "part of the team, 24/7").
_CLOSES_QUOTE = re.compile(r"\s*[\"“”]")
_LETTERS_NAME = re.compile(r"[A-Za-z][A-Za-z &/.-]*")


_WORKED_AS_END = re.compile(r"\s+(?:at|in|with|for)\s+")


def _quoted_worked_as(opening: re.Match) -> str | None:
    """The title of a "worked as" line (:data:`_OPENS_WORKED_AS`) that the writer put in quotation marks, whole,
    when it names no job word and is a short name of letters ("I have worked as “mobile service“ in this field for
    period of “2 YEARS”" -> "mobile service"): the marks say these words are the job; None otherwise (a quoted title
    naming a job is read as any other: "I have worked as “Machine Fitter” in Kaveri Pumps")."""
    title = opening.group("title").strip()
    if not opening.group("quote") or not _CLOSES_QUOTE.match(opening.string, opening.end("title")) or \
            not _LETTERS_NAME.fullmatch(title) or len(title.split()) > 4 or has_job_word(title):
        return None
    return title


#: "... at Woodroc Company in Jeddah for 6 years": a capitalised name after "at" or "with".
_AT_NAME = re.compile(r"\s(?:at|with)\s+(?P<employer>[A-Z][\w&.'’ -]*?)(?=\s+(?:in|for|from|since)\b|[,;]|\.?\s*$)")


#: Where the employer of an undated "Worked as X at Y" line ends: a new sentence, "for a period of 12
#: months", "for 25 years", a dangling "from".
_WORKED_AS_EMPLOYER_END = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])|\s+for\s+(?:a\s+period|about|over|\d|one|two|three|four|five|six)\b|"
                                     r"\s+from\s*$")


def _worked_as_employer(name: str | None) -> str | None:
    """The employer of an undated "Worked as X at Y" line, up to where the sentence goes on; no
    employer when what follows names what the job was about ("in preparing the equipment ...",
    "in the Dept. of Hematology")."""
    name = _tidy(_WORKED_AS_EMPLOYER_END.split(name or "")[0], _EMPLOYER_FILLER)
    if not name or _DEPARTMENT.match(name) or _reads_as_sentence(name.split(",")[0].split()) or \
            (name.split()[0].islower() and name.split()[0].endswith("ing")):
        return None
    return name


def _undated_worked_as_roles(lines: list[Line]) -> list[Role]:
    """Jobs of a resume that dates none: lines of its experience or summary that open with
    "Worked as X at Y" (or a duration before it), or with a duration and "as X" ("2 Year Experience as
    Service Engineer in Zenith Systems"), and name a job, in document order."""
    roles = []
    for unit in _units(lines, ("experience", "summary")):
        text = _ENUMERATOR.sub("", _BULLET.sub("", _clean(unit.text)))
        opening = _OPENS_WORKED_AS.match(text)
        if not opening:
            continue
        fields = _fields_of(text)
        if opening.group("lead") and fields.title and fields.title not in opening.group("title"):
            fields = _Fields()  # "6 Months experience as a Data Entry Operator" is no title: the words after "as" are
        title = fields.title or _WORKED_AS_END.split(opening.group("title"))[0]
        employer, location = fields.employer, fields.location
        after = text[opening.start("title") + len(title):]
        if not fields.title or after.lstrip().startswith((",", "(")):  # the cue's reading stopped at a comma
            at = _AT_NAME.search(after)
            named = _PARENS.sub("", after).strip(" ,")
            employer = at.group("employer") if at else \
                _tidy(_COMMA.split(named)[0], _EMPLOYER_FILLER) if _LEGAL_SUFFIX.search(named) else None
            location = None  # "Abhi Engineering Corporation Pvt.Ltd,2x600 MW Singareni ...": the name before a comma
        quoted = _quoted_worked_as(opening)
        if quoted:  # "I have worked as “mobile service“ in this field": the words the writer marks as the job, stated
            title, employer, location = quoted, None, None
        elif not has_job_word(title) or _title_stop(title) or len(title.split()) > 6 or \
                re.match(r"(?i)the\s", opening.group("title")):  # "Worked as the Marketing Chairman" of a college event
            continue
        employer, location = _employer_and_place(_worked_as_employer(employer), location)
        roles.append(Role(title=_tidy_title(title), employer=employer, location=location,
                          text_start=unit.start, text_end=unit.end, labelled=bool(quoted)))
    return roles


#: How many lines of an undated experience section its first job's header is looked for in, and how many
#: words that header may have.
_FIRST_JOB_LINES = 4
_FIRST_JOB_WORDS = 8
#: Headings of an experience part that lists no jobs ("Activities and Leadership Experience").
_NOT_JOBS_HEADING = re.compile(r"\b(?:activit|leadership|volunteer|extra|co-?curricular|membership|affiliation)", re.IGNORECASE)
#: A stray number or date fragment opening a line ("04/18 Senior Software Engineer").
_LEADING_NUMBERS = re.compile(r"^[\d/.\s-]+(?=[A-Za-z])")
#: Words of a sentence about oneself ("... and my supervisor", "1 month experience in GRF as a labourer").
_ABOUT_ONESELF = re.compile(r"\b(?:i|my|me|we|our|experience|certificate|accreditation)\b", re.IGNORECASE)


def _first_listed_job(lines: list[Line]) -> list[Role]:
    """The job an experience section that dates none lists first, as a recruiter reads it: the first of
    its first four lines that is a record's header naming a job in eight words at most, not a sentence
    about oneself or the work, not an item of a list or a sentence ("Gold Medalist in track running,",
    "Anchor of the Cultural Fest.") and not under a heading of activities; a duration or a stray date
    fragment around it is left out ("Site Engineer 1 year"). "SVM Pvt. Ltd / Planning Engineer-Toolroom /
    Working as a toolroom planner, ...", "Associate Registrar / Trinity University, Deerfield, IL": its title
    and the employer it names."""
    for unit in _units(lines, ("experience",))[:_FIRST_JOB_LINES]:
        text = _LEADING_NUMBERS.sub("", _DURATION.sub("", _BULLET.sub("", _clean(unit.text)))).strip()
        if _NOT_JOBS_HEADING.search(unit.line.heading if unit.line else "") or text.endswith((",", ".")) or \
                len(text.split()) > _FIRST_JOB_WORDS or _title_stop(text) or _ABOUT_ONESELF.search(text):
            continue
        fields = _fields_of(text)
        title = _tidy_title(fields.title)
        if not title or not _is_header_like(unit) or not has_job_word(title) or _is_degree_title(title) or \
                _VOLUNTEER_TITLE.search(title) or _CREDENTIAL_TITLE.search(title) or _MEMBER_OF.search(title):
            continue
        return [Role(title=title, employer=fields.employer, location=fields.location,
                     text_start=unit.start, text_end=unit.end)]
    return []


def _title_from_the_first_listed_job(latest: Role, lines: list[Line]) -> None:
    """When none of several dated periods was read with a title or an employer (the dates stand in a column of
    their own, apart from the jobs they date; one such period is more often a bullet's), the latest one takes
    the title of the job the experience section lists first (:func:`_first_listed_job`), as a recruiter pairs
    them; not a title opening in lower case, a piece of a sentence ("... a self-motivated Aeronautical
    Engineer")."""
    first = _first_listed_job(lines)
    if first and first[0].title and first[0].title[0].isupper():
        latest.title = first[0].title


#: A period away from work: "July 2011 to present: Intensive job search", "01/2019 - Present
#: Unemployment", "Medical Leave For Major Surgery, April 2017-April 2018", "Early Retirement 2014 to 2019"; or a degree's own
#: training, not a job: "Clinical Rotations, July 2018 – Aug 2019" (a physician assistant's course).
_TIME_OFF = re.compile(r"\b(?:job\s+search(?:ing)?|unemploy(?:ed|ment)|career\s+break|sabbatical|"
                       r"retire(?:d|ment)(?!\s+(?:homes?|communit(?:y|ies)|living|village|centres?|centers?|residences?|plans?|"
                       r"funds?|services|systems?|benefits?|board|accounts?|savings)\b)|(?:medical|maternity|paternity|parental|personal|sick)\s+leave|clinical\s+rotations?)\b",
                       re.IGNORECASE)


def _is_time_off(role: Role, text: str) -> bool:
    """A dated period away from work, or of clinical rotations, is not a role (fixtures/gold/REAL_RESUMES.md:
    job search and unemployment are not jobs), unless the line states a job title ("Unemployment Claims
    Specialist", "Surgical Technologist Clinical Rotation"). The period's name may sit on the line above its
    dates, where an employer is read ("Enjoying Retirement in Nova Scotia" / "2016 – Present"), or under them,
    where a title is read ("April 2010 to" / "January 2012 Unemployed: laid off"); a retirement home or plan is
    an employer ("Sunrise Retirement Living")."""
    return _says_time_off(role, _first_line(role, text))


def _says_time_off(role: Role, line: str) -> bool:
    """Whether a role read with its first line (``line``) is a period away from work (:func:`_is_time_off`)."""
    said = " ".join(filter(None, (line, role.employer, role.title, role.title_guess)))
    return _TIME_OFF.search(said) is not None and not has_job_word(role.title or "")


#: A title saying the work was voluntary: a volunteer as its head noun ("Pet Therapy Volunteer", "Volunteer
#: (Rehabilitation)") or as a note after it ("Pharmacy Technician (Volunteer)", "Adm. Assistant- Volunteer").
#: Volunteer work is not a role (fixtures/gold/REAL_RESUMES.md); a "Volunteer Coordinator" is a job, and
#: "Volunteer State Community College" a school.
_VOLUNTEER_TITLE = re.compile(r"\bvolunteer\s*(?:\([^()]*\))?\s*$|\(\s*volunteer\s*\)|[-–—]\s*volunteer\b", re.IGNORECASE)


#: A title naming a credential obtained, not a job: a certificate, a certification, a licence, a course, an exam
#: or an award as its head noun, its issuer or subject after it ("Help Desk Certification", "PROFESSIONAL LICENSE",
#: "Emergency Medical Technician Bridging Course", "CRC SILVER CERTIFICATE in CRC(Silver)", "Outstanding Student
#: Leader Award from ASME"), or a title telling it was obtained ("Obtained : Certificate", "Received 'Spot Award'
#: from X", "Completed course Machinist (Turner)"). A "Course Instructor", a "Certificate Welder" or an "Exam
#: Coordinator" names a job; so do a "Certified Nursing Assistant" and a "Completed Apprenticeship in X" (an
#: apprenticeship is a role: fixtures/gold/REAL_RESUMES.md).
_CREDENTIAL_NOUN = r"\b(?:exams?|examination|award|certificate|certification|licen[cs]e|course)"
_CREDENTIAL_TITLE = re.compile(r"^(?:received|obtained|passed|awarded|completed\s+(?:an?\s+)?(?:course|exam|training))\b|"
                               + _CREDENTIAL_NOUN + r"(?:\s+(?:from|by|in|at)\b.*)?[\s.,:;]*$", re.IGNORECASE)
#: A name read by a line's dates that is a credential, its issuer or subject after it or its short form before it
#: ("Best Service Award for the Ledger Project", "CAD/CAM Certificate of Achievement", "SSC
#: (Secondary School Certificate)").
_CREDENTIAL_NAME = re.compile(_CREDENTIAL_NOUN + r"(?:\s+(?:from|by|in|at|for|of)\b.*)?[\s.,:;)]*$", re.IGNORECASE)


#: A body that licenses or registers practitioners: "Professional Regulation Commission", "Nuclear Medicine
#: Technology Certification Board", "Board of Nursing", "Engineering Registration Council". Not an authority:
#: "National Database & Registration Authority" employs its own staff.
_LICENSING_BODY = re.compile(r"\b(?:regulation|regulatory|licensing|licensure|certification|registration)\s+"
                             r"(?:commission|board|council)\b|\bboard\s+of\s+(?:nursing|registration|licensure|"
                             r"examiners)\b", re.IGNORECASE)


def _is_licence(role: Role, text: str) -> bool:
    """Whether a dated line is a licence or a registration held, its body named on the line or read as the
    employer ("Registered Mechanical Engineer (RME), Professional Regulation Commission (PRC) since 2000"): the
    body licenses the holder and is not the holder's employer, and the licence's years would hold the jobs of
    those years (a current job inside "since 2000" is read as a sub-period of it)."""
    return role.start is not None and any(
        _LICENSING_BODY.search(name) for name in (_first_line(role, text), role.employer or ""))


#: A line giving a licence's or a registration's number: "License No. 0063509", "Technologist/ Registration No-
#: C/1737,", "Permit #: 44120" (not "Obtaining permits", "License: Registered Nurse").
_LICENCE_NUMBER = re.compile(r"\b(?:licen[cs]e|registration|reg\.|permit|certificate)\s*(?:no\b|number|#)", re.IGNORECASE)


def _dates_a_licence_number(role: Role, text: str) -> bool:
    """Whether a role is a licence's validity: its dates alone on their line, right under a line giving a licence's
    or a registration's number ("License No. 0063509" / "June 1987 – June 2020", then "Driving Experience:
    Professional Driver"), and no employer read in the lines under its dates (a heading read there, "TRAINING /
    SEMINARS", names none: :func:`_names_no_employer`). A driver's job under his licence's
    number ("CDL License No. D1234" / "2015 - 2019" / "Truck Driver" / "Acme Freight Inc.") keeps its role."""
    end = role.text_start  # the line above the dates, read in place: this runs for every role
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if not _LICENCE_NUMBER.search(text, text.rfind("\n", 0, end) + 1, end):
        return False
    line = _first_line(role, text)
    found = find_ranges(line, singles=True)
    if len(found) != 1 or not _date_alone(line, found[0]):
        return False
    employer = role.employer
    return not (employer and not _names_no_employer(employer) and employer in text[role.text_start:role.text_end])


def _is_credential_line(role: Role) -> bool:
    """A dated line stating no job whose name, read where a title or an employer would sit, is a credential
    ("Best Service Award for the Ledger Upgrade Project, 2005 - 2006", "Graduate Certificate in Data Management
    from Harbor College, 2016-2017", "SSC (Secondary School Certificate) 94-96"): an award or a
    course obtained, not a job. A line stating a job keeps its role ("Mechanical Designer, Crane Certification")."""
    return role.start is not None and not _states_a_title(role) and \
        any(name and _CREDENTIAL_NAME.search(name) for name in (role.title, role.employer, role.title_guess))


#: An office or a membership, as its title opens or ends: "Past President of X", "General Secretary", "Vice
#: President & Parade Chair", "Founding Board Member", "Life Member" (not a "Team Member", a job).
_OFFICE_TITLE = re.compile(r"^(?:(?:past|former|founding|general|vice|executive|student)[\s-]+)*(?:president|secretary|"
                           r"treasurer|chair(?:man|woman|person)?|(?:board\s+)?member)\b|(?<!team )(?<!crew )(?<!staff )"
                           r"\bmember$", re.IGNORECASE)
#: A club, a society or an association of members: "Holiday Homes Tennis Club", "Homeowner's Ass., Inc.",
#: "Phi Kappa Phi Honor Society", "Students' Forum", "South Baltimore Little League".
_CLUB = re.compile(r"\b(?:club|society|fraternity|sorority|league|forum|rotaract|homeowners?'?s?|alumni|association|ass\.)",
                   re.IGNORECASE)


#: A body of students: "Indian Graduate Student Association", "U-Tech Students Union", "Engineering Student Council".
_STUDENT_BODY = re.compile(r"\bstudents?'?\s+(?:[A-Za-z]+\s+)?(?:association|society|union|council|club|chapter|"
                           r"organi[sz]ation|government|senate|forum)\b", re.IGNORECASE)


def _is_club_office(role: Role) -> bool:
    """An office held in a club, a society or an association, or a membership of one ("President, Holiday
    Homes Tennis Club, 2010 - Present", "Secretary, MSU Poet Society", "Life Member, Society of Fire
    Protection Engineers, since 2018"), or any post in a body of students ("Event Manager, Indian Graduate
    Student Association 2018-2019"): a member's, not employment (fixtures/gold/REAL_RESUMES.md). A
    consultant or a head of development at an association is employed there."""
    title = (role.title or "").strip(" .,")
    named = f"{title} {role.employer or ''}"
    return (_OFFICE_TITLE.search(title) is not None and _CLUB.search(named) is not None) or \
        _STUDENT_BODY.search(f"{named} {role.title_guess or ''}") is not None


def _is_membership_line(role: Role, text: str) -> bool:
    """A dated line opening with a membership that states no job ("Voting Member of the Standards Committee
    which writes the Welding Inspectors Standards. (2008 to present)", "1. Member of the Magazine committee
    (2012-2013)"): a member's seat, not a job, though the words after it read as a title or an employer. A
    line stating a job after it is one ("Member of the Site Team. Leading Petty Officer, US Navy, 1980-1988")."""
    line = _LEADING_NUMBERS.sub("", _BULLET.sub("", _first_line(role, text))).lstrip(" .)")
    return role.start is not None and not _states_a_title(role) and _MEMBER_OF.search(line) is not None


def _first_line(role: Role, text: str) -> str:
    """The line a role's reading starts on (its date's or its title's)."""
    end = text.find("\n", role.text_start)
    return text[role.text_start:end if end >= 0 else len(text)]


#: A school level opening a name, or a diploma: "High School / Vocational school", "High School Diploma",
#: "Secondary School (state board)", "Diploma in Hospital Equipment Technology" (not "Ed White High School",
#: a school that employs teachers).
_SCHOOL_LEVEL = re.compile(r"^(?:(?:senior|higher)\s+)?(?:high|secondary)\s+school\b|\bdiploma\b", re.IGNORECASE)
#: A school level alone or opening a school's name, as education lists write it: "Elementary" (over "Hilltop
#: Central School"), "Secondary Level - Riverside National High School", "Tertiary"; not "Primary Care" or
#: "Intermediate Chemicals Ltd" (a level is schooling only alone or before a school).
_LEVEL_OPENING = re.compile(r"^(?:elementary|primary|secondary|tertiary|intermediate)(?:\s+level)?\b\W*(?P<rest>.*)$",
                            re.IGNORECASE)


def _is_schooling_line(role: Role, text: str) -> bool:
    """A dated line naming no job that names a degree of a bachelor's or above ("2009 - 2012 Bachelor's degree -
    Faculty of Economics"), or a school level or a diploma by the dates ("High School Diploma" / "Harding High
    School") is schooling, though it sits among the jobs (an education heading glued to a line's end is lost).
    Lower degrees on the line are left alone: "as Associate in Symantec Rover" is a job."""
    if not role.start or role.labelled or has_job_word(role.title or ""):
        return False
    named = [name for name in (role.title, role.employer) if name]
    return _DEGREE_ABOVE_ASSOCIATE.search(" ".join([*named, _first_line(role, text)])) is not None or \
        any(_SCHOOL_LEVEL.search(name) for name in named) or _names_a_school_level(role)


def _names_a_school_level(role: Role) -> bool:
    """Whether a role's title or employer is a school level alone or opening a school's name, or a level over a
    school ("Intermediate" over "Lakeview Convent School"); the caller has checked that the title names no job."""
    for name in filter(None, (role.title, role.employer)):
        if (level := _LEVEL_OPENING.match(name)) is not None and (
                not level["rest"] or _SCHOOL_WORDS.search(level["rest"]) or _SCHOOL_WORDS.search(role.employer or "")):
            return True
    return False


#: A sentence in the first person saying what was not done: "From Jun 2015 till now I didn't have access to a machine
#: shop to continue my job as a machinist", "Since 2018 I have not worked as a nurse". The clause is about a job or
#: work ("I was not only the cashier but also the trainer", "I have not had a lost-time accident" deny no job held).
_NEGATED_PROSE = re.compile(r"\bI\s+(?i:didn[’']?t|did\s+not|haven[’']?t|have\s+not|hadn[’']?t|had\s+not|couldn[’']?t|"
                            r"could\s+not|wasn[’']?t|was\s+not|am\s+not)\b(?!\s+only\b)"
                            r"(?=[^.;]*\b(?i:jobs?|work(?:ed|ing)?|employ\w*)\b)")


def _says_no_job_held(role: Role, text: str) -> bool:
    """Whether a role's dated line is a first-person sentence saying what was not done ("From jun 2015 till now I
    didn't have access to machine shop to continue my skill job as a machine operator, but I worked at different
    field like driving Uber"): the job it names was not held then."""
    return bool(role.start) and _NEGATED_PROSE.search(_first_line(role, text)) is not None


#: A period's end marked as still to come: "Jan 2017 { Jul 2021 (expected)", "Aug 2016- Dec 2020 (Expected)".
_EXPECTED_END = re.compile(r"\d\s*[(\[]\s*(?:expected|anticipated)\s*[)\]]", re.IGNORECASE)


def _is_expected_period(role: Role, text: str) -> bool:
    """Whether a role's dated line marks its end as expected ("Federal University of Acme Jan 2017 - Jul 2021
    (expected)"): a course's planned end, though the education heading is lost (glued to a line's end); a job's
    end is written when it is over, or as "present"."""
    return bool(role.start) and _EXPECTED_END.search(_first_line(role, text)) is not None


#: A school's mark on a dated line: "with 86% in Government Industrial Training Institute", "(2012-2015)with 5.6
#: Cgpa from", "with 61% (2009-2010 batch)"; not a result a job achieved ("Design with 50% test-results time reduction").
_GRADE = re.compile(r"\bwith\s*\d{1,2}(?:\.\d{1,2})?\s*(?:%|c?gpa\b)(?=\s*(?:$|[,.;(]|from\b|in\b|marks\b|aggregate\b|c?gpa\b))",
                    re.IGNORECASE)


def _states_a_grade(role: Role, text: str) -> bool:
    """Whether a dated line states a school's mark ("I.T.I Machinist : 2003-2005; with 86% in Government
    Industrial"): a course and its result, though it names a trade; a job is given no marks."""
    return bool(role.start) and _GRADE.search(_first_line(role, text)) is not None


#: A share in per cent: "by 57.83%", "32%", "top 1%".
_PERCENT = re.compile(r"\d(?:\.\d+)?\s*%")


def _is_achievement(role: Role, text: str) -> bool:
    """Whether a dated line is a result told with its share, in a sentence naming no job ("Responsible for the
    growth of business by 200% from 2017 to 2019.", "Increased student population 32% for 2009-2011"): an
    achievement, not a job. A job's header after a result on its line is still read ("... near 80%. DIRECTOR
    OF PMO - GE HEALTHCARE (JANUARY 2005 - JUNE 2014)")."""
    line = _first_line(role, text)
    at = line.find(role.date_text or "\n")
    if not role.start or at < 0 or has_job_word(role.title or ""):
        return False
    begin = max((m.end() for m in _SENTENCE_END.finditer(line, 0, at)), default=0)
    end = next((m.start() for m in _SENTENCE_END.finditer(line, at)), len(line))
    sentence = line[begin:end]
    return _PERCENT.search(sentence) is not None and not has_job_word(sentence)


#: A job's short form written alone ("QA", "HR", "IT"): a title although it has no job word.
_SHORT_TITLE = re.compile(r"^[A-Z]{2,3}$")


def _states_a_title(role: Role) -> bool:
    """Whether a role's title is one the resume states: labelled, or naming a job ("Sharjah",
    "Clinical Rotations", "Sam's Club" read where a title would sit are not)."""
    return role.labelled or role.title_by_layout or has_job_word(role.title or "") or \
        _SHORT_TITLE.match(role.title or "") is not None or _plural_job_title(role.title or "")


#: Most words a title read in the plural may have.
_PLURAL_TITLE_WORDS = 4


def _plural_job_title(title: str) -> bool:
    """Whether a title read where a record writes it ends in a job word in the plural ("Radiologic
    Technologists", "CNC MACHINISTS"): at most four words, no organisation's word ("Consulting Engineers",
    "Smith Associates") and no "of" ("Society of Automotive Engineers")."""
    words = title.split()
    last = words[-1].lower().strip(".,") if words else ""
    return 0 < len(words) <= _PLURAL_TITLE_WORDS and len(last) > 4 and last.endswith("s") and \
        _is_job_word(last[:-1]) and not _is_org(title) and "of" not in (w.lower() for w in words)


#: Headings of memberships, of unpaid work or of a student's activities, whose dated lines are no jobs
#: ("Professional Affiliations", "AFFILIATE", "Community Involvement", "Volunteer Experience", "Volunteerism", "Extra-Curricular
#: Activities"); a dated "Volunteer 2001" read as a heading is a record's line, and the jobs after it are not its.
_MEMBERSHIP_HEADING = re.compile(r"\b(?:memberships?|affiliat(?:ions?|e)|associations|community|(?:extra|co)[\s-]?curricular)\b|"
                                 r"^(?!.*\d).*\bvolunteer(?:ing|ism|s)?\b", re.IGNORECASE)
#: Words before "member" that make it a job ("Team Member", "Crew Member", an LLC's "Managing Member").
_MEMBER_JOBS = ("team", "crew", "staff", "cast", "faculty", "managing")
_NOT_AFTER_MEMBER_JOB = "".join(rf"(?<!{word}\s)" for word in _MEMBER_JOBS)
#: "Member of X", "Executive member of X" (not "Member of Technical Staff", a job title), or a member alone
#: ("Associate Member", "Active member"; not "Team Member", "Crew Member" or an LLC's "Managing Member", jobs);
#: or a seat named before "member", a title of one part ("AOAC Cannabis Working Group Member", "PTO executive
#: board member", "Thesis Committee Member"; not "Merchandising Team Member", "Senior Technical Staff Member",
#: a lone "Board Member" or "President and CEO, Board Member").
_MEMBER_OF = re.compile(rf"^(?!(?:{'|'.join(_MEMBER_JOBS)}|board)\s)(?:[A-Za-z]+\s+)?member(?:\s+(?:of|in|at)\b(?!\s+(?:the\s+)?technical\s+staff)|$)|"
                        rf"^(?!.*(?:[,/&|+(]|\band\b))(?!board\s+member$).*\s{_NOT_AFTER_MEMBER_JOB}member$", re.IGNORECASE)


def _merge_same_dates(roles: list[Role]) -> list[Role]:
    """One role per date range: a summary line and the experience entry for the same job
    ("Project Manager experience in X, 2014-present" and "Project Manager, X, Jul 2014 - Present");
    two jobs held over one period stay apart (:func:`_two_jobs`). A labelled title wins over one read
    by its place, unless it names no job where the other does ("Title: WIZAPP (Retail)", a project's,
    under "Working as SUPPORT EXECUTIVE, Acme / [June 2018 - Till Date]" read as "Support Executive")."""
    out: dict[tuple, Role] = {}
    apart: list[Role] = []
    for role in roles:
        key = (role.start, role.end)
        kept = out.get(key)
        if kept is None:
            out[key] = role
            continue
        if _two_jobs(kept, role):
            apart.append(role)
            continue
        if kept.title is None or _bare_title_of(role.title, kept.title) or role.labelled and not kept.labelled and \
                (has_job_word(role.title or "") or not has_job_word(kept.title)):
            kept.title, role.title = role.title, kept.title
        kept.employer = kept.employer or role.employer
        kept.location = kept.location or role.location
    return list(out.values()) + apart


#: What a name is beside its letters and digits: spacing, case aside too ("Cvshealth", "Cvs health").
_NOT_LETTERS = re.compile(r"[\W_]+")


def _firm_key(name: str) -> str:
    """A firm's name by its letters and digits alone, in small letters (:data:`_NOT_LETTERS`): "Cvshealth" and "Cvs
    health", "Petrofac International limited" and "Petrofac International Limited." name one firm."""
    return _NOT_LETTERS.sub("", name).lower()


def _fill_from_same_dates(kept: Role, other: Role, text: str) -> None:
    """A job read twice by the same dates (a list of jobs and its records, or a page pasted twice) keeps its first
    reading and takes from the second only a field it lacks, where the two readings are the same job. The employer
    when both give the same title and the second's names a firm by its legal form ("Acme Tools Ltd"), no town, label
    or school ("Health and Environment", the tail of "Consultant, Adviser and Instructor Safety, Health and
    Environment", stays out: a word of a hospital's name is no legal form). Then the place when both name the same
    employer, spacing and case aside ("Cvshealth" with no place, over "Cvs health - North Augusta, SC" below: North
    Augusta, SC; not "Valley View Casino and Hotel" under "Valley View Casino y Hotel, Steward (Valley Center
    California)", whose place was misread)."""
    employer = other.employer
    if not kept.employer and employer and kept.title and (other.title or "").lower() == kept.title.lower() and \
            _LEGAL_SUFFIX.search(employer) and not (
                _employer_is_a_town(employer, text) or _is_label_line(employer) or _SCHOOLING.search(employer)):
        kept.employer = employer
    if not kept.location and other.location and kept.employer and employer and \
            _firm_key(kept.employer) == _firm_key(employer):
        kept.location = other.location


def _two_jobs(one: Role, other: Role) -> bool:
    """Whether two roles of one period are two jobs, not one job read twice: the period written alike,
    both titles naming a job and sharing no word, and their employers, when both are named, sharing
    none ("Staff Accountant, Celleration, 2008-2012" and "Adjunct Math Instructor, Saint Paul College,
    2008-2012"; not "Technical Support Associate" and "Senior Technical Support Associate, Botree", nor
    a header's "Technician, April 2017 to July 2019" over "Electronic mechanic, Apr 2017 - Jul 2019"). Two
    untitled lines of one period are two jobs when their employers share no word ("2012-2014 Employed with
    Harbor Clinic" over "2012-2014 Employed part-time with Westlake Imaging")."""
    if one.date_text != other.date_text:
        return False
    if not one.title and not other.title:
        return bool(one.employer and other.employer) and one.text_start != other.text_start and \
            not _share_a_word(one.employer, other.employer)
    if not (one.title and other.title and has_job_word(one.title) and has_job_word(other.title)):
        return False
    return not _share_a_word(one.title, other.title) and \
        not (one.employer and other.employer and _share_a_word(one.employer, other.employer))


def _share_a_word(one: str, other: str) -> bool:
    """Whether two names have a word in common, case aside."""
    return bool({w.lower() for w in _words(one)} & {w.lower() for w in _words(other)})


def _bare_title_of(title: str | None, other: str | None) -> bool:
    """Whether ``title`` is ``other`` without the words glued after it: the same job read twice, in a
    summary's "Security Systems Engineer in Khayber Fire W.L.L (2016 November - present)" and in its
    record "Role: SECURITY SYSTEMS ENGINEER"."""
    if not title or not other or len(title) >= len(other):
        return False
    rest = other[len(title):]
    return other.lower().startswith(title.lower()) and rest[0].isspace() and rest.lstrip()[:1].isalnum()


#: A training named where an employer sits: "SQUH Training Department", "GTEC Training Center", "Training Rahma
#: Integrated System Company".
_TRAINING_WORD = re.compile(r"\btraining\b", re.IGNORECASE)


def _training_attended(role: Role) -> bool:
    """Whether a dated role read outside an experience section, naming no job, names a training where its employer
    sits: a course taken ("Basic Life Support provider, SQUH Training Department August 2019 – August 2021" under a
    lost heading), not a job. Under an experience heading a training centre may employ the person, and stays."""
    return not _names_a_job(role) and _TRAINING_WORD.search(role.employer or "") is not None


def _names_a_job(role: Role) -> bool:
    return role.labelled or (bool(role.title) and has_job_word(role.title) and
                             not _DEGREE_FORMS_ANY.search(" ".join(filter(None, (role.title, role.employer)))))


#: A school or a school year ("Class XII", "Higher Secondary"), not a job.
_SCHOOLING = re.compile(r"\b(?:university|college|institute|school|academy|polytechnic|faculty|secondary|matric\w*|"
                        r"class\s+(?:[xvi]+|\d{1,2}))\b", re.IGNORECASE)


def _summary_history(lines: list[Line], day_first: bool, as_of: dt.date) -> list[Role]:
    """No job read anywhere: a run of two or more periods under the opening (summary) part is the
    work history, heading lost, each a job even when its line names neither a job nor a company by
    its legal form ("11-98 to 07-2000 Electric Apparatus"); not schools or degrees."""
    out: list[Role] = []
    for stream in _streams(_units(lines, ("summary",))):
        found = [r for r in _stream_roles(stream, day_first, as_of) if _spans(r) and not _is_schooling(r)]
        if len(found) >= 2:
            out += found
    return out


def _jobs_under_education(lines: list[Line], day_first: bool, as_of: dt.date) -> list[Role]:
    """No job read anywhere: periods under an education or certifications heading that name a job are the work
    history, its own heading unread ("CAREER CONTOUR" or "WORK SUMMARY / JOB DESCRIPTION" left under
    "ACADEMIC DETAILS"): "May, 2014 – March, 2015: Jeayam Gardens" over "Project Executive/Site Engineer".
    Not schools, degrees, nor a lone date ("Welder Certificate, 2016")."""
    units = [u for u in _units(lines, ("education", "certifications")) if not _MEMBERSHIP_HEADING.search(u.line.heading)]
    return [r for stream in _streams(units) for r in _stream_roles(stream, day_first, as_of)
            if _spans(r) and _names_a_job(r) and not _is_schooling(r)]


def _is_schooling(role: Role) -> bool:
    """Whether a role's title and employer name a school, a school year or a degree."""
    named = " ".join(filter(None, (role.title, role.employer)))
    return _SCHOOLING.search(named) is not None or _DEGREE_FORMS_ANY.search(named) is not None


def _spans(role: Role) -> bool:
    """Whether a role is dated by a period (a start and a later end, or "present"), not a lone date."""
    return bool(role.start and role.end and role.end != role.start)


def _names_a_job_or_employer(role: Role) -> bool:
    """A dated line outside an experience section is a job when it names one, or names an
    organisation ("TECHNIP INDIA LTD.", "Riverside General Hospital") that is not a school."""
    return _names_a_job(role) or (bool(role.employer) and _is_record(role))


#: Words naming a school: "Acme University", "Lakeport School" (not "School District", an employer), "Lakeport
#: Education Centre" (a centre of education, one alone: "Acme Education Centers" runs many, a firm).
_SCHOOL_WORDS = re.compile(r"\b(?:university|college|institute|school(?!\s+district)|academy|polytechnic|faculty|"
                           r"education\s+cent(?:re|er))\b", re.IGNORECASE)


#: A title that states a credential held: "Registered Mechanical Engineer (RME)", "Certified Nuclear Medicine
#: Technologist", "Licensed Practical Nurse", "Registered Nurse Licensure".
_LICENSED_TITLE = re.compile(r"\b(?:certified|registered|licen[sc]ed|licensure)\b", re.IGNORECASE)


def _is_job_record(role: Role) -> bool:
    """A job under an education or certifications heading: a record (:func:`_is_record`) that is labelled,
    names a job, or names its employer by its legal form ("Operator, Diesel Systems Limited, 2017-2018");
    a period by an organisation alone there is a school's ("Lapeer County Vocational Center 9/1981 -
    9/1983", "Medical Technology June 2003 - May 2008"). An unlabelled title stating a credential there is
    the licence held, not a job: "-Registered Mechanical Engineer (RME), Professional Regulation Commission
    since 2000" under "PROFESSIONAL QUALIFICATIONS" is no job held since 2000."""
    if not role.labelled and _LICENSED_TITLE.search(role.title or ""):
        return False
    return _is_record(role) and (role.labelled or _names_a_job(role) or _LEGAL_SUFFIX.search(role.employer or "") is not None)


def _is_record(role: Role) -> bool:
    """A job under an education heading: labelled, or with an organisation that is not a school."""
    if role.employer and _SCHOOL_WORDS.search(role.employer):  # "Institution : Wits Business School"
        return False
    return role.labelled or (bool(role.employer) and _is_org(role.employer)
                             and not _DEGREE_FORMS_ANY.search(" ".join(filter(None, (role.title, role.employer)))))


def current_title(roles: list[Role], said: str | None = None) -> str | None:
    """The most recent role's title: ``None`` when that role states none (an older role's title
    is not what the person does now, and a guess is not shown as the person's title). A latest
    role stating no title that lies within the period of a role that does ("Client : Acme
    June 2018 - Till date" inside "Senior Technical Lead, HCL, 2012 to till date") is a project
    or client block of that job: the job's title is the current one.

    ``said`` is the job the resume says the person holds now (:func:`said_current_title`): it is the
    current title when the latest role read is over or states no title (the current job written in
    a sentence, undated, above records of past jobs)."""
    if not roles:
        return None
    latest = roles[0]
    if said and (not latest.title or latest.end != "present") and said.lower() != (latest.title or "").lower():
        return said
    if latest.title or latest.start_month is None or latest.end_month is None:
        return latest.title
    return next((r.title for r in roles[1:] if r.title and r.start_month is not None and r.end_month is not None
                 and r.start_month <= latest.start_month and latest.end_month <= r.end_month), None)


#: "Presently working in ISGEC as a CNC Operator", "• Currently employed with Acme since 2010 as
#: Supervisor", "1.Now working in Acme Works since 01/11/2011 as a Marketing Assistant": a line opening by
#: saying where or as what the person works now; or a sentence or a label's value opening so ("Experience:
#: Currently working at Acme Ltd as an Inplant Trainee", "... in CT and MRI. Currently working in a private
#: hospital as a Senior Radiology Specialist"), also "associated with" ("Currently associated with Acme Pvt Ltd
#: as Design Engineer"), or after a bracket that closes what comes before ("15 years work experience in Qatar
#: ( 2003-2013 ) Presently working as a Senior Technician at ...").
#: Also "at present" with its verb or the firm ("At Present in Acme Pvt.Ltd. as a Machine Operator."), "connected
#: with" ("Currently connected with Acme India, Kochi as an Assistant Director"), and the job named in a summary's
#: sentence ("... field. My current role is as an Asst.Engineer (Mechanical) in Acme Ltd"), and "I am" after the time
#: ("... MBA from IGNOU. Presently I am working in company Acme Ltd. as an Executive Engineer").
_NOW_WORKING = re.compile(r"(?:^|[.:;)]\s*)(?:(?:i\s+am\s+|i'm\s+)?(?:currently|presently|now|at\s+present)\s+"
                          r"(?:i\s+am\s+)?(?:working|employed|serving|associated|connected)\b|at\s+present\s+(?:in|with)\b|"
                          r"my\s+(?:current|present)\s+(?:role|position|designation|job)\s+is\b)", re.IGNORECASE)


#: "PRESENT POSITION: Family Nurse Practitioner", "Current Designation : QC In charge", "Current Job: Director at
#: Feniqia", "Current profession: Design Engineer in Acme": the job held now, labelled (a profession alone,
#: "Profession: X-ray Technologist", is the trade, not the job held now).
_NOW_LABEL = re.compile(r"^(?:current|present)\s+(?:position|" + _DESIGNATION + r"|role|job\s*title|title|post|job|profession|occupation)\s*[:;-]+\s*"
                        r"(?P<value>\S.*)$", re.IGNORECASE)


def said_current_title(lines: list[Line], education_too: bool = False) -> str | None:
    """The job a resume says the person holds now, on a line (outside education) that opens with
    "Currently working ... as X" or "Presently employed ... as X" (or one of its sentences or a label's value
    does: :data:`_NOW_WORKING`; "Presently working in ISGEC as a CNC Operator Yamuna nagar" -> "CNC
    Operator"), or labels it ("Present Position: Family Nurse
    Practitioner"): the first such line that names a job. With ``education_too`` (a resume where no dated role
    states a title: profile's caller) a sentence under the education heading counts as well: a paragraph there may go on from the degrees to
    the job ("Completed B.Tech ... Presently I am working in company Acme Ltd. as an Executive Engineer")."""
    for line in lines:
        in_education = line.section == "education"
        if in_education and not education_too or line.is_heading:
            continue
        text = _ENUMERATOR.sub("", _BULLET.sub("", _clean(line.text)))
        labelled = None if in_education else _NOW_LABEL.match(text)
        if labelled:
            said = _labelled_current_job(labelled.group("value"))
        elif (now := _NOW_WORKING.search(text)) and (found := _as_title(text[now.start():])):
            said = found[0]
        else:
            continue
        if said and has_job_word(said) and not _title_stop(said):
            return _tidy_title(said)
    return None


def _labelled_current_job(value: str) -> str | None:
    """The title a "current job" label's value names: its title field ("Director at Feniqia" -> "Director"), or
    the job after "as" when the value says what the person is working as ("CURRENT JOB :- Working as Consultant
    from SEAMTEK in LCC LIBYA." -> "Consultant"; the fields' reading when "as" is read to name no job: "Working as
    Shift In charge")."""
    found = _as_title(value) if _OPENS_WORKED_AS.match(value) else None
    if found:
        return found[0]
    later = next((label for label in _LABEL.finditer(value) if label.start() > 0), None)
    title = _fields_of(value[:later.start()].strip(" ,;") if later else value).title
    return _title_before_firm_in_capitals(title) if title else title


def _title_before_firm_in_capitals(title: str) -> str:
    """A said title without the firm after its "in" or "at" when the firm is written in capitals and the title
    ends in a job word or its bracket ("Design Engineer (Product Design) in AMITA JAPAN" -> "Design Engineer
    (Product Design)"); "Lecturer in Physics" keeps its subject."""
    found = _IN_ORG_AFTER.match(title)
    if found is None or not found.group("org").isupper() or not _title_ends(found.group("title")):
        return title
    return found.group("title")


def total_years(roles: list[Role]) -> float | None:
    """Years covered by the dated roles, overlapping roles counted once."""
    ranges = [(r.start_month, r.end_month) for r in roles if r.start_month is not None and r.end_month is not None]
    return round(union_months(ranges) / 12, 1) if ranges else None


#: A period's start and end labelled on lines of their own: "Date From: 05/01/2015" / "Date To: Present", "From: May
#: 2015" / "To: August 28, 2015", "Since: 12/2015" / "To: 01/2019".
_START_DATE = re.compile(r"^(?:date\s*from|from\s*date|start(?:ing)?\s*date|date\s*of\s*joining|joining\s*date|from|since)"
                         r"\s*[:;-]+\s*(?P<date>\S.*)$", re.IGNORECASE)
_END_DATE = re.compile(r"^(?:date\s*to|to\s*date|end(?:ing)?\s*date|date\s*of\s*(?:leaving|relieving)|relieving\s*date|to)"
                       r"\s*[:;-]+\s*(?P<date>\S.*)$", re.IGNORECASE)
#: A record label alone on its line ("Company", "Position:", "Dates"), its value on the next.
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_LABEL_ONLY = re.compile(r"^(?:" + "|".join(_LABELS.values()) + r"|to)\s*[:;]?-?$", re.IGNORECASE)


#: A line of full stops or bullets alone ("." between "Truck Operator" and "Acme Freight 2014-2019").
#: The marks a line of lone bullets is made of (:data:`_MARKS_ONLY`, :data:`_LONE_MARK`).
_MARK_CHARS = ".•·●▪◦*_"
_MARKS_ONLY = re.compile(rf"^[\s{_MARK_CHARS}]+$")


def _stray_marks(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is marks alone (:data:`_MARKS_ONLY`) under a line naming a job ("Truck Operator" / "." /
    "Acme Freight, Edmonton 2014-2019"): it parts the title from the record's line as a blank line does, and is no
    unit of its own; so is one of a run of them (:func:`_in_a_marks_run`). Under other lines it is kept
    ("Grinding." / "." / "8/02/93 thru 7/18/94 Acme Mold")."""
    if _MARKS_ONLY.match(lines[k].text) is not None and k > 0 and has_job_word(lines[k - 1].text):
        return True
    return _in_a_marks_run(lines, k)


#: The fewest lone-mark lines in a row (:data:`_LONE_MARK`) that are a list's bullets parted from their text, as
#: two-column PDFs come out ("Curtis Steel Company -" / "●" x7 / "Houston, TX" / "September 2018 to Present").
#: Three dashes may be drawn between a skills list and a dates column ("MongoDB SQL/MySQL" / "-" x3 /
#: "~ 2009 - Ongoing +"), parting them.
_MARKS_RUN = 5
#: One bullet or dash alone on its line (the intake writes a "●" bullet as "-").
_LONE_MARK = re.compile(rf"^\s*[-{_MARK_CHARS}]\s*$")


def _in_a_marks_run(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is a lone mark (:data:`_LONE_MARK`) in a run of :data:`_MARKS_RUN` or more: a bullet
    column whose text went elsewhere, between a record's title and firm lines and its date line, parting
    nothing. A single "." or "-" is kept (:func:`_stray_marks`: it may part two records)."""
    if _LONE_MARK.match(lines[k].text) is None:
        return False
    run = 1
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(lines) and run < _MARKS_RUN and _LONE_MARK.match(lines[j].text) is not None:
            run += 1
            j += step
    return run >= _MARKS_RUN


#: A short line ending in "&" or "and" ("Norfield Engineering and", "Assistant Manager Production &"): a name
#: or title the line break cut, going on on the next line; not a list ("eMarketing, Sales and" / "Project Manager").
_CUT_AT_AND = re.compile(r"^[A-Za-z][\w.'()/ -]{2,45}\s(?:&|and|AND)$")
#: A spaced dash between two parts of a line ("Marlboro - Chesterfield Pathology").
_DASH_PARTS = re.compile(r"\s[-–—]\s")
#: The most characters of the line going on with the name ("Contracting LLC", "HSE", "Research Centre,").
_NAME_REST = 40


def _name_cut_at_and(line: str, following: str) -> bool:
    """Whether ``line`` is a name cut after its "&" or "and" (:data:`_CUT_AT_AND`) that ``following`` ends: a
    short line with no date, no label and no bullet ("AJ HOSPITAL AND" / "RESEARCH CENTRE,"), nor a name and
    more after a dash ("Marlboro Park Hospital and" / "Marlboro - Chesterfield Pathology": two names)."""
    rest = following.strip()
    return _CUT_AT_AND.match(line.strip()) is not None and 0 < len(rest) <= _NAME_REST and rest[0].isalpha() and \
        not _DASH_PARTS.search(rest) and \
        not find_ranges(line) and not find_ranges(rest) and not _is_label_line(rest) and not _LABEL.search(rest)


#: A title closed by a spaced dash, its qualifier on the next lines ("PROCESS ENGINEER -" / "HEAT & MATERIAL" /
#: "BALANCE"): a few words, the last a job word.
_TITLE_CUT_AT_DASH = re.compile(r"^(?P<title>[A-Za-z][\w.&/ ]{2,60}?)\s+[-–—]$")
#: The most words of one line going on with a title's qualifier ("HEAT & MATERIAL", "Process Dev. & Interface").
_QUALIFIER_LINE_WORDS = 4
#: The most lines a title's qualifier goes on over ("HEAT & MATERIAL" / "BALANCE").
_QUALIFIER_LINES = 2


def _title_cut_at_dash(line: str) -> str | None:
    """The title of a line that is a title closed by a spaced dash (:data:`_TITLE_CUT_AT_DASH`, ending in a job
    word: "Deputy Manager -", "PROCESS ENGINEER -"), its qualifier to follow on the next lines; ``None`` for any
    other line ("Achievement in BHARAT FORGE –", "Responsibilities -")."""
    cut = _TITLE_CUT_AT_DASH.match(line.strip())
    return cut.group("title") if cut and len(cut.group("title").split()) <= _QUALIFIER_LINE_WORDS + 2 and \
        _title_ends(cut.group("title")) else None


def _goes_on_as_qualifier(text: str) -> bool:
    """Whether a line goes on with the qualifier of a title cut at its dash (:func:`_title_cut_at_dash`): a few
    capitalised words with no digit, no job word, no firm's or place's name and no label ("HEAT & MATERIAL",
    "Process Dev. & Interface", "Construction"); not a second title ("Project Manager"), a firm ("Abu Dhabi Gas
    Industries Ltd"), a date or a sentence ("Duties included setting up ...")."""
    rest = text.strip()
    return 0 < len(rest.split()) <= _QUALIFIER_LINE_WORDS and rest[0].isupper() and not _DIGIT.search(rest) and \
        not has_job_word(rest) and not _is_org(rest) and not _is_place(rest) and not _LABEL.search(rest) and \
        not _BULLET.match(text) and _title_cut_at_dash(rest) is None


def _title_and_qualifier_lines(kept: list[Line], i: int) -> tuple[str | None, list[Line]]:
    """The title of ``kept[i]`` when it is cut at a dash (:func:`_title_cut_at_dash`), and the lines after it, in its
    section, going on with the qualifier (:func:`_goes_on_as_qualifier`, up to :data:`_QUALIFIER_LINES`); no lines
    under education or certifications (a course's "Diploma -" / "Industrial Microbiology")."""
    line = kept[i]
    title = _title_cut_at_dash(line.text) if line.section not in ("education", "certifications") else None
    if title is None:
        return None, []
    run: list[Line] = []
    for later in kept[i + 1:i + 1 + _QUALIFIER_LINES]:
        if later.section != line.section or not _goes_on_as_qualifier(later.text):
            break
        run.append(later)
    return title, run


def _ends_cut(text: str) -> bool:
    """Whether a text ends in a word that joins ("of", "and", "the": :data:`_CONNECTORS`): cut there, no whole
    name ("Assoc. of") and no label's value (a table's header cell cut over lines: "Post held / Name of / employer /
    Period")."""
    words = text.split()
    return bool(words) and words[-1].lower() in _CONNECTORS


def _units(lines: list[Line], sections: tuple[str, ...]) -> list[_Unit]:
    """The lines of ``sections``; a label alone on its line and the value on the next
    ("Position" / "Turner Machinist") become one "Position : Turner Machinist" unit."""
    kept = [line for k, line in enumerate(lines)
            if line.section in sections and not line.is_heading and not _stray_marks(lines, k)]
    out: list[_Unit] = []
    i = 0
    while i < len(kept):
        line = kept[i]
        label = _clean(line.text)
        start = _START_DATE.match(label)
        end_at = next((j for j in (i + 1, i + 2) if j < len(kept) and kept[j].section == line.section and
                       _END_DATE.match(_clean(kept[j].text))), None) if start else None
        if end_at is not None:  # "Start Date: July 2009" / "End Date: Present": one period
            end = _END_DATE.match(_clean(kept[end_at].text))
            out += [_Unit(f"Period : {start.group('date')} to {end.group('date')}", line.start, line.end, line)]
            out += [_Unit(between.text, between.start, between.end, between) for between in kept[i + 1:end_at]]
            i = end_at + 1
            continue
        following = kept[i + 1] if i + 1 < len(kept) else None
        last = kept[i + 2] if i + 2 < len(kept) else None
        # Not under education or certifications, where a table's "2016" / "to" / "2019" dates a course.
        if last is not None and following.section == line.section == last.section and \
                line.section not in ("education", "certifications") and range_over_three_lines(line.text, following.text, last.text):  # "OCT 18" / "TO" / "FEB 19": one period
            out.append(_Unit(f"{line.text.strip()} {following.text.strip()} {last.text.strip()}", line.start, last.end, line))
            i += 3
            continue
        if last is not None and following.section == line.section == last.section == "experience" and \
                range_end_over_two_lines(line.text, following.text, last.text):  # "June 1986 to" / "December" / "1994"
            out.append(_Unit(f"{line.text.rstrip()} {following.text.strip()} {last.text.strip()}", line.start, last.end, line))
            i += 3
            continue
        if following is not None and following.section == line.section and \
                continues_on_next_line(line.text, following.text):  # "5/2010 to" / "12/2010": one period
            out.append(_Unit(f"{line.text.rstrip()} {following.text.strip()}", line.start, following.end, line))
            i += 2
            continue
        # "Acme, Nashua NH. 05/2016-" / "11/2016. Set up and ran ...": the range ends on the next line, text after
        # its end; the end goes to the range's line, the text stays on its own.
        stop = range_ends_on_next_line(line.text, following.text) \
            if following is not None and following.section == line.section else None
        if stop is not None:
            out.append(_Unit(f"{line.text.rstrip()} {following.text[:stop].strip()}", line.start, following.start + stop, line))
            stop += len(following.text[stop:]) - len(following.text[stop:].lstrip(" .,;"))
            out.append(_Unit(following.text[stop:], following.start + stop, following.end, following))
            i += 2
            continue
        # "2/2019 to Acme Corp, Dallas" / "9/2019 Developer": the range's ends around the employer, in a job
        # section; the range goes to the line of its end, the employer stays on its own.
        cut = range_split_by_text(line.text, following.text) \
            if following is not None and following.section == line.section == "experience" else None
        if cut is not None:
            out.append(_Unit(line.text[cut:], line.start + cut, line.end, line))
            out.append(_Unit(f"{line.text[:cut].strip()} {following.text.strip()}", following.start, following.end, following))
            i += 2
            continue
        # "Sep 2007" / "Sep 2019": a table's "From" and "To" cells, one under the other, in a job section; outside
        # one (not under education or certifications), when the end says it is one ("25.01.2018" / "TO 21.05.2018",
        # "September 2018" / "— February 2019"), joined by its own word.
        said = following is not None and end_says_so(following.text)
        if following is not None and following.section == line.section and (line.section == "experience" or (
                said and line.section not in ("education", "certifications"))) and \
                range_over_two_points(line.text, following.text):
            out.append(_Unit(f"{line.text.strip()}{' ' if said else ' - '}{following.text.strip()}", line.start,
                             following.end, line))
            i += 2
            continue
        title, run = _title_and_qualifier_lines(kept, i)
        if run:  # "Deputy Manager -" / "Process Dev. & Interface": the qualifier in brackets, no employer after a dash
            qualifier = " ".join(later.text.strip() for later in run)
            out.append(_Unit(f"{title} ({qualifier})", line.start, run[-1].end, line))
            i += 1 + len(run)
            continue
        if following is not None and following.section == line.section == "experience" and \
                _name_cut_at_and(line.text, following.text):  # "AJ HOSPITAL AND" / "RESEARCH CENTRE": one name
            out.append(_Unit(f"{line.text.rstrip()} {following.text.strip()}", line.start, following.end, line))
            i += 2
            continue
        value_at = _label_value_at(kept, i)
        following = kept[value_at] if value_at < len(kept) else None
        # Not a table's header row read cell by cell ("Company / Designation / Period / Acme / ..."):
        # neither the line before nor the value is a label too.
        if following is not None and following.section == line.section and \
                (_LABEL_ONLY.match(label) or _REASON_FOR_LEAVING_ONLY.match(label)) and \
                not (i and _LABEL_ONLY.match(_clean(kept[i - 1].text))) and \
                not _LABEL_ONLY.match(_clean(following.text)) and not _LABEL.match(_clean(following.text)) and \
                _TWO_LETTERS.search(following.text) and not _ends_cut(following.text):
            out.append(_Unit(f"{label.rstrip(':;- ')} : {_clean(following.text)}", line.start, following.end, following))
            i = value_at + 1
            continue
        out.append(_Unit(line.text, line.start, line.end, line))
        i += 1
    return out


#: "Reason for Leaving" alone on its line, its value ("Seeking New Challenge") on the next: joined to it, the value
#: is read as the label's (:data:`_NOT_A_FIELD_LABEL`: neither field), not as the next record's employer.
_REASON_FOR_LEAVING = r"reasons?\s+(?:for|of)\s+leaving"
_REASON_FOR_LEAVING_ONLY = re.compile(r"^" + _REASON_FOR_LEAVING + r"\s*[:;]?-?$", re.IGNORECASE)
#: A colon alone on its line, between a label and its value ("DESIGNATION" / ":" / "Food Safety Manager").
_LONE_COLON = re.compile(r"^\s*[:;]-?\s*$")


def _label_value_at(kept: list[Line], i: int) -> int:
    """The index of the line that may hold the value of a label alone on line ``i``: the next line, or the one
    after it when the next is a colon alone in the same section, as forms laid out in three columns come out
    ("DESIGNATION" / ":" / "Food Safety Manager", "COMPANY" / ":" / "Fairmont Riyadh")."""
    if i + 2 < len(kept) and kept[i + 1].section == kept[i].section and _LONE_COLON.match(kept[i + 1].text):
        return i + 2
    return i + 1


def _streams(units: list[_Unit]) -> list[list[_Unit]]:
    """Two records side by side ("COMPANY : A  COMPANY : B") become two streams, read one
    after the other; everything else is one stream."""
    first: list[_Unit] = []
    second: list[_Unit] = []
    for unit in units:
        if ":" not in unit.text and ";" not in unit.text:
            first.append(unit)
            continue
        labels = list(_LABEL.finditer(unit.text))
        kinds = [_label_kind(m) for m in labels]
        repeated = next((k for k in kinds if kinds.count(k) > 1), None)
        if repeated is not None:
            first_label, second_label = [m for m, k in zip(labels, kinds, strict=True) if k == repeated][:2]
            at = second_label.start()
        # "Start Date: 06/2013 End Date: 04/2015": one period across the two labels, one record.
        if repeated is not None and any(r.begin < at and r.stop > second_label.end() for r in find_ranges(unit.text)):
            repeated = None
        # "Duration : From: January, 2015 To: May, 2015": one label right after the other, one period.
        if repeated is not None and unit.text[first_label.end():at].strip():
            first.append(_Unit(unit.text[:at].rstrip(), unit.start, unit.start + len(unit.text[:at].rstrip()), unit.line))
            second.append(_Unit(unit.text[at:], unit.start + at, unit.end, unit.line))
        else:
            first.append(unit)
    return [first, second] if second else [first]


def _next_records_field(candidate: _Candidate, offered: tuple[_Candidate, ...], below: bool) -> bool:
    """Whether a field read on a date's far side is the next record's: a labelled one ("Company : B" below
    "Period : ..." of the record of company A), or, on a line ``below`` the date, the place split off a labelled
    employer's name ("2.COMPANY :Blue Tree Clinics, Dubai" under the period of the record above: Dubai is Blue
    Tree's). A place above the date stays readable: "Company Name : Zetek Castings, Oragadam" over "Experience
    details : MAR 2017 to date" is that record's."""
    return candidate.strength == LABELLED or below and candidate.kind == "location" and \
        any(c.kind == "employer" and c.strength == LABELLED for c in offered)


def _label_kind(match: re.Match) -> str:
    return next(kind for kind in _LABELS if match.group(kind))


#: "Position - Junior Colour Specialist", "Organization - AkzoNobel India Ltd.": a record label
#: written with a dash instead of a colon (only these unambiguous labels, at the line's start).
_DASH_LABEL = re.compile(r"^(?P<label>(?:position(?:\s+held)?|" + _DESIGNATION + r"|job\s*title|company(?:\s*name)?|employer|"
                         r"organi[sz]ation|period|duration|tenure|location))\s+[-–]\s+(?=\S)", re.IGNORECASE)
#: "JOB TITLE Electrical Foreman", "Position Title Mechanic": a title's label of two words written with no colon
#: at all, its value opening with a capital (only this label: "Position" alone opens duty sentences too,
#: "Position patients for X-ray").
_BARE_TITLE_LABEL = re.compile(r"^(?P<label>(?i:(?:job|position)\s+title))\s+(?=[A-Z])")
#: "Primary Role: IT Manager with other responsibilities ...": a word ranking the role before its label; the
#: label is the title's "Role:" (a role's description opens otherwise: "Primary Responsibilities:").
_RANKED_ROLE_LABEL = re.compile(r"^(?:primary|main)\s+(?=role\s*:)", re.IGNORECASE)


#: A company's legal form as a capitalised word ("Inc.", "CORP", "LLC"), written in a role's header.
_CAPITALISED_LEGAL_FORM = r"LLC|Ltd|LTD|Limited|LIMITED|Inc|INC|Corp|CORP|Corporation|Pvt|PVT|PLC|GmbH"
#: "EWall Host Pvt. Ltd(Software Trainee Engineer - Dec 2016 to May 2018)": a legal form glued to
#: the parenthesis that follows it.
_GLUED_PAREN = re.compile(r"\b(" + _CAPITALISED_LEGAL_FORM + r")(\.?)\((?=[A-Z])")
#: "[TEAM LEADER – MAINTENANCE Packing section]": a whole line in square brackets.
_BRACKETED = re.compile(r"^\[([^\[\]]+)\]$")


@functools.lru_cache(maxsize=4096)
def _clean(text: str) -> str:
    text = _MARKS_BEFORE.sub("", _BULLET.sub("", text))  # "ØCOMPANY : Acme": a glyph's bullet before a label too
    text = _ENUMERATOR.sub("", text)
    text = _DASH_LABEL.sub(r"\g<label> : ", text)
    text = _BARE_TITLE_LABEL.sub(r"\g<label> : ", text)
    text = _RANKED_ROLE_LABEL.sub("", text)
    text = _GLUED_PAREN.sub(r"\1\2 (", text)
    return _BRACKETED.sub(r"\1", text.strip()).strip()


def _is_column_header(text: str) -> bool:
    """"Sr. No. Company name Designation Duration": the header row of a table of jobs. Words inside
    a date range do not count: "Duration : From April 2016 to July 2016" is a record's period, and so is
    "Duration Period : From 05/08/2010 to 16/03/2011" (one label; its range read either way round)."""
    if len(text) > 80 or len(_COLUMN_WORD.findall(text)) < 3:
        return False
    for found in reversed(max(find_ranges(text), find_ranges(text, day_first=True), key=len)):
        text = text[:found.begin] + " " + text[found.stop:]
    return len(_COLUMN_WORD.findall(text)) >= 3


_COLUMN_WORD = re.compile(r"\b(?:company|organi[sz]ation|employer|designation|position|duration(?:\s*period)?|period|role|from|to|"
                          r"sr\.? ?no)\b", re.IGNORECASE)


#: "Project Manager/Estimator", "Environment Health & Safety Officer": a title that starts with a
#: word of :data:`_BODY_LABEL`; the word is a label only when a colon or dash follows it.
_TITLE_NOT_LABEL = re.compile(r"^(?:projects?|environment(?:al)?)\s+(?![:\-–—])", re.IGNORECASE)
#: "Company : X, Abu Dhabi, UAE Designation : Electrical Site Supervisor": a labelled record line
#: is a header up to this length (an unlabelled one only up to 110 characters).
_LONG_LABELLED_LINE = 160


def _is_body_label(text: str) -> bool:
    """Whether a line starts a role's description ("Responsibilities:", "Project: Counter"),
    not a title that starts with the same word ("Project Manager/Estimator")."""
    if not _BODY_LABEL.match(text):
        return False
    return not (_TITLE_NOT_LABEL.match(text) and len(text.split()) <= 8 and has_job_word(text))


#: The most words of a title line closed by a full stop, its unit or second title included.
_STOPPED_TITLE_WORDS = 8
#: The most words of a line listing titles closed by a full stop.
_LISTED_TITLES_WORDS = 14
#: Words that join a title's parts and stay in small letters ("and", "of").
_TITLE_JOINERS = frozenset({"and", "of", "&", "the", "in"})


def _title_closed_by_stop(text: str) -> bool:
    """Whether a line closed by a full stop is a title with its unit or a second title, not a sentence: up to eight
    words (fourteen for a list of titles, :func:`_list_of_titles`), a job word, every word capitalised but those
    that join and the last ("Hospital Pharmacy Manager and Human Resources Support.", "Supply Room and Engine
    Room Parts Attendant.", "Oral Surgery Assistant, Sedation and Dental Coding.", "Process Technician,
    Prototype Coordinator, and Tooling design."). None is a report of work done (:func:`_is_duty`: "Supervised
    Night Shift Machine Operators and Helpers."), a sentence in small letters ("Under the supervision of Acme
    Consultant."), a line with a figure (an address, "1st Piece, In-Process, and Final Inspection.") or with a
    word that turns a title into a sentence (:func:`_title_stop`: "Team Lead for Asset Management
    implementation.")."""
    words = [w for w in text.split()[:-1] if w[:1].isalpha() and w.lower().strip(",.") not in _TITLE_JOINERS]
    return (len(text.split()) <= _STOPPED_TITLE_WORDS or _list_of_titles(text)) and has_job_word(text) and not _is_duty(text) and \
        not _DIGIT.search(text) and not _title_stop(text) and all(w[0].isupper() for w in words)


def _list_of_titles(text: str) -> bool:
    """Whether a longer line is a comma list of titles, every piece but the last ending in a job word ("Healthcare
    Systems Engineer, Human Factors Engineer, Instructional System Specialist and Program Management."): fourteen
    words at most, each piece six words at most. A piece naming a duty ("Canadian Asset Manager, Site Committee
    Chairman, Building Maintenance, and ...") makes it a list of tasks, the last of them read as a firm's."""
    pieces = text.split(",")
    return len(text.split()) <= _LISTED_TITLES_WORDS and len(pieces) >= 3 and \
        all(len(p.split()) <= _OPENING_TITLE_WORDS and _title_ends(p) for p in pieces[:-1])


def _is_header_like(unit: _Unit) -> bool:
    raw = unit.text.strip()
    text = _clean(raw)
    if not text or _is_body_label(text) or _is_column_header(text):
        return False
    if _title_then_prose(text) or _capitals_then_prose(text):
        return True
    if _LABEL.match(text) and len(text) <= _LONG_LABELLED_LINE:
        return True
    if len(text) > 110:
        return False
    if _ANY_LABEL.match(text) and len(text) <= 100:
        return True
    if len(text) <= 110 and (_WORKED_IN.search(text) or _WORKED_AS.search(text)) and has_job_word(text):
        return True
    if _BULLET.match(raw) and not has_job_word(text):
        return False
    words = text.split()
    if len(words) > 14:
        return False
    if text.endswith(".") and not _ABBREVIATION_END.search(text) and not _is_org(words[-1]) and \
            not (len(words) <= 6 and has_job_word(text)) and not _title_closed_by_stop(text):  # "Plastic bag machine operator."
        return False
    letters = [w for w in words if w[:1].isalpha()]
    if not letters:
        return False
    capitalised = sum(1 for w in letters if w[0].isupper()) / len(letters)
    return capitalised >= 0.5 or has_job_word(text) or _is_org(text)


_NOT_A_JOB_DATE = re.compile(r"\b(?:birth|d\.?o\.?b|born|passport|expiry|expires|issued|valid|visa|declaration|"
                             r"place|signature)\b", re.IGNORECASE)


def _anchor_ranges(unit: _Unit, day_first: bool) -> list[DateRange]:
    """Date ranges that date a role on this unit (and single dates on short job lines)."""
    text = unit.text
    if not _DIGIT.search(text) or len(text) > _MAX_HEADER_LINE or _NOT_A_JOB_DATE.search(text) or \
            _is_column_header(text):
        return []
    ranges = find_ranges(text, day_first=day_first)
    if len(ranges) > _MAX_DATES_PER_LINE:  # a table of figures or a pasted log, not a job's header
        return []
    ranges = [r for r in ranges if not _inside_prose(text, r)]
    if ranges:
        return ranges
    now = _works_there_now(text, day_first)
    if now:
        return now
    stripped = _clean(text)
    if len(stripped) > 90:
        return []
    singles = [r for r in find_ranges(text, day_first=day_first, singles=True) if r.single and r.start.month]
    if len(singles) != 1:
        return []
    rest = (stripped[:singles[0].begin] + stripped[singles[0].stop:]).strip(" ,-|()")
    return singles if not rest or has_job_word(rest) or _START_LEAD.match(rest.rstrip(" .")) else []


#: "Currently working as a Site Engineer in Acme Ltd from JANUARY -2019", "Presently working as Team Leader in
#: Acme Stores, Dubai From the date 27 July 2017": a sentence saying the person works there now; the date
#: after its "from" or "since" starts a job that runs to the present.
_WORKS_THERE_NOW = re.compile(r"^\W*(?:i\s+am\s+)?(?:currently|presently|now)\s+(?:i\s+am\s+)?(?:working|employed|serving)\b",
                              re.IGNORECASE)


#: "Currently working as a NETWORK OPERATIONS ASSOSIATE in NOKIA CHENNAI": what the person works as now,
#: said outright, is the job's title even when no job word shows it (one misspelt).
_WORKS_THERE_NOW_AS = re.compile(_WORKS_THERE_NOW.pattern + r"\s+as\s+(?:an?\s+)?[A-Z]", re.IGNORECASE)


def _works_there_now(text: str, day_first: bool) -> list[DateRange]:
    """The one date of a sentence saying the person works there now, after its "from" or "since", as a
    job's start running to the present: "Currently working as a Site Engineer in Acme Ltd from JANUARY
    -2019" is Jan 2019 to present, not a job of that month alone."""
    if not _WORKS_THERE_NOW.match(text):
        return []
    singles = [r for r in find_ranges(text, day_first=day_first, singles=True) if r.single and r.start.month]
    if len(singles) != 1 or not _BEFORE_DATE_WORD.search(text, 0, singles[0].begin) or \
            _SENTENCE_END.search(text, 0, singles[0].begin):
        return []
    return [replace(singles[0], end=None, present=True, single=False)]


#: What leads a job's start written alone, its end not stated: "DURATION : FROM JANUARY 2017", "From : June 2018",
#: "Started from 01 December 2018", "Since: 01/2019" (a full stop after the date, "From 8 March 2019.", ends the
#: sentence); not a date alone by a period label ("Date : 12 June 2019", "Joining Date :
#: 10.08.2006" by a school's name, "Date of Joining : 19th Mar 2008" under a job's period), which may date anything.
_START_LEAD = re.compile(r"^(?:(?:" + _LABELS["period"] + r")\s*[:;]*-?\s*)?(?:from|since|started(?:\s+(?:from|on))?|"
                         r"joined(?:\s+(?:on|in))?)\s*[:;]*-?$", re.IGNORECASE)


#: "=4.5 year", "(3 years and 3 months)", "2 Yrs": how long a job lasted, not a name.
_DURATION = re.compile(r"[=(]?\s*\b\d+(?:\.\d+)?\s*\+?\s*(?:years?|yrs?|months?|mos?)\b(?:\s*(?:and\s*)?\d+\s*(?:months?|mos?)\b)?\s*\)?",
                       re.IGNORECASE)
_LONG_LINE = 120
#: A phone number alone on its line ("513-***-****"; job boards mask the digits).
_PHONE_LINE = re.compile(r"^[\d*()+.\s-]{10,}$")
#: A line of an employer's address: a street ("1212 State Ave, Cincinnati, OH", "Mount Road"), a place and its
#: postcode ("Islamabad, Pakistan 44000", "Dayton, OH 45402"), or a phone number alone (:data:`_PHONE_LINE`).
_ADDRESS_LINE = re.compile(r"\b(?:street|avenue|ave|road|rd|blvd|boulevard|highway|hwy|suite|p\.?\s?o\.?\s+box)\b|"
                           r",\s*[A-Za-z][A-Za-z .]*\s\d{5}(?:-\d{4})?\b|" + _PHONE_LINE.pattern, re.IGNORECASE)
_DIGIT = re.compile(r"\d")
#: No job's header line is longer, or holds more dates (a few lines, or a run-on paragraph, glued together).
_MAX_HEADER_LINE = 3000
_MAX_DATES_PER_LINE = 8
#: The capitalised words (and "of", "and", "at", a parenthesis...) that end a text. Each word ends at a
#: space or at the end, so a run of capitals can be read only one way (no exponential backtracking).
_TRAILING = r"(?:(?:[A-Z][\w.&/'’+-]*{comma}|\([^()]{{1,40}}\)|of|and|&|for|in|at)(?:\s+|(?=[:,\s(\[–-]*$)))+[:,\s(\[–-]*$"
_TRAILING_NAME = re.compile(_TRAILING.format(comma=""))
#: The same with a comma allowed after each word: a role's header of fields ("Manager, Plant Quality,
#: Acme, Ogden, Utah,") right before its date.
_TRAILING_FIELDS = re.compile(_TRAILING.format(comma=",?"))


#: The word that leads a date in a sentence ("... as Associate Purchase from March 2018 ...").
_BEFORE_DATE_WORD = re.compile(r"\s(?:from|since)(?:\s+the\s+date|\s+(?:a|the)\s+period\s+of)?\s*[:(\[]?\s*$", re.IGNORECASE)


#: The end of a sentence (after a word of four letters or more, not "Ltd." or "Pvt.").
_SENTENCE_END = re.compile(r"(?<=[a-z]{4})[.;!]\s")


def _inside_prose(text: str, found: DateRange) -> bool:
    """A range in the middle of a long line dates no role ("led the 2019-2020 migration"),
    unless a job is named right beside it: a PDF converter glued a role's header line to the
    end of the line before ("... ULBRIDGE Mar 2013 - Mar 2015 Software Support - Net Brinel SA")."""
    # "... Turnover increased by 165% per year since 2002.": an open range in a sentence of prose
    # dates a role only when that sentence names a job ("...; Senior Engineer at Acme since 2015.").
    if len(text) > _LONG_LINE and found.begin > 40 and found.text[:5].lower() == "since" and \
            not has_job_word(_SENTENCE_END.split(text[:found.begin])[-1]):
        return True
    return _beside_no_job(text, found) and not _sentence_names_a_job(text, found)


def _beside_no_job(text: str, found: DateRange) -> bool:
    """A range in the middle of a long line with no job's header beside it ("... led the 2019-2020 migration of
    ..."): no header opening the line or glued before the date, no job named in the words around it."""
    # A header opening the line, its description run on after the date; or glued to the end of the line before.
    if len(text) <= _LONG_LINE or found.begin <= 40 or found.stop >= len(text) - 40 or _header_head(text, found) or \
            _header_tail(text, found):
        return False
    if _fields_before(text, found) or _opens_sentence_before_colon(text, found) or _legal_name_before(text, found) or \
            _NUMBERED_BEFORE.search(text, 0, found.begin):
        return False
    before, after = _windows(text, found)
    after = " ".join(after.split()[:6])
    # "... Feb 2016 - Dec 2018 PETROFAC INTERNATIONAL LLC - Sharjah, UAE. Nov 2015 - Jan 2016 PETRON
    # EMIRATES LLC - Dubai ...": a company by its legal form right after the date names a job too.
    return not (has_job_word(before) or has_job_word(after) or _LEGAL_NAME_AFTER.match(after) is not None)


#: A numbered record glued to the end of the line before, "From" and its date after its number ("... to the site.
#: 2. From Dec 2013 to Dec 2017 at Acme WLL as a Senior Engineer", "... 3- From 14/01/13 to ..."): it opens there.
_NUMBERED_BEFORE = re.compile(r"\s\d{1,2}\s?[.)-]\s*from\s*$", re.IGNORECASE)


#: The most words a sentence may have before a date for the job it names to be dated by it.
_DATED_SENTENCE_WORDS = 25
#: A run of capitalised words ("Project Engineer", "Senior Oracle DBA"), and the words after "as" ("as a sales,
#: service executive"): where a sentence of prose names a job.
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w&/.'’-]*\s+)*[A-Z][\w&/.'’-]*")
_AS_WORDS = re.compile(r"\bas\s+(?:an?\s+)?((?:\S+\s+){0,5}\S+)", re.IGNORECASE)


def _sentence_names_a_job(text: str, found: DateRange) -> bool:
    """"... Worked as BMS Operator with Debbas Facility Management LLC. (Qatar) from 12th March 2013 to 26th
    April 2018. Through ...", "... Project Engineer for the construction of water kiosks by NLNG Feb 2012-Dec 2014.
    Coordinates ...": a short sentence before a date in a long line that names a job, capitalised or after "as",
    is that job's record ("Trained staff on calibration 07/2012 - 04/2016 ..." and an achievement's "from 1996
    to 1997" name none); so is a date opening its sentence before a name ("... of all laboratory tests.
    December 1999 to December 2001. Lancet Laboratory - Richmond ...", not "... new designs. July 2011 - July
    2013 saw the fleet double")."""
    sentence = _SENTENCE_END.split(text[:found.begin])[-1]
    if not sentence.strip():
        return not text[found.stop:].lstrip()[:1].islower()
    return len(sentence.split()) <= _DATED_SENTENCE_WORDS and \
        (any(has_job_word(m.group(0)) for m in _CAPITALISED_RUN.finditer(sentence)) or
         any(has_job_word(m.group(1)) for m in _AS_WORDS.finditer(sentence)))


def _dated_sentence(text: str, found: DateRange) -> str | None:
    """The words of a long line that say the job a date in it belongs to, when the line runs several sentences
    on: the short sentence before the date when it says the job after "as" ("... every day. I worked with Acme
    Mills Ltd as shift in-charge from"), or names one and the date would be read as prose but for it
    (:func:`_sentence_names_a_job`); or, the date opening its sentence, the words after it ("... laboratory
    tests. December 1999 to December 2001. Lakeview Laboratory, Lab Assistant, in the ...", "05/2017 to 07/2017.
    Histology Technician at Lakeview Hospital, ..."), not the last job's words before it. ``None`` otherwise (a
    line opening with the job's sentence is read as before: :func:`_windows`)."""
    head = text[:found.begin]
    sentence = "" if _NUMBERED_BEFORE.search(head) else _SENTENCE_END.split(head)[-1]
    if not sentence.strip():
        after = _windows(text, found)[1].lstrip(" .;")
        fields = _fields_of(_strip_open(_DATE_WORDS.sub("", after)))
        return after if fields.employer or fields.title else None
    if sentence == head or len(sentence.split()) > _DATED_SENTENCE_WORDS or \
            _as_title(sentence) is None and not _beside_no_job(text, found):
        return None
    title = _fields_of(_strip_open(_DATE_WORDS.sub("", sentence))).title
    return sentence if title and has_job_word(title) else None


#: A capitalised name ending in a legal suffix within the words right after a date.
_LEGAL_NAME_AFTER = re.compile(r"^(?:[A-Z][\w&.'’/-]*\s+){0,4}(?:" + _CAPITALISED_LEGAL_FORM + r"|W\.L\.L|L\.L\.C)\b")
#: A legal form anywhere in a role's header (:func:`_legal_name_before`).
_LEGAL_FORM_WORD = re.compile(r"\b(?:" + _CAPITALISED_LEGAL_FORM + r")\b")


def _legal_name_before(text: str, found: DateRange) -> str | None:
    """"... follow all warehouse safety rules. Superior Label Systems Inc. – Dallas, Texas Nov. 2004 -
    Jun. 2006 Operated ...": a role's header glued to the end of a bullet, an employer named by its
    legal form (and its town) in the few capitalised words between the last sentence and the date:
    those words, or ``None``."""
    head = _BRACKETED_NUMBER.sub("", _SENTENCE_END.split(_head_before(text, found.begin))[-1].strip())  # "(8) "
    words = [w for w in head.split() if w[:1].isalpha()]
    named = 0 < len(words) <= 10 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3 and \
        _LEGAL_FORM_WORD.search(head) is not None and not _DIGIT.search(head)  # not "Inc. 2414 W. Algonquin Rd"
    return head.strip(" ,-–") if named else None


#: A sentence closed right before a date; a colon and a capitalised name right after it.
_SENTENCE_CLOSED = re.compile(r"[a-z]{3}[.;]$")
_COLON_NAME = re.compile(r"\s*:\s*[A-Z]")


def _opens_sentence_before_colon(text: str, found: DateRange) -> bool:
    """"... review and calculations. June 1994 - June 1997: Air Club International (Dissolved) Maintenance
    Support Engineer ...": a role's header ("dates: employer, title") run on after the last sentence of
    the description before it, the date opening its sentence and a colon after it."""
    return _SENTENCE_CLOSED.search(text[:found.begin].rstrip()) is not None and \
        _COLON_NAME.match(text, found.stop) is not None


def _fields_before(text: str, found: DateRange) -> str | None:
    """The header fields before ``found`` (:func:`_fields_before_date`), read once for :func:`_inside_prose`
    and :func:`_remove_dates`."""
    return _fields_before_date(text, found.begin)


@functools.lru_cache(maxsize=512)
def _fields_before_date(text: str, begin: int) -> str | None:
    """"... by using First Time Quality tools Manager, Plant Quality, Acme, Ogden, Utah, May 2011 to Sept
    2013 (~75 Employees; ...)": a role's header of capitalised fields joined by commas ("Title, Employer,
    City, State,") that a PDF converter glued to the end of a bullet, its date after it, the description
    run on after that. The fields, when they name a job and the trailing capitalised words before the
    date without commas (read by :func:`_windows`) do not."""
    head = _head_before(text, begin)
    if has_job_word(_name_before(head)):
        return None
    fields = _TRAILING_FIELDS.search(head)
    return fields.group(0) if fields and "," in fields.group(0).rstrip(", ") and has_job_word(fields.group(0)) else None


def _header_head(text: str, found: DateRange) -> bool:
    """"Senior VP Operations, UST Mfg. LLC, Layton Utah Dec 2015 to Present ~170 employees, ...": a
    line that opens with a role's header (a few capitalised words naming a job, or an employer by its
    legal form: "Kestrel Trading Co.(KTC) - Qatar 2015 June - 2016 June The company was founded ...", or
    by its fields alone ending in its place: "Lakeview Dental Group, Fargo, ND June 2009 - May 2017 Kept
    patient charts ..."; no bullet, no sentence) and its date, the description run on after it."""
    head = text[:found.begin]
    words = [w for w in head.split() if w[:1].isalpha()]
    return 0 < len(head.split()) <= 12 and not _BULLET.match(head) and not _ends_a_sentence(head) and \
        sum(w[0].isupper() for w in words) * 4 >= len(words) * 3 and \
        (has_job_word(head) or _LEGAL_SUFFIX.search(head) is not None or _employer_fields_alone(head))


def _ends_a_sentence(head: str) -> bool:
    """Whether the text before a date on a long line holds a sentence's end (:data:`_SENTENCE_END`), so it is
    no role's header; a semicolon that parts the employer from the place ending the text is none ("Lieutenant /
    Paramedic Seekonk Fire Department; Seekonk, MA" before "8/2012-Present Respond to ...")."""
    found = _SENTENCE_END.search(head)
    if found is None or head[found.start()] != ";" or _SENTENCE_END.search(head, found.end()):
        return found is not None
    place = head[found.end():].strip(" ,")
    return not (_is_place(place) or _is_region_written_out(place))


def _employer_fields_alone(head: str) -> bool:
    """The whole of ``head`` is an employer's fields ending in its place ("Lakeview Dental Group, Fargo, ND"):
    not a name before them ("Doha Harbour Dredging Works - Doha, Qatar" names a project)."""
    return _TRAILING_FIELDS.match(head) is not None and _employer_fields_before(head) is not None


def _header_tail(text: str, found: DateRange) -> bool:
    """"... between vendors and customers 07/2012 - 2/16/18 Veritiv Operating Company El Paso, Texas
    Quality & Safety Coordinator": a role's header glued to the end of the line before, the few
    words after its date (one sentence) ending in its title."""
    tail = text[found.stop:]
    words = [w for w in tail.split() if w[:1].isalpha()]
    return 0 < len(tail.split()) <= 14 and words[:1] != [] and words[0][0].isupper() and \
        sum(w[0].isupper() for w in words) * 2 >= len(words) and _ends_in_job_word(tail) and \
        not _SENTENCE_END.search(tail)


def _after_last_place(name: str) -> str:
    """The trailing capitalised words before a date, from after the last place they name when a
    job follows it: a converter glued the previous record's place to this one's title ("... Forma
    Plastic Surgery, Scottsdale AZ (elective) Emergency Medical Technician," -> "Emergency Medical
    Technician,"). A place is a state's code in capitals or a country's name, after a word of that
    record ("CT Scan Technologist" opens with no place)."""
    words = name.split()
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if i and w.strip(",.:").lower() in PLACES and
               (len(w.strip(",.:")) == 2 and w.strip(",.:").isupper() or w[:1].isupper() and len(w.strip(",.:")) > 3)),
              default=0)
    rest = words[cut:]
    while rest and rest[0].startswith("(") and rest[0].endswith(")"):  # "(elective)" after the place
        rest = rest[1:]
    return " ".join(rest) if cut and has_job_word(" ".join(rest)) else name


#: How far back before a date its header is read on a long line.
_HEAD_REACH = 160


def _head_before(text: str, begin: int) -> str:
    """The text before a date at ``begin`` on a long line, at most :data:`_HEAD_REACH` characters, without
    a word that leads the date ("from", "since")."""
    return _BEFORE_DATE_WORD.sub("", text[max(0, begin - _HEAD_REACH):begin])


def _name_before(head: str) -> str:
    """The job name that ends ``head`` (its trailing capitalised words, from the last place on), or ""."""
    trailing = _TRAILING_NAME.search(head)
    return _after_last_place(trailing.group(0)) if trailing else ""


def _employer_fields_before(head: str) -> str | None:
    """"... leverage best practices. Allied Corrosion Industries, Marietta, GA": the capitalised fields
    before a date that end in a place and name no job (an employer and its town, glued to the end of a
    bullet), or ``None``."""
    fields = _TRAILING_FIELDS.search(head)
    if not fields:
        return None
    parts = [p for p in _COMMA.split(fields.group(0).strip(" ,:(-–[")) if p]
    ends_in_place = _is_place(parts[-1]) or _is_region_written_out(parts[-1])
    return ", ".join(parts) if len(parts) >= 2 and ends_in_place and not _is_place(parts[0]) and \
        not has_job_word(fields.group(0)) else None


#: A US state's name of two words ("North Carolina", "New York"): no word of :data:`PLACES` alone.
_TWO_WORD_STATE = re.compile(r"(?i:new\s+(?:hampshire|jersey|mexico|york)|(?:north|south)\s+(?:carolina|dakota)|"
                             r"rhode\s+island|west\s+virginia)")


def _employer_read_as_region(fields: dict) -> bool:
    """Whether a record's employer field read a country or a two-word state alone (:func:`_is_region_written_out`,
    "Afghanistan" after "MTN, "): the record names its own place where its firm sits, so the last job's employer is
    not its own (:func:`_employer_and_place` makes that field the place)."""
    read = fields.get("employer")
    return read is not None and _is_region_written_out(_tidy(read.value) or "")


def _is_region_written_out(part: str) -> bool:
    """Whether a field is a country's or a two-word US state's written name alone ("Bahamas", "United Kingdom",
    "North Carolina"): the place that ends an employer's fields ("Acme Labs, Millbrook, North Carolina"), not
    the employer."""
    part = part.strip(" .")
    return _is_country_alone(part) or _TWO_WORD_STATE.fullmatch(part) is not None


#: How many words after a date on a long line are read as its record's, and how many more a job said after
#: "as" near their end may take.
_AFTER_WORDS = 12
_AS_TITLE_WORDS = 6


def _first_words(words: list[str]) -> list[str]:
    """The dozen words after a date on a long line, run on to the end of a job said after "as" among their last
    words ("2012 to till date with QA InfoTech Pvt Ltd in Noida, India, currently working as Manager – Software
    Development." keeps "Manager – Software Development", not "Manager")."""
    as_at = next((i for i in range(_AFTER_WORDS - 1, _AFTER_WORDS - _AS_TITLE_WORDS - 1, -1)
                  if i < len(words) and words[i].lower() == "as"), None)
    if as_at is None:
        return words[:_AFTER_WORDS]
    said = " ".join(words[as_at:as_at + 2 + _AS_TITLE_WORDS])  # "as", "a" and the job's words
    title = _as_title(said)
    if title is None:
        return words[:_AFTER_WORDS]
    return words[:max(_AFTER_WORDS, as_at + len(said[:said.find(title[0]) + len(title[0])].split()))]


def _windows(text: str, found: DateRange) -> tuple[str, str]:
    """On a long line, the job name just before a date (its trailing capitalised words) and
    the dozen words after it; when the title follows the date (:func:`_header_tail`), the employer's
    fields before it, commas and all, up to its place (:func:`_employer_fields_before`)."""
    head, title_after = _head_before(text, found.begin), _header_tail(text, found)
    before = _name_before(head)
    if not has_job_word(before) and title_after:
        before = _employer_fields_before(head) or before
    sentences = re.split(r"(?<=[a-z]{3})\.\s|\b(?:Responsibilities|Duties|Job Description|Roles?)\b\s*:?",
                         text[found.stop:found.stop + 240])
    after = text[found.stop:].strip() if title_after else " ".join(_first_words(sentences[0].split()))
    if len(sentences) > 2 and not has_job_word(after) and (job := _short_job_sentence(sentences[1])):
        after = f"{after} | {job}"  # the employer's sentence, then a short one naming the job
    elif len(sentences) > 2 and not has_job_word(after) and (said := _said_as(sentences[1])):
        after = f"{after} | {said}"  # "2012-2015 - Eastern Gas Company. Worked 4 years as a Mechanic at ..."
    return before, after


#: A small word the trailing capitalised words before a date may open with ("in EOM PROJECTS LIMITED").
_LEADING_CONNECTOR = re.compile(r"^(?:in|at|with|for|of|and|&)\s+", re.IGNORECASE)


#: What a job's short sentence after the employer's says of the job's scope, cut off: " for Business Aircraft".
_JOB_SCOPE = re.compile(r"\s+for\s+.*$", re.IGNORECASE)


def _short_job_sentence(sentence: str) -> str | None:
    """The job a short sentence after the employer's on a long dated line names ("2015 / 2019 Litens Automotive.
    Advanced Line Development Manager. Managed ..."): of two to six words, its list number and its scope after
    "for" dropped, up to its last job word past the first ("1. Maintainability Engineer III/Program Specialist for
    Business Aircraft" -> "Maintainability Engineer III/Program Specialist", "Maintenance Program Specialist
    Business Aircraft" -> "Maintenance Program Specialist"); ``None`` when it names no job ("Chair of the
    Steering Committee")."""
    words = _JOB_SCOPE.sub("", _ENUMERATOR.sub("", sentence.strip())).split()
    if not 1 < len(words) <= 6:
        return None
    last = max((k for k, w in enumerate(words)
                if _is_job_word(bare := w.lower().strip(".,")) and bare not in _JOB_ADJECTIVES), default=0)
    return " ".join(words[:last + 1]) if last else None


def _said_as(sentence: str) -> str | None:
    """The job a sentence of a long dated line says after "as", in its first two dozen words ("Worked 4 years as
    a Mechanic at various plants", "The Directorate of Medical Services as a Bio-Medical Technician for 17
    years"), or ``None``: the sentence names the job of the date beside it."""
    words = sentence.split()
    said = _as_title(" ".join(words[:_DATED_SENTENCE_WORDS])) if 0 < len(words) <= 2 * _DATED_SENTENCE_WORDS else None
    return said[0] if said and has_job_word(said[0]) else None


def _stream_roles(units: list[_Unit], day_first: bool, as_of: dt.date) -> list[Role]:
    anchors: list[tuple[int, DateRange]] = []
    dated: set[int] = set()
    for index, unit in enumerate(units):
        if find_ranges(unit.text, day_first=day_first):
            dated.add(index)
        for found in _anchor_ranges(unit, day_first):
            anchors.append((index, found))
    anchor_lines = {i for i, _ in anchors}
    if not anchors:
        return _undated_label_roles(units, set())
    header = [_is_header_like(u) and (i in anchor_lines or i not in dated) or _place_under_labelled_employer(units, i)
              for i, u in enumerate(units)]
    below_first = _titles_below(units, anchors, header)
    columns, claimed = _table_columns(units, anchors, dated)
    roles: list[Role] = []
    label_sides = _label_sides(units, anchors[0])
    last_closed = _last_record_closed(units, anchors[-1][0])
    dates_last = not below_first and _dates_close_described_records(units, anchors, header)
    closed_lines: list[int] = []  # the labelled lines of the last record its period closed
    job: tuple[int, Role] | None = None  # the last role kept, and its date's line
    placed: list[_Placed] = []
    for n, (index, found) in enumerate(anchors):
        unit = units[index]
        previous = anchors[n - 1][0] if n else -1
        following = anchors[n + 1][0] if n + 1 < len(anchors) else len(units)
        if following == index and _same_job_twice(unit.text, found, anchors[n + 1][1]):
            # "Acme, Chicago  Jan 2013 - Jan 2015 / July 2015 - Sep 2019" over the title: the title
            # below is this first period's too (the second one takes this role's fields).
            following = next((i for i, _ in anchors[n + 1:] if i != index), len(units))
        if index in columns:  # a table read column by column: this period's row
            role = _role({kind: value for kind, (value, _) in columns[index].items()}, found, unit, units, index,
                         index + 1, as_of)
            role.labelled = True
            roles.append(role)
            continue
        own = _remove_dates(unit.text, found, n, anchors, index)
        labels_below = below_first or _labels_follow(units, index, own)
        above = _lines_around(units, _same_heading(units, index, range(index - 1, max(previous, index - 4 -
                                                                              _address_lines_above(units, index)), -1)),
                              claimed, header, not labels_below)
        # "Acme 12/2005 - 10/2017" over "Production Manager for ten years. ... Beta Corp 2/1999 - 5/2005
        # Manager of ...": a paragraph opening with this job's title, the next job glued on, offers that title.
        glued = _title_then_prose(_clean(units[following].text)) \
            if index < following < len(units) and anchors[n + 1][1].begin > _LONG_LINE else None
        below = _lines_around(units, _same_heading(units, index, range(index + 1, min(following + 1 if glued else following,
                                                                              index + 4))), claimed, header, labels_below)
        closed = _record_above_period(units, index, previous, label_sides, claimed) \
            if last_closed or _closes_its_block(units, index, dated) else []
        if not closed and closed_lines and _second_period_in_block(units, index, previous):
            # "Period Worked (1): 2014 - 2016 / Reason for Leaving (1): ... / Period Worked (2): 2018 - 2019":
            # a second period closing the same block is the same record's.
            closed = closed_lines
        closed_lines = closed
        if closed:  # "Employer : A / Position held : X / Duties ... / Duration : 8 Months (2015)": A's period
            labels_below, above = False, closed + _record_head_above(units, closed, previous, claimed, header)
        elif dates_last:  # "Acme - Franklin PA / Dishwasher / desc / Jan 2019 to Mar 2019": Acme's dates, not the next's
            below, above = [], _closed_records_head(units, index, previous, header, claimed)
        near, far = (below, above) if labels_below else (above, below)
        if not labels_below:
            far = _next_records_lines(units, index, following, header, far)
        order = [index] + near + far
        offers = {j: _candidates(_clean(units[j].text)) if j != following else (_Candidate("title", glued, CUE),)
                  for j in order}
        named_above = labels_below and "employer" in label_sides[0] and _leave_next_employer(offers, near, far) and \
            _labelled_period_line(units, index)
        candidates: list[_Candidate] = []
        own_record = _same_record(units, offers, [index] + near, far, label_sides[not labels_below], named_above)
        for rank, j in enumerate(order):
            group = 0 if rank <= len(near) else 1
            # A labelled field on the far side belongs to the next record ("Company : B" below
            # "Period : ..." of the record of company A), unless it is still this record's.
            candidates += [_Candidate(c.kind, c.value, c.strength, rank, j, group)
                           for c in (_candidates(own) if j == index else offers[j])
                           if not (group and j not in own_record and _next_records_field(c, offers[j], j > index))]
        fields = _choose(candidates, index, labels_below)
        _project_title_yields(fields, candidates, units, index)
        if not labels_below:
            _title_above_firm_on_date_line(fields, candidates, index)
        if "title" in fields:
            fields["title"] = _joined_titles(fields["title"], candidates,
                                             own if fields["title"].line == index else _clean(units[fields["title"].line].text))
        if not _title_names_a_job(fields) and (second := _second_title_label(units, fields.get("title"), following, claimed)):
            claimed.add(fields["title"].line)  # the first label is this record's too, no role of its own
            fields["title"] = second
        if not below and not _title_names_a_job(fields):
            _put_title(fields, _title_after_blurb(units, index, following, header))
        if not _title_names_a_job(fields):
            _put_title(fields, _title_glued_above(units, index, previous, header))
        if not _title_names_a_job(fields) or _title_off_a_bullet_above(fields, units, index):
            _put_title(fields, _title_glued_to_own_line(units, index, following, found, header))
        if not _title_names_a_job(fields):
            _put_title(fields, _said_below(units, index, following, header, fields.get("title")))
        if (not _title_names_a_job(fields) or _title_guessed_off_date_line(fields, units, index)) and \
                not any(_TITLE_LABEL.search(_clean(units[j].text)) for j in range(max(previous + 1, index - 2), index + 1)):
            _put_title(fields, _title_label_below_dates(units, index, following, claimed, _employer_label_under(fields, index)))
        if not labels_below and not _title_names_a_job(fields):
            _put_title(fields, _title_over_a_line_of_its_own(units, index, previous, claimed, header, own))
        if not (_title_names_a_job(fields) or fields.get("title") and fields["title"].strength == LABELLED):
            for label in _labels_above_dates(units, index, previous, claimed):
                if label.kind == "title":
                    _put_title(fields, label)
                else:
                    fields.setdefault("employer", label)
        if _no_employer_read(fields) and "employer" in label_sides[0]:
            fields.update(_employer_label_above(units, index, previous, claimed))
        elif _no_employer_read(fields) and "employer" in label_sides[1]:
            fields.update(_employer_label_below(units, index, following, claimed))
        current = fields.get("title")
        # Not over a title labelled on its own line, or at the end of a line above the date ("... Job Title: Fitter").
        if labels_below and not (current and (current.strength == LABELLED or
                                              current.line < index and _TITLE_LABEL.search(units[current.line].text))):
            labelled_title = _labelled_title_below(units, index, following, claimed)
            if labelled_title is not None:
                fields["title"] = labelled_title
        kept_claims = set(claimed)
        claimed.update(c.line for c in fields.values() if c.line != index)
        role = _role({k: c.value for k, c in fields.items()}, found, unit, units, index, following, as_of)
        role.labelled = any(c.strength == LABELLED for c in fields.values())
        if n and previous == index and _same_job_twice(unit.text, anchors[n - 1][1], found):
            # "(November 2010 - February 2011 & July 2014 - July 2019)": one job, twice.
            role.title, role.employer, role.location = roles[-1].title, roles[-1].employer, roles[-1].location
        elif not (role.employer or role.title) and \
                (firm := _own_firm_in_firm_list(placed, roles, unit.text[:found.begin], index)):
            # "E)Acme Metals Ltd. July 2005 to mar 2014" / "F)Zion precesion july 2014 till date": its own firm.
            role.employer, role.location = firm, None if role.location == firm else role.location
        elif roles and not role.employer and roles[-1].employer and index - previous <= 3 and not dates_last and \
                not _employer_fields_alone(unit.text[:found.begin]) and not _employer_read_as_region(fields) and \
                not _own_record_after_description(units, previous, index, found, role) and \
                not _one_line_records(placed, roles[-1], fields.get("title"), index):
            # "Company : OTIS / Position : Mechanic / Period : ... / Position : Apprentice / Period : ...":
            # a job right after another (no description between) is at the same employer; not when the
            # line opens with an employer's own fields ("Harbor Widgets, Dayton, OH - April 1999 to ..."),
            # nor when it names more than its title after the last job's description ("04-95 to 11-98 Orin Molds").
            role.employer = roles[-1].employer
        if job is not None and not (fields.get("title") and fields["title"].strength == LABELLED) and \
                (_PERIOD_LINE.match(_clean(unit.text)) or _date_alone(unit.text, found)) and \
                _is_project_of(units, job, (index, role)) or \
                not (role.labelled or has_job_word(role.title or "")) and _within_a_project_list(units, placed, index, following, role):
            claimed = kept_claims  # the project's lines are free for the next job
            continue
        if _says_time_off(role, unit.text):
            # "Career break 2016 - 2017" over "Harbor Mills" / "Planner 2012 - 2016": a period away from work,
            # dropped here so the next record's employer it read stays that record's.
            claimed = kept_claims
            continue
        roles.append(role)
        placed.append(_Placed(role, index, fields["title"].line if "title" in fields else None, own))
        job = (index, role)
    _first_firm_in_firm_list(placed)
    _titles_by_layout(units, header, placed, anchor_lines)
    _titles_on_date_lines(placed)
    _titles_first_on_date_lines(placed)
    _titles_over_employer_lines(units, header, placed, anchor_lines)
    roles = _unfold_containers(roles, {id(p.role) for p in placed if _titled_by_description(units, p)})
    used = claimed | anchor_lines
    return _titled_by_labelled_blocks(roles, _undated_label_roles(units, used), units, used)


def _titled_by_labelled_blocks(dated: list[Role], undated: list[Role], units: list[_Unit], used: set[int]) -> list[Role]:
    """"Petrofac International Limited April 2018 to till date" in a summary list, then a detail block "Position :
    Instrumentation Engineer / Client : Kuwait Oil Company / Company : Petrofac International limited" with no
    period: the dated role with no title takes the block's title, when the block is the only one labelling that
    employer (above its title or below it, :func:`_labelled_employer_below`) and the role the only dated one at
    it (a firm held twice leaves no way to tell which block is whose); the block is then no role of its own.
    The dated roles, then the undated blocks left."""
    if not undated or all(role.title or not role.employer for role in dated):
        return dated + undated
    lines = {unit.start: i for i, unit in enumerate(units)}
    firm = {id(block): _firm_key(block.employer or (_labelled_employer_below(units, lines[block.text_start], used)
                                                     if block.text_start in lines else None) or "")
            for block in undated}
    firms = Counter(_firm_key(role.employer) for role in dated if role.employer)
    blocks = Counter(key for key in firm.values() if key)
    for role in dated:
        key = _firm_key(role.employer or "")
        if role.title or not key or firms[key] != 1 or blocks[key] != 1:
            continue
        block = next(b for b in undated if firm[id(b)] == key)
        role.title = block.title
        undated = [b for b in undated if b is not block]
    return dated + undated


#: Most words of a name before its dates that a list of firms one to a line gives its record as its firm.
_LISTED_FIRM_WORDS = 5


def _own_firm_in_firm_list(placed: list[_Placed], roles: list[Role], head: str, index: int) -> str | None:
    """"C)Acme Metals Pvt. Ltd. July 2005 to mar 2014" / "D)Zion precesion july 2014 till date": in a list of firms
    one to a line, each with its dates and nothing else, a line whose name before its dates (``head``) was read as
    neither title nor firm (no legal form, no job word) still names its own firm, not the firm of the line above: the
    last record kept was such a line right above this one (``index``, :func:`_listed_firm`) ("SB MANUFACTURING (April
    2016 - July 2016)" / an address line / "I worked since April 13 2016 to July 2016." is no list). The name, else
    ``None``."""
    if not placed or not roles or placed[-1].role is not roles[-1] or placed[-1].date_line != index - 1:
        return None
    return _listed_firm(placed[-1], head)


def _listed_firm(beside: _Placed, head: str) -> str | None:
    """The name before a record's dates (``head``) as its firm, the record being next to ``beside`` in a list of
    firms one to a line: ``beside`` read its firm on its date's line and no title, and the name is short, opens with
    a capital and names no job. The name, else ``None``."""
    if beside.role.title or beside.title_line is not None or not beside.role.employer or \
            not _clean(beside.own).startswith(beside.role.employer):
        return None
    name = _DATE_WORDS.sub("", _clean(head)).strip(" ,;:-")
    return name if name[:1].isupper() and len(name.split()) <= _LISTED_FIRM_WORDS and not has_job_word(name) else None


def _first_firm_in_firm_list(placed: list[_Placed]) -> None:
    """"A)Micro machineries from march 1991 to jan 1993" over "B)Essar steel from may 1993 to dec 1998": the list's
    first line, read as neither title nor firm, names its firm as the lines under it do (:func:`_listed_firm`, the
    next record right below it)."""
    if len(placed) < 2 or placed[1].date_line != placed[0].date_line + 1:
        return
    first = placed[0].role
    if not (first.employer or first.title) and (firm := _listed_firm(placed[1], placed[0].own)):
        first.employer, first.location = firm, None if first.location == firm else first.location


def _one_line_records(placed: list[_Placed], last: Role, title: _Candidate | None, index: int) -> bool:
    """Whether the last record and this one (its date on unit ``index``) are each written on their date's line alone,
    the last one as a title, "with" and its firm, this one with its title on its line ("From 02/2000 to 02/2001:
    Machinist with E.T.S (Algeria)" / "From 03/1995 to 08/1997: Machinist in workshop of El Hanna"): each line is a
    job of its own, and the last one's employer is not this one's. Records that write their firm elsewhere ("Company :
    OTIS / Position : Mechanic / Period : ..." then "Position : Apprentice / Period : ...") keep it for the next."""
    if not placed or placed[-1].role is not last or title is None or title.line != index or not last.employer:
        return False
    return placed[-1].title_line == placed[-1].date_line and \
        re.search(r"\swith\s+" + re.escape(last.employer), placed[-1].own) is not None


def _own_record_after_description(units: list[_Unit], previous: int, index: int, found: DateRange, role: Role) -> bool:
    """Whether an unlabelled period opens a record of its own rather than another job at the last one's
    employer: a line between describes the last job ("Responsible for taking calls and working with customers
    ..."), and the period's line names more than its title and place (:func:`_names_more_than_its_fields`), or
    its title runs on past its job into a name, its own firm's ("Maintenance Machinist Richardson staffing 2/16-5/16
    Manufactured new machine parts ...": the description after the dates makes the line too long to tell)."""
    unit = units[index]
    return not role.labelled and \
        any(_reads_as_sentence(words) for j in range(previous + 1, index) if (words := _words(_clean(units[j].text)))) and \
        any(_names_more_than_its_fields(own, role) for own in (unit.text[:found.begin] + " " + unit.text[found.stop:],
                                                                 role.title if _job_part(role.title or "") else ""))


#: Most words of a date line's other text that still make a name rather than a description.
_OTHER_NAME_WORDS = 10


def _job_part(title: str) -> str | None:
    """A title up to its last job word (:func:`_last_job_word`) and a level or a bracket right after it, without
    the capitalised name it runs on into ("CNC Machinist Sadlak Design" -> "CNC Machinist"; "Machinist III",
    "Planner (Contract)" whole); None when it names no job."""
    words = title.split()
    last = _last_job_word(words)
    if last is None:
        return None
    end = last + 1
    while end < len(words) and _LEVEL.match(words[end]):
        end += 1
    return _job_head(words, end)[0]


def _job_head(words: list[str], end: int) -> tuple[str, str]:
    """A title's ``words`` up to ``end`` (past its last job word) with the bracketed note right after them
    (:data:`_NOTE_AFTER_JOB`, "(Full -time)"), and the words after: "Quality Assurance Engineer (Full -time) EnReach
    Software Canada Inc." -> "Quality Assurance Engineer (Full -time)", "EnReach Software Canada Inc."."""
    head, rest = " ".join(words[:end]), " ".join(words[end:])
    note = _NOTE_AFTER_JOB.match(rest + " ")
    return (f"{head} {note.group().strip()}", rest[note.end():]) if note else (head, rest)


def _names_more_than_its_fields(own: str, role: Role) -> bool:
    """Whether a date line (``own``, its dates taken out), its title (when it names a job) and place aside,
    still names something in capitals that is no description ("04-95 to 11-98 Orin
    Molds", "Mid-States Sales, Inc. 2414 W. Lake Rd Dec 2007 - Feb 2019 Clerk"): most often its own
    employer, unread, so the employer of the job above is not this one's."""
    rest = _clean(own)
    for value in (_job_part(role.title or ""), role.location):
        rest = rest.replace(value, " ") if value else rest
    words = _words(rest)
    return 0 < len(words) <= _OTHER_NAME_WORDS and not _reads_as_sentence(words) and any(w[0].isupper() for w in words)


def _same_heading(units: list[_Unit], index: int, indices: range) -> list[int]:
    """The lines of ``indices`` (nearest first, above or below) up to the first under another heading than date
    line ``index``: "EMPLOYMENT DESIRED: Maintenance Supervisor" / "EMPLOYMENT HISTORY" / "CBRE 01 Oct.2012 - 15
    Dec.2014": the job wished for above the heading is not the first record's title; "... part time worker
    (2017-2019)." / "KEY STRENGTHS:" / "Good Leadership Quality": the strength below is not its employer."""
    heading = units[index].line.heading if units[index].line else None
    out = []
    for j in indices:
        if (units[j].line.heading if units[j].line else None) != heading:
            break
        out.append(j)
    return out


def _leave_next_employer(offers: dict[int, tuple[_Candidate, ...]], near: list[int], far: list[int]) -> bool:
    """"Company : Acme Labs / Hematology Department / Duration : 2018 to Present / Position : Technologist /
    Company : Beta Labs / ...": in a resume that labels its employer above the period, read from below
    here (its title is labelled below it), the employer labelled below is the next record's while one is
    labelled above: the lines below labelling an employer offer nothing (``offers``, the caller's, read
    for ``near`` and ``far``; "Company : Beta Labs, Kuwait" names no place of this record either), so that
    the one above is this record's (:func:`_same_record`). Says whether one is labelled above."""
    if not any(_labels_employer(offers[j]) for j in far):
        return False
    for j in near:
        if _labels_employer(offers[j]):
            offers[j] = ()
    return True


#: The most words of a place line read under a labelled employer ("Kuala Lumpur, Malaysia.").
_PLACE_LINE_WORDS = 4


def _place_under_labelled_employer(units: list[_Unit], i: int) -> bool:
    """"Company : Acme Marine Pte Ltd / Singapore. / Period : Jan 2018 - Present": a short place line between a
    labelled employer and the record's dated line is the record's, its full stop notwithstanding (read as prose,
    it ended the record above the period and the employer was lost)."""
    if not 0 < i < len(units) - 1:  # asked of every line of the part: the cheap test first
        return False
    text = _clean(units[i].text).rstrip(". ")
    return len(text.split()) <= _PLACE_LINE_WORDS and _is_place(text) and _has_date(units[i + 1]) and \
        _labels_employer(_candidates(_clean(units[i - 1].text)))


def _labels_employer(offered: tuple[_Candidate, ...]) -> bool:
    """Whether a line's offers hold a labelled employer ("Employer : Delta Engineering Co W.L.L, Kuwait")."""
    return any(c.kind == "employer" and c.strength == LABELLED for c in offered)


def _blank_between(units: list[_Unit], k: int) -> bool:
    """Whether a blank line (or a heading) lies between unit ``k`` and the next: the next does not
    start on the line right after ``k`` ends."""
    after = units[k + 1]
    return min(after.start, after.line.start if after.line else after.start) > units[k].end + 1


def _next_records_lines(units: list[_Unit], index: int, following: int, header: list[bool],
                        below: list[int]) -> list[int]:
    """The lines below a date, when the resume writes its titles above the dates, up to the first that
    a blank line sets apart from the date and that heads the next record: it lies in the header lines
    right above the next date (as many as a title is looked for there). "Acme Academy / Silang, Cavite /
    2013-2014", a blank line, then "Beta Labs Inc. / Packaging Worker / Sept 2015 - Oct 2016": the first
    record names no title; "Packaging Worker" is Beta's, not Acme's."""
    next_header = set(_run(list(range(following - 1, max(index, following - 4), -1)), header))
    out = []
    for j in below:
        if j in next_header and _set_apart(units, index, j):
            break
        out.append(j)
    return out


def _title_names_a_job(fields: dict[str, _Candidate]) -> bool:
    """Whether the title read so far for a record names a job ("Machinist", not "Summary"), so that the
    rules looking further from the dates for one stay away."""
    title = fields.get("title")
    return title is not None and has_job_word(title.value)


def _title_guessed_off_date_line(fields: dict[str, _Candidate], units: list[_Unit], index: int) -> bool:
    """Whether the title read so far for the record dated on unit ``index`` is a guess from a line around the
    dates, unlabelled ("Handled measuring instruments such as taper, lead Measurements and Working Gauge." /
    "NOV/2016 - TILL DATE" / "Company: PMI Global" / "Designation: CNC Machinist"): a title label in the
    record's block under the dates (:func:`_title_label_below_dates`) beats it. Not a record's own header line:
    one naming its employer too ("2) Software Test Engineer at AOT India" / "(10th September 2018-Present)") or
    carrying the start of its wrapped dates ("Nov.2010- Quality Assurance Analyst Syncapse" / "May. 2012"); a
    "Role:" further down there is a project's or a team's ("Role: Team leader of 3 testers")."""
    title, employer = fields.get("title"), fields.get("employer")
    return title is not None and title.kind == "title" and title.strength != LABELLED and title.line != index and \
        not (employer is not None and employer.line == title.line) and not _has_date(units[title.line])


#: "Experience details. : MAR 2017 to still date": a short label, a full stop allowed before its colon, and its value.
_LABEL_WITH_STOP = re.compile(_LABEL_HEAD + r"\.?\s?[:;]-?\s+\S")


def _labelled_period_line(units: list[_Unit], index: int) -> bool:
    """Whether date line ``index`` is a record's labelled period in the experience section, the record going on
    below it ("Experience details. : MAR 2017 to still date" over "Department. : CNC Operator"): not a school's
    under education, nor a dated line of prose or bullets, nor a period that closes its record, a heading right
    under it ("Period: From 25-12-2013 to 30-12-2013" over "ACHIVEMENTS:", "Service : April 2018 up to present"
    over "Job descriptions:")."""
    unit = units[index]
    if not _in_experience(unit) or not _LABEL_WITH_STOP.match(_clean(unit.text)):
        return False
    return index + 1 == len(units) or not _clean(units[index + 1].text).endswith(":")


def _in_experience(unit: _Unit) -> bool:
    """Whether a line is in an experience section (under education, dates and labels may be a school's)."""
    return unit.line is not None and unit.line.section == "experience"


def _has_date(unit: _Unit) -> bool:
    """Whether a line holds a date, a period or one alone ("NAFDAC, Lagos. 2006 (4 Months)")."""
    return bool(find_ranges(_clean(unit.text), singles=True))


def _lines_around(units: list[_Unit], indices: range | list[int], claimed: set[int], header: list[bool], near: bool) -> list[int]:
    """The header lines read on one side of a date (:func:`_run`), not another role's (``claimed``). On the side
    where the resume writes its titles (``near``), a line saying only how long the job lasted belongs to the
    dates and is passed over ("Nov 2011 - Present / (7 years 11 months) / Customer Service Manager"); on the
    other side it ends the record ("Acme LLC / Supervisor / 2012 TO 2013 / 1.5 years / 5 Star Hotel / Beta LLC").
    A phone number alone under an address is the employer's and passed over too ("Kroger / 1212 State Ave,
    Cincinnati, OH / 513-***-**** / 08/2017 - Present"); under a name it ends a reference ("Louisa Meyer /
    083-***-****"). On the titles' side, a line of web addresses alone (:data:`_WEB_ADDRESSES`) is passed over too."""
    return _run([j for j in indices if j not in claimed and not _employers_phone(units, j) and
                 not (near and (_DURATION.fullmatch(units[j].text.strip(" -–|,.")) or
                                _WEB_ADDRESSES.fullmatch(units[j].text.strip())))], header)


#: A line giving only web addresses, bracketed or not: an employer's site ("(http://acme.com/, http://acme.in/)",
#: "www.acme-controls.com"), passed over like its phone when the record's lines are read.
_WEB_ADDRESSES = re.compile(r"\(?\s*(?:(?:https?://|www\.)[^\s,;()]+\s*[,;]?\s*)+\)?", re.IGNORECASE)


def _employers_phone(units: list[_Unit], j: int) -> bool:
    """Whether line ``j`` is a phone number alone right under an address line (:data:`_ADDRESS_LINE`), or right
    under a dated line, the employer's number written between its firm's line and the title ("GENZYME SANOFI,
    Ridgefield, NJ 2014-2016" / "201-***-****" / "Machine Operator")."""
    if j <= 0 or not _PHONE_LINE.match(units[j].text.strip()) or _PHONE_LINE.match(units[j - 1].text.strip()):
        return False
    above = _clean(units[j - 1].text)
    return bool(_ADDRESS_LINE.search(above)) or _has_date(units[j - 1])


def _address_lines_above(units: list[_Unit], index: int) -> int:
    """How many of the three lines right above a date give an employer's address or phone (:data:`_ADDRESS_LINE`), or
    its town and postal code alone (:func:`_town_then_postcode`):
    the lines above them are read as many lines further up, since a record writes its title and employer over
    the address ("Machine Operator / Kroger Manufacturing / 1212 State Ave, Cincinnati, OH / 513-***-**** /
    08/2017 - Present")."""
    return sum(1 for j in range(max(0, index - 3), index) if _gives_an_address(_clean(units[j].text)))


def _gives_an_address(text: str) -> bool:
    """Whether a cleaned line gives an employer's address (:data:`_ADDRESS_LINE`) or its town and postal code
    alone (:func:`_town_then_postcode`)."""
    return bool(_ADDRESS_LINE.search(text) or _town_then_postcode(text))


#: How many of the roles stating a job title must write it at one place for that place to be the
#: layout's, and how many words a title read by the layout may have.
_LAYOUT_SHARE = 2 / 3
_LAYOUT_TITLE_WORDS = 8
#: What a line at a title's place says that no title does: a department, a project, a section's
#: name, a course or a test ("Core Training Program", "Nursing Aptitude Test"), a bracketed note
#: alone, a sentence's opening ("OPERATE MACHINES LIKE"), an e-mail address (a contact's: "E-mail: jo@acme.com").
_NOT_A_LAYOUT_TITLE = re.compile(r"\b(?:department|dept|project|attainment|education|registration|like|through|"
                                 r"training|program|programme|course|test)\b|^\(.*\)$|\S@\S",
                                 re.IGNORECASE)


class _Placed(NamedTuple):
    """A role the record reader kept, where it was read: its date's line, its title's line (``None`` when
    no title field was read) and the text on its date's line with the dates left out."""

    role: Role
    date_line: int
    title_line: int | None
    own: str


def _titles_by_layout(units: list[_Unit], header: list[bool], placed: list[_Placed],
                      anchor_lines: set[int]) -> None:
    """A resume writes every role alike: when two thirds or more of the roles that name a job write
    their title at one place from the dates (the line below, two lines above), a role naming none
    takes the header line at that place ("Contractor", "Preventive Maintenance", "Plaza Maintenance"
    under "Peak Technical Staffing / February 2016 - Present"), unless that line is a date, a label
    other than the title's, a place, an organisation by its legal form, a list, holds numbers or says what
    no title does (:data:`_NOT_A_LAYOUT_TITLE`)."""
    offsets = Counter(line - index for role, index, line, _ in placed if line is not None and has_job_word(role.title or ""))
    stated = sum(offsets.values())
    if stated < 2:
        return
    offset, count = offsets.most_common(1)[0]
    if offset == 0 or count < _LAYOUT_SHARE * stated:
        return
    for role, index, _, _ in placed:
        if has_job_word(role.title or "") or role.labelled:
            continue
        at = index + offset
        # The line must lie between this date and the next (or the previous) one, and be no date itself.
        if not 0 <= at < len(units) or not header[at] or at in anchor_lines or \
                any(min(index, at) < d < max(index, at) for d in anchor_lines):
            continue
        text = _clean(units[at].text)
        if find_ranges(text):
            continue
        fields = _fields_of(text)
        if "title" in fields.forced:
            title = fields.title
        elif _is_label_line(text):
            continue
        else:  # "Resident assistance, Sunrise management group. Oklahoma City": the title before the employer
            title = _tidy_title((text.split(role.employer)[0] if role.employer else text).strip(" ,;:-|="))
        if not title or title == role.employer or title.count(",") > 1 or not _reads_as_a_layout_title(title, text):
            continue
        role.title, role.title_by_layout = title, True


def _reads_as_a_layout_title(title: str, text: str) -> bool:
    """Whether ``title``, read from ``text`` at the place where a resume writes its titles, may be one
    though it names no job ("Preventive Maintenance"): at most eight words, not a place, a department,
    a project, a course, numbers, connecting words alone ("of"), nor a line offering a place or an
    organisation by its legal form ("Brightline Holdings LLC")."""
    return len(title.split()) <= _LAYOUT_TITLE_WORDS and not _NOT_A_LAYOUT_TITLE.search(title) and \
        not _is_place(title) and not _NUMBER.search(title) and \
        not all(w.lower() in _CONNECTORS for w in title.split()) and \
        not any(c.kind == "location" or c.kind == "employer" and c.strength >= LEGAL_NAME for c in _candidates(text))


def _titles_on_date_lines(placed: list[_Placed]) -> None:
    """A resume that writes each title alone on its date line, the employer on a line of its own
    ("Shop Helper (09/2014 - 04/2018)" over "Natco Machine and Welding"), writes every title there: when
    two thirds or more of the roles naming a job do so, a role naming none takes what its date line
    says ("C.O. 3 (4/2018 - Current)", "Shipping, 2017-2018", "Solution Support 3 2005-2007"), which the
    reading took for an employer or passed over (:func:`_reads_as_a_layout_title` rules out the rest;
    also a list, a label, a school or a course)."""
    titled = [p for p in placed if p.title_line is not None and has_job_word(p.role.title or "")]
    alone = [p.role for p in titled if p.title_line == p.date_line and _title_alone(p.role, p.own)]
    if len(titled) < 2 or len(alone) < _LAYOUT_SHARE * len(titled):
        return
    employers = {role.employer for role in alone}
    for role, _, _, own in placed:
        # Not a role whose employer the next roles took over ("Medway Associates. July 2019 - present" over
        # "Rivera Urgent Care Family Nurse Practitioner Nov 2014 - Nov 2018"): its date line is that name.
        if has_job_word(role.title or "") or role.labelled or role.employer in employers:
            continue
        text = own.strip(" ,;:-|=()[]")
        title = _tidy_title(text)
        if not title or _is_label_line(text) or "," in title or "|" in title or \
                _SCHOOL_WORDS.search(title) or not _reads_as_a_layout_title(title, text):
            continue
        if role.employer and set(_words(role.employer)) <= set(_words(text)):  # the date line read as the employer
            role.employer = None
        role.title, role.title_by_layout = title, True


#: A region named as an area ("CNY Area", "Greater Boston Area"): a place, though the place list does not know it.
_AREA_NAME = re.compile(r"\s(?:area|region)$", re.IGNORECASE)


def _titles_first_on_date_lines(placed: list[_Placed]) -> None:
    """A resume that writes each role's date line as "title, employer, dates" ("Extruder Operator, Bluebird
    Cables, October 2006-June 2016 Riverton") writes every one so: when two thirds or more of the roles naming a
    job do so, a role naming none whose date line opens with the name read as its employer, another name
    after it ("Assembly 2, Northwind Aerospace, January 2017-May 2019"), takes the first as its title and
    the second as its employer (:func:`_reads_as_a_layout_title` rules out the rest; also a label, a school or an
    area: "Self-employed, CNY Area"); a role whose date line opens with the title read, naming no job, then its
    employer ("Computer Aided Measurement Spec., Boeing thru Tempco, 05/19 - 09/19") keeps it as a title."""
    titled = [p for p in placed if p.title_line is not None and has_job_word(p.role.title or "")]
    first = [p for p in titled if p.title_line == p.date_line and _title_then_employer_read(p.role, p.own)]
    if len(titled) < 2 or len(first) < _LAYOUT_SHARE * len(titled):
        return
    for role, date_line, title_line, own in placed:
        if has_job_word(role.title or "") or role.labelled or title_line not in (None, date_line):
            continue
        if _title_then_employer_read(role, own):  # the title read there, naming no job ("Computer Aided Measurement Spec.")
            if not _SCHOOL_WORDS.search(own) and not _is_label_line(own) and _reads_as_a_layout_title(role.title, role.title):
                role.title_by_layout = True
            continue
        pieces = _date_line_pieces(own)
        if len(pieces) < 2 or pieces[0] != role.employer or _is_label_line(own):
            continue
        title, employer = _tidy_title(pieces[0]), _fields_of(pieces[1]).employer
        # Not "Apache Technology, Huber Heights, OH" nor "TI Metal Forming, Chennai": an employer, then its place.
        if not title or not employer or _SCHOOL_WORDS.search(own) or not _reads_as_a_layout_title(title, pieces[0]) or \
                _is_org(pieces[0]) or _is_place(pieces[1]) or _AREA_NAME.search(pieces[1]) or pieces[1] in (role.location or ""):
            continue
        role.title, role.title_by_layout, role.employer = title, True, employer


def _title_then_employer_read(role: Role, own: str) -> bool:
    """Whether a role's date line without its dates (``own``) opens with the title the reading took from it, then
    a comma and the employer it read ("Designer, Stereotaxis, Inc." for "Designer" at "Stereotaxis, Inc.")."""
    if not role.title or not role.employer or _date_line_pieces(own)[:1] != [role.title]:
        return False
    rest = own.strip(" ,;:-|=")[len(role.title):]
    return rest.startswith(",") and rest.lstrip(" ,").startswith(role.employer)


#: A record's employer line "Name - Town, ST" (or "Name - Town, Province"), right above its dates alone.
_EMPLOYER_DASH_PLACE = re.compile(r"^\S.*?\s[-–]\s[A-Z][\w .'’-]*,\s*(?:[A-Z]{2}\.?|[A-Z][a-z]+)$")
#: The most words a title over such an employer line has.
_OVER_EMPLOYER_TITLE_WORDS = 5


def _titles_over_employer_lines(units: list[_Unit], header: list[bool], placed: list[_Placed],
                                anchor_lines: set[int]) -> None:
    """A resume writing its records as "title / Employer - Town, ST / dates alone" (two or more of them) writes
    each title there: a role naming none takes the short header line right above its employer line ("Dock Hanger"
    over "Acme Pride - Athens, GA" over "March 2019 to July 2019"), though that line names no job, unless it is
    a sentence, a label, a degree, a school or what no title says (:func:`_reads_as_a_layout_title`)."""
    shaped = [p for p in placed if p.date_line >= 2 and not p.own.strip(" ,;:-|=()[]") and
              p.date_line - 1 not in anchor_lines and p.date_line - 2 not in anchor_lines and
              _EMPLOYER_DASH_PLACE.match(_clean(units[p.date_line - 1].text)) is not None and
              not _set_apart(units, p.date_line - 2, p.date_line)]
    if len(shaped) < 2:
        return
    for role, index, _, _ in shaped:
        if has_job_word(role.title or "") or role.labelled or not header[index - 2]:
            continue
        text = _clean(units[index - 2].text)
        if len(text.split()) > _OVER_EMPLOYER_TITLE_WORDS or text.endswith(".") or _is_label_line(text) or \
                find_ranges(text) or _DEGREE_FORMS_ANY.search(text) or _SCHOOL_WORDS.search(text):
            continue
        title = _tidy_title(text)
        if title and _reads_as_a_layout_title(title, text):
            role.title, role.title_by_layout = title, True


def _date_line_pieces(own: str) -> list[str]:
    """The comma-separated pieces opening a date line without its dates, up to its first other separator
    ("Assembly 2, Northwind Aerospace | Hartford": "Assembly 2", "Northwind Aerospace"; "Production
    Engineer – Acme Castings": "Production Engineer" alone)."""
    return [piece.strip(" ,;:-=") for piece in _COMMA.split(_STRONG_SPLIT.split(own.strip(" ,;:-|="))[0]) if piece.strip(" ,;:-=")]


def _title_alone(role: Role, own: str) -> bool:
    """Whether a role's date line holds its title alone ("Shop Helper (09/2014 - 04/2018)"), its
    employer read from another line ("Natco Machine and Welding" below)."""
    fields = _fields_of(own)
    return fields.title is not None and fields.employer is None and fields.location is None and role.employer is not None


#: A project's block inside a job: "I) Project : Mamzar Tower", "Project Name : ...".
_PROJECT_LINE = re.compile(r"^(?:project(?:\s*(?:name|title))?)\s*[:;]", re.IGNORECASE)


#: A line opening a list of projects, in its first two words or its last: "Major Projects managed and
#: accomplished in Acme Club Inc.:", "Projects involved in:", "M/s. Consolidated Contractors QATAR Projects:"
#: (not a sentence that names projects on the way: "Used experience from similar projects with X to:").
_PROJECTS_INTRO = re.compile(r"^(?:\S+\s+)?projects\b[^:]{0,60}:\s*$|\bprojects\s*:\s*$", re.IGNORECASE)


def _names_projects(text: str) -> bool:
    """Whether a line opens a project's block or a list of projects (:data:`_PROJECT_LINE`, :data:`_PROJECTS_INTRO`)."""
    text = _clean(text)
    return _PROJECT_LINE.match(text) is not None or _PROJECTS_INTRO.search(text) is not None


#: The fewest positions inside a span titled off a line of description that make it an overview of them rather than a job
#: with a few held beside it ("Summary: April 2007 - Present" over "Operations Manager - Supervisor in ..." and
#: the jobs of those years).
_POSITIONS_OF_A_CAREER = 3


def _titled_by_description(units: list[_Unit], placed: _Placed) -> bool:
    """Whether a role's title was read off the opening of a line of description under its dates ("Operations
    Manager - Supervisor in logistics operations and ...", :func:`_title_opens_description`): a span titled so over
    positions of its years is an overview of them (:data:`_POSITIONS_OF_A_CAREER`), not a job."""
    line, title = placed.title_line, placed.role.title or ""
    return line is not None and line > placed.date_line and \
        len(_clean(units[line].text).split()) >= len(title.split()) + _DESCRIPTION_AFTER_TITLE_WORDS


def _within_a_project_list(units: list[_Unit], placed: list[_Placed], index: int, following: int,
                           role: Role) -> bool:
    """A period naming no job inside the period of a job read above it with its title, with a project's
    line between that job's date and the next date: a project of that job, not a job ("Client : Acme
    June 2018 - Till date / Project : Credit Transformation" under "Senior Technical Lead, HCL, 2012 to
    till date"; "2005 to 2006" under "Major Projects managed at Manila Polo Club:" in "General Services
    Manager, Feb 2004 - Dec 2014"). Projects are not jobs (fixtures/gold/REAL_RESUMES.md)."""
    if not _spans(role) or role.start_month is None or role.end_month is None:
        return False
    titled = [p for p in placed if p.date_line < index and (p.role.labelled or has_job_word(p.role.title or ""))]
    at = next((k for k in range(len(titled) - 1, -1, -1) if _within_a_job(role, [titled[k].role])), None)
    # Not an overview over positions read since, inside it ("Summary: April 2007 - Present" over the jobs of those
    # years): it holds them, not projects.
    if at is None or _titled_by_description(units, titled[at]) and \
            sum(_within_a_job(p.role, [titled[at].role]) for p in titled[at + 1:]) >= _POSITIONS_OF_A_CAREER:
        return False
    host = titled[at].date_line
    return any(_names_projects(units[j].text) for j in range(host + 1, min(following, len(units))))


def _is_project_of(units: list[_Unit], job: tuple[int, Role], dated: tuple[int, Role]) -> bool:
    """A project's period inside a job ("Safety Engineer, Airolink, From April 2018 to Continue" over
    "1) Project : Bloom campus / Consultant : NEB / Duration : April 2018 to October 2018"): a "Project :"
    line between the job's date and this one, and this period within the job's. Projects are not
    jobs (fixtures/gold/REAL_RESUMES.md). The caller asks only for a period on a line of its own, and
    keeps a project that labels a role of its own ("Project : Qualcomm LTE / Project Duration : ... /
    Role : Senior Software Engineer"): a position."""
    (job_line, outer), (line, inner) = job, dated
    if None in (outer.start_month, outer.end_month, inner.start_month, inner.end_month) or \
            not outer.start_month <= inner.start_month <= inner.end_month <= outer.end_month:
        return False
    return any(_PROJECT_LINE.match(_clean(units[j].text)) for j in range(job_line + 1, line))


def _table_columns(units: list[_Unit], anchors: list[tuple[int, DateRange]],
                   dated: set[int]) -> tuple[dict[int, dict[str, tuple[str, int]]], set[int]]:
    """A table of jobs read column by column ("Designation / Production Engineer / Engineer Trainee /
    Period / Aug 2007 to Sep 2012 / Sep 2005 to Aug 2007"): k periods alone on k consecutive lines
    (k >= 2) right under k lines that each name a job, alone. The i-th period is the i-th title's,
    and the i-th name of a column labelled "Company" above them (or else of the k lines right
    above the titles) is its employer; a table with its periods' column first is :func:`_columns_below`'s. Answers
    {period's unit: {"title": (value, unit), "employer": (value, unit)}} and the lines of the table's columns."""
    per_unit = Counter(index for index, _ in anchors)
    alone = [i for i, found in anchors if per_unit[i] == 1 and not found.single and _date_alone(units[i].text, found)]
    out: dict[int, dict[str, tuple[str, int]]] = {}
    claimed: set[int] = set()
    for run in _consecutive(alone):
        k, first = len(run), run[0]
        if first and _LABEL_ONLY.match(_clean(units[first - 1].text)):
            first -= 1  # "Period" alone above the periods ("2012 - 2015" has no letters to label)
        if _opens_with_label(units[first].text, "period") and (below := _columns_below(units, run, dated)):
            rows, cells = below
            out |= dict(zip(run, rows, strict=True))
            claimed |= cells
            continue
        titles = _column(units, first - k, k, dated, job=True)
        if titles is None or (first - k and _column(units, first - k - 1, 1, dated, job=True) is not None
                              and not _LABEL.match(_clean(units[first - k].text))):
            continue  # not k titles exactly: more job lines run on above them
        employers = next((cells for j in range(first - k - 1, max(first - k - 13, -1), -1)
                          if (label := _LABEL.match(_clean(units[j].text))) and _label_kind(label) == "employer"
                          and (cells := _column(units, j, k, dated, job=False)) is not None),
                         None) or _column(units, first - 2 * k, k, dated, job=False)
        for row, index in enumerate(run):
            out[index] = {"title": titles[row]} | ({"employer": employers[row]} if employers else {})
            claimed |= {j for _, j in out[index].values()}
    return out, claimed


def _opens_with_label(text: str, kind: str) -> bool:
    """Whether a line opens with a record label of ``kind`` ("Date : 2017 Jan - To date": a period's)."""
    label = _LABEL.match(_clean(text))
    return label is not None and _label_kind(label) == kind


def _columns_below(units: list[_Unit], run: list[int], dated: set[int]
                   ) -> tuple[list[dict[str, tuple[str, int]]], set[int]] | None:
    """A table of jobs read column by column with its periods' column first: "Date / 2017 Jan - To date /
    2016 April - Dec 2016 / Employer / Crowne Plaza Nairobi / The Concord Hotel / Job / Laundry Manager /
    Assistant Laundry Manager", the k periods of ``run`` over an employers' and a titles' column, each opening
    with its label and running to the next label or dated line. When each column holds k names (every title
    naming a job, no employer ending in one: :func:`_column`), the i-th of each is the i-th period's; when one
    holds more (a name wrapped over two lines, "Windsor Golf Hotel and Country / Club (Nairobi)", or a row with
    no period: which row a line joins is unknown) or a title is no job's ("Laundry Mng {acting}"), only the
    first lines, right under the labels, are sure to be the first (latest) period's. Answers each period's
    fields (none for the unsure rows) and all the columns' lines (no other role's: the record below the table
    keeps its own)."""
    spans: dict[str, range] = {}
    j = run[-1] + 1
    while len(spans) < 2 and j < len(units) and (label := _LABEL.match(_clean(units[j].text))) and \
            (kind := _label_kind(label)) in ("title", "employer") and kind not in spans:
        end = next((i for i in range(j + 1, len(units)) if i in dated or _LABEL.match(_clean(units[i].text))),
                   len(units))
        spans[kind], j = range(j, end), end
    if "title" not in spans or any(len(span) < len(run) for span in spans.values()):
        return None
    for rows in (len(run), 1) if all(len(span) == len(run) for span in spans.values()) else (1,):
        columns = {kind: _column(units, span.start, rows, dated, job=kind == "title") for kind, span in spans.items()}
        if None not in columns.values():
            return ([{kind: cells[row] for kind, cells in columns.items()} if row < rows else {}
                     for row in range(len(run))], {i for span in spans.values() for i in span})
    return None


def _date_alone(text: str, found: DateRange) -> bool:
    """Whether a line holds its period and nothing else (a label before it aside: "Period : 2015 - 2019")."""
    text = _clean(text)
    label = _LABEL.match(text)
    rest = text[label.end() if label and label.end() <= found.begin else 0:found.begin] + text[found.stop:]
    return not _LETTER.search(rest)


def _consecutive(indices: list[int]) -> list[list[int]]:
    """Runs of two or more consecutive numbers."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) >= 2]


def _column(units: list[_Unit], start: int, k: int, dated: set[int], job: bool) -> list[tuple[str, int]] | None:
    """The k short undated lines from ``start`` (a label before the first one dropped), when each
    names a job (``job``) or none ends in a job's name: one column of a table read column by column."""
    if start < 0:
        return None
    cells = []
    for j in range(start, start + k):
        text = _clean(units[j].text)
        label = _LABEL.match(text)
        value = text[label.end():].strip() if label and j == start else text
        if j in dated or len(value) > 80 or _LABEL.match(value) or not _TWO_LETTERS.search(value) or \
                (has_job_word(value) if job else _ends_in_job_word(value)) != job:
            return None
        cells.append((value, j))
    return cells


def _label_sides(units: list[_Unit], anchor: tuple[int, DateRange]) -> tuple[set[str], set[str]]:
    """The record labels (title, employer) this resume writes before and after its period (the
    period's label or the first date): in "Name of Company : X / Period : ... / Position Held : Y"
    the first "Name of Company :" comes before the first "Period :", the first "Position Held :" after."""
    first: dict[str, int] = {}
    for index, unit in enumerate(units):
        for match in _LABEL.finditer(_clean(unit.text)):
            first.setdefault(_label_kind(match), index * _MAX_HEADER_LINE + match.start())
    index, found = anchor
    period = min(first.get("period", index * _MAX_HEADER_LINE), index * _MAX_HEADER_LINE + found.begin)
    kinds = [kind for kind in ("title", "employer") if kind in first]
    return {kind for kind in kinds if first[kind] < period}, {kind for kind in kinds if first[kind] > period}


def _same_record(units: list[_Unit], offers: dict[int, tuple[_Candidate, ...]], near: list[int], far: list[int],
                 far_kinds: set[str], named_above: bool = False) -> set[int]:
    """"Name of Company : X / Period : 1991 to 1993 / Type of Business : College / Position Held :
    Lecturer": the labelled lines on a date's far side (nearest first) whose labels this resume
    writes on that side of the period (``far_kinds``) and the record on the near side lacks are
    still its record's, up to the first label the record already has ("Name of Company : B"
    starts the next record). ``offers`` holds each line's :func:`_candidates`, read once by the caller.
    With ``named_above`` (:func:`_leave_next_employer`: the resume labels its employer above the period, read
    from below) the near side needs no label of its own: "Company Name : Zetek Castings / Experience details :
    MAR 2017 to date / Department : CNC Operator" (no label of ours below) is Zetek's record."""
    kinds = {c.kind for j in near for c in offers[j] if c.strength == LABELLED}
    if not (kinds or named_above) or not far_kinds:
        return set()
    out = set()
    for j in far:
        offered = {c.kind for c in offers[j] if c.strength == LABELLED}
        named = _label_kinds(units[j].text)  # "Previous company: B" too
        if (offered | named) & kinds or not offered <= far_kinds:
            break
        if offered:
            out.add(j)
            kinds |= offered
    return out


#: A record's period on a labelled line of its own: "Period : From June 2017 to Till Date".
_PERIOD_LINE = re.compile(r"^(?:" + _LABELS["period"] + r")\s*[:;]", re.IGNORECASE)
_TITLE_LINE = re.compile(r"^(?:" + _LABELS["title"] + r")\s*[:;]", re.IGNORECASE)


#: "CONTACT PERSON Ann Cole", "Reference: Ann Cole", "Referee; Ann Cole": a line naming someone to ask about
#: the record; the position labelled right under it ("POSITION; HR OFFICER") is that person's, not the role's.
_CONTACT_PERSON = re.compile(r"^(?:contact\s+persons?|references?|referees?)\b\s*[:;-]?\s*\S", re.IGNORECASE)


def _contacts_position(units: list[_Unit], j: int) -> bool:
    """Whether the title labelled at ``j`` is a contact's or a referee's: the line above names them."""
    return j > 0 and _CONTACT_PERSON.match(_clean(units[j - 1].text)) is not None


def _labelled_title_below(units: list[_Unit], index: int, following: int, claimed: set[int]) -> _Candidate | None:
    """A labelled record that opens with its period ("Period : June 2017 to Till Date" / "Employer : Essel" /
    "Project : ..." (two lines) / "Position : Senior Executive Highway"): its title label, further down
    than the lines read around a date, before the next period."""
    if not _PERIOD_LINE.match(_clean(units[index].text)):
        return None
    return _title_label_in_block(units, index, following, claimed)


def _title_label_in_block(units: list[_Unit], index: int, following: int, claimed: set[int],
                          employers_end: bool = False) -> _Candidate | None:
    """The first line labelling a title ("Position: Machinist") among the eight lines under the date at
    ``index``, before the next period, when no period label comes first (nor, ``employers_end``, an
    employer's label: "Previous company: Dunamis Power" opens the next record) and the line is not
    another role's (``claimed``), the label at the line's start or after another label's value
    (:func:`_labels_a_title`)."""
    for j in range(index + 1, min(following, index + 9)):
        text = _clean(units[j].text)
        if _PERIOD_LINE.match(text) or employers_end and "employer" in _label_kinds(text):
            return None
        if j not in claimed and _labels_a_title(text) and not _contacts_position(units, j):
            title = next((c for c in _candidates(text) if c.kind == "title" and c.strength == LABELLED), None)
            return None if title is None else _Candidate(title.kind, title.value, title.strength, j - index, j)
    return None


def _second_title_label(units: list[_Unit], title: _Candidate | None, following: int,
                        claimed: set[int]) -> _Candidate | None:
    """"Designation: IT" / "Job Title : Network Administrator": a record labelling its title twice, the first
    label's value naming no job (a unit or a field), the second one's naming one on the very next line
    (:func:`_title_label_in_block`, before the next dates): the second label's title. Only a labelled title
    (not a name read by the dates) gives way so, and only to the next line: a label further down may be the
    next record's ("Position: Process Fiberglass" / "Globe Security, PA (3/79 to 1983)" / "Position: Security
    Guard")."""
    if title is None or title.strength != LABELLED:
        return None
    second = _title_label_in_block(units, title.line, following, claimed)
    if second is None or second.line != title.line + 1 or not has_job_word(second.value):
        return None
    return second


def _labels_a_title(text: str) -> bool:
    """Whether a record's line labels its title: at its start ("Position: Machinist"), or later, after another
    label's value (:func:`_title_label_later`): "Project Value: QAR 353M Project Role: Quantity Surveyor" under a
    job's dates, "Type of Business : Consulting Engineers Position Held : Project Engineer". A line that opens
    with the title's label after a word ("Project Role: Technical Lead" under "Duration: Sept '14 to Till Date")
    is not taken so: the record may be a project's, its role no job title."""
    if _TITLE_LINE.match(text):
        return True
    later = _title_label_later(text, list(_LABEL.finditer(text)))
    return later is not None and ":" in later[1]


def _title_label_below_dates(units: list[_Unit], index: int, following: int, claimed: set[int],
                             opened: bool = False) -> _Candidate | None:
    """"Aug 2018 - Present Yutaka Manufacturing / Company description: ... / Position: Machinist": a record
    labelling no title above its dates (the caller checks) labels it a few lines under them
    (:func:`_title_label_in_block`), no nearer the next dates than its own: a label right above the
    next dates is the next record's ("Acme Co. / POSITION: Plumber / 2013 to 2017"). Only in an experience
    section (under education the dates may be a school's), and only a label naming a job ("Position /
    Held", a table's header over two lines, names none). Under another heading ("Professional Profile") too when
    the date line labels its employer ("Company: Zentrix, CA Mar 2019 to Present"), or when the record's employer
    is labelled right under the dates (``opened``, :func:`_employer_label_under`: "NOV/2016 - TILL DATE" /
    "Company: PMI Global" / "Designation: CNC Machinist"): no school's dates; the scan then starts below that label."""
    if not (_in_experience(units[index]) or opened or _labels_employer(_candidates(_clean(units[index].text)))):
        return None
    title = _title_label_in_block(units, index + opened, following, claimed, employers_end=True)
    if title is None or not has_job_word(title.value) or following < len(units) and following - title.line < title.line - index:
        return None
    return title


def _employer_label_under(fields: dict[str, _Candidate], index: int) -> bool:
    """Whether the employer read for the record dated on unit ``index`` is labelled on the very next line
    ("NOV/2016 - TILL DATE" / "Company: PMI GLOBAL TECHNOLOGIES PVT LTD"): the labelled block under the dates is
    the record's own."""
    employer = fields.get("employer")
    return employer is not None and employer.strength == LABELLED and employer.line == index + 1


def _labels_above_dates(units: list[_Unit], index: int, previous: int, claimed: set[int]) -> list[_Candidate]:
    """"COMPANY : Extra Ordinaire Services / POSITION : Facilities Technician / CLIENT : Ayala Malls /
    INCLUSIVE DATE : June 04, 2017 up to present": a record whose title is still unread labels it a few
    lines above its dates, with no date between: that title, and the employer labelled with it (up to two
    lines above it) when there is one. The title must name a job in a dozen words at most (not a
    paragraph of duties), be no other role's (``claimed``) and sit no nearer the dates above than its
    own: a label right under the dates above is that record's ("Acme 2014 - 2015 / POSITION:
    Administrator / Beta 2010 - 2014"), even when they were not read as a period ("NAFDAC, Lagos. 2006
    (4 Months), 2008 (10 months)"). Only in an experience section, as for a label below the dates
    (:func:`_title_label_below_dates`)."""
    if not _in_experience(units[index]):
        return []
    found: dict[str, _Candidate] = {}
    for j in range(index - 1, max(previous, index - 6), -1):
        text = _clean(units[j].text)
        if _PERIOD_LINE.match(text) or _has_date(units[j]) or "title" in found and j < found["title"].line - 2:
            break
        if j in claimed or _contacts_position(units, j):
            continue
        for c in _candidates(text):
            if c.strength == LABELLED and c.kind in ("title", "employer") and c.kind not in found:
                found[c.kind] = _Candidate(c.kind, c.value, c.strength, index - j, j)
    title = found.get("title")
    if title is None or not has_job_word(title.value) or len(title.value.split()) > 12 or \
            previous >= 0 and title.line - previous < index - title.line or \
            any(_has_date(units[k]) for k in range(max(0, 2 * title.line - index + 1), title.line)):
        return []
    return [c for c in found.values() if c.kind == "title" or c.line >= title.line - 2]


#: A line wholly in brackets: "(One of the best University in Pakistan)", a blurb about the firm.
_WHOLLY_BRACKETED = re.compile(r"\([^()]*\)")


def _no_employer_read(fields: dict[str, _Candidate]) -> bool:
    """Whether a record's fields name no employer: none read, or only an unlabelled line wholly in brackets
    (the blurb under "Organization: The University Of Lahore", "(One of the best University in Pakistan)")."""
    employer = fields.get("employer")
    return employer is None or employer.strength != LABELLED and _WHOLLY_BRACKETED.fullmatch(employer.value.strip()) is not None


#: How far above its dates a record's employer label may sit, a blurb or a project's lines between.
_EMPLOYER_LABEL_REACH = 6


def _employer_label_above(units: list[_Unit], index: int, previous: int, claimed: set[int]) -> dict[str, _Candidate]:
    """"Organization: Netroots Technologies / (Best service and solution provider) / Tenure: July 2017 - Sep 2019 /
    Designation: Sales Executive": in a resume that labels its employers above its periods (the caller's test), a
    record with no employer read takes the nearest line above its dates opening with an employer's label, up to
    :data:`_EMPLOYER_LABEL_REACH` lines up, though a blurb, the company's profile or a project's name sits between
    (the lines read around a date stop at them). Not past a date (the label above it is that record's), nor a line
    another role took (``claimed``), and only in an experience section: a referee's "Company: OICO" under
    references is no record's. Not for dates inside a long line (over :data:`_LONG_LINE`) unless a period's label
    gives them (a company's profile ending "... Period of Employment : June 2018 to May 2019"): a paragraph's
    dates are read with the words around them ("... Full Time position 13th October 2016 to August 31, 2019")."""
    text = units[index].text
    if not _in_experience(units[index]) or len(text) > _LONG_LINE and "period" not in _label_kinds(text):
        return {}
    for j in range(index - 1, max(previous, index - _EMPLOYER_LABEL_REACH - 1), -1):
        if j in claimed or _has_date(units[j]):
            return {}
        label = _employer_label_of(_clean(units[j].text))
        if label is not None:
            return _employer_from_label(label, index - j, j)
    return {}


def _employer_label_below(units: list[_Unit], index: int, following: int, claimed: set[int]) -> dict[str, _Candidate]:
    """"Period : From February 2017 to till now / Position : Site Engineer / Project : Construction of ... S/S /
    Company : Nor Telematics Consulting": in a resume that labels its employers under its periods (the caller's
    test), a record with no employer read takes the nearest line below its dates opening with an employer's
    label, up to :data:`_EMPLOYER_LABEL_REACH` lines down, a project's lines between; as
    :func:`_employer_label_above`, only in an experience section and past no date. The label must sit nearer these
    dates than the next ones (``following``): one right above the next dates opens that record."""
    if not _in_experience(units[index]) or len(units[index].text) > _LONG_LINE:
        return {}
    for j in range(index + 1, min(following, index + _EMPLOYER_LABEL_REACH + 1)):
        text = _clean(units[j].text)
        if j in claimed or _has_date(units[j]):
            return {}
        if _opens_with_employer_label(text):
            if following < len(units) and following - j <= j - index:
                return {}  # "Name of Concern : Beta" right above "Duration : ..." is the next record's; the end is none
            return _employer_from_label(text, j - index, j)
    return {}


def _employer_from_label(text: str, distance: int, line: int) -> dict[str, _Candidate]:
    """The employer a label gives on line ``line`` of the units, ``distance`` lines from the record's dates, as the
    record's fields (empty when the label's value offers none)."""
    return {c.kind: _Candidate(c.kind, c.value, c.strength, distance, line)
            for c in _candidates(text) if c.kind == "employer" and c.strength == LABELLED}


#: "... all sales related documents. Organization: Limton Systems": an employer's label glued to the end of a
#: sentence (the last duty of the record above), its value running to the line's end.
_GLUED_EMPLOYER_LABEL = re.compile(r"(?<=[a-z)][.;])\s+(?=(?:" + _LABELS["employer"] + r")\s*[:;])", re.IGNORECASE)


def _opens_with_employer_label(text: str) -> bool:
    """Whether a cleaned line opens with an employer's label ("Company : Nor Telematics Consulting")."""
    return _LABEL.match(text) is not None and "employer" in _label_kinds(text)


def _employer_label_of(text: str) -> str | None:
    """The part of a cleaned line that labels an employer: the whole line when it opens with the label
    ("Organization: Netroots Technologies"), the end from the label when a sentence ends before it ("Ensure proper
    communication of documents. Organization: The University Of Lahore"), else ``None``."""
    if _LABEL.match(text):
        return text if _opens_with_employer_label(text) else None
    glued = _GLUED_EMPLOYER_LABEL.search(text)
    return text[glued.end():] if glued else None


#: A line opening with a verb in the past tense or in -ing ("Refurbished Dyson machines ...", "Making
#: batches ..."): work done, not a sentence about the employer, nor a title.
_WORK_DONE = re.compile(r"[A-Z][a-z]+(?:ed|ing)\b")


def _title_after_blurb(units: list[_Unit], index: int, following: int, header: list[bool]) -> _Candidate | None:
    """"PRICEWATERHOUSECOOPERS, Tampa, FL 1999-2017 / Network of firms in 157 countries ... / Manager,
    DevOps Engineer": a sentence about the employer (not a bullet) between the date line and the title
    line, in a resume that writes titles below the dates, or where no title was found above them. The
    title is the line after it."""
    blurb, below = index + 1, index + 2
    # The next record must not start right after (the line would be its title, written above its
    # dates): three lines or more follow the title, or a description does; a line opening with a
    # past tense ("Supervised ...") reports work done.
    if below + 3 >= following and (below + 1 >= following or header[below + 1]) or header[blurb] or \
            not header[below] or _WORK_DONE.match(_clean(units[below].text)):
        return None
    text = units[blurb].text.strip()
    if _BULLET.match(text) or _is_body_label(_clean(text)) or len(text.split()) < 6 or _WORK_DONE.match(_clean(text)):
        return None
    line = _clean(units[below].text)
    if ":" in line or len(line.split()) > 12:  # "Tech Stack: .Net Core, EmberJs": a label and a list
        return None
    offered = _candidates(line)
    title = next((c for c in offered if c.kind == "title" and has_job_word(c.value)), None)
    if title is None:
        return None
    if all(c.kind == "title" for c in offered) and len(line.split()) <= 8:
        return _Candidate("title", _tidy(line) or line, title.strength, 1, below, 0)  # "Manager, DevOps Engineer"
    return _Candidate("title", title.value, title.strength, 1, below, 0)


#: The title a layout glued to the end of the last record's description: a short capitalised last sentence
#: ("... sent them down the line to be stacked on pallets. Package Handler"), no full stop after it.
_GLUED_TITLE_WORDS = 6
#: :data:`_SENTENCE_END`, or a year closing the sentence ("... completed by 2019. Machine Operator").
_GLUED_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{4})|(?<=\d{4}))[.;!]\s")
#: Capitalised words, bracketed ones, and the small words of a title between them ("Head of UX & Design").
_TITLE_CASE_RUN = re.compile(r"^(?:[A-Z][\w&/.'’-]*|\([A-Z][^()]*\)|of|and|&|/)(?:\s+(?:[A-Z][\w&/.'’-]*|\([A-Z][^()]*\)|of|and|&|/))*$")
#: A description glued to a title with no full stop between them: small words, then capitalised words to the
#: line's end ("... mentored younger staff Engineering Manager"), a comma maybe between; the title is the
#: capitalised run after the last small word.
_RUN_AFTER_SMALL_WORD = re.compile(r"^(?P<prose>.*\b[a-z][a-z'’]*)(?P<comma>,?)\s+(?P<title>[A-Z][\w&/.'’-]*(?:\s+[A-Z&/][\w&/.'’-]*)*)$")
#: Words that open a title inside such a run, after the last words of the description ("... Drugs of Abuse
#: Senior Quality Specialist").
_TITLE_OPENERS = _word_set("senior sr sr. junior jr jr. chief principal deputy")
#: Small words whose object a capitalised run after them is, a name rather than a glued title ("... performed
#: draws for Police ...", "... stores across the States ...").
_OBJECT_BEFORE = _word_set("a an the of for in at to on by with from across into through as and or")


def _title_glued_above(units: list[_Unit], index: int, previous: int, header: list[bool]) -> _Candidate | None:
    """"Cleaned the lobby and took the trash out. Packer/Shipper / Harbor Foods - Dayton, OH / June 2016 to
    August 2016": the line above this record's head (the date line, or a short header line right over it)
    runs the last record's description on in sentences and ends in a short capitalised sentence ending in
    a job word, no full stop after it: a title line the layout glued to the description above it, this
    record's title. (It may be the last record's own date line, right above.) A record whose date line names
    a school (:data:`_SCHOOL_WORDS`: "Lakeport College of Nursing September 2010 — June 2014", under a page's
    footer) is schooling, no job: it takes no title from the job described above it. (Only the date line: a
    header line over it may name a town, "Domino's - University City, MO".)"""
    if _SCHOOL_WORDS.search(units[index].text):
        return None
    for j in (index - 1, index - 2):
        if j < 0 or j < previous or j == previous and j != index - 1 or any(not header[i] for i in range(j + 1, index)):
            return None
        text = _clean(units[j].text)
        if (glued := _glued_title(text) or _glued_title_before_town(text)) is not None:
            return _Candidate("title", _tidy_title(glued) or glued, CUE, 1, j, 0)
    return None


#: A town of one word and its state's code closing a line, a dash or a bullet maybe before it (" - Bluefield, WV").
_TOWN_AND_CODE_END = re.compile(r"(?:\s+[-–—|•]\s*|\s+)[A-Z][\w.'’-]*,\s*(?:" + _STATE_CODE + r")$")


def _glued_title_before_town(text: str) -> str | None:
    """The title a layout glued to the end of a line of description, its town and state after it ("... with the
    surgical team. Title IX Internship Augusta, GA", "... routine groundskeeper duties Grounds Keeper - Bluefield,
    WV"): :func:`_glued_title` of the line without the town."""
    match = _TOWN_AND_CODE_END.search(text)
    return _glued_title(text[:match.start()]) if match else None


def _glued_title(text: str) -> str | None:
    """The title a layout glued to the end of a line of description: a short capitalised last sentence after a
    sentence of six words or more, ending in a job word, no full stop after it ("... to be stacked on pallets.
    Package Handler"), or a capitalised run after the description's last small word (:func:`_title_after_small_word`:
    "... attached proper labeling Assembly Technician"); ``None`` when the line ends otherwise."""
    sentences = _GLUED_SENTENCE_END.split(text)
    last = sentences[-1].strip()
    if len(sentences) >= 2 and len(sentences[-2].split()) >= _SENTENCE_WORDS and \
            len(last.split()) <= _GLUED_TITLE_WORDS and not last.endswith(".") and _TITLE_CASE_RUN.match(last) and \
            _title_ends(last):
        return last
    return _title_after_small_word(text)


def _title_off_a_bullet_above(fields: dict[str, _Candidate], units: list[_Unit], index: int) -> bool:
    """Whether the title read so far for the record dated on unit ``index`` is a bulleted line above the dates,
    the last duty of the record before ("- Report directly to the Production Manager" over "Kestrel Holding 2015
    June – 2016 June ... Marine Manager"): a title glued to the record's own line beats it."""
    title = fields.get("title")
    return title is not None and title.line < index and _BULLET.match(units[title.line].text) is not None


def _title_glued_to_own_line(units: list[_Unit], index: int, following: int, found: DateRange,
                             header: list[bool]) -> _Candidate | None:
    """"Wasco Coating GmbH 2018 January – 2018 April Wasco Coating is part of Wasco Energy Group. ... Multiple
    Skilled Operator (Supervisor)" over the record's duties: the description after this record's period, on its
    own date line, in sentences, ends in the title the layout glued to it (:func:`_glued_title`). So does the
    line right under the date line when it is such a description, no header, bullet or other period ("09/2017-Present
    ThermFisher Scientific Fremont CA" / "Develops and formulates Assays ... for Drugs of Abuse Senior Quality
    Specialist" / duties). Not when the next record's date line follows right under that line, or under one or
    two header lines: the title glued there is the next record's, written above its dates
    (:func:`_title_glued_above`: "... Load racks with materials. Stock Clerk" / "08/2008 - 07/2009 Sears")."""
    below = units[index + 1].text if index + 1 < following else ""
    for j, text in ((index, units[index].text[found.stop:]), (index + 1, below)):
        if j >= following or following - j <= 2 and following < len(units) and \
                all(header[i] for i in range(j + 1, following)):
            return None  # the next record's title, over its dates
        if j > index and (header[j] or _BULLET.match(text) or find_ranges(text)):
            return None
        if (glued := _glued_title(_clean(text))) is not None:
            return _Candidate("title", _tidy_title(glued) or glued, CUE, 1, j, 0)
    return None


def _title_after_small_word(text: str) -> str | None:
    """The title glued to the end of a line of description with no full stop: "... nothing special Crane
    Operator", "... attached proper labeling Assembly Technician". The line is a sentence (six words or more
    before the title, most of them small) and ends in up to six capitalised words after a small word, the last
    a job word, no full stop after it ("... as a Certified Nursing Aide." is a sentence of its own). A word
    opening a title (:data:`_TITLE_OPENERS`) inside the run starts it ("... for Drugs of Abuse Senior Quality
    Specialist" gives "Senior Quality Specialist"), and so does a full stop ("... Structures. Hydraulics.
    Maintenance Manager"); else a run after a small word taking an object (:data:`_OBJECT_BEFORE`: "... draws for
    Police Polysomnography Tech") is a name's. A comma may close the description's last clause before the run
    ("... parts in a timely manner, Production Technician/ Production Associate": no small word's object then);
    text with a colon or dash right before it is no sentence ("... Wind River - Senior Member Technical Staff" is
    a firm and a title)."""
    match = _RUN_AFTER_SMALL_WORD.match(text)
    if not match:
        return None
    prose, words = match.group("prose").split(), match.group("title").split()
    if len(prose) < _SENTENCE_WORDS or sum(w[:1].islower() for w in prose) * 2 < len(prose) or \
            words[-1].endswith("."):
        return None
    # "... in Structures. Hydraulics. Maintenance Manager": the title follows the last full stop.
    start = max((k + 1 for k, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 4), default=0)
    opener = next((k for k, w in enumerate(words) if k > start and w.lower() in _TITLE_OPENERS), None)
    if opener is not None:
        start = opener
    elif not start and not match.group("comma") and prose[-1].lower() in _OBJECT_BEFORE:
        return None
    title = " ".join(words[start:])
    if len(words) - start > _GLUED_TITLE_WORDS or not _title_ends(title):
        return None
    return title


def _title_over_a_line_of_its_own(units: list[_Unit], index: int, previous: int, claimed: set[int], header: list[bool],
                                   own: str) -> _Candidate | None:
    """"Land Surveyor / Greenvale Council - Department of Roads ... (too long for a header) / March 2012 to Present",
    "Instrument Technician / Cable laying, glanding and termination / 2019 - Till date": in a resume writing its titles
    above the dates, a date line naming nothing else, one line that is no header (a description, a long employer's
    line) above it, and above that a short header line ending in a job word (not a bullet, a label or a date), no
    blank line between: that line is the title."""
    between, above = index - 1, index - 2
    if own.strip(" ,;:-|=()[]") or above <= previous or header[between] or not header[above] or \
            {between, above} & claimed or _set_apart(units, above, index) or \
            len(_same_heading(units, index, range(between, above - 1, -1))) < 2:
        return None
    raw = units[above].text.strip()
    text = _clean(raw)
    if len(text.split()) > _OPENING_TITLE_WORDS or not _title_ends(text) or _BULLET.match(raw) or \
            _is_label_line(text) or find_ranges(text, singles=True):
        return None
    return _Candidate("title", _tidy_title(text) or text, CUE, 1, above, 0)


def _put_title(fields: dict[str, _Candidate], title: _Candidate | None) -> None:
    """``title``, found further from the date, as the role's title; a name read as the title for want
    of one ("Peak Staffing" by the dates) becomes the employer when there is none."""
    if title is None:
        return
    guess = fields.get("title")
    if guess is not None and guess.kind == "employer" and "employer" not in fields:
        fields["employer"] = guess
    fields["title"] = title


#: How many words of the sentence under a date are read for the job it says.
_SAID_REACH = 25
#: How many header lines (the employer's, its place) may stand between a date and the sentence saying the job.
_SAID_HEADER_LINES = 3
#: "Contracted to Acme Safety Ltd. HSE / Paramedic Advisor: Project size: 250 workers ...": the firm a contract was
#: with, to its full stop, then the title, to a colon, a semicolon, a spaced dash or the line's end.
_CONTRACTED_TO = re.compile(r"^Contracted\s+(?:to|by|with)\s+[A-Z].{1,80}?\.\s+(?P<title>[A-Z][^:;]*?)\s*(?:[:;]|\s[–—-]\s|$)")
#: The most words of a title after "Contracted to" a firm.
_CONTRACTED_TITLE_WORDS = 8


def _title_after_contracted_firm(text: str) -> str | None:
    """The title after the firm of "Contracted to Acme Safety Ltd. Field (HSE) Safety Supervisor – Shut Down: ...",
    a line saying whom the job was contracted to, then the job: eight words at most ending in a job word (not
    "Contracted to Acme Ltd. Building a tank farm for ...")."""
    match = _CONTRACTED_TO.match(text)
    if match is None:
        return None
    title = match.group("title")
    return title if len(title.split()) <= _CONTRACTED_TITLE_WORDS and _title_ends(title.replace("/", " ")) else None


def _said_below(units: list[_Unit], index: int, following: int, header: list[bool],
                offered: _Candidate | None) -> _Candidate | None:
    """"August 2010 to till Date" over "Currently working with Qiblah Travel Co. as an IT Administrator;
    the scope of work ...": a date naming no job, the sentence right under it says what the person worked
    as, in its first words. The sentence may sit under the record's few header lines (the employer's name,
    its place), none of them a label, unless it names what a line ``offered`` as the title ("Chairperson"
    over "Hired as an Adjunct Instructor and promoted to the Department Chairperson position")."""
    end = min(following, len(units))
    below = index + 1
    if below >= end:
        return None
    if header[below]:  # "Since May 2008 to May 2018 / M/s Acme Co. / Riyadh / Working as Planning Assistant on ..."
        below = next((j for j in range(below, min(end, below + _SAID_HEADER_LINES + 1)) if not header[j]), end)
        if below >= end or offered is not None and offered.value.lower() in units[below].text.lower() or \
                any(_is_label_line(_clean(units[j].text)) for j in range(index + 1, below)):
            return None
    text = _clean(units[below].text)
    # "Senior Travel Manager - Arranged worldwide reservations for ...": it opens with the title; so too under the
    # employer's name ("2017-Present / Acme Widgets, Inc. / Lathe Operator – CNC lathe, drill press, ..."), no blank
    # line between (a blank line under the date ends its record: the lines below it open the next one).
    lead = _title_then_prose(text) or _title_opens_description(text) or _title_after_contracted_firm(text) or \
        _title_before_small_words(text) if below == index + 1 or not _set_apart(units, index, below) else None
    if lead is not None:
        return _Candidate("title", lead, CUE, 1, below, 0)
    said = _as_title(" ".join(text.split()[:_SAID_REACH]))
    return None if said is None else _Candidate("title", said[0], CUE, 1, below, 0)


def _same_job_twice(text: str, first: DateRange, second: DateRange) -> bool:
    """Two periods of one job on one line: nothing but "&", "/", "and" or a comma between them."""
    return not text[first.stop:second.begin].strip(" &,;/and")


#: How far above its period a record's labelled lines may sit (duties between them).
_RECORD_REACH = 12
#: How far above a period line that closes its record the record's labels may sit: its duties run on between
#: ("Position Held : X", thirty lines of duties, "Year : From 2013/02/07 till Currently").
_CLOSED_RECORD_REACH = 40


def _label_kinds(text: str) -> set[str]:
    """The kinds of the record labels on a line ("Company : X Designation : Y": employer, title)."""
    return {_label_kind(m) for m in _LABEL.finditer(_clean(text))}


def _record_kinds_below(units: list[_Unit], index: int) -> set[str]:
    """The record labels (title, employer) of the first labelled record line below ``index``."""
    return next((kinds for j in range(index + 1, min(len(units), index + _RECORD_REACH + 1))
                 if (kinds := _label_kinds(units[j].text) & {"title", "employer"})),
                set())


def _last_record_closed(units: list[_Unit], last: int) -> bool:
    """Whether the last dated line of a stream is a period label with no record label after it:
    its records end with their period (in "Duration : ... / Company : X / Designation : Y" the
    last period still has its record below)."""
    return _PERIOD_LINE.match(_clean(units[last].text)) is not None and not _record_kinds_below(units, last)


def _closes_its_block(units: list[_Unit], index: int, dated: set[int]) -> bool:
    """Whether the period line at ``index`` closes its block (the lines between blank lines): lines above it in the
    block label the record's title and employer, none below it opens with a record's label ("Name of Company: Knight Security /
    Position Held: Control Room Operator / Duties Held: ... / Period Worked: 1/1/2014 - 28/06/2016 / Reason for
    Leaving: ...", a blank line, then the next record's "Name of Company:"). The record is the block's, even when the
    records below give no period (the last dated line then has labels below it, :func:`_last_record_closed`); in
    "Duration: ... / Company: A / Designation: B" the labels below are the period's own. A dated line (``dated``)
    above it in the block leaves it: the block holds more records than one (a resume with no blank lines), or
    this is a second period of one record (:func:`_second_period_in_block`). Both a title and an employer labelled:
    "Institution: Technikon SA / Course: IT / Year: 2000-2001" is a school's, "Project: Xerox / Role: Developer /
    Duration: ..." a project's, within a job read elsewhere."""
    if not _PERIOD_LINE.match(_clean(units[index].text)) or _labels_below_in_block(units, index):
        return False
    kinds: set[str] = set()
    for j in range(index - 1, max(-1, index - _CLOSED_RECORD_REACH - 1), -1):
        if _blank_between(units, j):
            return kinds == {"title", "employer"}
        if j in dated:
            return False
        kinds |= _record_label_kinds(units[j])
    return kinds == {"title", "employer"} and index <= _CLOSED_RECORD_REACH  # the block opens the part


def _labels_below_in_block(units: list[_Unit], index: int) -> bool:
    """Whether a line under ``index``, before the next blank line, opens with a record's label."""
    for j in range(index + 1, min(len(units), index + _RECORD_REACH + 1)):
        if _blank_between(units, j - 1):
            return False
        if _record_label_kinds(units[j]):
            return True
    return False


def _second_period_in_block(units: list[_Unit], index: int, previous: int) -> bool:
    """"Period Worked (1): 2014 - 2016 / Reason for Leaving (1): ... / Period Worked (2): 2018 - 2019", then a blank
    line: a period line right under the last one's (``previous``) in one block, no record label between them nor
    under it in the block, is a second period of the same record."""
    return previous >= 0 and _PERIOD_LINE.match(_clean(units[index].text)) is not None and \
        not _set_apart(units, previous, index) and \
        not any(_record_label_kinds(units[j]) for j in range(previous + 1, index)) and \
        not _labels_below_in_block(units, index)


def _record_label_kinds(unit: _Unit) -> set[str]:
    """The record labels (title, employer) a line opens with ("Position Held: Fitter": title), else none."""
    text = _clean(unit.text)
    return _label_kinds(text) & {"title", "employer"} if _LABEL.match(text) else set()


def _record_above_period(units: list[_Unit], index: int, previous: int, label_sides: tuple[set[str], set[str]],
                         claimed: set[int]) -> list[int]:
    """"Employer : A / Position held : X / Duties : ... (several lines) / Duration : 8 Months (2015) /
    Employer : B / ...": in a resume whose records write their title label before the period (and
    whose last period closes its record, :func:`_last_record_closed`), a period line closes its
    record: the labelled title and employer lines above it (back to the last dated line, or to an earlier
    record's employer label), nearest first, are this job's, not the next record's below. So too in a resume
    labelling no title whose records open with their employer's label ("Name of the Employer : A / Department :
    ... / Duration : ... / Name of the Employer : B")."""
    before, after = label_sides
    # The record's first label (its title's, else its employer's when it labels no title) comes before the period.
    opening = "title" if "title" in before | after else "employer"
    if opening not in before or opening in after or not _PERIOD_LINE.match(_clean(units[index].text)):
        return []
    # The next record opens with its employer ("Company : B"), not with this one's title ("Period :
    # JAN 2017 - Dec 2017 / Role : Site Head": a record that opens with its period).
    if "title" in _record_kinds_below(units, index):
        return []
    lines, kinds, places = [], set(), []
    for j in range(index - 1, max(previous, index - _CLOSED_RECORD_REACH - 1), -1):
        found = _label_kinds(units[j].text) & {"title", "employer", "location"}
        if j in claimed or not (found and _LABEL.match(_clean(units[j].text))):
            continue
        if "employer" in found & kinds:  # an earlier record's employer (its own period unread): this record starts below
            break
        if found == {"location"}:
            places.append(j)
            continue
        lines.append(j)
        kinds |= found
    # "Location: Ajman - UAE." between the record's first label and its period is its place; one above that label
    # follows an earlier record's period ("Date : ... / Location : Israel / ... / Position : ... / Date : ..."): that one's.
    places = [j for j in places if j > min(lines, default=index)]
    if opening == "employer":
        # "Name of Employer : Acme / Designation / Title / Quarry Foreman / Period of Employment : ...": a line
        # naming a job between the employer and the period is a title the labels missed; the lines are left as read.
        unlabelled = [_clean(units[j].text) for j in range(min(lines, default=index), index) if j not in lines + places]
        if not lines or any(has_job_word(text) and not _is_label_line(text) for text in unlabelled):
            return []
        return lines + places
    if any(_TITLE_LINE.match(_clean(units[j].text)) for j in lines) or \
            "employer" in before and _untitled_record_closed(units, index, lines):
        return lines + places
    return []


def _untitled_record_closed(units: list[_Unit], index: int, lines: list[int]) -> bool:
    """"Company : Acme / Position held : Agent / Duration : ... / Company : Beta / Duties : Calls / Duration : ... /
    Company : Beta / Position held : Lead / Duration : ...": among records that label their titles (and their
    employers before their periods, the caller's test), one that labels only its employer (``lines``, read by
    :func:`_record_above_period`) is still closed by its period when the next record below opens with its
    employer's label: Beta's first period is that record's, and the title labelled under it ("Position held :
    Lead") is the next record's. Not when a title label sits anywhere in the record's lines ("Organization : Acme /
    Position/Title : Inspector / Duration : ...", "... maintenance. Designation : Engineer" ending a duty)."""
    return bool(lines) and all(_label_kinds(units[j].text) & {"title", "employer"} == {"employer"} for j in lines) and \
        not any(_TITLE_LABEL.search(units[j].text) for j in range(min(lines), index)) and \
        _record_kinds_below(units, index) == {"employer"}


#: The most unlabelled lines opening a closed record above its labels: its employer and its place.
_RECORD_HEAD_LINES = 2


def _record_head_above(units: list[_Unit], lines: list[int], previous: int, claimed: set[int],
                       header: list[bool]) -> list[int]:
    """"ACME PAINTS, Akron, Ohio / Position : Chemist / Duration : 2/12 - 1/14 / BETA LABS, Dayton, Ohio /
    Position : ...": a closed record (:func:`_record_above_period`, its labelled ``lines``) whose labels name no
    employer opens with its employer unlabelled: the header-like lines right above its topmost label, back to
    the last dated line (``previous``), are its too (else the employer of the record above was carried on), when
    no blank line parts them from the labels and :func:`_may_head_record` allows."""
    if any(_labels_employer(_candidates(_clean(units[j].text))) for j in lines):
        return []
    out = []
    for j in _lines_around(units, range(min(lines) - 1, previous, -1), claimed, header, False)[:_RECORD_HEAD_LINES]:
        if _blank_between(units, j) or not _may_head_record(_clean(units[j].text)):
            break
        out.append(j)
    return out


def _may_head_record(text: str) -> bool:
    """Whether an unlabelled line above a closed record's labels may be its employer's: no label opening it
    ("Client : Acme Rail", :func:`_is_label_line`) or in it ("Duties ... 7. Company: Acme": a record's glued
    on), no street address (the employer is above it), no length of time ("Years of work experience: 5 years")
    and no colon ending it ("Previous company details: -")."""
    return not (_is_label_line(text) or _LABEL.search(text) or _ADDRESS_LINE.search(text) or _DURATION.search(text) or
                _INTRO_END.search(text))


#: A line ending in a colon, a dash after it or not: it introduces what follows ("Previous company details: -").
_INTRO_END = re.compile(r":\s*[-–]?\s*$")


def _labels_follow(units: list[_Unit], index: int, own: str) -> bool:
    """"JULY 2016 - Still in service / Institution : X / Position Held : Y": a date line naming
    no title or employer, labelled lines below it and no labelled line above: the labels below are
    this job's (in "Company : A / Period : ... / Company : B" they are the next job's)."""
    fields = _fields_of(own)
    if fields.title or fields.employer or index + 1 >= len(units):
        return False
    above = _clean(units[index - 1].text) if index else ""
    return _LABEL.match(_clean(units[index + 1].text)) is not None and _LABEL.match(above) is None


def _unfold_containers(roles: list[Role], overviews: AbstractSet[int] = frozenset()) -> list[Role]:
    """"Good Samaritan Hospital (Total Employment: Oct 2010 to March 2019)" followed by the
    positions held there: the employer's dates are not a job of their own; its name goes to
    the positions that sit inside its dates. So with a span by no employer ("February 1998 - January
    2013 (15 years)" over "Total Corporation", a name the reader did not take) or by a name that is no
    job ("LBC Express April 2015 - December 2018", "Kellogg's Canada Inc., London, ON 1997 - 2009")
    over :func:`_held_there` positions; its fields then go to none of them, being no employer's for sure. Another
    job of the same period (:func:`_two_jobs`) is no position inside it. A span titled off a line of description
    (``overviews``: the ids of such roles, :func:`_titled_by_description`) over :data:`_POSITIONS_OF_A_CAREER`
    positions or more is an overview of them too."""
    out: list[Role] = []
    i = 0
    while i < len(roles):
        role = roles[i]
        inside = []
        if role.start_month is not None and role.end_month is not None:
            for other in roles[i + 1:]:
                if other.start_month is None or other.end_month is None or \
                        not (role.start_month <= other.start_month and other.end_month <= role.end_month) or \
                        _two_jobs(role, other):  # "2012-2014 Employed with A" over "2012-2014 Employed with B"
                    break
                inside.append(other)
        if inside and not role.title and role.employer:
            for other in inside:
                other.employer = other.employer or role.employer
                other.location = other.location or role.location
            i += 1
            continue
        titled = bool(role.title) and _states_a_title(role)
        if _held_there(role, inside) and \
                (not titled or id(role) in overviews and len(inside) >= _POSITIONS_OF_A_CAREER):
            i += 1
            continue
        out.append(role)
        i += 1
    return out


def _held_there(span: Role, inside: list[Role]) -> bool:
    """Whether the positions read inside a span are the ones held there, the span theirs: two or more,
    the first of them starting when the span starts ("Kellogg's Canada Inc. 1997 - 2009" over "Packing
    Supervisor 2004-2009", "Warehouse Supervisor 2000-2004", "Industrial Engineering Resource 1997-2000").
    Jobs held beside a business of one's own ("Las Dos Mulas: Catering July-2014 to present" over jobs
    from 2015 on) start later than it."""
    def starts_with_span(role: Role) -> bool:
        n = min(len(span.start), len(role.start))  # "2007" and "2007-06" start alike
        return role.start[:n] == span.start[:n]

    return len(inside) > 1 and any(starts_with_span(role) for role in inside)


#: How sure a candidate is (see :class:`_Candidate`).
LABELLED, LEGAL_NAME, CUE, NAME, OTHER = 4, 3, 2, 1, 0


@dataclass(frozen=True)
class _Candidate:
    """A value a header text offers for a role: ``kind`` title/employer/location/other, how
    sure (:data:`LABELLED` "Company : X"; :data:`LEGAL_NAME` an employer with "Inc.", "Ltd",
    "Corporation"...; :data:`CUE` a job word, an organisation word or a place; :data:`NAME` a
    capitalised name; :data:`OTHER` anything else), and where (``rank`` of its line in the
    search order, ``line`` its index)."""

    kind: str
    value: str
    strength: int
    rank: int = 0
    line: int = 0
    group: int = 0  # 0: the date's line and the title's side; 1: the other side (a fallback)


#: "Department of Electrical Engineering", "Emergency Department": a unit of the employer, which
#: a title line names after the title; the employer is the name on another line when there is one.
_DEPARTMENT = re.compile(r"^(?:(?:the\s+)?(?:department|dept\.?)\s+of\b|.*\b(?:department|dept\.?)$)", re.IGNORECASE)


def _choose(candidates: list[_Candidate], anchor: int, below_first: bool) -> dict[str, _Candidate]:
    """The strongest candidate of each kind (nearest on a tie). Without a job word anywhere,
    the title is the name nearest the date on the title's side ("Senior Applications Packager"
    above "American General Corp."), or the date line's only name ("Military Service. 1993-2016")."""
    chosen: dict[str, _Candidate] = {}
    for kind in ("title", "employer", "location"):
        pool = [c for c in candidates if c.kind == kind and not any(c.value == d.value for d in chosen.values())]
        if kind == "employer" and not all(_DEPARTMENT.match(c.value) for c in pool):
            pool = [c for c in pool if not _DEPARTMENT.match(c.value)]
        if pool:
            chosen[kind] = max(pool, key=lambda c: (c.strength >= LEGAL_NAME, -c.group, c.strength, -c.rank))
    if "title" not in chosen:
        employer = chosen.get("employer")
        side = 1 if below_first else -1
        spare = [c for c in candidates if c.kind == "employer" and c.strength == NAME and c is not employer
                 and (c.line - anchor) * side in (0, 1, 2)]
        if spare:
            chosen["title"] = min(spare, key=lambda c: c.rank)
        elif employer is not None and employer.strength <= NAME and employer.line == anchor and \
                not any(c.kind == "employer" and c is not employer for c in candidates):
            chosen["title"] = chosen.pop("employer")
    return chosen


#: Words joining a job to its unit or its firm inside a title ("Director of Technical Services", "Lecturer in ...").
_TITLE_JOINING_WORDS = _word_set("of in for at with")


def _names_a_firm_not_a_job(text: str) -> bool:
    """Whether a name read as a title is a firm's: a legal form after words naming no job ("Esoterix Laboratories
    LLC/ DBA"; not "Project Manager / Acme LLC."), a name ending in an organisation's word with no word joining a
    job to it nor a slash ("ManTech International", "Cook Medical"; not "Director of Technical Services"), or a name
    naming no job but by a word glued inside a coined name ("AluTech Stevensville": "Tech" in "AluTech")."""
    words = [w for w in _JOB_SPLIT.split(text) if w]
    if not words:
        return False
    legal = _LEGAL_FORM_WORD.search(text)
    if legal and not has_job_word(text[:legal.start()]):
        return True
    if words[-1].lower().strip(".,") in ORG_WORDS and "/" not in text and \
            _TITLE_JOINING_WORDS.isdisjoint(w.lower() for w in words):
        return True
    return not any(_is_job_word(w.lower().strip(".\"'“”‘’:-–—*")) for w in words) and not _JOB_PHRASE.search(text)


def _title_above_firm_on_date_line(fields: dict[str, _Candidate], candidates: list[_Candidate], index: int) -> None:
    """A record written "title / Firm, Town, ST dates" whose firm's name reads as a title ("Database Administrator"
    over "ManTech International, Fairmont, West Virginia April 2013 - June 2019"; "Quality Control Inspector" over
    "Cook Medical, Bloomington, IN 9/03-1/13"): the date line's firm (:func:`_names_a_firm_not_a_job`) is the
    employer, and the job named on the line right above (``index`` is the date's line) is the title."""
    title = fields.get("title")
    if title is None or title.line != index or title.strength == LABELLED or not _names_a_firm_not_a_job(title.value):
        return
    above = next((c for c in candidates if c.kind == "title" and c.line == index - 1 and has_job_word(c.value) and
                  not _names_a_firm_not_a_job(c.value)), None)
    if above is None:
        return
    fields["title"] = above
    fields["employer"] = replace(title, kind="employer", strength=max(CUE, _employer_strength(title.value)))


#: A line labelled with the bare "Title", which projects, theses and courses use as much as jobs do.
_BARE_TITLE_LINE = re.compile(r"^title\s*[:;]", re.IGNORECASE)


def _project_title_yields(fields: dict[str, _Candidate], candidates: list[_Candidate], units: list[_Unit],
                          index: int) -> None:
    """A bare "Title:" naming no job among a record's lines is a project's ("Working as TECHNICAL SUPPORT EXECUTIVE,
    Softinfo Systems" / "[ June 2018 - Till Date]" / "Title: WIZAPP (Retail & Production)." / "Module: ..."): a title
    naming a job on the record's side of the date, on the date's line or right next to it (``index``), wins over it.
    Without one it stays ("Title: Sanitizer" under "GLANBIA, Aurora, IL April, 2014 - March 2018")."""
    title = fields.get("title")
    if title is None or title.strength != LABELLED or has_job_word(title.value) or \
            not _BARE_TITLE_LINE.match(_clean(units[title.line].text)):
        return
    job = min((c for c in candidates if c.kind == "title" and (c.group == 0 or abs(c.line - index) <= 1) and
               c.line != title.line and has_job_word(c.value)), key=lambda c: c.rank, default=None)
    if job is not None:
        fields["title"] = job


_TITLE_JOINER = re.compile(r"^\s*(?:,|&|/|,?\s*and)\s*$")
#: A bracket closing the last of a list of titles, a full stop after it: "President, CEO and Founder (Engineering
#: Services and Staffing).".
_BRACKET_CLOSING_TITLES = re.compile(r"\s*\([^()]*\)[\s.]*$")


def _joined_titles(title: _Candidate, candidates: list[_Candidate], text: str) -> _Candidate:
    """"President, CEO and Founder", "Machinist, Asst. Foreman": titles written one after the other
    on the chosen title's line, joined only by commas, "and" or "&", are one position's titles:
    the title is all of them as written. A bracket ("(Contract/Consultant)") or a name that ends in
    no job ("Executive office of Xishui") is not one of them; a bracket closing the last title ("CEO and
    Founder (Engineering Services and Staffing).") is left out of the list, which ends at the job word."""
    if title.strength == LABELLED:
        return title
    found = []
    for c in candidates:
        value = c.value if c is title else _BRACKET_CLOSING_TITLES.sub("", c.value)
        if c.kind == "title" and c.line == title.line and c.group == title.group and value and \
                (c is title or not value.startswith("(") and _ends_in_job_word(value)):
            at = text.find(c.value)
            if at >= 0:
                found.append((at, at + len(value), c))
    found = sorted(set(found), key=lambda f: (f[0], f[1], f[2].value, f[2].rank))  # one order on every run
    at = next((k for k, f in enumerate(found) if f[2] is title), None)
    if at is None or len(found) < 2:
        return title
    first = last = at
    while first and _TITLE_JOINER.match(text[found[first - 1][1]:found[first][0]]):
        first -= 1
    while last + 1 < len(found) and _TITLE_JOINER.match(text[found[last][1]:found[last + 1][0]]):
        last += 1
    if first == last:
        return title
    return replace(title, value=text[found[first][0]:found[last][1]])


def _run(indices: list[int], header: list[bool]) -> list[int]:
    """The leading header-like lines of ``indices`` (nearest first), stopping at the first other."""
    out = []
    for j in indices:
        if not header[j]:
            break
        out.append(j)
    return out


def _titles_below(units: list[_Unit], anchors: list[tuple[int, DateRange]], header: list[bool]) -> bool:
    """Whether this resume writes a job's title below its date line rather than above it: a majority
    of the dated jobs, then date lines closing their records (:func:`_records_closed_above`), then the first
    dated job (nothing of an earlier job sits above it). A title
    line between two dates that a blank line sets apart from the one and not from the other is the
    other's (:func:`_with_other_date`): "March 2018 - Present Acme Hospital / Position: Radtech", a blank
    line, "Aug 2017 - Sep 2017 Beta Clinic": Radtech is below Acme's date, not above Beta's."""
    if not anchors:
        return False
    lines = sorted({index for index, _ in anchors})
    below = above = 0
    for k, index in enumerate(lines):
        under, over = _title_sides(units, anchors, header, index)
        after = lines[k + 1] if k + 1 < len(lines) else None
        before = lines[k - 1] if k else None
        below += any(after is None or not _with_other_date(units, j, index, after) for j in under)
        above += any(before is None or not _with_other_date(units, j, index, before) for j in over)
    if below != above:
        return below > above
    index = anchors[0][0]
    if _records_closed_above(units, anchors, header) or _first_record_closed_above(units, anchors, header):
        return False
    return not any(header[j] and _fields_of(_clean(units[j].text)).title for j in range(max(0, index - 2), index))


def _records_closed_above(units: list[_Unit], anchors: list[tuple[int, DateRange]], header: list[bool]) -> bool:
    """Whether the experience section's date lines close their records: the first and two thirds or more of
    them have a header line (no date) right above and a blank line (or the section's end) right below.
    "Bharat Castings Ltd. / Fitter Apprentice, Feb 2012 - May 2014", a blank line, "Narmada Pumps /
    Maintenance Fitter, June 2014 - March 2018": each record is written above its dates, so Narmada Pumps
    is the second job's employer, not the first's."""
    lines = sorted({index for index, _ in anchors})
    closed = [index for index in lines if index and _in_experience(units[index]) and header[index - 1] and
              index - 1 not in lines and not _set_apart(units, index - 1, index) and
              (index + 1 == len(units) or _set_apart(units, index, index + 1))]
    return len(lines) >= 2 and closed[:1] == lines[:1] and len(closed) >= _LAYOUT_SHARE * len(lines)


def _dates_close_described_records(units: list[_Unit], anchors: list[tuple[int, DateRange]],
                                   header: list[bool]) -> bool:
    """Whether the experience section writes each record's dates last, under its description: "ALE House - Franklin
    PA" / "Dishwasher" / "I washed dishes and kept the kitchen clean." / "January 2019 to March 2019", a blank line,
    "Stovers Tree Service - Seneca, PA" / ... / "September 2016 to 2019". Each date line then closes the record
    above it, so the next record's header below it is not its own. Two thirds or more of the date lines (the first
    and the last among them, two or more) hold their dates alone (a label aside), with a description line (no
    header) right above and a blank line, the section's end or a header line right below; the first one's record
    opens with a header line under the heading, with no date above it. Not the usual "Acme / Welder / 2015 - 2019
    / desc": its date lines have header lines right above them; nor "2015 - 2019 / Acme, Welder / desc": its first
    date line opens the section."""
    lines = sorted({index for index, _ in anchors})
    if len(lines) < 2:
        return False
    alone = {index for index, found in anchors if _date_alone(units[index].text, found)}
    closing = [index for index in lines if index in alone and index and index - 1 not in lines and
               _in_experience(units[index]) and not header[index - 1] and
               (index + 1 == len(units) or _set_apart(units, index, index + 1) or header[index + 1])]
    if closing[:1] != lines[:1] or closing[-1:] != lines[-1:] or len(closing) < _LAYOUT_SHARE * len(lines):
        return False
    first = lines[0]
    return any(header[j] for j in _same_heading(units, first, range(first - 1, -1, -1)))


#: The most header lines opening a record its date line closes: its title, its employer and their place.
_CLOSED_HEAD_LINES = 3


def _closed_records_head(units: list[_Unit], index: int, previous: int, header: list[bool], claimed: set[int]) -> list[int]:
    """The header lines opening the record a date line closes (:func:`_dates_close_described_records`), nearest
    first: the run of header lines that opens its block (after the last blank line above it, or the heading), up
    to the first description line ("Billocks Tree Removal - Franklin, Pa" / "Skidder Operator", then the
    description); a note under the last record's date line before the blank line is that record's."""
    block = _same_heading(units, index, range(index - 1, previous, -1))
    start = next((j for j in block if j and _blank_between(units, j - 1)), block[-1] if block else index)
    head: list[int] = []
    for j in range(start, index):
        if not header[j] or len(head) == _CLOSED_HEAD_LINES:
            break
        if j not in claimed:
            head.append(j)
    return head[::-1]


def _first_record_closed_above(units: list[_Unit], anchors: list[tuple[int, DateRange]], header: list[bool]) -> bool:
    """Whether the first date line, stating its title, closes its record: a header line right above it, and the header line
    right above the second date line set apart from the first by a blank line ("PEMECO Contracting / General
    Manager Jan 2017 - to date", a blank line, "NAPESCO Equipments / General Manager 2011 - 2016"): the
    firm under the first record's blank line is the second record's, the first's is the one above it."""
    lines = sorted({index for index, _ in anchors})
    if len(lines) < 2 or not lines[0] or lines[1] - lines[0] < 2:
        return False
    first, second = lines[:2]
    own = _remove_dates(units[first].text, anchors[0][1], 0, anchors, first)
    return _fields_of(own).title is not None and header[first - 1] and first - 1 not in lines and not _set_apart(units, first - 1, first) and \
        header[second - 1] and _with_other_date(units, second - 1, first, second)


#: How many lines from a date a record's title may sit (the lines read around a date, :func:`_stream_roles`).
_BOTH_DATES_REACH = 3


def _with_other_date(units: list[_Unit], j: int, own: int, other: int) -> bool:
    """Whether title line ``j``, read as date ``own``'s, goes with the neighbouring date ``other``
    instead: it lies between them, in reach of ``other`` (:data:`_BOTH_DATES_REACH`), and a blank line
    sets it apart from ``own`` and not from ``other``."""
    if not min(own, other) < j < max(own, other) or abs(j - other) > _BOTH_DATES_REACH:
        return False
    return _set_apart(units, min(own, j), max(own, j)) and not _set_apart(units, min(other, j), max(other, j))


def _set_apart(units: list[_Unit], first: int, last: int) -> bool:
    """Whether a blank line (or a heading) lies between units ``first`` and ``last``: "Acme 2016 - 2018 /
    Position: Radtech", a blank line, "Beta 2014 - 2016": Radtech is set apart from Beta's dates."""
    return any(_blank_between(units, k) for k in range(first, last))


def _title_sides(units: list[_Unit], anchors: list[tuple[int, DateRange]], header: list[bool],
                 index: int) -> tuple[set[int], set[int]]:
    """The title lines right below (one, or two with the employer's place between) and right above
    (within two) the date line ``index``, when that line states no title itself."""
    n = next(k for k, (i, _) in enumerate(anchors) if i == index)
    if _fields_of(_remove_dates(units[index].text, anchors[n][1], n, anchors, index)).title:
        return set(), set()
    under = set()
    if index + 1 < len(units) and header[index + 1] and _fields_of(_clean(units[index + 1].text)).title:
        under.add(index + 1)
    elif _labelled_title_second_below(units, index, header):
        under.add(index + 2)
    skip = _address_run_above(units, index)
    over = {j for j in (index - 1 - skip, index - 2 - skip)
            if 0 <= j < len(units) and header[j] and _fields_of(_clean(units[j].text)).title}
    return under, over


#: The most address lines read past between a date line and the title and employer written over them.
_ADDRESS_RUN = 2


def _address_run_above(units: list[_Unit], index: int) -> int:
    """How many lines right above the date line ``index`` (up to :data:`_ADDRESS_RUN`, with no blank line between)
    give an employer's address (:data:`_ADDRESS_LINE`, :func:`_town_then_postcode`), when the date line closes its
    block (a blank line or the end right below it): "Radiology Technician / Acme Hospital / P.O. Box 2537 Jeddah
    21461 / Dec 2007 - present", a blank line: the title sits that many lines further up. Not under a date line
    run on into the next record's lines ("Start date: 06/2015 to End date: 09/2015 / Responsibilities: ...")."""
    if index + 1 < len(units) and not _blank_between(units, index):
        return 0
    run = 0
    for j in range(index - 1, max(-1, index - 1 - _ADDRESS_RUN), -1):
        if _blank_between(units, j) or not _gives_an_address(_clean(units[j].text)):
            break
        run += 1
    return run


def _labelled_title_second_below(units: list[_Unit], index: int, header: list[bool]) -> bool:
    """"Sept 5, 2018 - Feb 2019 Acme Cooperative / Pacita, Laguna / POSITION: Data Analyst": a title
    labelled two lines below the date, the employer's place (unlabelled) between them, is written below it."""
    return index + 2 < len(units) and header[index + 1] and header[index + 2] and \
        not _LABEL.search(_clean(units[index + 1].text)) and not _fields_of(_clean(units[index + 1].text)).title and \
        "title" in _fields_of(_clean(units[index + 2].text)).forced


#: "... draftsmen and technicians. Experiences: Pars Oil and Gas Company / Blocks 20 - lead engineer Nov 2011-Present":
#: the experience section's heading glued to the end of a sentence (or a bullet) of the summary above it.
_EXPERIENCE_LABEL_AFTER_SENTENCE = re.compile(r"(?<=[a-z]{3}[.;])\s+(?:(?:Work|Prior|Professional)\s+)?"
                                              r"(?:Experiences?|EXPERIENCES?)\s*:\s*(?=[A-Z])")


def _experience_label_end(text: str, found: DateRange) -> int:
    """Where the record's header starts on a long date line that opens with the summary's last sentences and the
    experience section's heading glued after them (:data:`_EXPERIENCE_LABEL_AFTER_SENTENCE`: "... of engineers,
    draftsmen and technicians. Experiences: Pars Oil and Gas Company / Blocks 20& 21 - lead instrument engineer Nov
    2011-Present"): right after the heading, the line read from there as a header line of its own; 0 when the line
    has no such heading before its date."""
    if len(text) <= _LONG_LINE:
        return 0
    match = _EXPERIENCE_LABEL_AFTER_SENTENCE.search(text, 0, found.begin)
    return 0 if match is None else match.end()


def _remove_dates(text: str, found: DateRange, n: int, anchors, index: int) -> str:
    """The unit's text that belongs to this date, without it: the whole line when the line has
    one date; with several ("A 2019-2020 B 2017-2019"), the text before this date back to the
    previous one (or after it up to the next, when the text before names no job)."""
    text = without_standards(text)  # "Magnum Inc. Brampton, Ont. ISO 9001-2008 Jan. 2009 - ...": the standard is no field
    mine = sorted((r for i, r in anchors if i == index), key=lambda r: r.begin)
    if len(mine) == 1 and (cut := _experience_label_end(text, found)):
        pieces = [text[cut:found.begin], text[found.stop:]]  # the header after the heading, as on a line of its own
    elif len(mine) > 1 and len(text) > _LONG_LINE and _beside_no_job(text, found) and \
            not _SENTENCE_END.split(text[:found.begin])[-1].strip() and (said := _dated_sentence(text, found)):
        pieces = [said]  # "... of the farms. September 2018 - February 2019 Lakeview Drilling S.A. ...": records run on
    elif len(mine) > 1:
        at = next(k for k, r in enumerate(mine) if r is found)
        low = mine[at - 1].stop if at else 0
        high = mine[at + 1].begin if at + 1 < len(mine) else len(text)
        before, after = text[low:found.begin], text[found.stop:high]
        dates_lead = not text[:mine[0].begin].strip(" -|•*(")
        pieces = [after] if dates_lead or not before.strip() else [before]
        if not dates_lead and not has_job_word(" ".join(before.split()[-8:])) and \
                has_job_word(" ".join(after.split()[:6])):  # a run-on paragraph: "... 2008—2008 Supervisor, X ..."
            pieces = [_windows(text, found)[1]]
    elif len(text) > _LONG_LINE and _worked_as_before(text[:found.begin]) and not _AS_WORD.search(text[found.stop:]):
        # "Worked as Quality supervisor in Acme hypermarkets Pakistan from (1-4-2016) to (1-4-2017).": one
        # long sentence saying the job, its period at the end.
        pieces = [text[:found.begin].rstrip(" ([")]
    elif len(text) > _LONG_LINE and _header_head(text, found) and _DESCRIPTION_AFTER.match(text, found.stop):
        pieces = [text[:found.begin]]  # the header opens the line, its description runs on after the date
    elif len(text) > _LONG_LINE and _labels_title_before(text, found):
        # "Address : 10f BTTC Centre, ... San Juan Positions : 3D Designer (Feb. 2019 - Present)"
        pieces = [_BEFORE_DATE_WORD.sub("", text[:found.begin])]
    elif len(text) > _LONG_LINE and (fields := _fields_before(text, found)):
        pieces = [fields]  # the header glued to the end of a bullet, the description after
    elif len(text) > _LONG_LINE and (said := _dated_sentence(text, found)):
        pieces = [said]  # "... every day. Worked as Shift Operator with Norvane Utilities from": the job's own sentence
    elif len(text) > _LONG_LINE:
        before, after = _windows(text, found)
        as_title = _AS_TITLE_END.search(text, 0, found.begin)
        if as_title and not has_job_word(before) and _ends_in_job_word(as_title.group("title")):
            before = as_title.group("title")  # "Current employee: Craters ..., NC as a production associate Jan 2019 - ..."
        elif (name := _legal_name_before(text, found)) and len(name) > len(before):
            # "... rules. Superior Label Systems Inc. – Dallas, Texas Nov. 2004 - Jun. 2006 Operated ...", "... patches.
            # Acme GmbH – Berlin, Germany: Intern May 2013 - June 2014": the header's fields since the last sentence
            # (not fewer than the trailing capitalised words: "Worked as Shift Incharge. ACME LTD. HOSUR 2011 ...")
            before = name
        if not has_job_word(before) and (said := _said_as(_SENTENCE_END.split(text[:found.begin])[-1])):
            # "Joined Harbor Medcity (Westline LLC) as Manager - Operation Theatres from April 2016 ...", "... as a
            # Production Engineer currently working in EOM PROJECTS LIMITED from July 2018": the job, and the name
            # before the date when it is not the job's end
            before = f"{said} | {_LEADING_CONNECTOR.sub('', before)}" if before and before not in said else said
        if not has_job_word(before) and not has_job_word(after) and (opening := _header_opening(text, found)):
            # "Site Engineer at Acme Builders Pvt Ltd, Pune. Duration- May 2017 to date.": no job beside the date,
            # the line's header before it, and the words after the date when it names no employer
            before, after = opening, "" if _fields_of(opening).employer else after
        elif not has_job_word(before) and not has_job_word(after) and (opening := _title_and_field_sentence(text, found)):
            before = opening  # "Project Manager, Architectural Works/ Fit out. The Imperium ... (January 2019 to Present)."
        pieces = [before, after]
    else:
        pieces = [text[:found.begin], text[found.stop:]]
    pieces = [_strip_open(_DATE_WORDS.sub("", _DURATION.sub(" ", re.sub(r"\(\s*\)|\[\s*\]", " ", p)))) for p in pieces]
    return _strip_unmatched(" | ".join(_unwrap(p) for p in pieces if p))


def _labels_title_before(text: str, found: DateRange) -> bool:
    """Whether a long line, opening with a label of no record field, labels the job later before its date, the
    date closing the line: "Address : 10f BTTC Centre, Ortigas ave., San Juan Positions : 3D Engineering designer
    (Feb. 2019 - Present)" (:func:`_title_label_later`): the text before the date is the record's."""
    head = text[:found.begin]
    return not text[found.stop:].strip(" .)") and _title_label_later(head, list(_LABEL.finditer(head))) is not None


#: "(3) RED SEA CABLES COMPANY": a record's number in brackets.
_BRACKETED_NUMBER = re.compile(r"^\(\d{1,2}\)\s*")


def _unwrap(text: str) -> str:
    """A piece without a record's number ("(3) ") or a bracket round all of it ("(Contract)")."""
    text = _BRACKETED_NUMBER.sub("", text)
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1]
    return text


def _strip_unmatched(text: str) -> str:
    """Separators and brackets at the ends of a date line's rest, but not the bracket closing a specialty
    or a tag after a title ("ENGINEER (Business Support)", "Clerk (Temporary)"): a bracket round all
    of it ("(Contract)") or a record's number ("(3) ") goes. A brace left by dates in braces goes too ("Medical
    Technologist{" of "Medical Technologist{1991 up to present}")."""
    previous = None
    while previous != text:
        previous = text
        text = _unwrap(text.strip(" ,;:-|{}"))
        if text.startswith(")") or text.startswith("(") and ")" not in text:
            text = text[1:]
        if text.endswith("(") or text.endswith(")") and (text.count(")") > text.count("(") or
                                                         not (_title_ends(text[:text.rfind("(")] or "-") or
                                                              _is_bare_job_and_field(text))):
            text = text[:-1]
        elif text.endswith(")"):  # a title's bracket, unless a model or a place ("operator (PC2000)")
            text = _drop_bracket_not_title(text)
    return text


#: What follows a date that ends a header, when a description runs on: "~170 employees", "Responsible for
#: ...", "Oversee all ..." (a sentence), not a name ("KADAS Solutions", "Bank of America", "at Finastra").
_DESCRIPTION_AFTER = re.compile(r"[\s)\]]*(?:[^A-Za-z@\s)\]]|[A-Z][a-z]+\s+(?!(?:of|and|for|the|de|du|la|in|at)\s+[A-Z])[a-z])")


#: "as" after a date: another job follows it ("... to (2017) and as Supervisor ...").
_AS_WORD = re.compile(r"\bas\b")


#: A period's label (and the marks) between a role's header and its date: ". Duration- ", ", From ", " Period : ".
_PERIOD_LABEL_END = re.compile(r"[\s.,;:(\[–-]*(?:\b(?:duration|period|tenure|from|since)\b[\s:.(\[–-]*)?$",
                               re.IGNORECASE)


def _header_opening(text: str, found: DateRange) -> str | None:
    """"Site Engineer at Acme Builders Pvt Ltd, Wakad, Pune, Maharashtra. Duration- May 2017 to till date.",
    "Shift Engineer (PRODUCTION) in Press Shop of ACME TYRES LTD. Pune plant, From March 2015 to till now.
    Having ...": a long line that opens with its role's header, a title first (up to two dozen words, one
    sentence, no bullet, no job said after "as", the title ending in a job word), its date after it (and a period's
    label: :data:`_PERIOD_LABEL_END`): the header, or ``None``. The words right before the date
    (:func:`_windows`) are then only its last place."""
    head = _PERIOD_LABEL_END.sub("", text[:found.begin])
    if not head or len(head.split()) > _DATED_SENTENCE_WORDS or _BULLET.match(head) or _SENTENCE_END.search(head) or \
            _as_title(head) is not None:
        return None
    title = _fields_of(head).title
    title = title and title_without_contact(title)  # "IT Specialist with Network Support duties, 01/2015 to ..."
    return head if title and _title_ends(title) and head.startswith(title) else None


#: A line's first sentence of a title, a comma and its field, then the description: "Project Manager, Architectural
#: Works/ Fit out. The Imperium at ...".
_TITLE_AND_FIELD_SENTENCE = re.compile(r"^(?P<title>[A-Z][^,.:;()]{1,60}?),\s*(?P<field>[A-Z][^,.:;()]{1,40}?)\.\s+[A-Z]")
#: The most words of the field after such a title.
_SENTENCE_FIELD_WORDS = 5


def _title_and_field_sentence(text: str, found: DateRange) -> str | None:
    """"Project Manager, Architectural Works/ Fit out. The Imperium at Capitol Commons. High Rise ... (January 2019 to
    Present).": a long line whose first sentence, well before its date, is a title (six words at most, ending in a
    job word) and its field (five words at most, no job, digit nor organisation's word, not the work done:
    "Supervising Civil Works"); the description runs on to the date. The title with its field, or ``None``."""
    match = _TITLE_AND_FIELD_SENTENCE.match(text)
    if not match or match.end() > found.begin:
        return None
    title, field = match.group("title").strip(), match.group("field").strip()
    first = field.split()[0].lower()
    if len(title.split()) > _OPENING_TITLE_WORDS or not _title_ends(title.replace("/", " ")) or _title_stop(title) or \
            len(field.split()) > _SENTENCE_FIELD_WORDS or has_job_word(field) or _DIGIT.search(field) or _is_org(field) or \
            first.endswith(("ing", "ed")) and first not in _UNIT_WORDS:  # "Supervising civil works", not "Engineering"
        return None
    return f"{title}, {field}"


def _worked_as_before(head: str) -> bool:
    """"2.Worked as Quality & Hygiene supervisor In Acme hypermarkets Pakistan from": one sentence saying
    what the person worked as (a job), and where ("working experience in X" names no job)."""
    said = _WORKED_AS.search(head)
    return said is not None and has_job_word(said.group("title")) and not _SENTENCE_END.search(head)


#: "... as a production associate" right before a date: the job, in lower case too.
_AS_TITLE_END = re.compile(r"\bas\s+(?:an?\s+)?(?P<title>[A-Za-z][\w&/.-]*(?:\s+[\w&/.-]+){0,5}?)\s*(?:from|since)?\s*[(\[]?\s*$",
                           re.IGNORECASE)


def _strip_open(text: str) -> str:
    """Separators and the brackets a removed date leaves behind: "Analyst (Banking): (" -> "Analyst (Banking)"."""
    previous = None
    while previous != text:
        previous = text
        text = text.strip(" ,;:-|")
        if text.endswith(".") and not _ABBREVIATION_END.search(text):
            text = text[:-1]
        if text.endswith(("(", "[")):
            text = text[:-1]
        if text.startswith((")", "]")):
            text = text[1:]
    return text


def _fields_of(text: str) -> _Fields:
    """The title, employer and location one header text offers on its own."""
    out = _Fields()
    for candidate in _candidates(text):
        if candidate.kind != "other" and not getattr(out, candidate.kind):
            setattr(out, candidate.kind, candidate.value)
            if candidate.strength == LABELLED:
                out.forced.add(candidate.kind)
    return out


@functools.lru_cache(maxsize=2048)
def _candidates(text: str) -> tuple[_Candidate, ...]:
    """Everything one header text offers (see :class:`_Candidate`); cached, since the same
    lines are looked at for the dates above and below them. A text offering no title may say
    one after "as" (:func:`_as_title`); a title read with its verb and "as" before a quoted job keeps the quoted
    job alone (:data:`_AS_QUOTED_TITLE`)."""
    out = [_Candidate("title", quoted.group("title"), c.strength) if c.kind == "title" and
           (quoted := _AS_QUOTED_TITLE.match(c.value)) else c for c in _candidates_uncached(text)]
    said = None if any(c.kind == "title" for c in out) else _as_title(_clean(text))
    if said is not None:  # "Acme Architects as a Civil Engineer", "Hidraw engineering in penang as CNC machinist"
        title, before = said
        out = [_Candidate("title", title, CUE)] + [c for c in _candidates_uncached(before) if c.kind != "title"]
    return tuple(out)


#: "Pre-Associated as “lab.in-charge”", "Worked as 'Site Engineer'": a title read whole with the verb and "as" before
#: it, the job in quotation marks: the quoted job alone is the title.
_AS_QUOTED_TITLE = re.compile(r"^(?:(?:pre-?)?associated|work(?:ed|ing)|serv(?:ed|ing)|employed)\s+as\s+(?:an?\s+)?"
                              r"[\"“‘'](?P<title>[^\"“”‘’']{2,60})[\"”’']$", re.IGNORECASE)


#: "(Jeddah, Saudi Arabia)", "(Cleveland, Ohio)": a bracket holding a town and its state or country, after a
#: firm's name ("Acme Trading Ltd. (Jeddah, Saudi Arabia)"), with the mark before it if any ("ACME -(Mentor, Ohio)").
_BRACKETED_TOWN = re.compile(r"\s*[-–—]?\s*\((?P<town>[A-Z][^(),]*),\s*(?P<region>[^(),]+)\)(?P<end>\s*$)?")


def _open_bracketed_town(match: re.Match) -> str:
    """The bracketed town and region set off by commas, as the line would write them without the bracket, so
    that the comma inside the bracket cuts no name ("Acme Ltd. (Jeddah", "Saudi Arabia)"); a bracket whose
    first part is no town's (an organisation's, a job's, over three words: "(A concern of Acme Group, USA)")
    stays."""
    town, region = match.group("town").strip(), match.group("region").strip()
    if len(town.split()) > 3 or _is_org(town) or has_job_word(town) or not _is_place(region) or \
            any(w[:1].islower() for w in town.split()):
        return match.group(0)
    return f", {town}, {region}" + ("" if match.group("end") is not None else ",")


#: "Chennai – 600 041", "Guindy, Chennai - 600032", "Pune, Maharashtra 411001": a town (and its district or state)
#: then a postal code of six digits (India's, written "600 041" too) closing the line: an address's last line, which
#: records write under the employer's name, so a place and no employer. (A US zip's line is read by
#: :data:`_ADDRESS_LINE` and :data:`_POSTCODE_END`.)
_TOWN_THEN_POSTCODE = re.compile(r"^(?P<place>[A-Za-z][A-Za-z .,'’-]*?[A-Za-z.])[\s,]*[-–—]?\s*\d{3}\s?\d{3}[.,]?$")
#: How many words such a town and its district or state may have.
_ADDRESS_PLACE_WORDS = 4


def _town_then_postcode(text: str) -> str | None:
    """The place of a line that is a town and a postal code alone (:data:`_TOWN_THEN_POSTCODE`), when its words name
    only a place: a few words, none an organisation's, a unit's, a job's or a legal form ("Acme Works 600041" names
    a firm)."""
    town = _TOWN_THEN_POSTCODE.match(text)
    place = town.group("place") if town else ""
    words = _WORD.findall(place)
    if not 0 < len(words) <= _ADDRESS_PLACE_WORDS or has_job_word(place) or _LEGAL_SUFFIX.search(place) or \
            any(_is_org(w) for w in words) or _names_no_town(words[-1]):
        return None
    return place


#: A job's letters that are also a province's code, written alone on a line ("QC" under a job's dates is
#: quality control): a province stands after its town on the town's line ("Montreal, QC"), never alone.
_JOB_CODES_ALONE = frozenset({"QC"})


#: "( Digital Transformation, ECM, Record Management, Digital Archiving )": a whole line in round brackets listing three
#: things or more, the scope of the job above it (its fields, products or clients), no employer's or title's name.
_BRACKETED_LIST = re.compile(r"^\(\s*[^(),]+(?:,[^(),]+){2,},?\s*\)$")


def _candidates_uncached(text: str) -> list[_Candidate]:
    text = _drop_parent_note(_clean(text))
    if not text or _BRACKETED_LIST.match(text):
        return []
    if text.startswith("(") and _DURATION.fullmatch(text):  # "(3 Years 8 Months)" under a period: its length, no field
        return [_Candidate("other", text, OTHER)]
    out: list[_Candidate] = []
    labels = list(_LABEL.finditer(text))
    if labels and labels[0].start() <= 2:
        for m, nxt in zip(labels, labels[1:] + [None], strict=True):
            kind = _label_kind(m)
            value = text[m.end(): nxt.start() if nxt else len(text)].strip(" .,;:-")
            if kind not in ("title", "employer", "location") or not value:
                continue
            if kind == "employer":
                value, place = _split_place(value)
                if place:
                    out.append(_Candidate("location", place, CUE))
            if kind == "title":
                value = _first_post_held(m, value)
            out.append(_Candidate(kind, _tidy(value) or value, LABELLED))
        return out
    town = _town_then_postcode(text)
    if town:  # "Guindy, Chennai – 600 032": an address's last line
        return [_Candidate("location", town, CUE)]
    if text in _JOB_CODES_ALONE:  # "American Axle -Three rivers" / "December 2018 to March 2019" / "QC"
        return [_Candidate("title", text, CUE)]
    later = _title_label_later(text, labels)
    if later is not None:  # "Scope of Work : ... Designation : Site Engineer"
        title, head = later
        return [c for c in _candidates_uncached(head) if c.kind != "title"] + [_Candidate("title", title, LABELLED)]
    not_a_field = _NOT_A_FIELD_LABEL.match(text)
    if not_a_field and not_a_field.group("unit") and has_job_word(text[not_a_field.end():]):
        not_a_field = None  # "Section: Rolling (Intern)": the unit's line says the job too
    if not_a_field:  # "Reason For Leaving: Medical", "Manager: Scott": neither field; an address's place is one
        places = _candidates_uncached(text[not_a_field.end():]) if not_a_field.group("address") else []
        return [c for c in places if c.kind == "location"] or [_Candidate("other", text, OTHER)]
    worked = _WORKED_IN.search(text)
    if not (worked and has_job_word(worked.group("title"))):
        worked = _WORKED_AS.search(text)
    if worked and (has_job_word(worked.group("title")) or _WORKS_THERE_NOW_AS.match(text)):
        # "with Acme Ltd in Pune, India, currently working as ...": the verb before "as" is not the employer's
        employer = _VERB_BEFORE_AS.sub("", _WORKED_EMPLOYER_END.sub("", worked.group("employer")))
        employer, place = _split_place(employer.strip("() "))
        said = _SENTENCE_SPLIT.split(worked.group("title").split(" | ")[0])[0]  # "... as head of department. My job ..."
        out += [_Candidate("title", _tidy(said.strip("\"“”'")), CUE),
                _Candidate("employer", _tidy(employer.strip("()")) or employer, CUE)]
        return out + ([_Candidate("location", place, CUE)] if place else [])
    lead = _title_then_prose(text)
    if lead:
        return [_Candidate("title", lead, CUE)]
    head = _capitals_then_prose(text)
    if head:  # the header's fields, not its description's
        return _candidates_uncached(head)
    worked_with = _WORKED_WITH.match(text)
    if worked_with:  # "Worked with Hapworth PME 2015 to 2019 Dubai": an employer, no title
        employer, *after = worked_with.group("employer").split(" | ")  # the text on both sides of a date
        employer, place = _split_place(employer)
        place = place or next((p for p in after if _is_place(p)), None)
        return [_Candidate("employer", _tidy(employer, _EMPLOYER_FILLER) or employer, CUE)] + \
            ([_Candidate("location", place, CUE)] if place else [])
    at_sign = _at_sign_header(text)
    if at_sign is not None:  # "Special Projects @ Nihlo": the sign labels the title, as "Title:" would
        rest = _candidates_uncached(at_sign.group("employer").strip())
        return [_Candidate("title", _tidy(at_sign.group("title")), LABELLED)] + [c for c in rest if c.kind != "title"]
    paren = _paren_title(text)
    if paren is not None:  # "Punch Newspapers, Lagos Nigeria (System Administrator)"
        rest = _candidates_uncached(f"{text[:paren.start()]} {text[paren.end():]}".strip())
        return [_Candidate("title", _tidy(paren.group(1)), CUE)] + [c for c in rest if c.kind != "title"]
    pieces = [p for p in _STRONG_SPLIT.split(text) if _LETTER.search(p)]
    pieces = _join_units([q for p in pieces for q in _SENTENCE_SPLIT.split(p)], text)
    slashed = {split[0]: split[1] for split in map(lambda p: _slash_employer(p, pieces), pieces) if split}
    pieces = [next((head for head in slashed if p.strip(" /").startswith(f"{head} / ")), p) for p in pieces]
    title_piece = next((p for p in pieces if has_job_word(p) and len(p.split()) <= 10), None)
    others_have_employer = any(p is not title_piece and not _is_place(p) for p in pieces)
    parts: list[str] = []
    # The title's pieces kept whole for the unit after their comma: "Supervisor, Radiology Dept.", and a second
    # title's after a dash ("Scientist II - Team Lead, Quality Assurance"), whose unit names no employer.
    qualified: set[str] = set()
    for piece in pieces:
        opened = _BRACKETED_TOWN.sub(_open_bracketed_town, piece)
        if opened != piece:  # the title's piece stays itself when no bracket opens
            piece = opened
        with_qualifier = "," in piece and _is_title_with_qualifier(piece)
        if piece is title_piece and (others_have_employer or "," not in piece) or with_qualifier:
            parts.append(piece)
            if with_qualifier:
                qualified.add(piece)
        else:
            parts += [p for p in _COMMA.split(piece) if p.strip()]
    parts = _merge_places(parts)
    joined = _units_after_titles(parts)
    parts = [joined.get(n, part) for n, part in enumerate(parts) if n - 1 not in joined]
    firms_town = None  # the index of a lone town after a title's "at" and its firm ("... AT ACME SERVICES, COIMBATORE")
    for n, written in enumerate(parts):
        part = _tidy(written, _EMPLOYER_FILLER)  # "The Geo Group Inc." keeps "The"; a title loses it later
        if not part:
            continue
        if n == firms_town:
            out.append(_Candidate("location", part, CUE))
            continue
        if _PARENT_COMPANY.fullmatch(written.strip()):
            # "Blackmer, a Dover Company, ...": the parent, no field; it tells the name before it is a firm's
            if out and out[-1].kind == "employer":
                out[-1] = _Candidate("employer", out[-1].value, max(out[-1].strength, _employer_strength(part)))
            continue
        if part.split()[0].lower().strip(":") in _NOT_NAMES and not has_job_word(part) and not _labelled_employer(part) and \
                (n or not _key_firm_before_place(part, parts[1:])) or \
                _ARRANGEMENT_ONLY.match(_DURATION.sub("", part).strip()) or _HEADING_ONLY.match(part):
            continue
        if part in joined.values() or written in qualified:  # "Manager, Plant Quality": the title with its unit, whole
            out.append(_Candidate("title", part, CUE))
            continue
        if part in slashed:  # "Module Lead / Wipro Technologies": the title as it stands, the name after the slash
            employer = slashed[part]
            out += [_Candidate("title", part, CUE),
                    _Candidate("employer", employer, max(CUE, _employer_strength(employer)))]
            continue
        if _is_lone_town(part) and not _SHORT_TITLE.match(part) and n and \
                _is_place(before := _tidy(parts[n - 1]) or "") and _firm_before_its_town(before, [part]):
            out.append(_Candidate("location", part, CUE))  # "Acme Foods Canada, Trenton": the firm's town
        elif n and _town_and_code_after_firm(part, _tidy(parts[n - 1]) or ""):
            out.append(_Candidate("location", part, CUE))  # "Reed Group - Broomfield CO.": the firm's town
        elif (_is_place(part) or _STATE_ZIP_END.search(written.strip()) and _is_place(written)) and not has_job_word(part) and \
                not _firm_before_its_town(part, parts[n + 1:]):
            # "Denver CO 80501": the zip tells the state's code from "Co." though the tidied part lost it
            named = _name_before_city(part)
            if named:  # "Kroger Cartersville, GA"
                out.append(_Candidate("employer", named[0], _employer_strength(named[0])))
            out.append(_Candidate("location", named[1] if named else part, CUE))
        elif (said := _org_after_in_before_for(part)) is not None:  # "Support engineer in HCL Technologies for"
            out += [_Candidate("title", said[0], CUE), _Candidate("employer", said[1], _employer_strength(said[1]))]
        elif (with_firm := _capitals_firm_after_with(part)) is not None:  # "Machinist with E.T.S (Algeria)"
            out += [_Candidate("title", with_firm[0], CUE), _Candidate("employer", with_firm[1], max(CUE, _employer_strength(with_firm[1])))]
            out += [_Candidate("location", with_firm[2], CUE)] if with_firm[2] else []
        elif (stop := _title_stop(part)) and (done_for := _title_for_name(part)):
            # Weaker than a title alone: "Ticketor and Selecter for T J Maxx Stores" after the dates may say
            # what the job was, under the title the record writes above them ("Warehouse Associate").
            out.append(_Candidate("title", done_for[0], NAME))
            if _employer_strength(done_for[1]) >= CUE:  # "for LP Corp.", not "for Class A CDL Recruiting"
                out.append(_Candidate("employer", done_for[1], _employer_strength(done_for[1])))
        elif (said := _long_org_after_title(part) or _long_org_before_title(part)) is not None:
            out += [_Candidate("title", said[0], CUE), _Candidate("employer", said[1], _employer_strength(said[1]))]
        elif (title := _title_before_where(part)) is not None:
            out.append(_Candidate("title", title, CUE))
        elif _cooperative_name(part, parts) or _firm_named_for_a_trade(part):
            # "Concept to Creation Co-op, 2004 – 2008, Co-founder, ...", "Moody Millwright & Construction Company"
            out.append(_Candidate("employer", part, _employer_strength(part)))
        elif not n and _tech_firm_before_place(part, parts[1:]):
            out.append(_Candidate("employer", part, max(CUE, _employer_strength(part))))  # "Synergy Tech, Toronto, ON"
        elif has_job_word(part) and len(part.split()) <= 10 and not stop:  # the stop word read above
            last = n + 1 == len(parts) - 1
            title, employer = _split_title_employer(part, last and _is_place(parts[-1]) and not has_job_word(parts[-1]))
            place = None
            if employer is None:
                employer, title = _split_employer_title(part) or (None, title)
                if employer is None:
                    town = parts[n + 1].strip() if n + 1 < len(parts) else ""
                    title, employer = _org_of_after_title(part) or _org_after_in(part, _is_lone_town(town)) or (title, None)
                    if employer and "," not in employer and _is_lone_town(town) and n + 2 == len(parts):
                        # the line's last part, right after the firm: not "..., Sariaya, Quezon, Philippines", nor
                        # "TCS" after "... (P) Ltd, Chennai, Client:"
                        firms_town = n + 1
                if employer:  # "AL JABER Energy Services LLC. Abu Dhabi as QA/QC Inspector"
                    employer, place = _split_place(employer)
            out.append(_Candidate("title", title, CUE))
            if employer:
                out.append(_Candidate("employer", employer, _employer_strength(employer)))
            if place:
                out.append(_Candidate("location", place, CUE))
        elif _looks_like_name(part):
            employer, place = _split_place(part)
            out.append(_Candidate("employer", employer, _employer_strength(employer)))
            if place:
                out.append(_Candidate("location", place, CUE))
        else:
            out.append(_Candidate("other", part, OTHER))
    return out


#: A firm's name of one to three capitalised words ending in "Tech" ("Synergy Tech", "True Position Tech").
_TECH_FIRM = re.compile(r"(?P<name>[A-Z][\w&'.]*(?:\s+[A-Z][\w&'.]*){0,2})\s+Tech")
#: Fields a technician works in, written before "Tech" in a title ("Pharmacy Tech", "Lab Tech", "Vet Tech").
_TECH_FIELDS = _word_set("""
lab vet dental medical pharmacy nail tire auto hvac maintenance service field computer bench repair lube quality
process line engineering electronics network support cath sterile care radiology ophthalmic optical emergency
ekg eeg mri ct ultrasound x-ray pcs ob or er icu mental health
""")


def _tech_firm_before_place(part: str, after: list[str]) -> bool:
    """Whether a line's first part ending in "Tech" is the firm's name, not a technician's title: the rest of the
    line is its place ("Synergy Tech, Toronto, ON, Canada", "Air Tech - El Dorado Hills, CA", "Promineo Tech, Peoria,
    AZ") and no word before "Tech" names a job, a unit or a field a technician works in ("Pharmacy Tech - Tulsa, OK",
    "Surgical Tech, Cheyenne VA" and "Lab Tech, Austin, TX" stay titles), nor names a firm itself ("Instrumentation Tech,
    UCLA Medical Center Main OR": a title before its firm, "OR" no state there)."""
    found = _TECH_FIRM.fullmatch(part)
    if found is None or not _only_places(after):
        return False
    words = found.group("name").lower().split()
    return not has_job_word(found.group("name")) and \
        not any(w in _TECH_FIELDS or w in _UNIT_MODIFIERS or w in _SHOP_DEPARTMENTS for w in words)


#: A firm's name opening with "Key" and one to three more capitalised words ("Key Logistics Solutions", "Key Plastics").
_KEY_FIRM = re.compile(r"Key(?:\s+[A-Z][\w&'.]*){1,3}")


def _key_firm_before_place(part: str, after: list[str]) -> bool:
    """Whether a line's first part opening with "Key" is a firm's name though "Key" opens headings (:data:`_NOT_NAMES`:
    "Key Responsibilities", "Key Achievements"): capitalised words after it and the rest of the line its place
    ("Key Logistics Solutions, Moody, AL. 05/2017 - 04/2019", "Key Plastics - Howell, MI"), the town alone before its
    comma ("Key Gas Components Cleveland, OH" is not cut at "Gas"); a heading has no place."""
    return _KEY_FIRM.fullmatch(part) is not None and _only_places(after) and _is_lone_town(after[0].split(",")[0].strip())


def _only_places(parts: list[str]) -> bool:
    """Whether a line's parts after a firm's name are its place and nothing else: one or more, each a place naming no
    firm ("Toronto", "ON", "Canada"; not "UCLA Medical Center Main OR")."""
    return bool(parts) and all(_is_place(place := _tidy(p) or "") and not _is_org(place) for p in parts)


#: A name ending in "Co-op" (a cooperative's, or a student's co-op job: "Engineering Co-op"), and its two or more
#: other words ("Concept to Creation Co-op"; case is not checked here: one alternative a word, so that a part that
#: only nearly matches fails fast).
_CO_OP_END = re.compile(r"^(?P<name>(?:[A-Z][\w&'’.-]*\s+){2,})co-?op$", re.IGNORECASE)


def _cooperative_name(part: str, parts: list[str]) -> bool:
    """Whether a header's part ending in "Co-op" is a cooperative's name, the employer, rather than a co-op job:
    three words or more, the first capitalised, none before "Co-op" a job word, and another part of the header naming the
    job ("Concept to Creation Co-op, 2004 – 2008, Co-founder, Vice President"; not "Central Manufacturing CO-OP,
    Nexteer Automotive", a student's co-op at the firm after it)."""
    found = _CO_OP_END.match(part) if part[-2:].lower() == "op" else None
    if found is None or not part[:1].isupper() or has_job_word(found.group("name")):
        return False
    return any(has_job_word(other) and not _CO_OP_END.match(_tidy(other) or "") for other in parts if other.strip() != part)


#: A town and a state's code with no comma between, perhaps with a full stop ("Broomfield CO.", "Reston VA").
_TOWN_AND_CODE = re.compile(r"(?P<town>" + _TOWN_NAME + r")\s+(?P<code>[A-Z]{2})\.?")


def _town_and_code_after_firm(part: str, before: str) -> bool:
    """Whether a line's part is a town and a state's code with no comma (:data:`_TOWN_AND_CODE`, a place by
    :func:`_town_and_code`) after a part naming a firm by an organisation's word or a legal form: "Reed Group -
    Broomfield CO." is the firm and its town, though "CO." alone is also a firm's legal form ("Armadillo Cover CO."
    with no firm before it stays a firm's name), and a "town" ending in an abbreviation is a firm's name too ("YANCEY
    BROS. CO.")."""
    found = _TOWN_AND_CODE.fullmatch(part)
    return found is not None and not found.group("town").endswith(".") and \
        (_is_org(before) or _LEGAL_SUFFIX.search(before) is not None) and \
        _town_and_code(found.group("town"), found.group("code")) is not None


def _firm_before_its_town(part: str, after: list[str]) -> bool:
    """Whether a part ending in a country's or state's name ("Acme Foods Canada", "Medical Center of Central Georgia")
    names the firm rather than its place: it has an organisation's word and more parts follow it, the first
    written as a town ("Acme Foods Canada, Trenton — Machine Operator", "Medical Center of Central Georgia, Macon,
    GA"); a firm's branch comes before its town, a place after it. The country or state is written out, no code
    ("Acme Services IN, Vidor, Texas", "Christian Hospital NE, St. Louis" may end in the firm's own letters).
    A town repeating that last word ("Acme Works Australia – Australia") is the place written twice, no town."""
    town = after[0].strip() if after else ""
    last = part.split()[-1].strip(".,()") if part.split() else ""
    return bool(town) and len(last) > 2 and town.casefold() != last.casefold() and _is_org(part) and \
        (_is_place(town) or _is_lone_town(town))


#: "Positions Held:": the label of a record's list of the posts held there, latest first.
_POSTS_HELD_LABEL = re.compile(r"^positions\s+held", re.IGNORECASE)


def _first_post_held(label: re.Match, value: str) -> str:
    """The first post of the list a "Positions Held:" label opens ("POSITIONS HELD: DIRECTOR, SR.MANAGER, MANAGER,
    SR.PRINCIPAL DBA Directed operation teams ..." -> "DIRECTOR"): the posts come latest first, so the first is the
    record's title. Only a first piece ending in a job word (:func:`_title_ends`) is cut off; any other value, and
    any other label's ("Position Held: Manager, Sales"), is kept whole."""
    first = value.split(",")[0].strip()
    if not _POSTS_HELD_LABEL.match(label.group("label")) or first == value or not _title_ends(first):
        return value
    return first


def _drop_parent_note(text: str) -> str:
    """A note on the employer's parent dropped from a line (:data:`_PARENT_NOTE`) where the words before it name
    no job ("Director (Member of the Board)" keeps its seat)."""
    note = _PARENT_NOTE.search(text)
    if note is None or not note.start() or has_job_word(text[:note.start()]):
        return text
    return f"{text[:note.start()]}{text[note.end():]}"


#: Words before a bare "Title :" label that make it a project's or a paper's title ("Project Title : Olympia Square").
_NOT_A_JOB_TITLE_BEFORE = re.compile(r"\b(?:project|thesis|paper|report|course|book|seminar|dissertation)\s*$", re.IGNORECASE)


#: The most words a title labelled inside a line may have ("Primary Role: IT Manager with other responsibilities
#: involving Master Scheduling, ..." is a sentence).
_LABELLED_TITLE_WORDS = 12


def _title_label_later(text: str, labels: list[re.Match]) -> tuple[str, str] | None:
    """"Scope of Work : Construction of the IT Park, Chennai. Designation : Site Engineer", "Client: Duke
    Energy Corporation. Role: Data Architect", "Project Value: QAR 353M Project Role: Sr. Quantity Surveyor": a
    line opening with a label no record field has (a project's scope, a client, an address) and labelling the
    job later, after a word or a stop: the labelled title (up to the next label; the job said after "as" in
    it) and the text before its label; ``None`` when the line opens otherwise or the label's value names no
    job (a project's title) or runs on past a dozen words."""
    if not labels or not _ANY_LABEL.match(text):
        return None
    for m, nxt in zip(labels, labels[1:] + [None], strict=True):
        if _label_kind(m) != "title" or m.start() <= 2 or text[m.start() - 1] not in " .),;" or \
                m.group(0).lower().startswith("title") and _NOT_A_JOB_TITLE_BEFORE.search(text[:m.start()]):
            continue
        value = text[m.end(): nxt.start() if nxt else len(text)].strip(" .,;:-")
        said = _as_title(value)  # "Role : Based in Hyderabad, As Site in-charge from"
        value = said[0] if said else value
        if value and has_job_word(value) and len(value.split()) <= _LABELLED_TITLE_WORDS:
            return _tidy(value) or value, text[:m.start()].strip(" .,;:-")
    return None


#: Words of a department, a shift or a kind of contract after a title and a slash ("Press Operator /
#: Production", "Crew Leader / Mowing Team", "Quality Inspector / Contract Position"): no employer.
_NOT_EMPLOYER_WORDS = DEPARTMENTS | _word_set("""
department dept division unit section team shift project position contract contractor temporary temp seasonal
part-time full-time practicum internship service mining packaging assembly warehouse field site office plant
workshop store
""")


_NAME_JOINERS = _word_set("of and & the de")


def _title_for_name(part: str) -> tuple[str, str] | None:
    """"EMS Coordinator for Seekonk Fire Department", "Maintenance Machinist for LP Corp.": a title of at most six
    words ending in a job word, "for" and a capitalised name (:data:`_FOR_NAME_AFTER`; in small letters only
    "of", "and", "the"), whom the job was done for: (title, name). "Heading Pre-Sales for ELV Systems" names no
    job before "for"; "Lead engineer for FUGRO in Oman." is a sentence."""
    match = _FOR_NAME_AFTER.search(part)
    head = part[:match.start()] if match else ""
    if not head or len(head.split()) > 6 or not _ends_in_job_word(head) or _title_stop(head) or \
            any(w[:1].islower() and w not in _NAME_JOINERS for w in match.group("name").split()) or \
            has_job_word(match.group("name")):  # "Assistant for Director General": one title
        return None
    return head, match.group("name")


def _is_unit_word(word: str) -> bool:
    """Whether a lower-case word, singular or plural, is one of :data:`_NOT_EMPLOYER_WORDS`."""
    return word in _NOT_EMPLOYER_WORDS or word.rstrip("s") in _NOT_EMPLOYER_WORDS or f"{word}s" in _NOT_EMPLOYER_WORDS


#: Words that open a second title after a slash ("Harm Reduction Manager / Senior Studio ...").
_SENIORITY = _word_set("senior sr sr. junior jr jr. assistant asst associate chief head lead principal deputy")
#: Endings of one word naming a job the word list lacks ("Warehouseman", "Perforator"), not a name.
_AGENT_ENDINGS = ("man", "men", "ator", "ist")


def _slash_employer(piece: str, pieces: list[str]) -> tuple[str, str] | None:
    """"Module Lead / Wipro Technologies", "QA Automation Engineer / Ticketmaster": a title, a spaced
    slash and the employer's name, when nothing else on the line names one: (title, employer). What
    follows the slash must read as a name, not another title ("Warehouse Clerk / Warehouseman", "Machine
    Operator / Perforator"), a unit or a department ("Press Operator / Production"), or a place."""
    head, slash, tail = piece.strip(" /").rpartition(" / ")
    if not slash or "," in head or not _title_ends(head) or \
            any(p is not piece and not _is_place(p) and not has_job_word(p) for p in pieces):
        return None
    words = [w.lower().strip(".,()") for w in tail.split()]
    if not 1 <= len(words) <= 6 or has_job_word(tail) or _is_place(tail) or _DEPARTMENT.match(tail) or \
            words[0] in _NOT_NAMES or _LEVEL.match(tail.split()[-1]) or not _looks_like_name(tail) or (len(words) == 1 and words[0].endswith(_AGENT_ENDINGS)):
        return None
    first = tail.split(",")[0]  # "QUALITY ASSURANCE, SYNTEC, INC.": a unit, then the employer after a comma
    if words[0] in _SENIORITY or not _LEGAL_SUFFIX.search(first) and \
            any(map(_is_unit_word, first.lower().replace("/", " ").split())):
        return None
    return head, tail


#: Labels of a record's lines that give neither its title nor its employer: why the job ended, whom
#: to call, the boss's name, the address, what the company does ("Reason For Leaving: Medical",
#: "Phone Number: 802-...", "Manager: Scott", "Immediate Superior : Mr. Rao", the firm's owner by name ("OWNER: Jane
#: Roe"; not "Owner: Machine Shop" in capitals, a title), "Company description: Muffler
#: Manufacture ..."), the unit,
#: plant or client account worked in ("Plant : Bar Mill", "Account : Salesforce"; a unit's line that names a
#: job says the title: "Section: Rolling (Intern)"), the kind of business or work ("Type of Business :
#: Consulting", "Nature of work : Maintenance"), the terms of the job ("Status of Employment : Full-Time",
#: "Employment Status : Contract"), personal details ("Passport : Available"), the pay ("Rate of Pay: $20 hr",
#: "Pay Rate: ...", "Wage: ..."), the field worked in ("Area of Specialization : X-ray"), the tools used
#: ("Technology : Java", "Operating Systems : Windows").
#: Labels of a unit inside the employer: "Department", "Dept.", "Division", "Section".
_UNIT_LABEL_WORDS = r"department|dept|division|section"
_NOT_A_FIELD_LABEL = re.compile(
    r"^(?:" + _REASON_FOR_LEAVING + r"|(?:phone|telephone|mobile|cell|contact|fax|ph|tel|mob)(?:\s*(?:number|no\.?|#))?|"
    r"e-?mail|(?P<address>(?:company\s+)?address)|(?:reporting\s+)?manager|owner(?=\s*[:;]\s*(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))|(?:immediate\s+)?(?:supervisor|superior)|report(?:s|ing)\s+to|salary|"
    r"(?:hourly\s+)?(?:rate\s+of\s+pay|pay(?:\s*rate)?|wages?)|(?:area\s+of\s+)?speciali[sz]ation|technolog(?:y|ies)(?:\s+used)?|"
    r"operating\s+systems?|"
    r"company\s+(?:description|profile)|website|(?P<unit>plant|" + _UNIT_LABEL_WORDS + r")\.?|account|(?:type|nature|status)\s+of\s+\w+|employment\s+(?:status|type)|"
    r"date\s+of\s+birth|passport|nationality|marital\s+status|languages?\s+known)\s*[:;]", re.IGNORECASE)


#: The same labels after a field on its line, when they cannot end a title ("Manager :" can), and a unit's label
#: ("Position : Carpenter Department : Deck Length - 2 years": the unit and what follows are no part of the title;
#: "Head of Department : Finance" keeps its department); an address, an account served, an employee's number, a
#: referee, the job's or the firm's type, or its area ("Position: Land Surveyor ADDRESS: PO Box 12", "Position : Support Lead
#: Account : Acme Broadband", "Designation : Service Engineer Employee id : 0168", "Designation: Sales Manager
#: Area : Punjab"): fields of their own after the title. A reason for leaving needs no colon, and a dash may lead
#: it ("IT Support Engineer - Reason for leaving contract expired"): no field goes on with those words.
_NOT_A_FIELD_AFTER = re.compile(
    r"(?:\s*[-–—]\s*|\s+)" + _REASON_FOR_LEAVING + r"\b.*$|"
    r"\s+(?:(?:phone|telephone|mobile|contact|fax)\s*(?:number|no\.?|#)|e-?mail|"
    r"salary|company\s+(?:description|profile)|website|(?:company\s+)?address|account|employee\s*(?:id|no\.?|number|code|#)|"
    r"referee|(?:(?:employment|job|organi[sz]ation|company|business)\s+)?type|area)\s*[:;].*$|(?<!\bof)\s+(?:" + _UNIT_LABEL_WORDS + r")\.?\s*[:;].*$",
    re.IGNORECASE)


#: "as a Civil Engineer", "as an IT Administrator": what the person worked as, inside a sentence; a post
#: named as such is the job it names ("as a post of CAD Draftsman", "as the position of Site Engineer").
_AS_JOB = re.compile(r"(?<!such )(?<!well )\bas\s+(?!(?:well|per|of|soon|far|long|much|many|needed|required|such|if|it|to)\b)"
                     r"(?:an?\s+)?(?:(?:the\s+)?(?:post|position|role|designation)\s+of\s+(?:an?\s+)?)?(?=[A-Za-z])",
                     re.IGNORECASE)
#: Quotation marks around a title said after "as" ("as a “ MARKETING ASSISTANT”of its division", "as ‘Test
#: Engineer’ in X"): an opening one, and a closing one, which ends the title as a comma would (not an
#: apostrophe inside a word: "Men’s").
_OPENING_QUOTE = re.compile(r"[“„]\s*|(?<!\w)[\"‘']\s*")
_CLOSING_QUOTE = re.compile(r"\s*(?:”|(?<=\w)\"|(?<=\w)[’'](?!\w))\s*")
#: A bracket right after a title said after "as" ("as Machinist (Turner)"), holding no numbers.
_BRACKET_AFTER = re.compile(r"^\s*(\([^()\d]{1,30}\))")
#: "Acme Group. Working as ...", "Previous: Worked as ...": the verb before "as" is no part of the employer.
_VERB_BEFORE_AS = re.compile(r"(?:^|[\s.,;:]+)(?:(?:currently|presently)\s+)?(?:work(?:ed|ing)?|serv(?:ed|ing)|employed|acting|"
                             r"joined|position\s+served)\s*$", re.IGNORECASE)
#: Words a title said after "as" does not run through ("as a Civil Engineer Since ...", "... Engineer form 2012").
_AS_TITLE_STOP = _word_set("as is was are to the for with in at from since form till until during on by where who which my our")


#: "Manager – Software Development." after "as": a bare job word, a dash and a field up to a stop word or a mark
#: (:func:`_field_after_bare_job` says whether the field continues the title).
_AS_BARE_JOB_FIELD = re.compile(r"^(?P<title>(?P<job>[A-Za-z][A-Za-z.]*?)\s*[-–—]+\s*(?P<field>[A-Za-z][\w&/ ]*?))"
                                r"(?=\s+(?:for|from|since|in|at|with|of|to|till|until|where|managing)\b|\s*[,;.(]|\s*$)")


def _as_title(text: str) -> tuple[str, str] | None:
    """"Have been Associate with Acme Architects as a Civil Engineer", "with Qiblah Travel Co. as an IT
    Administrator the Scope of work ...": the job said after "as" (at most six words, the longest run
    that ends in a job word, and what it is "of": "as head of department") and the text before "as";
    ``None`` when "as" introduces no job; quotation marks are read as spaces ("as “Sales Executive” in X")."""
    text = _SPACES.sub(" ", _CLOSING_QUOTE.sub(", ", _OPENING_QUOTE.sub(" ", text))).strip()
    for match in _AS_JOB.finditer(text):
        field = _AS_BARE_JOB_FIELD.match(text[match.end():])
        if field and _field_after_bare_job(field.group("job"), field.group("field")):  # "as Manager – Projects"
            return field.group("title"), _VERB_BEFORE_AS.sub("", text[:match.start()]).strip(" ,;:-")
        words = text[match.end():].split()[:6]
        run = []
        for word in words:
            if word.lower().strip(".,;:") in _AS_TITLE_STOP:
                break
            run.append(word)
            if word[-1:] in ",;:" or word.endswith(".") and not _ABBREVIATION_END.search(word):  # "Sr." goes on
                break
        end = len(run)
        while end and not _ends_in_job_word(" ".join(run[:end])):
            end -= 1
        if not end:
            continue
        if end + 1 < len(run) and run[end] == "of" and run[end - 1][-1:] not in ",;:":  # "as head of department"
            end = min(len(run), end + 4)
        run = run[:end]
        title = " ".join(run).strip(".,;:")
        after = text[match.end():].split(title, 1)[-1]
        bracket = _BRACKET_AFTER.match(after)
        if bracket and run[-1][-1:] not in ",;:":  # "as Machinist (Turner)"
            title += f" {bracket.group(1)}"
        return title, _VERB_BEFORE_AS.sub("", text[:match.start()]).strip(" ,;:-")
    return None


def _title_then_prose(text: str) -> str | None:
    """The title that opens a sentence about the job ("Supervisor over 20-40 employees in the
    packaging department ..."): up to five capitalised words ending in a job word, then "for",
    "over", "responsible"... and at least six more words."""
    match = _TITLE_THEN_PROSE.match(text)
    if not match:
        match = _TITLE_COLON_PROSE.match(text)
        if match and sum(w[:1].islower() for w in match.group("rest").split()) * 3 < len(match.group("rest").split()):
            return None  # "Project Manager: Java, Spring, Oracle, Unix, AWS, Jenkins": a list, not a sentence
    if not match or len(match.group("rest").split()) < 6:
        return None
    title = match.group("title")
    # "Mold/maker. Built injection molds ...": the last of words joined by a slash names the job; a grade
    # may follow it ("Records Clerk II: Filed ...").
    return title + (match.groupdict().get("tag") or "") if _title_ends(title.replace("/", " ")) else None


def _second_title_before_colon(text: str, match: re.Match, going_on: str) -> str | None:
    """The second title of "Surveying Engineer, Carpenter: Survey layouts for buildings, parking lots, ...", a line
    of description opening with a title (``match`` of :data:`_TITLE_OPENS_DESCRIPTION`), a comma and another title
    (``going_on``) ending in a job word right before a colon and six words or more: both titles are the job's."""
    after = match.group("rest")[len(going_on):]
    if not text[match.end("title"):match.start("rest")].strip().startswith(",") or not after.startswith(":") or \
            len(after[1:].split()) < _DESCRIPTION_AFTER_TITLE_WORDS or not _title_ends(going_on.strip()):
        return None
    return going_on.strip()


#: "Machine Operator Level II, Tip Assembly Backup: Quality control, repair parts ...", "Quality Inspector/Technician
#: – Ran the quality department ...", "Display Manager-Decorating displays ...": a line of description opening with
#: the title (a tag in brackets may follow it), then a comma, a colon or a dash (spaced, or glued between a small
#: letter and a capital) and the rest of the line.
_TITLE_OPENS_DESCRIPTION = re.compile(r"^(?P<title>[A-Z][^,:;()–—]{1,60}?(?:\s*\([^()]{1,30}\))?)\s*"
                                      r"(?:,|:|\s[-–—]+\s?|[-–—]\s|(?<=[a-z])-(?=[A-Z][a-z]))\s*(?P<rest>\S.*)$")
#: Where the piece after such a title ends: the next comma, colon, semicolon or dash.
_OPENING_PIECE_END = re.compile(r"[,:;–—]|\s-+\s")
#: The most words of a title opening a line of description, and the fewest words after it.
_OPENING_TITLE_WORDS = 6
_DESCRIPTION_AFTER_TITLE_WORDS = 6


def _title_opens_description(text: str) -> str | None:
    """The title opening a line of description (:data:`_TITLE_OPENS_DESCRIPTION`): six words at most ending in
    a job word, no sentence of one's own or of work done ("Trained staff, ..."), six words or more after it, the
    first piece of them no more titles and no date."""
    match = _TITLE_OPENS_DESCRIPTION.match(text)
    if not match or len(match.group("rest").split()) < _DESCRIPTION_AFTER_TITLE_WORDS:
        return None
    title = match.group("title").strip()
    # "Consultant, Advisor and Instructor in Safety.": more titles follow, not a description.
    going_on = _OPENING_PIECE_END.split(match.group("rest"), maxsplit=1)[0]
    more = None
    if len(going_on.split()) <= _OPENING_TITLE_WORDS and has_job_word(going_on) and \
            (more := _second_title_before_colon(text, match, going_on)) is None:
        return None
    # "Supervisor, Crane Shop (1987), The Marine Department, ...": a record of its own, with its date.
    if find_ranges(f"{match.group('title')} {going_on}", singles=True):
        return None
    if len(title.split()) > _OPENING_TITLE_WORDS or not _title_ends(title.replace("/", " ")) or \
            _title_stop(title) or _ABOUT_ONESELF.search(title) or _WORK_DONE_OPENING.match(title) or \
            _AS_JOB.search(title):  # "As an environmental service specialist, my duties ...": said after "as"
        return None
    return title if more is None else f"{title}, {more}"


#: "Research Technician in Oral Products ...", "Lead Quality Auditor that included ...": a line of description opening
#: with two to six capitalised words (small words of a title between them), then a word in lower case and the rest.
_TITLE_BEFORE_SMALL_WORDS = re.compile(r"^(?P<title>[A-Z][\w&/.'’-]*(?:\s+(?:[A-Z][\w&/.'’-]*|of|and|&|/)){0,4}"
                                       r"\s+[A-Z][\w&/.'’-]*)\s+(?P<rest>(?!of\s)[a-z][\w'’-]*\s.*)$")
#: The rest of :data:`_TITLE_BEFORE_SMALL_WORDS` when the pattern fell back to a shorter run because the longest one
#: is followed by "of": "and Fabricator of architectural ..." after "Steel Welder".
_AND_FIRM_KIND = re.compile(r"^(?:and|&)\s+(?:[A-Z][\w&/.'’-]*\s+){1,3}of\s")


def _title_before_small_words(text: str) -> str | None:
    """The title opening a line of description with no mark after it, the description going on in small words
    (:data:`_TITLE_BEFORE_SMALL_WORDS`: "Senior Technician in department of Applied Mathematics in School of
    mathematics.", "Signals Intelligence Analyst duties included: creating or updating ..."): the capitalised run
    ends in a job word (two words at least: "Lead on several projects ..." and "Professional detailing of cars ..."
    say no job), six words or more follow it, half of them in lower case. A run followed by "of" is a firm's
    kind ("Granite Quarrier & Fabricator of architectural specified granite ..."): no title; nor a sentence about
    oneself or of work done ("Supervised Production Workers in ...")."""
    match = _TITLE_BEFORE_SMALL_WORDS.match(text)
    if not match:
        return None
    title, rest = match.group("title"), match.group("rest").split()
    if _AND_FIRM_KIND.match(match.group("rest")) or len(rest) < _DESCRIPTION_AFTER_TITLE_WORDS or sum(w[:1].islower() for w in rest) * 2 < len(rest) or \
            not _title_ends(title.replace("/", " ")) or _title_stop(title) or _ABOUT_ONESELF.search(title) or \
            _WORK_DONE_OPENING.match(text) or _AS_JOB.search(title):
        return None
    return title.rstrip(".")


#: Where the employer of "Worked as X at Y" ends: "through Z" (an agency), a removed date's
#: " | ", "for 6 months" or a dangling "for".
_WORKED_EMPLOYER_END = re.compile(r"\s+through\s+.*$|\s+\|\s.*$|\s+for(?=\s+\d|\s*$).*$")
_PAREN_OR_OPEN = re.compile(r"\(([^()]*)(?:\)|$)")


#: "Special Projects @ Nihlo", "Co-Founder @ Rentie": a profile's "TITLE @ FIRM" header, the title before the sign.
_AT_SIGN_HEADER = re.compile(r"^(?P<title>[^@]+?)\s@\s(?P<employer>[A-Z][^@]*)$")


def _at_sign_header(text: str) -> re.Match | None:
    """The "TITLE @ FIRM" of a header ("Special Projects @ Nihlo"): the " @ " says the words before it are what
    the person did there, a title even when no job word names it. Only a short run of capitalised words before
    it, of two words at least or naming a job ("Campus @ Acme College" names a school's campus), not all in
    capitals ("MID STATES TECHNICAL @ John Deere" is an agency at its client), and no place after it ("Company:
    Acme WLL @ Doha, Qatar" is a firm at its town; "Revamp of effluent treatment @ KNPC" a project)."""
    match = _AT_SIGN_HEADER.match(text.strip())
    if match is None:
        return None
    title, employer = match.group("title"), match.group("employer")
    words = len(title.split())
    if not (1 < words <= 5 or words == 1 and has_job_word(title)) or not _TITLE_CASE_RUN.match(title) or \
            title.isupper() or _is_place(employer.split(",")[0]):
        return None
    return match


def _paren_title(text: str) -> re.Match | None:
    """The parenthesised title of "Employer, Place (Title)": the only part naming a job, and not
    the field of a degree."""
    for match in _PAREN_OR_OPEN.finditer(text):  # a removed date may take the closing parenthesis
        inside, outside = match.group(1).strip(), f"{text[:match.start()]} {text[match.end():]}"
        if has_job_word(inside) and len(inside.split()) <= 6 and not _is_place(inside) and \
                not has_job_word(outside) and not _ANY_DEGREE.search(text):  # "B.E.(Computer Science And Engg.)"
            return match
    return None


#: How a job was held: "Contract", "Full-time", "Temp", "Permanent".
_ARRANGEMENT = r"contract(?:or)?|temp(?:orary)?|seasonal|part[\s-]?time|full[\s-]?time|permanent|locum|offshore|onshore|on-?site"
#: "Full Time", "(Contractor)", "permanent employee", "TERM POSITION": a part saying only how the job was held,
#: at most with "employee" or "position" after it; neither the employer nor the title ("Freelance" alone is
#: kept: like "Self-Employed", it is whom a freelancer worked for).
_ARRANGEMENT_ONLY = re.compile(r"^\(?\s*(?:" + _ARRANGEMENT + r"|term)(?:\s+(?:employee|position|basis|job))?\s*\)?$",
                               re.IGNORECASE)


#: "Employment", "WORKED", "Work Responsibility": a heading's or a label's words alone, no name ("Work Market",
#: "Employment Group" are names). Not "Work Experience": with a date ("Work Experience (Sep 2013 to Present)") it
#: may date the whole section, and as the employer it keeps that span from taking the record below. A heading over
#: the list of jobs ("Career Progression", "Career Snapshots", "Early Career") names no employer either. Not
#: "Other Positions Held": inside a firm's record, it keeps its jobs from taking a name below. A heading saying what
#: the firm does or the work was, over its answer ("Nature of the company" / "Vessels and Crane manufacturer", "Nature
#: Of Work" / "Handling day to day activities"), names neither the employer nor the title.
#: A sub-heading of a few words ending in "Experience" ("Military Experience", "Related Customer Service Experience",
#: "Working Experience in Gulf") names no employer; "Work Experience" and "Professional Experience" alone stay, as above.
_HEADING_ONLY = re.compile(r"^(?:(?:work|job)\s+(?:responsibilit(?:y|ies)|description|details)|employment(?:\s+history)?|"
                           r"work(?:ed|ing)?|nature\s+of\s+(?:the\s+)?(?:company|business|work|job|organi[sz]ation)|(?:early\s+)?career(?:\s+(?:progression|snapshots?|history|highlights))?|"
                           r"(?!(?:work|working|professional)\s+experiences?\W*$)(?:[A-Za-z&/-]+\s+){0,3}experiences?"
                           r"(?:\s+in\s+[A-Za-z]+)?)\W*$",
                           re.IGNORECASE)


#: First words of label-like phrases that name neither a job nor an employer.
_NOT_NAMES = _word_set("""
experience total years year months month client clients contract reporting reason salary project projects
environment responsibilities responsibility duties description achievements scope notice current expected ctc
references reference key major job roles period duration designation organization organisation company position
""")
#: Legal forms written as one short word ("Inc", "Ltd.", "GmbH", "W.L.L"), any case: a part that is only one of
#: them is the name's before it (:data:`_COMPANY_SUFFIX`); one of them, or a longer form, ends a name (:data:`_LEGAL_SUFFIX`),
#: but not as the end of a longer dotted abbreviation ("S.A." inside "Austin, U.S.A.").
_SHORT_LEGAL_FORMS = r"inc|incorporated|llc|ltd|limited|corp|co|plc|pvt|gmbh|sa|srl|llp|w\.?l\.?l"
_LEGAL_SUFFIX = re.compile(r"(?<!\b\w\.)\b(?:" + _SHORT_LEGAL_FORMS + r"|corporation|company|l\.l\.c|s\.a|sarl|ag|bv|nv|b\.v|n\.v|pty|pte|bhd|fze)"
                           r"\b\.?", re.IGNORECASE)


def _employer_strength(name: str) -> int:
    if _LEGAL_SUFFIX.search(name):
        return LEGAL_NAME
    return CUE if _is_org(name) else NAME


def _is_title_with_qualifier(piece: str) -> bool:
    """"Clinic Manager, Radiology", "Manager of Machining, Fabrication and Mechanical Assembly": a title, a comma and
    a short qualifier with no job word, naming a department or field (:func:`_names_a_unit`, without a unit's head)."""
    head, _, tail = piece.partition(",")
    return has_job_word(head) and _names_a_unit(tail, heads=False)


#: Words that may stand beside a department in a unit ("Customer Support", "Financial Systems", a
#: hospital's "Food Services", "Perioperative Services" and "Psychiatric Emergency Services", "Sustaining
#: Engineering", "Quality Assurance") but name none on their own.
_UNIT_MODIFIERS = _word_set("""
customer business financial technical clinical data information human solutions food perioperative periop
environmental patient guest nutrition dietary sustaining assurance psychiatric inpatient outpatient pediatric surgical
""")


#: Kinds of shop-floor work a technician's title may name after a dash ("Technician - Assembly and
#: Testing"), which name no department of an office.
_WORK_SPECIALTIES = _word_set("assembly testing inspection commissioning installation fabrication")
_UNIT_WORDS = DEPARTMENTS | _WORK_SPECIALTIES
_UNIT_OR_MODIFIER = _UNIT_WORDS | _UNIT_MODIFIERS


def _is_unit(text: str) -> bool:
    """"Radiology", "Sales & Operations", "Customer Support", "Assembly and Testing": one to three words
    naming a department or specialty (:data:`DEPARTMENTS`, :data:`_WORK_SPECIALTIES`, with a few
    modifiers before one), which a title may name after a comma or a dash and no employer's name is
    made of alone."""
    words = text.lower().replace("/", " ").split()
    return 0 < len(words) <= 3 and any(w in _UNIT_WORDS for w in words) and \
        all(w in _UNIT_WORDS or w in _UNIT_MODIFIERS or w in ("and", "&") for w in words)


#: A function word a field after a bare job word may name besides a department's ("Information Management").
_FIELD_WORDS = _word_set("management")
_BARE_JOB = re.compile(r"^[A-Za-z][A-Za-z.-]*$")


def _field_after_bare_job(head: str, tail: str) -> bool:
    """"Manager – Software Development", "Engineer-Planning and Design", "Advisor –Upstream SME (Information
    Management)": after a bare job word (one word, "Manager", "Advisor") a dash and a field or function
    continue the title, as a recruiter reads it (a bare "Manager" says less than the resume does): one to
    four words (a bracket after them aside), one of them a department's or specialty's word (singular or
    plural) or "management", none an organisation's word (nor its singular last: "Lab"), a legal form, a
    place or another job ("Consultant – Pan Arab Consulting Engineers", "Electrician – United States Navy",
    "Consultant – Citrix Engineer" name an employer or a second job). A title of more words ("Staff Nurse-Oncology") drops its unit."""
    head = head.strip(" -–—")
    return bool(_BARE_JOB.match(head)) and _is_job_word(head.lower().rstrip(".")) and _names_a_field(tail)


#: The most words a field after a longer title and a dash may have ("New Product Development cum Quality Assurance").
_FIELD_AFTER_TITLE_WORDS = 6


def _names_a_field(tail: str, most: int = 4) -> bool:
    """"Software Development", "Upstream SME (Information Management)", "Human Resource & Operations": one to
    ``most`` words (a bracket after them aside), one of them a department's or specialty's word (singular or
    plural) or "management", none an organisation's word (nor its singular last: "Lab"), a legal form, a
    place or another job (:func:`_field_after_bare_job`, :func:`_unit_after_qualified_title`)."""
    core = _PAREN_OR_OPEN.sub("", tail).strip(" ,")
    words = [w.lower().strip(".&") for w in _CODE_SPLIT.split(f"{core} {' '.join(_PAREN_OR_OPEN.findall(tail))}")]
    words = [w for w in words if w and w not in _CONNECTORS]
    return 0 < len(core.split()) <= most and not _NUMBER.search(core) and \
        any(w in _FIELD_WORDS or {w, w.rstrip("s"), f"{w}s"} & _UNIT_WORDS for w in words) and \
        not (_is_org(core) or f"{core.split()[-1].lower()}s" in ORG_WORDS or _LEGAL_SUFFIX.search(core) or
             _is_place(core) or has_job_word(tail))  # "System Simulation Lab": a place of work


#: "Advisor –Upstream SME (Information Management)": a bare job word, a dash and what follows it.
_BARE_JOB_DASH = re.compile(r"^(?P<job>[A-Za-z][A-Za-z.]*)\s*[-–—]+\s*(?P<field>[A-Za-z].*)$")


def _is_bare_job_and_field(text: str) -> bool:
    """Whether a whole text is a bare job word, a dash and a field (:func:`_field_after_bare_job`), whose
    closing bracket is the field's: "Advisor –Upstream SME (Information Management)"."""
    match = _BARE_JOB_DASH.match(text)
    return bool(match) and _field_after_bare_job(match.group("job"), match.group("field"))


def _join_units(pieces: list[str], text: str) -> list[str]:
    """"Manager – Solutions Development (UK)", "Graduate Apprentice – Electrical, Acme Corp": a unit
    after a title and a dash is not an employer (the title keeps it after a bare job word only:
    :func:`_unit_after_qualified_title`); what follows the unit
    after a comma stays a piece, a bracket goes (its place would read as the title's). "Scientist -
    Planning Systems, Inc." names an employer. After a bare job word a field joins too, with its
    bracket unless that names a place ("Advisor –Upstream SME (Information Management)",
    :func:`_field_after_bare_job`)."""
    out: list[str] = []
    for piece in pieces:
        unit, _, rest = _PAREN_OR_OPEN.sub("", piece).partition(",")
        head = piece.partition(",")[0].strip()
        field = bool(out) and _field_after_bare_job(out[-1], head)
        brackets = _PAREN_OR_OPEN.findall(head)  # closed, or left open at the end of the text
        if field and brackets and head.count("(") == len(brackets) and not any(map(_is_place, brackets)):
            unit = head  # "Upstream SME (Information Management)": the bracket is the field's
        joined = out and has_job_word(out[-1]) and (field or _is_unit(unit)) and \
            not _COMPANY_SUFFIX.match(rest.split(",")[0].strip()) and \
            re.search(re.escape(out[-1]) + r"\s*[-–—]+\s*" + re.escape(unit.strip()), text)
        if not joined:
            out.append(piece)
            continue
        out[-1] = joined.group(0)
        if _LETTER.search(rest):
            out.append(rest.strip())
    return out


#: Words that end a named unit of an employer ("Molding Plant", "Radiology Dept.", "HLA Department"): the head
#: of a unit whatever words name it before.
_UNIT_HEADS = _word_set("department dept division plant unit section team")
#: Words that may name a service, singular, after a title's comma: a department's or a unit's modifier
#: ("Customer Service", "Food Service"), or a hospital's "Medical Service".
_SERVICE_UNIT_WORDS = _UNIT_OR_MODIFIER | {"medical"}


def _names_a_service(words: list[str]) -> bool:
    """"Customer Service", "Medical Service" (of "Customer Support Engineer, Customer Service 1992 – 1997",
    "Acting Administrative Officer, Medical Service"): one or two words of :data:`_SERVICE_UNIT_WORDS`
    before a singular "Service" name the title's unit; a name before it makes a firm ("Mom's Food Service",
    "United Parcel Service", "Public Service Electric and Gas")."""
    return 2 <= len(words) <= 3 and words[-1] == "service" and all(w in _SERVICE_UNIT_WORDS for w in words[:-1])


def _names_a_unit(text: str, heads: bool = True) -> bool:
    """"Molding Plant", "Radiology Dept.", "Operations Autonomous Manufacturing": one to four words, the last a
    unit's head (:data:`_UNIT_HEADS`) or both the first and the last a department's (:data:`DEPARTMENTS`), with no
    job, legal form, place nor comma; besides what :func:`_is_unit` reads. "Credit Suisse" and "Testing Infosys"
    open with a department's word but name a firm. A unit's head counts (``heads``) where a name follows to be the
    employer (:func:`_units_after_titles`): after a title alone, "Laundry Department" is the record's unit
    more than the title's."""
    words = [w.strip(".").lower() for w in text.replace("/", " ").split()]
    return _is_unit(text) or _names_a_service(words) or 0 < len(words) <= 4 and "," not in text and \
        (heads and words[-1] in _UNIT_HEADS or words[0] in _UNIT_WORDS and words[-1] in _UNIT_WORDS) and \
        not (_LEGAL_SUFFIX.search(text) or has_job_word(text) or _is_place(text) or _NUMBER.search(text))


def _units_after_titles(parts: list[str]) -> dict[int, str]:
    """{0: "Manager, Plant Quality"} of "Manager", "Plant Quality", "Autoliv", "Ogden, Utah": a unit ("Technical
    Support") or a field naming no job (:func:`_is_unit`, :func:`_field_after_bare_job`) between a title and a name after it, all set off by
    commas, is the title's ("Director, Tax, Acme Corp"), as :func:`_join_units` joins one after a dash: the
    name after it is the employer. A unit last, or before a place only, may be the employer's own. The
    title's index maps to the title and its unit."""
    out: dict[int, str] = {}
    for n in range(len(parts) - 2):
        title, unit, after = (part.strip(" ,") for part in parts[n:n + 3])
        if n - 1 not in out and has_job_word(title) and (_names_a_unit(unit) or not has_job_word(unit) and _field_after_bare_job(
                title, unit)) and not _is_place(after) and _looks_like_name(after):
            out[n] = f"{title}, {unit}"
    return out


_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")


_COMPANY_SUFFIX = re.compile(r"^(?:" + _SHORT_LEGAL_FORMS + r")\.?$", re.IGNORECASE)


#: "Inc. Northridge" (of "Dukes Research, Inc. Northridge, CA"): a legal form's short word, then one to
#: three capitalised words, the town after it ("Limited Brands, Inc" is a name).
_SUFFIX_THEN_TOWN = re.compile(r"^(?P<suffix>(?i:inc|llc|l\.l\.c|ltd|corp|co|plc|pvt\.?\s+ltd|gmbh|llp)\.?),?\s+"
                               r"(?P<town>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})$")


def _merge_places(parts: list[str]) -> list[str]:
    """"San Antonio", "TX" -> "San Antonio, TX"; "Teliax", "Inc." -> "Teliax, Inc."; "Johnson Controls",
    "Inc. El Paso", "TX" -> "Johnson Controls, Inc.", "El Paso, TX" ("Teliax", "Inc. (www.teliax.com)" alike; the legal form is the name's, the
    town after it the place's); "Kestrel Devices Inc. Houston", "TX" -> "Kestrel Devices Inc.", "Houston, TX"."""
    out: list[str] = []
    for n, part in enumerate(parts):
        if out and (said := _state_then_title(out[-1], part)):  # "Sandy Springs", "GA Geospatial Analyst"
            state, towns = said
            if towns and len(out) > 1:
                out[-1] = f"{out[-1]}, {state.group('state')}"
            else:  # "Merrill Lynch, NY Senior FX Consultant": the line's first words may be the employer's
                out.append(state.group("state"))
            part = state.group("title")
        town = _SUFFIX_THEN_TOWN.match(part.strip())
        if out and town and not _LEGAL_SUFFIX.search(out[-1]):
            out[-1] = f"{out[-1]}, {town.group('suffix')}"
            part = town.group("town")
        words = [w.strip(".,()").lower() for w in part.split() if not w.strip(".,()").isdigit()]
        if out and _COMPANY_SUFFIX.match(_TRAILING_BRACKET.sub("", part).strip()):  # "Inc. (www.teliax.com)" too
            out[-1] = f"{out[-1]}, {part.strip()}"
        elif out and len(words) == 1 and words[0] in PLACES and _city_after_title(out[-1]):
            # "Machinist III Cary", "NC": the title's last word is the city.
            title, city = _city_after_title(out[-1])
            out[-1:] = [title, f"{city}, {part.strip()}"]
        elif out and words and (all(w in PLACES or _dotted_place(w, part) for w in words) and len(words) <= 2 or _names_a_country(part) or
                                _province_after_town(part, len(out), n + 1 == len(parts)) or
                                part.strip() == "PR" and _puerto_rico_town(f"{out[-1]},PR")) and \
                not _is_org(out[-1]) and not has_job_word(out[-1]) and len(out[-1].split()) <= 3 and not _is_place(out[-1]):
            out[-1] = f"{out[-1]}, {part}"
        elif out and len(words) == 1 and words[0] in PLACES and (named := _split_place(out[-1]))[1]:
            out[-1:] = [named[0], f"{named[1]}, {part.strip()}"]  # "Kestrel Devices Inc. Houston", "TX"
        else:
            out.append(part)
    return out


def _province_after_town(part: str, before: int, last: bool) -> bool:
    """"Toronto", "ON": a Canadian province's code in capitals (:data:`_PROVINCE_CODE`) after a town. After a
    line's first words it ends the line ("Kestrel Foods, Toronto, ON", "Toronto, ON"): in "Magellan Aerospace,
    ON, Canada" the first words are the employer's and the province and country its place."""
    return bool(_PROVINCE_CODE_ALONE.fullmatch(part.strip())) and (before > 1 or last)


#: Countries named "United ..." (the place words hold their last words at most).
_UNITED_COUNTRIES = frozenset({"united arab emirates", "united states", "united kingdom", "united states of america"})


def _names_a_country(part: str) -> bool:
    """"United Arab Emirates", "United Kingdom": a country of several words none of the place words
    holds whole, so that the short name before its comma ("Sharjah, United Arab Emirates") is its town."""
    return _SPACES.sub(" ", part.strip(" .")).lower() in _UNITED_COUNTRIES


#: "GA Geospatial Analyst", "OR—Registered EEG Technologist": a state's code in capitals, then a title; "Tx Tooling
#: Engineer", "tx Pump Mechanic": the code in small letters (read only after a town, :func:`_state_then_title`).
_STATE_THEN_TITLE = re.compile(r"^(?P<state>[A-Z]{2}|[A-Za-z][a-z])(?:\s*[-–—]\s*|\s+)(?P<title>[A-Z].*)$")

#: States' codes that are also words or a title's short words when written in small letters ("In", "Or", "Me",
#: "Co", "Pa", "Ma", "Hi", "Ok", "Al", "La", "De", "Id"): read as a state's in capitals only.
_CODES_AS_WORDS = _word_set("in or me co pa ma hi oh ok al la de id ms mt md ct va ar")


def _state_then_title(before: str, part: str) -> tuple[re.Match, bool] | None:
    """"LOWE ENGINEERS, LLC. Sandy Springs, GA Geospatial Analyst": the employer, its town and state and
    the title on one line; the state's code opens the part after the comma and is no part of the title
    when what follows it names a job. It belongs to the town before (with True) when those words are a
    town's (three words or fewer, capitalised, naming no job nor organisation, no number, not the line's
    first words); after a name ("Merrill Lynch, NY Senior FX Consultant", "Alaska Airlines Seattle, WA
    Programmer") it is a place of its own (with False), unless the code is also a job's or a field's
    ("Lab Corp, MT Generalist", "Mercy Hospital, CT Technologist", "Acme Inc, AR Specialist")."""
    state = _STATE_THEN_TITLE.match(part.strip())
    if state is None or state.group("state").lower() not in PLACES or not has_job_word(state.group("title")) or \
            has_job_word(before):
        return None
    code, words = state.group("state"), before.split()
    if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not _is_org(before) and \
            not any(c.isdigit() for c in before):
        return (state, True) if _state_code_written(code) else None
    return (state, False) if code.isupper() and code not in _CODES_OF_JOBS else None


def _state_code_written(code: str) -> bool:
    """Whether ``code`` after a town's name is its state's: in capitals ("GA"), or in small letters ("Euless, Tx
    Tooling Design Engineer", "Houston, tx Pump Mechanic") unless the code is also a word (:data:`_CODES_AS_WORDS`).
    After a firm's name only capitals are a state's ("Hi-Tech Chemicals" is a name)."""
    return code.isupper() or code.lower() not in _CODES_AS_WORDS


#: State codes that are also a job's or a field's in a title: computed tomography, medical technologist,
#: Microsoft, mechanical engineering, physician assistant, operating room, medical doctor, Veterans Affairs,
#: accounts receivable, quality control.
_CODES_OF_JOBS = frozenset({"CT", "MT", "MS", "ME", "PA", "OR", "MD", "VA", "AR", "QC"})


def _title_ends(text: str) -> bool:
    """Whether ``text`` ends in a job word, or a level or a bracket after one ("Machinist III",
    "PAC programmer(contract)"); the level may be named ("Machine Operator Level II")."""
    words = _TRAILING_BRACKET.sub("", text).split()
    while len(words) > 1 and _LEVEL.match(words[-1]):
        words.pop()
        if len(words) > 1 and _LEVEL_WORD.match(words[-1]):
            words.pop()
    return bool(words) and _is_job_word(words[-1].lower().strip(".,()"))


def _city_after_title(text: str) -> tuple[str, str] | None:
    """"Machinist III Cary" before a state -> ("Machinist III", "Cary"): a capitalised last word
    that is neither a job word nor a level, right after a title's end (in "Consultant Aircom
    International/MTN", "Uganda" the word before the state is the employer's). A town cut at its accent
    keeps its two pieces ("Backend Engineer Intern Bel em" -> ("Backend Engineer Intern", "Bel em"))."""
    head, _, last = text.strip().rpartition(" ")
    if (split := _ACCENT_SPLIT_TOWN.search(text.strip())) is not None:  # "Bel em": "Belém" cut at its accent
        head, last = text.strip()[:split.start()].rstrip(), split.group().strip()
    if not head or not last[:1].isupper() or last.isupper() or _LEVEL.match(last) or has_job_word(last) or \
            _is_org(last):
        return None
    before, _, first = head.rpartition(" ")
    if before and first.lower().rstrip(".") in _CITY_FIRST_WORDS:  # "CNC Machinist Mount Juliet"
        head, last = before, f"{first} {last}"
    if not _title_ends(head) or _is_place(head):
        return None
    return head, last


_SUFFIX_THEN_PLACE = re.compile(r"^(?P<org>.+?\b(?:Inc|LLC|Ltd|Corp|Co|Corporation|Company|Limited|PLC|GmbH|Pvt\.? Ltd|Incorporated|"
                                r"INC|LTD|CORP|CO|CORPORATION|COMPANY|LIMITED|PVT\.? LTD|INCORPORATED)\.?,?)"
                                r"\s+(?P<place>[A-Z][A-Za-z .]+(?:,\s*[A-Z]{2})?)$")


def _split_place(text: str) -> tuple[str, str | None]:
    """"Conagra Foods (Newport, TN 37821)" -> ("Conagra Foods", "Newport, TN"); "Decker Inc.
    Hopkinsville" -> ("Decker Inc.", "Hopkinsville")."""
    text = text.strip()
    after_suffix = _SUFFIX_THEN_PLACE.match(text)
    place = after_suffix.group("place").split() if after_suffix else []
    if after_suffix and len(place) <= 3 and not _is_org(after_suffix.group("place")) and \
            not _COMPANY_SUFFIX.match(place[0]):  # not a second legal form ("COMPANY INCORPORATED", "COMPANY WLL.")
        return after_suffix.group("org").rstrip(","), after_suffix.group("place")
    paren = _PARENS.search(text)
    if paren and _is_place(paren.group(1)):
        return text[:paren.start()].strip(" ,-"), re.sub(r"\s*\d{4,6}$", "", paren.group(1).strip())
    if "," in text:
        head, _, tail = text.partition(",")
        if _is_place(tail) and len(tail.split()) <= 5:
            return head.strip(), tail.strip()
    return text, None


#: A town's name a PDF converter cut at its accented letter, its end in one or two small letters: "Bel em"
#: (Belém), "Par a" (Pará); not a small word of a title's ("Head of", "Sales in").
_ACCENT_SPLIT_TOWN = re.compile(r"\s[A-Z][a-z]+\s(?!(?:of|in|at|to|on|an|as|by|or|de)$)[a-z]{1,2}$")
#: First words of two-word city names ("San Francisco", "Mount Juliet", "Costa Mesa").
_CITY_FIRST_WORDS = _word_set("san santa los las el la new fort port palm st ft mt mount costa north south east west")


#: One word in brackets after a title's job word: how the job was held or its field ("(Full-time)", "(Plant)",
#: "(Electrical)"), the title's.
_WORD_IN_BRACKETS = re.compile(r"\([^()\s]+\)")


def _split_title_employer(part: str, before_place: bool = False) -> tuple[str, str | None]:
    """"Lead Technician Precision Tune Auto Care" -> title and employer, at the last job word (or one word in
    brackets after it, "(Full-time)") when capitalised words follow it. Before a place ("Cellular RF Planner MCCI, Iran") the words
    after the job word need not name an organisation: one to four capitalised words are the employer,
    after a title of two words or more ("Cook Medical" is a name), unless they start a city's name."""
    words = part.split()
    last = max((i for i, w in enumerate(words) if _is_job_word(w.lower().strip(".,()"))), default=None)
    glued = max((i for i, w in enumerate(words) if _joins_job_word(w)), default=None)
    if glued is not None and (last is None or glued > last):
        # "Nurse Clinician-Hematology/Oncology Clinic": the unit goes in _tidy_title; "Clinical Laboratory
        # Scientist Generalist/Blood Bank": the title runs on through the slash ("Blood Bank" is no employer).
        return part, None
    capitals = _capitals_after_title(part)
    if capitals:
        return capitals
    if last is not None and last + 1 < len(words) and _WORD_IN_BRACKETS.fullmatch(words[last + 1]):
        last += 1  # "Mechanical Technician (Plant) Acme Ghana Ltd": the bracket says more of the title
    if last is None or last >= len(words) - (1 if before_place else 2):
        return part, None
    rest = words[last + 1:]
    unit_then_org = _org_after_unit_of(words, last)
    if unit_then_org:
        return unit_then_org
    if rest[0].lower() in ("of", "for", "in", "&", "and", "/") or rest[0].startswith(("(", "-", "–", "—")):
        return part, None
    if sum(1 for w in rest if w[:1].isupper()) >= 2 and _is_org(" ".join(rest)):
        return " ".join(words[:last + 1]), " ".join(rest)
    if before_place and last and len(rest) <= 4 and all(w[:1].isupper() for w in rest) and \
            not _LEVEL.match(rest[0]) and rest[0].lower().rstrip(".") not in _CITY_FIRST_WORDS:
        return " ".join(words[:last + 1]), " ".join(rest)
    return part, None


def _org_after_unit_of(words: list[str], last: int) -> tuple[str, str] | None:
    """"Director of Flight Services Kestrel International" -> title and employer: after the job word, "of" and
    a unit ending in a department's or unit's word (:data:`_NOT_EMPLOYER_WORDS`), two capitalised words or
    more naming an organisation by its own word or legal form."""
    if last + 1 >= len(words) or words[last + 1].lower() != "of":
        return None
    for j in range(last + 2, len(words) - 2):
        rest = words[j + 1:]
        if words[j].lower().strip(".,") in _NOT_EMPLOYER_WORDS and all(w[:1].isupper() for w in rest) and \
                (_is_org(" ".join(rest)) or _LEGAL_SUFFIX.search(" ".join(rest))):
            return " ".join(words[:j + 1]), " ".join(rest)
    return None


def _joins_job_word(word: str) -> bool:
    """Whether a word joins a job word to what follows by a hyphen or a slash, no space between
    ("Clinician-Hematology/Oncology", "Generalist/Blood"): the title goes on after it."""
    for mark in ("-", "/"):
        if mark in word.strip(mark) and _is_job_word(word.split(mark)[0].lower().strip(".,()")):
            return True
    return False


def _org_of_after_title(part: str) -> tuple[str, str] | None:
    """"Medical Secretary/Records Technician/Filing Room University of Dammam" -> title and employer,
    when nothing else split them: an institution named by its kind and "of" (:data:`_ORG_OF_AFTER`)
    after a title that ends in a capitalised word, not a connector ("Medical officer in Ministry of
    Health" is a sentence)."""
    org_of = _ORG_OF_AFTER.search(part)
    if not org_of:
        return None
    head = part[:org_of.start()].strip(" ,-")
    if not has_job_word(head) or has_job_word(org_of.group("org")) or not head.split()[-1][:1].isupper():
        return None
    return head, org_of.group("org")


#: "Lathe Operator in Esfahan Steel Company", "Transport Manager at IVY World School": a title, then "in"
#: or "at" and a capitalised name.
_IN_ORG_AFTER = re.compile(r"^(?P<title>.+?)\s+(?:in|at|with|AT|WITH)\s+(?P<org>[A-Z].*)$")
#: "Associate in Business Cleveland Community College": an associate degree, not a job.
_ASSOCIATE_DEGREE = re.compile(r"^associate'?s?$", re.IGNORECASE)


def _org_after_in(part: str, before_town: bool = False) -> tuple[str, str] | None:
    """"Lathe Operator in Esfahan Steel Company (ESCo)", "Sales Executive in M/S. Praneeth Enterprises" ->
    title and employer: a title ending in a job word, then "in" or "at" and an organisation's name (by
    its legal form or an organisation word) naming no job and, without a legal form, no department or
    unit ("Lecturer in Mechanical Engineering Department", "Engineer in Quality Lab dept" say where in
    the employer the job is; "Software Development Engineer in Test" names no organisation). "Associate
    in Business Acme Community College" is a degree. Before a town's comma ("Project Design Engineer in
    Pinnacle Infotech, Coimbatore", ``before_town``) a name of two to four capitalised words needs no
    organisation's word, when none is a place's, a department's or a unit's, and the job teaches no subject
    ("Lecturer in Computer Science, Pune" says what was taught)."""
    match = _IN_ORG_AFTER.match(part)
    if not match or not _title_ends(match.group("title")) or _ASSOCIATE_DEGREE.match(match.group("title")):
        return None
    org = match.group("org").strip(" ,.")
    words = [w.lower().strip(".,()") for w in org.replace("/", " ").split()]
    if before_town and not _is_org(org) and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in org.split()) and \
            not has_job_word(org) and not _is_place(org) and _TEACHING_JOBS.isdisjoint(match.group("title").lower().split()) and \
            not any(w in DEPARTMENTS or w in PLACES or _is_unit_word(w) for w in words):
        return match.group("title"), org  # "Engineer Trainee in Omni Electricals", "Calicut"
    if has_job_word(org) and not (before_town and _job_word_inside_firm(org)) or not _is_org(org) or \
            not _LEGAL_SUFFIX.search(org) and \
            (_names_a_unit_before_town(org, words) if before_town else any(_is_unit_word(w) or w in ("lab", "labs") for w in words)):
        return None
    return match.group("title"), org


def _job_word_inside_firm(org: str) -> bool:
    """Whether a name after a title's "at" and before a town's comma is a firm's though a job's word is in it
    ("MANUFACTURING DESIGN ENGINEER AT INNOVATIVE ENGG SERVICES, COIMBATORE": "ENGG" is short for engineering
    there): two words or more in capitals or capitalised, the last an organisation's word naming no job; "Engineer
    at CMM Operator, Pune" names a second job."""
    words = org.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and _is_org(words[-1]) and \
        not has_job_word(words[-1])


#: Words that make a name after "in" a part of the employer even before a town ("Quality Lab, Pune").
_PART_OF_EMPLOYER = _word_set("department dept division section unit team wing lab labs")


def _names_a_unit_before_town(org: str, words: list[str]) -> bool:
    """Whether a name after a title's "in" and before a town's comma is the employer's department or unit
    ("Engineer in Customer Services, Pune", "Analyst in Quality Lab, Pune"): a unit's words alone
    (:func:`_is_unit`) or a word naming a part of a firm; "Executive in ITech Services, Chennai" names the firm."""
    return _is_unit(org) or any(w in _PART_OF_EMPLOYER or w in DEPARTMENTS for w in words[:-1]) or \
        words[-1] in _PART_OF_EMPLOYER


#: Jobs that teach a subject named after "in" ("Lecturer in Computer Science", "Instructor in Welding Technology").
_TEACHING_JOBS = _word_set("lecturer professor teacher instructor tutor faculty trainer")
#: A town's name alone after a comma: one capitalised word ("Chennai", "CALICUT").
_LONE_TOWN = re.compile(r"[A-Z][A-Za-z]{2,}\.?")


def _is_lone_town(text: str) -> bool:
    """Whether ``text`` is one capitalised word naming no job nor organisation: the town after a name's
    comma ("... in Omni Electricals, Calicut")."""
    return bool(_LONE_TOWN.fullmatch(text)) and not has_job_word(text) and not _is_org(text) and \
        text.lower().rstrip(".") not in _NOT_NAMES


#: The most words a title before a long organisation's name has (:func:`_long_org_after_title`).
_TITLE_BEFORE_ORG_WORDS = 6


def _long_org_after_title(part: str) -> tuple[str, str] | None:
    """"Manager (Manufacturing & Industrial Engineering) with M/s KIRLOSKAR PNEUMATIC COMPANY LTD", "CNC PROGRAMMER /
    ELECTRODE DESIGNER AT SKILLTEC PRECISION ENGINEERING PTE LTD" -> title and employer: a part too long to be a title
    (more than ten words) that is a short title (up to six words, ending in a job word) and, after "at", "with" or
    "in", an organisation's name (:func:`_org_after_in`). A sentence about oneself is no title ("I have completed one
    year Apprentice in HYUNDAI MOTORS INDIA LIMITED at Body shop")."""
    if len(part.split()) <= 10:
        return None
    return _short_title_in_org(part)


def _short_title_in_org(part: str) -> tuple[str, str] | None:
    """A short title (up to six words) and, after "at", "with" or "in", an organisation's name (:func:`_org_after_in`),
    the title saying nothing about oneself ("I have completed one year Apprentice in HYUNDAI MOTORS INDIA LIMITED")."""
    said = _org_after_in(part)
    if said is None or len(said[0].split()) > _TITLE_BEFORE_ORG_WORDS or _ABOUT_ONESELF.search(said[0]):
        return None
    return said


#: "machinist with SNC-LAVALIN (1200MW Hadjret power plant /Algeria)", "Machinist with E.T.S (Algeria)": a title, "with"
#: and a name written in capitals (an acronym or words in capitals: "SARL SOFOR"); what follows it, if anything, opens a
#: bracket or a word in small letters or digits ("SARL SOFOR hydraulic drilling ..."), no capitalised word ("Engineer
#: with NEBOSH International Diploma" names a diploma).
_WITH_CAPITALS_FIRM = re.compile(r"^(?P<title>[^()]+?)\s+with\s+(?P<org>(?:(?:[A-Z]\.){2,}[A-Z]?|[A-Z][A-Z&-]*[A-Z])(?:\s+[A-Z][A-Z&.-]*[A-Z.])*)"
                                 r"(?P<rest>(?:\s*\(|\s+[a-z\d]).*)?$")


def _capitals_firm_after_with(part: str) -> tuple[str, str, str | None] | None:
    """"high technician machinist with SNC-LAVALIN (1200MW Hadjret Ennouss power plant /Algeria)" -> title, employer
    and place: a short title (up to six words, naming a job, saying nothing about oneself) then "with" and a name
    written in capitals (:data:`_WITH_CAPITALS_FIRM`), naming no job, that no organisation's word need mark
    ("SNC-LAVALIN", "E.T.S"); what follows the name is the place when it ends in one ("(Algeria)", "/Algeria"), a
    note on the site otherwise, dropped. "Python with MongoDB Developer" names a second job, no firm."""
    found = _WITH_CAPITALS_FIRM.match(part)
    if found is None:
        return None
    title, org, rest = found.group("title").strip(), found.group("org").strip(" ,"), found.group("rest") or ""
    if len(title.split()) > _TITLE_BEFORE_ORG_WORDS or not has_job_word(title) or _ABOUT_ONESELF.search(title) or \
            has_job_word(org):
        return None
    place = re.split(r"[(/]", rest)[-1].strip(" ,.()")
    return title, org, place if place and _is_place(place) else None


def _org_after_in_before_for(part: str) -> tuple[str, str] | None:
    """"Support engineer in HCL Technologies for" (the line went on "for 10 months.(2016- 2017).", the duration and the
    date taken away) -> title and employer: a part closing on a dangling "for" (:data:`_DANGLING_FOR`), which stops no
    title there, whose rest is a short title and an organisation's name (:func:`_short_title_in_org`). A sentence left
    with a "for" at its end stays one: what was done ("Aided the surgeon in Delmar Hospital for",
    :data:`_WORK_DONE_OPENING`), or one with no organisation after its "in" ("... aiding the anesthesiologist in
    inserting the catheter for")."""
    if not _DANGLING_FOR.search(part) or _WORK_DONE_OPENING.match(part):
        return None
    return _short_title_in_org(_DANGLING_FOR.sub("", part))


#: A short title opening a long part, then where the job was: "at", "in" or "with" and a word (not "in charge").
_TITLE_BEFORE_WHERE = re.compile(r"^(?P<title>[A-Z][^,;:]*?)\s+(?:at|in|with|AT|IN|WITH)\s+(?!charge\b)[A-Za-z]")


def _title_before_where(part: str) -> str | None:
    """"Mechanical Technologist at the National Printing Works for the Social Security Department", "Senior
    Technician in department of Applied Mathematics in School of mathematics": a part too long to be a title (more
    than ten words) whose opening words are one (up to six, capitalised, ending in a job word) before "at", "in" or
    "with" and where the job was, which reads as no organisation's name (:func:`_long_org_after_title` takes those):
    the title. A sentence about oneself names none ("Internship experience in ..."), nor one saying the job after
    "as" ("Have been Associate with Acme Architects as a Civil Engineer": :func:`_as_title` reads that), nor one
    reporting work done ("Assisted the Instructional Design Librarian in the development of ...")."""
    match = _TITLE_BEFORE_WHERE.match(part)  # the cheap test first: most parts open with no title
    if not match or len(part.split()) <= 10 or _as_title(part) is not None or _WORK_DONE.match(part):
        return None
    title = match.group("title")
    if len(title.split()) > _TITLE_BEFORE_ORG_WORDS or not _title_ends(title) or _ABOUT_ONESELF.search(title) or \
            _ASSOCIATE_DEGREE.match(title):
        return None
    return title


#: "University of Dammam", "Ministry of Health" after a title: an institution named by its kind
#: and "of", which no title ends with ("Professor of Physics" has no kind before "of").
_ORG_OF_AFTER = re.compile(r"\s(?P<org>(?:University|College|Institute|Hospital|Ministry|Bank|Government|Municipality)"
                           r"\s+of\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})$")


#: "Work experience with Acme Ltd", "Acme Ltd -worked": the words of a sentence around a name before "as".
_WORKED_AROUND_NAME = re.compile(r"^(?:(?:work|working|worked|employed|employment|experience)\s+)+(?:with|at|in|for)\s+|"
                                 r"\s*[-–—]?\s*(?:worked|working|employed|served|serving)$", re.IGNORECASE)


#: A name in capitals: letters, with dots or "&" inside ("CDEEE", "P.K.ENGG.WORKS", "AT&T"), not
#: hyphens ("CT-MRI" names a unit).
_CAPITALS_NAME = re.compile(r"^[A-Z][A-Z.&]*[A-Z.]$")


def _capitals_after_title(part: str) -> tuple[str, str] | None:
    """"SAP Specialist CDEEE", "Machine Operator P.K.ENGG.WORKS" -> title and employer: one or two
    words in capitals (four letters or more in all) right after the last job word of a title not
    written in capitals are the employer's name, unless they are a level, a department or a place."""
    words = part.split()
    if len(words) < 3:
        return None
    tail = 2 if len(words) > 3 and _CAPITALS_NAME.match(words[-2]) else 1
    head, rest = words[:-tail], words[-tail:]
    letters = sum(c.isalpha() for w in rest for c in w)
    if letters < 4 or not all(_CAPITALS_NAME.match(w) for w in rest) or not _is_job_word(head[-1].lower().strip(".,()")) or \
            not any(c.islower() for c in " ".join(head)) or _LEVEL.match(rest[0]) or has_job_word(" ".join(rest)) or \
            _is_place(" ".join(rest)) or any(w.lower().strip(".") in _UNIT_OR_MODIFIER for w in rest):
        return None
    return " ".join(head), " ".join(rest)


#: Where an employer's name ends when its title follows on the same line: a legal suffix.
_NAME_END = re.compile(r"^(?:inc|incorporated|llc|ltd|limited|corp|corporation|company|co|plc|pvt|gmbh|llp|l\.l\.c|w\.l\.l|pty)\.?,?$",
                       re.IGNORECASE)
#: A short name in brackets after an employer: "Fluor Government Group (FGG)".
_SHORT_NAME = re.compile(r"^\([A-Z&]{2,8}\),?$")
#: A level after a title's job word: "IT Executive L1", "Engineer (L2)", "Machinist III".
_LEVEL = re.compile(r"^(?:\(?L?\d{1,2}\)?|[IVX]{1,4})$")
#: The word naming a level before its number ("Machine Operator Level II", "Technician Grade 2").
_LEVEL_WORD = re.compile(r"^(?:level|grade)$", re.IGNORECASE)


def _spells_out(words: list[str], short: str) -> bool:
    """Whether the words before a bracketed short form are what it stands for and name no
    organisation: "Computer Numeric Controlled (CNC)" is a title's, "Fluor Government Group (FGG)" an
    employer's."""
    letters = [c for c in short if c.isalpha()]
    head = words[-len(letters):] if letters and len(words) >= len(letters) else []
    return bool(head) and [w[0].upper() for w in head] == [c.upper() for c in letters] and not _is_org(" ".join(head))


#: Organisation words that end a firm's name and seldom qualify a title ("Hillcrest Realty Group",
#: "Mercy Hospital", "Duval County School Board"; not "Services", "Systems" or "Solutions": "Professional
#: Services Manager"; "Board Operator" keeps its word, as one title word after it is not enough).
_NAME_ENDING_ORG_WORDS = _word_set("group bank hospital hospitals clinic technologies industries enterprises holdings "
                                   "laboratories foods motors airlines airways pharmaceuticals schools board university "
                                   "college")
#: Sectors whose word before "System" makes it an organisation's ("Baptist Health System", "Cook Children's
#: Healthcare System"), not a title's ("Control System Programmer Analyst", "Electrical System Test Engineer").
_SYSTEM_SECTORS = _word_set("health healthcare hospital medical school university")
_NAME_JOINERS_INSIDE = _word_set("of & and the")
_MEMBER_WORDS = _word_set("member members")
#: A word in the possessive ("Children's", "Macy’s"), which names a person or a place's firm, not a job.
_POSSESSIVE_WORD = re.compile(r"^[A-Z]\w*['’]s$")


def _ends_org_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` ends an organisation's name (:func:`_name_ending_org_word`): a capitalised word of
    :data:`_NAME_ENDING_ORG_WORDS`, or "System" after a sector's word (:data:`_SYSTEM_SECTORS`)."""
    word = words[i]
    return word[:1].isupper() and (word.lower() in _NAME_ENDING_ORG_WORDS or word.lower() == "system" and i > 0
                                   and words[i - 1].lower() in _SYSTEM_SECTORS)


def _name_ending_org_word(words: list[str], end: int) -> int:
    """Where a name in mixed case ends at its last organisation word (:func:`_ends_org_name`), with a title of two
    to five capitalised words after it: "Hillcrest Realty Group Software Engineer", "University of Kansas
    Hospital CT Technologist", "Cook Children's Healthcare System Security Analyst" (the name's words capitalised,
    none a job word but in a name holding a possessive: "Cook" there is a name); 0 when there is none."""
    cut = max((i + 1 for i in range(len(words[:end - 2])) if _ends_org_name(words, i)
               and words[i + 1].lower() not in _MEMBER_WORDS), default=0)  # "Advisory Board Member" is a title
    name = words[:cut]
    if cut < 2 or has_job_word(" ".join(name)) and not any(_POSSESSIVE_WORD.match(w) for w in name) or \
            not all(w[:1].isupper() or w.lower() in _NAME_JOINERS_INSIDE for w in name) or \
            not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words[cut:]):
        return 0
    return cut


#: An acronym opening a name: "YMCA", "NASA" (letters in capitals, two or more).
_ACRONYM = re.compile(r"^[A-Z]{2,}$")
#: Governments named by their place: "City of Houston", "County of Orange", "State of Ohio".
_GOVERNMENTS_OF = _word_set("city county state town village province")


def _name_ending_of_place(words: list[str], end: int) -> int:
    """Where a name "<name> of <one word>" ends with a title of one to five capitalised words after
    it: "YMCA of Jacksonville Administrative Assistant", "University of Surrey Electronics Technician",
    "City of Houston Plant Operator". The words before "of" (one to three, capitalised) name an
    organisation or a government ("City", "County"), open with an acronym, or the name is a country's, and no
    word of the name is a job's ("Director of Sales Account Manager", "Head of Quality Control Inspector" stay
    whole; "Summary of Qualification Mechanical Engineer" names no organisation); 0 when there is none."""
    of = next((i for i, w in enumerate(words[:4]) if w == "of"), None)
    if of is None or of == 0 or of + 2 >= end:
        return 0
    name = words[:of + 2]
    if not all(w[:1].isupper() for w in name if w != "of") or _NUMBER.search(" ".join(name)) or \
            has_job_word(" ".join(name)) or not (_is_org(" ".join(words[:of])) or _ACRONYM.match(words[0]) or
                                               of == 1 and words[0].lower() in _GOVERNMENTS_OF or
                                               _names_a_country(" ".join(name))):
        return 0
    return of + 2


def _job_before_its_unit(words: list[str], end: int) -> int:
    """Where a title's job ends when "of" and the unit it heads follow it, all capitalised ("Manager of Security
    Administration", "Security Manager of Identity and Access Management": the end after "Manager"), so that a firm's
    name before such a title is told as before any (:func:`_split_employer_title`); ``end`` when there is none."""
    of = next((i for i in range(end - 2, 0, -1) if words[i] == "of"), None)
    if of is None or not _is_job_word(words[of - 1].lower()) or \
            not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words[of + 1:end]):
        return end
    return of


def _firm_named_for_a_trade(part: str) -> bool:
    """Whether a part with a job word is a firm's name, no title: its last job word comes after a name and is joined by
    "&" or "and" to more capitalised words closed by a legal word (:data:`_LEGAL_SUFFIX`: "Moody Millwright &
    Construction Company", "Baker Welder and Fabrication Inc."). "Owner & President" and "CEO & Co-Founder Acme
    Inc" (the job word last before the firm) stay titles."""
    words = part.split()
    if len(words) < 4 or not _LEGAL_SUFFIX.fullmatch(words[-1]):
        return False
    last = max((i for i, w in enumerate(words) if _is_job_word(w.lower().strip(".,()"))), default=0)
    return 0 < last < len(words) - 2 and words[last + 1] in ("&", "and") and \
        all(w[:1].isupper() or w in ("&", "and") for w in words)


def _long_org_before_title(part: str) -> tuple[str, str] | None:
    """"Cook Children's Healthcare System Security Manager of Identity and Access Management" -> title and employer:
    a part too long to be a title (more than ten words) that is a firm's name before a title heading its unit
    (:func:`_split_employer_title`, :func:`_job_before_its_unit`), the unit's words making it long."""
    if len(part.split()) <= 10:
        return None
    said = _split_employer_title(part)
    return (said[1], said[0]) if said and " of " in said[1] else None


def _split_employer_title(part: str) -> tuple[str, str] | None:
    """"Sysnet Global Technologies pvt. Ltd Desktop Support Engineer" -> employer and title: the
    employer's name ends at a legal suffix, a bracketed short name (not one spelling out the words before
    it: "Computer Numeric Controlled (CNC) Machinist", :func:`_spells_out`), or the last organisation word
    of a name in capitals ("ORIGON SYSTEMS IT Executive L1"); the title after it (one to five
    words, capitalised) ends in a job word."""
    words = part.split()
    end = len(words)
    while end > 1 and _LEVEL.match(words[end - 1]):
        end -= 1
    whole, end = end, _job_before_its_unit(words, end)
    if not (_is_job_word(words[end - 1].lower().strip(".,()")) or _glued_job_word(words[end - 1])):
        return None
    employer, as_, title = part.partition(" as ")
    employer = _WORKED_AROUND_NAME.sub("", employer).strip(" ,-–—")
    if as_ and not has_job_word(employer) and _looks_like_name(employer) and len(employer.split()) >= 2 and \
            employer.split()[0].lower() not in _NOT_NAMES:
        title = re.sub(r"^(?:an?\s+)", "", title.strip())  # "KICL-Khonaini International Company Limited as Safety supervisor"
        if 1 <= len(title.split()) <= 5 and title[:1].isupper() and " as " not in title:
            return employer, title
    cut = max((i + 1 for i, w in enumerate(words[:end - 1])
               if _NAME_END.match(w) or _SHORT_NAME.match(w) and not _spells_out(words[:i], w)), default=0)
    if not cut:
        capitals = next((i for i, w in enumerate(words) if not (w.isupper() and len(w) > 1)), len(words))
        cut = max((i + 1 for i in range(capitals) if words[i].lower() in ORG_WORDS), default=0)
        if not cut and capitals >= 3 and end - capitals >= 2 and any(len(w) > 3 for w in words[:capitals]) and \
                not has_job_word(" ".join(words[:capitals])) and \
                not any(w.lower() in _UNIT_WORDS for w in words[:capitals]):
            cut = capitals  # "FAMCO VOLVO DEALERSHIP MIDDLE EAST Bus Technician": a name in capitals, then the title
        if not any(c.islower() for c in "".join(words[cut:])):  # all in capitals: no case change to go by
            cut = 0
    if not cut:
        cut = _name_ending_org_word(words, whole) or _name_ending_of_place(words, end)
    if cut < 2 or not 1 <= end - cut <= 5 or not words[cut][:1].isupper():
        return None
    return " ".join(words[:cut]).rstrip(","), " ".join(words[cut:])


def _reads_as_sentence(words: list[str]) -> bool:
    """Whether a line's words make a description rather than a name, though one may be an
    organisation's word: five words or more, half of them (small connectors aside) in lower case
    ("Financial support for the Commodities sales team", "made several trips abroad with the company"),
    unless they end in a legal form with no article before ("Evraz Wasco pipe protection corporation",
    but not "Assembled service boxes for a medical company"); a short legal form in lower case is the name's and counts for
    neither ("The Deal India pvt ltd" is a name; "... in this company" is no legal form)."""
    content = [w for w in words if w.lower() not in _CONNECTORS and not (w[:1].islower() and _COMPANY_SUFFIX.match(w))]
    if _NAME_END.match(words[-1]) and not any(w.lower() in ("the", "a", "an") for w in words):
        return False  # "Evraz Wasco pipe protection corporation": a name in lower case
    return len(words) >= 5 and 2 * sum(1 for w in content if w[:1].islower()) >= len(content)


def _looks_like_name(text: str) -> bool:
    words = _words(text)
    if not words or len(words) > 10 or _reads_as_sentence(words):
        return False
    if _is_org(text):
        return True
    capitalised = sum(1 for w in words if w[0].isupper() or any(c.isupper() for c in w[1:3]))  # "iControl", "eBay"
    return capitalised / len(words) >= 0.6 and not _NUMBER.search(text)


#: Marks a layout left before a field ("*Production Lead", "> Sales Engineer", "ØElementary Level", "§ Acme Tools"):
#: bullets and section glyphs before a letter; "Ø" before a small letter is a letter of a name ("Ørsted") and stays.
_MARKS_BEFORE = re.compile(r"^(?:[*>»§•●▪◦➢►✓❖]|Ø(?![a-zæøå]))+\s*(?=[A-Za-z])")


def _tidy(text: str | None, filler: re.Pattern | None = None) -> str | None:
    """A field as written, without bullets, trailing punctuation, a postal code, or the words a
    sentence put before it (``filler``, by default :data:`_LEADING_FILLER`)."""
    if not text:
        return None
    text = _SPACES.sub(" ", text).strip(" ,;:-|")
    text = _POSTCODE_END.sub("", text)  # a postal code after a place
    text = _NOT_A_FIELD_AFTER.sub("", text)  # "Arcelor Mittal Reason for leaving: End of Contract"
    if not _ABBREVIATION_END.search(text):
        text = text.rstrip(".")
    text = (filler or _LEADING_FILLER).sub("", text)
    if text.count("(") > text.count(")"):  # "Kay Bouvet Ltd. (Satara" lost its closing parenthesis to a date
        head, _, tail = text.rpartition("(")  # after a title, a tag or a specialty the layout cut ("CNC Lathe
        # Operator (Computer Numerically Controlled", "Petty Officer (Machinist Mate 1st Class - E-6)" cut at its dash)
        text = head.strip() if not tail.strip() or _is_place(tail) or len(tail.split()) <= 2 or _title_ends(head) \
            else f"{head}{tail}"
    elif text.endswith(")") and text.count(")") > text.count("("):  # "Charter Communications)": its bracket opened
        text = text[:-1]  # on the line before, or a comma inside it cut the field
    return text.strip(" ,;:-|") or None


#: "Acme Mines - Conventional mining method", "Dale Soft - Fleet mobile application": a phrase after a spaced dash
#: that ends, and goes on after its first word, in small letters (two small words at least, the last one of them):
#: what was done or made there, no part of the firm's name ("Dale Group - Orascom trading" and "Dale - cabling
#: Division" stay: one small word, a unit's).
_DESCRIPTION_AFTER_DASH = re.compile(r"\s+[-–—]\s+(?P<note>[A-Za-z]+(?:\s+[A-Za-z]+)*\s+[a-z]+)$")


def _without_description_after_dash(employer: str) -> str:
    """The employer without a description after a spaced dash (:data:`_DESCRIPTION_AFTER_DASH`): two words or
    more in small letters after its first, none a unit's ("Division", "Department"), not a place."""
    match = _DESCRIPTION_AFTER_DASH.search(employer)
    if match is None or not employer[:match.start()].strip():
        return employer
    words = match.group("note").split()
    if sum(w.islower() for w in words[1:]) < 2 or any(w.lower() in _PART_OF_EMPLOYER for w in words) or \
            _is_place(match.group("note")):
        return employer
    return employer[:match.start()]


#: An employer's name may start with "The" ("The Geo Group Inc."); only "at", "with", "a"... go.
_EMPLOYER_FILLER = re.compile(_LEADING_FILLER.pattern.replace("|the|", "|"), re.IGNORECASE)
#: "SHAFT SINKERS -INDIA", "BURNCUT RUC - AUSTRALIA": a place after a dash.
_DASH_PLACE = re.compile(r"\s+-\s*(?P<place>[A-Za-z][A-Za-z .]+)$")
#: "Hotel Sheraton Bogota" with the location "Colombia": the city is the employer's last word, or
#: its last two when the first is one that starts city names ("Applied Engineering San Jose", "CA").
_TOWN_FIRST_WORDS = r"San|Santa|Los|Las|El|La|New|Fort|Port|Palm|St\.?|Ft\.?|Mt\.?"
_LAST_WORD = re.compile(r"\s+(?P<city>(?:(?:" + _TOWN_FIRST_WORDS + r")\s+)?[A-Z][a-z]{3,})$")


#: The same in a name written in capitals ("MAGNA INTERNATIONAL- PROMATEK RESEARCH CENTRE BRAMPTON", "ONT").
_LAST_CAPITALS_WORD = re.compile(r"\s+(?P<city>(?:(?:" + _TOWN_FIRST_WORDS.upper() + r")\s+)?[A-Z]{4,})$")


def _capitals_town(employer: str) -> re.Match | None:
    """"MAGNA INTERNATIONAL- PROMATEK RESEARCH CENTRE BRAMPTON", "ROPLAST INDUSTRIES OROVILLE", "TAB INDIA
    GRANITES PVT.LTD. HOSUR": in a name written in capitals the town is the last word when the word before
    ends a firm's name (an organisation's word or a legal form) and the town is no unit ("... MANUFACTURING
    PLANT"); "PAKISTAN MACHINE TOOL FACTORY" keeps its last word."""
    city = _LAST_CAPITALS_WORD.search(employer) if employer.isupper() else None
    before = employer[:city.start()].split() if city else []
    if not before or _is_unit_word(city.group("city").lower()):
        return None
    last = before[-1].strip(".,-–—")
    return city if _is_org(last) or _LEGAL_SUFFIX.search(last) else None


#: Last words of two-word city names ("Costa Mesa", "Auburn Hills", "Salt Lake City") and of other
#: names of places ("Chennai Area", "Air Base"): a word before them is the place's, not an employer.
_CITY_SECOND_WORDS = _word_set("""
city hills heights park beach springs falls rapids grove village valley point creek lake harbor harbour mesa
rouge nuys land rock station coral cucamonga township junction ridge bluff bluffs island bay haven gardens vista
forest meadows crossing mills center centre plains prairie woods shores view lakes worth paso hill cliffs manor
area zone county division base campus system source incorporated global pharmacy house
""")


#: "Whitewater WI", "Riverside Mo.", "Roxboro N.C.": a place ending in a US state's code, or its older dotted
#: abbreviation, with no comma before it.
_STATE_CODE_AFTER = re.compile(r"^(?P<head>.+?)\s+(?P<region>[A-Z]{2}|[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.)$")
#: The states' older dotted abbreviations ("Mo.", "Tenn.", "N.C."), dots gone, read with no comma before them;
#: not "Co." nor "Ind." nor "Del." (a firm's "Acme Trading Co.", "Acme Ind.").
_DOTTED_STATES = _word_set("""
ala ariz ark calif colo conn fla ga ill kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa penn tenn
tex va vt wash wis wisc wyo nc sc ny nj nh nm nd sd
""")


def _state_code_after(place: str) -> re.Match | None:
    """"Whitewater WI", "Riverside Mo.", "Stratford ON": the place's end in a state's code or its older dotted
    abbreviation (:data:`_STATE_CODE_AFTER`), or a province's code read with no comma (:data:`_PROVINCE_CODE_UNMARKED`);
    not a firm's "Acme Moving, Inc.", nor a code that is no place's."""
    state = _STATE_CODE_AFTER.match(place)
    if state is None:
        return None
    region = state.group("region")
    known = re.sub(r"[.\s]", "", region).lower() in _DOTTED_STATES if "." in region else \
        region.lower() in PLACES or _PROVINCE_CODE_UNMARKED_ALONE.fullmatch(region) is not None
    return state if known else None


#: First words of towns of two words besides those of :data:`_CITY_FIRST_WORDS` ("Palo Alto", "Ann Arbor",
#: "Boca Raton", "Grand Rapids"), and words for a part of a town or a region ("Greater Boston", "Downtown
#: Dallas"): one such word before a town is the town's, no employer's name.
_TOWN_OPENING_WORDS = _CITY_FIRST_WORDS | _word_set("""
palo des boca ann corpus baton cedar grand salt little long newport overland chula elk thousand simi cape coral
pembroke miami daly rancho moreno garden huntington high winston cherry jersey bowling college sugar league mission
laguna carol downers arlington hoffman sterling farmington shelby rochester bloomfield oak glen royal lake saint
sioux round bel bay blue spring battle castle iowa kansas oklahoma carson rock red white green black silver golden
cocoa vero del holly walnut diamond indian mountain pleasant union ocean bonita yorba pico culver half upper lower
greater metro downtown central northern southern eastern western inland suburban old
""")
#: Last words of towns of two words whose first word may start no other town ("Palo Alto", "Des Moines", "Santa
#: Clara"), and the common nouns that end towns' names ("Sherman Oaks", "Rocky Mount", "Dobbs Ferry", "Brown
#: Deer", "Temple Terrace"): a word before them is the town's.
_TOWN_CLOSING_WORDS = _word_set("""
alto arbor raton moines christi angeles vegas diego francisco jose antonio louis paul petersburg clara ana
lauderdale lucie bernardino rosa monica barbara cruz mateo leandro marcos clemente orleans haven york britain
brunswick bedford rochelle braunfels salem
oaks mount ferry deer forge square pass terrace church corner corners crest farms dale acres tree pine cottage
branch meeting river notch isle cove glen bend ford wells bridge town southern northern eastern western
""")


#: US states and Canada's provinces (no country, nor "remote") that end a place.
_STATES = PLACES - COUNTRIES - {"remote"}


def _one_word_name_before_town(name: str, town: str, region: str) -> bool:
    """"Kroger Cartersville", "LabCorp Durham", "Whirlpool Benton Harbor" before a state: one capitalised
    word before a town names the employer unless it may start a town's name with the town ("Palo Alto",
    "Ann Arbor", "West Palm Beach") or names a part of one ("Downtown Dallas"), or is a job's word; before a
    country the words are most often the town's ("Tamil Nadu, India", "Turkish Airforce, Turkey")."""
    word = name.lower().rstrip(".")
    return name[:1].isupper() and word not in _TOWN_OPENING_WORDS and not has_job_word(name) and \
        (len(town.split()) > 1 or town.lower() not in _TOWN_CLOSING_WORDS) and \
        region.strip().lower().rstrip(".") in _STATES


#: Common nouns that end firms' names and no town's ("Acme Medical Complex", "Acme Office Equipment", "Acme Branding
#: Concepts", "Acme Micro Devices", "Acme Money Exchange"), besides organisations' and units' words (:func:`_names_no_town`).
_FIRM_END_NOUNS = _word_set("complex equipment devices concepts products supplies designs works exchange")


def _names_no_town(word: str) -> bool:
    """Whether the last word before a place's comma ("Acme Medical Complex, Qatar", "Acme Metal Products, Lebanon",
    "Acme Medical Centers, FL") ends the firm's name rather than naming its town: an organisation's word or its
    plural, a unit's word (:func:`_is_unit_word`), a common noun ending firms' names (:data:`_FIRM_END_NOUNS`) or the
    location's label ("Location, Iran")."""
    lower = word.lower()
    return _is_org(word) or _is_org(lower.removesuffix("s")) or _is_unit_word(lower) or lower in _FIRM_END_NOUNS or \
        re.fullmatch(_LABELS["location"], lower) is not None


def _name_before_city(place: str, alone: bool = False) -> tuple[str, str] | None:
    """"American Label Chattanooga, TN", "TDCJ Huntsville, TX" -> the employer and the place: a name
    glued before a city and its state or country (the city one word, or two after "San", "New", ...;
    the name two words or more, or one in capitals, no place nor a label; "Costa Mesa, CA", "Palo
    Alto, CA" name no employer). When the place stands ``alone`` for a record that names no other
    employer, the name may be one word before a town and a state ("Kroger Cartersville, GA") and the town
    two words whose last says it is one ("Whirlpool Benton Harbor, MI"); with an employer named elsewhere
    such a line is most often a town of two words ("Rocky Mount, NC", "Abu Dhabi, UAE")."""
    head, comma, region = place.partition(",")
    if not comma:  # "Generac Solutions Whitewater WI": a state code without the comma
        state = _state_code_after(place)
        if state is None:
            return None
        head, comma, region = state.group("head"), " ", state.group("region")
    town = _town_ending_in_city_word(head, shortest=1) if alone else None
    if town:  # "Whirlpool Benton Harbor, MI": a town whose last word says it is one ("Acme West Palm Beach")
        name, town_name = town
        *rest, last = name.split()
        if rest and last.lower().rstrip(".") in _CITY_FIRST_WORDS:
            name, town_name = " ".join(rest), f"{last} {town_name}"
    else:
        city = _LAST_WORD.search(f" {head}")
        if city is None or city.group("city").lower() in _CITY_SECOND_WORDS or _names_no_town(city.group("city")):
            return None
        name, town_name = f" {head}"[:city.start()].strip(), city.group("city")
    if len(name.split()) < 2 and not (name.isupper() and len(_WORD.findall(name)[0]) > 2) and \
            not (alone and _one_word_name_before_town(name, town_name, region)) or _ends_cut(name):
        return None  # "Palo Alto", "N. Hollywood", "Abha & Tabuk", "Assoc. of South TX": the words before are the city's
    if _is_place(name) or not _looks_like_name(name) or re.fullmatch(_LABELS["location"], name, re.I):
        return None
    return name, f"{town_name}{comma}{region}"


#: "COSMETICA (Temp)", "PAREXEL International (Offshore)", "Nationair Canada (Dissolved)": how the job was
#: held or what became of the firm, in a bracket after the employer's name: no part of the name.
_ARRANGEMENT_AFTER = re.compile(r"\s*\((?:" + _ARRANGEMENT + r"|freelance|dissolved|defunct|closed)\)$", re.IGNORECASE)
#: "Philips Healthcare (www.philips.com)", "Al Dana Switchgear (A Subsidiary of AALCO Group)", "Acme Realty (A sister firm
#: of Acme Buildcon)", "Acme Insights (Humana subsidiary)", "Acme Iwata Ltd. (A Motherson Group Company)", "Ericsson (Formerly
#: Telcordia Technologies)": a bracket after the name giving the firm's web address, its parent or its other name
#: is a note on the employer, not part of its name ("Fluor Government Group (FGG)" keeps its short name); one or two
#: words of any case before "subsidiary" / "group company" are such a note too (the patterns ignore case: "(A subsidiary)").
_PARENT_OF = r"\s*(?:an?\s+)?(?:subsidiary|sister\s+(?:company|firm|concern)|division|member|part)\s+of\b|" \
    r"\s*(?:an?\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+(?:subsidiary|group\s+company)\s*(?=\))"
_NOTE_AFTER = re.compile(r"\s*\((?:\s*(?:www\.|https?://)|[^()\s]+\.(?:com|net|org|asia)\b|" + _PARENT_OF +
                         r"|\s*(?:formerly|now|previously)\s+[^()\s])[^()]*\)$", re.IGNORECASE)
#: "Emerson Automation [Formerly Tyco Valves (TV)] / Senior Design Engineer": a firm's former name in square brackets
#: (a bracket inside it too), a note on the employer wherever the line writes it.
_FORMER_NAME = r"\s*\[\s*(?:formerly|previously)\b[^\[\]]*\]"
#: "KENTZ LTD (member of the Acme group) “Site office”": the same note on the firm's parent anywhere in a
#: record's line; read as a field it is a membership (no job), and the line's record is lost.
_PARENT_NOTE = re.compile(r"\s*\((?:" + _PARENT_OF + r")[^()]*\)|" + _FORMER_NAME, re.IGNORECASE)
#: "Blackmer, a Dover Company, Grand Rapids MI", "... at Genco, a Keller company, Egypt": a part of a line (between
#: commas) naming the firm's parent, "a" and its capitalised name then "Company": a note on the employer, no field.
_PARENT_COMPANY = re.compile(r"an?\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?i:company|subsidiary)")
#: "FORTIS HOSPITALS, Bangalore", "Mipalloy, Chennai": one capitalised word after a comma ending the
#: employer's name.
_COMMA_CITY = re.compile(r"^(?P<name>.*[A-Za-z)].*?),\s*(?P<city>[A-Z][a-z]{2,})\.?$")


def _comma_city(employer: str) -> tuple[str, str] | None:
    """"FORTIS HOSPITALS, Bangalore" -> ("FORTIS HOSPITALS", "Bangalore"): a name, a comma and one
    capitalised word at the end is the town the employer is in, as a recruiter reads it (a firm's name
    does not end in a comma and a second name); a legal form ("Acme, Inc"), an organisation's word, a
    job or a label ("Client") is no town, nor is the word after a unit made of common words only
    ("Consulting Services, Schlumberger" names the firm after its unit)."""
    match = _COMMA_CITY.match(employer)
    if not match:
        return None
    city = match.group("city")
    if _LEGAL_SUFFIX.fullmatch(city) or _is_org(city) or has_job_word(city) or city.lower() in _NOT_NAMES or \
            city.lower() in _NOT_EMPLOYER_WORDS or \
            all(w in ORG_WORDS or w in _UNIT_OR_MODIFIER or _is_unit_word(w) for w in _words(match.group("name").lower())):
        return None
    return match.group("name").strip(), city


#: A bracket, or a word, after an employer's legal form (:func:`_place_after_legal_form`).
_BRACKET_OR_WORD = re.compile(r"\(\s*[^()]*?\s*\)|[^\s(),]+,?")
_PLACE_AFTER_WORDS = 4
#: A word of a place's name: capitalised, of two letters or more ("YANBU", "Kuala", "PATHERERI-BHIWADI").
_PLACE_WORD = re.compile(r"[A-Z][A-Za-z'’.-]+,?")


def _place_after_legal_form(employer: str) -> tuple[str, str] | None:
    """"RED SEA CABLES COMPANY YANBU" -> ("RED SEA CABLES COMPANY", "YANBU"); "KESTREL INDUSTRIAL PVT
    LTD,CHEYYAR" (no space after the comma); "Third Wave International N.V. Curacao", "BRB Cables Ltd. (Kushtia) Dhaka", "Gemmo Impianti SpA Ltd. ( LIBYA )": a firm's name
    ends at its legal form, and one to four capitalised words (or bracketed ones) after it name where
    it is, as a recruiter reads them. A short name in capitals stays the firm's ("Insulation Technology
    Company (ITC) El Paso"); words naming an organisation, a unit, a job or a second legal form are the
    name's ("Acme Ltd Engineering Services", "Acme Co. Ltd")."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in _BRACKET_OR_WORD.finditer(employer)]
    ends = [k for k, (_, _, word) in enumerate(tokens) if _LEGAL_SUFFIX.fullmatch(word.rstrip(","))
            and any(_TWO_LETTERS.match(w) for _, _, w in tokens[:k])]  # "(H) COMPANY ..." names no firm
    if not ends:
        return None
    last = ends[-1]
    if last + 1 < len(tokens) and _SHORT_NAME.match(tokens[last + 1][2]) and not _is_place(tokens[last + 1][2]):
        last += 1  # "Company (ITC)": the firm's short name
    after = tokens[last + 1:]
    if len(after) == 1 and after[0][2].startswith("(") and not _is_place(after[0][2]):
        return None  # "Grindwell Norton Ltd. (Saint-Gobain)": a bracket alone names a place only if a known one
    tail = " ".join(f"| {word.strip('() ')} |" if word.startswith("(") else word for _, _, word in after)
    words = tail.replace("|", " ").split()
    if not words or len(words) > _PLACE_AFTER_WORDS or not all(_PLACE_WORD.fullmatch(w) for w in words) or \
            _is_org(" ".join(words)) or has_job_word(" ".join(words)) or _is_unit(" ".join(words)) or \
            any(_LEGAL_SUFFIX.search(w) or w.lower() in _UNIT_WORDS for w in words):
        return None
    return employer[:tokens[last][1]].rstrip(" ,"), ", ".join(part.strip() for part in tail.split("|") if part.strip())


#: A country's name: one word of :data:`COUNTRIES` that is one alone, or its several words ("Saudi Arabia").
#: Countries of several words that need no mark after a firm's name ("Rowad Plastics Saudi Arabia").
_COUNTRY_OF_WORDS = r"(?:kingdom\s+of\s+)?saudi\s+arabia|south\s+africa|sri\s+lanka|united\s+arab\s+emirates"
_COUNTRY = r"(?i:" + _COUNTRY_OF_WORDS + r"|new\s+zealand|united\s+(?:states|kingdom)|" + "|".join(re.escape(w) for w in sorted(
               (COUNTRIES | _OTHER_COUNTRIES) - _word_set("sri lanka saudi zealand papua emirates"), key=len, reverse=True)) + r")"
#: "Microchip Technologies-India", "Ikapa Construction, South Africa", "Acme Foods. Kenya", "Acme (FGG) Afghanistan",
#: "Acme Metals LLC- DUBAI UAE", "Acme Architects @ Bangalore India": a country, perhaps after a town of one or two
#: words, set off from the firm's name by a comma, a full stop, a dash, "@" or a bracket; a country of two words
#: needs no mark ("Rowad Plastics Saudi Arabia").
_COUNTRY_AFTER_NAME = re.compile(r"^(?P<name>.+?[A-Za-z0-9)])(?:\s*[,@|]\s*|(?<=[A-Za-z]{3})\.\s*|(?<=\))\s*|\s*[-–]\s*)"
                                 r"(?P<place>(?:[A-Z][A-Za-z'’]+[\s,/-]+){0,2}?" + _COUNTRY + r")\.?$|"
                                 r"^(?P<before>.+?[A-Za-z.)])\s+(?P<country>(?i:" + _COUNTRY_OF_WORDS + r"))$")
#: "Al Bandary Group (Doha-Qatar)", "Acme Hospitals [Qateef | Saudi Arabia]": a bracket ending in a country.
_COUNTRY_BRACKET = re.compile(r"^(?P<name>.+?)\s*[(\[]\s*(?P<place>[^()\[\]]*?\b" + _COUNTRY + r")\s*[)\]]$")
_COUNTRY_BRACKET_WORDS = 4
_PLACE_MARKS = re.compile(r"\s*[|/–-]\s*")


def _country_after_name(employer: str) -> tuple[str, str] | None:
    """"Ikapa Construction, South Africa" -> ("Ikapa Construction", "South Africa"): a firm's name with its
    country (and perhaps its town) glued after it, as a recruiter reads it, when the resume gives no place
    of its own. The name keeps two words or more; a town naming an organisation or a job
    is the name's ("Acme Power Station, Kenya" keeps its station), as is a country a connector leads to
    ("Government of India", "BYU-Idaho" names no country)."""
    match = _COUNTRY_BRACKET.match(employer)
    if match and len(match.group("place").split()) > _COUNTRY_BRACKET_WORDS:
        match = None
    match = match or _COUNTRY_AFTER_NAME.match(employer)
    if match is None:
        return None
    name = (match.group("name") or match.group("before")).strip(" ,-–@|")
    if employer[match.end("name" if match.group("name") else "before"):].startswith(".") and \
            _LEGAL_SUFFIX.fullmatch(name.split()[-1]):
        name += "."  # "Acme Inc. India": the legal form keeps its full stop
    place = match.group("place") or match.group("country")
    town = place[:-len(re.search(_COUNTRY + r"$", place).group(0))]
    if not place[0].isupper() or len(name.split()) < 2 or not _looks_like_name(name) or \
            _ends_cut(name) or town.strip() and (_is_org(town) or has_job_word(town)):
        return None
    return name, _PLACE_MARKS.sub(", ", place).strip(" ,")


#: Words of a sentence left before an employer's capitalised name ("for Inel Gas Contracts Ltd", "experience in
#: Birbals Inc.", "c/o Erroled Resorts Inc", "Two years experience in Acme Forge Pvt Ltd", "I had worked in Acme
#: Company", "Worked remotely for Acme", "NOW WORKING IN APOLLO HOSPITALS", a heading "Work Experience Acme Limited"; "Contracted to Acme Services Ltd.",
#: "Deputed to Acme Mining Ltd.", "Assigned to Acme Graphics": the firm the person was placed with; "Consultant to
#: Acme Design", "Nurse on Dale Hospital", "in : _Dale Hospital" with a colon or underscore): the words that lead to
#: the name, not the name's; not "worked on" (a project, a ship, an aircraft follows it).
_WORDS_BEFORE_NAME = re.compile(
    r"^(?:(?i:(?:(?:\w+\s+)?(?:years?|months?)\s+(?:of\s+)?)?(?:work(?:ing)?\s+)?experience(?:\s+(?:in|at|with))?"
    r"|(?:I\s+(?:have\s+|had\s+)?(?:been\s+)?)?(?:(?:now|currently|presently)\s+)?work(?:ed|ing)(?:\s+\w+ly)?\s+(?:in|at|with|for)"
    r"|(?:sub)?contracted\s+(?:to|by|with|through|thru)|(?:assigned|deputed|seconded|posted)\s+(?:to|in|at|with))"
    r"|for|from|in|to|on|c/o)(?:[\s:_]*[:_])?\s*(?<=[\s:_])(?=[A-Z])")
#: "M/s", "M/S." (Messrs) before a firm's name ("M/s Bengal Tools Ltd."): a courtesy, not the name's.
_MESSRS = re.compile(r"^M/[Ss]\.?\s*(?=[A-Z])")
#: Small words a line's cut left after an employer's name ("Royal Air Force of", "Bharat Forge Ltd Pune through",
#: "HCL Technologies (Client) for from the"): the sentence went on past the name.
_WORDS_AFTER_NAME = re.compile(r"(?:\s+(?:through|for|from|the|of|and|in|at|to|with|under|as|by|on|since|&))+$")
#: "RA CHEM pharmaceuticals API Division key responsibilities", "KIA Motor Corporation _ | . Key Responsibilities": the
#: heading over the duties that the line ran on into after the employer's name, not the name's.
_DUTIES_AFTER_NAME = re.compile(r"[\s|.:_,–—-]+(?:key\s+)?(?:responsibilit(?:y|ies)|duties)[\s.:]*$", re.IGNORECASE)
#: "Al Hoty Stanger Laboratories, Abu Dhabi Duration", "Central Luzon Doctors' Hospital Location": the label of the
#: period or of the place that followed the employer's name on its line ("... Abu Dhabi Duration: 2 Year (From May
#: 2017 ...)"), its value read away; capitalised as labels are (not "... Substation for the duration").
_DATE_OR_PLACE_LABEL_AFTER_NAME = re.compile(r"(?<![\s|.:_,–—-])[\s|.:_,–—-]+(?:Duration|Period(?: [Cc]overed)?|Dates? [Cc]overed|Tenure|Location|"
                                             r"DURATION|PERIOD(?: COVERED)?|DATES? COVERED|TENURE|LOCATION)[\s.:]*$")


def _without_duties_heading(employer: str) -> str:
    """The employer's name without the heading over the duties that its line ran on into (:data:`_DUTIES_AFTER_NAME`:
    "RA CHEM pharmaceuticals API Division key responsibilities" -> "RA CHEM pharmaceuticals API Division"), or
    without the label of the period or place after it (:data:`_DATE_OR_PLACE_LABEL_AFTER_NAME`) when two words or
    more stay ("Prime Location" is a firm's name), when
    the words before the heading end in no heading word of their own (:data:`_DESCRIPTION_HEADING_WORDS`): "NATURE
    OF WORK & RESPONSIBILITY", "following Job responsibilities" are a heading as a whole, no name."""
    named = _DUTIES_AFTER_NAME.sub("", employer)
    unlabelled = _DATE_OR_PLACE_LABEL_AFTER_NAME.sub("", named)
    named = unlabelled if len(unlabelled.split()) > 1 else named  # "Prime Location" is a name
    last = re.findall(r"[a-z&]+", named.lower())[-1:]
    return named if last and last[0] not in _DESCRIPTION_HEADING_WORDS else employer


#: "McNally Bharat Engineering Co.Ltd Project : 2x250 MW Plant", "Acme Ltd. | Project Name: Bay Towers": a labelled
#: project (:data:`_PROJECT_LINE`) after the employer's name on its line is the project worked on, not the name's.
_PROJECT_AFTER_NAME = re.compile(r"(?<=\S)\s*(?:\|\s*)?\b(?:project(?:\s*(?:name|title))?)\s*[:;].*$", re.IGNORECASE)
#: Three letters in a row: what an employer's name cut short of its project still has ("2nd" has none).
_NAME_LETTERS = re.compile(r"[A-Za-z]{3}")


#: "RCG Technology-Newark, Delaware", "Acme Tools Inc., Dayton, OH": a name before a comma or a dash, then the place.
_NAME_THEN_PLACE = re.compile(r"^(?P<name>.+?)(?:\s*,\s*|(?<=[a-z.])-(?=[A-Z])|\s+-\s+)(?P<place>.+)$")


def _employer_opening_place(location: str | None) -> tuple[str, str] | None:
    """A line's own "Employer, Place" read whole as the place of a role with no employer ("RCG
    Technology-Newark, Delaware", "ZAPP PRECISION WIRE, USA") -> the employer and its place. The name
    must say it is a firm's (an organisation's word, a legal form, or two words or more in capitals before a
    country or a state's name, not its code), so that a town stays a place ("Glendale Heights, IL", "Salt Lake
    City, UT", "SAN DIEGO, CA", "WINSTON SALEM, NC"); a project's name is no employer."""
    split = _NAME_THEN_PLACE.match(location or "")
    if not split or not _is_place(split.group("place")) or _is_place(split.group("name")):
        return None
    name, words = split.group("name"), split.group("name").split()
    if words[-1].lower() in _TOWN_END_WORDS or words[0].lower().rstrip(".") in _CITY_FIRST_WORDS or \
            any(w.lower() == "project" for w in words):  # "ALTAIR PROJECT, Sri Lanka" names a site, no employer
        return None
    capitals = len(words) >= 2 and name.isupper() and not _STATE_CODE_ONLY.match(split.group("place"))
    if _is_org(name) or _LEGAL_SUFFIX.search(name) or capitals or len(words) >= 2 and _names_no_town(words[-1]):
        # "WINSTON SALEM, NC" stays a place; "Acme Office Equipment, Dubai" ends in a firm's noun
        return name, split.group("place")
    return None


#: A place's word set off from the name before it by a bracket, a slash or a dash ("Kilimanjaro Hotel (Tanzania)",
#: "BROWARD HEALTH SYSTEM/ FLORIDA"), or by a space alone ("Huntsman International Canada").
_PLACE_WORD_AT_END = re.compile(r"(?:\s*[(/–-]\s*|\s+)(?P<word>[A-Za-z.]+)\)?$")
#: Words of a region that open a firm's regional name before its country ("Acme Electronics West Africa").
_REGION_WORDS = _word_set("north south east west central northern southern eastern western middle")
#: Words that carry a name on to its place ("University of Maryland", "University of Texas at Austin").
_PLACE_OF_NAME = _word_set("of at de")
#: Streets' words ending an address's line ("University Dr FL"): no firm's name.
_STREET_END_WORDS = _word_set("dr dr. drive st st. street ln lane pkwy blvd ave rd way")


def _org_before_place(location: str | None) -> tuple[str, str | None] | None:
    """A role's lone "place" that is a firm's name ending in its country or state, with no mark between
    ("Huntsman International Canada", "Acme Constructions and Developers India", "Kilimanjaro Hotel (Tanzania)")
    -> the employer and its place: the words before the place name an organisation (an organisation's word or
    a legal form). A place the name continues is the name's ("University of Maryland", "Acme Laboratories of
    Canada", "Acme Electronics West Africa"), with no place left; a town's part is no firm ("Ras Laffan
    Industrial City, Qatar", "Aurora, CO")."""
    rest, place = (location or "").strip(" ,."), []
    while (word := _PLACE_WORD_AT_END.search(rest)) and word.group("word").lower().strip(".") in PLACES:
        place.insert(0, word.group("word"))
        rest = rest[:word.start()].strip(" ,")
    name = rest.strip(" ,–-/(")
    words = name.split()
    if not place or len(words) < 2 or not (_is_org(name) or _LEGAL_SUFFIX.search(name)) or _is_place(name) or \
            not _looks_like_name(name) or words[-1].lower() in _TOWN_END_WORDS | _STREET_END_WORDS or _ADDRESS_LINE.search(name):
        return None
    org = max(k for k, w in enumerate(words) if _is_org(w) or _LEGAL_SUFFIX.search(w) or k == 0)
    if any(w.lower() in _PLACE_OF_NAME for w in words[org + 1:]) or words[-1].lower() in _REGION_WORDS:
        return location.strip(" ,"), None  # "University of Maryland": the place is the name's
    return name, " ".join(place)


#: "Ilsco of Canada", "Orthopedics of S. Indiana", "Ankem OF Texas": capitalised words carried on to a place by "of".
_NAME_OF_PLACE = re.compile(r"^(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)\s+(?i:of)\s+(?P<place>[A-Z][A-Za-z. ]+)$")
#: Words of a country's own long name ("Kingdom of Saudi Arabia", "Sultanate of Oman"): a place, no employer.
_COUNTRY_FORM_WORDS = _word_set("kingdom sultanate republic emirate emirates principality federation")


def _name_of_its_place(location: str | None) -> tuple[str, None] | None:
    """A role's lone "place" that is a name carried on to its state or country by "of" ("Ilsco of Canada",
    "Beth Sholom Home Of Virginia", "Orthopedics of S. Indiana") -> the employer, with no place left: the
    name's words are no place's, and name no country by its long form ("Kingdom of Saudi Arabia",
    "Sultanate of Oman" stay places); :func:`_org_before_place` reads such names with an organisation's word."""
    split = _NAME_OF_PLACE.match((location or "").strip(" ,."))
    if not split or not _is_place(split.group("place")) or _is_place(split.group("name")) or \
            not _COUNTRY_FORM_WORDS.isdisjoint(w.lower() for w in split.group("name").split()):
        return None
    return split.group(0), None


#: "Repaired and staged cars", "Accredited by JCI", "Managed the daily functions of ...", "Specialized in AV": a
#: sentence opening with what the person did (a word in -ed or -ing), then a word in lower case or a number.
_WORK_DONE_OPENING = re.compile(r"^[A-Z][a-z]{2,}(?:ed|ing)\s+(?:(?:and|&)\s+)?(?!(?:and|&)\s)(?P<next>[a-z][\w'’-]*|\d\S*)")


def _tells_work_done(employer: str) -> bool:
    """Whether an employer's field is a line of the job's description read as a name ("Inspected medical
    utensils", "Trained 90 new officers"), not a firm's: a name with a legal form, one opening with an
    organisation's word ("Engineering services", "Manufacturing of valves Ltd") or going on to one, or naming
    a unit ("Staffing solutions", "Finished goods department"), is the firm's or its unit's; "Worked on Acme
    Airways DC-9" says where the job was."""
    opening = _WORK_DONE_OPENING.match(employer)
    if opening is None or _LEGAL_SUFFIX.search(employer):
        return False
    first, after = employer.split()[0].lower(), opening.group("next").lower()
    return first not in ORG_WORDS and not first.startswith("work") and not _is_org(after) and \
        not any(_is_unit_word(w) for w in _words(employer.lower()))


#: "Libbey Inc. 200 Old Ranch Rd.", "Acme Foods 16550 Jersey Blvd.", "Acme Press 575 8th Ave. New York": a street's
#: number and name (ending in a street's word) after a name of two words or more, to the line's end: the firm's
#: address, no part of its name.
_STREET_AFTER_NAME = re.compile(r"^(?P<name>[^\s\d]\S*(?:\s+[^\s\d]\S*)+?)\s+\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[\w'’-]+\s+){0,3}?"
                                r"(?i:street|st|avenue|ave|road|rd|blvd|boulevard|drive|dr|lane|ln|highway|hwy|parkway|pkwy)\b.*$")


def _employer_and_place(employer: str | None, location: str | None) -> tuple[str | None, str | None]:
    """Employer and location, tidied, with a place glued to the end of the employer moved to the
    location: after a dash or a comma ("FORTIS HOSPITALS, Bangalore"), or a city before a location
    that names only a country or state; a country or a two-word state alone (:func:`_is_region_written_out`) is the
    place, no employer; a bracket saying how the job was held ("(Temp)") goes, as do the
    words of a sentence that led to the name (:data:`_WORDS_BEFORE_NAME`) or that the line's cut left after it, and
    "M/s" before it."""
    employer, location = _tidy(_MARKS_BEFORE.sub("", employer or ""), _EMPLOYER_FILLER), _tidy(location)  # "ØAcme"
    if not employer:
        own = _employer_opening_place(location) or _name_before_city(location or "", alone=True) or \
            _org_before_place(location) or _name_of_its_place(location)
        if not own:
            return employer, location
        employer, location = own
    if _is_region_written_out(employer):  # "MTN, Afghanistan" read as employer "Afghanistan": the job's place
        return None, location or employer
    employer = _without_duties_heading(employer)
    employer = _WORDS_AFTER_NAME.sub("", _WORDS_BEFORE_NAME.sub("", _MESSRS.sub("", employer))) or employer
    employer = _STREET_AFTER_NAME.sub(r"\g<name>", employer)
    if _tells_work_done(employer):  # "Inspected medical utensils": the job's description, no employer
        return None, location
    named = _PROJECT_AFTER_NAME.sub("", employer).rstrip(" ,;|-")
    employer = named if _NAME_LETTERS.search(named) else employer  # not "2nd PROJECT : Refinery" cut to "2nd"
    named = _name_before_city(employer) if location is None and _state_code_after(employer) else None
    if named:  # "BAE Systems Hudson NH" after the title on its line: the town and state are the place
        return named
    named = _town_and_code_after_name(employer) if location is None else None
    if named:  # "(Teknatool Inc.) Boca Raton Fl": the town and the state's code after the name are the place
        return named
    employer = _NOTE_AFTER.sub("", _ARRANGEMENT_AFTER.sub("", employer) or employer) or employer
    employer = _without_description_after_dash(employer)
    for _ in range(2):  # "Vandana Global Ltd, Raipur, Chhattisgarh": a town and its state
        comma = _comma_city(employer)
        if comma:
            employer, location = comma[0], f"{comma[1]}, {location}" if location else comma[1]
    after_legal_form = _place_after_legal_form(employer)
    if after_legal_form:  # "RED SEA CABLES COMPANY YANBU": the town after the legal form
        employer, place = after_legal_form
        location = f"{place}, {location}" if location else place
    country = _country_after_name(employer) if location is None else None
    if country:  # "Ikapa Construction, South Africa": the country (and town) after the name; the name's words stay
        return country
    dash = _DASH_PLACE.search(employer)
    if dash and _is_place(dash.group("place")) and location is None:
        return employer[:dash.start()].strip(" ,-") or None, dash.group("place")
    town = _town_after_firms_dash(employer)
    if town and (location is None or len(location.split()) <= 2 and _is_place(location)):
        return town[0], f"{town[1]}, {location}" if location else town[1]  # "Acme Industries Ltd-Lakeport", "TX"
    town = _town_ending_in_city_word(employer)
    if town and location and len(location.split()) == 1 and _is_place(location):  # "Acme Staffing Kansas City", "KS"
        return town[0], f"{town[1]}, {location}"
    city = _town_after_org_word(employer, location) or _LAST_WORD.search(employer) or _capitals_town(employer)
    if city and location and len(location.split()) == 1 and _is_place(location) and not _names_no_town(city.group("city").split()[-1]) \
            and city.group("city").lower() not in _CITY_SECOND_WORDS and len(employer.split()) > 2 and _town_after_name(employer[:city.start()]):
        return _name_before_town(employer[:city.start()], employer), f"{city.group('city')}, {location}"
    return employer, location


#: "Peddinghaus Corp.-Bradley", "MASCOR (PTY) LTD - VRYHEID", "Acme Institute - Fort Lee": a town of one word (two after
#: "San", "Fort", ...), capitalised or in capitals (five letters or more: "Acme Ltd - ROHQ" names an office), after a
#: dash that ends a name.
_DASH_TOWN = re.compile(r"\s?[-–]\s?(?P<town>(?:(?:" + _TOWN_FIRST_WORDS + "|" + _TOWN_FIRST_WORDS.upper() +
                        r")\s+)?(?:[A-Z][a-z]{2,}|[A-Z]{5,}))$")


def _town_after_firms_dash(employer: str) -> tuple[str, str] | None:
    """"Acme Industries Ltd-Lakeport" -> ("Acme Industries Ltd", "Lakeport"): a town after a dash that ends a
    firm's name of two words or more ending in an organisation's word, a legal form or a bracket ("Acme Hospital
    (AH)-Lakeport"; not "PHARMA-NATURA"). A dash inside a name ("The Sherwin-Williams Company", "Wal-Mart
    Stores") or a town's ("Acme Labs Kailua-Kona", "Acme Academy Port-au-Prince") has no such word before it. A
    word naming no town stays the name's: an organisation's, a unit's or a job's ("Acme Group - Support"), a
    town's second word ("Acme Institute Brooks City-Base"), a word in -ing ("Acme Solutions-Staffing"), a roman
    numeral ("Acme Engineering Unit-III"), or a place read by :data:`_DASH_PLACE`."""
    dash = _DASH_TOWN.search(employer)
    name = employer[:dash.start()].strip(" ,") if dash else ""
    last_of_name = name.split()[-1] if name.split() else ""
    if len(name.split()) < 2 or not _looks_like_name(name) or \
            not (name.endswith(")") or _is_org(last_of_name.strip(".,")) or _LEGAL_SUFFIX.search(last_of_name)):
        return None
    town = dash.group("town")
    last = town.split()[-1].lower()
    if _names_no_town(last) or has_job_word(town) or last in DEPARTMENTS or last in _CITY_SECOND_WORDS or \
            last.endswith("ing") or re.fullmatch(r"[ivxl]+", last) or _is_place(town):
        return None
    return name, town


#: Last words of towns' names that are no organisation's ("Kansas City", "Bay City", "Sun Valley", "Palm Springs"):
#: the words of :data:`_CITY_SECOND_WORDS` that never end a firm's name ("park", "center", "point" may).
_TOWN_END_WORDS = _word_set("city beach springs falls valley lake hills heights grove village creek harbor harbour")


def _town_ending_in_city_word(employer: str, shortest: int = 2) -> tuple[str, str] | None:
    """"Favorite Staffing Kansas City" -> ("Favorite Staffing", "Kansas City"): a town whose last word
    says it is one ("City", "Valley", "Salt Lake City"), glued after a name of two words or more (of
    ``shortest`` words or more when the caller asks more of a one-word name). The
    word before is the town's when it is capitalised and no organisation's, job's or connector
    ("Acme Research Park" keeps its park, "Acme Medical Center" its center)."""
    words = employer.split()
    k = len(words)
    while k and words[k - 1].istitle() and words[k - 1].lower() in _TOWN_END_WORDS:
        k -= 1
    if k == len(words) or k < shortest + 1:
        return None
    first = words[k - 1]
    if not first.istitle() or _is_org(first) or has_job_word(first) or first.lower() in _CONNECTORS or \
            not _town_after_name(" ".join(words[:k - 1])) or not _looks_like_name(" ".join(words[:k - 1])):
        return None
    return " ".join(words[:k - 1]), " ".join(words[k - 1:])


#: "Main Line Health Bryn Mawr": two capitalised words at the end of an employer's name.
_TWO_WORDS_AT_END = re.compile(r"\s+(?P<city>[A-Z][a-z]{2,}\s+[A-Z][a-z]{2,})$")
#: "PA", "CA": a state's code alone.
_STATE_CODE_ONLY = re.compile(r"^[A-Z]{2}$")
#: Organisations' words that describe the word after them ("Fresenius Medical Care", "Lance Private Brands"),
#: so that no town starts after them.
_ORG_MODIFIERS = _word_set("medical private industrial international financial automotive pvt pvt.")
#: Nouns of :data:`_CITY_SECOND_WORDS` that end towns' names and seldom a firm's ("Grand Rapids", "Oak Park", "Costa
#: Mesa", "Mountain View"; not "City", "Lake", "Village", "Harbor"): two capitalised words ending in one, after a name
#: of two words or more, before a state's code, are its town.
_TOWN_NOUNS = _CITY_SECOND_WORDS & _word_set("park rapids mesa view springs valley falls heights hills beach grove creek")
#: Words that end a practice's name though no firm's ("Dr. Lane's Office", "Family Practice").
_PRACTICE_WORDS = _word_set("office practice")


def _town_after_org_word(employer: str, location: str | None) -> re.Match | None:
    """A town of two words glued after an employer's name that ends in an organisation's word (or a
    practice's), before a state's code: "Main Line Health Bryn Mawr", "PA" -> the town "Bryn Mawr";
    "Acme Engineering North Hollywood", "CA" -> "North Hollywood"; "Dr. Lane's Office Chadds Ford", "PA".
    A recruiter reads the words between "Health", "Engineering", "College" and the state as its town, as it does
    two words ending in a town's noun after any name ("Roskam Baking Grand Rapids", "MI"; :data:`_TOWN_NOUNS`); a word
    that is (or whose plural is) an organisation's, a job's or a connector is the name's ("Crozer Health System
    Upland", "Acme Medical Testing Lab"), as is a word after "Medical" or "Private" ("Fresenius Medical Care
    Waltham") and a state's name ("Cleveland Clinic Florida Weston"; "Iowa City" is a town)."""
    town = _TWO_WORDS_AT_END.search(employer)
    before = employer[:town.start()].split() if town else []
    last = before[-1].lower() if before else ""
    if not town or not _STATE_CODE_ONLY.match(location or ""):
        return None
    first, second = town.group("city").split()
    if not ((_is_org(last) or last in _PRACTICE_WORDS) and last not in _ORG_MODIFIERS or
            second.lower() in _TOWN_NOUNS and len(before) >= 2 and last.rstrip(".") not in _CITY_FIRST_WORDS):
        return None  # "Roskam Baking Grand Rapids", "MI"; not "Acme Health New Hyde Park" (a town of three words)
    if any(_is_org(w) or _is_org(f"{w}s") or has_job_word(w) or w.lower() in _CONNECTORS for w in (first, second)) or \
            _is_place(first) and second.lower() not in _CITY_SECOND_WORDS:  # "Clinic Florida Weston", not "Iowa City"
        return None
    return town


#: "Harrison High School in" (of "Harrison High School in Lafayette", "IN"): the word saying where, before a town.
_IN_BEFORE_TOWN = re.compile(r"\s+in$", re.IGNORECASE)


def _town_after_name(name: str) -> bool:
    """Whether the word ending an employer's name ends it where a town may follow: not a connector that
    the last word continues ("Children's Healthcare of Atlanta", "GA": "of Atlanta" is the name's, as is "at
    Austin" of "University of Texas at Austin"), save "in", which says where ("Harrison High School in Lafayette")."""
    last = name.split()[-1].lower() if name.split() else ""
    return last not in _CONNECTORS or bool(_IN_BEFORE_TOWN.search(name.rstrip(" ,-")))


def _name_before_town(name: str, employer: str) -> str:
    """The employer's name before its town, less a dangling "in" ("Harrison High School in" ->
    "Harrison High School") or a slash that set the town off ("Acme Bank/ Gulu"); the whole ``employer`` if
    nothing would be left."""
    return _IN_BEFORE_TOWN.sub("", name.strip(" ,-/")).strip(" ,-/") or employer


#: "ADITYA BIRLA GROUP. Working as excavator operator": the title follows "working as".
_WORKING_AS_INSIDE = re.compile(r"^.+?[.,;:]\s*(?:currently\s+)?(?:work(?:ed|ing)|serv(?:ed|ing)|employed)\s+as\s+"
                                r"(?:an?\s+)?(?=\S)", re.IGNORECASE)
#: "India as Senior Developer", "Springfield TN Quality Engineer", "Hemet CA- Cashier": a place before the title.
_PLACE_AS = re.compile(r"^(?P<place>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s+as\s+(?:an?\s+)?(?P<title>\S.*)$")
#: "6 month as Production engineer": a duration before the title.
_DURATION_AS = re.compile(r"^(?P<place>\d+(?:\.\d+)?\s*\+?\s*(?:years?|yrs?|months?)(?:\s+of\s+experience)?)\s+as\s+"
                          r"(?:an?\s+)?(?P<title>\S.*)$", re.IGNORECASE)
#: "Arabia) as Oracle Apps Technical Consultant": the end of "Employer (Place)" before "as" and the title.
_PAREN_AS = re.compile(r"^(?P<place>[^()]*\))\s+as\s+(?:an?\s+)?(?P<title>\S.*)$")
_PLACE_STATE = re.compile(r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s[A-Z]{2})(?:\s*[-–—]\s*|\s+)(?P<title>[A-Z].*)$")


#: "Nurse Technician-Woman's Health/Oncology": a unit glued to the title by a hyphen.
_UNIT_AFTER = re.compile(r"^(?P<title>[^-–—]+?[A-Za-z])[-–—](?P<unit>[A-Z][A-Za-z'’]*.*)$")
#: "E&I", "EL&ELV", "C&I", "I&C", "E&M", "M&E": a trade's initials joined by "&" (Electrical & Instrumentation), the discipline a
#: title glued to it names ("Project Engineer-E&I"), not a department that goes.
_DISCIPLINE_INITIALS = re.compile(r"^(?:E|EL|C|I|M)&(?:I|C|E|M|ELV)$")  # not a department's "F&B", "P&L", "R&D"
#: "Machinist (Retrenchment)": why the job ended, not part of the title.
_LEAVING_REASON = re.compile(
    r"\s*\((?:retrench(?:ment|ed)|resigned|resignation|laid off|lay-?off|redundan(?:cy|t)|terminated|"
    r"end of contract|contract (?:ended|completed|expired)|relocat(?:ed|ion))\)\s*$", re.IGNORECASE)


#: A bracket ending a title, and a machine's model code ("PC2000", "CAT6018", "D10R").
_LAST_BRACKET = re.compile(r"\s*\((?P<inside>[^()]*)\)$")
_MODEL_CODE = re.compile(r"^[A-Za-z]{0,4}[- ]?\d{2,5}[A-Za-z]{0,2}$")
_CODE_SPLIT = re.compile(r"[\s,/]+")
#: A bracket saying where a job was done, a client's site or a unit: "(at Eskom, Kendal Power Station)", "(Working at
#: MARAFIQ VILLAS PROJECT)", "(for Tool & DIA Mould section)", "(posted at Site 4)".
_WHERE_IN_BRACKET = re.compile(r"^(?:(?:working|posted|deputed|based|stationed)\s+)?(?:at|@|for)\s+\S", re.IGNORECASE)


def _drop_bracket_not_title(text: str) -> str:
    """A bracket after a title that is not part of it: a place ("(Belle, WV)", the job's location), a
    machine's model ("excavator operator (PC2000)"), an organisation's name or a department naming no job
    ("Operations Manager (Venture Measurement Company)", "GET (Design Department)"), where the job was done
    ("Site Manager (at Eskom, Kendal Power Station)", "SITE ENGINEER (Working at ... PROJECT)", "Machinist (for Tool
    & Die section)", "Nurse (for ICU and CCU)": :data:`_WHERE_IN_BRACKET`; the gold drops a unit after a title). A
    specialty or a tag in a bracket opening with no such word stays ("ENGINEER (Business Support)",
    "Financial Processor (Temporary)", "Senior Engineer (Client Representative)")."""
    bracket = _LAST_BRACKET.search(text)
    if not bracket or not bracket.start():
        return text
    inside = bracket.group("inside").strip()
    if _WHERE_IN_BRACKET.match(inside) and _title_ends(text[:bracket.start()]):
        return text[:bracket.start()]
    if _DEPARTMENT.match(inside) and not has_job_word(inside) and len(text[:bracket.start()].split()) <= 6:
        return text[:bracket.start()]  # "Trainee Student (Manufacturing Department)"
    codes = [c for c in _CODE_SPLIT.split(inside) if c]
    if codes and _title_ends(text[:bracket.start()]) and \
            (_is_place(inside) and not has_job_word(inside) and inside.lower() != "remote" or
             all(_MODEL_CODE.match(c) for c in codes) or not _LETTER.search(inside) or
             _LEGAL_SUFFIX.search(inside) and not has_job_word(inside)):
        return text[:bracket.start()]
    return text


#: A hospital's ward by its floor and wing after a title ("Unit Secretary 3 East", "Staff Nurse 5 West").
_FLOOR_AFTER = re.compile(r"\s+\d{1,2}\s*(?:East|West|North|South)$")
#: A security clearance after a title ("Design Engineer Confidential Security Clearance", "Combat
#: Engineer Maintain an active Secret Security Clearance").
_CLEARANCE_AFTER = re.compile(r"\s+(?:(?:maintain(?:ed|s)?|hold(?:s)?|held)\s+(?:an?\s+)?(?:active\s+)?)?"
                              r"(?:top\s+secret|secret|confidential|public\s+trust)(?:\s+security)?\s+clearance$",
                              re.IGNORECASE)
#: A work pass held, after a title ("Network Systems Engineer (Contract) E-pass holder", "Welder - Green Card
#: Holder", "Nurse H1B visa holder"): the right to work, not the job; a "Permit Holder" or a "Key Holder" is a job.
_WORK_PASS_AFTER = re.compile(r"[\s,;–—-]+(?:(?:an?\s+)?(?:(?:[ES]|EP|SP|employment|work)[\s-]?pass|green[\s-]?card|"
                              r"(?:H-?1B|L-?1|TN|work|employment)\s+visa)\s+holder)$", re.IGNORECASE)


#: "Program Manager for DeCA ISS Contract", "Coordinator for Airtel 4G Project", "Maintenance Supervisor for
#: Arauco Moncure": the client, contract, project or product a job was for, named after its title.
_FOR_NAME_AFTER = re.compile(r"\s+for\s+(?:the\s+)?(?P<name>[A-Z][^\s]*(?:\s+\S+)*)$")
#: "Sr. Network Engineer Perimeter Team", "Staff Engineer, LTE System Test Team", "Senior Software Engineer in
#: LTE System Integration Team": the team the person worked in, after the title (words, then "Team").
_TEAM_AFTER = re.compile(r"(?:\s*[,/–—-]+\s*|\s+(?:in|of|with)\s+(?:the\s+)?|\s+)(?P<team>(?:[\w&.'’/-]+\s+){1,5}(?:[Tt]eam|TEAM))$")


def _drop_team_or_client(text: str) -> str:
    """A title without the team it worked in or the client it worked for after it (:data:`_TEAM_AFTER`,
    :data:`_FOR_NAME_AFTER`), when the words before end in a job word, or a level or bracket after one,
    and the words dropped name no job ("Team Lead", "Assistant for Director" stay)."""
    for pattern, group in ((_FOR_NAME_AFTER, "name"), (_TEAM_AFTER, "team")):
        for start in sorted((m.start() for m in _SPACE_OR_MARK.finditer(text)), reverse=True):
            match = pattern.match(text, start)
            head = text[:start].rstrip(" ,/–—-")
            if match and head and _title_ends(head) and not has_job_word(match.group(group)):
                text = head
                break
    return text


_SPACE_OR_MARK = re.compile(r"(?<=\S)(?=\s|\s*[,/–—-])")


#: "part time worker in same industry", "Driver for a logistics company": a phrase after a title
#: that says where the job was (an article or "same", "small", "various"...), not what it was; or what it
#: made ("Foremen/Machinist in making railway engine parts").
_WHERE_AFTER = re.compile(r"\s+(?:in|at|with|for)\s+(?:the\s+)?(?:same|a|an|small|various|different|another|other|"
                          r"several|reputed|leading|making)\s.*$")
#: "owner/operator of construction company", "Manager of my own business": the kind of firm, in small
#: letters, after a title: where the job was, not what it was.
_FIRM_AFTER = re.compile(r"\s+(?:of|for|in|with|at)\s+(?:my\s+own\s+|an?\s+|the\s+)?(?:[a-z][\w&-]*\s+){0,3}"
                         r"(?:company|firm|business|organi[sz]ation|agency|contractor|plant|factory|shop|industry)$")
#: "Ongoing owner/operator", "Current-Front desk": a word saying the job still goes on, before its title.
_ONGOING_BEFORE = re.compile(r"^(?:ongoing|current(?:ly)?)\s*[-:]?\s+(?=[A-Za-z])|^current-(?=[A-Za-z])", re.IGNORECASE)
#: "Solutions Architecture Consultant at the State of MN", "CT SCAN TECHNOLOGIST At Aga Khan University
#: Hospital": the employer written after a title, not part of it.
_AT_EMPLOYER = re.compile(r"\s+(?:[Aa][Tt]|@)\s+(?:the\s+)?(?=[A-Z]).*$")
#: "SERVICE ADVISOR at", "Radiographer in", "Documentation Specialist with": a word that leads to the employer,
#: ending the title where the layout ended its line (the employer is on the next): no part of the title. So do
#: "on", "within the" and "in the" ("Commissioning engineer on", "Tech Aid in the"), and "and" or a comma whose
#: words the reading left out ("System Administrator and", "Staff Nurse,").
_LEADS_TO_EMPLOYER_END = re.compile(r"\s+(?:(?:at|in|within|with|for|of|on)(?:\s+the)?|and|&)\s*[:,-]?$|\s*,$",
                                    re.IGNORECASE)
#: The same in small letters, which only an organisation's word makes a name ("at queen Alia hospital").
_AT_ORG = re.compile(r"\s+at\s+(?P<org>[a-z][^()]*?)(?:\s*\([^()]*\))?$")


#: A date's sentence end and "as" left before the title on the date's line ("From 01.11.2012 to Till Date. As a
#: AGM (Projects)"), or a full stop and a space alone (". Warehouse Manager", not the dot of ".NET Developer"): not
#: part of it.
_STOP_BEFORE = re.compile(r"^\.+(?:\s*as\s+(?:an?\s+)?|\s+)(?=[A-Za-z])", re.IGNORECASE)
#: Quotes or equals signs around a title ("'Dept. Head'", "= Office Clerk =").
_QUOTED = re.compile(r"^(?:['\"‘“](.+)['\"’”]|=+\s*(.+?)\s*=+)$")
#: A legal form the layout glued before a title with a dash, its name left before a comma ("Sunfield
#: Integrators, LLC-Director of Engineering"): the name's end, not the title's start.
_LEGAL_FORM_BEFORE = re.compile(r"^(?:" + _CAPITALISED_LEGAL_FORM + r")\.?\s*[-–—]+\s*(?=[A-Z])")
#: A firm's legal form inside a title: "S.A.", "Pvt ltd", "Co." (not "Co-op", "Co-ordinator": a hyphen follows).
_LEGAL_FORM_IN_TITLE = r"(?:" + _CAPITALISED_LEGAL_FORM + r"|S\.A|SA|Co|CO|Company|COMPANY|(?i:pvt\.?\s*ltd|llc|inc))\.?(?![-\w])"
#: A firm's name (one to four capitalised words, "of", "and" or "&" between them, a comma after one) and its legal
#: form glued before a title, a slash, colon, full stop or comma between them or none: "SAIC Ltd / Applications
#: Lead", "Urbanimaq S.A. Superintendent", "Equator Sun Energy Co.: Mechanical Engineer".
_FIRM_WORDS = r"(?:[A-Z][\w&'’.-]*,?\s+(?:(?:of|and|&)\s+)?){1,4}"
_FIRM_BEFORE_TITLE = re.compile(r"^(?P<firm>" + _FIRM_WORDS + _LEGAL_FORM_IN_TITLE +
                                r"),?\s*(?:[/:.,–—-]\s*)?(?=[A-Z])")
#: The same after a title, up to the text's end, a partner's name after a slash aside ("MACHINIST/LABORER BOSWELL
#: MACHINE COMPANY", "NIGHT SHIFT SUPERVISOR/MODEL MAKER MICRO CRAFT INC/ATK", "Director of MIS. Nannicola, Inc.").
_FIRM_AFTER_TITLE = re.compile(r"(?:\s*(?P<mark>[/.,]|\bwith\b)\s*|\s+)(?P<firm>" + _FIRM_WORDS +
                               _LEGAL_FORM_IN_TITLE + r")(?:/[A-Z]+)?$")
#: "of EMT", "of Associate Software Engineer": a sentence's small "of" left before a title ("Of Counsel" is one).
_OF_BEFORE = re.compile(r"^of\s+(?=[A-Z])")


#: Words up to a closing bracket at a title's start ("PWD (Contract) ", "Adeso (African Development Solutions) ",
#: "TX): ", "(a)"), and the marks after them.
_BRACKET_BEFORE = re.compile(r"^(?P<before>[^()]*\([^()]*\)|[^()]*\))[\s:;/,–—-]*(?=[A-Z])")


def _drop_bracket_before_title(text: str) -> str:
    """"PWD (Contract) Site Engineer" -> "Site Engineer", "Adeso (African Development Solutions) Programme
    Manager" -> "Programme Manager", "TX): Laboratory Engineer" -> "Laboratory Engineer": an employer's name
    with its bracket (a short name, how the job was held), or the end of a bracket cut off before, opening
    the title; the title is what follows when that ends in a job word and the words before name none
    ("(Wildland Firefighter) Forestry Technician" stays), nor are spelt out by the bracket ("Computer
    Numeric Controlled (CNC) Machinist" stays)."""
    bracket = _BRACKET_BEFORE.match(text)
    if not bracket or has_job_word(bracket.group("before")) or not _title_ends(text[bracket.end():]):
        return text
    head, _, short = bracket.group("before").rstrip(")").rpartition("(")
    if _spells_out(head.split(), short):  # "Computer Numeric Controlled (CNC) Machinist": the title's own words
        return text
    return text[bracket.end():]


def _drop_place_after_title(text: str) -> str:
    """"Receptionist, Millbrook, PA" -> "Receptionist"; "Youth Coach Chgo, IL" -> "Youth Coach": a place (a
    state, a country) after a title's comma, with the town before it, is where the job was; the title stays
    when what is left ends in a job word."""
    head, comma, last = text.rpartition(",")
    if not comma or not _is_place(last) or has_job_word(last):
        return text
    head = head.strip()
    town_head, town_comma, town = head.rpartition(",")
    if town_comma and _TWO_LETTERS.match(town.strip()) and town.strip()[:1].isupper() and len(town.split()) <= 2 and \
            not has_job_word(town) and not _is_org(town):
        head = town_head.strip()  # "Receptionist, Millbrook": the town before the state
    elif (glued := _city_after_title(head)) is not None:
        head = glued[0]  # "Youth Coach Chgo": the town glued to the title
    return head if _title_ends(head) else text


#: A phone number after a title, with its label, a contact's name before it and whatever follows ("Retail
#: Associate 678-***-****", "Forklift Driver Phone 281-***-****", "Front Desk Receptionist Dana Holt 303-***-****",
#: "Regional Manager 219-***-**** / Gave Notice", "Software Engineer Mobile: +91-905*******"), or an e-mail address
#: (:data:`_EMAIL_AFTER`): a reference's, the employer's or the writer's contact, no part of the title.
_PHONE_NUMBER = r"\(?[\d*]{3}\)?[-. ]?[\d*]{3}[-.][\d*]{4}(?!\d)"
#: A number dialled from abroad, masked or not: "+91-905*******", "+962-*********", "+971 50 *** ****".
_INTL_PHONE_NUMBER = r"\+\d{1,3}[-. ]?[\d*]{2}[\d* -]*[\d*]"
#: An e-mail address after a title, with its label and a dash before it: "Automotive Instructor - e-mail
#: jo@example.com", "Nurse Email ID: jo@example.com".
_EMAIL_AFTER = r"\s+(?:[-–—|]\s+)?(?:e-?mail(?:\s*id)?\s*:?\s*)?[\w.+-]+@\S.*$"
_PHONE_AFTER = re.compile(r"\s+(?:(?:phone|tel|ph|cell|mobile|mob)\.?\s*:?\s*)?(?:" + _PHONE_NUMBER + "|" +
                          _INTL_PHONE_NUMBER + r").*$|" + _EMAIL_AFTER, re.IGNORECASE)
#: The title after a phone number: "Linwood, MI 48634 989-***-**** Machinist", "Valley Care Mike Drake
#: 208-***-**** Human Resource Manager": an address's or a contact's number a line wrote before the title.
_TITLE_AFTER_PHONE = re.compile(_PHONE_NUMBER + r"\s+(?=[A-Za-z])")
#: A person's name, two capitalised words, ending the words before a phone number.
_NAME_BEFORE_PHONE = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+$")
#: "Supervisor", "Manager": what a reference line calls the person named after it ("Supervisor Ann Cole 936-...").
_REFERENCE_TITLE = re.compile(r"^(?:supervisors?|manager|reference|contact)$", re.IGNORECASE)
#: A heading or a label after a title: "Process Engineer Responsibilities", "Hull Supervisor Job Description",
#: "Executive Engineer Duties and Responsibilities", "Senior Checker Position", "Java Developer Permanent
#: Position", "Quality Inspector / Contract Position", "Junior Engineer (PPC) Role"; "Site Engineer Responsibility &
#: Duty", "Chief Electrician Job Descriptions", "Team Leader Description"; "Operations Audit Manager Responsible"
#: (the line's "Responsible: servers, network" opening the duties, its colon cut off with them); "IT Specialist with
#: Network Support duties" (the duties the job took on besides, after "with": a note, not the title's).
_HEADING_AFTER = re.compile(r"[\s|.:/,–—-]+(?:with\s+(?:[\w&/-]+\s+){1,3}(?=duties|responsibilities))?(?:key\s+)?(?:(?:duties|roles?)\s+(?:and|&)\s+)?(?:responsib(?:le|ilit(?:y|ies))"
                            r"(?:\s+(?:and|&)\s+dut(?:y|ies))?|duties|(?:job\s+)?descriptions?|job\s+(?:function|profile)|(?:(?:permanent|contract|salaried|temporary|"
                            r"full[\s-]time|part[\s-]time)\s+)?position|role)[\s.:]*$", re.IGNORECASE)


def title_without_contact(text: str) -> str:
    """A headline without the phone number or e-mail written after its title on the resume's top line ("Software
    Engineer Mobile: +91-905*******" -> "Software Engineer"), when what is left ends in a job word
    (:func:`_drop_phone_or_heading_after`); the text as it is otherwise."""
    return _drop_phone_or_heading_after(text) or text


def _drop_phone_or_heading_after(text: str) -> str | None:
    """A title without a phone number (and a contact's name) or a heading after it (:data:`_PHONE_AFTER`,
    :data:`_HEADING_AFTER`), when what is left ends in a job word; none when what is left only says whom the
    named person was to the writer ("Supervisor Ann Cole 936-***-****": a reference, not the writer's job). When
    the words before the number end in no job word, the title is the words after it that do
    (:data:`_TITLE_AFTER_PHONE`)."""
    phone = _PHONE_AFTER.search(text)
    if phone and phone.start():
        head = text[:phone.start()]
        name = _NAME_BEFORE_PHONE.search(head)
        if name and not _title_ends(head) and not has_job_word(name.group()) and not _is_org(name.group()) and \
                _title_ends(head[:name.start()]):
            if _REFERENCE_TITLE.match(head[:name.start()].strip()):
                return None  # "Supervisor Ann Cole 936-***-****": the writer's supervisor
            head = head[:name.start()]
        if _title_ends(head):
            text = head
        elif (after := _TITLE_AFTER_PHONE.search(text, phone.start())) and _title_ends(text[after.end():]):
            text = text[after.end():]  # "MI 48634 989-***-**** Machinist": the title after the number
    heading = _HEADING_AFTER.search(text)
    if heading and heading.start() and _title_ends(text[:heading.start()]):
        text = text[:heading.start()]
    return text


def _may_hold_a_date(text: str | None) -> bool:
    """Whether a title may hold a date: a date names its year in digits, so a title with none holds none (and
    :func:`~matcher.dates.find_ranges` need not look)."""
    return bool(text) and any(ch.isdigit() for ch in text)


def _drop_range_after_title(text: str | None) -> str | None:
    """"Plant Manager 2012 - 2016", "Shift Lead (03/2009 – 05/2011) Brookfield Mills" -> the title before: a
    full date range inside a title is a second record's period (or the title's own, when a line holds a
    company's period and then a title's) that the line glued on, with whatever follows it; the title
    stays when what is left names no job."""
    if not _may_hold_a_date(text):
        return text
    ranges = [found for found in find_ranges(text) if not found.single]
    if not ranges:
        return text
    head = text[:ranges[0].begin].rstrip(" ([{,;:|-–—")
    return head if head and has_job_word(head) else text


#: The words a date opening a title may follow: "From 7/2018 Team Leader", "of 2017. Programmer" (a sentence's end).
_DATE_LEAD_IN = re.compile(r"^(?:(?:from|since|of|in)\s+)?$", re.IGNORECASE)


def _drop_date_before_title(text: str | None) -> str | None:
    """"7/2018 Team Leader" -> "Team Leader", "2005 Electrician" -> "Electrician", "From May 2016 Cashier" ->
    "Cashier": a lone date opening a title is when the job began (or a neighbouring record's year the layout
    glued on), no part of the title; it stays when what is left names no job."""
    if not _may_hold_a_date(text):
        return text
    found = find_ranges(text, singles=True)
    if not found or not found[0].single or not _DATE_LEAD_IN.match(text[:found[0].begin]):
        return text
    rest = text[found[0].stop:].lstrip(" .,;:|-–—")
    return rest if rest and has_job_word(rest) else text


#: The words a date closing a title may follow: "Lab Technologist in 1998", "Ride Operator since 2019".
_DATE_LEAD_OUT = re.compile(r"(?:\s+(?:in|since|from))?[\s,(–—-]*$", re.IGNORECASE)


def _drop_date_after_title(text: str | None) -> str | None:
    """"Ride Operator 2019" -> "Ride Operator", "Lab Technologist in 1998" -> "Lab Technologist": a lone date
    closing a title is when the job was held (or began), no part of the title; it stays when what is left does
    not end in a job word."""
    if not _may_hold_a_date(text):
        return text
    found = find_ranges(text, singles=True)
    if not found or not found[-1].single or text[found[-1].stop:].strip(" .)"):
        return text
    head = text[:found[-1].begin]
    head = head[:_DATE_LEAD_OUT.search(head).start()]
    return head if head and _title_ends(head) else text


#: More words than a title has: a text this long read as a title holds a sentence about the job.
_PROSE_TITLE_WORDS = 14


#: "Promoted to Chief Engineer", "Promoted from Tech I to Tech II": the promotion's words before the job it gave.
_PROMOTED_BEFORE = re.compile(r"^promoted\s+(?:from\s+.+?\s+)?(?:to|as)\s+(?:an?\s+|the\s+)?(?=\S)", re.IGNORECASE)


def _firm_glued_to_title(text: str) -> tuple[str, str | None]:
    """A firm's name with its legal form glued before or after a title, with a slash, a colon, a full stop, a
    comma or "with" between them or a space alone: (the title, the firm), or (``text``, None) when there is none.
    "SAIC Ltd / Applications Lead and Project Manager" and "Project Manager / COBCON LLC." keep "Applications Lead
    and Project Manager" and "Project Manager". The firm names no job; before the title it opens the text (one to
    four capitalised words, "Sony, Entriq, IWS inc / Web Developer"), after it ends the text, its shortest reading
    that leaves a title ending in a job word ("MACHINIST/LABORER BOSWELL MACHINE COMPANY": not "MACHINE COMPANY")
    or one naming a job before a mark ("Director of MIS. Nannicola, Inc."). A firm alone ("ContiTech Thermopol,
    LLC") and a job word before a firm's word ("Company Cook", "Co-op Student") stay. A slash the layout left at the
    end goes first ("Project Manager / COBCON LLC. /", the dates followed it). A text over
    :data:`_FIRM_TITLE_CHARS` characters is no title and firm (the scan below would be slow on it)."""
    if not _LEGAL_SUFFIX.search(text) or len(text) > _FIRM_TITLE_CHARS:
        return text, None
    original, text = text, text.rstrip(" /")
    before = _FIRM_BEFORE_TITLE.match(text)
    if before and not has_job_word(before.group("firm")) and has_job_word(text[before.end():]):
        return text[before.end():], before.group("firm").strip(" ,")
    for start in range(len(text) - 1, 0, -1):
        if text[start - 1] not in " /.,":
            continue
        after = _FIRM_AFTER_TITLE.match(text, start - 1)
        if not after or has_job_word(after.group("firm")) or _LEGAL_FORM_WORD.match(after.group("firm")):
            continue
        head = text[:after.start()].rstrip(" /.,")
        if _title_ends(head.replace("/", " ")) or after.group("mark") and has_job_word(head):
            return head, after.group("firm").strip(" ,")
    return original, None


#: The longest text :func:`_firm_glued_to_title` reads: a title and a firm of four words are far shorter.
_FIRM_TITLE_CHARS = 300


def _firm_from_title(fields: dict[str, str]) -> dict[str, str]:
    """A record whose title holds its firm's name and legal form (:func:`_firm_glued_to_title`): the firm is the
    employer when the record names none ("Kestrel Holdings Ltd / Site Supervisor")."""
    title, firm = _firm_glued_to_title(fields.get("title") or "")
    if firm is None:
        return fields
    return {**fields, "title": title, "employer": fields.get("employer") or firm}


def _tidy_title(text: str | None) -> str | None:
    """:func:`_tidy` for a title, which also drops what a layout glued before it (a sentence
    ending in "working as", a place: "Springfield TN", a name or a duration before "as": "India as",
    "Mysore as", "6 month as", "Saudi Arabia) as"), an employer after "at" and a reason for leaving
    after it ("(Retrenchment)")."""
    text = _tidy(text)
    if not text:
        return text
    text = text.strip(" /")  # "Nurse /", "/ Director of Business Development": a slash the layout left
    if len(text.split()) > _PROSE_TITLE_WORDS:  # "Records Clerk Duties include filing ...": the title before the sentence
        text = _title_then_prose(text) or text
    text = _QUOTED.sub(r"\1\2", _MARKS_BEFORE.sub("", _STOP_BEFORE.sub("", text)))  # "*Production Lead", "'Dept. Head'"
    legal = _LEGAL_FORM_BEFORE.match(text)
    if legal and has_job_word(text[legal.end():]):  # "LLC-Director of Engineering", "Inc.-Phlebotomist"
        text = text[legal.end():]
    of = _OF_BEFORE.match(text)
    if of and has_job_word(text[of.end():]):  # "of Associate Software Engineer": a sentence's end before it
        text = text[of.end():]
    text = _drop_place_after_title(_drop_bracket_before_title(text))
    label = _TITLE_LABEL_BEFORE.match(text) or _UNIT_LABEL_BEFORE.match(text)
    if label and (has_job_word(text[label.end():]) or _post_after_label(label, text)):
        text = _tidy(text[label.end():]) or text  # "Position Office Assistant", "Department. : CNC Operator"
    text = _after_title_label_inside(text)
    text = _drop_range_after_title(_drop_phone_or_heading_after(_drop_date_after_title(_drop_date_before_title(text))))
    if not text:
        return None
    reporting = _REPORTING_TO.search(text)
    if reporting and has_job_word(text[:reporting.start()]):  # "General Manager Works Reporting to M.D"
        text = text[:reporting.start()]
    numbered = _NUMBERED_BLOCK.match(text)
    if numbered and has_job_word(text[numbered.end():]):  # "Project1-Automation service Engineer"
        text = text[numbered.end():]
    unit = _DASH_UNIT.search(text)
    if unit and has_job_word(text[:unit.start()]) and (_is_unit(unit.group("unit")) or _names_a_field(
            unit.group("unit"), _FIELD_AFTER_TITLE_WORDS) and _unit_after_qualified_title(text[:unit.start()])):
        head = _tidy_title(text[:unit.start()])  # "Manager - Production": the title before it is tidied
        if head and _unit_after_qualified_title(head):
            return head  # "Sr. Engineer - Maintenance": the unit goes
        return head + text[unit.start():] if head else None
    text = _LEAVING_REASON.sub("", _WORKING_AS_INSIDE.sub("", text))
    text = _drop_bracket_not_title(text)
    for pattern in (_FLOOR_AFTER, _CLEARANCE_AFTER, _WORK_PASS_AFTER):
        # "Unit Secretary 3 East": the ward, not the title; its job word may stand before a bracket ("Network
        # Engineer (Contract) E-pass holder")
        after = pattern.search(text)
        if after and _ends_in_job_word(_TRAILING_BRACKET.sub("", text[:after.start()])):
            text = text[:after.start()]
    # "part time worker in same industry": where, not what; an employer after "at" goes too, unless
    # what follows "at" ends in a job word ("Quality Engineer at CMM Operator").
    ongoing = _ONGOING_BEFORE.match(text) or _PROMOTED_BEFORE.match(text)
    if ongoing and has_job_word(text[ongoing.end():]) and not has_job_word(text[:ongoing.end()]):
        text = text[ongoing.end():]  # "Ongoing owner/operator", "Promoted to Chief Engineer": the job, not how it goes
    firm = _FIRM_AFTER.search(text)
    if firm and _ends_in_job_word(text[:firm.start()].replace("/", " ")):  # "owner/operator of construction company"
        text = text[:firm.start()]
    for pattern, keep_job_after in ((_WHERE_AFTER, False), (_AT_EMPLOYER, True)):
        where = pattern.search(text)
        if where and _ends_in_job_word(text[:where.start()]) and not (keep_job_after and _ends_in_job_word(text)):
            text = text[:where.start()]
    end = _LEADS_TO_EMPLOYER_END.search(text)
    if end and _title_ends(text[:end.start()]):
        text = text[:end.start()]
    text = _drop_team_or_client(text)
    at_org = _AT_ORG.search(text)  # "general biomedical technician at queen Alia hospital": a name in small letters
    if at_org and _ends_in_job_word(text[:at_org.start()]) and _is_org(at_org.group("org")) and \
            not has_job_word(at_org.group("org")):
        text = text[:at_org.start()]
    unit = _UNIT_AFTER.match(text)
    if unit and _is_job_word(unit.group("title").split()[-1].lower()) and not _LEVEL.match(unit.group("unit").split()[0]) and \
            not _field_after_bare_job(unit.group("title"), unit.group("unit")) and \
            not _ends_in_job_word(unit.group("unit")) and not _DISCIPLINE_INITIALS.match(unit.group("unit")):
        # "Engineer-Planning and Design", "Fitter-Technician", "Project Engineer-E&I" stay
        text = unit.group("title")  # "Staff Nurse-Medical Surgical/Oncology": the unit goes; two jobs joined stay whole
    for pattern in (_PLACE_AS, _PLACE_STATE, _DURATION_AS, _PAREN_AS):
        match = pattern.match(text)
        if match and (_is_place(match.group("place")) or pattern is not _PLACE_STATE) and \
                has_job_word(match.group("title")) and not has_job_word(match.group("place")):
            text = match.group("title")
    text = _drop_prose_before(_drop_leading_place(text))
    return None if _tells_work_done_as_title(text) else text or None


#: The fewest words of a line of work done read as a title ("Supervised a crew of six", "Worked the front desk
#: in the clinic"): shorter ones may be a title opening with a word in -ed ("Licensed lift operator").
_WORK_DONE_TITLE_WORDS = 5
#: Words in -ed that open a title, not a sentence of work done: a grade of skill (:data:`_SKILL_LEVELS`), a
#: credential, or how the job came ("Promoted to ...", "Contracted to ...": the job follows them).
_NOT_WORK_DONE = _word_set("registered experienced advanced promoted contracted seconded deputed transferred "
                           "appointed assigned attached retired")


def _tells_work_done_as_title(text: str | None) -> bool:
    """Whether a title is a sentence of what the person did, a line of the job's description read as its title
    ("Prepared inspection reports for billing and commissioning", "Supervised maintenance, security and
    secretarial staff"): it opens with a verb in -ed then a word in lower case or a number
    (:data:`_WORK_DONE_OPENING`), five words at least, the verb no grade of skill or credential ("Certified forklift
    operator ...") nor how the job came."""
    if not text or len(text.split()) < _WORK_DONE_TITLE_WORDS or not _WORK_DONE_OPENING.match(text):
        return False
    first = text.split()[0].lower()
    return first.endswith("ed") and first not in _SKILL_LEVELS and first not in _NOT_WORK_DONE


#: A title's label with its colon inside a title, after a word or mark ("... Center Position : Analyst").
#: In capitals the label needs no colon: "(H) COMPANY ANAMAPAT VENTURES, IBADAN POSITION MANAGING DIRECTOR".
_TITLE_LABEL_INSIDE = re.compile(r"(?:(?<=\s)|(?<=[.)]))(?:(?:" + _LABELS["title"] + r")\s*[:;]+-?\s*|"
                                 r"(?-i:(?:POSITION|DESIGNATION)\s+(?=[A-Z]{2})))(?=\S)", re.IGNORECASE)


def _after_title_label_inside(text: str) -> str:
    """"Testing and Verification Center Position : Product Conformance Analyst", "Sultanate of Oman
    Designation : Radiographer": a title's label with a colon inside the text read as the title, after
    words naming no job (a unit, a place, a line's leftovers): the title is what follows the label, when
    it names a job ("Senior Engineer Role: Lead" keeps its job before the label)."""
    label = _TITLE_LABEL_INSIDE.search(text)
    if label and has_job_word(text[label.end():]) and not has_job_word(text[:label.start()]):
        return _tidy(text[label.end():]) or text
    return text


#: A title's label the layout left before it, with no colon or with one the reading kept: "Position
#: Office Assistant", "Designation : General Manager", "POSITION (6.1) Project Manager", "Position/Title :
#: Inspector", "Position Held Clerk", "JOB TITLE Testing Machine Operator", "Position-Safety Officer".
_TITLE_LABEL_BEFORE = re.compile(
    r"^(?:position(?:\s*/\s*(?:title|divi[sv]ion))?(?:\s+(?:held|title))?|" + _DESIGNATION + r"|job\s*title|role)\.?"
    r"\s*(?:\(\d+(?:\.\d+)*\)\s*)?(?:[:;]+-?\s*|[-–]\s*|\s+)(?=\S)"
    r"(?!(?-i:of|in|at|as|for|with|to)\b)", re.IGNORECASE)  # "Position of Java Developer": no label
#: Words of a post after its label that name no job word: "Sales", "Data Capturer" (one to four).
_POST_WORDS = 4


def _post_after_label(label: re.Match, text: str) -> bool:
    """Whether what follows a position's or designation's label (:data:`_TITLE_LABEL_BEFORE`, not "Role",
    which opens titles such as "Role Player") is the post though no job word names it: "Position Sales",
    "Position Maintenance", "Designation Data Capturer" (one to four words, the first capitalised, not a
    heading's: "Position Description")."""
    rest = text[label.end():].split()
    return label.re is _TITLE_LABEL_BEFORE and not label.group().lower().startswith("role") and \
        1 <= len(rest) <= _POST_WORDS and rest[0][:1].isupper() and \
        not any(w.lower().strip(".,:;") in _NOT_NAMES | _DESCRIPTION_HEADS for w in rest)


#: A unit's label with its colon before a title: "Department. : CNC Operator", "DEPARTMENT : Customer Support
#: Engineer", "Division: Field Technician" (the writer put the job where the form asked for the unit).
_UNIT_LABEL_BEFORE = re.compile(r"^(?:" + _UNIT_LABEL_WORDS + r")\.?\s*[:;]+-?\s*(?=\S)", re.IGNORECASE)
#: Whom the job reported to, after its title: "General Manager Works Reporting to M.D".
_REPORTING_TO = re.compile(r"\s+\(?\s*reporting\s+to\b.*$", re.IGNORECASE)
#: A numbered project or assignment label before a title ("Project1-", "Project 2:").
_NUMBERED_BLOCK = re.compile(r"^(?:project|assignment|client)\s*#?\d{1,2}\s*[-–—:.)]\s*", re.IGNORECASE)
#: A unit after a title and a dash ("Engineer – Maintenance"), which :func:`_join_units` kept.
_DASH_UNIT = re.compile(r"(?:\s+[-–—]+\s*|[-–—]+\s+)(?P<unit>[^-–—]+)$")


def _unit_after_qualified_title(head: str) -> bool:
    """Whether a unit after a title and a spaced dash ("Sr. Engineer - Maintenance", "Clinical Nurse- Perioperative
    Services", "Sales Manager --Sales & Operations") is dropped: the title before it is more than a bare job word
    and ends in one, as the gold drops a unit after a title ("Project Manager -Validation" is "Project Manager");
    after a bare job word the unit stays the title's ("Manager – Solutions Development",
    :func:`_field_after_bare_job`)."""
    return _ends_in_job_word(head) and not _BARE_JOB.match(head.strip(" -–—"))


_CONNECTORS = _word_set("of and & in for the to at on de")


def _drop_prose_before(text: str) -> str:
    """"Accredited by Joint Commission International accreditation Radiology Technician": a
    sentence glued before a title. When small words of prose (three words or more before it, one
    not capitalised and no connector, naming no job) precede a run of two to five capitalised
    words ending in a job noun, the run is the title ("Team leader Senior instrument Technician"
    stays whole)."""
    words = text.split()
    small = [i for i, w in enumerate(words) if w[:1].islower() and w.lower() not in _CONNECTORS]
    if not small or small[-1] < 2 or has_job_word(" ".join(words[:small[-1] + 1])):
        return text
    run = words[small[-1] + 1:]
    if 2 <= len(run) <= 5 and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in run) and \
            _is_job_word(run[-1].lower().strip(".,()")):
        return " ".join(run)
    return text


#: The end of an address (a US state's code and a postal code) glued before a title.
_STATE_POSTCODE_BEFORE = re.compile(r"^(?P<state>[A-Z]{2})\s+\d{5}(?:-\d{4})?\s+(?=[A-Z])")


def _drop_leading_place(text: str) -> str:
    """"Saudi Arabia Maintenance Engineer", "Philippines Leadman Mechanic": a country or state
    name (not a two-letter code, which may be a short form: "IT Support Engineer", unless a postal
    code follows it: "NY 10018 Bindery Operator") glued before a title is dropped."""
    postcode = _STATE_POSTCODE_BEFORE.match(text)
    if postcode and postcode.group("state").lower() in PLACES and has_job_word(text[postcode.end():]):
        return text[postcode.end():]  # "NY 10018 Bindery & Digital Printing Operator": an address's end
    words = text.split()
    for k in (2, 1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if len(words) > k and all(len(w) > 2 and w[0].isupper() for w in words[:k]) and _is_place(head) and \
                not has_job_word(head) and has_job_word(rest) and rest[:1].isupper():
            return rest
    return text


#: "CNC Operator-Southern Electrical Equipment Company", "Engineer-Planning and Design-Kasco industries":
#: a title glued to the employer by a hyphen with no spaces (a unit glued between them goes with the title).
_GLUED_TITLE = re.compile(r"^(?P<title>[^-–—]+?[A-Za-z])-(?P<rest>[A-Z][^-–—]*?[A-Za-z.]-(?=[A-Z]).*|[A-Z].*)$")


_SKILL_LEVELS = _word_set("skilled semi-skilled unskilled certified licensed qualified trained trainee")


def _firm_after_in_title(fields: dict[str, str]) -> dict[str, str] | None:
    """"ENGINEER TRAINEE in Omni Electricals," over "Calicut(15/06/2015 to 31/10/2017)": a record whose title names its
    firm after "in" and whose employer is the lone town the layout put on the next line (:func:`_is_lone_town`), no place
    read besides: the title (ending in a job word), the firm (two to four capitalised words up to the title's end) and
    the town as its place, read as the same line's "Title in Firm, Town" is (:func:`_org_after_in` before a town). One
    word after "in" is a field or a place more often ("Software Development Engineer in Test", "in Dubai"), and so is a
    name with a department's word ("Engineer in Quality Lab dept", "Lecturer in Automotive Engineering"); a record with
    no town after the title keeps it ("Site Engineer in Abu Dhabi": a place's two words). None when there is no firm."""
    title, town = fields.get("title"), fields.get("employer")
    if not title or not town or " in " not in title or fields.get("location") or not _is_lone_town(town):
        return None
    said = _org_after_in(title.strip(" ,;"), before_town=True)
    if said is None or any(w.lower().strip(".,()") in DEPARTMENTS for w in said[1].split()):
        return None
    return {**fields, "title": said[0], "employer": said[1], "location": town}


def _glued_title_employer(fields: dict[str, str]) -> dict[str, str]:
    """A record whose only name is "Title-Employer" (read as the employer or as the title): the part
    before the hyphen is the title when it ends in a job word, and what follows reads as a name of
    two words or more ("Engineer-Automation", "Engineer-E&I" name a specialty) that names no job and
    no place, opens with no rank ("Machinist-Lead", "Operator-Skilled") and with
    no department unless the name has a legal form ("SITE ENGINEER-CIVIL in Chennai"); "Member-Society
    of ..." is a membership. A title naming its firm after "in" is read first (:func:`_firm_after_in_title`)."""
    if (said := _firm_after_in_title(fields)) is not None:
        return said
    if fields.get("title") and fields.get("employer"):
        return fields
    read_as_title = bool(fields.get("title"))
    match = _GLUED_TITLE.match(fields.get("title") or fields.get("employer") or "")
    if not match or len(match.group("title").split()) > 6 or not _ends_in_job_word(match.group("title")):
        return fields
    title, rest = match.group("title"), match.group("rest")
    unit, glued, after = rest.partition("-")
    if glued and _is_unit(unit):  # "Engineer-Planning and Design-Kasco ..."
        title, rest = f"{title}-{unit}", after
    first = rest.split()[0].lower().strip(".,")
    if len(rest.split()) < 2 or _is_unit(rest) or has_job_word(rest) or first in _SENIORITY or first in _SKILL_LEVELS or _LEVEL.match(first.upper()) or \
            (first in DEPARTMENTS and not _LEGAL_SUFFIX.search(rest)) or _is_place(rest) or \
            not _looks_like_name(rest) or _MEMBER_OF.match(f"{title} of"):
        return fields
    if read_as_title and "/" in rest and not _LEGAL_SUFFIX.search(rest):
        return fields  # "Nurse Clinician-Hematology/Oncology Clinic": the title's unit
    return {**fields, "title": title, "employer": rest}


#: An employer's label the layout left before the name, with no colon or with one the reading kept:
#: "Employer TCS", "EMPLOYER 5) : Polycab India Ltd", "Company-Vestas Wind Technology", "Company Name
#: nuPSYS, Inc", "Name : Anthem Bioscience Pvt Ltd" (the record's name, with its colon, where the employer sits);
#: or the label alone, or a table's column header ("COMPANY", "Company/Hospital").
_EMPLOYER_LABEL_BEFORE = re.compile(
    r"^(?:(?:employer|company|organi[sz]ation)(?:\s*name\.?)?|name(?=\s*[:;]))(?:\s*\d{1,2}\))?(?:\s*[:;]+-?\s*|\s*-+\s*|\s+|(?P<alone>\s*(?:/[\w/]*)?$))",
    re.IGNORECASE)


#: Words after an employer's label that say what follows is about the firm, not its name ("Company Profile",
#: "COMPANY DESCRIPTION" over a table's column, "Organization Type").
_FIRM_FACT_WORDS = _word_set("profile description details address overview type background business website site "
                             "country duration location sector industry")


def _labelled_employer(part: str) -> str | None:
    """"Company The Diplomatic Club", "Organisation Swift Logistics": the employer's name after its label
    with no colon (:func:`_drop_employer_label`), which opens with a letter and no word about the firm
    ("Company Profile", "COMPANY (0) Unemployed" name none)."""
    name = _drop_employer_label({"employer": part}).get("employer")
    if not name or name == part or not name[:1].isalpha() or name.split()[0].lower().strip(".:") in _FIRM_FACT_WORDS:
        return None
    return name


def _drop_employer_label(fields: dict[str, str]) -> dict[str, str]:
    """The employer without a label left before it (:data:`_EMPLOYER_LABEL_BEFORE`): "Employer TCS"
    is TCS; "COMPANY" alone names none. "Company Secretary" (a job) and "Employer Services Inc." (a
    department's word after a bare space) are kept."""
    name = fields.get("employer") or ""
    label = _EMPLOYER_LABEL_BEFORE.match(name)
    if not label:
        return fields
    if label.group("alone") is not None:
        return {**fields, "employer": None}
    rest = name[label.end():]
    first = rest.split()[0]
    spaced = not label.group(0).strip(" ").isalpha() or label.group(0).endswith((":", "-", ")"))
    if len(rest) < 2 or not any(c.isupper() or c.isdigit() for c in first) or has_job_word(f"{name.split()[0]} {first}") or \
            (not spaced and first.lower() in _NOT_EMPLOYER_WORDS):  # "Employer Services Inc.": a name
        return fields
    return {**fields, "employer": rest}


#: "Ramcar Technologies Inc. TIG Welder/Assembler", "Global ERP Solutions Pvt. Ltd. – Software Test Engineer":
#: a firm's capitalised name, ended by its legal form, before a title on one line.
_LEGAL_NAME_THEN_TITLE = re.compile(r"^(?P<org>(?:[A-Z][\w&.'’/-]*\s+){1,5}(?:" + _CAPITALISED_LEGAL_FORM + r")\.?)"
                                    r"(?![\w.])(?:\s*[-–—,:|]\s*|\s+)(?P<title>[A-Z].*)$")


def _legal_name_before_title(fields: dict[str, str]) -> dict[str, str]:
    """A title that opens with a firm's name ended by its legal form (:data:`_LEGAL_NAME_THEN_TITLE`):
    the name is the employer (a neighbouring line read as the employer is not: the record names its own)
    and the words after it, which name a job, the title. A name naming a job stays whole ("Sales
    Manager Acme Inc. Sales Rep" is not split)."""
    match = _LEGAL_NAME_THEN_TITLE.match(fields.get("title") or "")
    if not match or has_job_word(match.group("org")) or not has_job_word(match.group("title")):
        return fields
    return {**fields, "title": match.group("title"), "employer": match.group("org")}


#: A firm's name ended by its legal form, alone: "Dover Steel Company, Inc.", "Adec Computer Company Ltd." (one to
#: five capitalised words before the form).
_LEGAL_NAME_ALONE = re.compile(r"^(?:[A-Z][\w&.'’/-]*,?\s+){1,5}(?:" + _CAPITALISED_LEGAL_FORM + r"|Corporation|Company)\.?$")
#: A firm's name ended by a word only firms end in, capitalised: "Wipro Technologies", "Hamer Welding Services",
#: "Delmar Construction Group" (one to four capitalised words before it), after a title's comma or with no mark
#: ("Machinist Nelson Precision Drilling": the next records, whose titles run on into their own firms, do not take
#: it, :func:`_own_record_after_description`).
_FIRM_WORD_NAME = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+){1,4}(?:Drilling|Services|Construction|Group|Industries|Enterprises|"
                             r"Contracting|Contractors|Builders|Logistics|Technologies|Solutions|Manufacturing)$")
#: A firm's bare name, with no legal form or firm's word: one to four capitalised words ("Heartland
#: MicroPayments", "FISCHER TOOL & DIE"), "&" among them.
_BARE_FIRM_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:&\s+)?[A-Z][\w'’.-]*){0,3}$")
#: The fewest letters of a firm's one-word name in capitals ("TESCO", "INTUIT"; not a ward's "ICU", "NICU").
_CAPITALS_FIRM_LETTERS = 5
#: Words naming a job's kind, rank, department, sector or programme, or a heading, rather than its firm
#: (:func:`_bare_firm_after_title`: "Machinist Apprenticeship Program", "AutoCAD Designer. Telecom Sector", "...
#: support staff EARLIER EMPLOYMENT").
_NOT_BARE_FIRM_WORDS = _NOT_EMPLOYER_WORDS | _UNIT_OR_MODIFIER | _SENIORITY | _SKILL_LEVELS | _DESCRIPTION_HEADS | \
    _word_set("program programme apprenticeship sector employment experience history")


def _bare_firm_after_title(head: str, rest: str) -> bool:
    """Whether ``rest``, the words after a title's last job word (``head``), is a firm's bare name
    (:data:`_BARE_FIRM_NAME`): "Mechanical Engineer Heartland MicroPayments", "DEVOPS ENGINEER INTUIT", "MANAGING
    DIRECTOR, BEAR STEARNS". No word of it names a department, a unit, a rank or a level ("Nurse Rehabilitation
    Unit", "Technologist II", "Manager Tech. Resources" stay), nor a place ("Operations Manager Singapore"); one
    word alone is a name only in capitals of five letters or more ("INTUIT"; not "Cargill"-like words of a field,
    "Technologist Diagnostic", nor a tool's "Web Developer WordPress"). After a lone job word the name must
    switch to capitals ("Electrician TESCO"; not "Hostess Brands", "Head Hunters Salon", whose job word is the
    firm's), and a list of titles set off by commas goes on with another item ("Buyer, Technologist, Social
    Media")."""
    words, heads = rest.split(), head.split()
    if not _BARE_FIRM_NAME.match(rest) or _LEGAL_FORM_WORD.match(rest) or _is_place(rest) or _is_big_city(words[-1]) or \
            any(w.lower().strip(".") in _NOT_BARE_FIRM_WORDS or _LEVEL.match(w.strip(".-")) for w in words):
        return False
    if len(words) == 1 and not (rest.isalpha() and rest.isupper() and len(rest) >= _CAPITALS_FIRM_LETTERS):  # not "WordPress"
        return False
    if "," in head.rstrip(",") or _capitals_then_job_word(heads):
        return False
    return len(heads) > 1 or "/" in head or rest.isupper() and not head.isupper()


def _title_then_bare_firm(title: str | None) -> tuple[str | None, str | None]:
    """A title read whole and its firm's bare name glued after its last job word (:func:`_bare_firm_after_title`):
    "Mechanical Engineer Heartland MicroPayments" -> ("Mechanical Engineer", "Heartland MicroPayments"); (``title``,
    None) when the words after the job word name no firm or there are none."""
    words = (title or "").split()
    last = _last_job_word(words)
    if last is not None and last < len(words) - 1:
        head, rest = _job_head(words, last + 1)
        if rest and not has_job_word(rest) and _bare_firm_after_title(head, rest) and _marked_as_a_firm(head, rest):
            return head.rstrip(" ,"), rest
    return _title_slash_bare_firm(title)


def _marked_as_a_firm(head: str, rest: str) -> bool:
    """Whether the words glued after a title's last job word (``rest``, after ``head``) carry a firm's mark of their
    own: capitals ("DEVOPS ENGINEER INTUIT"), a capital inside a word ("Heartland MicroPayments"), or a title of
    jobs joined by a slash before them ("Machinist/Fabricator Anchor Machine"). Plain capitalised words glued there
    name the job's field, region or haul as often ("Software Engineer Machine Learning", "Truck Driver Long Haul",
    "Sales Representative East Coast")."""
    return rest.isupper() or "/" in head or _CAMEL.search(rest) is not None


def _title_slash_bare_firm(title: str | None) -> tuple[str | None, str | None]:
    """A title ending in a job word, a slash and its firm's bare name (:func:`_bare_firm_after_title`): "Mechanical
    Assembler/Woodward Governor" -> ("Mechanical Assembler", "Woodward Governor"); a second job or the job's unit
    after the slash stays ("Machinist/Die Maintenance", "CNA/RNA"): (``title``, None)."""
    head, slash, rest = (title or "").rpartition("/")
    head, rest = head.strip(), rest.strip()
    if not slash or not head or not rest or not _ends_in_job_word(head) or has_job_word(rest) or \
            not _bare_firm_after_title(head, rest):
        return title, None
    return head, rest


def _capitals_then_job_word(words: list[str]) -> bool:
    """Whether a title's ``words`` open with a word in capitals of :data:`_CAPITALS_FIRM_LETTERS` letters or more and
    end in one that is not ("ENTERPRISE SECURITY ARCHITECT VE Tech"): the last job word opens the firm's name
    ("VE Tech North America"), not the title's end."""
    return len(words[0]) >= _CAPITALS_FIRM_LETTERS and words[0].isupper() and not words[-1].isupper()


#: A bracketed note right after a title's last job word ("(Full -time)"), which stays the title's.
_NOTE_AFTER_JOB = re.compile(r"^\([^()]*\)\s+")


def _last_job_word(words: list[str]) -> int | None:
    """Where the last job word of a title's ``words`` is, the last of two jobs joined by a slash counting
    ("Machinist/Fabricator Anchor Machine": 0); None when there is none."""
    return next((i for i in range(len(words) - 1, -1, -1) if _is_job_word(words[i].split("/")[-1].lower().strip(".,:;()"))), None)


def _title_then_legal_name(fields: dict[str, str]) -> dict[str, str]:
    """"Project Engineer/Estimator Dover Steel Company, Inc.", "Quality Assurance Engineer (Full -time) EnReach
    Software Canada Inc.": a title followed by a firm's name ended by its legal form (:data:`_LEGAL_NAME_ALONE`),
    with no mark between them: the words after the title's last job word (and a bracketed note right after it)
    are the firm's, the employer when the record has none. A name naming a job ("Moody Millwright &
    Construction Company") stays, and so does one after a joining word ("Operator with Acme LLC.", "Director
    of MIS. Acme, Inc.": not the job word's end; :func:`_firm_from_title` reads those), a legal form alone ("Engineer (Through ...) Pvt. Ltd"), and a
    firm opening with a lone job word ("Dean Food Company": the title must be two words or more, or two jobs
    with a slash). A name ended by a firm's word instead (:data:`_FIRM_WORD_NAME`) is one not opening with a
    department or its modifier ("Sr. Functional Consultant, Wipro Technologies"; not "..., Production Services",
    "..., Psychiatric Emergency Services"), and after a lone job word one of three words or more ("Machinist Nelson
    Precision Drilling"; not "Turner Construction Group", whose job word is the firm's first)."""
    title = fields.get("title") or ""
    words = title.split()
    last = _last_job_word(words)
    if last is None:
        return fields
    head, rest = _job_head(words, last + 1)
    firm_word = _LEGAL_NAME_ALONE.match(rest) is None
    if firm_word and not _FIRM_WORD_NAME.match(rest) or has_job_word(rest) or \
            _LEGAL_FORM_WORD.match(rest) or last == 0 and "/" not in head and (not firm_word or len(rest.split()) < 3) or \
            firm_word and rest.split()[0].lower() in _UNIT_OR_MODIFIER:
        return fields
    return {**fields, "title": head, "employer": fields.get("employer") or rest}


def _role(fields: dict[str, str], found: DateRange, unit: _Unit, units: list[_Unit], index: int, following: int,
          as_of: dt.date) -> Role:
    first, last = found.month_range(as_of)
    end_unit = units[following - 1] if following - 1 >= index else unit
    fields = _drop_employer_label(_glued_title_employer(_firm_from_title(_title_then_legal_name(
        _legal_name_before_title(fields)))))
    title = _tidy_title(fields.get("title"))
    employer, location = _employer_and_place(fields.get("employer"), fields.get("location"))
    if employer is None:  # "Mechanical Engineer Heartland MicroPayments": the firm glued after the title
        title, firm = _title_then_bare_firm(title)
        if firm:
            employer, location = _employer_and_place(firm, location)
    return Role(
        title=title, employer=employer, location=location,
        start=found.start.iso(), end=None if found.single else found.end_iso(), date_text=found.text,
        text_start=unit.start, text_end=max(unit.end, end_unit.end),
        start_month=first, end_month=last, years=round((last - first + 1) / 12, 1),
    )


def _labelled_employer_below(units: list[_Unit], index: int, used: set[int]) -> str | None:
    """The employer labelled up to two lines under an undated title at ``index``, before another title's label:
    "Position : Instrumentation Engineer" / "Client : Kuwait Oil Company" / "Company : Petrofac International
    limited". None right under a dated line of another role's (``used``): "Company : Yeye Construction (September
    2009 - December 2009" / "Position : Store lady" / ... / "Company : Markham Store" is a dated record's title, the
    company below the next record's."""
    if index and index - 1 in used and _has_date(units[index - 1]):
        return None
    for j in range(index + 1, min(len(units), index + 3)):
        if j in used or _TITLE_LABEL.match(_clean(units[j].text)):
            break
        below = _fields_of(units[j].text)
        if "employer" in below.forced:
            return below.employer
    return None


def _undated_label_roles(units: list[_Unit], used: set[int]) -> list[Role]:
    """"Position : Service Technician" records with no readable period are roles too; a labelled
    sentence naming no job (a study project's title, an objective under a stray "JOB") is not one."""
    roles = []
    for index, unit in enumerate(units):
        if index in used or not _TITLE_LABEL.match(_clean(unit.text)) or _contacts_position(units, index):
            continue
        fields = _fields_of(unit.text)
        if "title" not in fields.forced or not fields.title or \
                (len(fields.title.split()) > 6 and not has_job_word(fields.title)):
            continue  # "Title : Transient solution to Fluid Flow in ...": a project's or an objective's, not a job's
        title = _tidy_title(fields.title)
        if title and find_ranges(title, singles=True):
            continue  # "Position Title : Field Engineer from 26Dec 2011 ( Present )": its dates unread, no job without them
        employer = None
        for j in range(index - 1, max(-1, index - 3), -1):
            if j in used:
                break
            above = _fields_of(units[j].text)
            if "employer" in above.forced:
                employer = above.employer
                break
        roles.append(Role(title=title, employer=_tidy(employer, _EMPLOYER_FILLER), text_start=unit.start,
                          text_end=unit.end, labelled=True))
    return roles


# ---------------------------------------------------------------------------
# Education
# ---------------------------------------------------------------------------
#: What "MS" names besides a master's degree (an M.Des is one too): Microsoft's products ("MS Exchange
#: Server", "MS Power Point", "Certified MS Professional") and M.S. Ramaiah, a school's founder.
#: Degree forms, highest level first; level 0 is a school or vocational qualification.
_DEGREE_FORMS: list[tuple[int, re.Pattern]] = [
    (4, re.compile(r"(?i:\b(?:ph\.?\s?d\.?|doctorate|doctor of (?:philosophy|science|engineering|education)|"
                   r"d\.?phil|ed\.?d\.?)(?![a-z]))")),
    # "Master X2 Mill & Lathe" (a course) and "Scrum Master" are not degrees: "master" needs "of",
    # "in", "degree" or "'s" after it. "M.S. Office" is Microsoft's.
    # "K.S.M.S." (a longer abbreviation), "M.S. University" (Baroda), "M.S. Higher Secondary School": no M.S.
    (3, re.compile(r"(?i:\b(?:master'?s|masters|master(?= of\b| in\b| degree\b| program)|"
                   r"(?<![a-z]\.)m\.\s?s\.(?=\s|,|$)(?!\s*(?:office|excel|word|outlook|power\s?point|visio|university|higher)\b)|"
                   r"m\.\s?sc\.?|msc|m sc|m\.\s?eng\.?|meng|m\.\s?b\.\s?a\.?|mba|m\.\s?a\.(?=\s|,|$)|m\.\s?tech|mtech|"
                   r"m\.\s?e\.(?=\s|,|$)|m\.\s?e(?=\s*[(,]|\s+in\b)|m\.\s?s(?=\s+in\b)|m-tech|m\.\s?arch|m\.\s?pharm|"
                   r"m\.\s?ed\.?(?=\s|,|$)|m\.\s?des|mdes|mca|m\.\s?c\.\s?a|m\.\s?com|mcom|m\.\s?phil|mphil|"
                   r"post[- ]?graduate degree|llm|ll\.m)(?![a-z]))"
                   rf"|\bMS(?= in\b| degree\b|,|\s*\(|\s+[A-Z][a-z])(?!\s+{MICROSOFT_PRODUCT})"
                   r"|\b(?:MSN|MSEE|MSME(?! Development)|MSCS|MSIT|MEd)\b"
                   r"|\bME(?=\s*[(,]|\s+in\b)")),
    (2, re.compile(r"(?i:\b(?:bachelor'?s?|bachelors|b\.\s?s\.?(?=\s|,|$)|b\.\s?sc\.?|bsc|b sc|b\.\s?eng\.?|beng|b\.\s?tech|"
                   r"btech|b-tech|b\.\s?s\.\s?(?:e\.\s?e|m\.\s?e|c\.\s?e|c\.\s?s|i\.\s?e)\.?|b\.\s?ed\.?(?=\s|,|$)|"
                   r"b\.\s?a\.(?=\s|,|$)|b\.\s?com|bcom|b\.\s?b\.\s?a|bba|bca|b\.\s?c\.\s?a|"
                   r"b\.\s?e\.?(?=\s*[(,]|\s+in\b|\s*[-–—]\s*\w|\s*$)|b\.\s?arch|llb|ll\.b|b\.\s?pharm|mbbs|undergraduate degree|"
                   r"(?:4|four)[- ]year (?:college |university )?degree)(?![a-z]))"
                   r"|\b(?:BSN|BSEE|BSME|BSCE|BSCS|BSIT|BSIE|BSBA)\b|\bB\.\s?E\.?(?=\s+[A-Z])|\bB\.\s?A(?=\s+[Ff][Rr][Oo][Mm]\b)"
                   r"|\bB\.E\.(?=[A-Z][a-z])|\bBE(?=\s+[a-z]+\s+[Ee]ngineering\b)"  # "B.E.Mechanical", "BE civil engineering"
                   r"|\b(?:BS|BA|BE)(?= in\b| degree\b|,|\s*\(|\s+[A-Z][a-z]|\s+[A-Z]{4,}\b|\s*[-–—]\s*[A-Z]|\s*$)"  # "BE MECHANICAL", "BE- CIVIL"
                   r"|\b(?:BS|BA|BE)(?=\s+(?:19|20)\d\d\b)"  # a table row: "BE 2018"
                   r"|\bBEd\b")),
    (1, re.compile(r"(?i:\b(?:associate'?s?(?: of (?:arts|science|applied science))? degree|associates degree|"
                   r"associate'?s? of (?:arts|science|applied science)|associate (?:in|of) \w|a\.\s?a\.\s?s\.?|"
                   r"a\.\s?s\.(?=\s|,)|a\.\s?a\.(?=\s|,)))|\bAAS\b|\bADN\b")),
    (0, re.compile(r"(?i:\b(?:post[- ]?graduate diploma|pgdm|diploma|high school|secondary school|hsc|ssc|sslc|s\.s\.l\.c|h\.s\.c|s\.s\.c|"
                   r"matric(?:ulation)?|ged|a[- ]levels?|o[- ]levels?|puc|12th|10th|i\.t\.i|iti|"
                   r"baccalaur[ée]at)(?![a-z]))")),
]
_DEGREE_FORMS_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for level, pattern in _DEGREE_FORMS if level))
_ANY_DEGREE = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _DEGREE_FORMS))
#: A bachelor's, a master's or a doctorate.
_DEGREE_ABOVE_ASSOCIATE = re.compile("|".join(f"(?:{pattern.pattern})" for level, pattern in _DEGREE_FORMS if level >= 2))
#: A "job title" that is a qualification ("Pre- Degree", "Diploma in Civil Engineering").
_DEGREE_TITLE = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _DEGREE_FORMS) + r"|(?i:\bdegree\b)")

#: A degree's subject or school in a title: "Diploma in Radiologic Technologist", "Associate in Hospitality".
_DEGREE_SUBJECT = re.compile(r"\b(?:in|of)\b", re.IGNORECASE)


def _is_degree_title(title: str) -> bool:
    """Whether a role's title names a degree or a school level, not a job: "Diploma in Mechanical Engineering",
    "Bachelor of Science in Electronics Engineer", "High School". A school level or a degree qualifying a job
    is a job's title ("High School Teacher", "Diploma Engineer Trainee", "Diploma Apprentice"): the title ends
    in a job word and names no subject ("Associate in Hospitality, Senior Host" is a degree's)."""
    return _DEGREE_TITLE.search(title) is not None and not (_ends_in_job_word(title) and not _DEGREE_SUBJECT.search(title))


#: A degree not (yet) held.
_NOT_HELD = re.compile(r"\b(?:pending|pursuing|in progress|incomplete|not completed|currently enrolled|enrolled in|"
                       r"dropped out|coursework towards|tentative|expected|anticipated|preparing|"
                       r"(?:classes|credits|courses|semesters?|units|exams?)\s+(?:away|left|remaining|to go))\b", re.IGNORECASE)
#: On a degree's own line, a candidate for it ("Master of Business Administration (Candidate)"), not
#: the job board's "Contact this candidate" footer.
_CANDIDATE = re.compile(r"(?<!this )\b[Cc]andidate\b|\bCANDIDATE\b")
_SCHOOL = re.compile(
    r"\b(?:university|universit[ée]|[ée]cole|college|institute|institution|school|academy|polytechnic|faculty|iit|nit|"
    r"gpa|cgpa|graduated|graduation|percentage|marks|grade|class of|board)\b|\d{2}(?:\.\d+)?\s*%",
    re.IGNORECASE,
)
#: Cheap first look for :data:`_SCHOOL` (substrings of its words, and "%").
_SCHOOL_HINTS = ("univ", "cole", "college", "institut", "school", "academy", "polytechnic", "faculty", "iit", "nit", "gpa",
                 "graduat", "percentage", "marks", "grade", "class of", "board", "%")


def _names_a_school(text: str) -> bool:
    lowered = text.lower()
    return any(hint in lowered for hint in _SCHOOL_HINTS) and _SCHOOL.search(text) is not None


_SCHOOL_NAME = re.compile(r"University|College|Institute|School|Academy|Polytechnic|UNIVERSITY|COLLEGE|INSTITUTE|"
                          r"SCHOOL|ACADEMY|POLYTECHNIC")
_INSTITUTION = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s+){0,6}(?:University|College|Institute|School|Academy|Polytechnic|Faculty|UNIVERSITY|"
    r"COLLEGE|INSTITUTE|SCHOOL|ACADEMY|POLYTECHNIC)\b(?:\s+(?:of|for)\s+(?:[A-Z][\w.&'’-]*\s*){1,5})?")
_FIELD = re.compile(r"^\s*(?:degree\s+)?(?:in|of)\s+(?i:(?:science|arts|engineering|applied science|technology)\s+"
                    r"(?:degree\s+)?(?:in|of)\s+)?"
                    r"(?P<field>[A-Za-z&][A-Za-z&/,. -]{2,60}?)(?=\s*(?:[,;:(|]|\s-\s|\s–\s|\bfrom\b|\bat\b|\d|$))")
_FIELD_PAREN = re.compile(r"^\s*[(\[]\s*(?P<field>[A-Za-z][A-Za-z&/,. -]{1,60}?)\s*[)\]]")
_FIELD_AFTER_COMMA = re.compile(r"^\s*[,-–]\s*(?P<field>[A-Z][A-Za-z&/. ]{1,40}?)(?=\s*(?:[,;(|]|\.\.\.|\s-\s|\d|$))")


def find_degrees(text: str, lines: list[Line], masked: set[int] | frozenset = frozenset()) -> list[DegreeFact]:
    """Degrees from an education context, highest first (school qualifications last, level 0)."""
    has_education = any(line.section == "education" for line in lines)
    found: list[DegreeFact] = []
    # A line of the contact header that names a degree and its school is an education line without
    # a heading ("COLLEGE BACHELOR OF SCIENCE IN ELECTRICAL ENGINEERING MINDANAO STATE UNIVERSITY, 2002-2007").
    usable = [ln for ln in lines if not ln.is_heading and (ln.start not in masked or _degree_at_school(ln))]
    # The next line of the same section, with no heading between ("Deep Learning Masters" ends
    # ACTIVITIES; the school on the line after it belongs to EDUCATION).
    next_line = {a.start: b for a, b in zip(lines, lines[1:], strict=False)
                 if not b.is_heading and a.section == b.section}
    for i, line in enumerate(usable):
        if line.section == "education":
            context = True
        elif line.section in ("summary", "contact") and not has_education:
            neighbours = " ".join(ln.text for ln in usable[max(0, i - 1):i + 2])
            context = _names_a_school(neighbours)
        else:
            # Anywhere else (a lost heading), only next to a school: "Deep Learning Masters" under
            # ACTIVITIES is not a degree, "II.Bachelor of Engineering, University of Port Harcourt" is.
            # A school on a line around it counts for a short line that names its degree near its start:
            # "Bronx Community College / Bronx, NY. / Associates Degree in Paralegal" under a heading glued
            # to a bullet. Not a sentence that names one on the way ("Job Description: Biochemical
            # analysis ...; ... e.g. AAS"), nor a person's name with a degree after it ("Ngozi Abiamuwe
            # PhD." over a referee's college).
            context = _names_a_school(line.text) or (
                _degree_line(line.text) and _school_around(line, usable, i, next_line.get(line.start)))
        if not context:
            continue
        named = _ANY_DEGREE.search(line.text) is not None
        if not named and (line.section != "education" or "ngineering" not in line.text):
            continue
        if _NOT_HELD.search(line.text) or _CANDIDATE.search(line.text) or _not_held_above(usable, i) \
                or _not_held_below(usable, i) or _studied_until_present(line, usable, i):
            continue
        found += _line_degrees(line, usable, i) if named else _unnamed_engineering_degree(line, usable, i)
    unique: dict[tuple, DegreeFact] = {}
    for degree in found:
        unique.setdefault((degree.level, degree.text), degree)
    return sorted(unique.values(), key=lambda d: -d.level)


def _degree_at_school(line: Line) -> bool:
    """Whether a contact-header line names a degree (associate or above) and a school, with no e-mail."""
    return "@" not in line.text and _SCHOOL_NAME.search(line.text) is not None \
        and _DEGREE_FORMS_ANY.search(line.text) is not None


#: How far into a line, and in a line of how many words at most, a degree read from the lines around
#: it may be named ("Education: Computer Science Associates Degree", "June 1999 - March 2003 : Bachelor of ...").
_DEGREE_NEAR_START = 60
_DEGREE_LINE_WORDS = 20
#: A person's name with a degree after it ("Ngozi Abiamuwe PhD.", "Research Assistant for Gini Weisz
#: PhD, WHNP"), or after a title ("Dr.RajkumarKrishnamurthy, Ph.D").
_POSTNOMINAL = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+,?\s+(?:Ph\.?\s?D|MBA|M\.?Sc|MD|M\.S|MEd|B\.?Sc)\.?"
                          r"(?=\s*(?:,|$))|^\W*(?:Dr|Prof)\.")


def _degree_line(text: str) -> bool:
    """Whether ``text`` is a short line that names a degree near its start, and not a person's name
    with a degree after it."""
    match = _ANY_DEGREE.search(text, 0, _DEGREE_NEAR_START + 20)
    return match is not None and match.start() <= _DEGREE_NEAR_START and len(text.split()) <= _DEGREE_LINE_WORDS \
        and _POSTNOMINAL.search(text) is None and not names_position(text, match)


def _school_around(line: Line, usable: list[Line], i: int, after: Line | None) -> bool:
    """Whether the next line, or one of the two lines above in the same section, names a school."""
    if after is not None and _SCHOOL_NAME.search(after.text):
        return True
    return any(above.section == line.section and _SCHOOL_NAME.search(above.text) for above in usable[max(0, i - 2):i])


#: "Aeronautical Engineering", "Electronics and CommunicationEngineering", "Degree in Civil Engineering":
#: an engineering programme named without its degree. Not "College of Engineering" (a school's name).
_ENGINEERING_PROGRAMME = re.compile(
    r"(?<![Oo]f )(?<!OF )\b(?P<field>(?:[A-Z][A-Za-z&/-]*\s+(?:(?:and|&)\s+)?){0,3}[A-Z]?[A-Za-z&/-]*?)\s?"
    r"(?:(?<=[a-z])|\b)Engineering\b")
#: A line about something else than a degree ("Mechanical Engineering Department", "Engineering Drawing course").
_NOT_A_PROGRAMME_LINE = re.compile(r"\b(?:department|dept|course|training|workshop|certificate|certification|trade|"
                                   r"internship|project|hours|seminars?)\b", re.IGNORECASE)


def _unnamed_engineering_degree(line: Line, usable: list[Line], i: int) -> list[DegreeFact]:
    """An engineering programme under the education heading, at a school (on its line or the next),
    with no degree named: read as the usual degree of such a programme, a bachelor's
    (fixtures/gold/REAL_RESUMES.md, "Degrees")."""
    text = line.text
    nearby = [ln.text for ln in usable[i:i + 2] if ln.section == line.section]
    if _NOT_A_PROGRAMME_LINE.search(text) or not any(_names_a_school(t) for t in nearby):
        return []
    for match in _ENGINEERING_PROGRAMME.finditer(text):
        programme = match.group(0)
        if not match.group("field").strip() or _SCHOOL_WORDS.search(programme):
            continue
        institution = _institution(text) or next((s for s in map(_institution, nearby[1:]) if s), None)
        return [DegreeFact(2, DEGREE_NAMES[2], programme.strip(), text.strip()[:200], institution=institution,
                           year=_degree_year(text, usable, i))]
    return []


def _not_held_above(usable: list[Line], i: int) -> bool:
    """"ITT Technical Institute - Springfield, VA Tentative Graduation 2016" above the degree's line:
    the school's line says the degree is not held yet."""
    above = usable[i - 1] if i else None
    return above is not None and above.section == usable[i].section and not _ANY_DEGREE.search(above.text) and \
        _NOT_HELD.search(above.text) is not None


def _not_held_below(usable: list[Line], i: int) -> bool:
    """"B.tech / IKG P.T.U Campus / pursuing" (a table read cell by cell): a short cell below the
    degree, before the next degree, says it is not held yet."""
    for below in usable[i + 1:i + 3]:
        if below.section != usable[i].section or _ANY_DEGREE.search(below.text):
            return False
        if len(below.text.split()) <= 3 and _NOT_HELD.search(below.text):
            return True
    return False


def _studied_until_present(line: Line, usable: list[Line], i: int) -> bool:
    """Whether a degree's period runs to the present, so it is not held yet: on its own line ("B.Tech
    2017 - Present"), or on the line above when the section gives each period above its degree
    ("2012 – 2013 / Matric (Science) / ... / 2017 – Present / B.Tech Honors (Mechanical)")."""
    own = find_ranges(line.text)
    if own:  # one period, or the line may list several degrees
        return len(own) == 1 and _until_present(own[0])
    above = usable[i - 1] if i else None
    if above is None or above.section != line.section:
        return False
    periods = find_ranges(above.text)
    if not (len(periods) == 1 and _until_present(periods[0]) and _date_alone(above.text, periods[0])):
        return False
    first = next(ln for ln in usable if ln.section == line.section)
    opening = find_ranges(first.text)
    return bool(opening) and _date_alone(first.text, opening[0])


#: A word for now at the end of a period: "2017 - Present", "Sep 2018 - current", "2016 - till date".
_NOW_WORD = re.compile(r"(?i)present|current|now|date|ongoing|today")


def _until_present(period: DateRange) -> bool:
    """Whether ``period`` ends in a word for now ("2017 - Present"), not in a dash left open ("2010 -")."""
    return period.present and _NOW_WORD.search(period.text) is not None


#: Around a degree form, what makes it a course's name: "IOSH MS (Managing Safely)", "BSC
#: International Diploma ..." (the British Safety Council's); or an award, not a degree held:
#: "PhD & MD Scholarships University of Manitoba", "MBA fellowship".
_COURSE_BEFORE = re.compile(r"\b(?:IOSH|NEBOSH)\s*$")
_COURSE_AFTER = re.compile(r"^\s+(?:International\s+)?Diploma\b|"
                           r"^(?:\s*(?:&|and|/|,)\s*[A-Z][\w.]*)*\s+(?:[Ss]cholarships?|[Ff]ellowships?|[Gg]rants?|"
                           r"[Ss]tipends?|SCHOLARSHIPS?|FELLOWSHIPS?)\b")


def _line_degrees(line: Line, usable: list[Line], i: int) -> list[DegreeFact]:
    out: list[DegreeFact] = []
    text = line.text
    taken: list[tuple[int, int]] = []
    for level, pattern in _DEGREE_FORMS:
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            if level == 0 and out:
                continue
            if level and (_COURSE_BEFORE.search(text[:match.start()]) or _COURSE_AFTER.match(text[match.end():])):
                continue
            taken.append((match.start(), match.end()))
            rest = text[match.end():]
            field = _degree_field(rest)
            nearby = [ln.text for ln in usable[i:i + 3] if ln.section == line.section]
            institution = _institution(text) or next((s for s in map(_institution, nearby[1:]) if s), None)
            year = _degree_year(text, usable, i)
            out.append(DegreeFact(level, DEGREE_NAMES.get(level) or "other", field, text.strip()[:200],
                                  institution=institution, year=year))
    return out


_FIELD_NAMED = re.compile(r"^\s+(?P<field>[A-Z][A-Za-z&]+(?: (?:[A-Z&][A-Za-z&]*|and|of))*)(?=\s*(?:[,;(|]|\s-\s|\d|$))")


def _degree_field(rest: str) -> str | None:
    for pattern in (_FIELD, _FIELD_PAREN, _FIELD_AFTER_COMMA, _FIELD_NAMED):
        match = pattern.match(rest)
        if match:
            value = match.group("field").strip(" ,.-")
            value = re.split(r"\s+(?:from|at|with)\s+|\s*,\s*(?=[A-Z][a-z]+ (?:University|College|Institute))", value)[0]
            if value and not _INSTITUTION.fullmatch(value) and len(value) > 1:
                return value
    return None


def _institution(text: str) -> str | None:
    match = _INSTITUTION.search(text)
    return match.group(0).strip(" ,.-") if match else None


def _degree_year(text: str, usable: list[Line], i: int) -> int | None:
    for candidate in [text] + [ln.text for ln in usable[i + 1:i + 3]]:
        found = find_ranges(candidate, singles=True)
        if found:
            last = found[-1]
            return (last.end or last.start).year if not last.present else None
        if candidate is not text and _DEGREE_FORMS[2][1].search(candidate):
            break
    return None


def highest_degree(degrees: list[DegreeFact]) -> DegreeFact | None:
    """The highest degree (associate or above); ``None`` when only school qualifications are listed."""
    ranked = [d for d in degrees if d.level > 0]
    return max(ranked, key=lambda d: (d.level, d.field is not None)) if ranked else None


# ---------------------------------------------------------------------------
# Certifications
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Certification:
    """A certification or licence: ``name``, the ``issuer`` when stated, the ``year`` when dated,
    and the taxonomy ``skill_id`` when it is one the taxonomy knows."""

    name: str
    issuer: str | None = None
    year: int | None = None
    skill_id: str | None = None


_ISSUERS = re.compile(
    r"\b(AWS|Amazon(?: Web Services)?|Microsoft|Google(?: Cloud)?|Cisco|CompTIA|PMI|\(ISC\)2|ISC2|ISACA|Oracle|"
    r"Red Hat|Salesforce|Scrum Alliance|Scrum\.org|AXELOS|PeopleCert|NEBOSH|OSHA|IOSH|SHRM|HRCI|AICPA|CFA Institute|"
    r"IIA|ACCA|CIMA|ICAI|Linux Foundation|CNCF|HashiCorp|VMware|Juniper|Fortinet|Palo Alto Networks|SAP|IBM|"
    r"Adobe|HubSpot|Tableau|Snowflake|Databricks|Coursera|Udemy|edX|ASQ|IASSC|NCCCO|AWS Training)\b")
_CERT_CUE = re.compile(r"\b(certified|certification|certificate|licen[sc]ed?|licen[sc]e)\b", re.IGNORECASE)
_ISSUED_BY = re.compile(r"\b(?:by|from|issued by|through|via)\s+(?P<issuer>[A-Z][\w&().'’ -]{1,60}?)(?=\s*(?:[,;|(]|\s-\s|\d|$))")


#: Lines of a certification record that are not a certification: "Issued 2010", "CERT NO : 1234",
#: "Expiration", "Under renewal", a licence number.
_CERT_DETAIL = re.compile(
    r"^(?:(?:date|issued?(?: on| by)?|expir(?:y|es|ation)|valid(?:ity)?(?: till| until)?|renewed|under renewal|"
    r"cert(?:ificate)?\.? ?(?:no|number|id)|licen[sc]e ?(?:no|number|id)|credential ?id|id|no|reg(?:istration)?\.? ?no)\b"
    r"[\s.:#-]*|[\d\s#/-]+$|[A-Z0-9-]{6,}$)",
    re.IGNORECASE,
)


def find_certifications(text: str, lines: list[Line], cert_spans: list[tuple[int, int, str]]) -> list[Certification]:
    """Certifications with issuer and year: every line of a certifications section, and lines
    elsewhere (not experience) that name a certification the taxonomy knows or say "certified".
    In a section, a line that only dates or numbers the certification above it ("Issued 2010",
    "CERT NO : 1234") gives that certification its year; an organisation's name right below
    it is its issuer."""
    out: list[Certification] = []
    seen: set[str] = set()
    previous: Certification | None = None
    left = False  # the certifications section has run into a job record or its duties
    for line in lines:
        if line.is_heading:
            previous, left = None, False
            continue
        in_section = line.section == "certifications"
        if in_section and (left or _ends_cert_section(line.text)):
            previous, left = None, True
            continue
        skill_ids = [sid for s, _e, sid in cert_spans if line.start <= s < line.end]
        if not in_section and line.section != "experience":
            for name in _listed_certifications(line.text):
                if name.lower() not in seen:
                    seen.add(name.lower())
                    out.append(Certification(name=name))
        if not in_section and not (skill_ids and line.section in ("skills", "summary", "education", "other")) and \
                not (_CERT_CUE.search(line.text) and line.section in ("skills", "other", "education")
                     and len(line.text) <= 120) and \
                not (_DRIVING_LICENCE.match(_clean(line.text)) and line.section != "experience"):
            previous = None
            continue
        text = _clean(line.text)
        if in_section and previous is not None and (_CERT_DETAIL.match(text) or _is_place(text) or _is_issuer_line(text)):
            index = out.index(previous)
            if _CERT_DETAIL.match(text) or _is_place(text):
                dated = find_ranges(text, singles=True)
                if dated and previous.year is None and not re.match(r"(?i)expir|valid", text):
                    previous = out[index] = _replace(previous, year=dated[0].start.year)
            elif previous.issuer is None:
                previous = out[index] = _replace(previous, issuer=_tidy(text))
            continue
        pieces = _cert_pieces(line.text)
        if not in_section and _DRIVING_LICENCE.match(text):  # "Driving license ... (UAE & OMAN). Other things."
            pieces = _cert_pieces(re.split(r"\.\s+", text, maxsplit=1)[0])
        for piece in pieces:
            if _is_duty(piece) or _is_qualification(piece) or _CERT_NOT_HELD.search(piece) or _is_training(piece):
                continue
            cert = _certification(piece, skill_ids)
            if cert is not None and cert.name.lower() not in seen and not _CERT_DETAIL.match(cert.name):
                seen.add(cert.name.lower())
                out.append(cert)
                previous = cert
    return out


#: "Driver's License : Code 10" among personal details: a licence the person holds.
_DRIVING_LICENCE = re.compile(r"(?:driver['’]?s?|driving)\s+licen[cs]e\b", re.IGNORECASE)
#: "PPE Awareness Training", "National Level Workshop": a training attended, not a certification.
_TRAINING_END = re.compile(r"\b(?:training|workshop|seminar|orientation|induction)s?\W*$", re.IGNORECASE)


def _is_training(piece: str) -> bool:
    return _TRAINING_END.search(piece) is not None and not _CERT_CUE.search(piece)


#: A certification not held yet: "Currently pursuing : ...", "50% Completion of ...".
_CERT_NOT_HELD = re.compile(r"\b(?:currently\s+(?:pursuing|obtaining|enrolled)|pursuing|in progress)\b|\d+\s*%\s*complet",
                            re.IGNORECASE)
#: "Name of Company: X", "Tenure: 3 months", "E-mail address: ...": a job record or contact
#: details, which a certifications section runs into when the next heading was lost.
_RECORD_LABEL = re.compile(
    r"^\s*(?:name of (?:the )?(?:company|employer|organi[sz]ation)|company(?: name)?|employer|organi[sz]ation|"
    r"position(?: held)?|designation|job title|tenure|duration|employment dates?|dates? employed|"
    r"telephone(?: no)?|tel|phone|mobile|e-?mail(?: address)?|address|references?|referees?|client|"
    r"duties(?: and| &) responsibilit(?:y|ies)|roles? (?:and|&) responsibilit(?:y|ies)|responsibilit(?:y|ies)|"
    r"key responsibilit(?:y|ies)|project details|"
    # personal details run on after the certifications: "Gender : Male", "Civil Status : Married"
    r"gender|sex|age|height|weight|civil status|marital status|nationality|religion|date of birth|d\.?o\.?b|"
    r"place of birth|current location|passport(?: no)?|contacts?)\s*(?:[:;]|$)"
    r"|^\s*contact this candidate\s*$|^\S+@\S+",  # the job board's footer; an e-mail address
    re.IGNORECASE)
#: A line that reports work done ("Developed Hive queries ...", "Used SFTP to ...") or says what the
#: person does or can do ("Interpret data, analyze results ...", "Has 5 years' experience in ...").
_DUTY = re.compile(
    r"^\s*(?!(?:Registered|Licensed|Qualified|Accredited|Approved|Authori[sz]ed)\b)(?:[A-Z][a-z]+ed|Used|Built|Led|Ran|Wrote|Made|Did|Worked|Responsible|Involved|Participated|Assisted|"
    r"Managed|Handled|Interpret|Translate|Develop|Implement|Identify|Filter|Locate|Establish|Build|Maintain|Create|"
    r"Manage|Perform|Provide|Ensure|Support|Prepare|Conduct|Coordinate|Monitor|Analy[sz]e|Review|Oversee|Operate|"
    r"Has|Have|Been|Able|Adept|Familiar|Knowledge|Good|Excellent|Strong)\b(?:\s+\S+){4,}")


#: "... and certifications Network+, Security+, OSHA-10, and currently obtaining (CCNA)": the list
#: after the word; "SAFE and ITIL foundation certified": the list before it.
_LIST_AFTER = re.compile(r"\bcertifications?\s*(?:in|:|-)?\s+(?P<list>[^.;]+)", re.IGNORECASE)
_LIST_BEFORE = re.compile(r"(?:^|[,;:.]\s*)(?P<list>[^,;:.]+?)\s+certified\b(?!\s+(?:in|by|as|for)\b)", re.IGNORECASE)
_LIST_STOP = re.compile(r"\b(?:currently|pursuing|obtaining|in progress|planned|pending)\b.*$", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _listed_certifications(text: str) -> list[str]:
    """Certifications a sentence lists ("certifications Network+, Security+, OSHA-10"; "SAFE and
    ITIL foundation certified"): two or more short items, none "currently obtaining"."""
    for pattern in (_LIST_AFTER, _LIST_BEFORE):
        match = pattern.search(text)
        if not match:
            continue
        items = [i.strip(" ()") for i in _LIST_SPLIT.split(_LIST_STOP.sub("", match.group("list")))]
        items = [i for i in items if i and len(i.split()) <= 4 and re.search(r"[A-Z]", i)]
        if len(items) >= 2:
            return items
    return []


def _ends_cert_section(text: str) -> bool:
    """Whether a line of a certifications section starts a job record or contact details."""
    return _RECORD_LABEL.match(_clean(text)) is not None


def _is_duty(text: str) -> bool:
    """A sentence about work done, not a certification ("Certified ..." lines excepted)."""
    return _DUTY.match(text) is not None and not _CERT_CUE.search(text)


_SCHOOL_CERTIFICATE = re.compile(r"\b(?:school leaving|(?:general )?certificate of (?:secondary )?education)\b",
                                 re.IGNORECASE)


def _is_qualification(text: str) -> bool:
    """A degree, diploma or school certificate listed with the certifications: an education
    entry, not a certification ("Diploma in Hardware Technology", "School Leaving Certificate")."""
    return _ANY_DEGREE.search(text) is not None or _SCHOOL_CERTIFICATE.search(text) is not None


def _is_issuer_line(text: str) -> bool:
    """"Saudi Commission for Health Sciences" under a certification: its issuer."""
    return bool(_ISSUING_BODY.search(text)) and not _CERT_CUE.search(text) and len(text.split()) <= 7 and \
        not re.search(r"\d|\(|\bby\b", text)


_ISSUING_BODY = re.compile(
    r"\b(?:commission|council|institute|board|association|society|authority|university|college|academy|ministry|"
    r"department|agency|corporation|company|inc|ltd|llc|foundation|federation|bureau|registry)\b", re.IGNORECASE)


def _replace(cert: Certification, **changes) -> Certification:
    return replace(cert, **changes)


def _cert_pieces(text: str) -> list[str]:
    text = _clean(text)
    # "CCNP certified R&S, CCNA certified R&S" and bullet lists glued on one line.
    pieces = re.split(r"\s*(?:•|●|;|\|)\s*", text)
    return [p for p in pieces if len(p.strip(" ,.-")) >= 3]


def _certification(piece: str, skill_ids: list[str]) -> Certification | None:
    found = find_ranges(piece, singles=True)
    year = None
    name = piece
    if found:
        last = found[-1]
        year = (last.end or last.start).year if not last.present else last.start.year
        name = (piece[:last.begin] + piece[last.stop:])
    name = re.sub(r"\((?:\s*\)|\s*-\s*\))", "", name)
    name = _strip_open(re.sub(r"\s+", " ", name).strip(" ,;:-–"))
    if name.count("(") > name.count(")"):
        name += ")"
    if len(name) < 3 or len(name) > 150 or len(name.split()) > 20 or not re.search(r"[A-Za-z]{2}", name):
        return None
    issuer = None
    by = _ISSUED_BY.search(name)
    if by:
        issuer = by.group("issuer").strip(" ,-")
        name = name[:by.start()].strip(" ,;:-–(")
    else:
        known = _ISSUERS.search(name)
        if known:
            issuer = known.group(1)
        else:
            head, sep, tail = name.rpartition(" - ")
            if sep and tail and _is_org(tail):
                name, issuer = head.strip(), tail.strip()
    return Certification(name=name, issuer=issuer, year=year, skill_id=skill_ids[0] if len(skill_ids) == 1 else None)


def role_skill_years(roles: list[Role], skill_offsets: dict[str, list[int]]) -> dict[str, tuple[float, int]]:
    """For each skill shown inside dated roles: years of those roles (overlaps once) and the last
    year it was used. ``skill_offsets`` maps a skill id to where it was seen."""
    out: dict[str, tuple[float, int]] = {}
    for role in roles:
        role.skills = sorted(sid for sid, offsets in skill_offsets.items()
                             if any(role.text_start <= o < role.text_end for o in offsets))
    for skill_id in skill_offsets:
        ranges = [(r.start_month, r.end_month) for r in roles
                  if skill_id in r.skills and r.start_month is not None and r.end_month is not None]
        if ranges:
            out[skill_id] = (round(union_months(ranges) / 12, 1), max(end for _, end in ranges) // 12)
    return out
