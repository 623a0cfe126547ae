"""The default taxonomy is valid, big enough, and its guarded forms behave; ``matcher taxonomy`` stats/lookup."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from taxonomy import CATEGORIES, DATA_DIR, Skill, Taxonomy, read_jsonl, validate

ALLOW_LIST = Path(__file__).resolve().parents[1] / "taxonomy" / "common_word_skills.txt"

# Everyday words that name a tool or language only with the right case and context: never allow-listed.
MUST_BE_GUARDED = {"go", "make", "access", "excel", "spark", "swift", "rust", "chef", "express"}

ISSUE_CATEGORIES = [
    "programming_languages", "frameworks_libraries", "ml_ai", "data_analytics", "cloud", "databases", "devops",
    "security", "web_mobile", "testing", "methodologies", "finance", "accounting", "tax", "human_resources",
    "legal_compliance", "marketing_communications", "sales", "operations", "supply_chain", "sustainability",
    "soft_skills", "certifications",
]


def read_allow_list(path: Path = ALLOW_LIST) -> list[str]:
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return words


@pytest.fixture(scope="module")
def default_taxonomy() -> Taxonomy:
    return Taxonomy.default()


@pytest.fixture(scope="module")
def top_words() -> list[str]:
    wordfreq = pytest.importorskip("wordfreq", reason="wordfreq is in the [test] extra")
    return wordfreq.top_n_list("en", 3000)


@pytest.fixture(scope="module")
def common_words(top_words) -> set[str]:
    return set(top_words) - set(read_allow_list())


@pytest.fixture(scope="module")
def problems(default_taxonomy, common_words) -> list[str]:
    return validate(default_taxonomy, common_words)


def _only(problems: list[str], *needles: str) -> list[str]:
    return [p for p in problems if any(n in p for n in needles)]


# ---------------------------------------------------------------------------
# the allow-list file
# ---------------------------------------------------------------------------
def test_allow_list_file_is_well_formed():
    text = ALLOW_LIST.read_text(encoding="utf-8")
    assert text.startswith("#"), "the allow-list starts with a header comment"
    words = read_allow_list()
    assert words, "the allow-list is empty"
    assert len(words) == len(set(words)), [w for w, n in Counter(words).items() if n > 1]
    assert all(w == w.lower() and w.isalpha() for w in words), [w for w in words if w != w.lower() or not w.isalpha()]
    assert words == sorted(words)


def test_allow_list_never_contains_ambiguous_tool_names():
    assert not MUST_BE_GUARDED & set(read_allow_list())


def test_allow_list_words_are_common_words(top_words):
    # A word outside the top-3,000 list needs no allowing; keep the file minimal.
    assert set(read_allow_list()) <= set(top_words), sorted(set(read_allow_list()) - set(top_words))


# ---------------------------------------------------------------------------
# validation of the default taxonomy
# ---------------------------------------------------------------------------
def test_ids_are_unique_across_files():
    seen: dict[str, str] = {}
    duplicates = []
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        for skill in read_jsonl(path):
            if skill.id in seen:
                duplicates.append(f"{skill.id} in {seen[skill.id]} and {path.name}")
            seen.setdefault(skill.id, path.name)
    assert not duplicates, duplicates


def test_ids_and_categories_are_valid(problems):
    assert not _only(problems, "id is not a slug", "unknown category"), _only(problems, "not a slug", "unknown")


def test_every_parent_and_related_id_exists(problems):
    bad = _only(problems, "does not exist", "is its own parent")
    assert not bad, bad


def test_parents_have_no_cycles(problems):
    bad = _only(problems, "parent cycle")
    assert not bad, bad


def test_no_surface_form_claimed_twice_without_shared_forms(problems):
    bad = _only(problems, "is claimed by")
    assert not bad, bad


def test_no_unguarded_stop_word_or_common_word_forms(problems):
    bad = _only(problems, "is a common word", "too short to be unguarded", "guarded forms need context")
    assert not bad, bad


def test_validate_finds_nothing_else(problems):
    assert problems == []


def test_size_targets(default_taxonomy):
    forms = sum(len(s.surface_forms) for s in default_taxonomy)
    assert len(default_taxonomy) >= 3000, f"{len(default_taxonomy)} skills"
    assert forms >= 10000, f"{forms} surface forms"


@pytest.mark.parametrize("category", ISSUE_CATEGORIES)
def test_category_has_at_least_five_skills(default_taxonomy, category):
    assert category in CATEGORIES
    count = sum(1 for s in default_taxonomy if s.category == category)
    assert count >= 5, f"{category}: {count} skills"


# ---------------------------------------------------------------------------
# validate() itself, on tiny taxonomies
# ---------------------------------------------------------------------------
def _tax(*skills: dict) -> Taxonomy:
    return Taxonomy.from_skills(Skill.from_dict(s) for s in skills)


def test_validate_accepts_a_clean_taxonomy():
    tax = _tax({"id": "python", "name": "Python", "category": "programming_languages", "related": ["go"]},
               {"id": "go", "name": "Golang", "category": "programming_languages", "guarded": ["Go"],
                "context": ["golang", "python"], "parents": ["programming"]},
               {"id": "programming", "name": "Programming", "category": "software_engineering"})
    assert validate(tax, {"go"}) == []


@pytest.mark.parametrize("skills, needle", [
    ([{"id": "a", "name": "Alpha", "category": "tools", "parents": ["missing"]}], "does not exist"),
    ([{"id": "a", "name": "Alpha", "category": "tools", "related": ["missing"]}], "does not exist"),
    ([{"id": "a", "name": "Alpha", "category": "tools", "parents": ["b"]},
      {"id": "b", "name": "Beta", "category": "tools", "parents": ["a"]}], "parent cycle"),
    ([{"id": "a", "name": "Alpha", "category": "tools", "aliases": ["shared"]},
      {"id": "b", "name": "Beta", "category": "tools", "aliases": ["Shared"]}], "is claimed by"),
    ([{"id": "a", "name": "Alpha", "category": "tools", "aliases": ["the"]}], "is a common word"),
    ([{"id": "a", "name": "Alpha", "category": "tools", "aliases": ["excel"]}], "is a common word"),
    ([{"id": "a", "name": "Alpha", "category": "tools", "guarded": ["Excel"]}], "need context"),
    ([{"id": "a", "name": "Alpha", "category": "nope"}], "unknown category"),
    ([{"id": "Bad Id", "name": "Alpha", "category": "tools"}], "not a slug"),
])
def test_validate_reports_each_kind_of_problem(skills, needle):
    problems = validate(_tax(*skills), {"excel"})
    assert any(needle in p for p in problems), problems


def test_validate_accepts_declared_shared_forms():
    tax = _tax({"id": "swift", "name": "Swift language", "category": "programming_languages", "guarded": ["Swift"],
                "context": ["ios"], "shared_forms": ["Swift"]},
               {"id": "swift-payments", "name": "SWIFT payments", "category": "finance", "guarded": ["Swift"],
                "context": ["payments"], "shared_forms": ["Swift"]})
    assert validate(tax) == []


# ---------------------------------------------------------------------------
# guarded forms in the skill matcher
# ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def nlp(default_taxonomy):
    from matcher.skills import build_pipeline

    return build_pipeline(default_taxonomy)


def _owner(taxonomy: Taxonomy, form: str) -> str:
    """The id of the skill that claims ``form`` (guarded forms with their exact case first)."""
    for skill in taxonomy:
        if form in skill.guarded:
            return skill.id
    for skill in taxonomy:
        if form.lower() in {f.lower() for f in skill.surface_forms}:
            return skill.id
    pytest.fail(f"no skill in the default taxonomy has the form {form!r}")


def _found(nlp, taxonomy: Taxonomy, form: str, text: str) -> bool:
    skill_id = _owner(taxonomy, form)
    # The entity may be a longer form that contains this one ("advanced Excel").
    return any(ent.kb_id_ == skill_id and form in ent.text for ent in nlp(text).ents)


@pytest.mark.parametrize("form, text", [
    ("Go", "Proficiency in Python, Go and Rust"),
    ("Go", "We build services in Go and gRPC"),
    ("R", "statistical modelling in R and Python"),
    ("Excel", "advanced Excel (pivot tables)"),
    ("Spark", "Apache Spark"),
    ("Spark", "Spark and Kafka pipelines"),
    ("SIE", "Passed the SIE, Series 7 and Series 63 exams"),
    ("SONAR", "Experience working with GIT, Maven, SONAR and Jenkins"),
    ("Amplitude", "Product analytics with Segment, Amplitude and BigQuery"),
    ("Segment", "Event tracking through Segment and Mixpanel"),
    ("YANG", "Network modelling and programming with YANG, OpenConfig and NETCONF"),
    ("GCD", "Swift concurrency with GCD and threads"),
])
def test_guarded_form_is_found_with_evidence(nlp, default_taxonomy, form, text):
    if form == "Spark" and text == "Apache Spark":
        # "Apache Spark" is usually a form of its own; either way the Spark skill must be found.
        skill_id = _owner(default_taxonomy, form)
        assert any(ent.kb_id_ == skill_id for ent in nlp(text).ents), [(e.text, e.kb_id_) for e in nlp(text).ents]
        return
    assert _found(nlp, default_taxonomy, form, text), [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("form, text", [
    ("Go", "Go to market with our sales team"),
    ("R", "R&D"),
    ("Excel", "You will excel in a fast-paced team"),
    ("SIE", "Seien Sie in Berlin dabei und arbeiten Sie agil"),
    ("Amplitude", "Amplitude and phase of the measured vibration"),
    ("Segment", "Segment the market by region and price"),
    ("Sonar", "Sonar systems for naval vessels"),
])
def test_guarded_form_is_not_found_without_evidence(nlp, default_taxonomy, form, text):
    skill_id = _owner(default_taxonomy, form)
    assert not any(ent.kb_id_ == skill_id for ent in nlp(text).ents), [(e.text, e.kb_id_) for e in nlp(text).ents]


def _ids(nlp, text: str) -> set[str]:
    return {ent.kb_id_ for ent in nlp(text).ents}


@pytest.mark.parametrize("text, skill_id", [
    ("Automated testing and mocking with JUnit and EasyMock", "easymock"),
    ("Runscope, Ghost Inspector and BrowserStack for end-to-end checks", "ghost-inspector"),
    ("Knowledge of Auto Layout and NSURLSession", "auto-layout"),
    ("Knowledge of Auto Layout and NSURLSession", "urlsession"),
    ("On AWS: Lambda, SQS, S3, CloudSearch", "amazon-cloudsearch"),
    ("Serving Spark models with MLeap", "mleap"),
    ("Funnels and cohorts in Mixpanel", "mixpanel"),
])
def test_tools_named_by_their_own_names(nlp, text, skill_id):
    """Testing, iOS, search and analytics tools whose names mean nothing else are found anywhere."""
    assert skill_id in _ids(nlp, text), [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id", [
    ("You will join our DevOps team in the second quarter.", "devops"),
    ("Questions go to the IT department or to the people office.", "information-technology"),
    ("The Department of Operations Management invites applications.", "operations-management"),
    ("We are looking for a Senior Java Developer to grow our platform.", "java"),
    ("Frontend Developer (m/f/d) in our city office", "frontend-development"),
    ("As a Site Reliability Engineer you will keep the lights on.", "site-reliability-engineering"),
    ("You will work closely with our backend developers every day.", "backend-development"),
    ("Our IT professionals work hand in hand with scientists.", "information-technology"),
    ("You will work closely with product leads and UX designers.", "ux-design"),
    ("You will work with the Sales, Marketing and Finance teams.", "sales"),
    ("You will work with the Sales, Marketing and Finance teams.", "marketing"),
    ("Acme is searching for a Sales Manager for the Nordic markets.", "sales-management"),
    ("For more information please call Finance Director Jane Doe.", "finance"),
    ("Questions? Contact our recruitment manager.", "recruiting"),
    ("You will be invited to a recruitment meeting at the hospital.", "recruiting"),
])
def test_unit_and_hiring_titles_are_not_skills(nlp, text, skill_id):
    """A unit's name or the title of the role hired into names what something is called, not a skill."""
    assert skill_id not in _ids(nlp, text), [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, is_skill", [
    ("Job type: Full-time Role: Database Administrator Industry: Retail", "database-administration", False),
    ("Position: Senior Java Developer", "java", False),
    ("Job type: Full-time Role: QA/Test Developer Industry: Healthcare", "software-testing", False),
    ("We are seeking SCADA/control engineers and electricians.", "scada", False),
    ("You own QA/test automation for our apps.", "software-testing", True),
    ("We need you as a Senior Backend Java Engineer.", "java", False),
    ("As a Senior Full Stack Engineer at Acme you build new features.", "full-stack-development", False),
    ("Senior Frontend Developer f/m/x", "frontend-development", False),
    ("If you have questions, chat with our IT Talent Acquisition Specialist Jane Doe.", "talent-acquisition", False),
    ("You will report to the Programme Management Office Director.", "program-management", False),
    ("Our team has 2 backend engineers and 2 native app developers.", "native-mobile-development", False),
    ("Our team has 2 backend engineers and 2 native app developers.", "backend-development", False),
    # the role someone has, or leading people, still names the skill
    ("Five years of experience as a Java developer.", "java", True),
    ("Lead design reviews and mentor engineers.", "mentoring", True),
    ("You will mentor other engineers.", "mentoring", True),
    ("Role: you will build Java services", "java", True),
    # a first line that is a job title alone names the job; the body asks for the skills
    ("Senior Java Developer", "java", False),
    ("Software Engineer - Java", "java", False),
    ("Cloud/AWS Lead Developer - Asset Management", "asset-management", False),
    ("Senior Java Developer\nYou know Java well.", "java", True),
    ("Jane Doe\nSenior Java Developer\nAcme, 2019 - 2021", "java", True),
    ("Backend engineer with six years of experience", "backend-development", True),
    ("Senior FullStack Engineer - Shape the future of better housing", "full-stack-development", False),
    ("Full Stack Software Engineer ( JavaScript / React /Node JS ) <ORGANIZATION> <ORGANIZATION>", "react", False),
    ("Senior UI/UX Designer", "ux-design", False),
    # a stack glued to the title in brackets says what the job asks for: the line is no title alone
    ("Full Stack Engineer (TypeScript)\nYou build React apps.", "full-stack-development", True),
    ("As an <ORGANIZATION> IT Site Reliability Engineer you will keep the lights on.",
     "site-reliability-engineering", False),
])
def test_role_fields_roles_wanted_and_groups_of_people(nlp, text, skill_id, is_skill):
    """A posting's role field, the role the reader is wanted in, the superior or contact by title and a
    group of people named by their role ("native app developers") are not skills asked for."""
    assert (skill_id in _ids(nlp, text)) is is_skill, [(e.text, e.kb_id_) for e in nlp(text).ents]


