"""The inter-annotator agreement script (benchmarks/agreement.py) and the second reader's file it scores.

The second reader (helper iaa10, round ten) annotated 24 dev articles blind, drawn by ``random.Random(10)``;
the script scores those rows as predictions against the first gold with the real-news matching. These tests
check the script on a small made-up pair whose figures are known by hand, that its figures on the repository
files are the counts the files give, and that the second reader's file holds ids and rows only.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from conftest import ROOT

if str(ROOT) not in sys.path:  # `benchmarks` is a folder at the project root, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import agreement as ag
from benchmarks import realnews_events as rn
from benchmarks.realnews import iter_records, realnews_dir

DRAW = (("fr_wikinews_winer.jsonl", 12), ("fr_timebank_dev.jsonl", 4), ("en_wikinews_meantime.jsonl", 8))


def _row(date: str, typ: str, core: bool, actors: list[str], alt: tuple[str, ...] = ()) -> dict:
    return {"date": date, "end_date": None, "precision": "day", "type": typ, "alt_types": list(alt),
            "status": "held", "core": core, "actors": actors, "locations": [], "title_hint": "", "evidence": ""}


def _line(article_id: str, lang: str, events: list[dict]) -> str:
    file = "fr_wikinews_winer.jsonl" if lang == "fr" else "en_wikinews_meantime.jsonl"
    return json.dumps({"file": file, "id": article_id, "split": "dev", "lang": lang,
                       "reference_date": "2017-05-02", "events": events}, ensure_ascii=False)


@pytest.fixture
def made_up(tmp_path: Path) -> tuple[Path, Path]:
    """Reader 1: two core rows and one borderline row (fr), one core row (en). Reader 2 below."""
    first = [
        _line("x-fr", "fr", [_row("2017-05-01", "vote", True, ["Assemblée nationale"]),
                             _row("2017-04-20", "incident", True, ["Jean Dupont"]),
                             _row("2016-01-01", "election", False, ["Jean Dupont"])]),
        _line("x-en", "en", [_row("2017-04-30", "other", True, ["Acme Corp", "Beta Ltd"])]),
    ]
    second = [
        # fr: the vote found with another accepted type, the incident missed (called borderline), the
        # background row called core (matches reader 1's borderline row: not spurious), one row of its own.
        _line("x-fr", "fr", [_row("2017-05-01", "decision", True, ["Assemblée nationale"]),
                             _row("2017-04-20", "incident", False, ["Jean Dupont"]),
                             _row("2016-01-01", "election", True, ["Jean Dupont"]),
                             _row("2017-04-28", "protest", True, [])]),
        # en: the row found, right type, one of its two actors.
        _line("x-en", "en", [_row("2017-04-30", "other", True, ["Acme Corp"])]),
    ]
    (tmp_path / "events_x.jsonl").write_text("\n".join(first) + "\n", encoding="utf-8")
    path = tmp_path / "second.jsonl"
    path.write_text("\n".join(second) + "\n", encoding="utf-8")
    return path, tmp_path


def test_made_up_pair_gives_the_figures_counted_by_hand(made_up: tuple[Path, Path]) -> None:
    second, gold_dir = made_up
    metrics, results = ag.agreement(second_path=second, gold_dir=gold_dir)
    fr, en = metrics["fr"], metrics["en"]
    # fr: reader 2 has 3 core rows; the background one meets an optional row (not counted), the vote is
    # matched, the protest is spurious: P = 1/2. Reader 1's 2 core rows: the vote found, the incident not: R = 1/2.
    assert (fr["n_pred"], fr["n_gold"], fr["precision"], fr["recall"]) == (2, 2, 0.5, 0.5)
    assert fr["type_accuracy"] == 0.0  # "decision" is neither reader 1's type nor one of its alt types
    assert fr["actor_recall"] == 1.0
    assert (en["precision"], en["recall"], en["type_accuracy"], en["actor_recall"]) == (1.0, 1.0, 1.0, 0.5)
    assert metrics["all"]["n_gold"] == 3 and metrics["winer"]["n_gold"] == 2 and metrics["meantime"]["n_gold"] == 1
    assert [r.name for r in results] == ["x-fr", "x-en"]


def test_all_rows_view_counts_reader_two_borderline_rows(made_up: tuple[Path, Path]) -> None:
    second, gold_dir = made_up
    fr = ag.agreement(all_rows=True, second_path=second, gold_dir=gold_dir)[0]["fr"]
    # now the incident is found (reader 2's borderline row is a prediction): R = 2/2; P = 2/3.
    assert fr["recall"] == 1.0 and fr["n_pred"] == 3 and abs(fr["precision"] - 2 / 3) < 1e-9


def test_alt_type_counts_as_type_agreement(made_up: tuple[Path, Path]) -> None:
    second, gold_dir = made_up
    path = gold_dir / "events_x.jsonl"
    text = path.read_text(encoding="utf-8").replace('"alt_types": []', '"alt_types": ["decision"]', 1)
    path.write_text(text, encoding="utf-8")
    assert ag.agreement(second_path=second, gold_dir=gold_dir)[0]["fr"]["type_accuracy"] == 1.0


def test_core_flags_of_the_made_up_pair(made_up: tuple[Path, Path]) -> None:
    second, gold_dir = made_up
    flags = ag.core_flags(second_path=second, gold_dir=gold_dir)
    # shared rows: the vote and the en row (both core), the incident (core for 1 only), the background row (2 only);
    # the protest is reader 2's alone. Observed 2/4; chance 3/4 * 3/4 + 1/4 * 1/4 = 10/16; kappa -1/3.
    assert {k: flags[k] for k in ("both_core", "both_borderline", "core_1_only", "core_2_only", "only_1", "only_2")} \
        == {"both_core": 2, "both_borderline": 0, "core_1_only": 1, "core_2_only": 1, "only_1": 0, "only_2": 1}
    assert flags["core_agreement"] == 0.5 and abs(flags["kappa"] + 1 / 3) < 1e-9


def test_second_reader_without_first_line_is_an_error(made_up: tuple[Path, Path]) -> None:
    second, gold_dir = made_up
    second.write_text(_line("not-in-gold", "fr", []) + "\n", encoding="utf-8")
    with pytest.raises(rn.ev.GoldError, match="not-in-gold"):
        ag.agreement(second_path=second, gold_dir=gold_dir)


def test_repository_figures_are_what_the_files_give() -> None:
    """On the committed files: counts per language are the core rows of each reader, ratios within [0, 1]."""
    lines = ag.load_second()
    gold = rn.load_gold()
    metrics, results = ag.agreement()
    assert len(results) == len(lines) == 24
    for lang in ("fr", "en"):
        mine = [line for line in lines if line["lang"] == lang]
        first_core = sum(e.get("core", True) for line in mine for e in gold[(line["file"], line["id"])]["events"])
        assert metrics[lang]["n_gold"] == first_core
        # every second-reader core row is a prediction; those matched to reader 1's borderline rows are not counted
        second_core = sum(e.get("core", True) for line in mine for e in line["events"])
        assert metrics[lang]["n_pred"] <= second_core
        for name in ("precision", "recall", "type_accuracy", "actor_recall"):
            assert 0.0 <= metrics[lang][name] <= 1.0
    assert metrics["all"]["n_gold"] == metrics["fr"]["n_gold"] + metrics["en"]["n_gold"]


def test_command_line_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert ag.main([]) == 0
    out = capsys.readouterr().out
    assert "| precision |" in out and "| recall |" in out and "24 articles" in out
    flags = ag.core_flags()
    assert f"rows (core or not) both readers wrote: {flags['shared']};" in out
    first_rows = sum(len(rn.load_gold()[(line["file"], line["id"])]["events"]) for line in ag.load_second())
    assert flags["shared"] + flags["only_1"] == first_rows
    assert flags["shared"] + flags["only_2"] == sum(len(line["events"]) for line in ag.load_second())
    assert ag.main(["--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) >= {"fr", "en", "all"}


def test_second_reader_file_holds_ids_and_rows_only() -> None:
    """No article text: a short evidence (at most 8 words), our own title hints, and valid rows."""
    for line in ag.load_second():
        assert set(line) <= {"file", "id", "split", "lang", "reference_date", "annotator", "events", "notes"}
        assert line["split"] == "dev" and line["annotator"] == "iaa10"
        for i, raw in enumerate(line["events"]):
            rn._gold_event(raw, line["lang"], f"{line['id']} event {i}")
            assert len(raw["evidence"].split()) <= 8, (line["id"], raw["evidence"])


def test_articles_are_the_seeded_draw() -> None:
    """The 24 ids are random.Random(10).sample of each file's dev ids, in the order printed when they were drawn."""
    if realnews_dir() is None:
        pytest.skip("real news not found ($TIMELINE_REALNEWS or ../shared/realnews)")
    rng = random.Random(10)
    drawn = set()
    for file, n in DRAW:
        ids = [r["id"] for r in iter_records(file, "dev")]
        drawn |= {(file, i) for i in rng.sample(ids, n)}
    assert {(line["file"], line["id"]) for line in ag.load_second()} == drawn


