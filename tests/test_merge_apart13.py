"""Keeping happenings apart across articles, round thirteen (issue 13): places in conflict, date words, references.

Pairs of short articles of our own (English, French, across them), run through the real date engine and event rules
(no NER) and merged as one corpus:

- two happenings of one day and type told by two articles in two countries, or in two towns of one country, sharing
  no actor, are two rows whatever words they share (``merge_places.places_conflict``);
- a month or weekday name is no key term (``merge_features._term``): two tellings of one Sunday share "Sunday" by
  construction;
- one happening told twice in one town still merges, in English, in French and across the languages, also when one
  side says who reported it by a common noun ("firefighters said": ``merge_apart.common_names``);
- in one story, a telling that names a happening told before it by its trigger word after a sequel marker ("as is
  usual after a fatal accident") is that happening, not a second one (``merge_apart._back_reference``); told before
  the other, it names a cause ("after Storm Isolde") and changes nothing.
"""

from __future__ import annotations

import pytest
from merge_support import NO_NER, article, rows

from timeline.extraction import merge as merging
from timeline.extraction.merge_apart import common_names
from timeline.extraction.merge_places import country_keys
from timeline.extraction.pipeline import extract_article
from timeline.models import Article
from timeline.store import remerge

APART = [
    ("en: one bakery chain's explosions of one Sunday in two countries", (
        article("ch", "en", "A gas explosion destroyed a Bakery Delmas shop in Switzerland on Sunday."),
        article("ca", "en", "A gas explosion destroyed a Bakery Delmas shop in Canada on Sunday."))),
    ("fr : deux explosions d'un dimanche dans deux pays", (
        article("ch", "fr", "Une explosion de gaz a détruit dimanche une Boulangerie Delmas en Suisse."),
        article("ca", "fr", "Une explosion de gaz a détruit dimanche une Boulangerie Delmas au Canada."))),
    ("en: two explosions of one Sunday in two towns of one country", (
        article("lyon", "en", "A gas explosion destroyed a Bakery Delmas shop in Lyon on Sunday."),
        article("mars", "en", "A gas explosion destroyed a Bakery Delmas shop in Marseille on Sunday."))),
    ("fr : deux explosions d'un dimanche dans deux villes d'un pays", (
        article("lyon", "fr", "Une explosion de gaz a détruit dimanche une Boulangerie Delmas à Lyon."),
        article("mars", "fr", "Une explosion de gaz a détruit dimanche une Boulangerie Delmas à Marseille."))),
    ("en: two avalanches of one Sunday in two countries, sharing only 'rescue' and the day's name", (
        article("ch", "en", "Two ski tourers died in an avalanche in Switzerland on Sunday, Alpine Rescue said."),
        article("ca", "en", "A snowmobiler died in an avalanche in Canada on Sunday, Mountain Rescue said."))),
]

TOGETHER = [
    ("en: one explosion told twice in one town, the second saying firefighters reported it", (
        article("a", "en", "A gas explosion destroyed a Bakery Delmas shop in Lyon on Sunday."),
        article("b", "en", "On Sunday a gas explosion wrecked the Bakery Delmas shop in Lyon, firefighters said."))),
    ("fr : une explosion racontée deux fois dans une ville, les pompiers cités d'un côté", (
        article("a", "fr", "Une explosion de gaz a détruit dimanche une Boulangerie Delmas à Lyon."),
        article("b", "fr", "Dimanche, une explosion de gaz a soufflé la Boulangerie Delmas de Lyon, selon les "
                           "pompiers."))),
    ("across languages: one explosion in one town, nobody named", (
        article("en", "en", "A gas explosion destroyed a bakery in Lyon on Sunday."),
        article("fr", "fr", "Dimanche, une explosion de gaz a détruit une boulangerie à Lyon."))),
    ("en: one explosion in one town, one side placing it in its country too, the other naming firefighters", (
        article("a", "en", "A gas explosion destroyed a bakery in Lyon, France, on Sunday."),
        article("b", "en", "On Sunday a gas explosion destroyed a bakery in Lyon, firefighters said."))),
]


@pytest.mark.parametrize(("label", "articles"), APART, ids=[label for label, _ in APART])
def test_happenings_placed_apart_stay_two_rows(label: str, articles: tuple[Article, ...]) -> None:
    found = rows(*articles)
    assert len(found) == 2, found


@pytest.mark.parametrize(("label", "articles"), TOGETHER, ids=[label for label, _ in TOGETHER])
def test_one_happening_of_one_town_told_twice_is_one_row(label: str, articles: tuple[Article, ...]) -> None:
    found = rows(*articles)
    assert len(found) == 1 and len(found[0]) == 2, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two climbers died in an avalanche above Zinal on Sunday, Valais Police said. Prosecutor Anne Roux opened "
           "an inquiry on Sunday evening, as is usual after a fatal accident."),
    ("fr", "Deux alpinistes sont morts dimanche dans une avalanche au-dessus de Zinal, selon la Police cantonale. La "
           "procureure Anne Roux a ouvert une enquête dimanche soir, comme après chaque accident mortel."),
], ids=["en", "fr"])
def test_a_happening_named_again_after_a_sequel_marker_is_the_same_row(lang: str, text: str) -> None:
    mentions = extract_article(article("a", lang, text), NO_NER)
    incidents = [m for m in mentions if m.event_type == "incident"]
    assert len(incidents) == 2, [(m.trigger, m.event_type) for m in mentions]
    _, tellings = merging.merge(mentions)
    assert len({m.event_id for m in tellings if m.event_type == "incident"}) == 1


def test_a_cause_named_before_another_happening_is_no_reference() -> None:
    text = ("Thousands of homes were left without power on Saturday after Storm Ferro hit the islands, Northern Grid "
            "said. A man died when a tree fell on his car on Saturday afternoon, Highland Police said.")
    mentions = extract_article(article("a", "en", text), NO_NER)
    _, tellings = merging.merge(mentions)
    incidents = {m.event_id for m in tellings if m.event_type == "incident"}
    assert len(incidents) == 2, [(m.trigger, m.event_type, m.event_id) for m in tellings]


def test_countries_are_read_in_both_languages_and_towns_are_left_out() -> None:
    assert country_keys(["Suisse"]) == country_keys(["Switzerland"]) != frozenset()
    assert country_keys(["Lyon", "Canada"]) == country_keys(["Canada"])
    assert country_keys(["Lyon"]) == frozenset()


def test_common_nouns_of_groups_are_data_in_both_languages() -> None:
    assert {"firefighters", "pompiers", "police"} <= common_names()
    assert "jean dupont" not in common_names()


def test_the_merge_fingerprint_reads_the_places_module() -> None:
    root = remerge.Path(remerge.__file__).resolve().parent.parent
    read = {f.relative_to(root).as_posix() for pattern in remerge._MERGE_SOURCES for f in root.glob(pattern)}
    assert "extraction/merge_places.py" in read
