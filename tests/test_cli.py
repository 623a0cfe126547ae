"""The ``matcher`` command, run as a user runs it."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import POSTINGS, RESUMES
from tests.documents import make_docx, make_pdf

RESUME = RESUMES / "ml-engineer-pytorch.txt"
POSTING = POSTINGS / "ml-engineer-senior.txt"


def run(*args, check=True, env=None):
    proc = subprocess.run([sys.executable, "-m", "matcher", "--as-of", "2026-11", *map(str, args)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, **env} if env else None)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_rank_postings_json_is_sorted_and_explained():
    proc = run("rank", "--resume", RESUME, "--postings", POSTINGS, "--top", "0", "--format", "json")
    data = json.loads(proc.stdout)
    results = data["results"]
    assert data["scoring_version"] and len(results) == len(list(POSTINGS.glob("*.txt")))
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)
    first = results[0]
    for key in ("id", "title", "score", "breakdown", "matched", "missing_required", "missing_preferred", "partial"):
        assert key in first
    ids = [r["id"] for r in results]
    assert ids.index("ml-engineer-senior") < ids.index("tax-accountant")
    assert "profiling" in proc.stderr  # the progress bar goes to stderr


def test_rank_top_and_table():
    proc = run("rank", "--resume", RESUME, "--postings", POSTINGS, "--top", "3")
    assert proc.stdout.count("\n") >= 4 and "scoring_version" in proc.stdout


def test_rank_resumes_for_a_posting_from_jsonl(tmp_path):
    records = tmp_path / "resumes.jsonl"
    with records.open("w") as fh:
        for path in sorted(RESUMES.glob("*.txt")):
            fh.write(json.dumps({"id": path.stem, "title": "", "text": path.read_text()}) + "\n")
    data = json.loads(run("rank", "--posting", POSTINGS / "tax-accountant.txt", "--resumes", records,
                          "--format", "json").stdout)
    assert data["results"][0]["id"] == "tax-accountant-cpa"
    assert data["direction"] == "resumes"


def test_score_pdf_and_docx_resumes_equal_the_text_resume(tmp_path):
    text = RESUME.read_text()
    pdf, docx = tmp_path / "cv.pdf", tmp_path / "cv.docx"
    pdf.write_bytes(make_pdf(text, pages=2))
    docx.write_bytes(make_docx(text))
    scores = {}
    for path in (RESUME, pdf, docx):
        data = json.loads(run("score", "--resume", path, "--posting", POSTING, "--format", "json").stdout)
        scores[path.suffix] = data["results"][0]["score"]
    assert scores[".txt"] > 60
    assert abs(scores[".pdf"] - scores[".txt"]) < 8 and abs(scores[".docx"] - scores[".txt"]) < 8


def test_skills_profile_json():
    data = json.loads(run("skills", POSTING, "--format", "json").stdout)
    profile = data["profile"]
    assert profile["kind"] == "posting"
    ids = {s["id"] for s in profile["skills"]}
    assert {"python", "pytorch"} <= ids
    assert all(s["evidence"] for s in profile["skills"])


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "html", "pdf"])
def test_report_formats(tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    run("report", "--resume", RESUME, "--posting", POSTING, "--format", fmt, "-o", out)
    data = out.read_bytes()
    assert data
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
    else:
        assert b"ml-engineer-senior" in data or b"Senior Machine Learning Engineer" in data


@pytest.mark.parametrize(
    "args",
    [
        ("score", "--resume", "nope.pdf", "--posting", POSTING),
        ("rank", "--resume", RESUME),
        ("rank", "--resume", RESUME, "--postings", POSTINGS, "--posting", POSTING),
        ("rank", "--resume", RESUME, "--postings", "missing-folder"),
        ("score", "--resume", RESUME, "--posting", POSTING, "--format", "xml"),
        ("--weight", "skills=abc", "score", "--resume", RESUME, "--posting", POSTING),
        ("--weight", "luck=1", "score", "--resume", RESUME, "--posting", POSTING),
    ],
)
def test_bad_arguments_exit_2_without_traceback(args):
    proc = run(*args, check=False)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip()


def test_unreadable_files_exit_2_with_a_message(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    garbage = tmp_path / "cv.pdf"
    garbage.write_bytes(bytes(range(256)) * 10)
    for path, words in ((empty, "empty"), (garbage, "not a PDF")):
        proc = run("score", "--resume", path, "--posting", POSTING, check=False)
        assert proc.returncode == 2 and words in proc.stderr and "Traceback" not in proc.stderr


def test_version():
    assert "scoring_version" in run("--version").stdout


def test_skills_shows_what_the_parser_saw_in_a_real_layout(tmp_path):
    """The issue's cases through ``matcher skills``: glued lists, a name broken over two lines of a
    skills column, a master's "degree" under ACTIVITIES, dates in several forms, two columns."""
    from tests.documents import make_two_column_pdf

    path = tmp_path / "cv.pdf"
    path.write_bytes(make_two_column_pdf(
        ["Jane Doe - jane@example.com"],
        ["SKILLS", "Machine Learning, AWS(EMR,EC2,S3),", "Hive(HQL), Python", "Power", "Bi",
         "ACTIVITIES", "Deep Learning Masters", "EDUCATION", "B. Tech, ECE", "XYZ Institute of Technology, 2020"],
        ["EXPERIENCE", "Data Engineer, Acme Corp", "Mar. 2021 - Present", "- Built Spark jobs on EMR",
         "Data Analyst, Beta Ltd", "05/2019 - 02/2021", "- Income tax compliance reports",
         "Intern, Gamma Inc, May 2018"]))
    data = json.loads(run("--as-of", "2022-01", "skills", path, "--format", "json").stdout)
    skills = {s["id"] for s in data["profile"]["skills"]}
    assert {"machine-learning", "amazon-web-services", "amazon-emr", "amazon-ec2", "amazon-s3", "apache-hive",
            "power-bi", "tax-compliance"} <= skills
    view = data["parser_view"]
    assert [(r["title"], r["employer"], r["start"], r["end"]) for r in view["roles"]] == [
        ("Data Engineer", "Acme Corp", "2021-03", "present"), ("Data Analyst", "Beta Ltd", "2019-05", "2021-02"),
        ("Intern", "Gamma Inc", "2018-05", None)]
    assert data["profile"]["title"] == "Data Engineer"
    assert (view["degree"]["name"], view["degree"]["field"], view["degree"]["year"]) == ("bachelor", "ECE", 2020)
    assert "two_columns" in {w["code"] for w in view["warnings"]}
    assert "Power BI" in view["skills_by_section"]["skills"]
    table = run("--as-of", "2022-01", "skills", path).stdout
    assert "what the parser saw:" in table and "Data Engineer | Acme Corp | 2021-03 - present" in table
    assert "Intern | Gamma Inc | 2018-05 (" in table
    assert "[two_columns]" in table and "what to do:" in table