_BOARD_HEADER = ("Senior Kotlin Developer Acme Berlin Date posted: 2021-02-24 Likes: 0 Job description: Job type: "
                 "Full-time Role: DevOps Industry: Banking Company size: 10k+ people Technologies python kotlin "
                 "Job description You know Kotlin well.")


@pytest.mark.parametrize("skill_id, is_skill", [
    ("devops", False), ("banking", True), ("python", True), ("kotlin", True),
])
def test_a_job_boards_header_and_role_field_name_the_job(nlp, skill_id, is_skill):
    """What comes before a board's "Date posted:" field (title, employer, place) and the value of its
    "Role:" field name the job; its industry and technology tags and its body still name skills."""
    found = _ids(nlp, _BOARD_HEADER)
    assert (skill_id in found) is is_skill, sorted(found)


def test_a_board_header_is_not_a_skill_span(nlp):
    spans = [(e.text, e.kb_id_) for e in nlp(_BOARD_HEADER).ents]
    assert ("Kotlin", "kotlin") in spans and not any(text == "Kotlin Developer" for text, _ in spans), spans


@pytest.mark.parametrize("text, skill_id, is_skill", [
    ("Solid knowledge of Oracle database and SQL queries.", "solid-principles", False),
    ("Java Spring Hibernate solid kiss dry", "solid-principles", True),
])
def test_adjective_before_a_skill_cue_is_no_tag(nlp, text, skill_id, is_skill):
    """A guarded name in another case counts in a run of tags, not as the adjective of "knowledge"."""
    assert (skill_id in _ids(nlp, text)) is is_skill, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, is_skill", [
    ("Please send your CV and cover letter in English by 1 May.", "english", False),
    ("The application must be submitted in Danish or English.", "english", False),
    ("The following must be attached in English: cover letter, CV, diplomas.", "english", False),
    ("You will translate technical documents from German into English.", "english", True),
    ("Staff at Danish universities teach in both languages.", "danish", False),
    ("We offer free Danish lessons to newcomers.", "danish", False),
    ("Fluent in English and Danish, written and spoken.", "english", True),
    ("You speak Danish at a professional level.", "danish", True),
    ("You have excellent written and verbal communication skills in English.", "english", True),
    ("Read the memorandum on job structure (in Danish) before applying.", "danish", False),
    ("You can work from our Danish (Aarhus) office or from home.", "danish", False),
    ("Languages: Arabic (native), English (spoken and written)\nEducation\n2006: BSc", "english", True),
    ("Attach a teaching philosophy and a research plan.", "philosophy", False),
    ("Our philosophy of getting it right first time has made us a trusted partner.", "philosophy", False),
    ("A PhD in philosophy or linguistics is required.", "philosophy", True),
    ("28 days of leave plus bank holidays", "banking", False),
    ("Ten years in retail banking and bank treasury", "banking", True),
    ("VC-backed, with real job security", "cybersecurity", False),
    ("Attach a teaching portfolio and a research plan.", "teaching-skills", False),
    ("Special pricing on our own products for every employee", "pricing-strategy", False),
    ("You will have great opportunities to influence your daily work.", "influencing", False),
    ("A job with high influence on the product portfolio", "influencing", False),
    ("Spoken and written English at negotiation level.", "negotiation", False),
    ("Negotiation for salary supplement is possible.", "negotiation", False),
    ("Strong negotiation skills with suppliers and customers.", "negotiation", True),
    ("Strong communication and influencing skills.", "influencing", True),
    ("We are a fast paced and growing team in the city centre.", "team-building", False),
    ("Monthly team-building events and an annual summer trip", "team-building", False),
    ("Experience building and growing teams of engineers", "team-building", True),
    ("Cycle to work scheme and childcare vouchers", "early-childhood-education", False),
    ("Five years of experience in childcare and preschool education", "early-childhood-education", True),
    ("On campus you will find six subsidised restaurants.", "restaurant-industry", False),
    ("Hackathons, courses and innovation days", "innovation", False),
    ("Candidates must pass a pre-employment background check.", "background-checks", False),
    ("We encourage professional growth and career development.", "career-development", False),
    ("Learn and grow in our in-house knowledge sharing sessions", "teaching-skills", False),
    ("The Faculty refers to the Ministerial Order on the Appointment of Academic Staff.", "mistral-ai", False),
    ("Full-stack knowledge of web applications", "full-stack-development", True),
    ("The monthly salary before tax is 30,000 DKK.", "tax", False),
    ("Tax-free bike loan and a pension scheme", "tax", False),
    ("Experience in tax and accounting", "tax", True),
    ("In 2011 the group posted annual sales of about SEK 28 billion.", "sales", False),
    ("Strong sales experience in B2B software", "sales", True),
    ("You will help shape an engineering culture centred on collaboration and quality.", "collaboration", False),
    ("A unique team spirit built on collaboration and openness", "collaboration", False),
    ("If you are amongst them you can rest assured there is a place for you.", "rest-assured", False),
    ("In 2019 the company reached a 2.5 billion valuation.", "valuation", False),
    ("Monthly and annual sales revenue and volume forecasts", "sales", True),
])
def test_other_senses_of_language_and_word_skills(nlp, text, skill_id, is_skill):
    """The language an application is written in, a nationality adjective, and everyday phrases such as
    "bank holidays" or "job security" are not the skills their words name."""
    assert (skill_id in _ids(nlp, text)) is is_skill, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, is_skill", [
    ("This will happen in close collaboration with our software development team.", "software-engineering", False),
    ("You will work closely with the data engineering team.", "data-engineering", False),
    ("Led a software development team of six engineers.", "software-engineering", True),
])
def test_the_development_team_worked_with_is_a_unit(nlp, text, skill_id, is_skill):
    """The development team the person hired works with is a unit, not a skill asked for; a development team
    the person led shows its skill."""
    assert (skill_id in _ids(nlp, text)) is is_skill, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, is_skill", [
    ("This job is your chance of being part of a company recognised for growth innovation and development.",
     "innovation", False),
    ("An employer known for its collaborative culture", "collaboration", False),
    ("You drive innovation in our service portfolio.", "innovation", True),
])
def test_what_the_employer_is_known_for_is_not_asked_for(nlp, text, skill_id, is_skill):
    """A quality the employer is recognised for praises the employer, whoever the sentence addresses."""
    assert (skill_id in _ids(nlp, text)) is is_skill, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id", [
    ("3+ years of full software development life cycle, including code reviews", "software-development-lifecycle"),
    ("Knowledge of industry trends and SDLC best practices", "software-development-lifecycle"),
    ("Experience developing UI components in Angular", "ui-development"),
    ("Design user interfaces and application flow based on customer needs", "ui-development"),
    ("Have familiarity with windows mac linux operating systems", "macos"),
    ("Experience in messaging technologies JMS TIBCO MQ", "ibm-mq"),
    ("Craftsmanship using principles such as SOLID KISS DRY", "clean-code"),
    ("Identifying site issues using analytics and MVT", "multivariate-testing"),
    ("You are comfortable with code on the server-side and client-side.", "backend-development"),
    ("You are comfortable with code on the server-side and client-side.", "frontend-development"),
    ("Questions concerning data integrity and data loads", "data-quality"),
    ("Knowledge of the current threat landscape", "threat-intelligence"),
    ("You run company DNS website hosting and email", "web-servers"),
    ("A focus on retail technology (kiosks, EPOS, cloud)", "point-of-sale"),
    ("Computer Science, Computer Engineering or an equivalent degree", "computer-engineering"),
    ("Experience analysing DNA sequencing data and variant calling", "genomics"),
    ("Experience in time course analysis and sequence analysis", "bioinformatics"),
    ("Skills in antibody engineering and phage display", "antibody-engineering"),
    ("Experience in bioreactor handling would be an advantage", "bioprocessing"),
    ("Knowledge of molecular beam epitaxy", "nanofabrication"),
    ("Know-how with kinematics tolerance analysis and DFA/DFM", "design-for-manufacturing"),
    ("Know-how with kinematics tolerance analysis and DFA/DFM", "mechanical-engineering"),
    ("Mechanical equipment like gas turbines and centrifugal compressors", "rotating-equipment"),
    ("CFD simulation of air flows", "computational-fluid-dynamics"),
    ("Problems solved using kinematics dynamics mechatronics and other engineering skills", "mechatronics"),
    ("A strong background in condensed matter or quantum many-body theory", "physics"),
    ("Management of change and barrier management in operation", "process-safety-management"),
    ("Business cases and COGS calculation", "cost-accounting"),
])
def test_skills_added_from_skillspan_train(nlp, text, skill_id):
    """Real skills SkillSpan's train postings name that the taxonomy lacked (or a form of them)."""
    assert skill_id in _ids(nlp, text), [(e.text, e.kb_id_) for e in nlp(text).ents]


