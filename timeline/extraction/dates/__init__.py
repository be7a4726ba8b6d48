"""French/English date engine: text -> DateMention, resolved against a reference date.

Pure: no clock, no I/O beyond the word lists of ``timeline/lang/<lang>/words.yaml`` (loaded once).
Finding and resolving are our own code (compiled regexes built from the word lists);
dateparser is not used here.

The work is an ordered cascade of small named steps, ``DATE_STEPS``, most reliable first.
Each step sees the spans already claimed by earlier steps and skips them, so the first
reading of a stretch of text wins. Steps only look near a number or a date word (see
``TRIGGER_MARGIN``), which keeps a long article cheap:

     1. numeric             2025-03-22, 22/03/2025, 22.03.25, 5/3/18 (month first in English), 28/2-1/3, 20170302,
                            2016-11
     2. not_dates           claims look-alikes, no mention: n°57, 2.000, 1,2 million, 8h30, 24 heures, 24/7,
                            mandat 2025-2030, d'ici 2030, vision 2045, by 2030, phone and street numbers
     3. relative_month_days du 4 au 22 de ce mois, from 4-23 in next month
     4. offsets             il y a trois semaines, dans deux mois, 3 days ago (+ "deux jours plus tard", anchored)
     5. durations           claims counts of time, no mention: 80 ans, for three years, cinq dernières années
     6. parts               début septembre, mi-juin, fin 2025, fin mars 2025, early March, en début de semaine,
                            la première quinzaine d'avril, le second semestre 2024
     7. calendar            the table of day/month patterns (``_CALENDAR_ROWS``): ranges across months, ranges in
                            one month, single days (weekday and year when written), months with a year, both
                            orders (22 mars / March 22)
     8. numeric_short       22/04, le 2/3, Friday 7/6, le 17 02 (year-less numeric days, with a cue)
     9. numeric_month       2016 - 11, 11 / 2016 (spaced forms, after the calendar: "12 juin 2025 - 09:30")
    10. quarters            le premier trimestre 2025, Q3 2019
    11. months              en mars, this September, juin prochain (a month without a year; not "Tuyet Mai")
    12. seasons             l'été 2016, cet hiver, last summer (never the "été" of "a été")
    13. holidays            Noël, la Toussaint, Christmas Eve (only holidays that are the same day everywhere)
    14. relative_days       hier, aujourd'hui, demain, yesterday, tonight
    15. weekday_day         jeudi 15, Monday 21 (the month where that day is that weekday)
    16. weekdays            mardi dernier, ce samedi, samedi, on Sunday, next week on Tuesday, lundi en huit
    17. periods             la semaine dernière, le mois prochain, cette année, ce week-end, last quarter
    18. weeks_and_quarters  week 10, semaine 12 (ISO), le week-end, the weekend, Q1 (year from the reference)
    19. years               en 2024, in 2024, l'année 2024, since 2020 (and the next years of a list)
    20. anchors             la veille, le lendemain, the next day, on the opening (closing) day: placeholders,
                            resolved after the cascade
                            against the nearest preceding day of the same story (else the reference date),
                            passing over a quoted historical date; "le lendemain du 13 février" takes the date
                            that follows
    21. day_alone           le 23, on the 29th, du 13 au 18: month and year from the reference date

After the cascade, two days linked by "au", "to", "-" become one range ("aujourd'hui jusqu'à
demain", "12 janvier 2016 - 22/01/2016"), and so do two weekdays in a row linked by "et", "and"
("jeudi et vendredi").

The year of a year-less date (and the side of a bare weekday) is the candidate (reference year
-1, 0, +1) nearest to the reference date, pushed into the past or the future by the nearest
tense or cue in the same sentence (``_lean``): a word right after the date ("le 30 septembre
prochain", "le 1er juillet dernier"), cue words ("s'est tenu", "se tiendra", "doit", "will",
"was held"), French future/conditional endings and passé composé, English simple past.
Reporting verbs ("a déclaré", "said") are not cues, and what follows one is reported speech
whose tense is not the date's. With no cue, news leans to the past (a future date costs
``FUTURE_COST`` times its distance; a bare weekday is the last one) unless
``Options.bare_weekday`` is 'future' (the assistant-style convention of the benchmarks: the
next occurrence). A written weekday is a check: if it does not match, the neighbouring year
that matches is taken, else the confidence is lowered.

Bare years: a 4-digit year is a year mention only after a cue word ("en 2025", "in 2025",
"depuis 2020", "l'année 2024", and the next years of a list: "in 2007 and 2009"); "2025
délégués", "vision 2045", "by 2030" and "2025-2030" are not.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from timeline.lang import fold, load
from timeline.models import DateMention, Story
from timeline.settings import MAX_DATES_PER_ARTICLE, Options

log = logging.getLogger(__name__)

#: In news, with no cue, a year-less date is more often past than future: a future candidate
#: counts this many times its distance in days. 2 keeps "mi-janvier" in an article of
#: 20 December in the next January, and "mars" in the past March.
FUTURE_COST = 2.0

#: Confidence of a year-less date whose year came from the reference date.
GUESSED_YEAR_CONFIDENCE = 0.85
#: Confidence of a year-less date whose written weekday confirms the year.
WEEKDAY_CONFIRMED_CONFIDENCE = 0.95
#: Confidence when a written weekday matches no candidate year.
WEEKDAY_MISMATCH_CONFIDENCE = 0.5
#: Confidence of "le 23" (month and year both from the reference date).
DAY_ALONE_CONFIDENCE = 0.6
#: How far (characters) around a mention the tense cues are looked for, within its sentence.
CUE_WINDOW = 120

#: Steps only look this many characters around a digit or a date word (month, weekday, "hier",
#: "semaine"...): news text is mostly prose, and a dozen regexes over all of it is what costs.
TRIGGER_MARGIN = 50

_WORD = r"[^\W\d_]"
_SPACE = r"[^\S\n]"


#: Words of multi-word entries too common in prose to mark a place worth looking at.
_COMMON_WORDS = frozenset({"cette", "dans", "avant", "apres", "plus", "the", "this", "that", "from", "nationale",
                           "travail", "des", "les", "year"})
_DIGITS = re.compile(r"\d+")
#: How far around a number the digit-anchored steps look (a numeric date or a year is short).
DIGIT_MARGIN = 30


class Finder(Protocol):
    """A compiled pattern, or one of the two-regex helpers below."""

    def finditer(self, string: str, pos: int = ..., endpos: int = ...) -> Iterator[Any]: ...


_SENTENCE_END = re.compile(r"[.!?;\n]\s")


def _alt(words: Sequence[str]) -> str:
    """A regex matching any of ``words`` (longest first), spaces as any whitespace.

    Built as a trie ("sept|septembre" -> "sept(?:embre)?") so that trying it at a position costs
    the length of the word, not the number of words: the calendar rows hold hundreds of words.
    """
    trie: dict = {}
    for word in {w.lower() for w in map(str, words) if w}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(trie) or "(?!)"


def _render(node: dict) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _render(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _key(word: str) -> str:
    """Lookup key of a matched word: folded, spaces squeezed, trailing dot dropped."""
    return re.sub(r"\s+", " ", fold(word)).strip().rstrip(".").replace("’", "'")


def _folded(mapping: dict[str, object]) -> dict[str, object]:
    return {_key(k): v for k, v in mapping.items()}


# ---------------------------------------------------------------------------------------
# Word lists -> compiled patterns, once per language
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lexicon:
    """Everything the steps need for one language, compiled once."""

    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    tables: dict[str, dict[str, object]]
    lists: dict[str, list[str]]
    raw: dict[str, list[str]] = field(default_factory=dict)
    """The words of each table as written (accents kept), to build patterns from."""
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    day_first: bool = True
    """Numeric dates: 05/03 is 5 March (French, British) or May 3 (US English)."""


def _merged(lang: str, key: str) -> dict[str, object]:
    data = load(f"{lang}/words").get(key) or {}
    return dict(data) if isinstance(data, dict) else {}


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The compiled word lists for ``lang`` ('fr' or 'en'; anything else gets English)."""
    lang = lang if lang in ("fr", "en") else "en"
    other = "en" if lang == "fr" else "fr"
    own, alien = load(f"{lang}/words"), load(f"{other}/words")
    months = {**_folded(alien.get("months", {})), **_folded(own.get("months", {}))}
    abbrevs = {**_folded(alien.get("month_abbrevs", {})), **_folded(own.get("month_abbrevs", {}))}
    weekdays = {**_folded(alien.get("weekdays", {})), **_folded(own.get("weekdays", {}))}
    wd_abbrevs = _folded(own.get("weekday_abbrevs", {}))
    numbers = {**_folded(alien.get("numbers", {})), **_folded(own.get("numbers", {}))}
    tables = {
        key: {**_folded(_merged(other, key)), **_folded(_merged(lang, key))}
        for key in (
            "parts", "relative_days", "units", "period_before", "period_after", "weekday_after",
            "weekday_before", "anchors", "offset_before", "offset_after", "holidays", "quarters", "seasons",
        )
    }
    lists = {
        key: list(own.get(key) or []) + list(alien.get(key) or [])
        for key in ("year_cues", "future_cues", "past_cues", "report_cues", "not_before_year", "ambiguous_months",
                    "ordinal_suffixes", "range_starts", "range_links")
    }
    # tense endings are this language's only ("camera" is no French future)
    lists.update({key: list(own.get(key) or []) for key in ("future_patterns", "past_patterns")})
    raw = {key: list(_merged(lang, key)) + list(_merged(other, key)) for key in tables}
    lex = Lexicon(lang, {**abbrevs, **months}, {**wd_abbrevs, **weekdays}, numbers, tables, lists,
                  raw=raw, day_first=lang != "en")
    lex.patterns.update(_compile_patterns(lex, own, alien))
    return lex


def _accent_variants(words: Sequence[str]) -> list[str]:
    return sorted({w for word in map(str, words) for w in (word, fold(word), word.replace("'", "’"))})


