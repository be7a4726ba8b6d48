"""A date that qualifies the happening noun right after it names that noun's day, round twenty-eight (inc28).

Counted in two dev sources (docs/BENCHMARKS.md, "inc28, round twenty-eight"): a missed incident of fresh dev (one
outlet) whose weekday in the possessive, after the agent's "by", was read as a deadline, and a missed protest of
real-news dev fr whose day, after "jusqu'à", opened an apposition naming the protest day. ``events/qualified_dates.py``:
a bound before such a date governs the noun phrase, the date is its happening's day; a deadline noun there keeps
the bound. Strict xfails hold the protests and incidents counted and not fixed.

Every sentence is written for these tests (none is taken from an article).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction.pipeline import extract
from timeline.settings import Options


def _rows(tmp_path: Path, lang: str, published: dt.date, text: str) -> set[tuple[str, str]]:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"id": "a1", "title": "Dépêche" if lang == "fr" else "Dispatch", "text": text,
                                "lang": lang, "published": published.isoformat()}), encoding="utf-8")
    return {(e.date.isoformat(), e.event_type) for e in extract([path], Options(reference_date=published)).events}


TUESDAY = dt.date(2026, 3, 10)  # Sunday the 8th, Friday the 13th

CASES = [
    # a possessive weekday after the agent's "by": the storm's day, no deadline
    ("en", "Dozens of families were left homeless by Sunday's violent storm along the coast.",
     ("2026-03-08", "incident")),
    ("en", "Two villages were cut off by Sunday's landslide in the valley.", ("2026-03-08", "incident")),
    # an apposition after a bound that names a happening of that day
    ("fr", "La grève des éboueurs est prolongée jusqu'au vendredi 13, journée de grève nationale.",
     ("2026-03-13", None)),  # dated; its type is the pairing's (here the extension, a decision)
    ("en", "The dockers' stoppage will be extended until Friday, a national day of protest.",
     ("2026-03-13", "protest")),
]


@pytest.mark.parametrize(("lang", "text", "row"), CASES)
def test_a_qualified_date_dates_its_noun(tmp_path: Path, lang: str, text: str, row: tuple[str, str | None]) -> None:
    rows = _rows(tmp_path, lang, TUESDAY, text)
    assert row in rows if row[1] else any(day == row[0] for day, _ in rows)


KEPT = [
    # a deadline noun after the possessive keeps the bound: no happening on Friday
    ("en", "Suppliers must send their bids by Friday's deadline to the county office."),
    ("fr", "Les candidatures doivent parvenir avant vendredi 13, journée de clôture des dépôts."),
]


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_a_deadline_keeps_its_bound(tmp_path: Path, lang: str, text: str) -> None:
    assert not any(day == "2026-03-13" for day, _ in _rows(tmp_path, lang, TUESDAY, text))


UNFIXED = [
    # a count of people after a day and its comma read as a year ("3 novembre, 1500 ..."): one fresh outlet only
    ("fr", dt.date(2006, 11, 8), "Vendredi 3 novembre, 1500 salariés ont défilé dans les rues de la préfecture.",
     ("2006-11-03", "protest")),
    # a night told by "overnight" alone, the day before the page (two fresh outlets; no fix this round)
    ("en", dt.date(2019, 9, 7), "Several barns were destroyed after a grass fire tore through the district overnight.",
     ("2019-09-06", "incident")),
]


@pytest.mark.xfail(strict=True, reason="counted in round twenty-eight (inc28), not fixed")
@pytest.mark.parametrize(("lang", "published", "text", "row"), UNFIXED)
def test_counted_not_fixed(tmp_path: Path, lang: str, published: dt.date, text: str, row: tuple[str, str]) -> None:
    assert row in _rows(tmp_path, lang, published, text)


def test_a_bushfire_is_an_incident(tmp_path: Path) -> None:
    """Counted in round twenty-eight, fixed in round thirty-three (typ33: bush and brush fires in the vocabulary)."""
    text = "Crews are bracing for a severe bushfire on Tuesday across the ranges."
    rows = _rows(tmp_path, "en", dt.date(2019, 11, 11), text)
    assert ("2019-11-12", "incident") in rows
