"""Event classes seen in two sources or more, as mechanisms, both languages (issue 13, room evx15, round fifteen).

- a date that a noun's participle introduces dates that noun, not the main verb beside it: a schedule ("planned for
  Saturday", "prévue pour mardi") is taken by no other predicate, a deed's day ("adoptés lundi") by no future;
  a trigger noun before another noun is its modifier, no planned thing ("the primary school fair planned for");
- a publishing participle of a noun dates its news when nothing else took the date: "les révélations de l'hebdomadaire
  parues ce mardi" (no trigger: the publication).

Every sentence was written for these tests (none is taken from an article). The reference date is Thursday 14 March
2024: "lundi" / "Monday" is 11 March, "mardi" / "Tuesday" 12 March; "samedi" / "Saturday" ahead is 16 March.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from tests.events_support import one_story
from timeline.extraction.events.participles import held_dates
from timeline.extraction.pipeline import extract_article
from timeline.settings import Options

REF = dt.date(2024, 3, 14)  # a Thursday
NO_NER = Options(use_ner=False, reference_date=REF)
MON, TUE, SAT = "2024-03-11", "2024-03-12", "2024-03-16"


def mentions(lang: str, text: str) -> list[tuple[str, str, str]]:
    """The event mentions of ``text`` as (ISO date, type, trigger)."""
    return [(m.date.isoformat(), m.event_type, m.trigger) for m in extract_article(one_story(text, lang, REF), NO_NER)]


def _held(lang: str, text: str, date_text: str) -> bool:
    start = text.index(date_text)
    return start in held_dates(lang, text, [SimpleNamespace(start=start)])  # type: ignore[list-item]


# --- a date a noun's participle introduces -------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The harbour clean-up planned for Saturday has been postponed because of the storm."),
    ("fr", "Le nettoyage du port prévu pour samedi a été reporté à cause de la tempête."),
])
def test_a_schedule_is_not_the_date_of_the_verb_beside_it(lang: str, text: str) -> None:
    """The verb of the main clause (a deferral) and a noun after it are not dated by the schedule its subject's
    participle gives (the clean-up, no trigger, makes no row)."""
    assert not [m for m in mentions(lang, text) if m[0] == SAT], mentions(lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The statutes revised on Monday will give the members two more seats on the board."),
    ("fr", "Les statuts adoptés lundi intégreront deux nouveaux membres au bureau."),
])
def test_a_deed_s_day_does_not_date_a_future_verb(lang: str, text: str) -> None:
    """"adoptés lundi": Monday is the adoption's day, not that of what the statutes will do."""
    found = mentions(lang, text)
    assert not [m for m in found if m[2].lower().startswith(("will", "int"))], found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The councillors gathered on Monday approved the merger of the two villages."),
    ("fr", "Les élus réunis lundi ont approuvé la fusion des deux communes."),
])
def test_a_past_verb_keeps_the_day_of_its_subject_s_participle(lang: str, text: str) -> None:
    """A past main verb is the same sitting: the day stays its row."""
    assert [m for m in mentions(lang, text) if m[0] == MON], mentions(lang, text)


def test_a_noun_before_another_noun_takes_no_schedule() -> None:
    """"primary" (a vote word) modifies "school": the gala is what is planned, no primary. (Round eighteen: the
    sentence no longer postpones the gala, since a postponed schedule makes no row, events/called_off.py.)"""
    text = "The Ashby primary school swimming gala planned for Saturday will raise money for the new pool."
    assert {(m[0], m[1]) for m in mentions("en", text)} == {(SAT, "ceremony")}, mentions("en", text)


def test_a_trigger_noun_with_its_complement_keeps_its_schedule() -> None:
    """"la réunion à Lyon prévue pour samedi": the meeting, its place between, is planned for Saturday."""
    text = "La réunion à Lyon prévue pour samedi rassemblera les maires du département."
    assert (SAT, "meeting") in {(m[0], m[1]) for m in mentions("fr", text)}, mentions("fr", text)


@pytest.mark.parametrize(("lang", "text", "date_text", "held"), [
    ("en", "the relay race planned for Saturday", "Saturday", True),
    ("fr", "les statuts adoptés lundi", "lundi", True),
    ("en", "the plane left after its scheduled 9:45 departure", "9:45", False),  # a determiner: an adjective
    ("fr", "une manifestation était d'ailleurs prévue cet après-midi", "cet après-midi", False),  # a verb
    ("fr", "il manifestera aussi le mercredi 1er mai", "le mercredi", False),  # "aussi" only ends like one
])
def test_which_dates_a_participle_holds(lang: str, text: str, date_text: str, held: bool) -> None:
    assert _held(lang, text, date_text) is held


# --- a publishing participle: the noun's news -----------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le maire est à nouveau critiqué après les révélations de l'hebdomadaire local parues ce mardi 12 mars "
           "sur le budget de la ville."),
    ("en", "The mayor faces new questions after the revelations of the local weekly published on Tuesday about the "
           "city budget."),
])
def test_a_publishing_participle_without_a_trigger_is_the_publication(lang: str, text: str) -> None:
    assert TUE in {m[0] for m in mentions(lang, text)}, mentions(lang, text)


def test_a_saying_set_off_by_commas_without_a_publishing_participle_stays_out() -> None:
    """"the spokesman said on Tuesday": a saying, no row (control)."""
    text = "The recall covers boxes sold in the north, the spokesman said on Tuesday, as shops emptied their shelves."
    assert TUE not in {m[0] for m in mentions("en", text)}, mentions("en", text)