def _compile_patterns(lex: Lexicon, own: dict, alien: dict) -> dict[str, re.Pattern[str]]:
    flags = re.IGNORECASE | re.UNICODE
    full_own = list(own.get("months", {}))
    full_all = full_own + list(alien.get("months", {}))
    abbr = list(own.get("month_abbrevs", {})) + list(alien.get("month_abbrevs", {}))
    ambiguous = set(lex.lists["ambiguous_months"])
    end = rf"(?!{_WORD})"
    # a month next to a number: any month name of either language, or an abbreviation
    m_num = rf"(?:(?:{_alt(full_all)}){end}|(?:{_alt(abbr)})(?:\.|{end}))"
    # a month standing alone: this language's full names (ambiguous ones need a cue)
    m_alone = rf"(?:{_alt([m for m in full_own if m not in ambiguous])}){end}"
    m_cued = rf"(?:{_alt(full_own)}){end}"
    wd_full = rf"(?:{_alt(list(own.get('weekdays', {})) + list(alien.get('weekdays', {})))}){end}"
    wd_any = rf"(?:{wd_full}|(?:{_alt(list(own.get('weekday_abbrevs', {})))})(?:\.|{end}))"
    day_words = [w for w, n in {**alien.get("numbers", {}), **own.get("numbers", {})}.items()
                 if int(n) <= 31 and len(w) >= 3 and w not in ("une", "one")]
    suffix = rf"(?:{_alt(lex.lists['ordinal_suffixes'])})"
    day = rf"(?:(?<!\d)(?:[12]\d|3[01]|0?[1-9]){suffix}?(?!\d)(?!{_WORD})|(?:{_alt(day_words)}){end})"
    year = r"(?:1[89]\d\d|20\d\d|21\d\d)(?!\d)"
    starts = _alt(lex.lists["range_starts"])
    link = rf"(?:\s*[-–—]\s*|\s+(?P<link>{_alt(lex.lists['range_links'])})\s+)(?:(?:le|the)\s+)?"

    def fill(template: str) -> str:
        out = template
        for i in ("1", "2"):
            out = out.replace(f"{{D{i}}}", rf"(?P<d{i}>{day})")
            out = out.replace(f"{{M{i}}}", rf"(?P<m{i}>{m_num})")
            out = out.replace(f"{{MA{i}}}", rf"(?P<m{i}>{m_alone})")
            out = out.replace(f"{{Y{i}}}", rf"(?P<y{i}>{year})")
            out = out.replace(f"{{WD{i}}}", rf"(?:(?P<wd{i}>{wd_any})(?:\s*,?\s+|\s*\(\s*)(?:(?:le|the)\s+)?)?")
        out = (out.replace("{LINK}", link).replace("{START}", rf"(?:(?P<start>{starts})\s+(?:(?:le|the)\s+)?)?")
               .replace("{OF}", r"(?:(?:of|de|d['’]|in(?=\s+\d))\s*)?"))
        return out.replace(r"\s", _SPACE)  # a date never runs across a line break

    table = {
        # ranges across two months: du 30 novembre au 2 décembre 2025, Oct. 31–Nov. 1
        "range_cross_month": r"{START}{WD1}{D1}\s+{OF}{M1}(?:\s*,?\s*{OF}{Y1})?{LINK}{WD2}{D2}\s+{OF}{M2}"
                             r"(?:\s*,?\s*{OF}{Y2})?",
        "range_cross_month_us": r"{START}{WD1}{M1}\s*(?:the\s+)?{D1}(?:\s*,?\s*{Y1})?{LINK}{WD2}{M2}\s*(?:the\s+)?{D2}"
                                r"(?:\s*,?\s*{OF}{Y2})?",
        # lists of days read as a range: les 3, 4 et 5 juin, on 3, 4 and 5 June
        "day_list": r"(?P<start>les|on|the)\s+{D1}(?:\s*,\s*(?:[12]\d|3[01]|0?[1-9])(?:er|e|st|nd|rd|th)?)+\s*,?\s+"
                    r"(?P<link>et|and)\s+{D2}\s+{OF}{M2}(?:\s*,?\s*{OF}{Y2})?",
        # ranges inside one month: du 17 au 20 décembre 2025, les 6 et 7 novembre, November 5-8
        "range_same_month": r"{START}{WD1}{D1}{LINK}{WD2}{D2}\s+{OF}{M2}(?:\s*,?\s*{OF}{Y2})?",
        "range_same_month_us": r"{START}{M1}\s+(?:(?P<start2>entre|between)\s+)?(?:the\s+)?{D1}{LINK}{D2}"
                               r"(?:\s*,?\s*{Y2})?",
        # single days: samedi 22 mars 2025, 22 March 2025, the 3rd of May, Sunday, October 26, 2025
        "day_month": r"{WD1}(?:the\s+)?{D1}(?:\s+|\s*[-/.]\s*){OF}{M1}(?:(?:\s*,?\s*|\s*[-/.]\s*){OF}{Y1})?",
        "month_day": r"{WD1}{M1}(?:\s+the)?(?:\s*[-/.]?\s*){D1}(?:(?:\s*,?\s*|\s*[-/]\s*){OF}{Y1})?",
        "year_month_day": r"{Y1}\s*[-/.]\s*{M1}\s*[-/.]\s*{D1}",
        # months: décembre 2024, December 2024, 2017 april, de janvier à mars 2025
        "month_range": r"(?:(?:de|from|between|entre)\s+){M1}(?:\s+{Y1})?{LINK}{M2}(?:\s+{OF}{Y2})?",
        "month_range_bare": r"{M1}\s*[-–]\s*{M2}\s+{Y2}",
        "month_year": r"(?:(?:le\s+)?mois\s+(?:de\s+|d['’])|the\s+month\s+of\s+)?{M1}\s*[-/,]?\s*{OF}{Y1}",
        "year_month": r"{Y1}\s+{M1}",
    }
    # every row starts at the start of a word: saying so first lets a position fail fast
    patterns = {name: re.compile(r"\b(?=\w)" + fill(t), flags) for name, t in table.items()}
    patterns["weekday_day"] = re.compile(
        rf"\b(?=\w)(?P<wd1>{wd_any})\s*,?\s+(?:(?:le|the)\s+)?{day.replace('(?:', '(?P<d1>', 1)}"
        rf"(?!\s*(?:[-/.]\s*\d|,?\s*(?:de\s+|of\s+)?{m_num}))", flags)
    rel_mod = r"(?:prochain|dernier|suivant|passé|precedent|précédent)"
    # the month needs a determiner or a modifier: "deux mois" alone is a count, not "the 2nd of this month"
    rel_month = (rf"(?P<rm>(?:(?:de\s+|in\s+|of\s+)?(?:ce|cet|cette|le|this|the)\s+mois(?:-ci)?(?:\s+{rel_mod})?"
                 rf"|du\s+mois(?:-ci)?(?:\s+{rel_mod})?|(?:de\s+)?mois\s+{rel_mod}"
                 rf"|(?:in\s+|of\s+)?(?:this|next|last|the\s+next|the\s+last)\s+month))(?!{_WORD})")
    patterns["relative_month_days"] = re.compile(
        r"\b(?=\w)" + fill(r"{START}{D1}(?:{LINK}{D2})?\s+") + rel_month, flags)
    patterns["month_token"] = re.compile(rf"(?<!{_WORD}){m_num}", flags)
    # one word per entry, its longest ("dans la journée" -> "journée"): a trigger must be rare in prose
    tables = ("relative_days", "anchors", "units", "parts", "holidays", "quarters", "period_before", "period_after",
              "offset_after", "seasons")
    vocab = [max(words, key=len) for key in tables for entry in lex.raw[key]
             if (words := [w for w in re.split(r"[\s'’-]+", entry) if len(w) >= 3 and fold(w) not in _COMMON_WORDS])]
    vocab += [*full_all, *abbr, *list(own.get("weekdays", {})), *list(alien.get("weekdays", {})),
              *list(own.get("weekday_abbrevs", {}))]
    patterns["trigger"] = re.compile(rf"\b(?=\w)(?:{_alt(_accent_variants(vocab))})(?!{_WORD})", flags)
    cue_before_month = _alt(["en", "in", "of", "since", "until", "by", "during", "depuis", "dès", "jusqu'en",
                             "avant", "après", "before", "after", "from", "mois de", "mois d'", "month of"])
    this_next = _alt(lex.raw["period_before"] + ["ce", "cet", "cette", "this", "next", "last", "prochain"])
    after_month = _alt(["prochain", "dernier", "passé", "suivant", "next", "last"])
    patterns["month_alone"] = re.compile(
        rf"\b(?=\w)(?:(?P<mod>{this_next})\s+(?:(?:mois\s+(?:de\s+|d['’]))|month\s+of\s+)?(?P<m1>{m_alone})"
        rf"|(?P<cue>{cue_before_month})\s*(?P<m2>{m_cued})"
        rf"|(?P<m3>{m_alone}))(?:\s+(?P<after>{after_month}){end})?",
        flags,
    )
    parts = _alt(lex.raw["parts"])
    patterns["parts"] = re.compile(
        rf"\b(?=\w)(?<!{_WORD})(?P<part>{parts})(?:\s*|\s*-\s*)(?:(?:du\s+mois\s+)?(?:de\s+l['’]année\s+|de\s+|d['’]|of\s+)?"
        rf"(?:the\s+)?)?(?:(?P<m1>{m_num})(?:\s*,?\s*(?P<y1>{year}))?|(?P<y2>{year})"
        rf"|(?P<this>(?:du\s+|de\s+|of\s+|in\s+)?(?:l['’]|la\s+|le\s+|the\s+|this\s+)?"
        rf"(?:mois|année|annee|month|year|semaine|week|journée|day)"
        rf"(?!{_WORD})))",
        flags,
    )
    patterns["numeric"] = re.compile(
        r"(?=\d)(?:"
        r"(?<![\d/.,:])(?P<iy>(?:19|20|21)\d\d)-(?P<im>0?[1-9]|1[0-2])-(?P<id>0?[1-9]|[12]\d|3[01])(?![\d/]|[.,]\d)"
        r"|(?<!\d)(?P<cy>(?:19|20)\d\d)(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])(?!\d)"
        r"|(?<![\d/.,:-])(?P<iy2>(?:19|20|21)\d\d)(?P<isep>[/.])(?P<im2>0?[1-9]|1[0-2])(?P=isep)(?P<id2>0?[1-9]|[12]\d|3[01])"
        r"|(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
        r"|(?P<sa>\d{1,2})\s(?P<sb>\d{1,2})\s(?P<sy>(?:19|20)\d\d)"
        r")(?![\d/]|[.,-]\d)",
        flags,
    )
    patterns["numeric_range"] = re.compile(
        r"(?=\d)(?<![\d/.,:-])(?P<a1>\d{1,2})/(?P<b1>\d{1,2})(?:/(?P<y1>\d{4}))?\s*[-–]\s*"
        r"(?P<a2>\d{1,2})/(?P<b2>\d{1,2})(?:/(?P<y2>\d{4}))?(?![\d/])",
        flags,
    )
    patterns["numeric_short"] = re.compile(
        rf"\b(?=\w)(?:(?P<wd>{wd_any})\s*,?\s+|(?P<le>\b(?:le|du|au|on|the|sur))\s+)?(?<![\d/.,:-])"
        r"(?P<a>\d{1,2})(?:(?P<sep>[/.])(?P<b>\d{1,2})|(?P<sp> )(?P<b2>\d{1,2})(?: (?P<yy>\d\d))?(?! \d))"
        r"(?![\d/%]|[.,]\d)",
        flags,
    )
    patterns["year_month_numeric"] = re.compile(
        r"(?=\d)(?<![\w/.,:-])(?:(?P<y>(?:19|20)\d\d)\s*[-/.]\s*(?P<m>0?[1-9]|1[0-2])"
        r"|(?P<m2>0?[1-9]|1[0-2])\s*[-/]\s*(?P<y2>(?:19|20)\d\d))(?![\d/]|[.,-]\d|\s*[:h]\s*\d)",
        flags,
    )
    return patterns


# ---------------------------------------------------------------------------------------
# The context every step reads
# ---------------------------------------------------------------------------------------


