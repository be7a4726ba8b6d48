"""A season in news: its year when the year is written, no calendar date when it is not (``Options.season_grain``).

TimeML gives a season no calendar value of its own (``2016-SU``, scored by no date benchmark of ours), and the news
guides this project annotates with say what a reader takes from one: "au printemps 2027", "the spring of 2028",
"l'automne 2025" are their year (docs/ANNOTATION.md: WiNER's "au printemps [2018]"; the written batches e to j:
"a season with a year is its year"), while "next spring", "cet hiver", "au printemps dernier", "d'ici à l'été" are
"periods without a value" no reader dates. The seasons step still reads them all as their months (a focus for the
year-less days that follow, ``focus``: "À l'été 1997 ... le 12 août"; the peer suites' "cet hiver" is 21 December
to 20 March); this last pass, in the news convention, gives a season written with its year the year's grain, and
drops one without a year. Its words stay claimed: no other reading takes them. The rule stays ``season``, so the
events still build no happening on it (``events.date_readings.weak_reading``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extraction.dates.context import _Context
from timeline.models import DateMention

SEASON_RULE = "season"


def season_grain(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with each season at the grain the options ask for (see the module's docstring)."""
    if ctx.options.season_grain != "year":
        return mentions
    out = []
    for m in mentions:
        if m.rule != SEASON_RULE or m.precision != "month":
            out.append(m)
        elif not m.relative:  # "l'été 2016", "the summer of '98": the year written
            year = m.value.year
            out.append(replace(m, value=dt.date(year, 1, 1), precision="year", end_value=None, end_start=None,
                               explanation=f"{m.text} -> {year}: a season with its year is that year"))
    return out
