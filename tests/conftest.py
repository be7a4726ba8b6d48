"""Shared fixtures. No network, no clock: reference dates are fixed, inputs are files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED_BENCHMARKS = ROOT.parent / "shared" / "benchmarks"

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# The real-news gates measure the whole dev split: a half chosen for development (benchmarks/realnews) must not leak in.
os.environ.pop("TIMELINE_DEV_HALF", None)


@pytest.fixture(autouse=True, scope="session")
def _collections_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Uploads in the page's tests are kept as shared collections: in a folder of the test run, not in the
    user's ~/.cache (servers started by the tests inherit it unless they set their own)."""
    os.environ.setdefault("TIMELINE_COLLECTIONS", str(tmp_path_factory.mktemp("collections")))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def reference_date() -> dt.date:
    """The seeds' page date (the URL in 000_*.txt says 2025-12-20)."""
    return dt.date(2025, 12, 20)


# Hypothesis: a quick default profile for `make test`, a long one for `make fuzz`.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("default", max_examples=150, deadline=None, derandomize=True)
settings.register_profile(
    "fuzz", max_examples=10_000, deadline=None, derandomize=False, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