@dataclass
class _Context:
    text: str
    reference: dt.date | None
    lex: Lexicon
    options: Options
    claimed: bytearray
    mentions: list[DateMention] = field(default_factory=list)
    windows: list[tuple[int, int]] = field(default_factory=list)
    """Stretches near a digit or a date word: the only places a step looks (see TRIGGER_MARGIN)."""

    digit_windows: list[tuple[int, int]] = field(default_factory=list)

    def find(self, pattern: Finder, near: str = "any") -> Iterator[Any]:
        """Matches of ``pattern`` near a date word ('words'), a number ('digits') or either ('any')."""
        if near == "digits":
            return _finditer_in(pattern, self.text, self.digit_windows)
        if near == "words":
            return _finditer_in(pattern, self.text, self.windows)
        return _finditer_in(pattern, self.text, _union(self.windows, self.digit_windows))

    def free(self, start: int, end: int) -> bool:
        return start < end and not any(self.claimed[start:end])

    def claim(self, start: int, end: int) -> None:
        self.claimed[start:end] = b"\x01" * (end - start)

    def add(self, mention: DateMention | None, start: int, end: int) -> None:
        """Claim [start, end) and keep the mention (if any: None claims a non-date)."""
        self.claim(start, end)
        if mention is not None:
            self.mentions.append(mention)

    def window(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end), at most CUE_WINDOW characters each side."""
        lo = max(0, start - CUE_WINDOW)
        seg = self.text[lo:start]
        ends = list(_SENTENCE_END.finditer(seg))
        if ends:
            lo += ends[-1].end()
        hi = min(len(self.text), end + CUE_WINDOW)
        after = _SENTENCE_END.search(self.text, end, hi)
        if after:
            hi = after.start() + 1
        return lo, hi


def _mention(ctx: _Context, start: int, end: int, value: dt.date, precision: str, rule: str, *,
             end_value: dt.date | None = None, confidence: float = 1.0, explanation: str = "",
             relative: bool = False) -> DateMention | None:
    """A DateMention, or None when a year falls outside the options' window."""
    for day in (value, end_value):
        if day is not None and not ctx.options.earliest_year <= day.year <= ctx.options.latest_year:
            return None
    if end_value is not None and end_value < value:
        return None
    if end_value == value:
        end_value = None
    text = ctx.text[start:end]
    if not explanation:
        explanation = f"{text} -> {_show(value, precision, end_value)}: written in full"
    return DateMention(text=text, start=start, end=end, value=value, precision=precision, rule=rule,
                       end_value=end_value, confidence=round(confidence, 3), explanation=explanation,
                       relative=relative)


def _show(value: dt.date, precision: str, end_value: dt.date | None) -> str:
    shown = {"day": value.isoformat(), "month": f"{value:%Y-%m}", "year": f"{value:%Y}",
             "week": f"week of {value.isoformat()}"}[precision]
    return f"{shown}..{end_value.isoformat()}" if end_value else shown


# ---------------------------------------------------------------------------------------
# Resolving year-less dates and weekdays
# ---------------------------------------------------------------------------------------


def _lean(ctx: _Context, start: int, end: int) -> str | None:
    """'past', 'future' or None: the nearest tense or cue word in the mention's sentence.

    Cue words ("dernier", "se tiendra", "will", "last") and tenses (French future and
    conditional endings, passé composé; English simple past) count; reporting verbs ("a
    déclaré", "said") tell when something was said, not when the event is, and are skipped.
    """
    right_after = _RIGHT_AFTER.match(ctx.text, end)
    if right_after:  # "le 30 septembre prochain", "le 1er juillet dernier"
        return "past" if right_after.group(1).lower() in ("dernier", "dernière", "derniere", "passé", "last") \
            else "future"
    lo, hi = ctx.window(start, end)
    # "on Wednesday, the minister said the summit will...": what follows a reporting verb is the
    # reported speech, whose tense is not the date's
    for m in _cue_patterns(ctx.lex.lang)[0][1].finditer(ctx.text, end, hi):
        if m.lastgroup == "report":
            hi = m.start()
            break
    best: tuple[int, str] | None = None
    for way, pattern in _cue_patterns(ctx.lex.lang):
        for m in pattern.finditer(ctx.text, lo, hi):
            kind = m.lastgroup if way == "words" else way
            if kind == "report" or kind is None:
                continue
            if m.start() >= start and m.end() <= end:
                distance = -1  # a cue inside the mention itself ("mardi dernier") wins
            else:
                distance = start - m.end() if m.end() <= start else m.start() - end
                if distance < 0:
                    continue  # overlaps the mention partly: a date word, not a cue
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None


_RIGHT_AFTER = re.compile(
    r"[^\S\n]+(prochain|prochaine|dernier|dernière|derniere|passé|next|last)\b(?!\s+(?:de|du|of))", re.IGNORECASE)


