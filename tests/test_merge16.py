"""One happening told by two articles at one clock time, round sixteen (issue 13's merge; helper mrg16).

Sentences written for these tests, run through the real date engine and event rules (no NER) and merged as one corpus
(merge_clocks: the events of two articles, of one single day and related types, told at clock times at most five
minutes apart, are one happening):

- a precise clock ("4.35pm", "16 h 35") joins two tellings that share nothing else in one language; across two
  languages it needs a place they agree on (one town, or a town and its country);
- a round clock ("8pm", "20 h": a programme's hour) needs a shared town; two `other` tellings need a shared town;
- another clock, another day, two towns stay apart;
- the join reads the events, not the telling that founded them: a story whose first telling gives no clock still
  joins the other article's telling of its clock;
- merging each group of the corpus alone still gives the whole corpus's events.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from tests.merge_support import article, rows
from timeline.extraction import merge as merging
from timeline.extraction.merge_clocks import minutes
from timeline.extraction.merge_groups import nodes
from timeline.models import Mention

BAKERY_EN = "A gas explosion wrecked a bakery on Monday at 4.35pm, injuring three people."
BLAST_EN = "Neighbours said the blast happened at about 4.35pm on Monday."
BAKERY_LYON_EN = "A gas explosion wrecked a bakery in Lyon on Monday at 4.35pm, injuring three people."
BAKERY_LYON_FR = "Une explosion de gaz a détruit une boulangerie à Lyon lundi à 16 h 35, blessant trois personnes."
BAKERY_FR = "Une explosion de gaz a détruit une boulangerie lundi à 16 h 35, blessant trois personnes."


def test_a_precise_clock_joins_two_tellings_of_one_language() -> None:
    assert rows(article("a", "en", BAKERY_EN), article("b", "en", BLAST_EN)) == [["a:injuring", "b:blast"]]


def test_a_precise_clock_and_a_town_join_two_languages() -> None:
    assert rows(article("a", "en", BAKERY_LYON_EN), article("b", "fr", BAKERY_LYON_FR)) == [
        ["a:injuring", "b:blessant"]]


def test_a_precise_clock_and_a_town_in_its_country_join_two_languages() -> None:
    collapse_en = "A building collapsed in France at about 9am on Monday, killing two people."
    collapse_fr = "Un immeuble s'est effondré à Lyon lundi à 9 h 05, faisant deux morts."
    assert rows(article("a", "en", collapse_en), article("b", "fr", collapse_fr)) == [
        ["a:killing", "b:faisant deux morts"]]


@pytest.mark.parametrize(("label", "first", "second"), [
    ("across languages, no place", ("en", BAKERY_EN), ("fr", BAKERY_FR)),
    ("another clock", ("en", BAKERY_EN), ("en", BLAST_EN.replace("4.35pm", "5.05pm"))),
    ("another clock, across languages", ("en", BAKERY_LYON_EN), ("fr", BAKERY_LYON_FR.replace("16 h 35", "18 h 10"))),
    ("another day", ("en", BAKERY_EN), ("en", BLAST_EN.replace("on Monday", "on Sunday"))),
    ("two towns", ("en", BAKERY_LYON_EN), ("fr", BAKERY_LYON_FR.replace("Lyon", "Nantes"))),
    ("a round clock, no place", ("en", "The council met in an extraordinary session at 8pm on Monday."),
     ("en", "Councillors gathered for a special sitting at 8pm on Monday.")),
    ("two `other` tellings, no place", ("en", "The last climber was brought out at 21:40 on Monday, police said."),
     ("en", "The final survivor was carried up at 21:40 on Monday, officials said.")),
])
def test_stays_apart(label: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    found = rows(article("a", *first), article("b", *second))
    assert len(found) == 2, (label, found)


def test_a_round_clock_and_a_town_join_two_languages() -> None:
    session_en = "The council met in an extraordinary session in Lyon at 8pm on Monday."
    session_fr = "Le conseil s'est réuni en séance extraordinaire à Lyon lundi à 20 h."
    assert rows(article("a", "en", session_en), article("b", "fr", session_fr)) == [["a:session", "b:séance"]]


def test_two_other_tellings_of_one_clock_and_town_join() -> None:
    out_fr = "À Lyon, le dernier alpiniste a été remonté lundi à 21 h 40, a indiqué la police."
    out_en = "In Lyon, the final survivor was carried up at 21:40 on Monday, officials said."
    assert rows(article("a", "fr", out_fr), article("b", "en", out_en)) == [["a:a été remonté", "b:was carried"]]


def test_a_story_whose_first_telling_gives_no_clock_joins() -> None:
    search_fr = ("Les secours ont fouillé un hôtel effondré à Lyon lundi. Le toit de l'aile est a cédé à 10 h 40, a "
                 "indiqué la police.")
    roof_en = "Part of the hotel's roof gave way in Lyon at 10.40am on Monday, a guest said."
    found = rows(article("a", "fr", search_fr), article("b", "en", roof_en))
    assert len(found) == 1 and len(found[0]) == 3, found


def _told(article_id: str, sentence: str, trigger: str, event_type: str = "incident", time: str = "10:40",
          actors: tuple[str, ...] = (), places: tuple[str, ...] = ()) -> Mention:
    """A telling of Monday 2 March 2026 whose title is its trigger (no key term shared through the titles)."""
    return Mention(mention_id=article_id, article_id=article_id, date=dt.date(2026, 3, 2), end_date=None,
                   precision="day", date_text="Monday", date_start=0, date_end=0, sentence=sentence, sentence_start=0,
                   event_type=event_type, trigger=trigger, title=trigger, status="held", actors=actors,
                   locations=places, lang="en", time=time)


def _events(*told: Mention) -> int:
    events, _ = merging.merge(list(told))
    return len(events)


def test_two_tellings_naming_other_people_at_one_clock_stay_apart() -> None:
    crane = _told("a", "Ada Roe was hurt when a crane toppled on Monday at 10.40am.", "toppled", actors=("Ada Roe",))
    named = _told("b", "Bo Poe was injured as scaffolding fell on Monday at 10.40am.", "fell", actors=("Bo Poe",))
    nameless = _told("b", "A worker was injured as scaffolding fell on Monday at 10.40am.", "fell")
    assert _events(crane, named) == 2
    assert _events(crane, nameless) == 1


def test_market_moves_read_at_one_clock_stay_apart() -> None:
    gained = _told("a", "Dalvik stock gained 3 percent in Lyon at 11.23am on Monday.", "gained", "other", "11:23",
                   places=("Lyon",))
    slipped = _told("b", "Morvan shares slipped 2 percent in Lyon at 11.23am on Monday.", "slipped", "other", "11:23",
                    places=("Lyon",))
    aground = _told("a", "The ferry ran aground in Lyon at 11.23am on Monday.", "ran aground", "other", "11:23",
                    places=("Lyon",))
    ashore = _told("b", "Passengers waded ashore in Lyon at 11.23am on Monday.", "waded", "other", "11:23",
                   places=("Lyon",))
    assert _events(gained, slipped) == 2
    assert _events(aground, ashore) == 1
    assert _events(aground, dataclasses.replace(ashore, time="11:30")) == 2  # `other`: a precise clock only


def test_two_events_of_one_article_never_join_through_another_article() -> None:
    first = _told("a", "A crane toppled on the quay on Monday at 9.05am.", "toppled", time="09:05")
    second = dataclasses.replace(_told("a", "A ferry ran aground near the quay on Monday at 10.40am.", "ran aground",
                                       time="10:40"), mention_id="a2", story_index=1, sentence_start=100)
    early = _told("b", "The port saw a crane topple at 9.05am on Monday.", "topple", time="09:05")
    late = dataclasses.replace(_told("b", "It saw a ferry run aground at 10.40am, the harbour master said.",
                                     "run aground", time="10:40"), mention_id="b2", sentence_start=100)
    _, merged = merging.merge([first, second, early, late])
    event_of = {m.mention_id: m.event_id for m in merged}
    assert event_of["a"] != event_of["a2"]


@pytest.mark.parametrize(("time", "expected"), [("09:05", 545), ("23:20", 1400), ("evening", None), (None, None)])
def test_minutes(time: str | None, expected: int | None) -> None:
    assert minutes(time) == expected


def _corpus(n: int, seed: int) -> list[Mention]:
    """Typed and `other` tellings of days and months over eight months, many at a few clock times."""
    rng = random.Random(seed)
    types = ["meeting", "session", "visit", "incident", "protest", "other", "other"]
    found = []
    for i in range(n):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(240))
        precision = rng.choice(["day"] * 8 + ["month"])
        place = rng.choice(["Larissa", "Dundee", "Volos", ""])
        sentence = f"Told {rng.choice(['in ' + place, 'today'])}, Sujet{rng.randrange(9)}."
        found.append(Mention(mention_id=f"m{i}", article_id=f"a{rng.randrange(n // 3 + 1)}", date=day, end_date=None,
                             precision=precision, date_text="x", date_start=0, date_end=1, sentence=sentence,
                             sentence_start=0, event_type=rng.choice(types), trigger="x", title=sentence[:30],
                             status="held", locations=(place,) if place else (), lang=rng.choice(["en", "fr"]),
                             time=rng.choice(["09:05", "09:07", "20:00", "21:40", "evening", None])))
    for i in rng.sample(range(n), n // 50):  # one id told again with another type and day
        found.append(dataclasses.replace(found[i], event_type=rng.choice(types),
                                         date=found[i].date + dt.timedelta(days=rng.randrange(1, 60))))
    return found


@pytest.mark.parametrize("seed", [3, 4])
def test_each_group_merged_alone_gives_the_corpus_events(seed: int) -> None:
    mentions = _corpus(600, seed)
    events, merged = merging.merge(mentions)
    untimed, _ = merging.merge([dataclasses.replace(m, time=None) for m in mentions])
    assert len(events) < len(untimed)  # the clock joins are taken
    names = merging.canonical_names(a for m in mentions for a in m.actors)
    node_lists = [nodes(m.event_type, m.date, m.end_date, m.precision) for m in mentions]
    groups = merging.components(node_lists, [m.mention_id for m in mentions])
    by_group: dict[frozenset[tuple[str, int, int]], list[int]] = {}
    for i, own in enumerate(node_lists):
        by_group.setdefault(groups[own[0]], []).append(i)
    assert len(by_group) > 3
    found = []
    for members in by_group.values():
        part_events, part_merged = merging.merge([mentions[i] for i in members], names=names)
        assert [m.event_id for m in part_merged] == [merged[i].event_id for i in members]
        found += part_events
    assert sorted(found, key=lambda e: (e.date, e.event_id)) == events


def test_the_join_does_not_depend_on_the_order_of_the_tellings() -> None:
    mentions = _corpus(300, 5)
    _, merged = merging.merge(mentions)
    shuffled = list(mentions)
    random.Random(6).shuffle(shuffled)
    _, again = merging.merge(shuffled)
    assert {m.mention_id: m.event_id for m in merged} == {m.mention_id: m.event_id for m in again}
