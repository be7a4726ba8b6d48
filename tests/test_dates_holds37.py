"""Window filters of round thirty-seven (spd37): ``leading_months`` is not scanned in a window without its count's word
("premiers", "the first": ``_Context.find``'s ``holds``), the calendar rows that name two months or need a year not in
a window without two month tokens or a year's digits (``context.held_twice``, ``context.holding``); what the steps find
is unchanged. Each mechanism in both languages: the filter's premise read on the pattern itself (every match holds
the word), the dates still found, and a text with the pattern's other words but not the held one never scanned; and
``set_times._groups``'s one-pass listing against round thirty-six's loop.

Sentences written for these tests. Reference date: Saturday 20 December 2025.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from timeline.extraction.dates import context, find_dates, steps_calendar
from timeline.extraction.dates.context import TWO_MONTH_ROWS, YEAR_DIGITS, YEAR_ROWS, held_twice, holding
from timeline.extraction.dates.leading_months import _pattern as _leading
from timeline.extraction.dates.lexicon import lexicon
from timeline.extraction.dates.set_times import _groups, _patterns, _undated
from timeline.models import DateMention

REF = dt.date(2025, 12, 20)

#: step -> (its pattern, what every match holds), by language
MECHANISMS: dict[str, tuple[Callable[[str], Any], Callable[[str], re.Pattern[str]]]] = {
    "leading_months": (lambda lang: _leading(lang)[0], lambda lang: _leading(lang)[4]),  # type: ignore[return-value]
}

FOUND = [
    ("fr", "leading_months", "Sur les quatre premiers mois de l'année, la fromagerie a vendu 900 meules.",
     "quatre premiers mois de l'année"),
    ("en", "leading_months", "Over the first four months of this year, the bakery sold 900 loaves.",
     "the first four months of this year"),
    ("fr", "range_cross_month", "L'exposition se tiendra du 28 février au 3 mars au musée de Ploudiry.",
     "du 28 février au 3 mars"),
    ("en", "range_cross_month", "The show runs from 28 February to 3 March at the Pendle museum.",
     "from 28 February to 3 March"),
    ("fr", "month_year", "Le chantier a commencé en janvier 2024 près du lavoir.", "janvier 2024"),
    ("en", "month_year", "Work began in January 2024 near the old mill.", "January 2024"),
    ("fr", "month_range", "Le festival aura lieu de juin à août 2026 dans le parc.", "de juin à août 2026"),
    ("en", "month_range", "The festival runs from June to August 2026 in the park.", "from June to August 2026"),
]


@pytest.mark.parametrize(("lang", "rule", "text", "words"), FOUND, ids=[f"{r[1]}-{r[0]}" for r in FOUND])
def test_dates_still_found(lang: str, rule: str, text: str, words: str) -> None:
    assert (words, rule) in [(m.text, m.rule) for m in find_dates(text, REF, lang)]


def _matches(pattern: Any, text: str) -> list[Any]:
    return list(pattern.finditer(text, 0, len(text)))


@pytest.mark.parametrize(("lang", "rule", "text", "words"), [r for r in FOUND if r[1] in MECHANISMS],
                         ids=[f"{r[1]}-{r[0]}" for r in FOUND if r[1] in MECHANISMS])
def test_every_match_holds_the_word(lang: str, rule: str, text: str, words: str) -> None:
    # the filter's premise, read on the pattern itself: a match without the word would be lost in a window without one
    pattern, held = (make(lang) for make in MECHANISMS[rule])
    found = _matches(pattern, text)
    assert found
    for m in found:
        start, end = m.span() if hasattr(m, "span") else (m.start(), m.end())
        assert held.search(text, start, end), (m.group(), held.pattern[:60])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_calendar_rows_hold_two_months_or_a_year(lang: str) -> None:
    texts = [row[2] for row in FOUND if row[0] == lang]
    token = lexicon(lang).patterns["month_token"]
    for rule in TWO_MONTH_ROWS | YEAR_ROWS:
        for text in texts:
            for m in lexicon(lang).patterns[rule].finditer(text):
                if rule in TWO_MONTH_ROWS:
                    assert len(token.findall(text, *m.span())) >= 2, (rule, m.group())
                if rule in YEAR_ROWS:
                    assert YEAR_DIGITS.search(text, *m.span()), (rule, m.group())


def test_windows_holding_two_tokens_or_a_year() -> None:
    text = "du 3 au 5 mars ....................................... du 28 février au 3 mars 2026"
    windows = [(0, 14), (55, len(text))]
    assert held_twice(windows, [text.index("mars"), text.index("février"), text.rindex("mars")]) == [(55, len(text))]
    assert holding(text, windows, YEAR_DIGITS) == [(55, len(text))]


#: (language, the step's rule, a text with the step's other words but not the held one, the same text with it)
SKIPPED = [
    ("fr", "leading_months", "Les trois mois de travaux ont coûté cher, a dit le maire lundi.",
     "Les trois premiers mois de travaux ont coûté cher, a dit le maire lundi."),
    ("en", "leading_months", "Three months of works cost a lot, the mayor said on Monday.",
     "The first three months of works cost a lot, the mayor said on Monday."),
    ("fr", "range_cross_month", "Le salon se tiendra du 3 au 5 mars à Brest.",
     "Le salon se tiendra du 28 février au 5 mars à Brest."),
    ("en", "range_cross_month", "The fair runs from 3 to 5 March in Leeds.",
     "The fair runs from 28 February to 5 March in Leeds."),
    ("fr", "month_year", "Le salon se tiendra en mars à Brest.", "Le salon se tiendra en mars 2026 à Brest."),
    ("en", "month_year", "The fair runs in March in Leeds.", "The fair runs in March 2026 in Leeds."),
]

_CALENDAR = {"range_cross_month", "month_year"}


def _scanned(monkeypatch: pytest.MonkeyPatch, lang: str, rule: str, text: str) -> list[int]:
    """The number of windows each scan of the step's pattern was given (an empty list: not scanned)."""
    pattern = (lexicon(lang).patterns[rule] if rule in _CALENDAR else MECHANISMS[rule][0](lang))
    seen: list[int] = []
    inner = context._finditer_in

    def spy(found: Any, string: str, windows: Any, gate: Any = None) -> Iterator[Any]:
        if found is pattern:
            seen.append(len(windows))
        return inner(found, string, windows, gate)

    monkeypatch.setattr(context, "_finditer_in", spy)
    monkeypatch.setattr(steps_calendar, "_finditer_in", spy)
    find_dates(text, REF, lang)
    return seen


