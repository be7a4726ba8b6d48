"""Window filters of the date steps (round thirty-seven, spd37): a step whose every match holds a word is not scanned
in a window without one (``_Context.find``'s ``holds``; the calendar's ``context.calendar_near``); what the steps find
is unchanged. Each mechanism in both languages: the filter's premise read on the pattern itself (every match holds
the word), the dates still found, and a text with the pattern's other words but not the held one never scanned.

Sentences written for these tests. Reference date: Saturday 20 December 2025.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from timeline.extraction.dates import context, find_dates, steps_calendar
from timeline.extraction.dates.context import TWO_MONTH_ROWS, YEAR_DIGITS, YEAR_ROWS, calendar_near
from timeline.extraction.dates.leading_months import _pattern as _leading
from timeline.extraction.dates.lexicon import lexicon
from timeline.extraction.dates.patterns import (
    _offset_pattern,
    _period_pattern,
    _weekday_pattern,
    names_held,
    parts_held,
    units_held,
    weekday_day_held,
)
from timeline.extraction.dates.set_times import _groups, _patterns, _undated
from timeline.extraction.dates.steps_calendar import _MONTH_NOUN
from timeline.models import DateMention

REF = dt.date(2025, 12, 20)

#: step -> (its pattern, what every match holds), by language
MECHANISMS: dict[str, tuple[Callable[[str], Any], Callable[[str], re.Pattern[str]]]] = {
    "leading_months": (lambda lang: _leading(lang)[0], lambda lang: _leading(lang)[4]),  # type: ignore[return-value]
    "relative_month_days": (lambda lang: lexicon(lang).patterns["relative_month_days"], lambda lang: _MONTH_NOUN),
    "weekday": (_weekday_pattern, lambda lang: names_held(lang, "weekdays")),
    "month": (lambda lang: lexicon(lang).patterns["month_alone"], lambda lang: names_held(lang, "months")),
    "weekday_day": (lambda lang: lexicon(lang).patterns["weekday_day"], weekday_day_held),
    "relative_offset": (_offset_pattern, units_held),
    "relative_period": (_period_pattern, units_held),
    "month_part": (lambda lang: lexicon(lang).patterns["parts"], parts_held),
}

FOUND = [
    ("fr", "leading_months", "Sur les quatre premiers mois de l'année, la fromagerie a vendu 900 meules.",
     "quatre premiers mois de l'année"),
    ("en", "leading_months", "Over the first four months of this year, the bakery sold 900 loaves.",
     "the first four months of this year"),
    ("fr", "relative_month_days", "Les bénévoles ont repeint la salle du 4 au 9 de ce mois.", "du 4 au 9 de ce mois"),
    ("en", "relative_month_days", "Volunteers painted the hall from 4 to 9 this month.", "from 4 to 9 this month"),
    ("fr", "weekday", "Le marché de Brelonne rouvrira mardi prochain sur la place haute.", "mardi prochain"),
    ("en", "weekday", "The Harlow ferry will resume next Tuesday after the storm.", "next Tuesday"),
    ("fr", "month", "La fanfare de Quimerch répétera en mars dans la salle des fêtes.", "mars"),
    ("en", "month", "The choir of Eastwick will rehearse in March at the town hall.", "March"),
    ("fr", "weekday_day", "Le conseil se réunira jeudi 15 pour voter le budget des écoles.", "jeudi 15"),
    ("en", "weekday_day", "The board meets Thursday 15 to vote on the school budget.", "Thursday 15"),
    ("fr", "relative_offset", "Le pont de Varennes a été fermé il y a trois jours après la crue.",
     "il y a trois jours"),
    ("en", "relative_offset", "The Varley bridge was closed three days ago after the flood.", "three days ago"),
    ("fr", "relative_period", "La brocante de Montval se tiendra la semaine prochaine sur le quai.",
     "la semaine prochaine"),
    ("en", "relative_period", "The Millbrook fair will be held next week on the green.", "next week"),
    ("fr", "month_part", "Les fouilles reprendront début avril sur le site de Kerlaz.", "début avril"),
    ("en", "month_part", "Digging resumes in early April at the Kerlow site.", "early April"),
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


def test_calendar_near_keeps_only_the_windows_holding_them() -> None:
    text = "du 3 au 5 mars ....................................... du 28 février au 3 mars 2026"
    windows = [(0, 14), (55, len(text))]
    near = calendar_near(text, windows, [text.index("mars"), text.index("février"), text.rindex("mars")],
                         ("range_cross_month", "month_year", "day_month"))
    assert near == {"range_cross_month": [(55, len(text))], "month_year": [(55, len(text))], "day_month": windows}
    assert calendar_near(text, windows, None, ("range_cross_month",)) == {"range_cross_month": windows}


#: (language, the step's rule, a text with the step's other words but not the held one, the same text with it)
SKIPPED = [
    ("fr", "leading_months", "Les trois mois de travaux ont coûté cher, a dit le maire lundi.",
     "Les trois premiers mois de travaux ont coûté cher, a dit le maire lundi."),
    ("en", "leading_months", "Three months of works cost a lot, the mayor said on Monday.",
     "The first three months of works cost a lot, the mayor said on Monday."),
    ("fr", "relative_month_days", "Les trois mois de travaux, du 4 au 9, ont coûté cher.",
     "Les trois mois de travaux, du 4 au 9 de ce mois, ont coûté cher."),
    ("en", "relative_month_days", "Three months of works, from 4 to 9, cost a lot.",
     "Three months of works, from 4 to 9 this month, cost a lot."),
    ("fr", "weekday", "La semaine prochaine, le marché ouvrira en mars.",
     "La semaine prochaine, le marché ouvrira mardi en mars."),
    ("en", "weekday", "Next week the market opens in March.", "Next week the market opens on Tuesday in March."),
    ("fr", "month", "Le forum ouvrira mardi prochain, dit-on depuis hier.",
     "Le forum ouvrira mardi prochain en juin, dit-on depuis hier."),
    ("en", "month", "The market opens next Tuesday, they said yesterday.",
     "The market opens next Tuesday in June, they said yesterday."),
    ("fr", "weekday_day", "Le 15, la foire ouvrira en avril, dit-on depuis hier.",
     "Le jeudi 15, la foire ouvrira en avril, dit-on depuis hier."),
    ("en", "weekday_day", "On the 15th the fair opens in April, they said yesterday.",
     "On Thursday 15 the fair opens in April, they said yesterday."),
    ("fr", "relative_offset", "Le 3 avril, 200 personnes sont venues dans trois salles.",
     "Le 3 avril, 200 personnes sont venues il y a trois jours."),
    ("en", "relative_offset", "On 3 April, 200 people came in three halls.",
     "On 3 April, 200 people came three days ago."),
    ("fr", "relative_period", "Le 3 avril, la prochaine foire ouvrira en juin.",
     "Le 3 avril, la semaine prochaine, la foire ouvrira en juin."),
    ("en", "relative_period", "On 3 April the next fair opens in June.",
     "On 3 April the fair opens next week in June."),
    ("fr", "month_part", "Le 3 avril, 200 personnes sont venues à Brest.",
     "Début avril, 200 personnes sont venues à Brest."),
    ("en", "month_part", "On 3 April, 200 people came to Brest.", "In early April, 200 people came to Brest."),
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
