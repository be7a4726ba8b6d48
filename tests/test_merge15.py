"""One happening told by two articles, round fifteen (issue 13's written target; helper mrg15).

Sentences written for these tests, run through the real date engine and event rules (no NER) and merged as one corpus:

- an `other` telling (what no vocabulary types: "the death toll ... has risen") joins a typed telling of another
  article of its day ("a magnitude 5.8 earthquake struck") when they share a place or a name AND a key term or a
  measure besides it (merge_families.loose_score), in English and across English and French; it stays apart on
  another day, on the place alone, in another place, and with another magnitude;
- a shared measure ("48 hours" = "48-hour", "pour 48h" = "grève de 48 heures": merge_measures) with a shared place
  narrower than a country joins two tellings of one type and day that share no name, in one language or across two;
  another measure, or the same measure in another town, stays apart;
- a country the word lists miss ("Albania", "Iceland") is a country, not a town GeoNames knows of another country;
- merging each group of the corpus alone still gives the whole corpus's events now that a single day's `other`
  telling is filed under the families it may join (merge_groups, lang/merge.yaml `other_joins`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from tests.merge_support import NO_NER, article, rows
from timeline.extraction import merge as merging
from timeline.extraction.merge_apart import place_keys
from timeline.extraction.merge_families import family, other_joins
from timeline.extraction.merge_features import Cluster, features_of
from timeline.extraction.merge_groups import nodes
from timeline.extraction.merge_measures import measures
from timeline.extraction.merge_places import places_conflict, telling_countries
from timeline.extraction.pipeline import extract_article
from timeline.models import Mention

TOLL_EN = ("The death toll from the magnitude 5.8 earthquake that struck near Larissa on Monday has risen to 11, "
           "officials said.")
QUAKE_EN = "A magnitude 5.8 earthquake struck near Larissa on Monday, destroying dozens of homes."
QUAKE_FR = "Un séisme de magnitude 5,8 a frappé lundi près de Larissa, en Grèce, faisant au moins six morts."

STRIKE_EN = ("Members of the Brenmoor union walked out at the port near Dundee on Monday for 48 hours, demanding "
             "better pay.")
DOCKERS_EN = ("About 300 dockers at Kelby Terminals near {town} began a {hours}-hour strike on Monday after talks "
              "failed.")
STRIKE_FR = ("Les adhérents du syndicat Brenmor ont cessé le travail lundi près de Dunkerque pour 48h, réclamant des "
             "hausses de salaire.")
DOCKERS_FR = ("Environ 300 dockers des Terminaux Kelby ont entamé lundi près de Dunkerque une grève de {hours} heures "
              "après l'échec des négociations.")


def test_other_telling_joins_a_typed_one_of_its_day_en() -> None:
    assert rows(article("a", "en", TOLL_EN), article("b", "en", QUAKE_EN)) == [["a:has risen", "b:earthquake"]]


def test_other_telling_joins_a_typed_one_across_languages() -> None:
    assert rows(article("a", "en", TOLL_EN), article("b", "fr", QUAKE_FR)) == [["a:has risen", "b:a frappé"]]


def test_the_merged_row_takes_the_typed_tellings_type() -> None:
    told = (article("a", "en", TOLL_EN), article("b", "fr", QUAKE_FR))
    mentions = [m for a in told for m in extract_article(a, NO_NER)]
    events, _ = merging.merge(mentions)
    assert [e.event_type for e in events] == ["incident"]


@pytest.mark.parametrize(("label", "toll", "quake"), [
    ("another day", TOLL_EN, QUAKE_EN.replace("on Monday", "on Sunday")),
    ("the place alone", "Shops reopened near Larissa on Monday, officials said.", QUAKE_EN),
    ("another place", TOLL_EN, QUAKE_EN.replace("Larissa", "Aberdeen")),
    ("another magnitude", TOLL_EN, QUAKE_EN.replace("5.8", "6.2")),
])
def test_other_telling_stays_apart(label: str, toll: str, quake: str) -> None:
    found = rows(article("a", "en", toll), article("b", "en", quake))
    assert len(found) == 2, (label, found)


def test_a_shared_measure_and_place_join_two_tellings_en() -> None:
    dockers = DOCKERS_EN.format(town="Dundee", hours=48)
    assert rows(article("a", "en", STRIKE_EN), article("b", "en", dockers)) == [["a:walked out", "b:strike"]]


def test_a_shared_measure_and_place_join_two_tellings_fr() -> None:
    dockers = DOCKERS_FR.format(hours=48)
    assert rows(article("a", "fr", STRIKE_FR), article("b", "fr", dockers)) == [["a:ont cessé le travail", "b:grève"]]


@pytest.mark.parametrize(("hours", "expected"), [(48, 1), (24, 2)])
def test_a_shared_measure_and_place_join_two_tellings_across_languages(hours: int, expected: int) -> None:
    dockers = DOCKERS_EN.format(town="Saint-Nazaire", hours=hours)
    strike = STRIKE_FR.replace("Dunkerque", "Saint-Nazaire")
    assert len(rows(article("a", "en", dockers), article("b", "fr", strike))) == expected


@pytest.mark.parametrize(("lang", "strike", "dockers"), [
    ("en", STRIKE_EN, DOCKERS_EN.format(town="Dundee", hours=24)),  # another measure
    ("en", STRIKE_EN, DOCKERS_EN.format(town="Aberdeen", hours=48)),  # another town
    ("fr", STRIKE_FR, DOCKERS_FR.format(hours=24)),
])
def test_another_measure_or_town_stays_apart(lang: str, strike: str, dockers: str) -> None:
    assert len(rows(article("a", lang, strike), article("b", lang, dockers))) == 2


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The union said its members would stop work for 48 hours.", {"hour:48"}),
    ("Dockers began a 48-hour strike.", {"hour:48"}),
    ("Une grève de 48h, puis de 72 heures.", {"hour:48", "hour:72"}),
    ("Un séisme de magnitude 6,1 a frappé la côte.", {"magnitude:6.1"}),
    ("The magnitude 6.1 earthquake struck the coast.", {"magnitude:6.1"}),
    ("Une hausse de 3,5 % et un immeuble de 6 étages.", {"percent:3.5", "storey:6"}),
    ("A 3.5 per cent rise, 20 km away.", {"percent:3.5", "km:20"}),
    ("La séance a commencé à 8 h 30 et s'est terminée à 12 h, vers 9 h.", set()),  # clock times
    ("It lasted 1 hour, one day.", set()),  # a figure of one says nothing
    ("Le 12 mars 2026, 300 personnes.", set()),  # a date and a count with no unit
])
def test_measures(sentence: str, expected: set[str]) -> None:
    assert measures(sentence) == frozenset(expected)


def test_a_single_days_other_telling_has_the_nodes_of_the_families_it_joins() -> None:
    day = dt.date(2026, 3, 2)
    assert {label for label, _, _ in nodes("other", day, None, "day")} == {"other", *other_joins()}
    assert family("incident") in other_joins() and family("meeting") not in other_joins()
    assert nodes("other", day, None, "month") == [("other", 2026, 3)]  # a month's `other` keeps its own
    assert nodes("other", day, day + dt.timedelta(days=3), "day") == [("other", 2026, 3)]  # and a range
    assert nodes("incident", day, None, "day") == [(family("incident"), 2026, 3)]


def _corpus(n: int, seed: int) -> list[Mention]:
    """Typed and `other` tellings of days, months and years over two years, sharing places and actors."""
    rng = random.Random(seed)
    types = ["meeting", "visit", "decision", "incident", "protest", "other", "other"]
    found = []
    for i in range(n):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(700))
        precision = rng.choice(["day"] * 8 + ["month", "year"])
        place = rng.choice(["Larissa", "Dundee", "Volos"])
        sentence = f"Magnitude {rng.choice([5, 6])} quake near {place}, Sujet{rng.randrange(9)} told."
        found.append(Mention(mention_id=f"m{i}", article_id=f"a{rng.randrange(n // 3 + 1)}", date=day, end_date=None,
                             precision=precision, date_text="x", date_start=0, date_end=1, sentence=sentence,
                             sentence_start=0, event_type=rng.choice(types), trigger="x", title=sentence[:30],
                             status="held", actors=(rng.choice(["Anna Kolar", f"Agent Numero{rng.randrange(30)}"]),),
                             locations=(place,), lang=rng.choice(["en", "fr"])))
    for i in rng.sample(range(n), n // 50):  # one id told again with another type and day
        found.append(dataclasses.replace(found[i], event_type=rng.choice(types),
                                         date=found[i].date + dt.timedelta(days=rng.randrange(1, 60))))
    return found


@pytest.mark.parametrize("seed", [1, 2])
def test_each_group_merged_alone_gives_the_corpus_events(seed: int) -> None:
    mentions = _corpus(600, seed)
    events, merged = merging.merge(mentions)
    names = merging.canonical_names(a for m in mentions for a in m.actors)
    node_lists = [nodes(m.event_type, m.date, m.end_date, m.precision) for m in mentions]
    groups = merging.components(node_lists, [m.mention_id for m in mentions])
    by_group: dict[frozenset[tuple[str, int, int]], list[int]] = {}
    for i, own in enumerate(node_lists):
        by_group.setdefault(groups[own[0]], []).append(i)
    assert len(by_group) > 3
    types_of: dict[str, set[str]] = {}
    for mention in merged[:600]:  # not the ids told again with another type
        types_of.setdefault(mention.event_id, set()).add(mention.event_type)
    assert any("other" in types and len(types) > 1 for types in types_of.values())  # the path is taken
    found = []
    for members in by_group.values():
        part_events, part_merged = merging.merge([mentions[i] for i in members], names=names)
        assert [m.event_id for m in part_merged] == [merged[i].event_id for i in members]
        found += part_events
    assert sorted(found, key=lambda e: (e.date, e.event_id)) == events


def _placed(article_id: str, sentence: str, locations: tuple[str, ...]) -> Mention:
    return Mention(mention_id=article_id, article_id=article_id, date=dt.date(2026, 3, 2), end_date=None,
                   precision="day", date_text="Monday", date_start=0, date_end=0, sentence=sentence, sentence_start=0,
                   event_type="incident", trigger="struck", title=sentence, status="held", locations=locations)


@pytest.mark.parametrize(("place", "country"), [("Albania", "albania"), ("Iceland", "iceland")])
def test_a_country_the_word_lists_miss_is_no_town(place: str, country: str) -> None:
    told = _placed("a", f"An earthquake struck {place} on Monday.", (place,))
    assert place_keys(told.locations) == frozenset()  # not a place narrower than a country
    assert telling_countries(told) == frozenset({country})  # GeoNames has a town "Albania" in Colombia


def test_a_country_the_word_lists_miss_and_its_town_are_not_placed_apart() -> None:
    country = _placed("a", "An earthquake struck Albania on Monday.", ("Albania",))
    town = _placed("b", "An earthquake struck near Durrës on Monday.", ("Durrës",))
    names: dict[str, str] = {}
    cluster = Cluster("incident", country.date, country.date, [])
    cluster.add(country, features_of(country, names))
    assert not places_conflict(cluster, features_of(town, names))
