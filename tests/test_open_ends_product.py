"""An open-ended date through the product: events, the `dates` CLI, the store, the dashboard's words and the
exports ("since 2 March" / "depuis le 2 mars"; "before March 20" dates no event). Articles are our own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import timeline
from timeline import store
from timeline.cli import main
from timeline.dashboard import export
from timeline.dashboard.charts import hover_texts
from timeline.dashboard.views import date_words, resolution_text
from timeline.settings import Options
from timeline.store.build import build_store
from timeline.store.query import Filters

ARTICLES = {
    "greve.txt": "Grève des enseignants à Lyon\n\nLyon, 10 mars 2026 – Les enseignants des lycées de la ville sont "
                 "en grève depuis le 2 mars pour réclamer des hausses de salaire, a indiqué le syndicat.\n\nLe "
                 "ministre de l'Éducation recevra les délégués du syndicat avant le 20 mars, selon son cabinet.\n",
    "strike.txt": "Teachers strike in Leeds\n\nLeeds, March 10, 2026 – Teachers at the city's secondary schools have "
                  "been on strike since March 2 to demand higher pay, their union said.\n\nThe education minister "
                  "will meet union delegates before March 20, his office said.\n",
}
OPTIONS = Options(use_ner=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("open_ends")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def events(corpus: Path) -> pd.DataFrame:
    return timeline.extract_events(corpus, options=OPTIONS)


def test_since_dates_the_running_event_and_before_dates_none(events: pd.DataFrame) -> None:
    strikes = events[events["date"] == dt.date(2026, 3, 2)]
    assert sorted(strikes["open_end"]) == ["since", "since"]
    assert sorted(strikes["date_text"]) == ["2 mars", "March 2"]
    # "avant le 20 mars", "before March 20": a bound, not the meeting's date
    assert not events["date"].isin([dt.date(2026, 3, 20), dt.date(2026, 3, 19)]).any()


def test_dates_cli_prints_the_open_end(corpus: Path) -> None:
    result = CliRunner().invoke(main, ["dates", str(corpus / "strike.txt"), "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(r["text"], r["open_end"]) for r in rows} >= {("March 2", "since"), ("March 20", "before"),
                                                          ("March 10, 2026", None)}


def test_the_store_keeps_the_open_end(corpus: Path, tmp_path: Path) -> None:
    build_store([corpus], store=tmp_path / "store", options=OPTIONS, progress=False)
    frame = store.read_events(tmp_path / "store")
    assert sorted(frame[frame["date"] == dt.date(2026, 3, 2)]["open_end"]) == ["since", "since"]
    assert set(frame["open_end"]) <= {"since", None}
    mentions = store.read_mentions(tmp_path / "store")
    assert "since" in set(mentions["open_end"])
    source = store.open_store(tmp_path / "store")  # the DuckDB source the dashboard reads
    try:
        shown = source.events(Filters())
        assert sorted(shown[shown["date"] == dt.date(2026, 3, 2)]["open_end"]) == ["since", "since"]
        one = source.event(str(shown["event_id"].iloc[0]))
        assert one is not None and one["open_end"] == "since"
        assert "since" in set(source.mentions(list(shown["event_id"]))["open_end"])
    finally:
        source.close()


@pytest.mark.parametrize(("row", "lang", "words"), [
    ({"date": dt.date(2010, 1, 1), "precision": "year", "open_end": "since"}, "en", "since 2010"),
    ({"date": dt.date(2010, 1, 1), "precision": "year", "open_end": "since"}, "fr", "depuis 2010"),
    ({"date": dt.date(2025, 6, 1), "precision": "month", "open_end": "before"}, "en", "before June 2025"),
    ({"date": dt.date(2025, 6, 1), "precision": "month", "open_end": "before"}, "fr", "avant juin 2025"),
    ({"date": dt.date(2025, 12, 19), "precision": "day", "open_end": "until"}, "fr", "jusqu'au 19 décembre 2025"),
    ({"date": dt.date(2030, 1, 1), "precision": "year", "open_end": "by"}, "fr", "d'ici 2030"),
    ({"date": dt.date(2025, 11, 1), "precision": "day", "open_end": "after"}, "fr", "après le 1er novembre 2025"),
    ({"date": dt.date(2025, 11, 1), "precision": "day", "open_end": None}, "fr", "1er novembre 2025"),
])
def test_date_words_say_the_open_end_in_both_languages(row: dict, lang: str, words: str) -> None:
    assert date_words(row, lang) == words


def test_the_explanation_shows_the_open_end(events: pd.DataFrame) -> None:
    row = events[events["date_text"] == "2 mars"].iloc[0].to_dict()
    assert resolution_text({**row, "resolution": ""}, "fr").startswith("2 mars → depuis le 2 mars 2026")


def test_the_timeline_hover_says_the_open_end(events: pd.DataFrame) -> None:
    strikes = events[events["date"] == dt.date(2026, 3, 2)].reset_index(drop=True)
    assert all("depuis le 2 mars 2026" in text for text in hover_texts(strikes, "fr"))


def test_exports_keep_the_open_end(events: pd.DataFrame) -> None:
    strikes = events[events["date"] == dt.date(2026, 3, 2)].reset_index(drop=True)
    assert [json.loads(line)["open_end"] for line in export.to_jsonl(strikes).splitlines()] == ["since", "since"]
    assert "open_end" in export.to_csv(strikes).splitlines()[0].split(",")
    assert export.to_table(strikes).startswith("since 2026-03-02")
    ics = export.to_ics(strikes, stamp=dt.datetime(2026, 3, 11, 8, 0), lang="fr").decode("utf-8")
    assert "depuis le 2 mars 2026" in ics.replace("\r\n ", "")
    tl = json.loads(export.to_timelinejs(strikes, lang="en"))
    assert {e["display_date"] for e in tl["events"]} == {"March 2 (since 2 March 2026)", "2 mars (since 2 March 2026)"}
    older = strikes.drop(columns=["open_end"])  # a frame made before the column existed
    assert {json.loads(line)["open_end"] for line in export.to_jsonl(older).splitlines()} == {None}
