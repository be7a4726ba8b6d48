"""A verb of a family read in another sense by its object or its complement, round twenty-nine (typ29;
docs/ANNOTATION.md the judge, docs/BENCHMARKS.md the counts).

Counted on the wrong types of the read dev sources (fresh dev outlets, written batches l and q dev): a verb that types
its telling by its family is read, by the words after it, in another sense. Publishing figures is no decision
published, issuing a profit warning no decision issued; signing a win is a result, no signing ceremony; a crowd
gathered to watch is an audience, no rally or meeting; a case that comes before a court is a court step, no trip; a
call or a thing received is no audience. The merged row shows ``other`` (extraction/shown_types.py, ``other_senses``
in lang/{fr,en}/triggers.yaml); each telling keeps its trigger's type, so which rows exist and merge does not move.
Controls keep the family's own sense. Counted and not fixed: strict xfails at the end.
Every sentence is written for the test (none comes from the fresh pages, the real-news or the written sets).
"""

from __future__ import annotations

import pytest

from tests.fixtures.row_types import telling_types, types

OTHER_SENSE = [
    # publishing figures, issuing a profit warning: no decision
    ("fr", "Le fabricant Brévanne a publié mardi, avant l'ouverture du marché, un chiffre d'affaires de 2 milliards.",
     ["other"]),
    ("fr", "Le laboratoire a publié mercredi des prévisions en baisse.", ["other"]),
    ("en", "The retailer issued its second profit warning of the year on Tuesday.", ["other"]),
    ("en", "On Monday the chipmaker issued its quarterly results.", ["other"]),
    # signing a win: a result, no ceremony
    ("fr", "Les Nantaises ont signé dimanche soir leur quatrième succès de rang face à Tours.", ["other"]),
    ("fr", "Le club a signé samedi sa première victoire de la saison.", ["other"]),
    # a crowd gathered to watch: an audience
    ("fr", "Les habitants se sont rassemblés sur le port pour assister à l'arrivée des voiliers ce jeudi 12 mars.",
     ["other"]),
    ("fr", "Mardi 3 mars, la foule s’est rassemblée sur la digue pour regarder le départ des coureurs.", ["other"]),
    ("en", "Hundreds of people gathered on the beach on Tuesday to watch the launch.", ["other"]),
    # a case that comes before a court: a court step
    ("fr", "Le dossier arrivera devant le tribunal de Rennes le 14 avril.", ["other"]),
    ("en", "The case arrives before the court on Thursday.", ["other"]),
    # a call received: no audience
    ("fr", "Les pompiers ont reçu un appel vers 6 heures mardi pour un feu de cave.", ["other"]),
    ("fr", "Le club a reçu mardi une lettre de la fédération.", ["other"]),
]

OWN_SENSE = [
    ("fr", "Le décret a été publié jeudi au Journal officiel.", ["decision"]),
    ("fr", "Le traité a été signé lundi à Bruxelles.", ["decision"]),
    ("fr", "Le ministre a reçu mardi son homologue italien.", ["meeting"]),
    ("fr", "Les délégués arriveront à Genève le 14 avril.", ["visit"]),
    ("en", "The agency issued a ban on the imports on Monday.", ["decision"]),
    ("en", "The ministers gathered in Vienna on Tuesday for talks.", ["meeting"]),
    ("en", "The president arrives in Lagos on Thursday.", ["visit"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER_SENSE)
def test_a_verb_read_in_another_sense_shows_other(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), OWN_SENSE)
def test_a_verb_in_its_own_sense_keeps_its_family(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "family"), [
    ("fr", OTHER_SENSE[0][1], "decision"),
    ("fr", OTHER_SENSE[4][1], "ceremony"),
    ("en", OTHER_SENSE[3][1], "decision"),
    ("en", OTHER_SENSE[10][1], "visit"),
])
def test_the_telling_keeps_its_trigger_type(lang: str, text: str, family: str) -> None:
    # only the row's shown type moves: the telling keeps its trigger's family, so rows and merges do not
    assert telling_types(text, lang) == [family]


# Counted on the dev sources and not fixed this round (docs/BENCHMARKS.md, typ29): a government's line-up made public
# is an appointment (fresh dev and real-news dev, French); police firing tear gas at a gathering is an incident, not
# the gathering's meeting (fresh dev).
# (built in round thirty-five, typ35: tests/test_types35.py)
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "La composition du nouveau gouvernement sera dévoilée mardi soir.", ["election"]),
])
def test_a_line_up_made_public_is_an_appointment(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


@pytest.mark.xfail(strict=True, reason="typ29: the force used on a gathering does not type its row yet")
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Police fired tear gas on Tuesday to disperse a crowd gathered outside the town hall.", ["incident"]),
])
def test_force_used_on_a_gathering_is_an_incident(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected
