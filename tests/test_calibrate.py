"""Learned weights: ``matcher calibrate``, weights files, and what weights do to scores."""

from __future__ import annotations

import json

import numpy as np
import pytest

from matcher.calibrate import (
    PARTS,
    Calibrator,
    PairMeasures,
    PairsFileError,
    Settings,
    choose_settings,
    comparisons,
    fit_weights,
    part_values,
    read_pairs,
    score_map,
    select_parts,
)
from matcher.scoring import COMPONENTS, MEASURES, ScoringConfig, WeightsFileError, combine
from tests.conftest import FIXTURES, POSTINGS, RESUMES, fixture_text
from tests.test_cli import run

EXAMPLE = FIXTURES / "calibration" / "pairs.csv"


# ---- pairs files ---------------------------------------------------------------------------
def test_the_example_pairs_file_reads_paths_relative_to_itself():
    pairs = read_pairs(EXAMPLE)
    assert len(pairs) == len((FIXTURES / "judgements.jsonl").read_text().strip().splitlines())
    assert all(p.resume.endswith(".txt") and p.posting.endswith(".txt") for p in pairs)
    assert {p.resume_id for p in pairs} == {path.stem for path in RESUMES.glob("*.txt")}
    assert {p.label for p in pairs} == {0.0, 1.0, 2.0, 3.0}


def test_texts_work_as_well_as_paths(tmp_path):
    rows = [{"resume": fixture_text("resume", "frontend-react"), "posting": fixture_text("posting", "tax-accountant"),
             "label": 0, "set": "mine"},
            {"resume": fixture_text("resume", "tax-accountant-cpa"), "posting": fixture_text("posting", "tax-accountant"),
             "label": 1, "set": "mine"}]
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    pairs = read_pairs(path)
    assert [p.label for p in pairs] == [0.0, 1.0]
    assert pairs[0].posting_id == pairs[1].posting_id  # the same text is the same document
    assert pairs[0].resume_id != pairs[1].resume_id and pairs[0].set == "mine"


@pytest.mark.parametrize(("name", "content", "message"), [
    ("pairs.jsonl", '{"resume": "a", "posting": "b", "label": 1}\nnot json\n', "line 2: not JSON"),
    ("pairs.jsonl", '{"resume": "a", "posting": "b"}\n{"resume": "a", "posting": "c", "label": 1}\n',
     "line 1: missing label"),
    ("pairs.csv", "resume,posting,label\na,b,yes\na,c,0\n", "is not a number"),
    ("pairs.csv", "resume,posting,label\na,,1\na,c,0\n", "missing posting"),
    ("pairs.csv", "resume,posting,label\na,b,1\na,c,1\n", "the same label"),
    ("pairs.csv", "resume,posting,label\na,b,1\n", "at least two"),
    ("pairs.txt", "resume,posting,label\na,b,1\na,c,0\n", ".csv or .jsonl"),
])
def test_bad_pairs_files_say_what_is_wrong(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PairsFileError, match=message):
        read_pairs(path)
    proc = run("calibrate", "--pairs", path, check=False)
    assert proc.returncode == 2
    assert message in proc.stderr and "Traceback" not in proc.stderr


def test_a_missing_pairs_file_or_calibration_set_is_exit_2(tmp_path):
    proc = run("calibrate", "--pairs", tmp_path / "nope.csv", check=False)
    assert proc.returncode == 2 and "no such pairs file" in proc.stderr
    proc = run("calibrate", "--pairs", EXAMPLE, "--calibration-set", "judged", check=False)
    assert proc.returncode == 2 and "no rows of that set" in proc.stderr
    proc = run("calibrate", "--pairs", EXAMPLE, "--skills-beta", "0", check=False)
    assert proc.returncode == 2 and "--skills-beta" in proc.stderr and "Traceback" not in proc.stderr


# ---- the fit -------------------------------------------------------------------------------
def synthetic(seed: int = 3) -> PairMeasures:
    """Six postings with twelve resumes each, labelled by skill coverage alone; every other
    measure is noise. The learner must find that."""
    rng = np.random.default_rng(seed)
    n = 72
    measures = {name: (np.ones(n, dtype=bool) if name.endswith("_applicable") else rng.random(n)) for name in MEASURES}
    labels = (measures["coverage"] > 0.5).astype(float) + (measures["coverage"] > 0.8)
    return PairMeasures(measures, labels, [f"r{i}" for i in range(n)], [f"p{i // 12}" for i in range(n)], [""] * n)


def test_the_fit_puts_the_weight_where_the_labels_are():
    result = Calibrator(folds=3, skills_betas=(0.5, 1.0, 4.0)).fit(synthetic())
    weights = result.config.weights
    assert max(weights, key=weights.get) == "skills"
    assert result.config.skills_beta == 4.0  # coverage, not relevance, carried the labels
    cv = result.figures["cv"]
    assert cv["learned"] > 0.9 and cv["learned"] > cv["single"]["cosine"] + 0.2
    assert cv["single"]["skills"] > 0.9


