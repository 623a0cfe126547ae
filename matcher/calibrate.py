"""Learning the score from judged pairs: ``matcher calibrate --pairs FILE``.

A pairs file (CSV or JSONL) has one labelled resume/posting pair per row:

``resume``, ``posting``
    Each either a path to a document (absolute, or relative to the pairs file) or the
    document's text.
``label`` or ``grade``
    A number: 0/1 (rejected / shortlisted, hired...) or a grade (0-3, 1-5...); higher is better.
``resume_id``, ``posting_id`` (optional)
    Names of the documents (default: the path, or a hash of the text); rows that share one
    are ranked against each other.
``set`` (optional)
    Which collection the row comes from; every set weighs the same in the fit, and
    ``--calibration-set`` picks the sets whose labels calibrate the 0-100 scale.

The fit, scikit-learn style (:class:`Calibrator`):

1. Every pair is profiled and measured once with statistics fitted on the file's postings
   (the reference model plus them), as ``matcher rank`` would.
2. *Which of two candidates is better* is what a ranking has to get right, so the weights are
   learned from comparisons within a query: two postings judged for the same resume, or two
   resumes for the same posting, with different labels. A logistic regression without
   intercept on the difference of their component values (both orders) gives one weight per
   component part; negative weights are dropped and the rest refitted, so a component can
   only add to a score. A component that does not apply to a pair takes the weighted mean of
   the others, exactly as the score renormalises, and the fit is repeated until that settles.
   Without any such comparison the rows are fitted one by one (a logistic regression with
   intercept on the values themselves).
3. The soft scales of ``text`` and ``occupation`` and the ``skills`` beta (how coverage and
   relevance combine) are picked from a small grid by cross-validation over query groups
   (``GroupKFold``); of settings within noise of the best, the least saturating. The figures
   printed are the cross-validated share of comparisons ordered right, for the learned score, for each
   component alone and for the settings in use before.
   With ``select`` (``matcher calibrate --select``), a part whose absence does not lower that
   figure is then left out (backward elimination, :func:`select_parts`).
4. A logistic regression of "relevant" (label at or above ``relevant_at``) on the raw fit
   (Platt scaling) maps it to the 0-100 score, so a score is the measured rate of relevant
   pairs at that fit; the map is strictly increasing (never a tie the raw fit did not have).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import NamedTuple

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from matcher.scoring import (
    BANDS,
    COMPONENTS,
    MEASURES,
    SCORING_VERSION,
    ScoringConfig,
    assemble,
    raw_fit,
    skills_component,
    soft_scale,
)

#: What the weights are learned on: each score component, with ``text`` in its two parts.
PARTS = ("skills", "cosine", "text_coverage", "occupation", "title", "role_years", "seniority",
         "experience", "education")
MAX_PAIRS_PER_FILE = 200_000


class Settings(NamedTuple):
    """The shapes picked by cross-validation from a grid (the weights are fitted for each)."""

    text_scale: float
    occupation_scale: float
    skills_beta: float


class PairsFileError(ValueError):
    """A pairs file that cannot be used; the message says what to fix."""


@dataclass
class LabelledPair:
    resume: str  # a path or a text
    posting: str
    label: float
    resume_id: str
    posting_id: str
    set: str = ""


def read_pairs(path: str | Path) -> list[LabelledPair]:
    """The rows of a CSV or JSONL pairs file (see the module docstring)."""
    path = Path(path)
    if not path.is_file():
        raise PairsFileError(f"{path}: no such pairs file")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise PairsFileError(f"{path}: cannot read it as UTF-8 text ({error})") from error
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        rows = []
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise PairsFileError(f"{path}, line {number}: not JSON ({error.msg})") from error
            if not isinstance(row, dict):
                raise PairsFileError(f"{path}, line {number}: each line must be a JSON object")
            rows.append((number, row))
    elif path.suffix.lower() in (".csv", ".tsv"):
        dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
        try:
            rows = [(number, row) for number, row in enumerate(csv.DictReader(text.splitlines(), dialect=dialect), 2)]
        except csv.Error as error:
            raise PairsFileError(f"{path}: not a readable CSV ({error})") from error
    else:
        raise PairsFileError(f"{path}: a pairs file is .csv or .jsonl")
    pairs = [_pair(path, number, row) for number, row in rows]
    if len(pairs) < 2:
        raise PairsFileError(f"{path}: needs at least two labelled pairs, found {len(pairs)}")
    if len(pairs) > MAX_PAIRS_PER_FILE:
        raise PairsFileError(f"{path}: at most {MAX_PAIRS_PER_FILE:,} pairs, found {len(pairs):,}")
    if len({p.label for p in pairs}) < 2:
        raise PairsFileError(f"{path}: every pair has the same label; there is nothing to learn from")
    return pairs


def _pair(path: Path, number: int, row: dict) -> LabelledPair:
    where = f"{path}, {'line' if path.suffix.lower() != '.csv' else 'row'} {number}"
    missing = [key for key in ("resume", "posting") if not str(row.get(key) or "").strip()]
    if missing:
        raise PairsFileError(f"{where}: missing {' and '.join(missing)} (a path or the text)")
    raw = row.get("label", row.get("grade"))
    if raw is None or str(raw).strip() == "":
        raise PairsFileError(f"{where}: missing label (or grade)")
    try:
        label = float(raw)
    except (TypeError, ValueError) as error:
        raise PairsFileError(f"{where}: label {raw!r} is not a number") from error
    if not np.isfinite(label):
        raise PairsFileError(f"{where}: label {raw!r} is not a finite number")
    documents = {}
    for key in ("resume", "posting"):
        value = str(row[key])
        candidate = (path.parent / value) if "\n" not in value and len(value) < 1024 else None
        if candidate is not None and candidate.suffix and candidate.is_file():
            documents[key] = (str(candidate), str(row.get(f"{key}_id") or candidate.stem))
        else:
            documents[key] = (value, str(row.get(f"{key}_id") or "sha-" + hashlib.sha1(value.encode()).hexdigest()[:12]))
    return LabelledPair(documents["resume"][0], documents["posting"][0], label, documents["resume"][1],
                        documents["posting"][1], str(row.get("set") or ""))


# ---------------------------------------------------------------------------
# Measures of every pair
# ---------------------------------------------------------------------------
@dataclass
class PairMeasures:
    """The measures (:data:`matcher.scoring.MEASURES`) of labelled pairs, one array entry per pair."""

    measures: dict[str, np.ndarray]
    labels: np.ndarray
    resume_ids: list[str]
    posting_ids: list[str]
    sets: list[str]

    def __len__(self) -> int:
        return len(self.labels)

    def subset(self, rows: np.ndarray) -> PairMeasures:
        return PairMeasures({k: v[rows] for k, v in self.measures.items()}, self.labels[rows],
                            [self.resume_ids[i] for i in rows], [self.posting_ids[i] for i in rows],
                            [self.sets[i] for i in rows])


def measure_pairs(engine, pairs: Sequence[LabelledPair], progress=None) -> PairMeasures:
    """Profile each distinct document once, fit statistics on the distinct postings (the
    reference model plus them) and measure every pair. ``progress(n)`` is called as documents
    are profiled."""
    resumes: dict[str, object] = {}
    postings: dict[str, object] = {}
    for pair in pairs:
        for store, key, source, kind in ((resumes, pair.resume_id, pair.resume, "resume"),
                                         (postings, pair.posting_id, pair.posting, "posting")):
            if key not in store:
                store[key] = engine.profile(source, kind, doc_id=key)
                if progress:
                    progress(1)
    ranker = engine.fitted_ranker(list(postings.values()))
    by_posting: dict[str, list[int]] = defaultdict(list)
    for row, pair in enumerate(pairs):
        by_posting[pair.posting_id].append(row)
    out = {name: np.zeros(len(pairs), dtype=bool if name.endswith("_applicable") else float) for name in MEASURES}
    for posting_id, rows in by_posting.items():
        index = ranker.index_resumes([resumes[pairs[r].resume_id] for r in rows])
        _, measures = ranker.resume_components(postings[posting_id], index)
        for name in MEASURES:
            out[name][rows] = measures[name]
    return PairMeasures(out, np.array([p.label for p in pairs]), [p.resume_id for p in pairs],
                        [p.posting_id for p in pairs], [p.set for p in pairs])


# ---------------------------------------------------------------------------
# The fit
# ---------------------------------------------------------------------------
def part_values(measures: dict[str, np.ndarray], settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """``(values, applicable)``, each ``(n_pairs, len(PARTS))``: what the weights multiply."""
    m = measures
    text_scale, occupation_scale, skills_beta = settings
    columns = {
        "skills": skills_component(m["coverage"], m["relevance"], m["coverage_applicable"], m["relevance_applicable"],
                                   skills_beta),
        "cosine": (soft_scale(m["cosine"], text_scale), m["text_applicable"]),
        "text_coverage": (np.clip(m["text_coverage"], 0, 1), m["text_applicable"]),
        "occupation": (soft_scale(m["occupation_cosine"], occupation_scale), m["occupation_applicable"]),
        **{name: (m[name], m[f"{name}_applicable"]) for name in ("title", "role_years", "seniority", "experience",
                                                                 "education")},
    }
    values = np.column_stack([columns[p][0] for p in PARTS]).astype(float)
    applicable = np.column_stack([columns[p][1] for p in PARTS]).astype(bool)
    return np.where(applicable, values, 0.0), applicable


def config_from_parts(weights: np.ndarray, settings: Settings, base: ScoringConfig | None = None,
                      source: str = "matcher calibrate") -> ScoringConfig:
    """A :class:`ScoringConfig` whose score is the weighted mean of the parts."""
    w = dict(zip(PARTS, (float(x) for x in weights), strict=True))
    text = w["cosine"] + w["text_coverage"]
    text_scale, occupation_scale, skills_beta = settings
    base = base or ScoringConfig()
    data = {**base.to_dict(), "text_scale": text_scale, "occupation_scale": occupation_scale,
            "skills_beta": skills_beta,
            "weights": {"text": text, **{k: w[k] for k in COMPONENTS if k != "text"}},
            "text_coverage_share": w["text_coverage"] / text if text > 0 else 0.0,
            "calibration": []}
    return ScoringConfig.from_dict(data, source=source)


@dataclass
class Comparisons:
    """Pairs of rows of one query group where the first is labelled better than the second."""

    better: np.ndarray
    worse: np.ndarray
    weight: np.ndarray
    group: np.ndarray  # the query group each comparison belongs to (for cross-validation)


def comparisons(data: PairMeasures, max_per_group: int = 200, seed: int = 0) -> Comparisons:
    """Within every group of rows sharing a resume or a posting, each pair of rows with different
    labels (at most ``max_per_group`` per group, chosen at random with ``seed``); weights make
    every ``set`` count the same in total."""
    rng = np.random.default_rng(seed)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row in range(len(data)):
        groups[("resume", data.resume_ids[row])].append(row)
        groups[("posting", data.posting_ids[row])].append(row)
    better, worse, owner = [], [], []
    for number, key in enumerate(sorted(groups)):
        rows = np.array(groups[key])
        if len(rows) < 2:
            continue
        labels = data.labels[rows]
        i, j = np.nonzero(labels[:, None] > labels[None, :])
        if len(i) > max_per_group:
            keep = np.sort(rng.choice(len(i), max_per_group, replace=False))
            i, j = i[keep], j[keep]
        better.append(rows[i])
        worse.append(rows[j])
        owner.append(np.full(len(i), number))
    if not better:
        return Comparisons(np.zeros(0, int), np.zeros(0, int), np.zeros(0), np.zeros(0, int))
    better_rows, worse_rows = np.concatenate(better), np.concatenate(worse)
    sets = np.array(data.sets)[better_rows]
    weight = np.ones(len(better_rows))
    for name in np.unique(sets):
        mask = sets == name
        weight[mask] = 1.0 / mask.sum()
    return Comparisons(better_rows, worse_rows, weight * len(weight) / weight.sum(), np.concatenate(owner))


def _imputed(values: np.ndarray, applicable: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Non-applicable parts take the weighted mean of the applicable ones (what renormalising does)."""
    w = np.where(applicable, weights, 0.0)
    total = w.sum(axis=1)
    mean = np.divide((w * values).sum(axis=1), total, out=np.zeros(len(values)), where=total > 0)
    return np.where(applicable, values, mean[:, None])


def fit_weights(values: np.ndarray, applicable: np.ndarray, pairs: Comparisons | None, labels: np.ndarray,
                C: float = 1.0, rounds: int = 4, allowed: np.ndarray | None = None) -> np.ndarray:
    """Non-negative part weights summing to 1 (see the module docstring); parts not ``allowed``
    (a boolean mask over the parts; default all) get weight 0."""
    allowed = np.ones(values.shape[1], dtype=bool) if allowed is None else np.asarray(allowed, dtype=bool)
    weights = allowed.astype(float)
    for _ in range(rounds):
        x = _imputed(values, applicable, weights)
        keep = [k for k in range(values.shape[1]) if allowed[k]]
        while keep:
            if pairs is not None and len(pairs.better):
                diff = x[pairs.better][:, keep] - x[pairs.worse][:, keep]
                model = LogisticRegression(fit_intercept=False, C=C, max_iter=2000)
                model.fit(np.vstack([diff, -diff]), np.r_[np.ones(len(diff)), np.zeros(len(diff))],
                          sample_weight=np.r_[pairs.weight, pairs.weight])
            else:
                model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
                model.fit(x[:, keep], labels)
            coef = model.coef_[0]
            if (coef > 0).all():
                break
            keep = [k for k, c in zip(keep, coef, strict=True) if c > 0]
        new = np.zeros(values.shape[1])
        if keep:
            new[keep] = coef
        if new.sum() <= 0:
            raise ValueError("no component separates better from worse pairs in this file")
        new /= new.sum()
        if np.allclose(new, weights, atol=1e-4):
            weights = new
            break
        weights = new
    return weights


