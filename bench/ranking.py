"""Ranking quality against the graded judgements in ``fixtures/judgements.jsonl``.

Grades: 0 unrelated, 1 adjacent, 2 good, 3 strong fit. Two directions:

``resume_to_postings`` (A)
    For each fixture resume, the engine ranks all fixture postings.
``posting_to_resumes`` (B)
    For each fixture posting, the engine ranks all fixture resumes.

Per query: nDCG@5 (gains ``2**grade - 1``), reciprocal rank of the first item
graded 2 or more, and Kendall's tau-b between scores and grades; each is
averaged over the queries where it is defined (a query with no positive grade
says nothing about nDCG). Next to the engine, in the same run:

* ``tfidf_baseline``: plain scikit-learn ``TfidfVectorizer(stop_words="english")``
  fitted on the posting texts, cosine of the same normalised texts;
* ablations: ``skills_only`` and ``text_only`` (score weights), ``no_fuzzy``
  (``Engine(fuzzy=False)``), ``no_implied_related`` (no implied or related credit).

Stability: every fixture pair is scored twice in this process (two engines built
from scratch) and once in a fresh interpreter with another hash seed; the
scores must be identical.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from bench.common import (
    FIXTURES,
    REPO,
    fixture_paths,
    fixture_text,
    load_json,
    load_judgements,
    make_engine,
    rounded,
)
from bench.metrics import mean, query_metrics

BASELINE = "tfidf_baseline"
DIRECTIONS = ("resume_to_postings", "posting_to_resumes")


# ---------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------
def profile_fixtures(engine) -> tuple[list, list]:
    postings = [engine.profile(p, "posting") for p in fixture_paths("posting")]
    resumes = [engine.profile(r, "resume") for r in fixture_paths("resume")]
    return postings, resumes


def engine_scores(engine, postings: list, resumes: list) -> dict:
    """``{"resume_to_postings": {resume: {posting: score}}, "posting_to_resumes": {posting: {resume: score}}}``.

    IDF and the TF-IDF vocabulary are fitted on the fixture postings.
    """
    index = engine.index_posting_profiles(postings, fit=True)
    ranker = index.ranker  # both directions with the same statistics, so a pair scores the same both ways
    forward = {}
    for resume in resumes:
        forward[resume.id] = {r.posting_id: r.score for r in ranker.rank_postings(resume, index, top=None)}
    resume_index = ranker.index_resumes(resumes)
    backward = {}
    for posting in postings:
        backward[posting.id] = {r.resume_id: r.score for r in ranker.rank_resumes(posting, resume_index, top=None)}
    return {"resume_to_postings": forward, "posting_to_resumes": backward}


def baseline_scores() -> dict:
    """Plain TF-IDF cosine, engine-independent: same normalised texts, vectorizer fitted on postings."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    postings = {p.stem: fixture_text(p) for p in fixture_paths("posting")}
    resumes = {r.stem: fixture_text(r) for r in fixture_paths("resume")}
    vectorizer = TfidfVectorizer(stop_words="english")
    posting_ids = list(postings)
    resume_ids = list(resumes)
    x_postings = vectorizer.fit_transform([postings[i] for i in posting_ids])
    x_resumes = vectorizer.transform([resumes[i] for i in resume_ids])
    cosine = (x_resumes @ x_postings.T).toarray()
    forward = {r: {p: float(cosine[i, j]) for j, p in enumerate(posting_ids)} for i, r in enumerate(resume_ids)}
    backward = {p: {r: float(cosine[i, j]) for i, r in enumerate(resume_ids)} for j, p in enumerate(posting_ids)}
    return {"resume_to_postings": forward, "posting_to_resumes": backward}


def grades_by_direction(judgements: list[dict]) -> dict:
    forward: dict[str, dict[str, int]] = {}
    backward: dict[str, dict[str, int]] = {}
    for row in judgements:
        forward.setdefault(row["resume"], {})[row["posting"]] = int(row["grade"])
        backward.setdefault(row["posting"], {})[row["resume"]] = int(row["grade"])
    return {"resume_to_postings": forward, "posting_to_resumes": backward}


# ---------------------------------------------------------------------------
# Metrics
# ---------------------------------------------------------------------------
def evaluate(scores: dict, grades: dict, k: int = 5, per_query: bool = False) -> dict:
    out = {}
    for direction in DIRECTIONS:
        rows = {}
        for query, judged in sorted(grades[direction].items()):
            if query not in scores[direction]:
                continue
            rows[query] = query_metrics(scores[direction][query], judged, k)
        figures = {
            f"ndcg@{k}": mean(r["ndcg"] for r in rows.values()),
            "mrr": mean(r["mrr"] for r in rows.values()),
            "kendall_tau": mean(r["tau"] for r in rows.values()),
            "queries": len(rows),
            "queries_with_relevant": sum(1 for r in rows.values() if r["mrr"] is not None),
        }
        if per_query:
            figures["per_query"] = {q: {"ndcg": rounded(r["ndcg"]), "mrr": rounded(r["mrr"]), "tau": rounded(r["tau"]),
                                        "top": r["top"]} for q, r in rows.items()}
        out[direction] = figures
    return out


def expectations(scores: dict, manifest: dict | None = None) -> dict:
    """Share of the manifest's "better than" pairs the ranking gets right (resume -> postings)."""
    manifest = manifest if manifest is not None else load_json(FIXTURES / "manifest.json")
    right = total = 0
    for case in manifest.get("expected", []):
        row = scores["resume_to_postings"].get(case["resume"])
        if row is None:
            continue
        for better in case.get("better", []):
            for worse in case.get("worse", []):
                if better in row and worse in row:
                    total += 1
                    right += row[better] > row[worse]
    return {"satisfied": right, "pairs": total, "share": right / total if total else None}


