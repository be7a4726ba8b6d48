"""The word lists in timeline/data/ are data: each file parses, and the date words are complete."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from timeline import lexicon

DATA = Path(lexicon.__file__).resolve().parent / "data"
FILES = sorted(DATA.glob("*.yaml"))


def test_there_are_word_lists() -> None:
    assert {"fr.yaml", "en.yaml", "triggers_fr.yaml", "triggers_en.yaml"} <= {p.name for p in FILES}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_word_list_parses_to_a_mapping(path: Path) -> None:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict) and loaded, f"{path.name} should be a non-empty mapping"
    assert lexicon.load(path.stem) == loaded


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_month_and_weekday_numbers_are_complete(lang: str) -> None:
    assert set(lexicon.words(lang, "months").values()) == set(range(1, 13))
    assert set(lexicon.words(lang, "weekdays").values()) == set(range(7))


@pytest.mark.parametrize(
    ("raw", "folded"),
    [("Tô Lâm", "to lam"), ("Đà Nẵng", "da nang"), ("TRÂN CÂM TU", "tran cam tu"), ("Straße", "strasse"),
     ("plain ascii", "plain ascii")],
)
def test_fold_ignores_accents_and_case(raw: str, folded: str) -> None:
    assert lexicon.fold(raw) == folded
