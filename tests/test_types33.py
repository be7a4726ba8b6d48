"""Happenings told by a phrase the vocabulary lacked, round thirty-three (typ33; docs/BENCHMARKS.md "typ33, round
thirty-three" has the counts).

Counted on the wrong types of the read dev sources (fresh dev pages, written dev halves): a row typed ``other``, or
by a weaker word of its sentence, because the phrase that names its happening was in no word list. Built for the
phrases read in two articles or more (of the dev pages, the written sets or the real-news texts): an arrest told by
its custody ("placé en garde à vue", "taken into custody"), a fire of the bush or of the brush. The words are data
in lang/{fr,en}/triggers.yaml (nouns, and lemmas with their inflections); controls keep the senses that are no such
happening. The phrases of one article only (a work declared open, an official's site visit, official talks, a
court's solemn sitting) are counted, not built: strict xfails at the end.
Every sentence is written for the test (none comes from the fresh pages, the real-news or the written sets).
"""

from __future__ import annotations

import pytest

from tests.fixtures.row_types import types

NAMED = [
    # an arrest told by its custody
    ("fr", "Un homme de 52 ans a été placé en garde à vue jeudi à Vierzon après le vol d'un camion.", ["incident"]),
    ("fr", "Les deux suspects seront placés en garde à vue lundi prochain.", ["incident"]),
    ("en", "A 19-year-old was taken into custody on Thursday after a break-in at a garage in Hexham.", ["incident"]),
    ("en", "Two men were placed in custody on Wednesday following the raid.", ["incident"]),
    # a fire of the bush or the brush
    ("fr", "Un feu de broussailles a ravagé 40 hectares mercredi près de Lodève.", ["incident"]),
    ("fr", "Un feu de végétation s'est déclaré mardi au bord de l'autoroute.", ["incident"]),
    ("en", "Several bushfires swept through the valley on Wednesday.", ["incident"]),
    ("en", "A brush fire broke out near the quarry on Tuesday.", ["incident"]),
]

CONTROLS = [
    # a custody dispute, a fire call received: no arrest, no incident
    ("fr", "Les pompiers ont reçu un appel vers 6 heures mardi pour un feu de cave.", ["other"]),
    ("fr", "La garde des enfants a été confiée mardi à leur grand-mère par le juge.", []),
    ("en", "The minister held talks with the union on Monday.", ["meeting"]),
    ("en", "The council declared a climate emergency on Tuesday.", ["other"]),
]

# Counted and not built this round (docs/BENCHMARKS.md, typ33): phrases of one article only; each fails today.
NOT_BUILT = [
    # a work declared open (fresh dev, one English page)
    ("en", "Built in fourteen months, the footbridge was formally declared open on Saturday.", ["ceremony"]),
    # an official's site visit (fresh dev, one French page)
    ("fr", "Ce mardi 16 décembre, la ministre Léa Fournier a fait une descente surprise au chantier de la médiathèque.",
     ["visit"]),
    # official talks (fresh dev, one French page)
    ("fr", "Les deux présidents ont eu mardi des conversations officielles au palais présidentiel.", ["meeting"]),
    # a court's solemn sitting for its year (fresh dev, one French page; also tests/test_types26.py)
    ("fr", "La cour d'appel d'Agen tiendra le 9 janvier son audience solennelle de rentrée.", ["ceremony"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED)
def test_a_happening_named_by_its_phrase_takes_its_type(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), CONTROLS)
def test_the_senses_that_name_no_such_happening_keep_theirs(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.xfail(strict=True, reason="counted (docs/BENCHMARKS.md, typ33), one article only: not built")
@pytest.mark.parametrize(("lang", "text", "expected"), NOT_BUILT)
def test_not_built(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected
