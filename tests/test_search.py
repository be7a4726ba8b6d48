"""Search is accent- and case-insensitive everywhere (issue 14, point 2): the type-ahead lists and the text search.

The type-ahead lists are filtered by Streamlit in the browser, on each option's label, ignoring case only:
the label carries the plain spelling beside an accented name. The text search folds both sides.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline.dashboard.views import typeahead_label
from timeline.store.query import Filters, MemorySource, read_events_file, read_mentions_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize(("name", "label"), [
    ("Tô Lâm", "Tô Lâm (To Lam)"),
    ("Trần Cẩm Tú", "Trần Cẩm Tú (Tran Cam Tu)"),
    ("Lê Hoài Trung", "Lê Hoài Trung (Le Hoai Trung)"),
    ("Đà Nẵng", "Đà Nẵng (Da Nang)"),
    ("Hanoï", "Hanoï (Hanoi)"),
    ("Emmanuel Macron", "Emmanuel Macron"),  # nothing to add
    ("vn_001.txt", "vn_001.txt"),
], ids=["to-lam", "tran-cam-tu", "le-hoai-trung", "da-nang-d-bar", "french-diaeresis", "plain", "article"])
def test_typeahead_labels_carry_the_plain_spelling(name: str, label: str) -> None:
    assert typeahead_label(name) == label


@pytest.mark.parametrize("typed", ["to lam", "TO LAM", "tran cam tu", "le hoai trung"])
def test_what_people_type_is_found_as_streamlit_filters(typed: str) -> None:
    """Streamlit's "contains" test on the label, lower-cased (the fuzzy mode also ranks these first)."""
    names = ["Commission de la sensibilisation, de l'éducation et de la mobilisation", "Tô Lâm", "Trần Cẩm Tú",
             "Lê Hoài Trung"]
    found = [n for n in names if typed.lower() in typeahead_label(n).lower()]
    assert len(found) == 1


@pytest.fixture(scope="module")
def source() -> Iterator[MemorySource]:
    yield MemorySource(read_events_file(str(FIXTURES / "events.jsonl")),
                       read_mentions_file(str(FIXTURES / "mentions.jsonl")))


def _some(source: MemorySource, column: str) -> str:
    events = source.events(Filters())
    return next(str(v) for cell in events[column] for v in cell if any(ord(c) > 127 for c in str(v)))


@pytest.mark.parametrize("column", ["actors", "locations"])
def test_text_search_finds_actors_and_places_without_accents(source: MemorySource, column: str) -> None:
    from timeline.lang import fold

    name = _some(source, column)
    events = source.events(Filters())
    having = {i for i, cell in zip(events["event_id"], events[column], strict=True) if name in cell}
    found = set(source.events(Filters(text=fold(name).upper()))["event_id"])
    assert having and having <= found


@pytest.mark.parametrize(("column", "name", "typed"), [("actors", "Nguyễn Văn Khải", "nguyen van khai"),
                                                       ("locations", "Đồng Nai", "DONG NAI")])
def test_a_name_only_in_the_actors_or_places_is_found(source: MemorySource, column: str, name: str,
                                                      typed: str) -> None:
    events = source.events(Filters())
    events[column] = [[name] if i == 0 else list(cell) for i, cell in enumerate(events[column])]
    found = MemorySource(events, None).events(Filters(text=typed))
    assert list(found["event_id"]) == [events["event_id"].iloc[0]]
