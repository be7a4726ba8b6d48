"""Cells and frames in their plain Python form: dates as ``datetime.date``, list cells as lists,
roles as dicts; the search form of a text; events and mentions files (JSON lines, JSON, Parquet).

Shared by the in-memory source (query.MemorySource), the store's tables and the dashboard.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd

from timeline.models import EVENT_COLUMNS, MENTION_COLUMNS

LIST_COLUMNS: tuple[str, ...] = ("actors", "locations", "sources", "urls", "evidence")


# --- values -------------------------------------------------------------------------------


def as_list(value: Any) -> list[Any]:
    """A list for a list-like cell (list, tuple, numpy array, JSON text); [] for missing."""
    if value is None:
        return []
    if isinstance(value, str):
        if value.startswith("["):
            try:
                parsed = json.loads(value)
            except ValueError:
                return [value]
            return list(parsed) if isinstance(parsed, list) else [value]
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return list(value)
    if hasattr(value, "tolist"):
        items = value.tolist()
        return items if isinstance(items, list) else [items]
    if isinstance(value, float) and value != value:
        return []
    return [value]


def as_dict(value: Any) -> dict[str, str]:
    """A dict for a roles cell (dict, JSON text, list of pairs); {} for missing."""
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    if isinstance(value, str) and value.startswith("{"):
        try:
            parsed = json.loads(value)
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in parsed.items()} if isinstance(parsed, dict) else {}
    pairs = as_list(value)
    out: dict[str, str] = {}
    for pair in pairs:
        items = as_list(pair)
        if len(items) == 2:
            out[str(items[0])] = str(items[1])
    return out


def as_date(value: Any) -> dt.date | None:
    """A datetime.date for a date cell (date, Timestamp, datetime64, ISO text); None for missing."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()[:10]
        if not text:
            return None
        return dt.date.fromisoformat(text) if len(text) == 10 else _iso_partial(text)
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return pd.Timestamp(value).date()


def _dates(values: list[Any]) -> list[dt.date | None]:
    return [v if type(v) is dt.date else as_date(v) for v in values]


def _iso_partial(text: str) -> dt.date:
    """'2025-03' -> 2025-03-01, '2025' -> 2025-01-01."""
    parts = [int(p) for p in text.split("-") if p]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(parts[0], parts[1], parts[2])


def period_end(value: dt.date, precision: str) -> dt.date:
    """Last day of the period a date stands for at its precision."""
    if precision == "year":
        return dt.date(value.year, 12, 31)
    if precision == "month":
        return dt.date(value.year, value.month, calendar.monthrange(value.year, value.month)[1])
    if precision == "week":
        return value + dt.timedelta(days=6)
    return value


def span_end(date: dt.date, end_date: dt.date | None, precision: str) -> dt.date:
    """Last day an event covers: its end_date (else date) pushed to the end of its period."""
    return period_end(end_date if end_date is not None and end_date >= date else date, precision)


_LATIN_MARKS = re.compile("[\u0300-\u036f]")


@functools.cache
def _combining() -> dict[int, None]:
    """A str.translate table that drops every combining mark (what lexicon.fold drops), built once."""
    return {cp: None for cp in range(0x300, sys.maxunicode + 1) if unicodedata.combining(chr(cp))}


def fast_fold(text: str) -> str:
    """Exactly ``lexicon.fold(text)``, about ten times faster on long texts (one regex pass, ASCII shortcut)."""
    if text.isascii():
        return text.casefold()
    text = text.replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("Ø", "O")
    decomposed = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))
    if not decomposed.isascii():
        decomposed = decomposed.translate(_combining())
    return decomposed.casefold()


def fold_query(text: str) -> str:
    """The search form of a text: folded, spaces collapsed, trimmed."""
    return " ".join(fast_fold(text or "").split())


def search_text(title: Any, evidence: Any, actors: Any = (), locations: Any = ()) -> str:
    """What the text filter searches for one event (folded title, evidence, actors and places, '\\n'-joined)."""
    parts = [title or "", *as_list(evidence), *as_list(actors), *as_list(locations)]
    return "\n".join(fold_query(str(part)) for part in parts)


