"""A cheap first look before a big regular expression: strings one of which every match must hold.

Python's ``re`` tries every branch of a pattern at every position of the text; a pattern of sixty
branches ("equal opportunity|\\beeo\\b|without regard to|...") costs tens of microseconds per line.
:class:`Prefilter` reads, once, from the pattern itself, strings one of which any match contains
("opportunity", "eeo", "without regard to", ...), and runs the pattern only on a text that holds
one of them (a few substring checks). The answers are the pattern's own, always.

The strings are ASCII. Where the pattern ignores case they are lowercase and looked for in the
lowercased text; the only other characters ``re`` lets stand for an ASCII letter then (dotted and
dotless I, long S, the Kelvin sign) send a text straight to the pattern. Elsewhere they are looked
for as they are ("MS" in "MS in Physics", not "ms" in "systems").
"""

from __future__ import annotations

import re

try:  # the parser ``re`` compiles with: re._parser from Python 3.11, sre_parse before
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _parser  # type: ignore[no-redef]

_LITERAL = _parser.LITERAL
_SUBPATTERN = _parser.SUBPATTERN
_BRANCH = _parser.BRANCH
_IN = _parser.IN
_REPEATS = tuple(getattr(_parser, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_parser, name))
_ATOMIC_GROUP = getattr(_parser, "ATOMIC_GROUP", None)
#: From this length on, each string is looked for on its own (fast over long texts); below, the
#: strings' trie pattern is (fewer steps over a line).
_LONG_TEXT = 256
#: Characters that match an ASCII letter of a pattern that ignores case without lowercasing to it.
_CASE_EXOTICS = ("\u0130", "\u0131", "\u017f", "\u212a")