def test_mac_needs_its_context(nlp):
    """"Mac" alone is no operating system: guarded, it counts next to its context words."""
    assert "macos" not in _ids(nlp, "Mac and cheese on Fridays")
    assert "macos" in _ids(nlp, "Supports Windows, Mac and Linux desktops")


@pytest.mark.parametrize("text, skill_id, is_skill", [
    ("We are a highly motivated, collaborative and fun-loving team.", "collaboration", False),
    ("Sharing knowledge, collaboration and communication are our core team values.", "communication", False),
    ("Collaboration is a big part of what we do here.", "collaboration", False),
    ("You are a team player with strong communication skills.", "communication", True),
    ("We look for people who are collaborative and curious.", "collaboration", True),
    ("Excellent written and verbal communication in English.", "communication", True),
])
def test_qualities_said_of_the_employer_are_not_asked_for(nlp, text, skill_id, is_skill):
    """A quality a posting says of its own team or culture ("we are a collaborative team") is not one it
    asks of the person hired; said of the person, it is."""
    assert (skill_id in _ids(nlp, text)) is is_skill, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, is_skill", [
    ("We are a global leader in financial services.", "financial-services-industry", False),
    ("We strive to build trusted long-term partnerships with our clients.", "partnerships", False),
    ("We connect all separate HR processes into a single platform.", "human-resources", False),
    ("You have experience in financial services or banking.", "financial-services-industry", True),
    ("Experience building strategic partnerships is a plus.", "partnerships", True),
    ("Our research group works in genomics.", "genomics", True),
    ("Acme develops, produces and sells service robots for healthcare, hospitality and agriculture.",
     "hospitality-industry", False),
    ("Ingredient solutions for the food, pharmaceutical and agricultural industries.", "agriculture", False),
    ("Products for widely varying industries such as hospitality and construction.", "hospitality-industry", False),
    ("You have experience from the hospitality or similar industries.", "hospitality-industry", True),
    ("Provides technical leadership and mentoring to the team.", "leadership", True),
])
def test_industries_and_business_functions_said_of_the_employer(nlp, text, skill_id, is_skill):
    """An industry or a business function a clause says of the employer ("we are a leader in financial
    services") describes the employer; asked of the person hired, it is a skill. A field of science
    keeps its sense either way."""
    assert (skill_id in _ids(nlp, text)) is is_skill, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, is_skill", [
    ("Northwind Robotics is a leading provider of cloud security software.", "cloud-security", False),
    ("We are the largest maker of Kubernetes tooling in the Nordics.", "kubernetes", False),
    ("Our platform is an open marketplace for machine learning models.", "machine-learning", False),
    ("Kubernetes is a plus.", "kubernetes", True),
    ("Northwind is a company looking for engineers with cloud security experience.", "cloud-security", True),
    ("We are a team that builds services in Kubernetes; you know Kubernetes well.", "kubernetes", True),
    # an institution presented by what it holds or does
    ("The University consists of six faculties which cover Law, Theology and Social Sciences.", "sociology", False),
    ("Its main research areas include particle physics and cosmology.", "physics", False),
    ("The department has a database of patient records.", "databases", False),
    ("The university offers an inspiring research and teaching environment.", "teaching-skills", False),
    ("You will maintain the patient database.", "databases", True),
])
def test_skills_in_a_clause_presenting_the_employer_are_context(nlp, text, skill_id, is_skill):
    """"Acme is a leading provider of cloud security software" says what the employer does; a skill
    named after such a start is not asked for, one that is the clause's subject or asked of the
    person hired is."""
    assert (skill_id in _ids(nlp, text)) is is_skill, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, is_skill", [
    ("Experience with Git and CI pipelines.", True),
    ("Knowledge of Docker, CI and Terraform", True),
    ("Our CI guidelines shape every brochure.", False),
])
def test_ci_is_continuous_integration_with_build_words_near(nlp, text, is_skill):
    """"CI" alone is continuous integration next to build and pipeline words or in a list of skills;
    bare, it may be a corporate identity."""
    assert ("ci-cd" in _ids(nlp, text)) is is_skill, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id", [
    ("You write Java unit tests every day.", "java"),
    ("Practices: design patterns unit testing and code review", "design-patterns"),
    ("Good TypeScript unit-testing habits", "typescript"),
])
def test_a_unit_tested_is_no_organisational_unit(nlp, text, skill_id):
    """"Java unit tests" names Java; "our Java unit" (a team) does not."""
    assert skill_id in _ids(nlp, text), [(e.text, e.kb_id_) for e in nlp(text).ents]