# --- the events frame -------------------------------------------------------------------


def normalize_events(frame: pd.DataFrame | Iterable[dict[str, Any]]) -> pd.DataFrame:
    """An events frame with every EVENT_COLUMNS column in its plain Python form.

    Accepts the frame of ``Extraction.events_frame()``, a Parquet/JSON read (ISO text dates,
    numpy arrays, roles as JSON text) or a list of records; returns dates as ``datetime.date``,
    list columns as lists, roles as dicts.
    """
    df = frame.copy() if isinstance(frame, pd.DataFrame) else pd.DataFrame(list(frame))
    defaults: dict[str, Any] = {
        "event_id": "", "date": None, "end_date": None, "precision": "day", "date_text": "",
        "date_source": "text", "status": "held", "event_type": "other", "title": "", "roles": None,
        "n_sources": 1, "confidence": 0.5, "lang": "fr",
    }
    n = len(df)
    for column in EVENT_COLUMNS:
        if column not in df.columns:
            df[column] = [[] for _ in range(n)] if column in LIST_COLUMNS else defaults.get(column)
    out = pd.DataFrame(index=range(n))
    out["event_id"] = pd.Series([str(v) for v in df["event_id"].tolist()], dtype=object)
    out["date"] = pd.Series(_dates(df["date"].tolist()), dtype=object)
    out["end_date"] = pd.Series(_dates(df["end_date"].tolist()), dtype=object)
    for column in ("precision", "date_text", "date_source", "status", "event_type", "title", "lang"):
        out[column] = pd.Series([v if isinstance(v, str) else "" if v is None or v != v else str(v)
                                 for v in df[column].tolist()], dtype=object)
    for column in ("time", "open_end"):  # nullable text: None when missing
        out[column] = pd.Series([v if isinstance(v, str) and v else None for v in df[column].tolist()], dtype=object)
    for column in LIST_COLUMNS:
        out[column] = pd.Series([v if type(v) is list and all(type(x) is str for x in v) else
                                 [str(x) for x in as_list(v)] for v in df[column].tolist()], dtype=object)
    out["roles"] = pd.Series([v if type(v) is dict else as_dict(v) for v in df["roles"].tolist()], dtype=object)
    out["n_sources"] = [int(v) if v is not None and v == v else 1 for v in df["n_sources"].tolist()]
    out["confidence"] = [float(v) if v is not None and v == v else 0.5 for v in df["confidence"].tolist()]
    out = out[out["date"].notna()]
    return out[list(EVENT_COLUMNS)].reset_index(drop=True)


def normalize_mentions(frame: pd.DataFrame | Iterable[dict[str, Any]] | None) -> pd.DataFrame:
    """A mentions frame with every MENTION_COLUMNS column (empty when None)."""
    if frame is None:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in MENTION_COLUMNS})
    df = frame.copy() if isinstance(frame, pd.DataFrame) else pd.DataFrame(list(frame))
    for column in MENTION_COLUMNS:
        if column not in df.columns:
            df[column] = None
    df["date"] = pd.Series([as_date(v) for v in df["date"]], dtype=object)
    df["end_date"] = pd.Series([as_date(v) for v in df["end_date"]], dtype=object)
    for column in ("actors", "locations"):
        df[column] = pd.Series([as_list(v) for v in df[column]], dtype=object)
    return df.reset_index(drop=True)


def _records(path: str) -> pd.DataFrame | Iterator[dict[str, Any]] | list[Any]:
    """The rows of an events or mentions file: a Parquet frame, a JSON array, or JSON lines."""
    if str(path).endswith(".parquet"):
        return pd.read_parquet(path)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if text.lstrip().startswith("["):
        return list(json.loads(text))
    return (json.loads(line) for line in text.splitlines() if line.strip())


def read_events_file(path: str) -> pd.DataFrame:
    """Events from a JSON lines (the CLI's ``extract --format jsonl``), JSON or Parquet file."""
    return normalize_events(_records(path))


def read_mentions_file(path: str) -> pd.DataFrame:
    """Mentions from a JSON lines, JSON or Parquet file."""
    return normalize_mentions(_records(path))
