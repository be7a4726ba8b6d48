"""The dashboard's words in English and French, read from timeline/dashboard/ui.yaml.

Pure lookups: ``t("reset", "fr")`` -> "Réinitialiser les filtres". An unknown language falls
back to English; an unknown key raises KeyError (a typo must fail the tests, not show a blank).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from importlib import resources
from typing import Any

from timeline.lang import read_yaml

DEFAULT_LANG = "en"


@functools.cache
def _ui() -> dict[str, Any]:
    return read_yaml(resources.files("timeline.dashboard") / "ui.yaml")


def languages() -> dict[str, str]:
    """Language code -> its name in that language, in display order."""
    return dict(_ui()["languages"])


def lang_or_default(lang: str | None) -> str:
    """A supported language code (English when the code is unknown)."""
    return lang if lang in languages() else DEFAULT_LANG


def _pick(entry: dict[str, str], lang: str) -> str:
    return entry.get(lang_or_default(lang)) or entry[DEFAULT_LANG]


#: French typography: a narrow no-break space before : ; ! ? and inside « » (applied to our templates only,
#: never to the fields filled in, so a URL or an article's words are shown as they are).
_FR_BEFORE = re.compile(r"[ \u00a0\u202f]?([:;!?])(?=[\s)]|$)")
_FR_OPEN = re.compile(r"«[ \u00a0\u202f]?")
_FR_CLOSE = re.compile(r"[ \u00a0\u202f]?»")
NNBSP = "\u202f"


def typography(text: str, lang: str) -> str:
    """A template's punctuation set by the rules of ``lang`` ("Date:" -> "Date\u202f:" in French)."""
    if lang_or_default(lang) != "fr":
        return text
    text = _FR_BEFORE.sub(NNBSP + r"\1", text)
    return _FR_CLOSE.sub(NNBSP + "»", _FR_OPEN.sub("«" + NNBSP, text))


def t(key: str, lang: str, **fields: Any) -> str:
    """The UI string ``key`` in ``lang``, with {fields} filled in (French punctuation applied to the template)."""
    text = typography(_pick(_ui()["strings"][key], lang), lang)
    return text.format(**fields) if fields else text


def label(key: str, lang: str, value: Any) -> str:
    """'Date: 22 March 2025' / 'Date\u202f: 22 mars 2025': a UI label and a value."""
    return f"{t(key, lang)}{typography(':', lang) if lang_or_default(lang) == 'fr' else ':'} {value}"


def number(value: float | int, lang: str, digits: int | None = None) -> str:
    """A number by the rules of ``lang``: 12,345.5 / 12\u202f345,5; ``digits`` fixes the decimals (0.95 -> 0,95)."""
    if digits is None:
        whole = float(value).is_integer()
        text = f"{value:,.{0 if whole else 2}f}"
        text = text if whole else text.rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{digits}f}"
    if lang_or_default(lang) == "fr":
        return text.replace(",", NNBSP).replace(".", ",")
    return text


def explain(how: str, lang: str) -> str:
    """How a date was resolved (the extraction's words, in English) in ``lang``, phrase by phrase
    (the phrases are data: ``explanations`` in ui.yaml)."""
    table = _explanations().get(lang_or_default(lang))
    if not table:
        return how
    for pattern, words in table:
        how = pattern.sub(words, how)
    return typography(how, lang)


@functools.cache
def _explanations() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    out: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for lang, rows in (_ui().get("explanations") or {}).items():
        out[lang] = [(re.compile(pattern), words) for pattern, words in rows]
    return out


def plotly_locale(lang: str) -> dict[str, Any]:
    """Plotly config entries for ``lang``: ``{"locale": "fr", "locales": {"fr": {...}}}`` (empty for English).

    Plotly only knows English unless a locale is given with the figure: its toolbar words (``dictionary``)
    and its month and day names and number separators (``format``) are ours, in ui.yaml."""
    entry = (_ui().get("plotly") or {}).get(lang_or_default(lang))
    if not entry:
        return {}
    return {"locale": lang, "locales": {lang: entry}}


