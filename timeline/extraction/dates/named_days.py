"""Days that name a happening of a known year: "the Sept. 11 attacks", "les attentats du 11 septembre" are 11
September 2001 in any article, not the nearest 11 September (read by ``resolve._pick_year`` for a year-less day).

The table is ``named_days`` in ``lang/*/words.yaml``: each row a month, a day, the year, and the nouns of the
happening, written right after the day ("the March 11 earthquake", "the Sept. 11 terrorist attacks") or right before
it with a linking word (``named_day_links``: "the attacks of Sept. 11", "les attentats du 11 septembre"), or written as
one of its ``names``, case and all ("9/11", "le 11-Septembre"). The day alone ("on Sept. 11"), or with another noun
("the Sept. 11 deadline"), keeps the usual year.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.lang import load


@functools.cache
def _rows(lang: str) -> tuple[tuple[int, int, int, re.Pattern[str], re.Pattern[str] | None, frozenset[str]], ...]:
    """(month, day, year, nouns after the day, nouns before it, names) per row of ``named_days``."""
    words = load(f"{lang}/words")
    links = _alt(_accent_variants(list(words.get("named_day_links") or []))) or "(?!)"
    out = []
    for row in words.get("named_days") or []:
        out.append((int(row["month"]), int(row["day"]), int(row["year"]), _after(row), _before(row, links),
                    frozenset(str(n) for n in row.get("names") or ())))
    return tuple(out)


def _after(row: dict[str, Any]) -> re.Pattern[str]:
    nouns = _alt(_accent_variants(list(row.get("after") or []))) or "(?!)"
    return re.compile(rf"[^\S\n]+(?:{nouns})(?![^\W\d_])", re.IGNORECASE)


def _before(row: dict[str, Any], links: str) -> re.Pattern[str] | None:
    nouns = _alt(_accent_variants(list(row.get("before") or [])))
    if not nouns:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{nouns})[^\S\n]+(?:{links})[^\S\n]*(?:(?:le|the)[^\S\n]+)?$", re.IGNORECASE)


def named_year(lang: str, text: str, start: int, end: int, month: int, day: int | None) -> int | None:
    """The year of the happening a year-less day names (``named_days``), or None when it names none."""
    if day is None:
        return None
    for m, d, year, after, before, names in _rows(lang):
        if (m, d) != (month, day):
            continue
        if text[start:end] in names or after.match(text, end) \
                or (before is not None and before.search(text, max(0, start - 60), start)):
            return year
    return None
