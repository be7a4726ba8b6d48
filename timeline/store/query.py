"""Filters over the events table, shared by the dashboard, the store and the CLI.

``Filters`` is the one description of a view; ``filter_events`` applies it to a
DataFrame (the store applies the same Filters in SQL). ``MemorySource`` is the
in-memory ``EventSource`` (seeds, uploads): pandas + numpy, no streamlit.

What a Filters field means (the store's SQL must give the same answers):

    start, end      the event's span overlaps [start, end]: ``date <= end`` and
                    ``span_end >= start``, where span_end is end_date (else date) pushed to
                    the end of its period: +6 days for 'week', the month's last day for
                    'month', 31 December for 'year'
    types           event_type is one of them
    actors          any of the event's actors is one of them (exact names)
    sources         any of the event's sources (article ids) is one of them
    locations       any of the event's locations is one of them
    countries       any of the event's derived countries (store/countries.py: its places that are countries, or towns
                    of one country) is one of them
    statuses        status is one of them
    text            fold(text) (lower case, no accents, spaces collapsed) occurs in
                    fold(title), fold(an evidence sentence), fold(an actor) or fold(a place)
    include_coarse  False drops events whose precision is 'month' or 'year'
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from timeline.models import EVENT_COLUMNS, EVENT_TYPES
from timeline.store.countries import exploded_countries, place_countries
from timeline.store.frames import (
    LIST_COLUMNS,
    as_date,
    as_dict,
    as_list,
    fast_fold,
    fold_query,
    normalize_events,
    normalize_mentions,
    period_end,
    read_events_file,
    read_mentions_file,
    search_text,
    span_end,
)

__all__ = [
    "COARSE_PRECISIONS", "FREQS", "LIST_COLUMNS", "MAX_POINTS", "PAGE_COLUMNS", "EventSource", "Facets", "Filters",
    "MemorySource", "Summary", "as_date", "as_dict", "as_list", "fast_fold", "filter_events", "fold_query",
    "normalize_events", "normalize_mentions", "period_end", "read_events_file", "read_mentions_file",
    "search_text", "span_end", "summarize", "summary_of",
]

log = logging.getLogger(__name__)

#: Above this many events in view, the timeline shows counts per period instead of one mark per
#: event (a browser draws ~10,000 SVG/WebGL marks in well under a second; 100,000 freeze it).
MAX_POINTS = 10_000

FREQS: tuple[str, ...] = ("day", "week", "month")
#: What the page's timeline, charts and table read of each event in view (not the evidence, links and
#: roles, which only the details of one event and the exports need).
PAGE_COLUMNS: tuple[str, ...] = tuple(c for c in EVENT_COLUMNS if c not in ("evidence", "urls", "roles"))
#: Row masks kept per MemorySource (a page rerun asks for the same Filters 4-5 times; 8 bytes x rows each
#: would be wasteful, these are 1 byte x rows).
MASK_CACHE = 4
COARSE_PRECISIONS: tuple[str, ...] = ("month", "year")


@dataclass(frozen=True)
class Filters:
    """A view of the timeline. Empty tuples mean "no restriction"."""

    start: dt.date | None = None
    end: dt.date | None = None
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    """An event matches if it has any of these actors."""
    sources: tuple[str, ...] = ()
    """Article ids."""
    locations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    """Countries by their shown name: an event placed in the country or in one of its towns matches."""
    statuses: tuple[str, ...] = ()
    text: str = ""
    """Case- and accent-insensitive search over titles and evidence."""
    include_coarse: bool = True
    """Include events known only to the month or year."""


@dataclass(frozen=True)
class Facets:
    """What the filters can choose from, over the whole source (not the current view)."""

    types: tuple[str, ...] = ()
    actors: tuple[tuple[str, int], ...] = ()
    """(actor, number of events), most frequent first."""
    sources: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    """The countries the events' places lie in (store/countries.py's ``place_countries``, by the distinct place
    names: a country all of whose places were a person's name would be offered and match nothing), sorted."""
    min_date: dt.date | None = None
    max_date: dt.date | None = None
    n_events: int = 0


@dataclass(frozen=True)
class Summary:
    """The header's numbers for one view."""

    n_events: int = 0
    n_articles: int | None = 0
    """None when the source cannot count them cheaply (a big view of a source without ``summary``)."""
    n_actors: int | None = 0
    first: dt.date | None = None
    last: dt.date | None = None
    """Last day covered (end of the last event's span)."""


