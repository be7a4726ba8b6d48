"""A schedule its sentence calls off or moves dates no row (issue 13, room ne16, round sixteen).

"The gala planned for Thursday has been postponed", "il a annulé sa visite prévue pour le 31 janvier": the planned day
is no longer when the noun happens (`participle_dates.called_off` in lang/*/triggers.yaml, events/participles.py). The
new day of a deferral ("postponed to Sunday") still dates it. Every sentence was written for these tests. The
reference date is Thursday 14 March 2024: Saturday is the 16th, Sunday the 17th, Monday the 18th.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events_support import one_story
from timeline.extraction.pipeline import extract_article, merge_tellings
from timeline.settings import Options

REF = dt.date(2024, 3, 14)  # a Thursday
NO_NER = Options(use_ner=False, reference_date=REF)
SAT, SUN, MON, MAR31 = "2024-03-16", "2024-03-17", "2024-03-18", "2024-03-31"

Row = tuple[str, str, frozenset[tuple[str, str]]]


def rows(lang: str, text: str) -> frozenset[tuple[str, str]]:
    """The merged events of ``text`` as (ISO date, type)."""
    events = merge_tellings(extract_article(one_story(text, lang, REF), NO_NER)).events
    return frozenset((e.date.isoformat(), e.event_type) for e in events)


TABLE: list[Row] = [
    # called off: the planned day dates nothing
    ("en", "The town's spring fair planned for Saturday has been called off because of the floods.", frozenset()),
    ("en", "The mayor cancelled the council meeting scheduled for Monday.", frozenset()),
    ("en", "The minister scrapped her visit to Oslo planned for March 31.", frozenset()),
    ("fr", "La foire de printemps prévue samedi a été annulée en raison des inondations.", frozenset()),
    ("fr", "Le maire a annulé la réunion du conseil prévue pour lundi.", frozenset()),
    ("fr", "Le président a également annulé sa visite officielle à Varsovie prévue pour le 31 mars.", frozenset()),
    # moved: the new day dates the happening, the old one nothing
    ("en", "The regional summit planned for Saturday was postponed to Sunday.", frozenset({(SUN, "summit")})),
    ("fr", "Le sommet régional prévu samedi a été reporté à dimanche.", frozenset({(SUN, "summit")})),
    # controls: a schedule kept, whatever follows it
    ("en", "The regional summit planned for Saturday will open with a speech by the governor.",
     frozenset({(SAT, "summit")})),
    ("fr", "Le sommet régional prévu samedi s'ouvrira par un discours du gouverneur.", frozenset({(SAT, "summit")})),
    ("fr", "La visite du président à Varsovie prévue le 31 mars aura lieu malgré la grève.",
     frozenset({(MAR31, "visit")})),
    ("en", "The council meeting scheduled for Monday will go ahead despite the strike.", frozenset({(MON, "meeting")})),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TABLE, ids=[t[:45] for _, t, _ in TABLE])
def test_a_schedule_called_off_dates_no_row(lang: str, text: str, expected: frozenset[tuple[str, str]]) -> None:
    assert rows(lang, text) == expected
