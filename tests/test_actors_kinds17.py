"""Actors, round seventeen (issue 13, helper act17): a story names its body again by the noun of its kind.

"Shares in the company fell", "the council's cabinet", "les salariés du groupe": a body named in a story's headline
or lead is named again in its body by the noun of its kind, with a definite article, anywhere in a sentence
(actors/kind_mentions.py). Step 9e (events/story_actors.py ``main_actors``) counts those mentions for the body that
opens the headline or the lead, so that the body is one of the story's main actors and is lent to its events.

Every sentence is ours; the companies, councils and people are made up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_actors_context10 import _extract
from timeline.extraction.actors.kind_mentions import kind_mentions, kind_subject, opens
from timeline.models import LENT_ROLE

MARCH_2 = dt.date(2025, 3, 2)


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("en", "Shares in the company fell 3% after the results.", 1),
    ("en", "The regulator will rule on the company's prices in May.", 2),
    ("en", "The firm's new plant opened and the orchestra's tour was cancelled.", 2),
    ("en", "The council's cabinet backed the plan; the utility said nothing.", 2),
    ("en", "Its rival, the carmaker Velmont, cut prices.", 0),  # a name follows: another body
    ("en", "The operator, Brightwell Energy, confirmed the fault.", 0),
    ("en", "The committee of inquiry will report in June.", 0),  # a complement: another body
    ("en", "She joined the Harwick Building Company in 2010.", 0),  # a capital: part of a name
    ("en", "The companies agreed to talk.", 0),  # a plural names no single body
    ("fr", "L'entreprise présentera ses comptes mardi.", 1),
    ("fr", "Les salariés du groupe ont débrayé ; la société a réagi.", 2),
    ("fr", "Le conseil a voté et l'agence a publié son avis.", 2),
    ("fr", "La société Brimval a racheté le site.", 0),  # a name follows
    ("fr", "Le comité d'entreprise se réunira jeudi.", 0),  # a complement: another body
    ("fr", "Les entreprises du secteur ont protesté.", 0),
])
def test_kind_mentions(lang: str, text: str, count: int) -> None:
    assert kind_mentions(text, lang) == count


@pytest.mark.parametrize(("lang", "name", "text", "count"), [
    ("en", "Marlow District Council", "The council's leader and the company met; the council agreed.", 2),
    ("en", "Fenwick Dairies", "The council's leader and the company met; the council agreed.", 3),
    ("fr", "tribunal judiciaire de Vannes", "Le tribunal a renvoyé l'affaire ; la société a fait appel.", 1),
])
def test_a_name_holding_a_kind_is_named_again_by_that_kind_only(lang: str, name: str, text: str, count: int) -> None:
    assert kind_mentions(text, lang, name) == count


@pytest.mark.parametrize(("lang", "sentence", "offset", "first"), [
    ("en", "Fenwick Dairies is recalling two batches.", 0, True),
    ("en", "The Ashby Philharmonic unveiled its season.", 4, True),
    ("en", "Parents protest at the Fenwick plant.", 22, False),
    ("fr", "L'Agence régionale de santé a fermé le site.", 2, True),
    ("fr", "Les salariés de Brimval ont manifesté.", 16, False),
    ("fr", "Le groupe Brimval a levé 400 millions.", 10, True),
    ("en", "The carmaker Velmont cut prices.", 13, True),
])
def test_opens(lang: str, sentence: str, offset: int, first: bool) -> None:
    assert opens(sentence, offset, lang) is first


@pytest.mark.parametrize(("candidates", "chosen"), [
    ([("Swindon", "org", True), ("Marlow District Council", "org", True)], 1),  # a town read as a body: not it
    ([("Brimval Foods", "person", True), ("Ofwat", "org", False)], 0),  # a body read as a person, opening
    ([("Ada Brun", "person", False), ("Ofwat", "org", False)], None),  # nobody opens a sentence
    ([("Le Monde", "org", True), ("Brimval", "org", True)], 1),  # a newspaper's masthead is no subject
])
def test_kind_subject(candidates: list[tuple[str, str, bool]], chosen: int | None) -> None:
    assert kind_subject(candidates, "en") == chosen


EN_STORY = ("Fenwick Foods raises £400m for a new plant",
            "Fenwick Foods sold £400 million of bonds on Monday to pay for a new plant.\n\n"
            "Shares in the company rose 2% after the sale.\n\n"
            "Inspectors from the Health and Safety Executive visited the site on March 2.\n\n"
            "The company's chairman welcomed the visit.")
FR_STORY = ("Le groupe Brimval lève 400 millions pour un nouveau réservoir",
            "Le groupe Brimval a levé lundi 400 millions d'euros pour financer un nouveau réservoir.\n\n"
            "L'entreprise avait annoncé l'opération une semaine plus tôt.\n\n"
            "Les inspecteurs de l'Agence de l'eau Loire-Bretagne ont visité le chantier le 2 mars.\n\n"
            "Les salariés du groupe seront associés au projet.")


@pytest.mark.parametrize(("lang", "story", "company"), [("en", EN_STORY, "Fenwick Foods"),
                                                        ("fr", FR_STORY, "Brimval")])
def test_a_body_named_again_by_its_kind_is_lent_to_the_story_events(tmp_path: Path, lang: str,
                                                                   story: tuple[str, str], company: str) -> None:
    """The body is never named again by its name in the story's body, only by its kind: still its main actor, lent
    to the event that names someone else."""
    events, mentions = _extract(tmp_path, [(lang, *story)])
    [mention] = [m for m in mentions if m.date == MARCH_2]
    assert [name for name, role in mention.roles if role == LENT_ROLE and company in name], mention.roles
    [event] = [e for e in events if e.date == MARCH_2]
    assert any(company in a for a in event.actors), event.actors


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Fenwick Foods raises £400m for new reservoir",
     "Fenwick Foods sold £400 million of bonds on Monday to pay for a new reservoir.\n\n"
     "Inspectors from the Health and Safety Executive visited the site on March 2.\n\n"
     "The committee of inquiry will report in June."),
    ("fr", "Brimval lève 400 millions pour un nouveau réservoir",
     "Brimval a levé lundi 400 millions d'euros pour financer un nouveau réservoir.\n\n"
     "Les inspecteurs de l'Agence de l'eau Loire-Bretagne ont visité le chantier le 2 mars.\n\n"
     "Le comité d'entreprise se réunira en juin."),
])
def test_another_body_named_by_its_kind_lends_nothing(tmp_path: Path, lang: str, title: str, text: str) -> None:
    """A kind noun with its complement names another body: the company is not named again, nothing lent."""
    events, _ = _extract(tmp_path, [(lang, title, text)])
    [event] = [e for e in events if e.date == MARCH_2]
    assert not any(("Fenwick" in a or "Brimval" in a) for a in event.actors), event.actors
