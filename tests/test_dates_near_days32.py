"""Round thirty-two (yr32): a year-less day a few weeks ahead that a past cue of another conjunct sent almost a year
back (``dates/near_days.py``).

Counted (docs/BENCHMARKS.md, yr32): written m dev (a hearing after "was sent off ... and faces"), written n dev
("passe mardi prochain, le 8 décembre": "passe" read as the cue "passé"), real-news MEANTIME dev (two tour stops a
week ahead after "the originally planned tour"); the mechanism takes the first (a past of another conjunct), the
others stay (a cue word's accent, a hedged sentence). Sentences of our own, invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2031, 8, 26)  # a Tuesday

NEWS = Options(reference_date=REF, bare_weekday="past")

ROWS = [
    # English: a present after a coordinated past, the day a few weeks ahead: this year's
    ("The coach was suspended for two games and faces a tribunal on 4 September.", "en", "4 September",
     "2031-09-04"),
    ("The tenants were evicted and the hearing starts on 6 September.", "en", "6 September", "2031-09-06"),
    # ... controls: a past of the date's own conjunct, or no coordinator: the past verb still sends it back
    ("The club was fined and its appeal was heard on 2 September.", "en", "2 September", "2030-09-02"),
    ("The suspect fled on 5 September.", "en", "5 September", "2030-09-05"),
    # French: a present after a coordinated past
    ("Le gardien a été expulsé samedi et comparaît devant la commission le 5 septembre.", "fr", "5 septembre",
     "2031-09-05"),
    ("Les locataires ont été expulsés, mais l'audience reprend le 6 septembre.", "fr", "6 septembre",
     "2031-09-06"),
    ("Le club a été sanctionné et son appel a été examiné le 2 septembre.", "fr", "2 septembre", "2030-09-02"),
    ("Le ministre a inauguré le pont le 9 septembre.", "fr", "9 septembre", "2030-09-09"),
    # ... a participle after the coordinator shares the first conjunct's auxiliary: a past of the date's own
    ("Le club a reporté le match et joué à huis clos le 2 septembre.", "fr", "2 septembre", "2030-09-02"),
    # controls: a day far ahead stays a year back under the past
    ("The coach was suspended for two games and faces a tribunal on 4 December.", "en", "4 December",
     "2030-12-04"),
    ("Le gardien a été expulsé et comparaît devant la commission le 5 décembre.", "fr", "5 décembre",
     "2030-12-05"),
    # ... a word of the date's own ("dernier", "since") keeps it back
    ("Il a été élu le 9 septembre dernier.", "fr", "9 septembre dernier", "2030-09-09"),
    ("The road has been closed since 10 September.", "en", "10 September", "2030-09-10"),
    # ... a done deed named before it keeps it back
    ("La cour a jugé trois hommes pour le meurtre du boulanger, le 3 septembre à Brest.", "fr", "3 septembre",
     "2030-09-03"),
    # ... a day of the last days stays behind
    ("The coach was suspended and faces a tribunal after the match on 20 August.", "en", "20 August",
     "2031-08-20"),
]


@pytest.mark.parametrize(("text", "lang", "words", "value"), ROWS, ids=ids(ROWS))
def test_a_near_day_ahead_after_another_conjuncts_past(text: str, lang: str, words: str, value: str) -> None:
    found = [m for m in find_dates(text, REF, lang, NEWS) if m.precision == "day" and m.rule != "weekday"]
    assert [(m.text, m.value.isoformat()) for m in found] == [(words, value)]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("The coach was suspended for two games and faces a tribunal on 4 September.", "en", "2030-09-04"),
    ("Les locataires ont été expulsés, mais l'audience reprend le 6 septembre.", "fr", "2030-09-06"),
])
def test_the_assistant_convention_is_untouched(text: str, lang: str, value: str) -> None:
    """Under the assistant convention ('future', the peer suites' one) the rule does not run: the past cue decides."""
    found = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="future"))
    assert [m.value.isoformat() for m in found] == [value]


_LEFT = pytest.mark.xfail(strict=True, reason="the year of a year-less date: a future cue sends a month just gone a "
                                              "year ahead (French: no possessive to read; left to the French room)")


@pytest.mark.parametrize(("text", "lang", "value"), [
    # fixed in round thirty-four (den34, ``near_days.near_behind``): a month just gone that names a report
    ("The committee will question the governor about July's inflation report.", "en", "2031-07-01"),
    pytest.param("La commission interrogera le gouverneur sur le rapport de juillet.", "fr", "2031-07-01",
                 marks=_LEFT),
    # control: a month ahead under the future stays ahead
    ("La commission interrogera le gouverneur en octobre.", "fr", "2031-10-01"),
])
def test_a_month_just_gone_that_names_a_report(text: str, lang: str, value: str) -> None:
    """Built in round thirty-four (den34): a month that names a thing ("July's report", "le rapport de juillet")
    under a future verb is the one just gone, not next year's."""
    assert [m.value.isoformat() for m in find_dates(text, REF, lang, NEWS)] == [value]
