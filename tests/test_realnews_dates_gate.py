"""Quality gate: our date engine on real news must not drop below benchmarks/realnews_dates_floors.json.

Strict value F1 (same span, granularity and value; see benchmarks/realnews_dates.py) of our engine
alone, per file and split, on French TimeBank and MEANTIME; value F1 (overlap, same value) on our
annotation of French WiNER, dev, test and fresh (benchmarks/realnews/dates_fr_wikinews_winer_{dev,test,fresh}.jsonl;
fresh: the blind round-nineteen gold of the dev-period articles dev leaves out), whose files are checked against
the corpus too. Only our engine runs here (not dateparser), so it takes a second
or two. Without the real news (``$TIMELINE_REALNEWS``, else ``../shared/realnews``) the gate skips with the
reason, except in CI (CI=true), where missing data is a failure.
"""

from __future__ import annotations

import json
import re
import sys

import pytest
from conftest import IN_CI, ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import realnews_dates as bench
from benchmarks.realnews import iter_records, realnews_dir


def _floors() -> list[tuple[str, str, float]]:
    data = json.loads(bench.FLOORS.read_text(encoding="utf-8"))
    return [(file, split, floor) for file, splits in sorted(data["floors"].items())
            for split, floor in sorted(splits.items())]


@pytest.fixture(scope="module")
def folder():
    folder = realnews_dir()
    missing = [f for f in bench.FILES if folder is None or not (folder / f).is_file()]
    if missing:
        where = folder or "$TIMELINE_REALNEWS or ../shared/realnews beside the repository"
        if IN_CI:
            pytest.fail(f"real news missing in CI ({where}): {', '.join(missing)}")
        pytest.skip(f"real news not found ({where}): {', '.join(missing)}")
    return folder


@pytest.fixture(scope="module")
def scores(folder) -> dict[tuple[str, str], dict[str, float]]:
    return {(file, split): bench.score(file, split, bench.ours, folder) for file, split in bench.scored_sets()}


@pytest.mark.parametrize(("file", "split", "floor"), _floors(), ids=[f"{f.split('.')[0]}-{s}" for f, s, _ in _floors()])
def test_strict_value_f1_not_below_floor(scores, file: str, split: str, floor: float) -> None:
    metric = bench.GATED.get(file, "strict_f1")
    got = scores[(file, split)][metric]
    assert got >= floor, (f"{file} {split}: {metric} {got} < floor {floor}: a regression in the date engine "
                          "(see `python -m benchmarks.realnews_dates --split dev --errors 10`)")


def test_floors_cover_every_file_and_split() -> None:
    pinned = {(file, split) for file, split, floor in _floors() if 0.0 <= floor <= 1.0}
    assert pinned == set(bench.scored_sets())


#: Values our gold may hold besides calendar ones (docs/ANNOTATION.md): not scored, or a duration's "".
_NOT_SCORED = re.compile(r"XXXX-XX-XX(T(MO|AF|EV|NI))?|PRESENT_REF|\d{4}-(SU|WI|SP|FA)|\d\d\d?|")


@pytest.mark.parametrize(("file", "split"), [(f, s) for f, by_split in bench.OUR_GOLD.items() for s in by_split])
def test_our_gold_fits_the_corpus(folder, file: str, split: str) -> None:
    """Each article of our date gold is in its split; each WiNER span is the corpus's own Date/Hour entity."""
    gold = [json.loads(line) for line in bench.OUR_GOLD[file][split].read_text(encoding="utf-8").splitlines()]
    articles = {r["id"]: r for r in iter_records(file, bench.EXTRA_SPLITS.get(split, split), folder)}
    assert gold and [row["id"] for row in gold] == sorted(row["id"] for row in gold)
    for row in gold:
        record = articles.get(row["id"])
        assert record is not None, f"{row['id']} is not an article of the {split} split"
        entities = {e["id"]: e for e in record["entities"] if e["type"] in ("Date", "Hour")}
        for date in row["dates"]:
            where = f"{row['id']} {date}"
            assert 0 <= date["start"] < date["end"] <= len(record["text"]), where
            assert bench.calendar_value(date["value"]) or _NOT_SCORED.fullmatch(date["value"]), where
            assert (date["type"] == "DURATION") == (date["value"] == ""), where
            if date["source"].startswith("winer:"):
                entity = entities[date["source"].removeprefix("winer:")]
                assert (entity["start"], entity["end"]) == (date["start"], date["end"]), where
            else:
                assert date["source"] == "added", where


def test_fresh_gold_is_new_text() -> None:
    """The fresh WiNER gold shares no article with dev or test, and holds only dev-period (2016-2017) articles."""
    def ids(split: str) -> dict[str, str]:
        lines = bench.OUR_GOLD["fr_wikinews_winer.jsonl"][split].read_text(encoding="utf-8").splitlines()
        return {row["id"]: row["published"] for row in map(json.loads, lines)}

    fresh = ids("fresh")
    assert len(fresh) >= 40
    assert not fresh.keys() & (ids("dev").keys() | ids("test").keys())
    assert all(published[:4] in ("2016", "2017") for published in fresh.values())


def test_fresh_is_scored_only_when_named() -> None:
    """``both`` (dev and test) leaves the fresh gold out; it is a set of its own, with its floor."""
    assert ("fr_wikinews_winer.jsonl", "fresh") in bench.scored_sets()
    assert "fresh" not in bench.SPLITS
    assert [s for f, s in bench.scored_sets() if f != "fr_wikinews_winer.jsonl"] == [
        s for f in bench.FILES if f != "fr_wikinews_winer.jsonl" for s in bench.SPLITS]
