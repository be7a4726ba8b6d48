"""An offset back from the reference date counted in years is no calendar date in news (``Options.years_ago``).

"il y a dix ans", "voilà deux ans", "two years ago", "35 years ago": a reader of news takes no year from them, and
neither do the news yardsticks: the written batches' and the fresh pages' date gold leave offsets out
(benchmarks/written_e/README.md, "The date gold"), WiNER's added dates too (docs/ANNOTATION.md), and MEANTIME's dev
half writes "two years ago" as a DURATION (P2Y) and "a year ago" in an earnings line as one (P1Y). ``step_offsets``
then claims the words and gives no mention (round twenty-seven, off27). The peer suites (Duckling, Recognizers-Text)
value it, TimeML-style, and are scored with ``years_ago='year'``: the year, as before.

Not concerned: shorter units back ("il y a trois jours", "a week ago": the TimeML sets value them as a day), an exact
anniversary ("il y a dix ans jour pour jour": that day), an offset ahead ("dans cinq ans", a term) and an offset counted
from the story's previous date ("deux ans plus tard", ``anchored``): the guides and TimeML differ on those.
The units are ``offset_back_undated_units`` in ``lang/<lang>/words.yaml`` (canonical unit names of ``units``).
"""

from __future__ import annotations

import functools

from timeline.extraction.dates.context import _Context
from timeline.lang import load


@functools.cache
def undated_back_units(lang: str) -> frozenset[str]:
    """``offset_back_undated_units`` of the language: units of an offset back that give no date in news."""
    return frozenset(str(u) for u in load(f"{lang}/words").get("offset_back_undated_units") or [])


def undated_back(ctx: _Context, sign: int, unit: str, exact: bool) -> bool:
    """True when an offset from the reference date (``sign`` < 0: back) in ``unit`` is no calendar date under
    ``ctx.options.years_ago`` 'none'; ``exact``: an anniversary word follows ("jour pour jour"), which keeps the day."""
    return (ctx.options.years_ago == "none" and sign < 0 and not exact
            and unit in undated_back_units(ctx.lex.lang))
