"""The DuckDB source: the dashboard's queries (query.EventSource) in SQL over a snapshot's Parquet
files, loading only what the current view needs; and the ``stats`` command's text."""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.errors import StoreError
from timeline.models import EVENT_COLUMNS, EVENT_TYPES, MENTION_COLUMNS
from timeline.store import countries, query, safety
from timeline.store.files import read_articles, read_manifest, require_snapshot, store_path
from timeline.store.index import CODED, load_index
from timeline.store.query import Facets, Filters
from timeline.store.schema import (
    ADDED_COLUMNS,
    EVENT_LIST_COLUMNS,
    EVENT_SCHEMA,
    EVENTS_FILE,
    MENTION_LIST_COLUMNS,
    MENTION_SCHEMA,
    MENTIONS_FILE,
    REBUILD_FIX,
    to_frame,
)


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _parquet_sql(path: Path, row_numbers: bool = True) -> str:
    """A FROM item reading one of the snapshot's Parquet files; a column of ADDED_COLUMNS that a snapshot
    written before it lacks reads as NULL (an old store still opens)."""
    present = set(pq.read_schema(path).names)
    added = "".join(f", CAST(NULL AS VARCHAR) AS {name}" for name in ADDED_COLUMNS if name not in present)
    scan = f"read_parquet({_sql_path(path)}" + (", file_row_number = true)" if row_numbers else ")")
    return f"(SELECT *{added} FROM {scan})" if added else scan


#: Results kept per source (a snapshot never changes, so an answer for the same Filters stays right):
#: a page rerun that does not change the filters (an event selected, another tab) asks nothing again.
RESULT_CACHE = 256
#: ... and at most this many rows of pages, histograms and rankings in all (a page row of the dashboard
#: is about 1 KB: some 50 MB), the oldest answers going first. A text search's matching rows (8 bytes
#: each) count a hundredth.
CACHE_ROWS = 50_000
#: Text searches whose matching rows are kept.
TEXT_CACHE = 16


def _weight(value: Any) -> int:
    """What an answer costs the cache (see CACHE_ROWS)."""
    if isinstance(value, pd.DataFrame):
        return len(value) + 1
    if isinstance(value, pa.Table):
        return value.num_rows // 100 + 1
    return 1


_INHERITED: list[Any] = []
"""Connections a forked process inherited and let go of: kept here, never closed there (see _Connection)."""


class _Connection:
    """A source's DuckDB connection, closed and let go of by the process that opened it, and only there.

    The source's finaliser holds this holder, not the connection's owner: when the source is collected,
    or at exit while something still holds it (a server's cache, a test session), the connection is
    closed *and dropped*, so no DuckDB object outlives the interpreter (DuckDB's bindings report those as
    "nanobind: leaked ..."). A process forked from the owner (the dashboard's upload worker) inherits the
    connection but never closes it: DuckDB is not fork-safe, and closing it there (the garbage collector
    of the worker finalising a source the server had dropped) crashed the worker.
    """

    def __init__(self, con: Any) -> None:
        self.con: Any = con
        self.pid = os.getpid()

    def close(self) -> None:
        con, self.con = self.con, None
        if con is None:
            return
        if os.getpid() == self.pid:
            con.close()
        else:  # a fork's copy: its destructor must not run here either; the fork exits without clean-up
            _INHERITED.append(con)