def test_a_unit_named_after_a_skill_is_still_a_unit(nlp):
    assert "java" not in _ids(nlp, "You join our Java unit in Oslo.")


_PASTED_POSTING = ("Job description: You build Python services on AWS Job benefits: Kubernetes training and a "
                   "Scala reading club Company description: Northwind builds cloud security software in Java "
                   "Requirements: Terraform and PostgreSQL")


@pytest.mark.parametrize("skill_id, is_skill", [
    ("python", True), ("amazon-web-services", True),
    ("kubernetes", False), ("scala", False), ("cloud-security", False), ("java", False),
    ("terraform", True), ("postgresql", True),
])
def test_skills_after_an_inline_boilerplate_heading_are_not_asked_for(nlp, skill_id, is_skill):
    """A posting pasted as one line keeps its sections as inline headings: what follows "Job benefits:"
    or "Company description:" (up to the next heading of another section) is offered or said of the
    employer, not asked for."""
    found = _ids(nlp, _PASTED_POSTING)
    assert (skill_id in found) is is_skill, sorted(found)


def test_inline_boilerplate_heading_reaches_only_its_line(nlp):
    found = _ids(nlp, "Benefits: free lunch and a Kotlin guild\nYou know Kotlin and Rust well.")
    assert "kotlin" in found and "rust" in found, sorted(found)


