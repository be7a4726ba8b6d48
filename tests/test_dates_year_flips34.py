"""Round thirty-four (den34): the year of a year-less date flipped by a tense cue near the page's date.

Counted (docs/BENCHMARKS.md, den34): a passive participle read as a simple past sends a date just ahead a year back
(fresh dev "to be paid on", MEANTIME dev "is reported officially ... in March"): ``passive_auxiliaries``; a future
cue sends a date just gone a year ahead (fresh dev "was scheduled to unveil ... on", written dev "will question ...
about November's report"): ``near_days.near_behind``, under a plan told in the past or for a month that names a thing.
Sentences of our own, invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2031, 8, 26)  # a Tuesday

NEWS = Options(reference_date=REF, bare_weekday="past")


def read(text: str, lang: str, options: Options = NEWS) -> list[tuple[str, str]]:
    return [(m.text, m.value.isoformat()) for m in find_dates(text, REF, lang, options) if m.rule != "weekday"]


PASSIVES = [
    # English: a participle after a present or an infinitive of "be", one adverb at most between: no past
    ("Holders will get new shares, to be issued on 3 September.", "en", [("3 September", "2031-09-03")]),
    ("The totals could still change before they are formally sent to the board on 4 September.", "en",
     [("4 September", "2031-09-04")]),
    ("The loss may widen once it is reported officially to the trustees in September.", "en",
     [("September", "2031-09-01")]),
    ("The bonus, to be paid on 2 September, rewards the night shifts.", "en", [("2 September", "2031-09-02")]),
    # ... controls: a past of "be", a perfect, a simple past still send it back
    ("The money was paid on 3 September.", "en", [("3 September", "2030-09-03")]),
    ("The money has been paid on 3 September.", "en", [("3 September", "2030-09-03")]),
    ("The ferry sank on 4 September.", "en", [("4 September", "2030-09-04")]),
    # French lists no auxiliary: its passives already read so (controls)
    ("Le dividende doit être versé le 3 septembre.", "fr", [("3 septembre", "2031-09-03")]),
    ("Le dividende a été versé le 3 septembre.", "fr", [("3 septembre", "2030-09-03")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PASSIVES, ids=ids(PASSIVES))
def test_a_passive_participle_is_no_past(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert read(text, lang) == expected


BEHIND = [
    # English: a plan told in the past, a date a few days gone: this year's, not next year's
    ("The board was scheduled to name the winners on 20 August.", "en", [("20 August", "2031-08-20")]),
    ("Initially the agency was due to publish the audit on 14 August after a final check on 9 August.", "en",
     [("14 August", "2031-08-14"), ("9 August", "2031-08-09")]),
    # ... a month just gone that names a report under a future verb
    ("The committee will question the governor about July's inflation report.", "en", [("July", "2031-07-01")]),
    # ... controls: a bound or a term keeps it ahead
    ("The plant will close by July.", "en", [("July", "2032-07-01")]),
    ("The new rules will apply from 20 August.", "en", [("20 August", "2032-08-20")]),
    ("The museum will stay shut until 21 August.", "en", [("21 August", "2032-08-21")]),
    # ... a word of the date's own
    ("The fair will return next July.", "en", [("next July", "2032-07-01")]),
    # ... a day gone more than a few weeks: the future cue still sends it ahead
    ("The summit will be held on 15 July.", "en", [("15 July", "2032-07-15")]),
    # ... a plain future of the date's own keeps next year's (rounds five and twelve pin it)
    ("An open day will be organised on 20 August.", "en", [("20 August", "2032-08-20")]),
    ("The vote is scheduled for 20 August.", "en", [("20 August", "2032-08-20")]),
    # French lists no plan told in the past ("devait" already reads the day just gone)
    ("Le jury devait rendre son verdict le 19 août.", "fr", [("19 août", "2031-08-19")]),
    # ... controls: a bound or a term keeps it ahead
    ("Le musée restera fermé jusqu'au 20 août.", "fr", [("20 août", "2032-08-20")]),
    ("La route sera rouverte avant le 20 août.", "fr", [("20 août", "2032-08-20")]),
    ("Le sommet se tiendra le 15 juillet.", "fr", [("15 juillet", "2032-07-15")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), BEHIND, ids=ids(BEHIND))
def test_a_date_just_gone_under_a_future_cue(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert read(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("The board was scheduled to name the winners on 20 August.", "en", "2032-08-20"),
    ("Le jury rendra son verdict le 19 août.", "fr", "2032-08-19"),
])
def test_the_assistant_convention_is_untouched(text: str, lang: str, value: str) -> None:
    """Under the assistant convention ('future', the peer suites' one) the rule does not run: the future cue decides."""
    found = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="future"))
    assert [m.value.isoformat() for m in found] == [value]
