"""The month-noun prefilter of ``relative_month_days`` (round thirty-six, spd36): a window of the text without "mois"
or "month" is not scanned for "du 4 au 22 de ce mois", "from 4-23 in next month"; what the step finds is unchanged.

Sentences written for these tests. Reference date: Saturday 20 December 2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates, prefilter
from timeline.extraction.dates.lexicon import lexicon
from timeline.extraction.dates.steps_calendar import _MONTH_NOUN

REF = dt.date(2025, 12, 20)

FOUND = [
    # French: a range or a day of this month, of the next one; capitals (the noun is read case-free)
    ("fr", "Les inscriptions restent ouvertes du 4 au 22 de ce mois à la mairie.",
     ("du 4 au 22 de ce mois", "2025-12-04", "2025-12-22")),
    ("fr", "Le loyer sera versé le 15 du mois prochain par virement.", ("15 du mois prochain", "2026-01-15", None)),
    ("fr", "PERMANENCES DU 3 AU 9 DU MOIS PROCHAIN, SALLE BLEUE.",
     ("DU 3 AU 9 DU MOIS PROCHAIN", "2026-01-03", "2026-01-09")),
    ("fr", "Les travaux, prévus 4-23 mois prochain, fermeront la rue Lamarck.",
     ("4-23 mois prochain", "2026-01-04", "2026-01-23")),
    # English
    ("en", "The library closes from 4-23 in next month for repairs.",
     ("from 4-23 in next month", "2026-01-04", "2026-01-23")),
    ("en", "Dues are payable on the 15th of next month at the desk.", ("15th of next month", "2026-01-15", None)),
    ("en", "THE POOL REOPENS FROM 2-6 NEXT MONTH.", ("FROM 2-6 NEXT MONTH", "2026-01-02", "2026-01-06")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND, ids=[f"{row[0]}-{i}" for i, row in enumerate(FOUND)])
def test_relative_month_days_still_found(lang: str, text: str, expected: tuple[str, str, str | None]) -> None:
    got = [(m.text, m.value.isoformat(), m.end_value.isoformat() if m.end_value else None)
           for m in find_dates(text, REF, lang) if m.rule == "relative_month_days"]
    assert got == [expected]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND, ids=[f"{row[0]}-{i}" for i, row in enumerate(FOUND)])
def test_every_match_holds_the_noun(lang: str, text: str, expected: tuple[str, str, str | None]) -> None:
    # the filter's premise, read on the pattern itself: a match with no month noun would be lost in a window without one
    matches = list(lexicon(lang).patterns["relative_month_days"].finditer(text))
    assert matches
    assert all(_MONTH_NOUN.search(m.group()) for m in matches)


SKIPPED = [
    # the pattern's opening words ("du", "les", "from", "between") and numbers, no month noun: not scanned
    ("fr", "Les bénévoles se retrouvent du 3 au 4 janvier, puis les 8 et 9, entre 10 et 12 heures."),
    ("en", "Volunteers meet from 3 to 4 January, then between 8 and 9, from 10 to 12."),
]


@pytest.mark.parametrize(("lang", "text"), SKIPPED, ids=[row[0] for row in SKIPPED])
def test_windows_without_the_noun_are_not_scanned(monkeypatch: pytest.MonkeyPatch, lang: str, text: str) -> None:
    pattern = lexicon(lang).patterns["relative_month_days"]
    scanned: list[object] = []
    scan = prefilter.Gate.scan

    def spy(self: prefilter.Gate, scanned_pattern: object, windows: object) -> object:
        if scanned_pattern is pattern:
            scanned.append(windows)
        return scan(self, scanned_pattern, windows)  # type: ignore[arg-type]

    monkeypatch.setattr(prefilter.Gate, "scan", spy)
    find_dates(text, REF, lang)
    assert scanned == []
    find_dates(text.replace(".", " ce mois." if lang == "fr" else " this month."), REF, lang)
    assert scanned  # the same text with the noun is scanned (the spy sees the pattern)