def select_parts(cv_without, weights: np.ndarray) -> tuple[np.ndarray, dict[str, float]]:
    """Backward elimination: the parts kept, and each left-out part's cross-validated figure
    without it. ``cv_without(allowed)`` is the figure with only the ``allowed`` parts. While
    leaving out one of the weighted parts does not lower the figure, the one whose absence
    raises it most is left out; a part stays only if it earns its place on held-out queries."""
    allowed = weights > 0
    current = cv_without(allowed)
    left_out: dict[str, float] = {}
    while current is not None and allowed.sum() > 1:
        trials = []
        for k in np.flatnonzero(allowed):
            trial = allowed.copy()
            trial[k] = False
            figure = cv_without(trial)
            if figure is not None:
                trials.append((figure, -k, k))
        if not trials:
            break
        figure, _, k = max(trials)
        if figure < current:
            break
        allowed[k] = False
        left_out[PARTS[k]] = round(figure, 4)
        current = figure
    return allowed, left_out


def choose_settings(grid: list[tuple[float | None, Settings]], tolerance: float) -> Settings:
    """The grid's choice: of the settings within ``tolerance`` of the best cross-validated figure,
    the largest text and occupation scales (the least saturating cosines), then the beta nearest 1."""
    best = max((score for score, _ in grid if score is not None), default=None)
    near = [s for score, s in grid if best is None or (score is not None and score >= best - tolerance)]
    return max(near, key=lambda s: (s.text_scale, s.occupation_scale, -abs(np.log(s.skills_beta))))


