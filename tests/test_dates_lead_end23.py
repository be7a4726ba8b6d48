"""The lead of a text read line by line in place (dates/lead_clocks.py ``_lead_end``; round twenty-three, helper
spd23, issue 12: speed, every output the same).

``_lead_end`` split the whole text into lines and listed every word of each line until one held ``LEAD_WORDS``
words: on a text of one long line, all its words. It now reads each line in place up to its ``LEAD_WORDS``-th word.
The old reading is kept here as the reference; every sentence was written for these tests.
"""

from __future__ import annotations

import random

import pytest

from timeline.extraction.dates.context import _SENTENCE_END
from timeline.extraction.dates.lead_clocks import _WORDS, LEAD_WORDS, _lead_end


def _split_lead_end(text: str) -> tuple[int, int] | None:
    at = 0
    for line in text.split("\n"):
        if len(_WORDS.findall(line)) >= LEAD_WORDS:
            end = _SENTENCE_END.search(text, at, at + len(line) + 1)
            return at, end.end() if end else at + len(line)
        at += len(line) + 1
    return None


TEXTS = [
    "Grève à la SNCF\nLes conducteurs ont cessé le travail mardi à 5 h. Le trafic reprendra jeudi.",
    "Storm hits the coast\n\nHeavy rain flooded the lower town overnight, officials said. Roads reopened at noon.",
    "Le conseil municipal a voté le budget de la ville hier soir après trois heures de débat",
    "Short line\nanother\n",
    "",
    "\n\n\n",
    "Un mot. Deux mots ici.\nLa deuxième ligne compte bien plus de huit mots en tout, dit-on.",
    "The board met on Monday and agreed to sell the plant to a rival group; talks lasted all night",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_lead_is_the_split_reading(text: str) -> None:
    assert _lead_end(text) == _split_lead_end(text)


def test_a_long_first_line_is_its_first_sentence() -> None:
    text = "Les pompiers sont intervenus dans la nuit pour un incendie. " * 40
    assert _lead_end(text) == (0, 60)


def test_random_texts_of_words_lines_and_stops() -> None:
    rng = random.Random(23)
    pieces = ["mot", "word", "été", "3", "2025", " ", " ", " ", "\n", "\n\n", ". ", "! ", "? ", ";", "a.m. ", "Il ",
              "The ", "x_y", "l'", "—", "\t"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        assert _lead_end(text) == _split_lead_end(text), repr(text)
