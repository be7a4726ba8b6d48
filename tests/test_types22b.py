"""Event types read on the merged row, second wave of round twenty-two (typ22b; docs/ANNOTATION.md the judge).

Two classes, each counted in two dev sources or more, both read on the merged row (extraction/shown_types.py, rules
as data in lang/{fr,en}/triggers.yaml): a row typed ``other`` shows the family its own words name, while each telling
keeps its trigger's ``other`` for pairing and merging (so which rows exist and merge does not move):
- *occasion_families* (written c and n dev): a thing presented at a press conference is told by the conference
  (``conference``), one presented to councillors, a board or at a council meeting by the meeting (``meeting``);
- *own_nouns* (written k, l and n dev): a generic verb whose own subject or object is a noun of a family no trigger
  list holds alone: a tribute paid (``ceremony``), an outage or a system failure that begins or hits (``incident``),
  an investor day held (``conference``).
Controls keep ``other``: a thing presented with no occasion, a generic verb whose noun names no family.
Every sentence is written for the test (none comes from the real-news or written sets).
"""

from __future__ import annotations

import pytest

from tests.fixtures.row_types import telling_types, types

OCCASIONS = [
    ("en", "The harbour engineers will present their survey findings at a press conference in Oban on 14 January.",
     ["conference"]),
    ("en", "The regional director presented the new timetable at a news conference on Tuesday.", ["conference"]),
    ("en", "The auditor will present her report to councillors on 12 January.", ["meeting"]),
    ("en", "The head teacher will present the plans to the board of governors on 8 January.", ["meeting"]),
    ("fr", "Les ingénieurs présenteront les résultats de l'étude lors d'une conférence de presse le 14 janvier.",
     ["conference"]),
    ("fr", "La directrice présentera le budget aux élus le 12 janvier.", ["meeting"]),
    ("fr", "Le président exposera son projet aux conseillers municipaux le jeudi 8 janvier.", ["meeting"]),
    ("fr", "Le président présentera son projet au conseil municipal le 8 janvier.", ["meeting"]),
]

OWN_NOUNS = [
    ("fr", "Un hommage lui sera rendu au stade municipal dimanche 11 janvier.", ["ceremony"]),
    ("en", "A tribute will be paid to him at the stadium on Sunday 11 January.", ["ceremony"]),
    ("fr", "La panne a commencé lundi vers 9 heures.", ["incident"]),
    ("en", "The outage began on Monday shortly after 9am.", ["incident"]),
    ("fr", "La coopérative tiendra sa journée investisseurs le jeudi 15 janvier.", ["conference"]),
    ("en", "The brewer will hold an investor day in Leeds on 15 January.", ["conference"]),
]

CONTROLS = [
    # a thing presented with no occasion, a generic verb whose noun names no family: the trigger's `other` stays
    ("en", "The carmaker will present its new van on 14 January.", ["other"]),
    ("fr", "Le constructeur présentera sa nouvelle camionnette le 14 janvier.", ["other"]),
    ("fr", "Les travaux ont commencé lundi.", ["other"]),
    ("en", "The brewer will hold a tasting in Leeds on 15 January.", ["other"]),
    ("en", "The carmaker presented the results to shareholders on Tuesday.", ["other"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OCCASIONS + OWN_NOUNS + CONTROLS)
def test_row_type(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [c for c in OCCASIONS + OWN_NOUNS if "conférence" not in c[1]])
def test_tellings_keep_their_trigger_type(lang: str, text: str, expected: list[str]) -> None:
    """Only the row's shown type moves: the telling keeps its trigger's ``other`` (pairing and merging go by it)."""
    assert "other" in telling_types(text, lang)
    assert expected[0] not in telling_types(text, lang)