def type_label(event_type: str, lang: str) -> str:
    """An event type in words ('meeting' -> 'Réunion'); unknown types are shown as given."""
    entry = _ui()["types"].get(event_type)
    return _pick(entry, lang) if entry else event_type


def status_label(status: str, lang: str) -> str:
    entry = _ui()["statuses"].get(status)
    return _pick(entry, lang) if entry else status


def precision_label(precision: str, lang: str) -> str:
    entry = _ui()["precisions"].get(precision)
    return _pick(entry, lang) if entry else precision


def time_label(time: str, lang: str) -> str:
    """An event's time of day in words: '21:45' -> '21:45' / '21 h 45'; 'evening' -> 'evening' / 'soir'."""
    if re.fullmatch(r"\d\d:\d\d", time):
        hour, minute = time.split(":")
        return typography(_pick(_ui()["clock"], lang).format(hour=hour, minute=minute), lang)
    entry = _ui()["times"].get(time)
    return _pick(entry, lang) if entry else time


def date_with_time(date_words: str, time: str | None, lang: str) -> str:
    """'Tuesday 16 December 2025 at 21:45', 'mardi 16 décembre 2025, soir'; the date alone without a time."""
    if not time:
        return date_words
    key = "detail_time" if ":" in time else "detail_time_part"
    return t(key, lang, date=date_words, time=time_label(time, lang))


def open_date(date_words: str, open_end: str | None, precision: str, lang: str) -> str:
    """A date left open on one side in words: 'since 2010', 'depuis le 3 mars 2025', 'until 20 December 2025';
    the date alone when it is closed (or the open end unknown)."""
    entry = _ui()["open_ends"].get(open_end) if open_end else None
    if not entry or not date_words:
        return date_words
    lang = lang_or_default(lang)
    template = entry.get(f"{lang}_day") if precision == "day" else None
    if lang != DEFAULT_LANG and precision != "day":
        date_words = date_words[:1].lower() + date_words[1:]  # "Juin 2025" opens a line, not "avant juin 2025"
    return (template or _pick(entry, lang)).format(date=date_words)


def month_name(month: int, lang: str) -> str:
    """1 -> 'January' / 'janvier'."""
    names = _ui()["months"]
    return (names.get(lang_or_default(lang)) or names[DEFAULT_LANG])[month - 1]


def format_day(value: dt.date, lang: str) -> str:
    """22 March 2025 / 22 mars 2025 (1er for the first of the month in French)."""
    day = "1er" if lang_or_default(lang) == "fr" and value.day == 1 else str(value.day)
    return f"{day} {month_name(value.month, lang)} {value.year}"


def format_date(value: dt.date, precision: str, lang: str, end: dt.date | None = None) -> str:
    """A date in words at its precision, with its range end when there is one.

    >>> format_date(dt.date(2025, 12, 17), "day", "fr", dt.date(2025, 12, 20))
    '17 – 20 décembre 2025'
    """
    if precision == "year":
        text = str(value.year)
        return f"{text} – {end.year}" if end is not None and end.year != value.year else text
    if precision == "month":
        text = f"{month_name(value.month, lang)} {value.year}"
        if end is not None and (end.year, end.month) != (value.year, value.month):
            text = f"{text} – {month_name(end.month, lang)} {end.year}"
        return text[0].upper() + text[1:]
    if precision == "week":
        return _pick(_ui()["weeks"], lang).format(date=format_day(value, lang))
    if end is None or end == value:
        return format_day(value, lang)
    if (end.year, end.month) == (value.year, value.month):
        first = "1er" if lang_or_default(lang) == "fr" and value.day == 1 else str(value.day)
        return f"{first} – {format_day(end, lang)}"
    if end.year == value.year:
        first = format_day(value, lang).rsplit(" ", 1)[0]
        return f"{first} – {format_day(end, lang)}"
    return f"{format_day(value, lang)} – {format_day(end, lang)}"
