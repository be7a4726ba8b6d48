"""Step 3 (date roles): a date that bounds the span of a tally anchors no happening.

A count of cases, files or complaints over a span is a figure, not a happening of the span's bounds: "Neuf cas sont
recensés depuis le 2 juin" (no case is said to fall on 2 June), "entre le 4 janvier et le 9 avril, quelque 800 dossiers
ont été traités" (nothing happened on 9 April but the count's end), "Since 1 March, 42 complaints have
been filed". Before this step the bound dated the tallying verb, an `other` or a typed row on the bound's day that the
gold never holds (docs/ANNOTATION.md: a count is no row).

The shape, read on the folded sentence (no words of one article; the lists are data, ``tallies`` in
lang/<lang>/triggers.yaml):

- the date is a span's bound: it is open since ("depuis", "since": ``DateMention.open_end``), or a span opener
  (``openers``: "entre", "between") stands right before it, or right before its first bound when it follows a link
  (``links``: "et", "and") in the same sentence, or opens the date's own words ("between 4 January and 8 March");
- the sentence holds a count of tally nouns: a number (digits, or a number word of lang/<lang>/words.yaml worth two or
  more) and, at most ``COUNT_GAP`` words later, a plural noun of ``nouns`` ("cas", "affaires", "dossiers", "plaintes";
  "cases", "files", "complaints");
- no trigger of the vocabulary stands between the date and the count (the bound of "début de cette crise" before it
  keeps its own happening); a tally noun that is a trigger itself ("plaintes") is still a count.

Counts of people ("300 manifestants ont été interpellés depuis lundi") and of victims ("ont fait trois morts depuis le
6 mars") are no tally here: their nouns are not listed, the arrests and the floods keep their dates.

Counted before building (round twenty-six, room spx26, docs/BENCHMARKS.md): fresh dev, fr.metrotime.be 1 spurious
row (a count of court cases between two dates, dated by its end); written batch c dev 1 (cases of a disease recorded
since a date, dated by its start). No core or borderline gold row of those sets is dated so.
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["COUNT_GAP", "tally_date"]

#: Words at most between a count's number and its tally noun ("900 nouveaux cas", "42 new complaints").
COUNT_GAP = 2
_DIGITS = r"\d(?:[\d.,\u202f\u00a0 ]*\d)?"


def _alt(words: object) -> str:
    folded = sorted({lexicon.fold(str(w)) for w in (words or [])}, key=len, reverse=True)  # type: ignore[union-attr]
    return "|".join(re.escape(w) for w in folded)


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(a count of tally nouns, an opener ending a window, a link then an opener's first bound, an opener at a head)."""
    data = lexicon.load(f"{lang}/triggers").get("tallies") or {}
    if not data.get("nouns") or not data.get("openers"):
        return None
    numbers = lexicon.load(f"{lang}/words").get("numbers") or {}
    words = [w for w, value in numbers.items() if isinstance(value, int) and value >= 2]
    number = rf"(?:{_DIGITS}|(?<![\w'’-])(?:{_alt(words)}))" if words else _DIGITS
    count = re.compile(rf"{number}(?:\s+[\w'’-]+){{0,{COUNT_GAP}}}?\s+(?:{_alt(data['nouns'])})(?![\w'’-])")
    articles = _alt(data.get("articles"))
    article = rf"(?:(?:{articles})\s*)?" if articles else ""
    opener = re.compile(rf"(?<![\w'’-])(?:{_alt(data['openers'])})\s+{article}$")
    link = re.compile(rf"(?<![\w'’-])(?:{_alt(data.get('links'))})\s+{article}$") if data.get("links") else None
    head = re.compile(rf"(?<![\w'’-])(?:{_alt(data['openers'])})\s")
    return count, opener, link or re.compile(r"(?!)"), head


def _bound(patterns: tuple[re.Pattern[str], ...], folded: str, sentence: Span, date: DateMention) -> bool:
    """Whether the date bounds a span: open since, right after an opener, after a link with an opener before it in
    its sentence (the second bound), or a span whose own words open with an opener."""
    _, opener, link, head = patterns
    if date.open_end == "since" or head.match(folded, date.start):
        return True
    window = folded[sentence.start : date.start]
    return bool(opener.search(window) or (link.search(window) and head.search(window)))


def _trigger_in(rules: Rules, folded: str, start: int, end: int) -> bool:
    return start < end and next(iter(rules.trigger_re.finditer(folded, start, end)), None) is not None


def tally_date(rules: Rules, folded: str, sentence: Span, date: DateMention) -> bool:
    """Whether ``date`` bounds the span of a tally of its sentence (see the module doc). ``folded``: the article's
    folded text (lower case, no accents, same offsets)."""
    patterns = _patterns(rules.lang if rules.lang in ("fr", "en") else "en")
    if patterns is None or not _bound(patterns, folded, sentence, date):
        return False
    for count in patterns[0].finditer(folded, sentence.start, sentence.end):
        if count.start() < date.end and count.end() > date.start:
            continue  # a number of the date itself
        lo, hi = (date.end, count.start()) if count.start() >= date.end else (count.end(), date.start)
        if not _trigger_in(rules, folded, lo, hi):
            return True
    return False
