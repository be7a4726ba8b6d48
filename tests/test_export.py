"""Export files (timeline/dashboard/export.py): CSV/JSON as the CLI writes them, iCalendar and TimelineJS."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from icalendar import Calendar

from timeline.dashboard import export
from timeline.models import EVENT_COLUMNS
from timeline.store.query import read_events_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"
STAMP = dt.datetime(2025, 12, 20, 8, 0, tzinfo=dt.UTC)
D = dt.date


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return read_events_file(str(FIXTURES / "events.jsonl"))


def by_title(frame: pd.DataFrame, title: str) -> pd.DataFrame:
    return frame[frame["title"] == title]


def vevents(data: bytes) -> list[object]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_csv_parses_with_every_column(events: pd.DataFrame) -> None:
    back = pd.read_csv(io.StringIO(export.to_csv(events)))
    assert list(back.columns) == list(EVENT_COLUMNS) and len(back) == len(events)


def test_json_parses_with_iso_dates(events: pd.DataFrame) -> None:
    rows = json.loads(export.to_json(events))
    assert len(rows) == len(events) and rows[0]["date"] == events["date"].iloc[0].isoformat()


def test_ics_has_one_all_day_event_per_row(events: pd.DataFrame) -> None:
    found = vevents(export.to_ics(events, stamp=STAMP))
    assert len(found) == len(events)
    assert all(type(e.decoded("dtstart")) is dt.date for e in found)  # all-day: DATE, not DATE-TIME
    assert len({str(e["uid"]) for e in found}) == len(events)


@pytest.mark.parametrize(("title", "start", "end"), [
    ("Congrès du Parti communiste à Hanoï", D(2025, 3, 22), D(2025, 3, 23)),
    ("Conférence nationale sur l'économie numérique", D(2025, 12, 17), D(2025, 12, 21)),
    ("Résolution 57 du Politburo", D(2024, 12, 1), D(2025, 1, 1)),
    ("Élections législatives", D(2025, 1, 1), D(2026, 1, 1)),
    ("Réunions de travail sur le budget", D(2025, 2, 3), D(2025, 2, 10)),
], ids=["single-day", "range-dtend-exclusive", "month", "year", "week"])
def test_ics_spans(events: pd.DataFrame, title: str, start: dt.date, end: dt.date) -> None:
    (event,) = vevents(export.to_ics(by_title(events, title), stamp=STAMP))
    assert (event.decoded("dtstart"), event.decoded("dtend")) == (start, end)


def test_ics_fields(events: pd.DataFrame) -> None:
    (event,) = vevents(export.to_ics(by_title(events, "Visite d'État en France"), stamp=STAMP))
    assert str(event["summary"]) == "Visite d'État en France"
    assert str(event["location"]) == "Paris"
    assert "Emmanuel Macron" in str(event["description"])
    assert event.decoded("dtstamp") == STAMP
    assert str(event["status"]) == "CONFIRMED"


def test_ics_links_only_web_urls(events: pd.DataFrame) -> None:
    data = export.to_ics(by_title(events, "Cérémonie pour la Journée de l'environnement"), stamp=STAMP)
    (event,) = vevents(data)
    assert "url" not in event  # its only URL is javascript:
    (linked,) = vevents(export.to_ics(by_title(events, "Congrès du Parti communiste à Hanoï"), stamp=STAMP))
    assert str(linked["url"]).startswith("https://")


def test_ics_of_nothing_is_still_a_calendar(events: pd.DataFrame) -> None:
    cal = Calendar.from_ical(export.to_ics(events.iloc[0:0], stamp=STAMP))
    assert cal.walk("VEVENT") == [] and str(cal["version"]) == "2.0"


def test_timelinejs_document(events: pd.DataFrame) -> None:
    doc = json.loads(export.to_timelinejs(events))
    assert len(doc["events"]) == len(events) and "headline" in doc["title"]["text"]
    assert {e["unique_id"] for e in doc["events"]} == set(events["event_id"])


@pytest.mark.parametrize(("title", "start", "end"), [
    ("Congrès du Parti communiste à Hanoï", {"year": "2025", "month": "3", "day": "22"}, None),
    ("Conférence nationale sur l'économie numérique", {"year": "2025", "month": "12", "day": "17"},
     {"year": "2025", "month": "12", "day": "20"}),
    ("Résolution 57 du Politburo", {"year": "2024", "month": "12"}, {"year": "2024", "month": "12", "day": "31"}),
    ("Élections législatives", {"year": "2025"}, {"year": "2025", "month": "12", "day": "31"}),
], ids=["day", "range", "month", "year"])
def test_timelinejs_dates_keep_their_precision(events: pd.DataFrame, title: str, start: dict[str, str],
                                               end: dict[str, str] | None) -> None:
    (item,) = json.loads(export.to_timelinejs(by_title(events, title)))["events"]
    assert item["start_date"] == start and item.get("end_date") == end


def test_timelinejs_escapes_html(events: pd.DataFrame) -> None:
    (item,) = json.loads(export.to_timelinejs(events[events["title"].str.startswith("Inauguration")]))["events"]
    assert "<script>" not in item["text"]["headline"] and "&lt;script&gt;" in item["text"]["headline"]
    assert "<b>" not in item["text"]["text"]  # the sentence's own tags are text; ours are <p>
    assert item["text"]["text"].startswith("<p>")
