import datetime as dt

import pytest

from matcher import facts
from matcher.privacy import personal_details
from matcher.sections import split_lines


def test_requirement_level_from_section_and_wording():
    assert facts.requirement_level("required", "Python", True) == "required"
    assert facts.requirement_level("required", "Experience with Go is a plus", True) == "preferred"
    assert facts.requirement_level("preferred", "Kafka", True) == "preferred"
    assert facts.requirement_level("responsibilities", "Build pipelines in Spark", True) == "mentioned"
    assert facts.requirement_level("overview", "You must have strong SQL", True) == "required"
    assert facts.requirement_level("overview", "We use Airflow", False) == "required"
    assert facts.requirement_level("overview", "Nice to have: dbt", False) == "preferred"


def _years(text, spans=()):
    lines = split_lines(text, "posting")
    return facts.find_years(text, lines, list(spans), lambda line, s: facts.requirement_level(line.section, s, True))


def test_years_overall_and_per_skill():
    text = "Requirements\n- 5+ years of professional experience\n- 3+ years of Python\n- Python (4 years)\n"
    python_at = [(m, m + 6, "python") for m in (text.index("Python"), text.rindex("Python"))]
    found = _years(text, python_at)
    overall = [y for y in found if y.skill_id is None]
    tied = [y for y in found if y.skill_id == "python"]
    assert [y.years for y in overall] == [5.0]
    assert sorted(y.years for y in tied) == [3.0, 4.0]


def test_years_words_and_ranges():
    found = _years("Requirements\n- At least five years of relevant experience\n- 3-5 years experience in finance\n")
    assert sorted(y.years for y in found) == [3.0, 5.0]


def test_years_ignore_company_age():
    assert _years("About us\nFor 20 years we have built software.\n") == []


def test_degrees_with_fields():
    text = "Requirements\n- Bachelor's degree in Computer Science or related field\n- Master's or PhD preferred\n- MS in Statistics\n"
    lines = split_lines(text, "posting")
    found = facts.find_degrees(text, lines)
    names = [(d.name, d.field) for d in found]
    assert ("bachelor", "Computer Science") in names
    assert ("phd", None) in names and ("master", "Statistics") in names
    assert not facts.find_degrees("Skills: MS Excel, MS Office", split_lines("Skills: MS Excel, MS Office", "posting"))


@pytest.mark.parametrize("text, names", [
    ("Requirements\n- BS/MS in Computer Science or a related field\n", ["bachelor", "master"]),
    ("Requirements\n- BS MS or PhD in a quantitative or computational discipline\n", ["bachelor", "master", "phd"]),
    ("Requirements\n- MS/PhD in Physics\n", ["master", "phd"]),
    ("Requirements\n- Experience with MS SQL Server\n", []),
])
def test_a_bare_degree_abbreviation_in_a_list_of_degrees(text, names):
    """"BS" or "MS" before another degree ("BS/MS", "BS MS or PhD") is one of a list of degrees, the lowest
    of which a posting asks for."""
    assert sorted(d.name for d in facts.find_degrees(text, split_lines(text, "posting"))) == names


def test_a_posting_asking_for_bs_or_ms_asks_for_a_bachelors(engine):
    profile = engine.profile("Data Engineer\nRequirements\n- BS/MS in Computer Science\n- 3+ years of Python\n",
                             "posting")
    assert profile.degree is not None and profile.degree.name == "bachelor"


@pytest.mark.parametrize("text", ["Requirements\n- Knowledge of M.S. Office and Excel\n",
                                  "Requirements\n- Proficient in M.S Office, M.S. Word\n"])
def test_microsoft_products_are_not_a_masters(text):
    assert not facts.find_degrees(text, split_lines(text, "posting"))
    text = "Requirements\n- M.S. in Computer Science\n"
    assert [d.name for d in facts.find_degrees(text, split_lines(text, "posting"))] == ["master"]


def test_seniority_and_title_normalisation():
    assert facts.seniority_of("Sr. Machine Learning Engineer") == (3, "senior")
    assert facts.seniority_of("Staff Software Engineer") == (4, "lead")
    assert facts.seniority_of("Junior Data Analyst") == (1, "junior")
    assert facts.seniority_of("Director, Tax") == (5, "director")
    assert facts.seniority_of("Data Engineer") == (None, None)
    assert facts.normalize_title("Sr. ML Eng (Remote)") == "senior machine learning engineer"


