"""Quarters of a fiscal year, placed by what the article states of one of them.

"The third quarter of fiscal 2026, ended December 31, 2025" tells the company's calendar: its fiscal 2026 runs from
July 2025, so every "fiscal" quarter of the article moves by the same months ("Third Quarter Fiscal 2026" in the
headline is October-December 2025, as the body says). The kind words ("fiscal", "l'exercice", "calendar") are
``quarter_year_kinds`` and the words before the closing date ``quarter_end_words`` in timeline/lang/<lang>/words.yaml.
A fiscal quarter with no such statement in its article gets no quarter (its year stays what the year rules read).
"""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.lexicon import _accent_variants, _alt, _key
from timeline.extraction.stamps import find_stamp_date
from timeline.lang import load

#: How far after a fiscal quarter its closing date may start (", which ended on Wednesday, December 31, 2025").
_REACH = 60


@functools.cache
def year_kinds(lang: str) -> dict[str, str]:
    """Folded kind word -> 'fiscal' or 'calendar'."""
    return {_key(str(w)): str(kind) for w, kind in (load(f"{lang}/words").get("quarter_year_kinds") or {}).items()}


@functools.cache
def _ended(lang: str) -> re.Pattern[str]:
    words = _alt(_accent_variants([str(w) for w in load(f"{lang}/words").get("quarter_end_words") or []]))
    return re.compile(rf"[^\S\n]*,?[^\S\n]*(?:{words})(?![^\W\d_])", re.IGNORECASE)


def fiscal_shift(text: str, lang: str, quarters: list[tuple[int, int, int, int]]) -> int | None:
    """Months a fiscal quarter is moved by, from the first ``(start, end, quarter, year)`` its text says ended on a
    full date; None when none does. Quarter q of fiscal year Y ends ``shift`` months after month 3q of year Y."""
    for _start, end, q, year in quarters:
        cue = _ended(lang).match(text, end)
        if cue is None:
            continue
        stamp = find_stamp_date(text[cue.end() : cue.end() + _REACH], lang)
        if stamp is None or stamp.year is None or stamp.start > _REACH // 2:
            continue
        return (stamp.year * 12 + stamp.month) - (year * 12 + 3 * q)
    return None


def quarter_months(year: int, q: int, shift: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """((year, month) of the first month, (year, month) of the last) of quarter ``q`` of ``year`` moved by ``shift``."""
    first = year * 12 + 3 * q - 3 + shift  # months since year 0, zero-based
    last = first + 2
    return (first // 12, first % 12 + 1), (last // 12, last % 12 + 1)
