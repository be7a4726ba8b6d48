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
