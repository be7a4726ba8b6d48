"""The per-step patterns not in the lexicon: cue words and tenses, look-alikes (``_NOT_DATES``), offsets,
durations, seasons, holidays, periods, weekdays, years, bare days and the range links."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from timeline.extraction.dates.leads import letter_guard
from timeline.extraction.dates.lexicon import _WORD, _accent_variants, _alt, _key, lexicon
from timeline.lang import load

_RIGHT_AFTER = re.compile(
    r"[^\S\n]+(prochain|prochaine|dernier|dernière|derniere|passé|next|last)\b(?!\s+(?:de|du|of)\b)", re.IGNORECASE)


@functools.cache
def _cue_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(way, pattern) pairs: reporting verbs first (they win at their position), cue words, tense regexes."""
    lex = lexicon(lang)
    words = {key: _alt(_accent_variants(lex.lists[key]))
             for key in ("report_cues", "future_cues", "past_cues", "present_cues")}
    combined = re.compile(
        rf"\b(?=\w)(?<!{_WORD})(?:(?P<report>{words['report_cues']})|(?P<future>{words['future_cues']})"
        rf"|(?P<past>{words['past_cues']})|(?P<present>{words['present_cues']}))(?!{_WORD})", re.IGNORECASE)
    out: list[tuple[str, re.Pattern[str]]] = [("words", combined)]
    out += [("future", re.compile(p)) for p in lex.lists["future_patterns"]]
    out += [("past", re.compile(p)) for p in lex.lists["past_patterns"]]
    out += [("speech_future", re.compile(p)) for p in lex.lists["speech_future_patterns"]]
    return tuple(out)


_NOT_DATES: tuple[tuple[str, str], ...] = (
    ("identifier", r"(?:\bn[°ºo]\.?|#|\bnuméro|\bnumber|\bno\.)\s*\d[\w/.-]*"),
    ("thousands", r"(?<![\d.,])\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+(?![\d/]|[.,]\d)"),
    # a quantity starts where its number starts: tried inside a run of digits, "\d+" would rescan the run
    # ... and its unit is a whole word on the same line ("2005\n\nEuropean" is no amount in euros)
    ("quantity", r"(?<!\d)\d+(?:[.,]\d+)?[^\S\n]*"
                 r"(?:%|€|\$|(?:pour\s?cent|percent|millions?|milliards?|billions?|mds|mln|usd|eur)(?![^\W\d_]))"),
    ("money", r"[$€£]\s*\d[\d.,]*"),
    ("around_the_clock", r"\b(?:24\s*/\s*7|7\s*/\s*7|24\s*h?\s*/\s*24)\b"),
    ("clock", r"\b\d{1,2}\s*(?:h|:)\s*\d{2}(?::\d{2})?(?:\s*[ap]\.?\s*m\b\.?)?|\b\d{1,2}\s*h\b"
              r"|\b\d{1,2}\s*[ap]\.?\s*m\b\.?|\b\d{1,2}\s*heures?\b|\b\d{1,2}\s*hours?\b|\b\d{1,2}\s*o['’]?clock"),
    ("phone", r"(?:\+\d{1,3}[\s.-]?)?(?:\(?\d{2,4}\)?[\s.-]){3,}\d{2,4}"),
    ("year_span", r"(?<!\d)(?:1[89]|20|21)\d\d\s*[-–/]\s*(?:(?:1[89]|20|21)\d\d|\d\d)(?![\d/-]|\s*[:h]\s*\d)"),
    ("street", r"\b\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|impasse|allée|chemin|quai"
               r"|street|st\.|road|rd\.|lane|ave\.)\b"),
)