def test_roles_and_total_years():
    from matcher import resume_facts

    text = (
        "Experience\nSenior Engineer, Acme\nJan 2020 - Present\n- Python\n"
        "Engineer | Beta | 2016 - 2019\n- Java\nIntern, Gamma, 06/2019 - 08/2019\n"
    )
    lines = split_lines(text, "resume")
    roles = resume_facts.find_roles(text, lines, dt.date(2026, 1, 1))
    # Most recent first: "2019" as an end year runs to its December.
    assert [(r.title, r.employer) for r in roles] == [("Senior Engineer", "Acme"), ("Engineer", "Beta"),
                                                      ("Intern", "Gamma")]
    assert [(r.start, r.end) for r in roles] == [("2020-01", "present"), ("2016", "2019"), ("2019-06", "2019-08")]
    assert roles[0].years == 6.1  # Jan 2020 to Jan 2026, both months counted
    # 2016-2019 and mid-2019 overlap; counted once.
    assert resume_facts.total_years(roles) == 10.1


def test_personal_details_are_found():
    text = ("Maria Lopez\nmaria@example.com | (555) 123-4567 | 12 Oak Street\nDate of birth: 1990-01-01\n"
            "Nationality: Spanish\nMarital status: married\nGender: female\nSummary\nEngineer.")
    kinds = {d.kind for d in personal_details(text, split_lines(text, "resume"), "resume", has_images=True)}
    assert {"name", "email", "phone", "street_address", "date_of_birth", "nationality", "marital_status",
            "gender", "photo"} <= kinds


def test_years_in_a_named_role_keep_the_whole_title():
    text = ("Required Experience\n"
            "- Minimum 5 years' proven work experience as a \u201cFinancial Analyst\u201d.\n"
            "- At least 2 years of experience as a Computer and Information Systems Manager\n"
            "- 5 years experience as a tool and die maker is required\n"
            "- 3+ years as a machinist and some welding\n"
            "- 4 years as an engineer with airframe experience\n")
    found = facts.find_role_years(text, split_lines(text, "posting"))
    assert [(r.title, r.years) for r in found] == [
        ("Financial Analyst", 5.0), ("Computer and Information Systems Manager", 2.0), ("tool and die maker", 5.0),
        ("machinist", 3.0), ("engineer", 4.0)]


def _degree_names(text):
    return [(d.text, d.name) for d in facts.find_degrees(text, split_lines(text, "posting"))]


def test_degrees_naming_a_position_are_not_requirements():
    # A PhD position, its students and its programme are what the posting offers, not what it asks.
    for text in ("There are two PhD students in the department.",
                 "A 3-year PhD scholarship in Pharmaceutical Technology is available.",
                 "The scholarship for the PhD degree is subject to academic approval.",
                 "You will be enrolled in the PhD programme of the Faculty.",
                 "Supervise BSc, MSc and PhD students.",
                 "Employment follows the Protocol on PhD Research Fellows.",
                 # what the employer offers: "We offer a highly interesting and challenging PhD"
                 "We offer a fully funded and challenging PhD in a friendly group."):
        assert _degree_names(text) == [], text
    assert _degree_names("The applicant must hold a PhD or the equivalent.") == [("PhD", "phd")]
    assert _degree_names("PhD and a strong publication record would be a plus") == [("PhD", "phd")]
    assert _degree_names("We offer a role for candidates who hold a PhD in physics.") == [("PhD", "phd")]


def test_degrees_still_being_completed_or_matched_by_an_equivalent_are_not_asked_again():
    # When one may apply before holding the degree, and what may stand in for it, name the degree asked for again.
    for text in ("Candidates may apply prior to obtaining their master's degree but cannot start before.",
                 "If a Masters degree has not been obtained, the expected date of the final exam should be given.",
                 "A relevant degree or an exam at a similar level (if the MSc exam has not yet been obtained, "
                 "state the date).",
                 "Applicants finishing their PhD before 15 March will also be considered.",
                 "Applicants who have not yet obtained their PhD may also apply.",
                 "Six years of general experience is considered equivalent to a Bachelor's degree.",
                 # the levels of a list of programmes
                 "The department teaches undergraduate graduate masters executive and PhD programmes."):
        assert _degree_names(text) == [], text
    assert _degree_names("You hold a master's degree in chemistry, or will soon.") == [("master's", "master")]
    assert _degree_names("You must have completed a PhD in physics.") == [("PhD", "phd")]
    assert _degree_names("Bachelor's degree or equivalent experience.") == [("Bachelor's", "bachelor")]


