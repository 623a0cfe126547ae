"""Ranking quality on real, judged data: the engine against TF-IDF and BM25, per component,
with ablations, in both directions.

Tasks (the development sets are read in place from ``../shared/data/matching-dev``; each
task is skipped with a note when its data is absent):

``judged``
    Our hand-judged postjobfree pairs (``bench/judged``; grades 0-3, a written rubric): the
    first set's 420 (30 resumes against ~10 postings each, resume -> postings; 12 postings
    against ~10 resumes each) and the third set's 200 (20 more postings against 10 resumes
    each), so 30 queries resume -> postings and 32 posting -> resumes. Statistics are fitted
    on the whole postjobfree postings (or resumes) corpus, as ``matcher rank`` would. nDCG@10
    (gains ``2**grade - 1``), AUC (relevant = grade 2 or more) and Kendall tau-b, averaged over
    queries.
``judged_within``
    Our 300 hand-judged pairs where every posting shares the resume's occupation category, so
    the grade turns on core requirements: 30 resumes against 10 postings each.
``postjobfree``
    300 real resumes each ranking all 2,754 real postings, and 300 postings each ranking all
    2,569 resumes; relevant = a shared occupation category (noisy labels). AUC and nDCG@10.
``rjdb``
    Generated job descriptions with a matched resume and a near-copy lacking some required
    skills or years. *pairwise*: for each of 1,000 rows, is the matched resume above its
    near-copy (scored alone, as ``matcher score`` does: reference statistics only)?
    *retrieval*: 200 descriptions each ranking all 2,000 resumes (MRR, recall@10 of its own
    matched resume), and 200 matched resumes each ranking all 1,000 descriptions.
``fixtures``
    Our 22 postings x 16 resumes with graded judgements (``fixtures/judgements.jsonl``).

Systems, all computed in the same run on the same texts:

* ``engine``: the default score (learned weights of ``matcher/data/weights.json``);
* ``tfidf``: scikit-learn ``TfidfVectorizer(stop_words="english", sublinear_tf=True)`` fitted on
  the candidate corpus (on the three texts of a row for rjdb pairwise), cosine of the raw texts;
* ``bm25``: Okapi BM25 (k1 1.2, b 0.75) of the query document's distinct words against each
  candidate, IDF from the candidate corpus;
* ``only <component>``: the ranking by one component's value alone;
* ``without <component>``: the default score with that component's weight set to zero;
* ``no implied/related``: the default score without taxonomy implied and related credit.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from bench import devsets
from bench.common import AS_OF, fixture_paths, fixture_text, load_judgements

#: "Present" for the 2019-2020 job-board documents.
POSTJOBFREE_AS_OF = dt.date(2020, 6, 1)
SAMPLE = 300
RJDB_QUERIES = 200


@dataclass
class Query:
    """One query document and its candidates: labels, engine components and baseline scores."""

    task: str
    direction: str  # resume_to_postings | posting_to_resumes
    query: str
    candidates: list[str]
    labels: np.ndarray  # grades 0-3, or 0/1
    measures: dict  # what matcher.scoring.assemble takes, per candidate
    baselines: dict = field(default_factory=dict)  # name -> values
    variants: dict = field(default_factory=dict)  # name -> measures under an engine variant


# ---------------------------------------------------------------------------
# Baselines
# ---------------------------------------------------------------------------
def tfidf_scores(queries: list[str], candidates: list[str], fit_on: list[str]) -> np.ndarray:
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit(fit_on)
    return (vectorizer.transform(queries) @ vectorizer.transform(candidates).T).toarray()


def bm25_scores(queries: list[str], candidates: list[str], k1: float = 1.2, b: float = 0.75) -> np.ndarray:
    counter = CountVectorizer(stop_words="english").fit(candidates)
    docs = counter.transform(candidates).tocsr().astype(np.float64)
    df = np.bincount(docs.indices, minlength=docs.shape[1])
    idf = np.log(1 + (docs.shape[0] - df + 0.5) / (df + 0.5))
    lengths = np.asarray(docs.sum(axis=1)).ravel()
    coo = docs.tocoo()
    denominator = coo.data + k1 * (1 - b + b * lengths[coo.row] / max(lengths.mean(), 1e-9))
    weights = docs.copy()
    weights.data = (idf[coo.col] * coo.data * (k1 + 1) / denominator)
    query = counter.transform(queries)
    query.data = np.ones_like(query.data, dtype=np.float64)
    return (query @ weights.T).toarray()


# ---------------------------------------------------------------------------
# Features
# ---------------------------------------------------------------------------
def _components(ranker, direction: str, query_profile, index) -> tuple[dict, dict]:
    if direction == "resume_to_postings":
        return ranker.posting_components(query_profile, index)
    return ranker.resume_components(query_profile, index)


def rank_queries(engines: dict, task: str, direction: str, query_profiles: dict, candidate_profiles: dict,
                 query_texts: dict, candidate_texts: dict, labels: Callable[[str, str], float],
                 groups: dict[str, list[str]] | None = None, fit_candidates: bool = True) -> list[Query]:
    """Queries of one task and direction. ``groups`` limits each query to some candidates
    (default: all); statistics are fitted on all candidates, as ``matcher rank`` does."""
    candidate_ids = list(candidate_profiles)
    built = {}
    for name, engine in engines.items():
        ranker = engine.fitted_ranker(list(candidate_profiles.values())) if fit_candidates else engine.ranker
        index = (ranker.index_postings if direction == "resume_to_postings" else ranker.index_resumes)(
            [candidate_profiles[c] for c in candidate_ids])
        built[name] = (ranker, index)
    texts = [candidate_texts[c] for c in candidate_ids]
    query_ids = list(groups) if groups else list(query_profiles)
    tfidf = tfidf_scores([query_texts[q] for q in query_ids], texts, texts)
    bm25 = bm25_scores([query_texts[q] for q in query_ids], texts)
    position = {c: i for i, c in enumerate(candidate_ids)}
    out = []
    for row, query_id in enumerate(query_ids):
        keep = np.array([position[c] for c in groups[query_id]]) if groups else np.arange(len(candidate_ids))
        variants = {}
        for name, (ranker, index) in built.items():
            _, measures = _components(ranker, direction, query_profiles[query_id], index)
            variants[name] = {k: v[keep] for k, v in measures.items()}
        measures = variants.pop("default")
        cands = [candidate_ids[i] for i in keep]
        out.append(Query(task, direction, query_id, cands, np.array([labels(query_id, c) for c in cands]),
                         measures, {"tfidf": tfidf[row, keep], "bm25": bm25[row, keep]}, variants))
    return out


def make_engines(as_of: dt.date) -> dict:
    from matcher import Engine

    default = Engine(as_of=as_of)
    plain = Engine(as_of=as_of, use_implied=False, use_related=False)
    return {"default": default, "no_implied_related": plain}


def judged_queries(engines: dict, name: str = "judged") -> list[Query]:
    data = devsets.judged(name)
    source = devsets.postjobfree()
    if data is None or source is None:
        return []
    engine = engines["default"]
    postings = devsets.profiles(engine, source.postings, "posting", "postjobfree")
    resumes = devsets.profiles(engine, source.resumes, "resume", "postjobfree")
    grades = {(r["resume_id"], r["posting_id"]): r["grade"] for r in data.rows}
    by_resume: dict[str, list[str]] = {}
    by_posting: dict[str, list[str]] = {}
    for r in data.rows:
        if r["query"] == "resume":
            by_resume.setdefault(r["resume_id"], []).append(r["posting_id"])
        else:
            by_posting.setdefault(r["posting_id"], []).append(r["resume_id"])
    texts_p = {k: v["text"] for k, v in source.postings.items()}
    texts_r = {k: v["text"] for k, v in source.resumes.items()}
    out = []
    if by_resume:
        out += rank_queries(engines, name, "resume_to_postings", resumes, postings, texts_r, texts_p,
                            lambda q, c: grades[(q, c)], groups=by_resume)
    if by_posting:
        out += rank_queries(engines, name, "posting_to_resumes", postings, resumes, texts_p, texts_r,
                            lambda q, c: grades[(c, q)], groups=by_posting)
    return out


def postjobfree_queries(engines: dict, sample: int = SAMPLE) -> list[Query]:
    source = devsets.postjobfree()
    if source is None:
        return []
    engine = engines["default"]
    postings = devsets.profiles(engine, source.postings, "posting", "postjobfree")
    resumes = devsets.profiles(engine, source.resumes, "resume", "postjobfree")
    cats_p = {k: set(v["categories"]) for k, v in source.postings.items()}
    cats_r = {k: set(v["categories"]) for k, v in source.resumes.items()}
    texts_p = {k: v["text"] for k, v in source.postings.items()}
    texts_r = {k: v["text"] for k, v in source.resumes.items()}
    resume_sample = devsets.sample_ids(list(resumes), sample, 11)
    posting_sample = devsets.sample_ids(list(postings), sample, 12)
    out = rank_queries(engines, "postjobfree", "resume_to_postings", {q: resumes[q] for q in resume_sample},
                       postings, texts_r, texts_p, lambda q, c: float(bool(cats_r[q] & cats_p[c])))
    out += rank_queries(engines, "postjobfree", "posting_to_resumes", {q: postings[q] for q in posting_sample},
                        resumes, texts_p, texts_r, lambda q, c: float(bool(cats_p[q] & cats_r[c])))
    return out


def rjdb_queries(engines: dict, n_queries: int = RJDB_QUERIES) -> tuple[list[Query], list[Query]]:
    """(pairwise, retrieval) queries of the rjdb set."""
    data = devsets.rjdb()
    if data is None:
        return [], []
    engine = engines["default"]
    postings = devsets.profiles(engine, data.postings, "posting", "rjdb")
    resumes = devsets.profiles(engine, data.resumes, "resume", "rjdb")
    texts_p = {k: v["text"] for k, v in data.postings.items()}
    texts_r = {k: v["text"] for k, v in data.resumes.items()}
    pairwise = []
    for row in data.rows:
        pair = {row["matched"]: resumes[row["matched"]], row["unmatched"]: resumes[row["unmatched"]]}
        rows = rank_queries(engines, "rjdb_pairwise", "posting_to_resumes", {row["posting"]: postings[row["posting"]]},
                            pair, texts_p, texts_r, lambda q, c: float(c.endswith("-matched")), fit_candidates=False)
        pair_texts = [texts_p[row["posting"]], texts_r[row["matched"]], texts_r[row["unmatched"]]]
        tfidf = tfidf_scores(pair_texts[:1], pair_texts[1:], pair_texts)[0]
        rows[0].baselines["tfidf"] = tfidf
        pairwise += rows
    picks = devsets.sample_ids(list(range(len(data.rows))), n_queries, 7)
    descriptions = {data.rows[i]["posting"]: postings[data.rows[i]["posting"]] for i in picks}
    matched = {data.rows[i]["matched"]: resumes[data.rows[i]["matched"]] for i in picks}
    retrieval = rank_queries(engines, "rjdb_retrieval", "posting_to_resumes", descriptions, resumes, texts_p, texts_r,
                             lambda q, c: float(c == f"{q}-matched"))
    retrieval += rank_queries(engines, "rjdb_retrieval", "resume_to_postings", matched, postings, texts_r, texts_p,
                              lambda q, c: float(q == f"{c}-matched"))
    return pairwise, retrieval


def fixture_queries(engines: dict) -> list[Query]:
    judgements = load_judgements()
    grades = {(r["resume"], r["posting"]): int(r["grade"]) for r in judgements}
    engine = engines["default"]
    postings = {p.stem: engine.profile(p, "posting") for p in fixture_paths("posting")}
    resumes = {r.stem: engine.profile(r, "resume") for r in fixture_paths("resume")}
    texts_p = {p.stem: fixture_text(p) for p in fixture_paths("posting")}
    texts_r = {r.stem: fixture_text(r) for r in fixture_paths("resume")}
    out = rank_queries(engines, "fixtures", "resume_to_postings", resumes, postings, texts_r, texts_p,
                       lambda q, c: grades.get((q, c), 0))
    out += rank_queries(engines, "fixtures", "posting_to_resumes", postings, resumes, texts_p, texts_r,
                        lambda q, c: grades.get((c, q), 0))
    return out


# ---------------------------------------------------------------------------
# Systems and metrics
# ---------------------------------------------------------------------------
def system_scores(query: Query, system: str, config) -> np.ndarray:
    """The scores one system gives the candidates of ``query``."""
    from matcher.scoring import COMPONENTS, ScoringConfig, assemble, combine

    if system in query.baselines:
        return query.baselines[system]
    components = assemble(query.measures, config)
    if system == "engine":
        return combine(components, config)
    if system.startswith("only "):
        values, applicable = components[system[5:]]
        return np.where(applicable, values, 0.0)
    if system.startswith("without "):
        weights = {k: (0.0 if k == system[8:] else w) for k, w in config.weights.items()}
        if not any(weights.values()):
            return np.zeros(len(query.candidates))
        return combine(components, ScoringConfig.from_dict({**config.to_dict(), "weights": weights},
                                                           source=config.source))
    if system in query.variants:
        return combine(assemble(query.variants[system], config), config)
    raise KeyError(f"unknown system {system!r}; known: engine, tfidf, bm25, only/without {COMPONENTS}")


def auc(scores: np.ndarray, relevant: np.ndarray) -> float | None:
    """ROC AUC with ties counted half; ``None`` without both classes."""
    from scipy.stats import rankdata

    positives = relevant.sum()
    negatives = len(relevant) - positives
    if positives == 0 or negatives == 0:
        return None
    ranks = rankdata(scores)
    return float((ranks[relevant].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def ndcg(scores: np.ndarray, grades: np.ndarray, k: int = 10) -> float | None:
    """nDCG@k with gains ``2**grade - 1``; ties in score broken against the system (worst case
    among tied items would be unfair either way, so by candidate order, as the engine does)."""
    gains = 2.0 ** grades - 1
    ideal = np.sort(gains)[::-1][:k]
    discount = 1 / np.log2(np.arange(2, k + 2))
    best = float((ideal * discount[:len(ideal)]).sum())
    if best <= 0:
        return None
    order = np.lexsort((np.arange(len(scores)), -scores))[:k]
    return float((gains[order] * discount[:len(order)]).sum()) / best


def reciprocal_rank(scores: np.ndarray, relevant: np.ndarray) -> float | None:
    if not relevant.any():
        return None
    best = scores[relevant].max()
    # Ties with the relevant item count against it: a system cannot win by giving everything one score.
    return 1.0 / (1 + int((scores[~relevant] >= best).sum()))


def kendall(scores: np.ndarray, grades: np.ndarray) -> float | None:
    from scipy.stats import kendalltau

    if len(set(scores.tolist())) < 2 or len(set(grades.tolist())) < 2:
        return None
    tau = kendalltau(scores, grades).statistic
    return None if math.isnan(tau) else float(tau)


def _mean(values) -> float | None:
    kept = [v for v in values if v is not None]
    return float(np.mean(kept)) if kept else None


def evaluate(queries: list[Query], system: str, config) -> dict:
    """The task's figures for one system over its queries."""
    if not queries:
        return {}
    task = queries[0].task
    scored = [(q, system_scores(q, system, config)) for q in queries]
    if task == "rjdb_pairwise":
        wins = [float(s[q.labels == 1][0] > s[q.labels == 0][0]) for q, s in scored]
        return {"accuracy": float(np.mean(wins)), "queries": len(scored)}
    if task == "rjdb_retrieval":
        rr = [reciprocal_rank(s, q.labels == 1) for q, s in scored]
        hits = [float(r is not None and r >= 0.1) for r in rr]
        return {"mrr": _mean(rr), "recall@10": float(np.mean(hits)), "queries": len(scored)}
    graded = task in ("judged", "judged_within", "fixtures")
    relevant_at = 2 if graded else 1
    figures = {
        "auc": _mean(auc(s, q.labels >= relevant_at) for q, s in scored),
        "ndcg@10": _mean(ndcg(s, q.labels) for q, s in scored),
        "queries": len(scored),
    }
    if graded:
        figures["kendall_tau"] = _mean(kendall(s, q.labels) for q, s in scored)
    return figures


