"""Spans of two years written with a dash ("la période 1982-1990", "the 1950-53 Korean War", "la saison 2015-2016"):
where they are and their last year, for ``steps_numbers.step_not_dates``, which reads a past span, or a season or a
school or fiscal year that runs now, as its two years (TimeML's two dates)."""

from __future__ import annotations

import re

PAST_SPAN = re.compile(r"(?<!\d)(\d{4})\s*[-–/]\s*(\d{4}|\d\d)(?!\d)")


#: The rule of the two years of a season or a school or fiscal year that runs now ("la saison 2015-2016" in 2016):
#: dates of the page, but a period, no event's date (events/date_readings.weak_reading).
RUNNING_YEARS_RULE = "running_years"


def running_pair(span: re.Match[str], last: int, this_year: int) -> bool:
    """Two following years written in full whose last is this year or next: "2015-2016" in 2016, "2026-2027" in
    2026 (a season, a school or fiscal year that runs now); not "2025-2030" (a term), nor "2015-16"."""
    return len(span[2]) == 4 and last == int(span[1]) + 1 and last <= this_year + 1


def span_end(text: str, span: re.Match[str]) -> int:
    """The last year of a span of years: "1982-1990" 1990; a two-digit end is the first year after the start that
    ends so ("1950-53" 1953, "1999-00" 2000), unless the span is glued to a word or number before it
    ("September-2020-23" is a day written with dashes): then 0, no span."""
    first, last = int(span[1]), span[2]
    if len(last) == 4:
        return int(last)
    if span.start() and not text[span.start() - 1].isspace() and text[span.start() - 1] not in "(":
        return 0
    year = first - first % 100 + int(last)
    return year if year > first else year + 100
