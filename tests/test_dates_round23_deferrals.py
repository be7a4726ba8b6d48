"""A deferral with its object between the verb and the preposition, round twenty-three (issue 12, helper dat23).

"adjourned the hearing until 9 December" under a past: the past tells when the case was put off, the day when it
comes back, so the day is ahead even when its past reading lies a year back (dates/schedule.py ``_deferred_object``:
the verb of a ``deferred_before`` entry, one to four words of its object, then the entry's particle and preposition;
French, a deferral participle and one of ``deferral_prepositions``). ``AHEAD`` are our own sentences of the class in
both languages; ``KEPT`` the readings the step must not move: a past state that lasted until a day (no deferral),
an object that is another clause ("and"), a day after another preposition, a plain past. Reference date: Wednesday
25 November 2026 (news conventions: ``bare_weekday='past'``). Rows are (text, lang, [(words, first day, precision)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids as _ids
from tests.fixtures.date_rows import read_past

REF = dt.date(2026, 11, 25)  # a Wednesday


def read(text: str, lang: str, ref: dt.date = REF) -> list[tuple[str, str, str]]:
    return read_past(text, lang, ref)


AHEAD = [
    ("The coroner adjourned the inquest until 7 December to hear from a second pathologist.", "en",
     [("7 December", "2026-12-07", "day")]),
    ("The league postponed both semi-finals to January 10 after the pitch froze.", "en",
     [("January 10", "2027-01-10", "day")]),
    ("The council pushed the budget vote back to 3 December after the flood.", "en",
     [("3 December", "2026-12-03", "day")]),
    ("Organisers brought the awards night forward to 2 December.", "en",
     [("2 December", "2026-12-02", "day")]),
    ("The board delayed its merger vote until 1 December.", "en", [("1 December", "2026-12-01", "day")]),
    # (an object of one to four words: "le procès des trois prévenus" is past the step's reach)
    ("Le juge a ajourné le procès des prévenus au 2 décembre.", "fr",
     [("2 décembre", "2026-12-02", "day")]),
    ("La mairie a reporté la fête des lumières au 12 décembre en raison du vent.", "fr",
     [("12 décembre", "2026-12-12", "day")]),
    ("La fédération a repoussé la finale à janvier.", "fr", [("janvier", "2027-01-01", "month")]),
]

KEPT = [
    # no deferral: a past state that lasted until a day
    ("The strike lasted until 3 December and ended with a pay deal.", "en",
     [("3 December", "2025-12-03", "day")]),
    # the words after the deferral are another clause: the day belongs to the second verb, a past
    ("The union postponed the strike and marched to Parliament on 20 November.", "en",
     [("20 November", "2026-11-20", "day")]),
    ("Le syndicat a reporté la grève et manifesté devant la préfecture le 3 décembre.", "fr",
     [("3 décembre", "2025-12-03", "day")]),
    # a day after another preposition, no deferral's
    ("La police a renvoyé les manifestants chez eux le 20 novembre.", "fr",
     [("20 novembre", "2026-11-20", "day")]),
    ("Le gouvernement a maintenu l'alerte jusqu'au 4 décembre.", "fr",
     [("4 décembre", "2025-12-04", "day")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), AHEAD, ids=_ids(AHEAD))
def test_a_deferral_with_its_object_reads_the_day_ahead(text: str, lang: str, expected: list) -> None:
    assert read(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), KEPT, ids=_ids(KEPT))
def test_no_deferral_keeps_the_past(text: str, lang: str, expected: list) -> None:
    assert read(text, lang) == expected
