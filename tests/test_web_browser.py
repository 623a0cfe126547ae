"""End to end in headless Chromium (Debian's chromium + chromium-driver, driven by Selenium):
the real ``matcher serve`` on a free loopback port, a PDF and a DOCX resume uploaded through
the form, the ranking and a gap read from the page, CSV and PDF reports downloaded.

Screenshots are saved to ``artifacts/``: the results page (``web-results.png``), what the parser
saw with its warnings (``web-parser-view.png``) and the resume next to the posting
(``web-side-by-side.png``).
"""

from __future__ import annotations

import json
import shutil
import time
import urllib.request
from pathlib import Path

import pytest

from web.testing import multipart, pdf_text, resume_docx, resume_pdf, running_server

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
RESUMES = ROOT / "fixtures" / "resumes"
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
AS_OF = "2026-11-01"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``matcher serve`` in a subprocess on a free loopback port, with a fresh database."""
    with running_server(tmp_path_factory.mktemp("server")) as base:
        yield base


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(server, downloads, tmp_path_factory):
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip("needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)")
    pytest.importorskip("selenium")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                     "--disable-dev-shm-usage", "--window-size=1280,1600",
                     f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
        "download.directory_upgrade": True,
        "plugins.always_open_pdf_externally": True,
        "safebrowsing.enabled": False,
    })
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    try:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                               {"behavior": "allow", "downloadPath": str(downloads), "eventsEnabled": False})
        yield driver
    finally:
        driver.quit()


def upload_through_form(browser, base: str, path: Path, top: str = "0") -> list[str]:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.wait import WebDriverWait

    browser.get(base + "/")
    label = browser.find_element(By.CSS_SELECTOR, "label[for=resume]")
    assert label.is_displayed() and "Upload" in label.text
    browser.find_element(By.ID, "resume").send_keys(str(path))
    Select(browser.find_element(By.ID, "top")).select_by_value(top)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 60).until(ec.url_contains("/results/"))
    WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.CSS_SELECTOR, "ol.results li.result")))
    return [li.get_attribute("data-posting-id") for li in browser.find_elements(By.CSS_SELECTOR, "ol.results > li.result")]


def wait_for_download(folder: Path, suffix: str, timeout: float = 30) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in folder.iterdir() if p.suffix == suffix]
        pending = [p for p in folder.iterdir() if p.suffix == ".crdownload"]
        if done and not pending:
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no {suffix} download in {folder}: {sorted(p.name for p in folder.iterdir())}")


def api_match(base: str, data: bytes, name: str, media: str) -> dict:
    body, content_type = multipart({"top": "0"}, {"resume": (name, data, media)})
    request = urllib.request.Request(base + "/api/v1/match", data=body, headers={"Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def test_real_server_speaks_json_to_api_clients(server):
    """Through waitress: health, a JSON 404 and a JSON 413 for an upload over the 10 MB limit."""
    import urllib.error

    with urllib.request.urlopen(server + "/healthz", timeout=10) as response:
        assert json.loads(response.read())["postings"] == 22
    for path, body, status in (("/api/v1/postings/nope", None, 404),
                               ("/api/v1/match", multipart({}, {"resume": ("big.txt", b"a " * (6 * 1024 * 1024),
                                                                             "text/plain")}), 413)):
        data, headers = (body[0], {"Content-Type": body[1]}) if body else (None, {})
        request = urllib.request.Request(server + path, data=data, headers=headers)
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(request, timeout=60)
        assert caught.value.code == status
        assert caught.value.headers["Content-Type"] == "application/json"
        error = json.loads(caught.value.read())["error"]
        assert error["code"] == {404: "not_found", 413: "too_large"}[status]


def test_pdf_resume_results_gaps_and_report_downloads(server, browser, downloads, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.wait import WebDriverWait

    pdf = tmp_path / "daniel-okafor.pdf"
    pdf.write_bytes(resume_pdf((RESUMES / "ml-engineer-pytorch.txt").read_text(encoding="utf-8"), pages=2))
    order = upload_through_form(browser, server, pdf)

    # The ranking on the page is the API's ranking, and the ML posting beats the tax one.
    expected = api_match(server, pdf.read_bytes(), pdf.name, "application/pdf")
    assert order == [r["id"] for r in expected["results"]]
    assert order[0] == "ml-engineer-senior"
    assert order.index("ml-engineer-senior") < order.index("tax-accountant")
    first = browser.find_element(By.CSS_SELECTOR, "li.result")
    assert "Senior Machine Learning Engineer" in first.find_element(By.CSS_SELECTOR, "h2").text
    score = float(first.find_element(By.CSS_SELECTOR, ".score-value").text)
    assert score == pytest.approx(expected["results"][0]["score"], abs=0.05)
    assert first.find_elements(By.CSS_SELECTOR, "q.evidence mark")

    # A gap: the required skills the MLOps posting asks for and the resume lacks.
    mlops = browser.find_element(By.CSS_SELECTOR, "li.result[data-posting-id='mlops-engineer']")
    shown = [e.text for e in mlops.find_elements(By.CSS_SELECTOR, "ul.missing-required li strong")]
    wanted = [m["name"] for r in expected["results"] if r["id"] == "mlops-engineer" for m in r["missing_required"]]
    assert shown and shown == wanted

    ARTIFACTS.mkdir(exist_ok=True)
    browser.execute_script("window.scrollTo(0, 0)")
    assert browser.save_screenshot(str(ARTIFACTS / "web-results.png"))

    # The report page, and its CSV and PDF downloads.
    mlops.find_element(By.CSS_SELECTOR, "a.button").click()
    WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.ID, "download-csv")))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Gap report: MLOps Engineer"
    page_text = browser.find_element(By.TAG_NAME, "main").text
    assert all(name in page_text for name in wanted)
    browser.save_screenshot(str(ARTIFACTS / "web-report.png"))

    for old in downloads.iterdir():
        old.unlink()
    browser.find_element(By.ID, "download-csv").click()
    csv_file = wait_for_download(downloads, ".csv")
    content = csv_file.read_text(encoding="utf-8")
    assert "mlops-engineer" in content.splitlines()[0]
    assert "Missing: required" in content
    assert wanted[0] in content

    browser.find_element(By.ID, "download-pdf").click()
    pdf_file = wait_for_download(downloads, ".pdf")
    data = pdf_file.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Gap report" in text and "MLOps Engineer" in text


def test_parser_view_and_warnings_after_an_upload(server, browser, tmp_path):
    """A two-column PDF resume: the page after the upload shows what the parser saw (jobs with
    their dates, the degree, skills by section) and the warnings with what to do; the gap report
    shows the resume next to the posting with matched and missing skills marked."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.wait import WebDriverWait

    from tests.documents import make_two_column_pdf

    pdf = tmp_path / "two-columns.pdf"
    pdf.write_bytes(make_two_column_pdf(
        ["Jane Doe - jane@example.com"],
        ["SKILLS", "Python, SQL, Tableau,", "Power", "BI", "AWS(EMR,EC2,S3)", "EDUCATION", "B. Tech, ECE",
         "XYZ Institute of Technology, 2018"],
        ["EXPERIENCE", "Data Engineer, Acme Corp", "Mar. 2021 - Present", "- Built Spark jobs on EMR",
         "Data Analyst, Beta Ltd", "05/2019 - 02/2021", "- Dashboards in Power BI and Tableau"]))
    upload_through_form(browser, server, pdf)
    view = browser.find_element(By.ID, "parser-view")
    assert view.is_displayed()
    warnings = {w.get_attribute("data-code"): w.text for w in view.find_elements(By.CSS_SELECTOR, "li.ats-warning")}
    assert "two_columns" in warnings and "What to do:" in warnings["two_columns"]
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in view.find_elements(By.CSS_SELECTOR, "table.roles tbody tr")]
    assert [r[:5] for r in rows] == [["Data Engineer", "Acme Corp", "—", "2021-03", "present"],
                                     ["Data Analyst", "Beta Ltd", "—", "2019-05", "2021-02"]]
    assert "bachelor in ECE, XYZ Institute of Technology, 2018" in view.find_element(By.CSS_SELECTOR, "ul.degrees").text
    assert "Power BI" in view.find_element(By.CSS_SELECTOR, "dl.skills-by-section").text
    ARTIFACTS.mkdir(exist_ok=True)
    browser.execute_script("arguments[0].scrollIntoView()", view)
    assert browser.save_screenshot(str(ARTIFACTS / "web-parser-view.png"))

    first = browser.find_element(By.CSS_SELECTOR, "li.result")
    first.find_element(By.CSS_SELECTOR, "a.button").click()
    WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.ID, "side-by-side")))
    side = browser.find_element(By.ID, "side-by-side")
    assert side.find_elements(By.CSS_SELECTOR, "#resume-text mark.matched")
    assert side.find_elements(By.CSS_SELECTOR, "#posting-text mark.matched")
    browser.execute_script("arguments[0].scrollIntoView()", side)
    assert browser.save_screenshot(str(ARTIFACTS / "web-side-by-side.png"))


