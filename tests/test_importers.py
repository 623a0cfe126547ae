"""Importers (ESCO, O*NET, CSV), merge_imported and ``matcher taxonomy import``."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from taxonomy import Skill, Taxonomy, validate
from taxonomy.importers import (
    IMPORTERS,
    ImportReport,
    TaxonomyImportError,
    esco_category,
    form_key,
    import_csv,
    import_esco,
    import_onet,
    load_merged,
    merge_imported,
    onet_category,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ESCO_FILE = SHARED / "data" / "esco" / "skills_en.csv"
ONET_FILE = SHARED / "data" / "onet" / "Technology Skills.txt"

ESCO_SAMPLE = '''preferredLabel,altLabels,skillType
manage musical staff,"manage staff of music
coordinate duties of musical staff
manage musical staff
the
x",skill/competence
bookkeeping regulations,"book-keeping regulations
regulations of bookkeeping
rules that govern the keeping of the books of a company in a manner that is very long indeed",knowledge
glassblowing,"glass blowing
glass-blowing
manage staff of music",knowledge
packaging engineering,"engineering
packaging engineering knowledge",knowledge
apply anti-oppressive practices,"anti-oppressive practice",skill/competence
guide,"",knowledge
'''

ONET_SAMPLE = (
    "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
    "11-1011.00\tAdobe Acrobat\t43232202\tDocument management software\tY\tN\n"
    "11-1011.00\tMicrosoft SQL Server\t43232306\tData base management system software\tY\tY\n"
    "13-2011.00\tMicrosoft SQL Server\t43232306\tData base management system software\tY\tY\n"
    "13-2011.00\tIntuit QuickBooks\t43231601\tAccounting software\tY\tN\n"
    "15-1252.00\tR\t43232604\tAnalytical or scientific software\tY\tN\n"
    "15-1252.00\tZoom\t43232901\tVideo conferencing software\tY\tN\n"
    "15-1252.00\tPuppet\t43233208\tConfiguration management software\tN\tN\n"
    "15-1252.00\tAcme Widget Studio\t43232401\tDevelopment environment software\tN\tN\n"
)

CSV_SAMPLE = '''name,aliases,category,parents,related,id,guarded,context
Widget design,widget designing; widgetry,design,Python,,,,
Acme Widget Studio,AWS Studio|Acme WS,tools,Widget design,widget design,,,
Gizmo Lang,gizmolang,programming_languages,programming-languages-general,,gizmo,Gizmo,gizmo;compiler;code
'''


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def default_taxonomy() -> Taxonomy:
    return Taxonomy.default()


def _run(*args: str):
    from matcher.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# ---------------------------------------------------------------------------
# form keys
# ---------------------------------------------------------------------------
def test_form_key_is_shared_by_the_variants_the_skill_matcher_matches():
    from matcher.skills import number_variants

    for form in ["data pipelines", "policy", "Kubernetes", "APIs", "unit test", "machine learning model",
                 "search engine", "company", "dashboards"]:
        assert {form_key(v) for v in number_variants(form)} == {form_key(form)}, form
    assert form_key("Data pipelines") == form_key("data-pipeline") == form_key("DATA PIPELINE")
    assert form_key("Tensor-Flow") == form_key("tensorflow")


# ---------------------------------------------------------------------------
# ESCO
# ---------------------------------------------------------------------------
def test_esco_sample(tmp_path):
    report = ImportReport("esco", "sample")
    tax = import_esco(write(tmp_path, "skills_en.csv", ESCO_SAMPLE), report=report)
    assert all(s.id.startswith("esco-") for s in tax)
    staff = tax["esco-manage-musical-staff"]
    assert staff.name == "manage musical staff"
    assert staff.aliases == ("manage staff of music", "coordinate duties of musical staff")
    assert staff.category == "management"
    # Newline-separated alt labels, minus: stop word, too short, too long, claimed by an earlier skill.
    assert report.dropped["stop_word"] == 1 and report.dropped["too_short"] == 1
    assert report.dropped["too_long"] == 1
    assert report.dropped["duplicate"] == 1  # "manage staff of music" again under glassblowing
    assert tax["esco-bookkeeping-regulations"].category == "tax" or tax["esco-bookkeeping-regulations"].category in {
        "accounting", "legal_compliance"}
    glass = tax["esco-glassblowing"]
    assert glass.category == "domain"  # knowledge without a keyword rule
    assert glass.aliases == ("glass blowing", "glass-blowing")  # spacing variants of one skill are kept
    assert tax["esco-apply-anti-oppressive-practices"].category == "operations"  # skill/competence fallback
    # A lowercase one-word alias that is only a word of its label is dropped.
    assert "engineering" not in tax["esco-packaging-engineering"].aliases
    # A one-word everyday word as preferred label with no usable alias: the skill is skipped.
    assert "esco-guide" not in tax and report.skipped_skills == 1
    assert report.rows == 6 and report.skills == len(tax)
    assert report.forms == sum(len(s.surface_forms) for s in tax)
    assert "dropped" in report.summary()
    assert validate(tax) == []


def test_esco_round_trips_through_jsonl(tmp_path):
    tax = import_esco(write(tmp_path, "skills_en.csv", ESCO_SAMPLE))
    out = tmp_path / "esco.jsonl"
    tax.to_jsonl(out)
    assert Taxonomy.load(out).skills == tax.skills


@pytest.mark.parametrize("label, skill_type, category", [
    ("keep accounting records", "skill/competence", "accounting"),
    ("tax legislation", "knowledge", "tax"),
    ("recruit employees", "skill/competence", "human_resources"),
    ("understand written Korean", "skill/competence", "languages"),
    ("perform software unit testing", "skill/competence", "testing"),
    ("circular economy", "knowledge", "sustainability"),
    ("geomatics", "knowledge", "domain"),
    ("operate a forklift", "skill/competence", "operations"),
])
def test_esco_category_rules(label, skill_type, category):
    assert esco_category(label, skill_type) == category


# ---------------------------------------------------------------------------
# O*NET
# ---------------------------------------------------------------------------
def test_onet_sample(tmp_path):
    report = ImportReport("onet", "sample")
    tax = import_onet(write(tmp_path, "Technology Skills.txt", ONET_SAMPLE), report=report)
    assert sorted(tax.ids) == ["onet-acme-widget-studio", "onet-adobe-acrobat", "onet-intuit-quickbooks",
                               "onet-microsoft-sql-server", "onet-puppet", "onet-zoom"]
    assert tax["onet-microsoft-sql-server"].category == "databases"  # aggregated over two occupations
    assert tax["onet-intuit-quickbooks"].category == "accounting"
    assert tax["onet-acme-widget-studio"].category == "software_engineering"
    assert tax["onet-adobe-acrobat"].category == "tools"
    zoom = tax["onet-zoom"]  # an everyday word with product capitalisation: guarded, title words as context
    assert zoom.guarded == ("Zoom",) and {"video", "conferencing"} <= set(zoom.context)
    assert tax["onet-puppet"].category == "devops" and tax["onet-puppet"].guarded == ("Puppet",)
    assert report.dropped["too_short"] == 1  # "R"
    assert report.hot == 5 and report.rows == 8  # distinct hot examples
    assert validate(tax) == []


def test_onet_category_rules():
    assert onet_category("Human resources software") == "human_resources"
    assert onet_category("Time accounting software") == "human_resources"
    assert onet_category("Tax preparation software") == "tax"
    assert onet_category("Operating system software") == "devops"
    assert onet_category("Object or component oriented development software") == "programming_languages"
    assert onet_category("Spreadsheet software") == "tools"


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------
def test_csv_sample(tmp_path, default_taxonomy):
    tax = import_csv(write(tmp_path, "skills.csv", CSV_SAMPLE), base=default_taxonomy)
    assert sorted(tax.ids) == ["acme-widget-studio", "gizmo", "widget-design"]
    widget = tax["widget-design"]
    assert widget.aliases == ("widget designing", "widgetry")
    assert widget.parents == ("python",)  # by name, from the default taxonomy
    studio = tax["acme-widget-studio"]
    assert studio.aliases == ("AWS Studio", "Acme WS")
    assert studio.parents == ("widget-design",) and studio.related == ("widget-design",)  # by name, same file
    gizmo = tax["gizmo"]
    assert gizmo.guarded == ("Gizmo",) and gizmo.context == ("gizmo", "compiler", "code")
    assert gizmo.parents == ("programming-languages-general",)
    assert validate(merge_imported(default_taxonomy, tax), ()) == validate(default_taxonomy, ())


@pytest.mark.parametrize("text, message", [
    ("name,aliases,category\nWidgetry,,widgets\n", "line 2: unknown category 'widgets'"),
    ("name,category,parents\nWidgetry,tools,No Such Parent Skill\n", "parent 'No Such Parent Skill'"),
    ("name,aliases\nWidgetry,x\n", "missing column(s) category"),
    ("name,category\nWidgetry,tools\nwidgetry,design\n", "line 3"),
    ("name,category\nthe,tools\n", "stop word"),
    ("name,category,guarded\nWidget Go,tools,Go\n", "need context"),
    ("name,category,parents\nAlpha thing,tools,Beta thing\nBeta thing,tools,Alpha thing\n", "cycle"),
    ("name,category,id\nAlpha thing,tools,Not A Slug\n", "not a slug"),
])
def test_csv_errors_name_the_row(tmp_path, text, message):
    with pytest.raises(TaxonomyImportError) as info:
        import_csv(write(tmp_path, "bad.csv", text), base=Taxonomy.from_skills([]))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_csv_accepts_category_labels_and_tabs(tmp_path):
    tax = import_csv(write(tmp_path, "skills.tsv", "name\tcategory\taliases\nWidgetry\tSupply chain\twidgets\n"),
                     base=Taxonomy.from_skills([]))
    assert tax["widgetry"].category == "supply_chain"


@pytest.mark.parametrize("fmt", sorted(IMPORTERS))
def test_importers_reject_missing_and_binary_files(tmp_path, fmt):
    with pytest.raises(TaxonomyImportError, match="no such file"):
        IMPORTERS[fmt](tmp_path / "missing.csv")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81garbage\x00" * 20)
    with pytest.raises(TaxonomyImportError):
        IMPORTERS[fmt](binary)


# ---------------------------------------------------------------------------
# merge_imported
# ---------------------------------------------------------------------------
def _tax(*skills: dict) -> Taxonomy:
    return Taxonomy.from_skills(Skill.from_dict(s) for s in skills)


def test_merge_imported_drops_owned_forms_and_redirects_duplicates():
    base = _tax({"id": "python", "name": "Python", "category": "programming_languages", "aliases": ["py3"]},
                {"id": "excel", "name": "Microsoft Excel", "category": "tools", "guarded": ["Excel"],
                 "context": ["spreadsheet"]})
    imported = _tax(
        {"id": "esco-python", "name": "Python (computer programming)", "category": "software_engineering",
         "aliases": ["python programming"]},
        {"id": "esco-scripting", "name": "scripting", "category": "software_engineering",
         "aliases": ["PY3", "excel", "shell scripting"], "parents": ["esco-python"], "related": ["esco-gone"]},
        {"id": "esco-sheets", "name": "excel", "category": "tools", "aliases": ["spreadsheet use"]},
    )
    report = ImportReport("merge", "test")
    merged = merge_imported(base, imported, report=report)
    assert "esco-python" not in merged and "esco-sheets" not in merged  # names owned by the base
    scripting = merged["esco-scripting"]
    assert scripting.aliases == ("shell scripting",)
    assert scripting.parents == ("python",)  # redirected to the base skill
    assert scripting.related == ()
    assert report.dropped["duplicate_of_base"] >= 2 and report.dropped["owned_by_base"] == 2
    assert validate(merged) == []
    assert base.merge(imported) != merged
    assert validate(base.merge(imported))  # a plain merge claims forms twice


def test_merge_imported_same_id_replaces_the_base_skill():
    base = _tax({"id": "widgets", "name": "Widgets", "category": "tools", "aliases": ["widgetry"]})
    custom = _tax({"id": "widgets", "name": "Widgets", "category": "design", "aliases": ["widgetry", "widget art"]})
    merged = merge_imported(base, custom)
    assert merged["widgets"].category == "design" and merged["widgets"].aliases == ("widgetry", "widget art")
    assert validate(merged) == []


def test_merge_imported_cuts_parent_cycles_through_imported_skills():
    base = _tax({"id": "a", "name": "Alpha", "category": "tools", "parents": ["b"]},
                {"id": "b", "name": "Beta", "category": "tools"})
    imported = _tax({"id": "b", "name": "Beta", "category": "tools", "parents": ["a"]})
    merged = merge_imported(base, imported)
    assert validate(merged) == []


def test_merge_imported_over_default_is_valid(tmp_path, default_taxonomy):
    esco = import_esco(write(tmp_path, "skills_en.csv", ESCO_SAMPLE + 'statistics,"statistical analysis",knowledge\n'))
    merged = merge_imported(default_taxonomy, esco)
    assert len(merged) > len(default_taxonomy)
    new_problems = set(validate(merged)) - set(validate(default_taxonomy))
    assert not new_problems, sorted(new_problems)


def test_load_merged_reads_files_over_the_default(tmp_path, default_taxonomy):
    extra = write(tmp_path, "extra.jsonl", json.dumps(
        {"id": "custom-kubernetes-thing", "name": "Kubernetes", "category": "devops"}) + "\n")
    merged = load_merged([extra], base=default_taxonomy)
    assert "custom-kubernetes-thing" not in merged and len(merged) == len(default_taxonomy)


# ---------------------------------------------------------------------------
# matcher taxonomy import
# ---------------------------------------------------------------------------
def test_cli_import_writes_jsonl_and_summary(tmp_path):
    src = write(tmp_path, "skills_en.csv", ESCO_SAMPLE)
    out = tmp_path / "esco.jsonl"
    result = _run("taxonomy", "import", "--format", "esco", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "skills" in result.stderr and "dropped" in result.stderr and " s" in result.stderr
    tax = Taxonomy.load(out)
    assert "esco-glassblowing" in tax
    lookup = _run("--taxonomy", str(out), "taxonomy", "lookup", "glass blowing", "--format", "json")
    assert json.loads(lookup.stdout)["exact"][0]["id"] == "esco-glassblowing"


def test_cli_import_to_stdout(tmp_path):
    src = write(tmp_path, "Technology Skills.txt", ONET_SAMPLE)
    result = _run("taxonomy", "import", "--format", "onet", str(src), "-o", "-", "--no-check-merge")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {line["id"] for line in lines} >= {"onet-zoom", "onet-adobe-acrobat"}


@pytest.mark.parametrize("fmt, content, message", [
    ("esco", None, "no such file"),
    ("onet", "preferredLabel,altLabels\nx,y\n", "missing column(s)"),
    ("csv", "name,category\nWidgetry,widgets\n", "unknown category"),
    ("esco", "preferredLabel,altLabels,skillType\n", "no skills found"),
])
def test_cli_import_errors_are_one_line_exit_2(tmp_path, fmt, content, message):
    src = tmp_path / "input.csv"
    if content is not None:
        src.write_text(content, encoding="utf-8")
    result = _run("taxonomy", "import", "--format", fmt, str(src), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error:")
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_cli_import_rejects_unknown_format(tmp_path):
    result = _run("taxonomy", "import", "--format", "xml", "x", "-o", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 2


# ---------------------------------------------------------------------------
# the real files in ../shared (skipped when absent)
# ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def esco_full() -> tuple[Taxonomy, ImportReport]:
    if not ESCO_FILE.is_file():
        pytest.skip(f"{ESCO_FILE} is not present")
    report = ImportReport("esco", str(ESCO_FILE))
    return import_esco(ESCO_FILE, report=report), report


@pytest.mark.shared
def test_full_esco_import(esco_full):
    tax, report = esco_full
    assert len(tax) > 13000 and report.forms > 90000
    assert {"operations", "domain", "management", "languages"} <= {s.category for s in tax}
    assert validate(tax) == []
    print(f"\nESCO: {report.summary()}")


@pytest.mark.shared
def test_full_esco_merged_over_default_adds_no_problems(esco_full, default_taxonomy):
    tax, _ = esco_full
    merged = merge_imported(default_taxonomy, tax)
    new_problems = set(validate(merged)) - set(validate(default_taxonomy))
    assert not new_problems, sorted(new_problems)[:20]


@pytest.mark.shared
def test_full_onet_import_and_merge(default_taxonomy):
    if not ONET_FILE.is_file():
        pytest.skip(f"{ONET_FILE} is not present")
    report = ImportReport("onet", str(ONET_FILE))
    tax = import_onet(ONET_FILE, report=report)
    assert len(tax) > 8000 and report.hot > 100
    assert validate(tax) == []
    new_problems = set(validate(merge_imported(default_taxonomy, tax))) - set(validate(default_taxonomy))
    assert not new_problems, sorted(new_problems)[:20]


@pytest.mark.shared
def test_engine_profiles_with_esco_loaded(esco_full, default_taxonomy):
    from matcher.engine import Engine

    tax, _ = esco_full
    started = time.perf_counter()
    engine = Engine(taxonomy=merge_imported(default_taxonomy, tax))
    build = time.perf_counter() - started
    posting = (Path(__file__).resolve().parents[1] / "fixtures" / "postings" / "ml-engineer-senior.txt").read_text(
        encoding="utf-8")
    times = []
    for _ in range(3):
        started = time.perf_counter()
        profile = engine.profile(posting, "posting")
        times.append(time.perf_counter() - started)
    assert "python" in profile.skills
    ents = engine.nlp("Prepared the trial balance and practised glass blowing.").ents
    assert any(e.kb_id_.startswith("esco-") for e in ents), [(e.text, e.kb_id_) for e in ents]
    print(f"\nengine with ESCO: build {build:.1f} s, profile median {statistics.median(times) * 1000:.0f} ms")


def test_csv_warns_about_unguarded_everyday_words(tmp_path):
    report = ImportReport("csv", "sample")
    tax = import_csv(write(tmp_path, "skills.csv", "name,category,aliases\nMicrosoft Access,databases,Access\n"),
                     base=Taxonomy.from_skills([]), report=report)
    assert tax["microsoft-access"].aliases == ("Access",)  # kept: the file's author decides
    assert any("'Access'" in w for w in report.warnings)