def variants() -> dict[str, dict]:
    """Name -> how the engine differs (constructor kwargs and whether profiles are rebuilt)."""
    from matcher import ScoringConfig

    return {
        "engine": {"kwargs": {}, "reprofile": False},
        "skills_only": {"kwargs": {"config": ScoringConfig(weights={"skills": 1.0})}, "reprofile": False},
        "text_only": {"kwargs": {"config": ScoringConfig(weights={"text": 1.0})}, "reprofile": False},
        "no_fuzzy": {"kwargs": {"fuzzy": False}, "reprofile": True},
        "no_implied_related": {"kwargs": {"use_implied": False, "use_related": False}, "reprofile": False},
    }


# ---------------------------------------------------------------------------
# Stability
# ---------------------------------------------------------------------------
def flat_scores(scores: dict) -> dict[str, float]:
    return {f"{direction}|{query}|{item}": value
            for direction, table in scores.items() for query, row in table.items() for item, value in row.items()}


def engine_fingerprint() -> str:
    """A hash of the engine's code and the default taxonomy's files, to tell an engine edited
    during the run (a developer saving a file) from an unstable score."""
    import hashlib

    digest = hashlib.sha256()
    for pattern in ("matcher/*.py", "taxonomy/*.py", "taxonomy/data/*.jsonl"):
        for path in sorted(REPO.glob(pattern)):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def fixture_pair_scores() -> dict[str, float]:
    """Every fixture pair's score in both directions, from an engine built from scratch."""
    engine = make_engine()
    postings, resumes = profile_fixtures(engine)
    return flat_scores(engine_scores(engine, postings, resumes))


def subprocess_scores(hash_seed: str = "97") -> dict[str, float]:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    code = "import json; from bench.ranking import fixture_pair_scores; print(json.dumps(fixture_pair_scores()))"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=900, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare(a: dict[str, float], b: dict[str, float]) -> dict:
    keys = set(a) | set(b)
    differing = sorted(k for k in keys if a.get(k) != b.get(k))
    return {"identical": not differing, "pairs": len(keys), "differing": len(differing), "examples": differing[:5]}


def stability(first: dict[str, float], subprocess_check: bool = True, fingerprint: str | None = None) -> dict:
    """``first`` (scored when the taxonomy had ``fingerprint``) against a fresh engine here and in a
    fresh interpreter. If the engine's code or taxonomy changed in between, the result says so."""
    second = fixture_pair_scores()
    out = {"in_process": compare(first, second)}
    if subprocess_check:
        try:
            out["across_processes"] = compare(first, subprocess_scores())
        except (subprocess.SubprocessError, OSError, ValueError) as error:
            out["across_processes"] = {"identical": None, "error": f"{type(error).__name__}: {error}"[:500]}
    out["engine_changed_during_run"] = fingerprint is not None and fingerprint != engine_fingerprint()
    # The same pair scored from either side should agree (same IDF, same components).
    forward = {k.split("|", 1)[1]: v for k, v in first.items() if k.startswith("resume_to_postings|")}
    backward = {}
    for key, value in first.items():
        if key.startswith("posting_to_resumes|"):
            _, posting, resume = key.split("|")
            backward[f"{resume}|{posting}"] = value
    mismatched = sorted(k for k in forward if k in backward and forward[k] != backward[k])
    out["directions_agree"] = {"identical": not mismatched, "pairs": len(forward), "differing": len(mismatched),
                               "examples": [{"pair": k, "resume_to_postings": forward[k],
                                             "posting_to_resumes": backward[k]} for k in mismatched[:5]]}
    return out


# ---------------------------------------------------------------------------
# Section
# ---------------------------------------------------------------------------
def run(quick: bool = False, subprocess_check: bool = True, per_query: bool = False) -> dict:
    judgements = load_judgements()
    grades = grades_by_direction(judgements)
    out: dict = {"judged_pairs": len(judgements), "systems": {}}
    fingerprint = engine_fingerprint()
    base = make_engine()
    postings, resumes = profile_fixtures(base)
    engine_table = None
    for name, spec in variants().items():
        if name == "engine":
            engine = base
            p, r = postings, resumes
        else:
            engine = make_engine(**spec["kwargs"])
            p, r = profile_fixtures(engine) if spec["reprofile"] else (postings, resumes)
        table = engine_scores(engine, p, r)
        if name == "engine":
            engine_table = table
        out["systems"][name] = evaluate(table, grades, per_query=per_query and name == "engine")
        out["systems"][name]["expectations"] = expectations(table)
    baseline = baseline_scores()
    out["systems"][BASELINE] = evaluate(baseline, grades, per_query=per_query)
    out["systems"][BASELINE]["expectations"] = expectations(baseline)
    for figures in out["systems"].values():
        for direction in DIRECTIONS:
            mine = figures[direction]["ndcg@5"]
            theirs = out["systems"][BASELINE][direction]["ndcg@5"]
            figures[direction]["ndcg@5_vs_baseline"] = mine / theirs if mine is not None and theirs else None
    assert engine_table is not None
    out["stability"] = stability(flat_scores(engine_table), subprocess_check=subprocess_check,
                                 fingerprint=fingerprint)
    return out