@functools.cache
def _not_date_pattern(lang: str) -> re.Pattern[str]:
    """The rows of ``_NOT_DATES`` and the horizons as one regex (one pass; at a position, the first row wins)."""
    lex = lexicon(lang)
    horizon = _alt(_accent_variants(lex.lists["not_before_year"]))
    rows = (*_NOT_DATES,
            ("horizon", rf"(?<!{_WORD})(?:{horizon})\s*(?:(?:la\s+)?(?:fin|début|end|the\s+end)\s+(?:de\s+|of\s+)?)?"
                        rf"(?:\d{{4}}|\d+[\w/-]*)(?!\d)"))
    streets = list(load(f"{lang}/words").get("street_date_words") or [])
    if streets:  # "avenue du 8-Mai-1945", "rue du 14 Juillet": a name of a street, no date
        months = _alt(_accent_variants([str(k) for k in load(f"{lang}/words").get("months") or {}]))
        rows += (("street_date", rf"(?<!{_WORD})(?:{_alt(_accent_variants(streets))})[^\S\n]+(?:du|des)[^\S\n]+"
                                 rf"(?:[12]\d|3[01]|0?[1-9])(?:er)?(?:-|[^\S\n]+)(?:{months})(?!{_WORD})"
                                 rf"(?:(?:-|[^\S\n]+)\d{{4}}(?!\d))?"),)
    decades = _alt(_accent_variants(list(load(f"{lang}/words").get("decade_words") or [])))
    if decades:
        rows += (("decade", rf"(?<!{_WORD})(?:{decades})[^\S\n]+(?:(?:1[89]|20)\d0|[1-9]0)(?![\d%])"
                            rf"(?![^\S\n]*(?:[,/-]|et|ou)[^\S\n]*\d*[1-9](?!\d))"),)
    # Every row starts with a digit, "#", a currency sign, "+" or "(" (a phone), or a word that no letter precedes
    # ("n°", "numéro", the horizons): so a position inside a word is skipped by one test, not by ten rows.
    guard = rf"(?=[\d#$€£+(]|(?<!{_WORD}){_WORD})"
    alternation = "(?:" + "|".join(f"(?P<{name}>{p})" for name, p in rows) + ")"
    if not all(re.match(rf"{_WORD}|\d", word) for word in lex.lists["not_before_year"]):
        guard = r"(?=[\w#$€£+(])"  # a horizon word of other characters: the wider guard
    else:  # ... and of the words, only those a row starts with ("numéro", "horizon"), not every word of the text
        guard = letter_guard(alternation, re.IGNORECASE, "#$€£+(") or guard
    return re.compile(guard + alternation, re.IGNORECASE)


_Scan = Callable[[re.Pattern[str], int, int], Iterator[re.Match[str]]]
"""How a two-regex finder runs each of its regexes over [pos, end) (``prefilter.Gate.finditer``, or plainly)."""


def _plain_scan(text: str) -> _Scan:
    return lambda pattern, pos, end: pattern.finditer(text, pos, end)


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
        # "il y a tout juste un an", "dans près de deux ans": a word on the count (``offset_count_modifiers``)
        modifiers = load(f"{lang}/words").get("offset_count_modifiers") or []
        modifier = rf"(?:(?P<mod>{_alt(_accent_variants(modifiers))})\s+)?" if modifiers else ""
        self.forward = re.compile(
            rf"\b(?=\w)(?<!{_WORD})(?P<before>{before})\s+{modifier}{count}\s+(?P<unit>{units})(?!{_WORD})"
            rf"(?!\s+(?:(?:de|of|que)\b|d['’]|qu['’]))", flags)
        self.backward = re.compile(
            rf"\b(?=\w)(?<!{_WORD}){count}\s+(?P<unit>{units})\s+(?P<after>{after})(?!{_WORD})", flags)

    takes_scan = True
    """``context._finditer_in`` may pass ``scan`` (each regex through the start-word gate)."""

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None,
                 scan: _Scan | None = None) -> Iterator[_Groups]:
        end = len(text) if endpos is None else endpos
        scan = scan or _plain_scan(text)
        found = [_Groups(m, before=True) for m in scan(self.forward, pos, end)]
        found += [_Groups(m, before=False) for m in scan(self.backward, pos, end)]
        return iter(sorted(found, key=lambda g: g.start()))


class _Groups:
    def __init__(self, m: re.Match[str], before: bool) -> None:
        self.m = m
        self.is_before = before

    def __getitem__(self, name: str) -> str | None:
        if name == "mod":
            return self.m.groupdict().get("mod")
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
    # on one line: "2005\n\nAn American..." is a dateline and a sentence, not "2005 an(s)"
    rf"\b(?=\w)(?<![^\W\d_])(?:\d+|{_alt(_COUNT_WORDS)})(?:[^\S\n]+(?:{_alt(_COUNT_MODS)}))?"
    rf"[^\S\n]+(?:{_alt(_COUNT_UNITS)})(?![^\W\d_])",
    re.IGNORECASE,
)


