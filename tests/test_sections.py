from matcher.sections import classify_heading, inline_headings, line_at, sections_of, split_lines

POSTING = """Senior Data Engineer
About Northwind
Northwind builds its platform on Rust and Elixir.
Responsibilities
- Build streaming pipelines with Kafka
Requirements:
- 5+ years of Python
Nice to have
- Experience with Flink
Benefits
- 401(k) matching and free Excel courses
Northwind is an equal opportunity employer.
Salary: $150,000 - $180,000 per year
- 5+ years of Python
"""


def test_posting_lines_know_their_sections():
    lines = split_lines(POSTING, "posting")
    by_text = {line.text: line for line in lines}
    assert by_text["Northwind builds its platform on Rust and Elixir."].section == "company"
    assert by_text["Northwind builds its platform on Rust and Elixir."].boilerplate
    assert by_text["- Build streaming pipelines with Kafka"].section == "responsibilities"
    assert by_text["- Experience with Flink"].section == "preferred"
    assert by_text["- 401(k) matching and free Excel courses"].boilerplate
    assert by_text["Northwind is an equal opportunity employer."].boilerplate
    assert by_text["Salary: $150,000 - $180,000 per year"].boilerplate
    required = [line for line in lines if line.text == "- 5+ years of Python"]
    assert required[0].section == "required" and required[0].usable
    assert not required[1].usable  # appears twice: scraped duplicates count once


def test_market_statistics_are_boilerplate_anywhere():
    lines = split_lines("Requirements\nPython (51% of roles) Rust (29% of roles)\n- SQL\n", "posting")
    assert lines[1].boilerplate and not lines[2].boilerplate


def test_job_board_appendix_after_requirements_is_boilerplate():
    text = "Requirements\n- Python\nSalary Context\nmedian pay\nRole Details\nSkills Required\nPython and PyTorch dominate.\n"
    lines = split_lines(text, "posting")
    assert lines[1].usable
    assert all(not line.usable for line in lines[2:])


def test_glued_headings_from_scraped_pages():
    text = "We build things for net zero.BASIC QUALIFICATIONS\n- 3+ years of Java\nBenefits/CompensationThe range is wide.\n"
    lines = split_lines(text, "posting")
    assert lines[1].section == "required"
    assert lines[2].section == "benefits" and lines[2].boilerplate


def test_resume_sections():
    text = "Jane Doe\njane@example.com\nSummary\nEngineer.\nTechnical Skills\nPython\nProfessional Experience\nEngineer, Acme\nEducation\nBSc\nCertifications\nCKA\nProjects\nA bot\n"
    sections = [s.kind for s in sections_of(split_lines(text, "resume"))]
    assert sections == ["contact", "summary", "skills", "experience", "education", "certifications", "projects"]


def test_heading_classification():
    assert classify_heading("What you'll bring", "posting") == "required"
    assert classify_heading("Preferred Qualifications:", "posting") == "preferred"
    assert classify_heading("Bonus points", "posting") == "preferred"
    assert classify_heading("Key job responsibilities", "posting") == "responsibilities"
    assert classify_heading("About Us", "posting") == "company"
    assert classify_heading("Experience Mid Level", "posting") is None
    assert classify_heading("- Python and SQL", "posting") is None
    assert classify_heading("Work History", "resume") == "experience"
    assert classify_heading("Built a data platform used by 40 teams across the company", "resume") is None


def test_line_at_finds_the_line_of_an_offset():
    lines = split_lines(POSTING, "posting")
    offset = POSTING.index("Kafka")
    assert line_at(lines, offset).text == "- Build streaming pipelines with Kafka"


def test_a_resume_without_a_header_starts_with_its_text():
    lines = split_lines("Five years of Python and SQL at a bank.\nLed a team of four.\n", "resume")
    assert [line.section for line in lines] == ["summary", "summary"]
    lines = split_lines("Jane Doe\njane@example.com | 555-0100\nData engineer.\n", "resume")
    assert [line.section for line in lines] == ["contact", "contact", "summary"]


def test_a_name_after_a_record_label_is_no_glued_heading():
    # "Technical Training" ends the institute's name here; "Academic Profile" after a list is a heading.
    text = ("Employment History\nInstitute: ADCORP Technical Training\nName of Company: LMT Products\n"
            "Products worked: Finacle, AXIS CRM System Academic Profile\nMBA, Pune University, 2009\n")
    lines = split_lines(text, "resume")
    assert [line.section for line in lines if "LMT" in line.text] == ["experience"]
    assert [line.section for line in lines if "MBA" in line.text] == ["education"]


