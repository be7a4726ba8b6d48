"""A period word and its unit are of one language (round thirty-five, lead).

The date lexicon reads both languages' words, so an English period word ("following", "past", "last") before the
French unit "an" read as a year: "Following an address" was next year, "walked past an old shop" last year. A
period phrase is now kept only when one language holds both its words. Sentences written for this table.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import find_dates

REF = dt.date(2025, 3, 12)

# (lang, sentence, the dates' texts and values a reader gives)
ROWS = [
    ("en", "Following an hour-long speech by the governor, the board adjourned.", []),
    ("en", "The courier walked past an empty kiosk near the harbour.", []),
    ("en", "Last an envoy came, nobody listened.", []),
    ("en", "The following year the board adjourned for good.", [("The following year", dt.date(2026, 1, 1))]),
    ("en", "Prices rose sharply last year.", [("last year", dt.date(2024, 1, 1))]),
    ("en", "The board meets again this weekend.", [("this weekend", dt.date(2025, 3, 15))]),
    ("fr", "L'an dernier, le conseil a voté le budget.", [("L'an dernier", dt.date(2024, 1, 1))]),
    ("fr", "Cette année, le conseil votera le budget.", [("Cette année", dt.date(2025, 1, 1))]),
    ("fr", "Le club jouera ce weekend à domicile.", [("ce weekend", dt.date(2025, 3, 15))]),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), ROWS)
def test_a_period_phrase_is_of_one_language(lang: str, sentence: str, expected: list[tuple[str, dt.date]]) -> None:
    found = [(m.text, m.value) for m in find_dates(sentence, REF, lang=lang)]
    assert found == expected
