"""A date that dates a done deed named with no tense, round sixteen (issue 12 classes 4-5; helper wk16).

Counted in two dev sources (docs/BENCHMARKS.md, "A relative date's anchor, round sixteen"): a weekday after an
outcome word ("victorieuse de la troisième étape dimanche", written batch h) and a year-less day after a happening
nobody schedules ("pour le lynchage du gendarme, le 21 juin", French TimeBank) took the side of the nearest verb (a
present: the next Sunday, the June ahead); the done-deed word before the date in its phrase (``done_deed_words``,
``dates/done_deeds.py``) now leans them to the past, unless a cue nearer the date says otherwise.

Every sentence is written for these tests (none is taken from an article).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.dates.done_deeds import deed_distance
from timeline.settings import Options

REF = dt.date(2026, 6, 11)  # a Thursday
REF_MAY = dt.date(2025, 5, 20)  # a Tuesday, before June


def values(text: str, lang: str, ref: dt.date, news: bool) -> dict[str, str]:
    options = Options(reference_date=ref, bare_weekday="past") if news else Options()
    return {m.text: m.value.isoformat() for m in find_dates(text, ref, lang, options)}


CASES = [
    # an outcome word: the contest is over
    ("fr", REF, "La navigatrice devance de dix minutes Anne Morel, victorieuse de la deuxième manche dimanche à Vigo.",
     {"dimanche": "2026-06-07"}),
    ("fr", REF, "Le Suédois précède au classement le vainqueur de l'étape de mardi, Paul Roux.",
     {"mardi": "2026-06-09"}),
    ("en", REF, "She finishes ahead of Anne Morel, winner of the second leg on Sunday in Vigo.",
     {"Sunday": "2026-06-07"}),
    ("en", REF, "The squad includes three players victorious in the cup tie on Tuesday.", {"Tuesday": "2026-06-09"}),
    # a happening nobody schedules: the year-less day is behind the article's date
    ("fr", REF_MAY, "La cour juge trois hommes pour le meurtre du boulanger Paul Martin, le 14 juin à Brest.",
     {"14 juin": "2024-06-14"}),
    ("fr", REF_MAY, "Le tribunal examine depuis ce matin le braquage d'une bijouterie, le 2 juillet à Nantes.",
     {"2 juillet": "2024-07-02"}),
    ("en", REF_MAY, "The court is trying three men for the murder of a baker on June 14 in Leeds.",
     {"June 14": "2024-06-14"}),
    ("en", REF_MAY, "Investigators are studying the derailment of a freight train on July 2 near York.",
     {"July 2": "2024-07-02"}),
    # a nearer cue wins: a future verb, "prochain", a plan word
    ("fr", REF, "Le vainqueur sera connu dimanche.", {"dimanche": "2026-06-14"}),
    ("fr", REF, "Le vainqueur de la manche recevra son trophée dimanche prochain.",
     {"dimanche prochain": "2026-06-14"}),
    ("en", REF, "The winners will be named on Sunday.", {"Sunday": "2026-06-14"}),
    ("fr", REF_MAY, "Le procès de l'accident s'ouvrira le 14 juin.", {"14 juin": "2025-06-14"}),
    ("en", REF_MAY, "The trial over the crash is scheduled for June 14.", {"June 14": "2025-06-14"}),
    # no deed word in the phrase: as before (a present verb: the June ahead)
    ("fr", REF_MAY, "La cour juge trois hommes pour leur rôle, le 14 juin à Brest.", {"14 juin": "2025-06-14"}),
]


@pytest.mark.parametrize(("lang", "ref", "text", "expected"), CASES)
@pytest.mark.parametrize("news", [False, True])
def test_done_deed_leans_past(lang: str, ref: dt.date, text: str, expected: dict[str, str], news: bool) -> None:
    got = values(text, lang, ref, news)
    for words, value in expected.items():
        assert got.get(words) == value, (text, got)


@pytest.mark.parametrize(("lang", "text", "far"), [
    ("fr", "Le meurtre a choqué la ville. Lundi", True),  # a sentence end between
    ("en", "The murder (a local paper says) on Monday", True),  # a bracket between
    ("en", "The murder on Monday", False),
    ("fr", "le lynchage du gendarme français Daniel Nivel, le 21 juin", False),
])
def test_deed_distance_stops_at_the_phrase(lang: str, text: str, far: bool) -> None:
    start = text.rindex(" ") + 1
    if text.endswith("21 juin"):
        start = text.index("21 juin")
    assert (deed_distance(lang, text, start) is None) is far
