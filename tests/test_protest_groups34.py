"""A protest's group keeps the complement that says which group (round thirty-four, helper act34; issue 13).

Measured first (docs/BENCHMARKS.md, "act34, round thirty-four"): the protest reader (events/protesters.py) cut a
subject too long for a group's name, or holding an article in its complement, to its head noun alone ("agents",
"partisans"), and the gold names the group with its complement ("agents des crèches municipales", "partisans de
l'opposition"); fresh dev and written batch p's dev half. ``_linked_phrase`` keeps the longest of the phrase and its
cuts right before a group link (``group_links``, ``group_link_articles`` of ``protest_groups`` in
lang/<lang>/triggers.yaml), an article allowed after a link; never a cut after a join nor inside a capitalised name.

Every sentence is ours; the places, firms and people are made up or common.
"""

from __future__ import annotations

import pytest

from tests.events_support import thursday_protest_actors

_protest_actors = thursday_protest_actors


@pytest.mark.parametrize(("lang", "text", "group"), [
    # French: a subject with an article in its complement, a subject too long cut before its last link
    ("fr", "Des centaines de partisans de l'opposition ont défilé dimanche à Vernaz.", "partisans de l'opposition"),
    ("fr", "Les agents des cantines scolaires de Morlanne seront en grève mardi, à l'appel de la CGT.",
     "agents des cantines scolaires"),
    ("fr", "Les salariés de la fonderie de Brévoux cesseront le travail lundi.", "salariés de la fonderie"),
    # French: the complement of a protest noun
    ("fr", "La grève des salariés de la papeterie de Lanvallec a commencé lundi.", "salariés de la papeterie"),
    # English: "of the" in the subject and in the complement of a protest noun
    ("en", "Thousands of supporters of the opposition marched through Dunmore on Sunday.",
     "supporters of the opposition"),
    ("en", "Workers of the state railway walked out on Tuesday.", "Workers of the state railway"),
    ("en", "A strike by workers of the county council began on Monday.", "workers of the county council"),
], ids=["fr:article in complement", "fr:long subject cut at its last link", "fr:de la then a town",
        "fr:complement of grève", "en:supporters of the", "en:opening subject", "en:strike by workers of"])
def test_the_group_keeps_the_complement_that_says_which(lang: str, text: str, group: str) -> None:
    rows = _protest_actors(lang, text)
    assert len(rows) == 1, rows
    assert group in rows[0], rows


@pytest.mark.parametrize(("lang", "text", "group", "wrong"), [
    # a cut after a join would end the name on "et" / "and": the head stays
    ("fr", "Les conducteurs de bus et de tram de la métropole sont en grève depuis lundi.", "conducteurs",
     "conducteurs de bus et"),
    ("fr", "La grève des conducteurs de bus et de tram a commencé lundi.", "conducteurs", "conducteurs de bus et"),
    # a cut inside a capitalised name: the collective is read whole, the group stays its head
    ("fr", "Une quarantaine de militants du collectif Terres du Causse ont manifesté samedi.", "militants",
     "militants du collectif Terres"),
    # English "at", "in" say where the group works, not which group: the head stays
    ("en", "Some 900 nurses at two hospitals in Kelmouth staged a walkout on Tuesday.", "nurses",
     "nurses at two hospitals"),
], ids=["fr:no cut after et", "fr:complement, no cut after et", "fr:no cut inside a name", "en:no cut at at"])
def test_no_group_name_cut_after_a_join_or_inside_a_name(lang: str, text: str, group: str, wrong: str) -> None:
    rows = _protest_actors(lang, text)
    assert len(rows) == 1, rows
    assert group in rows[0] and wrong not in rows[0], rows


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_words_no_linked_phrase(lang: str) -> None:
    # a protest noun's complement cue with no word after it (the end of the sentence) gives nothing, never a crash
    from timeline.extraction.events import protesters

    lists = protesters._lists(lang)
    assert lists is not None
    assert protesters._linked_phrase(lists, [], opening=False, people=True) == []
