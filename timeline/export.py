"""The events table as files: JSON lines, CSV, Parquet, a text table (and, for the
dashboard, iCalendar and TimelineJS). Pure: DataFrame in, text or bytes out."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.models import EVENT_COLUMNS


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


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as plain dicts with exactly EVENT_COLUMNS, ISO dates and lists."""
    return [{c: _plain(row[c]) for c in EVENT_COLUMNS} for row in frame.to_dict("records")]


def to_jsonl(frame: pd.DataFrame) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(frame))


def to_json(frame: pd.DataFrame) -> str:
    return json.dumps(records(frame), ensure_ascii=False, indent=2)


def to_csv(frame: pd.DataFrame) -> str:
    """CSV with lists joined by '; ' and roles as 'name: role'."""
    rows = []
    for r in records(frame):
        flat = dict(r)
        for key, value in r.items():
            if isinstance(value, list):
                flat[key] = "; ".join(str(v) for v in value)
            elif isinstance(value, dict):
                flat[key] = "; ".join(f"{k}: {v}" for k, v in value.items())
        rows.append(flat)
    buffer = io.StringIO()
    pd.DataFrame(rows, columns=list(EVENT_COLUMNS)).to_csv(buffer, index=False)
    return buffer.getvalue()


def to_table(frame: pd.DataFrame) -> str:
    """A plain text table for terminals: date, type, title, actors."""
    lines = []
    for r in records(frame):
        when = r["date"] + (f"..{r['end_date']}" if r["end_date"] else "")
        actors = ", ".join(r["actors"])
        lines.append(f"{when:<22} {r['event_type']:<12} {r['title'][:70]:<70} {actors}")
    return "".join(line.rstrip() + "\n" for line in lines)


def write_parquet(frame: pd.DataFrame, path: Path) -> None:
    table = pd.DataFrame(records(frame), columns=list(EVENT_COLUMNS))
    table["roles"] = [json.dumps(v, ensure_ascii=False) for v in table["roles"]]
    table.to_parquet(path, index=False)