def test_the_fit_finds_labels_that_need_both_coverage_and_relevance():
    data = synthetic()
    m = data.measures
    data.labels = ((m["coverage"] > 0.4) & (m["relevance"] > 0.4)).astype(float)
    result = Calibrator(folds=3, skills_betas=(0.5, 1.0, 4.0)).fit(data)
    assert result.config.skills_beta <= 1.0


def test_parts_that_do_not_earn_their_place_are_left_out():
    data = synthetic()
    everything = Calibrator(folds=3).fit(data)
    selected = Calibrator(folds=3, select=True).fit(data)
    left_out = selected.figures["left_out"]
    assert left_out and everything.figures["left_out"] == {}
    weighted = {name for name, w in selected.config.weights.items() if w > 0}
    assert "skills" in weighted and len(weighted) < len([w for w in everything.config.weights.values() if w > 0])
    assert all(selected.config.weights.get(part, 0.0) == 0.0 for part in left_out if part in COMPONENTS)
    assert selected.figures["cv"]["learned"] >= everything.figures["cv"]["learned"] - 0.005


def test_backward_elimination_drops_the_part_whose_absence_helps_most():
    gain = {"skills": 0.05, "occupation": 0.02, "title": -0.01, "seniority": -0.002}
    figure = lambda allowed: 0.8 + sum(g for part, g in gain.items() if allowed[PARTS.index(part)])  # noqa: E731
    weights = np.array([0.3 if part in gain else 0.0 for part in PARTS])
    allowed, left_out = select_parts(figure, weights)
    assert [PARTS[k] for k in np.flatnonzero(allowed)] == ["skills", "occupation"]
    assert list(left_out) == ["title", "seniority"] and left_out["seniority"] == pytest.approx(0.87)


def test_a_part_not_allowed_gets_no_weight():
    data = synthetic()
    values, applicable = part_values(data.measures, Settings(0.4, 0.3, 1.0))
    allowed = np.array([part != "skills" for part in PARTS])
    weights = fit_weights(values, applicable, comparisons(data), (data.labels >= 1).astype(int), allowed=allowed)
    assert weights[PARTS.index("skills")] == 0.0 and weights.sum() == pytest.approx(1.0)


def test_near_equal_settings_resolve_to_the_least_saturating():
    grid = [(0.8600, Settings(0.4, 0.3, 1.0)), (0.8597, Settings(0.8, 0.5, 1.0)), (0.8550, Settings(1.6, 0.5, 1.0)),
            (0.8599, Settings(0.8, 0.5, 4.0))]
    assert choose_settings(grid, 0.001) == Settings(0.8, 0.5, 1.0)
    assert choose_settings(grid, 0.0) == Settings(0.4, 0.3, 1.0)


def test_comparisons_stay_within_a_query_and_weigh_sets_equally():
    data = synthetic()
    data.sets = ["a"] * 60 + ["b"] * 12
    pairs = comparisons(data)
    assert len(pairs.better)
    assert all(data.posting_ids[i] == data.posting_ids[j] or data.resume_ids[i] == data.resume_ids[j]
               for i, j in zip(pairs.better, pairs.worse, strict=True))
    assert all(data.labels[i] > data.labels[j] for i, j in zip(pairs.better, pairs.worse, strict=True))
    sets = np.array(data.sets)[pairs.better]
    assert pairs.weight[sets == "a"].sum() == pytest.approx(pairs.weight[sets == "b"].sum())


def test_the_score_map_is_strictly_increasing_and_follows_the_rate():
    rng = np.random.default_rng(0)
    raw = rng.random(400)
    relevant = rng.random(400) < raw  # the chance of relevance is the raw fit itself
    knots = np.array(score_map(raw, relevant))
    assert knots[0, 0] == 0 and knots[-1, 0] == 1 and np.all(np.diff(knots[:, 1]) > 0)
    assert np.interp(0.1, knots[:, 0], knots[:, 1]) < 30 < 70 < np.interp(0.9, knots[:, 0], knots[:, 1])
    with pytest.raises(ValueError, match="cannot be calibrated"):
        score_map(raw, ~relevant)


# ---- weights files -------------------------------------------------------------------------
def test_weights_file_round_trips(tmp_path):
    config = ScoringConfig(weights={"skills": 0.7, "text": 0.3}, text_scale=0.2, occupation_scale=0.25,
                           skills_beta=2.0, text_coverage_share=0.1,
                           calibration=[(0.0, 5.0), (0.5, 40.0), (1.0, 90.0)], source="test")
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(config.to_dict()), encoding="utf-8")
    again = ScoringConfig.from_file(path)
    assert again.to_dict() == config.to_dict()


@pytest.mark.parametrize(("content", "message"), [
    ("not json", "not a JSON weights file"),
    ('{"weights": {"charisma": 1}}', "unknown score components"),
    ('{"weights": {"skills": -1}}', ">= 0"),
    ('{"weights": {"skills": 1}, "calibration": [[0, 50], [1, 40]]}', "strictly increasing"),
    ('{"weights": [1, 2]}', "'weights' object"),
])
def test_bad_weights_files_are_refused(tmp_path, content, message):
    path = tmp_path / "weights.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(WeightsFileError, match=message):
        ScoringConfig.from_file(path)
    proc = run("--weights", path, "score", "--resume", RESUMES / "frontend-react.txt",
               "--posting", POSTINGS / "frontend-engineer-react.txt", check=False)
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr


