"""A stretch of time counted from a date (issue 12): "for 48 hours from June 18", "a three-day strike starting June
18", "pendant trois jours à partir du 5 mai", "une grève de 48 heures à compter du 18 juin". The date is the start of
a stretch the text counts ahead of it: under the past of the sentence that tells it ("the union announced ...", "le
syndicat a annoncé ..."), a plan like one after ``plan_before``: the nearer date (``schedule.planned_way``). The date
is the mention; the count is a duration, no end (the project's gold: "a duration, not a range"). Words are data:
``span_units`` and ``span_start_before`` in ``lang/*/words.yaml``."""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.lang import load

#: How far before a date a count of time may start ("for forty-eight hours of strikes starting " is 45 characters).
SPAN_REACH = 64


@functools.cache
def _span_start(lang: str) -> re.Pattern[str] | None:
    words = load(f"{lang}/words")
    units = list(words.get("span_units") or [])
    starts = list(words.get("span_start_before") or [])
    if not units or not starts:
        return None
    gap = r"[^\S\n]+"
    return re.compile(rf"(?<![^\W\d_])(?:\d+|[^\W\d_]+(?:-[^\W\d_]+)*)(?:{gap}|[^\S\n]*-[^\S\n]*)"
                      rf"(?:{_alt(_accent_variants(units))})(?![^\W\d_])(?:{gap}[^\W\d_]+){{0,2}}{gap}"
                      rf"(?:{_alt(_accent_variants(starts))}){gap}(?:(?:le|la|l['’]|the)[^\S\n]*)?$", re.IGNORECASE)


def span_start(lang: str, text: str, start: int) -> int:
    """Where the count of time that a date at ``start`` opens stands ("48 hours from ", "trois jours à partir du "),
    or -1."""
    pattern = _span_start(lang)
    found = pattern.search(text, max(0, start - SPAN_REACH), start) if pattern is not None else None
    return found.start() if found else -1