def ordered_share(scores: np.ndarray, pairs: Comparisons, mask: np.ndarray | None = None) -> float | None:
    """Weighted share of comparisons the scores order right (ties count half)."""
    if mask is None:
        mask = np.ones(len(pairs.better), dtype=bool)
    if not mask.any():
        return None
    a, b = scores[pairs.better[mask]], scores[pairs.worse[mask]]
    right = (a > b) + 0.5 * (a == b)
    return float(np.average(right, weights=pairs.weight[mask]))


@dataclass
class CalibrationResult:
    config: ScoringConfig
    figures: dict = field(default_factory=dict)


class Calibrator:
    """Learns a :class:`~matcher.scoring.ScoringConfig` from measured labelled pairs.

    Parameters
    ----------
    relevant_at:
        The label from which a pair counts as relevant for the score scale (default: the
        median of the distinct labels' upper half, i.e. 1 for 0/1 labels and 2 for grades 0-3).
    folds:
        Cross-validation folds over query groups (default 5).
    text_scales, occupation_scales:
        The soft-scale grid tried for ``text`` and ``occupation``.
    skills_betas:
        The ``skills_beta`` values tried (how many times as much coverage counts as relevance;
        default 1 only: on our development data the cross-validated comparisons could not tell
        0.5 to 4 apart, and ranking resumes for a posting by people's judgement was best at 1).
    tolerance:
        Grid settings whose cross-validated figure is within this of the best count as equally
        good; of those the least saturating (largest scales) and most balanced beta is taken
        (default 0.001, about the spread between folds' noise on our development data).
    C:
        Inverse regularisation strength of the logistic regression (default 1.0).
    calibration_sets:
        The ``set`` values whose rows calibrate the 0-100 scale (default: all rows).
    seed:
        Seeds the sampling of comparisons in large groups (default 0).
    select:
        Leave out, one at a time, the weighted parts whose absence does not lower the
        cross-validated figure (see :func:`select_parts`; default False: on our development
        data the comparisons cannot tell ``title`` and ``role_years`` from noise, within 0.0003
        either way, while role years are what separate matched from near-miss resumes).
    """

    def __init__(self, relevant_at: float | None = None, folds: int = 5,
                 text_scales: Sequence[float] = (0.05, 0.1, 0.2, 0.4, 0.8),
                 occupation_scales: Sequence[float] = (0.1, 0.2, 0.3, 0.5),
                 skills_betas: Sequence[float] = (1.0,), tolerance: float = 0.001, C: float = 1.0,
                 calibration_sets: Sequence[str] = (), seed: int = 0, select: bool = False):
        self.relevant_at = relevant_at
        self.folds = folds
        self.text_scales = tuple(text_scales)
        self.occupation_scales = tuple(occupation_scales)
        self.skills_betas = tuple(skills_betas)
        self.tolerance = tolerance
        self.C = C
        self.calibration_sets = tuple(calibration_sets)
        self.seed = seed
        self.select = select

    def fit(self, data: PairMeasures, before: ScoringConfig | None = None, source: str = "matcher calibrate"
            ) -> CalibrationResult:
        before = before or ScoringConfig()
        pairs = comparisons(data, seed=self.seed)
        pairwise = len(pairs.better) > 0
        distinct = np.unique(data.labels)
        relevant_at = self.relevant_at if self.relevant_at is not None else float(distinct[len(distinct) // 2])
        relevant = data.labels >= relevant_at
        if relevant.all() or not relevant.any():
            raise ValueError(f"with relevant_at={relevant_at:g} every pair is on one side; nothing to calibrate")

        folds = self._folds(data, pairs)
        grid = []
        for settings in map(Settings._make, product(self.text_scales, self.occupation_scales, self.skills_betas)):
            values, applicable = part_values(data.measures, settings)
            grid.append((self._cv(values, applicable, data, pairs, relevant, folds)["learned"], settings))
        settings = choose_settings(grid, self.tolerance)
        values, applicable = part_values(data.measures, settings)
        weights = fit_weights(values, applicable, pairs if pairwise else None, relevant.astype(int), self.C)
        allowed, left_out = np.ones(len(PARTS), dtype=bool), {}
        if self.select and folds:
            allowed, left_out = select_parts(
                lambda mask: self._cv(values, applicable, data, pairs, relevant, folds, allowed=mask)["learned"], weights)
            weights = fit_weights(values, applicable, pairs if pairwise else None, relevant.astype(int), self.C,
                                  allowed=allowed)
        cv = self._cv(values, applicable, data, pairs, relevant, folds, before=before, details=True, allowed=allowed)
        config = config_from_parts(weights, settings, before, source)

        raw = raw_fit(assemble(data.measures, config), config)
        in_calibration = (np.isin(data.sets, self.calibration_sets) if self.calibration_sets
                          else np.ones(len(data), dtype=bool))
        if relevant[in_calibration].all() or not relevant[in_calibration].any():
            raise ValueError("the calibration rows need both relevant and other pairs")
        knots = score_map(raw[in_calibration], relevant[in_calibration])
        config = ScoringConfig.from_dict({**config.to_dict(), "calibration": knots}, source=source)
        figures = {
            "pairs": len(data), "comparisons": len(pairs.better), "pairwise": pairwise,
            "sets": {name: int((np.array(data.sets) == name).sum()) for name in sorted(set(data.sets))},
            "relevant_at": relevant_at, "relevant_share": round(float(relevant.mean()), 4),
            "grid": [{**settings._asdict(), "cv_ordered": _r(score)} for score, settings in grid],
            "cv": cv,
            "left_out": left_out,
            "bands": band_rates(raw[in_calibration], relevant[in_calibration], data.labels[in_calibration],
                                folds=self.folds, seed=self.seed),
            "calibrated_on": list(self.calibration_sets) or "all rows",
        }
        return CalibrationResult(config, figures)

    # ---- cross-validation ---------------------------------------------------
    def _folds(self, data: PairMeasures, pairs: Comparisons) -> list[tuple[np.ndarray, np.ndarray]]:
        """Train/test masks over comparisons (or rows, without comparisons), split by query group."""
        if len(pairs.better):
            groups, n = pairs.group, len(pairs.better)
        else:
            groups, n = np.array([hash(r) % 10_000 for r in data.resume_ids]), len(data)
        k = min(self.folds, len(np.unique(groups)))
        if k < 2:
            return []
        return [(train, test) for train, test in GroupKFold(n_splits=k).split(np.zeros(n), groups=groups)]

    def _cv(self, values, applicable, data: PairMeasures, pairs: Comparisons, relevant, folds, *,
            before: ScoringConfig | None = None, details: bool = False, allowed: np.ndarray | None = None) -> dict:
        """Cross-validated share of comparisons ordered right (or AUC, without comparisons)."""
        learned, single, previous = [], defaultdict(list), []
        sets = np.array(data.sets)
        per_set: dict[str, list] = defaultdict(list)
        before_scores = raw_fit(assemble(data.measures, before), before) if before is not None else None
        for train, test in folds:
            if len(pairs.better):
                sub = Comparisons(pairs.better[train], pairs.worse[train], pairs.weight[train], pairs.group[train])
                try:
                    w = fit_weights(values, applicable, sub, relevant.astype(int), self.C, allowed=allowed)
                except ValueError:
                    continue
                scores = (_imputed(values, applicable, w) * w).sum(axis=1)
                mask = np.zeros(len(pairs.better), dtype=bool)
                mask[test] = True
                learned.append(ordered_share(scores, pairs, mask))
                if details:
                    for k, part in enumerate(PARTS):
                        single[part].append(ordered_share(np.where(applicable[:, k], values[:, k], -1.0), pairs, mask))
                    previous.append(ordered_share(before_scores, pairs, mask))
                    for name in np.unique(sets):
                        per_set[name].append(ordered_share(scores, pairs, mask & (sets[pairs.better] == name)))
            else:
                w = fit_weights(values[train], applicable[train], None, relevant[train].astype(int), self.C,
                                allowed=allowed)
                scores = (_imputed(values, applicable, w) * w).sum(axis=1)
                learned.append(_auc(scores[test], relevant[test]))
                if details:
                    for k, part in enumerate(PARTS):
                        single[part].append(_auc(np.where(applicable[test, k], values[test, k], -1.0), relevant[test]))
                    previous.append(_auc(before_scores[test], relevant[test]))
        out = {"measure": "ordered comparisons" if len(pairs.better) else "AUC", "learned": _mean(learned)}
        if details:
            out["before"] = _mean(previous)
            out["single"] = {part: _mean(v) for part, v in single.items()}
            out["learned_by_set"] = {name: _mean(v) for name, v in per_set.items()}
        return out


def score_map(raw: np.ndarray, relevant: np.ndarray, knots: int = 41) -> list[list[float]]:
    """Knots ``[raw, score]`` of a strictly increasing map from raw fit to the 0-100 score: a
    logistic regression of relevance on the raw fit (Platt scaling), so a score is the measured
    rate of relevant pairs at that fit and, unlike a step function, never turns two different
    fits into one score (1% of the raw fit is mixed in where the curve flattens out)."""
    model = LogisticRegression(C=1e4, max_iter=1000).fit(raw.reshape(-1, 1), relevant.astype(int))
    slope, intercept = float(model.coef_[0, 0]), float(model.intercept_[0])
    if slope <= 0:
        raise ValueError("a higher fit does not mean more relevant pairs in this data; the scale cannot be calibrated")
    grid = np.linspace(0.0, 1.0, knots)
    # 1% of the raw fit keeps the map strictly increasing where the logistic curve saturates.
    scores = 100.0 * (0.99 / (1.0 + np.exp(-(slope * grid + intercept))) + 0.01 * grid)
    return [[round(float(a), 6), round(float(b), 9)] for a, b in zip(grid, scores, strict=True)]


def band_rates(raw: np.ndarray, relevant: np.ndarray, labels: np.ndarray, folds: int = 5, seed: int = 0) -> list[dict]:
    """For each score band: pairs in it and the share judged relevant, with the score map
    learned on the other folds (so the rates are not read off the rows that drew the map)."""
    order = np.random.default_rng(seed).permutation(len(raw))
    scores = np.zeros(len(raw))
    k = max(2, min(folds, len(raw)))
    for part in np.array_split(order, k):
        train = np.setdiff1d(order, part)
        if relevant[train].all() or not relevant[train].any():
            continue
        knots = np.asarray(score_map(raw[train], relevant[train]))
        scores[part] = np.interp(raw[part], knots[:, 0], knots[:, 1])
    out = []
    upper = 100.01
    for floor, name, _ in BANDS:
        mask = (scores >= floor) & (scores < upper)
        out.append({"band": name, "from": floor, "pairs": int(mask.sum()),
                    "relevant_share": _r(float(relevant[mask].mean())) if mask.any() else None,
                    "mean_label": _r(float(labels[mask].mean())) if mask.any() else None})
        upper = floor
    return out


def _auc(scores: np.ndarray, relevant: np.ndarray) -> float | None:
    from scipy.stats import rankdata

    positives = relevant.sum()
    negatives = len(relevant) - positives
    if not positives or not negatives:
        return None
    ranks = rankdata(scores)
    return float((ranks[relevant].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def _mean(values) -> float | None:
    kept = [v for v in values if v is not None]
    return _r(float(np.mean(kept))) if kept else None


def _r(value) -> float | None:
    return None if value is None else round(float(value), 4)


def weights_document(result: CalibrationResult, pairs_file: str, command: str) -> dict:
    """The JSON written by ``matcher calibrate -o``: the settings, then how they were learned."""
    return {**result.config.to_dict(), "learned": {
        "from": pairs_file, "command": command, "date": dt.date.today().isoformat(),
        "scoring_version": SCORING_VERSION, **result.figures}}
