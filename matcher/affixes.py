"""The tokenizer's suffix and infix searches, answering as spaCy's own but trying fewer alternatives.

spaCy splits every chunk it has not seen (a run of non-space characters: a first-seen document has
dozens) with a suffix pattern of some eighty alternatives, each ending in ``$``, and an infix pattern
of some twenty, each tried at every position: about 6 us each per chunk, most of a new chunk's cost.
A suffix match ends at the chunk's last character, and an infix match starts with a character its
alternative can start with; read from the patterns once, these tell which few alternatives a chunk
can match at all ("Python," only those that can end in ","; "experience" no infix). Those are
searched alone, in their order, which finds the same match: the others cannot match anywhere.
A pattern with an alternative whose characters cannot be told is searched as it is. The URL match
that spaCy tries on each new word is tried only on a word holding a "." (:class:`GuardedMatch`).
"""

from __future__ import annotations

import re

from matcher.prefilter import Prefilter, _parser, top_level_branches

_LITERAL = _parser.LITERAL
_IN = _parser.IN
_RANGE = _parser.RANGE
_SUBPATTERN = _parser.SUBPATTERN
_BRANCH = _parser.BRANCH
_AT = _parser.AT
_AT_END = _parser.AT_END
#: What matches no character: lookarounds, and anchors such as ``\b``.
_ZERO_WIDTH = (_parser.ASSERT, _parser.ASSERT_NOT, _parser.AT)
_REPEATS = tuple(getattr(_parser, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_parser, name))
#: A class of more characters than this is not read (every alternative with one is always searched).
_MOST_CHARS = 20_000

Chars = frozenset  # of one-character strings


def _class_chars(av) -> Chars | None:
    """The characters of a parsed class ``[...]`` made of literals and ranges, else ``None``."""
    chars: set[str] = set()
    for op, value in av:
        if op is _LITERAL:
            chars.add(chr(value))
        elif op is _RANGE and value[1] - value[0] < _MOST_CHARS:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:  # a negated class, a category (\\w, \\d), a huge range
            return None
        if len(chars) > _MOST_CHARS:
            return None
    return frozenset(chars)


def _edge_chars(items: list, last: bool) -> Chars | None:
    """The characters the first (``last``: the last) character a match of the parsed sequence
    ``items`` consumes can be, skipping lookarounds and anchors before it (after it); ``None`` when
    not known or when a match may consume none."""
    for op, av in (reversed(items) if last else items):
        if op in _ZERO_WIDTH:
            continue  # the character is further in
        if op is _LITERAL:
            return frozenset(chr(av))
        if op is _IN:
            return _class_chars(av)
        if op is _SUBPATTERN:
            if av[1] & re.IGNORECASE:  # "(?i:...)": other cases too
                return None
            return _edge_chars(list(av[-1]), last)
        if op is _BRANCH:
            alternatives = [_edge_chars(list(branch), last) for branch in av[1]]
            return frozenset().union(*alternatives) if all(alternatives) else None
        if op in _REPEATS and av[0] >= 1:
            return _edge_chars(list(av[2]), last)
        return None  # an optional part, an anchor, a category, any character, ...
    return None


