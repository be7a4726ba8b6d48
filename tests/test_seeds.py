"""End to end on the two seed pages: files -> dates -> events -> merged rows.

The pages are dated 2025-12-20 (the first by its source URL, the second by its latest full date);
``Options.reference_date`` gives the same date as a fallback only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline import lang as lexicon
from timeline.models import Event
from timeline.settings import Options

pipeline = pytest.importorskip("timeline.extraction.pipeline", reason="the pipeline needs ingest, dates and actors")


def folded(names: tuple[str, ...] | list[str]) -> set[str]:
    return {" ".join(lexicon.fold(n).replace("-", " ").split()) for n in names}


@pytest.fixture(scope="module")
def extraction(seeds_dir: Path, reference_date: dt.date) -> pipeline.Extraction:
    return pipeline.extract([seeds_dir], Options(reference_date=reference_date))


@pytest.fixture(scope="module")
def events(extraction: pipeline.Extraction) -> list[Event]:
    return extraction.events


# (name, type, date, end date, actors that must be there, words of the title)
EXPECTED = [
    ("national data association congress", "congress", dt.date(2025, 3, 22), None,
     ["Tô Lâm", "Pham Minh Chinh", "Luong Tam Quang"], ["congrès", "Association nationale des données"]),
    ("resolution 57", "decision", dt.date(2024, 12, 22), None, [], ["57"]),
    ("Vietnam-France consultation", "consultation", dt.date(2025, 12, 19), None,
     ["Lê Thi Thu Hang", "Benoît Guidée"], ["consultation", "France"]),
    ("meeting on the 14th Congress preparations", "meeting", dt.date(2025, 12, 19), None, ["Tran Cam Tu"],
     ["réunion"]),
    ("national conference of the Commission", "conference", dt.date(2025, 12, 19), None,
     ["Tô Lâm", "Trân Câm Tu"], ["conférence", "Commission"]),
    ("conference chaired by the Prime Minister", "conference", dt.date(2025, 12, 18), None, ["Pham Minh Chinh"],
     ["conférence"]),
    ("Vietnam-Laos consultation", "consultation", dt.date(2025, 12, 17), dt.date(2025, 12, 20),
     ["Lê Hoài Trung", "Thongsavanh Phomvihane"], ["consultation", "Laos"]),
]


def _rows(events: list[Event], event_type: str, date: dt.date) -> list[Event]:
    return [e for e in events if e.event_type == event_type and e.date == date]


@pytest.mark.parametrize(("name", "event_type", "date", "end_date", "actors", "words"), EXPECTED,
                         ids=[e[0] for e in EXPECTED])
def test_expected_event_is_one_row(events: list[Event], name: str, event_type: str, date: dt.date,
                                   end_date: dt.date | None, actors: list[str], words: list[str]) -> None:
    candidates = [e for e in _rows(events, event_type, date)
                  if all(lexicon.fold(w) in lexicon.fold(e.title + " " + " ".join(e.evidence)) for w in words)]
    assert len(candidates) == 1, f"{name}: {[(e.date, e.event_type, e.title) for e in events]}"
    [event] = candidates
    assert event.end_date == end_date
    assert folded(actors) <= folded(event.actors), f"{name}: actors {event.actors}"
    assert event.status == "held"


def test_no_other_rows(events: list[Event]) -> None:
    expected = sorted((e[1], e[2]) for e in EXPECTED)
    assert sorted((e.event_type, e.date) for e in events) == expected


def test_the_congress_is_one_row_told_three_times(events: list[Event]) -> None:
    [congress] = _rows(events, "congress", dt.date(2025, 3, 22))
    assert len(congress.evidence) >= 2
    assert congress.title.startswith("Premier congrès national")


def test_resolution_57_merges_both_articles(events: list[Event]) -> None:
    [decision] = _rows(events, "decision", dt.date(2024, 12, 22))
    assert decision.n_sources == 2 and decision.precision == "day"
    assert len(decision.sources) == 2


@pytest.mark.parametrize("name", ["NHAT BAC", "VNA", "Photo"])
def test_credits_are_not_actors(events: list[Event], name: str) -> None:
    assert all(lexicon.fold(name) not in folded(e.actors) for e in events)


def test_no_event_from_terms_page_dates_or_bilans(events: list[Event]) -> None:
    assert all(e.precision == "day" for e in events)
    assert all(e.date != dt.date(2025, 12, 20) or e.end_date for e in events)
    assert all("2025-2030" not in e.date_text and "13e" not in e.title for e in events)


def test_titles_are_short(events: list[Event]) -> None:
    assert all(0 < len(e.title) <= 90 for e in events)


def test_evidence_comes_from_the_body_not_captions(events: list[Event]) -> None:
    for event in events:
        assert all("Photo" not in sentence for sentence in event.evidence)


def test_ids_are_stable_across_runs(seeds_dir: Path, reference_date: dt.date, events: list[Event]) -> None:
    again = pipeline.extract([seeds_dir], Options(reference_date=reference_date)).events
    assert [e.event_id for e in again] == [e.event_id for e in events]


def test_every_mention_points_to_a_row(extraction: pipeline.Extraction) -> None:
    ids = {e.event_id for e in extraction.events}
    assert extraction.mentions and all(m.event_id in ids for m in extraction.mentions)
