"""The shipped reference model: loads offline, reads texts sensibly, and is what the rebuild makes."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.facts import normalize_title
from matcher.reference import REFERENCE_PATH, ReferenceModel, build, default_reference
from matcher.vectors import OccupationVectorizer, SkillVectorizer, TextVectorizer, TitleVectorizer


@pytest.fixture(scope="module")
def reference() -> ReferenceModel:
    return default_reference()


def test_it_loads_from_the_package_and_is_consistent(reference):
    assert REFERENCE_PATH.is_file()
    assert len(reference.vocabulary_) == len(reference.df_) == reference.occupation_matrix_.shape[1]
    assert len(reference.occupation_codes_) == len(reference.occupation_titles_) == reference.occupation_matrix_.shape[0]
    assert reference.df_.max() <= reference.n_documents_ and reference.skill_df_.max() <= reference.n_documents_
    norms = np.sqrt(np.asarray(reference.occupation_matrix_.multiply(reference.occupation_matrix_).sum(axis=1)).ravel())
    assert np.allclose(norms, 1.0, atol=1e-5)


def test_save_and_load_round_trip(reference, tmp_path):
    path = tmp_path / "reference.npz"
    reference.save(path)
    assert ReferenceModel.load(path).equals(reference)


def test_texts_read_as_their_occupation(reference):
    occupations = OccupationVectorizer(reference)
    rows = occupations.transform([
        "CNC machinist: set up and operate lathes and milling machines, read blueprints, check parts with micrometers",
        "Registered nurse providing patient care, administering medication and charting in the EHR",
    ])
    machinist, nurse = (occupations.describe(rows[i], k=3) for i in range(2))
    assert any("Machinist" in o["title"] for o in machinist), machinist
    assert any("Nurse" in o["title"] for o in nurse), nurse
    assert (rows[0] @ rows[1].T).toarray()[0, 0] < 0.2


def test_a_single_pair_gets_market_idf(reference):
    text = TextVectorizer(reference)  # no corpus at all
    assert text.fitted
    vocabulary = text.counter.vocabulary
    assert text.idf[vocabulary["lathe"]] > text.idf[vocabulary["management"]]
    unseen = TextVectorizer(reference).fit(["the zyxwvut framework"])
    assert "zyxwvut" in unseen.counter.vocabulary and unseen.n_documents == 100 + 1  # the reference counts as 100
    full = TextVectorizer(reference, reference_documents=None).fit(["the zyxwvut framework"])
    assert full.n_documents == reference.n_documents_ + 1
    assert full.idf[full.counter.vocabulary["lathe"]] > full.idf[full.counter.vocabulary["management"]]


def test_a_large_corpus_outweighs_the_reference(reference):
    """In a corpus of machine-shop postings "lathe" is common and "management" rare, though O*NET
    (1 occupation says lathe, 473 say management) has it the other way; the corpus wins, where
    counting the reference as its full 1,016 documents would let O*NET win."""
    corpus = ["lathe operator wanted"] * 300 + ["management role"] * 5
    vocabulary = TextVectorizer(reference).counter.vocabulary
    text = TextVectorizer(reference).fit(corpus)
    assert text.idf[vocabulary["lathe"]] < text.idf[vocabulary["management"]]
    full = TextVectorizer(reference, reference_documents=None).fit(corpus)
    assert full.idf[vocabulary["lathe"]] > full.idf[vocabulary["management"]]


def test_skill_idf_starts_from_the_reference(engine, reference):
    skills = SkillVectorizer(engine.taxonomy, reference=reference)
    idf = dict(zip(skills.skill_ids, skills.idf, strict=True))
    assert idf["microsoft-excel"] < idf["pytorch"]


def test_titles_compare_after_abbreviations(reference):
    titles = TitleVectorizer(reference)
    m = titles.transform([normalize_title(t) for t in ("Sr. ML Engineer", "Senior Machine Learning Engineer",
                                                        "Staff Accountant")])
    sims = (m @ m.T).toarray()
    assert sims[0, 1] > 0.9 and sims[0, 2] < 0.3


def test_the_rebuild_reproduces_the_shipped_file(shared_dir, reference):
    rebuilt = build(shared_dir / "data" / "onet")
    assert rebuilt.equals(reference), "rebuild with: matcher reference build --onet ../shared/data/onet"