@pytest.mark.parametrize("text, skill_ids", [
    ("Java Spring Boot and Microservices", {"java", "spring-boot"}),
    ("java spring-mvc hibernate", {"java", "spring-mvc", "hibernate"}),
    ("Strong Python Flask skills", {"python", "flask"}),
    ("Scala Spark jobs", {"scala", "apache-spark"}),
])
def test_a_language_before_its_framework_is_kept(nlp, text, skill_ids):
    """"Java Spring" names two skills: the language is not swallowed by the framework's name, nor lost
    when a longer form ("Spring Boot", "spring-mvc") takes the framework's word."""
    assert skill_ids <= _ids(nlp, text), [(e.text, e.kb_id_) for e in nlp(text).ents]


def test_a_hyphenated_word_is_not_squashed_into_a_guarded_acronym(nlp):
    """"hi-tech" squashed is "hitech", but HITECH (the health act) is a guarded name: it needs its context."""
    assert "hipaa" not in _ids(nlp, "We are a hi-tech company building sensors.")
    assert "hipaa" in _ids(nlp, "Knowledge of HITECH and health privacy rules.")


@pytest.mark.parametrize("text, skill_id", [
    ("Good knowledge of SAP is expected.", "sap-erp"),
    ("Solid experience working with Git Maven and Jenkins.", "maven"),
    ("Exposure to Kotlin and GraphQL/ REST APIs", "graphql"),
    ("Industry: Casino Gambling Gaming", "gambling-industry"),
    ("Industry: Casino Gambling Gaming", "gaming-industry"),
])
def test_guarded_names_after_a_skill_cue_and_at_a_broken_pair(nlp, text, skill_id):
    """A guarded name right after "knowledge of" / "experience with" (or after a skill listed there) is the
    product; a name left with a trailing slash ("GraphQL/ REST") is still found; industries by their bare name."""
    assert skill_id in _ids(nlp, text), [(e.text, e.kb_id_) for e in nlp(text).ents]


def test_a_skill_cue_does_not_make_a_hyphenated_word_a_product(nlp):
    assert "go" not in _ids(nlp, "Experience in Go-to-market planning for new products.")


@pytest.mark.parametrize("text, skill_id", [
    ("Five years of DevOps practice with Terraform and Ansible.", "devops"),
    ("Backend engineer with six years of experience building payment services.", "backend-development"),
    ("Strong Java skills and experience with Spring Boot.", "java"),
    ("Led a Java development team of five engineers.", "java"),
    ("Led a Java Development team of five engineers.", "java"),
    ("Strong sales and marketing experience in B2B software.", "sales"),
    ("Five years as a sales manager in retail.", "sales-management"),
    ("Experience in recruitment and onboarding of engineers.", "recruiting"),
    ("Holds the AWS Certified Solutions Architect certificate since 2021.", "aws-certified-solutions-architect"),
])
def test_the_same_names_are_skills_elsewhere(nlp, text, skill_id):
    assert skill_id in _ids(nlp, text), [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, expected, absent", [
    ("Industry: Retail Technologies python elasticsearch go django Job description: build things",
     {"python", "elasticsearch", "go", "django"}, set()),
    ("Stack we use: kubernetes terraform angular typescript and more", {"angular", "typescript"}, set()),
    ("We go to market with python next year.", {"python"}, {"go"}),
    ("Sales people go and meet django fans", set(), {"go"}),
    # A neighbouring tag written with hyphens is found by the squashed lookup: the run holds it too.
    ("Company type: Private Technologies kotlin spring spring-mvc Job description: build things",
     {"spring", "spring-mvc"}, set()),
    ("Stack: scala amazon-web-services bash terraform", {"bash", "amazon-web-services"}, set()),
    ("Black Box and White Box testing", {"white-box-testing"}, {"box"}),
])
def test_lowercase_names_in_a_run_of_tags(nlp, text, expected, absent):
    """Lower-case tag lists inside a longer line ("Technologies python go django"): a guarded name counts
    between two skills; a bare "go" elsewhere is the verb."""
    found = _ids(nlp, text)
    assert expected <= found and not (absent & found), sorted(found)


@pytest.mark.parametrize("text, expected, absent", [
    ("Managed VPCs and site-to-site VPNs; built ETLs.", {"amazon-vpc", "vpn", "etl"}, set()),
    ("Wrote RFPs and answered RFQs.", {"rfp-responses", "rfx-management"}, set()),
    # Only as written: capitals and a lowercase "s". Lowercased, some plurals are words.
    ("Managed vpcs and etls.", set(), {"amazon-vpc", "etl"}),
    # A certification's acronym in the plural names its holders.
    ("You will work with CPAs and auditors.", set(), {"cpa"}),
])
def test_acronym_plurals_as_written(nlp, text, expected, absent):
    """ "VPCs" names Amazon VPC as "VPC" does; "vpcs" and "CPAs" name nothing."""
    found = _ids(nlp, text)
    assert expected <= found and not (absent & found), sorted(found)


