"""Actors, round thirteen (issue 13, helper nb13): the story's main actor for events that already name someone.

Measured first (docs/BENCHMARKS.md "Neighbouring actors, round thirteen"): of the names the sentences around an
event hold, the gold takes few (about one in twenty-five once the story's main actor is lent), none that a rule on
role and distance or a learned choice could pick; the one it takes is the story's main actor, the name of the
headline or lead said again in the body. So step 9e (events/story_actors.py ``lent_actors``) lends the first main
actor (MAIN_FOR_NAMED) to an event whose own sentence names an agent as well, marked as lent (``LENT_ROLE``): merging
does not count it. A lent name the event has already, or a part of one, is left out (events/mentions.py ``known``).

Every sentence is ours; the companies and people are made up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_actors_context10 import _extract  # one writer of story articles for both files
from timeline.extraction.events.mentions import known as _known
from timeline.extraction.events.story_actors import MAIN_FOR_NAMED
from timeline.models import LENT_ROLE

PUBLISHED = dt.date(2025, 3, 3)
MARCH_2 = dt.date(2025, 3, 2)

EN_STORY = ("Norvik Motors to close its Tallinn plant",
            "Norvik Motors will close its plant in Tallinn, the carmaker said on Monday.\n\n"
            "Chief executive Ada Brun met the workers' council on March 2.\n\n"
            "Norvik Motors employs 1,200 people in Estonia.")
FR_STORY = ("Le groupe Norvik va fermer son usine de Tallinn",
            "Le groupe Norvik fermera son usine de Tallinn, a annoncé lundi le constructeur.\n\n"
            "La directrice générale Ada Brun a rencontré le comité d'entreprise le 2 mars.\n\n"
            "Le groupe Norvik emploie 1 200 personnes en Estonie.")




def _lent(mention: object) -> list[str]:
    return [name for name, role in getattr(mention, "roles", ()) if role == LENT_ROLE]


@pytest.mark.parametrize(("lang", "story", "company"), [("en", EN_STORY, "Norvik Motors"),
                                                        ("fr", FR_STORY, "Norvik")])
def test_an_event_naming_someone_is_lent_the_story_main_actor(tmp_path: Path, lang: str, story: tuple[str, str],
                                                             company: str) -> None:
    events, mentions = _extract(tmp_path, [(lang, *story)])
    [mention] = [m for m in mentions if m.date == MARCH_2]
    assert "Ada Brun" in mention.actors  # its own name first
    assert [name for name in _lent(mention) if company in name], mention.roles
    assert mention.actors.index("Ada Brun") < min(mention.actors.index(n) for n in _lent(mention))
    [event] = [e for e in events if e.date == MARCH_2]
    assert any(company in a for a in event.actors)


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Norvik Motors to close its Tallinn plant",
     "Norvik Motors will close its plant in Tallinn, the carmaker said on Monday.\n\n"
     "Chief executive Ada Brun met the workers' council on March 2."),
    ("fr", "Le groupe Norvik va fermer son usine de Tallinn",
     "Le groupe Norvik fermera son usine de Tallinn, a annoncé lundi le constructeur.\n\n"
     "La directrice générale Ada Brun a rencontré le comité d'entreprise le 2 mars."),
])
def test_a_name_not_said_again_in_the_body_is_not_lent(tmp_path: Path, lang: str, title: str, text: str) -> None:
    """The headline and lead name the company, the body never again: no main actor, nothing lent."""
    _, mentions = _extract(tmp_path, [(lang, title, text)])
    [mention] = [m for m in mentions if m.date == MARCH_2]
    assert _lent(mention) == []
    assert "Ada Brun" in mention.actors


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Norvik Motors signs a freight deal with Baltrail",
     "Norvik Motors signed a rail freight deal with Baltrail on Monday.\n\n"
     "Transport minister Jonas Pell inaugurated the new loading terminal in Tallinn on March 2.\n\n"
     "Norvik Motors will ship 300 cars a week by rail, Baltrail said.\n\n"
     "Norvik Motors expects its costs to fall by a tenth."),
    ("fr", "Le groupe Norvik et Baltrail signent un accord de fret",
     "Le groupe Norvik et Baltrail ont signé lundi un accord de fret ferroviaire.\n\n"
     "Le ministre des Transports Jonas Pell a inauguré le nouveau terminal de Tallinn le 2 mars.\n\n"
     "Le groupe Norvik expédiera 300 voitures par semaine, selon Baltrail.\n\n"
     "Le groupe Norvik attend une baisse de ses coûts d'un dixième."),
])
def test_a_named_event_is_lent_the_most_repeated_main_actor_only(tmp_path: Path, lang: str, title: str,
                                                                 text: str) -> None:
    _, mentions = _extract(tmp_path, [(lang, title, text)])
    [mention] = [m for m in mentions if m.date == MARCH_2]
    lent = _lent(mention)
    assert len(lent) == MAIN_FOR_NAMED == 1
    assert "Norvik" in lent[0]
    assert not any("Baltrail" in name for name in mention.actors)


@pytest.mark.parametrize(("lang", "first", "second"), [
    ("en", "Chief executive Ada Brun met the workers' council in Tallinn on March 2.",
     "Finance director Olev Tamm met the bank's creditors in Riga on March 2."),
    ("fr", "La directrice générale Ada Brun a rencontré le comité d'entreprise à Tallinn le 2 mars.",
     "Le directeur financier Olev Tamm a rencontré les créanciers de la banque à Riga le 2 mars."),
])
def test_two_named_meetings_of_one_company_on_one_day_stay_apart(tmp_path: Path, lang: str, first: str,
                                                                 second: str) -> None:
    """Both are lent the company; the lent name does not make them one event."""
    title, text = (EN_STORY if lang == "en" else FR_STORY)
    lead, _, rest = text.split("\n\n")
    events, mentions = _extract(tmp_path, [(lang, title, f"{lead}\n\n{first}\n\n{rest}"),
                                           (lang, title, f"{lead}\n\n{second}\n\n{rest}")])
    assert len([m for m in mentions if m.date == MARCH_2 and _lent(m)]) == 2
    assert len([e for e in events if e.date == MARCH_2]) == 2


@pytest.mark.parametrize(("name", "actors", "known"), [
    ("Apple", ["Apple Computer", "Intel"], True),  # a part of a name the event has
    ("Jean-Pierre Raffin", ["Raffin"], True),  # a name the event has is part of it
    ("Norvik Motors", ["norvik motors"], True),  # the same name, folded
    ("Norvik Motors", ["Ada Brun", "Tallinn"], False),
    ("Baltrail", ["Baltrail Cargo Services"], True),
    ("Baltrail Cargo", ["Cargo Norvik"], False),  # a shared word is not a part
])
def test_known(name: str, actors: list[str], known: bool) -> None:
    assert _known(name, actors) is known
