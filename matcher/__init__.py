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

from matcher.engine import Engine
from matcher.intake import IntakeError
from matcher.profile import Profile
from matcher.ranking import MatchResult
from matcher.scoring import SCORING_VERSION, ScoringConfig

__all__ = ["Engine", "IntakeError", "MatchResult", "Profile", "SCORING_VERSION", "ScoringConfig"]