# Round twenty-five (helper iaa25): a second reader of the fresh pages (benchmarks/fresh/), scored by `--fresh`.

FRESH_KEYS = {"file", "id", "split", "lang", "reference_date", "outlet", "url", "annotator", "events", "notes"}


def test_fresh_lines_are_grouped_by_split(made_up: tuple[Path, Path]) -> None:
    """A line whose file is no real-news corpus is counted under its split (dev/test), beside its language."""
    second, gold_dir = made_up
    for path in (second, gold_dir / "events_x.jsonl"):
        text = path.read_text(encoding="utf-8").replace("fr_wikinews_winer.jsonl", "pages_x.jsonl")
        path.write_text(text.replace('"split": "dev"', '"split": "test"', 1), encoding="utf-8")
    metrics = ag.agreement(second_path=second, gold_dir=gold_dir)[0]
    assert "winer" not in metrics and metrics["test"]["n_gold"] == 2 and metrics["meantime"]["n_gold"] == 1
    assert "| metric | fr | en | meantime | test | all |" in ag.format_table(metrics)


def test_fresh_second_reader_file_holds_ids_and_rows_only() -> None:
    """16 pages, 8 per language and 8 per split, each split the outlet's; rows valid, no evidence nor notes."""
    from benchmarks.fresh_news import split_of

    lines = ag.load_second(ag.FRESH_SECOND_READER)
    assert len(lines) == 16 and len({line["id"] for line in lines}) == 16
    assert sorted(line["lang"] for line in lines).count("fr") == 8
    assert sorted(line["split"] for line in lines).count("dev") == 8
    for line in lines:
        assert set(line) <= FRESH_KEYS and line["annotator"] == "iaa25"
        assert line["split"] == split_of(line["outlet"])
        for i, raw in enumerate(line["events"]):
            assert "evidence" not in raw and "note" not in raw
            rn._gold_event(raw, line["lang"], f"{line['id']} event {i}")