def required_strings(pattern: re.Pattern) -> frozenset[tuple[str, bool]] | None:
    """ASCII strings one of which every match of ``pattern`` contains, each with whether it is
    looked for in the lowercased text (``True``: the pattern ignores case there; the string is then
    lowercase) or as it is; ``None`` when some way of matching needs none (nothing to check)."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a parser this module does not know: no first look
        return None
    return _needs(list(parsed), bool(pattern.flags & re.IGNORECASE))


def max_width(pattern: re.Pattern) -> int | None:
    """The most characters one match of ``pattern`` can span, or ``None`` when there is no bound.
    A pattern anchored at the end (``...$``) then need only be searched in that many last characters."""
    try:
        _, most = _parser.parse(pattern.pattern, pattern.flags).getwidth()
    except Exception:  # pragma: no cover - a parser this module does not know
        return None
    return most if most < _parser.MAXREPEAT else None


Need = frozenset  # of (string, folded) pairs


def _shortest(need: Need) -> int:
    return min(len(s) for s, _ in need)


def _string(chars: list[str], folded: bool) -> tuple[str, bool]:
    text = "".join(chars)
    return (text.lower(), True) if folded else (text, False)


def _join(before: tuple[str, bool], after: tuple[str, bool]) -> tuple[str, bool]:
    """``before`` right followed by ``after``: looked for in the lowercased text if either part is."""
    if before[1] or after[1]:
        return before[0].lower() + after[0].lower(), True
    return before[0] + after[0], False


def _scoped(av, folded: bool) -> bool:
    """Whether a group ``(?i:...)`` / ``(?-i:...)`` ignores case inside."""
    _, add_flags, del_flags, _ = av
    if add_flags & re.IGNORECASE:
        return True
    if del_flags & re.IGNORECASE:
        return False
    return folded


def _needs(items: list, folded: bool) -> Need | None:
    """What a sequence of parsed items needs: the most selective of its items' needs (the one whose
    shortest string is longest), a run of consecutive ASCII literals counting as one string.
    ``folded``: whether case is ignored here."""
    best: Need | None = None
    run: list[str] = []
    previous: tuple[str, bool] | None = None  # the run of literals right before the item at hand

    def consider(need: Need | None) -> None:
        nonlocal best
        if need and (best is None or _shortest(need) > _shortest(best)):
            best = need

    for op, av in items:
        if op is _LITERAL and av < 128:
            run.append(chr(av))
            continue
        if run:
            previous = _string(run, folded)
            consider(frozenset([previous]))
            run = []
        if previous and op in (_SUBPATTERN, _BRANCH, _IN):
            # "B(S|A)": every match holds "BS" or "BA", more telling than "B".
            starts = _starts([(op, av)], folded)
            if starts:
                consider(frozenset(_join(previous, start) for start in starts))
        previous = None
        if op is _SUBPATTERN:
            consider(_needs(list(av[-1]), _scoped(av, folded)))
        elif op is _BRANCH:
            alternatives = [_needs(list(branch), folded) for branch in av[1]]
            if all(alternatives):
                consider(frozenset().union(*alternatives))
        elif op in _REPEATS and av[0] >= 1:
            consider(_needs(list(av[2]), folded))
        elif _ATOMIC_GROUP is not None and op is _ATOMIC_GROUP:
            consider(_needs(list(av), folded))
        # Anything else (assertions, classes, anchors, optional parts) needs nothing certain.
    if run:
        consider(frozenset([_string(run, folded)]))
    return best


def _starts(items: list, folded: bool) -> Need | None:
    """Non-empty ASCII strings (as in :func:`_needs`) one of which every match of the sequence
    ``items`` starts with, or ``None``."""
    if not items:
        return None
    op, av = items[0]
    if op is _LITERAL:
        run = []
        for op, av in items:
            if op is not _LITERAL or av >= 128:
                break
            run.append(chr(av))
        return frozenset([_string(run, folded)]) if run else None
    if op is _SUBPATTERN:
        return _starts(list(av[-1]), _scoped(av, folded))
    if op is _BRANCH:
        alternatives = [_starts(list(branch), folded) for branch in av[1]]
        return frozenset().union(*alternatives) if all(alternatives) else None
    if op is _IN and av and all(kind is _LITERAL and value < 128 for kind, value in av):
        return frozenset(_string([chr(value)], folded) for _, value in av)  # "S|A", which the parser makes [SA]
    return None


def _trie(strings: tuple[str, ...] | list[str]) -> str:
    """A pattern that matches exactly ``strings``, as a trie of their characters."""
    by_first: dict[str, list[str]] = {}
    for s in strings:
        by_first.setdefault(s[:1], []).append(s[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        if not first:
            continue  # the empty string: what is left of a string that ended here (see below)
        rest = _trie([r for r in rests if r]) if any(rests) else ""
        if rest and "" in rests:
            rest = f"(?:{rest})?"
        elif "|" in rest:
            rest = f"(?:{rest})"
        branches.append(re.escape(first) + rest)
    return "|".join(branches)


def _pruned(strings: frozenset[str] | set[str]) -> tuple[str, ...]:
    """``strings`` less those that hold another one (finding the shorter is enough), sorted."""
    return tuple(sorted(s for s in strings if not any(t != s and t in s for t in strings)))


class Prefilter:
    """``pattern`` behind its :func:`required_strings`: :meth:`search` answers as ``pattern.search``."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        needed = required_strings(pattern) or frozenset()
        folded = _pruned(frozenset(s for s, fold in needed if fold))
        # A string looked for as it is that holds a lowercase one ("MBA" and "mba") adds nothing.
        cased = _pruned(frozenset(s for s, fold in needed if not fold and not any(t in s.lower() for t in folded)))
        #: The strings looked for as they are, and in the lowercased text.
        self.cased: tuple[str, ...] = cased
        self.folded: tuple[str, ...] = folded
        #: All of them, or ``None`` when there is nothing to look for (every text goes to the pattern).
        self.strings: tuple[str, ...] | None = cased + folded if needed else None
        # The strings as one pattern, branching on one character at a time ("a(?:nnual salar|pply now)|b..."):
        # re checks a position against one branch per first character, not against every string.
        self._cased = re.compile(_trie(cased)) if cased else None
        self._folded = re.compile(_trie(folded)) if folded else None
        #: The widest match, when :meth:`search` may look near the strings alone (see there).
        self._width = _window_width(pattern) if needed else None

    def may_match(self, text: str, lowered: str | None = None) -> bool:
        """``False`` only when ``pattern`` cannot match anywhere in ``text`` (``lowered``: ``text.lower()``,
        when the caller has it)."""
        if self.strings is None:
            return True
        long = len(text) > _LONG_TEXT  # a whole document: str's own search per string is faster there
        if self._cased is not None and (any(s in text for s in self.cased) if long
                                        else self._cased.search(text) is not None):
            return True
        if self._folded is None:
            return False
        if not text.isascii() and any(c in text for c in _CASE_EXOTICS):
            return True
        if lowered is None:
            lowered = text.lower()
        if long:
            return any(s in lowered for s in self.folded)
        return self._folded.search(lowered) is not None

    def search(self, text: str, lowered: str | None = None) -> re.Match | None:
        """``pattern.search(text)`` (``lowered``: ``text.lower()``, when the caller has it): the same
        match (only its ``pos`` may differ). In a long text the pattern is only tried near the strings."""
        if len(text) > _LONG_TEXT and self._width is not None:
            return self._search_near(text, lowered)
        return self.pattern.search(text) if self.may_match(text, lowered) else None

    def _search_near(self, text: str, lowered: str | None) -> re.Match | None:
        """:meth:`search` in a long text, trying the pattern only where a match may start: every match
        holds one of the strings and spans at most ``width`` characters, so it starts at most ``width``
        before one. Each stretch of such starts is searched with the text cut ``width + 2`` characters
        past its last start, which no match from there reads up to (the pattern has no lookahead; a word
        boundary or ``$`` reads one character on); the first start found is matched in the whole text."""
        if any(c in text for c in _CASE_EXOTICS):
            return self.pattern.search(text)
        if lowered is None and self.folded:
            lowered = text.lower()
        if lowered is not None and len(lowered) != len(text):  # "\u0130" lowercases to two characters
            return self.pattern.search(text)
        width = self._width
        starts = sorted(at for strings, where in ((self.cased, text), (self.folded, lowered)) if strings
                        for string in strings for at in _occurrences(where, string))
        if not starts:
            return None
        end = len(text)
        pattern = self.pattern
        first = max(0, starts[0] - width)
        last = starts[0]
        for at in (*starts[1:], None):
            if at is not None and at - width <= last + 1:
                last = at  # the stretches overlap or touch: one stretch
                continue
            found = pattern.search(text, first, min(end, last + width + 2))
            if found is not None and found.start() <= last:
                return pattern.match(text, found.start()) or pattern.search(text)
            if at is not None:
                first, last = at - width, at
        return None


