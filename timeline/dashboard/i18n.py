"""The dashboard's words in English and French, read from timeline/dashboard/ui.yaml.

Pure lookups: ``t("reset", "fr")`` -> "Réinitialiser les filtres". An unknown language falls
back to English; an unknown key raises KeyError (a typo must fail the tests, not show a blank).
"""

from __future__ import annotations

import datetime as dt
import functools
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


def t(key: str, lang: str, **fields: Any) -> str:
    """The UI string ``key`` in ``lang``, with {fields} filled in."""
    text = _pick(_ui()["strings"][key], lang)
    return text.format(**fields) if fields else text


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
