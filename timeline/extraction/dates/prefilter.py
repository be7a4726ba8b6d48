r"""Where a pattern may start: the words every match begins with, so that a scan tries a pattern only there.

A window near a digit or a date word is scanned by some twenty step patterns, and most find nothing there
(a holiday pattern in a window around "2025"). A regex that begins with ``\b(?=\w)`` can only match where
a run of word characters starts, and its parse tree says which strings every match starts with (the
holiday names; "le", "the", "on" before a day; a digit of a year). ``start_words`` derives them from the
pattern itself, so they follow every change of the rules with no list to keep in step. ``Gate`` reads
the words of the windows once (``\w+``, one cached mask per distinct word) and lists, per pattern, the word
starts where it may match; ``Gate.scan`` tries ``pattern.match`` there only, in the same windows, and
finds what ``pattern.finditer`` finds: a match can start nowhere else, and a match at a position is the
same whether a search reached it or ``match`` was called there (lookbehinds and ``\b`` see the whole text).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import re
from collections.abc import Iterator, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from timeline.extraction.dates import word_ends
from timeline.extraction.dates.firstchar import quick
from timeline.extraction.dates.wordshape import (
    _case_pairs,
    _non_word_first,
    _top_level_bar,
    _trie,
    _word_first,
    _word_test,
    leading_digits,
    whole_words,
)

log = logging.getLogger(__name__)

#: Sets of strings are multiplied out along a sequence ("le" x {" ", ...}) up to this many strings.
MAX_LITERALS = 2000
#: A character class becomes literals when it holds at most this many characters ("[12]", "[0-9]").
MAX_CLASS = 10

_Set = frozenset[str]
_EMPTY: _Set = frozenset({""})
_NONE: _Set = frozenset()


def _class_chars(items: list) -> _Set | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT and _ascii_digits_only:
            chars.update("0123456789")
        else:  # NEGATE, CATEGORY (\d, \w, \s), a wide range
            return None
    return frozenset(chars) if 0 < len(chars) <= MAX_CLASS else None


def _product(a: _Set, b: _Set) -> _Set | None:
    if len(a) * len(b) > MAX_LITERALS:
        return None
    return frozenset(x + y for x, y in itertools.product(a, b))


def _node(op: object, av: object) -> tuple[_Set | None, _Set | None]:
    """(exact, starts) of one parse node: every string it can match (None: too many or unknown), and strings
    every non-empty match starts with, "" among them when it may match empty (None: unknown)."""
    if op is sre.LITERAL:
        s = frozenset(chr(av))  # type: ignore[arg-type]
        return s, s
    if op is sre.ASSERT_NOT and not list(av[1]):  # type: ignore[index]
        return _NONE, _NONE  # "(?!)", an empty word list's regex: no match goes through it
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _EMPTY, _EMPTY  # zero-width: adds no character to the match
    if op is sre.IN:
        chars = _class_chars(av)  # type: ignore[arg-type]
        return chars, chars
    if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
        return _seq(av[-1] if op is sre.SUBPATTERN else av)  # type: ignore[index]
    if op is sre.BRANCH:
        parts = [_seq(branch) for branch in av[1]]  # type: ignore[index]
        exact = None if any(e is None for e, _ in parts) else frozenset().union(*(e for e, _ in parts))
        starts = None if any(s is None for _, s in parts) else frozenset().union(*(s for _, s in parts))
        return exact, starts
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av  # type: ignore[misc]
        exact, starts = _seq(body)
        if low == 0:
            return (exact | _EMPTY if exact is not None and high == 1 else None), (
                starts | _EMPTY if starts is not None else None)
        return (exact if low == high == 1 else None), starts
    return None, None  # ANY, GROUPREF, CATEGORY...: unknown


def _seq(items: object) -> tuple[_Set | None, _Set | None]:
    """A sequence: exact parts multiply out; the first part that is not exact adds what it starts with, and
    the next part's too when it may match empty."""
    acc: _Set = _EMPTY  # the exact strings read so far
    found: set[str] = set()  # starts of matches that went past ``acc``
    nodes = list(items)  # type: ignore[call-overload]
    for k, (op, av) in enumerate(nodes):
        exact, starts = _node(op, av)
        if exact is not None and not found:
            longer = _product(acc, exact)
            if longer is not None:
                acc = longer
                continue
        if starts is None:
            if _mark_word_ends and "" not in acc and _non_word_first(op, av):
                return None, frozenset(a + _WORD_END for a in acc)  # "de" before "\s+": the whole word "de"
            return None, (None if "" in acc else acc)  # what follows is unknown: what was read is the start
        more = _product(acc, starts - _EMPTY)
        if more is None:
            return None, (None if "" in acc else acc)
        if "" not in starts:
            if _mark_word_ends and k + 1 < len(nodes) and _non_word_first(*nodes[k + 1]):
                more = word_ends.marked(acc, op, av, more)  # "a" of "(?:\d{1,3}|a|an)\s+": the whole word "a"
            return None, frozenset(found | more)
        found |= more
        if k == len(nodes) - 1:
            return None, frozenset(found) | acc
    return acc, acc


