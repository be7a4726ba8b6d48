"""An offset back from the reference date counted in years is no calendar date in news (round twenty-seven, off27).

``Options.years_ago``: 'none' (news, the default: the written and fresh date gold leave "il y a dix ans" out, MEANTIME's
dev half writes "two years ago" as a DURATION) or 'year' (the peer suites' convention: its year). The units are
``offset_back_undated_units`` in ``timeline/lang/<lang>/words.yaml``. Days, weeks and months back keep their day (the
TimeML sets value them); an exact anniversary ("jour pour jour") keeps its day; offsets ahead and offsets counted from
the story's previous date are not touched. Sentences of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from events_support import merged_events

from benchmarks import dates_bench
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 3, 11)  # a Wednesday


def read(text: str, lang: str, **options: str) -> list[tuple[str, str, str]]:
    found = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past", **options))  # type: ignore[arg-type]
    return [(m.text, m.value.isoformat(), m.precision) for m in found]


# ---- news: years back, no date; the words are claimed, so no other step reads them ---------------------------------

YEARS_BACK = [
    ("fr", "Il y a dix ans, la brasserie ouvrait ses portes.", []),
    ("fr", "Le pont a été repeint il y a deux ans.", []),
    ("fr", "Voilà quinze ans, le village comptait trois écoles.", []),
    ("fr", "Voici un an, le conseil votait le budget.", []),
    ("fr", "Il y a 12 ans, la digue avait cédé.", []),
    ("fr", "Il y a près de vingt ans, l'atelier fermait.", []),
    ("fr", "Il y a tout juste un an, la halle brûlait.", []),
    ("fr", "Il y a six ans, le 4 mai 2020, la halle brûlait.", [("4 mai 2020", "2020-05-04", "day")]),
    ("en", "The ferry line was opened ten years ago.", []),
    ("en", "Two years ago, the orchard was sold.", []),
    ("en", "The mill closed 35 years ago.", []),
    ("en", "About a year ago, the library moved.", []),
    ("en", "Fifteen years ago, on 2 June 2011, the tower fell.", [("2 June 2011", "2011-06-02", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEARS_BACK, ids=[f"{r[0]}-{r[1][:40]}" for r in YEARS_BACK])
def test_years_back_are_no_date_in_news(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- what keeps its date: shorter units back, an exact anniversary, offsets ahead -----------------------------------

KEPT = [
    ("fr", "Il y a trois jours, la brasserie a fermé.", [("Il y a trois jours", "2026-03-08", "day")]),
    ("fr", "Le pont a rouvert il y a deux semaines.", [("il y a deux semaines", "2026-02-25", "day")]),
    ("fr", "Il y a dix ans jour pour jour, la halle brûlait.",
     [("Il y a dix ans jour pour jour", "2016-03-11", "day")]),
    ("en", "The ferry line was opened three days ago.", [("three days ago", "2026-03-08", "day")]),
    ("en", "Two weeks ago, the orchard was sold.", [("Two weeks ago", "2026-02-25", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), KEPT, ids=[f"{r[0]}-{r[1][:40]}" for r in KEPT])
def test_shorter_offsets_and_anniversaries_keep_their_day(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- the peer suites' convention: the year ---------------------------------------------------------------------------

PEER = [
    ("fr", "Il y a dix ans, la brasserie ouvrait ses portes.", [("Il y a dix ans", "2016-01-01", "year")]),
    ("fr", "Voilà quinze ans, le village comptait trois écoles.", [("Voilà quinze ans", "2011-01-01", "year")]),
    ("en", "The ferry line was opened ten years ago.", [("ten years ago", "2016-01-01", "year")]),
    ("en", "Two years ago, the orchard was sold.", [("Two years ago", "2024-01-01", "year")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PEER, ids=[f"{r[0]}-{r[1][:40]}" for r in PEER])
def test_years_back_are_their_year_in_the_peer_convention(lang: str, text: str, expected: list) -> None:
    assert read(text, lang, years_ago="year") == expected


def test_the_peer_benchmark_reads_years_back() -> None:
    preds = dates_bench.ours("il y a deux ans", dt.date(2013, 2, 12), "fr", "future")
    assert [(p.first, p.last) for p in preds] == [(dt.date(2011, 1, 1), dt.date(2011, 12, 31))]


def test_years_ago_is_checked() -> None:
    with pytest.raises(ValueError, match="years_ago"):
        Options(years_ago="years")


# ---- events: a year back makes no event, and does not date the sentence's happening at the page's day -------------

EVENTS = [
    ("fr", "Il y a dix ans, l'usine de Vernelle a fermé ses portes. Mardi, le maire a inauguré le nouveau musée.",
     [dt.date(2026, 3, 10)]),
    ("en", "Ten years ago, the Harwick mill was shut down. On Tuesday, the mayor opened the new museum.",
     [dt.date(2026, 3, 10)]),
]


@pytest.mark.parametrize(("lang", "text", "days"), EVENTS, ids=[r[0] for r in EVENTS])
def test_a_year_back_makes_no_event(lang: str, text: str, days: list) -> None:
    assert sorted({d for d, _ in merged_events(text, lang, REF, None)}) == days