#: The figure each task is judged by first (for the summary and "beats" checks).
PRIMARY = {"judged": "ndcg@10", "judged_within": "ndcg@10", "postjobfree": "auc", "rjdb_pairwise": "accuracy", "rjdb_retrieval": "mrr",
           "fixtures": "ndcg@10"}


def systems_for(config) -> list[str]:
    from matcher.scoring import COMPONENTS

    active = [c for c in COMPONENTS if config.weights.get(c, 0) > 0]
    return (["engine", "tfidf", "bm25"] + [f"only {c}" for c in COMPONENTS]
            + [f"without {c}" for c in active] + ["no_implied_related"])


def collect(quick: bool = False) -> dict[str, list[Query]]:
    """Every task's queries (profiles cached under ``bench/results/cache``)."""
    engines_pjf = make_engines(POSTJOBFREE_AS_OF)
    engines = make_engines(AS_OF)
    out: dict[str, list[Query]] = {}
    out["judged"] = judged_queries(engines_pjf)
    out["judged_within"] = judged_queries(engines_pjf, "judged_within")
    out["postjobfree"] = postjobfree_queries(engines_pjf, sample=60 if quick else SAMPLE)
    pairwise, retrieval = rjdb_queries(engines, n_queries=40 if quick else RJDB_QUERIES)
    out["rjdb_pairwise"] = pairwise[:200] if quick else pairwise
    out["rjdb_retrieval"] = retrieval
    out["fixtures"] = fixture_queries(engines)
    return {k: v for k, v in out.items() if v}


