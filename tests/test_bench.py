"""The benchmark suite: metric functions on hand-made cases, the gold set's shape, and one
end-to-end run of ``python -m bench --quick`` on a tiny corpus. No assertion on time."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import metrics, skillspan, synth  # noqa: E402
from bench.common import GOLD_DIR, fixture_paths  # noqa: E402

needs_shared = pytest.mark.skipif(not (SHARED / "data" / "skillspan" / "dev_spans.jsonl").exists(),
                                  reason="../shared/data/skillspan is absent")


# ---------------------------------------------------------------------------
# Metrics on hand-made examples
# ---------------------------------------------------------------------------
def test_ndcg_of_a_perfect_ranking_is_one():
    assert metrics.ndcg_at_k([3, 2, 1, 0, 0, 0], k=5) == pytest.approx(1.0)


def test_ndcg_of_a_reversed_ranking_is_below_one_and_known():
    grades = [0, 0, 1, 2, 3]
    expected = (1 / math.log2(4) + 3 / math.log2(5) + 7 / math.log2(6)) / (7 + 3 / math.log2(3) + 1 / math.log2(4))
    assert metrics.ndcg_at_k(grades, k=5) == pytest.approx(expected)


def test_ndcg_without_any_relevant_item_is_undefined():
    assert metrics.ndcg_at_k([0, 0, 0], k=5) is None


def test_mrr_of_first_hit_at_rank_two_is_a_half():
    assert metrics.reciprocal_rank([1, 2, 3, 0]) == pytest.approx(0.5)
    assert metrics.reciprocal_rank([3, 0]) == pytest.approx(1.0)
    assert metrics.reciprocal_rank([0, 1, 1]) is None


def test_kendall_tau_extremes_and_constant_input():
    assert metrics.kendall_tau([4.0, 3.0, 2.0, 1.0], [3, 2, 1, 0]) == pytest.approx(1.0)
    assert metrics.kendall_tau([1.0, 2.0, 3.0, 4.0], [3, 2, 1, 0]) == pytest.approx(-1.0)
    assert metrics.kendall_tau([1.0, 1.0], [0, 1]) is None


def test_query_metrics_break_ties_by_id():
    result = metrics.query_metrics({"b": 1.0, "a": 1.0, "c": 0.5}, {"a": 3, "b": 0, "c": 0}, k=5)
    assert result["top"][0] == "a"
    assert result["ndcg"] == pytest.approx(1.0)
    assert result["mrr"] == pytest.approx(1.0)


def test_prf_counts():
    figures = metrics.prf(tp=8, fp=2, fn=8)
    assert figures["precision"] == pytest.approx(0.8)
    assert figures["recall"] == pytest.approx(0.5)
    assert figures["f1"] == pytest.approx(2 * 0.8 * 0.5 / 1.3)


def test_growth_exponent_reads_linear_and_flat_series():
    assert metrics.growth_exponent([1_000, 10_000, 100_000], [1.0, 10.0, 100.0]) == pytest.approx(1.0)
    assert metrics.describe_growth(metrics.growth_exponent([1_000, 10_000], [5.0, 5.0])) == "flat"
    assert metrics.describe_growth(0.5) == "sublinear"
    assert metrics.growth_exponent([1_000], [1.0]) is None


# ---------------------------------------------------------------------------
# SkillSpan span location (no data needed)
# ---------------------------------------------------------------------------
def test_locate_finds_token_runs_and_repeats_in_order():
    sentence = "Experience with Python and AWS ; Python again ."
    found, missing = skillspan.locate(sentence, ["Python", "AWS", "Python", "Rust"])
    assert [sentence[s:e] for s, e, _ in found] == ["Python", "AWS", "Python"]
    assert found[0][0] < found[2][0]
    assert missing == ["Rust"]


class _Ent:
    def __init__(self, doc_text, start, end, skill):
        self.start_char, self.end_char, self.text, self.kb_id_, self.label_ = start, end, doc_text[start:end], skill, "SKILL"


class _Doc:
    def __init__(self, text, ents):
        self.ents = [_Ent(text, s, e, k) for s, e, k in ents]


class _FakeNlp:
    """Extracts every 'Python' and 'teamwork'."""

    def pipe(self, texts, batch_size=256):
        for text in texts:
            ents = []
            for word in ("Python", "teamwork"):
                at = text.find(word)
                while at >= 0:
                    ents.append((at, at + len(word), word.lower()))
                    at = text.find(word, at + 1)
            yield _Doc(text, ents)

    def __call__(self, text):
        return next(self.pipe([text]))


def test_skillspan_evaluate_counts_overlaps():
    rows = [
        {"source": "tech", "sentence": "Strong Python skills", "knowledge_spans": ["Python"], "skill_spans": []},
        {"source": "tech", "sentence": "Know AWS well", "knowledge_spans": ["AWS"], "skill_spans": []},
        {"source": "house", "sentence": "Good teamwork please", "knowledge_spans": [], "skill_spans": ["teamwork"]},
    ]
    result = skillspan.evaluate(_FakeNlp(), rows, errors=True)
    tech = result["by_source"]["tech"]["knowledge"]
    assert tech["precision"] == pytest.approx(1.0)
    assert tech["recall"] == pytest.approx(0.5)
    house = result["by_source"]["house"]
    assert house["knowledge"]["precision"] == pytest.approx(0.0)
    assert house["knowledge+skill"]["precision"] == pytest.approx(1.0)
    assert result["errors"]["knowledge"]["missed"][0]["span"] == "AWS"


def test_skillspan_counts_degrees_the_posting_reader_finds():
    """SkillSpan annotates degrees as knowledge; the engine reads them as degree facts, and the measure
    counts those (once, when a skill span overlaps them too), unless told not to."""
    rows = [{"source": "house", "sentence": "You hold a PhD in physics and know Python",
             "knowledge_spans": ["PhD", "Python"], "skill_spans": []}]
    with_degrees = skillspan.evaluate(_FakeNlp(), rows)["by_source"]["house"]["knowledge"]
    assert with_degrees["recall"] == pytest.approx(1.0) and with_degrees["extracted"] == 2
    skills_only = skillspan.evaluate(_FakeNlp(), rows, degrees=False)["by_source"]["house"]["knowledge"]
    assert skills_only["recall"] == pytest.approx(0.5) and skills_only["extracted"] == 1
    assert [s[2] for s in skillspan.extract(_FakeNlp(), ["A BSc in Python development"])[0]] == ["BSc", "Python"]


def test_skillspan_whole_postings_keep_only_the_lines_a_profile_scores():
    """Read as one posting, a sentence in the employer's description is boilerplate: its skill no
    longer counts as extracted, while the same skill under the requirements still does, at its
    offsets in its own sentence."""
    sentences = ["About us", "Our team writes Python daily", "Requirements", "Strong Python skills"]
    rows = [{"source": "tech", "posting_idx": 7, "sentence": s, "skill_spans": [],
             "knowledge_spans": ["Python"] if i == 3 else []} for i, s in enumerate(sentences)]
    rows.append({"source": "tech", "posting_idx": 8, "sentence": "Python wanted", "skill_spans": [],
                 "knowledge_spans": ["Python"]})
    whole = skillspan.extract_postings(_FakeNlp(), rows)
    assert whole == [[], [], [], [(7, 13, "Python", "python")], [(0, 6, "Python", "python")]]
    by_sentence = skillspan.evaluate(_FakeNlp(), rows)["by_source"]["tech"]["knowledge"]
    by_posting = skillspan.evaluate(_FakeNlp(), rows, whole_postings=True)["by_source"]["tech"]["knowledge"]
    assert by_sentence["extracted"] == 3 and by_sentence["precision"] == pytest.approx(2 / 3)
    assert by_posting["extracted"] == 2 and by_posting["precision"] == pytest.approx(1.0)
    assert by_posting["recall"] == pytest.approx(1.0)


# ---------------------------------------------------------------------------
# Gold set and synthetic corpus
# ---------------------------------------------------------------------------
def test_host_reference_times_the_issue_yardstick_and_says_how_slow_the_host_is():
    from bench.speed import ISSUE_BLANK_TOKENIZER_MS, host_reference

    reference = host_reference(["Python, SQL and AWS (EC2, S3) e.g. on Linux.", "Senior Java Developer, Berlin."])
    assert reference["issue_blank_tokenizer_ms"] == ISSUE_BLANK_TOKENIZER_MS == 1.5
    assert reference["blank_tokenizer_median_ms"] > 0
    assert reference["host_slowness"] == pytest.approx(reference["blank_tokenizer_median_ms"] / 1.5, abs=0.002)


def test_gold_set_covers_every_fixture_with_known_ids():
    from taxonomy import Taxonomy

    postings = json.loads((GOLD_DIR / "postings.json").read_text())
    resumes = json.loads((GOLD_DIR / "resumes.json").read_text())
    assert set(postings) == {p.stem for p in fixture_paths("posting")}
    assert set(resumes) == {r.stem for r in fixture_paths("resume")}
    taxonomy = Taxonomy.default()
    ids = {s for entry in postings.values() for level in entry.values() for s in level}
    ids |= {s for skills in resumes.values() for s in skills}
    unknown = sorted(s for s in ids if s not in taxonomy)
    assert not unknown, f"gold ids missing from the taxonomy (renamed?): {unknown}"
    for entry in postings.values():
        assert set(entry) <= {"required", "preferred", "mentioned"}
        assert entry["required"], "every fixture posting requires something"
    gaps = json.loads((GOLD_DIR / "missing_from_taxonomy.json").read_text())
    assert all(g["name"] and (g.get("postings") or g.get("resumes")) for g in gaps)


def test_synthesized_corpus_is_deterministic_and_well_formed():
    from bench.common import make_engine

    engine = make_engine()
    profiles = [engine.profile(p, "posting") for p in fixture_paths("posting")[:6]]
    parts = synth.parts_of(profiles)
    first = synth.synthesize(parts, 40, seed=7)
    second = synth.synthesize(parts, 40, seed=7)
    assert [p.id for p in first] == [f"syn-{i:07d}" for i in range(40)]
    assert [sorted(p.skills) for p in first] == [sorted(p.skills) for p in second]
    assert all(p.scoring_text and p.kind == "posting" for p in first)
    levels = {s.level for p in first for s in p.skills.values()}
    assert levels <= {"required", "preferred", "mentioned"}
    index = engine.index_posting_profiles(first)
    assert len(index) == 40
    sizes = [len(t.encode()) for t in synth.four_kb_postings([p.text for p in profiles])]
    assert all(3_000 <= s <= 5_000 for s in sizes)


# ---------------------------------------------------------------------------
# End to end
# ---------------------------------------------------------------------------
def _in_unit(value, low=0.0, high=1.0):
    return value is None or (low - 1e-9 <= value <= high + 1e-9)


def test_bench_runs_end_to_end_on_a_tiny_corpus(tmp_path, capsys):
    from bench.cli import main

    out = tmp_path / "bench.json"
    markdown = tmp_path / "BENCHMARKS.md"
    code = main(["--quick", "--sizes", "200", "--skillspan-sample", "150", "--json", str(out),
                 "--markdown", str(markdown), "--errors"])
    printed = capsys.readouterr().out
    assert code == 0
    assert "| Section" in printed and "nDCG@5" in printed
    assert "# Extraction errors" in printed
    data = json.loads(out.read_text())
    assert "## Benchmarks" in markdown.read_text()

    for key in ("command", "machine", "extraction", "coverage", "ranking", "speed", "table"):
        assert key in data, key
    machine = data["machine"]
    for key in ("platform", "python", "cpu", "cores", "versions", "scoring_version", "date"):
        assert key in machine, key
    assert set(machine["versions"]) >= {"spacy", "scikit-learn", "numpy", "rapidfuzz"}

    gold = data["extraction"]["gold"]
    for key in ("skills", "postings", "resumes", "required", "preferred"):
        for metric in ("precision", "recall", "f1"):
            assert _in_unit(gold[key][metric]), (key, metric)
    assert _in_unit(gold["level_accuracy"])
    assert gold["errors"], "--errors keeps the listing in the JSON"

    systems = data["ranking"]["systems"]
    assert set(systems) >= {"engine", "tfidf_baseline", "skills_only", "text_only", "no_fuzzy", "no_implied_related"}
    for figures in systems.values():
        for direction in ("resume_to_postings", "posting_to_resumes"):
            assert _in_unit(figures[direction]["ndcg@5"])
            assert _in_unit(figures[direction]["mrr"])
            assert _in_unit(figures[direction]["kendall_tau"], -1.0, 1.0)
            assert figures[direction]["ndcg@5_vs_baseline"] is not None
    stability = data["ranking"]["stability"]
    if not stability["engine_changed_during_run"]:  # someone saving matcher/ or taxonomy/ mid-run
        assert stability["in_process"]["identical"] is True
        assert stability["across_processes"]["identical"] is True
    assert data["ranking"]["judged_pairs"] >= 150

    speed = data["speed"]
    assert speed["profiling"]["postings_4kb"]["documents"] > 0
    first = speed["profiling"]["real_postings_first_sight"]
    if (SHARED / "data" / "matching-dev" / "postjobfree-postings.jsonl").exists():
        assert first["documents"] == first["warmup_documents"] == 50
        assert 3.0 <= first["mean_kb"] * 1024 / 1000 <= 4.0
        assert speed["profiling"]["target_row"] == "real_postings_first_sight"
        reference = first["host_reference"]
        assert reference["issue_blank_tokenizer_ms"] == 1.5
        assert reference["blank_tokenizer_median_ms"] > 0
        # The median scaled to the issue's host: this run's median times 1.5 ms over this host's tokenizer time.
        scaled = first["median_ms"] * 1.5 / reference["blank_tokenizer_median_ms"]
        assert abs(first["median_ms_at_issue_host_speed"] - scaled) <= 0.01 * scaled + 0.002
        assert data["targets"]["profile_4kb_at_issue_host_ms"] == first["median_ms_at_issue_host_speed"]
        assert "at the issue's host speed" in markdown.read_text()
    else:
        assert "skipped" in first and speed["profiling"]["target_row"] == "postings_4kb"
    assert data["targets"]["profile_4kb_row"] == speed["profiling"]["target_row"]
    row = speed["scaling"]["sizes"][0]
    assert row["postings"] == 200
    for system in ("engine", "baseline"):
        assert isinstance(row[system]["rank_ms"], float)
        assert isinstance(row[system]["build_seconds"], float)
        assert isinstance(row[system]["build_peak_mb"], float)
    assert speed["scaling"]["rank_100k_ms"] is None

    if (SHARED / "data" / "skillspan" / "dev_spans.jsonl").exists():
        by_source = data["extraction"]["skillspan"]["by_source"]
        assert {"tech", "house", "all"} <= set(by_source)
        for figures in by_source.values():
            for gold_set in ("knowledge", "knowledge+skill"):
                assert _in_unit(figures[gold_set]["precision"])
                assert _in_unit(figures[gold_set]["recall"])
        whole = data["extraction"]["skillspan"]["whole_postings"]["by_source"]
        assert _in_unit(whole["tech"]["knowledge"]["recall"])
        assert "knowledge_hit" in data["coverage"]["default"]["by_source"]["all"]
    else:
        assert "skipped" in data["extraction"]["skillspan"]


def test_unknown_section_is_an_error(capsys):
    from bench.cli import main

    with pytest.raises(SystemExit):
        main(["nonsense", "--no-json"])


@pytest.mark.shared
@needs_shared
def test_skillspan_dev_figures_are_proportions():
    from bench.common import make_engine

    rows = skillspan.sample(skillspan.load(skillspan.dev_path()), 200)
    result = skillspan.evaluate(make_engine().nlp, rows)
    assert result["sentences"] == 200
    for figures in result["by_source"].values():
        for gold_set in ("knowledge", "knowledge+skill"):
            assert _in_unit(figures[gold_set]["precision"])
            assert _in_unit(figures[gold_set]["recall"])
            assert _in_unit(figures[gold_set]["token_recall"])


def test_dev_profile_cache_key_covers_every_module_a_profile_is_built_from():
    """The dev-set profile cache is keyed on the sources of the profiling steps: a module that
    ``matcher.profile`` or ``matcher.engine`` reaches through imports (apart from the scoring
    side) and that is left out of the key would let an edit reuse stale profiles."""
    import ast

    from bench import devsets

    scoring_side = {"ranking", "scoring", "vectors", "reference", "calibrate", "gaps", "report"}
    matcher_dir = Path(devsets.REPO) / "matcher"
    seen: set[str] = set()
    todo = ["profile", "engine"]
    while todo:
        name = todo.pop()
        if name in seen or name in scoring_side:
            continue
        seen.add(name)
        tree = ast.parse((matcher_dir / f"{name}.py").read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = node.module
                if module == "matcher":
                    todo.extend(alias.name for alias in node.names if (matcher_dir / f"{alias.name}.py").exists())
                elif module.startswith("matcher."):
                    todo.append(module.split(".")[1])
    assert seen - set(devsets.PROFILE_SOURCES) == set()


def _gold_resume(title, roles):
    return {"id": "x", "title": title, "total_years": None, "highest_degree": None, "certifications": [],
            "skills": None, "roles": [{"title": t, "employer": None, "start": s, "end": e} for t, s, e in roles]}


@pytest.mark.parametrize(("gold_title", "found", "found_roles", "kind", "dated"), [
    ("Nurse", "Nurse", [("2019-01", "present")], None, None),
    ("Nurse", None, [("2019-01", "present")], "none_found", True),
    ("Nurse", None, [], "none_found", False),
    (None, "Nurse", [("2019-01", "present")], "none_stated", True),
    ("Nurse", "Cashier", [("2016-01", "2018-12")], "another_role", False),
    ("Registered Nurse ICU", "Registered Nurse", [("2019-01", "present")], "partly", True),
    ("Nurse", "Nurse, Mercy Hospital", [("2019", "present")], "partly", False),  # a gold month is not met by a year
    ("Nurse", "Professional License", [("2019-01", "present")], "other", True),
])
def test_title_misses_are_told_apart_by_kind(gold_title, found, found_roles, kind, dated):
    from types import SimpleNamespace

    from bench import real_resumes

    gold = _gold_resume(gold_title, [(gold_title, "2019-01", "present"), ("Cashier", "2016-01", "2018-12")])
    roles = [SimpleNamespace(title=None, employer=None, start=s, end=e) for s, e in found_roles]
    profile = SimpleNamespace(roles=roles, title=found, degree=None, years_experience=None,
                              certification_details=[], certifications=[], skills={})
    row = real_resumes.compare(gold, profile, "")
    assert (row["title_miss"] or {}).get("kind") == kind
    assert (row["title_miss"] or {}).get("role_dated") == dated
    summary = real_resumes.summarise([row])
    assert sum(found for found, _ in summary["title_misses"].values()) == (kind is not None)
    assert summary["title"] == (kind is None)


def test_the_report_prints_the_title_misses_by_kind():
    from bench import real_resumes, report

    misses = {kind: [0, 0] for kind in real_resumes.TITLE_MISS_KINDS}
    part = {"resumes": 3, "title": 0.5, "title_misses": {**misses, "none_found": [2, 1], "other": [1, 0]}}
    rr = {"all": part, "dev": part, "dev_count": 3}
    rows = report.real_resume_rows(rr, None)
    row = next(r for r in rows if "current-title misses" in r[1])
    assert row[2].startswith("2 / 0 / 0 / 0 / 1 (first 2 / 0 / 0 / 0 / 1")
    assert row[4].endswith("1 / 0 / 0 / 0 / 0")


@pytest.mark.parametrize(("found_roles", "kind"), [
    ([("2016-03", "2018-05")], None),
    ([("2016-03", "present")], "end_wrong"),  # the end read wrong: "Mar 2016 - May 2018" as current
    ([("2015-01", "2018-05")], "start_wrong"),
    ([("2017-01", "2019-12")], "both_wrong"),  # overlapping, neither end right
    ([("2010-01", "2011-06")], "not_found"),  # no period in common: the gold role not found, a false role found
    ([], "not_found"),
])
def test_role_date_misses_are_told_apart_by_kind(found_roles, kind):
    from types import SimpleNamespace

    from bench import real_resumes

    gold = _gold_resume("Nurse", [("Nurse", "2016-03", "2018-05")])
    roles = [SimpleNamespace(title=None, employer=None, start=s, end=e) for s, e in found_roles]
    profile = SimpleNamespace(roles=roles, title="Nurse", degree=None, years_experience=None,
                              certification_details=[], certifications=[], skills={})
    misses = real_resumes.summarise([real_resumes.compare(gold, profile, "")])["date_misses"]
    assert list(misses) == list(real_resumes.DATE_MISS_KINDS)
    assert {k for k, n in misses.items() if n and k != "false_role"} == ({kind} if kind else set())
    assert misses["false_role"] == (1 if found_roles and kind == "not_found" else 0)


def test_a_role_found_twice_counts_once_as_right_and_once_as_a_false_role():
    from bench import real_resumes

    gold = [{"start": "2019", "end": "present"}]
    found = [{"start": "2019-02", "end": "present"}, {"start": "2019-02", "end": "present"}]
    assert real_resumes.date_misses([], found[1:]) == {**dict.fromkeys(real_resumes.DATE_MISS_KINDS, 0), "false_role": 1}
    assert real_resumes.month_span("2016", "2018") == (2016 * 12, 2018 * 12 + 11)
    assert real_resumes.month_span("2019-05", None) == (2019 * 12 + 4, 2019 * 12 + 4)
    assert real_resumes.date_misses(gold, []) == {**dict.fromkeys(real_resumes.DATE_MISS_KINDS, 0), "not_found": 1}


def test_the_report_prints_the_role_date_misses_by_kind():
    from bench import real_resumes, report

    misses = dict.fromkeys(real_resumes.DATE_MISS_KINDS, 0)
    part = {"resumes": 3, "dates": 0.5, "gold_dated_roles": 8, "date_misses": {**misses, "not_found": 4, "false_role": 2}}
    rr = {"all": part, "dev": part, "dev_count": 3}
    row = next(r for r in report.real_resume_rows(rr, None) if "role-date misses" in r[1])
    assert row[2].startswith("4 / 0 / 0 / 0 / 2 (first 4 / 0 / 0 / 0 / 2")
