"""A line's closing stop read from its end (round thirty, spd30, speed only): ``present._closed`` answers what
``present._CLOSED.search`` over the whole line answered, without scanning a paragraph's every stop for each bare
weekday. Same answers on a table of lines of our own in both languages, with trailing spaces of several kinds and
inside a longer text, and on random lines; ``schedule_present`` still tells a headline (no stop) from a sentence.

Every sentence is written for these tests (none is taken from an article).
"""

from __future__ import annotations

import random

import pytest

from timeline.extraction.dates.present import _CLOSED, _closed, schedule_present

LINES = [
    ("Le conseil municipal se réunit jeudi.", True),
    ("Le conseil municipal se réunit jeudi", False),
    ("Le conseil municipal se réunit jeudi.  \t", True),
    ("Le conseil municipal se réunit jeudi.\u00a0\u202f", True),
    ("« Nous votons jeudi »", True),
    ("Le maire le dit : « on vote jeudi… »", True),
    ("Vote du budget jeudi soir (salle des fêtes)", True),
    ("Vote du budget : jeudi", False),
    ("The council meets on Thursday!", True),
    ("The council meets on Thursday?\u2003", True),
    ('He said: "the council meets on Thursday"', True),
    ("Council meets Thursday", False),
    ("Council meets Thursday ", False),
    ("Council meets Thursday: agenda", False),
    ("Council meets Thursday;", True),
    ("", False),
    ("   ", False),
    (".", True),
]


@pytest.mark.parametrize(("line", "closed"), LINES, ids=[repr(line)[:40] for line, _ in LINES])
def test_a_line_read_from_its_end_is_closed_as_the_search_says(line: str, closed: bool) -> None:
    assert _closed(line, 0, len(line)) is closed
    assert bool(_CLOSED.search(line, 0, len(line))) is closed


@pytest.mark.parametrize(("line", "closed"), LINES, ids=[repr(line)[:40] for line, _ in LINES])
def test_the_same_inside_a_longer_text(line: str, closed: bool) -> None:
    text = f"Titre du jour.\n{line}\nNext line."
    start = text.index("\n") + 1
    assert _closed(text, start, start + len(line)) is closed
    assert bool(_CLOSED.search(text, start, start + len(line))) is closed


def test_random_lines_agree() -> None:
    alphabet = list("ab 1,.!?…:;»”\"')](«\t\u00a0\u202f\u2003\x0b\x0c\r\x1c\x85\u2028")
    rng = random.Random(30)
    for _ in range(20000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        assert _closed(line, 0, len(line)) == bool(_CLOSED.search(line, 0, len(line))), repr(line)


@pytest.mark.parametrize(("lang", "text", "word", "present"), [
    ("fr", "Le conseil municipal se réunit jeudi.", "jeudi", True),
    ("fr", "Le conseil municipal se réunit jeudi", "jeudi", False),  # a headline: no tense
    ("fr", "Réunion du conseil.\nLe conseil municipal se réunit jeudi.  ", "jeudi", True),
    ("en", "The city council meets on Thursday.", "Thursday", True),
    ("en", "The city council meets on Thursday", "Thursday", False),  # a headline: no tense
    ("en", "Council news.\nThe city council meets on Thursday.\nMore below", "Thursday", True),
])
def test_schedule_present_still_reads_headlines_apart(lang: str, text: str, word: str, present: bool) -> None:
    start = text.index(word)
    assert schedule_present(lang, text, start, start + len(word)) is present