class EventSource(Protocol):
    """Where the dashboard's events come from: in memory (seeds, uploads) or a store (DuckDB).

    Both implementations must give the same answers for the same Filters.
    """

    def facets(self) -> Facets: ...

    def count(self, filters: Filters) -> int: ...

    def events(self, filters: Filters, limit: int | None = None,
               columns: Sequence[str] | None = None) -> pd.DataFrame:
        """Matching events, sorted by date then event_id: EVENT_COLUMNS, or those of ``columns``
        (event_id always), so that a page which shows no evidence need not read it."""
        ...

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event's row (every EVENT_COLUMNS field) as a dict; None when the id is unknown."""
        ...

    def mentions(self, event_ids: Sequence[str]) -> pd.DataFrame:
        """Mentions (MENTION_COLUMNS) of these events, for the evidence view."""
        ...

    def histogram(self, filters: Filters, freq: str) -> pd.DataFrame:
        """Counts per period: columns period (date of the period's first day), event_type, n.

        freq is 'day', 'week' or 'month'. Used above ~10,000 events in view.
        """
        ...

    def top_actors(self, filters: Filters, n: int) -> pd.DataFrame:
        """The n actors with most matching events: columns actor, event_type, n (stacked)."""
        ...


# --- the index behind the filters ------------------------------------------------------


def _days(values: Iterable[dt.date]) -> np.ndarray:
    return np.array([v.toordinal() for v in values], dtype=np.int64)


class _Exploded:
    """One list column as parallel arrays: row number, value code (for fast "any of" tests)."""

    def __init__(self, cells: Iterable[list[str]]) -> None:
        rows: list[int] = []
        values: list[str] = []
        for i, cell in enumerate(cells):
            seen: set[str] = set()
            for value in cell:
                if value not in seen:
                    seen.add(value)
                    rows.append(i)
                    values.append(value)
        codes, uniques = pd.factorize(pd.Series(values, dtype=object), sort=False)
        self.rows = np.asarray(rows, dtype=np.int64)
        self.codes = np.asarray(codes, dtype=np.int64)
        self.names: list[str] = [str(u) for u in uniques]
        self.lookup = {name: i for i, name in enumerate(self.names)}

    @classmethod
    def of_pairs(cls, rows: np.ndarray, codes: np.ndarray, names: list[str]) -> _Exploded:
        """An exploded column from its (row, code) pairs and the codes' names."""
        out = cls.__new__(cls)
        out.rows, out.codes = np.asarray(rows, dtype=np.int64), np.asarray(codes, dtype=np.int64)
        out.names, out.lookup = list(names), {name: i for i, name in enumerate(names)}
        return out

    def any_of(self, wanted: Sequence[str], n_rows: int) -> np.ndarray:
        mask = np.zeros(n_rows, dtype=bool)
        codes = [self.lookup[w] for w in wanted if w in self.lookup]
        if codes:
            mask[self.rows[np.isin(self.codes, codes)]] = True
        return mask

    def counts(self, row_mask: np.ndarray | None = None) -> np.ndarray:
        codes = self.codes if row_mask is None else self.codes[row_mask[self.rows]]
        return np.bincount(codes, minlength=len(self.names))


