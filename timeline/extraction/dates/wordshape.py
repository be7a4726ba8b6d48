r"""What the parse tree of a gated pattern (``prefilter``) says of the word of the text a match opens: whether its
start words are whole words (``whole_words``: "de" before a space, "l'"), how many digits in a row it may open
with (``leading_digits``: a day two, so "2025" opens none), and whether a match starts with a word character
(``_word_first``). ``prefilter``'s word test and shifted scans read them; each is proven on the tree, or not given.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from timeline.extraction.dates.lexicon import _render
from timeline.extraction.prefixscan import regex_syntax

_WORD_CHAR = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w+")


@functools.cache
def _case_pairs() -> frozenset[int]:
    """The characters re's IGNORECASE equates beyond lower case ("i" and "ı", "s" and "ſ")."""
    from re import _casefix  # type: ignore[attr-defined]

    return frozenset(_casefix._EXTRA_CASES) | {c for v in _casefix._EXTRA_CASES.values() for c in v}


def _non_word_first(op: object, av: object) -> bool:
    r"""Whether every match of one parse node starts with a non-word character and none is empty ("\s+",
    "[^\S\n]+", "-"): a word right before it ends there."""
    if op is sre.LITERAL:
        return _caseless_non_word(chr(av))  # type: ignore[arg-type]
    if op is sre.IN:
        items = list(av)  # type: ignore[call-overload]
        if items and items[0] == (sre.NEGATE, None):  # "[^\S\n]": outside non-space (or outside word characters)
            return any(item in ((sre.CATEGORY, sre.CATEGORY_NOT_SPACE), (sre.CATEGORY, sre.CATEGORY_WORD))
                       for item in items[1:])
        return bool(items) and all(
            (kind is sre.LITERAL and _caseless_non_word(chr(value)))
            or (kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD)) for kind, value in items)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = av  # type: ignore[misc]
        body = list(body)
        return low >= 1 and bool(body) and _non_word_first(*body[0])
    if op is sre.SUBPATTERN:
        body = list(av[-1])  # type: ignore[index]
        return bool(body) and _non_word_first(*body[0])
    if op is sre.BRANCH:
        return all(bool(b := list(branch)) and _non_word_first(*b[0]) for branch in av[1])  # type: ignore[index]
    return False


def _caseless_non_word(char: str) -> bool:
    """A non-word character without case (" ", "'", "’", "-"): IGNORECASE matches it with itself only."""
    return _WORD_CHAR.match(char) is None and char.lower() == char == char.upper() and ord(char) not in _case_pairs()


@functools.cache
def whole_words(pattern: re.Pattern[str], ascii_digits: bool = False) -> frozenset[str]:
    r"""The start words of ``pattern`` (``start_words``) that only ever start a match as a whole word: every
    literal they are cut from goes on with a non-word character ("l'", "aujourd'hui", "de" before "\s+"). A word
    of the text then opens a match with one of them only by being it, not by beginning with it ("le" and "leur" no
    try of "l['’]an"). Empty when ``start_words`` gives None."""
    from timeline.extraction.dates import prefilter  # (prefilter reads this module's tests: imported when called)

    literals = prefilter.marked_literals(pattern, ascii_digits)
    if literals is None or prefilter.start_words(pattern, ascii_digits) is None:
        return frozenset()
    whole: set[str] = set()
    open_: set[str] = set()  # cut from a literal that may go on with a word character: a prefix only
    for literal in literals:
        run = _WORD_RUN.match(literal)
        if run is not None:
            (whole if run.end() < len(literal) else open_).add(run.group())
    return frozenset(whole - open_)


#: ``_digit_run`` gives up past this many nested groups (a bound it cannot prove is no bound).
_MAX_DEPTH = 40


@functools.cache
def leading_digits(pattern: re.Pattern[str]) -> int | None:
    r"""The most digits "0"-"9" the text may hold in a row where a match of ``pattern`` (opening with ``(?=\w)``)
    starts: a day "(?:[12]\d|3[01]|0?[1-9])" then "(?!\d)" or a letter holds 2, so "2025" opens no match of it.
    None when no bound is proven (a repeat with no end, a class of every word character, the match's end)."""
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    return _digit_run(items[2:], 0)


def _digit_class(op: object, av: object) -> str:
    r"""'digits' when the one character a node matches (a literal, a class) is a digit ("0"-"9", or any decimal digit
    for ``\d``), 'none' when it is never one of "0"-"9", else 'mixed'."""
    if op is sre.LITERAL:
        return "digits" if chr(av) in _ASCII_DIGITS else "none"  # type: ignore[arg-type]
    if op is not sre.IN:
        return "mixed"
    items = list(av)  # type: ignore[call-overload]
    if items and items[0] == (sre.NEGATE, None):  # "[^\S\n]", "[^\W\d_]": outside a class that holds every digit
        return "none" if any(item in _HOLD_DIGITS for item in items[1:]) else "mixed"
    kinds = set()
    for kind, value in items:
        if kind is sre.LITERAL:
            kinds.add("digits" if chr(value) in _ASCII_DIGITS else "none")
        elif kind is sre.RANGE:
            lo, hi = value
            kinds.add("digits" if 48 <= lo <= hi <= 57 else "none" if hi < 48 or lo > 57 else "mixed")
        elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            kinds.add("digits")
        elif kind is sre.CATEGORY and value is sre.CATEGORY_SPACE:
            kinds.add("none")
        else:  # NEGATE, \w, \S, \W...
            kinds.add("mixed")
    return kinds.pop() if len(kinds) == 1 else "mixed"


