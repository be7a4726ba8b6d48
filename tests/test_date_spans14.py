"""Date spans by convention (issue 12, round fourteen): where a date's edges go, per class of edge word.

``benchmarks.span_conventions`` counts, on real-news dev, how often the gold takes each class of edge word into a
date's span. On the two TimeML corpora (French TimeBank, MEANTIME) every class goes one way, and it is the way of
the TimeML 1.2.1 guidelines (the TIMEX3 is the whole phrase: determiners, modifiers such as "début"/"late", the
weekday before its day, a trailing "dernier"/"last", the part of the day after its day; a governing preposition is
left out, which the scorer's ``norm_span`` drops). These rows pin that convention in both languages on sentences
written for this file, so that a change tuned on WiNER's NER spans (which leave "début"/"fin" and some "ce" out)
cannot silently move the TimeML extents. One new rule: a period word before a month's name ("the month of May")
is not the story's period (``period_anaphors_named_after``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks import span_conventions as sc
from benchmarks.realnews_dates import norm_span, ours

WED = dt.date(2025, 3, 12)  # a Wednesday


def extents(text: str, lang: str, ref: dt.date = WED) -> list[tuple[str, str]]:
    """(normalised extent, TimeML value) of each date, as the real-news benchmark scores them."""
    out = []
    for f in ours(text, ref, lang):
        start, end = norm_span(text, f.start, f.end)
        out.append((text[start:end], f.value))
    return out


CONVENTION_ROWS = [
    # demonstrative in
    ("fr", "Ce lundi, la mairie a rouvert la piscine.", [("Ce lundi", "2025-03-10")]),
    ("en", "This week the council approved the budget.", [("This week", "2025-W11")]),
    # month part in (TimeML mod START/END), at the month's or year's granularity
    ("fr", "Les travaux de la digue commenceront début avril.", [("début avril", "2025-04")]),
    ("fr", "Le chantier du pont s'achèvera fin 2026.", [("fin 2026", "2026")]),
    ("en", "The bakery opened in late 2024.", [("late 2024", "2024")]),
    ("en", "Repairs to the dam will start in early April.", [("early April", "2025-04")]),
    # weekday head in
    ("fr", "Le conseil s'est réuni le mardi 4 mars.", [("mardi 4 mars", "2025-03-04")]),
    ("en", "The council met on Tuesday, March 4.", [("Tuesday, March 4", "2025-03-04")]),
    # trailing relative word in
    ("fr", "Le bilan de la coopérative a été publié le 8 février dernier.", [("8 février dernier", "2025-02-08")]),
    ("fr", "Les élus se retrouveront mardi prochain.", [("mardi prochain", "2025-03-18")]),
    ("en", "The report on the harbour came out last February.", [("last February", "2025-02")]),
    # part of the day after its day in, one TIME
    ("fr", "Le maire a parlé vendredi 7 mars au soir.", [("vendredi 7 mars au soir", "2025-03-07TEV")]),
    ("fr", "Les pompiers sont intervenus hier matin.", [("hier matin", "2025-03-11TMO")]),
    ("en", "Firefighters were called out on Monday night.", [("Monday night", "2025-03-10TNI")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONVENTION_ROWS)
def test_timeml_extents(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert extents(text, lang) == expected


MONTH_OF_ROWS = [
    # new: "the month of May" is May, read alone; "the month" is no period of the story (nor of the reference date)
    ("en", "The vote took place in the month of May.", [("May", "2024-05")]),
    ("en", "Shares of the bakery rose during the month of June, analysts said.", [("June", "2024-06")]),
    ("fr", "Le vote a eu lieu au mois de mai.", [("mai", "2024-05")]),
    # controls: a period word alone, or before "of" and no month, is still read ("the" dropped by norm_span)
    ("en", "Sales of the bakery fell in the month, analysts said.", [("month", "2025-03")]),
    ("en", "In 2019 the plant closed. The year of the closure, sales fell.", [("2019", "2019"), ("year", "2019")]),
    ("fr", "Le 3 mars 2020, la crue a frappé. Le même mois, le village a été évacué.",
     [("3 mars 2020", "2020-03-03"), ("même mois", "2020-03")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MONTH_OF_ROWS)
def test_period_word_before_a_month_name(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert extents(text, lang) == expected


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Les travaux commenceront début avril.", "avril", ("month part (début mai, late 2006)", "out")),
    ("Les travaux commenceront début avril.", "début avril", ("month part (début mai, late 2006)", "in")),
    ("Il est venu ce mardi à Dole.", "ce mardi", ("demonstrative (ce mardi, this week)", "in")),
    ("Il est venu ce mardi à Dole.", "mardi", ("demonstrative (ce mardi, this week)", "out")),
    ("He left at the end of the year.", "the end of the year", ("month part (début mai, late 2006)", "in")),
    ("Le bilan du 8 février dernier.", "8 février dernier", ("trailing relative (mai dernier, last)", "in")),
    ("Le bilan du 8 février dernier.", "8 février", ("trailing relative (mai dernier, last)", "out")),
    ("Ils sont partis mardi soir.", "mardi", ("part of day after its day (mardi soir)", "out")),
    ("Ils sont partis mardi soir.", "mardi soir", ("part of day after its day (mardi soir)", "in")),
    # round twenty-seven (spn27): a zone right after its clock
    ("Le vol part à 7 h 40 locales demain.", "7 h 40", (sc.ZONE, "out")),
    ("Le vol part à 7 h 40 locales demain.", "7 h 40 locales", (sc.ZONE, "in")),
    ("Doors open at 6 p.m. BST tonight.", "6 p.m.", (sc.ZONE, "out")),
    ("Doors open at 6 p.m. BST tonight.", "6 p.m. BST", (sc.ZONE, "in")),
])
def test_edges_classify_a_span(text: str, span: str, expected: tuple[str, str]) -> None:
    start = text.index(span)
    found = sc.edges(text, start, start + len(span))
    assert expected in found
    assert (expected[0], "in" if expected[1] == "out" else "out") not in found


def test_table_counts_each_class() -> None:
    gold = sc.Counter({("month part (début mai, late 2006)", "out"): 3, ("month part (début mai, late 2006)", "in"): 1})
    ours_ = sc.Counter({("month part (début mai, late 2006)", "in"): 4})
    lines = sc.table({"x.jsonl": (gold, ours_)})
    assert lines[0].startswith("| class | x: gold in/out")
    row = next(line for line in lines if line.startswith("| month part"))
    assert row.endswith("| 1/3, 4/0 |")
    assert len(lines) == 2 + len(sc.CLASSES) + 1, "one row a class, the zone's last"
