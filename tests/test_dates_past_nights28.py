"""The night just past, round twenty-eight (ovn28): a night word with no day of its own, told in the past, is the
night before the page (``dates/past_nights.py``): "overnight", "during the night" alone. Figurative and financial
uses, future clauses and a night whose day is written stay as they were. The French readings ("cette nuit" in a past
clause, a lone "dans la nuit" that borrowed the page's own stamp) were measured and not kept (rule 4: the fresh event
gold dates the night's happening on the page's day): strict xfails.

Every text is written for these tests (none is taken from an article), in both languages. News conventions
(``bare_weekday='past'``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2026, 11, 18)  # a Wednesday: the page's date
NIGHT_BEFORE = "2026-11-17"


def nights(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    """(words, day, part) of every mention with a part of the day or a night word."""
    mentions = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))
    return [(m.text, m.value.isoformat(), m.time) for m in mentions]


# (lang, text, the night's words): told in the past, no day of its own: the night before the page
PAST = [
    ("en", "Gales tore roofs off a dozen barns overnight, the county council said.", "overnight"),
    ("en", "Firefighters fought the overnight blaze at the sawmill for six hours.", "overnight"),
    ("en", "Floodwater has submerged the ring road overnight.", "overnight"),
    ("en", "Thieves broke into the pharmacy during the night and took the safe.", "the night"),
    ("en", "Floods hit the valley on Wednesday, officials said. Two bridges collapsed overnight.", "overnight"),
]


@pytest.mark.parametrize(("lang", "text", "words"), PAST)
def test_a_night_told_in_the_past_is_the_night_before_the_page(lang: str, text: str, words: str) -> None:
    assert (words, NIGHT_BEFORE, "night") in nights(text, lang)


# (lang, text, night word): figurative, financial, future or present: no night before the page
NOT_PAST = [
    ("en", "The bank raised its overnight rate by a quarter point.", "overnight"),
    ("en", "The singer became a star almost overnight after the contest.", "overnight"),
    ("en", "Trust in the council did not come back overnight.", "overnight"),
    ("en", "The road will stay closed overnight while crews repair the bridge.", "overnight"),
    ("en", "The museum offers overnight stays for school groups.", "overnight"),
    ("fr", "Il gèlera cette nuit sur tout le département.", "cette nuit"),
]


@pytest.mark.parametrize(("lang", "text", "word"), NOT_PAST)
def test_no_night_before_the_page_for_figurative_or_coming_nights(lang: str, text: str, word: str) -> None:
    found = nights(text, lang)
    assert not [f for f in found if f[1] == NIGHT_BEFORE], found


def test_tonight_stays_on_the_pages_day_in_a_past_clause() -> None:
    # the fresh gold keeps English "tonight" on the page's day, also told in the past
    assert ("tonight", "2026-11-18", "night") in nights("The motion was defeated in the assembly tonight.", "en")


def test_a_french_future_night_is_the_pages_day() -> None:
    assert ("cette nuit", "2026-11-18", "night") in nights("Il gèlera cette nuit sur tout le département.", "fr")


# a night whose day is written stays on that day: no second date on the page's eve
WRITTEN_DAY = [
    ("en", "The river burst its banks overnight on Sunday, officials said.", "2026-11-15"),
    ("en", "The warehouse burned on Saturday and smouldered overnight.", "2026-11-14"),
    ("en", "The warehouse caught fire on Saturday evening. Firefighters kept watch on it overnight.", "2026-11-14"),
    ("fr", "Des rafales ont arraché des toitures dans la nuit du 14 au 15 novembre.", "2026-11-14"),
]


@pytest.mark.parametrize(("lang", "text", "day"), WRITTEN_DAY)
def test_a_night_with_its_day_takes_no_night_before_the_page(lang: str, text: str, day: str) -> None:
    found = nights(text, lang)
    assert day in [f[1] for f in found], found
    assert not [f for f in found if f[1] == NIGHT_BEFORE], found


def test_a_story_told_from_the_eve_keeps_overnight_undated_past_a_clock() -> None:
    # the story's day (Tuesday) is before the page; "at midnight" (the page's 00:00) is a clock, not a told day
    text = ("The dam gave way on Tuesday afternoon. Water levels began to fall at midnight. Relief convoys "
            "reached the valley overnight.")
    assert "overnight" not in [f[0] for f in nights(text, "en")]


def test_a_small_hours_clock_after_cette_nuit_keeps_the_pages_day() -> None:
    # a live page of the morning: "cette nuit, vers 3 h" is the page's day's small hours
    found = nights("Cette nuit, vers 3 h 10, une camionnette a été emportée par la crue.", "fr")
    assert ("3 h 10", "2026-11-18", "03:10") in found, found
    assert not [f for f in found if f[1] == NIGHT_BEFORE], found


# counted in round 28 (fresh dev, one source: the date gold says the eve), measured and not kept (the same page's
# event gold dates the happening on the page's day): the French lists of past_nights are empty
FRENCH_DROPPED = pytest.mark.xfail(strict=True, reason="measured in round 28, dropped by rule 4: the fresh event gold "
                                                      "dates a night told 'cette nuit' on the page's day")


@FRENCH_DROPPED
@pytest.mark.parametrize("text", [
    "Cette nuit, des inconnus ont incendié trois voitures sur le parking de la gare.",
    "Le fleuve est sorti de son lit cette nuit, a indiqué la préfecture.",
])
def test_cette_nuit_told_in_the_past_is_the_night_before_the_page(text: str) -> None:
    assert NIGHT_BEFORE in [f[1] for f in nights(text, "fr")]


def test_cette_nuit_told_in_the_past_stays_on_the_pages_day_today() -> None:
    found = nights("Cette nuit, des inconnus ont incendié trois voitures sur le parking de la gare.", "fr")
    assert ("Cette nuit", "2026-11-18", "night") in found, found


@FRENCH_DROPPED
def test_a_lone_night_that_borrowed_the_pages_stamp_told_in_the_past_is_the_night_before() -> None:
    text = ("Publié le 18 novembre 2026\n\nTrois tracteurs ont été volés dans une ferme. Le vol, qui a eu lieu "
            "dans la nuit, a été signalé par l'exploitant.")
    assert ("la nuit", NIGHT_BEFORE, "night") in nights(text, "fr")


@pytest.mark.xfail(strict=True, reason="counted in round 28 (one fresh dev source), not read: 'spent the night' "
                                       "with no preposition is no lone part of the day")
def test_spent_the_night_told_in_the_past() -> None:
    assert ("the night", NIGHT_BEFORE, "night") in nights("A hiker who spent the night at a hut came down.", "en")
