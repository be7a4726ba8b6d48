"""Results lines that real pages print (round twenty-three, room lst23, issue 13 recall): the score after the two
names joined by a dash or "v", names of one word, a heading that ends with its day and a colon, a results list
trafilatura dropped from under that heading, and the two sides of the line as its actors.

Counted on the dev sources: written batch o dev 3 missed rows (a basketball round's results as a <ul> under "...,
disputée samedi 28 novembre :", dropped by the extractor; "A - B : 71-84"). The class (a results line) was counted in
n and m dev by round twenty-two (rec22). Every line here was written for these tests; the reference date is Thursday
14 March 2024.
"""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from tests.events_support import NO_NER, THURSDAY, one_story
from timeline.extraction.actors.listed_sides import listed_sides
from timeline.extraction.events.score_lines import score_line
from timeline.extraction.ingest.listed_lines import restore
from timeline.extraction.pipeline import extract_article, merge_tellings
from timeline.extraction.score_shapes import sides


def rows(lang: str, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(ISO date, status, actors) of each merged row of ``text``, sorted."""
    events = merge_tellings(extract_article(one_story(text, lang, THURSDAY), NO_NER)).events
    return sorted((e.date.isoformat(), e.status, tuple(sorted(e.actors))) for e in events)


LISTS = [
    ("fr", "Résultats de la 9e journée de Régionale 2, disputée mardi 12 mars :\n\n• Vesoul - Gray : 64-58\n\n"
           "• Lure - Luxeuil-les-Bains : 77-80\n\n• Héricourt - Champagnole : 59-61",
     [("2024-03-12", "held", ("Gray", "Vesoul")), ("2024-03-12", "held", ("Champagnole", "Héricourt")),
      ("2024-03-12", "held", ("Lure", "Luxeuil-les-Bains"))]),
    ("en", "Results of the county cup's third round, Saturday 9 March:\n\n• Alnwick v Morpeth 3-1\n\n"
           "• Hexham - Rothbury 0-2",
     [("2024-03-09", "held", ("Alnwick", "Morpeth")), ("2024-03-09", "held", ("Hexham", "Rothbury"))]),
    ("fr", "Mardi 12 mars\nStade Dolois - Union Arbois 21-18\nRacing Lons - Jura Sud 33-30",
     [("2024-03-12", "held", ("Jura Sud", "Racing Lons")), ("2024-03-12", "held", ("Stade Dolois", "Union Arbois"))]),
]


@pytest.mark.parametrize("lang,text,expected", LISTS)
def test_each_results_line_is_a_row_with_its_two_sides(lang: str, text: str,
                                                       expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    got = rows(lang, text)
    assert sorted(got) == sorted(expected), got


NOT_ROWS = [
    # a price list under a heading that ends with a day and a colon
    ("fr", "Prix relevés au marché de Dole le mardi 12 mars :\n\n• Pain de campagne : 2,40 €\n\n• Comté : 18,90 €",
     "2024-03-12"),
    # a table of figures
    ("en", "River levels measured on Tuesday 12 March:\n\n• Tyne at Hexham 2.4 m\n\n• Wansbeck at Morpeth 1.1 m",
     "2024-03-12"),
    # a list of names
    ("en", "Selected for the county side on Saturday 9 March:\n\n• Tom Hale, Sam Ives\n\n• Joe Marsh, Ben Pike",
     "2024-03-09"),
    # a menu
    ("fr", "Menu de la cantine du mardi 12 mars :\n\n• Velouté de potiron\n\n• Filet de lieu - Riz\n\n"
           "• Tarte aux pommes",
     "2024-03-12"),
    # a timetable's route and times
    ("fr", "Horaires modifiés le mardi 12 mars :\n\n• Dole - Besançon : 7 h 45\n\n• Dole - Dijon : 8 h 10",
     "2024-03-12"),
    # a score for a day still to come is no result
    ("fr", "Affiches de la 10e journée, samedi 16 mars :\n\n• Vesoul - Gray : 64-58", "2024-03-16"),
    # a colon-ended heading, then prose, then a score: the block is broken
    ("en", "Results from Saturday 9 March:\n\nThe pitch at Alnwick was waterlogged.\n\nHexham - Rothbury 0-2",
     "2024-03-09"),
]


@pytest.mark.parametrize("lang,text,day", NOT_ROWS)
def test_no_row_for_a_list_that_is_not_results(lang: str, text: str, day: str) -> None:
    """The list adds no row to those of its heading alone (a heading with a verb may make its own row)."""
    heading = text.split("\n")[0]
    on_day = [r for r in rows(lang, text) if r[0] == day]
    assert on_day == [r for r in rows(lang, heading) if r[0] == day], on_day


@pytest.mark.parametrize("line,expected", [
    ("Vesoul - Gray : 64-58", ("Vesoul", "Gray")), ("Alnwick v Morpeth 3-1", ("Alnwick", "Morpeth")),
    ("• Stade Dolois 21-18 Union Arbois", ("Stade Dolois", "Union Arbois")),
    ("Kelso Town v Peebles City.", ("Kelso Town", "Peebles City")),
    ("Dole - Besançon : 7 h 45", None), ("Pain de campagne : 2,40 €", None), ("Tom Hale, Sam Ives", None),
    ("Vesoul a battu Gray 64-58", None), ("Alnwick won 3-1 at Morpeth", None),
])
def test_the_sides_of_a_line(line: str, expected: tuple[str, str] | None) -> None:
    assert sides(line) == expected


def test_a_score_after_the_names_is_a_list_line() -> None:
    assert score_line("Vesoul - Gray : 64-58") and score_line("Alnwick v Morpeth 3-1")
    assert not score_line("Dole - Besançon") and not score_line("Vesoul s'impose 64-58")


def test_sides_are_actors_only_on_a_whole_line() -> None:
    assert [a.name for a in listed_sides("• Vesoul - Gray : 64-58", [])] == ["Vesoul", "Gray"]
    assert [a.name for a in listed_sides("Samedi 16 mars : Kelso Town v Peebles City; Hawick v Selkirk", [])] == [
        "Kelso Town", "Peebles City", "Hawick", "Selkirk"]
    assert listed_sides("Vesoul a battu Gray 64-58 mardi soir.", []) == []


PAGE = """<html><body><h1>Régionale 2</h1>
<p>Résultats de la 9e journée, disputée mardi 12 mars :</p>
<ul><li>Vesoul - Gray : 64-58</li><li>Lure - Luxeuil : 77-80</li></ul>
<ul><li><a href="/a">Accueil</a></li><li><a href="/b">Sports</a></li></ul>
<p>Prochaines rencontres :</p>
<ul><li><a href="/c">Vesoul - Lure</a></li><li><a href="/d">Gray - Luxeuil</a></li></ul>
<p>Le club de Vesoul reste en tête.</p>
<ul><li>Trésorier</li><li>Secrétaire</li></ul>
</body></html>"""


def test_a_dropped_list_under_its_colon_line_is_put_back() -> None:
    body = "Régionale 2\n\nRésultats de la 9e journée, disputée mardi 12 mars :\n\nLe club de Vesoul reste en tête."
    out = restore(body, load_html(PAGE))
    assert out == ("Régionale 2\n\nRésultats de la 9e journée, disputée mardi 12 mars :\n\n• Vesoul - Gray : 64-58\n\n"
                   "• Lure - Luxeuil : 77-80\n\nLe club de Vesoul reste en tête.")


def test_a_list_kept_in_part_or_of_links_or_unannounced_stays_out() -> None:
    body = "Résultats de la 9e journée, disputée mardi 12 mars :\n\n• Vesoul - Gray : 64-58\n\nProchaines rencontres :"
    assert restore(body, load_html(PAGE)) == body