class StoreSource:
    """query.EventSource over a store snapshot: every filter and aggregation runs in DuckDB.

    When the source opens, the columns the filters test (dates, type, status, precision, actors,
    articles, places) are read once from the snapshot's Parquet file into a compact Arrow table
    (``load_index``: names as integer codes, about 64 bytes an event, about a second for 10^6
    events) that DuckDB scans in place. Every filter, count, histogram and ranking is SQL over it
    (tens of milliseconds on 10^6 events). Text search scans ``search_text``, read from the Parquet
    file on the first search and kept in memory (the one text column a search must read in full).
    Titles, evidence and the other texts stay in the Parquet file and are read only for the rows a
    view shows (``events(..., columns=...)``) or the one event it details (``event``).

    The snapshot is fixed when the source is opened (a later build does not change what an open
    source answers), so answers are cached per Filters (RESULT_CACHE, CACHE_ROWS). Safe to share
    between threads: each query uses its own cursor.
    """

    def __init__(self, snapshot: Path, memory_limit: str = "1GB") -> None:
        import duckdb

        self.snapshot = snapshot
        for name in (EVENTS_FILE, MENTIONS_FILE):
            path = snapshot / name
            safety.entry(path, "a file", REBUILD_FIX)
            try:
                pq.read_metadata(path)
            except FileNotFoundError as exc:
                raise StoreError(f"{path} is missing. Fix: {REBUILD_FIX}") from exc
            except (OSError, pa.ArrowException) as exc:
                raise StoreError(f"{path} is corrupt or unreadable ({exc}). Fix: {REBUILD_FIX}") from exc
        self._events_path = _parquet_sql(snapshot / EVENTS_FILE)
        self._connection = _Connection(duckdb.connect(config={"memory_limit": memory_limit, "threads": 2}))
        weakref.finalize(self, self._connection.close)  # closed when collected, or at exit if still open
        self._lock = threading.Lock()
        self._cache: dict[tuple[Any, ...], Any] = {}
        self._cache_rows = 0
        self._facets: Facets | None = None
        self._search: pa.Table | None = None
        self._text_lock = threading.Lock()
        self._countries: dict[str, pa.Table] | None = None
        try:
            self._con.execute(f"CREATE VIEW events AS SELECT * FROM {self._events_path}")
            self._con.execute(
                f"CREATE VIEW mentions AS SELECT * FROM {_parquet_sql(snapshot / MENTIONS_FILE, False)}")
            self._index, names = load_index(snapshot / EVENTS_FILE)
        except (duckdb.Error, OSError, pa.ArrowException, KeyError) as exc:
            self.close()
            raise StoreError(f"{snapshot / EVENTS_FILE} cannot be read ({exc}). Fix: {REBUILD_FIX}") from exc
        self._actor_names, self._source_names, self._location_names = (
            names["actors"], names["sources"], names["locations"])
        self._codes = {column: {name: i for i, name in enumerate(names[column])} for column in CODED}

    def close(self) -> None:
        self._connection.close()

    @property
    def _con(self) -> Any:
        con = self._connection.con
        if con is None:
            raise StoreError(f"the source of {self.snapshot} was closed. Fix: open the store again")
        return con

    def _query(self, sql: str, params: Sequence[Any] = (), tables: dict[str, pa.Table] | None = None) -> Any:
        """Run one query on its own cursor (``tables``: Arrow tables the query reads by name)."""
        import duckdb

        with self._lock:
            cursor = self._con.cursor()
        try:
            for name, table in {"idx": self._index, **(tables or {})}.items():
                cursor.register(name, table)
            return cursor.sql(sql, params=list(params)).to_arrow_table()
        except duckdb.Error as exc:
            raise StoreError(f"query on {self.snapshot} failed ({exc}). Fix: {REBUILD_FIX}") from exc
        finally:
            cursor.close()

    def _cached(self, key: tuple[Any, ...], compute: Any) -> Any:
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        value = compute()
        self._keep(key, value)
        return value

    def _keep(self, key: tuple[Any, ...], value: Any) -> None:
        """Cache an answer, dropping the oldest ones beyond RESULT_CACHE answers or CACHE_ROWS rows."""
        weight = _weight(value)
        with self._lock:
            if key in self._cache:
                return
            self._cache[key] = value
            self._cache_rows += weight
            while len(self._cache) > 1 and (len(self._cache) > RESULT_CACHE or self._cache_rows > CACHE_ROWS):
                oldest = next(iter(self._cache))
                self._cache_rows -= _weight(self._cache.pop(oldest))

    def _texts(self) -> pa.Table:
        """(r, search_text) of every event, read from the Parquet file on the first text search and kept:
        DuckDB scans it in memory about 3x faster than in the file (10^6 events: 89 vs 272 ms)."""
        with self._text_lock:
            if self._search is None:
                column = pq.read_table(self.snapshot / EVENTS_FILE, columns=["search_text"]).column(0)
                self._search = pa.table({"r": pa.array(np.arange(len(column), dtype=np.int64)),
                                         "search_text": column})
            return self._search

    def _country_tables(self) -> dict[str, pa.Table]:
        """The places' countries and the people's names that hold a place (``countries.store_tables``), over the
        distinct names, derived at the first country filter or facets and kept (the snapshot never changes)."""
        with self._text_lock:
            if self._countries is None:
                self._countries = countries.store_tables(self._location_names, self._actor_names)
            return self._countries

    def _text_rows(self, needle: str) -> pa.Table:
        """File rows whose search text contains ``needle`` (cached for the last TEXT_CACHE searches)."""
        def scan() -> pa.Table:
            return self._query("SELECT r FROM texts WHERE contains(search_text, ?)", [needle],
                               {"texts": self._texts()})
        key = ("text", needle)
        with self._lock:
            found = self._cache.get(key)
            texts = [k for k in self._cache if k[0] == "text"]
            if found is None and len(texts) >= TEXT_CACHE:
                self._cache_rows -= _weight(self._cache.pop(texts[0]))
        if found is None:
            found = scan()
            self._keep(key, found)
        return found

    def _where(self, filters: Filters) -> tuple[str, list[Any], dict[str, pa.Table]]:
        """The WHERE clause over ``idx`` for the filters, its parameters and the tables it reads."""
        clauses: list[str] = []
        params: list[Any] = []
        tables: dict[str, pa.Table] = {}
        if filters.start is not None:
            clauses.append("span_end >= ?")
            params.append(filters.start)
        if filters.end is not None:
            clauses.append("date <= ?")
            params.append(filters.end)
        for column, values in (("event_type", filters.types), ("status", filters.statuses)):
            if values:
                clauses.append(f"list_contains(?::VARCHAR[], {column})")
                params.append(list(values))
        for column, values in (("actors", filters.actors), ("sources", filters.sources),
                               ("locations", filters.locations)):
            if values:
                codes = self._codes[column]
                wanted = sorted({codes[v] for v in values if v in codes})
                if not wanted:
                    clauses.append("false")
                else:  # an OR of list_contains is about 2x faster than list_has_any (DuckDB 2.0, 10^6 rows)
                    clauses.append("(" + " OR ".join([f"list_contains({CODED[column]}, ?)"] * len(wanted)) + ")")
                    params.extend(wanted)
        if filters.countries:
            clause, values = countries.store_clause(self._country_tables(), filters.countries)
            clauses.append(clause)
            params.extend(values)
        needle = query.fold_query(filters.text)
        if needle:
            tables["text_hits"] = self._text_rows(needle)
            clauses.append("r IN (SELECT r FROM text_hits)")
        if not filters.include_coarse:
            clauses.append("NOT coarse")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params, tables

    def facets(self) -> Facets:
        """What the filters can choose from (computed once: a snapshot never changes)."""
        if self._facets is None:
            self._facets = self._compute_facets()
        return self._facets

    def _compute_facets(self) -> Facets:
        summary = self._query("SELECT count(*) AS n, min(date) AS lo, max(span_end) AS hi FROM idx").to_pylist()[0]
        types = {r["event_type"] for r in self._query("SELECT DISTINCT event_type FROM idx").to_pylist()}
        ordered_types = tuple(t for t in EVENT_TYPES if t in types) + tuple(sorted(types - set(EVENT_TYPES)))
        actors = self._query("SELECT id, count(*) AS n FROM (SELECT unnest(actor_ids) AS id FROM idx) "
                             "GROUP BY id ORDER BY n DESC, id").to_pylist()
        return Facets(
            types=ordered_types,
            actors=tuple((self._actor_names[r["id"]], r["n"]) for r in actors),
            sources=tuple(self._source_names),
            locations=tuple(self._location_names),
            countries=countries.place_countries(self._location_names),
            min_date=summary["lo"],
            max_date=summary["hi"],
            n_events=summary["n"],
        )

    def __len__(self) -> int:
        return self.facets().n_events

    def summary(self, filters: Filters) -> query.Summary:
        """The header's numbers for a view (what query.summarize asks a source for)."""
        return self._cached(("summary", filters), lambda: self._summary(filters))  # type: ignore[no-any-return]

    def _summary(self, filters: Filters) -> query.Summary:
        where, params, tables = self._where(filters)
        row = self._query(
            "SELECT count(*) AS n, min(date) AS first, max(span_end) AS last, "
            "(SELECT count(DISTINCT s) FROM (SELECT unnest(source_ids) AS s FROM idx" + where + ")) AS articles, "
            "(SELECT count(DISTINCT a) FROM (SELECT unnest(actor_ids) AS a FROM idx" + where + ")) AS actors "
            "FROM idx" + where, [*params, *params, *params], tables).to_pylist()[0]
        if not row["n"]:
            return query.Summary()
        return query.Summary(n_events=row["n"], n_articles=row["articles"], n_actors=row["actors"],
                             first=row["first"], last=row["last"])

    def count(self, filters: Filters) -> int:
        def compute() -> int:
            where, params, tables = self._where(filters)
            return int(self._query(f"SELECT count(*) AS n FROM idx{where}", params, tables).column("n")[0].as_py())
        return self._cached(("count", filters), compute)  # type: ignore[no-any-return]

    def events(self, filters: Filters, limit: int | None = None,
               columns: Sequence[str] | None = None) -> pd.DataFrame:
        """Matching events sorted by date then event_id; ``columns`` (default: all of EVENT_COLUMNS)
        names the ones to read, so a page that shows no evidence does not read it."""
        wanted = tuple(c for c in EVENT_COLUMNS if columns is None or c in columns or c == "event_id")
        frame = self._cached(("events", filters, limit, wanted), lambda: self._events(filters, limit, wanted))
        return frame.copy()  # type: ignore[no-any-return]

    def _events(self, filters: Filters, limit: int | None, columns: tuple[str, ...]) -> pd.DataFrame:
        where, params, tables = self._where(filters)
        schema = pa.schema([EVENT_SCHEMA.field(c) for c in columns])
        page = self._query(f"SELECT o, r FROM idx{where} ORDER BY o" + ("" if limit is None else " LIMIT ?"),
                           params if limit is None else [*params, int(limit)], tables)
        if page.num_rows == 0:
            return to_frame(schema.empty_table(), EVENT_LIST_COLUMNS)
        rows = page.column("r")
        # Read just those rows (the file_row_number range lets DuckDB skip the row groups outside it).
        table = self._query(
            f"SELECT {', '.join('p.' + c for c in columns)} FROM {self._events_path} p "
            "JOIN page ON p.file_row_number = page.r "
            "WHERE p.file_row_number BETWEEN ? AND ? ORDER BY page.o",
            [pc.min(rows).as_py(), pc.max(rows).as_py()], {"page": page})
        return to_frame(table.cast(schema), EVENT_LIST_COLUMNS)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event's full row as a dict (None when the id is unknown)."""
        def compute() -> dict[str, Any] | None:
            table = self._query(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE event_id = ? LIMIT 1",
                                [event_id])
            frame = to_frame(table.cast(pa.schema([EVENT_SCHEMA.field(c) for c in EVENT_COLUMNS])),
                           EVENT_LIST_COLUMNS)
            return frame.iloc[0].to_dict() if len(frame) else None
        found = self._cached(("event", event_id), compute)
        return dict(found) if found is not None else None

    def mentions(self, event_ids: Sequence[str]) -> pd.DataFrame:
        schema = pa.schema([MENTION_SCHEMA.field(c) for c in MENTION_COLUMNS])
        if not event_ids:
            return to_frame(schema.empty_table(), MENTION_LIST_COLUMNS)
        table = self._query(
            f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions WHERE list_contains(?::VARCHAR[], event_id) "
            "ORDER BY event_id, path, ordinal, seq", [list(event_ids)])
        return to_frame(table.cast(schema), MENTION_LIST_COLUMNS)

    def histogram(self, filters: Filters, freq: str) -> pd.DataFrame:
        if freq not in ("day", "week", "month"):
            raise ValueError(f"freq must be 'day', 'week' or 'month', not {freq!r}")
        frame = self._cached(("histogram", filters, freq), lambda: self._histogram(filters, freq))
        return frame.copy()  # type: ignore[no-any-return]

    def _histogram(self, filters: Filters, freq: str) -> pd.DataFrame:
        where, params, tables = self._where(filters)
        table = self._query(
            f"SELECT CAST(date_trunc('{freq}', date) AS DATE) AS period, event_type, count(*) AS n "
            f"FROM idx{where} GROUP BY period, event_type ORDER BY period, event_type", params, tables)
        frame = table.to_pandas(date_as_object=True)
        frame["n"] = frame["n"].astype("int64")
        return frame[["period", "event_type", "n"]]

    def top_actors(self, filters: Filters, n: int) -> pd.DataFrame:
        frame = self._cached(("top_actors", filters, n), lambda: self._top_actors(filters, n))
        return frame.copy()  # type: ignore[no-any-return]

    def _top_actors(self, filters: Filters, n: int) -> pd.DataFrame:
        where, params, tables = self._where(filters)
        # codes are numbered in name order: "total DESC, id" is "most events, then by name"
        table = self._query(
            "SELECT id, event_type, n FROM (SELECT id, event_type, count(*) AS n, "
            "sum(count(*)) OVER (PARTITION BY id) AS total "
            f"FROM (SELECT event_type, unnest(actor_ids) AS id FROM idx{where}) "
            "GROUP BY id, event_type) "
            "QUALIFY dense_rank() OVER (ORDER BY total DESC, id) <= ? "
            "ORDER BY total DESC, id, n DESC, event_type", [*params, int(n)], tables)
        names = self._actor_names
        return pd.DataFrame({
            "actor": pd.Series([names[i] for i in table.column("id").to_pylist()], dtype=object),
            "event_type": pd.Series(table.column("event_type").to_pylist(), dtype=object),
            "n": pd.Series(table.column("n").to_pylist(), dtype="int64"),
        })


