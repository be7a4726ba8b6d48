"""The filter index of a snapshot's events file: what StoreSource's SQL scans instead of the file.

The columns the filters test are read once from the events file when a source opens: actor, article
and place names become integer codes numbered in name order (so ordering by code is ordering by
name), type, status and precision stay dictionary-encoded, ``r`` is the row's number in the file and
``o`` its rank in (date, event_id) order, the order pages are given in. About 64 bytes an event.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.store import query

INDEX_COLUMNS = ("date", "span_end", "event_type", "status", "precision", "actors", "sources", "locations")
CODED = {"actors": "actor_ids", "sources": "source_ids", "locations": "location_ids"}


def _coded(chunks: Sequence[pa.Array]) -> tuple[pa.ChunkedArray, list[str]]:
    """list<dictionary<string>> chunks -> list<int32> codes into the sorted names, and those names.

    A null list becomes an empty one; a name told twice in one cell counts once."""
    chunks = [chunk for chunk in chunks if len(chunk)]
    found = pc.drop_null(pc.unique(pa.concat_arrays([c.values.dictionary.cast(pa.string()) for c in chunks]
                                                   or [pa.array([], pa.string())])))
    value_set = found.take(pc.sort_indices(found))  # byte order of UTF-8 = code point order = Python's sorted
    names: list[str] = value_set.to_pylist()
    out = []
    for chunk in chunks:
        mapping = pc.index_in(chunk.values.dictionary, value_set=value_set).cast(pa.int32())
        offsets = np.asarray(chunk.offsets.to_numpy(), dtype=np.int64)
        indices = chunk.values.indices[offsets[0]:offsets[-1]]
        codes = np.asarray(mapping.take(indices).to_numpy(zero_copy_only=False), dtype=np.int64)
        offsets = offsets - offsets[0]
        rows = np.repeat(np.arange(len(chunk), dtype=np.int64), np.diff(offsets))
        keys = np.sort(rows * max(len(names), 1) + codes)  # nearly sorted already: rows ascend
        if len(keys) > 1 and bool((keys[1:] == keys[:-1]).any()):  # a name twice in a cell: keep one
            keys = np.unique(keys)
            rows, codes = keys // max(len(names), 1), keys % max(len(names), 1)
            offsets = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=len(chunk)))])
        out.append(pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), pa.array(codes, pa.int32())))
    return pa.chunked_array(out, pa.list_(pa.int32())), names


def _date_order(path: Path) -> pa.Array | None:
    """None when the file's rows are in (date, event_id) order (a build writes them so), else the order."""
    file = pq.ParquetFile(path)
    last: tuple[Any, Any] | None = None
    for group in range(file.num_row_groups):
        part = file.read_row_group(group, columns=["date", "event_id"])
        if part.num_rows == 0:
            continue
        dates, ids = part.column("date"), part.column("event_id")
        first = (dates[0].as_py(), ids[0].as_py())
        ordered = last is None or last <= first
        if ordered and part.num_rows > 1:
            d0, d1, i0, i1 = dates[:-1], dates[1:], ids[:-1], ids[1:]
            ok = pc.or_(pc.less(d0, d1), pc.and_(pc.equal(d0, d1), pc.less_equal(i0, i1)))
            ordered = bool(pc.all(ok).as_py())
        if not ordered:
            table = pq.read_table(path, columns=["date", "event_id"])
            return pc.sort_indices(table, sort_keys=[("date", "ascending"), ("event_id", "ascending")])
        last = (dates[-1].as_py(), ids[-1].as_py())
    return None


def load_index(path: Path) -> tuple[pa.Table, dict[str, list[str]]]:
    """The filter index of an events file (see INDEX_COLUMNS) and the names behind its codes."""
    file = pq.ParquetFile(path, read_dictionary=["event_type", "status", "precision",
                                                 *(f"{c}.list.element" for c in CODED)])
    groups = [file.read_row_group(i, columns=list(INDEX_COLUMNS)) for i in range(file.num_row_groups)]
    raw = pa.concat_tables(groups) if groups else file.schema_arrow.empty_table().select(list(INDEX_COLUMNS))
    n = raw.num_rows
    columns: dict[str, Any] = {
        "r": pa.array(np.arange(n, dtype=np.int64)),
        "date": raw.column("date"),
        "span_end": raw.column("span_end"),
        "event_type": raw.column("event_type"),
        "status": raw.column("status"),
        "coarse": pc.is_in(raw.column("precision").cast(pa.string()),
                           value_set=pa.array(query.COARSE_PRECISIONS, pa.string())),
    }
    names: dict[str, list[str]] = {}
    for column, coded in CODED.items():
        columns[coded], names[column] = _coded(raw.column(column).chunks)
    table = pa.table(columns)
    order = _date_order(path) if n else None
    if order is not None:
        table = table.take(order)
    table = table.append_column("o", pa.array(np.arange(n, dtype=np.int64))).combine_chunks()
    pa.default_memory_pool().release_unused()
    return table, names
