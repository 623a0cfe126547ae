"""Step 6, scoring: component values in ``[0, 1]`` combined into a 0-100 fit score.

Components (weights configurable through :class:`ScoringConfig`):

``skills``
    Weighted coverage of the posting's skills by the resume's credits
    (required above preferred above mentioned; rare skills above common ones).
``text``
    TF-IDF cosine of the two scoring texts, scaled so a cosine of
    ``text_cosine_full`` (0.4 by default) or more counts as 1.
``title``
    Fuzzy match of job titles (RapidFuzz, token set and token sort ratio
    averaged) after expanding abbreviations ("Sr. ML Eng").
``seniority``
    Distance between seniority levels; being under-levelled costs more than
    being over-levelled.
``experience``
    Years of experience against the years asked, overall and per skill.
``education``
    Degree level against the level asked ("or equivalent experience"
    softens a shortfall).

A component that does not apply (the posting asks for no years, a title is
unknown) is left out and the remaining weights are renormalised: the
breakdown says so. Every function here works on whole arrays at once, so one
pair and a hundred thousand pairs go through the same code.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

SCORING_VERSION = "1.0.0"

DEFAULT_WEIGHTS = {
    "skills": 0.50,
    "text": 0.15,
    "title": 0.15,
    "seniority": 0.05,
    "experience": 0.10,
    "education": 0.05,
}

#: Score bands and what they mean, shown next to every score.
BANDS = [
    (75.0, "strong", "meets nearly all requirements; interview"),
    (60.0, "good", "meets most requirements; a few gaps to address"),
    (40.0, "partial", "meets some requirements; significant gaps"),
    (0.0, "weak", "few requirements met"),
]


@dataclass
class ScoringConfig:
    """Weights and knobs of the scorer.

    ``weights`` maps component name to weight (defaults in
    :data:`DEFAULT_WEIGHTS`; they need not sum to 1). ``text_cosine_full`` is
    the TF-IDF cosine that counts as a full text match (default 0.4).
    """

    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    text_cosine_full: float = 0.4
    per_skill_years_share: float = 0.4
    unknown_years_value: float = 0.5

    def __post_init__(self) -> None:
        unknown = set(self.weights) - set(DEFAULT_WEIGHTS)
        if unknown:
            raise ValueError(f"unknown score components: {sorted(unknown)}; known: {sorted(DEFAULT_WEIGHTS)}")
        if any(w < 0 for w in self.weights.values()):
            raise ValueError("component weights must be >= 0")
        merged = {name: 0.0 for name in DEFAULT_WEIGHTS}
        merged.update(self.weights)
        self.weights = merged
        if sum(merged.values()) <= 0:
            raise ValueError("at least one component weight must be > 0")

    def to_dict(self) -> dict:
        return asdict(self)


def band_of(score: float) -> dict[str, str]:
    for floor, name, meaning in BANDS:
        if score >= floor:
            return {"band": name, "meaning": meaning}
    return {"band": "weak", "meaning": BANDS[-1][2]}


# ---------------------------------------------------------------------------
# Components (all vectorised)
# ---------------------------------------------------------------------------
def text_component(cosines: np.ndarray, config: ScoringConfig) -> np.ndarray:
    return np.clip(cosines / config.text_cosine_full, 0.0, 1.0)


def title_component(resume_titles: list[list[str]], posting_titles: list[str],
                    codes: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Best title similarity for each pair ``i`` of ``resume_titles[i]`` x ``posting_titles[i]``;
    a side with one element is broadcast, and the work is one RapidFuzz ``cdist`` call.

    With ``codes``, ``posting_titles`` are the distinct titles of a corpus and ``codes[i]`` says
    which one posting ``i`` has: every distinct title is compared once (job boards repeat titles).
    """
    if codes is not None:
        values, applicable = title_component(resume_titles, posting_titles)
        return values[codes], applicable[codes]
    n = max(len(resume_titles), len(posting_titles))
    values = np.zeros(n)
    applicable = np.zeros(n, dtype=bool)
    if len(resume_titles) == 1 and n > 1:
        choices = resume_titles[0]
        if choices:
            matrix = _title_matrix(choices, posting_titles)
            values = matrix.max(axis=0)
            applicable = np.array([bool(t) for t in posting_titles])
    elif len(posting_titles) == 1 and n > 1:
        query = posting_titles[0]
        if query:
            flat = [t for titles in resume_titles for t in titles]
            owners = np.repeat(np.arange(len(resume_titles)), [len(t) for t in resume_titles])
            if flat:
                scores = _title_matrix(flat, [query])[:, 0]
                values = np.zeros(n)
                np.maximum.at(values, owners, scores)
            applicable = np.array([bool(t) for t in resume_titles])
    else:
        for i in range(n):
            titles, posting = resume_titles[i], posting_titles[i]
            if titles and posting:
                values[i] = _title_matrix(titles, [posting]).max()
                applicable[i] = True
    values = np.where(applicable, values, 0.0)
    return values, applicable


def _title_matrix(queries: list[str], choices: list[str]) -> np.ndarray:
    set_ratio = process.cdist(queries, choices, scorer=fuzz.token_set_ratio, workers=1, dtype=np.float32)
    sort_ratio = process.cdist(queries, choices, scorer=fuzz.token_sort_ratio, workers=1, dtype=np.float32)
    return (set_ratio + sort_ratio).astype(np.float64) / 200.0


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


def education_component(resume_level: np.ndarray, required_level: np.ndarray, preferred_level: np.ndarray,
                        flexible: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    applicable = (required_level > 0) | (preferred_level > 0)
    short = np.maximum(required_level - resume_level, 0)
    value = np.where(short == 0, 1.0, np.where(flexible, 0.75 - 0.25 * (short - 1), 0.5 - 0.5 * (short - 1)))
    below_preferred = (preferred_level > 0) & (resume_level < preferred_level) & (short == 0)
    value = np.where(below_preferred, 0.9, value)
    return np.where(applicable, np.clip(value, 0.0, 1.0), 0.0), applicable


def combine(components: dict[str, tuple[np.ndarray, np.ndarray]], config: ScoringConfig) -> np.ndarray:
    """0-100 scores, one decimal, from ``{name: (values, applicable)}``."""
    n = len(next(iter(components.values()))[0])
    total = np.zeros(n)
    weight_sum = np.zeros(n)
    for name, (values, applicable) in components.items():
        weight = config.weights.get(name, 0.0)
        total += np.where(applicable, weight * values, 0.0)
        weight_sum += np.where(applicable, weight, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(weight_sum > 0, 100.0 * total / weight_sum, 0.0)
    return np.round(np.clip(score, 0.0, 100.0), 1)


def breakdown_of(components: dict[str, tuple[np.ndarray, np.ndarray]], i: int, config: ScoringConfig,
                 details: dict[str, dict] | None = None) -> dict[str, dict]:
    """The breakdown of pair ``i``: each component's weight, value, whether it applied and
    its contribution in points to the final score."""
    applicable_weight = sum(config.weights[name] for name, (_, ok) in components.items() if ok[i])
    out: dict[str, dict] = {}
    for name, (values, applicable) in components.items():
        weight = config.weights[name]
        ok = bool(applicable[i])
        effective = weight / applicable_weight if ok and applicable_weight else 0.0
        entry = {
            "weight": weight,
            "effective_weight": round(effective, 4),
            "value": round(float(values[i]), 4) if ok else None,
            "applicable": ok,
            "points": round(100.0 * effective * float(values[i]), 2) if ok else 0.0,
        }
        if details and name in details:
            entry.update(details[name])
        out[name] = entry
    return out