_NAME_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]*[^\S\n]+$")


@functools.cache
def _quarter_pattern(lang: str) -> re.Pattern[str]:
    q = _alt(lexicon(lang).raw["quarters"])
    kinds = _alt(_accent_variants(list(load(f"{lang}/words").get("quarter_year_kinds") or {})))  # fiscal, exercice
    return re.compile(
        rf"\b(?=\w)(?:(?:le\s+|the\s+)?(?P<q>{q})\s*(?:-\s*|de\s+l['’]année\s+|de\s+|of\s+|,\s*)?"
        rf"(?:(?P<kind>{kinds})\s+)?(?P<y>(?:19|20|21)\d\d)"
        rf"|(?P<y2>(?:19|20|21)\d\d)\s*-?\s*(?P<q2>{q}))(?!\d)",
        re.IGNORECASE)


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


@functools.cache
def _holiday_pattern(lang: str) -> re.Pattern[str]:
    words = _alt(_accent_variants(lexicon(lang).raw["holidays"]))
    return re.compile(rf"\b(?=\w)(?<!{_WORD})(?P<h>{words})(?!{_WORD})(?:\s+(?P<y>(?:19|20|21)\d\d)(?!\d))?",
                      re.IGNORECASE)


@functools.cache
def _table_pattern(lang: str, key: str) -> re.Pattern[str]:
    words = _alt(_accent_variants(lexicon(lang).raw[key]))
    return re.compile(rf"\b(?=\w)(?<!{_WORD})(?:{words})(?!{_WORD})(?!-l[àa](?!{_WORD}))", re.IGNORECASE)


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
            rf"\b(?=\w)(?<!{_WORD})(?:(?:la|le|the)\s+|l['’]\s*)(?P<unit>{units})\s+(?P<after>{after})(?!{_WORD})",
            flags)
        # the lexicon reads both languages' words, but a period word and its unit are of one language: English
        # "following" or "past" before French "an" is an article ("Following an address"), never a year
        self.own_words = [({_key(w) for w in load(f"{lg}/words").get("period_before") or {}},
                           {_key(w) for w in load(f"{lg}/words").get("units") or {}}) for lg in ("fr", "en")]

    takes_scan = True
    """``context._finditer_in`` may pass ``scan`` (each regex through the start-word gate)."""

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None,
                 scan: _Scan | None = None) -> Iterator[_Groups]:
        end = len(text) if endpos is None else endpos
        scan = scan or _plain_scan(text)
        found: list[_Groups] = [_Named(m) for m in scan(self.second, pos, end)]
        found += [_Named(m) for m in scan(self.first, pos, end) if self._one_language(m)]
        return iter(sorted(found, key=lambda g: g.start()))


    def _one_language(self, m: re.Match[str]) -> bool:
        """Whether some language holds both the period word and its unit ("next year", "l'an prochain")."""
        before, unit = _key(m["before"]), _key(m["unit"])
        return any(before in befores and unit in units for befores, units in self.own_words)


class _Named(_Groups):
    def __init__(self, m: re.Match[str]) -> None:
        super().__init__(m, before=True)

    def __getitem__(self, name: str) -> str | None:
        return self.m.groupdict().get(name)


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


_YEAR_CHAIN = re.compile(r"(?:\s+(?:and|et|or|ou|&)\s+)(?:(?:en|in)\s+)?(?P<y>(?:19|20|21)\d\d)(?![\d%]|\s*[-–]\s*\d)",
                         re.IGNORECASE)


