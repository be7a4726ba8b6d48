"""Merging a corpus's mentions into events: in full (merge_by_groups, a few independent groups
at a time) or incrementally (remerge_mentions: only the groups where something changed are merged
again, the others' events are carried over from the previous snapshot), with the same tables.

A snapshot's manifest records merge_fingerprint, the hash of the code and word lists merging
depends on: a snapshot merged by other code is re-merged in full, never carried over.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from timeline.errors import StoreError
from timeline.store import files, schema


def row_keys(table: pa.Table) -> pa.Array:
    return pc.binary_join_element_wise(table["path"], table["article_id"], "\x00")


def select_rows(table: pa.Table, keys: set[str]) -> pa.Table:
    if not keys or table.num_rows == 0:
        return table.slice(0, 0)
    return table.filter(pc.is_in(row_keys(table), value_set=pa.array(sorted(keys), pa.string())))


def corpus_order(paths: Sequence[str], *keys: Sequence[int | None]) -> list[int]:
    """Row positions in the order ingest walks a corpus: path components compared one by one
    (a folder's entries sorted by name), then the other keys (record, mention)."""
    cache: dict[str, tuple[str, ...]] = {}

    def parts(path: str) -> tuple[str, ...]:
        if path not in cache:
            cache[path] = Path(path).parts
        return cache[path]

    return sorted(range(len(paths)), key=lambda i: (parts(paths[i]), *(k[i] or 0 for k in keys)))


def merge_mentions(table: pa.Table) -> tuple[list[Any], pa.Table]:
    """Merge the corpus's mentions (in corpus order) -> (events, mentions table with event ids), all
    at once: the reference that merge_by_groups (what builds run) is tested against."""
    from timeline.extraction import merge

    table = table.take(pa.array(corpus_order(table["path"].to_pylist(), table["ordinal"].to_pylist(),
                                    table["seq"].to_pylist()), pa.int64()))
    table = table.set_column(table.schema.get_field_index("event_id"), "event_id",
                             pa.array([""] * table.num_rows, pa.string()))  # merging fills it in again
    mentions = schema.mentions_from_table(table)
    places: dict[str, list[tuple[str, int, int]]] = {}
    for m, path, ordinal, seq in zip(mentions, table["path"].to_pylist(), table["ordinal"].to_pylist(),
                                     table["seq"].to_pylist(), strict=True):
        places.setdefault(m.mention_id, []).append((path, ordinal, seq))
    events, merged = merge.merge(mentions)
    rows = []
    for m in merged:
        found = places.get(m.mention_id)
        rows.append((m, *(found.pop(0) if found else ("", 0, 0))))
    return list(events), schema.mentions_table(rows)


#: Rows merged per merge.merge_ids call in merge_by_groups: whole groups are gathered up to this
#: size, so that only this many mentions are Python objects at once (a few KB each).
MERGE_CHUNK_ROWS = 4_000


def merge_by_groups(table: pa.Table) -> tuple[pa.Table, pa.Table]:
    """merge_mentions's events and mentions tables, merged a few groups of merge.components at a
    time: by merge's "Independent groups" argument, the same rows, event ids and order, but only
    about MERGE_CHUNK_ROWS mentions are Python objects at once, so a full merge's memory grows with
    the Arrow table of the mentions, not with a corpus of objects."""
    from timeline.extraction import merge

    table = table.take(pa.array(corpus_order(table["path"].to_pylist(), table["ordinal"].to_pylist(),
                                             table["seq"].to_pylist()), pa.int64()))
    nodes = _node_lists(table)
    groups = merge.components(nodes, table["mention_id"].to_pylist())
    event_ids = [""] * table.num_rows
    events = _merge_groups(table, _rows_by_group(nodes, groups), merge.canonical_names(_actor_names(table)),
                           event_ids)
    table = table.set_column(table.schema.get_field_index("event_id"), "event_id", pa.array(event_ids, pa.string()))
    return _by_date(events), table


def _rows_by_group(nodes: Sequence[Sequence[tuple[str, int, int]]], groups: Mapping[Any, frozenset[Any]],
                   keep: Callable[[int], bool] = lambda i: True) -> list[list[int]]:
    """The row numbers of each group (rows in order; groups in the order of their first row)."""
    rows_of: dict[frozenset[Any], list[int]] = {}
    for i, own in enumerate(nodes):
        if keep(i):
            rows_of.setdefault(groups[own[0]], []).append(i)
    return list(rows_of.values())


def _merge_groups(table: pa.Table, groups: Sequence[list[int]], names: Mapping[str, str],
                  event_ids: list[str]) -> pa.Table:
    """Merge the rows of whole groups, gathered up to MERGE_CHUNK_ROWS per merge.merge_ids call
    (a union of whole groups merges as each group alone); fills ``event_ids`` at those rows and
    returns their events (unsorted)."""
    from timeline.extraction import merge

    events: list[pa.Table] = [schema.EVENT_SCHEMA.empty_table()]
    chunk: list[int] = []
    for position, rows in enumerate(groups, 1):
        chunk += rows
        if len(chunk) < MERGE_CHUNK_ROWS and position < len(groups):
            continue
        merged, ids = merge.merge_ids(schema.mentions_from_table(table.take(pa.array(chunk, pa.int64()))), names=names)
        for i, event_id in zip(chunk, ids, strict=True):
            event_ids[i] = event_id
        events.append(schema.events_table(merged))
        chunk = []
    return pa.concat_tables(events)


def _by_date(events: pa.Table) -> pa.Table:
    return events.take(pc.sort_indices(events, sort_keys=[("date", "ascending"), ("event_id", "ascending")]))


#: The modules and data whose code decides the merged tables (merge, canonical names, the rows written):
#: a snapshot merged by other code is re-merged in full, never carried over.
_MERGE_SOURCES = ("store/*.py", "extraction/merge*.py", "extraction/events/verb_readings.py",
                  "extraction/actors/*.py", "lang/*.py", "lang/**/*.yaml",
                  "models.py")


def merge_fingerprint() -> str:
    """A hash of the code and word lists that merging depends on (stored in each snapshot's manifest)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for file in sorted({file for pattern in _MERGE_SOURCES for file in root.glob(pattern)}):
        digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _row_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """A mentions-table row as a hashable value, event_id left out (what merging reads)."""
    return tuple(
        tuple(tuple(v.values()) if isinstance(v, dict) else v for v in value) if isinstance(value, list) else value
        for name, value in row.items() if name != "event_id")


def _node_lists(table: pa.Table) -> list[list[tuple[str, int, int]]]:
    """merge.nodes of every row (one list object per distinct date, shared)."""
    from timeline.extraction import merge

    cache: dict[tuple[Any, ...], list[tuple[str, int, int]]] = {}
    out = []
    for key in zip(table["event_type"].to_pylist(), table["date"].to_pylist(), table["end_date"].to_pylist(),
                   table["precision"].to_pylist(), strict=True):
        found = cache.get(key)
        if found is None:
            found = cache[key] = merge.nodes(*key)
        out.append(found)
    return out


def _actor_names(table: pa.Table) -> frozenset[str]:
    return frozenset(pc.unique(pc.list_flatten(table["actors"])).to_pylist())


def _rows_with_names(table: pa.Table, names: set[str]) -> list[int]:
    if not names or table.num_rows == 0:
        return []
    actors = table["actors"].combine_chunks()
    hits = pc.is_in(pc.list_flatten(actors), value_set=pa.array(sorted(names), pa.string()))
    return sorted(set(pc.filter(pc.list_parent_indices(actors), hits).to_pylist()))


@dataclass(frozen=True)
class MergePlan:
    """What an incremental re-merge did (in BuildSummary.merge_plan): how much of the previous
    merge it carried over and how much it merged again."""

    groups: int
    """Independent groups of the corpus (merge.components)."""
    remerged_groups: int
    """Groups merged again: new, changed, or with an actor whose canonical name changed."""
    remerged_mentions: int
    """Mentions in those groups."""
    carried_events: int
    """Events taken as they were from the previous snapshot."""


class PreviousMerge:
    """The previous snapshot's merge: its mentions and events tables, and what a re-merge needs of
    them (row nodes, groups, canonical names, the event id of each mention id), computed once by
    ``prepare`` (a build calls it while its worker loads the model)."""

    def __init__(self, mentions: pa.Table, events: pa.Table) -> None:
        self.mentions = mentions
        self.events = events
        self._ready = False

    @classmethod
    def load(cls, snapshot: Path | None, fingerprint: str) -> PreviousMerge | None:
        """The snapshot's merge, when it was made by this code (else None: merge in full)."""
        if snapshot is None:
            return None
        try:
            manifest = files.manifest_of(snapshot)
        except StoreError:  # merged in full instead (reading the mentions says what is wrong)
            return None
        if manifest.get("merge") != fingerprint:
            return None
        return cls(files.read_table(snapshot / schema.MENTIONS_FILE, schema.MENTION_SCHEMA),
                   files.read_table(snapshot / schema.EVENTS_FILE, schema.EVENT_SCHEMA))

    def prepare(self) -> PreviousMerge:
        from timeline.extraction import merge

        if not self._ready:
            self.nodes = _node_lists(self.mentions)
            self.mention_ids: list[str] = self.mentions["mention_id"].to_pylist()
            self.groups = merge.components(self.nodes, self.mention_ids)
            self.actor_names = _actor_names(self.mentions)
            self.names = merge.canonical_names(self.actor_names)
            self.paths: list[str] = self.mentions["path"].to_pylist()
            self.ordinals: list[int | None] = self.mentions["ordinal"].to_pylist()
            self.seqs: list[int | None] = self.mentions["seq"].to_pylist()
            self.event_of = dict(zip(self.mention_ids, self.mentions["event_id"].to_pylist(), strict=True))
            self.keys = row_keys(self.mentions)
            self._ready = True
        return self


def remerge_mentions(kept: set[str], fresh: pa.Table, previous: PreviousMerge) -> tuple[pa.Table, pa.Table, MergePlan]:
    """The events and mentions tables ``merge_mentions`` would give for the corpus made of the
    previous snapshot's mentions of the articles ``kept`` ("path NUL article id" keys) and the
    rows ``fresh`` (extracted since), re-merging only the groups that changed.

    A group of merge.components is carried over (its events, and its mentions' event ids, taken
    from the previous snapshot, no Python objects built) when it is a group of the previous
    corpus too, none of its mentions was added or removed (rows compared whole: an article
    extracted again whose rows did not change changes nothing) and no actor name of its mentions
    got another canonical name; the other groups are merged again (merge.merge with the
    corpus-wide canonical names). By merge's "Independent groups" argument the result equals a
    full re-merge: the same rows, event ids and order. The previous snapshot must have been
    merged by this code (PreviousMerge.load checks merge_fingerprint).
    """
    from timeline.extraction import merge

    old = previous.prepare()
    kept_mask = pc.is_in(old.keys, value_set=pa.array(sorted(kept), pa.string()))
    kept_at = pc.indices_nonzero(kept_mask).to_pylist()
    order = _insert_in_order(old, kept_at, fresh)
    table = pa.concat_tables([old.mentions, fresh]).take(pa.array(order, pa.int64()))
    fresh_nodes = _node_lists(fresh)
    nodes = [old.nodes[i] if i < len(old.nodes) else fresh_nodes[i - len(old.nodes)] for i in order]
    touched = _changed_nodes(old.mentions.filter(pc.invert(kept_mask)), fresh)
    actor_names = _actor_names(table)  # canonical names depend on the set of names only
    names = old.names if actor_names == old.actor_names else merge.canonical_names(actor_names)
    renamed = {n for n in names.keys() | old.names.keys() if names.get(n) != old.names.get(n)}
    for i in _rows_with_names(table, renamed):
        touched.update(nodes[i])
    for i in _rows_with_names(old.mentions, renamed):
        touched.update(old.nodes[i])

    mention_ids = table["mention_id"].to_pylist()
    groups = merge.components(nodes, mention_ids)
    clean_groups = {group for node, group in groups.items() if old.groups.get(node) == group and not group & touched}
    clean = [groups[own[0]] in clean_groups for own in nodes]
    dirty = [i for i, ok in enumerate(clean) if not ok]
    event_ids = [old.event_of[m] if ok else "" for m, ok in zip(mention_ids, clean, strict=True)]
    events = _merge_groups(table, _rows_by_group(nodes, groups, keep=lambda i: not clean[i]), names, event_ids)
    carried = sorted({e for e, ok in zip(event_ids, clean, strict=True) if ok})
    kept_events = old.events.filter(pc.is_in(old.events["event_id"], value_set=pa.array(carried, pa.string())))
    all_events = _by_date(pa.concat_tables([kept_events, events]))
    table = table.set_column(table.schema.get_field_index("event_id"), "event_id", pa.array(event_ids, pa.string()))
    all_groups = set(groups.values())
    plan = MergePlan(groups=len(all_groups), remerged_groups=len(all_groups) - len(clean_groups),
                     remerged_mentions=len(dirty), carried_events=kept_events.num_rows)
    return all_events, table, plan


def _insert_in_order(old: PreviousMerge, kept_at: list[int], fresh: pa.Table) -> list[int]:
    """Row numbers (of old.mentions, then fresh + old.mentions.num_rows) in corpus order. The
    previous rows are in that order already (every merge writes them so), so the fresh rows,
    sorted, are inserted where the stable sort of kept + fresh would put them."""
    parts: dict[str, tuple[str, ...]] = {}

    def order_key(path: str, ordinal: int | None, seq: int | None) -> tuple[Any, ...]:
        if path not in parts:
            parts[path] = Path(path).parts
        return parts[path], ordinal or 0, seq or 0

    fresh_paths, fresh_ordinals, fresh_seqs = (fresh[c].to_pylist() for c in ("path", "ordinal", "seq"))
    order: list[int] = []
    done = 0
    for j in corpus_order(fresh_paths, fresh_ordinals, fresh_seqs):
        at = bisect.bisect_right(kept_at, order_key(fresh_paths[j], fresh_ordinals[j], fresh_seqs[j]), lo=done,
                                 key=lambda i: order_key(old.paths[i], old.ordinals[i], old.seqs[i]))
        order += kept_at[done:at]
        order.append(old.mentions.num_rows + j)
        done = at
    order += kept_at[done:]
    return order


def _changed_nodes(dropped: pa.Table, fresh: pa.Table) -> set[tuple[str, int, int]]:
    """The merge nodes of rows removed (in ``dropped``, not again in ``fresh``) or added (in
    ``fresh``, not in ``dropped``): rows extracted again that are the same as before change nothing."""
    from timeline.extraction import merge

    fresh_rows = Counter(_row_key(r) for r in fresh.to_pylist())
    touched: set[tuple[str, int, int]] = set()
    for row in dropped.to_pylist():
        key = _row_key(row)
        if fresh_rows.get(key, 0) > 0:
            fresh_rows[key] -= 1
        else:  # removed
            touched.update(merge.nodes(row["event_type"], row["date"], row["end_date"], row["precision"]))
    columns = [c for c in fresh.schema.names if c != "event_id"]
    for key in +fresh_rows:  # added
        row = dict(zip(columns, key, strict=True))
        touched.update(merge.nodes(row["event_type"], row["date"], row["end_date"], row["precision"]))
    return touched
