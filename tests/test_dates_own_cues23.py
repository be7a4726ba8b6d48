"""Round twenty-three (wkd23): a weekday's side read from a cue word of the other language (an open defect).

The tense cue lists of ``dates/lexicon.py`` hold both languages' words (for mixed text), and some of the other
language's cues are words here too: the French "attend" (waits for, a future cue) is the English verb, nearer than the
past auxiliary ("did not attend the summit on Monday" reads the coming Monday), and the English pasts "rose", "lent"
are French words ("en tenue rose, samedi" after a French future reads the last Saturday). Reading each language's own
cues only fixes these rows and moves no dev row, but it loses a seed date read right by another false friend (the
English noun "programme" read as the French "programmé": tests/articles/en_07_economy_figures.txt), and no dev source
counts the class: not kept (docs/BENCHMARKS.md, wkd23). The defect rows are strict xfails; the controls pass.
Sentences of our own, an article of Thursday 12 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixtures.date_rows import read_past

REF = dt.date(2026, 3, 12)  # a Thursday
_OPEN = pytest.mark.xfail(strict=True, reason="a cue word of the other language decides the weekday's side (wkd23)")

ROWS = [
    # English: the past auxiliary before a verb that is a French cue word
    pytest.param("The delegates did not attend the summit on Monday.", "en", "Monday", "2026-03-09", marks=_OPEN),
    pytest.param("The delegates did attend the summit on Monday.", "en", "Monday", "2026-03-09", marks=_OPEN),
    pytest.param("The club did organise the race on Friday.", "en", "Friday", "2026-03-06", marks=_OPEN),
    # ... and the control: a future stays ahead
    ("Our suppliers will attend the fair on Monday.", "en", "Monday", "2026-03-16"),
    # French: a future verb, an English past between it and the weekday
    pytest.param("Le comité votera, dans la salle rose, lundi.", "fr", "lundi", "2026-03-16", marks=_OPEN),
    pytest.param("Les élus siégeront, en tenue rose, samedi.", "fr", "samedi", "2026-03-14", marks=_OPEN),
    pytest.param("La chorale chantera le Requiem, un programme lent, vendredi.", "fr", "vendredi", "2026-03-13",
                 marks=_OPEN),
    # ... and the control: a passé composé stays behind
    ("Le conseil a voté lundi le budget.", "fr", "lundi", "2026-03-09"),
]


@pytest.mark.parametrize(("text", "lang", "words", "day"), ROWS,
                         ids=[(r.values if hasattr(r, "values") else r)[0][:48] for r in ROWS])
def test_a_weekday_reads_its_own_languages_tense(text: str, lang: str, words: str, day: str) -> None:
    assert read_past(text, lang, REF) == [(words, day, "day")]
