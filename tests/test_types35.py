"""Who gathers types the gathering, round thirty-five (typ35; docs/BENCHMARKS.md "typ35, round thirty-five" has the
counts).

Family confusion of the wrong types (meeting / session): the word of a gathering ("réunion", "meeting", "audience",
"session") typed by its generic sense, when who gathers decides (docs/ANNOTATION.md: `session` is a sitting of a
parliament, a council or a court, `meeting` one of people). An elected assembly's or a court's sitting told by a
meeting word is a ``session`` ("le Sénat tiendra mardi sa dernière réunion", "a full council meeting", "une audience
solennelle"); a gathering of the public named by a session word is a ``meeting`` ("drop-in sessions for parents",
"une séance d'information"). Data only: `retype` in lang/{fr,en}/triggers.yaml. Controls: a board's, a cabinet's
meeting, a minister's meeting, a parliament's session, a court's hearing stay as they were.
Every sentence is written for the test (none comes from the fresh pages, the real-news or the written sets).
"""

from __future__ import annotations

import pytest

from tests.fixtures.row_types import types

RETYPED = [
    # an assembly's or a court's sitting told by a meeting word: a session
    ("fr", "Le Sénat tiendra mardi sa dernière réunion avant la pause estivale.", ["session"]),
    ("fr", "Le conseil municipal de Vierzon doit tenir jeudi une réunion extraordinaire sur le budget.", ["session"]),
    ("fr", "Une réunion du conseil communautaire est prévue lundi soir à Montluçon.", ["session"]),
    ("fr", "La cour d'appel de Riom tiendra le 8 janvier une audience solennelle de rentrée.", ["session"]),
    ("en", "The mayor told a full council meeting on Tuesday that the pool would reopen.", ["session"]),
    ("en", "A meeting of the county council is scheduled for Monday evening in Truro.", ["session"]),
    ("en", "The town council will hold its last meeting of the year on Wednesday.", ["session"]),
    # a gathering of the public named by a session word: a meeting
    ("en", "Information sessions for residents will be held at the library on Thursday evening.", ["meeting"]),
    ("en", "The trust will run a drop-in session for patients at the clinic on Friday morning.", ["meeting"]),
    ("fr", "Une séance d'information pour les riverains aura lieu mercredi à la salle des fêtes.", ["meeting"]),
]

CONTROLS = [
    # people, a board, a cabinet meeting: as before
    ("fr", "Le maire a tenu jeudi une réunion avec les commerçants du centre-ville.", ["meeting"]),
    ("fr", "Le conseil d'administration se réunira lundi pour nommer un directeur.", ["meeting"]),
    ("en", "The club's board will hold a meeting on Monday to discuss the stadium.", ["meeting"]),
    ("en", "The minister held a meeting with farmers in Carlisle on Friday.", ["meeting"]),
    # a sitting told by a sitting word, a court's hearing: as before
    ("fr", "La séance du conseil municipal aura lieu jeudi à 18 heures.", ["session"]),
    ("en", "Parliament will open its autumn session on Tuesday.", ["session"]),
    ("fr", "L'audience du tribunal correctionnel de Nevers est fixée au 12 février.", ["other"]),
    ("en", "The training session for volunteers takes place on Saturday.", ["session"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RETYPED,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(RETYPED)])
def test_who_gathers_types_the_gathering(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), CONTROLS,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(CONTROLS)])
def test_other_gatherings_keep_their_type(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


# A government's line-up made public is its appointments (typ29 counted it on fresh dev and real-news dev, French;
# tests/test_types29.py): the line-up's noun is an election trigger.
LINE_UPS = [
    ("fr", "Le Premier ministre désigné est attendu jeudi au palais et la composition de son équipe "
           "gouvernementale sera publiée dans la soirée.", ["election"]),
    ("fr", "La composition du nouveau gouvernement sera rendue publique vendredi.", ["election"]),
    ("en", "The new cabinet line-up will be announced on Friday evening.", ["election"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LINE_UPS,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(LINE_UPS)])
def test_a_line_up_made_public_is_an_appointment(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected
