"""A month-only telling in a month its story tells one typed happening by its day gives way, round twenty-four
(issue 13; helper sdy24).

events/coarse_months.py (step 14 of detect): a telling dated by a month alone ("in February 2026", "le mois
dernier"), in a month where its story tells one typed happening by its day, of another type and in the same tense,
makes no row: it retells that happening coarsely or names a state around it. A month of several dated happenings
keeps its month telling (one more happening); two happenings of one day stay two rows. Sentences written for these
tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.merge_support import NO_NER, article
from timeline.extraction.events.coarse_months import coarse_months
from timeline.extraction.pipeline import extract_article
from timeline.models import Mention


def _rows(lang: str, text: str) -> list[tuple[str, str, str]]:
    """(date, precision, type) of each telling of one article (dated Monday 2 March 2026)."""
    return sorted((m.date.isoformat(), m.precision, m.event_type)
                  for m in extract_article(article("x", lang, text), NO_NER))


GIVES_WAY = [
    # the happening retold by its month
    ("en", "The Kestrel was revealed in February 2026.\n\nThe first Kestrel prototype was unveiled during a ceremony "
           "in Dunmore on 12 February 2026.", [("2026-02-12", "day", "ceremony")]),
    ("fr", "Le nouveau pont sur l'Arlen a été inauguré lors d'une cérémonie à Vernelles le 12 février 2026.\n\nLe "
           "chantier s'est achevé en février 2026 après quatre ans de travaux.", [("2026-02-12", "day", "ceremony")]),
    # a state around it
    ("en", "Dockers at Dunmore began a strike on 12 February 2026.\n\nThe move came after the company received "
           "complaints last month about unpaid overtime.", [("2026-02-12", "day", "protest")]),
    ("fr", "Les dockers de Vernelles ont entamé une grève le 12 février 2026.\n\nLa colère est montée le mois dernier "
           "au port à cause des heures supplémentaires impayées.", [("2026-02-12", "day", "protest")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GIVES_WAY)
def test_a_month_telling_around_one_typed_happening_of_that_month_makes_no_row(
        lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _rows(lang, text) == expected


STAY = [
    # a month of two dated happenings: the month telling is one more happening
    ("en", "The union met the management of the Dunmore plant on 12 February 2026.\n\nThe mayor opened the new bridge "
           "at a ceremony on 20 February 2026.\n\nThe company was sold in February 2026.",
     [("2026-02-01", "month", "other"), ("2026-02-12", "day", "meeting"), ("2026-02-20", "day", "ceremony")]),
    ("fr", "Le syndicat a rencontré la direction de l'usine de Vernelles le 12 février 2026.\n\nLe pont de l'Arlen a "
           "été inauguré lors d'une cérémonie le 20 février 2026.\n\nLe groupe a fermé son autre usine en février "
           "2026.", [("2026-02-01", "month", "other"), ("2026-02-12", "day", "meeting"),
                     ("2026-02-20", "day", "ceremony")]),
    # two happenings of one day stay two rows
    ("en", "The union met the management of the Dunmore plant on 12 February 2026.\n\nThe mayor announced a curfew on "
           "12 February 2026.", [("2026-02-12", "day", "decision"), ("2026-02-12", "day", "meeting")]),
    ("fr", "Le syndicat a rencontré la direction de l'usine de Vernelles le 12 février 2026.\n\nLe maire a décrété un "
           "couvre-feu le 12 février 2026.", [("2026-02-12", "day", "decision"), ("2026-02-12", "day", "meeting")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STAY)
def test_a_busy_month_or_one_day_of_two_happenings_keeps_its_rows(
        lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _rows(lang, text) == expected


# --------------------------------------------------------------------------- the rule, on tellings made by hand

FEB_12 = dt.date(2026, 2, 12)
FEB_1 = dt.date(2026, 2, 1)


def _mention(kind: str, day: dt.date, precision: str, start: int, status: str = "held", story: int = 0,
             end: dt.date | None = None) -> Mention:
    return Mention(mention_id=f"m{start}", article_id="a", date=day, end_date=end, precision=precision,
                   date_text="t", date_start=start, date_end=start + 1, sentence="s", sentence_start=start,
                   event_type=kind, trigger="t", title="t", status=status, story_index=story)


DAY = _mention("ceremony", FEB_12, "day", 0)
MONTH = _mention("other", FEB_1, "month", 100)

KEPT = [
    dataclasses.replace(MONTH, status="planned"),  # another tense
    dataclasses.replace(MONTH, event_type="ceremony"),  # one type: merging's to join or keep apart
    dataclasses.replace(MONTH, story_index=1),  # another story
    dataclasses.replace(MONTH, date=dt.date(2026, 3, 1)),  # another month
    dataclasses.replace(MONTH, end_date=dt.date(2026, 3, 31)),  # a range of months
    dataclasses.replace(MONTH, precision="year", date=dt.date(2026, 1, 1)),  # a year holds more than one stretch
]


def test_the_month_telling_gives_way_to_one_typed_day_telling() -> None:
    assert coarse_months([MONTH, DAY]) == [DAY]


@pytest.mark.parametrize("month", KEPT)
def test_a_month_telling_of_another_tense_type_story_or_stretch_stays(month: Mention) -> None:
    assert coarse_months([month, DAY]) == [month, DAY]


def test_an_untyped_day_telling_is_no_better_reading() -> None:
    untyped = dataclasses.replace(DAY, event_type="other", mention_id="d")
    month = dataclasses.replace(MONTH, event_type="meeting")
    assert coarse_months([month, untyped]) == [month, untyped]


def test_two_typed_day_tellings_in_the_month_keep_it() -> None:
    second = _mention("meeting", dt.date(2026, 2, 20), "day", 50)
    assert coarse_months([MONTH, DAY, second]) == [MONTH, DAY, second]


def test_two_tellings_of_one_typed_happening_by_its_day_are_one() -> None:
    again = dataclasses.replace(DAY, mention_id="again", sentence_start=60, date_start=60)
    assert coarse_months([MONTH, DAY, again]) == [DAY, again]
