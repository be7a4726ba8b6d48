"""Round twenty-six (ctx26): events/round_ups.py re-examined on every text a room may read.

Its firings were counted on fresh dev, real-news dev (all three sets), the written dev halves of the read batches, the
golden set and the seeds (docs/BENCHMARKS.md, "ctx26, round twenty-six"): 3 firings, all right, all on fresh dev; no
wrong firing, so the mechanism is left as it is. Two things stay here, with sentences of my own:

- benchmarks/loss_by_stage.py now names a round-up's row by its stage ("round_ups (verb)") instead of lumping it with
  the inherited dates, so that the end read can count the mechanism's spurious rows on a test set, figures only;
- a strict xfail for the one near-firing read on real-news dev (one source, not fixed): a generic present under a
  place frame ("In <country>, judges are elected by parliament") after a dated sentence is a standing rule, no
  happening of that day, yet the round-up takes it as one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from benchmarks import evaluate as ev
from benchmarks import loss_by_stage as loss
from tests.events_support import story_rows
from timeline.extraction.events.trace import tracing
from timeline.extraction.pipeline import extract
from timeline.settings import Options

REF = dt.date(2026, 6, 10)  # a Wednesday: "mardi" / "Tuesday" is 9 June
TUESDAY = dt.date(2026, 6, 9)

#: A round-up (my own sentences): the sittings dated once, one instance under a place frame.
ROUND_UP = {
    "fr": ("Les conseils des provinces du Nord se sont réunis mardi pour choisir leurs présidents.\n\n"
           "Dans le Hainaut, Lucie Verhaegen a été élue présidente du conseil.\n"),
    "en": ("The provincial councils of the north met on Tuesday to choose their chairs.\n\n"
           "In Hainaut, Lucy Verhagen was elected chair of the council.\n"),
}


@pytest.mark.parametrize("lang", sorted(ROUND_UP))
def test_loss_by_stage_names_a_round_up_row_by_its_stage(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"{lang}_round_up.txt"
    path.write_text(ROUND_UP[lang], encoding="utf-8")
    # the gold keeps the sittings only: the instance's row is spurious, and its path names the round-up
    gold = (ev.GoldEvent(date=TUESDAY, end_date=None, precision="day", type="meeting", alt_types=("session",),
                         lang=lang),)
    case = ev.Case(name="round_up", inputs=(path,), reference_dates={}, events=gold, not_actors=(), lang=lang,
                   fallback_reference=REF, run_date=REF)
    with tracing() as trace:
        extraction = extract(list(case.inputs), Options(reference_date=REF, today=REF))
    assert any(e.date == TUESDAY and e.event_type == "election" for e in extraction.events)
    counts = loss.count_case(case, [{}], extraction, trace)
    assert counts.spurious.get("round_ups (verb)", 0) >= 1
    assert "inherited" not in counts.spurious


def _rows(lang: str, text: str) -> list[tuple[dt.date, str]]:
    return story_rows(lang, text, REF)


#: A standing rule told in the present under a place frame, after a dated sentence: no happening of that day.
GENERIC = [
    ("fr", "Les assemblées cantonales ont siégé mardi pour désigner de nouveaux juges.\n\nEn Suisse, les juges sont "
           "élus par le parlement pour six ans."),
    ("en", "Cantonal assemblies met on Tuesday to choose new judges.\n\nIn Switzerland, judges are elected by the "
           "parliament for six years."),
]


@pytest.mark.xfail(strict=True, reason="ctx26: a generic present under a place frame takes the round-up's day (one "
                                       "near-firing on real-news dev, one source: not fixed)")
@pytest.mark.parametrize(("lang", "text"), GENERIC)
def test_a_standing_rule_under_a_place_frame_takes_no_day(lang: str, text: str) -> None:
    assert (TUESDAY, "election") not in _rows(lang, text)