@functools.cache
def _year_pattern(lang: str) -> re.Pattern[str]:
    """A year after a cue word ("en 2024", "between 2014"); after a weaker cue, a year that closes its phrase
    ("le recensement de 1990.") or names a thing ("the 1991 agreement", not "the 2000 workers")."""
    lex = lexicon(lang)
    cues = _alt(_accent_variants(lex.lists["year_cues"]))
    closing = _alt(_accent_variants(lex.lists["year_cues_closing"]))
    naming = _alt(_accent_variants(lex.lists["year_cues_naming"]))
    then = _alt(_accent_variants(lex.lists["year_closing_next"])) or "(?!)"
    nouns = _alt(_accent_variants(lex.lists["year_nouns_after"])) or "(?!)"
    year = r"(?P<{}>(?:19|20|21)\d\d)(?![\d%]|\s*[-–]\s*\d|[.,]\d)"
    range_from = _alt(_accent_variants(lex.lists["year_range_from"])) or "(?!)"
    range_end = _year_range_end(lang).pattern.replace("(?P<y>", "(?:")
    # a year before 1900 only after a strong cue, closing its phrase or followed by a word a year can precede
    # ("dates back to 1865.", "in 1776 the", not "in 1500 homes")
    old_cues = _alt(_accent_variants(lex.lists["old_year_cues"])) or "(?!)"
    old_next = _alt(_accent_variants(lex.lists["old_year_next"])) or "(?!)"
    old = (rf"(?:{old_cues})\s+(?P<yo>1[5-8]\d\d)(?![\d%]|\s*[-–]\s*\d|[.,]\d)"
           rf"(?=[^\S\n]*(?:[,.;:!?)]|$)|[^\S\n]+(?:{old_next})(?!{_WORD})|[^\S\n]+(?-i:[A-Z]))")
    # a year right after the name or noun it dates, closing its phrase ("Miss France 2019.", "la Coupe du monde 1998
    # a laissé", "l'horizon 2030,"): only this language's lists (``year_after_word_next``, ``year_after_word_not``)
    own = load(f"{lex.lang}/words")
    nexts = list(own.get("year_after_word_next") or [])
    word_next = _alt(_accent_variants([w for w in nexts if w[-1] not in "'’"]))
    elided = _alt(_accent_variants([w for w in nexts if w[-1] in "'’"])) or "(?!)"
    # (a month name before a year is a month's own: "janvier 2016" is read by the calendar rows, skipped here fast)
    word_not = _alt(_accent_variants(list(own.get("year_after_word_not") or []) + list(own.get("months") or {})))
    units = _alt(_accent_variants(lex.lists["year_range_units"])) or "(?!)"
    verbs = _alt(_accent_variants(list(own.get("year_verbs_after") or []))) or "(?!)"
    subject = _alt(_accent_variants(list(own.get("year_subject_before") or []))) or "(?!)"
    closes = rf"[^\S\n]*(?:[,.;:!?)]|$)|[^\S\n]+(?:(?:{word_next})(?!{_WORD})|{elided})"
    after_word = (rf"|(?!(?:{word_not})[^\S\n])[^\W\d_][\w'’-]*[^\S\n]+{year.format('yw')}(?={closes})"
                  # ... or, after a capitalised name, any word that is no plural and no unit ("le PLF 2019 prévoit",
                  # "Paris 2024 organise"; not "Renault 2000 salariés", "Vittel 1999 habitants")
                  rf"|(?!(?:{word_not})[^\S\n])(?-i:[A-Z])[\w'’-]*[^\S\n]+{year.format('yv')}"
                  rf"(?=[^\S\n]+(?![^\W\d_]*[sxSX](?!{_WORD}))(?!(?:{units})(?!{_WORD}))[^\W\d_]{{3,}})"
                  ) if nexts else ""
    # "les inondations de 1947 restent", "la loi de 1905 reste": after "de", a year before any word that is no plural,
    # no unit and none of ``year_closing_word_not`` (``year_closing_word_cues``; not "de 1998 habitants", "de 2000 F";
    # the word before the cue is read by ``steps_numbers.step_years``)
    word_cues = _alt(_accent_variants(list(own.get("year_closing_word_cues") or [])))
    not_after = _alt(_accent_variants(list(own.get("year_closing_word_not") or []))) or "(?!)"
    # "les contrats antérieurs à 2012,": a word of order before a year that closes its phrase (``year_order_cues``)
    order = _alt(_accent_variants(list(own.get("year_order_cues") or []))) or "(?!)"
    after_word += rf"|(?:{order})[^\S\n]+{year.format('yq')}(?={closes})" if nexts else ""
    after_word += (rf"|(?:{word_cues})[^\S\n]*{year.format('yd')}"
                   rf"(?=[^\S\n]+(?![^\W\d_]*[sxSX](?!{_WORD}))(?!(?:{units}|{not_after})(?!{_WORD}))"
                   rf"[^\W\d_]{{2,}}(?!{_WORD}|['’]))") if word_cues else ""
    return re.compile(
        rf"\b(?=\w)(?<!{_WORD})(?:(?:{range_from})\s+{year.format('yr')}(?={range_end})"
        rf"|{old}"
        rf"|(?:{cues})(?:[^\S\n]*(?:\.\.\.|…))?\s+(?:(?:the\s+)?year\s+(?:of\s+)?|l['’]ann[ée]e\s+)?{year.format('y')}"
        rf"|(?:{closing})\s*{year.format('yc')}(?=[^\S\n]*(?:[,.;:!?)]|$)|[^\S\n]+(?:{then})[^\S\n]+(?!\d))"
        rf"|(?:{naming})\s+(?:de\s+)?{year.format('yn')}(?=[^\S\n]+[^\W\d_]*[^\W\d_s](?!{_WORD})|[^\S\n]*(?:[,.;:!?)]|$))"
        # a year before a noun of a period it names, with or without a cue: "GM's 2008 revenue"
        rf"|{year.format('yt')}(?=[^\S\n]+(?:{nouns})(?!{_WORD}|-\w))"
        # a year as the subject of its clause, before its verb (``year_verbs_after``), opening the sentence or after
        # a saying (``year_subject_before``): "police said 2013 was the safest year", "2012 saw record profits"
        # (not "Room 2012 was locked", "only 2000 was raised")
        rf"|(?:^|(?<=[.!?:;\"“”] )|(?:{subject})[^\S\n]+){year.format('ys')}(?=[^\S\n]+(?:{verbs})(?!{_WORD}))"
        # a year alone in brackets: "(1964)", "(mai 1968)" being a month's own
        rf"|(?<=\(){year.format('yp')}(?=[^\S\n]*\))"
        # the year that closes a law's name: "the Data Protection Act 2018", "la Constitution de 1999"
        rf"{_law_year(lex.lang, year.format('yl'))}{after_word})",
        re.IGNORECASE | re.MULTILINE)


