"""English dates in a clause of "can", round twenty-one (issue 12, helper den21): a table of our own sentences.

"can" with its subject before it is a permission or an ability whose deed lies ahead, as "must": a bare weekday or
a year-less day of its clause is the coming one, not the past a participle or the news default gives
(``future_patterns`` in lang/en/words.yaml; docs/BENCHMARKS.md, "English dates in a clause of 'can', round
twenty-one"). A request puts its subject after "can" ("Can you ...?") and keeps the default; so do the noun and a
past without "can". Reference date: Wednesday 18 November 2026 (news conventions: ``bare_weekday='past'``).
Rows are (text, [(words, first day, precision)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 11, 18)  # a Wednesday


def read(text: str, ref: dt.date = REF, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision)
            for m in find_dates(text, ref, lang, Options(reference_date=ref, bare_weekday="past"))]


def _ids(rows: list) -> list[str]:
    return [r[0][:48] for r in rows]


AHEAD = [
    # "can" far before the weekday, past the reach of a bare verb's shape
    ("Residents can raise their concerns with the water board at a public meeting on Friday.",
     [("Friday", "2026-11-20", "day")]),
    ("Parents can put questions to the head teacher at an open evening in the school hall on Monday.",
     [("Monday", "2026-11-23", "day")]),
    # "can" right after the date, a participle before it
    ("Drivers registered to park until Saturday can claim a refund at the kiosk.",
     [("Saturday", "2026-11-21", "day")]),
    ("Staff moved to the night shift on Saturday can claim overtime.", [("Saturday", "2026-11-21", "day")]),
    # a year-less day
    ("Members signed up for the trip can still cancel until 2 December.", [("2 December", "2026-12-02", "day")]),
]

KEPT = [
    # a request: the subject after "can" (the default, as before)
    ("Can you send me the photos from Friday?", [("Friday", "2026-11-13", "day")]),
    ("Please can you send the invoice dated Monday?", [("Monday", "2026-11-16", "day")]),
    # the noun
    ("He kicked a can across the car park on Friday.", [("Friday", "2026-11-13", "day")]),
    # a past without "can"; "were able to" is no cue
    ("Residents raised their concerns at a public meeting on Friday.", [("Friday", "2026-11-13", "day")]),
    ("Fans were able to buy tickets on Monday.", [("Monday", "2026-11-16", "day")]),
    # (not here: "Customers who bought kettles on Saturday can return them" reads the coming Saturday, as it does with
    # "will" or "must" on main: a relative clause with no comma is not told apart, a known limit of the nearest cue)
]


@pytest.mark.parametrize(("text", "expected"), AHEAD, ids=_ids(AHEAD))
def test_can_looks_ahead(text: str, expected: list) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=_ids(KEPT))
def test_default_kept(text: str, expected: list) -> None:
    assert read(text) == expected
