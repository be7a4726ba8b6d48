"""``benchmarks.dates_errors`` lists our errors on a Recognizers-style file by kind (a file written here)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.dates_errors import errors, main


def _case(i: int, text: str, expected: list[dict]) -> str:
    return json.dumps({"id": f"t-{i}", "lang": "en", "text": text, "reference_datetime": "2016-11-07T00:00:00",
                       "expected": expected})


def test_errors_by_kind(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    right = {"text": "march 3, 2015", "start": 10, "end": 23, "type": "datetimeV2.date",
             "values": [{"timex": "2015-03-03", "type": "date", "value": "2015-03-03"}]}
    wrong = {"text": "march 3, 2015", "start": 10, "end": 23, "type": "datetimeV2.date",
             "values": [{"timex": "2015-03-04", "type": "date", "value": "2015-03-04"}]}
    missed = {"text": "soon", "start": 8, "end": 12, "type": "datetimeV2.date",
              "values": [{"timex": "2016-11-08", "type": "date", "value": "2016-11-08"}]}
    lines = [_case(0, "We met on March 3, 2015.", [right]), _case(1, "We met on March 3, 2015.", [wrong]),
             _case(2, "We meet soon.", [missed]), _case(3, "We met on March 3, 2015.", [])]
    path = tmp_path / "suite.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = errors(path, "future")
    assert [(kind, case) for kind, case, _ in found] == [("wrong", "t-1"), ("missed", "t-2"), ("extra", "t-3")]
    assert "2015-03-04" in found[0][2] and "2015-03-03" in found[0][2]
    assert main(["--suites", str(tmp_path), "--suite", "suite", "--kind", "missed"]) == 0
    out = capsys.readouterr().out
    assert "t-2" in out and "t-1 " not in out and "'wrong': 1" in out