def run(quick: bool = False, config=None, queries: dict[str, list[Query]] | None = None) -> dict:
    """Figures per task, direction and system."""
    from matcher.scoring import ScoringConfig

    config = config or ScoringConfig()
    queries = queries if queries is not None else collect(quick)
    if not queries:
        return {"skipped": "../shared/data/matching-dev is absent"}
    results: dict = {"config_source": config.source, "weights": config.weights, "tasks": {}}
    for task, items in queries.items():
        by_direction: dict[str, list[Query]] = {}
        for q in items:
            by_direction.setdefault(q.direction, []).append(q)
        results["tasks"][task] = {
            direction: {system: evaluate(qs, system, config) for system in systems_for(config)}
            for direction, qs in by_direction.items()}
    results["checks"] = checks(results)
    return results


def checks(results: dict) -> dict:
    """The issue's bar: on every task and direction the engine beats TF-IDF and BM25, and no
    component alone beats it."""
    out = {}
    for task, directions in results["tasks"].items():
        metric = PRIMARY[task]
        for direction, systems in directions.items():
            engine = systems["engine"].get(metric)
            rivals = {name: figs.get(metric) for name, figs in systems.items()
                      if name in ("tfidf", "bm25") or name.startswith("only ")}
            beaten = {name: (engine is not None and value is not None and engine > value) for name, value in rivals.items()
                      if value is not None}
            out[f"{task} {direction}"] = {"metric": metric, "engine": engine,
                                          "best_rival": max(((v, n) for n, v in rivals.items() if v is not None),
                                                            default=(None, None))[::-1],
                                          "beats_all": all(beaten.values())}
    return out