@functools.cache
def _cue_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(way, pattern) pairs: reporting verbs first (they win at their position), cue words, tense regexes."""
    lex = lexicon(lang)
    words = {key: _alt(_accent_variants(lex.lists[key])) for key in ("report_cues", "future_cues", "past_cues")}
    combined = re.compile(
        rf"\b(?=\w)(?<!{_WORD})(?:(?P<report>{words['report_cues']})|(?P<future>{words['future_cues']})"
        rf"|(?P<past>{words['past_cues']}))(?!{_WORD})", re.IGNORECASE)
    out: list[tuple[str, re.Pattern[str]]] = [("words", combined)]
    out += [("future", re.compile(p)) for p in lex.lists["future_patterns"]]
    out += [("past", re.compile(p)) for p in lex.lists["past_patterns"]]
    return tuple(out)


def _default_way(ctx: _Context, start: int, end: int) -> str | None:
    way = _lean(ctx, start, end)
    if way is None and ctx.options.bare_weekday == "future":
        return "future"
    return way


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick_year(ctx: _Context, start: int, end: int, month: int, day: int | None,
               weekday: int | None = None, span_days: int = 0) -> tuple[dt.date, str, float] | None:
    """The year of a year-less date: (date, explanation, confidence), or None without a reference."""
    ref = ctx.reference
    if ref is None:
        return None
    way = _default_way(ctx, start, end)
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        when = _safe_date(year, month, day or 1)
        if when is not None:
            candidates.append(when)
    if (month, day) == (2, 29):  # the nearest leap years, before and after
        candidates = [d for y in range(ref.year - 4, ref.year + 5) if (d := _safe_date(y, 2, 29))]
    if not candidates:
        return None

    def cost(when: dt.date) -> float:
        # a month (or range) containing the reference date is at distance 0
        last = when + dt.timedelta(days=span_days) if day else _month_end(when)
        if when <= ref <= last:
            return 0.0
        if last < ref:
            return float((ref - last).days) + (1e6 if way == "future" else 0.0)
        return (when - ref).days * (1.0 if way == "future" else FUTURE_COST) + (1e6 if way == "past" else 0.0)

    ranked = sorted(candidates, key=cost)
    chosen = ranked[0]
    lean = {"future": "; pushed forward by a future cue or convention", "past": "; pushed back by a past cue"}.get(
        way or "", "")
    why = f"year from the reference date {ref.isoformat()}{lean}"
    confidence = GUESSED_YEAR_CONFIDENCE
    if weekday is not None and day is not None:
        if chosen.weekday() == weekday:
            why += "; the weekday matches"
            confidence = WEEKDAY_CONFIRMED_CONFIDENCE
        else:
            matching = [c for c in ranked if c.weekday() == weekday]
            if matching:
                chosen = matching[0]
                why += f"; {chosen.year} taken because the weekday matches"
                confidence = WEEKDAY_CONFIRMED_CONFIDENCE
            else:
                why += "; the written weekday matches no nearby year"
                confidence = WEEKDAY_MISMATCH_CONFIDENCE
    return chosen, why, confidence


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _weekday_date(ref: dt.date, weekday: int, way: str, shift: int | None = None) -> dt.date:
    """The weekday nearest ``ref``: 'past' on or before it, 'future' strictly after it.

    ``shift`` -1/+1 is a written "dernier"/"prochain" (strictly before/after); 0 is "ce samedi"
    (the nearer of the two, ties to the past).
    """
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7 or 7
    if shift == -1:
        return ref - dt.timedelta(days=back or 7)
    if shift == 1:
        return ref + dt.timedelta(days=ahead)
    if shift == 0:
        if way == "future":
            return ref + dt.timedelta(days=ahead % 7)
        return ref - dt.timedelta(days=back) if back <= ahead else ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back) if way == "past" else ref + dt.timedelta(days=ahead)


# ---------------------------------------------------------------------------------------
# Steps
# ---------------------------------------------------------------------------------------


def _number(lex: Lexicon, word: str | None) -> int | None:
    if not word:
        return None
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    value = lex.numbers.get(_key(word))
    return int(value) if isinstance(value, int) else None


def _month(lex: Lexicon, word: str | None) -> int | None:
    return lex.months.get(_key(word)) if word else None


def _weekday(lex: Lexicon, word: str | None) -> int | None:
    return lex.weekdays.get(_key(word)) if word else None


def _two_digit_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def step_numeric(ctx: _Context) -> None:
    """22/03/2025, 2025-03-22, 22.03.25, 5/3/18 (month first in English when it must be), 28/2-1/3."""
    lex = ctx.lex
    for m in ctx.find(lex.patterns["numeric_range"], "digits"):
        if not ctx.free(m.start(), m.end()):
            continue
        first = _numeric_day_month(lex, int(m["a1"]), int(m["b1"]))
        second = _numeric_day_month(lex, int(m["a2"]), int(m["b2"]))
        if first is None or second is None:
            continue
        y2 = int(m["y2"]) if m["y2"] else None
        y1 = int(m["y1"]) if m["y1"] else (y2 - 1 if y2 and first > second else y2)
        mention = _resolve_days(ctx, m.start(), m.end(), "range_numeric", (first[0], first[1], y1, None),
                                (second[0], second[1], y2, None))
        ctx.add(mention, m.start(), m.end())
    for m in ctx.find(lex.patterns["numeric"], "digits"):
        if not ctx.free(m.start(), m.end()):
            continue
        if m["iy"] or m["iy2"] or m["cy"]:
            y, mo, d = (int(m["iy"] or m["iy2"] or m["cy"]), int(m["im"] or m["im2"] or m["cm"]),
                        int(m["id"] or m["id2"] or m["cd"]))
        elif m["a"]:
            dm = _numeric_day_month(lex, int(m["a"]), int(m["b"]))
            if dm is None:
                continue
            d, mo, y = dm[0], dm[1], _two_digit_year(m["y"])
        else:
            d, mo, y = int(m["sa"]), int(m["sb"]), int(m["sy"])
        when = _safe_date(y, mo, d)
        ctx.add(_mention(ctx, m.start(), m.end(), when, "day", "numeric_date") if when else None, m.start(), m.end())
    step_numeric_month(ctx, spaced=False)  # "2016-11" before not_dates takes it for a span of years


def step_numeric_month(ctx: _Context, spaced: bool = True) -> None:
    """2016-11, 3/2015, 2015.3: a month and a year in figures (after the calendar: "12 juin 2025 - 09:30")."""
    for m in ctx.find(ctx.lex.patterns["year_month_numeric"], "digits"):
        if not ctx.free(m.start(), m.end()) or (not spaced and any(c.isspace() for c in m.group())):
            continue
        y, mo = (int(m["y"]), int(m["m"])) if m["y"] else (int(m["y2"]), int(m["m2"]))
        ctx.add(_mention(ctx, m.start(), m.end(), dt.date(y, mo, 1), "month", "numeric_month"), m.start(), m.end())


def _numeric_day_month(lex: Lexicon, a: int, b: int) -> tuple[int, int] | None:
    """(day, month) of two numbers: day first unless the language says month first and it can be."""
    if lex.day_first or a > 12:
        day, month = a, b
    else:
        day, month = b, a
    if b > 12 and a <= 12:
        day, month = b, a
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return day, month


def step_numeric_short(ctx: _Context) -> None:
    """22/04, le 2/3, Friday 7/6: a year-less day/month, only with a cue or two digits."""
    if ctx.reference is None:
        return
    for m in ctx.find(ctx.lex.patterns["numeric_short"], "digits"):
        s = m.start("a")
        if not ctx.free(s, m.end()):
            continue
        sep, b = m["sep"] or " ", m["b"] or m["b2"]
        if not (m["wd"] or m["le"] or len(m["a"]) == 2 or len(b) == 2) or (sep == "." and not m["wd"]):
            continue
        if sep == " " and not (m["le"] or m["wd"] or (m["yy"] and len(b) == 2)):
            continue  # "le 17 02", "20 02 14": space-separated only after "le" or with a year ("score 21 10" is not)
        dm = (int(m["a"]), int(b)) if sep == " " else _numeric_day_month(ctx.lex, int(m["a"]), int(b))
        if dm is None or not 1 <= dm[1] <= 12:
            continue
        start = m.start("wd") if m["wd"] else s
        if m["yy"]:
            when = _safe_date(_two_digit_year(m["yy"]), dm[1], dm[0])
            ctx.add(_mention(ctx, start, m.end(), when, "day", "numeric_date") if when else None, start, m.end())
            continue
        day: Day = (dm[0], dm[1], None, _weekday(ctx.lex, m["wd"]))
        mention = _resolve_days(ctx, start, m.end(), "numeric_day_month", day)
        ctx.add(mention, start, m.end())


_NOT_DATES: tuple[tuple[str, str], ...] = (
    ("identifier", r"(?:\bn[°ºo]\.?|#|\bnuméro|\bnumber|\bno\.)\s*\d[\w/.-]*"),
    ("thousands", r"(?<![\d.,])\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+(?![\d/]|[.,]\d)"),
    ("quantity", r"\d+(?:[.,]\d+)?\s*(?:%|pour\s?cent|percent|millions?|milliards?|billions?|mds|mln|€|\$|usd|eur)"),
    ("money", r"[$€£]\s*\d[\d.,]*"),
    ("around_the_clock", r"\b(?:24\s*/\s*7|7\s*/\s*7|24\s*h?\s*/\s*24)\b"),
    ("clock", r"\b\d{1,2}\s*(?:h|:)\s*\d{2}(?::\d{2})?(?:\s*[ap]\.?\s*m\b\.?)?|\b\d{1,2}\s*h\b"
              r"|\b\d{1,2}\s*[ap]\.?\s*m\b\.?|\b\d{1,2}\s*heures?\b|\b\d{1,2}\s*hours?\b|\b\d{1,2}\s*o['’]?clock"),
    ("phone", r"(?:\+\d{1,3}[\s.-]?)?(?:\(?\d{2,4}\)?[\s.-]){3,}\d{2,4}"),
    ("year_span", r"(?<!\d)(?:1[89]|20|21)\d\d\s*[-–/]\s*(?:(?:1[89]|20|21)\d\d|\d\d)(?![\d/-]|\s*[:h]\s*\d)"),
    ("street", r"\b\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|impasse|allée|chemin|quai"
               r"|street|st\.|road|rd\.|lane|ave\.)\b"),
)


def step_not_dates(ctx: _Context) -> None:
    """Claims spans that look like dates but are not (no mention): see ``_NOT_DATES`` and horizons."""
    for m in ctx.find(_not_date_pattern(ctx.lex.lang), "digits"):
        if ctx.free(m.start(), m.end()):
            ctx.claim(m.start(), m.end())


@functools.cache
def _not_date_pattern(lang: str) -> re.Pattern[str]:
    """The rows of ``_NOT_DATES`` and the horizons as one regex (one pass; at a position, the first row wins)."""
    lex = lexicon(lang)
    horizon = _alt(_accent_variants(lex.lists["not_before_year"]))
    rows = (*_NOT_DATES,
            ("horizon", rf"(?<!{_WORD})(?:{horizon})\s*(?:(?:la\s+)?(?:fin|début|end|the\s+end)\s+(?:de\s+|of\s+)?)?"
                        rf"(?:\d{{4}}|\d+[\w/-]*)(?!\d)"))
    return re.compile(r"(?=[\w#$€£+(])(?:" + "|".join(f"(?P<{name}>{p})" for name, p in rows) + ")", re.IGNORECASE)


def step_offsets(ctx: _Context) -> None:
    """il y a trois semaines, dans deux mois, 3 days ago, in 2 weeks, deux jours plus tard."""
    lex = ctx.lex
    for m in ctx.find(_offset_pattern(lex.lang)):
        if not ctx.free(m.start(), m.end()):
            continue
        count = _number(lex, m["n"])
        unit = lex.tables["units"].get(_key(m["unit"]))
        if count is None or unit is None:
            continue
        if m["before"]:
            sign = int(lex.tables["offset_before"][_key(m["before"])])
            anchored = False
        else:
            sign = int(lex.tables["offset_after"][_key(m["after"])])
            anchored = _key(m["after"]) not in ("ago",)
        delta = _shift(dt.date(2000, 1, 1), str(unit), sign * count) - dt.date(2000, 1, 1)
        if anchored:
            # "deux jours plus tard": relative to the previous date of the story, like "le lendemain"
            ctx.add(_anchor_placeholder(ctx, m.start(), m.end(), delta.days, "offset_anchor"), m.start(), m.end())
            continue
        if ctx.reference is None:
            ctx.claim(m.start(), m.end())
            continue
        value = _shift(ctx.reference, str(unit), sign * count)
        mention = _mention(ctx, m.start(), m.end(), value, "day", "relative_offset", relative=True,
                           explanation=f"{m.group()} -> {value.isoformat()}: {sign * count:+d} {unit}(s) from the "
                                       f"reference date {ctx.reference.isoformat()}")
        ctx.add(mention, m.start(), m.end())


@functools.cache
def _offset_pattern(lang: str) -> _OffsetPattern:
    return _OffsetPattern(lang)


class _OffsetPattern:
    """Two-branch offset regex whose matches expose one set of names (n, unit, before, after)."""

    def __init__(self, lang: str) -> None:
        lex = lexicon(lang)
        nums = _alt(list(lex.numbers))
        units = _alt(lex.raw["units"])
        before = _alt(lex.raw["offset_before"])
        after = _alt(lex.raw["offset_after"])
        count = rf"(?P<n>\d{{1,3}}|{nums})"
        flags = re.IGNORECASE
        self.forward = re.compile(
            rf"\b(?=\w)(?<!{_WORD})(?P<before>{before})\s+{count}\s+(?P<unit>{units})(?!{_WORD})"
            rf"(?!\s+(?:de|of|d['’]|que)\b)", flags)
        self.backward = re.compile(
            rf"\b(?=\w)(?<!{_WORD}){count}\s+(?P<unit>{units})\s+(?P<after>{after})(?!{_WORD})", flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[_Groups]:
        end = len(text) if endpos is None else endpos
        found = [_Groups(m, before=True) for m in self.forward.finditer(text, pos, end)]
        found += [_Groups(m, before=False) for m in self.backward.finditer(text, pos, end)]
        return iter(sorted(found, key=lambda g: g.start()))


class _Groups:
    def __init__(self, m: re.Match[str], before: bool) -> None:
        self.m = m
        self.is_before = before

    def __getitem__(self, name: str) -> str | None:
        if name == "before" and not self.is_before:
            return None
        if name == "after" and self.is_before:
            return None
        return self.m[name]

    def start(self) -> int:
        return self.m.start()

    def end(self) -> int:
        return self.m.end()

    def group(self) -> str:
        return self.m.group()


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    if unit == "quarter":
        unit, n = "month", 3 * n
    if unit == "weekend":
        unit = "week"
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    months = day.year * 12 + day.month - 1 + (n if unit == "month" else 12 * n)
    year, month = divmod(months, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


_COUNT_WORDS = ("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "vingt", "trente",
                "quarante", "cinquante", "soixante", "cent", "one", "two", "three", "four", "five", "seven", "eight",
                "nine", "ten", "twenty", "thirty", "forty", "fifty", "hundred", "several", "few", "quelques",
                "plusieurs")
_COUNT_MODS = ("dernière", "derniere", "dernières", "dernieres", "derniers", "prochain", "prochaine", "prochains",
               "prochaines", "last", "next", "past", "première", "premiere", "premières", "premieres", "first")
_COUNT_UNITS = ("ans", "années", "annees", "an", "mois", "semaines", "jours", "heures", "minutes", "year", "years",
                "month", "months", "week", "weeks", "day", "days", "hour", "hours", "decade", "decades", "décennies",
                "siècle", "siècles", "centuries", "century")
_DURATION = re.compile(
    rf"\b(?=\w)(?<![^\W\d_])(?:\d+|{_alt(_COUNT_WORDS)})(?:\s+(?:{_alt(_COUNT_MODS)}))?"
    rf"\s+(?:{_alt(_COUNT_UNITS)})(?![^\W\d_])",
    re.IGNORECASE,
)


def step_durations(ctx: _Context) -> None:
    """Claims counts of time ("80 ans", "for three years", "cinq dernières années"): not dates."""
    for m in ctx.find(_DURATION):
        if ctx.free(m.start(), m.end()):
            ctx.claim(m.start(), m.end())


#: Every calendar row holds a month name: rows are only tried this many characters around one
#: (a regex that starts with optional groups is slow to try at every position of a long text).
CALENDAR_MARGIN = 60


#: Windows closer than this are merged: one regex call over a few more characters is cheaper than two.
WINDOW_GAP = 40


def _windows(text: str, anchor: re.Pattern[str], margin: int) -> list[tuple[int, int]]:
    """Merged [lo, hi) stretches of ``text`` within ``margin`` characters of an ``anchor`` match."""
    out: list[tuple[int, int]] = []
    for m in anchor.finditer(text):
        lo, hi = max(0, m.start() - margin), min(len(text), m.end() + margin)
        if out and lo <= out[-1][1] + WINDOW_GAP:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _union(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted([*a, *b]):
        if out and lo <= out[-1][1] + WINDOW_GAP:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _finditer_in(pattern: Finder, text: str, windows: Sequence[tuple[int, int]]) -> Iterator[Any]:
    """Matches of ``pattern`` inside each window (lookbehinds still see the text before it)."""
    last_end = -1
    for lo, hi in windows:
        for m in pattern.finditer(text, lo, hi):
            if m.start() >= last_end:
                last_end = m.end()
                yield m


_CALENDAR_ROWS: tuple[str, ...] = (
    "range_cross_month",
    "range_cross_month_us",
    "day_list",
    "range_same_month",
    "range_same_month_us",
    "year_month_day",
    "day_month",
    "month_day",
    "month_range",
    "month_range_bare",
    "month_year",
    "year_month",
)


def step_calendar(ctx: _Context) -> None:
    """The table of day/month/year patterns (``_CALENDAR_ROWS``), resolved by one function."""
    lex = ctx.lex
    windows = _windows(ctx.text, lex.patterns["month_token"], CALENDAR_MARGIN)
    for rule in _CALENDAR_ROWS:
        for m in _finditer_in(lex.patterns[rule], ctx.text, windows):
            start, end = m.span()
            while start < end and ctx.text[start].isspace():
                start += 1
            if not ctx.free(start, end):
                continue
            mention = _resolve_calendar(ctx, rule, m, start, end)
            if mention is False:
                continue
            ctx.add(mention or None, start, end)


def _resolve_calendar(ctx: _Context, rule: str, m: re.Match[str], start: int, end: int) -> DateMention | bool | None:
    """A calendar row's match -> mention; None claims a non-date ("30 février"); False skips."""
    lex = ctx.lex
    g = m.groupdict()
    d1, d2 = _number(lex, g.get("d1")), _number(lex, g.get("d2"))
    m1, m2 = _month(lex, g.get("m1")), _month(lex, g.get("m2"))
    y1 = int(g["y1"]) if g.get("y1") else None
    y2 = int(g["y2"]) if g.get("y2") else None
    wd1, wd2 = _weekday(lex, g.get("wd1")), _weekday(lex, g.get("wd2"))
    if rule in ("month_range", "month_range_bare", "month_year", "year_month"):
        if rule in ("month_range", "month_range_bare"):
            if m1 is None or m2 is None:
                return False
            y1 = y1 or (y2 - 1 if y2 and m1 > m2 else y2)
            if y1 is None or y2 is None:
                return False
            first, last = dt.date(y1, m1, 1), _month_end(dt.date(y2, m2, 1))
            return _mention(ctx, start, end, first, "month", rule, end_value=last)
        if m1 is None or y1 is None:
            return False
        return _mention(ctx, start, end, dt.date(y1, m1, 1), "month", "month_year")
    if d2 is None:  # a single day
        if d1 is None or m1 is None:
            return False
        return _resolve_days(ctx, start, end, "day_month_year" if y1 else "day_month", (d1, m1, y1, wd1))
    if g.get("link") and _key(g["link"]) in ("et", "and") and not (g.get("start") or g.get("start2")) \
            and (_after_month(ctx, start) or (m1 and m2 and m1 != m2)):
        # "Oct. 31 and 22 March" (the 31 belongs to October), "le 20 décembre et le 3 mars" (a list)
        return False
    if m1 is None and m2 is not None and d1 is not None and d1 >= d2:
        return False  # "mai vingt-neuf" is not the range "vingt - neuf"
    if m2 is None and m1 is not None and d1 is not None and d1 >= d2:
        return False
    m1 = m1 or m2
    m2 = m2 or m1
    if m1 is None or m2 is None or d1 is None:
        return False
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
    mention = _resolve_days(ctx, start, end, "range_same_month" if m1 == m2 else "range_cross_month",
                            (d1, m1, y1, wd1), (d2, m2, y2, wd2))
    return mention or False  # not a range: its days may still be dates one by one


