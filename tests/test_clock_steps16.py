"""An untyped telling at an hour of a typed happening's day is a step of it, round sixteen (issue 13; helper clk16).

events/substeps.py (step 12 of detect): an `other` telling dated by an hour alone (a clock, a part of the day), on the
day of a typed happening of its story told in its sentence or before by its day or a part of it, makes no row. A
typed telling at a clock is a happening of its own; a happening told at its minute makes the story a log of moments.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.merge_support import NO_NER, article
from timeline.extraction.dates.clock_day import CLOCK_RULE
from timeline.extraction.events.substeps import clock_steps
from timeline.extraction.pipeline import extract_article
from timeline.models import DateMention, Mention

SUNDAY = dt.date(2026, 3, 1)


def _tellings(lang: str, text: str) -> list[tuple[str, str | None]]:
    """(type, time) of each telling of one article (dated Monday 2 March 2026)."""
    return sorted((m.event_type, m.time) for m in extract_article(article("x", lang, text), NO_NER))


STEPS = [
    ("en", "Flooding hit the lower town of Dunmore on Sunday.\n\nResidents moved their cars to higher ground "
           "from 6 a.m.", [("incident", None)]),
    ("fr", "Des inondations ont touché dimanche la ville basse de Vernelles.\n\nLes habitants ont déplacé leurs "
           "voitures vers les hauteurs dès 6 heures.", [("incident", None)]),
    ("fr", "Un incendie s'est déclaré dimanche après-midi dans un entrepôt de bois à Vernelles.\n\nLes pompiers ont "
           "pompé l'eau de la rivière dès 15 heures.", [("incident", "afternoon")]),
    ("fr", "Un incendie s'est déclaré samedi soir dans un entrepôt de bois à Vernelles.\n\nLes pompiers ont maîtrisé "
           "les flammes vers 3 heures du matin.", [("incident", "evening")]),
    ("en", "A storm struck the port of Dunmore on Saturday evening.\n\nVolunteers piled sandbags along the quay "
           "from 2 a.m.", [("incident", "evening")]),
    # a part of the day alone
    ("en", "Flooding hit the lower town of Dunmore on Sunday.\n\nIn the evening, residents moved their cars to "
           "higher ground.", [("incident", None)]),
    ("fr", "Des inondations ont touché dimanche la ville basse de Vernelles.\n\nDans la soirée, les habitants ont "
           "déplacé leurs voitures vers les hauteurs.", [("incident", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STEPS)
def test_an_untyped_telling_at_an_hour_of_the_happenings_day_makes_no_row(
        lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _tellings(lang, text) == expected


OWN_ROWS = [
    # a typed telling at a clock is a happening of its own
    ("en", "Flooding hit the lower town of Dunmore on Sunday.\n\nAt 6 p.m., the mayor announced a curfew.",
     [("decision", "18:00"), ("incident", None)]),
    ("fr", "Des inondations ont touché dimanche la ville basse de Vernelles.\n\nÀ 18 heures, le maire a décrété un "
           "couvre-feu.", [("decision", "18:00"), ("incident", None)]),
    # a happening told at its minute: another clock is another happening (a second blast)
    ("fr", "Une explosion a frappé une usine chimique de Vernelles dimanche à 4 h 12.\n\nUne seconde déflagration a "
           "secoué le site à 9 h 05.", [("incident", "04:12"), ("other", "09:05")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OWN_ROWS)
def test_a_typed_telling_or_a_log_of_moments_keeps_its_rows(
        lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _tellings(lang, text) == expected


# --------------------------------------------------------------------------- the rule, on tellings made by hand

TEXT = "x" * 400


def _mention(kind: str, day: dt.date, time: str | None, sentence: int, date_start: int, story: int = 0) -> Mention:
    return Mention(mention_id=f"m{date_start}", article_id="a", date=day, end_date=None, precision="day",
                   date_text="t", date_start=date_start, date_end=date_start + 1, sentence="s",
                   sentence_start=sentence, event_type=kind, trigger="t", title="t", status="held", time=time,
                   story_index=story)


def _date(start: int, day: dt.date, time: str | None, rule: str = CLOCK_RULE) -> DateMention:
    return DateMention(text="t", start=start, end=start + 1, value=day, precision="day", rule=rule, time=time)


MONDAY = SUNDAY + dt.timedelta(days=1)
SATURDAY = SUNDAY - dt.timedelta(days=1)

CASES = [
    # host (type, day, time, sentence, story), step (day, time, sentence, story, date rule), step kept
    (("incident", SUNDAY, None, 0, 0), (SUNDAY, "14:00", 100, 0, CLOCK_RULE), False),
    (("incident", SUNDAY, "afternoon", 0, 0), (SUNDAY, "night", 100, 0, "day_part_alone"), False),
    (("incident", SUNDAY, "evening", 0, 0), (MONDAY, "02:00", 100, 0, CLOCK_RULE), False),  # the night runs on
    (("incident", SUNDAY, "afternoon", 0, 0), (MONDAY, "02:00", 100, 0, CLOCK_RULE), True),  # not a night
    (("incident", SUNDAY, "evening", 0, 0), (MONDAY, "09:00", 100, 0, CLOCK_RULE), True),  # not the small hours
    (("incident", SUNDAY, None, 0, 0), (SATURDAY, "14:00", 100, 0, CLOCK_RULE), True),  # another day
    (("incident", SUNDAY, "04:12", 0, 0), (SUNDAY, "09:05", 100, 0, CLOCK_RULE), True),  # a host at its minute
    (("incident", SUNDAY, None, 200, 0), (SUNDAY, "14:00", 100, 0, CLOCK_RULE), True),  # told after the step
    (("incident", SUNDAY, None, 0, 1), (SUNDAY, "14:00", 100, 0, CLOCK_RULE), True),  # another story
    (("incident", SUNDAY, None, 0, 0), (SUNDAY, "14:00", 100, 0, "weekday"), True),  # a day with its hour
    (("other", SUNDAY, None, 0, 0), (SUNDAY, "14:00", 100, 0, CLOCK_RULE), True),  # no typed happening
]


@pytest.mark.parametrize(("host", "step", "kept"), CASES)
def test_the_step_rule(host: tuple, step: tuple, kept: bool) -> None:
    kind, day, time, sentence, story = host
    first = _mention(kind, day, time, sentence, 10, story)
    s_day, s_time, s_sentence, s_story, rule = step
    second = _mention("other", s_day, s_time, s_sentence, 150, s_story)
    dates = [_date(10, day, time, "weekday"), _date(150, s_day, s_time, rule)]
    assert (second in clock_steps([first, second], dates)) is kept
    assert first in clock_steps([first, second], dates)
