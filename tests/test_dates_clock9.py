"""A day and its clock time in TimeML spans (issue 12, round nine): French TimeBank and WiNER write "le samedi 5 juin à
17 h" as two expressions, the day then the time (``clock_after_at_apart`` in ``lang/fr/words.yaml``), but "hier à 10
h" as one (``clock_after_at_joined``); English sets no such rule ("Tuesday at 3 p.m." stays one: no case in our dev
gold). The events still read the day at its time (``times.day_clocks_joined``); the peer suites' convention (one
datetime) is ``Options(clock_apart=False)``.

Every sentence was written for these tests (regional daily, wire copy); none is taken from an article. News
conventions (``bare_weekday='past'``), reference date Thursday 6 June 2024. Each row: (text, every mention as (text,
value, time)).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.pipeline import extract_article
from timeline.models import Article
from timeline.settings import Options

THU = dt.date(2024, 6, 6)
NO_NER = Options(use_ner=False)


def read(text: str, lang: str, apart: bool = True) -> list[tuple[str, str, str | None]]:
    found = find_dates(text, THU, lang, Options(reference_date=THU, bare_weekday="past", clock_apart=apart))
    return [(m.text, m.value.isoformat(), m.time) for m in found]


def _ids(rows: list) -> list[str]:
    return [row[0][:45] for row in rows]


# ---- French: the day, then its clock (its value and its time) ---------------------------------------------------

FR_APART = [
    ("Le vide-greniers aura lieu le dimanche 9 juin à 8 h sur la place de l'église.",
     [("dimanche 9 juin", "2024-06-09", None), ("8 h", "2024-06-09", "08:00")]),
    ("Les pompiers sont intervenus mardi à 14 h 30 dans une ferme de Vittel.",
     [("mardi", "2024-06-04", None), ("14 h 30", "2024-06-04", "14:30")]),
    ("Le conseil communautaire se réunira le 13 juin à 20 h 30 à la salle des fêtes.",
     [("13 juin", "2024-06-13", None), ("20 h 30", "2024-06-13", "20:30")]),
    ("L'agression a eu lieu le 2 juin. Le suspect a été interpellé le lendemain à 7 heures à son domicile.",
     [("2 juin", "2024-06-02", None), ("le lendemain", "2024-06-03", None), ("7 heures", "2024-06-03", "07:00")]),
    ("Ce matin à 6 h, un camion s'est renversé sur l'A31.",
     [("Ce matin", "2024-06-06", "morning"), ("6 h", "2024-06-06", "06:00")]),
    # midnight closes its day: the clock is the next day's 00:00, the day stays Saturday, and no range is made
    ("Le bal s'est terminé samedi à minuit sans incident.",
     [("samedi", "2024-06-01", None), ("minuit", "2024-06-02", "00:00")]),
    ("La préfecture a publié le 4 juin 2024 à 18h05 un arrêté d'interdiction.",
     [("4 juin 2024", "2024-06-04", None), ("18h05", "2024-06-04", "18:05")]),
    # controls: after hier, aujourd'hui, demain the clock stays with its day (French TimeBank's "Hier à 10 h")
    ("Hier à 10 h, une centaine de salariés se sont rassemblés devant l'usine.",
     [("Hier à 10 h", "2024-06-05", "10:00")]),
    ("Aujourd'hui à 15 h, le maire inaugurera la médiathèque.",
     [("Aujourd'hui à 15 h", "2024-06-06", "15:00")]),
    ("Rendez-vous demain à 9 h devant la gare.", [("demain à 9 h", "2024-06-07", "09:00")]),
    # controls: a clock right before its day, or right after it with no word between, stays one (as TimeML writes
    # "4 h mardi"); a clock after "vers" was apart already
    ("Les faits se sont produits vers 4 h mardi près du stade.", [("4 h mardi", "2024-06-04", "04:00")]),
    ("Le cortège est parti mardi vers 15 h du parvis de la mairie.",
     [("mardi", "2024-06-04", None), ("15 h", "2024-06-04", "15:00")]),
]


@pytest.mark.parametrize(("text", "expected"), FR_APART, ids=_ids(FR_APART))
def test_french_day_and_clock_apart(text: str, expected: list) -> None:
    assert read(text, "fr") == expected


# ---- English: no rule (no case in the dev gold), the day and its clock stay one ---------------------------------

EN_JOINED = [
    ("The board met on Tuesday at 3 p.m. to approve the merger.", [("Tuesday at 3 p.m.", "2024-06-04", "15:00")]),
    ("Police arrested two men at 10 a.m. Friday outside the bank.", [("10 a.m. Friday", "2024-05-31", "10:00")]),
    ("The plant reopened on June 3 at 6 a.m., the company said.", [("June 3 at 6 a.m.", "2024-06-03", "06:00")]),
]


@pytest.mark.parametrize(("text", "expected"), EN_JOINED, ids=_ids(EN_JOINED))
def test_english_day_and_clock_stay_one(text: str, expected: list) -> None:
    assert read(text, "en") == expected


# ---- the assistant-style convention: Options(clock_apart=False) keeps one datetime --------------------------------

ONE_DATETIME = [
    ("Le vide-greniers aura lieu le dimanche 9 juin à 8 h sur la place de l'église.",
     [("dimanche 9 juin à 8 h", "2024-06-09", "08:00")]),
    ("Le bal s'est terminé samedi à minuit sans incident.", [("samedi à minuit", "2024-06-02", "00:00")]),
    # a comma parts them in both conventions, as before this round
    ("Réunion publique le jeudi 13 juin, à 20 h, en mairie.",
     [("jeudi 13 juin", "2024-06-13", None), ("20 h", "2024-06-13", "20:00")]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_DATETIME, ids=_ids(ONE_DATETIME))
def test_suite_convention_one_datetime(text: str, expected: list) -> None:
    assert read(text, "fr", apart=False) == expected


# ---- events: the happening dated by the day keeps its time of day ----------------------------------------------

EVENTS = [
    ("fr", "Le maire a inauguré la nouvelle piscine le samedi 1er juin à 17 h devant 300 habitants.",
     ("2024-06-01", "17:00", "samedi 1er juin à 17 h")),
    ("fr", "Un incendie a ravagé un hangar agricole mardi à 23 h à Lunéville.",
     ("2024-06-04", "23:00", "mardi à 23 h")),
    ("fr", "Le conseil municipal se réunira le jeudi 13 juin à 20 h 30 en mairie.",
     ("2024-06-13", "20:30", "jeudi 13 juin à 20 h 30")),
    ("en", "The company announced the merger on Tuesday at 3 p.m. in New York.",
     ("2024-06-04", "15:00", "Tuesday at 3 p.m.")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EVENTS, ids=[row[1][:45] for row in EVENTS])
def test_event_keeps_the_clock_of_its_day(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    article = Article(id="clock9", text=text, lang=lang, reference_date=THU, title="", source="test")
    found = [(m.date.isoformat(), m.time, m.date_text) for m in extract_article(article, NO_NER)]
    assert found == [expected]
