"""The hand-annotated real-resume gold set (``fixtures/gold/real_resumes.jsonl``) is well formed.

Structure only: keys and their order, date formats, start <= end, roles most recent first,
``total_years`` consistent with the dated roles, degree levels, ``highest_degree`` consistent
with the degrees, skill ids present in the default taxonomy. The checks against the shared
postjobfree file (ids present, the documented sample) skip when ``../shared`` is absent.
See ``fixtures/gold/REAL_RESUMES.md`` for the annotation rules.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from taxonomy import Taxonomy, fold_form

from .conftest import FIXTURES

GOLD = FIXTURES / "gold" / "real_resumes.jsonl"
SAMPLE_SCRIPT = FIXTURES / "gold" / "real_resumes_sample.py"
SHARED_FILE = Path("data") / "matching-dev" / "postjobfree-resumes.jsonl"

TOP_KEYS = ["id", "title", "roles", "total_years", "degrees", "highest_degree", "certifications", "skills", "notes"]
ROLE_KEYS = ["title", "employer", "location", "start", "end", "date_text"]
DEGREE_KEYS = ["level", "field", "institution", "year", "text"]
CERT_KEYS = ["name", "issuer", "year"]
SKILL_KEYS = ["name", "id"]
DEGREE_LEVELS = {"associate", "bachelor", "master", "phd", "other"}
HIGHEST_LEVELS = {None, "associate", "bachelor", "master", "phd"}
RANK = {"other": 0, "associate": 1, "bachelor": 2, "master": 3, "phd": 4}
DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")
PRESENT = (2020, 6)  # the crawl's date: what "present" means in total_years
SAMPLE_SIZE = 315
#: The first set (records 1-50) annotates skills; the later sets (51-315) leave ``skills`` null.
FIRST_SET = 50


def month_index(value: str, is_end: bool) -> int:
    """Months since year 0; a year-only start is January, a year-only end December."""
    if value == "present":
        year, month = PRESENT
    elif len(value) == 7:
        year, month = int(value[:4]), int(value[5:])
    else:
        year, month = int(value), 12 if is_end else 1
    return year * 12 + month - 1


def covered_years(roles: list[dict]) -> float | None:
    """Years covered by the roles with both dates, overlapping months counted once."""
    months: set[int] = set()
    for role in roles:
        if role["start"] and role["end"]:
            months.update(range(month_index(role["start"], False), month_index(role["end"], True) + 1))
    return round(len(months) / 12, 1) if months else None


def load_gold() -> list[dict]:
    with GOLD.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load_gold()


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.default()


def test_all_records_with_unique_ids_and_keys_in_order(gold):
    assert len(gold) == SAMPLE_SIZE
    ids = [record["id"] for record in gold]
    assert len(set(ids)) == len(ids)
    for record in gold:
        assert list(record) == TOP_KEYS, record["id"]
        assert isinstance(record["notes"], str)
        for role in record["roles"]:
            assert list(role) == ROLE_KEYS, record["id"]
        for degree in record["degrees"]:
            assert list(degree) == DEGREE_KEYS, record["id"]
        for cert in record["certifications"]:
            assert list(cert) == CERT_KEYS, record["id"]
            assert cert["name"].strip(), record["id"]
            assert cert["year"] is None or 1950 <= cert["year"] <= PRESENT[0], record["id"]
        for skill in record["skills"] or []:
            assert list(skill) == SKILL_KEYS, record["id"]


def test_skills_are_annotated_in_the_first_set_only(gold):
    assert all(isinstance(record["skills"], list) for record in gold[:FIRST_SET])
    assert all(record["skills"] is None for record in gold[FIRST_SET:])


def test_role_dates_are_well_formed_and_ordered(gold):
    for record in gold:
        for role in record["roles"]:
            where = f"{record['id']}: {role}"
            assert role["title"] or role["employer"] or role["date_text"], where
            if role["start"] is not None:
                assert DATE.fullmatch(role["start"]), where
            if role["end"] is not None:
                assert role["end"] == "present" or DATE.fullmatch(role["end"]), where
            if role["start"] and role["end"]:
                assert month_index(role["start"], False) <= month_index(role["end"], True), where
                assert month_index(role["end"], True) <= month_index("present", True), where
            if role["start"] or role["end"]:
                assert role["date_text"], where


def test_roles_are_most_recent_first(gold):
    for record in gold:
        dated = [r for r in record["roles"] if r["start"] and r["end"]]
        keys = [(month_index(r["end"], True), month_index(r["start"], False)) for r in dated]
        assert keys == sorted(keys, reverse=True), record["id"]


def test_title_is_the_most_recent_roles_title(gold):
    for record in gold:
        expected = record["roles"][0]["title"] if record["roles"] else None
        assert record["title"] == expected, record["id"]


def test_total_years_follows_the_dated_roles(gold):
    for record in gold:
        assert record["total_years"] == covered_years(record["roles"]), record["id"]


def test_degree_levels_and_highest_degree(gold):
    for record in gold:
        levels = [degree["level"] for degree in record["degrees"]]
        assert set(levels) <= DEGREE_LEVELS, record["id"]
        assert record["highest_degree"] in HIGHEST_LEVELS, record["id"]
        best = max(levels, key=RANK.__getitem__, default="other")
        assert record["highest_degree"] == (None if best == "other" else best), record["id"]
        for degree in record["degrees"]:
            assert degree["text"].strip(), record["id"]
            assert degree["year"] is None or 1950 <= degree["year"] <= PRESENT[0], record["id"]


def test_skill_ids_exist_in_the_taxonomy_and_are_unique(gold, taxonomy):
    for record in gold[:FIRST_SET]:
        names = [fold_form(skill["name"]) for skill in record["skills"]]
        assert all(names), record["id"]
        assert len(set(names)) == len(names), record["id"]
        ids = [skill["id"] for skill in record["skills"] if skill["id"] is not None]
        assert len(set(ids)) == len(ids), record["id"]
        missing = [skill_id for skill_id in ids if skill_id not in taxonomy]
        assert not missing, f"{record['id']}: not in the taxonomy: {missing}"


def test_date_helpers_follow_the_documented_conventions():
    # Year-only start = January, year-only end = December, overlapping months counted once.
    role = {"title": "x", "employer": None, "location": None, "start": "2019-05", "end": "2018", "date_text": "x"}
    assert month_index(role["start"], False) > month_index(role["end"], True)
    assert covered_years([{**role, "start": "2018-01", "end": "2018-12"}]) == 1.0
    assert covered_years([{**role, "start": "2018", "end": "2019"}, {**role, "start": "2019-06", "end": "2019-07"}]) == 2.0


def load_sample_module():
    spec = importlib.util.spec_from_file_location("real_resumes_sample", SAMPLE_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_ids_are_the_documented_sample_and_present_in_the_shared_file(gold, shared_dir):
    path = shared_dir / SHARED_FILE
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    sample = load_sample_module()
    assert [record["id"] for record in gold] == sample.sample_ids(str(path))
    with path.open(encoding="utf-8") as handle:
        shared_ids = {json.loads(line)["id"] for line in handle if line.strip()}
    assert {record["id"] for record in gold} <= shared_ids
    assert set(sample.SKIPPED) <= set(sample.drawn_ids(str(path))) | set(sample.fifth_drawn(str(path))) | \
        set(sample.seventh_drawn(str(path))) | set(sample.eighth_drawn(str(path)))
