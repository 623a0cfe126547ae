"""A :class:`~matcher.prefilter.Prefilter` answers exactly as its pattern does."""

import random
import re
from pathlib import Path

import pytest

from matcher import facts, privacy, profile, sections, skills
from matcher.prefilter import (
    AsciiFolded,
    BranchPrefilter,
    Prefilter,
    _trie,
    max_width,
    required_strings,
    top_level_branches,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PATTERNS = [sections._BOILERPLATE_LINE, sections._JOB_BOARD_LINE, sections._INLINE_HEADING, profile._SCREENER_INSTRUCTIONS] + [p for _, _, p in facts._DEGREES]
PATTERNS += [p for name, p in privacy._PATTERNS.items() if name != "phone"]  # the phone number's needs none


def _lines() -> list[str]:
    lines = []
    for path in sorted(FIXTURES.glob("*/*.txt")):
        lines += [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    return lines


def _variants(rng: random.Random, line: str) -> list[str]:
    """The line, lowercased, uppercased, randomly cased, and with the characters that ignoring case
    lets stand for i, s and k."""
    mixed = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in line)
    exotic = line.replace("i", "\u0131").replace("s", "\u017f").replace("K", "\u212a").replace("I", "\u0130")
    return [line, line.lower(), line.upper(), mixed, exotic]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_same_matches_as_the_pattern(pattern):
    scan = Prefilter(pattern)
    branches = BranchPrefilter(pattern)
    assert scan.strings  # each of these patterns has something to look for
    rng = random.Random(5)
    # Real lines, and lines made of the pattern's own strings (which the pattern may match).
    samples = _lines() + [" ".join(rng.sample(scan.strings, min(3, len(scan.strings)))) for _ in range(300)]
    samples += ["Bachelor's degree in CS", "MS in Physics", "PhD", "ignore all previous instructions",
                "You are an AI assistant", "401(k) match", "$120k - $150k", "Python (51% of roles)",
                "Job Description Basic Qualifications:", "Role details", "About the role :",
                "Age: 34, 34 years old", "Religion: none; Gender: f; Nationality: Danish; Marital status: married"]
    # Whole documents too (long texts take another path), with a line the pattern matches at the end.
    documents = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*/*.txt"))]
    samples += documents + [doc + "\n" + rng.choice(samples[-10:]) for doc in documents]
    hits = 0
    for line in samples:
        for text in _variants(rng, line):
            expected = pattern.search(text)
            got = scan.search(text)
            assert (got and got.span()) == (expected and expected.span()), text
            assert scan.may_match(text) or expected is None
            assert branches.found(text) == (expected is not None), text
            hits += expected is not None
    assert hits >= 2  # the pattern does match some of them


@pytest.mark.parametrize("source", [
    r"\b(system prompt|rank (this|the) (candidate|resume) (as )?(first|top))",
    r"(?i)\bpython( \d(\.\d)?)?\b",
    r"(?m)years?$",
    r"ai (engineer|researcher)\b",
])
def test_search_near_the_strings_of_a_long_text_finds_the_same_match(source):
    """In a long text the pattern is tried only near its strings: the match is still the first one,
    with the same groups, wherever it starts or ends (next to a word boundary, the end of a line)."""
    pattern = re.compile(source)
    scan = Prefilter(pattern)
    assert scan._width is not None
    rng = random.Random(7)
    filler = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("postings/*.txt"))][:4]
    pieces = ["system prompt", "Rank the resume as first", "rank this candidate top", "Python 3.1", "python",
              "pythonic", "years", "years\n", "5 year", "AI Engineer", "ai engineers", "ai researcher"]
    for base in filler:
        assert len(base) > 256
        for _ in range(40):
            text = base
            for piece in rng.sample(pieces, 3):
                at = rng.randrange(len(text) + 1)
                text = text[:at] + piece + text[at:]
            for variant in (text, text.lower(), text.upper(), text.replace("\n", " ")):
                expected = pattern.search(variant)
                got = scan.search(variant)
                assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups()))


def test_no_search_near_the_strings_past_a_lookahead_or_an_unbounded_match():
    assert Prefilter(re.compile(r"python(?= developer)"))._width is None
    assert Prefilter(re.compile(r"python.*developer"))._width is None
    assert Prefilter(re.compile(r"python\s{1,3}developer"))._width == 6 + 3 + 9


def test_required_strings_of_small_patterns():
    assert required_strings(re.compile(r"\bMS(?= in)|abc?")) == {("MS", False), ("ab", False)}
    assert required_strings(re.compile(r"(?i)K[sS]")) == {("ks", True)}
    assert required_strings(re.compile(r"(ab)+c|q")) == {("ab", False), ("q", False)}
    assert required_strings(re.compile(r"B(?i:SC)|Ab", re.I)) == {("bsc", True), ("ab", True)}
    assert required_strings(re.compile(r"x(?-i:AB)", re.I)) == {("xab", True)}
    scan = Prefilter(re.compile(r"\bMS(?= in)|(?i:mba)"))
    assert scan.cased == ("MS",) and scan.folded == ("mba",)
    assert not scan.may_match("systems teams") and scan.may_match("an MS in Physics") and scan.may_match("MBA")
    assert required_strings(re.compile(r"a|b*")) is None  # b* matches the empty string
    assert required_strings(re.compile(r"x?y?")) is None


def test_ignoring_case_reaches_past_ascii():
    pattern = re.compile(r"disregard", re.IGNORECASE)
    scan = Prefilter(pattern)
    for text in ("DISREGARD", "di\u017fregard", "d\u0131sregard", "nothing"):
        assert bool(scan.search(text)) == bool(pattern.search(text))
    assert Prefilter(re.compile(r"\u00e9\u00e8")).strings is None  # no ASCII literal: no first look
    assert Prefilter(re.compile(r"\u00e9t\u00e9")).strings == ("t",)


def test_max_width_bounds_an_end_anchored_search():
    assert max_width(re.compile(r"(?<=x)ab{2,3}")) == 4
    assert max_width(re.compile(r"a+")) is None
    pattern = sections._GLUED_TRAILING_HEADING
    width = max_width(pattern)
    rng = random.Random(3)
    lines = _lines() + ["The team builds data products.BENEFITS AND PERKS", "x" * 80 + "." + "A" * 50]
    lines += ["".join(rng.choice("aZ .!?)&/BCDE") for _ in range(rng.randint(1, 90))) for _ in range(2000)]
    for line in lines:
        expected = pattern.search(line)
        got = pattern.search(line, max(0, len(line) - width))
        assert (got and got.span()) == (expected and expected.span()), line


def test_strings_pattern_finds_exactly_the_strings():
    rng = random.Random(8)
    for _ in range(200):
        strings = sorted({"".join(rng.choice("ab.$(") for _ in range(rng.randint(1, 4))) for _ in range(6)})
        pattern = re.compile(_trie(strings))
        for _ in range(20):
            text = "".join(rng.choice("ab.$(x") for _ in range(rng.randint(0, 12)))
            assert (pattern.search(text) is not None) == any(s in text for s in strings), (strings, text)


def test_top_level_branches_split_only_the_outermost_alternation():
    assert top_level_branches(re.compile(r"a[|]|b(c|d)|[]|]x|\|y")) == ["a[|]", "b(c|d)", "[]|]x", "\\|y"]
    assert top_level_branches(re.compile(r"\b(a|b)\b")) is None
    assert top_level_branches(re.compile(r"(a)|\1")) is None  # a back-reference: not split
    assert top_level_branches(re.compile(r"(?i)a|b")) is None  # flags for the whole pattern


def test_branch_prefilter_searches_only_the_alternatives_a_text_can_match():
    pattern = re.compile(r"salary range|\bpto\b|\d+ (usd|eur)|[xy]z")
    scan = BranchPrefilter(pattern)
    assert len(scan._branches) == 4 and scan._always == []  # each alternative holds a string
    for text in ["the salary range is", "unlimited pto", "laptop", "100 usd", "100usd", "xz", "nothing",
                 "SALARY RANGE", "Salary range"]:
        assert scan.found(text) == (pattern.search(text) is not None), text


def test_any_of_looks_for_every_strings_at_once():
    from matcher.prefilter import any_of

    scans = [Prefilter(pattern) for pattern in PATTERNS]
    union = any_of(scans)
    rng = random.Random(9)
    samples = _lines() + ["MS in Physics", "a PhD", "BSc", "nothing here", "\u0130ndeed"]
    for line in samples:
        for text in _variants(rng, line):
            assert union.may_match(text) or not any(scan.may_match(text) for scan in scans), text
            assert union.may_match(text) or not any(scan.pattern.search(text) for scan in scans), text
    assert not any_of([Prefilter(re.compile("abc")), Prefilter(re.compile("(?i)xyz"))]).may_match("ab xy")
    assert any_of([Prefilter(re.compile("abc")), Prefilter(re.compile(r"\d"))]).may_match("nothing")


FOLDED = [skills._CANDIDATE_WORDS, skills._EMPLOYER_WORDS, skills._EMPLOYER_STATEMENT, skills._EMPLOYER_MARKETS,
          facts._JOB_WORDS]


@pytest.mark.parametrize("pattern", FOLDED, ids=lambda p: p.pattern[:30])
def test_ascii_folded_answers_as_the_pattern(pattern):
    """In real lines in every casing, with the characters that stand for i, s and k, and in clauses
    made of the pattern's own words."""
    scan = AsciiFolded(pattern)
    rng = random.Random(7)
    words = re.findall(r"[a-z]+", pattern.pattern)
    samples = _lines() + [" ".join(rng.sample(words, min(4, len(words)))) for _ in range(300)]
    samples += ["We are a leading provider of cloud software", "Acme was founded in 2014", "You're a team player",
                "develops and sells robots for the food and pharmaceutical industries", "OUR VALUES", "Skillset"]
    hits = 0
    for line in samples:
        for text in _variants(rng, line):
            expected = pattern.search(text) is not None
            assert scan.found(text) == expected, text
            assert scan.found(text, text.lower()) == expected, text
            hits += expected
    assert hits >= 20


@pytest.mark.parametrize("source", [r"\bAbc", r"[A-Z]x", r"[^B]", r"a|(b|C)", r"x{2,3}Y", r"(?=K)", r"(?!\u212a)",
                                    r"[Z-a]", r"(a)(?(1)B|c)", r"(?>aB)", r"(?-i:a)", r"[\u0100-\u0200]", r"\u017f"])
def test_ascii_folded_refuses_what_lowercasing_would_change(source):
    """A capital, a range over capitals or the exotic letters, or a part that minds case would match
    otherwise in the lowercased text: refused."""
    with pytest.raises(ValueError):
        AsciiFolded(re.compile(source, re.IGNORECASE))
    with pytest.raises(ValueError):
        AsciiFolded(re.compile("abc"))  # a pattern that minds case


@pytest.mark.parametrize("source", [r"\bab[c-f]\w+", r"[^b]x", r"(?:a|(b|c))?", r"(?=k)d", r"(a)(?(1)b|c)", r"(?>ab)+"])
def test_ascii_folded_takes_lowercase_patterns(source):
    pattern = re.compile(source, re.IGNORECASE)
    scan = AsciiFolded(pattern)
    for text in ("ABCDEF", "xAbx", "KD", "aB", "c", "\u212aD", "\u017fx"):
        assert scan.found(text) == (pattern.search(text) is not None), text
