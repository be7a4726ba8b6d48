"""The written set's date scorer and files of several records (round twenty-two): a record the gold names
(``file.jsonl#id``) is scored against its own entries; gold keyed by the file alone is the first record's, as before,
and the records left unscored are named."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import written_dates as wd  # noqa: E402

RECORDS = [{"id": "a", "lang": "fr", "published": "2026-03-02", "title": "Le pont",
            "text": "Le pont de Gien a rouvert le 28 février 2026 après deux mois de travaux."},
           {"id": "b", "lang": "en", "published": "2026-03-03", "title": "The dam",
            "text": "The Holt dam was inspected on 1 March 2026 by the regional authority."}]


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "digest.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def test_each_record_the_gold_names_is_scored_on_its_own(tmp_path: Path) -> None:
    left: list[str] = []
    out = wd.ours(_file(tmp_path), {"digest.jsonl#a": [], "digest.jsonl#b": []}, left)
    assert [(name, lang, text) for name, text, lang, _, _ in out] == [
        ("digest.jsonl#a", "fr", RECORDS[0]["text"]), ("digest.jsonl#b", "en", RECORDS[1]["text"])]
    second = out[1]
    assert {second[1][f.start:f.end]: f.value for f in second[4]}.get("1 March 2026") == "2026-03-01"
    assert left == []


def test_gold_named_by_the_file_scores_its_first_record_and_names_the_rest(tmp_path: Path) -> None:
    left: list[str] = []
    ((name, text, lang, _, _),) = wd.ours(_file(tmp_path), {"digest.jsonl": []}, left)
    assert (name, lang, text) == ("digest.jsonl", "fr", RECORDS[0]["text"])
    assert left == ["digest.jsonl#b"]
    out = wd.ours(_file(tmp_path), {"digest.jsonl": [], "digest.jsonl#b": []}, left)
    assert [name for name, *_ in out] == ["digest.jsonl#b", "digest.jsonl"]
