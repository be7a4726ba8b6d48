"""The date gold of the written set (batches e to m) and its scorer, benchmarks/written_dates.py.

Three layers: the scorer's pieces on sentences of our own (a gold entry found in order, a range as its two ends, a
part of the day scored as its day), the CLI's refusals, and our engine on both splits against
benchmarks/written_dates_floors.json (figures only: test's errors are never printed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import evaluate as ev  # noqa: E402
from benchmarks import realnews_dates as rd  # noqa: E402
from benchmarks import written_dates as wd  # noqa: E402
from benchmarks import written_set as ws  # noqa: E402


def test_gold_entries_are_found_in_order_and_repeated_words_find_their_own_place() -> None:
    text = "Le maire a parlé mardi et le conseil a voté mardi aussi, puis les 3 et 10 mai."
    golds = wd.gold_timexes(text, [{"text": "mardi", "value": "2026-03-10"}, {"text": "mardi", "value": "2026-03-10"},
                                   {"text": "3 et 10 mai", "value": "2026-05-03"},
                                   {"text": "3 et 10 mai", "value": "2026-05-10"}], "t")
    assert [g.start for g in golds[:2]] == [text.index("mardi"), text.index("mardi", text.index("mardi") + 1)]
    assert [(g.value, g.granularity) for g in golds[2:]] == [("2026-05-03", "day"), ("2026-05-10", "day")]
    assert [g.text for g in golds[2:]] == ["3", "10 mai"], "a list is one TimeML TIMEX3 per member (round 19)"


def test_a_range_value_is_two_ends_and_a_bad_entry_is_refused() -> None:
    text = "The fiscal year 2026/27 opened in April."
    golds = wd.gold_timexes(text, [{"text": "2026/27", "value": "2026-04/2027-03"}], "t")
    assert [(g.value, g.granularity) for g in golds] == [("2026-04", "month"), ("2027-03", "month")]
    with pytest.raises(ValueError, match="not found"):
        wd.gold_timexes(text, [{"text": "April", "value": "2026-04"}, {"text": "fiscal", "value": "2026"}], "t")
    with pytest.raises(ValueError, match="not a calendar value"):
        wd.gold_timexes(text, [{"text": "April", "value": "spring"}], "t")


def test_a_part_of_the_day_is_scored_as_its_day() -> None:
    evening = rd.Found(0, 11, "mardi soir", "2026-03-10TEV", "part_of_day")
    assert (wd._as_day(evening).value, wd._as_day(evening).granularity) == ("2026-03-10", "day")
    clock = rd.Found(0, 7, "à 20 h", "2026-03-12T20:00", "time")
    assert wd._as_day(clock) == clock


def test_a_part_of_the_day_written_in_the_gold_is_its_day_too() -> None:
    text = "Le convoi est parti mardi soir et arrivé mercredi à 9 h."
    golds = wd.gold_timexes(text, [{"text": "mardi soir", "value": "2026-03-10TEV"},
                                   {"text": "mercredi à 9 h", "value": "2026-03-11T09:00"}], "t")
    assert [(g.value, g.granularity) for g in golds] == [("2026-03-10", "day"), ("2026-03-11T09:00", "time")]


def test_a_day_and_its_clock_found_apart_inside_one_gold_phrase_are_one_prediction() -> None:
    text = "Le conseil se réunira jeudi à 20 h, puis vendredi."
    gold = wd.gold_timexes(text, [{"text": "jeudi à 20 h", "value": "2026-03-12T20:00"},
                                  {"text": "vendredi", "value": "2026-03-13"}], "t")
    day = rd.Found(text.index("jeudi"), text.index("jeudi") + 5, "jeudi", "2026-03-12", "day")
    clock = rd.Found(text.index("20 h"), text.index("20 h") + 4, "20 h", "2026-03-12T20:00", "time")
    friday = rd.Found(text.index("vendredi"), text.index("vendredi") + 8, "vendredi", "2026-03-13", "day")
    bridged = wd.bridge(gold, [day, clock, friday])
    assert [(p.text, p.value) for p in bridged] == [("jeudi à 20 h", "2026-03-12T20:00"), ("vendredi", "2026-03-13")]
    wrong_day = rd.Found(day.start, day.end, "jeudi", "2026-03-19", "day")
    assert wd.bridge(gold, [wrong_day, clock]) == [wrong_day, clock], "a wrong day stays apart, and counts"


def test_errors_are_refused_on_test_and_listed_by_class_on_dev(capsys: pytest.CaptureFixture[str]) -> None:
    assert wd.main(["--batch", "e", "--split", "test", "--errors"]) == 2
    assert "never read" in capsys.readouterr().err
    assert wd.main(["--batch", "e", "--split", "dev", "--errors"]) == 0
    listed = capsys.readouterr().out
    assert "written batch e, dev, dates" in listed and "test, dates" not in listed
    assert any(line.split(":")[0] in rd.ERROR_CLASSES for line in listed.splitlines())


def test_pin_never_lowers_a_floor(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    high = {"ours": {"all": {"value_f1": 0.8, "strict_f1": 0.7}}, "dateparser": {"all": {"value_f1": 0.4,
                                                                                         "strict_f1": 0.3}}}
    assert wd.pin("e", {"dev": high}, path)["floors"]["e"]["dev"] == {"value_f1": 0.8, "strict_f1": 0.7}
    low = {s: {"all": {m: v - 0.1 for m, v in f["all"].items()}} for s, f in high.items()}
    with pytest.raises(ValueError, match="would lower"):
        wd.pin("e", {"dev": low}, path)


def _floors() -> dict[str, dict[str, object]]:
    return json.loads(wd.FLOORS.read_text(encoding="utf-8"))


def test_every_batch_with_dates_has_its_floors() -> None:
    assert wd.BATCHES == ("e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r")
    assert set(_floors()["floors"]) == set(_floors()["corpus_sha256"]) == set(wd.BATCHES)


@pytest.mark.parametrize("batch", wd.BATCHES)
@pytest.mark.parametrize("split", ws.SPLITS)
def test_floors_were_pinned_on_this_set(split: str, batch: str) -> None:
    assert _floors()["corpus_sha256"][batch][split] == ev.corpus_hash(ws.load_split(split, batch)), (
        f"benchmarks/written_{batch} changed since the date floors were pinned (say why in its README, then re-pin)")


@pytest.mark.parametrize("batch", wd.BATCHES)
@pytest.mark.parametrize("split", ws.SPLITS)
def test_our_dates_hold_their_floors_and_beat_dateparser(split: str, batch: str) -> None:
    figures, _ = wd.score(batch, split)
    for metric, floor in _floors()["floors"][batch][split].items():
        assert figures["ours"]["all"][metric] >= floor, f"written {batch} {split}: dates {metric} fell below {floor}"
    assert figures["ours"]["all"]["value_f1"] > figures["dateparser"]["all"]["value_f1"]


def test_pin_writes_the_command_of_its_batch(tmp_path: Path) -> None:
    figures = {"ours": {"all": {"value_f1": 0.5, "strict_f1": 0.4}}, "dateparser": {"all": {"value_f1": 0.3,
                                                                                            "strict_f1": 0.2}}}
    pinned = wd.pin("f", {"test": figures}, tmp_path / "floors.json")
    assert pinned["command"].endswith("--batch f --pin") and set(pinned["floors"]) == {"f"}
    assert pinned["corpus_sha256"]["f"]["test"] == ev.corpus_hash(ws.load_split("test", "f"))


def test_an_entry_missing_from_the_kept_text_is_a_missed_gold_never_skipped() -> None:
    text = "Le conseil s'est réuni jeudi soir."  # a page whose byline date ingest did not keep
    entries = [{"text": "jeudi 25 juin 2026", "value": "2026-06-25"}, {"text": "jeudi soir", "value": "2026-06-25"}]
    with pytest.raises(ValueError, match="not found"):
        wd.gold_timexes(text, entries, "t")
    missing: list[str] = []
    golds = wd.gold_timexes(text, entries, "t", missing)
    assert missing == ["t: 'jeudi 25 juin 2026'"] and len(golds) == 2
    assert golds[0].start > len(text) and golds[1].start == text.index("jeudi soir"), "the next entry still found"
    found = [rd.Found(text.index("jeudi soir"), text.index("jeudi soir") + 10, "jeudi soir", "2026-06-25", "day")]
    counts = rd.summarise([rd.Doc({"text": text, "id": "t", "published": "2026-06-25"}, golds, found, 0, 0, [])])
    assert (counts["gold"], counts["value_r"]) == (2, 0.5), "the missing entry counts as missed"


def test_a_json_lines_file_of_several_records_is_scored_record_by_record() -> None:
    """Batch p's French short items: one file, two records, each with its own date gold ('name#n')."""
    found = wd.docs("p", "test")
    ids = [doc.record["id"] for _, doc in found["ours"]]
    assert "fr_breves.jsonl#1" in ids and "fr_breves.jsonl#2" in ids and "fr_breves.jsonl" not in ids
    golds = {doc.record["id"]: len(doc.golds) for _, doc in found["dateparser"]}
    assert golds["fr_breves.jsonl#1"] == 2 and golds["fr_breves.jsonl#2"] == 4


def test_missed_gold_entries_are_listed_only_for_a_read_dev_half() -> None:
    assert all(not wd._listed(b, "test") for b in ws.BATCHES)
    assert all(not wd._listed(b, "dev") for b in ws.BLIND + ws.HELD_OUT)
    assert all(wd._listed(b, "dev") for b in ws.GROUPS["read"])
