"""The store's files, lock and queries (timeline/store/), on events and mentions built here.

The build (extraction into a store) is tested in test_build.py; these tests write snapshots
directly, so they say what the store itself guarantees.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as s

from timeline import store
from timeline.errors import StoreError, StoreLocked
from timeline.models import EVENT_COLUMNS, MENTION_COLUMNS, Event, Mention
from timeline.store import query
from timeline.store import source as store_source
from timeline.store.query import Filters, MemorySource

ROOT = Path(__file__).resolve().parent.parent
D = dt.date


def event(event_id: str, date: dt.date, event_type: str = "meeting", *, precision: str = "day",
          end_date: dt.date | None = None, actors: tuple[str, ...] = (), sources: tuple[str, ...] = ("a.txt",),
          locations: tuple[str, ...] = (), status: str = "held", title: str = "", evidence: tuple[str, ...] = (),
          roles: dict[str, str] | None = None) -> Event:
    return Event(event_id=event_id, date=date, end_date=end_date, precision=precision, date_text=str(date),
                 date_source="text", status=status, event_type=event_type, title=title or f"{event_type} {event_id}",
                 actors=actors, roles=roles or {}, locations=locations, sources=sources, urls=(),
                 evidence=evidence or (f"Sentence about {event_id}.",), n_sources=len(sources), confidence=0.8)


def mention(mention_id: str, event_id: str, article_id: str = "a.txt", **changes: object) -> Mention:
    values: dict[str, object] = dict(
        mention_id=mention_id, article_id=article_id, date=D(2025, 3, 22), end_date=None, precision="day",
        date_text="samedi 22 mars", date_start=10, date_end=24, sentence="Le congrès s'est ouvert samedi 22 mars.",
        sentence_start=0, event_type="congress", trigger="congrès", title="Congrès", status="held",
        date_source="text", actors=("Tô Lâm",), roles=(("Tô Lâm", "secrétaire général"),), locations=("Hanoï",),
        url="https://example.org/a", lang="fr", story_index=0, confidence=0.9, resolution="year from page date",
        event_id=event_id)
    values.update(changes)
    return Mention(**values)  # type: ignore[arg-type]


#: A small corpus whose answers are worked out by hand in FILTER_CASES.
EVENTS = [
    event("e1", D(2025, 3, 22), "congress", actors=("Tô Lâm", "Parti communiste"), locations=("Hanoï",),
          title="Congrès du Parti", evidence=("Le congrès s'est ouvert samedi 22 mars à Hanoï.",),
          roles={"Tô Lâm": "secrétaire général"}),
    event("e2", D(2025, 12, 17), "conference", end_date=D(2025, 12, 20), actors=("Tô Lâm",),
          sources=("a.txt", "b.txt"), title="Conférence nationale", evidence=("du 17 au 20 décembre 2025",)),
    event("e3", D(2025, 12, 1), "consultation", precision="month", actors=("Phạm Minh Chính",),
          sources=("b.txt",), title="Consultation populaire"),
    event("e4", D(2026, 1, 1), "election", precision="year", status="planned", sources=("c.json#1",),
          locations=("Đà Nẵng",), title="Élections législatives"),
    event("e5", D(2025, 12, 15), "visit", precision="week", actors=("Emmanuel Macron",), sources=("c.json#2",),
          locations=("Hanoï",), title="Visite d'État", evidence=("Le président ÉMMANUEL Macron est arrivé.",)),
    event("e6", D(2024, 6, 3), "meeting", actors=("Parti communiste",), title="Réunion"),
]

FILTER_CASES = [
    (Filters(), ["e6", "e1", "e3", "e5", "e2", "e4"]),
    # dates: an event's span (end_date, or its week/month/year) overlaps [start, end]
    (Filters(start=D(2025, 12, 18)), ["e3", "e5", "e2", "e4"]),
    (Filters(start=D(2025, 12, 21)), ["e3", "e5", "e4"]),  # the week of 15 December ends on the 21st
    (Filters(start=D(2025, 12, 22)), ["e3", "e4"]),
    (Filters(end=D(2025, 3, 22)), ["e6", "e1"]),
    (Filters(start=D(2025, 3, 23), end=D(2025, 12, 16)), ["e3", "e5"]),
    (Filters(types=("congress", "visit")), ["e1", "e5"]),
    (Filters(statuses=("planned",)), ["e4"]),
    (Filters(actors=("Tô Lâm",)), ["e1", "e2"]),
    (Filters(actors=("Parti communiste", "Emmanuel Macron")), ["e6", "e1", "e5"]),
    (Filters(actors=("To Lam",)), []),
    (Filters(sources=("b.txt",)), ["e3", "e2"]),
    (Filters(locations=("Đà Nẵng",)), ["e4"]),
    (Filters(include_coarse=False), ["e6", "e1", "e5", "e2"]),
    # text: case- and accent-insensitive, over title and evidence
    (Filters(text="CONGRES"), ["e1"]),
    (Filters(text="emmanuel"), ["e5"]),
    (Filters(text="  hanoi "), ["e1", "e5"]),  # e5 is in Hanoï: the text search reads places too (issue 14)
    (Filters(text="élections"), ["e4"]),
    (Filters(text="décembre"), ["e2"]),
    (Filters(text="nothing like this"), []),
    (Filters(types=("conference", "consultation"), actors=("Tô Lâm",), start=D(2025, 12, 1)), ["e2"]),
]
FILTER_IDS = [f"case{i}" for i in range(len(FILTER_CASES))]


def write_store(root: Path, events: list[Event], mentions: list[Mention] | None = None) -> Path:
    """A snapshot holding these events and mentions, committed like a build does."""
    rows = [(m, f"/corpus/{m.article_id}", 0, i) for i, m in enumerate(mentions or [])]
    articles = pa.Table.from_pylist(
        [{"article_id": "a.txt", "path": "/corpus/a.txt", "status": "ok", "n_mentions": len(rows)},
         {"article_id": "broken.json", "path": "/corpus/broken.json", "status": "failed",
          "error": "broken.json: not valid JSON (line 1)."}],
        schema=store.ARTICLE_SCHEMA)
    with store.locked(root):
        return store.commit_snapshot(root, articles, store.mentions_table(rows), store.events_table(events),
                                     {"events": len(events)})


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("store")
    write_store(root, EVENTS, [mention("m1", "e1"), mention("m2", "e2", article_id="b.txt"), mention("m3", "e2")])
    return root


@pytest.fixture(scope="module")
def source(small_store: Path) -> store.StoreSource:
    return store.open_store(small_store)


@pytest.fixture(scope="module")
def memory() -> MemorySource:
    return MemorySource(pd.DataFrame([{c: getattr(e, c) for c in EVENT_COLUMNS} for e in EVENTS]))


# --- files and snapshots ------------------------------------------------------------------


def test_read_events_gives_event_columns_sorted_by_date(small_store: Path) -> None:
    frame = store.read_events(small_store)
    assert list(frame.columns) == list(EVENT_COLUMNS)
    assert list(frame["event_id"]) == ["e6", "e1", "e3", "e5", "e2", "e4"]


def test_read_events_round_trips_every_field(small_store: Path) -> None:
    frame = store.read_events(small_store).set_index("event_id")
    for original in EVENTS:
        row = frame.loc[original.event_id]
        for column in EVENT_COLUMNS[1:]:
            value = getattr(original, column)
            expected = list(value) if isinstance(value, tuple) else value
            assert row[column] == expected, (original.event_id, column)


def test_mentions_round_trip_through_arrow() -> None:
    mentions = [mention("m1", "e1"), mention("m2", "", end_date=D(2025, 12, 20), actors=(), roles=())]
    rows = [(m, "/x", 0, i) for i, m in enumerate(mentions)]
    assert store.mentions_from_table(store.mentions_table(rows)) == mentions


def test_read_mentions_gives_mention_columns(small_store: Path) -> None:
    frame = store.read_mentions(small_store)
    assert list(frame.columns) == list(MENTION_COLUMNS)
    assert sorted(frame["mention_id"]) == ["m1", "m2", "m3"]
    assert frame.loc[frame["mention_id"] == "m1", "actors"].iloc[0] == ["Tô Lâm"]


def test_empty_tables_keep_their_schema(tmp_path: Path) -> None:
    write_store(tmp_path, [], [])
    assert list(store.read_events(tmp_path).columns) == list(EVENT_COLUMNS)
    assert store.open_store(tmp_path).count(Filters()) == 0


def test_commit_switches_current_and_keeps_two_snapshots(tmp_path: Path) -> None:
    names = [write_store(tmp_path, EVENTS[: i + 1]).name for i in range(4)]
    assert store.current_snapshot(tmp_path).name == names[-1]
    assert sorted(p.name for p in (tmp_path / "snapshots").iterdir()) == names[-store.KEEP_SNAPSHOTS:]
    assert len(store.read_events(tmp_path)) == 4


def test_an_open_source_keeps_reading_its_snapshot_after_a_commit(tmp_path: Path) -> None:
    write_store(tmp_path, EVENTS[:2])
    opened = store.open_store(tmp_path)
    write_store(tmp_path, EVENTS)
    assert opened.count(Filters()) == 2
    assert store.open_store(tmp_path).count(Filters()) == len(EVENTS)


def test_a_store_never_built_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="timeline build"):
        store.read_events(tmp_path / "nothing")


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
@pytest.mark.parametrize("name", [store.EVENTS_FILE, store.MENTIONS_FILE, store.ARTICLES_FILE])
def test_a_corrupt_parquet_file_names_the_file_and_the_fix(tmp_path: Path, damage: str, name: str) -> None:
    snapshot = write_store(tmp_path, EVENTS, [mention("m1", "e1")])
    path = snapshot / name
    data = path.read_bytes()
    path.write_bytes({"garbage": b"not parquet at all" * 10, "truncated": data[: len(data) // 2], "empty": b""}[damage])
    read = {store.EVENTS_FILE: store.read_events, store.MENTIONS_FILE: store.read_mentions,
            store.ARTICLES_FILE: store.read_articles}[name]
    with pytest.raises(StoreError, match="--rebuild") as caught:
        read(tmp_path)
    assert str(path) in str(caught.value)


def test_open_store_on_a_corrupt_events_file_raises_store_error(tmp_path: Path) -> None:
    snapshot = write_store(tmp_path, EVENTS)
    (snapshot / store.EVENTS_FILE).write_bytes(b"PAR1 nonsense PAR1")
    with pytest.raises(StoreError, match=r"events\.parquet"):
        store.open_store(tmp_path)


def test_a_current_pointer_to_a_missing_snapshot_is_a_store_error(tmp_path: Path) -> None:
    write_store(tmp_path, EVENTS)
    (tmp_path / "CURRENT").write_text("000099\n")
    with pytest.raises(StoreError, match="missing snapshot"):
        store.read_events(tmp_path)


# --- the lock -----------------------------------------------------------------------------

HOLD_LOCK = """
import sys, time
from pathlib import Path
from timeline.store import locked
with locked(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_lock(root: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(root), str(seconds)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_a_second_writer_is_refused_while_another_holds_the_lock(tmp_path: Path) -> None:
    proc = hold_lock(tmp_path, 60)
    try:
        with pytest.raises(StoreLocked, match=f"pid {proc.pid}"), store.locked(tmp_path):
            pass
    finally:
        proc.kill()
        proc.wait()


def test_the_lock_dies_with_its_process(tmp_path: Path) -> None:
    proc = hold_lock(tmp_path, 60)
    proc.kill()
    proc.wait()
    with store.locked(tmp_path):
        assert (tmp_path / "LOCK").exists()


def test_a_writer_can_wait_for_the_lock(tmp_path: Path) -> None:
    proc = hold_lock(tmp_path, 0.5)
    started = time.monotonic()
    try:
        with store.locked(tmp_path, wait=20):
            waited = time.monotonic() - started
    finally:
        proc.wait()
    assert 0.2 < waited < 20


# --- queries (open_store) -----------------------------------------------------------------


@pytest.mark.parametrize(("filters", "expected"), FILTER_CASES, ids=FILTER_IDS)
def test_store_events_match_the_filters(source: store.StoreSource, filters: Filters, expected: list[str]) -> None:
    assert list(source.events(filters)["event_id"]) == expected


@pytest.mark.parametrize(("filters", "expected"), FILTER_CASES, ids=FILTER_IDS)
def test_store_count_matches_the_filters(source: store.StoreSource, filters: Filters, expected: list[str]) -> None:
    assert source.count(filters) == len(expected)


def test_events_limit_keeps_the_first_by_date(source: store.StoreSource) -> None:
    assert list(source.events(Filters(), limit=2)["event_id"]) == ["e6", "e1"]


def test_facets(source: store.StoreSource) -> None:
    facets = source.facets()
    assert facets.n_events == 6
    assert facets.types == ("congress", "conference", "consultation", "meeting", "visit", "election")
    assert facets.actors[:2] == (("Parti communiste", 2), ("Tô Lâm", 2))
    assert facets.sources == ("a.txt", "b.txt", "c.json#1", "c.json#2")
    assert (facets.min_date, facets.max_date) == (D(2024, 6, 3), D(2026, 12, 31))


def test_mentions_of_events(source: store.StoreSource) -> None:
    frame = source.mentions(["e2"])
    assert list(frame.columns) == list(MENTION_COLUMNS)
    assert sorted(frame["mention_id"]) == ["m2", "m3"]
    assert source.mentions([]).empty


@pytest.mark.parametrize(("freq", "expected"), [
    ("day", [(D(2024, 6, 3), "meeting", 1), (D(2025, 3, 22), "congress", 1), (D(2025, 12, 1), "consultation", 1),
             (D(2025, 12, 15), "visit", 1), (D(2025, 12, 17), "conference", 1), (D(2026, 1, 1), "election", 1)]),
    ("month", [(D(2024, 6, 1), "meeting", 1), (D(2025, 3, 1), "congress", 1), (D(2025, 12, 1), "conference", 1),
               (D(2025, 12, 1), "consultation", 1), (D(2025, 12, 1), "visit", 1), (D(2026, 1, 1), "election", 1)]),
    ("week", [(D(2024, 6, 3), "meeting", 1), (D(2025, 3, 17), "congress", 1), (D(2025, 12, 1), "consultation", 1),
              (D(2025, 12, 15), "conference", 1), (D(2025, 12, 15), "visit", 1), (D(2025, 12, 29), "election", 1)]),
], ids=["day", "month", "week"])
def test_histogram(source: store.StoreSource, freq: str, expected: list[tuple[dt.date, str, int]]) -> None:
    frame = source.histogram(Filters(), freq)
    assert list(frame.columns) == ["period", "event_type", "n"]
    assert list(frame.itertuples(index=False, name=None)) == expected


def test_top_actors_are_stacked_by_type(source: store.StoreSource) -> None:
    frame = source.top_actors(Filters(), 2)
    assert sorted(frame.itertuples(index=False, name=None)) == [
        ("Parti communiste", "congress", 1), ("Parti communiste", "meeting", 1),
        ("Tô Lâm", "conference", 1), ("Tô Lâm", "congress", 1)]


def test_top_actors_follow_the_filters(source: store.StoreSource) -> None:
    frame = source.top_actors(Filters(types=("visit",)), 5)
    assert list(frame.itertuples(index=False, name=None)) == [("Emmanuel Macron", "visit", 1)]


def test_stats_text(small_store: Path) -> None:
    text = store.stats_text(small_store)
    assert "events: 6" in text
    assert "1 failed" in text
    assert "broken.json: broken.json: not valid JSON" in text
    assert "2025-12" in text and "consultation" in text
    assert "Tô Lâm" in text


# --- the same answers as the in-memory source ---------------------------------------------


@pytest.mark.parametrize(("filters", "expected"), FILTER_CASES, ids=FILTER_IDS)
def test_store_and_memory_source_agree_on_events(source: store.StoreSource, memory: MemorySource,
                                                   filters: Filters, expected: list[str]) -> None:
    ours, theirs = source.events(filters), memory.events(filters)
    assert list(ours.columns) == list(theirs.columns)
    assert ours.to_dict("records") == theirs.to_dict("records")


@pytest.mark.parametrize(("filters", "expected"), FILTER_CASES, ids=FILTER_IDS)
def test_store_and_memory_source_agree_on_the_summary(source: store.StoreSource, memory: MemorySource,
                                                        filters: Filters, expected: list[str]) -> None:
    assert source.summary(filters) == memory.summary(filters)


def test_store_and_memory_source_agree_on_facets(source: store.StoreSource, memory: MemorySource) -> None:
    assert source.facets() == memory.facets()


def random_events(n: int, seed: int) -> list[Event]:
    rng = random.Random(seed)
    actors = ["Tô Lâm", "Lương Cường", "Emmanuel Macron", "ASEAN", "Phạm Minh Chính", "Quốc hội"]
    types = ["congress", "meeting", "visit", "summit", "election", "conference"]
    out = []
    for i in range(n):
        date = D(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
        precision = rng.choice(["day", "day", "day", "week", "month", "year"])
        end = date + dt.timedelta(days=rng.randrange(1, 5)) if precision == "day" and rng.random() < 0.2 else None
        out.append(event(f"r{i:04d}", date, rng.choice(types), precision=precision, end_date=end,
                         actors=tuple(rng.sample(actors, rng.randrange(0, 3))),
                         sources=tuple(rng.sample(["a", "b", "c", "d"], rng.randrange(1, 3))),
                         locations=tuple(rng.sample(["Hanoï", "Huế", "Paris"], rng.randrange(0, 2))),
                         status=rng.choice(["held", "planned"]), title=f"Événement {rng.choice(actors)}"))
    return out


@pytest.fixture(scope="module")
def random_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[store.StoreSource, MemorySource]:
    events = random_events(400, seed=7)
    root = tmp_path_factory.mktemp("random")
    write_store(root, events)
    frame = pd.DataFrame([{c: getattr(e, c) for c in EVENT_COLUMNS} for e in events])
    return store.open_store(root), MemorySource(frame)


filters_strategy = s.builds(
    Filters,
    start=s.none() | s.dates(D(2023, 12, 1), D(2026, 8, 1)),
    end=s.none() | s.dates(D(2023, 12, 1), D(2026, 8, 1)),
    types=s.lists(s.sampled_from(["congress", "meeting", "visit", "summit", "election"]), max_size=2).map(tuple),
    actors=s.lists(s.sampled_from(["Tô Lâm", "ASEAN", "Quốc hội", "nobody"]), max_size=2).map(tuple),
    sources=s.lists(s.sampled_from(["a", "b", "c", "d"]), max_size=2).map(tuple),
    locations=s.lists(s.sampled_from(["Hanoï", "Huế", "Paris"]), max_size=1).map(tuple),
    statuses=s.lists(s.sampled_from(["held", "planned"]), max_size=1).map(tuple),
    text=s.sampled_from(["", "to lam", "EVENEMENT", "quoc", "macron", "zzz"]),
    include_coarse=s.booleans(),
)


@settings(max_examples=60)  # each example runs 7 queries on both sources
@given(filters=filters_strategy)
def test_store_and_memory_source_agree_on_any_filters(random_pair: tuple[store.StoreSource, MemorySource],
                                                        filters: Filters) -> None:
    ours, theirs = random_pair
    assert ours.count(filters) == theirs.count(filters)
    assert ours.summary(filters) == theirs.summary(filters)
    assert list(ours.events(filters)["event_id"]) == list(theirs.events(filters)["event_id"])
    for freq in ("day", "week", "month"):
        assert (ours.histogram(filters, freq).to_dict("records") == theirs.histogram(filters, freq).to_dict("records"))
    key = ["actor", "event_type"]
    assert (ours.top_actors(filters, 3).sort_values(key).to_dict("records")
            == theirs.top_actors(filters, 3).sort_values(key).to_dict("records"))


# --- pages, one event, cached answers ----------------------------------------------------------


def test_a_page_reads_only_the_columns_asked_for(random_pair: tuple[store.StoreSource, MemorySource]) -> None:
    ours, theirs = random_pair
    filters = Filters(types=("visit", "meeting"))
    page = ours.events(filters, limit=50, columns=query.PAGE_COLUMNS)
    assert list(page.columns) == list(query.PAGE_COLUMNS)
    assert "evidence" not in page.columns
    assert page.to_dict("records") == theirs.events(filters, limit=50, columns=query.PAGE_COLUMNS).to_dict("records")
    full = ours.events(filters, limit=50)
    assert list(full.columns) == list(EVENT_COLUMNS)
    assert list(full["event_id"]) == list(page["event_id"])
    assert list(ours.events(filters, columns=["title"]).columns) == ["event_id", "title"]  # the id always comes


def test_pages_follow_date_order_whatever_the_files_order(tmp_path: Path) -> None:
    events = random_events(120, seed=3)
    table = store.events_table(events)  # sorted by date ...
    store.write_table(table.take(list(range(table.num_rows))[::-1]), tmp_path / store.EVENTS_FILE)  # ... reversed
    store.write_table(store.MENTION_SCHEMA.empty_table(), tmp_path / store.MENTIONS_FILE)
    file_order = pq.read_table(tmp_path / store.EVENTS_FILE, columns=["event_id"]).column(0).to_pylist()
    source = store.StoreSource(tmp_path)
    page = source.events(Filters())
    keys = list(zip(page["date"], page["event_id"], strict=True))
    assert keys == sorted(keys) and len(keys) == 120
    assert file_order != list(page["event_id"])
    assert list(source.events(Filters(), limit=10)["event_id"]) == list(page["event_id"][:10])


def test_one_event_has_every_field(random_pair: tuple[store.StoreSource, MemorySource]) -> None:
    ours, theirs = random_pair
    for event_id in list(theirs.events(Filters())["event_id"])[::37]:
        assert ours.event(event_id) == theirs.event(event_id)
    assert ours.event("no such event") is None


def test_cached_answers_do_not_change_when_a_caller_edits_them(source: store.StoreSource) -> None:
    first = source.events(Filters())
    first.loc[0, "title"] = "edited"
    first.drop(columns=["actors"], inplace=True)
    again = source.events(Filters())
    assert "actors" in again.columns and again.loc[0, "title"] != "edited"
    hist = source.histogram(Filters(), "month")
    hist["n"] = 0
    assert source.histogram(Filters(), "month")["n"].sum() == 6



def test_a_name_told_twice_in_one_event_counts_once(tmp_path: Path) -> None:
    twice = [event("d1", D(2025, 5, 1), "meeting", actors=("Tô Lâm", "Tô Lâm", "ASEAN"), locations=("Huế", "Huế")),
             event("d2", D(2025, 5, 2), "visit", actors=("ASEAN",))]
    write_store(tmp_path, twice)
    ours = store.open_store(tmp_path)
    theirs = MemorySource(pd.DataFrame([{c: getattr(e, c) for c in EVENT_COLUMNS} for e in twice]))
    assert ours.facets() == theirs.facets()
    assert ours.facets().actors == (("ASEAN", 2), ("Tô Lâm", 1))
    assert ours.top_actors(Filters(), 5).to_dict("records") == theirs.top_actors(Filters(), 5).to_dict("records")
    assert ours.summary(Filters()) == theirs.summary(Filters())
    assert list(ours.events(Filters(actors=("Tô Lâm",)), columns=["title"])["event_id"]) == ["d1"]


def test_the_answer_cache_stays_within_its_row_budget(random_pair: tuple[store.StoreSource, MemorySource],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    ours, _ = random_pair
    monkeypatch.setattr(store_source, "CACHE_ROWS", 150)
    ours._cache.clear()
    ours._cache_rows = 0
    days = [D(2024, 1, 1) + dt.timedelta(days=30 * i) for i in range(12)]
    for day in days:  # twelve different pages of up to 100 events
        ours.events(Filters(start=day), limit=100)
    assert ours._cache_rows <= 150
    assert sum(len(v) + 1 for k, v in ours._cache.items() if k[0] == "events") == ours._cache_rows
    latest = ("events", Filters(start=days[-1]), 100, tuple(EVENT_COLUMNS))
    assert latest in ours._cache  # the newest answers are the ones kept


def test_the_default_store_is_the_projects_store_folder_not_the_package() -> None:
    # The package's own folder is timeline/store/: a build there would write into the code.
    assert store.DEFAULT_STORE == ROOT / "store"
    assert store.store_path(None) == ROOT / "store"


EXIT_PROBE = """
import sys
from timeline.dashboard import sources
from timeline.store import query
source = sources.open_store(sys.argv[1])  # what the app caches for every session, then gc.freeze()
print(source.count(query.Filters()), source.facets().n_events)
KEPT = source  # still open at exit, as in a server or a test session
"""


def test_no_duckdb_object_outlives_the_interpreter(small_store: Path) -> None:
    # DuckDB's bindings (nanobind) print "leaked instance ..." at exit for objects still alive then:
    # the app's gc.freeze() keeps DuckDB's own objects from the final collection unless undone at exit.
    snapshot = store.require_snapshot(small_store)
    done = subprocess.run([sys.executable, "-c", EXIT_PROBE, str(snapshot)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    n = len(store.read_events(small_store))
    assert done.stdout.split() == [str(n), str(n)]
    assert "leaked" not in done.stderr, done.stderr[:2000]


FORK_PROBE = """
import gc, multiprocessing, os, sys
from pathlib import Path
from timeline.store import source as store_source
from timeline.store.query import Filters

def child():
    gc.collect()  # the fork's collector finalises the source the server dropped
    os._exit(0)

if __name__ == "__main__":
    source = store_source.StoreSource(Path(sys.argv[1]))
    print(source.count(Filters()))
    source.cycle = source  # garbage only the collector frees, as a source in a traceback's cycle
    del source
    worker = multiprocessing.get_context("fork").Process(target=child)  # as the dashboard's upload worker
    worker.start()
    worker.join(60)
    print("child", worker.exitcode)
    KEPT = store_source.StoreSource(Path(sys.argv[1]))  # and one still held at exit
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform: the upload worker is spawned there")
def test_a_forked_process_never_closes_the_servers_connection(small_store: Path, tmp_path: Path) -> None:
    # DuckDB is not fork-safe: a fork's collector that finalised an inherited source closed its connection
    # and crashed the fork (the upload worker died with SIGSEGV in the full test run).
    probe = tmp_path / "fork_probe.py"
    probe.write_text(FORK_PROBE, encoding="utf-8")
    snapshot = store.require_snapshot(small_store)
    done = subprocess.run([sys.executable, str(probe), str(snapshot)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    n = len(store.read_events(small_store))
    assert done.stdout.split() == [str(n), "child", "0"], done.stdout + done.stderr[-2000:]
    assert "leaked" not in done.stderr, done.stderr[:2000]


HELD_PROBE = """
import atexit, sys
from pathlib import Path

def check():  # registered first, so run last: after the sources' finalisers
    print("dropped" if KEPT._connection.con is None else "still held", flush=True)

atexit.register(check)
from timeline.store import source as store_source
KEPT = store_source.StoreSource(Path(sys.argv[1]))  # held to the end, as Streamlit's st.cache_resource holds it
print(KEPT.count(store_source.Filters()))
"""


def test_a_source_held_until_exit_lets_its_connection_go(small_store: Path) -> None:
    # The full suite printed "nanobind: leaked ... DuckDBPyConnection": test_app's store page left its source in
    # Streamlit's process-wide st.cache_resource, which outlived DuckDB's module at teardown. The connection
    # is now closed and dropped at exit by the source's finaliser, whoever still holds the source.
    snapshot = store.require_snapshot(small_store)
    done = subprocess.run([sys.executable, "-c", HELD_PROBE, str(snapshot)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == [str(len(store.read_events(small_store))), "dropped"], done.stdout
    assert "leaked" not in done.stderr, done.stderr[:2000]


def test_a_closed_source_says_so(small_store: Path) -> None:
    source = store.open_store(small_store)
    source.close()
    source.close()  # twice is harmless
    with pytest.raises(StoreError, match=r"closed\. Fix: "):
        source.count(Filters())
