"""One moment told by the clocks of two time zones, and the places a story lends, round nineteen (issue 13's merge;
helper mrg19).

Sentences written for these tests, run through the real date engine and event rules (no NER). A British and a French
article tell one company's payment outage: both tell its chief executive's press conference (merged by his name: the
link merge_linked reads), and each tells the outage once, nameless, at its own zone's clock ("from about 7.50am" /
"vers 8 h 50"), placed by its story (a Bristol lead, a Paris dateline) and not by its own sentence. The pair's
tellings are given the story's place and no actor of their own, as the pipeline's context step gives them on a
whole page (a lent actor says nothing of which happening it is: merge_features.own_actors). merge_linked now reads
two clocks one zone gap apart as one moment (merge_zones.zone_clock_pair, lang/merge.yaml ``utc_offsets``) and
places the story lent as no evidence against a join (merge_zones.placed_apart_named). Two clocks an hour apart in one
zone, two hours apart across a one-hour gap, round hours, and towns the sentences themselves name in two countries
stay apart.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.merge_support import NO_NER, article
from timeline.extraction import merge as merging
from timeline.extraction.gazetteer import country_key
from timeline.extraction.merge_zones import zone_of, zone_offsets
from timeline.extraction.pipeline import extract_article

CONFERENCE_EN = "Chief executive Marc Dellery apologised at a press conference on Friday 27 February. "
CONFERENCE_FR = ("Le directeur général Marc Dellery a présenté ses excuses vendredi 27 février lors d'une conférence "
                 "de presse. ")
OUTAGE_EN = "Card payments failed from about 7.50am on Thursday 26 February."
OUTAGE_FR = "La panne des paiements a commencé vers 8 h 50 jeudi 26 février."


def _rows(english: str, french: str, en_place: str = "Bristol", fr_place: str = "Paris",
          ids: tuple[str, str] = ("a", "b")) -> list[list[str]]:
    """The rows of the two articles; the outage tellings (the second sentence) placed where the story places them."""
    mentions = []
    for item, place in ((article(ids[0], "en", CONFERENCE_EN + english), en_place),
                        (article(ids[1], "fr", CONFERENCE_FR + french), fr_place)):
        for mention in extract_article(item, NO_NER):
            if mention.event_type == "other":  # the outage: nameless, placed by its story
                mention = dataclasses.replace(mention, actors=(), roles=(), locations=(place,))
            mentions.append(mention)
    assert sorted(m.event_type for m in mentions) == ["conference", "conference", "other", "other"], mentions
    _, tellings = merging.merge(mentions)
    by_event: dict[str, list[str]] = {}
    for mention in tellings:
        by_event.setdefault(mention.event_id, []).append(f"{mention.article_id}:{mention.event_type}")
    return sorted(sorted(found) for found in by_event.values())


ONE_ROW = [["a:conference", "b:conference"], ["a:other", "b:other"]]


def test_an_outage_told_at_each_zones_clock_is_one_row() -> None:
    assert _rows(OUTAGE_EN, OUTAGE_FR) == ONE_ROW


def test_the_french_article_first_is_one_row_too() -> None:
    assert _rows(OUTAGE_EN, OUTAGE_FR, ids=("b", "a")) == [["a:conference", "b:conference"], ["a:other", "b:other"]]


def test_a_paper_and_a_wire_of_one_zone_tell_an_hour_apart_two_moments() -> None:
    found = _rows(OUTAGE_EN, OUTAGE_FR, en_place="Lyon")
    assert ["a:other"] in found and ["b:other"] in found, found


@pytest.mark.parametrize(("label", "english", "french"), [
    ("two hours apart across a one-hour gap", OUTAGE_EN, OUTAGE_FR.replace("8 h 50", "9 h 50")),
    ("round hours: a programme's, not a moment's", OUTAGE_EN.replace("7.50am", "8am"),
     OUTAGE_FR.replace("8 h 50", "9 h")),
    ("each sentence places its own outage, in two countries", OUTAGE_EN.replace("failed", "failed in Bristol"),
     OUTAGE_FR.replace("a commencé", "a commencé à Paris")),
])
def test_stays_apart(label: str, english: str, french: str) -> None:
    found = _rows(english, french)
    assert ["a:other"] in found and ["b:other"] in found, (label, found)


def test_the_zones_are_data_in_any_spelling() -> None:
    assert zone_offsets()[country_key("United Kingdom")] == 0
    assert country_key("Royaume-Uni") == country_key("United Kingdom")
    assert zone_offsets()[country_key("Allemagne")] == zone_offsets()[country_key("France")] == 60
    assert country_key("United States") not in zone_offsets()  # several zones: its clocks say nothing
    assert zone_of({country_key("France"), country_key("Belgique")}) == 60
    assert zone_of({country_key("France"), country_key("Royaume-Uni")}) is None  # two zones: which clock is whose
    assert zone_of(set()) is None
