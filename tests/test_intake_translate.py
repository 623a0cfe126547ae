"""Normalisation maps characters exactly as its translation table says, however it finds them."""

import random

from matcher import intake


def test_translation_matches_str_translate():
    table = intake._TRANSLATE
    rng = random.Random(4)
    alphabet = [chr(c) for c in table] + list("abc XYZ-'\"\t\n.,é•") + ["\u00e9", "\U0001f600"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(2000)]
    texts += ["plain ascii\twith a tab", "", "\t\t", "“smart” ‘quotes’ – dashes — and • bullets\u00a0here\u200b"]
    for text in texts:
        pattern = intake._TRANSLATED_ASCII if text.isascii() else intake._TRANSLATED
        assert pattern.sub(intake._translated, text) == text.translate(table), repr(text)


def test_normalize_text_uses_the_table():
    assert intake.normalize_text("“Python”\t–\u00a0SQL\u200b • Go") == "\"Python\" - SQL - Go"


def test_long_run_check_never_misses_a_long_run():
    """``_may_hold_long_run`` may only say no where the run-breaking pattern finds nothing."""
    import random

    from matcher.intake import _LONG_RUN, MAX_RUN, _may_hold_long_run

    rng = random.Random(7)
    for _ in range(3000):
        pieces = []
        while sum(map(len, pieces)) < 2000:
            pieces.append(rng.choice([" ", "\n", "\u2003", "x" * rng.choice([1, 7, MAX_RUN - 1, MAX_RUN, MAX_RUN + 1, 900])]))
        text = "".join(pieces)[:rng.randrange(0, 2000)]
        assert _may_hold_long_run(text) or _LONG_RUN.search(text) is None


def test_normalize_text_skips_nothing_it_must_change():
    from matcher.intake import MAX_RUN, normalize_text

    assert normalize_text("a\x07b\u202ec") == "abc"
    assert normalize_text("data-\nbase \\- item") == "database - item"
    assert normalize_text("a   b\n\n\n\nc") == "a b\n\nc"
    assert normalize_text("x" * (MAX_RUN + 3)) == "x" * MAX_RUN + " xxx"
    assert normalize_text("plain text\nas it is") == "plain text\nas it is"


def test_blank_lines_collapse_as_the_pattern_does():
    """Runs of three or more line breaks become two, shorter ones stay: what ``\\n{3,}`` replaced."""
    from matcher.intake import _BLANK_LINES, _collapse_blank_lines

    for n in range(12):
        for text in ("a" + "\n" * n + "b", "\n" * n, "x\n\ny" + "\n" * n + "z\n\n\n\n\nw", "\n" * n + "a\n"):
            assert _collapse_blank_lines(text) == _BLANK_LINES.sub("\n\n", text), repr(text)
