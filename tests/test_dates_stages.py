"""``benchmarks.dates_stages``: the time of ``find_dates`` by stage, and the one-stage pass for callgrind; the
engine's results and its table of steps are the same after either."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline.extraction.dates as engine
from benchmarks import dates_stages
from timeline.settings import Options

DOCS = [
    ("fr", "Le conseil s'est réuni mardi dernier. La séance suivante se tiendra le 3 mars, vers 18 h."),
    ("en", "The board met on Tuesday and said the vote would take place on March 3 in the evening."),
]


def _found() -> list[list[object]]:
    ref = dt.date(2025, 12, 20)
    return [engine.find_dates(text, ref, lang, Options(bare_weekday="past")) for lang, text in DOCS]


def test_stages_times_the_steps_passes_and_lean_then_takes_the_timers_off() -> None:
    steps, before = engine.DATE_STEPS, _found()
    total, found = dates_stages.stages(DOCS, passes=1)
    assert total > 0
    assert found["step calendar"][1] == len(DOCS)  # one call a text
    assert found["attach_clocks"][1] == len(DOCS)
    assert found["_lean (inside the stages)"][1] >= 1  # "se tiendra le 3 mars": a year-less day leans
    assert engine.DATE_STEPS is steps
    assert _found() == before


def test_one_stage_runs_only_that_stage_through_starmap(monkeypatch: pytest.MonkeyPatch) -> None:
    through: list[object] = []
    real = dates_stages.itertools.starmap

    def starmap(func: object, args: object) -> object:
        through.append(func)
        return real(func, args)  # type: ignore[arg-type]

    monkeypatch.setattr(dates_stages.itertools, "starmap", starmap)
    steps, before = engine.DATE_STEPS, _found()
    dates_stages.one_stage(DOCS, "calendar")
    assert len(through) == len(DOCS)  # the calendar step, once a text; no other stage
    assert engine.DATE_STEPS is steps
    assert _found() == before


def test_one_stage_refuses_a_name_no_stage_has() -> None:
    with pytest.raises(SystemExit, match="no stage named"):
        dates_stages.one_stage(DOCS, "no_such_step")