_ASCII_DIGITS = frozenset("0123456789")
_HOLD_DIGITS = ((sre.CATEGORY, sre.CATEGORY_DIGIT), (sre.CATEGORY, sre.CATEGORY_NOT_SPACE),
                (sre.CATEGORY, sre.CATEGORY_WORD))


def _digit_run(items: list, depth: int) -> int | None:
    r"""A bound on the digits in a row of the text from where ``items`` (a parse sequence) start to match."""
    if not items or depth > _MAX_DEPTH:
        return None  # the match ends: the text may go on with digits
    (op, av), rest = items[0], items[1:]
    if op in (sre.LITERAL, sre.IN):
        kind = _digit_class(op, av)
        if kind == "none":
            return 0
        after = _digit_run(rest, depth + 1) if kind == "digits" else None
        return None if after is None else 1 + after
    if op is sre.ASSERT_NOT and av[0] == 1:  # type: ignore[index]
        if any(len(b := list(branch)) == 1 and _digit_class(*b[0]) == "digits"
               for branch in (_branches(list(av[1])))):  # type: ignore[index]
            return 0  # "(?!\d)": no digit next
        return _digit_run(rest, depth + 1)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _digit_run(rest, depth + 1)  # zero-width: the next character is the next node's
    if op is sre.SUBPATTERN:
        return _digit_run(list(av[-1]) + rest, depth + 1)  # type: ignore[index]
    if op is sre.BRANCH:
        runs = [_digit_run(list(branch) + rest, depth + 1) for branch in av[1]]  # type: ignore[index]
        return None if any(r is None for r in runs) else max(runs, default=0)  # type: ignore[type-var]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av  # type: ignore[misc]
        body = list(body)
        if len(body) == 1 and body[0][0] in (sre.LITERAL, sre.IN) and _digit_class(*body[0]) == "digits":
            after = _digit_run(rest, depth + 1)
            return None if after is None or high == sre.MAXREPEAT else high + after
        if low >= 1 and len(body) >= 1 and body[0][0] in (sre.LITERAL, sre.IN) and _digit_class(*body[0]) == "none":
            return 0
        if low == 0 and high == 1:  # optional: either the body then the rest, or the rest
            with_body, without = _digit_run(body + rest, depth + 1), _digit_run(rest, depth + 1)
            return None if with_body is None or without is None else max(with_body, without)
        return None
    return None


def _branches(items: list) -> list[list]:
    """The branches of a sequence that is one alternation, or the sequence itself."""
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        return [list(branch) for branch in items[0][1][1]]
    return [items]


def _word_first(items: list) -> bool:
    """Whether every match of the parsed sequence ``items`` starts with a word character (a letter, a digit,
    "_"): then a "\b" before it means a non-word character before the match."""
    if not items:
        return False
    op, av = items[0]
    if op is sre.LITERAL:
        return _WORD_CHAR.match(chr(av)) is not None
    if op is sre.IN:
        for kind, value in av:
            if kind is sre.LITERAL and _WORD_CHAR.match(chr(value)):
                continue
            if kind is sre.RANGE and value[1] - value[0] < 4096 and all(
                    _WORD_CHAR.match(chr(c)) for c in range(value[0], value[1] + 1)):
                continue
            if kind is sre.CATEGORY and value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT):
                continue
            return False
        return True
    if op is sre.SUBPATTERN:
        return _word_first(list(av[-1]))
    if op is sre.BRANCH:
        return all(_word_first(list(branch)) for branch in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return av[0] >= 1 and _word_first(list(av[2]))
    return False


def _top_level_bar(src: str) -> bool:
    """Whether ``src`` has a "|" outside its groups and classes (then its opening is one branch's only)."""
    return any(char == "|" and depth == 0 for _, char, depth in regex_syntax(src))


def _word_test(starts: frozenset[str], whole: frozenset[str], digits: int | None = None) -> re.Pattern[str]:
    """The test of a word of the text that may open a match: it begins with a start word, or is one of ``whole``
    (those that only open a match as the whole word), case-free; with ``digits``, it opens with no more digits."""
    parts = [f"(?:{_trie(starts - whole)})"] if starts - whole else []
    if whole:
        parts.append(rf"(?:{_trie(whole)})\Z")
    fewer = "" if digits is None else f"(?![0-9]{{{digits + 1}}})"
    return re.compile(fewer + "(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _trie(words: frozenset[str]) -> str:
    """The literals as one trie-shaped regex (as written: no lower-casing, a space stands for any whitespace)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(trie)
