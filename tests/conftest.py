"""Shared fixtures: one engine per test session (building one takes about a second)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
POSTINGS = FIXTURES / "postings"
RESUMES = FIXTURES / "resumes"
SHARED = ROOT.parent / "shared"
AS_OF = dt.date(2026, 11, 1)


@pytest.fixture(scope="session")
def engine():
    from matcher import Engine

    return Engine.default(as_of=AS_OF)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present next to the repo")
    return SHARED


def fixture_text(kind: str, name: str) -> str:
    folder = POSTINGS if kind == "posting" else RESUMES
    return (folder / f"{name}.txt").read_text(encoding="utf-8")
