"""Properties of find_dates on any text: it never raises and its mentions are well formed."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.dates import find_dates
from timeline.extraction.dates.context import lowest_year
from timeline.settings import Options

FRAGMENTS = [
    "le", "du", "au", "et", "les", "entre", "from", "to", "between", "and", "the", "of", "on", "in", "en",
    "1er", "22", "3", "31", "2025", "1999", "0", "30", "2.000", "n°57", "8h30", "-", "–", "/", ".", ",", " ",
    "mars", "March", "décembre", "Dec.", "sept", "may", "mai", "févr.", "samedi", "Sunday", "mar", "sa", "Je",
    "hier", "demain", "yesterday", "la veille", "le lendemain", "the next day", "dernier", "prochain", "next",
    "last", "semaine", "week", "mois", "année", "year", "début", "fin", "mi-", "early", "late", "il y a",
    "dans", "ago", "trois", "three", "jours", "days", "Noël", "trimestre", "Q3", "\n", "2025-2030", "d'ici",
]

fragment_text = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join)
glued_text = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join)
references = st.one_of(st.none(), st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2099, 12, 31)))
any_text = st.one_of(st.text(max_size=300), fragment_text, glued_text)


def check(text: str, reference: dt.date | None, lang: str, bare: str) -> None:
    options = Options(bare_weekday=bare)
    mentions = find_dates(text, reference, lang, options)
    previous_end = 0
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.start >= previous_end, "sorted and non-overlapping"
        previous_end = m.end
        floor = lowest_year(m.rule, options)
        assert floor <= m.value.year <= options.latest_year
        assert m.precision in ("day", "week", "month", "year")
        if m.end_value is not None:
            assert m.end_value >= m.value
            assert floor <= m.end_value.year <= options.latest_year
        assert 0.0 <= m.confidence <= 1.0
        if reference is None:
            assert m.rule not in ("weekday", "relative_day", "relative_period", "day_alone")


@given(text=any_text, reference=references, lang=st.sampled_from(["fr", "en", "de"]),
       bare=st.sampled_from(["past", "future"]))
def test_any_text_gives_well_formed_mentions(text: str, reference: dt.date | None, lang: str, bare: str) -> None:
    check(text, reference, lang, bare)


@pytest.mark.fuzz
@pytest.mark.skipif(os.environ.get("HYPOTHESIS_PROFILE") != "fuzz", reason="long run: `make fuzz` (10,000 cases)")
@given(text=any_text, reference=references, lang=st.sampled_from(["fr", "en"]),
       bare=st.sampled_from(["past", "future"]))
def test_fuzz_any_text(text: str, reference: dt.date | None, lang: str, bare: str) -> None:
    check(text, reference, lang, bare)
