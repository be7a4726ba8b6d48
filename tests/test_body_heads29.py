"""Actors, round twenty-nine (act29): the head of a body an event's sentence names, named by that role in a later
sentence of its story ("the chairman of the Harbour Board, Name", "le Conseil, présidé par Nom"), joins the event's
row (events/body_heads.py, ``body_heads`` in lang/<lang>/actors.yaml).

A name standing near the event without that role link is never lent. Strict xfails: the shapes counted in one
source only and not built (a possessive head, "Son président, Nom"; a part of the body, "the bench led by Nom").

Every sentence is ours; the people, bodies and towns are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.events.body_heads import body_forms, head_named
from timeline.extraction.pipeline import extract
from timeline.models import Article
from timeline.settings import Options

DAY = dt.date(2026, 3, 5)


def _rows(text: str, lang: str) -> list[tuple[str, list[str]]]:
    article = Article(id="t", text=text, source="test", lang=lang, reference_date=DAY)
    return [(e.evidence[0] if e.evidence else e.title, list(e.actors))
            for e in extract([article], Options(reference_date=DAY)).events]


def _first_row_actors(text: str, lang: str) -> list[str]:
    rows = _rows(text, lang)
    assert rows, "no row"
    return rows[0][1]


@pytest.mark.parametrize(("lang", "text", "head"), [
    ("en", "The Harbour Board approved the new ferry terminal at Kelby on Monday. The chairman of the Harbour Board, "
           "Alan Pritchard, said work would start in the spring.", "Alan Pritchard"),
    ("en", "The Valdor Water Authority raised its tariffs by 4% on Thursday. Customers will see the change in April. "
           "The Valdor Water Authority, headed by Rosa Lindqvist, said energy costs were to blame.", "Rosa Lindqvist"),
    ("fr", "Le Conseil d'État a rejeté jeudi le recours des riverains contre le projet d'autoroute. Le Conseil, "
           "présidé par Hugues Berlier, estime que le projet est d'utilité publique.", "Hugues Berlier"),
    ("fr", "La Commission électorale régionale (CER) a publié mercredi les résultats provisoires du scrutin. Le "
           "sortant a obtenu 61 % des voix, a indiqué le président de la CER, Bakary Touré.", "Bakary Touré"),
])
def test_a_bodys_head_named_later_joins_the_row(lang: str, text: str, head: str) -> None:
    assert head in _first_row_actors(text, lang)


@pytest.mark.parametrize(("lang", "text", "other"), [
    ("en", "The Harbour Board approved the new ferry terminal at Kelby on Monday. Local resident Alan Pritchard said "
           "work would start in the spring.", "Alan Pritchard"),
    ("en", "The Valdor Water Authority raised its tariffs by 4% on Thursday. The chairman of the Kelby Rotary Club, "
           "Rosa Lindqvist, said the rise was unfair.", "Rosa Lindqvist"),
    ("fr", "Le Conseil d'État a rejeté jeudi le recours des riverains contre le projet d'autoroute. Le projet est "
           "d'utilité publique, a estimé le président de la Région, Hugues Berlier.", "Hugues Berlier"),
    ("fr", "La Commission électorale régionale a publié mercredi les résultats provisoires du scrutin. Le président "
           "du club de football de Valmoreau, Bakary Touré, a déclaré que le scrutin était calme.", "Bakary Touré"),
])
def test_a_name_near_the_event_without_the_role_link_is_not_lent(lang: str, text: str, other: str) -> None:
    assert other not in _first_row_actors(text, lang)


@pytest.mark.parametrize(("lang", "name", "text", "forms"), [
    ("fr", "Commission électorale régionale", "La Commission électorale régionale (CER) a publié les résultats.",
     ["Commission électorale régionale", "CER", "Commission"]),
    ("en", "Harbour Board", "The Harbour Board approved it.", ["Harbour Board", "Harbour"]),
    ("en", "UNESCO", "UNESCO listed the site.", ["UNESCO"]),
    ("fr", "ARP", "L'ARP a voté.", ["ARP"]),
])
def test_body_forms(lang: str, name: str, text: str, forms: list[str]) -> None:
    assert body_forms(name, text) == forms


@pytest.mark.parametrize(("lang", "text", "forms", "person", "expected"), [
    ("fr", "Après le discours du président de l'ARP, Jeanne Roy, la séance a repris.", ["ARP"], "Jeanne Roy", True),
    ("fr", "Après le discours du président de l’ARP, M. Paul Roy, la séance a repris.", ["ARP"], "Paul Roy", True),
    ("fr", "La directrice générale de la Régie, Anne Colin, a démissionné.", ["Régie"], "Anne Colin", True),
    ("fr", "Le Conseil, présidé par Jeanne Roy, émet deux réserves.", ["Conseil"], "Jeanne Roy", True),
    ("fr", "Le porte-parole de l'ARP, Jeanne Roy, a démenti.", ["ARP"], "Jeanne Roy", False),
    ("fr", "Le président de l'ARPE, Jeanne Roy, a démenti.", ["ARP"], "Jeanne Roy", False),
    ("en", "The chief executive of the Board, Jane Roy, resigned.", ["Board"], "Jane Roy", True),
    ("en", "The Board, chaired by Jane Roy, met again.", ["Board"], "Jane Roy", True),
    ("en", "The spokesman of the Board, Jane Roy, declined to comment.", ["Board"], "Jane Roy", False),
    ("en", "The Board met Jane Roy, the minister.", ["Board"], "Jane Roy", False),
])
def test_head_named(lang: str, text: str, forms: list[str], person: str, expected: bool) -> None:
    assert head_named(text, forms, person, lang) is expected


@pytest.mark.xfail(strict=True, reason="act29: a possessive head ('Son président, Nom') counted in one source only")
def test_a_possessive_head_is_not_lent_yet() -> None:
    text = ("Le collectif Vent du Causse a déposé lundi un recours contre le parc éolien de Valmoreau. Son président, "
            "Lucien Ferrand, a déclaré que le projet était imposé.")
    assert "Lucien Ferrand" in _first_row_actors(text, "fr")


@pytest.mark.xfail(strict=True, reason="act29: a part of the body led by a person ('the bench led by') counted in one "
                                       "source only")
def test_a_part_of_the_body_led_by_a_person_is_not_lent_yet() -> None:
    text = ("The Kelby High Court adjourned the hearing into the councillors' expenses on Monday. The three-member "
            "bench led by Justice Omar Haddad said it would rule next month.")
    assert "Omar Haddad" in _first_row_actors(text, "en")


@pytest.mark.parametrize(("lang", "text", "head"), [
    ("en", "The Harbour Board approved the ferry terminal at Kelby in March 2023. The chairman of the Harbour Board, "
           "Alan Pritchard, said on Monday that work would start in the spring.", "Alan Pritchard"),
    ("fr", "Le Conseil régional a adopté la loi sur l'eau en novembre 2023. Les agriculteurs attendent toujours ses "
           "décrets. Le Conseil, présidé par Hugues Berlier, a promis lundi de les publier avant l'été.",
     "Hugues Berlier"),
])
def test_a_head_named_now_is_not_lent_to_a_happening_years_back(lang: str, text: str, head: str) -> None:
    # (the lead, round twenty-nine: a head named in the page is the head at the page's date; HEAD_DAYS)
    rows = _rows(text, lang)
    past = [actors for evidence, actors in rows if "2023" in evidence]
    assert past and all(head not in actors for actors in past)
