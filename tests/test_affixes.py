"""The tokenizer's suffix and infix searches (matcher.affixes) answer exactly as spaCy's patterns do."""

from __future__ import annotations

import json
import pickle
import re

import pytest
import spacy

from matcher.affixes import GuardedMatch, InfixFinditer, SuffixSearch
from tests.conftest import POSTINGS, RESUMES, SHARED

#: Chunks where a wrong choice of alternatives would show: a line break after the last character
#: ("$" matches before it), runs of dots, units, abbreviations, possessives, glued lists, symbols.
TRICKY = ["", "a", ".", "..", "...", "a..", "x\n", "..\n", "a.\n", "\n", "5km", "5km.", "e.g.", "U.S.", "it's",
          "we're", "Python,", "(SQL)", "C#/.NET", "1,000", "a-b", "a—b", "a--b", "A.B", "a.B", "😀x", "x😀", "3+4",
          "3-4", "well-known", "AWS(EMR,EC2,S3),", "Java|SQL;Excel", "•Tableau", "GraphQL/", "50%", "$100k",
          "10°C.", "“quoted”", "'single'", "end)", "x:y", "a=b", "1/2", "C++", "...and", "ok!?"]


def _chunks() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in (POSTINGS, RESUMES) for p in sorted(folder.glob("*.txt"))]
    spans = SHARED / "data" / "skillspan" / "dev_spans.jsonl"
    if spans.exists():
        with open(spans, encoding="utf-8") as handle:
            texts += [json.loads(line)["sentence"] for line in handle if line.strip()]
    chunks = {chunk for text in texts for chunk in text.split(" ")}  # spaCy splits on spaces only
    # What spaCy searches once the chunk's ends are split off: every tail and head of each chunk.
    pieces = {piece for chunk in chunks if len(chunk) < 40 for i in range(len(chunk)) for piece in (chunk[i:], chunk[:i])}
    return sorted(pieces | set(TRICKY))


@pytest.fixture(scope="module")
def searches(engine):
    tokenizer = engine.nlp.tokenizer
    return tokenizer.suffix_search, tokenizer.infix_finditer, _chunks()


def test_the_pipeline_tokenizer_uses_them(searches):
    suffix, infix, _ = searches
    assert isinstance(suffix, SuffixSearch) and suffix.chars
    assert isinstance(infix, InfixFinditer) and infix.chars


def test_suffix_search_finds_the_patterns_match(searches):
    suffix, _, chunks = searches
    pattern = suffix.__self__
    assert len(chunks) > 1000
    for chunk in chunks:
        ours, theirs = suffix(chunk), pattern.search(chunk)
        assert (ours and ours.span()) == (theirs and theirs.span()), chunk


def test_infix_finditer_finds_the_patterns_matches(searches):
    _, infix, chunks = searches
    pattern = infix.__self__
    for chunk in chunks:
        assert [m.span() for m in infix(chunk)] == [m.span() for m in pattern.finditer(chunk)], chunk


def test_most_words_try_few_alternatives(searches):
    """The point of it: a word with no punctuation tries no infix alternative, and a suffix search
    tries only the alternatives that end in the word's last character."""
    suffix, infix, _ = searches
    assert infix.alternatives(tuple(sorted(infix.chars.intersection("experience")))) == ()
    assert 0 < len(suffix.alternatives((",",))) < suffix.__self__.pattern.count("|") / 4


def test_a_pattern_not_taken_apart_is_searched_whole():
    """A pattern whose alternatives cannot be read (one ignores case, a back-reference, one may end
    in any character) is searched as it is."""
    for pattern in (re.compile(r"(a)\1$|b$"), re.compile(r"ab$|c$", re.IGNORECASE), re.compile(r"a.$|b$"),
                    re.compile(r"(?i:ab)$|c$")):
        suffix = SuffixSearch(pattern)
        assert suffix.chars is None
        assert [suffix(t) and suffix(t).span() for t in ("xaa", "xAB", "b", "z")] == \
            [pattern.search(t) and pattern.search(t).span() for t in ("xaa", "xAB", "b", "z")]


def test_they_pickle_and_serialise_as_their_patterns(engine, searches):
    suffix, infix, _ = searches
    assert pickle.loads(pickle.dumps(suffix)).__self__.pattern == suffix.__self__.pattern
    assert [m.span() for m in pickle.loads(pickle.dumps(infix))("a,b")] == [(1, 2)]
    tokenizer = engine.nlp.tokenizer
    # spaCy saves the patterns themselves (search.__self__.pattern) and loads them back as plain searches.
    assert spacy.blank("en").tokenizer.from_bytes(tokenizer.to_bytes())("C#/.NET, e.g.") is not None
    text = "AWS(EMR,EC2,S3), e.g. C#/.NET well-known 5km..."
    restored = pickle.loads(pickle.dumps(tokenizer))
    assert [t.text for t in restored(text)] == [t.text for t in tokenizer(text)]
    assert isinstance(restored.suffix_search, SuffixSearch)


def test_infix_matches_of_several_alternatives_in_one_chunk():
    """Matches of different alternatives one after another, touching and overlapping where each
    would match alone: the order ``re`` finds them in, the first to start winning."""
    pattern = re.compile(r"(?<=[a-z]),(?=[a-z])|,|--|-|(?<=[0-9])[+\-](?=[0-9])|\.\.+|/")
    infix = InfixFinditer(pattern)
    assert infix.chars == frozenset(",-+./")
    for text in ("a,b", "a,,b", "a--b-c", "1-2+3", "x...y/z,,w", "--,-", "a-,b..c/d", "", "abc"):
        assert [m.span() for m in infix(text)] == [m.span() for m in pattern.finditer(text)], text


def test_the_url_match_is_tried_only_on_words_holding_what_a_url_holds(searches, engine):
    """spaCy's URL match, tried on each new word, answers as the pattern does: every URL holds a "."."""
    _, _, chunks = searches
    url = engine.nlp.tokenizer.url_match
    assert isinstance(url, GuardedMatch) and url.needs == (".",)
    pattern = url.__self__
    for chunk in chunks + ["www.example.com", "https://a.io/x?y=1", "8.8.8.8", "me@mail.example.org", "http://localhost",
                           "example.com:8080/a", "10a.m", "e.g.", "Node.js", "a.B"]:
        ours, theirs = url(chunk), pattern.match(chunk)
        assert (ours and ours.span()) == (theirs and theirs.span()), chunk
    assert url("www.example.com") and not url("localhost")
    assert pickle.loads(pickle.dumps(url)).needs == (".",)
    # A pattern that ignores case or needs no string is tried on every text.
    assert GuardedMatch(re.compile(r"ab\.", re.IGNORECASE)).needs == ("",)
    assert GuardedMatch(re.compile(r"a*")).needs == ("",)
    assert GuardedMatch(re.compile(r"a*"))("xyz").span() == (0, 0)