def _after_month(ctx: _Context, start: int) -> bool:
    """Whether the word just before ``start`` is a month name ("Oct. 31 and ...")."""
    before = re.search(r"([^\W\d_]+)\.?\s*$", ctx.text[max(0, start - 16):start])
    return bool(before) and _key(before.group(1)) in ctx.lex.months


Day = tuple[int, int, int | None, int | None]
"""(day, month, year or None, written weekday or None)."""


def _resolve_days(ctx: _Context, start: int, end: int, rule: str, first: Day, second: Day | None = None
                  ) -> DateMention | None:
    """One day or a range of days; the year of a year-less one from the reference date."""
    d1, m1, y1, wd1 = first
    text = ctx.text[start:end]
    confidence = 1.0
    relative = False
    if y1 is not None:
        value = _safe_date(y1, m1, d1)
        if value is None:
            return None
        why = "written in full"
        if wd1 is not None:
            if value.weekday() == wd1:
                why += "; the weekday matches"
            else:
                why += "; the written weekday does not match"
                confidence = WEEKDAY_MISMATCH_CONFIDENCE
    else:
        span = 0
        if second is not None:
            probe = _safe_date(2000, second[1], second[0])
            base = _safe_date(2000, m1, d1)
            if probe and base:
                span = (probe - base).days % 366
        picked = _pick_year(ctx, start, end, m1, d1, wd1, span)
        if picked is None:
            return None
        value, why, confidence = picked
        relative = True
    end_value = None
    if second is not None:
        d2, m2, y2, wd2 = second
        year = y2 if y2 is not None else value.year
        end_value = _safe_date(year, m2, d2)
        if end_value is None:
            return None
        if end_value < value and y2 is None:
            end_value = _safe_date(year + 1, m2, d2)
        if end_value is None or end_value < value:
            return None
        if wd2 is not None and end_value.weekday() != wd2:
            confidence = min(confidence, WEEKDAY_MISMATCH_CONFIDENCE)
    explanation = f"{text} -> {_show(value, 'day', end_value)}: {why}"
    return _mention(ctx, start, end, value, "day", rule, end_value=end_value, confidence=confidence,
                    explanation=explanation, relative=relative)


_PART_DAYS = {"early": (1, 10), "mid": (10, 19), "late": (21, 31), "whole": (1, 31), "first_half": (1, 14),
              "second_half": (15, 31)}
#: Parts of a week, as (first, last) weekday: "en début de semaine" is Monday-Tuesday.
_PART_WEEKDAYS = {"early": (0, 1), "mid": (2, 3), "late": (3, 6), "whole": (0, 6), "first_half": (0, 3),
                  "second_half": (4, 6)}
_PART_MONTHS = {"early": (1, 2), "mid": (6, 7), "late": (11, 12), "whole": (1, 12), "first_half": (1, 6),
                "second_half": (7, 12)}


def step_parts(ctx: _Context) -> None:
    """début septembre, mi-juin, fin 2025, early March, late 2025: the part as value..end_value."""
    lex = ctx.lex
    for m in ctx.find(lex.patterns["parts"]):
        start, end = m.span()
        if not ctx.free(start, end):
            continue
        part = str(lex.tables["parts"].get(_key(m["part"]).rstrip("-"), lex.tables["parts"].get(_key(m["part"]))))
        if part not in _PART_DAYS:
            continue
        if m["this"]:
            if ctx.reference is None:
                continue
            ref = ctx.reference
            unit = fold(m["this"]).split()[-1].split("'")[-1].split("’")[-1]
            if unit in ("semaine", "week", "journee", "day"):
                if unit in ("journee", "day"):
                    first = last = ref
                else:
                    lo, hi = _PART_WEEKDAYS[part]
                    monday = ref - dt.timedelta(days=ref.weekday())
                    first, last = monday + dt.timedelta(days=lo), monday + dt.timedelta(days=hi)
                ctx.add(_mention(ctx, start, end, first, "day", "day_part" if first == last else "week_part",
                                 end_value=last, relative=True,
                                 explanation=f"{m.group()} -> {_show(first, 'day', last)}: {part} of the reference "
                                             f"date's {'day' if first == last else 'week'}"), start, end)
                continue
            if unit in ("mois", "month"):
                lo, hi = _PART_DAYS[part]
                base = ref.replace(day=1)
                this = re.search(r"\b(?:ce|cet|cette|this)\b", m["this"], re.IGNORECASE)
                if lo < hi < ref.day and not this and _default_way(ctx, start, end) == "future":
                    base = _shift(base, "month", 1)  # "en début de mois" on the 12th, looking ahead: next month's
                first = base.replace(day=lo)
                last = base.replace(day=min(hi, calendar.monthrange(base.year, base.month)[1]))
                ctx.add(_mention(ctx, start, end, first, "month", "month_part", end_value=last, relative=True,
                                 explanation=f"{m.group()} -> {first}..{last}: {part} of the reference date's month"),
                        start, end)
                continue
            lo, hi = _PART_MONTHS[part]
            first, last = dt.date(ref.year, lo, 1), _month_end(dt.date(ref.year, hi, 1))
            ctx.add(_mention(ctx, start, end, first, "year", "year_part", end_value=last, relative=True,
                             explanation=f"{m.group()} -> {first}..{last}: {part} of the reference date's year"),
                    start, end)
            continue
        if m["y2"]:
            year = int(m["y2"])
            lo, hi = _PART_MONTHS[part]
            value, last = dt.date(year, lo, 1), _month_end(dt.date(year, hi, 1))
            ctx.add(_mention(ctx, start, end, value, "year", "year_part", end_value=last), start, end)
            continue
        month = _month(lex, m["m1"])
        if month is None:
            continue
        relative = False
        if m["y1"]:
            year = int(m["y1"])
            why = "written in full"
        else:
            picked = _pick_year(ctx, start, end, month, None)
            if picked is None:
                continue
            year, why, relative = picked[0].year, picked[1], True
        lo, hi = _PART_DAYS[part]
        first = dt.date(year, month, lo)
        last = dt.date(year, month, min(hi, calendar.monthrange(year, month)[1]))
        ctx.add(_mention(ctx, start, end, first, "month", "month_part", end_value=last, relative=relative,
                         confidence=1.0 if not relative else GUESSED_YEAR_CONFIDENCE,
                         explanation=f"{m.group()} -> {first.isoformat()}..{last.isoformat()} "
                                     f"({part.replace('_', ' ')} part of the month): "
                                     f"{why}"), start, end)


_NAME_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]*[^\S\n]+$")


def step_months(ctx: _Context) -> None:
    """en mars, this September, cette décembre, juin prochain: a month without a year."""
    lex = ctx.lex
    for m in ctx.find(lex.patterns["month_alone"], "words"):
        name = m["m1"] or m["m2"] or m["m3"]
        start = m.start("m1") if m["m1"] else (m.start("m2") if m["m2"] else m.start("m3"))
        if m["mod"]:
            start = m.start("mod")
        end = m.end()
        if not ctx.free(start, end) or ctx.reference is None:
            continue
        if m["m3"] and name[:1].isupper() and _NAME_BEFORE.search(ctx.text, max(0, start - 30), start):
            continue  # "Nguyen Thi Tuyet Mai", "June Carter": part of a name
        month = _month(lex, name)
        if month is None:
            continue
        ref = ctx.reference
        shift = None
        for word in (m["mod"], m["after"]):
            if word:
                key = _key(word)
                if key in ("ce", "cet", "cette", "this", "current"):
                    shift = 0
                elif key in ("prochain", "next", "suivant"):
                    shift = 1
                elif key in ("dernier", "last", "passe"):
                    shift = -1
        if shift == 0:
            value, why = dt.date(ref.year, month, 1), f"this year's month ({ref.year})"
        elif shift == 1:
            year = ref.year if month > ref.month else ref.year + 1
            value, why = dt.date(year, month, 1), "the next one after the reference date"
        elif shift == -1:
            year = ref.year if month < ref.month else ref.year - 1
            value, why = dt.date(year, month, 1), "the last one before the reference date"
        else:
            picked = _pick_year(ctx, start, end, month, None)
            if picked is None:
                continue
            value, why = picked[0], picked[1]
        ctx.add(_mention(ctx, start, end, value, "month", "month", relative=True, confidence=GUESSED_YEAR_CONFIDENCE,
                         explanation=f"{ctx.text[start:end]} -> {value:%Y-%m}: {why}"), start, end)


def step_quarters(ctx: _Context) -> None:
    """le premier trimestre 2025, Q3 2019, 2019-Q1: a quarter of a written year."""
    for m in ctx.find(_quarter_pattern(ctx.lex.lang), "digits"):
        if not ctx.free(m.start(), m.end()):
            continue
        q = int(ctx.lex.tables["quarters"][_key(m["q"] or m["q2"])])
        year = int(m["y"] or m["y2"])
        value = dt.date(year, 3 * q - 2, 1)
        ctx.add(_mention(ctx, m.start(), m.end(), value, "month", "quarter",
                         end_value=_month_end(dt.date(year, 3 * q, 1))), m.start(), m.end())


@functools.cache
def _quarter_pattern(lang: str) -> re.Pattern[str]:
    q = _alt(lexicon(lang).raw["quarters"])
    return re.compile(
        rf"\b(?=\w)(?:(?:le\s+|the\s+)?(?P<q>{q})\s*(?:-\s*|de\s+l['’]année\s+|de\s+|of\s+|,\s*)?(?P<y>(?:19|20|21)\d\d)"
        rf"|(?P<y2>(?:19|20|21)\d\d)\s*-?\s*(?P<q2>{q}))(?!\d)",
        re.IGNORECASE)


def step_seasons(ctx: _Context) -> None:
    """l'été 2016, cet hiver, summer 2024, last winter: a season with a year or a determiner (not "a été")."""
    for m in ctx.find(_season_pattern(ctx.lex.lang), "words"):
        start, end = m.span()
        if not ctx.free(start, end) or not (m["mod"] or m["y"]):
            continue
        (m1, d1), (m2, d2) = ctx.lex.tables["seasons"][_key(m["s"])]  # type: ignore[misc]

        def bounds(year: int, m1: int = m1, d1: int = d1, m2: int = m2, d2: int = d2) -> tuple[dt.date, dt.date]:
            return dt.date(year, m1, d1), dt.date(year + (m2 < m1), m2, d2)

        if m["y"]:
            first, last = bounds(int(m["y"]))
            why, relative = "written in full", False
        else:
            ref = ctx.reference
            if ref is None:
                continue
            spans = [bounds(y) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
            mod = _key(m["mod"] or "") + " " + _key(m["after"] or "")
            way = ("future" if re.search(r"prochain|next", mod) else "past" if re.search(r"dernier|last|passe", mod)
                   else None)
            current = [sp for sp in spans if sp[0] <= ref <= sp[1]]
            past = [sp for sp in spans if sp[1] < ref]
            future = [sp for sp in spans if sp[0] > ref]
            this = re.match(r"(?:ce|cet|cette|this)\b", mod.strip())
            if way is None and current:
                first, last = current[0]
            elif way is None and this:  # "cet été" said in November: this year's summer
                first, last = bounds(ref.year)
            elif (way or _default_way(ctx, start, end) or "past") == "future":
                first, last = future[0]
            else:
                first, last = past[-1]
            why, relative = f"the season nearest the reference date {ref.isoformat()} that the words point to", True
        ctx.add(_mention(ctx, start, end, first, "month", "season", end_value=last, relative=relative,
                         explanation=f"{m.group()} -> {_show(first, 'day', last)}: {why}"), start, end)


@functools.cache
def _season_pattern(lang: str) -> re.Pattern[str]:
    lex = lexicon(lang)
    seasons = _alt(_accent_variants(lex.raw["seasons"]))
    mods = _alt(["cet", "cette", "ce", "l'", "l’", "this", "last", "next", "the", "en", "in", "au", "à l'", "à l’",
                 "durant l'", "durant l’", "pendant l'", "pendant l’"])
    after = _alt(["dernier", "prochain", "passé"])
    return re.compile(
        rf"\b(?=\w)(?:(?P<mod>{mods})\s*)?(?P<s>{seasons})(?!{_WORD})(?:\s+(?:of\s+|de\s+)?(?P<y>(?:19|20|21)\d\d)(?!\d)"
        rf"|\s+(?P<after>{after})(?!{_WORD}))?", re.IGNORECASE)


def step_holidays(ctx: _Context) -> None:
    """Noël, la Toussaint, Christmas Eve (with a year when written after it)."""
    for m in ctx.find(_holiday_pattern(ctx.lex.lang), "words"):
        if not ctx.free(m.start(), m.end()):
            continue
        month, day = ctx.lex.tables["holidays"][_key(m["h"])]  # type: ignore[misc]
        if m["y"]:
            when = dt.date(int(m["y"]), int(month), int(day))
            mention = _mention(ctx, m.start(), m.end(), when, "day", "holiday")
        else:
            mention = _resolve_days(ctx, m.start(), m.end(), "holiday", (int(day), int(month), None, None))
        ctx.add(mention, m.start(), m.end())


@functools.cache
def _holiday_pattern(lang: str) -> re.Pattern[str]:
    words = _alt(_accent_variants(lexicon(lang).raw["holidays"]))
    return re.compile(rf"\b(?=\w)(?<!{_WORD})(?P<h>{words})(?!{_WORD})(?:\s+(?P<y>(?:19|20|21)\d\d)(?!\d))?",
                      re.IGNORECASE)


def step_relative_days(ctx: _Context) -> None:
    """hier, aujourd'hui, demain, avant-hier, yesterday, today, tonight: counted from the reference."""
    if ctx.reference is None:
        return
    for m in ctx.find(_table_pattern(ctx.lex.lang, "relative_days"), "words"):
        if not ctx.free(m.start(), m.end()):
            continue
        n = int(ctx.lex.tables["relative_days"][_key(m.group())])  # type: ignore[arg-type]
        value = ctx.reference + dt.timedelta(days=n)
        ctx.add(_mention(ctx, m.start(), m.end(), value, "day", "relative_day", relative=True,
                         explanation=f"{m.group()} -> {value.isoformat()}: {n:+d} day(s) from the reference date "
                                     f"{ctx.reference.isoformat()}"), m.start(), m.end())


@functools.cache
def _table_pattern(lang: str, key: str) -> re.Pattern[str]:
    words = _alt(_accent_variants(lexicon(lang).raw[key]))
    return re.compile(rf"\b(?=\w)(?<!{_WORD})(?:{words})(?!{_WORD})", re.IGNORECASE)


def step_periods(ctx: _Context) -> None:
    """la semaine dernière, le mois prochain, cette année, l'an dernier, last week, next year."""
    if ctx.reference is None:
        return
    lex = ctx.lex
    for m in ctx.find(_period_pattern(lex.lang), "words"):
        if not ctx.free(m.start(), m.end()):
            continue
        unit = str(lex.tables["units"][_key(m["unit"])])
        if unit == "day":
            continue
        mod = m["before"] or m["after"]
        table = "period_before" if m["before"] else "period_after"
        n = int(lex.tables[table][_key(mod)])  # type: ignore[arg-type]
        ref = ctx.reference
        end_value = None
        if unit == "week":
            monday = ref - dt.timedelta(days=ref.weekday())
            value, precision = monday + dt.timedelta(weeks=n), "week"
        elif unit == "weekend":
            saturday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=5, weeks=n)
            value, end_value, precision = saturday, saturday + dt.timedelta(days=1), "day"
        elif unit == "quarter":
            value = _shift(dt.date(ref.year, (ref.month - 1) // 3 * 3 + 1, 1), "month", 3 * n)
            end_value, precision = _month_end(_shift(value, "month", 2)), "month"
        elif unit == "month":
            value, precision = _shift(ref.replace(day=1), "month", n), "month"
        else:
            value, precision = dt.date(ref.year + n, 1, 1), "year"
        ctx.add(_mention(ctx, m.start(), m.end(), value, precision, "relative_period", relative=True,
                         end_value=end_value,
                         explanation=f"{m.group()} -> {_show(value, precision, end_value)}: {n:+d} {unit} from the "
                                     f"reference date {ref.isoformat()}"), m.start(), m.end())


@functools.cache
def _period_pattern(lang: str) -> _PeriodPattern:
    return _PeriodPattern(lang)


class _PeriodPattern:
    """Two regexes ('cette semaine' / 'la semaine dernière') exposing one set of group names."""

    def __init__(self, lang: str) -> None:
        lex = lexicon(lang)
        units = _alt([u for u in lex.raw["units"] if lex.tables["units"][_key(u)] != "day"])
        before = _alt(_accent_variants(lex.raw["period_before"]))
        after = _alt(_accent_variants([w for w in lex.raw["period_after"] if w != "-ci"]))
        flags = re.IGNORECASE
        self.first = re.compile(
            rf"\b(?=\w)(?<!{_WORD})(?P<before>{before})\s+(?P<unit>{units})(?:-ci)?(?!{_WORD})", flags)
        self.second = re.compile(
            rf"\b(?=\w)(?<!{_WORD})(?:(?:la|le|l['’]|the)\s*)(?P<unit>{units})\s+(?P<after>{after})(?!{_WORD})", flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[_Groups]:
        end = len(text) if endpos is None else endpos
        found: list[_Groups] = [_Named(m) for m in self.second.finditer(text, pos, end)]
        found += [_Named(m) for m in self.first.finditer(text, pos, end)]
        return iter(sorted(found, key=lambda g: g.start()))


class _Named(_Groups):
    def __init__(self, m: re.Match[str]) -> None:
        super().__init__(m, before=True)

    def __getitem__(self, name: str) -> str | None:
        return self.m.groupdict().get(name)


def step_weekdays(ctx: _Context) -> None:
    """mardi dernier, ce samedi, samedi (soir), on Sunday, next Monday, mardi de la semaine prochaine."""
    if ctx.reference is None:
        return
    lex = ctx.lex
    for m in ctx.find(_weekday_pattern(lex.lang), "words"):
        start, end = m.start("wd"), m.end()
        if m["before"] or m["pweek"]:
            start = m.start("before") if m["before"] else m.start("pweek")
        if not ctx.free(start, end):
            continue
        weekday = _weekday(lex, m["wd"])
        if weekday is None:
            continue
        ref = ctx.reference
        shift: int | None = None
        if m["before"]:
            shift = int(lex.tables["weekday_before"][_key(m["before"])])  # type: ignore[arg-type]
        later = None
        next_week = False
        if m["after"]:
            shift = int(lex.tables["weekday_after"][_key(m["after"])])  # type: ignore[arg-type]
            if shift == 2:  # "mercredi suivant": that weekday in the next week
                shift = None
                next_week = True
            elif abs(shift) > 2:  # "lundi en huit" (+7), "en quinze" (+14): that many days after the coming one
                later, shift = shift, None
        if later is not None:
            value = _weekday_date(ref, weekday, "future", 0 if weekday == ref.weekday() else 1)
            value += dt.timedelta(days=later)
            why = f"{later} days after the coming one from the reference date {ref.isoformat()}"
        elif m["week"] or m["pweek"] or next_week:
            word = m["wbefore"] or m["pweek"] or m["wafter"]
            table = lex.tables["period_after" if m["wafter"] else "period_before"]
            n = 1 if next_week else int(table[_key(word)])  # type: ignore[arg-type]
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=n)
            value = monday + dt.timedelta(days=weekday)
            why = f"that weekday in the week {n:+d} from the reference date {ref.isoformat()}"
        elif shift is not None:
            value = _weekday_date(ref, weekday, _default_way(ctx, start, end) or "past", shift)
            why = {-1: "the last one before", 1: "the next one after", 0: "the nearest one to"}[shift] + \
                f" the reference date {ref.isoformat()}"
        else:
            way = _default_way(ctx, start, end) or ctx.options.bare_weekday
            value = _weekday_date(ref, weekday, way)
            why = ("the last one on or before" if way == "past" else "the next one after") + \
                f" the reference date {ref.isoformat()}"
        ctx.add(_mention(ctx, start, end, value, "day", "weekday", relative=True,
                         explanation=f"{ctx.text[start:end]} -> {value.isoformat()}: {why}"), start, end)


@functools.cache
def _weekday_pattern(lang: str) -> re.Pattern[str]:
    lex = lexicon(lang)
    own, alien = load(f"{lex.lang}/words"), load("en/words" if lex.lang == "fr" else "fr/words")
    days = _alt(list(own.get("weekdays", {})) + list(alien.get("weekdays", {})))
    before = _alt(_accent_variants(lex.raw["weekday_before"]))
    after = _alt(_accent_variants(lex.raw["weekday_after"]))
    pb = _alt(_accent_variants(lex.raw["period_before"]))
    pa = _alt(_accent_variants([w for w in lex.raw["period_after"] if w != "-ci"]))
    week = (rf"(?P<week>\s+(?:(?:de\s+)?(?:la\s+)?|of\s+)"
            rf"(?:(?P<wbefore>{pb})\s+(?:semaine|week)|semaine\s+(?P<wafter>{pa})))")
    pre = rf"(?:(?P<pweek>{pb})\s+week\s+(?:on\s+)?)"
    return re.compile(
        rf"\b(?=\w)(?<!{_WORD})(?:{pre}|(?P<before>{before})\s+)?(?P<wd>{days})(?!{_WORD})"
        rf"(?:{week}|\s+(?P<after>{after})(?!{_WORD}))?",
        re.IGNORECASE)


def step_years(ctx: _Context) -> None:
    """en 2024, in 2024, depuis 2020, l'année 2024, and the next years of a list (in 2007 and 2009)."""
    for m in ctx.find(_year_pattern(ctx.lex.lang), "digits"):
        s, e = m.span("y")
        if not ctx.free(s, e):
            continue
        year = int(m["y"])
        ctx.add(_mention(ctx, s, e, dt.date(year, 1, 1), "year", "year"), s, e)
        pos = e
        while (more := _YEAR_CHAIN.match(ctx.text, pos)) and ctx.free(*more.span("y")):
            ctx.add(_mention(ctx, *more.span("y"), dt.date(int(more["y"]), 1, 1), "year", "year"), *more.span("y"))
            pos = more.end()


_YEAR_CHAIN = re.compile(r"(?:\s+(?:and|et|or|ou|&)\s+)(?:(?:en|in)\s+)?(?P<y>(?:19|20|21)\d\d)(?![\d%]|\s*[-–]\s*\d)",
                         re.IGNORECASE)


@functools.cache
def _year_pattern(lang: str) -> re.Pattern[str]:
    cues = _alt(_accent_variants(lexicon(lang).lists["year_cues"]))
    return re.compile(
        rf"\b(?=\w)(?<!{_WORD})(?:{cues})\s+(?:(?:the\s+)?year\s+(?:of\s+)?|l['’]ann[ée]e\s+)?(?P<y>(?:19|20|21)\d\d)"
        rf"(?![\d%]|\s*[-–]\s*\d|[.,]\d)",
        re.IGNORECASE)


def _anchor_placeholder(ctx: _Context, start: int, end: int, days: int, rule: str) -> DateMention:
    """A mention resolved later against the previous date of its story (value is a placeholder)."""
    return DateMention(text=ctx.text[start:end], start=start, end=end, value=dt.date(2000, 1, 1), precision="day",
                       rule=rule, confidence=float(days), explanation="", relative=True)


ANCHOR_END = "end"
"""Value of an anchor word meaning the last day of the previous range ("on the closing day")."""


def step_anchors(ctx: _Context) -> None:
    """la veille, le lendemain, the next day: placeholders resolved by ``_resolve_anchors``."""
    for m in ctx.find(_table_pattern(ctx.lex.lang, "anchors"), "words"):
        if not ctx.free(m.start(), m.end()):
            continue
        raw = ctx.lex.tables["anchors"][_key(m.group())]
        days = 0 if raw == ANCHOR_END else int(raw)  # type: ignore[call-overload]
        placeholder = _anchor_placeholder(ctx, m.start(), m.end(), days, "relative_anchor")
        if raw == ANCHOR_END:
            placeholder = replace(placeholder, explanation=ANCHOR_END)
        ctx.add(placeholder, m.start(), m.end())


_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:er|e|st|nd|rd|th)?(?![\d%])"
_DAY_RANGE_ALONE = re.compile(
    rf"\b(?=\w)(?:du|entre\s+le|from\s+the|between\s+the)\s+(?P<d1>{_DAY_NUMBER})"
    rf"\s+(?:au|et\s+le|to\s+the|and\s+the|to|and)\s+(?P<d2>{_DAY_NUMBER})"
    r"(?=\s*(?:[,.;:!?)]|$|à\b|at\b))",
    re.IGNORECASE,
)
_DAY_ALONE = re.compile(
    r"\b(?=\w)(?<![^\W\d_])(?:le|the|on(?:\s+the)?)\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?(?![\d%])"
    r"(?=\s*(?:[,.;:!?)]|$|et\b|and\b|au\b|à\b|at\b|du\s+mois|of\s+the\s+month))",
    re.IGNORECASE,
)


def _month_of_day(ctx: _Context, start: int, end: int, day: int, span_days: int = 0) -> dt.date | None:
    """The date of a bare day number ("le 23"): in the reference date's month or a neighbour, by the cues."""
    ref = ctx.reference
    if ref is None:
        return None
    way = _default_way(ctx, start, end)
    options = [when for k in (-1, 0, 1) if (base := _shift(ref.replace(day=1), "month", k))
               and (when := _safe_date(base.year, base.month, day))]

    def cost(when: dt.date) -> float:
        last = when + dt.timedelta(days=span_days)
        if when <= ref <= last:
            return 0.0
        if last < ref:
            return (ref - last).days + (1e6 if way == "future" else 0)
        return (when - ref).days * (1 if way == "future" else FUTURE_COST) + (1e6 if way == "past" else 0)

    return min(options, key=cost) if options else None


def step_day_alone(ctx: _Context) -> None:
    """le 23, on the 29th, du 13 au 18: the month from the reference date (nearest, by the same cues)."""
    ref = ctx.reference
    if ref is None:
        return
    for m in ctx.find(_DAY_RANGE_ALONE, "digits"):
        start, end = m.span()
        if not ctx.free(start, end):
            continue
        d1, d2 = _number(ctx.lex, m["d1"]), _number(ctx.lex, m["d2"])
        if d1 is None or d2 is None or d1 >= d2:
            continue
        first = _month_of_day(ctx, start, end, d1, d2 - d1)
        last = _safe_date(first.year, first.month, d2) if first else None
        if first is None or last is None:
            continue
        ctx.add(_mention(ctx, start, end, first, "day", "day_range_alone", end_value=last, relative=True,
                         confidence=DAY_ALONE_CONFIDENCE,
                         explanation=f"{m.group()} -> {_show(first, 'day', last)}: month and year from the reference "
                                     f"date {ref.isoformat()}"), start, end)
    for m in ctx.find(_DAY_ALONE, "digits"):
        s, e = m.span("d")
        if not ctx.free(m.start(), e):
            continue
        value = _month_of_day(ctx, s, e, int(m["d"]))
        if value is None:
            continue
        end = m.end()
        while end > s and not ctx.text[end - 1].isalnum():
            end -= 1
        ctx.add(_mention(ctx, s, end, value, "day", "day_alone", relative=True, confidence=DAY_ALONE_CONFIDENCE,
                         explanation=f"{ctx.text[s:end]} -> {value.isoformat()}: month and year from the reference "
                                     f"date {ref.isoformat()}"), s, end)


_WEEK_NUMBER = re.compile(r"\b(?=\w)(?:semaine|week)\s+(?P<n>[1-9]|[1-4]\d|5[0-3])(?![\d%.,:/])", re.IGNORECASE)
_BARE_WEEKEND = re.compile(r"\b(?=\w)(?:(?:le|the)\s+)?(?:week-end|weekend)(?![^\W\d_]|-)", re.IGNORECASE)
_QUARTER_ALONE = re.compile(r"\b(?=\w)[qQ](?P<q>[1-4])(?![\w-])")


def step_weeks_and_quarters(ctx: _Context) -> None:
    """week 10, semaine 12 (ISO weeks of the reference year), the weekend, le week-end, Q1 (no year)."""
    ref = ctx.reference
    if ref is None:
        return
    for m in ctx.find(_WEEK_NUMBER, "digits"):
        if not ctx.free(*m.span()):
            continue
        try:
            monday = dt.date.fromisocalendar(ref.year, int(m["n"]), 1)
        except ValueError:
            continue
        ctx.add(_mention(ctx, *m.span(), monday, "week", "week_number", relative=True,
                         explanation=f"{m.group()} -> {_show(monday, 'week', None)}: ISO week of {ref.year}"),
                *m.span())
    for m in ctx.find(_BARE_WEEKEND, "words"):
        if not ctx.free(*m.span()):
            continue
        way = _default_way(ctx, *m.span()) or "past"
        saturday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=5)
        if ref.weekday() < 5 and way == "past":
            saturday -= dt.timedelta(weeks=1)
        ctx.add(_mention(ctx, *m.span(), saturday, "day", "weekend", end_value=saturday + dt.timedelta(days=1),
                         relative=True, confidence=0.7,
                         explanation=f"{m.group()} -> {_show(saturday, 'day', saturday + dt.timedelta(days=1))}: "
                                     f"the {way} weekend from the reference date {ref.isoformat()}"), *m.span())
    for m in ctx.find(_QUARTER_ALONE, "digits"):
        if not ctx.free(*m.span()):
            continue
        q = int(m["q"])
        picked = _pick_year(ctx, *m.span(), 3 * q - 2, 1, span_days=89)
        if picked is None:
            continue
        first = picked[0]
        last = _month_end(dt.date(first.year, 3 * q, 1))
        ctx.add(_mention(ctx, *m.span(), first, "month", "quarter", end_value=last, relative=True,
                         confidence=picked[2], explanation=f"{m.group()} -> {_show(first, 'day', last)}: {picked[1]}"),
                *m.span())