def _occurrences(text: str, string: str):
    """Every offset where ``string`` starts in ``text`` (overlapping ones too)."""
    at = text.find(string)
    while at >= 0:
        yield at
        at = text.find(string, at + 1)


def _looks_ahead(items) -> bool:
    """Whether parsed pattern ``items`` hold a lookahead or lookbehind anywhere."""
    for op, av in items:
        if op in (_parser.ASSERT, _parser.ASSERT_NOT):
            return True
        values = av if isinstance(av, (list, tuple)) else [av]
        for value in values:
            if isinstance(value, _parser.SubPattern) and _looks_ahead(list(value)):
                return True
            if isinstance(value, (list, tuple)) and any(isinstance(v, _parser.SubPattern) and _looks_ahead(list(v))
                                                         for v in value):
                return True
    return False


def _window_width(pattern: re.Pattern) -> int | None:
    """The most characters a match of ``pattern`` spans, when it is bounded and the pattern reads
    nothing past a match's end but one character (no lookaround); else ``None``."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a parser this module does not know
        return None
    if _looks_ahead(list(parsed)):
        return None
    most = parsed.getwidth()[1]
    return most if most < _parser.MAXREPEAT else None


def top_level_branches(pattern: re.Pattern) -> list[str] | None:
    """The alternatives of ``pattern``'s outermost ``|`` as pattern texts ("a|b(c|d)" gives "a" and
    "b(c|d)"), or ``None`` when it has none, or when one may refer to another's group."""
    source = pattern.pattern
    if not isinstance(source, str) or "(?P=" in source or re.search(r"\\[1-9]|\\g<", source) or \
            re.match(r"\(\?[aiLmsux]+\)", source):  # a back-reference, or flags for the whole pattern
        return None
    parts: list[str] = []
    depth = 0
    in_class = False
    begin = 0
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # "[]..." and "[^]...": the first "]" is a character of the class
            i += 1
            if source[i:i + 1] == "^":
                i += 1
            if source[i:i + 1] == "]":
                i += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[begin:i])
            begin = i + 1
        i += 1
    parts.append(source[begin:])
    if len(parts) < 2 or depth != 0 or in_class:
        return None
    return parts


class BranchPrefilter(Prefilter):
    """A :class:`Prefilter` that, for a pattern made of many alternatives ("a|b|c|..."), also tells
    :meth:`found` which alternatives can match at all: a text that holds the strings of a few
    alternatives is searched with those alone, not with all of them at every position."""

    def __init__(self, pattern: re.Pattern):
        super().__init__(pattern)
        #: Each alternative compiled alone, in order.
        self._branches: list[re.Pattern] = []
        #: Alternatives to search whatever the text holds, and by string (of :attr:`cased` or
        #: :attr:`folded`), the alternatives a text holding it may match.
        self._always: list[int] = []
        self._by_string: dict[tuple[str, bool], list[int]] = {}
        parts = top_level_branches(pattern)
        if parts is None or self.strings is None:
            return
        try:
            branches = [re.compile(part, pattern.flags) for part in parts]
        except re.error:  # pragma: no cover - an alternative that does not stand alone
            return
        for index, branch in enumerate(branches):
            # Every match of the alternative holds one of its own strings, and so each of the
            # pattern's strings that string holds: the alternative is searched when the text holds one.
            keys: set[tuple[str, bool]] = set()
            own = required_strings(branch)
            for string, fold in own or ():
                covering = {(g, True) for g in self.folded if g in string.lower()}
                if not fold:
                    covering |= {(g, False) for g in self.cased if g in string}
                if not covering:
                    own = None  # a string the pattern's strings do not cover: always search
                    break
                keys |= covering
            if not own:
                self._always.append(index)
                continue
            for key in keys:
                self._by_string.setdefault(key, []).append(index)
        self._branches = branches
        # Every place one of the strings starts (none is the start of another: see _pruned).
        self._cased_all = re.compile(f"(?=({_trie(self.cased)}))") if self.cased else None
        self._folded_all = re.compile(f"(?=({_trie(self.folded)}))") if self.folded else None

    def found(self, text: str, lowered: str | None = None) -> bool:
        """``pattern.search(text) is not None`` (``lowered``: ``text.lower()``, when the caller has it)."""
        if not self.may_match(text, lowered):
            return False
        if not self._branches or (not text.isascii() and any(c in text for c in _CASE_EXOTICS)):
            return self.pattern.search(text) is not None
        candidates = set(self._always)
        by_string = self._by_string
        if self._cased_all is not None:
            for match in self._cased_all.finditer(text):
                candidates.update(by_string.get((match.group(1), False), ()))
        if self._folded_all is not None:
            if lowered is None:
                lowered = text.lower()
            for match in self._folded_all.finditer(lowered):
                candidates.update(by_string.get((match.group(1), True), ()))
        branches = self._branches
        return any(branches[index].search(text) is not None for index in sorted(candidates))


