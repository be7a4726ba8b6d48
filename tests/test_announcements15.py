"""Announcements that are the news (issue 13, room pub15, round fifteen): a date that opens its sentence dates the
sentence's main verb, and when that verb announces or reveals, with its "that" clause, the announcement is a step the
story narrates (events/statements.py ``fronted_announcements``), as in a lead. A saying whose date follows its verb
("said on Tuesday that", "a déclaré mardi que") only attributes and stays out; so does a fronted date before a plain
verb of saying, and an announcing verb in a clause of its own.

Every sentence was written for these tests (none is taken from an article). The reference date is Thursday 14 March
2024: "mardi" / "Tuesday" is 12 March. Each article opens on a sentence of its own, so the sentence tested is no lead.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events_support import one_story
from timeline.extraction.pipeline import extract_article
from timeline.settings import Options

REF = dt.date(2024, 3, 14)  # a Thursday
NO_NER = Options(use_ner=False, reference_date=REF)
TUE = "2024-03-12"
OPENING = {"en": "The harbour museum has been closed since the winter floods. ",
           "fr": "Le musée du port est fermé depuis les inondations de l'hiver. "}


def mentions(lang: str, text: str) -> list[tuple[str, str, str]]:
    """The event mentions of ``text``, after an opening sentence, as (ISO date, type, trigger)."""
    story = one_story(OPENING[lang] + text, lang, REF)
    return [(m.date.isoformat(), m.event_type, m.trigger) for m in extract_article(story, NO_NER)]


@pytest.mark.parametrize(("lang", "text", "verb"), [
    ("en", "On Tuesday, the museum's board announced that the collection would move to the old customs house.",
     "announced"),
    ("en", "On Tuesday, to general surprise, the prosecutor revealed that the stolen painting was a copy.",
     "revealed"),
    ("fr", "Mardi, le conseil d'administration du musée a annoncé que la collection partira à l'ancienne douane.",
     "a annoncé"),
    ("fr", "Mardi, à la surprise générale, le parquet a révélé que le tableau volé était une copie.", "a révélé"),
])
def test_a_fronted_date_dates_the_announcement(lang: str, text: str, verb: str) -> None:
    """The date opens the sentence, the announcing verb is its main verb: one row on that day, typed 'other'."""
    found = mentions(lang, text)
    assert (TUE, "other", verb) in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The museum's board announced on Tuesday that the collection would move to the old customs house."),
    ("fr", "Le conseil d'administration du musée a annoncé mardi que la collection partira à l'ancienne douane."),
    ("en", "The curator said on Tuesday that the collection would move to the old customs house."),
    ("fr", "La conservatrice a déclaré mardi que la collection partira à l'ancienne douane."),
])
def test_a_saying_dated_after_its_verb_only_attributes(lang: str, text: str) -> None:
    """"announced on Tuesday that", "a déclaré mardi que", outside a lead: the reporting act, no row."""
    found = mentions(lang, text)
    assert not [m for m in found if m[0] == TUE], found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Tuesday, the curator said that the collection would move to the old customs house."),
    ("fr", "Mardi, la conservatrice a déclaré que la collection partira à l'ancienne douane."),
])
def test_a_fronted_date_before_a_plain_saying_stays_out(lang: str, text: str) -> None:
    """A verb that only says ("said", "a déclaré") is no announcement, even after a fronted date."""
    found = mentions(lang, text)
    assert not [m for m in found if m[0] == TUE], found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Thursday, the museum's board announced that the collection will move to the old customs house."),
    ("fr", "Jeudi, le conseil d'administration du musée a annoncé que la collection partira à l'ancienne douane."),
])
def test_the_reported_clause_gives_no_tense_to_the_announcement(lang: str, text: str) -> None:
    """On the article's own day, the status is read in the announcing verb's clause: the future of what it announces
    ("will move", "partira") does not make the announcement planned."""
    story = one_story(OPENING[lang] + text, lang, REF)
    found = [(m.date, m.trigger, m.status) for m in extract_article(story, NO_NER) if m.date == REF]
    assert found and all(status == "held" for _, _, status in found), found