def step_weekday_day(ctx: _Context) -> None:
    """jeudi 15, Monday 21: the month (and year) where that day falls on that weekday, nearest the reference."""
    ref = ctx.reference
    if ref is None:
        return
    for m in ctx.find(ctx.lex.patterns["weekday_day"], "words"):
        start, end = m.span()
        if not ctx.free(start, end):
            continue
        weekday, day = _weekday(ctx.lex, m["wd1"]), _number(ctx.lex, m["d1"])
        if weekday is None or day is None:
            continue
        way = _default_way(ctx, start, end) or "past"
        options = [d for k in range(-13, 14) if (b := _shift(ref.replace(day=1), "month", k))
                   and (d := _safe_date(b.year, b.month, day)) and d.weekday() == weekday]
        if not options:
            continue
        past = [d for d in options if d <= ref]
        future = [d for d in options if d >= ref]
        value = (max(past) if past else min(future)) if way == "past" else (min(future) if future else max(past))
        ctx.add(_mention(ctx, start, end, value, "day", "weekday_day", relative=True, confidence=0.8,
                         explanation=f"{m.group()} -> {value.isoformat()}: the month where the {day} is that weekday, "
                                     f"{'before' if value <= ref else 'after'} the reference date {ref.isoformat()}"),
                start, end)


