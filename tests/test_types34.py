"""A happening named by a purpose phrase gives way to the act of its clause, round thirty-four (typ34;
docs/BENCHMARKS.md "typ34, round thirty-four" has the counts).

Class S of the wrong types ("another trigger of the sentence types the row, not the one the date attaches to"), its
purpose sub-class: "a signé un arrêté pour proscrire tout rassemblement ... samedi" typed ``protest`` by the phrase's
noun, when the row is the order. A trigger of a phrase opened by a purpose cue (``purpose_cues`` in
lang/{fr,en}/triggers.yaml) gives way, for a date of its sentence, to a typed trigger of its clause before the phrase
(events/purposes.py, pairing.PURPOSE_PENALTY). Controls: a date that names the phrase's happening itself ("la grève du
9 mars"), an act with no typed word ("a quitté Brazzaville lundi ... pour prendre part au forum": the row keeps the
forum rather than fall back to ``other``), a typed act already nearest its date.
Every sentence is written for the test (none comes from the fresh pages, the real-news or the written sets).
"""

from __future__ import annotations

import pytest

from tests.fixtures.row_types import types

GIVES_WAY = [
    # the date nearer the phrase's happening than the act: the act types the row
    ("fr", "Le maire a signé un arrêté pour proscrire tout rassemblement devant la mairie ce samedi 14 juin.",
     ["decision"]),
    ("fr", "Le préfet a publié un décret afin de suspendre la foire agricole de Brive, mardi.", ["decision"]),
    ("fr", "Les conseillers ont adopté une motion dans le but de soutenir la grève des infirmières, lundi soir.",
     ["decision"]),
    ("en", "The governor signed a decree in a bid to stop the rally on Sunday.", ["decision"]),
    ("en", "The mayor signed an order in an effort to ban all rallies outside the town hall this Saturday.",
     ["decision"]),
    ("en", "The regional council adopted a motion so as to back the nurses' strike on Monday evening.", ["decision"]),
]

CONTROLS = [
    # the date is the complement of the phrase's own noun: it names that happening's day
    ("fr", "Le syndicat a convoqué une assemblée générale afin de préparer la grève du 9 mars.", ["protest"]),
    # an act with no typed word keeps the phrase's happening (no row falls back to 'other')
    ("fr", "Le ministre a quitté Brazzaville lundi pour prendre part au forum sur la vaccination.", ["forum"]),
    # the act nearest its date types the row as before
    ("fr", "Jeudi, le conseil départemental a voté une subvention pour accueillir le congrès des maires.", ["vote"]),
    ("fr", "Les agriculteurs ont manifesté samedi à Tulle pour réclamer une baisse des taxes.", ["protest"]),
    ("en", "On Thursday, the council voted to release funds in order to host the summit of mayors.", ["vote"]),
    ("en", "Farmers marched in Leeds on Saturday in order to demand lower fuel taxes.", ["protest"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GIVES_WAY,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(GIVES_WAY)])
def test_a_purpose_phrase_gives_way_to_the_act_of_its_clause(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), CONTROLS,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(CONTROLS)])
def test_a_purpose_phrase_keeps_what_is_its_own(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected
