"""Two `other` tellings of one story and day, one told at a part of the day, round twenty-one (issue 13's merge;
helper mrg21).

merge_apart.apart keeps two `other` happenings of one story and day apart when each sentence names people of its own,
none in common, unless one of them is told at a time of day: a moment of the day's programme ("descended on Saturday
morning" and "were called out on Saturday evening" of one rescue) cannot be told apart by its actors. Round
twenty-one counted the joins this rule decides on the dev halves (written a-m: 9, real-news dev: 2): most join one
happening; read with parts of the day only (no clock) as no binding, batches h and j each gain a spurious row. These
tests pin the rule, with mentions written for them (no sentence of any set): timed, one row; untimed, two; the same
in French; typed happenings are not bound by the hour.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from timeline.extraction import merge as merging
from timeline.models import Mention

SATURDAY = dt.date(2026, 5, 9)


def _telling(mention_id: str, sentence: str, trigger: str, actors: tuple[str, ...], lang: str, start: int,
             time: str | None, event_type: str = "other") -> Mention:
    return Mention(mention_id=mention_id, article_id="story.txt", date=SATURDAY, end_date=None, precision="day",
                   date_text="x", date_start=0, date_end=1, sentence=sentence, sentence_start=start,
                   event_type=event_type, trigger=trigger, title=sentence[:40], status="held", actors=actors,
                   lang=lang, time=time)


PAIRS = {
    "en": (("The Brennor Potholing Club descended into the shaft on Saturday morning.", "descended",
            ("Brennor Potholing Club",)),
           ("The Kelbury Mountain Rescue team was called out on Saturday evening.", "was called out",
            ("Kelbury Mountain Rescue",))),
    "fr": (("Le club Spéléo Vallis Nera est descendu dans le puits samedi matin.", "est descendu",
            ("Spéléo Vallis Nera",)),
           ("Le Secours Montagne Arvel a été alerté samedi soir.", "a été alerté", ("Secours Montagne Arvel",))),
}


def _pair(lang: str, first_time: str | None, second_time: str | None, event_type: str = "other") -> list[Mention]:
    (one, t1, a1), (two, t2, a2) = PAIRS[lang]
    return [_telling("m1", one, t1, a1, lang, 0, first_time, event_type),
            _telling("m2", two, t2, a2, lang, 200, second_time, event_type)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_other_tellings_told_at_parts_of_one_day_are_one_row(lang: str) -> None:
    events, _ = merging.merge(_pair(lang, "morning", "evening"))
    assert len(events) == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_one_part_of_the_day_is_enough(lang: str) -> None:
    events, _ = merging.merge(_pair(lang, "morning", None))
    assert len(events) == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_untimed_other_tellings_naming_people_of_their_own_stay_apart(lang: str) -> None:
    events, _ = merging.merge(_pair(lang, None, None))
    assert len(events) == 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_rule_reads_the_time_not_the_order(lang: str) -> None:
    forward, _ = merging.merge(_pair(lang, None, "evening"))
    backward, _ = merging.merge(list(reversed(_pair(lang, None, "evening"))))
    assert len(forward) == len(backward) == 1
    assert {e.event_id for e in forward} == {e.event_id for e in backward}


def test_a_typed_pair_is_not_bound_by_the_hour() -> None:
    mentions = [dataclasses.replace(m, trigger=t) for m, t in zip(_pair("en", "morning", "evening", "meeting"),
                                                                     ("met", "convened"), strict=True)]
    untimed = [dataclasses.replace(m, time=None) for m in mentions]
    assert len(merging.merge(mentions)[0]) == len(merging.merge(untimed)[0]) == 2
