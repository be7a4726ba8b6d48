"""Step 3, two gates: a past year that is background (a span of years, a noun's complement), and a date of a former
year told in a clause that recalls what a noun was (a relative clause, a participle in apposition, a French
imperfect): no happening's date."""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline import lang as lexicon
from timeline.extraction.sentences import Span
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


#: How old a date must be for a recalling clause to make it background: a full year before the page (round
#: thirty-six, una36: "l'accord, signé en 2015", "the company, founded in 1998"; a recent step keeps its date).
BACKGROUND_DAYS = 365
#: A clause ends at these marks (its date is in the last clause before it).
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]«»\"“”]|\s[-–—]\s")


@functools.cache
def _recalling(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(a recalling clause's opening, an imperfect verb in it) from ``background_clauses`` of lang/<lang>/words.yaml."""
    table = lexicon.load(f"{lang if lang in ('fr', 'en') else 'en'}/words").get("background_clauses") or {}
    openers = [str(w) for w in (table.get("relatives") or [])] + [str(w) for w in (table.get("participles") or [])]
    imperfect = [str(w) for w in (table.get("imperfect") or [])]
    return (re.compile(f"\\s*(?:{'|'.join(openers)})\\b") if openers else None,
            re.compile(f"\\b(?:{'|'.join(imperfect)})\\b") if imperfect else None)


def recalled_date(lang: str, folded: str, sentence: Span, reference: dt.date | None, date: DateMention) -> bool:
    """A date of a former year (a year or more before the page) in a clause that recalls what a noun was rather
    than telling what happened: a relative clause ("the plant, which opened in 1998, ..."; "le traité, qui avait été
    signé en 2015"), a participle in apposition ("the company, founded in 1998,", "l'accord, signé en 2015,") or, in
    French, an imperfect ("alors qu'il gouvernait le pays en 2014"): background, no event. The clause is the text
    from the last comma, bracket or dash before the date; a clause that opens otherwise ("En 2015, le traité a été
    signé") dates its happening."""
    if reference is None or (date.end_value or date.value) > reference - dt.timedelta(days=BACKGROUND_DAYS):
        return False
    opening, imperfect = _recalling(lang)
    clause_start = sentence.start
    for mark in _CLAUSE_BREAK.finditer(folded, sentence.start, date.start):
        clause_start = mark.end()
    if opening and opening.match(folded, clause_start, date.start):
        return True
    return bool(imperfect and imperfect.search(folded, clause_start, date.start))
