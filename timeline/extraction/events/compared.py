"""Step 4 (date roles): a date that is the other side of a comparison dates no happening.

The guide (docs/ANNOTATION.md, "What is not a row") makes a period something is compared with no row: "a year ago"
used as a comparison, "up 5% from a year ago". Beyond the cues right before a date that ``comparison_cues`` lists
("compared to March of 2008", "qu'en 2012"), real news writes the other side of a comparison three more ways, and the
date there is a former occasion the news is measured against, not a happening of the news:

- a figure set against another figure: "3,1 millions de votants, contre environ 2,8 millions en juin 2014, lors du
  scrutin précédent", "turnout was 61 percent, against 54 percent in the 2019 election";
- a precedent: "Comme en 2015, la présidente est réélue sans adversaire", "As in 2018, the council
  elected its chairman unopposed";
- a comparative and its "que" / "than": "bien moins que lors du congrès de 2016", "far more orders than its rival
  in 2019", "plus de visiteurs qu'au salon de 2019".

Counted on the dev sources before building (round nineteen, docs/BENCHMARKS.md, room spur19): real-news dev half A
2 rows, half B 1, all matched to borderline gold rows (background the pipeline keeps), none to a core row. The words
are data (lang/<lang>/triggers.yaml ``compared``); the shapes are narrow on purpose: a day is never a comparison's
side here ("51 % contre 49 % dimanche", "by 300 votes against 200 on Monday": the vote's own day; the dev rows are
of a month or a year), the contrast needs a figure and then a preposition, the comparative and its "que" / "than"
stand in one clause with no comma, and what stands between "than" and the preposition is a name or a pronoun ("more
than 2,000 people marched in May", "sales grew more than expected in March" keep their month).
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["compared_date"]

#: How far before a date the comparison's words are looked for (characters, within the sentence).
WINDOW = 90
#: Words at most between a comparative and its "que" / "than" ("plus de visiteurs cette année qu'au salon de 2019").
COMPARATIVE_REACH = 4
#: Words at most between "que" / "than" (and its preposition) and the date's preposition.
GAP_WORDS = 2
_NUMBER = r"[$€£#]?\d[\d.,]*(?:\s\d{3})*"
_DETERMINERS = r"(?:\s*(?:le|la|les|l['’]|un|une|du|de|des|d['’]|the|a|an|its|their|this|that))?"


def _alt(items: object) -> str:
    return "|".join(f"(?:{item})" for item in (items or []))  # type: ignore[union-attr]


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The compiled shapes of ``lang``, each ending where the date starts (folded text)."""
    data = (lexicon.load(f"{lang}/triggers").get("compared") or {})
    if not data:
        return ()
    preps = _alt(data.get("prepositions"))
    end = rf"{_DETERMINERS}[\s,]*$"
    hedged = rf"(?:(?:{_alt(data.get('hedges'))})\s+)?"
    contrast = (rf"(?<!\w)(?:{_alt(data.get('contrasts'))})\s+{hedged}{_NUMBER}"
                rf"(?:\s?(?:{_alt(data.get('units'))})(?!\w)|\s+(?!\d)[\w'’-]+)?\s+(?:{preps})")
    # the occasion named before its date: "lors du congrès de mai 2018", "during the elections of May 2019"
    named = rf"(?:(?:{preps})\b{_DETERMINERS}\s*(?:(?!\d)[\w'’-]+\s+){{0,{GAP_WORDS}}}?(?:(?:de|du|des|d['’]|of)\s*)?)"
    precedent = rf"(?:^|[\s,;(«“\"])(?:{_alt(data.get('precedents'))})\s+{named}"
    than = (rf"(?<!\w)(?:{_alt(data.get('comparatives'))})(?:\s+[^\s.;:!?,]+){{0,{COMPARATIVE_REACH}}}?\s+"
            rf"(?:{_alt(data.get('than'))})\s*{named}")
    return tuple(re.compile(shape + end) for shape in (contrast, precedent, than))


@functools.cache
def _than_gap(lang: str) -> re.Pattern[str] | None:
    """English: after "than", names written with a capital or listed subjects, then the date's preposition."""
    data = (lexicon.load(f"{lang}/triggers").get("compared") or {})
    if lang == "fr" or not data:
        return None
    subjects = _alt(data.get("subjects"))
    word = rf"(?:[A-Z][\w&.'’-]*|(?i:{subjects}))"
    return re.compile(rf"(?i:{_alt(data.get('than'))})\s*(?:{word}\s+){{1,3}}(?i:{_alt(data.get('prepositions'))})"
                      rf"(?i:{_DETERMINERS})[\s,]*$")


def compared_date(lang: str, folded: str, sentence: Span, date: DateMention, original: str = "") -> bool:
    """Whether ``date`` is the other side of a comparison ("contre 2,8 millions en juin 2014", "Comme en 2015",
    "more orders than its rival in 2019"): the period or occasion the news is measured against, no happening's date."""
    if date.precision == "day":
        return False  # "51 % contre 49 % dimanche", "by 300 votes against 200 on Monday": the vote's own day
    lo = max(sentence.start, date.start - WINDOW)
    window = re.split(r"[.;:!?]\s", folded[lo : date.start])[-1]
    patterns = _patterns(lang if lang in ("fr", "en") else "en")
    if not patterns:
        return False
    contrast, precedent, than = patterns
    if contrast.search(window) or precedent.search(window):
        return True
    if lang == "fr":
        return bool(than.search(window))
    gap = _than_gap("en")
    if gap is None or not original:
        return bool(than.search(window))
    written = re.split(r"[.;:!?]\s", original[lo : date.start])[-1]
    comparative = than.search(window)
    if comparative:
        return True  # "than in 2012", "than it did in 2019": no word between beyond a preposition
    match = gap.search(written)
    if not match:
        return False
    before = window[: len(window) - (len(written) - match.start())]
    return bool(re.search(rf"(?<!\w)(?:{_alt(_comparatives('en'))})(?:\s+[^\s.;:!?,]+){{0,{COMPARATIVE_REACH}}}?\s*$",
                          before))


@functools.cache
def _comparatives(lang: str) -> tuple[str, ...]:
    data = (lexicon.load(f"{lang}/triggers").get("compared") or {})
    return tuple(str(word) for word in data.get("comparatives") or ())
