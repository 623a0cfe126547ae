"""Measured quality: extraction accuracy, ranking quality and speed of the matching engine.

Run everything with ``python -m bench`` (from the repository root); see
``bench/README.md`` for the options and what each figure means. The sections
are plain functions too::

    from bench import extraction, ranking, speed
    figures = ranking.run(quick=True)
"""

__all__ = ["common", "coverage", "extraction", "metrics", "ranking", "report", "skillspan", "speed", "synth"]
