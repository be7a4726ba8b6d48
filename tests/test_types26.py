"""Event types of listed days, round twenty-six (typ26; docs/BENCHMARKS.md, docs/ANNOTATION.md the judge).

One class counted in two sources (written dev halves p and q, both French): the days of one list ("les 3, 4, 10 et
11 mars") went to several triggers, since pairing gives each trigger one date: the first days to the list's own word,
the later ones to the verb that reports the list, the occasion it was told at, or a word further back (an adjective
read as an election). events/list_heads.py gives every listed day the list's head, the nearest trigger before the
list among those its days were paired with (else the nearest after it).

Controls: dates that are no list (each with its own noun) keep their own types. Strict xfails: classes counted and
not built this round. Every sentence is written for the test (none comes from the fresh pages, the real-news or the
written sets).
"""

from __future__ import annotations

import pytest

from tests.fixtures.row_types import telling_types

LISTS = [
    # the later days went to the reporting verb and to the assembly the list was told at
    ("fr", "Les agents du port cesseront le travail les 2, 3, 9 et 10 janvier, ont annoncé mardi les syndicats lors "
           "d'une assemblée générale.", ["protest"] * 4),
    ("en", "Dock workers will walk out on 2, 3, 9 and 10 January, the unions announced on Tuesday at a general "
           "assembly.", ["protest"] * 4),
    # the first and last days went to an adjective read as an election
    ("fr", "Les agents des piscines municipales de Rouen seront en grève à trois reprises en janvier, à l'appel de la "
           "CGT : les vendredi 2, mercredi 7 et vendredi 9 janvier.", ["protest"] * 3),
    # a list at the head of its sentence: the nearest trigger after it
    ("fr", "Les 5 et 12 janvier, les enseignants seront en grève, a annoncé le syndicat lors d'une conférence de "
           "presse.", ["protest", "protest"]),
]

CONTROLS = [
    # a list whose days all went to its own verb already
    ("fr", "Le conseil municipal se réunira les 5 et 12 janvier, a indiqué le maire.", ["session", "session"]),
    # two dates, each the complement of its own noun: no list
    ("fr", "La réunion du 5 janvier et le vote du 12 janvier ont été annoncés par le maire.", ["meeting", "vote"]),
    ("en", "The meeting on 5 January and the vote on 12 January were announced by the mayor.", ["meeting", "vote"]),
    ("en", "Nurses will strike on Friday 2, Wednesday 7 and Friday 9 January, the union said.", ["protest"] * 3),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LISTS + CONTROLS)
def test_listed_days(lang: str, text: str, expected: list[str]) -> None:
    assert telling_types(text, lang) == expected


# Counted and not built this round (docs/BENCHMARKS.md, typ26): each fails today.
NOT_BUILT = [
    # (H1, the date of an "après" phrase's own noun, was built in round twenty-eight: tests/test_after28.py)
    # a court's sentences told by a noun and a passive "prononcer" (fresh dev fr.metrotime.be only)
    ("fr", "Lundi, douze condamnations à des peines fermes ont été prononcées par le tribunal correctionnel.",
     ["decision"]),
    # a court's solemn sitting for the judicial year is a ceremony (fresh dev bx1.be only)
    ("fr", "La cour d'appel tiendra le 2 janvier une audience solennelle de rentrée.", ["ceremony"]),
]


@pytest.mark.xfail(strict=True, reason="counted (docs/BENCHMARKS.md, typ26), not built")
@pytest.mark.parametrize(("lang", "text", "expected"), NOT_BUILT)
def test_not_built(lang: str, text: str, expected: list[str]) -> None:
    assert telling_types(text, lang) == expected