#: Put after a start literal by ``_seq`` (while ``whole_words`` reads a pattern) where a non-word character must
#: follow it: its word is then the whole run of word characters of the text there, no longer one.
_WORD_END = "\x00"
_mark_word_ends = False

_WORD_RUN = re.compile(r"\w+")
#: A decimal digit other than "0"-"9".
_OTHER_DIGIT = re.compile(r"[^\D0-9]")
_WORD_CLASS = [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])]


_ascii_digits_only = False
r"""While ``start_words`` reads a pattern for a text whose digits are all ASCII: ``\d`` is then "0"-"9"."""


@functools.cache
def start_words(pattern: re.Pattern[str], ascii_digits: bool = False) -> frozenset[str] | None:
    r"""What every match of ``pattern`` starts with, cut to its leading run of word characters ("aujourd'hui"
    -> "aujourd"), for a pattern that starts a match only where a run of word characters starts
    (``\b(?=\w)``) and never matches empty; else None. With ``ascii_digits``, for texts whose digits are all
    ASCII (``find_dates`` makes them so), ``\d`` counts as the ten digits "0"-"9"."""
    global _ascii_digits_only
    _ascii_digits_only = ascii_digits
    try:
        return _start_words(pattern)
    finally:
        _ascii_digits_only = False


def _start_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    words = _start_literals(pattern)
    if words is None:
        return None
    cut = {m.group() if (m := _WORD_RUN.match(literal)) else "" for literal in words}
    return None if "" in cut else frozenset(cut)


def marked_literals(pattern: re.Pattern[str], ascii_digits: bool = False) -> frozenset[str] | None:
    """The literals every match starts with (``_seq``), each that a non-word character must follow marked so
    (``_WORD_END``): what ``wordshape.whole_words`` reads."""
    global _ascii_digits_only, _mark_word_ends
    _ascii_digits_only, _mark_word_ends = ascii_digits, True
    try:
        return _start_literals(pattern)
    finally:
        _ascii_digits_only, _mark_word_ends = False, False


def _start_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    items = list(tree)
    if (len(items) < 3 or items[0] != (sre.AT, sre.AT_BOUNDARY) or items[1][0] is not sre.ASSERT
            or items[1][1][0] != 1 or list(items[1][1][1]) != _WORD_CLASS or tree.getwidth()[0] == 0):
        return None
    _, starts = _seq(items[2:])
    return starts or None


class _Registry:
    """The gated patterns, one bit each, and the mask of every word seen so far: the bits of the patterns whose
    start words it begins with. Patterns are looked up by ``id``: hashing a ``re.Pattern`` hashes its whole
    compiled program (tens of kilobytes for a word-list pattern), at every lookup."""

    def __init__(self, patterns: dict[int, re.Pattern[str]], bits: dict[int, int], tests: tuple[re.Pattern[str], ...],
                 starts: frozenset[str], digit_bits: int = 0) -> None:
        self.patterns, self.bits, self.tests = patterns, bits, tests  # ``patterns`` keeps every id alive
        self.digit_bits = digit_bits
        r"""The patterns whose start words read ``\d`` as "0"-"9": gated only on a text whose digits are ASCII."""
        self.masks: dict[str, int] = {}
        self.mask_bits: dict[int, tuple[int, ...]] = {}
        """The bits of each mask seen, one by one (few distinct masks: a word's patterns repeat)."""
        # a word that begins with some start word (any pattern's), from a word start: the only words with a mask
        self.hit = re.compile(rf"(?<!\w)(?={_trie(starts)})\w+", re.IGNORECASE) if starts else None

    def mask(self, word: str) -> int:
        found = self.masks.get(word)
        if found is None:
            found = sum(1 << i for i, test in enumerate(self.tests) if test.match(word))
            if len(self.masks) > MAX_WORDS:
                self.masks.clear()
            self.masks[word] = found
        return found


    def bits_of(self, mask: int) -> tuple[int, ...]:
        """The bits of ``mask``, one by one (cached)."""
        found = tuple(1 << i for i in range(mask.bit_length()) if mask >> i & 1)
        if len(self.mask_bits) > MAX_WORDS:
            self.mask_bits.clear()
        self.mask_bits[mask] = found
        return found


#: Words whose masks are kept (the cache is emptied when it grows past this).
MAX_WORDS = 200_000
_registry = _Registry({}, {}, (), frozenset())


def register(patterns: object) -> None:
    """Give each pattern with start words its bit (once; a new registry each time, so no word mask is stale)."""
    global _registry
    old = _registry
    known, bits, tests, digit_bits = dict(old.patterns), dict(old.bits), list(old.tests), old.digit_bits
    every = set().union(*(start_words(p) or start_words(p, True) or () for p in old.patterns.values()))
    for pattern in patterns:  # type: ignore[attr-defined]
        if not isinstance(pattern, re.Pattern) or id(pattern) in bits:
            continue
        starts = start_words(pattern)
        known[id(pattern)], bits[id(pattern)] = pattern, 0
        if starts is None and (starts := start_words(pattern, True)) is not None:
            digit_bits |= 1 << len(tests)
        if starts is not None:
            bits[id(pattern)] = 1 << len(tests)
            tests.append(_word_test(starts, whole_words(pattern, bool(digit_bits >> len(tests) & 1)),
                                    leading_digits(pattern)))
            every |= starts
    if len(bits) != len(old.bits):
        _registry = _Registry(known, bits, tuple(tests), frozenset(every), digit_bits)


class Gate:
    r"""Where each registered pattern may start in the windows of one text (``cover``: every window scanned
    through this gate lies inside one of them): the starts of the runs of word characters (``\w+``) that
    begin with one of its start words. The words of the cover that begin with any start word are read once
    (``_Registry.hit``, a C-level pass) on the first scan, each giving its start to the patterns of its word
    (their bits, cached by word). A run that a window's start cuts ("ma|rdi") is left out: a pattern that opens with
    ``\b(?=\w)`` cannot start inside a word."""

    def __init__(self, text: str, cover: Sequence[tuple[int, int]], low: str | None = None,
                 ascii_digits: bool | None = None) -> None:
        """``low``: ``lowered(text)`` when the caller has it (the words are then read case-free); ``ascii_digits``:
        whether every digit of the text is "0"-"9" (None: the gate looks)."""
        self.text, self.cover, self.registry, self.low = text, cover, _registry, low
        if ascii_digits is None:
            ascii_digits = text.isascii() or _OTHER_DIGIT.search(text) is None
        self.off = 0 if ascii_digits else self.registry.digit_bits  # bits this text may not use
        self._starts: dict[int, list[int]] = {}
        self._words: dict[int, list[list[int]]] | None = None

    def _starts_of(self, bit: int) -> list[int]:
        found = self._starts.get(bit)
        if found is None:
            if self._words is None:
                self._words = self._read_words()
            runs = self._words.get(bit, ())
            # each word's starts are in text order; several words' runs are merged once, when a pattern needs them
            found = self._starts[bit] = runs[0] if len(runs) == 1 else sorted(itertools.chain.from_iterable(runs))
        return found

    def _read_words(self) -> dict[int, list[list[int]]]:
        """The starts of each pattern's words in the cover, by bit: one pass over the words that begin with a start
        word, listing each distinct word's starts; then the words' lists, grouped by their mask (``_Registry.mask``,
        cached by word), go to the bits of each mask (``_Registry.bits_of``, cached by mask): one list a word and bit,
        not one entry a start and bit, handed over once a mask, not once a word."""
        registry = self.registry
        runs: dict[int, list[list[int]]] = {}
        if registry.hit is None:
            return runs
        hit, text = registry.hit, self.text
        if self.low is not None and (free := casefree(hit)) is not None:
            hit, text = free, self.low  # a word's bits are its lower case's (the tests ignore case)
        at_word: dict[str, list[int]] = {}
        get, words = at_word.get, _word_runs(hit)
        for lo, hi in self.cover:
            if lo == 0 and (first := hit.match(text, 0, hi)) is not None:
                at_word[first.group()] = [0]  # no character before the text's first word (the first window's)
            for m in words.finditer(text, lo - 1 if lo else 0, hi):  # read as found: no list of pairs between
                where = get(word := m[1])
                if where is None:
                    at_word[word] = [m.start(1)]
                else:
                    where.append(m.start(1))
        by_mask: dict[int, list[list[int]]] = {}  # the words' lists by mask: a mask's bits are handed them once
        masks, mask_of = registry.masks, registry.mask
        for word, where in at_word.items():
            mask = masks.get(word)
            if mask is None:
                mask = mask_of(word)
            if mask in by_mask:
                by_mask[mask].append(where)
            else:
                by_mask[mask] = [where]
        known, bits_of = registry.mask_bits, registry.bits_of
        for mask, wheres in by_mask.items():
            bits = known.get(mask)
            for bit in bits_of(mask) if bits is None else bits:
                if bit in runs:
                    runs[bit].extend(wheres)
                else:
                    runs[bit] = wheres.copy()
        return runs

    def finditer(self, pattern: re.Pattern[str], pos: int, end: int) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, end)``, through the gate when the pattern has start words."""
        if self.registry.bits.get(id(pattern), 0) & ~self.off:
            return self.scan(pattern, ((pos, end),))
        return quick(pattern).finditer(self.text, pos, end)

    def gated(self, finder: object) -> bool:
        return bool(self.registry.bits.get(id(finder), 0) & ~self.off) and isinstance(finder, re.Pattern)

    def scan(self, pattern: re.Pattern[str], windows: Sequence[tuple[int, int]]) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer`` finds in each window, tried only where a match may start."""
        starts = self._starts_of(self.registry.bits[id(pattern)])
        text, low, i, n = self.text, self.low, 0, len(starts)
        free = casefree(pattern) if low is not None else None  # fails where the pattern fails, and sooner
        # both methods looked up once a scan, not once a try (a second bisect and a slice a window instead of the
        # test a start cost the seeds' windows, which hold few starts, more than they saved: spd34)
        twin, match = free.match if free is not None else None, pattern.match
        for lo, hi in windows:
            i = bisect.bisect_left(starts, lo, i)
            resume = lo
            while i < n and starts[i] < hi:
                p = starts[i]
                i += 1
                if p < resume or (twin is not None and twin(low, p, hi) is None):  # type: ignore[arg-type]
                    continue
                m = match(text, p, hi)
                if m is not None:
                    resume = m.end()
                    yield m


