"""Word lists -> compiled patterns, once per language: ``lexicon(lang)`` reads ``lang/<lang>/words.yaml``
(and the other language's, for mixed text) and compiles the calendar rows and the trigger words."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline.lang import deferrals, fold, load

_WORD = r"[^\W\d_]"
_SPACE = r"[^\S\n]"


#: Words of multi-word entries too common in prose to mark a place worth looking at.
_COMMON_WORDS = frozenset({"cette", "dans", "avant", "apres", "plus", "the", "this", "that", "from", "nationale",
                           "travail", "des", "les"})


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


def _whole_words(words: Sequence[str]) -> str:
    """A regex matching any of ``words`` as whole words: each but an elided one ("qu'", "d’", which a letter
    follows) must end where a word ends."""
    elided = [str(w) for w in words if w and str(w)[-1] in "'’"]
    full = [str(w) for w in words if w and str(w)[-1] not in "'’"]
    whole = rf"(?:{_alt(full)})(?!{_WORD})"
    return f"(?:{whole}|{_alt(elided)})" if elided else whole


def _render(node: dict) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _render(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@functools.lru_cache(maxsize=1 << 16)  # pure, and called for every word a step reads: the same few hundred words
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
    numbers = {**_folded(_counts(alien)), **_folded(alien.get("numbers", {})),
               **_folded(_counts(own)), **_folded(own.get("numbers", {}))}
    tables = {
        key: {**_folded(_merged(other, key)), **_folded(_merged(lang, key))}
        for key in (
            "parts", "relative_days", "units", "period_before", "period_after", "weekday_after",
            "weekday_before", "anchors", "offset_before", "offset_after", "holidays", "quarters", "seasons",
            "day_parts",
        )
    }
    lists = {
        key: list(own.get(key) or []) + list(alien.get(key) or [])
        for key in ("year_cues", "future_cues", "past_cues", "report_cues", "not_before_year", "ambiguous_months",
                    "ordinal_suffixes", "range_starts", "range_links", "night_of", "year_cues_closing",
                    "offset_prepositions", "period_from_story", "two_digit_year_cues", "two_digit_year_before",
                    "year_cues_naming", "year_closing_next", "weekday_day_links", "offset_comparisons",
                    "holiday_season_after", "holiday_season_before", "clause_openers",
                    "past_right_before", "future_right_before", "future_bound_before", "plan_before",
                    "plan_auxiliaries", "weekday_not_after",
                    "lone_part_before",
                    "present_cues", "year_range_from", "year_range_to", "year_range_units",
                    "old_year_cues", "old_year_next", "year_nouns_after", "speech_incise_verbs",
                    "side_right_before", "near_bounds_before", "near_bound_verbs")
    }
    lists["deferred_before"] = deferrals(lang, "dates")[0] + deferrals(other, "dates")[0]  # the events share it
    # tense endings and modals are this language's only ("camera" is no French future, "can" no French modal)
    lists.update({key: list(own.get(key) or [])
                  for key in ("future_patterns", "past_patterns", "speech_future_patterns", "modals_before_participle",
                              "short_triggers", "schedule_present_before")})
    raw = {key: list(_merged(lang, key)) + list(_merged(other, key)) for key in tables}
    lex = Lexicon(lang, {**abbrevs, **months}, {**wd_abbrevs, **weekdays}, numbers, tables, lists,
                  raw=raw, day_first=lang != "en")
    lex.patterns.update(_compile_patterns(lex, own, alien))
    return lex


def _counts(words: dict) -> dict[str, int]:
    """Number words above 31 that only count ("forty minutes", "fifty-five years ago"): each of ``count_tens``
    alone and joined to a unit of ``spelled_tens`` (1-9)."""
    tens = {str(k): int(v) for k, v in (words.get("spelled_tens") or {}).items()}
    units = {k: v for k, v in tens.items() if 1 <= v <= 9}
    found: dict[str, int] = {}
    for ten in words.get("count_tens") or []:
        found[str(ten)] = tens[str(ten)]
        for unit, n in units.items():
            for join in ("-", " "):
                found[f"{ten}{join}{unit}"] = tens[str(ten)] + n
    return {w: n for w, n in found.items() if n > 31}


def _accent_variants(words: Sequence[str]) -> list[str]:
    return sorted({w for word in map(str, words) for w in (word, fold(word), word.replace("'", "’"))})


@dataclass(frozen=True)
class _Pieces:
    """The sub-patterns the compiled rows share (a month next to a number, a day, a year...)."""

    full_all: list[str]
    abbr: list[str]
    m_num: str
    m_alone: str
    m_cued: str
    wd_any: str
    day: str
    year: str
    starts: str
    link: str


def _pieces(lex: Lexicon, own: dict, alien: dict) -> _Pieces:
    full_own = list(own.get("months", {}))
    full_all = full_own + list(alien.get("months", {}))
    abbr = list(own.get("month_abbrevs", {})) + list(alien.get("month_abbrevs", {}))
    ambiguous = set(lex.lists["ambiguous_months"])
    end = _END
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
    # a day number is no start of a grouped or decimal number ("Thursday, 5,745,188 shares")
    # ("1 er octobre": a tokeniser's space before the "er" of the first, as WiNER's texts have it)
    day = (rf"(?:(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:{suffix}|[^\S\n]er(?=[^\S\n]))?(?!\d|[.,]\d)(?!{_WORD})"
           rf"|(?:{_alt(day_words)}){end}(?![-‑]{_WORD}))")  # "vingt-sept": no day "vingt" of a month "sept"
    starts = _alt(lex.lists["range_starts"])
    link = rf"(?:\s*[-–—]\s*|\s+(?P<link>{_alt(lex.lists['range_links'])})\s+)(?:(?:le|the)\s+)?"
    return _Pieces(full_all, abbr, m_num, m_alone, m_cued, wd_any, day, _YEAR, starts, link)


_END = rf"(?!{_WORD})"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?!\d)"
_FLAGS = re.IGNORECASE | re.UNICODE


def _fill(p: _Pieces, template: str) -> str:
    """A calendar row with its placeholders ({D1}, {M2}, {LINK}...) replaced by the shared pieces."""
    out = template
    for i in ("1", "2"):
        out = out.replace(f"{{D{i}}}", rf"(?P<d{i}>{p.day})")
        out = out.replace(f"{{M{i}}}", rf"(?P<m{i}>{p.m_num})")
        out = out.replace(f"{{MA{i}}}", rf"(?P<m{i}>{p.m_alone})")
        out = out.replace(f"{{Y{i}}}", rf"(?P<y{i}>{p.year})")
        out = out.replace(f"{{WD{i}}}", rf"(?:(?P<wd{i}>{p.wd_any})(?:\s*,?\s+|\s*\(\s*)(?:(?:le|the)\s+)?)?")
    out = (out.replace("{LINK}", p.link).replace("{START}", rf"(?:(?P<start>{p.starts})\s+(?:(?:le|the)\s+)?)?")
           .replace("{OF}", r"(?:(?:of|de|d['’]|in(?=\s+\d))\s*)?"))
    return out.replace(r"\s", _SPACE)  # a date never runs across a line break


def _compile_patterns(lex: Lexicon, own: dict, alien: dict) -> dict[str, re.Pattern[str]]:
    p = _pieces(lex, own, alien)
    return {**_calendar_patterns(p), **_relative_patterns(p), **_word_patterns(lex, own, alien, p),
            **_numeric_patterns(p)}


def _calendar_patterns(p: _Pieces) -> dict[str, re.Pattern[str]]:
    """The rows of the calendar step (``steps_calendar._CALENDAR_ROWS``)."""
    table = {
        # ranges across two months: du 30 novembre au 2 décembre 2025, Oct. 31–Nov. 1
        "range_cross_month": r"{START}{WD1}{D1}\s+{OF}{M1}(?:\s*,?\s*{OF}{Y1})?{LINK}{WD2}{D2}\s+{OF}{M2}"
                             r"(?:\s*,?\s*{OF}{Y2})?",
        "range_cross_month_us": r"{START}{WD1}{M1}\s*(?:the\s+)?{D1}(?:\s*,?\s*{Y1})?{LINK}{WD2}{M2}\s*(?:the\s+)?{D2}"
                                r"(?:\s*,?\s*{OF}{Y2})?",
        # lists of days read as a range: les 3, 4 et 5 juin, on 3, 4 and 5 June
        "day_list": r"(?P<start>les|on|the)\s+{D1}(?:\s*,\s*(?:[12]\d|3[01]|0?[1-9])(?:er|e|st|nd|rd|th)?)+\s*,?\s+"
                    r"(?P<link>et|and)\s+{D2}\s+{OF}{M2}(?:\s*,?\s*{OF}{Y2})?",
        # ... and month first: on March 3, 17 and 25 (each day: steps_calendar._add_each_day)
        "day_list_us": r"{WD1}{M1}\s+{D1}(?:\s*,\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)+\s*,?\s+"
                       r"(?P<link>and)\s+{D2}(?:\s*,?\s*{Y2})?",
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
    return {name: re.compile(r"\b(?=\w)" + _fill(p, t), _FLAGS) for name, t in table.items()}


def _relative_patterns(p: _Pieces) -> dict[str, re.Pattern[str]]:
    """jeudi 15; du 4 au 22 de ce mois; a month name next to a number (where calendar rows are tried)."""
    patterns = {}
    wd_any, day, m_num, flags = p.wd_any, p.day, p.m_num, _FLAGS
    patterns["weekday_day"] = re.compile(
        rf"\b(?=\w)(?P<wd1>{wd_any})\s*,?\s+(?:(?:le|the)\s+)?{day.replace('(?:', '(?P<d1>', 1)}"
        rf"(?!\s*(?:[-/.]\s*\d|,?\s*(?:de\s+|of\s+)?{m_num}))", flags)
    rel_mod = r"(?:prochain|dernier|suivant|passé|precedent|précédent)"
    # the month needs a determiner or a modifier: "deux mois" alone is a count, not "the 2nd of this month"
    rel_month = (rf"(?P<rm>(?:(?:de\s+|in\s+|of\s+)?(?:ce|cet|cette|le|this|the)\s+mois(?:-ci)?(?:\s+{rel_mod})?"
                 rf"|du\s+mois(?:-ci)?(?:\s+{rel_mod})?|(?:de\s+)?mois\s+{rel_mod}"
                 rf"|(?:in\s+|of\s+)?(?:this|next|last|the\s+next|the\s+last)\s+month))(?!{_WORD})")
    patterns["relative_month_days"] = re.compile(
        r"\b(?=\w)" + _fill(p, r"{START}{D1}(?:{LINK}{D2})?\s+") + rel_month, flags)
    patterns["month_token"] = re.compile(rf"(?<!{_WORD}){p.m_num}", _FLAGS)
    return patterns


def _word_patterns(lex: Lexicon, own: dict, alien: dict, p: _Pieces) -> dict[str, re.Pattern[str]]:
    """The trigger words (where steps look), months alone and parts of a month or year."""
    patterns = {}
    full_all, abbr, m_num, year, flags, end = p.full_all, p.abbr, p.m_num, p.year, _FLAGS, _END
    m_alone, m_cued = p.m_alone, p.m_cued
    # one word per entry, its longest ("dans la journée" -> "journée"): a trigger must be rare in prose
    tables = ("relative_days", "anchors", "units", "parts", "holidays", "quarters", "period_before", "period_after",
              "offset_after", "seasons")
    vocab = [max(words, key=len) for key in tables for entry in lex.raw[key]
             if (words := [w for w in re.split(r"[\s'’-]+", entry) if len(w) >= 3 and fold(w) not in _COMMON_WORDS])]
    vocab += lex.lists["short_triggers"]  # this language's short unit words ("il y a un an"; English "an" is no unit)
    vocab += [*full_all, *abbr, *list(own.get("weekdays", {})), *list(alien.get("weekdays", {})),
              *list(own.get("weekday_abbrevs", {}))]
    patterns["trigger"] = re.compile(rf"\b(?=\w)(?:{_alt(_accent_variants(vocab))})(?!{_WORD})", flags)
    cue_before_month = _alt(["en", "in", "of", "since", "until", "by", "during", "depuis", "dès", "jusqu'en",
                             "avant", "après", "before", "after", "from", "mois de", "mois d'", "month of"])
    this_next = _alt(lex.raw["period_before"] + ["ce", "cet", "cette", "this", "next", "last", "prochain"])
    after_month = _alt(["prochain", "dernier", "passé", "suivant", "next", "last"])
    # after "last"/"next"/"ce", an ambiguous month written capitalised is the month ("last May"; not "this may")
    ambiguous = [m for m in own.get("months", {}) if m in set(lex.lists["ambiguous_months"])]
    m_modded = (rf"(?:{m_alone}|(?-i:{'|'.join(re.escape(m.capitalize()) for m in ambiguous)}){_END})"
                if ambiguous else m_alone)
    units = r"(?:year|week|month|an|année|annee|mois|semaine)"
    # "over the past year", "in the next month" (not "in the last year of his term"): a duration, claimed
    stretch_keys = ("stretch_before", "stretch_mods", "stretch_units")
    stretch = [_alt(_accent_variants(list(own.get(key) or []))) for key in stretch_keys]
    # it starts at the modifier ("past", "next": words other patterns start at too), the preposition looked behind
    # (a start word "in" or "over" would have the window gate read every "in..." word)
    behind = "|".join(rf"(?<=\b{re.escape(w)}{_SPACE}the{_SPACE})" for w in own.get("stretch_before") or [])
    patterns["stretch"] = re.compile(
        rf"\b(?=\w)(?:{behind})(?:{stretch[1]}){_SPACE}+(?:{stretch[2]})(?!{_WORD}|-|['’]s)(?!{_SPACE}+of{end})"
        if all(own.get(key) for key in stretch_keys) else r"(?!)", flags)  # (``_alt`` of no word is "(?!)")
    # an ambiguous month right after a range link ("between January and March"): read when a month opens the range
    # (checked by ``steps_calendar.step_months``); the link looked behind, so that "to", "and" are no start words
    linked = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in lex.lists["range_links"] if " " not in w)
    m_linked = rf"|(?:{linked})(?P<m4>{_alt(ambiguous)}){_END}" if ambiguous and linked else ""
    patterns["month_alone"] = re.compile(
        rf"\b(?=\w)(?:(?P<mod>{this_next})\s+(?:(?:mois\s+(?:de\s+|d['’]))|month\s+of\s+)?(?P<m1>{m_modded})"
        rf"|(?P<cue>{cue_before_month})\s*(?P<m2>{m_cued})"
        rf"|(?P<m3>{m_alone}){m_linked})(?:\s+(?P<after>{after_month}){end}(?!\s+{units}{end}))?",
        flags,
    )
    parts = _alt(lex.raw["parts"])
    # (no "journée": "en fin de journée", "à la mi-journée" are parts of the day, ``day_parts``, read on their day)
    # "the end of last year", "à la fin de l'année dernière": a period moved from the reference date's
    story = {fold(w) for w in lex.lists["period_from_story"]}
    moved_before = _alt(_accent_variants([w for w in lex.raw["period_before"] if fold(w) not in story]))
    moved_after = _alt(_accent_variants([w for w in lex.raw["period_after"]
                                         if fold(w) not in story and w != "-ci"]))
    patterns["parts"] = re.compile(
        rf"\b(?=\w)(?<!{_WORD})(?P<part>{parts})(?:\s*|\s*-\s*)(?:(?:du\s+mois\s+)?(?:de\s+l['’]année\s+|de\s+|d['’]|of\s+)?"
        rf"(?:the\s+)?)?(?:(?P<m1>{m_num})(?:\s*,?\s*(?P<y1>{year}))?|(?P<y2>{year})(?![’']?s(?!{_WORD}))"
        rf"|(?P<this>(?:du\s+|de\s+|of\s+|in\s+)?(?:l['’]|la\s+|le\s+|the\s+|this\s+)?"
        rf"(?:(?P<moved>{moved_before})\s+)?(?P<unit>mois|année|annee|an|month|year|semaine|week|day)"
        rf"(?!{_WORD})(?:\s+(?P<moved_after>{moved_after})(?!{_WORD}))?))",
        flags,
    )
    return patterns


def _numeric_patterns(p: _Pieces) -> dict[str, re.Pattern[str]]:
    """Dates in figures: 2025-03-22, 22/03/2025, 28/2-1/3, le 2/3, 2016-11."""
    patterns, flags, wd_any = {}, _FLAGS, p.wd_any
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
