"""The shortcuts of the matcher's "names no skill" checks answer as the plain checks they replace: the
clause's start found by one match, the checks of
:func:`~matcher.skills._describes_employer` in another order, the ending looked at before
:data:`~matcher.skills._UNIT_BEFORE` is searched, and the boilerplate cue read from the colon."""

import random
import re

import pytest

from matcher import skills

#: Words the checks look for, in several cases, with the characters ignoring case lets stand for i, s
#: and k, and words of no interest.
_WORD_TEXT = ("is are was been founded has have consists covers comprises supplies offers employs houses hosts research "
          "we our us culture values you your candidates skills experience must strong who Acme The company a an the "
          "one of leading provider leader firm university department faculty institute school centre center chair "
          "for and & develops sells serves industries sectors such as like to in both benefits perks description "
          "about offer Benefits: About us: who we are: values:\t offer: DESCRIPTION: Perks: team sales Python Java "
          "İs ıs ſupplies \u212a \u0130 \u017f \u0131 OF FOR AND Of İnstitute Department of Faculty for")
_WORDS = _WORD_TEXT.split()
_SEPARATORS = [" ", " ", " ", "  ", "\n", "\t", ". ", ", ", "; ", ": ", "! ", "? ", " • ", "\r\n", "\x0b", "\x1c",
               "\xa0", "\u2028", "\x85", ""]
#: Openings that make the checks answer yes, so both answers are compared often.
_OPENINGS = ["Acme is a leading provider of", "We are the", "Our company is one of", "founded in 2014,",
             "The University consists of", "its main research areas include", "ACME IS A", "Acme İs a",
             "department of", "Department Of Sales and", "Faculty for", "chair of finance &", "school of\n",
             "Institute  for\t", "department of\x1c", "department of\xa0", "department oſ", "we value", "you are",
             "we develop and sell robots for the food industries", "serves the banking sector", "industries such as"]

_CLAUSE_BOUNDARY = re.compile(r"[.!?;:•\n]")
_BOILERPLATE_CUE = re.compile(r"(?:benefits|perks|description|about us|offer|values|who we are):[ \t]", re.IGNORECASE)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause's bounds, each break before the name found in turn."""
    lo = max(start - 100, 0)
    for boundary in _CLAUSE_BOUNDARY.finditer(text, lo, start):
        lo = boundary.end()
    boundary = _CLAUSE_BOUNDARY.search(text, end, min(len(text), end + 100))
    return lo, boundary.start() if boundary else min(len(text), end + 100)


def _clause(text: str, start: int, end: int) -> tuple[int, str]:
    lo, hi = _clause_bounds(text, start, end)
    return lo, text[lo:hi]


def _presents_employer(text: str, start: int, end: int) -> bool:
    """The employer presented: the verbs looked for around the name, then the patterns."""
    reach = text[max(start - 100, 0):end + 100]
    if reach.isascii() and skills._PRESENTING_VERBS.search(reach.lower()) is None:
        return False
    lo, clause = _clause(text, start, end)
    if skills._CANDIDATE_WORDS.search(clause):
        return False
    presented = skills._EMPLOYER_PRESENTED.match(clause)
    return (presented is not None and lo + presented.end() <= start) or skills._EMPLOYER_STATEMENT.search(clause) is not None


def _describes_employer(text: str, start: int, end: int, markets: bool = False) -> bool:
    """The employer described, with the patterns alone, in the order they are written in."""
    _, clause = _clause(text, start, end)
    return bool((skills._EMPLOYER_WORDS.search(clause) or skills._EMPLOYER_STATEMENT.search(clause)
                 or (markets and skills._EMPLOYER_MARKETS.search(clause)))
                and not skills._CANDIDATE_WORDS.search(clause))


def _unit_before(text: str, start: int) -> bool:
    return skills._UNIT_BEFORE.search(text, max(0, start - 60), start) is not None


def _texts(seed: int, count: int) -> list[tuple[str, int, int]]:
    """Random texts of the words and separators above, each with a span: a random one, an opening's
    next word, and the edges (empty spans at either end, the whole text)."""
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        head = "".join(rng.choice(_WORDS) + rng.choice(_SEPARATORS) for _ in range(rng.randint(0, 12)))
        if rng.random() < 0.5:
            head += rng.choice(_OPENINGS) + (rng.choice(_SEPARATORS) or " ")
        name = rng.choice(["Python", "sales", "finance", "teamwork", ""])
        tail = "".join(rng.choice(_WORDS) + rng.choice(_SEPARATORS) for _ in range(rng.randint(0, 12)))
        text = head + name + tail
        if rng.random() < 0.1:
            text = text.upper()
        cases.append((text, len(head), len(head) + len(name)))
        s = rng.randint(0, len(text))
        cases += [(text, s, rng.randint(s, min(len(text), s + 20))), (text, 0, 0), (text, len(text), len(text)),
                  (text, 0, len(text))]
    cases += [("", 0, 0), ("İ", 0, 1), ("department of İ", 14, 15), ("ACME İS A leader", 10, 16)]
    return cases


@pytest.mark.parametrize("seed", range(3))
def test_employer_and_unit_checks_answer_as_the_patterns(seed):
    for text, start, end in _texts(seed, 1000):
        assert skills._clause_bounds(text, start, end) == _clause_bounds(text, start, end), (text, start, end)
        assert skills._presents_employer(text, start, end) == _presents_employer(text, start, end), (text, start, end)
        clause = skills._clause_of(text, start, end)
        assert skills._presents_employer(text, start, end, clause) == _presents_employer(text, start, end)
        for markets in (False, True):
            expected = _describes_employer(text, start, end, markets)
            assert skills._describes_employer(text, start, end, markets) == expected, (text, start, end, markets)
            assert skills._describes_employer(text, start, end, markets, clause) == expected
        assert skills._unit_before(text, start) == _unit_before(text, start), (text, start)


@pytest.mark.parametrize("seed", range(3))
def test_boilerplate_cue_finds_what_the_heading_words_find(seed):
    for text, _start, _end in _texts(seed, 1000):
        assert (skills._BOILERPLATE_CUE.search(text) is None) == (_BOILERPLATE_CUE.search(text) is None), text


def test_shortcuts_say_yes_too():
    """The shortcuts are not compared on "no" answers alone."""
    assert skills._presents_employer("Acme is a leading provider of cloud software", 30, 35)
    assert skills._describes_employer("We develop and sell robots for the food industries", 35, 39, markets=True)
    assert skills._unit_before("the Department of Sales and Marketing", 28)
    assert skills._unit_before("the Faculty For\nChemistry", 16)
    assert skills._BOILERPLATE_CUE.search("Job Benefits:\tfree lunch")
    assert skills._clause_bounds("One. Two; three", 10, 15) == (9, 15)
