"""Merging: the measures a telling gives, a figure with its unit ("48-hour", "48 heures", "magnitude 6,1").

A quantity names no event alone (merge_numbers leaves it out of the identifiers), but two tellings of two articles
that give one type, one day, one place narrower than a country AND the same measure tell one happening: "Unite said
its members would stop work for 48 hours from June 18" and "dockers in Southampton began a 48-hour strike on
Thursday" (merge.py's ``_match``). A measure is kept as its unit's key and its value ("hour:48", "magnitude:6.1"),
so it is the same in both languages; a figure of one (an hour, one day) says nothing. The units are data:
``measure_units`` (words after the figure), ``measure_units_before`` (words before it) and ``clock_words_before`` (the
words that make a figure and a lone "h" a clock time) in timeline/lang/merge.yaml.
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon

__all__ = ["measures"]

_SPACES = "[ \u00a0\u202f]"
_FIGURE = r"(?<![\w.,])(\d{1,4}(?:[.,]\d{1,2})?)(?![\d])"
"""A figure: up to four digits, with a decimal part of one or two ("6,1", "3.5"); not a part of a bigger number."""


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    data = lexicon.load("merge")
    unit_of: dict[str, str] = {}
    for key in ("measure_units", "measure_units_before"):
        for unit, words in (data.get(key) or {}).items():
            unit_of.update({lexicon.fold(str(w)): str(unit) for w in words})

    def alternation(key: str) -> str:
        words = {lexicon.fold(str(w)) for ws in (data.get(key) or {}).values() for w in ws}
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    after = re.compile(rf"{_FIGURE}(?:{_SPACES}|-)?({alternation('measure_units')})(?:s|es)?(?![\w%])")
    before = re.compile(rf"(?<!\w)({alternation('measure_units_before')}){_SPACES}+(?:de{_SPACES}+|of{_SPACES}+)?"
                        rf"{_FIGURE}")
    # the word before a figure followed by a lone "h" that makes it a clock time ("à 12 h", "vers 9 h")
    clock_words = "|".join(re.escape(lexicon.fold(str(w))) for w in data.get("clock_words_before") or [])
    clock_before = re.compile(rf"(?<!\w)(?:{clock_words or '(?!)'})\s+$")
    return after, before, clock_before, unit_of


def _value(figure: str) -> str:
    text = figure.replace(",", ".")
    return text.rstrip("0").rstrip(".") if "." in text else text


@functools.lru_cache(maxsize=65_536)
def measures(sentence: str) -> frozenset[str]:
    """The measures of a sentence as "unit:value" ("48-hour" -> 'hour:48', "magnitude de 6,1" -> 'magnitude:6.1');
    a figure of one is left out, as are the figures of a clock time ("à 8 h 30", "8h30") and of a date."""
    after, before, clock_before, unit_of = _patterns()
    folded = lexicon.fold(sentence)
    found = set()
    for match in after.finditer(folded):
        figure, word = match.group(1), match.group(2)
        if word == "h" and (re.match(rf"{_SPACES}?\d", folded[match.end():]) or clock_before.search(
                folded[max(0, match.start() - 12):match.start()])):
            continue  # a clock time: "8 h 30", "8h30", "à 12 h"
        found.add(f"{unit_of[word]}:{_value(figure)}")
    for match in before.finditer(folded):
        found.add(f"{unit_of[match.group(1)]}:{_value(match.group(2))}")
    return frozenset(m for m in found if m.split(":")[1] not in ("0", "1"))
