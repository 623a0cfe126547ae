"""The skill matcher's per-token shortcuts give the answers of the plain steps they replace."""

import random

from matcher.skills import SKILL_GROUP, _Candidate, _filter_candidates, _strings, _Tokens
from tests.conftest import POSTINGS, RESUMES

EXTRA = ("Models with scikit - learn and Tensor flow.\nFrontend in reactjs; time-series forecasting, Node.js "
         "and Postgre SQL\nPower\nBI, Kubernetis, K8s-cluster2, as an at scale ASan")


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in (POSTINGS, RESUMES) for p in sorted(folder.glob("*.txt"))]
    return texts + [EXTRA]


def test_strings_fill_only_the_missing_hashes(engine):
    """:func:`_strings` gives the vocabulary's strings with an empty, a partial and a full cache, and
    leaves every one cached (a word repeated in the document too)."""
    nlp = engine.nlp
    doc = nlp.make_doc("never-seen-ZQX words words and never-seen-ZQX again " + EXTRA)
    hashes = [t.orth for t in doc]
    expected = [t.text for t in doc]
    store = nlp.vocab.strings
    for cache in ({}, {hashes[0]: expected[0], hashes[3]: expected[3]}, {h: store[h] for h in hashes}):
        assert _strings(hashes, cache, store) == expected
        assert all(cache[h] == text for h, text in zip(hashes, expected, strict=True))
        assert _strings(hashes, cache, store) == expected


def test_candidates_are_filtered_as_spacy_filters_spans_without_overlaps_too():
    """Non-overlapping candidates (the shortcut) and overlapping ones give ``filter_spans``' answer: the same
    objects in the same order."""
    from spacy.util import filter_spans

    rng = random.Random(7)
    for trial in range(3000):
        spans = []
        at = 0
        for _ in range(rng.randrange(0, 12)):
            at += rng.randrange(0, 3)
            end = at + rng.randrange(1, 4)
            spans.append(_Candidate(at, end, f"s{len(spans)}", at, end))
            if trial % 2:  # disjoint
                at = end
        if trial % 3 == 0:
            rng.shuffle(spans)
        assert _filter_candidates(spans) == filter_spans(spans)


def test_token_infos_hold_each_tokens_lone_skill_and_run_text(engine):
    """Each token's precomputed lone squashed skill and run text (read by the squashed search, whose
    answers tests/test_skill_spans.py checks) follow from its squashed text, in every fixture document."""
    nlp = engine.nlp
    matcher = nlp.get_pipe("skill_matcher")
    total = 0
    for text in _texts():
        doc = nlp.make_doc(text)
        tokens = _Tokens(doc, {})
        info = matcher._token_infos(tokens.texts, tokens.lowers)
        for item, token_text in zip(info, tokens.texts, strict=True):
            squashed, punct, stop, newline, can_start, _, single, join = item
            ids = matcher.squashed.get(squashed) if can_start and len(squashed) >= 4 else None
            assert single == (ids[0] if ids else None), token_text
            assert join == (None if newline or (punct and squashed) else squashed), token_text
        total += len(matcher._squashed_spans(tokens, info, set()))
    assert total > 10


def test_entities_are_set_as_set_ents_sets_them(engine):
    """Every token's entity annotation (IOB, type, knowledge-base id, entity id) after the matcher is what
    spaCy's own ``Doc.set_ents`` (its default: the other tokens outside) gives for the same entities."""
    from spacy.tokens import Span

    nlp = engine.nlp
    for text in _texts():
        doc = nlp(text)
        assert doc.ents and SKILL_GROUP in doc.spans
        again = nlp.make_doc(text)
        again.set_ents([Span(again, e.start, e.end, label=e.label_, kb_id=e.kb_id_) for e in doc.ents])
        def annotation(d):
            return [(t.ent_iob, t.ent_type, t.ent_kb_id, t.ent_id) for t in d]
        assert annotation(doc) == annotation(again)
        assert [t.ent_iob_ for t in doc].count("O") == len(doc) - sum(len(e) for e in doc.ents)
    empty = nlp("")
    assert not empty.ents and list(empty.spans[SKILL_GROUP]) == []
