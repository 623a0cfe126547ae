"""Offline, explainable resume-to-posting matching.

    >>> from matcher import Engine
    >>> engine = Engine.default()
    >>> results = engine.rank_postings("resume.pdf", ["a.txt", "b.txt"])

The data flows file -> text (:mod:`matcher.intake`) -> sections
(:mod:`matcher.sections`) -> skills (:mod:`matcher.skills`) -> facts
(:mod:`matcher.facts`) -> profile (:mod:`matcher.profile`) -> vectors
(:mod:`matcher.vectors`) -> score (:mod:`matcher.scoring`) -> gaps
(:mod:`matcher.gaps`) -> ranking (:mod:`matcher.ranking`) -> report
(:mod:`matcher.report`).
"""

__all__ = ["Engine", "IntakeError", "MatchResult", "Profile", "SCORING_VERSION", "ScoringConfig"]

_EXPORTS = {
    "Engine": "matcher.engine",
    "IntakeError": "matcher.intake",
    "MatchResult": "matcher.ranking",
    "Profile": "matcher.profile",
    "SCORING_VERSION": "matcher.scoring",
    "ScoringConfig": "matcher.scoring",
}


def __getattr__(name: str):
    # Lazy, so that a parsing worker importing matcher.intake does not load spaCy.
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'matcher' has no attribute {name!r}")
