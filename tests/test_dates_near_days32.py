"""Round thirty-two (yr32): a year-less day a few weeks ahead that a past cue of its sentence sent almost a year back
(``dates/near_days.py``), and the events' side of it (``events/date_readings.weak_reading``).

Counted (docs/BENCHMARKS.md, yr32): written m dev (a hearing after "was sent off ... and faces"), written n dev
("passe mardi prochain, le 8 décembre": "passe" read as the cue "passé"), real-news MEANTIME dev (two tour stops a
week ahead after "the originally planned tour"). Sentences of our own, invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids
from timeline.extraction.dates import find_dates
from timeline.extraction.dates.resolve import GUESSED_YEAR_CONFIDENCE, NEAR_DAY_CONFIDENCE
from timeline.extraction.events.date_readings import weak_reading
from timeline.settings import Options

REF = dt.date(2031, 8, 26)  # a Tuesday

NEWS = Options(reference_date=REF, bare_weekday="past")
OTHER = GUESSED_YEAR_CONFIDENCE  # the past is another conjunct's: the events build on the day
WEAK = NEAR_DAY_CONFIDENCE  # the past may be the day's own verb: the date only

ROWS = [
    # English: a present after a coordinated past, the day a few weeks ahead: this year's, and a happening's
    ("The coach was suspended for two games and faces a tribunal on 4 September.", "en", "4 September",
     "2031-09-04", OTHER),
    ("The tenants were evicted and the hearing starts on 6 September.", "en", "6 September", "2031-09-06", OTHER),
    # ... a past of the date's own conjunct, or no coordinator: this year's, a guess the events leave alone
    ("The club was fined and its appeal was heard on 2 September.", "en", "2 September", "2031-09-02", WEAK),
    ("The bonus is to be paid on September 5.", "en", "September 5", "2031-09-05", WEAK),
    # French: the same
    ("Le gardien a été expulsé samedi et comparaît devant la commission le 5 septembre.", "fr", "5 septembre",
     "2031-09-05", OTHER),
    ("Les locataires ont été expulsés, mais l'audience reprend le 6 septembre.", "fr", "6 septembre",
     "2031-09-06", OTHER),
    ("Le club a été sanctionné et son appel a été examiné le 2 septembre.", "fr", "2 septembre", "2031-09-02", WEAK),
    ("Le ministre a inauguré le pont le 9 septembre.", "fr", "9 septembre", "2031-09-09", WEAK),
    # controls: a day far ahead stays a year back under the past
    ("The coach was suspended for two games and faces a tribunal on 4 December.", "en", "4 December",
     "2030-12-04", OTHER),
    ("Le gardien a été expulsé et comparaît devant la commission le 5 décembre.", "fr", "5 décembre",
     "2030-12-05", OTHER),
    # ... a word of the date's own ("dernier", "since") keeps it back
    ("Il a été élu le 9 septembre dernier.", "fr", "9 septembre dernier", "2030-09-09", OTHER),
    ("The road has been closed since 10 September.", "en", "10 September", "2030-09-10", OTHER),
    # ... a done deed named before it keeps it back
    ("La cour a jugé trois hommes pour le meurtre du boulanger, le 3 septembre à Brest.", "fr", "3 septembre",
     "2030-09-03", OTHER),
    # ... a day of the last days stays behind
    ("The coach was suspended and faces a tribunal after the match on 20 August.", "en", "20 August",
     "2031-08-20", OTHER),
]


@pytest.mark.parametrize(("text", "lang", "words", "value", "confidence"), ROWS, ids=ids(ROWS))
def test_a_near_day_ahead_against_a_past_cue(text: str, lang: str, words: str, value: str,
                                            confidence: float) -> None:
    found = [m for m in find_dates(text, REF, lang, NEWS) if m.precision == "day" and m.rule != "weekday"]
    assert [(m.text, m.value.isoformat(), m.confidence) for m in found] == [(words, value, confidence)]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("The coach was suspended for two games and faces a tribunal on 4 September.", "en", "2030-09-04"),
    ("Le ministre a inauguré le pont le 9 septembre.", "fr", "2030-09-09"),
])
def test_the_assistant_convention_is_untouched(text: str, lang: str, value: str) -> None:
    """Under the assistant convention ('future', the peer suites' one) the rule does not run: the past cue decides."""
    found = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="future"))
    assert [m.value.isoformat() for m in found] == [value]


@pytest.mark.parametrize(("text", "lang", "weak"), [
    ("The club was fined and its appeal was heard on 2 September.", "en", "near day against a past cue"),
    ("Le ministre a inauguré le pont le 9 septembre.", "fr", "near day against a past cue"),
    ("The coach was suspended for two games and faces a tribunal on 4 September.", "en", None),
    ("Les locataires ont été expulsés, mais l'audience reprend le 6 septembre.", "fr", None),
], ids=lambda v: v[:40] if isinstance(v, str) else str(v))
def test_the_events_build_on_a_near_day_only_after_another_conjuncts_past(text: str, lang: str,
                                                                        weak: str | None) -> None:
    """A near day whose past cue may be its own verb is too weak to date a happening; one after another conjunct's
    past dates it (written m's hearing)."""
    (date,) = [m for m in find_dates(text, REF, lang, NEWS) if m.precision == "day"]
    assert weak_reading(text.lower(), date, REF) == weak