def any_of(scans: list[Prefilter]) -> Prefilter:
    """One first look for several prefilters: its :meth:`~Prefilter.may_match` is ``False`` only when
    every one of theirs is (each of their strings holds one of its own). It has no pattern to search."""
    union = Prefilter.__new__(Prefilter)
    union.pattern = None  # type: ignore[assignment]
    union._width = None
    if any(scan.strings is None for scan in scans):
        union.cased = union.folded = ()
        union.strings = None
        union._cased = union._folded = None
        return union
    union.cased = _pruned(frozenset().union(*(scan.cased for scan in scans)))
    union.folded = _pruned(frozenset().union(*(scan.folded for scan in scans)))
    union.strings = union.cased + union.folded
    union._cased = re.compile(_trie(union.cased)) if union.cased else None
    union._folded = re.compile(_trie(union.folded)) if union.folded else None
    return union


class AsciiFolded:
    """``pattern.search(text) is not None`` for a ``pattern`` that ignores case and names no capital
    letter: in an ASCII text (most), a copy of the pattern that minds case is searched in the
    lowercased text instead, the same answer for a fraction of the cost (``re`` matching without case
    folds each character it reads; a clause of 200 characters took 16 microseconds, now 4). Lowercasing
    ASCII keeps each character a letter, digit, space or word character as it was, and a lowercase
    letter of the pattern then matches exactly the letters it matched in either case; no other character
    an ASCII text holds matches an ASCII letter ignoring case. Other texts go to ``pattern``."""

    def __init__(self, pattern: re.Pattern):
        if not pattern.flags & re.IGNORECASE or pattern.flags & re.LOCALE or not _lowercase_only(
                list(_parser.parse(pattern.pattern, pattern.flags))):
            raise ValueError(f"not a pattern that ignores case written in lower case: {pattern.pattern!r}")
        self.pattern = pattern
        self._cased = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def found(self, text: str, lowered: str | None = None) -> bool:
        """Whether ``pattern`` matches somewhere in ``text`` (``lowered``: ``text.lower()``, when the
        caller has it)."""
        if text.isascii():
            return self._cased.search(text.lower() if lowered is None else lowered) is not None
        return self.pattern.search(text) is not None


def _lowercase_only(items: list) -> bool:
    """Whether no character, set or range of the parsed ``items`` names a capital ASCII letter or one of
    :data:`_CASE_EXOTICS` (either would match a letter that lowercasing removes), and no part of them
    minds case ("(?-i:...)")."""
    for op, av in items:
        if op is _LITERAL or op is _parser.NOT_LITERAL:
            plain = not ("A" <= chr(av) <= "Z" or chr(av) in _CASE_EXOTICS)
        elif op is _parser.RANGE:
            plain = not (av[0] <= ord("Z") and av[1] >= ord("A")) and \
                not any(av[0] <= ord(c) <= av[1] for c in _CASE_EXOTICS)
        elif op is _SUBPATTERN and av[2] & re.IGNORECASE:
            plain = False
        else:
            plain = all(_lowercase_only(list(part)) for part in _parts(op, av))
        if not plain:
            return False
    return True


def _parts(op, av) -> list:
    """The parsed sub-patterns of one parsed item (none for a character, a category or an anchor)."""
    if op is _IN or op is _ATOMIC_GROUP:
        return [av]
    if op is _BRANCH:
        return list(av[1])
    if op is _SUBPATTERN or op in _REPEATS:
        return [av[-1]]
    if op in (_parser.GROUPREF_EXISTS, _parser.ASSERT, _parser.ASSERT_NOT):
        return [part for part in av[1:] if part is not None]
    return []