def _law_year(lang: str, year: str) -> str:
    """The alternative of ``_year_pattern`` for a year that closes a law's name, after a noun of ``year_law_nouns``
    as written (case counts: "the Customs Bill, 2023", not "they act 2000 times") and a comma or a word of
    ``year_law_links`` ("the Constitution of 1999", "la loi de 1905"); "" without the list (round thirty-seven)."""
    own = load(f"{lang}/words")
    nouns = sorted({str(w) for w in own.get("year_law_nouns") or []}, key=len, reverse=True)
    if not nouns:
        return ""
    links = _alt(_accent_variants([str(w) for w in own.get("year_law_links") or []])) or "(?!)"
    nouns_re = "|".join(map(re.escape, nouns))
    return rf"|(?-i:{nouns_re})(?:,?[^\S\n]+|[^\S\n]+(?:{links})(?:[^\S\n]+|(?<=['’]))){year}"


@functools.cache
def _year_range_end(lang: str) -> re.Pattern[str]:
    """The second end of a range of two bare years, right after the first: " à 1978", " jusqu'en 1985"."""
    lex = lexicon(lang)
    to = _alt(_accent_variants(lex.lists["year_range_to"])) or "(?!)"
    units = _alt(lex.lists["year_range_units"]) or "(?!)"
    return re.compile(rf"[^\S\n]+(?:{to})[^\S\n]+(?P<y>(?:19|20|21)\d\d)(?![\d%]|[.,]\d|\s*[-–]\s*\d)"
                      rf"(?![^\S\n]*(?:{units})(?!{_WORD}))", re.IGNORECASE)


@functools.cache
def _short_year_pattern(lang: str) -> re.Pattern[str]:
    """A two-digit year: after an apostrophe ("the '97 crisis", "in ’05") or after a cue word when it closes
    its phrase ("il a quitté le parti en 97.", "since 85,")."""
    cues = _alt(_accent_variants(lexicon(lang).lists["two_digit_year_cues"]))
    # ... or when a word of this language's ``two_digit_year_next`` follows ("il a quitté le club en 97 pour fonder")
    nexts = list(load(f"{lang}/words").get("two_digit_year_next") or [])
    then = rf"|[^\S\n]+(?:{_alt(_accent_variants(nexts))})(?!{_WORD})" if nexts else ""
    return re.compile(
        r"(?<![\w'’])['’](?P<ya>\d\d)(?![\d%'’]|[.,]\d|\w)"
        rf"|\b(?=\w)(?<!{_WORD})(?:{cues})\s+(?P<yc>\d\d)(?=[^\S\n]*(?:[,.;:!?)]|$){then})",
        re.IGNORECASE | re.MULTILINE)