_WORD_RUNS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _word_runs(hit: re.Pattern[str]) -> re.Pattern[str]:
    r"""``_Registry.hit`` (``(?<!\w)(?=...)\w+``) shifted like ``_shifted`` (the character before first), the word
    its group 1, searched by one ``finditer``: the same words as ``_starts``' search from each match's end less one,
    since a word ends before a non-word character (``\w+`` is greedy), so that no word starts right at a match's end
    and the next word's character before it lies at or after that end. A word at the text's start has no character
    before it: the caller matches ``hit`` there."""
    known = _WORD_RUNS.get(id(hit))
    if known is None:
        tree = sre_parse.parse(hit.pattern, hit.flags)
        runs = re.compile(f"{_QUICK_NON_WORD}{_lead(tree)}({hit.pattern})", hit.flags)
        known = _WORD_RUNS[id(hit)] = (hit, runs)  # the pattern kept: its id stays its own
    return known[1]



# ---------------------------------------------------------------------------------------
# Case-free scans: a word-list pattern matched case-sensitively on the lower-cased text
# ---------------------------------------------------------------------------------------
# With IGNORECASE, re tries every alternative of a word list in turn at each place (the quick test of an
# alternative's first letter only serves case-sensitive literals): a trie of a few hundred words costs some
# 0.2 microseconds a word start. Matched case-sensitively, in lower case, on the text lower-cased once, the
# same pattern runs about twice as fast and finds the same spans, wherever every character of the text lowers
# to one character that re's IGNORECASE also equates with it, of the same class (word, digit, letter):
# ``lowered`` gives None for a text holding any other ("İ", "ſ", "Σ", the Kelvin sign), which keeps its
# IGNORECASE scans.


_WORD_CHAR, _DIGIT_CHAR = re.compile(r"\w"), re.compile(r"\d")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SAFE: dict[str, bool] = {}
"""Non-ASCII characters judged so far: whether a lower-cased scan reads each as an IGNORECASE one does."""


def _safe(char: str) -> bool:
    import _sre  # re's own lower-casing: what IGNORECASE compares

    code, low = ord(char), char.lower()
    if code in _case_pairs():
        return False  # "ı", "ſ": the ASCII letters pair with these only
    if low == char:
        return True
    return (len(low) == 1 and ord(low) == _sre.unicode_tolower(code) and ord(low) not in _case_pairs()
            and bool(_WORD_CHAR.match(char)) == bool(_WORD_CHAR.match(low))
            and bool(_DIGIT_CHAR.match(char)) == bool(_DIGIT_CHAR.match(low)) and char.isalpha() == low.isalpha())


def non_ascii(text: str) -> frozenset[str]:
    """The distinct characters of ``text`` beyond ASCII (none: ``isascii``, a flag of the string, no scan)."""
    return frozenset() if text.isascii() else frozenset(_NON_ASCII.findall(text))


def _all_safe(text: str, chars: frozenset[str] | None = None) -> bool:
    """Whether every character of ``text`` lowers to one character that IGNORECASE equates with it, of its class
    (word, digit, letter); each distinct character is judged once a process. ``chars``: ``non_ascii(text)`` when
    the caller has it."""
    for char in non_ascii(text) if chars is None else chars:
        safe = _SAFE.get(char)
        if safe is None:
            safe = _SAFE[char] = _safe(char)
        if not safe:
            return False
    return True


def lowered(text: str, chars: frozenset[str] | None = None) -> str | None:
    """``text.lower()`` when its case-free scans (``casefree``) find what IGNORECASE scans of ``text`` find (same
    length, one character for one); else None. ``chars``: ``non_ascii(text)`` when the caller has it."""
    return text.lower() if _all_safe(text, chars) else None


_CASEFREE: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
_UNSUPPORTED = re.compile(r"\(\?(?:[aiLmsux]+-?[imsx]*|-[imsx]+)[:)]|\\[N0-7]")
_CODE_ESCAPE = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})")