class _Index:
    """The arrays ``filter_events`` tests, built once per frame."""

    def __init__(self, df: pd.DataFrame) -> None:
        self.n = len(df)
        dates = df["date"].tolist()
        precisions = df["precision"].tolist()
        self.start = _days(dates)
        self.stop = _days(d if p == "day" and e is None else span_end(d, e, p)
                          for d, e, p in zip(dates, df["end_date"].tolist(), precisions, strict=True))
        self.type = np.array(df["event_type"].tolist(), dtype=object)
        codes, names = pd.factorize(pd.Series(self.type, dtype=object), sort=True)
        self.type_code = np.asarray(codes, dtype=np.int64)
        self.type_names: list[str] = [str(t) for t in names]
        self.status = np.array(df["status"].tolist(), dtype=object)
        status_codes, status_names = pd.factorize(pd.Series(self.status, dtype=object), sort=True)
        self.status_code = np.asarray(status_codes, dtype=np.int64)
        self.status_names: list[str] = [str(t) for t in status_names]
        self.coarse = np.isin(np.array(precisions, dtype=object), COARSE_PRECISIONS)
        self.search = pa.array(
            [search_text(*parts) for parts in zip(df["title"].tolist(), df["evidence"].tolist(),
                                                  df["actors"].tolist(), df["locations"].tolist(), strict=True)],
            type=pa.large_string(),
        )
        self._masks: dict[Filters, np.ndarray] = {}
        self._lock = threading.Lock()  # sessions share one MemorySource (st.cache_resource)
        self.actors = _Exploded(df["actors"].tolist())
        self.sources = _Exploded(df["sources"].tolist())
        self.locations = _Exploded(df["locations"].tolist())
        self._countries: _Exploded | None = None

    @property
    def countries(self) -> _Exploded:
        """The events' derived countries, computed at first use (a filter or the facets: it reads the gazetteer)."""
        with self._lock:
            if self._countries is None:
                located, acting = self.locations, self.actors
                self._countries = _Exploded.of_pairs(*exploded_countries(
                    (located.rows, located.codes, located.names), (acting.rows, acting.codes, acting.names)))
            return self._countries

    def mask(self, filters: Filters) -> np.ndarray:
        """Which rows match (a read-only array, cached for the last few Filters: one page asks 4-5 times)."""
        with self._lock:
            cached = self._masks.get(filters)
        if cached is None:
            cached = self._compute_mask(filters)
            cached.setflags(write=False)
            with self._lock:
                while len(self._masks) >= MASK_CACHE:
                    self._masks.pop(next(iter(self._masks)))
                self._masks[filters] = cached
        return cached

    def _compute_mask(self, filters: Filters) -> np.ndarray:
        keep = np.ones(self.n, dtype=bool)
        if filters.start is not None:
            keep &= self.stop >= filters.start.toordinal()
        if filters.end is not None:
            keep &= self.start <= filters.end.toordinal()
        if filters.types:
            keep &= np.isin(self.type_code, [i for i, t in enumerate(self.type_names) if t in filters.types])
        if filters.statuses:
            keep &= np.isin(self.status_code, [i for i, t in enumerate(self.status_names) if t in filters.statuses])
        if not filters.include_coarse:
            keep &= ~self.coarse
        if filters.actors:
            keep &= self.actors.any_of(filters.actors, self.n)
        if filters.sources:
            keep &= self.sources.any_of(filters.sources, self.n)
        if filters.locations:
            keep &= self.locations.any_of(filters.locations, self.n)
        if filters.countries:
            keep &= self.countries.any_of(filters.countries, self.n)
        needle = fold_query(filters.text)
        if needle and keep.any():
            if keep.all():  # no other filter: search the whole column in place
                keep &= pc.match_substring(self.search, needle).to_numpy(zero_copy_only=False)
            else:
                rows = np.flatnonzero(keep)
                found = pc.match_substring(self.search.take(pa.array(rows)), needle).to_numpy(zero_copy_only=False)
                keep[rows[~found]] = False
        return keep


