"""The bare lines of a results or fixtures list are one row each (events/score_lines.py; round twenty-two, room
rec22, issue 13 recall).

Counted on the dev sources: written batch n dev 6 missed rows (a darts league's results under a day heading and its
fixtures after a day and a colon), written batch m dev 6 (a football page's results as list items under a heading,
its fixtures, two on one line); written batch i dev 2 borderline fixture lines. Every sentence here was written for
these tests; the reference date is Thursday 14 March 2024.
"""

from __future__ import annotations

import pytest

from tests.events_support import NO_NER, THURSDAY, one_story
from timeline.extraction.events.score_lines import score_line
from timeline.extraction.pipeline import extract_article, merge_tellings


def rows(lang: str, text: str) -> list[tuple[str, str]]:
    """(ISO date, status) of each merged row of ``text``, sorted."""
    events = merge_tellings(extract_article(one_story(text, lang, THURSDAY), NO_NER)).events
    return sorted((e.date.isoformat(), e.status) for e in events)


LISTS = [
    ("en", "SNOOKER: County League\n\nTuesday 12 March\nAlnwick Reds 5-2 Morpeth Blues\nHexham Cue 4-4 Rothbury Stars\n"
           "\nThe league's dinner is being organised by its secretary.",
     [("2024-03-12", "held"), ("2024-03-12", "held")]),
    ("en", "Results, Saturday 9 March\n\n• Kelso Town 2 Jedburgh Rovers 0\n\n• Selkirk United 1 Hawick Athletic 1\n\n"
           "• Peebles City 3 Galashiels Wanderers 2",
     [("2024-03-09", "held")] * 3),
    ("en", "Saturday 16 March, 3pm: Kelso Town v Peebles City; Hawick Athletic v Selkirk United.",
     [("2024-03-16", "planned"), ("2024-03-16", "planned")]),
    ("fr", "Résultats du mardi 12 mars\nCercle Dijon 27-24 Entente Beaune\nAvenir Chalon 30-30 Stade Mâcon",
     [("2024-03-12", "held"), ("2024-03-12", "held")]),
    ("fr", "Samedi 16 mars à 20 h : Entente Beaune - Avenir Chalon\n"
           "Dimanche 17 mars à 16 h : Stade Mâcon - Cercle Dijon",
     [("2024-03-16", "planned"), ("2024-03-17", "planned")]),
]

NOT_LISTS = [
    # a score told for a day still to come is no result (a score is told after the match)
    ("en", "Saturday 16 March: Kelso Town 2 Peebles City 1.", "2024-03-16"),
    ("fr", "Samedi 16 mars : Cercle Dijon 27-24 Entente Beaune", "2024-03-16"),
    # a heading day, then a line of prose, then a score: the block is broken
    ("en", "Tuesday 12 March\nThe pitch was waterlogged all afternoon.\nAlnwick Reds 5-2 Morpeth Blues", "2024-03-12"),
    ("fr", "Mardi 12 mars\nLe terrain était impraticable.\nCercle Dijon 27-24 Entente Beaune", "2024-03-12"),
    # a dash between two one-word names after a day is a route of a timetable, not a fixture
    ("fr", "Samedi 16 mars : Dijon - Beaune\nDimanche 17 mars : Chalon - Mâcon", "2024-03-16"),
    # a heading with more than a few words before its day is a sentence, not a heading
    ("en", "The club's annual report was read on Tuesday 12 March\nAlnwick Reds 5-2 Morpeth Blues", "2024-03-12"),
]


@pytest.mark.parametrize("lang,text,expected", LISTS)
def test_each_line_of_a_results_or_fixtures_list_is_a_row(lang: str, text: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert rows(lang, text) == expected


@pytest.mark.parametrize("lang,text,day", NOT_LISTS)
def test_no_row_for_a_score_line_without_its_day(lang: str, text: str, day: str) -> None:
    assert day not in {d for d, _ in rows(lang, text)}, rows(lang, text)


@pytest.mark.parametrize("trigger,expected", [
    ("Kelso Town 2 Jedburgh Rovers 0", True), ("Alnwick Reds 5-2 Morpeth Blues", True),
    ("Entente Beaune - Avenir Chalon", True), ("Kelso Town v Peebles City", True),
    ("Stade de Reims 2-0 Le Havre", True),
    ("Dijon - Beaune", False), ("the pitch was waterlogged", False), ("won 2-1 at home", False),
    ("s'est imposé 31-27", False),
    ("Kelso Town won 2-1 at Peebles", False), ("Kelso beat Peebles", False),
])
def test_a_trigger_is_a_list_line(trigger: str, expected: bool) -> None:
    assert score_line(trigger) is expected
