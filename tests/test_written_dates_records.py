"""The written set's date scorer reads every record of a file (round twenty-two): a file of several records is scored
whole against the file's gold, or record by record when the gold names them (``file.jsonl#id``)."""

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


def test_every_record_of_a_file_is_scored_against_the_files_gold(tmp_path: Path) -> None:
    path = _file(tmp_path)
    ((name, text, lang, _, preds),) = wd.ours(path, {"digest.jsonl": []})
    assert name == "digest.jsonl" and lang == "fr"
    assert text == RECORDS[0]["text"] + "\n\n" + RECORDS[1]["text"]
    found = {text[f.start:f.end]: f.value for f in preds}
    assert found.get("1 March 2026") == "2026-03-01" and found.get("28 février 2026") == "2026-02-28"
    golds = wd.gold_timexes(text, [{"text": "28 février 2026", "value": "2026-02-28"},
                                   {"text": "1 March 2026", "value": "2026-03-01"}], "digest")
    assert [g.start for g in golds] == [text.index("28 février"), text.index("1 March")]


def test_a_record_the_gold_names_is_scored_on_its_own(tmp_path: Path) -> None:
    path = _file(tmp_path)
    out = wd.ours(path, {"digest.jsonl#a": [], "digest.jsonl#b": []})
    assert [(name, lang, text) for name, text, lang, _, _ in out] == [
        ("digest.jsonl#a", "fr", RECORDS[0]["text"]), ("digest.jsonl#b", "en", RECORDS[1]["text"])]
