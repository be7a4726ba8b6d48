"""One happening told twice stays one row, round thirty-five (issue 13; helper mrg35).

Two checks of the merge that split a happening told twice (docs/BENCHMARKS.md, "mrg35, round thirty-five"):

* in one story, a lead's part of the day ("jeudi soir", "on Thursday night") and the body's clock inside it ("vers
  22 h 15", "at about 10.15pm") are one moment (``merge_apart._other_moment`` read them as two: a clock covers one
  hour, so it never shares more than MOMENT_OVERLAP_HOURS with a part, even the part that holds it); a clock outside
  the part (a morning and a clock of the evening) still tells another moment;
* two articles in two languages linked by a happening only ``merge_unmet`` joins (the pass never compared its
  tellings) are linked for ``merge_linked`` too: it runs again after ``merge_unmet``, so the one happening each tells
  on another day, sharing a clock, is one row; two happenings of that day at other clocks stay two.

Articles of my own (no sentence of any set).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2026, 3, 13)  # a Friday: "jeudi" / "on Thursday" is 12 March
THURSDAY = dt.date(2026, 3, 12)
WEDNESDAY = dt.date(2026, 3, 11)  # the plant articles' own day: "mercredi" is that day, "jeudi" the next
NO_NER = Options(use_ner=False)


def _article(article_id: str, lang: str, text: str, reference: dt.date = REF) -> Article:
    return Article(id=article_id, text=text, source=article_id, lang=lang, reference_date=reference,
                   stories=(Story(0, 0, len(text)),))


# --- a lead's part of the day and the body's clock inside it: one moment -------------------------------------------

LEADS = [
    # French: a lead's evening or night, and the body's clock
    ("fr", "soir", "vers 22 h 15", 1),
    ("fr", "soir", "vers 19 h 05", 1),
    ("fr", "matin", "vers 22 h 15", 2),   # a morning and a clock of the evening: two moments
    ("fr", "matin", "vers 7 h 20", 1),
    # English
    ("en", "evening", "at about 10.15pm", 1),
    ("en", "evening", "at about 7.05pm", 1),
    ("en", "morning", "at about 10.15pm", 2),
    ("en", "morning", "at about 7.20am", 1),
]


def _storm(lang: str, part: str, clock: str) -> Article:
    if lang == "fr":
        return _article("fr_grele.txt", "fr", f"Un violent orage de grêle a frappé jeudi {part} plusieurs bourgs de "
                        f"la Creuse, blessant trois personnes. Les grêlons ont brisé {clock} les verrières de la halle "
                        "de Chambon-sur-Voueize, détruisant une partie du marché couvert.")
    return _article("en_hail.txt", "en", f"A violent hailstorm struck several villages of the Creuse on Thursday "
                    f"{part}, injuring three people. A shed roof collapsed in Chambon-sur-Voueize {clock} on Thursday, "
                    "firefighters said.")


@pytest.mark.parametrize(("lang", "part", "clock", "rows"), LEADS, ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in LEADS])
def test_a_part_of_the_day_and_a_clock(lang: str, part: str, clock: str, rows: int) -> None:
    result = extract([_storm(lang, part, clock)], NO_NER)
    tellings = [m for m in result.mentions if m.event_type == "incident" and m.date == THURSDAY]
    assert len(tellings) == 2  # each sentence gives its telling: the rows say whether they are one
    assert len([e for e in result.events if e.event_type == "incident" and e.date == THURSDAY]) == rows


# --- two articles linked by a happening merge_unmet joins: the day's one happening each -----------------------------

# the Wednesday: the French lead founds its story's event, so the pass never compares the English telling with the
# French one naming the company; merge_unmet joins them (tests/test_merge24.py), and that link is the pair's only one
# (which French telling founds the event follows the mention ids, hashes of the article ids: the ids are chosen so)
EN_CUTS = "Furniture maker Brevannes announced 85 job cuts at its Montbrison plant on Wednesday. "
FR_CUTS = ("Le fabricant de meubles a annoncé mercredi un plan de restructuration. Le fabricant de meubles Brevannes a "
           "annoncé mercredi la suppression de 85 postes dans son usine de Montbrison, lors d'un comité "
           "extraordinaire. ")
THURSDAY_PAIRS = [
    # (English sentence of the Thursday, French sentence of the Thursday, one row?)
    ("The packing lines will halt at 2.25pm on Thursday.", "Les lignes d'emballage s'arrêteront jeudi à 14 h 25.",
     True),
    ("The packing lines will halt at 2.25pm on Thursday.", "Les lignes d'emballage s'arrêteront jeudi à 17 h 40.",
     False),  # two clocks far apart: nothing says they are one
]


def _pair(english: str, french: str) -> list[Article]:
    return [_article("en_furniture.txt", "en", EN_CUTS + english, WEDNESDAY),
            _article("fr_meubles.txt", "fr", FR_CUTS + french, WEDNESDAY)]


def _thursday_sources(articles: list[Article]) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(e.sources)) for e in extract(articles, NO_NER).events if e.date == THURSDAY)


@pytest.mark.parametrize(("english", "french", "one"), THURSDAY_PAIRS, ids=["one-clock", "two-clocks"])
def test_the_day_after_a_link_merge_unmet_made(english: str, french: str, one: bool) -> None:
    articles = _pair(english, french)
    rows = extract(articles, NO_NER).events
    assert ("en_furniture.txt", "fr_meubles.txt") in {tuple(sorted(e.sources)) for e in rows if e.date == WEDNESDAY}
    expected = [("en_furniture.txt", "fr_meubles.txt")] if one else [("en_furniture.txt",), ("fr_meubles.txt",)]
    assert _thursday_sources(articles) == expected


@pytest.mark.parametrize(("english", "french", "one"), THURSDAY_PAIRS, ids=["one-clock", "two-clocks"])
def test_the_day_after_a_link_in_either_order(english: str, french: str, one: bool) -> None:
    articles = _pair(english, french)
    assert _thursday_sources(articles[::-1]) == _thursday_sources(articles)


def test_no_link_no_join() -> None:
    """The Thursday tellings alone (no article shares a happening): the clock is no evidence, two rows."""
    articles = [_article("en_furniture.txt", "en", "The packing lines will halt at 2.25pm on Thursday.", WEDNESDAY),
                _article("fr_meubles.txt", "fr", "Les lignes d'emballage s'arrêteront jeudi à 14 h 25.", WEDNESDAY)]
    assert _thursday_sources(articles) == [("en_furniture.txt",), ("fr_meubles.txt",)]