@pytest.mark.parametrize(("lang", "rule", "without", "with_word"), SKIPPED, ids=[f"{r[1]}-{r[0]}" for r in SKIPPED])
def test_windows_without_the_word_are_not_scanned(monkeypatch: pytest.MonkeyPatch, lang: str, rule: str,
                                                  without: str, with_word: str) -> None:
    assert not any(_scanned(monkeypatch, lang, rule, without))
    assert any(_scanned(monkeypatch, lang, rule, with_word))


def _groups_as_before(text: str, mentions: list[DateMention], gap: re.Pattern[str]) -> list[tuple[int, int]]:
    """round thirty-six's loop, one call a mention: the reference for the one-pass listing."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(mentions):
        if not _undated(mentions[i]):
            i += 1
            continue
        j = i + 1
        while (j < len(mentions) and _undated(mentions[j]) and (mentions[j].time is None) == (mentions[i].time is None)
               and gap.fullmatch(text, mentions[j - 1].end, mentions[j].start)):
            j += 1
        out.append((i, j))
        i = j
    return out


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Monday at 9pm, then between 10pm and 11pm, the pool shuts from June to August, and on 3 May 2026."),
    ("en", "The depot opens at 6am, 7am - 8am and in March, April and May; the fair is on Friday."),
    ("fr", "Lundi à 21 h, puis de 22 h à 23 h, la piscine ferme de juin à août, et le 3 mai 2026."),
    ("fr", "Le dépôt ouvre à 6 h, 7 h - 8 h et en mars, avril et mai ; la foire a lieu vendredi."),
])
def test_set_time_groups_as_before(lang: str, text: str) -> None:
    patterns = _patterns(lang)
    assert patterns is not None
    mentions = find_dates(text, REF, lang)
    assert any(m.time for m in mentions) and any(m.precision == "month" for m in mentions)
    assert _groups(text, mentions, patterns[0]) == _groups_as_before(text, mentions, patterns[0])
    assert _groups(text, mentions, patterns[0])
