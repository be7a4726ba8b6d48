"""Round twenty-eight (dts28): a year-less day right after a bound ahead ("until", "jusqu'au") that a past verb of
its sentence sent almost a year back while it comes round within a few weeks (``dates/near_bounds.py``).

Counted (docs/BENCHMARKS.md, dts28): the year of a year-less date, wrong on fresh dev (lavenir.net, seekingalpha.com,
ca.reuters.com) and written dev (batches j, m, o); the bound-ahead case is the one fixed. The other whys of the class
are strict xfails. Sentences of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids, read_past
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2031, 8, 26)  # a Tuesday

_LEFT = pytest.mark.xfail(strict=True, reason="the year of a year-less date: another why than a bound ahead (dts28)")

ROWS = [
    # a bound ahead after a past verb, the day a few weeks ahead: this year's
    ("Le tribunal a prolongé la détention jusqu'au 9 septembre.", "fr", [("9 septembre", "2031-09-09", "day")]),
    ("La mairie a fermé le parc jusqu'au 15 septembre.", "fr", [("15 septembre", "2031-09-15", "day")]),
    ("The regulator extended the deadline until September 12.", "en", [("September 12", "2031-09-12", "day")]),
    ("The airline suspended its flights through 20 September.", "en", [("20 September", "2031-09-20", "day")]),
    # controls: the bound's day far ahead stays a year back under the past verb
    ("Le tribunal a prolongé la détention jusqu'au 20 décembre.", "fr", [("20 décembre", "2030-12-20", "day")]),
    ("The regulator extended the deadline until November 30.", "en", [("November 30", "2030-11-30", "day")]),
    # ... a word of the date's own keeps it back
    ("Il est resté en poste jusqu'au 9 septembre dernier.", "fr", [("9 septembre dernier", "2030-09-09", "day")]),
    # ... a state that ran out, no verb that sets a term: behind us
    ("The strike lasted until 12 September and ended with a deal.", "en", [("12 September", "2030-09-12", "day")]),
    ("La grève a duré jusqu'au 9 septembre.", "fr", [("9 septembre", "2030-09-09", "day")]),
    # ... no bound: the past verb still sends it back (the other whys, below)
    ("Le ministre a inauguré le pont le 9 septembre.", "fr", [("9 septembre", "2030-09-09", "day")]),
    ("The plant closed on September 12.", "en", [("September 12", "2030-09-12", "day")]),
    # ... a day of the last days under a bound stays behind
    ("Les routes ont été fermées jusqu'au 20 août.", "fr", [("20 août", "2031-08-20", "day")]),
    ("Rail services were halted until August 22.", "en", [("August 22", "2031-08-22", "day")]),
    # ... a passive infinitive is no past: fixed in round thirty-four (``passive_auxiliaries``, den34)
    ("The bonus is to be paid on September 5.", "en", [("September 5", "2031-09-05", "day")]),
    # ... a present verb after a coordinated past: fixed in round thirty-two (dates/near_days.py)
    ("The winger was booked and faces a panel on 3 September.", "en", [("3 September", "2031-09-03", "day")]),
    # ... a year-less day that closes a list of coming days, after the year's end
    pytest.param("Tickets cover the concerts of 20 November, 12 December and 16 January.", "en",
                 [("20 November", "2031-11-20", "day"), ("12 December", "2031-12-12", "day"),
                  ("16 January", "2032-01-16", "day")], marks=_LEFT),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS,
                         ids=ids([r.values if hasattr(r, "values") else r for r in ROWS]))
def test_a_bound_ahead_keeps_a_near_day(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert read_past(text, lang, REF) == expected


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Le tribunal a prolongé la détention jusqu'au 9 septembre.", "fr", "2030-09-09"),
    ("The regulator extended the deadline until September 12.", "en", "2030-09-12"),
])
def test_the_assistant_convention_is_untouched(text: str, lang: str, value: str) -> None:
    """Under the assistant convention ('future', the peer suites' one) the rule does not run: the past cue decides,
    as before round twenty-eight."""
    found = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="future"))
    assert [m.value.isoformat() for m in found] == [value]
