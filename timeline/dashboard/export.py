"""The events table as files: JSON lines, CSV, Parquet, a text table (and, for the
dashboard, iCalendar and TimelineJS). Pure: DataFrame in, text or bytes out."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.dashboard import i18n
from timeline.models import EVENT_COLUMNS
from timeline.store.query import span_end


def _plain(value: Any) -> Any:
    """A JSON-ready value: ISO dates, lists for tuples/arrays, None for missing."""
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.isoformat()[:10]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and not isinstance(value, str)):
        items = value.tolist() if hasattr(value, "tolist") else value
        return [_plain(v) for v in items] if isinstance(items, list) else _plain(items)
    if hasattr(value, "item"):
        return value.item()
    if value is None or (isinstance(value, float) and value != value):
        return None
    if value is pd.NaT:
        return None
    return value


#: Columns a frame made before they existed may lack (exported as null).
OPTIONAL_COLUMNS = ("time", "open_end")
#: Derived columns a frame may carry after EVENT_COLUMNS, exported when present (store/countries.with_countries).
DERIVED_COLUMNS = ("countries",)


def columns(frame: pd.DataFrame) -> list[str]:
    """The exported columns: EVENT_COLUMNS, then the derived ones the frame has."""
    return [*EVENT_COLUMNS, *(c for c in DERIVED_COLUMNS if c in frame.columns)]


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as plain dicts with exactly EVENT_COLUMNS (and the derived columns the frame has), ISO dates and
    lists."""
    wanted = columns(frame)
    return [{c: _plain(row[c] if c not in OPTIONAL_COLUMNS else row.get(c)) for c in wanted}
            for row in frame.to_dict("records")]


def to_jsonl(frame: pd.DataFrame) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(frame))


def to_json(frame: pd.DataFrame) -> str:
    return json.dumps(records(frame), ensure_ascii=False, indent=2)


#: A spreadsheet reads a cell starting with one of these as a formula (CSV injection): such text cells
#: get a leading apostrophe, which spreadsheets show as text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(value: Any) -> Any:
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def to_csv(frame: pd.DataFrame) -> str:
    """CSV with lists joined by '; ' and roles as 'name: role'; text that would be a formula is inert."""
    rows = []
    for r in records(frame):
        flat = dict(r)
        for key, value in r.items():
            if isinstance(value, list):
                flat[key] = "; ".join(str(v) for v in value)
            elif isinstance(value, dict):
                flat[key] = "; ".join(f"{k}: {v}" for k, v in value.items())
        rows.append({key: _inert(value) for key, value in flat.items()})
    buffer = io.StringIO()
    pd.DataFrame(rows, columns=columns(frame)).to_csv(buffer, index=False)
    return buffer.getvalue()


def to_table(frame: pd.DataFrame) -> str:
    """A plain text table for terminals: date, type, title, actors."""
    lines = []
    for r in records(frame):
        when = r["date"] + (f" {r['time']}" if r.get("time") else "") + (f"..{r['end_date']}" if r["end_date"] else "")
        when = f"{r['open_end']} {when}" if r.get("open_end") else when  # "since 2010-01-01"
        actors = ", ".join(r["actors"])
        lines.append(f"{when:<22} {r['event_type']:<12} {r['title'][:70]:<70} {actors}")
    return "".join(line.rstrip() + "\n" for line in lines)


def write_parquet(frame: pd.DataFrame, path: Path) -> None:
    table = pd.DataFrame(records(frame), columns=list(EVENT_COLUMNS))
    table["roles"] = [json.dumps(v, ensure_ascii=False) for v in table["roles"]]
    table.to_parquet(path, index=False)


# --- calendars and TimelineJS (the dashboard's downloads) ------------------------------------

ICS_PRODID = "-//timeline//news-event timeline//EN"


def _span(record: dict[str, Any]) -> tuple[dt.date, dt.date]:
    """First day and last day (inclusive) an exported event covers, at its precision."""
    start = dt.date.fromisoformat(record["date"])
    end = dt.date.fromisoformat(record["end_date"]) if record.get("end_date") else None
    return start, span_end(start, end, record.get("precision") or "day")


#: How long a timed calendar entry lasts: the articles give when an event began, not when it ended.
TIMED_DURATION = dt.timedelta(hours=1)


def _clock(record: dict[str, Any]) -> dt.time | None:
    """The event's clock time ('21:45' -> 21:45) when it is known to the day and the text gave one; None for a
    part of the day ('evening') or no time."""
    time = record.get("time")
    if record.get("precision") != "day" or not isinstance(time, str) or ":" not in time:
        return None
    try:
        return dt.time.fromisoformat(time)
    except ValueError:
        return None


