"""The cascade ``DATE_STEPS``, most reliable first (the list with examples is in the package docstring)."""

from __future__ import annotations

from collections.abc import Callable

from timeline.extraction.dates.anaphora import step_period_anaphors, step_period_demonstratives
from timeline.extraction.dates.bracket_clocks import step_bracket_clocks
from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.footers import step_copyright_years
from timeline.extraction.dates.headline_years import step_headline_years
from timeline.extraction.dates.leading_months import step_leading_months
from timeline.extraction.dates.period_phrases import step_period_phrases
from timeline.extraction.dates.steps_calendar import (
    step_calendar,
    step_holidays,
    step_months,
    step_parts,
    step_relative_month_days,
    step_seasons,
    step_weekday_day,
)
from timeline.extraction.dates.steps_numbers import (
    step_day_alone,
    step_durations,
    step_not_dates,
    step_numeric,
    step_numeric_month,
    step_numeric_short,
    step_offsets,
    step_quarters,
    step_short_years,
    step_stretches,
    step_weeks_and_quarters,
    step_years,
)
from timeline.extraction.dates.steps_relative import (
    step_anchors,
    step_periods,
    step_relative_days,
    step_weekday_sets,
    step_weekdays,
)
from timeline.extraction.dates.steps_words import step_spelled_years
from timeline.extraction.dates.times import step_clocks

Step = Callable[[_Context], None]

#: The cascade, most reliable first. Each step skips spans claimed by earlier ones.
DATE_STEPS: tuple[tuple[str, Step], ...] = (
    ("numeric", step_numeric),
    ("clocks", step_clocks),
    ("bracket_clocks", step_bracket_clocks),
    ("not_dates", step_not_dates),
    ("relative_month_days", step_relative_month_days),
    ("period_phrases", step_period_phrases),
    ("leading_months", step_leading_months),
    ("offsets", step_offsets),
    ("durations", step_durations),
    ("stretches", step_stretches),
    ("parts", step_parts),
    ("calendar", step_calendar),
    ("numeric_short", step_numeric_short),
    ("numeric_month", step_numeric_month),
    ("quarters", step_quarters),
    ("months", step_months),
    ("seasons", step_seasons),
    ("holidays", step_holidays),
    ("relative_days", step_relative_days),
    ("weekday_day", step_weekday_day),
    ("weekday_sets", step_weekday_sets),
    ("weekdays", step_weekdays),
    ("period_demonstratives", step_period_demonstratives),
    ("periods", step_periods),
    ("period_anaphors", step_period_anaphors),
    ("weeks_and_quarters", step_weeks_and_quarters),
    ("years", step_years),
    ("copyright_years", step_copyright_years),
    ("headline_years", step_headline_years),
    ("short_years", step_short_years),
    ("spelled_years", step_spelled_years),
    ("anchors", step_anchors),
    ("day_alone", step_day_alone),
)
