"""Round twenty-four (dat24): a day and the part of the day told right after it stay one mention, as TimeML marks them.

WiNER's gold and the written sets' date gold leave a part told with its start, middle or end out of its day's span
("mardi en début de soirée" -> "mardi"), but WiNER itself also writes "hier en début d'après-midi" as one TIME, French
TimeBank joins a day and the part-of-day phrase after it ("ce mardi «dans la journée»", "mardi soir", "la nuit de
lundi à mardi") and TimeML keeps a part's start or end inside the TIMEX3 (FTB "fin d'après-midi", "la fin de l'année";
MEANTIME "late 2006"). Splitting them was built and measured this round, then not kept (docs/BENCHMARKS.md, dat24):
this table pins the TimeML reading. Sentences of our own, an article of Sunday 29 November 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 11, 29)  # a Sunday

ROWS = [
    # French: a part told with its start, middle or end after its day
    ("Le conseil s'est réuni jeudi en fin de matinée.", "fr", [("jeudi en fin de matinée", "2026-11-26", "morning")]),
    ("Les secours sont arrivés hier en début d'après-midi.", "fr",
     [("hier en début d'après-midi", "2026-11-28", "afternoon")]),
    ("Le préfet est arrivé lundi à la mi-journée.", "fr", [("lundi à la mi-journée", "2026-11-23", "noon")]),
    # ... a part after "dans la", and a bare part
    ("Les pompiers sont intervenus vendredi dans la soirée.", "fr",
     [("vendredi dans la soirée", "2026-11-27", "evening")]),
    ("Les élus ont voté mardi soir.", "fr", [("mardi soir", "2026-11-24", "evening")]),
    # English: the modifier before the day, and a bare part
    ("The plant closed late Tuesday afternoon.", "en", [("late Tuesday afternoon", "2026-11-24", "afternoon")]),
    ("The plant closed on Tuesday evening.", "en", [("Tuesday evening", "2026-11-24", "evening")]),
]


def _read(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.value.isoformat(), m.time)
            for m in find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))]


@pytest.mark.parametrize(("text", "lang", "want"), ROWS, ids=ids(ROWS))
def test_a_day_and_its_part_are_one_mention(text: str, lang: str, want: list) -> None:
    assert _read(text, lang) == want
