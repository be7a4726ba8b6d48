"""A compound number written in words is no day and month: "vingt-sept" is 27, not the 20th of "sept(embre)"."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates

REFERENCE = dt.date(2019, 6, 1)


@pytest.mark.parametrize("text", [
    "Les Vingt-Sept se réunissent jeudi à Bruxelles pour parler du budget.",
    "Les vingt-sept pays membres ont approuvé le texte.",
    "Le cortège comptait dix-sept tracteurs.",
    "Trente-sept salariés ont été licenciés.",
    "Soixante-sept députés ont signé la tribune.",
])
def test_a_compound_number_word_is_no_date(text: str) -> None:
    found = find_dates(text, REFERENCE, "fr")
    assert all("sept" not in text[d.start : d.end].lower() for d in found), found


@pytest.mark.parametrize(("text", "value"), [
    ("Rendez-vous le vingt-sept septembre à Lyon.", dt.date(2019, 9, 27)),
    ("Le vote aura lieu le 27-sept-2019.", dt.date(2019, 9, 27)),
    ("La réunion est fixée au 20 sept. 2019.", dt.date(2019, 9, 20)),
])
def test_a_day_in_words_or_digits_before_a_month_is_still_read(text: str, value: dt.date) -> None:
    assert value in [d.value for d in find_dates(text, REFERENCE, "fr")]