def test_acronym_plurals_of_forms():
    from matcher.skills import acronym_plurals

    assert acronym_plurals(["VPC", "Amazon VPC", "IT", "EC2", "R&D", "Virtual Private Cloud"]) == {"VPCs", "R&Ds"}


@pytest.mark.parametrize("text, found", [
    ("Experience with digital signal processing on embedded targets.", True),
    ("Skills: C, C++, DSP, Python, Linux", True),
    ("We hire a DSP (Direct Support Professional) for our group home.", False),
])
def test_digital_signal_processing(nlp, text, found):
    """Signal processing by its name; "DSP" alone only with engineering words or among skills."""
    assert ("digital-signal-processing" in _ids(nlp, text)) is found


# ---------------------------------------------------------------------------
# matcher taxonomy stats / lookup
# ---------------------------------------------------------------------------
def _run(*args: str):
    from matcher.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_stats_json_counts_the_default_taxonomy(default_taxonomy):
    result = _run("taxonomy", "stats", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["skills"] == len(default_taxonomy)
    assert data["surface_forms"] == sum(len(s.surface_forms) for s in default_taxonomy)
    assert sum(data["by_category"].values()) == data["skills"]
    assert sum(data["depth"].values()) == data["skills"]
    assert data["sources"] == ["default"]


def test_stats_table_lists_categories_and_depths():
    result = _run("taxonomy", "stats")
    assert result.exit_code == 0, result.output
    assert "programming_languages" in result.stdout
    assert "depth" in result.stdout and "max depth" in result.stdout


def test_stats_honours_global_taxonomy_option(tmp_path, default_taxonomy):
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"id": "acme-widgets", "name": "Acme Widget Studio", "category": "tools",
                                 "aliases": ["AWS Studio Widgets"]}) + "\n", encoding="utf-8")
    result = _run("--taxonomy", str(extra), "taxonomy", "stats", "--format", "json", "--validate")
    data = json.loads(result.stdout)
    assert data["skills"] == len(default_taxonomy) + 1
    assert data["sources"] == ["default", str(extra)]
    assert not [p for p in data["problems"] if "acme-widgets" in p]