def test_duplicate_key_is_the_words_of_the_line():
    import random

    from matcher.sections import _NON_WORDS, _duplicate_key

    rng = random.Random(3)
    samples = ["- python, sql & aws!", "  __init__  ", "über-cool — naïve", "a\tb\x1fc"]
    samples += ["".join(chr(rng.randrange(0, 300)) for _ in range(rng.randrange(0, 50))) for _ in range(2000)]
    for text in samples:
        assert _duplicate_key(text) == _NON_WORDS.sub(" ", text).strip(), repr(text)


def test_posting_heading_first_look_turns_down_only_labels_no_pattern_matches():
    """The first look of :func:`classify_heading` says "no" only where every posting heading pattern
    would: tried on the lowercased lines of the fixture postings and on headings of each section."""
    from pathlib import Path

    from matcher.sections import _POSTING_HEADING_LOOK, _POSTING_HEADINGS

    folder = Path(__file__).resolve().parent.parent / "fixtures" / "postings"
    labels = [line.strip().lower() for path in sorted(folder.iterdir()) if path.is_file()
              for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    labels += ["what you'll bring", "nice-to-have", "about you", "the role", "overview", "team", "about acme",
               "benefits", "base pay", "e-verify", "eeo", "next steps", "faq", "similar jobs", "who we are"]
    turned_down = 0
    for label in labels:
        if not _POSTING_HEADING_LOOK.may_match(label):
            turned_down += 1
            assert not any(pattern.search(label) for _, pattern in _POSTING_HEADINGS), label
    assert turned_down > len(labels) // 4
    assert all(_POSTING_HEADING_LOOK.may_match(label) for label in labels[-15:])


def test_inline_headings_name_their_sections_inside_a_line():
    text = "We build robots. Requirements: Python. Job benefits: Free lunch\nCompany description: Acme"
    found = inline_headings(text)
    assert [(text[start:end], section) for start, end, section in found] == [
        ("Requirements: ", "required"), ("benefits: ", "benefits"), ("description: ", "company")]
    assert inline_headings("Python, SQL and Docker.") == []
    assert inline_headings("Note: python is lower-case here")[0][2] is None


def test_who_we_are_looking_for_asks_not_tells():
    """"Who we are looking for" opens the requirements; "Who we are" the employer's description."""
    assert classify_heading("Who we are looking for", "posting") == "required"
    assert classify_heading("Who we're looking for:", "posting") == "required"
    assert classify_heading("Who we are", "posting") == "company"


# A job board's header fields (Stack Overflow Jobs' layout, as in SkillSpan's postings): the tags after
# "Technologies" are the job's, not part of the pay.
BOARD_FIELDS = """Compensation:
€50k - 65k | Equity
Job type:
Full-time
Experience level:
Senior
Industry:
Artificial Intelligence Software Development
Company size:
11–50 people
Technologies
typescript javascript node.js react go
Job description
You build our API.
Who we are looking for
Engineers with Kubernetes experience.
"""


def test_job_board_fields_end_the_pay_section():
    by_text = {line.text: line for line in split_lines(BOARD_FIELDS, "posting")}
    assert by_text["€50k - 65k | Equity"].boilerplate
    assert by_text["Job type:"].is_heading and by_text["Job type:"].section == "overview"
    tags = by_text["typescript javascript node.js react go"]
    assert tags.section == "overview" and tags.usable
    assert by_text["Engineers with Kubernetes experience."].section == "required"
    assert by_text["Engineers with Kubernetes experience."].usable


def test_experience_level_heading_keeps_the_requirements_under_it():
    """Some postings list their requirements under "EXPERIENCE LEVEL:": it is no job board field there."""
    text = "Requirements\n- Python\nEXPERIENCE LEVEL:\n10+ years with VMware ESXi\n"
    lines = split_lines(text, "posting")
    assert lines[-1].section == "required" and lines[-1].usable


def _fixture_posting_lines() -> list[str]:
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "fixtures" / "postings"
    return [line.strip() for path in sorted(folder.iterdir()) if path.is_file()
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]


def test_posting_heading_quick_checks_change_no_answer(monkeypatch):
    """:func:`classify_heading` answers as it would without its quick checks for postings, on the
    fixture postings' lines and on headings with numbering, marks, capitals and long labels."""
    import random

    import matcher.sections as sections

    rng = random.Random(5)
    words = ["Requirements", "about", "us", "the", "role", "you", "will", "SKILLS", "Preferred", "what", "we",
             "offer", "1.", "IV)", "a)", "#", "##", "*", "_", "-", "\u2013", ":", "--", "team", "and", "Benefits:"]
    labels = _fixture_posting_lines()
    labels += [rng.choice(["", " ", "# ", "1. ", "* _ ", "** 2) "]) + rng.choice([" ", "  ", "\t"]).join(
        rng.choice(words) for _ in range(rng.randrange(1, 12))) + rng.choice(["", ":", " -", " *", " _ * --"])
        for _ in range(5000)]
    labels += [label.upper() for label in labels[:500]] + [label + ":" for label in labels[:500]]
    quick = [classify_heading(label, "posting") for label in labels]
    assert sum(section is not None for section in quick) > 100
    monkeypatch.setattr(sections, "_may_be_posting_heading", lambda text: True)
    assert [classify_heading(label, "posting") for label in labels] == quick


def test_boilerplate_line_first_look_changes_no_answer():
    """:func:`_boilerplate_line` behind its rare-character first look answers as
    :data:`_BOILERPLATE_LINE` itself, on the fixture postings' lines and on boilerplate phrases."""
    from matcher.sections import _BOILERPLATE_LINE, _boilerplate_line

    lines = [line.lower() for line in _fixture_posting_lines()]
    lines += ["we are an equal opportunity employer.", "python (51% of roles)", "$120k - $150k", "eeo",
              "roles", "pay: 90,000 usd", "this site uses cookies", "top skills across 1,200 listings)",
              "comes with dental.", "not here", ""]
    answers = [_boilerplate_line.__wrapped__(line) for line in lines]
    assert answers == [_BOILERPLATE_LINE.search(line) is not None for line in lines]
    assert any(answers) and not all(answers)


def test_headings_in_spaced_capitals_name_their_sections():
    # A PDF converter keeps a heading set in spaced capitals one letter at a time, the words run together.
    assert classify_heading("E X P E R I E N C E", "resume") == "experience"
    assert classify_heading("W O R K  H I S T O R Y", "resume") == "experience"
    assert classify_heading("E M P L O Y M E N T H I S T O R Y", "resume") == "experience"
    assert classify_heading("E D U C A T I O N", "resume") == "education"
    assert classify_heading("P R O F E S S I O N A L P R O F I L E", "resume") == "summary"
    # A name in spaced capitals parts into no heading words.
    assert classify_heading("J O H N A T H A N  R E E D", "resume") is None
    lines = split_lines("J O H N  R E E D\nS K I L L S\nWelding\nW O R K  H I S T O R Y\n"
                        "Welder, Acme Steel, 2015 - 2018\n", "resume")
    assert [line.section for line in lines] == ["contact", "skills", "skills", "experience", "experience"]


def test_a_heading_may_state_the_length_of_the_experience_it_lists():
    # "Work Experience (12.5 Years)": the bracketed length is no part of the heading's name.
    assert classify_heading("Work Experience (12.5 Years)", "resume") == "experience"
    assert classify_heading("EXPERIENCE (8 YEARS)", "resume") == "experience"
    assert classify_heading("Professional Experience (9+ Years)", "resume") == "experience"
    assert classify_heading("Work Experience: (16years)", "resume") == "experience"
    assert classify_heading("Experience (2 years 3 months)", "resume") == "experience"
    # Brackets saying more than a length leave the line a sentence's, not a heading.
    assert classify_heading("Experience (5 years as a welder)", "resume") is None
    lines = split_lines("Ravi Kumar\nEDUCATION\nB.E. Mechanical, 2006\nWork Experience (12.5 Years)\n"
                        "Acme Valves / Design Engineer\nAUGUST 2012 - JUNE 2019, PUNE\n", "resume")
    assert [line.section for line in lines] == ["contact", "education", "education", "experience", "experience", "experience"]


def test_educational_attainment_names_the_education_section_beside_a_work_heading():
    # "EDUCATIONAL ATTAINMENT" (common in Philippine resumes) over the schools, the jobs under a heading of their own.
    assert classify_heading("EDUCATIONAL ATTAINMENT", "resume") == "education"
    assert classify_heading("Attainment", "resume") is None
    lines = split_lines("Ana Reyes\nWORK EXPERIENCE\nCashier, Lumen Mart Inc., 2016 - 2019\nEDUCATIONAL ATTAINMENT\n"
                        "Tertiary: Harbor State College, 2012 - 2016\n", "resume")
    assert [line.section for line in lines] == ["contact", "experience", "experience", "education", "education"]


def test_educational_attainment_over_the_jobs_of_a_resume_with_no_work_heading_is_no_heading():
    # The guard: no heading names the work, and the jobs sit under "Educational Attainment:" after the schools:
    # the line is read as no heading, as the resume's other unheaded lines.
    lines = split_lines("Ana Reyes\n\nObjective: To grow with a company.\nEducational Attainment:\n"
                        "Tertiary: Harbor State College\nLumen Mart Inc. Pasay City\nCashier -April 2016- Present\n", "resume")
    assert [line.section for line in lines] == ["contact", "summary", "summary", "summary", "summary", "summary"]
    assert not any(line.is_heading for line in lines)


def test_educational_attainments_in_the_plural_names_the_education_section():
    assert classify_heading("EDUCATIONAL ATTAINMENTS", "resume") == "education"