def test_danish_masters_degrees():
    # "cand.merc.", "cand.polit", "cand.scient." are the Danish master's degrees; "PhD cand. in physics" is none.
    assert _degree_names("Relevant academic education (Cand.Merc. or similar)") == [("Cand.Merc.", "master")]
    assert _degree_names("You hold a cand.polit or cand.scient.oecon degree.") == [("cand.polit", "master"),
                                                                                   ("cand.scient.oecon", "master")]
    assert _degree_names("Jane Doe, PhD cand. in physics, will answer questions.") == [("PhD", "phd")]


def test_posting_asks_no_phd_when_it_offers_one():
    from matcher.engine import Engine

    text = ("PhD scholarship in protein chemistry\nA 3-year PhD position is available in our group.\n"
            "Requirements\n- Experience with HPLC and protein purification\n")
    profile = Engine().profile(text, "posting")
    assert profile.degree is None and profile.preferred_degree is None


def test_degree_named_by_its_kind():
    assert _degree_names("You have a degree in Engineering.") == [("degree", "bachelor")]
    assert _degree_names("A University degree in a relevant field") == [("University degree", "bachelor")]
    assert _degree_names("You have an advanced degree in HCI") == [("advanced degree", "master")]
    # A named degree on the line wins; "a high degree of" and "you master" are no degrees.
    assert _degree_names("Master's degree or a similar degree") == [("Master's", "master")]
    assert _degree_names("You need a high degree of autonomy") == []
    assert _degree_names("You master English on a negotiation level") == []
    assert sorted(_degree_names("B.S or M.S degree in Computer Science")) == [("B.S", "bachelor"), ("M.S", "master")]


def test_years_pattern_found_in_the_lowercased_line():
    from matcher.prefilter import AsciiFolded

    AsciiFolded(facts.YEARS_RE)  # raises unless the pattern ignores case and names no capital letter
    text = ("Requirements\n- FIVE+ Years of Python and 3 - 5 YRS of SQL\n- Ten Yrs' experience, 2 to 4 years in Go\n"
            "- Über 7 Jahre, 6 years’ experience\n")
    lines = split_lines(text, "posting")
    phrases = facts.year_phrases(text, lines)
    expected = [[m.group(0) for m in facts.YEARS_RE.finditer(text[ln.start:ln.end])] for ln in lines if ln.usable]
    assert [[m.group(0) for m in matches] for _, _, matches in phrases] == [found for found in expected if found]
    assert [m.group(0) for m in phrases[0][2]] == ["FIVE+ Years", "3 - 5 YRS"]
    # The shared phrases give what each finder finds alone.
    level = lambda line, s: facts.requirement_level(line.section, s, True)  # noqa: E731
    assert facts.find_years(text, lines, [], level, phrases) == facts.find_years(text, lines, [], level)
    assert facts.year_phrases("About us\nWe build software.\n", split_lines("About us\nWe build software.\n", "posting")) == []


def test_posting_title_cleaning():
    assert facts._clean_title("Job Title: Senior Data Engineer") == "Senior Data Engineer"
    assert facts._clean_title("  Data Engineer Overview:  ") == "Data Engineer"
    assert facts._clean_title(" - Senior Accountant | ") == "Senior Accountant"
    text = "Acme Corp\n- Bullet Engineer\nSenior Data Engineer\nAbout the role\n"
    assert facts.posting_title(text, split_lines(text, "posting")) == "Senior Data Engineer"


