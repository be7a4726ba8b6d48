r"""Guards made from what a regex's matches start with: a lookahead that lets re try a long alternation only where
one of its branches can begin.

A pattern of many rows (the look-alikes of ``patterns._not_date_pattern``) opens with a guard, a lookahead of the
characters its rows start with, so that re tries the rows only there. A guard of "a letter with no letter before
it" lets every word of the text in, and at each, re tries each row in turn. ``letter_guard`` reads from the rows'
parse tree the strings every match starts with (``prefilter._seq``: literals multiplied out, zero-width openings
passed over) and keeps, of the words, only those: "numéro", "horizon", "n°"... A match is the alternation's own at
a position the guard lets through, so the matches are the same; only positions where no row can start are passed
over.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from timeline.extraction.dates import prefilter
from timeline.extraction.dates.lexicon import _WORD
from timeline.extraction.prefixscan import _closing, regex_syntax

_LETTER = re.compile(_WORD)


def match_starts(pattern: str, flags: int = 0) -> frozenset[str] | None:
    r"""The strings every match of ``pattern`` starts with (``\d`` read as "0"-"9"), as written (under IGNORECASE,
    in any case); None when unknown or when a match may be empty."""
    items = list(sre_parse.parse(pattern, flags))
    while items and items[0][0] in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        items = items[1:]
    prefilter._ascii_digits_only = True
    try:
        _, starts = prefilter._seq(items)
    finally:
        prefilter._ascii_digits_only = False
    return None if not starts or "" in starts else starts


def letter_guard(rows: str, flags: int, symbols: str) -> str | None:
    r"""A guard for the alternation ``rows``: ``(?=[\d<symbols>]|(?<!<letter>)(?:<the words its rows start with>))``,
    where the wide one is ``(?=[\d<symbols>]|(?<!<letter>)<letter>)``: the same matches, tried at fewer words. None
    when a row may start with something else (a class of letters, a word's unknown first letters)."""
    starts = match_starts(rows, flags)
    if starts is None:
        return None
    words = frozenset(s for s in starts if _LETTER.match(s))
    if not words or not all(s in words or s[0] in "0123456789" or s[0] in symbols for s in starts):
        return None
    escaped = "".join(re.escape(char) for char in symbols)
    return rf"(?=[\d{escaped}]|(?<!{_WORD})(?:{prefilter._trie(words)}))"


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_GUARDED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern``, or its twin with a guard after its zero-width opening: for ``<opening>(?:B1|...|Bn)`` where some
    branches start with known words and some with anything ("a year after any word": ``[^\W\d_][\w'’-]*\s+2019``),
    ``<opening>(?=<the known words>|<each other branch, its lookarounds left out>)(?:B1|...|Bn)``. A branch without its
    lookarounds matches wherever the branch does, so the guard passes wherever a match starts: the same matches,
    with the branches tried only where one may start (re otherwise tries every one at each position)."""
    known = _GUARDED.get(id(pattern))
    if known is None:
        try:
            twin = _guarded(pattern) or pattern
        except (re.error, ValueError):
            twin = pattern
        known = _GUARDED[id(pattern)] = (pattern, twin)  # the pattern kept: its id stays its own
    return known[1]


def _guarded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    src = pattern.pattern
    at = 0
    while True:  # the zero-width opening: "\b" and lookarounds
        if src.startswith(r"\b", at):
            at += 2
        elif src.startswith(_LOOKAROUNDS, at):
            at = _closing(src, at) + 1
            if at <= 0:
                return None
        else:
            break
    if not src.startswith("(?:", at) or _closing(src, at) != len(src) - 1:
        return None
    body = src[at + 3:-1]
    cuts = [i for i, char, depth in regex_syntax(body) if char == "|" and depth == 0]
    branches = [body[lo:hi] for lo, hi in zip([0, *(c + 1 for c in cuts)], [*cuts, len(body)], strict=True)]
    starts = [match_starts(branch, pattern.flags) for branch in branches]
    words = frozenset().union(*(s for s in starts if s is not None))
    others = [_without_lookarounds(b) for b, s in zip(branches, starts, strict=True) if s is None]
    if not words or not others or any(other is None for other in others) or "(?P=" in src:
        return None
    guard = "(?=" + "|".join([f"(?:{prefilter._trie(words)})", *(f"(?:{other})" for other in others)]) + ")"
    twin = re.compile(src[:at] + guard + src[at:], pattern.flags)
    return twin if twin.groupindex == pattern.groupindex and twin.groups == pattern.groups else None


def _without_lookarounds(branch: str) -> str | None:
    """The branch with its lookarounds cut out and its groups made non-capturing (it then matches more, never less)."""
    out, at = [], 0
    for i, char, _ in regex_syntax(branch):
        if i < at or char != "(":
            continue
        if branch.startswith(_LOOKAROUNDS, i):
            close = _closing(branch, i)
            if close < 0:
                return None
            out.append(branch[at:i])
            at = close + 1
    out.append(branch[at:])
    flat = "".join(out)
    return re.sub(r"\(\?P<\w+>", "(?:", flat)