def open_store(store: str | os.PathLike[str] | None = None) -> StoreSource:
    """An EventSource over the store's current snapshot (StoreError if there is none)."""
    return StoreSource(require_snapshot(store))


# --------------------------------------------------------------------------- stats


def stats_text(store: str | os.PathLike[str] | None = None, top: int = 10) -> str:
    """Counts by type and month, top actors and failed articles, as text for a terminal."""
    source = open_store(store)
    try:
        facets = source.facets()
        by_type = source._query("SELECT event_type, count(*) AS n FROM events GROUP BY event_type "
                                "ORDER BY n DESC, event_type").to_pylist()
        by_month = source._query("SELECT strftime(date, '%Y-%m') AS month, count(*) AS n FROM events "
                                 "GROUP BY month ORDER BY month").to_pylist()
    finally:
        source.close()
    articles = read_articles(store)
    failed = articles[articles["status"] == "failed"]
    manifest = read_manifest(store)
    lines = [
        f"store {store_path(store)} (snapshot {source.snapshot.name}, parser {manifest.get('parser_version', '?')})",
        f"articles: {int((articles['status'] != 'failed').sum())} read, {len(failed)} failed",
        f"events: {facets.n_events}"
        + (f" from {facets.min_date} to {facets.max_date}" if facets.min_date is not None else ""),
        "",
        "events by type:",
        *[f"  {r['event_type']:<14}{r['n']:>8}" for r in by_type],
        "",
        "events by month:",
        *[f"  {r['month']:<14}{r['n']:>8}" for r in by_month],
        "",
        f"top actors (of {len(facets.actors)}):",
        *[f"  {n:>8}  {name}" for name, n in facets.actors[:top]],
        "",
        f"failed articles: {len(failed)}",
        *[f"  {r.article_id}: {r.error}" for r in failed.itertuples()],
    ]
    return "\n".join(lines) + "\n"