def test_stats_with_missing_taxonomy_file_fails_cleanly(tmp_path):
    result = _run("--taxonomy", str(tmp_path / "nope.jsonl"), "taxonomy", "stats")
    assert result.exit_code == 2
    assert result.stderr.startswith("error:") and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_lookup_exact_any_case_and_plural():
    result = _run("taxonomy", "lookup", "kubernetes", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [h["id"] for h in data["exact"]] == ["kubernetes"]


def test_lookup_fuzzy_finds_a_typo():
    result = _run("taxonomy", "lookup", "Tensorflw", "--format", "json")
    data = json.loads(result.stdout)
    assert "tensorflow" in [h["id"] for h in data["exact"] + data["fuzzy"]]
    assert all(h["match"] == "fuzzy" for h in data["fuzzy"])


def test_lookup_reports_guarded_forms():
    result = _run("taxonomy", "lookup", "Go")
    assert result.exit_code == 0, result.output
    assert "guarded" in result.stdout


def test_lookup_without_hits_exits_1():
    result = _run("taxonomy", "lookup", "qzxqzxqzx")
    assert result.exit_code == 1
    assert "no skill matches" in result.stdout


def test_lookup_honours_global_taxonomy_option(tmp_path):
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"id": "zorblax", "name": "Zorblax Engine", "category": "tools"}) + "\n",
                     encoding="utf-8")
    result = _run("--taxonomy", str(extra), "taxonomy", "lookup", "zorblax engine", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["exact"][0]["id"] == "zorblax"


@pytest.mark.parametrize("text, skill_id, expected", [
    # A lower-case guarded name in prose counts with two of its context words on its line ...
    ("Currently we run our frontend with pure react for web and our backend is mostly Typescript", "react", True),
    ("Have familiarity with windows mac linux operating systems to deploy agents", "microsoft-windows", True),
    # ... not with one: "react" is a verb, "windows" a part of a building.
    ("We react quickly to customer needs in our frontend and backend teams", "react", False),
    ("Install windows and doors on residential sites, operating power tools", "microsoft-windows", False),
    # An acronym's plural is as ambiguous as the acronym: it needs the same evidence.
    ("Build SPAs with React and Angular", "single-page-applications", True),
    ("Javascript ( SPAs Node.js frontend nextjs )", "single-page-applications", True),
    ("Visit our SPAs today", "single-page-applications", False),
    ("Experience in messaging technologies JMS TIBCO MQ", "tibco-businessworks", True),
])
def test_lower_case_names_with_context_and_acronym_plurals(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A quality said of the colleagues, the workplace or a joint project the employer offers ...
    ("Energetic and committed colleagues.", "positive-attitude", False),
    ("A result-oriented working environment with energetic and engaged colleagues.", "positive-attitude", False),
    ("The project is embedded in the collaborative AIM-BIO grant.", "collaboration", False),
    # ... is a skill when the clause asks it of the person hired.
    ("You are an energetic colleague who motivates others.", "positive-attitude", True),
    ("You have prior experience working in collaborative research projects.", "collaboration", True),
    ("Talent to work creatively in a problem-solving environment", "problem-solving", True),
    # A resume's line: the quality shown in a project, the colleagues on the next line.
    ("Lead researcher in a collaborative project with organic chemists", "collaboration", True),
    ("Skills: teamwork, communication\nColleagues and references on request", "communication", True),
])
def test_a_quality_of_the_colleagues_or_the_workplace_is_not_asked_for(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A unit's name listing several fields in capitals, and a posting's field naming the department ...
    ("A PhD position is available at the Department of Physics Chemistry and Pharmacy in Odense.", "chemistry", False),
    ("A PhD position is available at the Department of Physics Chemistry and Pharmacy in Odense.", "pharmacy", False),
    ("Official Title: Product Manager Job Area: Sales & Marketing Country: Denmark", "sales", False),
    ("Official Title: Product Manager Job Area: Sales & Marketing Country: Denmark", "marketing", False),
    # ... are no skills; the same fields asked for are.
    ("You hold a degree in physics or chemistry and know pharmacy practice.", "chemistry", True),
    ("Your area: sales and marketing of industrial pumps.", "sales", True),
])
def test_fields_in_a_units_name_or_a_job_area_field(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A company-wide unit or programme named after its field is no skill asked for ...
    ("You will shape the execution of the 2030 Global Finance Strategy.", "finance", False),
    ("You will meet stakeholders across the Global Finance organisation.", "finance", False),
    ("We hire engineers for Group Innovation Development in Aarhus.", "innovation", False),
    # ... the field asked for, or a global role's field in lower case, is.
    ("You hold a master's degree in Finance and know global finance processes.", "finance", True),
    ("Experience with corporate finance and Global reporting.", "finance", True),
])
def test_a_company_wide_unit_named_after_its_field(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # "in partnership with", "in compliance with" say "with" and "following" ...
    ("You will test the system in partnership with third-party vendors.", "partnerships", False),
    ("In compliance with the hygiene rules, interviews are held by video.", "compliance", False),
    # ... partnerships built and compliance ensured are skills.
    ("You will build strategic partnerships with retailers.", "partnerships", True),
    ("You ensure compliance with the safety rules on site.", "compliance", True),
])
def test_in_partnership_or_compliance_with_is_a_preposition(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # "Head of Sales" is a title where the posting points to its holder or hires into it ...
    ("Reporting directly to the Head of Sales, you will grow our key accounts.", "sales", False),
    ("We are looking for a Head of Marketing to lead the brand.", "marketing", False),
    # ... and shows the function on its own, as a resume's line does.
    ("Head of Sales at Northwind, 2015-2019: grew revenue by 40%.", "sales", True),
])
def test_head_of_a_function_is_a_title(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A list of units' names in capitals before the unit noun names departments, even one ending in
    # "development", whatever the noun's case, and a group too ...
    ("We are looking for a technician for our Product Development & Maintenance Team.", "product-development", False),
    ("You will help the Product Development & Maintenance group to improve our products.", "product-development",
     False),
    ("You work with the Sales Marketing Product Development Support and Finance teams.", "product-development", False),
    # ... a development team on its own shows the skill, and so does the skill named in a duty.
    ("You led a Java development team of five.", "java", True),
    ("You drive product development and maintenance of our pumps.", "product-development", True),
    ("Experience in Product Development and sales of medical devices.", "product-development", True),
])
def test_a_list_of_units_names_before_a_unit_noun(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A quality's word in a unit's name is the unit's name, not a quality asked for ...
    ("Staff are appointed under the Danish Ministry of Science Technology and Innovation.", "innovation", False),
    ("You will work closely with the Innovation and Strategy teams.", "innovation", False),
    # ... the quality asked for, or in a lower-case duty, keeps its sense.
    ("You drive innovation and technology in our products.", "innovation", True),
    ("A department of science with a strong record of innovation and teamwork.", "innovation", True),
])
def test_a_quality_in_a_units_name(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A quality named in what the employer offers says what the workplace is ...
    ("What we offer Apart from an attractive salary you will become part of a team of skilled colleagues who are "
     "all enthusiastic about wind energy .", "positive-attitude", False),
    ("Here's what we offer you Highly motivated growing diverse team made up of 33 nationalities",
     "self-motivation", False),
    # ... asked of the person hired after it, or before it, the quality is a skill.
    ("We offer a role where you use your creativity every day.", "creativity", True),
    ("You are enthusiastic and curious. What we offer: a good salary.", "positive-attitude", True),
    ("You are highly motivated and we offer a good salary.", "self-motivation", True),
])
def test_a_quality_in_what_the_employer_offers(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # More words that open what the employer offers ...
    ("In return you will join a highly motivated and diverse team.", "self-motivation", False),
    ("The position offers you the chance to join highly motivated colleagues.", "self-motivation", False),
    # ... "getting in touch" is not being offered anything.
    ("You will get in touch with clients and use SQL daily.", "sql", True),
])
def test_more_words_that_open_what_the_employer_offers(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # The documents an application holds and their formats are no skills asked for ...
    ("The file must include: A cover letter Curriculum vitae Grade transcripts Excel sheet with translation of grades",
     "microsoft-excel", False),
    ("Attached files must be Adobe PDF or Word format .", "microsoft-word", False),
    # ... a skill the person documents, or one asked for in another sentence, is.
    ("The application should include documentation of your experience with Python.", "python", True),
    ("You master Excel. The file must include a cover letter.", "microsoft-excel", True),
])
def test_the_documents_an_application_holds(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A long sentence that opens by presenting the employer speaks of it to its end ...
    ("Acme is a technology company with a major focus on building large scale e-commerce platforms and metasearch "
     "solutions in aviation logistics and travel markets .", "logistics", False),
    # ... unless it asks something of the person hired, or the name comes before the presentation.
    ("Acme is a technology company with a major focus on building large scale e-commerce platforms where you will "
     "own our logistics planning .", "logistics", True),
    ("Jenkins is a plus .", "jenkins", True),
    # The presentation may open more than 200 characters before the name (a long list of places and clients).
    ("Nordvik Group is a family-owned engineering company headquartered in the harbour town of Esbjerg on the west "
     "coast of Jutland with offices in Oslo Aberdeen Hamburg Rotterdam and Singapore and a long list of loyal clients "
     "that build vessels cranes winches and deck machinery for the offshore oil and gas industry.", "oil-and-gas", False),
    ("Nordvik Group is a family-owned engineering company headquartered in the harbour town of Esbjerg on the west "
     "coast of Jutland with offices in Oslo Aberdeen Hamburg Rotterdam and Singapore and you bring experience from "
     "the offshore oil and gas industry.", "oil-and-gas", True),
])
def test_a_long_sentence_presenting_the_employer(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A long sentence stating what the institution holds or does speaks of it to its end ...
    ("The University consists of six faculties which cover Health and Medical Sciences Humanities Law Science "
     "Social Sciences and Theology .", "sociology", False),
    # ... unless it asks something of the person hired.
    ("The University consists of six faculties and you hold a degree in Social Sciences .", "sociology", True),
])
def test_a_long_sentence_stating_what_the_employer_holds(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A sentence whose subject is the employer, a unit of it or what it makes says what the employer does ...
    ("<ORGANIZATION> products are also used in power plants and in the mining industry .", "mining-industry", False),
    ("The Department of Economics supplies teaching to graduate programmes in economics and finance .", "economics",
     False),
    ("We specialise in delivering turnkey solutions for the offshore wind and power generation industries .",
     "offshore-engineering", False),
    # ... unless it asks for the field, says what the work uses, or speaks of the past or of the writer's own work.
    ("We are looking for someone with experience from the mining industry .", "mining-industry", True),
    ("We work with offshore wind projects every day .", "offshore-engineering", True),
    ("We developed a scheduling tool for offshore wind farms .", "offshore-engineering", True),
    ("The company was founded to serve the mining industry .", "mining-industry", True),
    ("<ORGANIZATION> products are used in the mining industry and I led their sales .", "mining-industry", True),
    # "The <ORGANIZATION>" is the employer too; what the role is responsible for is the job.
    ("The <ORGANIZATION> <ORGANIZATION> coordinates this exciting collaborative project .", "collaboration", False),
    ("The <ORGANIZATION> is responsible for the compliance of services delivered to the client .", "compliance", True),
    ("<ORGANIZATION> requires experience from the hotel industry .", "hospitality-industry", True),
])
def test_a_field_in_a_sentence_about_the_employer(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A sentence that counts the employer's or a unit's people (50 or more) says how large it is and what it does ...
    ("Today the university has 12,000 students and 3,500 employees across five faculties: humanities, law, social "
     "sciences and theology.", "sociology", False),
    ("More than 120 engineers and designers at our head office work with product development, sales and marketing.",
     "product-development", False),
    # ... a small team's count may name the work, and a field asked of the person hired is a skill.
    ("You will join a team of 8 engineers who work in the banking industry.", "banking", True),
    ("Our 300 engineers need your knowledge of supply chain management.", "supply-chain-management", True),
    ("More than 300 engineers work on our projects and we look for one with experience in offshore wind.",
     "offshore-engineering", True),
    # The people a resume's writer serves or leads are not an employer's headcount.
    ("- HR point of contact for 450 employees in engineering, sales and customer success", "sales", True),
    ("Led a team of 60 engineers across supply chain management and logistics.", "supply-chain-management", True),
])
def test_a_field_in_a_sentence_counting_the_employers_people(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A business field or domain in what the employer offers is what the job gives ...
    ("We offer you a job in the exciting offshore wind industry .", "offshore-engineering", False),
    # ... asked of the person hired after the offer, it is a skill.
    ("We offer a role where you use your knowledge of the offshore wind industry .", "offshore-engineering", True),
])
def test_a_field_in_what_the_employer_offers(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A quality of the team or the company the person hired joins is what the job offers ...
    ("Now is the time to join a fast paced and growing team .", "working-under-pressure", False),
    ("You'll join an inspiring and curious team of engineers .", "curiosity", False),
    # ... a quality of where one works, asked for, is a skill.
    ("You thrive in a fast paced environment .", "working-under-pressure", True),
    ("Ability to work in large collaborative teams .", "collaboration", True),
])
def test_a_quality_of_the_team_joined(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A field or a tool that names the team, company or organisation the person hired joins says where the work is
    # done ...
    ("You will join a software development team working on large scale systems .", "software-engineering", False),
    ("You will be part of the Offshore Wind Technology engineering team .", "offshore-engineering", False),
    ("You will join an ambitious supply chain finance organisation .", "trade-finance", False),
    ("Come and be a part of an agile cross-functional development team .", "agile", False),
    # ... a resume's own team, told in the past, shows the field, and experience asked for is a skill.
    ("Worked as part of the data quality group, profiling data coverage .", "data-quality", True),
    ("3+ years of experience as part of an enterprise software company .", "enterprise-software", True),
    ("You will join our team and lead software development for our products .", "software-engineering", True),
])
def test_a_field_naming_the_place_joined(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # An academic's teaching as a document or a duty of the post ...
    ("Applicants must document their teaching qualifications .", "teaching-skills", False),
    ("The position carries research and teaching obligations .", "teaching-skills", False),
    # ... and teaching asked for.
    ("You have experience in research and teaching .", "teaching-skills", True),
])
def test_teaching_as_a_document_or_a_duty(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # The job title of a person named next to it, in a posting anonymised for publication ...
    ("Operational Security Director <NAME> <NAME> will answer your questions .", "cybersecurity", False),
    ("Questions: <NAME> <NAME> HR Business Partner <CONTACT> .", "hr-business-partnering", False),
    # ... the same names without a person are skills.
    ("You will strengthen our security and work with HR Business Partners .", "cybersecurity", True),
])
def test_the_title_of_a_person_named_next_to_it(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # The role hired into: "As ... Manager ... your role", "As PLM Head you will", "the Sales Manager we are
    # looking for" ...
    ("As Account Security Manager in <ORGANIZATION> your primary role is to advise the client .", "cybersecurity",
     False),
    ("As PLM Head you will transform customer requirements into products .", "plm", False),
    ("Then you might be the Sales Manager we are looking for .", "sales-management", False),
    # ... a resume's title shows the skill.
    ("Sales Manager at Northwind, 2015-2019: grew revenue by 40% .", "sales-management", True),
])
def test_more_ways_to_name_the_role_hired_into(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # What an application must include, and who assesses it, ask for no skill ...
    ("The application must be submitted in English and must include the following: CV Diploma Research plan in "
     "Neurosurgery .", "neurosurgery", False),
    ("After the deadline the authorized recruitment manager selects applicants for assessment .", "recruiting", False),
    # ... recruitment as work is a skill, and so is a resume's recruiting title.
    ("You have experience in recruitment and onboarding .", "recruiting", True),
    ("Jane Doe\nArea Recruiting Manager, Lingo Staffing, 2012 - 2014: hired 200 drivers .", "recruiting", True),
])
def test_the_application_procedure(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A joint project and its partners are no collaboration skill ...
    ("The project is a collaboration between two research groups .", "collaboration", False),
    ("Share your ideas and findings with your colleagues and collaboration partners .", "collaboration", False),
    # ... working together is.
    ("You value close collaboration with other teams .", "collaboration", True),
    # What the employer's project aims at is no field asked for ...
    ("The overall objective is to develop tools to guide the formulation of robust biopharmaceuticals .",
     "pharmaceutical-industry", False),
    # ... the field asked for is.
    ("You have experience with the formulation of biopharmaceuticals .", "pharmaceutical-industry", True),
    # The role the reader is invited to take names the job ...
    ("Do you want to be the Knowledge Management Consultant ensuring content is produced ?",
     "management-consulting", False),
    # ... a resume's duty shows the skill.
    ("Responsibilities included to be a Management Consultant for two clients .", "management-consulting", True),
])
def test_joint_projects_project_aims_and_roles_offered(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # The employer presented with four words before "company": its field, not a skill asked for ...
    ("Acme, headquartered in Oslo, is a rapidly growing software development company that builds websites for small "
     "businesses.", "software-engineering", False),
    # ... the same field asked of the person hired is a skill.
    ("You have five years of software development experience in a growing company .", "software-engineering", True),
])
def test_an_employer_presented_with_four_words_before_its_kind(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, skill_id, expected", [
    # A word capitalised only because it opens its line or sentence, before a word in lower case, describes
    # the skills after it ...
    ("Requirements:\nBasic math skills, Excel, SQL, forklift", "basic", False),
    ("Solid communication, interpersonal and time management skills, SQL, Python", "solid-principles", False),
    # ... a name in a list of skills is one.
    ("Languages: C, Pascal, Basic, Fortran", "basic", True),
    ("Skills:\nRest API, Soap, Zookeeper, Kafka", "rest", True),
])
def test_a_capitalised_adjective_is_no_skill_name(nlp, text, skill_id, expected):
    assert (skill_id in _ids(nlp, text)) is expected, [(e.text, e.kb_id_) for e in nlp(text).ents]
