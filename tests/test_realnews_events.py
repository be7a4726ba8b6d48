"""Quality gate: events on real news must not drop below benchmarks/realnews_events_floors.json.

Our hand-written gold (benchmarks/realnews/events_*.jsonl, guide docs/ANNOTATION.md) scored with the
golden set's matching (benchmarks/realnews_events.py), per split and language: precision, recall,
type accuracy and actor recall. Only our pipeline runs here, not dateparser. Without the real news
(``$TIMELINE_REALNEWS``, else ``../shared/realnews``) the gate skips with the reason, except in CI
(CI=true), where missing data is a failure.
"""

from __future__ import annotations

import json
import sys

import pytest
from conftest import IN_CI, ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import evaluate as ev
from benchmarks import realnews_events as rn
from benchmarks.realnews import SPLITS, realnews_dir


def _floors() -> list[tuple[str, str, str, float]]:
    data = json.loads(rn.FLOORS_FILE.read_text(encoding="utf-8"))["floors"]
    return [(split, lang, metric, value) for split, by_lang in sorted(data.items())
            for lang, metrics in sorted(by_lang.items()) for metric, value in sorted(metrics.items())]


@pytest.fixture(scope="module")
def report() -> dict:
    if realnews_dir() is None:
        where = "$TIMELINE_REALNEWS or ../shared/realnews beside the repository"
        if IN_CI:
            pytest.fail(f"real news missing in CI ({where})")
        pytest.skip(f"real news not found ({where})")
    return rn.evaluate_realnews(SPLITS, baseline=False)


@pytest.mark.parametrize(("split", "lang", "metric", "floor"), _floors(),
                         ids=[f"{s}-{lang}-{m}" for s, lang, m, _ in _floors()])
def test_not_below_floor(report: dict, split: str, lang: str, metric: str, floor: float) -> None:
    got = report["ours"][split][lang][metric] or 0.0
    assert got >= floor, (f"real news {split} {lang}: {metric} {got:.3f} < floor {floor} "
                          "(see `python -m benchmarks.evaluate --realnews dev --diff`)")


def test_no_article_crashed(report: dict) -> None:
    assert [c["name"] for c in report["cases"] if c["error"]] == []


def test_floors_cover_every_split_language_and_metric() -> None:
    pinned = {(s, lang, m) for s, lang, m, v in _floors() if 0.0 <= v <= 1.0}
    assert pinned == {(s, lang, m) for s in SPLITS for lang in ("fr", "en", "all") for m in rn.FLOOR_METRICS}


def test_gold_rows_are_valid() -> None:
    """Every annotation line names a file, an id, a split, and rows the scorer can read (no text needed)."""
    gold = rn.load_gold()
    assert len(gold) >= 120
    for (file, _), row in gold.items():
        assert row["split"] in SPLITS, row["_where"]
        assert file.endswith(".jsonl"), row["_where"]
        for i, raw in enumerate(row["events"]):
            event = rn._gold_event(raw, row["lang"], f"{row['_where']} event {i}")
            assert event.optional == (not raw.get("core", True))


def test_core_false_rows_are_neither_missed_nor_spurious() -> None:
    """A borderline row found is not a false positive, and missing it is not a false negative."""
    import datetime as dt

    core = ev.GoldEvent(date=dt.date(2017, 3, 2), end_date=None, precision="day", type="vote", lang="fr")
    borderline = ev.GoldEvent(date=dt.date(2016, 5, 1), end_date=None, precision="day", type="protest",
                              optional=True, lang="fr")
    case = ev.Case(name="t", inputs=(), reference_dates={}, events=(core, borderline), not_actors=(), lang="fr")
    found = ev.Predicted(date=dt.date(2016, 5, 1), end_date=None, precision="day", type="protest", lang="fr")
    tally = ev.score_case(case, [found], {}).tallies["fr"]
    assert (tally.n_gold, tally.n_pred, tally.full) == (1, 0, 0)


def test_dev_halves_partition_dev(monkeypatch: pytest.MonkeyPatch) -> None:
    if realnews_dir() is None:
        pytest.skip("real news not found ($TIMELINE_REALNEWS or ../shared/realnews)")
    from benchmarks.realnews import FILES, iter_records
    file = FILES[1]
    whole = {r["id"]: r["_split"] for r in iter_records(file)}
    halves = {}
    for half in ("a", "b"):
        monkeypatch.setenv("TIMELINE_DEV_HALF", half)
        halves[half] = {r["id"]: r["_split"] for r in iter_records(file)}
    dev = {i for i, s in whole.items() if s == "dev"}
    dev_a = {i for i, s in halves["a"].items() if s == "dev"}
    dev_b = {i for i, s in halves["b"].items() if s == "dev"}
    assert dev_a and dev_b and not dev_a & dev_b and dev_a | dev_b == dev
    test = {i for i, s in whole.items() if s == "test"}
    assert {i for i, s in halves["a"].items() if s == "test"} == test  # test is never halved
    monkeypatch.setenv("TIMELINE_DEV_HALF", "c")
    with pytest.raises(ValueError, match="TIMELINE_DEV_HALF"):
        list(iter_records(file))


def _gold_line(article_id: str, annotator: str | None) -> str:
    row = {"file": "fr_wikinews_winer.jsonl", "id": article_id, "split": "dev", "lang": "fr",
           "reference_date": "2017-05-02", "events": []}
    if annotator is not None:
        row["annotator"] = annotator
    return json.dumps(row)


