"""Step 3, two gates: a past year that is background (a span of years, a noun's complement), and a date of a former
year told in a clause that recalls a state (a French imperfect, a relative clause whose verb is being or having)
and no happening of the vocabulary: no happening's date."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from timeline import lang as lexicon
from timeline.extraction.events.vocabulary import Rules
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
#: thirty-six, una36: "alors qu'il gouvernait le pays en 2014"; a recent state keeps its date).
BACKGROUND_DAYS = 365
#: A clause ends at these marks (its date is in the clause between the marks around it).
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]«»\"“”]|\s[-–—]\s")


@dataclass(frozen=True)
class _Recalling:
    """``background_clauses`` of lang/<lang>/words.yaml, compiled."""

    relative: re.Pattern[str] | None
    """A relative pronoun opening the clause ("which", "qui")."""
    state: re.Pattern[str] | None
    """A verb of being or having ("was", "had", "était") as the clause's main verb: not followed (past one
    ``state_adverbs`` word) by a participle (``participle``, read in the unfolded text: "était élu" is a happening)."""
    participle: re.Pattern[str] | None
    imperfect: re.Pattern[str] | None
    """A French imperfect that is no pluperfect's auxiliary, no noun in -ait and no modal's conditional."""


@functools.cache
def _recalling(lang: str) -> _Recalling:
    table = lexicon.load(f"{lang if lang in ('fr', 'en') else 'en'}/words").get("background_clauses") or {}

    def words(key: str) -> str:
        return "|".join(str(w) for w in (table.get(key) or []))

    adverbs = words("state_adverbs")
    skip = f"(?:(?:{adverbs})\\s+)?" if adverbs else ""
    return _Recalling(
        re.compile(f"\\s*(?:{words('relatives')})\\b") if words("relatives") else None,
        re.compile(f"\\b(?:{words('states')})\\s+{skip}") if words("states") else None,
        re.compile(f"(?:{words('participle')})\\b") if words("participle") else None,
        re.compile(f"\\b(?:{words('imperfect')})\\b") if words("imperfect") else None)


def _clause(folded: str, sentence: Span, date: DateMention) -> tuple[int, int]:
    """The clause of a date: from the last comma, bracket or dash before it to the next one after it."""
    start = sentence.start
    for mark in _CLAUSE_BREAK.finditer(folded, sentence.start, date.start):
        start = mark.end()
    after = _CLAUSE_BREAK.search(folded, date.end, sentence.end)
    return start, after.start() if after else sentence.end


def _told_happening(rules: Rules, folded: str, start: int, end: int, date: DateMention) -> bool:
    """A trigger of the vocabulary in the clause, the date's words aside: "who was fined ... in March 2025", "le
    dernier déraillement remontait au 8 février 2019" tell a happening, which the date dates."""
    return any(not (match.start() < date.end and date.start < match.end())
               for match in rules.trigger_re.finditer(folded, start, end))


def _state(recalling: _Recalling, text: str, folded: str, start: int, end: int) -> bool:
    """A verb of being or having as the main verb of the clause ("who was mayor", "qui était ministre")."""
    if recalling.state is None:
        return False
    for match in recalling.state.finditer(folded, start, end):
        if recalling.participle is None or not recalling.participle.match(text, match.end(), end):
            return True
    return False


def recalled_date(rules: Rules, text: str, folded: str, sentence: Span, reference: dt.date | None,
                  date: DateMention) -> bool:
    """A date of a former year (a year or more before the page) in a clause that tells a state, what a noun or a
    person was, rather than what happened: a French imperfect ("alors qu'il gouvernait le pays en 2014", "il
    occupait ce poste depuis 2014") or a relative clause whose verb is being or having ("the party, which was the
    largest in 2014", "le maire, qui était alors ministre en 2012"): background, no event. The clause runs between
    the commas, brackets or dashes around the date. A clause holding a trigger of the vocabulary tells a happening
    and dates it ("Marta Quillon, 47, who was fined in March 2025"; "l'accord, signé en 2015"; round thirty-seven,
    una37: una36's version took these for background and was reverted), as a clause that opens otherwise does ("En
    2015, le traité a été signé")."""
    if reference is None or (date.end_value or date.value) > reference - dt.timedelta(days=BACKGROUND_DAYS):
        return False
    start, end = _clause(folded, sentence, date)
    recalling = _recalling(rules.lang)
    imperfect = bool(recalling.imperfect and recalling.imperfect.search(folded, start, date.start))
    relative_state = bool(recalling.relative and recalling.relative.match(folded, start, date.start)
                          and _state(recalling, text, folded, start, end))
    return (imperfect or relative_state) and not _told_happening(rules, folded, start, end, date)
