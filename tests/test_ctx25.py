"""A round-up's instance told under a place frame takes the day its story last told (round twenty-five, ctx25).

events/round_ups.py: "Several county councils sat on Tuesday. [...] In Sarthe, Jane Morel was elected president":
the instance names no date, the story's last dated sentence does. Counted on fresh dev in two outlets (a round-up of
councils electing their presidents, a round-up of prefects banning marches; docs/BENCHMARKS.md, "ctx25, round
twenty-five"). Sentences of my own, both languages; each case can fail. The controls say what is not lent: a plain
sentence with no place frame (mis25's strict xfail stays), a date in between, a future or planned instance, a story
with no dated sentence before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events_support import story_rows
from timeline.extraction.events.round_ups import _place_frame
from timeline.extraction.sentences import Span

REF = dt.date(2026, 6, 10)  # a Wednesday: "mardi" / "Tuesday" is 9 June, "lundi" / "Monday" 8 June
TUESDAY = dt.date(2026, 6, 9)
MONDAY = dt.date(2026, 6, 8)


def _rows(lang: str, text: str) -> list[tuple[dt.date, str]]:
    return story_rows(lang, text, REF)


LENT = [
    ("fr", "Les assemblées des régions de l'Est ont siégé ce mardi pour désigner leurs présidents.\n\nÀ Strasbourg, "
           "Paul Meyer a été élu président du conseil.", (TUESDAY, "election")),
    ("fr", "Plusieurs communes ont réuni leur conseil mardi soir.\n\nDans le Gers, le maire sortant a été réélu "
           "sans opposant.", (TUESDAY, "election")),
    ("en", "Regional assemblies across the north sat on Tuesday to choose their leaders.\n\nIn Cumbria, Ann Hale was "
           "elected chair of the council.", (TUESDAY, "election")),
    ("en", "Several school boards met on Tuesday.\n\nElsewhere in Kent, the board was dissolved by the minister.",
     (TUESDAY, "decision")),
]


@pytest.mark.parametrize(("lang", "text", "row"), LENT)
def test_a_place_framed_instance_takes_the_story_day(lang: str, text: str, row: tuple[dt.date, str]) -> None:
    assert row in _rows(lang, text)


NOT_LENT = [
    # no place frame: a plain sentence after a dated one is background as often as news (mis25's xfail)
    ("fr", "Les assemblées des régions de l'Est ont siégé ce mardi.\n\nPaul Meyer a été élu président du conseil."),
    ("en", "Regional assemblies sat on Tuesday.\n\nAnn Hale was elected chair of the council."),
    # a date in between stops the lending: the instance is no longer the story's day
    ("fr", "Les assemblées ont siégé ce mardi. Les listes avaient été déposées le 2 juin et le 5 juin.\n\nÀ "
           "Strasbourg, Paul Meyer a été élu président."),
    ("en", "Regional assemblies sat on Tuesday. Lists were filed on 2 June and on 5 June.\n\nIn Cumbria, Ann Hale "
           "was elected chair."),
    # an instance in the future is no happening of that day
    ("fr", "Les assemblées ont siégé ce mardi.\n\nÀ Strasbourg, Paul Meyer sera élu président."),
    ("en", "Regional assemblies sat on Tuesday.\n\nIn Cumbria, Ann Hale will be elected chair."),
    # no dated sentence before: nothing to lend
    ("fr", "À Strasbourg, Paul Meyer a été élu président du conseil. Les assemblées ont siégé ce mardi."),
    ("en", "In Cumbria, Ann Hale was elected chair of the council. Regional assemblies sat on Tuesday."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_LENT)
def test_no_day_is_lent_without_a_frame_or_across_another_date(lang: str, text: str) -> None:
    assert (TUESDAY, "election") not in _rows(lang, text)


FRAMES = [
    ("fr", "À Rennes, la mairie a voté.", True),
    ("fr", "Dans l'Orne, le préfet a signé.", True),
    ("fr", "Pour la Bretagne, le bilan est lourd.", True),
    ("fr", "Au total, la mairie a voté.", False),  # no name: a phrase of quantity
    ("fr", "En revanche, la mairie a voté.", False),
    ("en", "In Leeds, the council voted.", True),
    ("en", "Elsewhere in Ohio, the governor signed.", True),
    ("en", "In total, the council voted.", False),
    ("en", "In a statement released by the office of the governor, he said so.", False),  # no name after "in"
]


@pytest.mark.parametrize(("lang", "text", "frame"), FRAMES)
def test_place_frame(lang: str, text: str, frame: bool) -> None:
    assert _place_frame(lang, text, Span(0, len(text), text)) is frame