def step_relative_month_days(ctx: _Context) -> None:
    """du 4 au 22 de ce mois, 4-23 mois prochain, from 4-23 in next month, le 15 du mois prochain."""
    ref = ctx.reference
    if ref is None:
        return
    for m in ctx.find(ctx.lex.patterns["relative_month_days"], "words"):
        start, end = m.span()
        while start < end and ctx.text[start].isspace():
            start += 1
        if not ctx.free(start, end):
            continue
        rm = fold(m["rm"])
        if not m["d2"] and re.match(r"(?:de\s+)?mois", rm):
            continue  # "3 mois suivant" is a count; "4-23 mois prochain" is a range
        shift = (1 if re.search(r"prochain|suivant|next", rm)
                 else -1 if re.search(r"dernier|passe|precedent|last", rm) else 0)
        base = _shift(ref.replace(day=1), "month", shift)
        d1, d2 = _number(ctx.lex, m["d1"]), _number(ctx.lex, m["d2"])
        first = _safe_date(base.year, base.month, d1) if d1 else None
        last = _safe_date(base.year, base.month, d2) if d2 else None
        if first is None or (d2 and (last is None or last < first)):
            continue
        ctx.add(_mention(ctx, start, end, first, "day", "relative_month_days", end_value=last, relative=True,
                         explanation=f"{ctx.text[start:end]} -> {_show(first, 'day', last)}: the month "
                                     f"{shift:+d} from the reference date {ref.isoformat()}"), start, end)


_JOIN = re.compile(r"\s*(?:[-–—]|au|à|a|jusqu['’]?(?:au|à|a)|to|through|thru|until|till)\s*(?:(?:le|the)\s+)?",
                   re.IGNORECASE)
_JOIN_BETWEEN = re.compile(r"\s*(?:and|et)\s*(?:(?:le|the)\s+)?", re.IGNORECASE)
_JOIN_START = re.compile(r"(?:\b(?:du|depuis|from|between|entre(?:\s+le)?)\s+)$", re.IGNORECASE)


def _join_ranges(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """Two days linked by "au", "to", "-" become one range ("aujourd'hui jusqu'à demain", "12 janvier - 22/01")."""
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        lead = _JOIN_START.search(ctx.text, max(0, prev.start - 12), prev.start) if prev else None
        link = _JOIN_BETWEEN if lead and re.match(r"(?i)between|entre", lead.group()) else _JOIN
        if (prev is not None and prev.rule == m.rule == "weekday" and prev.end_value is None
                and (m.value - prev.value).days == 1 and _JOIN_BETWEEN.fullmatch(ctx.text, prev.end, m.start)):
            link = _JOIN_BETWEEN  # "se réuniront jeudi et vendredi": two days in a row are one range
        if (prev is not None and prev.precision == m.precision == "day" and prev.end_value is None
                and link.fullmatch(ctx.text, prev.end, m.start)):
            last = m.end_value or m.value
            first = prev.value
            if first > last and prev.relative and prev.rule != "relative_day":
                # two year-less ends guessed apart ("from 10/1 to 11/7"): the start takes the end's year
                first = _safe_date(last.year, first.month, first.day) or first
                if first > last:
                    first = _safe_date(last.year - 1, first.month, first.day) or first
            if not 0 < (last - first).days <= 366:
                out.append(m)
                continue
            start = lead.start() if lead else prev.start
            joined = _mention(ctx, start, m.end, first, "day", "range_joined", end_value=last,
                              confidence=min(prev.confidence, m.confidence), relative=prev.relative or m.relative,
                              explanation=f"{ctx.text[start:m.end]} -> {_show(first, 'day', last)}: from "
                                          f"'{prev.text}' to '{m.text}'")
            if joined is not None:
                out[-1] = joined
                continue
        out.append(m)
    return out


Step = Callable[[_Context], None]

#: The cascade, most reliable first. Each step skips spans claimed by earlier ones.
DATE_STEPS: tuple[tuple[str, Step], ...] = (
    ("numeric", step_numeric),
    ("not_dates", step_not_dates),
    ("relative_month_days", step_relative_month_days),
    ("offsets", step_offsets),
    ("durations", step_durations),
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
    ("weekdays", step_weekdays),
    ("periods", step_periods),
    ("weeks_and_quarters", step_weeks_and_quarters),
    ("years", step_years),
    ("anchors", step_anchors),
    ("day_alone", step_day_alone),
)


# ---------------------------------------------------------------------------------------
# Anchors and the front door
# ---------------------------------------------------------------------------------------


#: "La veille" after a quoted historical date ("le 2 septembre 1945, ...") is still about the story's
#: own events: preceding dates more than this many years from the reference date are passed over
#: when a nearer one exists in the story.
ANCHOR_YEARS = 1


def _anchor_base(ctx: _Context, out: Sequence[DateMention], story_start: int,
                 ranged: bool = False) -> DateMention | None:
    """The date "la veille"/"the next day" counts from: the nearest preceding day of the story,
    preferring one within ANCHOR_YEARS of the reference date; with ``ranged`` ("on the opening day",
    "on the closing day") the nearest preceding range, if the story has one."""
    days = [p for p in reversed(out) if p.precision == "day" and p.start >= story_start]
    if ranged and any(p.end_value is not None for p in days):
        days = [p for p in days if p.end_value is not None]
    if ctx.reference is not None:
        near = [p for p in days if abs(p.value.year - ctx.reference.year) <= ANCHOR_YEARS]
        if near:
            return near[0]
    return days[0] if days else None


_ANCHOR_OF = re.compile(r"\s+(?:du|de|de\s+la|d['’]|of|after|before)\s*", re.IGNORECASE)


def _resolve_anchors(ctx: _Context, stories: Sequence[Story]) -> list[DateMention]:
    """Replace anchor placeholders by the nearest preceding day-precision date of the same story."""
    out: list[DateMention] = []
    starts = [s.start for s in stories]
    skip: set[int] = set()
    by_start = {m.start: m for m in ctx.mentions}
    for mention in sorted(ctx.mentions, key=lambda x: x.start):
        if id(mention) in skip:
            continue
        if mention.rule not in ("relative_anchor", "offset_anchor"):
            out.append(mention)
            continue
        days = int(mention.confidence)
        from_end = days > 0 or mention.explanation == ANCHOR_END  # "the next day", "the closing day" of a range
        after = _ANCHOR_OF.match(ctx.text, mention.end)
        if after:  # "le lendemain du 13 février": from the date that follows
            base = by_start.get(after.end())
            if base is not None and base.precision == "day" and base.rule not in ("relative_anchor", "offset_anchor"):
                value = (base.end_value if from_end and base.end_value else base.value) + dt.timedelta(days=days)
                words = ctx.text[mention.start:base.end]
                joined = _mention(ctx, mention.start, base.end, value, "day", mention.rule, relative=base.relative,
                                  confidence=0.8,
                                  explanation=f"{words} -> {value.isoformat()}: {days:+d} day(s) from '{base.text}'")
                if joined is not None:
                    out.append(joined)
                    skip.add(id(base))
                    continue
        story_start = 0
        if stories:
            i = bisect.bisect_right(starts, mention.start) - 1
            if i >= 0 and mention.start < stories[i].end:
                story_start = stories[i].start
        base = _anchor_base(ctx, out, story_start, ranged=days == 0)
        if base is not None:
            anchor = base.end_value if from_end and base.end_value else base.value
            value = anchor + dt.timedelta(days=days)
            why = f"{days:+d} day(s) from '{base.text}' ({anchor.isoformat()}), the previous date of the story"
            relative = base.relative
        elif ctx.reference is not None:
            value = ctx.reference + dt.timedelta(days=days)
            why = f"{days:+d} day(s) from the reference date {ctx.reference.isoformat()} (no earlier date in the story)"
            relative = True
        else:
            continue
        resolved = _mention(ctx, mention.start, mention.end, value, "day", mention.rule, relative=relative,
                            confidence=0.8, explanation=f"{mention.text} -> {value.isoformat()}: {why}")
        if resolved is not None:
            out.append(resolved)
    return out


def find_dates(text: str, reference: dt.date | None, lang: str = "fr", options: Options = Options(),  # noqa: B008
               stories: Sequence[Story] = ()) -> list[DateMention]:
    """Every temporal expression in ``text``, sorted by start, non-overlapping.

    ``reference`` anchors year-less and relative dates; with None they are left out (only
    fully written dates, and "le lendemain" of a fully written date, are returned).
    ``stories`` bound "la veille"/"le lendemain" to the dates of their own story.
    Unknown ``lang`` gets the English rules.

    >>> [m.value.isoformat() for m in find_dates("du 17 au 20 décembre 2025", None)]
    ['2025-12-17']
    """
    if not text:
        return []
    lex = lexicon(lang)
    ctx = _Context(text, reference, lex, options, bytearray(len(text)),
                   windows=_windows(text, lex.patterns["trigger"], TRIGGER_MARGIN),
                   digit_windows=_windows(text, _DIGITS, DIGIT_MARGIN))
    for name, step in DATE_STEPS:
        before = len(ctx.mentions)
        step(ctx)
        log.debug("step %s: %d mention(s)", name, len(ctx.mentions) - before)
        if len(ctx.mentions) >= MAX_DATES_PER_ARTICLE:
            log.warning("more than %d dates in one text: the later steps were skipped", MAX_DATES_PER_ARTICLE)
            break
    mentions = _resolve_anchors(ctx, tuple(sorted(stories, key=lambda s: s.start)))
    mentions.sort(key=lambda x: x.start)
    mentions = _join_ranges(ctx, mentions)
    return [replace(m, text=text[m.start:m.end]) for m in mentions]


def latest_full_date(text: str, lang: str = "fr", options: Options = Options()) -> dt.date | None:  # noqa: B008
    """The latest fully written date (day, month and year all in the text), or None.

    >>> latest_full_date("Visite du 17 au 20 décembre 2025.")
    datetime.date(2025, 12, 20)
    """
    days = [m.end_value or m.value for m in find_dates(text, None, lang, options)
            if m.precision == "day" and not m.relative and m.rule not in ("relative_anchor", "offset_anchor")]
    return max(days) if days else None
