"""Step 3, one gate: a past year that is background (a span of years, a noun's complement), no happening's date."""

from __future__ import annotations

import datetime as dt
import re

from timeline.models import DateMention

#: Periods of a year's months said in one phrase ("au premier semestre 2024", "les six premiers mois de 2023"): month
#: grain since round thirty-six (dfr36) for the date gold, a part of their year here, as before.
MONTHS_OF_A_YEAR_RULES = frozenset({"year_part", "leading_months"})
#: A date written as a noun's complement ("la primaire de 1995", "the attacks of 2001") says which one is meant.
_COMPLEMENT = re.compile(r"(?:\bde|\bd'|\bdu|\bof(?: the)?)\s*$")


#: The last year of a span written as two years ("de 2012 à 2016", "between 2013 and 2016", "2013-2016").
_SPAN_END = re.compile(r"\b\d{4}\s*(?:a|au|to|until|et|and|-)\s*$")
#: The first year of such a span ("entre 2013 et 2016", "from 2013 to 2016"): the period, not a happening of 2013.
_SPAN_START = re.compile(r"\s*(?:a|au|to|until|et|and|-|–)\s*\d{4}\b")


def background_year(folded: str, reference: dt.date | None, date: DateMention) -> bool:
    """A span of past years ("de 2012 à 2016, il a donné 7 conférences", "entre 2013 et 2016") is a period, and a
    past year written as a noun's complement ("battu à la primaire de 1995") says which one is meant: background,
    no event. A year that dates a clause ("En 2019, le parti a tenu son congrès") or a coming year is kept."""
    if not (date.precision == "year" or date.rule in MONTHS_OF_A_YEAR_RULES) or reference is None:
        return False
    if (date.end_value or date.value).year >= reference.year:
        return False
    before = max(0, date.start - 12)
    return (date.end_value is not None or bool(_COMPLEMENT.search(folded, before, date.start))
            or bool(_SPAN_END.search(folded, before, date.start))
            or bool(_SPAN_START.match(folded, date.end, date.end + 12)))
