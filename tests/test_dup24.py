"""A true happening told a second time in one article and not merged, round twenty-four (issue 13; helper dup24).

Counted on the written dev halves (docs/BENCHMARKS.md, "A true happening told a second time and not merged, round
twenty-four"): each of the ten weekday- or relative-day-dated duplicates wdy24 found is kept apart by its own check,
no check in two sources, so nothing was built. These tests pin the one defect of the pass's own comparison met on
the way (wm-dev only): a lead's "mardi soir" / "on Tuesday evening" and the body's clock inside that evening ("vers
21 h 50", "at about 9.50pm") are read as two moments (``merge_apart._other_moment``: a clock covers one hour, so it
never shares more than MOMENT_OVERLAP_HOURS with a part of the day, even the part that holds it). Strict xfails
until round thirty-five (mrg35): the check now reads a clock inside the part as one moment, and they pass. Two
happenings of one day told at two moments (a morning and a clock of the evening) must stay two rows, and do.
Articles of my own (no sentence of any set).
"""

from __future__ import annotations

import datetime as dt

from timeline.extraction.pipeline import extract
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2026, 6, 10)  # a Wednesday: "mardi" / "on Tuesday" is 9 June
TUESDAY = dt.date(2026, 6, 9)
NO_NER = Options(use_ner=False)

FR_BODY = ("Le phénomène a traversé vers 21 h 50 les communes de Vierzon et de Mehun-sur-Yèvre, arrachant les "
           "toitures de deux écoles.")
EN_BODY = "A barn collapsed in Vierzon at about 9.50pm on Tuesday, firefighters said."


def _article(article_id: str, lang: str, text: str) -> Article:
    return Article(id=article_id, text=text, source=article_id, lang=lang, reference_date=REF,
                   stories=(Story(0, 0, len(text)),))


def _tuesday_incidents(article: Article) -> int:
    """How many incident rows of the Tuesday the article gives (its two sentences each give one telling)."""
    result = extract([article], NO_NER)
    assert len([m for m in result.mentions if m.event_type == "incident" and m.date == TUESDAY]) == 2
    return len([e for e in result.events if e.event_type == "incident" and e.date == TUESDAY])


def _fr(part: str) -> Article:
    return _article("fr_tempete.txt", "fr", f"Une tempête a frappé mardi {part} plusieurs villages du Cher, blessant "
                    f"quatre personnes. {FR_BODY}")


def _en(part: str) -> Article:
    return _article("en_storm.txt", "en", f"A storm hit several villages of the Cher on Tuesday {part}, injuring four "
                    f"people. {EN_BODY}")


def test_a_lead_evening_and_its_clock_are_one_row_fr() -> None:
    assert _tuesday_incidents(_fr("soir")) == 1


def test_a_lead_evening_and_its_clock_are_one_row_en() -> None:
    assert _tuesday_incidents(_en("evening")) == 1


def test_a_morning_and_a_clock_of_the_evening_stay_two_rows_fr() -> None:
    assert _tuesday_incidents(_fr("matin")) == 2


def test_a_morning_and_a_clock_of_the_evening_stay_two_rows_en() -> None:
    assert _tuesday_incidents(_en("morning")) == 2
