"""A part of the day and its day, round fifteen (issue 12, class 4).

A clock or a part of the day with no day in its sentence takes the story's day from the sentence before; it looks
past a day that only says when something was said ("police said Monday", "a indiqué la police lundi") to the deed's
day in that sentence, and takes no day from the end of a stretch ("fermées jusqu'à lundi")
(``timeline/extraction/dates/deed_days.py``; ``said_day_links``, ``said_day_subject_articles`` in
``lang/*/words.yaml``). A said day with no other day in its sentence is still lent (the deed was likely near it).

Every sentence is written for these tests (none is taken from an article). News conventions (``bare_weekday='past'``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.dates import times as times_module
from timeline.settings import Options

REF = dt.date(2026, 2, 3)  # a Tuesday: the article's date


def dated(text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    """mention text -> (its day, its time of day)."""
    return {m.text: (m.value.isoformat(), m.time)
            for m in find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))}


# (lang, text, the clock or part of the day, its day)
DEED_DAY = [
    ("en", "A hiker was killed on Sunday afternoon in the Alps, police said Monday. He fell shortly after 2 p.m.",
     "2 p.m.", "2026-02-01"),
    ("en", "A ferry ran aground on Saturday near the harbour, the coastguard said on Sunday. It was refloated at "
           "11:30 after the tide turned.", "11:30", "2026-01-31"),
    ("fr", "Un randonneur est mort dimanche après-midi dans les Alpes, a indiqué la police lundi. Il a chuté peu "
           "après 14 h.", "14 h", "2026-02-01"),
    ("fr", "Un car s'est renversé samedi près de Gap, a annoncé lundi la préfecture. Les blessés avaient été "
           "évacués vers 23 h.", "23 h", "2026-01-31"),
    ("fr", "Un entrepôt a brûlé dimanche à Roanne, ont indiqué les pompiers lundi. Le feu a été maîtrisé dans la "
           "soirée.", "la soirée", "2026-02-01"),
    # guards: a said day alone in its sentence is still lent; a day told by no reporting verb is lent as before
    ("en", "A climber died in the Pyrenees, rescuers said Monday. He slipped at about 2 p.m.", "about 2 p.m.",
     "2026-02-02"),
    ("en", "The warehouse fire broke out on Sunday, firefighters said. It was put out at 6 p.m.", "6 p.m.",
     "2026-02-01"),
    ("fr", "La police a indiqué lundi qu'un cycliste avait été renversé dimanche. Il a été heurté vers 18 h.", "18 h",
     "2026-02-01"),
]


@pytest.mark.parametrize(("lang", "text", "words", "day"), DEED_DAY)
def test_a_clock_takes_the_deed_day_not_the_said_day(lang: str, text: str, words: str, day: str) -> None:
    got = dated(text, lang)
    assert words in got, got
    assert got[words][0] == day, got


# (lang, text, the part of the day that takes no day from a stretch's end, that end's words)
BOUND = [
    ("fr", "Les écoles resteront fermées jusqu'à lundi. Une équipe de secours est attendue dans la nuit.", "lundi"),
    ("en", "The pass will stay closed until Friday. A snowplough crew is expected during the night.", "Friday"),
]


@pytest.mark.parametrize(("lang", "text", "end"), BOUND)
def test_a_stretch_end_lends_no_day(lang: str, text: str, end: str) -> None:
    got = dated(text, lang)
    assert end in got, got
    lent = [w for w, (day, time) in got.items() if w != end and day == got[end][0]]
    assert lent == [], got


def test_without_the_pass_the_said_day_is_lent(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests above can fail: with the pass off, the clock takes the said day."""
    monkeypatch.setattr(times_module, "deed_day", lambda ctx, days, day: day)
    lang, text, words, _ = DEED_DAY[0]
    assert dated(text, lang)[words][0] == "2026-02-02"
