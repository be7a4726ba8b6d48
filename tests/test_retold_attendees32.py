"""A far sentence pointing back to an event still lends the person it tells attending it or speaking there (round
thirty-two, act32), and only that person.

Each row is a short article we wrote (made-up bodies and people); the whole pipeline reads it. The event's sentence
comes first, then seven sentences of filler, then a sentence pointing back to the event: further than
``RETOLD_REACH`` (actors/retold_reach.py), so its names are no longer the event's (act31), except the person it tells
attending the event or speaking there (events/retold_attendees.py, ``retold_attendance`` in lang/<lang>/actors.yaml).
The other names of that sentence stay out.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline import lang as lexicon
from timeline.extraction.events.retold_attendees import attendance_pattern
from timeline.extraction.pipeline import extract
from timeline.settings import Options

FILLER_EN = ["The weather in the valley was mild.", "Traffic on the ring road was slow.",
             "Prices of bread rose a little.", "A new bakery opened on the square.",
             "The river was higher than usual.", "Schools stayed open as planned.", "Trains ran on time."]
FILLER_FR = ["Le temps était doux dans la vallée.", "La circulation était lente sur la rocade.",
             "Le prix du pain a un peu augmenté.", "Une boulangerie a ouvert sur la place.",
             "La rivière était plus haute que d'habitude.", "Les écoles sont restées ouvertes.",
             "Les trains étaient à l'heure."]

SUMMIT_EN = "Norvik Group held a summit with its suppliers in Geneva on March 2."
SUMMIT_FR = "Le groupe Norvik a tenu un sommet avec ses fournisseurs à Genève le 2 mars."
CONGRESS_EN = "The Tarn Valley Growers Association held its first national congress in Geneva on March 2."
CONGRESS_FR = "L'Association des producteurs du val de Tarn a tenu son premier congrès national à Genève le 2 mars."


def _article(event: str, filler: list[str], later: str) -> str:
    return " ".join([event, *filler, later])


CASES = [  # (lang, text, the name lent to the event of 2 March, a name of the same far sentence that is not lent)
    pytest.param("en", _article(SUMMIT_EN, FILLER_EN, "Jane Okafor, who attended the summit, praised the steel of "
                                "Brisk Metals."), "Jane Okafor", "Brisk Metals", id="en-attended"),
    pytest.param("fr", _article(SUMMIT_FR, FILLER_FR, "Jeanne Okafor, qui a assisté au sommet, a salué l'acier de "
                                "Brisk Métaux."), "Jeanne Okafor", "Brisk Métaux", id="fr-a-assiste"),
    pytest.param("en", _article(CONGRESS_EN, FILLER_EN, "Speaking at the congress, the chairman of the Tarn Valley "
                                "Growers Association, Tom Reyes, thanked the mayor Lena Brandt."), "Tom Reyes",
                 "Lena Brandt", id="en-speaking-at"),
    pytest.param("fr", _article(CONGRESS_FR, FILLER_FR, "S'exprimant lors de l'événement, le ministre de "
                                "l'Agriculture et président de l'Association des producteurs du val de Tarn pour la "
                                "période 2025-2029, Tom Reyes, a remercié le maire Léna Brandt."), "Tom Reyes",
                 "Léna Brandt", id="fr-president-speaking"),
]


@pytest.mark.parametrize(("lang", "text", "kept", "dropped"), CASES)
def test_a_far_sentence_lends_only_its_attendee(tmp_path: Path, lang: str, text: str, kept: str, dropped: str
                                                    ) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"title": "", "text": text, "lang": lang, "published": "2025-03-03"}), encoding="utf-8")
    events = [e for e in extract([path], Options(reference_date=dt.date(2025, 3, 3))).events
              if e.date == dt.date(2025, 3, 2)]
    assert len(events) == 1, [(e.date, e.event_type, e.title) for e in events]
    assert kept in events[0].actors, events[0].actors
    assert dropped not in events[0].actors, events[0].actors


@pytest.mark.parametrize(("lang", "text", "attends"), [
    ("en", "Jane Okafor, who attended the summit, said", True),
    ("en", "Speaking at the event, the chairman said", True),
    ("en", "Jane Okafor later criticised the summit", False),
    ("fr", "Jeanne Okafor, qui avait assisté au gala, a dit", True),
    ("fr", "S’exprimant lors de l’événement, le ministre a dit", True),
    ("fr", "Jeanne Okafor a ensuite critiqué le sommet", False),
])
def test_attendance(lang: str, text: str, attends: bool) -> None:
    pattern = attendance_pattern(lang)
    assert pattern is not None
    assert bool(pattern.search(lexicon.fold(text))) is attends
