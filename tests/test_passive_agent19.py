"""A participle with its agent is no past tense of the clause (round nineteen, room den19, issue 12).

"-ed by" and a noun phrase ("charges caused by the fault", "shops affected by the floods") is a passive participle:
it dates only the date of its own phrase ("caused by a cigarette in March"), so it does not push another year-less
date of the sentence into the past year when the clause looks ahead ("have until", "can claim until"); "followed by"
links the steps of a sequence and tells no tense ("will sail from 2 March 2027, followed by night crossings on 5
April"). "-ed by" and an amount, a margin or a stretch of time ("increased by 7%", "dropped by about a third",
"passed by a narrow margin", "extended by several hours") stays a simple past. The rules: ``past_patterns``,
``participle_agent`` in timeline/lang/en/words.yaml, timeline/extraction/dates/agent_participles.py. Sentences of
our own, read on Wednesday 18 November 2026.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 11, 18)
NEWS = Options(reference_date=REF, bare_weekday="past")

ROWS: list[tuple[str, str, str]] = [
    # the participle with its agent tells no tense: the clause's own cue, or none, places the date
    ("Ferries will sail from 2 March 2027, followed by night crossings on 5 April.", "5 April", "2027-04-05"),
    ("Tenants have until 28 February to report any damage caused by the storm.", "28 February", "2027-02-28"),
    ("Readers can vote until 15 January in a poll organised by the paper.", "15 January", "2027-01-15"),
    ("The depot is closed until 12 January, its roof weakened by the gales.", "12 January", "2027-01-12"),
    ("Small shops affected by the floods can claim grants until 31 January.", "31 January", "2027-01-31"),
    # ... but it dates the date of its own phrase (the agent, then "in", "on", "at" or "during" before the date)
    ("The fire, caused by a cigarette in March, is under investigation.", "March", "2026-03"),
    ("Damage caused by the storm in February cost the town dearly.", "February", "2026-02"),
    # "-ed by" an amount is a simple past
    ("Exports increased by 7% on 3 March.", "3 March", "2026-03-03"),
    ("Prices dropped by about a third on 2 April.", "2 April", "2026-04-02"),
    ("Turnover climbed by £3m on 9 March.", "9 March", "2026-03-09"),
    ("Fares jumped by 12 percent on 6 March.", "6 March", "2026-03-06"),
    ("The motion passed by a narrow margin on 3 March.", "3 March", "2026-03-03"),
    ("Voting extended by several hours on 4 March.", "4 March", "2026-03-04"),
    # a past of its own clause still dates the day
    ("The bridge reopened on 4 April, followed by the station on 20 April.", "20 April", "2026-04-20"),
    ("A rally organised by the unions on 14 March drew thousands.", "14 March", "2026-03-14"),
    ("The museum closed on 2 March after it was flooded by the river.", "2 March", "2026-03-02"),
]


@pytest.mark.parametrize(("text", "words", "value"), ROWS, ids=[r[0][:48] for r in ROWS])
def test_a_participle_with_its_agent_tells_no_tense(text: str, words: str, value: str) -> None:
    found = {m.text: m.value.isoformat()[: {"day": 10, "month": 7, "year": 4}.get(m.precision, 10)]
             for m in find_dates(text, REF, "en", NEWS)}
    assert found.get(words) == value, found