def test_weights_change_scores_as_expected(engine):
    """All weight on skills: the score is the calibrated skills value, so more of the posting's
    skills means a higher score; all weight on text: the skills do not matter at all."""
    posting = engine.profile(POSTINGS / "backend-engineer-python.txt", "posting")
    fuller = engine.profile(RESUMES / "backend-python-django.txt", "resume")
    thinner = engine.profile("Summary\nBackend developer.\nSkills\nPython\n", "resume", doc_id="thin")
    ranker = engine.ranker
    index = ranker.index_resumes([fuller, thinner])
    components, _ = ranker.resume_components(posting, index)
    only_skills = ScoringConfig(weights={"skills": 1.0}, calibration=None)
    scores = combine(components, only_skills)
    assert scores[0] == pytest.approx(100 * components["skills"][0][0], abs=0.01)
    assert scores[0] > scores[1]
    only_text = ScoringConfig(weights={"text": 1.0}, calibration=None)
    assert list(combine(components, only_text)) == pytest.approx(100 * components["text"][0], abs=0.01)


def test_cli_calibrates_the_example_and_uses_the_weights(tmp_path):
    out = tmp_path / "weights.json"
    proc = run("calibrate", "--pairs", EXAMPLE, "-o", out, "--format", "json", "--skills-beta", "0.5",
               "--skills-beta", "2", "--select")
    document = json.loads(proc.stdout)
    assert all(document["weights"].get(part, 0.0) == 0.0 for part in document["learned"]["left_out"])
    assert {g["skills_beta"] for g in document["learned"]["grid"]} == {0.5, 2.0}
    assert document["skills_beta"] in (0.5, 2.0)
    assert json.loads(out.read_text()) == document
    assert set(document["weights"]) == set(COMPONENTS) and abs(sum(document["weights"].values()) - 1) < 1e-6
    learned = document["learned"]
    assert learned["pairs"] == len(read_pairs(EXAMPLE)) and learned["comparisons"] > 0
    assert learned["cv"]["learned"] > 0.8
    assert {part for part in learned["cv"]["single"]} == set(PARTS)
    assert sum(band["pairs"] for band in learned["bands"]) == learned["pairs"]
    config = ScoringConfig.from_file(out)
    default = run("score", "--resume", RESUMES / "frontend-react.txt", "--posting", POSTINGS / "data-analyst-bi.txt",
                  "--format", "json")
    mine = run("--weights", out, "score", "--resume", RESUMES / "frontend-react.txt",
               "--posting", POSTINGS / "data-analyst-bi.txt", "--format", "json")
    breakdown = json.loads(mine.stdout)["results"][0]["breakdown"]
    assert {k: v["weight"] for k, v in breakdown.items()} == {k: round(w, 4) for k, w in config.weights.items()}
    assert json.loads(mine.stdout)["results"][0]["score"] != json.loads(default.stdout)["results"][0]["score"]
    env = run("score", "--resume", RESUMES / "frontend-react.txt", "--posting", POSTINGS / "data-analyst-bi.txt",
              "--format", "json", env={"MATCHER_WEIGHTS": str(out)})
    assert json.loads(env.stdout) == json.loads(mine.stdout)


def test_the_shipped_weights_say_how_they_were_learned():
    config = ScoringConfig()
    shipped = json.loads((FIXTURES.parent / "matcher" / "data" / "weights.json").read_text())
    assert config.to_dict()["weights"] == shipped["weights"]
    learned = shipped["learned"]
    assert " calibrate --pairs " in learned["command"] and learned["pairs"] > 1000
    assert learned["cv"]["learned"] > max(learned["cv"]["single"].values())


def test_calibrate_reads_each_map_by_value():
    """calibrate and lowest_raw_for keep a map's knots between calls (by value): an even map
    and an uneven one give np.interp's scores, and a config whose map changes is read anew."""
    from matcher.scoring import calibrate, lowest_raw_for

    raw = np.linspace(0.0, 1.0, 201)
    for knots in ([(0.0, 5.0), (0.5, 40.0), (1.0, 90.0)], [(0.0, 1.0), (0.2, 30.0), (1.0, 99.0)]):
        config = ScoringConfig(calibration=knots)
        table = np.asarray(knots)
        assert np.allclose(calibrate(raw, config), np.interp(raw, table[:, 0], table[:, 1]), rtol=0, atol=1e-9)
        assert calibrate(raw, config).tobytes() == calibrate(raw, ScoringConfig(calibration=knots)).tobytes()
        assert lowest_raw_for(50.0, config) < np.interp(50.0, table[:, 1], table[:, 0])
    config = ScoringConfig(calibration=[(0.0, 5.0), (0.5, 40.0), (1.0, 90.0)])
    before = calibrate(raw, config)
    config.calibration = [(0.0, 10.0), (0.5, 20.0), (1.0, 30.0)]
    assert not np.array_equal(calibrate(raw, config), before)
    assert calibrate(np.array([0.5]), config)[0] == 20.0
