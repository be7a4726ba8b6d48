"""Quality gate: our date engine on the shared suites must not drop below benchmarks/dates_floors.json.

Only our engine runs here (not dateparser), so it is fast. Without /work/shared/benchmarks the
gate skips with the reason, except in CI (CI=true), where a missing suite is a failure.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from types import ModuleType

import pytest
from conftest import IN_CI, ROOT, SHARED_BENCHMARKS

FLOORS = ROOT / "benchmarks" / "dates_floors.json"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dates_bench", ROOT / "benchmarks" / "dates_bench.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _floors() -> list[tuple[str, str, str, float]]:
    data = json.loads(FLOORS.read_text(encoding="utf-8"))
    return [(suite, mode, metric, floor) for suite, modes in data["floors"].items()
            for mode, metrics in modes.items() for metric, floor in metrics.items()]


@pytest.fixture(scope="module")
def scores() -> dict[tuple[str, str], dict[str, float]]:
    if not SHARED_BENCHMARKS.is_dir():
        if IN_CI:
            pytest.fail(f"benchmark suites missing in CI: {SHARED_BENCHMARKS}")
        pytest.skip(f"benchmark suites not found at {SHARED_BENCHMARKS} (they live in shared/, next to the repo)")
    bench = _bench()
    out = {}
    for suite, mode, _metric, _floor in _floors():
        if (suite, mode) not in out:
            path = SHARED_BENCHMARKS / f"{suite}.jsonl"
            if not path.exists():
                if IN_CI:
                    pytest.fail(f"benchmark suite missing in CI: {path}")
                pytest.skip(f"benchmark suite not found: {path}")
            out[(suite, mode)] = bench.score_suite(SHARED_BENCHMARKS, suite, bench.ours, mode)
    return out


@pytest.mark.parametrize(("suite", "mode", "metric", "floor"), _floors(),
                         ids=[f"{s}-{m}-{k}" for s, m, k, _ in _floors()])
def test_score_not_below_floor(scores, suite: str, mode: str, metric: str, floor: float) -> None:
    got = scores[(suite, mode)][metric]
    assert got >= floor, f"{suite} ({mode}) {metric} = {got} < floor {floor}: a date-engine regression"


def test_floors_file_is_well_formed() -> None:
    for _suite, mode, _metric, floor in _floors():
        assert mode in ("future", "past") and 0.0 <= floor <= 1.0
