"""Actors, round seventeen (issue 13, helper act17): "the two sides", "les deux parties", two parties named before.

An event whose sentence names two parties only by a counting phrase (``pair_anaphors`` in lang/*/actors.yaml) and
names fewer than two agents takes the actors of the nearest earlier sentence of its story naming two or more
(events/pair_anaphors.py).

Every sentence is ours; the people, schools and places are made up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_actors_context10 import _extract
from timeline.extraction.events.pair_anaphors import tells_a_pair

MARCH_2 = dt.date(2025, 3, 2)


@pytest.mark.parametrize(("lang", "text", "told"), [
    ("en", "After the talks, the two sides signed a trade memorandum.", True),
    ("en", "The boards of both companies approved the merger on Friday.", True),
    ("en", "Both leaders laid a wreath at the memorial.", True),
    ("en", "Both days of the festival were sold out.", False),  # no party
    ("en", "The two trains collided near the station.", False),
    ("fr", "À l'issue de la rencontre, les deux parties ont signé un accord.", True),
    ("fr", "Les conseils d'administration des deux entreprises ont approuvé la fusion.", True),
    ("fr", "Les deux journées du festival affichent complet.", False),
])
def test_tells_a_pair(lang: str, text: str, told: bool) -> None:
    assert tells_a_pair(text, lang) is told


STORIES = [
    ("en", "Trade talks in Ostrava",
     "Trade minister Pavel Hruska received his counterpart Ilse Marnet in Ostrava on Monday.\n\n"
     "After the talks, the two sides signed a memorandum on customs checks on March 2.",
     ("Pavel Hruska", "Ilse Marnet")),
    ("fr", "Rencontre à Ostrava",
     "Le ministre du Commerce Pavel Hruska a reçu lundi son homologue Ilse Marnet à Ostrava.\n\n"
     "À l'issue de la rencontre, les deux parties ont signé le 2 mars un accord sur les contrôles douaniers.",
     ("Pavel Hruska", "Ilse Marnet")),
]


@pytest.mark.parametrize(("lang", "title", "text", "names"), STORIES)
def test_the_two_parties_named_before_are_the_actors(tmp_path: Path, lang: str, title: str, text: str,
                                                     names: tuple[str, str]) -> None:
    events, _ = _extract(tmp_path, [(lang, title, text)])
    [event] = [e for e in events if e.date == MARCH_2]
    for name in names:
        assert any(name in a for a in event.actors), event.actors


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Trade talks in Ostrava",
     "Trade minister Pavel Hruska received his counterpart Ilse Marnet in Ostrava on Monday.\n\n"
     "After the talks, officials signed a memorandum on customs checks on March 2."),
    ("fr", "Rencontre à Ostrava",
     "Le ministre du Commerce Pavel Hruska a reçu lundi son homologue Ilse Marnet à Ostrava.\n\n"
     "À l'issue de la rencontre, des fonctionnaires ont signé le 2 mars un accord sur les contrôles douaniers."),
])
def test_without_the_counting_phrase_nothing_is_borrowed(tmp_path: Path, lang: str, title: str, text: str) -> None:
    """The control: the same story told without "the two sides" does not reach back for the two ministers."""
    events, _ = _extract(tmp_path, [(lang, title, text)])
    [event] = [e for e in events if e.date == MARCH_2]
    assert not any("Ilse Marnet" in a for a in event.actors), event.actors


def test_a_pair_of_states_takes_the_two_countries(tmp_path: Path) -> None:
    """"The two countries": the countries the sentence before names, not its first two names."""
    text = ("Ambassador Lena Vos met deputy minister Arturo Quispe, who praised Peru as a close partner of the "
            "Netherlands.\n\n"
            "On March 2, the customs offices of the two countries held a session on rules of origin.")
    events, _ = _extract(tmp_path, [("en", "Customs talks", text)])
    [event] = [e for e in events if e.date == MARCH_2]
    assert any("Peru" in a for a in event.actors) and any("Netherlands" in a for a in event.actors), event.actors
