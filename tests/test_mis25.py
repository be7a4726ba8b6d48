"""Missed rows of fresh real news, round twenty-five (helper mis25): what was counted and not built.

docs/BENCHMARKS.md, "mis25, round twenty-five", reads each of the 24 missed core rows of fresh dev against its page
and groups them by why: the date told in another sentence than the happening (4 outlets), two happenings folded
into one row (5 outlets), no trigger for the happening (5 outlets, each a different wording: no one word list
covers two), a date misread (1 outlet), and an English condition cue read inside a longer word (1 outlet). The one
mechanism met in three sources (a dateless sentence taking the day of the one before) was tried and dropped by
rule 4 (precision); the others are several mechanisms or one source, so nothing was kept: these strict xfails
pin each class with sentences of my own (no text of any set) and pass the day it is fixed; the controls beside
them pass today and must keep passing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2026, 6, 10)  # a Wednesday: "mardi" / "Tuesday" is 9 June
TUESDAY = dt.date(2026, 6, 9)
NO_NER = Options(use_ner=False)


def _rows(lang: str, text: str) -> list[tuple[dt.date, str]]:
    article = Article(id=f"{lang}_mis25.txt", text=text, source=f"{lang}_mis25.txt", lang=lang,
                      reference_date=REF, stories=(Story(0, 0, len(text)),))
    return [(e.date, e.event_type) for e in extract([article], NO_NER).events]


# An English condition cue ("if", "unless", "whether") was matched without a boundary after it when the language
# lists no condition subjects (events/status_cues.py), so a name that begins with "If" (Ifeoma, Ifo, Iftar) gated the
# sentence's date as unasserted. One fresh dev outlet (mis25); a plain bug of the pattern, not a class: the lead
# closed the word (round twenty-five).
def test_a_name_beginning_with_if_does_not_gate_its_sentence_en() -> None:
    assert (TUESDAY, "election") in _rows("en", "Chioma Ifeoma Adeyemi won Tuesday's mayoral election in Lagos, "
                                                "officials said.")


@pytest.mark.parametrize("text", [
    "Chioma Adeyemi won Tuesday's mayoral election in Lagos, officials said.",
])
def test_the_same_sentence_without_the_prefix_is_read_en(text: str) -> None:
    assert (TUESDAY, "election") in _rows("en", text)


def test_a_true_condition_still_gates_its_date_en() -> None:
    assert all(date != TUESDAY for date, _ in _rows("en", "If the council approves the budget on Tuesday, the "
                                                          "works will start in July."))


# The date in another sentence than the happening: the sentence that names it carries no date word, one before it
# does. A place frame opening it ("In Sarthe, ...") carries the day since ctx25 (below); a part-of-day opener ("Dans
# la matinée", "In the morning") carries the day already (a control below); a plain dateless sentence, in the same
# paragraph or the next, does not. Tried (mis25): a dateless sentence with a past verb of another type takes the day
# of the sentence right before it in its paragraph; real-news dev fr precision 0.95 -> 0.91 (11 more spurious rows,
# no row found), fresh dev P 0.80 -> 0.78: dropped. Tried (ctx25): the same, on the page's day only, up to two
# paragraphs on: real-news dev fr P 0.95 -> 0.92: dropped.
@pytest.mark.xfail(strict=True, reason="a happening whose date is told in a sentence before it; 4 fresh outlets, "
                   "no mechanism safe for precision in the time (mis25)")
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le conseil départemental s'est réuni ce mardi à Laval. Jeanne Morel a été élue présidente de "
           "l'assemblée."),
    ("en", "The county council met on Tuesday in Laval. Jane Morel was elected president of the assembly."),
])
def test_an_election_dated_by_a_sentence_before(lang: str, text: str) -> None:
    assert (TUESDAY, "election") in _rows(lang, text)


# The round-up's instance under a place frame (ctx25, events/round_ups.py): the paragraph after opens on "Dans la
# Sarthe," / "In Sarthe,", and takes the day the story last told.
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Plusieurs conseils départementaux ont siégé ce mardi pour élire leur président.\n\nDans la Sarthe, "
           "Jeanne Morel a été élue présidente de l'assemblée."),
    ("en", "Several county councils sat on Tuesday to elect their leaders.\n\nIn Sarthe, Jane Morel was elected "
           "president of the assembly."),
])
def test_an_election_under_a_place_frame_takes_the_day_before(lang: str, text: str) -> None:
    assert (TUESDAY, "election") in _rows(lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le conseil départemental s'est réuni ce mardi à Laval. Dans la matinée, Jeanne Morel a été élue "
           "présidente de l'assemblée."),
    ("en", "The county council met on Tuesday in Laval. In the morning, Jane Morel was elected president of the "
           "assembly."),
])
def test_an_election_after_a_part_of_day_opener_takes_the_day(lang: str, text: str) -> None:
    assert (TUESDAY, "election") in _rows(lang, text)


# No trigger for the happening: each missed row had its own wording (voters called to the polls, a race's stage, a
# statement, a win told by "succès face à" and a score, an office occupied); this one stands for the class.
@pytest.mark.xfail(strict=True, reason="'appelés aux urnes' names no election trigger; 5 fresh outlets, each a "
                   "different wording (mis25)")
def test_voters_called_to_the_polls_is_an_election_fr() -> None:
    assert (dt.date(2026, 6, 14), "election") in _rows("fr", "Les électeurs seront appelés aux urnes le 14 juin "
                                                             "pour désigner leurs députés.")


# Two happenings folded into one row: meetings with two counterparts told in one clause are one row, where the
# gold has one per counterpart.
@pytest.mark.xfail(strict=True, reason="meetings with two counterparts in one clause give one row; 5 fresh outlets "
                   "fold two happenings, each in its own way (mis25)")
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Mardi, la ministre a eu des entretiens séparés avec son homologue belge et avec son homologue "
           "néerlandais."),
    ("en", "On Tuesday the minister held separate meetings with the Belgian foreign minister and the Dutch foreign "
           "minister."),
])
def test_separate_meetings_with_two_counterparts_are_two_rows(lang: str, text: str) -> None:
    assert sum(1 for date, kind in _rows(lang, text) if date == TUESDAY and kind == "meeting") == 2