_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:er|e|st|nd|rd|th)?(?![\d%])"
_DAY_RANGE_ALONE = re.compile(
    rf"\b(?=\w)(?:du|entre\s+le|from\s+the|between\s+the)\s+(?P<d1>{_DAY_NUMBER})"
    rf"\s+(?:au|et\s+le|to\s+the|and\s+the|to|and)\s+(?P<d2>{_DAY_NUMBER})"
    r"(?=\s*(?:[,.;:!?)]|$|à\b|at\b))",
    re.IGNORECASE,
)
#: Two bare days listed: "les 29 et 30" (two days of the month, not a range; French: English writes "the 29th and
#: 30th", read by ``_DAY_ALONE``).
_DAY_LIST_ALONE = re.compile(
    rf"\b(?=\w)les\s+(?P<d1>{_DAY_NUMBER})\s+et\s+(?P<d2>{_DAY_NUMBER})(?=\s*(?:[,.;:!?)]|$|à\b))",
    re.IGNORECASE,
)
_DAY_ALONE = re.compile(
    r"\b(?=\w)(?<![^\W\d_])(?:le|the|on(?:\s+the)?|jusqu['’]au|(?:au|du)(?=\s+\d\d?(?:er)?\s+courant\b))"
    r"\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?"
    r"(?![\d%])(?=\s*(?:[;:!?)]|[.,](?!\d)|$|et\b|and\b|au\b|à\b|at\b|pour\b|inclus\b|du\s+mois|courant\b"
    r"|of\s+the\s+month))",
    re.IGNORECASE,
)


_WEEK_NUMBER = re.compile(r"\b(?=\w)(?:semaine|week)\s+(?P<n>[1-9]|[1-4]\d|5[0-3])(?![\d%.,:/])", re.IGNORECASE)
_BARE_WEEKEND = re.compile(r"\b(?=\w)(?:(?:le|the)\s+)?(?:week-end|weekend)(?![^\W\d_]|-)", re.IGNORECASE)
_QUARTER_ALONE = re.compile(r"\b(?=\w)[qQ](?P<q>[1-4])(?![\w-])")


_JOIN = re.compile(r"\s*(?:[-–—]|au|à|a|jusqu['’]?(?:au|à|a)|to|through|thru|until|till)\s*(?:(?:le|the)\s+)?",
                   re.IGNORECASE)
_JOIN_BETWEEN = re.compile(r"\s*(?:and|et)\s*(?:(?:le|the)\s+)?", re.IGNORECASE)
_JOIN_START = re.compile(r"(?:\b(?:du|depuis|from|between|entre(?:\s+le)?)\s+)$", re.IGNORECASE)


_ANCHOR_OF = re.compile(r"\s+(?:du|de|de\s+la|d['’]|of|after|before)\s*", re.IGNORECASE)


def finders(lang: str) -> dict[str, re.Pattern[str]]:
    """Every compiled regex the steps run over article text, by name (for the linear-time tests)."""
    lex = lexicon(lang)
    out = {f"lexicon.{name}": p for name, p in lex.patterns.items()}
    offsets, periods = _offset_pattern(lang), _period_pattern(lang)
    out |= {"not_dates": _not_date_pattern(lang), "offsets.forward": offsets.forward,
            "offsets.backward": offsets.backward, "periods.first": periods.first, "periods.second": periods.second,
            "durations": _DURATION, "quarters": _quarter_pattern(lang), "seasons": _season_pattern(lang),
            "holidays": _holiday_pattern(lang), "weekdays": _weekday_pattern(lang), "years": _year_pattern(lang),
            "day_alone": _DAY_ALONE, "day_range_alone": _DAY_RANGE_ALONE, "day_list_alone": _DAY_LIST_ALONE,
            "week_number": _WEEK_NUMBER, "bare_weekend": _BARE_WEEKEND, "quarter_alone": _QUARTER_ALONE}
    out |= {f"table.{key}": _table_pattern(lang, key) for key in ("relative_days", "anchors")}
    out |= {f"cues.{i}": p for i, (_, p) in enumerate(_cue_patterns(lang))}
    return out
