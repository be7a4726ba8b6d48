"""Filters over the events table (timeline/store/query.py): filter_events and MemorySource, on tests/fixtures."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as s

from timeline.models import EVENT_COLUMNS
from timeline.store.query import (
    Filters,
    MemorySource,
    Summary,
    as_date,
    as_dict,
    as_list,
    filter_events,
    fold_query,
    normalize_events,
    period_end,
    read_events_file,
    read_mentions_file,
    span_end,
    summarize,
    summary_of,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
from synthetic import synthetic_events  # noqa: E402

D = dt.date


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return read_events_file(str(FIXTURES / "events.jsonl"))


@pytest.fixture(scope="module")
def source(events: pd.DataFrame) -> MemorySource:
    return MemorySource(events, read_mentions_file(str(FIXTURES / "mentions.jsonl")))


def titles(frame: pd.DataFrame) -> set[str]:
    return set(frame["title"])


# --- one filter at a time: (filters, titles that must match) -----------------------------------

CASES = [
    pytest.param(Filters(types=("summit",)), {"ASEAN summit in Kuala Lumpur"}, id="type"),
    pytest.param(Filters(types=("visit", "summit")), {"ASEAN summit in Kuala Lumpur", "Visite d'État en France"},
                 id="types-any-of"),
    pytest.param(Filters(actors=("Emmanuel Macron",)), {"Visite d'État en France"}, id="actor"),
    pytest.param(Filters(actors=("Anwar Ibrahim", "Emmanuel Macron")),
                 {"Visite d'État en France", "ASEAN summit in Kuala Lumpur"}, id="actors-any-of"),
    pytest.param(Filters(actors=("Nobody",)), set(), id="unknown-actor"),
    pytest.param(Filters(sources=("en_003.txt",)), {"Meeting between Vietnam and Japan foreign ministers"},
                 id="source"),
    pytest.param(Filters(locations=("Paris", "Tokyo")),
                 {"Visite d'État en France", "Meeting between Vietnam and Japan foreign ministers"}, id="locations"),
    pytest.param(Filters(text="KUALA lumpur"), {"ASEAN summit in Kuala Lumpur"}, id="text-case"),
    pytest.param(Filters(text="etat"), {"Visite d'État en France"}, id="text-accents"),
    pytest.param(Filters(text="to lam a effectue"), {"Visite d'État en France"}, id="text-in-evidence"),
    pytest.param(Filters(text="  hanoi   with "), {"Vietnam-EU business forum"}, id="text-spaces-collapsed"),
    # date ranges overlap: "du 17 au 20 décembre" is in a view that starts on the 19th
    pytest.param(Filters(start=D(2025, 12, 19), end=D(2025, 12, 19)),
                 {"Conférence nationale sur l'économie numérique", "Réunion du Premier ministre avec les entreprises",
                  "Élections législatives"}, id="range-overlaps-day"),
    # a month-precise event covers its month; a year-precise one its year
    pytest.param(Filters(start=D(2024, 12, 31), end=D(2024, 12, 31)), {"Résolution 57 du Politburo"},
                 id="month-covers-its-last-day"),
    pytest.param(Filters(start=D(2025, 2, 5), end=D(2025, 2, 5)),
                 {"Réunions de travail sur le budget", "Élections législatives"}, id="week-covers-seven-days"),
    pytest.param(Filters(start=D(2026, 1, 1)), {"14e Congrès national du Parti"}, id="open-end"),
    pytest.param(Filters(end=D(2024, 12, 31)), {"Résolution 57 du Politburo"}, id="open-start"),
]


@pytest.mark.parametrize(("filters", "expected"), CASES)
def test_filter_events(events: pd.DataFrame, filters: Filters, expected: set[str]) -> None:
    assert titles(filter_events(events, filters)) == expected


@pytest.mark.parametrize(("filters", "expected"), CASES)
def test_memory_source_gives_filter_events_answers(source: MemorySource, filters: Filters, expected: set[str]) -> None:
    assert titles(source.events(filters)) == expected
    assert source.count(filters) == len(expected)


def test_coarse_events_can_be_left_out(events: pd.DataFrame) -> None:
    kept = filter_events(events, Filters(include_coarse=False))
    assert set(kept["precision"]) == {"day", "week"}
    assert len(kept) == len(events) - 2


def test_status_filter(events: pd.DataFrame) -> None:
    planned = filter_events(events, Filters(statuses=("planned",)))
    assert set(planned["status"]) == {"planned"} and len(planned) == 3


def test_filters_combine_with_and(events: pd.DataFrame) -> None:
    both = filter_events(events, Filters(types=("meeting",), actors=("Pham Minh Chinh",)))
    assert titles(both) == {"Réunion du Premier ministre avec les entreprises"}


def test_no_filter_keeps_everything(events: pd.DataFrame) -> None:
    assert len(filter_events(events, Filters())) == len(events) == 16


def test_events_are_sorted_by_date_then_id(source: MemorySource) -> None:
    frame = source.events(Filters())
    keys = list(zip(frame["date"], frame["event_id"], strict=True))
    assert keys == sorted(keys)
    assert list(frame.columns) == list(EVENT_COLUMNS)


def test_limit_keeps_the_first_rows(source: MemorySource) -> None:
    assert list(source.events(Filters(), limit=3)["event_id"]) == list(source.events(Filters())["event_id"][:3])


def test_facets_cover_the_whole_source(source: MemorySource) -> None:
    facets = source.facets()
    assert facets.n_events == 16
    assert facets.types[:3] == ("congress", "conference", "consultation")  # EVENT_TYPES order
    assert facets.actors[0] == ("Pham Minh Chinh", 4)
    assert facets.min_date == D(2024, 12, 1) and facets.max_date == D(2026, 1, 25)
    assert "vn_001.txt" in facets.sources and "Paris" in facets.locations


def test_mentions_of_events(source: MemorySource) -> None:
    first = source.events(Filters(types=("session",)))["event_id"].iloc[0]
    found = source.mentions([first])
    assert len(found) == 3 and set(found["event_id"]) == {first}
    assert source.mentions([]).empty


@pytest.mark.parametrize(("freq", "periods"), [
    ("day", [D(2025, 12, 17), D(2025, 12, 19), D(2025, 12, 20)]),
    ("week", [D(2025, 12, 15)]),
    ("month", [D(2025, 12, 1)]),
], ids=["day", "week-starts-monday", "month"])
def test_histogram_periods(source: MemorySource, freq: str, periods: list[dt.date]) -> None:
    hist = source.histogram(Filters(start=D(2025, 12, 15), end=D(2025, 12, 21), include_coarse=False), freq)
    assert sorted(set(hist["period"])) == periods
    assert hist["n"].sum() == 3


def test_histogram_counts_by_type(source: MemorySource) -> None:
    hist = source.histogram(Filters(), "month")
    assert list(hist.columns) == ["period", "event_type", "n"]
    assert hist["n"].sum() == 16
    assert hist.set_index(["period", "event_type"]).loc[(D(2025, 12, 1), "conference"), "n"] == 2


def test_histogram_rejects_unknown_freq(source: MemorySource) -> None:
    with pytest.raises(ValueError, match="freq"):
        source.histogram(Filters(), "fortnight")


def test_top_actors_stacked_by_type(source: MemorySource) -> None:
    top = source.top_actors(Filters(), 2)
    assert list(dict.fromkeys(top["actor"])) == ["Pham Minh Chinh", "Tô Lâm"]
    assert top[top["actor"] == "Pham Minh Chinh"]["n"].sum() == 4
    assert set(top[top["actor"] == "Tô Lâm"]["event_type"]) == {"congress", "visit"}


def test_top_actors_follow_filters(source: MemorySource) -> None:
    top = source.top_actors(Filters(types=("summit",)), 10)
    assert set(top["actor"]) == {"ASEAN", "Pham Minh Chinh", "Anwar Ibrahim"}


def test_empty_view(source: MemorySource) -> None:
    nothing = Filters(text="no such words anywhere")
    assert source.count(nothing) == 0
    assert source.events(nothing).empty
    assert source.histogram(nothing, "day").empty
    assert source.top_actors(nothing, 5).empty
    assert source.summary(nothing) == Summary()


def test_summary(source: MemorySource) -> None:
    got = source.summary(Filters(types=("congress",)))
    assert got == Summary(n_events=2, n_articles=3, n_actors=2, first=D(2025, 3, 22), last=D(2026, 1, 25))


def test_summarize_falls_back_to_the_events(source: MemorySource, events: pd.DataFrame) -> None:
    filters = Filters(types=("meeting",))
    plain = WithoutSummary(source)
    assert summarize(plain, filters) == source.summary(filters) == summary_of(source.events(filters))  # type: ignore


class WithoutSummary:
    """An EventSource without the optional ``summary`` method (like a store may be)."""

    def __init__(self, source: MemorySource) -> None:
        self.source = source

    def __getattr__(self, name: str) -> object:
        if name == "summary":
            raise AttributeError(name)
        return getattr(self.source, name)


def test_summarize_a_big_view_without_fetching_it(synthetic: tuple[pd.DataFrame, MemorySource],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.store import query

    _, source = synthetic
    monkeypatch.setattr(query, "MAX_POINTS", 1_000)
    got = summarize(WithoutSummary(source), Filters())  # type: ignore[arg-type]
    assert got.n_events == len(source) and got.n_articles is None and got.n_actors is None
    assert got.first == source.summary(Filters()).first


def test_event_by_id(source: MemorySource) -> None:
    first = source.events(Filters())["event_id"].iloc[0]
    assert source.event(first)["event_id"] == first  # type: ignore[index]
    assert source.event("nope") is None


# --- values as they come from JSON, Parquet or the pipeline ------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    (None, []), ("", []), ("x", ["x"]), ('["a", "b"]', ["a", "b"]), (("a",), ["a"]), (float("nan"), []),
], ids=["none", "empty", "text", "json", "tuple", "nan"])
def test_as_list(value: object, expected: list[str]) -> None:
    assert as_list(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ({"A": "chair"}, {"A": "chair"}), ('{"A": "chair"}', {"A": "chair"}), ([("A", "chair")], {"A": "chair"}),
    (None, {}), ("not json", {}),
], ids=["dict", "json", "pairs", "none", "junk"])
def test_as_dict(value: object, expected: dict[str, str]) -> None:
    assert as_dict(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-03-22", D(2025, 3, 22)), ("2025-03", D(2025, 3, 1)), ("2025", D(2025, 1, 1)),
    (pd.Timestamp("2025-03-22"), D(2025, 3, 22)), (dt.datetime(2025, 3, 22, 10), D(2025, 3, 22)), (None, None),
    (pd.NaT, None),
], ids=["iso", "month", "year", "timestamp", "datetime", "none", "nat"])
def test_as_date(value: object, expected: dt.date | None) -> None:
    assert as_date(value) == expected


@pytest.mark.parametrize(("value", "precision", "expected"), [
    (D(2025, 3, 22), "day", D(2025, 3, 22)),
    (D(2025, 3, 17), "week", D(2025, 3, 23)),
    (D(2024, 2, 1), "month", D(2024, 2, 29)),
    (D(2025, 1, 1), "year", D(2025, 12, 31)),
], ids=["day", "week", "month-leap", "year"])
def test_period_end(value: dt.date, precision: str, expected: dt.date) -> None:
    assert period_end(value, precision) == expected


def test_span_end_uses_the_range_end() -> None:
    assert span_end(D(2025, 12, 17), D(2025, 12, 20), "day") == D(2025, 12, 20)
    assert span_end(D(2025, 3, 1), D(2025, 5, 1), "month") == D(2025, 5, 31)
    assert span_end(D(2025, 3, 1), D(2025, 1, 1), "day") == D(2025, 3, 1)  # an end before the start is ignored


@pytest.mark.parametrize(("text", "expected"), [
    ("Tô Lâm", "to lam"), ("  ĐÀ   Nẵng ", "da nang"), ("", ""),
], ids=["vietnamese", "spaces-and-d-stroke", "empty"])
def test_fold_query(text: str, expected: str) -> None:
    assert fold_query(text) == expected


def test_normalize_events_reads_parquet_shapes(events: pd.DataFrame, tmp_path: Path) -> None:
    from timeline.dashboard import export

    path = tmp_path / "events.parquet"
    export.write_parquet(events, path)
    back = read_events_file(str(path))
    assert back["roles"].tolist() == events["roles"].tolist()
    assert back["actors"].tolist() == events["actors"].tolist()
    assert back["date"].tolist() == events["date"].tolist()


def test_normalize_events_fills_missing_columns() -> None:
    frame = normalize_events([{"event_id": "e1", "date": "2025-01-02", "title": "T"}])
    assert list(frame.columns) == list(EVENT_COLUMNS)
    assert frame.loc[0, "actors"] == [] and frame.loc[0, "precision"] == "day"


def test_rows_without_a_date_are_dropped() -> None:
    assert normalize_events([{"event_id": "e1", "date": None}, {"event_id": "e2", "date": "2025-01-02"}])[
        "event_id"].tolist() == ["e2"]


# --- at scale: the in-memory source agrees with the plain function -----------------------------

@pytest.fixture(scope="module")
def synthetic() -> tuple[pd.DataFrame, MemorySource]:
    frame, mentions = synthetic_events(3_000, seed=11)
    return frame, MemorySource(frame, mentions)


@settings(max_examples=40)
@given(
    types=s.lists(s.sampled_from(["meeting", "visit", "summit", "other"]), max_size=2, unique=True),
    actor=s.sampled_from(["", "Tô Lâm", "Japan", "Acteur 0003"]),
    start=s.one_of(s.none(), s.dates(D(2014, 1, 1), D(2027, 1, 1))),
    days=s.integers(0, 900),
    coarse=s.booleans(),
    text=s.sampled_from(["", "hanoi", "TOKYO", "réunion"]),
)
def test_memory_source_matches_filter_events(synthetic: tuple[pd.DataFrame, MemorySource], types: list[str],
                                             actor: str, start: dt.date | None, days: int, coarse: bool,
                                             text: str) -> None:
    frame, source = synthetic
    filters = Filters(start=start, end=start + dt.timedelta(days=days) if start else None, types=tuple(types),
                      actors=(actor,) if actor else (), include_coarse=coarse, text=text)
    expected = filter_events(frame, filters)
    assert sorted(source.events(filters)["event_id"]) == sorted(expected["event_id"])
    assert source.histogram(filters, "week")["n"].sum() == len(expected)
