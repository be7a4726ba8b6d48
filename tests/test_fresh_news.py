"""The fresh-news yardstick's scorer (benchmarks/fresh_news.py) on pages of our own, written here.

The collected pages themselves stay outside the repository (``$TIMELINE_FRESH``); these tests build
a folder of two small pages and their gold in tmp_path and score them with the real pipeline, so the
scorer's loading, outlet split and per-outlet lines are checked without the session's pages.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import evaluate as ev
from benchmarks import fresh_news as fn


def _outlet(split: str) -> str:
    return next(f"outlet{i}.example" for i in range(100) if fn.split_of(f"outlet{i}.example") == split)


def _write(tmp_path: Path, gold_split: str | None = None) -> tuple[Path, Path]:
    pages, gold = tmp_path / "pages", tmp_path / "gold"
    pages.mkdir()
    gold.mkdir()
    outlet = _outlet("dev")
    record = {"id": f"fresh-fr-{outlet}-01", "url": f"https://{outlet}/a", "outlet": outlet, "lang": "fr",
              "title": "Le conseil municipal vote le budget", "published": "2024-03-14",
              "text": "Le conseil municipal de Lunelville s'est réuni mardi 12 mars 2024 pour voter le budget.\n\n"
                      "La séance a duré trois heures."}
    (pages / "pages_t.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    line = {"file": "pages_t.jsonl", "id": record["id"], "lang": "fr", "reference_date": "2024-03-14",
            "outlet": outlet, "split": gold_split or fn.split_of(outlet), "annotator": "test",
            "events": [{"date": "2024-03-12", "end_date": None, "precision": "day", "type": "session",
                        "alt_types": ["vote", "meeting"], "status": "held", "core": True,
                        "actors": ["conseil municipal"], "locations": ["Lunelville"]}]}
    (gold / "events_t.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return pages, gold


def test_an_outlet_is_wholly_dev_or_wholly_test() -> None:
    outlets = [f"site{i}.example" for i in range(200)]
    splits = {fn.split_of(o) for o in outlets}
    assert splits == {"dev", "test"}
    assert all(fn.split_of(o) == fn.split_of(o.upper()) for o in outlets)


def test_a_page_is_scored_in_its_outlets_split(tmp_path: Path) -> None:
    pages, gold = _write(tmp_path)
    report, outlets = fn.evaluate_fresh(("dev", "test"), baseline=True, folder=pages, gold_dir=gold)
    assert report["n_articles"] == {"dev/fr": 1} and report["n_outlets"] == {"dev": 1, "test": 0}
    assert report["ours"]["dev"]["fr"]["recall"] == 1.0  # the session of the 12th is found
    assert "baseline" in report and report["baseline"]["dev"]["fr"]["n_gold"] == 1
    assert any(_outlet("dev") in line for line in outlets)


def test_a_gold_line_with_the_wrong_split_is_refused(tmp_path: Path) -> None:
    pages, gold = _write(tmp_path, gold_split="test")
    with pytest.raises(ev.GoldError, match="split"):
        fn.load_cases(("dev", "test"), pages, gold)


def test_without_the_pages_the_command_says_where_to_point(monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("TIMELINE_FRESH", raising=False)
    assert fn.main(["--split", "dev", "--no-baseline"]) == 2
    assert "TIMELINE_FRESH" in capsys.readouterr().err


def _add_gold_without_page(gold: Path, file: str) -> str:
    outlet = _outlet("dev").replace("outlet", "other")
    page_id = f"fresh-fr-{outlet}-01"
    line = {"file": file, "id": page_id, "lang": "fr", "reference_date": "2024-03-14", "outlet": outlet,
            "split": fn.split_of(outlet), "annotator": "test",
            "events": [{"date": "2024-03-13", "end_date": None, "precision": "day", "type": "meeting",
                        "alt_types": [], "status": "held", "core": True, "actors": [], "locations": []}]}
    with (gold / "events_t.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return page_id


@pytest.mark.parametrize("file", ["pages_t.jsonl", "pages_gone.jsonl"])
def test_a_page_the_folder_lacks_is_refused_unless_present_only(tmp_path: Path, file: str,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    pages, gold = _write(tmp_path)
    absent = _add_gold_without_page(gold, file)
    with pytest.raises(ev.GoldError):
        fn.load_cases(("dev", "test"), pages, gold)
    with caplog.at_level("WARNING"):
        cases = fn.load_cases(("dev", "test"), pages, gold, present_only=True)
    assert [real.case.name for real in cases] == [f"fresh-fr-{_outlet('dev')}-01"]
    assert absent in caplog.text and "1 of 2 gold pages" in caplog.text  # named, whether its file is there or not