def _alternatives(pattern: re.Pattern, edge) -> tuple[list[str], list[Chars | None]] | None:
    """``pattern``'s top-level alternatives and, for each, ``edge`` of its parsed items (``None``:
    always searched); ``None`` when the pattern cannot be taken apart or ignores case."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    parts = top_level_branches(pattern)
    if parts is None:
        return None
    try:
        parsed = [list(_parser.parse(part, pattern.flags)) for part in parts]
    except Exception:  # pragma: no cover - an alternative that does not stand alone
        return None
    return parts, [edge(items) for items in parsed]


def _ends_at_end(items: list) -> Chars | None:
    """For a suffix alternative ending in ``$``, the characters its match can end with."""
    if not items or items[-1] != (_AT, _AT_END):
        return None
    return _edge_chars(items[:-1], last=True)


def _starts_with(items: list) -> Chars | None:
    return _edge_chars(items, last=False)


#: Lists of alternatives an :class:`_Alternatives` keeps by the characters that chose them, before it
#: starts over.
_MOST_KEYS = 4096


class _Alternatives:
    """A pattern's alternatives, by the characters that let each match (see the module docstring).
    Each is compiled alone, once, when first needed (a class of thousands of letters or symbols
    takes milliseconds): the alternatives a text asks for are searched one by one, not joined."""

    def __init__(self, pattern: re.Pattern, edge):
        #: spaCy saves a tokenizer's searches by ``search.__self__.pattern``: the pattern itself.
        self.__self__ = pattern
        self._parts: list[str] = []
        self._alone: list[re.Pattern | None] = []
        self._by_char: dict[str, tuple[int, ...]] = {}
        self._chosen: dict[tuple[str, ...], tuple[re.Pattern, ...]] = {}
        #: The characters some alternative's match needs (see ``edge``), when every alternative's are
        #: known; else ``None`` (the pattern is searched as it is).
        self.chars: frozenset[str] | None = None
        found = _alternatives(pattern, edge)
        if found is None or not all(found[1]):
            return
        self._parts, edges = found
        self._alone = [None] * len(self._parts)
        by_char: dict[str, list[int]] = {}
        for i, chars in enumerate(edges):
            for char in chars:
                by_char.setdefault(char, []).append(i)
        self._by_char = {char: tuple(indices) for char, indices in by_char.items()}
        self.chars = frozenset(self._by_char)

    def alternatives(self, chars: tuple[str, ...]) -> tuple[re.Pattern, ...]:
        """The alternatives, in their order, that may match a text holding ``chars`` (sorted, of
        :attr:`chars`) and no other of them."""
        try:
            return self._chosen[chars]
        except KeyError:
            pass
        indices = sorted({i for char in chars for i in self._by_char[char]})
        for i in indices:
            if self._alone[i] is None:
                self._alone[i] = re.compile(self._parts[i], self.__self__.flags)
        if len(self._chosen) >= _MOST_KEYS:
            self._chosen.clear()
        chosen = self._chosen[chars] = tuple(self._alone[i] for i in indices)  # type: ignore[misc]
        return chosen

    def __reduce__(self):
        return type(self), (self.__self__,)


class SuffixSearch(_Alternatives):
    """``pattern.search`` for a suffix pattern (alternatives ending in ``$``): only the alternatives
    that can end in the text's last character are tried. Each match ends at the text's end, so the
    pattern's is the one that starts first (the earliest alternative of those that start there)."""

    def __init__(self, pattern: re.Pattern):
        super().__init__(pattern, _ends_at_end)

    def __call__(self, text: str) -> re.Match | None:
        # "$" also matches before a final line break: such a text, or an empty one, is searched whole.
        if self.chars is None or not text or text[-1] == "\n":
            return self.__self__.search(text)
        last = text[-1]
        found = None
        for alternative in self.alternatives((last,) if last in self.chars else ()):
            match = alternative.search(text)
            if match is not None and (found is None or match.start() < found.start()):
                found = match
                if not found.start():
                    break
        return found


class InfixFinditer(_Alternatives):
    """``pattern.finditer`` for an infix pattern: only the alternatives whose match can start with
    one of the text's characters are tried (none for most words). As ``re`` does, from where the last
    match ended the next is the one that starts first (the earliest alternative of those that start
    there); each alternative's next match is searched again only once one before it has passed it."""

    def __init__(self, pattern: re.Pattern):
        super().__init__(pattern, _starts_with)

    def __call__(self, text: str):
        if self.chars is None:
            return self.__self__.finditer(text)
        alternatives = self.alternatives(tuple(sorted(self.chars.intersection(text))))
        if len(alternatives) < 2:
            return alternatives[0].finditer(text) if alternatives else iter(())
        ahead = [alternative.search(text) for alternative in alternatives]
        found = []
        at = 0
        while True:
            first = None
            for i, match in enumerate(ahead):
                if match is not None and match.start() < at:  # passed: its next match from here
                    match = ahead[i] = alternatives[i].search(text, at)
                if match is not None and (first is None or match.start() < first.start()):
                    first = match
            if first is None:
                return iter(found)
            found.append(first)
            at = first.end()  # never empty: each alternative's match starts with a character


class GuardedMatch:
    """``pattern.match`` that tries the pattern only on a text holding one of the strings every match
    holds (:class:`~matcher.prefilter.Prefilter`): spaCy tries its URL pattern on each new word left
    once its affixes are split off (1-2 us a word), and a URL holds a "." (most words hold none).
    ``None`` where the pattern is not tried, as the pattern gives there."""

    def __init__(self, pattern: re.Pattern):
        #: spaCy saves a tokenizer's matches by ``match.__self__.pattern``: the pattern itself.
        self.__self__ = pattern
        scan = Prefilter(pattern)
        #: The strings (one of them in every match) looked for as they are; ``("",)`` (in every text)
        #: when the pattern needs none or ignores case.
        self.needs: tuple[str, ...] = scan.cased if scan.strings and not scan.folded else ("",)

    def __call__(self, text: str) -> re.Match | None:
        for string in self.needs:
            if string in text:
                return self.__self__.match(text)
        return None

    def __reduce__(self):
        return type(self), (self.__self__,)
