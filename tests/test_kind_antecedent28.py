"""Actors, round twenty-eight (room nbr28): a body named again by the noun of its kind in an event's sentence, when a
nearer sentence (or the event's own) names only bodies that noun cannot name.

"Harlow Borough Council voted ... / Corvane Freight Ltd ... lost its licence ... / Members of the council's
planning panel gather on March 2 ...": the event is lent the council from two sentences back, the firm between
being no "council" (events/kind_antecedent.py). Before, the nearest sentence naming any body stopped the
search, and a body of the event's own sentence stopped it too, whether or not the noun could name it.

Every sentence is ours; the people, firms and places are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_actors_context10 import _extract

#: A lead about something else: the story's main actors (events step 9e) are not the bodies below.
LEAD = {"en": "Storm Ellen closed three roads across the county on Monday night.",
        "fr": "La tempête Ellen a coupé trois routes du département lundi soir."}


def _march_2(tmp_path: Path, lang: str, *sentences: str) -> tuple[str, ...]:
    events, _ = _extract(tmp_path, [(lang, "Pier", "\n\n".join((LEAD[lang], *sentences)))])
    [event] = [e for e in events if (e.date.month, e.date.day) == (3, 2)]
    return tuple(event.actors)


@pytest.mark.parametrize(("lang", "sentences", "body"), [
    ("en", ("Harlow Borough Council voted on Monday to scrap the town's pay-and-display meters.",
            "Corvane Freight Ltd, which won the parking contract in 2019, lost its licence on Friday.",
            "Members of the council's planning panel gather on March 2 for a site visit, Jane Moss said."),
     "Harlow Borough Council"),
    ("fr", ("Le conseil départemental de la Drôme a voté lundi une aide aux éleveurs.",
            "La société Corvane Fret SA, titulaire du marché depuis 2019, a perdu sa licence vendredi.",
            "Les élus du conseil se réuniront le 2 mars, a indiqué Claire Vautrin."),
     "conseil départemental de la Drôme"),
])
def test_a_body_the_noun_cannot_name_is_passed_over(tmp_path: Path, lang: str, sentences: tuple[str, ...],
                                                     body: str) -> None:
    assert body in _march_2(tmp_path, lang, *sentences)


@pytest.mark.parametrize(("lang", "sentences", "body"), [
    ("en", ("Harlow Borough Council voted on Monday to scrap the town's pay-and-display meters.",
            "Corvane Freight Ltd, which won the parking contract in 2019, lost its licence on Friday.",
            "Jane Moss will meet the company's directors on March 2."),
     "Harlow Borough Council"),
    ("fr", ("Le conseil départemental de la Drôme a voté lundi une aide aux éleveurs.",
            "La société Corvane Fret SA, titulaire du marché depuis 2019, a perdu sa licence vendredi.",
            "Claire Vautrin rencontrera les dirigeants de l'entreprise le 2 mars."),
     "conseil départemental de la Drôme"),
])
def test_the_nearest_body_the_noun_names_wins(tmp_path: Path, lang: str, sentences: tuple[str, ...],
                                              body: str) -> None:
    """The control: "the company" names the firm of the sentence before, never the council further back."""
    assert body not in _march_2(tmp_path, lang, *sentences)


# Counted in round twenty-eight and not built (docs/BENCHMARKS.md, "nbr28"): strict xfails.

@pytest.mark.xfail(strict=True, reason="a firm whose two-word name the reader takes for a person is no body to lend")
def test_a_firm_read_as_a_person_is_not_lent(tmp_path: Path) -> None:
    actors = _march_2(tmp_path, "en", "Penrose Aerial hopes to start drone flights over the moors in the summer.",
                      "Parents may quiz the company's pilots at a school fair on March 2.")
    assert "Penrose Aerial" in actors


@pytest.mark.xfail(strict=True, reason="the agent named only in the sentence after the event is not lent to it")
def test_the_agent_named_in_the_next_sentence(tmp_path: Path) -> None:
    actors = _march_2(tmp_path, "en", "Maria Quell became head of government on March 2.",
                      "Her swearing-in was conducted by Governor-General Tobias Wren at his residence.")
    assert "Tobias Wren" in actors
