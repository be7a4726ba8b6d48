"""A bare year after a cue the engine lacked, round thirty-seven (issue 12, helper mtm37).

Two shapes of one class, "a year with no cue word before it is no date": the year that closes a law's name ("the
Fisheries (Amendment) Bill, 2021", "la Constitution de 1996": ``year_law_nouns`` as written, case counts, then a
comma or a word of ``year_law_links``; dates/patterns._law_year) and a bound told as a measure back or ahead ("as far
back as 2004", "remonte à 1921": ``year_cues``, ``old_year_cues``). ``FOUND`` are our own sentences in both
languages; ``KEPT`` the counts and names that must stay no date (a lower-case verb "act", a first name "Bill" with
another word between, a count after "de"). Reference date: Thursday 3 December 2026 (news conventions). Rows are
(text, lang, [(words, first day, precision)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import ids as _ids
from tests.fixtures.date_rows import read_past

REF = dt.date(2026, 12, 3)

FOUND = [
    ("The senators passed the Fisheries (Amendment) Bill, 2021 without a vote.", "en",
     [("2021", "2021-01-01", "year")]),
    ("She was fined under the Waste Control Act 2019 last month.", "en",
     [("2019", "2019-01-01", "year"), ("last month", "2026-11-01", "month")]),
    ("The loan for the harbour was agreed as far back as 2004, the mayor said.", "en",
     [("2004", "2004-01-01", "year")]),
    ("Talks on the canal began as early as 1887 in Lisbon.", "en",
     [("1887", "1887-01-01", "year")]),
    ("Le député veut remplacer la Constitution de 1996 par un texte nouveau.", "fr",
     [("1996", "1996-01-01", "year")]),
    ("La passerelle en bois remonte à 1921. Elle sera rénovée.", "fr",
     [("1921", "1921-01-01", "year")]),
    ("Le maire invoque une ordonnance de 2015 pour fermer le marché.", "fr",
     [("2015", "2015-01-01", "year")]),
]

KEPT = [
    ("The dancers act 2000 times a season on that stage.", "en", []),
    ("Bill Hanlon gave 2000 books to the library.", "en", []),
    ("La loi impose plus de 2000 contrôles par an.", "fr", []),
]


@pytest.mark.parametrize("text,lang,expected", FOUND + KEPT, ids=_ids(FOUND + KEPT))
def test_year_after_a_missing_cue(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert read_past(text, lang, REF) == expected


# --------------------------------------------------------------------------- a law's year dates no happening

THURSDAY = dt.date(2026, 3, 12)

LAW_EVENTS = [  # (lang, text, the happening dates): the law's year is a date of its name, never an event's
    ("en", "Parliament passed the Harbour Dues (Amendment) Bill, 2025 on Tuesday.", [dt.date(2026, 3, 10)]),
    ("en", "The senators rejected the Fisheries Bill, 2024 after a long debate.", []),
    ("fr", "Les députés ont abrogé mardi la loi de 2019 sur les marchés forains.", [dt.date(2026, 3, 10)]),
    ("fr", "Le conseil a contesté la Constitution de 1996 devant les juges.", []),
]


@pytest.mark.parametrize(("lang", "text", "days"), LAW_EVENTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(LAW_EVENTS)])
def test_a_law_year_anchors_no_event(lang: str, text: str, days: list[dt.date]) -> None:
    from events_support import merged_events

    assert sorted(d for d, _ in merged_events(text, lang, THURSDAY, None)) == days
