"""Step 6, scoring: component values in ``[0, 1]`` combined into a calibrated 0-100 fit score.

Components (each reported in the breakdown with its weight, value and points):

``skills``
    Two-way skill overlap. *Coverage*: the share of the posting's requirements (required above
    preferred above mentioned, rare skills above common ones) that the resume's skills meet,
    with implied and related credit. *Relevance*: the share of the resume's own skills (rare
    above common) that the posting asks for or that sit next to what it asks for in the
    taxonomy. The value is their F-beta, ``(1 + b^2) C R / (b^2 R + C)`` with ``b = skills_beta``:
    coverage counts ``b`` times as much as relevance, and a resume scores well only when it
    covers the posting *and* is about it (a long resume listing everything covers much and is
    little relevant; a short, focused one the reverse).
``text``
    The two scoring texts' TF-IDF vectors (IDF from the reference model plus the corpus at
    hand): their cosine on a soft scale ``c / (c + text_scale)`` (no cap, so high cosines still
    rank), mixed with *text coverage*, the share of the posting's TF-IDF weight in words the
    resume also uses (``text_coverage_share`` of it), which more resume text can only raise.
``occupation``
    Cosine of the two texts' occupation profiles (which O*NET occupations each reads as; see
    :class:`~matcher.vectors.OccupationVectorizer`), on a soft scale ``c / (c + occupation_scale)``.
``title``
    Similarity of the resume's job titles to the posting's (TF-IDF over title words and their
    letter trigrams after expanding abbreviations, IDF from O*NET's alternate titles).
``role_years``
    Years in the roles a posting names ("3+ years as a machine operator"): the resume's dated
    roles whose titles resemble the one asked (similarity 0.3 counts nothing, 0.7 counts fully)
    add up against the years asked; the mean over the roles asked.
``seniority``
    Distance between seniority levels; being under-levelled costs more than over-levelled.
``experience``
    Years of experience against the years asked, overall and per skill.
``education``
    Degree level against the level asked ("or equivalent experience" softens a shortfall).

A component that does not apply (the posting asks for no years, a title is unknown) is left
out and the remaining weights are renormalised: the breakdown says so. The weighted mean of
the applicable components is the *raw fit* in ``[0, 1]``; a monotone calibration map learned
on judged pairs turns it into the 0-100 score, so a score's band says how often pairs with
such a score were judged a fit (see :data:`BANDS` and ``matcher/data/weights.json``). Each
component's points are its share of the raw fit, scaled to the score, so the points add up to
the score. The weights, scales and map come from ``matcher calibrate`` (defaults: learned on
the development data; ``ScoringConfig.from_file`` loads another file).

Every function here works on whole arrays at once, so one pair and a hundred thousand pairs go
through the same code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

SCORING_VERSION = "2.1.39"

COMPONENTS = ("skills", "text", "occupation", "title", "role_years", "seniority", "experience", "education")
WEIGHTS_PATH = Path(__file__).resolve().parent / "data" / "weights.json"

#: Score bands and what they mean, shown next to every score. The floors are fixed; the
#: measured share of judged fits in each band is in ``weights.json`` and the README.
BANDS = [
    (75.0, "strong", "meets nearly all requirements; interview"),
    (60.0, "good", "meets most requirements; a few gaps to address"),
    (40.0, "partial", "meets some requirements; significant gaps"),
    (0.0, "weak", "few requirements met"),
]


class WeightsFileError(ValueError):
    """A weights file that cannot be used; the message says why."""


@dataclass
class ScoringConfig:
    """Weights and shapes of the scorer.

    Parameters
    ----------
    weights:
        Component name -> weight (>= 0; need not sum to 1; missing components weigh 0).
        Default: the learned weights of ``matcher/data/weights.json``.
    text_scale:
        The TF-IDF cosine at which ``text`` is 0.5 (value ``c / (c + text_scale)``).
    occupation_scale:
        The occupation-profile cosine at which ``occupation`` is 0.5.
    skills_beta:
        How many times as much coverage counts as relevance in ``skills`` (their F-beta; > 0):
        1 weighs them alike, a large value approaches coverage alone, a small one relevance.
    text_coverage_share:
        Share of ``text`` that is text coverage (the rest is the scaled cosine), in ``[0, 1]``.
    per_skill_years_share:
        Share of ``experience`` that is per-skill years when a posting asks both (default 0.4).
    unknown_years_value:
        ``experience`` value of a resume whose years are unknown (default 0.5).
    calibration:
        ``(raw, score)`` knots of the monotone map from raw fit (0-1) to score (0-100), raws and
        scores strictly increasing from (0, 0) to (1, 100); ``None`` means score = 100 x raw.
    source:
        Where these settings came from (shown with ``matcher calibrate`` and in ``/api/v1``).
    """

    weights: dict[str, float] = field(default_factory=lambda: dict(_default_file()["weights"]))
    text_scale: float = field(default_factory=lambda: _default_file()["text_scale"])
    occupation_scale: float = field(default_factory=lambda: _default_file()["occupation_scale"])
    skills_beta: float = field(default_factory=lambda: _default_file()["skills_beta"])
    text_coverage_share: float = field(default_factory=lambda: _default_file()["text_coverage_share"])
    per_skill_years_share: float = 0.4
    unknown_years_value: float = 0.5
    calibration: list[tuple[float, float]] | None = field(
        default_factory=lambda: [tuple(k) for k in _default_file()["calibration"]] or None)
    source: str = field(default_factory=lambda: _default_file()["source"])

    def __post_init__(self) -> None:
        unknown = set(self.weights) - set(COMPONENTS)
        if unknown:
            raise ValueError(f"unknown score components: {sorted(unknown)}; known: {list(COMPONENTS)}")
        if any(not np.isfinite(w) or w < 0 for w in self.weights.values()):
            raise ValueError("component weights must be finite and >= 0")
        merged = dict.fromkeys(COMPONENTS, 0.0)
        merged.update({k: float(v) for k, v in self.weights.items()})
        self.weights = merged
        if sum(merged.values()) <= 0:
            raise ValueError("at least one component weight must be > 0")
        for name in ("text_scale", "occupation_scale", "skills_beta"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be > 0")
        for name in ("text_coverage_share",):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be within [0, 1]")
        if self.calibration is not None:
            knots = np.asarray(self.calibration, dtype=float)
            if (knots.ndim != 2 or knots.shape[1] != 2 or len(knots) < 2 or np.any(np.diff(knots[:, 0]) <= 0)
                    or np.any(np.diff(knots[:, 1]) <= 0) or knots[0, 0] != 0 or knots[-1, 0] != 1
                    or knots[0, 1] < 0 or knots[-1, 1] > 100):
                raise ValueError("calibration must be (raw, score) knots strictly increasing from raw 0 to raw 1, "
                                 "scores within 0-100")
            self.calibration = [(float(a), float(b)) for a, b in knots]

    # ---- files ------------------------------------------------------------
    def to_dict(self) -> dict:
        return {"scoring_version": SCORING_VERSION, "weights": dict(self.weights), "text_scale": self.text_scale,
                "occupation_scale": self.occupation_scale, "skills_beta": self.skills_beta,
                "text_coverage_share": self.text_coverage_share,
                "per_skill_years_share": self.per_skill_years_share, "unknown_years_value": self.unknown_years_value,
                "calibration": [list(k) for k in self.calibration] if self.calibration else [],
                "source": self.source}

    @classmethod
    def from_dict(cls, data: dict, source: str | None = None) -> ScoringConfig:
        """Settings from a weights file's data (unknown keys such as figures are ignored)."""
        if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
            raise WeightsFileError("a weights file is a JSON object with a 'weights' object")
        kwargs = {key: data[key] for key in SETTINGS if key in data}
        if "calibration" in data:
            kwargs["calibration"] = [tuple(k) for k in data["calibration"]] or None
        kwargs["source"] = source or data.get("source") or "weights file"
        try:
            return cls(**kwargs)
        except (TypeError, ValueError) as error:
            raise WeightsFileError(str(error)) from error

    @classmethod
    def from_file(cls, path: str | Path) -> ScoringConfig:
        """Settings from a weights file written by ``matcher calibrate``."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise WeightsFileError(f"{path}: no such weights file") from error
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise WeightsFileError(f"{path}: not a JSON weights file ({error})") from error
        return cls.from_dict(data, source=data.get("source") if isinstance(data, dict) else None)


#: The settings a weights file holds (besides ``calibration`` and ``source``).
SETTINGS = ("weights", "text_scale", "occupation_scale", "skills_beta", "text_coverage_share",
            "per_skill_years_share", "unknown_years_value")


@cache
def _default_file() -> dict:
    """The shipped weights file, read once."""
    return json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))


def rounded(value: float, digits: int) -> float:
    """``round(value, digits)``, remembered: a ranking shows the same figures in every result (a
    posting's skill weights, the resume's credits, the component weights), and rounding a float
    to digits costs several look-ups of a remembered one. The same result as ``round`` for every
    input: values of different types are kept apart, and a zero (0.0 or -0.0, equal as keys but
    not as results) is rounded afresh."""
    return _remembered_round(value, digits) if value else round(value, digits)


@lru_cache(maxsize=8192, typed=True)
def _remembered_round(value: float, digits: int) -> float:
    return round(value, digits)


def band_of(score: float) -> dict[str, str]:
    for floor, name, meaning in BANDS:
        if score >= floor:
            return {"band": name, "meaning": meaning}
    return {"band": "weak", "meaning": BANDS[-1][2]}


# ---------------------------------------------------------------------------
# Components (all vectorised)
# ---------------------------------------------------------------------------
def soft_scale(values: np.ndarray, scale: float) -> np.ndarray:
    """``v / (v + scale)``: 0 at 0, 0.5 at ``scale``, approaching 1 without a cap."""
    values = np.maximum(np.asarray(values, dtype=float), 0.0)
    out = values + scale
    return np.divide(values, out, out=out) if isinstance(out, np.ndarray) else values / out


def text_value(cosine: np.ndarray, coverage: np.ndarray, config: ScoringConfig) -> np.ndarray:
    """The text component's value where it applies: the scaled cosine with ``text_coverage_share``
    of the text coverage mixed in."""
    share = config.text_coverage_share
    value = soft_scale(cosine, config.text_scale)
    value *= 1 - share
    coverage = np.clip(coverage, 0.0, 1.0)
    coverage *= share  # share * coverage, in place
    value += coverage
    return value


def text_component(cosine: np.ndarray, coverage: np.ndarray, applicable: np.ndarray,
                   config: ScoringConfig) -> tuple[np.ndarray, np.ndarray]:
    return np.where(applicable, text_value(cosine, coverage, config), 0.0), applicable


def f_beta(coverage: np.ndarray, relevance: np.ndarray, beta: float) -> np.ndarray:
    """``(1 + b^2) C R / (b^2 R + C)``: 0 when either is 0, 1 when both are 1."""
    coverage = np.clip(np.asarray(coverage, dtype=float), 0.0, 1.0)
    relevance = np.clip(np.asarray(relevance, dtype=float), 0.0, 1.0)
    b2 = beta * beta
    denominator = b2 * relevance + coverage
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(denominator > 0, (1 + b2) * coverage * relevance / np.where(denominator > 0, denominator, 1.0),
                        0.0)


def skills_component(coverage: np.ndarray, relevance: np.ndarray, has_coverage: np.ndarray,
                     has_relevance: np.ndarray, beta: float) -> tuple[np.ndarray, np.ndarray]:
    """The F-beta of coverage and relevance where both apply, else whichever does."""
    both = has_coverage & has_relevance
    value = np.where(both, f_beta(coverage, relevance, beta),
                     np.where(has_coverage, coverage, relevance))
    applicable = has_coverage | has_relevance
    return np.where(applicable, value, 0.0), applicable


def seniority_component(resume_rank: np.ndarray, posting_rank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    applicable = ~np.isnan(resume_rank) & ~np.isnan(posting_rank)
    diff = np.nan_to_num(resume_rank - posting_rank)
    value = np.where(diff >= 0, 1.0 - 0.15 * diff, 1.0 + 0.35 * diff)
    return np.where(applicable, np.clip(value, 0.0, 1.0), 0.0), applicable


def experience_component(resume_years: np.ndarray, required_years: np.ndarray, skill_years_mean: np.ndarray,
                         has_skill_years: np.ndarray, config: ScoringConfig) -> tuple[np.ndarray, np.ndarray]:
    has_overall = ~np.isnan(required_years) & (np.nan_to_num(required_years) > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        overall = np.where(np.isnan(resume_years), config.unknown_years_value,
                           np.clip(np.nan_to_num(resume_years) / np.where(has_overall, required_years, 1.0), 0, 1))
    share = config.per_skill_years_share
    value = np.where(has_overall & has_skill_years, (1 - share) * overall + share * skill_years_mean,
                     np.where(has_overall, overall, skill_years_mean))
    applicable = has_overall | has_skill_years
    return np.where(applicable, value, 0.0), applicable


#: Title similarity from which a role counts toward the years asked in another, and from which it counts fully.
ROLE_MATCH = (0.3, 0.7)


def role_credit(similarity: np.ndarray) -> np.ndarray:
    """How much of a role's time counts toward a role asked, from their titles' similarity."""
    low, high = ROLE_MATCH
    return np.clip((similarity - low) / (high - low), 0.0, 1.0)


def education_component(resume_level: np.ndarray, required_level: np.ndarray, preferred_level: np.ndarray,
                        flexible: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    applicable = (required_level > 0) | (preferred_level > 0)
    short = np.maximum(required_level - resume_level, 0)
    value = np.where(short == 0, 1.0, np.where(flexible, 0.75 - 0.25 * (short - 1), 0.5 - 0.5 * (short - 1)))
    below_preferred = (preferred_level > 0) & (resume_level < preferred_level) & (short == 0)
    value = np.where(below_preferred, 0.9, value)
    return np.where(applicable, np.clip(value, 0.0, 1.0), 0.0), applicable


# ---------------------------------------------------------------------------
# Combination
# ---------------------------------------------------------------------------
Components = dict[str, tuple[np.ndarray, np.ndarray]]

#: What :func:`assemble` needs, each an array over pairs (``*_applicable`` ones boolean).
MEASURES = ("cosine", "text_coverage", "text_applicable", "occupation_cosine", "occupation_applicable", "coverage",
            "coverage_applicable", "relevance", "relevance_applicable", "title", "title_applicable", "role_years",
            "role_years_applicable", "seniority", "seniority_applicable", "experience", "experience_applicable",
            "education", "education_applicable")


def assemble(measures: dict[str, np.ndarray], config: ScoringConfig) -> Components:
    """The components of pairs from their measures (see :data:`MEASURES`) under ``config``: the
    one place the scales and shares apply, for the ranker and for ``matcher calibrate`` alike."""
    m = measures
    return {
        "skills": skills_component(m["coverage"], m["relevance"], m["coverage_applicable"],
                                   m["relevance_applicable"], config.skills_beta),
        "text": text_component(m["cosine"], m["text_coverage"], m["text_applicable"], config),
        "occupation": (np.where(m["occupation_applicable"], soft_scale(m["occupation_cosine"], config.occupation_scale),
                                0.0), m["occupation_applicable"]),
        **{name: (m[name], m[f"{name}_applicable"]) for name in ("title", "role_years", "seniority", "experience",
                                                                 "education")},
    }


def weighted_sums(components: Components, config: ScoringConfig) -> tuple[np.ndarray, np.ndarray]:
    """Per pair, the weighted sum of the applicable components and the sum of their weights."""
    n = len(next(iter(components.values()))[0])
    total = np.zeros(n)
    weight_sum = np.zeros(n)
    for name, (values, applicable) in components.items():
        weight = config.weights.get(name, 0.0)
        if weight:
            total += np.where(applicable, weight * values, 0.0)
            weight_sum += np.where(applicable, weight, 0.0)
    return total, weight_sum


def weighted_mean(total: np.ndarray, weight_sum: np.ndarray) -> np.ndarray:
    """``total / weight_sum`` per pair, 0 where no weight applies (not clipped): the last step
    of :func:`raw_fit`, for callers that add up their own sums (the ranker's score bounds)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(weight_sum > 0, total / weight_sum, 0.0)


def raw_fit(components: Components, config: ScoringConfig) -> np.ndarray:
    """Weighted mean of the applicable components, in ``[0, 1]``."""
    return np.clip(weighted_mean(*weighted_sums(components, config)), 0.0, 1.0)


@lru_cache(maxsize=16)
def _knots(calibration: tuple[tuple[float, float], ...]) -> tuple[np.ndarray, bool]:
    """A calibration map's knots as a (read-only) array, and whether their raw fits are evenly
    spaced from 0 to 1: read once per map, not on every call of :func:`calibrate` (a ranking
    calibrates a few times, and the check costs more than calibrating a few hundred scores)."""
    knots = np.asarray(calibration)
    knots.flags.writeable = False
    steps = len(knots) - 1
    return knots, bool(np.allclose(knots[:, 0], np.linspace(0.0, 1.0, steps + 1), rtol=0, atol=1e-12))


def calibrate(raw: np.ndarray, config: ScoringConfig) -> np.ndarray:
    """The 0-100 score of raw fits: the calibration map (strictly increasing, so it never
    creates ties), or 100 x raw without one."""
    if not config.calibration:
        return 100.0 * raw
    knots, even = _knots(tuple(config.calibration))
    steps = len(knots) - 1
    if even:
        # Evenly spaced knots (what ``matcher calibrate`` writes): the segment is found by arithmetic.
        position = np.clip(raw, 0.0, 1.0) * steps
        segment = np.minimum(position.astype(np.intp), steps - 1)
        low = knots[segment, 1]
        return low + (position - segment) * (knots[segment + 1, 1] - low)
    return np.interp(raw, knots[:, 0], knots[:, 1])


def lowest_raw_for(score: float, config: ScoringConfig) -> float:
    """A raw fit below which no pair scores ``score`` or more (:func:`combine` of any raw fit
    under it is lower): the calibration map read backwards, less a rounding step of the score
    and a little more for floating point, so it errs low. Lets a caller compare raw fits against
    a score threshold without calibrating every one."""
    score = float(score) - 0.01
    if not config.calibration:
        raw = score / 100.0
    else:
        knots = _knots(tuple(config.calibration))[0]
        raw = float(np.interp(score, knots[:, 1], knots[:, 0]))
    return raw - 1e-9


def combine(components: Components, config: ScoringConfig) -> np.ndarray:
    """0-100 scores, two decimals, from ``{name: (values, applicable)}``."""
    return np.round(np.clip(calibrate(raw_fit(components, config), config), 0.0, 100.0), 2)


def breakdown_of(components: Components, i: int, config: ScoringConfig, score: float,
                 details: dict[str, dict] | None = None) -> dict[str, dict]:
    """The breakdown of pair ``i``: each component's weight, value, whether it applied, and its
    points: its share of the raw fit times the score, so the points add up to the score."""
    weights = config.weights
    # each component's weight, whether it applies and its value, read from the arrays once
    rows = [(name, weights[name], bool(ok[i]), float(values[i])) for name, (values, ok) in components.items()]
    applicable_weight = sum(weight for _, weight, ok, _ in rows if ok)
    contributions = [weight / applicable_weight * value if ok and applicable_weight else 0.0
                     for _, weight, ok, value in rows]
    raw = sum(contributions)
    out: dict[str, dict] = {}
    for (name, weight, ok, value), contribution in zip(rows, contributions, strict=True):
        effective = weight / applicable_weight if ok and applicable_weight else 0.0
        entry = {
            "weight": rounded(weight, 4),
            "effective_weight": rounded(effective, 4),
            "value": rounded(value, 4) if ok else None,
            "applicable": ok,
            "points": round(score * contribution / raw, 2) if raw > 0 else 0.0,
        }
        if details and name in details:
            entry.update(details[name])
        out[name] = entry
    return out