def test_fresh_figures_are_what_the_files_give() -> None:
    """The figures of docs/BENCHMARKS.md (iaa25): if the collectors' gold of these pages changes, re-score both."""
    lines = ag.load_second(ag.FRESH_SECOND_READER)
    gold = rn.load_gold(ag.FRESH_GOLD_DIR)
    metrics, results = ag.agreement(second_path=ag.FRESH_SECOND_READER, gold_dir=ag.FRESH_GOLD_DIR)
    assert len(results) == 16
    first_core = sum(e.get("core", True) for line in lines for e in gold[(line["file"], line["id"])]["events"])
    assert metrics["all"]["n_gold"] == first_core == 30
    assert (metrics["all"]["n_pred"], round(metrics["all"]["precision"], 2), round(metrics["all"]["recall"], 2)) \
        == (29, 0.97, 0.93)
    assert metrics["all"]["n_gold"] == metrics["dev"]["n_gold"] + metrics["test"]["n_gold"]
    flags = ag.core_flags(ag.FRESH_SECOND_READER, ag.FRESH_GOLD_DIR)
    assert {k: flags[k] for k in ("both_core", "both_borderline", "core_1_only", "core_2_only", "only_1", "only_2")} \
        == {"both_core": 28, "both_borderline": 31, "core_1_only": 2, "core_2_only": 1, "only_1": 1, "only_2": 8}


def test_fresh_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert ag.main(["--fresh"]) == 0
    out = capsys.readouterr().out
    assert "16 articles" in out and "| metric | fr | en | dev | test | all |" in out


def test_fresh_pages_are_the_seeded_draw() -> None:
    """Per language and split, random.Random(25).shuffle of the sorted page ids, the first 4 of distinct outlets: drawn
    from the 90 pages of the first six collectors, all there were when iaa25 drew (frD, enD and round twenty-six's
    pages26_* came later)."""
    from benchmarks.fresh_news import fresh_dir, split_of

    folder = fresh_dir()
    if folder is None:
        pytest.skip("fresh pages not found ($TIMELINE_FRESH)")
    first = [folder / f"pages_{who}.jsonl" for who in ("enA", "enB", "enC", "frA", "frB", "frC")]
    records = [json.loads(line) for path in first
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    drawn = set()
    for lang in ("fr", "en"):
        for split in ("dev", "test"):
            cell = sorted((r for r in records if r["lang"] == lang and split_of(r["outlet"]) == split),
                          key=lambda r: r["id"])
            random.Random(25).shuffle(cell)
            outlets: list[str] = []
            for record in cell:
                if record["outlet"] not in outlets and len(outlets) < 4:
                    outlets.append(record["outlet"])
                    drawn.add(record["id"])
    assert {line["id"] for line in ag.load_second(ag.FRESH_SECOND_READER)} == drawn
