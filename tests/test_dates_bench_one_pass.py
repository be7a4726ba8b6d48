"""``dates_bench --one-pass`` with ``--one-pass-system`` (round thirty-five, spd35): the speed ratio counted in
instructions needs one warm pass and one measured pass of each system, called as ``--speed`` calls it. A recording
system stands in for ``ours`` and ``dateparser``; the texts are written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks import dates_bench

DOCS = [("fr", "Le conseil se réunira le 3 mars."), ("en", "The board met on Monday."), ("fr", "Rien ce jour-là.")]


def test_a_system_is_called_as_speed_calls_it_warm_then_measured() -> None:
    calls: list[tuple[str, dt.date, str, str]] = []

    def system(text: str, reference: dt.date, lang: str, mode: str) -> list[dates_bench.Pred]:
        calls.append((text, reference, lang, mode))
        return []

    dates_bench.one_pass(DOCS, system)
    want = [(text, dt.date(2025, 12, 20), lang, "past") for lang, text in DOCS]
    assert calls == want + want


def test_without_a_system_the_engine_runs() -> None:
    dates_bench.one_pass(DOCS)  # find_dates itself, as before: no error, nothing returned


@pytest.mark.parametrize("argv", [["--one-pass-system", "dateparser"], ["--one-pass-system", "ours", "--speed-only"]],
                         ids=["alone", "with speed"])
def test_the_system_needs_one_pass(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        dates_bench.main(argv)
    assert stop.value.code == 2


def test_the_choices_are_the_speed_systems() -> None:
    with pytest.raises(SystemExit):
        dates_bench.main(["--one-pass", "suite", "--one-pass-system", "duckling"])
