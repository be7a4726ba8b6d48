"""Actors, round ten (issue 13, helper ctx10): the story's actor for events that name nobody, without false merges.

- The story's main actors (events/story_actors.py ``main_actors``): a person or a body of the headline or lead sentence
  named again in the body; a product's name gives its maker ("Airbus A380": Airbus). No list of names.
- Step 9e (``lent_actors``): an event whose context names no agent (no person, no body; a place, a country that only
  says where, a product's code) takes them, with role ``LENT_ROLE``.
- Merging ignores lent actors when it decides whether two tellings are one (merge_features.own_actors), and shows them.
- A name that opens with a country's and goes on is a body's ("la France insoumise", a capitalised word after it).

Every sentence is ours; the companies are made up.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction import merge as merging
from timeline.extraction.actors import find_entities_many
from timeline.extraction.events.story_actors import _maker, is_agent
from timeline.extraction.pipeline import extract
from timeline.models import LENT_ROLE, Mention
from timeline.settings import Options

PUBLISHED = dt.date(2025, 3, 3)
MARCH_2 = dt.date(2025, 3, 2)

EN_STORY = ("Corvane Airways opens a new route to Lisbon",
            "Corvane Airways opened a new route to Lisbon on Monday, the airline said.\n\n"
            "The first flight landed in Lisbon on March 2 with 180 passengers.\n\n"
            "Corvane Airways plans two more routes this year.")
FR_STORY = ("Le groupe Véloria ouvre une ligne vers Lisbonne",
            "Le groupe Véloria a ouvert lundi une ligne vers Lisbonne.\n\n"
            "Le premier vol a atterri à Lisbonne le 2 mars avec 180 passagers.\n\n"
            "Le groupe Véloria prévoit deux autres lignes cette année.")


def _extract(tmp_path: Path, articles: list[tuple[str, str, str]]) -> tuple[list, list]:
    paths = []
    for number, (lang, title, text) in enumerate(articles):
        path = tmp_path / f"article{number}.json"
        path.write_text(json.dumps({"id": f"a{number}", "title": title, "text": text, "lang": lang,
                                    "published": PUBLISHED.isoformat()}), encoding="utf-8")
        paths.append(path)
    result = extract(paths, Options(reference_date=PUBLISHED))
    return list(result.events), list(result.mentions)


def _on(events: list, day: dt.date) -> list:
    return [e for e in events if e.date == day]


@pytest.mark.parametrize(("lang", "story", "actor"), [("en", EN_STORY, "Corvane Airways"),
                                                      ("fr", FR_STORY, "Véloria")])
def test_an_event_naming_nobody_is_lent_the_story_actor(tmp_path: Path, lang: str, story: tuple[str, str],
                                                        actor: str) -> None:
    events, mentions = _extract(tmp_path, [(lang, *story)])
    [event] = _on(events, MARCH_2)
    assert any(actor in a for a in event.actors)
    assert LENT_ROLE not in event.roles.values()  # shown as any actor, with no role
    [mention] = [m for m in mentions if m.date == MARCH_2]
    assert any(role == LENT_ROLE for _, role in mention.roles)
    # the lead's own event names the company itself: not lent
    [own] = [m for m in mentions if m.date == PUBLISHED]
    assert all(role != LENT_ROLE for _, role in own.roles)


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Corvane Airways opens a new route to Lisbon",
     "Corvane Airways opened a new route to Lisbon on Monday.\n\nThe first flight landed in Lisbon on March 2."),
    ("fr", "Le groupe Véloria ouvre une ligne vers Lisbonne",
     "Le groupe Véloria a ouvert lundi une ligne vers Lisbonne.\n\nLe premier vol a atterri à Lisbonne le 2 mars."),
])
def test_a_name_of_the_headline_not_repeated_in_the_body_is_not_lent(tmp_path: Path, lang: str, title: str,
                                                                      text: str) -> None:
    _, mentions = _extract(tmp_path, [(lang, title, text)])
    [mention] = [m for m in mentions if m.date == MARCH_2]
    assert all(role != LENT_ROLE for _, role in mention.roles)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_events_of_one_company_on_one_day_stay_apart(tmp_path: Path, lang: str) -> None:
    """Two articles about one company, each telling a happening of the same day that names nobody: both are lent
    the company, and the lent name does not bind them into one event."""
    if lang == "en":
        first = ("Corvane Airways opens a new route to Lisbon",
                 "Corvane Airways opened a new route to Lisbon on Monday.\n\n"
                 "The first flight landed in Lisbon on March 2 with 180 passengers.\n\n"
                 "Corvane Airways plans two more routes.")
        second = ("Corvane Airways renews its cabin crews' contract",
                  "Corvane Airways signed a new contract with its cabin crews on Monday.\n\n"
                  "A training centre for apprentices was inaugurated near Madrid on March 2.\n\n"
                  "Corvane Airways hires 300 people this year.")
    else:
        first = FR_STORY
        second = ("Le groupe Véloria renouvelle l'accord de ses équipages",
                  "Le groupe Véloria a signé lundi un nouvel accord avec ses équipages.\n\n"
                  "Un centre de formation des apprentis a été inauguré près de Madrid le 2 mars.\n\n"
                  "Le groupe Véloria recrute 300 personnes cette année.")
    events, mentions = _extract(tmp_path, [(lang, *first), (lang, *second)])
    lent = [m for m in mentions if m.date == MARCH_2 and any(r == LENT_ROLE for _, r in m.roles)]
    assert len(lent) == 2 and len({m.article_id for m in lent}) == 2
    assert len({m.event_id for m in lent}) == 2
    shown = [e for e in _on(events, MARCH_2) if e.event_id in {m.event_id for m in lent}]
    assert len(shown) == 2 and all(any("Corvane" in a or "Véloria" in a for a in e.actors) for e in shown)


def _mention(mention_id: str, article: str, sentence: str, roles: tuple[tuple[str, str], ...],
             lang: str = "en") -> Mention:
    return Mention(mention_id=mention_id, article_id=article, date=MARCH_2, end_date=None, precision="day",
                   date_text="March 2", date_start=0, date_end=7, sentence=sentence, sentence_start=0,
                   event_type="meeting", trigger="meeting", title=sentence[:40], status="held",
                   actors=("Corvane Airways",), roles=roles, lang=lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_merge_ignores_lent_actors_but_shows_them(lang: str) -> None:
    lent = (("Corvane Airways", LENT_ROLE),)
    one = _mention("m1", "a1", "The board meeting took place in Lyon on March 2.", lent, lang)
    two = _mention("m2", "a2", "A meeting with the unions was held in Porto.", lent, lang)
    events, _ = merging.merge([one, two])
    assert len(events) == 2
    assert all(e.actors == ("Corvane Airways",) and e.roles == {} for e in events)
    # the same tellings naming the company in their own right are one meeting: the test can fail
    named = [dataclasses.replace(m, roles=()) for m in (one, two)]
    assert len(merging.merge(named)[0]) == 1


def test_lent_actors_come_after_every_telling_s_own() -> None:
    first = dataclasses.replace(_mention("m1", "a1", "The meeting took place on March 2.", ((
        "Corvane Airways", LENT_ROLE),)), actors=("Corvane Airways",))
    second = dataclasses.replace(_mention("m2", "a1", "Ilse Marten chaired the meeting on March 2.", ()),
                                 actors=("Ilse Marten",), sentence_start=100)
    [event], _ = merging.merge([first, second])
    assert event.actors[-1] == "Corvane Airways" and "Ilse Marten" in event.actors


@pytest.mark.parametrize(("name", "maker"), [("Corvane C310", "Corvane"), ("Velor Aero 77-200", "Velor Aero"),
                                             ("C310", ""), ("Corvane Airways", "")])
def test_a_product_name_gives_its_maker(name: str, maker: str) -> None:
    assert _maker(name) == maker


@pytest.mark.parametrize(("kind", "name", "agent"), [("org", "Corvane Airways", True), ("person", "Ilse Marten", True),
                                                     ("org", "C310", False), ("country", "Portugal", False),
                                                     ("location", "Lisbon", False)])
def test_agents(kind: str, name: str, agent: bool) -> None:
    assert is_agent(kind, name) is agent


def _actors(lang: str, sentence: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind) for a in find_entities_many([sentence], lang, Options(), [0])[0].actors]


@pytest.mark.parametrize(("lang", "sentence", "body"), [
    ("fr", "Le candidat de la France insoumise a tenu un meeting mardi à Nantes.", "France insoumise"),
    ("fr", "Les élus de la France insoumise ont quitté l'hémicycle jeudi.", "France insoumise"),
    ("fr", "Les Jeunes de la France Solidaire ont défilé samedi à Rennes.", "France Solidaire"),
    ("en", "Norway Seafood Council announced new quotas on Monday.", "Norway Seafood Council"),
])
def test_a_name_that_opens_with_a_country_and_goes_on_is_a_body(lang: str, sentence: str, body: str) -> None:
    found = _actors(lang, sentence)
    assert (body, "org") in found
    assert all(kind != "country" for _, kind in found)


@pytest.mark.parametrize(("lang", "sentence", "country"), [
    ("fr", "La France a signé l'accord mardi à Bruxelles.", "France"),
    ("fr", "La France entière a voté dimanche.", "France"),
    ("en", "Portugal and Spain signed a treaty on Monday.", "Portugal"),
    ("en", "The Portugal–Spain Water Dialogue opened on Monday.", "Portugal"),
])
def test_a_country_alone_stays_a_country(lang: str, sentence: str, country: str) -> None:
    assert (country, "country") in _actors(lang, sentence)


def test_a_war_named_after_a_country_is_no_actor() -> None:
    found = _actors("en", "Veterans of the Korea War gathered in Seoul on Monday.")
    assert all(name != "Korea War" for name, _ in found)
    assert ("Korea", "country") not in found  # a happening's name, neither a body nor the country
