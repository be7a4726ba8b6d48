"""The fresh pages' date scorer (benchmarks/fresh_dates.py) on pages and a date gold of our own, written here.

The collected pages and their date gold stay outside the repository (``$TIMELINE_FRESH``); these tests build a
folder of small pages (French and English, dev and test outlets) and their gold in tmp_path, and score them with the
real date engine and dateparser, so the scorer's loading, checks, splits and per-outlet lines are tested without the
session's pages.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import evaluate as ev
from benchmarks import fresh_dates as fd
from benchmarks import fresh_news as fn


def _outlet(split: str, skip: int = 0) -> str:
    return [f"outlet{i}.example" for i in range(200) if fn.split_of(f"outlet{i}.example") == split][skip]


PAGES: list[tuple[str, str, str, str, list[dict[str, str]]]] = [
    # (language, split, published, text, gold)
    ("fr", "dev", "2024-03-14",
     "Le conseil municipal de Lunelville s'est réuni mardi 12 mars 2024 pour voter le budget.\n\n"
     "La prochaine séance aura lieu le 4 avril 2024.",
     [{"text": "mardi 12 mars 2024", "value": "2024-03-12"}, {"text": "4 avril 2024", "value": "2024-04-04"}]),
    ("en", "dev", "2024-05-10",
     "The Harbourside council approved the ferry plan on 7 May 2024.\n\nWork starts on 3 June 2024.",
     [{"text": "7 May 2024", "value": "2024-05-07"}, {"text": "3 June 2024", "value": "2024-06-03"}]),
    ("en", "test", "2024-05-10",
     "The Millbrook library reopened on 2 May 2024.",
     [{"text": "2 May 2024", "value": "2024-05-02"}]),
]


def _write(tmp_path: Path, change: dict[str, Any] | None = None, pages: list[Any] | None = None) -> Path:
    folder = tmp_path / "fresh"
    folder.mkdir()
    records, gold = [], []
    for n, (lang, split, published, text, dates) in enumerate(pages or PAGES):
        outlet = _outlet(split, n)
        page_id = f"fresh-{lang}-{outlet}-01"
        records.append({"id": page_id, "url": f"https://{outlet}/a", "outlet": outlet, "lang": lang,
                        "title": "", "published": published, "text": text})
        gold.append({"id": page_id, "file": "pages_t.jsonl", "split": split, "outlet": outlet, "lang": lang,
                     "published": published, "dates": dates} | (change if n == 0 and change else {}))
    (folder / "pages_t.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                          encoding="utf-8")
    (folder / fd.GOLD_NAME).write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold),
                                       encoding="utf-8")
    return folder


def test_full_dates_are_found_in_both_languages_and_dateparser_runs_alongside(tmp_path: Path) -> None:
    figures, ours = fd.score(("dev",), _write(tmp_path))
    for lang in ("fr", "en"):
        assert figures["dev"]["ours"][lang]["gold"] == 2
        assert figures["dev"]["ours"][lang]["value_r"] == 1.0
    assert figures["dev"]["ours"]["all"]["gold"] == 4
    assert figures["dev"]["dateparser"]["all"]["gold"] == 4  # the same gold, the other system
    assert {split for split, *_ in ours} == {"dev"}  # the test page is not read for dev


def test_a_split_scores_only_its_outlets_pages(tmp_path: Path) -> None:
    figures, ours = fd.score(("test",), _write(tmp_path))
    assert figures["test"]["ours"]["all"]["gold"] == 1 and figures["test"]["ours"]["fr"]["gold"] == 0
    assert [lang for _, lang, _, _ in ours] == ["en"]


def test_a_page_without_dates_counts_every_prediction_as_spurious(tmp_path: Path) -> None:
    pages = [("fr", "dev", "2024-03-14", "Le marché de Lunelville a rouvert le 11 mars 2024.", [])]
    figures, ours = fd.score(("dev",), _write(tmp_path, pages=pages))
    assert figures["dev"]["ours"]["fr"]["gold"] == 0
    assert figures["dev"]["ours"]["fr"]["predicted"] >= 1 and figures["dev"]["ours"]["fr"]["value_p"] == 0.0
    assert any(line.startswith("| dev | ") and "| 0 | " in line for line in fd.by_outlet(ours))


def test_a_wrong_value_is_an_error_of_its_outlet(tmp_path: Path) -> None:
    wrong = [{"text": "mardi 12 mars 2024", "value": "2024-03-13"}, {"text": "4 avril 2024", "value": "2024-04-04"}]
    figures, ours = fd.score(("dev",), _write(tmp_path, change={"dates": wrong}))
    assert figures["dev"]["ours"]["fr"]["value_r"] == 0.5
    line = next(line for line in fd.by_outlet(ours) if _outlet("dev", 0) in line)
    assert line.endswith("| 0 | 0 | 1 | 0 | 0 |")  # missed, spurious, wrong value, granularity, span


@pytest.mark.parametrize("change, error", [
    ({"split": "test"}, "split"),
    ({"id": "fresh-fr-nowhere.example-01"}, "not in"),
    ({"file": "pages_missing.jsonl"}, "no such file"),
])
def test_a_gold_line_that_does_not_fit_its_page_is_refused(tmp_path: Path, change: dict[str, str],
                                                           error: str) -> None:
    with pytest.raises(ev.GoldError, match=error):
        fd.docs(("dev", "test"), _write(tmp_path, change=change))


def test_a_gold_text_not_in_its_page_is_refused(tmp_path: Path) -> None:
    absent = [{"text": "vendredi 15 mars 2024", "value": "2024-03-15"}]
    with pytest.raises(ValueError, match="not found"):
        fd.docs(("dev",), _write(tmp_path, change={"dates": absent}))


def test_the_command_prints_figures_and_refuses_errors_on_test(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TIMELINE_FRESH", str(_write(tmp_path)))
    assert fd.main(["--split", "dev", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "| ours | fr | 2 |" in out and "| dateparser | en | 2 |" in out and "| outlet |" in out
    assert fd.main(["--split", "test", "--errors"]) == 2
    assert "dev" in capsys.readouterr().err


def test_without_the_pages_the_command_says_where_to_point(monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("TIMELINE_FRESH", raising=False)
    assert fd.main(["--split", "dev"]) == 2
    assert "TIMELINE_FRESH" in capsys.readouterr().err
