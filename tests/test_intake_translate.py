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