def test_docx_resume(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    docx = tmp_path / "cpa.docx"
    docx.write_bytes(resume_docx((RESUMES / "tax-accountant-cpa.txt").read_text(encoding="utf-8")))
    order = upload_through_form(browser, server, docx, top="5")
    assert order[0] == "tax-accountant"
    assert len(order) == 5
    assert "Tax" in browser.find_element(By.CSS_SELECTOR, "li.result h2").text
    assert browser.find_element(By.CSS_SELECTOR, "dl.facts").text.count("cpa") == 1


def test_postings_page_and_errors_in_the_browser(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/postings")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.postings tbody tr")
    assert len(rows) == 22
    browser.get(server + "/")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    # The click submits the form: wait for the answer page rather than racing it.
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    alert = WebDriverWait(browser, 30).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "[role=alert]")))
    assert "Choose a resume file or paste its text" in alert.text
    assert shutil.which("chromium") or CHROMIUM.exists()


def test_recruiter_shortlist(server, browser, downloads, tmp_path):
    """Three resumes (PDF, DOCX, TXT) uploaded at once for a stored posting: the ranked table is the
    API's shortlist, each row links to its gap report, and the CSV export holds the same rows."""
    import csv

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.wait import WebDriverWait

    texts = {name: (RESUMES / f"{name}.txt").read_text(encoding="utf-8")
             for name in ("ml-engineer-pytorch", "ml-engineer-junior", "tax-accountant-cpa")}
    files = [tmp_path / "okafor.pdf", tmp_path / "lee.docx", tmp_path / "cpa.txt"]
    files[0].write_bytes(resume_pdf(texts["ml-engineer-pytorch"]))
    files[1].write_bytes(resume_docx(texts["ml-engineer-junior"]))
    files[2].write_text(texts["tax-accountant-cpa"], encoding="utf-8")

    browser.get(server + "/shortlist")
    Select(browser.find_element(By.ID, "posting_id")).select_by_value("ml-engineer-senior")
    browser.find_element(By.ID, "resumes").send_keys("\n".join(str(f) for f in files))
    Select(browser.find_element(By.ID, "top")).select_by_value("0")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 60).until(ec.presence_of_element_located((By.CSS_SELECTOR, "table.shortlist tbody tr")))

    rows = browser.find_elements(By.CSS_SELECTOR, "table.shortlist tbody tr")
    shown = [(r.get_attribute("data-resume-id"), float(r.find_element(By.CSS_SELECTOR, ".score-value").text),
              r.find_element(By.CSS_SELECTOR, ".missing-required").text) for r in rows]
    body, content_type = multipart({"posting_id": "ml-engineer-senior", "top": "0"}, files_list=[
        ("resumes", (f.name, f.read_bytes(), "application/octet-stream")) for f in files])
    request = urllib.request.Request(server + "/api/v1/rank-resumes", data=body, headers={"Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=60) as response:
        expected = json.loads(response.read())["results"]
    assert [s[0] for s in shown] == [r["id"] for r in expected] == ["okafor", "lee", "cpa"]
    for (_, score, missing), result in zip(shown, expected, strict=True):
        assert score == pytest.approx(result["score"], abs=0.05)
        assert missing == (", ".join(m["name"] for m in result["missing_required"]) or "none")
    assert "3 resumes received, 3 ranked" in browser.find_element(By.ID, "summary").text

    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "web-shortlist.png"))

    for old in downloads.iterdir():
        old.unlink()
    browser.find_element(By.ID, "export-csv").click()
    exported = list(csv.DictReader(wait_for_download(downloads, ".csv").read_text(encoding="utf-8").splitlines()))
    assert [r["resume"] for r in exported] == ["okafor", "lee", "cpa"]
    assert [float(r["score"]) for r in exported] == [r["score"] for r in expected]

    # Each row's gap report, and back to the table.
    rows[2].find_element(By.CSS_SELECTOR, "td.resume a").click()
    WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.ID, "download-csv")))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Gap report: Senior Machine Learning Engineer"
    assert "cpa" in browser.find_element(By.CSS_SELECTOR, "p.meta").text
    browser.find_element(By.ID, "back").click()
    WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.CSS_SELECTOR, "table.shortlist")))
