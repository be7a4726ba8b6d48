"""Dates written in page stamps and datelines ("Publié le 24/01/2026", "Hanoï, 16 septembre (VNA) –").

``find_stamp_date`` reads the first date of a short stamp; ``StampDate`` holds it, with or without
its year. Month and weekday names come from the word lists (timeline/lang/<lang>/words.yaml).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from timeline import lang as lexicon


@dataclass(frozen=True)
class StampDate:
    """A date written in a stamp or dateline; ``year`` is None when the stamp omits it."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None = None
    """0 (Monday) .. 6 when the stamp names the day ("Samedi 22 mars")."""

    def nearest(self, anchor: dt.date) -> dt.date | None:
        """For a year-less stamp, the date closest to ``anchor`` (year before, of or after it).

        When the stamp names its weekday, years where the weekday matches are preferred.
        """
        if self.year is not None:
            return self.value()
        candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := self.value(y)) is not None]
        matching = [d for d in candidates if self.weekday is None or d.weekday() == self.weekday]
        return min(matching or candidates, key=lambda d: abs((d - anchor).days), default=None)

    def moved(self, offset: int) -> StampDate:
        """The same date with its offsets shifted by ``offset`` (line offsets -> page offsets)."""
        return replace(self, start=self.start + offset, end=self.end + offset)

    def value(self, year: int | None = None) -> dt.date | None:
        """The date, using ``year`` when the stamp has none (None if invalid or unknown)."""
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            return dt.date(y, self.month, self.day)
        except ValueError:
            return None



@functools.cache
def _months() -> dict[str, int]:
    months: dict[str, int] = {}
    for lang in ("fr", "en"):
        for name, number in (lexicon.words(lang, "months") or {}).items():
            months[lexicon.fold(str(name))] = int(number)
    return months


@functools.cache
def weekday_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for lang in ("fr", "en"):
        for name, number in (lexicon.words(lang, "weekdays") or {}).items():
            names[lexicon.fold(str(name))] = int(number)
    return names


def month_number(word: str) -> int | None:
    """1-12 for a month name or an unambiguous abbreviation of 3+ letters ("sept", "Aug"), else None."""
    folded = lexicon.fold(word).rstrip(".")
    months = _months()
    if folded in months:
        return months[folded]
    if len(folded) < 3:
        return None
    found = {n for name, n in months.items() if name.startswith(folded)}
    return found.pop() if len(found) == 1 else None


_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_]{3,12})\.?,?\s*$")
_NUM_YMD = re.compile(rf"(?<!\d)({_YEAR})[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?!\d)")
_NUM_DMY = re.compile(rf"(?<!\d)(\d{{1,2}})[-/.](\d{{1,2}})[-/.]({_YEAR})(?!\d)")
_WORD = r"[^\W\d_]{3,12}\.?"
_DAY_MONTH = re.compile(rf"(?<![\w])(\d{{1,2}})(?:er|st|nd|rd|th|e)?\s+({_WORD})(?:,?\s+({_YEAR}))?(?![\w])")
_MONTH_DAY = re.compile(rf"(?<![\w])({_WORD})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+({_YEAR}))?(?![\w])")


#: How far before a date its weekday may stand ("lundi 30", "Tuesday, 1").
WEEKDAY_REACH = 16


def weekday_before(text: str, start: int) -> int | None:
    """The weekday (0 Monday) named right before ``text[start]`` ("lundi 30 novembre", "Tuesday, 1 December")."""
    before = _WEEKDAY_BEFORE.search(text[max(0, start - WEEKDAY_REACH) : start])
    return weekday_names().get(lexicon.fold(before[1])) if before else None


def worded_dates(text: str) -> Iterator[tuple[re.Match[str], int, int]]:
    """Each date written with its month's word ("16 septembre [2025]", "Aug. 27, 2025"): (match, day, month); the
    match's group 3 is its year when it states one."""
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for m in pattern.finditer(text):
            month = month_number(m[month_group])
            if month:
                yield m, int(m[day_group]), month


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000: leap year, 29 Feb is fine
    except ValueError:
        return False
    return True


def find_stamp_date(text: str, lang: str = "fr") -> StampDate | None:
    """The first date written in a short stamp: 24/01/2026, 2026-01-24, 16 septembre [2025], Aug. 27, 2025.

    Numeric dates are read day first ("05/03/2025" is 5 March), except on English pages
    where a month-first reading is tried first; the other reading is used when the first
    one is impossible ("08/27/2025").
    """
    found: list[StampDate] = []
    for m in _NUM_YMD.finditer(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if _valid(y, mo, d):
            found.append(StampDate(m.start(), m.end(), d, mo, y))
    for m in _NUM_DMY.finditer(text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        orders = [(b, a), (a, b)] if lang == "en" else [(a, b), (b, a)]
        for d, mo in orders:
            if _valid(y, mo, d):
                found.append(StampDate(m.start(), m.end(), d, mo, y))
                break
    for m, day, month in worded_dates(text):
        year = int(m[3]) if m[3] else None
        if _valid(year, month, day):
            found.append(StampDate(m.start(), m.end(), day, month, year))
    if not found:
        return None
    # The earliest in the text; at one place, the one that states its year.
    best = min(found, key=lambda s: (s.start, s.year is None, -(s.end - s.start)))
    weekday = weekday_before(text, best.start)
    return replace(best, weekday=weekday) if weekday is not None else best


#: Further dates with their year a stamp line may carry ("Mis à jour le 19 novembre 2026"), not counted as its words.
STAMP_MORE_DATES = 2


def without_dates(text: str) -> str:
    """``text`` without up to ``STAMP_MORE_DATES`` more dates that state their year (a stamp's update date)."""
    for _ in range(STAMP_MORE_DATES):
        more = find_stamp_date(text)
        if more is None or more.year is None:
            break
        text = text[: more.start] + " " + text[more.end :]
    return text
