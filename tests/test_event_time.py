"""An event's time of day (issue 12.4), end to end: detection from the date words, merging, the store
(including a snapshot written before the column existed), the details panel and the exports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from icalendar import Calendar

import timeline
from timeline import store
from timeline.dashboard import export
from timeline.dashboard.pages import details_blocks
from timeline.dashboard.views import View
from timeline.extraction.merge import merge
from timeline.models import EVENT_COLUMNS, MENTION_COLUMNS, Article, Mention
from timeline.settings import Options
from timeline.store.query import MemorySource

REF = dt.date(2025, 12, 20)  # a Saturday
STAMP = dt.datetime(2025, 12, 20, 8, 0, tzinfo=dt.UTC)
NO_NER = Options(use_ner=False)

# (lang, text, date, time): sentences of our own, in both languages, clock times and parts of the day.
DETECTION = [
    ("fr", "La réunion s'est tenue mardi à 21 h 45 au siège du ministère.", dt.date(2025, 12, 16), "21:45"),
    ("en", "The summit opened on Thursday evening in the capital.", dt.date(2025, 12, 18), "evening"),
    ("fr", "Le sommet s'est ouvert hier soir dans la capitale.", dt.date(2025, 12, 19), "evening"),
    ("en", "The meeting was held on Tuesday at 9:30 in the ministry.", dt.date(2025, 12, 16), "09:30"),
    ("fr", "La conférence s'est tenue le 12 décembre dans la capitale.", dt.date(2025, 12, 12), None),
]


def _events(text: str, lang: str) -> list[timeline.Event]:
    article = Article(id=f"{lang}.txt", text=text, source=f"{lang}.txt", lang=lang, reference_date=REF,
                      reference_source="user")
    return list(timeline.extract([article], NO_NER).events)


@pytest.mark.parametrize(("lang", "text", "date", "time"), DETECTION)
def test_an_event_takes_the_time_its_date_words_give(lang: str, text: str, date: dt.date, time: str | None) -> None:
    events = _events(text, lang)
    assert [(e.date, e.time) for e in events] == [(date, time)]


def test_the_time_reaches_the_mention_and_both_tables() -> None:
    article = Article(id="fr.txt", text=DETECTION[0][1], source="fr.txt", lang="fr", reference_date=REF)
    result = timeline.extract([article], NO_NER)
    assert [m.time for m in result.mentions] == ["21:45"]
    assert result.events_frame()["time"].tolist() == ["21:45"]
    assert "time" in EVENT_COLUMNS and "time" in MENTION_COLUMNS


# --- merging ---------------------------------------------------------------------------------------

DAY = dt.date(2025, 12, 16)


def _m(mention_id: str, article: str, time: str | None, *, date: dt.date = DAY, precision: str = "day") -> Mention:
    return Mention(mention_id=mention_id, article_id=article, date=date, end_date=None, precision=precision,
                   date_text="mardi", date_start=0, date_end=5, sentence=f"La réunion ({mention_id}).",
                   sentence_start=0, event_type="decision", trigger="résolution", title="Résolution 57", status="held",
                   confidence=0.6, time=time)


@pytest.mark.parametrize(("times", "merged"), [
    (["21:45", None], "21:45"),                 # one telling gives it
    (["evening", "21:45"], "21:45"),            # the clock time falls in the evening: the more precise wins
    (["night", "23:10"], "23:10"),              # night wraps past midnight
    (["morning", "21:45"], None),               # disagree
    (["21:45", "09:00"], None),                 # two clock times
    (["morning", "evening"], None),             # two parts of the day
    (["evening", "evening"], "evening"),
    ([None, None], None),
])
def test_merged_time_is_the_tellings_when_they_agree(times: list[str | None], merged: str | None) -> None:
    mentions = [_m(f"m{i}", f"a{i}", t) for i, t in enumerate(times)]
    events, _ = merge(mentions, {})
    assert [e.time for e in events] == [merged]


def test_a_telling_of_another_precision_does_not_give_its_time() -> None:
    events, _ = merge([_m("m1", "a1", None), _m("m2", "a2", "evening", date=dt.date(2025, 12, 1),
                                                  precision="month")], {})
    assert [e.time for e in events] == [None]


# --- the store: a real build, and a snapshot written before the column existed ----------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("evtime")
    corpus = root / "corpus"
    corpus.mkdir()
    for lang, text, _, _ in DETECTION[:2]:
        (corpus / f"{lang}.txt").write_text(text, encoding="utf-8")
    timeline.build_store([corpus], root / "store", options=dataclasses.replace(NO_NER, reference_date=REF))
    return root / "store"


def test_a_built_store_keeps_the_time(built: Path) -> None:
    assert sorted(t for t in store.read_events(built)["time"] if t) == ["21:45", "evening"]
    assert sorted(t for t in store.read_mentions(built)["time"] if t) == ["21:45", "evening"]
    source = store.open_store(built)
    frame = source.events(timeline.Filters())
    assert sorted(t for t in frame["time"] if t) == ["21:45", "evening"]
    assert source.event(frame["event_id"].iloc[0])["time"] in ("21:45", "evening")


def _drop_time(store_root: Path, to: Path) -> Path:
    """A copy of the store whose current snapshot has no ``time`` column, as one written before it existed."""
    shutil.copytree(store_root, to)
    snapshot = store.require_snapshot(to)
    for name in (store.EVENTS_FILE, store.MENTIONS_FILE):
        table = pq.read_table(snapshot / name)
        pq.write_table(table.drop_columns(["time"]), snapshot / name)
        assert "time" not in pq.read_schema(snapshot / name).names
    return to


def test_a_store_written_before_the_time_column_still_opens_and_reads(built: Path, tmp_path: Path) -> None:
    old = _drop_time(built, tmp_path / "old")
    events = store.read_events(old)
    assert list(events.columns) == list(EVENT_COLUMNS) and len(events) == 2
    assert events["time"].tolist() == [None, None]
    assert store.read_mentions(old)["time"].tolist() == [None, None]
    source = store.open_store(old)
    frame = source.events(timeline.Filters())
    assert len(frame) == 2 and frame["time"].tolist() == [None, None]
    assert source.event(frame["event_id"].iloc[0])["time"] is None
    assert source.mentions(frame["event_id"].tolist())["time"].tolist() == [None, None]


# --- the dashboard: details panel and exports ------------------------------------------------------


def _frame(time: str | None, precision: str = "day") -> pd.DataFrame:
    row = {c: None for c in EVENT_COLUMNS}
    row.update(event_id="e1", date=DAY, end_date=None, precision=precision, time=time, date_text="mardi",
               date_source="text", status="held", event_type="meeting", title="Réunion", actors=[], roles={},
               locations=[], sources=["a.txt"], urls=[], evidence=["La réunion s'est tenue mardi."],
               n_sources=1, confidence=0.7, lang="fr")
    return pd.DataFrame([row], columns=list(EVENT_COLUMNS))


@pytest.mark.parametrize(("time", "lang", "words"), [
    ("evening", "fr", "soir"), ("evening", "en", "evening"), ("night", "fr", "nuit"),
    ("morning", "fr", "matin"), ("21:45", "fr", "21 h 45"), ("21:45", "en", "21:45"),
])
def test_the_details_panel_shows_the_time_next_to_the_date(time: str, lang: str, words: str) -> None:
    source = MemorySource(_frame(time))
    blocks = details_blocks(source, View(lang=lang, event="e1"), source.events(timeline.Filters()))
    text = "\n".join(str(b.text) for b in blocks if b.kind == "text")
    assert words in text.split("\n")[0]  # the facts line: date, time, precision


def test_the_details_panel_without_a_time_shows_the_date_alone() -> None:
    source = MemorySource(_frame(None))
    blocks = details_blocks(source, View(lang="fr", event="e1"), source.events(timeline.Filters()))
    text = "\n".join(str(b.text) for b in blocks if b.kind == "text")
    assert " h " not in text.split("\n")[0] and "soir" not in text.split("\n")[0]


def test_ics_with_a_clock_time_is_timed_floating_one_hour() -> None:
    [event] = Calendar.from_ical(export.to_ics(_frame("21:45"), stamp=STAMP)).walk("VEVENT")
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == dt.datetime(2025, 12, 16, 21, 45) and start.tzinfo is None  # floating local time
    assert end - start == dt.timedelta(hours=1)


@pytest.mark.parametrize("time", [None, "evening"])
def test_ics_without_a_clock_time_stays_all_day(time: str | None) -> None:
    data = export.to_ics(_frame(time), stamp=STAMP, lang="fr")
    [event] = Calendar.from_ical(data).walk("VEVENT")
    assert type(event.decoded("dtstart")) is dt.date and event.decoded("dtend") == DAY + dt.timedelta(days=1)
    assert ("soir" in str(event["description"])) == (time == "evening")


def test_csv_and_json_carry_the_time() -> None:
    assert json.loads(export.to_json(_frame("21:45")))[0]["time"] == "21:45"
    assert json.loads(export.to_json(_frame(None)))[0]["time"] is None
    header, row = export.to_csv(_frame("21:45")).splitlines()
    assert header.split(",").index("time") == list(EVENT_COLUMNS).index("time") and "21:45" in row


def test_timelinejs_gets_the_clock_time() -> None:
    [item] = json.loads(export.to_timelinejs(_frame("21:45"), lang="fr"))["events"]
    assert item["start_date"] == {"year": "2025", "month": "12", "day": "16", "hour": "21", "minute": "45"}
    [item] = json.loads(export.to_timelinejs(_frame("evening"), lang="fr"))["events"]
    assert "hour" not in item["start_date"] and "soir" in item["display_date"]


def test_the_next_build_of_an_old_store_re_extracts_and_gains_the_times(built: Path, tmp_path: Path) -> None:
    """An old store's articles carry the old parser version: the next build reads them again (PARSER_VERSION)."""
    old = _drop_time(built, tmp_path / "old")
    articles = store.require_snapshot(old) / store.ARTICLES_FILE
    table = pq.read_table(articles)
    versions = pa.array(["0.1.0"] * table.num_rows, pa.string())
    pq.write_table(table.set_column(table.schema.get_field_index("parser_version"), "parser_version", versions),
                   articles)
    timeline.build_store([built.parent / "corpus"], old, options=dataclasses.replace(NO_NER, reference_date=REF))
    assert sorted(t for t in store.read_events(old)["time"] if t) == ["21:45", "evening"]
