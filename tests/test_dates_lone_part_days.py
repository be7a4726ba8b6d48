"""Lone parts of the day, round nineteen (issue 12): the day a part of the day with no day of its own may take
(``dates/lone_part_days.py``). When it names its day right after it ("dans la nuit du 8 au 9 mars"), that day's
own mention is the date: the part borrows none from before and adds none; and it takes no future day of its
sentence when its clause is told in the past ("... a précisé la direction lors d'un comité réuni dans la
matinée"). A part that borrows a day of its own tense keeps it.

Every text is written for these tests (none is taken from an article), in both languages. News conventions
(``bare_weekday='past'``).
"""

from __future__ import annotations

import pytest

from tests.lone_part_support import REF, part_days
from timeline.extraction.dates import find_dates
from timeline.settings import Options

# (lang, text, the part's words, the day it names after it): that day's own mention is the date; the part adds
# no second date and borrows none (the dateline's day was its misreading before round nineteen)
NAMED_AFTER = [
    ("fr", "18 novembre 2026. – Les pompiers ont été appelés dans la nuit du 14 au 15 novembre pour un feu de "
           "grange.", "la nuit", "2026-11-14"),
    ("fr", "18 novembre 2026. – Le corps a été retrouvé dans matinée du dimanche 15 novembre par un promeneur.",
     "matinée", "2026-11-15"),
    ("fr", "18 novembre 2026. – Des tags ont été découverts sur la mairie dans la nuit du 12 au 13 novembre.",
     "la nuit", "2026-11-12"),
]


@pytest.mark.parametrize(("lang", "text", "words", "day"), NAMED_AFTER)
def test_a_lone_part_naming_its_day_after_it_adds_no_date_of_its_own(lang: str, text: str, words: str,
                                                                     day: str) -> None:
    mentions = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))
    assert day in [m.value.isoformat() for m in mentions], mentions
    assert not [m for m in mentions if m.text.strip().lower().endswith(words.split()[-1])], mentions
    assert "2026-11-18" not in [m.value.isoformat() for m in mentions if m.time is not None], mentions


# (lang, text, the part's words): a past clause after a future day of its sentence -> the part takes no day
FUTURE_DAY_PAST_CLAUSE = [
    ("fr", "La ligne de bus 12 sera supprimée le 4 avril 2027, a annoncé la métropole lors d'un conseil réuni dans "
           "la matinée.", "la matinée"),
    ("fr", "Le nouveau pont ouvrira le 30 juin 2027, a indiqué le préfet, qui s'est exprimé dans la soirée devant "
           "les élus.", "la soirée"),
    ("en", "The depot will shut on 2 April 2027, the operator told staff at a meeting held in the afternoon.",
     "the afternoon"),
]


@pytest.mark.parametrize(("lang", "text", "words"), FUTURE_DAY_PAST_CLAUSE)
def test_a_past_lone_part_takes_no_future_day_of_its_sentence(lang: str, text: str, words: str) -> None:
    found = part_days(text, lang)
    assert all(w != words for w, _, _ in found), found


# (lang, text, the part's words, its day): a day of the part's own tense is still its day
STILL_BORROWED = [
    ("fr", "Le 16 novembre, le conseil municipal s'est réuni dans la soirée pour voter le budget.", "la soirée",
     "2026-11-16"),
    ("fr", "La vente aux enchères aura lieu le 28 novembre, dans l'après-midi, à l'hôtel de ville.", "l'après-midi",
     "2026-11-28"),
    ("en", "The mayor arrived in Leeds on Monday and spoke to reporters in the evening.", "the evening",
     "2026-11-16"),
    ("en", "The auction will be held on 28 November, in the afternoon, at the town hall.", "the afternoon",
     "2026-11-28"),
]


@pytest.mark.parametrize(("lang", "text", "words", "day"), STILL_BORROWED)
def test_a_lone_part_keeps_a_day_of_its_own_tense(lang: str, text: str, words: str, day: str) -> None:
    found = part_days(text, lang)
    assert (words, day) in [(w, d) for w, d, _ in found], found
