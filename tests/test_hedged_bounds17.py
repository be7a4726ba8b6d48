"""A floor on a bound, round seventeen (issues 12 and 13: rows dated by a weekday; helper wkd17).

Counted in two dev sources (docs/BENCHMARKS.md, "Rows dated by a weekday, round seventeen"): "until at least
Friday" under a past reporting frame took the past Friday (written batch h, dates), and "would stay suspended until
at least Monday" lost its 'until' (the floor stood between the cue and the date) and dated a planned decision
(written batch i, events). A floor (``open_end_hedges`` in lang/*/words.yaml: "at least", "au moins" and their
family) between a cue and its date now leaves the cue its open end, and a floored 'until' (the floor between, before
the cue or closing the phrase after the date) is a forecast's end, ahead whatever the tense; a floored 'since' is a
start behind (``dates/open_ends.hedged_cue``). An adverb of likelihood ("probably") is no floor.

Every sentence is written for these tests (none is taken from an article).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.dates.open_ends import hedged_cue
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

WEDNESDAY = dt.date(2026, 3, 11)

# (lang, sentence, words of the date, its value, its open end)
CASES = [
    # a hedge between 'until' and the date: the open end is kept, and the end is ahead whatever the tense
    ("en", "The council said the boil notice was likely to stay in force until at least Friday.", "Friday",
     "2026-03-13", "until"),
    ("en", "Ferries were suspended until at least Sunday, the operator said.", "Sunday", "2026-03-15", "until"),
    ("en", "The depot would stay shut until at the very least Monday.", "Monday", "2026-03-16", "until"),
    ("en", "Officials said the pass was closed until at least the 20th.", "20th", "2026-03-20", "until"),
    ("fr", "La préfecture a indiqué que l'arrêté resterait en vigueur jusqu'à au moins vendredi.", "vendredi",
     "2026-03-13", "until"),
    ("fr", "Les liaisons étaient suspendues jusqu'à au minimum dimanche, selon l'exploitant.", "dimanche",
     "2026-03-15", "until"),
    # a hedge before 'until' or closing the phrase after the date
    ("en", "The union said the stoppage was expected to last at least until Friday.", "Friday", "2026-03-13",
     "until"),
    ("en", "Engineers said the line was blocked until Friday at least.", "Friday", "2026-03-13", "until"),
    ("fr", "Le tunnel était fermé au moins jusqu'à vendredi, a précisé la direction.", "vendredi", "2026-03-13",
     "until"),
    ("fr", "La mairie a expliqué que la piscine était fermée jusqu'à dimanche au moins.", "dimanche", "2026-03-15",
     "until"),
    # a hedge between 'since' and the date: a start behind
    ("fr", "Les loyers grimpent depuis au moins mars dans le quartier.", "mars", "2026-03-01", "since"),
    ("en", "Sales have slumped since at least June 3, the retailer admitted.", "June 3", "2025-06-03", "since"),
    # no floor: as before (a past 'until' is the last such day), an adverb of likelihood included
    ("en", "The road was probably closed until Friday.", "Friday", "2026-03-06", "until"),
    ("fr", "La route était sans doute fermée jusqu'à vendredi.", "vendredi", "2026-03-06", "until"),
    ("en", "The bridge was closed until Monday.", "Monday", "2026-03-09", "until"),
    ("fr", "Le pont était fermé jusqu'à lundi.", "lundi", "2026-03-09", "until"),
    # a hedge after the date that opens a count is no hedge of the bound
    ("fr", "Le trafic était coupé jusqu'à lundi au moins 300 trains ont été supprimés.", "lundi", "2026-03-09",
     "until"),
    ("en", "Traffic was halted until Monday at least 300 trains were cancelled.", "Monday", "2026-03-09", "until"),
]


@pytest.mark.parametrize(("lang", "text", "words", "value", "open_end"), CASES)
def test_hedged_bound(lang: str, text: str, words: str, value: str, open_end: str) -> None:
    found = {m.text: m for m in find_dates(text, WEDNESDAY, lang, Options(reference_date=WEDNESDAY))}
    assert words in found, (text, list(found))
    assert found[words].value.isoformat() == value, (text, found[words].explanation)
    assert found[words].open_end == open_end


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "stay shut until at least Friday", "until"),
    ("en", "stay shut at a minimum until Friday", "until"),
    ("en", "stay shut until Friday, at least.", "until"),
    ("en", "rising since at least Friday", "since"),
    ("fr", "fermée jusqu'à tout au moins vendredi", "until"),
    ("fr", "fermée à tout le moins jusqu'à vendredi", "until"),
    ("en", "was probably closed until Friday", None),
    ("fr", "était sans doute fermée jusqu'à vendredi", None),
    ("en", "stay shut until Friday", None),
    ("en", "at least Friday", None),
    ("fr", "fermée vendredi au moins", None),  # no 'until': a hedge after a bare date bounds nothing
])
def test_hedged_cue(lang: str, text: str, kind: str | None) -> None:
    word = "Friday" if lang == "en" else "vendredi"
    start = text.index(word)
    assert hedged_cue(text, start, start + len(word), lang) == kind


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Dunmore said output at the mill would stay suspended until at least Monday."),
    ("en", "The museum will stay closed until at least Friday, the mayor said."),
    ("fr", "La production restera suspendue jusqu'à au moins lundi, selon la direction."),
])
def test_a_hedged_bound_dates_no_row(lang: str, text: str) -> None:
    """The stretch's end is no day anything happens on: with the cue kept, no row is dated by it."""
    article = Article(id="t", text=text, source="t.txt", lang=lang, reference_date=WEDNESDAY,
                      stories=(Story(0, 0, len(text), headline=None),))
    assert [(m.date, m.trigger) for m in extract_article(article, Options(use_ner=False))] == []