def test_load_gold_without_annotator_leaves_out_only_those_lines(tmp_path) -> None:
    lines = [_gold_line("a-1", "round4"), _gold_line("a-2", "annot9"), _gold_line("a-3", None)]
    (tmp_path / "events_x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ids = lambda gold: sorted(i for _, i in gold)  # noqa: E731
    assert ids(rn.load_gold(tmp_path)) == ["a-1", "a-2", "a-3"]
    assert ids(rn.load_gold(tmp_path, without=("annot9",))) == ["a-1", "a-3"]
    assert ids(rn.load_gold(tmp_path, without=("annot9", "round4"))) == ["a-3"]
    assert ids(rn.load_gold(tmp_path, without=("nobody",))) == ["a-1", "a-2", "a-3"]


def test_repository_gold_without_annot9_is_the_round_eight_set() -> None:
    """Round nine's blind French test lines (annotator annot9) are exactly the 40 left out by the option."""
    whole, without = rn.load_gold(), rn.load_gold(without=("annot9",))
    added = set(whole) - set(without)
    assert len(added) == 40
    assert {whole[key]["split"] for key in added} == {"test"}
    assert all(row.get("annotator") != "annot9" for row in without.values())


@pytest.mark.parametrize("main", ["evaluate", "realnews_events"])
def test_without_annotator_refuses_pin(main: str, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("--pin with --without-annotator went on to score or pin")

    monkeypatch.setattr(rn, "evaluate_realnews", must_not_run)
    monkeypatch.setattr(rn, "pin_floors", must_not_run)
    before = rn.FLOORS_FILE.read_bytes()
    if main == "evaluate":
        code = ev.main(["--realnews", "both", "--pin", "--without-annotator", "annot9"])
    else:
        code = rn.main(["--split", "both", "--pin", "--without-annotator", "annot9"])
    assert code == 2
    assert "--pin refuses --without-annotator" in capsys.readouterr().err
    assert rn.FLOORS_FILE.read_bytes() == before


def test_without_annotator_needs_realnews(capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main(["--without-annotator", "annot9", "--no-speed", "--no-baseline"]) == 2
    assert "needs --realnews" in capsys.readouterr().err


def test_load_gold_without_added_drops_only_those_rows(tmp_path) -> None:
    row = {"file": "fr_wikinews_winer.jsonl", "id": "a-1", "split": "test", "lang": "fr",
           "reference_date": "2018-12-08", "annotator": "annot9", "events": [
               {"date": "2018-12-08", "type": "protest", "core": True},
               {"date": "2018-12-08", "type": "incident", "core": False, "added_by": "iaa10"},
               {"date": "2018-12-07", "type": "incident", "core": False, "added_by": "someone"}]}
    (tmp_path / "events_x.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    types = lambda gold: [e["type"] + e.get("added_by", "") for e in gold[("fr_wikinews_winer.jsonl", "a-1")]["events"]]  # noqa: E731
    assert types(rn.load_gold(tmp_path)) == ["protest", "incidentiaa10", "incidentsomeone"]
    assert types(rn.load_gold(tmp_path, without_added=("iaa10",))) == ["protest", "incidentsomeone"]
    assert types(rn.load_gold(tmp_path, without_added=("iaa10", "someone"))) == ["protest"]
    assert rn.load_gold(tmp_path, without=("annot9",), without_added=("iaa10",)) == {}


def test_repository_rows_added_by_iaa10_are_borderline_test_rows_of_the_day_logs() -> None:
    """Round ten's additions to the day logs: only borderline rows of annot9's test lines; the option restores
    the round-nine rows exactly."""
    whole, without = rn.load_gold(), rn.load_gold(without_added=("iaa10",))
    assert set(whole) == set(without)
    added = {key: [e for e in row["events"] if e.get("added_by") == "iaa10"] for key, row in whole.items()}
    added = {key: rows for key, rows in added.items() if rows}
    assert sum(len(rows) for rows in added.values()) == 128 and len(added) == 16
    for key, rows in added.items():
        assert whole[key]["annotator"] == "annot9" and whole[key]["split"] == "test"
        assert all(e["core"] is False for e in rows)
        assert len(without[key]["events"]) == len(whole[key]["events"]) - len(rows)
        assert not any(e.get("added_by") for e in without[key]["events"])


@pytest.mark.parametrize("main", ["evaluate", "realnews_events"])
def test_without_added_refuses_pin(main: str, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("--pin with --without-added went on to score or pin")

    monkeypatch.setattr(rn, "evaluate_realnews", must_not_run)
    monkeypatch.setattr(rn, "pin_floors", must_not_run)
    before = rn.FLOORS_FILE.read_bytes()
    if main == "evaluate":
        code = ev.main(["--realnews", "both", "--pin", "--without-added", "iaa10"])
    else:
        code = rn.main(["--split", "both", "--pin", "--without-added", "iaa10"])
    assert code == 2
    assert "--pin refuses --without-added" in capsys.readouterr().err
    assert rn.FLOORS_FILE.read_bytes() == before


def test_without_added_needs_realnews(capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main(["--without-added", "iaa10", "--no-speed", "--no-baseline"]) == 2
    assert "--without-added needs --realnews" in capsys.readouterr().err
