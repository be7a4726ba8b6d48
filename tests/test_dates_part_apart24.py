"""Round twenty-four (dat24): a part of the day told with its own beginning, middle or end after a day stays out.

"mardi en début de soirée", "samedi en fin de matinée", "mercredi à la mi-journée": WiNER's TIMEX3 and the written
sets' date gold mark the day alone (DATE), where we joined the part to the day (TIME, one span): value right, strict
wrong. The day now stays alone and the part is no mention of its own (``dates/part_apart.py``, the words
``day_part_apart`` of ``lang/fr/words.yaml``). Controls: a bare part ("jeudi matin") or one after "dans la" still
joins its day, as French TimeBank writes "mardi soir"; English is not changed (no English list). Sentences of our
own, an article of Sunday 29 November 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 11, 29)  # a Sunday

ROWS = [
    # French: the part told with its start, middle or end: the day alone, no part
    ("Le conseil s'est réuni jeudi en fin de matinée.", "fr", [("jeudi", "2026-11-26", None)]),
    ("Les pompiers sont intervenus vendredi en début d’après-midi.", "fr", [("vendredi", "2026-11-27", None)]),
    ("La grève a commencé hier en milieu de matinée.", "fr", [("hier", "2026-11-28", None)]),
    ("Le maire a pris la parole mercredi en fin de journée.", "fr", [("mercredi", "2026-11-25", None)]),
    ("Le préfet est arrivé lundi à la mi-journée.", "fr", [("lundi", "2026-11-23", None)]),
    ("Les négociations ont repris le 24 novembre en début de soirée.", "fr", [("24 novembre", "2026-11-24", None)]),
    # ... and the controls: a bare part, or one after "dans la", joins its day
    ("Le conseil s'est réuni jeudi matin.", "fr", [("jeudi matin", "2026-11-26", "morning")]),
    ("Le conseil s'est réuni jeudi dans la matinée.", "fr", [("jeudi dans la matinée", "2026-11-26", "morning")]),
    ("Les secours sont arrivés hier après-midi.", "fr", [("hier après-midi", "2026-11-28", "afternoon")]),
    # English: unchanged (the class was counted in French only)
    ("The plant closed on Tuesday evening.", "en", [("Tuesday evening", "2026-11-24", "evening")]),
    ("The talks resumed late Tuesday afternoon.", "en", [("late Tuesday afternoon", "2026-11-24", "afternoon")]),
]


def _read(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.value.isoformat(), m.time)
            for m in find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))]


@pytest.mark.parametrize(("text", "lang", "want"), ROWS, ids=ids(ROWS))
def test_a_part_told_with_its_start_or_end_leaves_the_day_alone(text: str, lang: str, want: list) -> None:
    assert _read(text, lang) == want
