"""The word lists in timeline/lang/ are data: each file parses, every language has the same files,
and the date words are complete."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from timeline import lang as lexicon

DATA = Path(lexicon.__file__).resolve().parent
FILES = sorted(DATA.rglob("*.yaml"))
LANGS = sorted(p.name for p in DATA.iterdir() if p.is_dir() and not p.name.startswith("_"))


def _name(path: Path) -> str:
    return path.relative_to(DATA).with_suffix("").as_posix()


def test_there_are_word_lists() -> None:
    assert {"fr/words", "en/words", "fr/triggers", "en/triggers", "fr/actors", "en/actors"} <= {_name(p) for p in FILES}


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_the_same_files(lang: str) -> None:
    names = {p.name for p in (DATA / lang).glob("*.yaml")}
    assert {"words.yaml", "triggers.yaml", "actors.yaml", "verb_shapes.yaml"} <= names
    assert names == {p.name for p in (DATA / LANGS[0]).glob("*.yaml")}


@pytest.mark.parametrize("path", FILES, ids=[_name(p) for p in FILES])
def test_word_list_parses_to_a_mapping(path: Path) -> None:
    loaded = lexicon.read_yaml(path)
    assert isinstance(loaded, dict) and loaded, f"{path.name} should be a non-empty mapping"
    assert lexicon.load(_name(path)) == loaded


def _booleans_in_lists(node: object, where: str = "") -> list[str]:
    """Where a list of words holds a boolean (YAML 1.1 reads a bare ``on``, ``yes``, ``no``, ``off`` so)."""
    if isinstance(node, dict):
        return [b for key, value in node.items() for b in _booleans_in_lists(value, f"{where}/{key}")]
    if isinstance(node, list):
        found = [f"{where}[{i}]" for i, item in enumerate(node) if isinstance(item, bool)]
        return found + [b for i, item in enumerate(node) for b in _booleans_in_lists(item, f"{where}[{i}]")]
    return []


@pytest.mark.parametrize("path", FILES, ids=[_name(p) for p in FILES])
def test_no_word_of_a_list_is_read_as_a_boolean(path: Path) -> None:
    assert _booleans_in_lists(lexicon.load(_name(path))) == []


def test_yaml_1_1_booleans_stay_words_and_true_false_stay_booleans() -> None:
    text = "words: [on, off, yes, no, On, NO, y, n]\nflag: true\nother: False\non: {from: true}\n"
    loaded = yaml.load(text, Loader=lexicon.Loader)
    assert loaded == {"words": ["on", "off", "yes", "no", "On", "NO", "y", "n"], "flag": True, "other": False,
                      "on": {"from": True}}


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
