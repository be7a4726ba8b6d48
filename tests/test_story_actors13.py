"""Story actors without a headline, round thirteen (issue 13, helper lead13): what step 9e lends when the page has no
headline, and what it does not.

Measured first (docs/BENCHMARKS.md "Story actors without a headline, round thirteen"): on real-news dev half B and
the written dev halves a-f, lending an event the article's most-named person or body (counts over the whole body,
surnames and acronyms joined), the first paragraph's, or a lead's name said only once, puts far more names on events
that the gold does not take than it finds (about one right for four to six wrong, under the actors' precision). So a
story without a headline keeps the rule of every story (events/story_actors.py ``main_actors``): its first sentence
is its lead, and a person or a body of the lead said again in the body is lent; a name the lead says once, or one the
body repeats but the lead never says, is not. These tests pin that decision in both languages.

Every sentence is ours; the towns, companies and people are made up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_actors_context10 import _extract  # one writer of story articles for every actors file
from timeline.models import LENT_ROLE

MARCH_2 = dt.date(2025, 3, 2)

#: A wire story with a dateline and no headline: the company of its lead is named again in the body.
WIRE = {
    "en": ("TALLINN, March 3 (Reuters) - Norvik Motors will close its plant in Tallinn next year.\n\n"
           "Norvik Motors said the decision followed two years of falling orders.\n\n"
           "The plant's last shift was told of the closure on March 2.",
           "Norvik Motors"),
    "fr": ("TALLINN, 3 mars (AFP) - Le groupe Norvik fermera son usine de Tallinn l'an prochain.\n\n"
           "Le groupe Norvik a expliqué sa décision par deux années de commandes en baisse.\n\n"
           "La dernière équipe de l'usine a été informée de la fermeture le 2 mars.",
           "Norvik"),
}

#: No headline, and the lead's body is never named again: the body's most-named body is another one.
ONCE = {
    "en": ("ARDENNE, March 3 - Velmont Foods told its staff on Monday that the dairy would be sold.\n\n"
           "The union Solidar said the buyer had not been named. Solidar called a meeting of its members.\n\n"
           "Solidar's members were told of the sale on March 2, and the workers' council met on March 2.",
           "Velmont Foods", "Solidar"),
    "fr": ("ARDENNE, 3 mars - La société Velmont a annoncé lundi à son personnel la vente de la laiterie.\n\n"
           "Le syndicat Solidar a indiqué que l'acheteur n'était pas connu. Solidar a convoqué ses adhérents.\n\n"
           "Les adhérents de Solidar ont appris la vente le 2 mars, et le comité d'entreprise s'est réuni le 2 mars.",
           "Velmont", "Solidar"),
}


def _lent(mentions: list) -> list[str]:
    return [name for m in mentions for name, role in getattr(m, "roles", ()) if role == LENT_ROLE]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_wire_story_without_headline_lends_its_lead_company(tmp_path: Path, lang: str) -> None:
    text, company = WIRE[lang]
    events, mentions = _extract(tmp_path, [(lang, "", text)])
    on_day = [m for m in mentions if m.date == MARCH_2]
    assert on_day, [(m.date, m.actors) for m in mentions]
    assert any(company in name for name in _lent(on_day)), [(m.actors, m.roles) for m in on_day]
    assert any(company in a for e in events if e.date == MARCH_2 for a in e.actors)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_lead_name_said_once_and_the_most_named_body_are_not_lent(tmp_path: Path, lang: str) -> None:
    text, once, most_named = ONCE[lang]
    _, mentions = _extract(tmp_path, [(lang, "", text)])
    lent = _lent(mentions)
    assert mentions, "the story's events were found"
    assert not any(once in name for name in lent), lent
    assert not any(most_named in name for name in lent), lent
