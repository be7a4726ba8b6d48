"""A word of approximation right before a clock is part of its span (round thirty-three, den33).

Two layers, sentences of our own, both languages:
- the engine (timeline/extraction/dates/approx_clocks.py, ``clock_approx_before`` in lang/en/words.yaml): "[around
  5am]", "at [about 2:15 p.m. (local time)]", "[approximately 4:00 pm today]"; the link before the word, the words that
  place a clock before or after a moment ("shortly after", "just before"), a day written before its clock ("on Monday
  at about 6pm": two mentions, as TimeML writes them), a duration and French "vers" stay as they were;
- the scorer (benchmarks/timeml_extent.py, ``clock_approx_words``): a written gold entry that opens with a clock's
  digits is read with the word of approximation before it, as TimeML spans it; a year, a French "vers" and a
  neighbour entry are not.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import written_dates as wd  # noqa: E402
from timeline import find_dates  # noqa: E402

REF = dt.date(2025, 3, 12)  # a Wednesday

# (language, sentence, [(span, ISO day, clock)])
ENGINE_ROWS = [
    ("en", "The ferry left the harbour around 5am and reached Portwick soon after.",
     [("around 5am", "2025-03-12", "05:00")]),
    ("en", "Crews were called to the mill at about 2:15 p.m. (local time), a spokeswoman for the brigade said.",
     [("about 2:15 p.m. (local time)", "2025-03-12", "14:15")]),
    ("en", "The tremor was felt approximately 4:00 pm today across the valley of Dunmere.",
     [("approximately 4:00 pm today", "2025-03-12", "16:00")]),
    ("en", "The lorry overturned roughly 7.40am on Monday morning near the Kelby junction.",
     [("roughly 7.40am on Monday morning", "2025-03-10", "07:40")]),
    ("en", "Around 11:30 the second convoy crossed the bridge at Tarrow.",
     [("Around 11:30", "2025-03-12", "11:30")]),
    # no word of approximation: a signal before or after a moment, a link alone; a day before its clock stays apart
    ("en", "The roof gave way shortly after 9pm, the owner of the depot said.", [("9pm", "2025-03-12", "21:00")]),
    ("en", "Power came back just before 6:30 a.m. in the northern districts.", [("6:30 a.m.", "2025-03-12", "06:30")]),
    ("en", "The jury retired at 3pm to consider its verdict.", [("3pm", "2025-03-12", "15:00")]),
    ("en", "The councillors met on Monday at about 6pm to vote on the budget.",
     [("Monday", "2025-03-10", None), ("about 6pm", "2025-03-10", "18:00")]),
    # a duration is no clock: nothing to widen
    ("en", "The crossing took about 5 hours in the storm.", []),
    # French lists no word: its sets leave "vers" out of a lone clock
    ("fr", "L'incendie s'est déclaré vers 21 h 45 dans un entrepôt de Morlanne.", [("21 h 45", "2025-03-12", "21:45")]),
    ("fr", "Les secours sont arrivés environ 10 h 30 sur les lieux.", [("10 h 30", "2025-03-12", "10:30")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ENGINE_ROWS, ids=[r[1][:40] for r in ENGINE_ROWS])
def test_a_word_of_approximation_joins_the_clock_it_opens(lang: str, text: str,
                                                          expected: list[tuple[str, str, str]]) -> None:
    found = [(m.text, m.value.isoformat(), m.time) for m in find_dates(text, REF, lang)]
    assert found == expected


def test_only_the_span_moves_never_the_value() -> None:
    plain = find_dates("The ferry left the harbour at 5am on Tuesday.", REF, "en")[0]
    approx = find_dates("The ferry left the harbour at around 5am on Tuesday.", REF, "en")[0]
    assert approx.text == "around 5am on Tuesday" and plain.text == "5am on Tuesday"
    assert (approx.value, approx.time, approx.precision) == (plain.value, plain.time, plain.precision)
    # the explanation is the clock's own: later stages read its ending and head (story_clocks, anchored offsets)
    assert approx.explanation == plain.explanation


# (text, gold entries as the writer spans them, the spans the scorer reads)
SCORER_ROWS = [
    ("The slide broke loose at about 11:40 on the ridge above Velmont.",
     [("11:40", "2026-02-01T11:40")], ["about 11:40"]),
    ("Card payments failed from around 10.20am on Monday until 5pm.",
     [("10.20am on Monday", "2026-11-16T10:20"), ("5pm", "2026-11-16T17:00")], ["around 10.20am on Monday", "5pm"]),
    ("The flight landed approximately 6:05 p.m. in Oskar.", [("approximately 6:05 p.m.", "2026-03-10T18:05")],
     ["approximately 6:05 p.m."]),
    # not a clock, a French "vers", a word that places the clock
    ("Work should be done around 2027, the agency said.", [("2027", "2027")], ["2027"]),
    ("Le train est reparti vers 21 h 45 de la gare.", [("21 h 45", "2026-03-10T21:45")], ["21 h 45"]),
    ("The vote ended shortly after 7pm.", [("7pm", "2026-03-10T19:00")], ["7pm"]),
]


@pytest.mark.parametrize(("text", "entries", "spans"), SCORER_ROWS, ids=[r[2][0] for r in SCORER_ROWS])
def test_the_written_gold_reads_the_word_of_approximation_in(text: str, entries: list[tuple[str, str]],
                                                             spans: list[str]) -> None:
    golds = wd.gold_timexes(text, [{"text": t, "value": v} for t, v in entries], "t")
    assert [g.text for g in golds] == spans