def _description(record: dict[str, Any], lang: str) -> str:
    """The calendar entry's text in ``lang``: type and status, the date as written and its precision,
    actors, places, evidence, sources, links."""
    t = i18n.t
    kind = f"{i18n.type_label(record['event_type'], lang)} ({i18n.status_label(record['status'], lang).lower()})"
    lines = [kind, i18n.label("ics_written", lang, record["date_text"]),
             i18n.label("ics_precision", lang, i18n.precision_label(record["precision"], lang))]
    if record.get("time"):
        lines.append(i18n.label("ics_time", lang, i18n.time_label(record["time"], lang)))
    if record.get("open_end"):  # "Date: since 2010": the entry's day is the bound of an open range
        start = dt.date.fromisoformat(record["date"])
        end = dt.date.fromisoformat(record["end_date"]) if record.get("end_date") else None
        words = i18n.format_date(start, record["precision"], lang, end)
        lines.append(i18n.label("detail_date", lang, i18n.open_date(words, record["open_end"], record["precision"],
                                                                     lang)))
    if record["actors"]:
        lines.append(i18n.label("ics_actors", lang, ", ".join(record["actors"])))
    if record["locations"]:
        lines.append(i18n.label("ics_places", lang, ", ".join(record["locations"])))
    if record["evidence"]:
        lines.append(f"{t('ics_evidence', lang)}{i18n.typography(':', lang) if lang == 'fr' else ':'}")
        lines.extend(f"« {sentence} »" for sentence in record["evidence"])
    if record["sources"]:
        lines.append(i18n.label("ics_sources", lang, ", ".join(record["sources"])))
    lines.extend(record["urls"])
    return "\n".join(lines)


def to_ics(frame: pd.DataFrame, *, stamp: dt.datetime, name: str = "", lang: str = "en") -> bytes:
    """An iCalendar file: one VEVENT per event, all-day unless the text gave a clock time.

    DTEND is exclusive (the day after the last day), so "du 17 au 20 décembre" covers four days
    and an event known only to the month covers the month. An event with a clock time ("à 21 h 45")
    is timed: DTSTART at that time in floating local time (the articles do not say the time zone, so
    no TZID; a calendar shows it at 21:45 wherever it is opened) and DTEND TIMED_DURATION (1 hour) after
    the time on its last day. A part of the day ("evening") stays all-day, named in the description.
    ``stamp`` (DTSTAMP, when the file was made) comes from the caller: nothing here reads the clock.
    """
    from icalendar import Calendar
    from icalendar import Event as IcsEvent

    calendar = Calendar()
    calendar.add("prodid", ICS_PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name or i18n.t("app_title", lang))
    for record in records(frame):
        first, last = _span(record)
        event = IcsEvent()
        event.add("uid", f"{record['event_id']}@timeline")
        event.add("dtstamp", stamp)
        clock = _clock(record)
        if clock is None:
            event.add("dtstart", first)
            event.add("dtend", last + dt.timedelta(days=1))
        else:
            event.add("dtstart", dt.datetime.combine(first, clock))
            event.add("dtend", dt.datetime.combine(last, clock) + TIMED_DURATION)
        event.add("summary", record["title"] or record["event_type"])
        event.add("description", _description(record, lang))
        event.add("categories", [record["event_type"]])
        if record["locations"]:
            event.add("location", ", ".join(record["locations"]))
        web = [u for u in record["urls"] if str(u).lower().startswith(("http://", "https://"))]
        if web:
            event.add("url", web[0])
        event.add("status", "CONFIRMED" if record["status"] == "held" else "TENTATIVE")
        calendar.add_component(event)
    return calendar.to_ical()


def _tl_date(value: dt.date, precision: str, clock: dt.time | None = None) -> dict[str, str]:
    """A TimelineJS date object at a precision (year only, year + month, a full day, or a day and a clock time)."""
    out = {"year": str(value.year)}
    if precision in ("month", "week", "day"):
        out["month"] = str(value.month)
    if precision in ("week", "day"):
        out["day"] = str(value.day)
    if clock is not None:
        out["hour"] = str(clock.hour)
        out["minute"] = str(clock.minute)
    return out


def _display_date(record: dict[str, Any], first: dt.date, lang: str) -> str:
    """'samedi 22 mars (22 mars 2025)': the words as written, with the full date when they lack it."""
    end = dt.date.fromisoformat(record["end_date"]) if record.get("end_date") else None
    words = i18n.format_date(first, record.get("precision") or "day", lang, end)
    if isinstance(record.get("open_end"), str):  # "1er mars (depuis le 1er mars 2026)"
        words = i18n.open_date(words, record["open_end"], record.get("precision") or "day", lang)
    time = record.get("time") if isinstance(record.get("time"), str) else None
    written = str(record.get("date_text") or "")
    if not written or written.casefold() == words.casefold():
        return i18n.date_with_time(words, time, lang)
    return f"{written} ({i18n.date_with_time(words, time, lang)})" if str(first.year) not in written else written


def to_timelinejs(frame: pd.DataFrame, *, headline: str = "", lang: str = "en") -> str:
    """A TimelineJS 3 JSON document (https://timeline.knightlab.com/docs/json-format.html), its words in ``lang``:
    groups are type labels, and each date is shown as written with its full date (year included).

    TimelineJS renders headline and text as HTML, so article text is HTML-escaped here.
    """
    import html

    events = []
    for record in records(frame):
        first, last = _span(record)
        item: dict[str, Any] = {
            "unique_id": record["event_id"],
            "start_date": _tl_date(first, record["precision"], _clock(record)),
            "text": {
                "headline": html.escape(record["title"] or record["event_type"]),
                "text": "".join(f"<p>{html.escape(s)}</p>" for s in record["evidence"])
                + (f"<p>{html.escape(', '.join(record['actors']))}</p>" if record["actors"] else ""),
            },
            "group": i18n.type_label(record["event_type"], lang),
            "display_date": html.escape(_display_date(record, first, lang)),
        }
        if last != first:
            item["end_date"] = _tl_date(last, record["precision"] if record["end_date"] else "day")
        events.append(item)
    document = {"title": {"text": {"headline": html.escape(headline or i18n.t("app_title", lang)), "text": ""}},
                "events": events}
    return json.dumps(document, ensure_ascii=False, indent=2)
