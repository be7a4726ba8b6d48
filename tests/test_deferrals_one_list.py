"""One list of deferrals for the date engine and the events (issue 12, round ten), with sentences of our own.

``deferred_before`` in lang/<lang>/words.yaml is the only list of deferral words ("postponed until", "reporté"), with
``deferral_prepositions`` for a language that writes the preposition apart (French "au", "à"). The date engine reads it
(a term ahead: dates/schedule.py) and so do the events (the happening's new date, no bound: events/date_roles.py
``deferred``); an entry written ``{word: events}`` is the events' only. triggers.yaml holds no second list.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import find_dates
from timeline.extraction.dates.schedule import schedule_ahead
from timeline.extraction.events.date_roles import deferred
from timeline.lang import deferrals, fold, load

FRIDAY = dt.date(2025, 12, 19)
LAST_MONDAY, NEXT_MONDAY = dt.date(2025, 12, 15), dt.date(2025, 12, 22)
LAST_TUESDAY, NEXT_TUESDAY = dt.date(2025, 12, 16), dt.date(2025, 12, 23)
SUBJECT = {"en": "The vote on the budget was", "fr": "Le vote du budget a été"}


def _rows(layer: str) -> list[tuple[str, str, str]]:
    """(lang, word, preposition) for every deferral word a layer reads, with each preposition its language needs."""
    rows = []
    for lang in ("en", "fr"):
        words, prepositions = deferrals(lang, layer)
        rows += [(lang, word, prep) for word in words for prep in (prepositions or [""])]
    return rows


def test_the_triggers_hold_no_second_list() -> None:
    for lang in ("en", "fr"):
        assert "deferral_cues" not in load(f"{lang}/triggers")
        assert deferrals(lang, "dates")[0] and deferrals(lang, "events")[0]


@pytest.mark.parametrize(("lang", "word", "prep"), _rows("dates"))
def test_the_date_engine_reads_every_word_of_the_list(lang: str, word: str, prep: str) -> None:
    text = f"{SUBJECT[lang]} {word} {prep} ".replace("  ", " ")
    assert schedule_ahead(lang, text, len(text))


@pytest.mark.parametrize(("lang", "word", "prep"), _rows("events"))
def test_the_events_read_every_word_of_the_list(lang: str, word: str, prep: str) -> None:
    text = fold(f"{SUBJECT[lang]} {word} {prep} ".replace("  ", " "))
    assert deferred(lang, text)


def test_a_french_deferral_needs_its_preposition_in_both_layers() -> None:
    text = f"{SUBJECT['fr']} reporté "
    assert not schedule_ahead("fr", text, len(text))
    assert not deferred("fr", fold(text))


def test_an_extension_is_a_term_but_no_deferral() -> None:
    """"extended until" (``future_bound_before``) puts the date ahead, and stays a bound for the events."""
    text = "The deadline for bids was extended until "
    assert schedule_ahead("en", text, len(text))
    assert not deferred("en", fold(text))


def test_an_events_only_entry_stays_out_of_the_date_engine() -> None:
    """``{avancé: events}``: the date engine reads "avancé lundi" as a done deed (schedule.apposed_past), not a term."""
    assert "avancé" in deferrals("fr", "events")[0]
    assert "avancé" not in deferrals("fr", "dates")[0]
    found = [(m.text, m.value) for m in find_dates("Le projet, avancé lundi par le ministre, sera examiné mardi.",
                                                    FRIDAY, "fr")]
    assert ("lundi", LAST_MONDAY) in found and ("mardi", NEXT_TUESDAY) in found, found


WEEKDAYS = [  # new for the date engine (the events read these words before): a deferral's weekday is the coming one
    ("en", "The hearing was put off to Tuesday.", "Tuesday", NEXT_TUESDAY),
    ("en", "The summit was brought forward to Monday.", "Monday", NEXT_MONDAY),
    ("en", "The final vote was moved up to Monday.", "Monday", NEXT_MONDAY),
    ("en", "The launch was pushed back until Tuesday.", "Tuesday", NEXT_TUESDAY),
    # kept: the words both layers read before, and a deferral's own day
    ("en", "The council meeting was postponed to Monday.", "Monday", NEXT_MONDAY),
    ("en", "The council meeting was postponed on Tuesday.", "Tuesday", LAST_TUESDAY),
    ("fr", "Les deux matchs ont été décalés à lundi.", "lundi", NEXT_MONDAY),
    ("fr", "La séance a été ajournée mardi.", "mardi", LAST_TUESDAY),
]


@pytest.mark.parametrize(("lang", "text", "words", "value"), WEEKDAYS,
                         ids=[f"{r[0]}-{i}" for i, r in enumerate(WEEKDAYS)])
def test_the_week_of_a_deferred_weekday(lang: str, text: str, words: str, value: dt.date) -> None:
    found = [(m.text, m.value) for m in find_dates(text, FRIDAY, lang)]
    assert (words, value) in found, found


def test_the_events_read_the_french_forms_the_date_engine_reads() -> None:
    """New for the events: the plural and feminine forms and "à" after every participle ("reportés à", "décalée à")."""
    assert deferred("fr", fold("Les deux matchs ont été reportés à "))
    assert deferred("fr", fold("La finale a été décalée à la "))
