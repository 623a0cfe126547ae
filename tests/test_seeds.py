"""Real scraped postings from ../shared/seeds: boilerplate, job-board statistics and duplicated
paragraphs must not turn into requirements. Skipped when ../shared is absent."""

import pytest

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seeds(shared_dir, engine):
    folder = shared_dir / "seeds"
    if not folder.is_dir():
        pytest.skip("no seeds")
    return {path.stem: engine.profile(path, "posting") for path in sorted(folder.glob("*.txt"))}


def test_skills_named_only_in_job_board_statistics_are_ignored(seeds):
    # "AwsRagRust", "Rust (29% of roles)", "Rag (16,749 postings)": the board's, not the employer's.
    for name in ("amazon-sde-ai-tools-automation", "capital-one-sr-director-ml-engineering"):
        profile = seeds[name]
        assert "rust" not in profile.skills, name
        assert "retrieval-augmented-generation" not in profile.skills, name
        assert "rust" in profile.boilerplate_skills


def test_real_requirements_are_found_with_their_level(seeds):
    capital_one = seeds["capital-one-sr-director-ml-engineering"]
    assert capital_one.skills["people-management"].level == "required"
    assert capital_one.skills["machine-learning"].level == "required"
    for skill in ("pytorch", "kubernetes", "python", "microsoft-azure"):
        assert capital_one.skills[skill].level == "preferred", skill
    assert capital_one.degree.name == "bachelor" and capital_one.preferred_degree.name == "phd"
    assert capital_one.years_experience == 8  # "10 years, or a Master's degree plus 8 years"
    assert seeds["amazon-sde-ai-tools-automation"].years_experience == 3
    assert capital_one.seniority == "director"

    carlyle = seeds["carlyle-engineer-ai-process-automation"]
    assert carlyle.skills["retrieval-augmented-generation"].level == "required"
    assert carlyle.skills["python"].level == "required"
    assert carlyle.title == "Engineer, AI & Process Automation"


def test_duplicated_paragraphs_count_once(seeds):
    # The Capital One page carries the whole posting twice; each sentence is evidence once.
    profile = seeds["capital-one-sr-director-ml-engineering"]
    assert profile.text.count("Proficiency in Python, Java, C++, or Golang") == 2
    marker = "Sr. Director, Machine Learning Engineering (Remote-Eligible)Overview:"
    second_copy = profile.text.index(marker, profile.text.index(marker) + 1)
    for skill in profile.skills.values():
        assert all(ev.start < second_copy for ev in skill.evidence), skill.id


def test_evidence_never_comes_from_boilerplate(seeds):
    boiler = {"company", "benefits", "compensation", "legal", "market", "application"}
    for profile in seeds.values():
        for skill in profile.skills.values():
            assert all(ev.section not in boiler for ev in skill.evidence), (profile.id, skill.id)


def test_cli_on_a_seed(shared_dir):
    import json
    import subprocess
    import sys

    seed = shared_dir / "seeds" / "carlyle-ai-ml-engineer.txt"
    proc = subprocess.run([sys.executable, "-m", "matcher", "skills", str(seed), "--kind", "posting",
                           "--format", "json"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    required = {s["id"] for s in json.loads(proc.stdout)["profile"]["skills"] if s["level"] == "required"}
    assert {"python", "machine-learning"} <= required