def casefree(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of an IGNORECASE ``pattern``, its literals in lower case, for a ``lowered`` text;
    None when the pattern is not one this can do safely (inline flags, character escapes, letter ranges)."""
    known = _CASEFREE.get(id(pattern))
    if known is None:
        known = _CASEFREE[id(pattern)] = (pattern, _casefree(pattern))  # the pattern kept: its id stays its own
    return known[1]


def _casefree(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    src = pattern.pattern
    if not pattern.flags & re.IGNORECASE or _UNSUPPORTED.search(src) or not _all_safe(src):
        return None
    out, i, in_class = [], 0, False
    while i < len(src):
        char = src[i]
        if char == "\\":
            code = _CODE_ESCAPE.match(src, i)
            if code is not None:  # "\u202f": kept as written, when it names a character without case
                named = chr(int(code.group()[2:], 16))
                if named.lower() != named or named.upper() != named:
                    return None
                out.append(code.group())
                i = code.end()
                continue
            out.append(src[i:i + 2])  # \W, \s, \b, \-: an escape keeps its case
            i += 2
            continue
        if not in_class and src.startswith(("(?P<", "(?P="), i):  # a group's name keeps its case
            close = src.index(">" if src[i + 3] == "<" else ")", i)
            out.append(src[i:close + 1])
            i = close + 1
            continue
        if char == "[" and not in_class:
            in_class = True
            opening = "[^" if src.startswith("[^", i) else "["
            if src.startswith("]", i + len(opening)):
                opening += "]"  # a "]" first is a member
            out.append(opening)
            i += len(opening)
            continue
        if char == "]" and in_class:
            in_class = False
        elif (char == "-" and in_class and out[-1] not in ("[", "[^") and src[i + 1:i + 2] != "]"
              and not (out[-1] in tuple("0123456789") and src[i + 1:i + 2] in tuple("0123456789"))):
            return None  # a range other than of digits ("[0-5]"): letters' lower-cased ends may hold other characters
        out.append(char.lower())
        i += 1
    return re.compile("".join(out), pattern.flags & ~re.IGNORECASE)


def finditer_lowered(pattern: re.Pattern[str], text: str, low: str | None, pos: int = 0,
                     endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``: the same matches, found case-free on ``low`` (``lowered(text)``)
    when it can, and from the character before each (``_starts``); each then matched on ``text`` at its start (its
    groups read the text as written)."""
    end = len(text) if endpos is None else endpos
    free = casefree(pattern) if low is not None else None
    scan, scanned = (free, low) if free is not None and low is not None else (pattern, text)
    if scan is pattern and _shifted(pattern) is None:
        return quick(pattern).finditer(text, pos, end)
    found = []
    for start, _ in _starts(scan, scanned, pos, end):
        match = pattern.match(text, start, end)
        if match is None:  # the quick scan found what the pattern does not: the ordinary scan, never a wrong match
            log.warning("date scan: a case-free or shifted copy of %.60r disagreed with it; scanning as written",
                        pattern.pattern)
            return pattern.finditer(text, pos, end)
        found.append(match)
    return iter(found)


def spans_lowered(pattern: re.Pattern[str], text: str, low: str | None) -> list[tuple[int, int]]:
    """The spans of ``pattern.finditer(text)``, found as ``finditer_lowered`` finds them (no match objects)."""
    free = casefree(pattern) if low is not None else None
    return list(_starts(free, low) if free is not None and low is not None else _starts(pattern, text))


# ---------------------------------------------------------------------------------------
# Shifted scans: a pattern that starts after a non-word character, searched from that character
# ---------------------------------------------------------------------------------------
# re tries a pattern that opens with "\b", a lookbehind or a lookahead at every position, at a cost of some
# 400 machine instructions each; one that opens with a character class it skips to, by one test a character
# (some 30). A match of "\b(?=\w)..." or "(?<!\w)..." starts at the start of the text or after a non-word
# character, one of "(?<![^\W\d_])..." after a character that is no letter: ``_shifted`` puts that character
# class first ("\W(?:...)"), ``starts`` searches with it and reads each match from the character after it.

_OPENINGS = ((r"\b", r"\W"), (r"(?<!\w)", r"\W"), (r"(?<![^\W\d_])", r"[\W\d_]"))  # "\b": before a word character
#: The classes above as re tests them fastest: every character but the ASCII word characters (letters), by a bitmap
#: (one look-up a character, where "\W" asks Unicode's tables of each letter). A wider class than the one it
#: stands for, by non-ASCII letters only; the pattern's own opening, right after it, still rejects those.
_QUICK_BEFORE = {r"\W": r"(?-i:[^0-9A-Z_a-z])", r"[\W\d_]": r"(?-i:[^A-Za-z])"}
_QUICK_NON_WORD = _QUICK_BEFORE[r"\W"]
_SHIFTED: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _shifted(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` with the class of the character before its matches put first; None when it has no such
    opening on every branch, or may match empty."""
    known = _SHIFTED.get(id(pattern))
    if known is None:
        shifted = None
        src = pattern.pattern
        tree = sre_parse.parse(src, pattern.flags)
        for opening, before in _OPENINGS:
            if (src.startswith(opening) and not _top_level_bar(src) and not pattern.flags & re.VERBOSE
                    and tree.getwidth()[0] > 0
                    and (opening != r"\b" or src.startswith(r"\b(?=\w)") or _word_first(list(tree)[1:]))):
                shifted = re.compile(f"{_QUICK_BEFORE[before]}{_lead(tree)}(?:{src})", pattern.flags)
                break
        if shifted is None and _behind_then_boundary(src, tree, pattern.flags):
            shifted = re.compile(f"{_QUICK_BEFORE[_OPENINGS[0][1]]}{_lead(tree)}(?:{src})", pattern.flags)
        known = _SHIFTED[id(pattern)] = (pattern, shifted)  # the pattern kept: its id stays its own
    return known[1]


def _behind_then_boundary(src: str, tree: object, flags: int) -> bool:
    """Whether the pattern opens with lookbehinds, then "\b", then a word character (lookaheads passed over), on its
    one top-level branch: ``(?<!\bbe )\b(?!expected\b)[a-z]{2,}ed\b``. Its matches start after a non-word character,
    since the lookbehinds test the same position as the "\b"."""
    items = list(tree)  # type: ignore[call-overload]
    k = 0
    while k < len(items) and items[k][0] in (sre.ASSERT, sre.ASSERT_NOT) and items[k][1][0] == -1:
        k += 1
    rest = items[k + 1:]
    while rest and rest[0][0] in (sre.ASSERT, sre.ASSERT_NOT):
        rest = rest[1:]
    return (0 < k < len(items) and items[k] == (sre.AT, sre.AT_BOUNDARY) and _word_first(rest)
            and not _top_level_bar(src) and not flags & re.VERBOSE and tree.getwidth()[0] > 0)  # type: ignore[attr-defined]


def _lead(tree: object) -> str:
    """A lookahead of the words every match starts with (its zero-width opening passed over), "" when unknown: a
    shifted search then tries the pattern's opening (lookarounds, each a sub-match) only before one of them."""
    items = list(tree)  # type: ignore[call-overload]
    while items and items[0][0] in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        items = items[1:]
    _, starts = _seq(items)
    if not starts or "" in starts:
        return ""
    cut = {m.group() if (m := _WORD_RUN.match(literal)) else literal[0] for literal in starts}
    return f"(?={_trie(frozenset(cut))})"


def _starts(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int]]:
    """The spans of ``pattern.finditer(text, pos, endpos)``, searched with ``_shifted(pattern)`` when it has one:
    a match at ``q`` is one of the shifted pattern at ``q - 1`` (or of the pattern itself at the text's start), and
    the leftmost one from ``a`` is found by a search from ``a - 1``."""
    end = len(text) if endpos is None else endpos
    shifted = _shifted(pattern)
    if shifted is None:
        yield from (m.span() for m in quick(pattern).finditer(text, pos, end))
        return
    at = pos
    if at == 0:
        first = pattern.match(text, 0, end)
        if first is not None:
            yield first.span()
            at = first.end()
    search = shifted.search
    while at < end:
        found = search(text, at - 1 if at else 0, end)
        if found is None:
            return
        yield found.start() + 1, found.end()
        at = found.end()