def filter_events(df: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows of an events frame that match the filters, in the frame's order."""
    if df.empty:
        return df
    frame = normalize_events(df)
    return frame[_Index(frame).mask(filters)].reset_index(drop=True)


# --- the in-memory source -----------------------------------------------------------------


def _period_start(days: np.ndarray, freq: str) -> np.ndarray:
    """Ordinal day -> ordinal of the first day of its day/week/month."""
    if freq == "day":
        return days
    if freq == "week":
        # date.fromordinal(1) is a Monday, so (ordinal - 1) % 7 is the weekday.
        return days - (days - 1) % 7
    if freq == "month":
        as_dt = (days - dt.date(1970, 1, 1).toordinal()).astype("datetime64[D]")
        months = as_dt.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
        return months + dt.date(1970, 1, 1).toordinal()
    raise ValueError(f"freq must be one of {FREQS}, not {freq!r}")


class MemorySource:
    """An EventSource over DataFrames held in memory (the seeds, a session's uploads).

    Read-only after construction: safe to share between sessions (st.cache_resource).
    """

    def __init__(self, events: pd.DataFrame, mentions: pd.DataFrame | None = None) -> None:
        frame = normalize_events(events)
        order = np.lexsort((np.asarray(frame["event_id"], dtype=object).astype(str), _days(frame["date"])))
        self._frame = frame.iloc[order].reset_index(drop=True)
        self._mentions = normalize_mentions(mentions)
        self._index = _Index(self._frame)
        self._facets = self._build_facets()

    def __len__(self) -> int:
        return self._index.n

    def _build_facets(self) -> Facets:
        idx = self._index
        actor_counts = idx.actors.counts()
        order = sorted(range(len(idx.actors.names)), key=lambda i: (-actor_counts[i], idx.actors.names[i]))
        present = set(idx.type.tolist())
        types = tuple(t for t in EVENT_TYPES if t in present) + tuple(sorted(present - set(EVENT_TYPES)))
        return Facets(
            types=types,
            actors=tuple((idx.actors.names[i], int(actor_counts[i])) for i in order),
            sources=tuple(sorted(idx.sources.names)),
            locations=tuple(sorted(idx.locations.names)),
            countries=place_countries(idx.locations.names),
            min_date=dt.date.fromordinal(int(idx.start.min())) if idx.n else None,
            max_date=dt.date.fromordinal(int(idx.stop.max())) if idx.n else None,
            n_events=idx.n,
        )

    def facets(self) -> Facets:
        return self._facets

    def count(self, filters: Filters) -> int:
        return int(self._index.mask(filters).sum())

    def events(self, filters: Filters, limit: int | None = None,
               columns: Sequence[str] | None = None) -> pd.DataFrame:
        rows = np.flatnonzero(self._index.mask(filters))
        if limit is not None:
            rows = rows[:limit]
        frame = self._frame.iloc[rows].reset_index(drop=True)
        if columns is not None:
            frame = frame[[c for c in EVENT_COLUMNS if c in columns or c == "event_id"]]
        return frame

    def mentions(self, event_ids: Sequence[str]) -> pd.DataFrame:
        found = self._mentions[self._mentions["event_id"].isin(list(event_ids))]
        return found.reset_index(drop=True)

    def histogram(self, filters: Filters, freq: str) -> pd.DataFrame:
        if freq not in FREQS:
            raise ValueError(f"freq must be one of {FREQS}, not {freq!r}")
        idx = self._index
        mask = idx.mask(filters)
        periods = _period_start(idx.start[mask], freq)
        if not len(periods):
            return pd.DataFrame({"period": pd.Series(dtype=object), "event_type": pd.Series(dtype=object),
                                 "n": pd.Series(dtype=np.int64)})
        n_types = max(len(idx.type_names), 1)
        keys, counts = np.unique(periods * n_types + idx.type_code[mask], return_counts=True)
        days: dict[int, dt.date] = {}
        return pd.DataFrame({
            "period": [days.setdefault(int(p), dt.date.fromordinal(int(p))) for p in keys // n_types],
            "event_type": [idx.type_names[int(t)] for t in keys % n_types],
            "n": counts.astype(np.int64),
        })

    def top_actors(self, filters: Filters, n: int) -> pd.DataFrame:
        idx = self._index
        mask = idx.mask(filters)
        actors = idx.actors
        counts = actors.counts(mask)
        nonzero = np.flatnonzero(counts)
        ranked = sorted(nonzero.tolist(), key=lambda i: (-counts[i], actors.names[i]))[:n]
        if not ranked:
            return pd.DataFrame({"actor": pd.Series(dtype=object), "event_type": pd.Series(dtype=object),
                                 "n": pd.Series(dtype=np.int64)})
        rank_of = np.full(len(actors.names), -1, dtype=np.int64)
        rank_of[ranked] = np.arange(len(ranked))
        ranks = rank_of[actors.codes]
        keep = mask[actors.rows] & (ranks >= 0)
        n_types = max(len(idx.type_names), 1)
        keys, pair_counts = np.unique(ranks[keep] * n_types + idx.type_code[actors.rows[keep]], return_counts=True)
        out = pd.DataFrame({
            "rank": keys // n_types,
            "actor": [actors.names[ranked[int(r)]] for r in keys // n_types],
            "event_type": [idx.type_names[int(t)] for t in keys % n_types],
            "n": pair_counts.astype(np.int64),
        })
        out = out.sort_values(["rank", "n", "event_type"], ascending=[True, False, True])
        return out[["actor", "event_type", "n"]].reset_index(drop=True)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event's row as a dict (None when the id is unknown)."""
        found = np.flatnonzero(np.asarray(self._frame["event_id"], dtype=object) == event_id)
        return self._frame.iloc[int(found[0])].to_dict() if len(found) else None

    def summary(self, filters: Filters) -> Summary:
        mask = self._index.mask(filters)
        if not mask.any():
            return Summary()
        idx = self._index
        return Summary(
            n_events=int(mask.sum()),
            n_articles=int(np.count_nonzero(idx.sources.counts(mask))),
            n_actors=int(np.count_nonzero(idx.actors.counts(mask))),
            first=dt.date.fromordinal(int(idx.start[mask].min())),
            last=dt.date.fromordinal(int(idx.stop[mask].max())),
        )


def summarize(source: EventSource, filters: Filters) -> Summary:
    """The header's numbers: the source's own ``summary`` when it has one, else from its events.

    Without ``summary``, a view above MAX_POINTS events is not fetched: its count comes from
    ``count``, its first and last days from a daily ``histogram`` (start days), and its article
    and actor counts are None (unknown).
    """
    own = getattr(source, "summary", None)
    if callable(own):
        result = own(filters)
        if isinstance(result, Summary):
            return result
    n = source.count(filters)
    if n <= MAX_POINTS:
        return summary_of(source.events(filters))
    days = source.histogram(filters, "day")["period"]
    return Summary(n_events=n, n_articles=None, n_actors=None, first=as_date(days.min()), last=as_date(days.max()))


def summary_of(frame: pd.DataFrame) -> Summary:
    """The header's numbers for an events frame."""
    if frame.empty:
        return Summary()
    frame = normalize_events(frame)
    actors = {a for cell in frame["actors"] for a in cell}
    articles = {s for cell in frame["sources"] for s in cell}
    stops = [span_end(d, e, p) for d, e, p in zip(frame["date"], frame["end_date"], frame["precision"], strict=True)]
    return Summary(len(frame), len(articles), len(actors), min(frame["date"]), max(stops))