_DEGREE_TEXTS = [
    "Requirements\n- Ph.D., Ph. D or PHD in Physics; D.Phil welcome\n- Doctorate or doctoral degree\n",
    "Requirements\n- MASTER'S, Masters, M.S., M.Sc., MSc, M.Eng, MEng, MBA, M.A., M.Tech, MTech\n- MS in Statistics\n- MS (Physics), MS\n",
    "Requirements\n- Bachelor's, bachelors, B.S., B.Sc., BSc, B.Eng, BEng, B.Tech, BTech, B.A.\n- BS in Math, BA degree\n",
    "Requirements\n- Undergraduate degree, 4-year college degree, four year degree\n- Associate's degree, A.S. or A.A.\n",
    "Requirements\n- A university degree, an advanced degree, degree in Engineering\n- a high degree of autonomy\n",
    "Requirements\n- PhD students welcome; scholarship for the PhD\n- Scrum Master, master data, MS Office, M.S. Excel\n",
    "Skills: .s.a.s. and .a.s.\nphone: 555\nMS Excel\n",
    "Ausbildung\n- Master-Abschluss oder Diplom (Universität), PhD von Vorteil\n- Über uns: Bachelor\n",
    "Requirements\n- \u212a8s and M\u017fc; Bachelor's degree\n",  # a Kelvin sign and a long s: every line is read
    "Summary\nJohn Doe MS in CS\nEducation: B.Tech Computer Science, 2015\n",
    # each form alone on its line, lines with no clue between them
    "Requirements\n- " + "\n- plain words, nothing else\n- ".join(["PhD", "Ph. D", "Ph.\tD", "D.Phil", "Doctorate", "Master", "M.S", "M.Sc", "MSc",
                                      "M.Eng", "MEng", "MBA", "an mba", "M.A.", "M.Tech", "MTech", "MS", "Bachelor", "bachelors",
                                      "B.S", "B.Sc", "BSc", "B.Eng", "BEng", "B.Tech", "BTech", "B.A.", "BS", "BA",
                                      "Undergraduate degree", "4 year degree", "A.S.", "A.A.", "a degree in Law"]) + "\n",
]


@pytest.mark.parametrize("text", _DEGREE_TEXTS)
def test_degree_clues_find_what_reading_every_line_finds(text, monkeypatch):
    # The clues only pass over lines that name no degree: with them or without, the same degrees.
    for kind in ("posting", "resume"):
        lines = split_lines(text, kind)
        level = lambda line, s: facts.requirement_level(line.section, s, True)  # noqa: E731
        found = facts.find_degrees(text, lines, level)
        with monkeypatch.context() as patched:
            patched.setattr(facts, "_degree_clues", lambda text: None)
            assert facts.find_degrees(text, lines, level) == found
        # Each line alone, too: a line's degrees do not depend on the lines around it.
        for line in lines:
            assert facts.find_degrees(text, [line], level) == [d for d in found if line.start <= d.start < line.end]
    assert facts._degree_clues("Master of \u212aelvin") is None
    assert facts._degree_clues("Skills: Python, SQL") == []


def test_cue_patterns_found_in_the_lowercased_sentence():
    from matcher.prefilter import AsciiFolded

    for pattern in (facts._PREFERRED_LEADING, facts._PREFERRED_TRAILING, facts._REQUIRED_CUE):
        AsciiFolded(pattern)  # raises unless the pattern ignores case and names no capital letter
    sentences = ["NICE TO HAVE: dbt; Go is A PLUS", "Preferably Splunk, Kafka Preferred", "You MUST have 5+ YEARS",
                 "Experience With Spark is Helpful", "We use Airflow", "Über: nice-to-have Rust, required",
                 "Kubernetes (optional) and at least 3 yrs of Go " * 8]
    for sentence in sentences:
        expected = (tuple(m.start() for m in facts._PREFERRED_LEADING.finditer(sentence)),
                    tuple(m.start() for m in facts._PREFERRED_TRAILING.finditer(sentence)),
                    facts._REQUIRED_CUE.search(sentence) is not None)
        assert facts._cues.__wrapped__(sentence) == expected
        for position in (None, 0, 10, len(sentence)):
            assert facts._covers(*facts._cues(sentence)[:2], position) == (
                bool(expected[0] or expected[1]) if position is None else
                any(s <= position for s in expected[0]) or any(s >= position for s in expected[1]))


def test_degree_clues_pass_over_no_degree_of_the_fixtures(monkeypatch):
    """Every fixture document, posting and resume: the degrees found behind the clues are those found
    reading every line (a degree form the clues miss would be lost here)."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.glob("*/*.txt"))]
    assert len(texts) > 20
    found_any = False
    for text in texts:
        for kind in ("posting", "resume"):
            lines = split_lines(text, kind)
            found = facts.find_degrees(text, lines)
            found_any = found_any or bool(found)
            with monkeypatch.context() as patched:
                patched.setattr(facts, "_degree_clues", lambda text: None)
                assert facts.find_degrees(text, lines) == found
    assert found_any
