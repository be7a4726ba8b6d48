"""Step 3 (date roles): a date that only a state dates, a stay in a place or a period spent, anchors no happening.

The guide (docs/ANNOTATION.md, "What is not a row") makes states no row. Two shapes of a state are told with a date
of their own and, with no trigger beside them, the date then dated whatever verb stood nearest:

- a verb of staying and its place, then the date: "Le chalutier est resté à quai au Guilvinec mardi matin, a constaté
  notre correspondant" (the observing verb took the date), "The crew stayed aboard the ship on Tuesday";
- a verb of spending and the period it spends, the date itself: "Les suspects se seraient enfuis en voiture, puis
  passé le week-end chez un ami" (the flight before it took the week-end), "They spent the night in the car".

Counted on the dev sources before building (round twenty-two, docs/BENCHMARKS.md, room spur22): written batch l dev 1
spurious row (the ferry kept in port), real-news dev half B 1 (the week-end spent); no core or borderline row of the
fifteen dev sets is dated so. The words are data (``states`` in lang/<lang>/triggers.yaml). The shapes are narrow on
purpose: a verb of staying followed by a participle or an adjective is a decision's state, not refused here ("les
transports scolaires resteront suspendus demain jeudi", "schools will remain closed on Monday"); any trigger of the
vocabulary between the verb and the date, or after the date in its clause, keeps the date ("restés en grève lundi",
"spent Monday night in talks", "stayed at the hotel on Monday where he met the minister"); a period is spent only
when the date's own words name a span one spends (a week-end, a night, a day: "spent Monday in talks" keeps its
Monday); a stay's place opens at once after its verb; and "séjourner" is no verb of staying here (a delegation's
stay is a visit of the vocabulary).
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["state_date"]

#: How far before a date a verb of staying is looked for (characters, within the date's clause).
WINDOW = 90
#: Words at most between a stay's place word and its date ("à quai au Guilvinec": 3).
PLACE_WORDS = 5
_CLAUSE_BREAK = re.compile(r"[,;:()«»\"“”.!?]")
_WORD = re.compile(r"[\w'’-]+")


def _alt(items: object) -> str:
    return "|".join(f"(?:{item})" for item in (items or []))  # type: ignore[union-attr]


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(a verb of staying and its place, a verb of spending ending a window, a period in a date's words)."""
    data = lexicon.load(f"{lang}/triggers").get("states") or {}
    if not data:
        return None
    staying = re.compile(rf"(?<![\w'’-])(?P<before>[\w'’-]+\s+)?(?:{_alt(data.get('staying'))})\s+"
                         rf"(?:[\w-]+(?:ment|ly)\s+)?(?:{_alt(data.get('places'))})(?!\w)")
    spending = re.compile(rf"(?:^|(?<=\s))(?P<before>[\w'’-]+\s+)?(?:{_alt(data.get('spending'))})\s+"
                          rf"(?:[\w-]+(?:ment|ly)\s+)?(?:(?:le|la|les|l['’]|ce|cette|the|this|that)\s+)?$")
    periods = re.compile(rf"(?<!\w)(?:{_alt(data.get('periods'))})(?!\w)")
    return staying, spending, periods


@functools.cache
def _nouns_before(lang: str) -> frozenset[str]:
    data = lexicon.load(f"{lang}/triggers").get("states") or {}
    return frozenset(str(word) for word in data.get("nouns_before") or ())


def _noun(lang: str, before: str | None) -> bool:
    """The word before the verb makes it a noun ("le reste à payer", "l'an passé", "government spending")."""
    if not before:
        return False
    word = before.strip()
    return word in _nouns_before(lang) or re.split(r"['’]", word)[-1] in _nouns_before(lang)  # "l'an passé"


def _trigger_in(rules: Rules, folded: str, start: int, end: int) -> bool:
    return start < end and next(iter(rules.trigger_re.finditer(folded, start, end)), None) is not None


def state_date(rules: Rules, folded: str, sentence: Span, date: DateMention) -> bool:
    """Whether ``date`` is dated only by a state: a stay in a place right before it, or a period spent that it is
    (see the module doc). ``folded``: the article's folded text (lower case, no accents, same offsets)."""
    patterns = _patterns(rules.lang if rules.lang in ("fr", "en") else "en")
    if patterns is None:
        return False
    staying, spending, periods = patterns
    lo = max(sentence.start, date.start - WINDOW)
    window = folded[lo : date.start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    clause_start = lo + (breaks[-1].end() if breaks else 0)
    clause = folded[clause_start : date.start]
    rest = folded[date.end : sentence.end]
    cut = _CLAUSE_BREAK.search(rest)
    clause_end = date.end + (cut.start() if cut else len(rest))
    if _trigger_in(rules, folded, date.end, clause_end):
        return False  # "stayed at the hotel on Monday, where he met ...": the happening of the clause takes it
    for match in staying.finditer(clause):
        if _noun(rules.lang, match.group("before")):
            continue
        place_end = clause_start + match.end()
        if (len(_WORD.findall(folded[place_end : date.start])) <= PLACE_WORDS
                and not _trigger_in(rules, folded, clause_start + match.start(), date.start)):
            return True
    spent = spending.search(clause)
    if spent is None or _noun(rules.lang, spent.group("before")):
        return False
    return bool(periods.search(folded, date.start, date.end)) and not _trigger_in(
        rules, folded, clause_start + spent.start(), date.start)
