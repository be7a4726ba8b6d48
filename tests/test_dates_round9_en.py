"""English dates on wire news, ninth round (issue 12, helper den9): tables of our own sentences.

Reference date: Friday 22 March 2013 (news conventions: ``bare_weekday='past'``), unless a row says otherwise.
Each table is one class of error, in several outlet styles (wire, business, politics, sport, history); the rows are
sentences written for these tests, not the benchmarks'. French rows where the class exists in French too. Rows are
(text, [(words, first day, precision)]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2013, 3, 22)  # a Friday
OCT_1989 = dt.date(1989, 10, 26)  # a Thursday, for wire copy of its time


def read(text: str, ref: dt.date = REF, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision)
            for m in find_dates(text, ref, lang, Options(reference_date=ref, bare_weekday="past"))]


def _ids(rows: list) -> list[str]:
    return [f"{r[0]}-{r[1][:44]}" for r in rows]


# ---- a span of past years with a two-digit end is two years (TimeML: one date at each end) ------------------------
# ("the 1950-53 Korean War", "in 1986-87" gave nothing: only "1950-1953" was read; "2011-12" was December 2011)

YEAR_SPANS = [
    ("en", "The 1950-53 Korean War ended in an armistice, not a peace treaty.",
     [("1950", "1950-01-01", "year"), ("53", "1953-01-01", "year")]),
    ("en", "The company went public in 1986-87 and was sold in 1995.",
     [("1986", "1986-01-01", "year"), ("87", "1987-01-01", "year"), ("1995", "1995-01-01", "year")]),
    ("en", "Attendance fell in the 2011-12 season, the league said.",
     [("2011", "2011-01-01", "year"), ("12", "2012-01-01", "year")]),
    ("en", "The program ran from 1999-00 with federal money.",
     [("1999", "1999-01-01", "year"), ("00", "2000-01-01", "year")]),
    ("fr", "La guerre de 1914-18 a fait des millions de morts.",
     [("1914", "1914-01-01", "year"), ("18", "1918-01-01", "year")]),
    ("fr", "Le club a terminé deuxième lors de la saison 2010-11.",
     [("2010", "2010-01-01", "year"), ("11", "2011-01-01", "year")]),
    # controls: a span that reaches this year or beyond is a plan or a term, no date; a year and its month stay a
    # month; a span glued to a word before it is no span
    ("en", "The 2012-13 budget was approved by parliament.", []),
    ("en", "The 2013-14 season will start in August.", [("August", "2013-08-01", "month")]),
    ("en", "Figures for 2012-11 were revised.", [("2012-11", "2012-11-01", "month")]),
    ("en", "The file was named report-1998-99 on the server.", []),
    ("fr", "Le budget 2013-14 sera débattu en avril.", [("avril", "2013-04-01", "month")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEAR_SPANS, ids=_ids(YEAR_SPANS))
def test_a_span_of_past_years_with_a_short_end_is_two_years(lang: str, text: str, expected: list) -> None:
    assert read(text, lang=lang) == expected


# ---- a day that names a happening of a known year is that year's day ------------------------------------------------
# ("since the Sept. 11 attacks" in March 2013 was 11 September 2012; TimeML gives such days their own year)

NAMED_DAYS = [
    ("en", "Since the Sept. 11 attacks, airport security has been tightened.", [("Sept. 11", "2001-09-11", "day")]),
    ("en", "The Sept. 11 terrorist attacks changed air travel for good.", [("Sept. 11", "2001-09-11", "day")]),
    ("en", "Relatives of the victims of the attacks of Sept. 11 met the mayor.", [("Sept. 11", "2001-09-11", "day")]),
    ("en", "The Sept. 11 commission published its report.", [("Sept. 11", "2001-09-11", "day")]),
    ("en", "The plant was wrecked by the March 11 earthquake and tsunami.", [("March 11", "2011-03-11", "day")]),
    ("en", "Spain's government fell three days after the March 11 bombings.",
     [("March 11", "2004-03-11", "day")]),
    ("fr", "Depuis les attentats du 11 septembre, la sécurité des aéroports a été renforcée.",
     [("11 septembre", "2001-09-11", "day")]),
    ("fr", "Le séisme du 11 mars a détruit la centrale.", [("11 mars", "2011-03-11", "day")]),
    # ... and the day written as a name ("9/11", "le 11-Septembre")
    ("en", "Since 9/11, airport security has been tightened.", [("9/11", "2001-09-11", "day")]),
    ("fr", "Après le 11-Septembre, les contrôles ont été renforcés.", [("11-Septembre", "2001-09-11", "day")]),
    # controls: the day alone, another noun, and a singular that also names a later attack keep the usual year
    ("en", "The talks resumed on Sept. 11.", [("Sept. 11", "2012-09-11", "day")]),
    ("en", "Lawmakers must act before the Sept. 11 deadline.", [("Sept. 11", "2013-09-11", "day")]),
    ("en", "The Sept. 11 attack on the consulate killed four Americans.", [("Sept. 11", "2012-09-11", "day")]),
    ("fr", "La réunion du 11 septembre a été annulée.", [("11 septembre", "2012-09-11", "day")]),
    ("fr", "Le 11 septembre, il a plu sur Paris.", [("11 septembre", "2012-09-11", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED_DAYS, ids=_ids(NAMED_DAYS))
def test_a_day_that_names_a_happening_has_its_year(lang: str, text: str, expected: list) -> None:
    assert read(text, lang=lang) == expected


# ---- an aim in the present looks ahead ----------------------------------------------------------------------------
# ("negotiators hope to reach a deal by Saturday" on a Friday was the Saturday before)

AIMS = [
    ("Negotiators hope to reach an agreement by Saturday.", [("Saturday", "2013-03-23", "day")]),
    ("The rebels aim to take the capital by Sunday, a spokesman said.", [("Sunday", "2013-03-24", "day")]),
    ("Officials want to finish the recount by Monday.", [("Monday", "2013-03-25", "day")]),
    ("Lawmakers are hoping to pass the budget on Tuesday.", [("Tuesday", "2013-03-26", "day")]),
    ("The two leaders plan to meet Wednesday in Geneva.", [("Wednesday", "2013-03-27", "day")]),
    ("The airline is preparing to resume flights on Monday.", [("Monday", "2013-03-25", "day")]),
    # controls: the past of an aim, and a deed done, keep the day behind
    ("Negotiators had hoped to reach an agreement by Saturday.", [("Saturday", "2013-03-16", "day")]),
    ("The rebels took the capital on Sunday.", [("Sunday", "2013-03-17", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), AIMS, ids=[r[0][:48] for r in AIMS])
def test_an_aim_in_the_present_looks_ahead(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "in N weeks" after a rank or under a past tense is a stretch of time, no date ahead ---------------------------
# ("its 12th weekly gain in 14 weeks" was 28 June 2013; TimeML: a DURATION)

STRETCHES = [
    ("The Dow rose 1%, its 12th weekly gain in 14 weeks.", []),
    ("It was the third increase in four months.", []),
    ("Sales rose for the fourth time in five months.", []),
    ("The bridge was built in three years.", []),
    ("The firm closed the deal in two weeks.", []),
    # controls: ahead under a future or a modal, and a rank with a verb between keeps its date
    ("The company will decide in two weeks.", [("in two weeks", "2013-04-05", "day")]),
    ("The company said it would decide in two weeks.", [("in two weeks", "2013-04-05", "day")]),
    ("The third payment is due in two weeks.", [("in two weeks", "2013-04-05", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), STRETCHES, ids=[r[0][:48] for r in STRETCHES])
def test_in_n_weeks_after_a_rank_or_a_past_is_no_date(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "go to the polls" right before a weekday is a schedule ahead --------------------------------------------------

POLLS = [
    ("Voters go to the polls Sunday.", [("Sunday", "2013-03-24", "day")]),
    ("Italians go to the polls on Sunday in a tight race.", [("Sunday", "2013-03-24", "day")]),
    ("Voters go to the polls Sunday.", [("Sunday", "1989-10-29", "day")]),
    # control: the past
    ("Italians went to the polls on Sunday.", [("Sunday", "2013-03-17", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), POLLS, ids=[f"{i}-{r[0][:40]}" for i, r in enumerate(POLLS)])
def test_going_to_the_polls_is_ahead(text: str, expected: list) -> None:
    ref = OCT_1989 if expected and expected[0][1].startswith("1989") else REF
    assert read(text, ref) == expected


# ---- what is awaited ("ahead of", "in the run-up to") is ahead, whatever the tense ---------------------------------
# ("campaigning intensified ahead of Sunday's election" on a Friday was the Sunday before)

AWAITED = [
    ("Campaigning intensified ahead of Sunday's election.", [("Sunday", "2013-03-24", "day")]),
    ("Ahead of Monday's deadline, talks continued through the night.", [("Monday", "2013-03-25", "day")]),
    ("Ahead of the April 2 summit, officials met in Brussels.", [("April 2", "2013-04-02", "day")]),
    ("Shares fell in the run-up to the April 10 earnings report.", [("April 10", "2013-04-10", "day")]),
    # controls: "before" also looks back, and a deed done keeps its day
    ("Polls showed a tight race before Sunday's vote.", [("Sunday", "2013-03-17", "day")]),
    ("The summit was held on April 2.", [("April 2", "2012-04-02", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), AWAITED, ids=[r[0][:48] for r in AWAITED])
def test_what_is_awaited_is_ahead(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- the figure of a past period per share is no date ("$3 million, or 5 cents a share, a year ago") ---------------
# (issue 12, class 7: "a year ago" in an earnings report is the period compared with; TimeML gives no calendar date)

PER_SHARE = [
    ("The company earned $3 million, or 5 cents a share, a year ago.", []),
    ("Net income was $40 million, or $1.20 a share, a year earlier.", []),
    ("The bank earned 30 cents a share a year ago.", []),
    # controls: an offset that dates a deed keeps its year
    ("A week ago, the company earned $3 million.", [("A week ago", "2013-03-15", "day")]),
    ("The plant opened 20 days ago.", [("20 days ago", "2013-03-02", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), PER_SHARE, ids=[r[0][:48] for r in PER_SHARE])
def test_a_figure_per_share_a_year_ago_is_no_date(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a list of days is each of its days, month first too ("on March 3, 17 and 25") ---------------------------------
# (issue 12, class 8: "March 3, 17 and 25" read March 3 only; "on 3, 17 and 25 March" one range, the 17 lost)

LISTS = [
    ("Talks were held on March 3, 17 and 25.",
     [("March 3", "2013-03-03", "day"), ("17", "2013-03-17", "day"), ("25", "2013-03-25", "day")]),
    ("The board met Jan. 8, 15, and 29, 2012.",
     [("Jan. 8", "2012-01-08", "day"), ("15", "2012-01-15", "day"), ("29, 2012", "2012-01-29", "day")]),
    ("Strikes are planned on 3, 17 and 25 April.",
     [("on 3", "2013-04-03", "day"), ("17", "2013-04-17", "day"), ("25 April", "2013-04-25", "day")]),
    # control: two days stay one range, scored by its two ends
    ("Talks were held March 3 and 17.", [("March 3 and 17", "2013-03-03", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS, ids=[r[0][:48] for r in LISTS])
def test_a_list_of_days_is_each_day(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a year as the subject of its clause is a year ("police said 2013 was the safest year") -----------------------
# (issue 12, class 5: bare years; the year had no cue word before it)

YEAR_SUBJECTS = [
    ("Police said 2012 was the safest year on record.", [("2012", "2012-01-01", "year")]),
    ("2011 saw record profits at the bank.", [("2011", "2011-01-01", "year")]),
    ("Analysts expect 2014 will be a better year for exporters.", [("2014", "2014-01-01", "year")]),
    ("The minister said 2010 had been a hard year.", [("2010", "2010-01-01", "year")]),
    # controls: counts, and a number that is a name
    ("About 2000 were arrested during the protests.", []),
    ("Only 2000 was raised for the fund.", []),
    ("Room 2012 was locked all night.", []),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_SUBJECTS, ids=[r[0][:48] for r in YEAR_SUBJECTS])
def test_a_year_as_subject_is_a_year(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a weekday that names a term is ahead ("a Monday deadline") ---------------------------------------------------

TERMS = [
    ("The central bank set a Monday deadline for a deal.", [("Monday", "2013-03-25", "day")]),
    ("The EU gave the island a Monday deadline to raise the money.", [("Monday", "2013-03-25", "day")]),
    ("Creditors face Tuesday's deadline for claims.", [("Tuesday", "2013-03-26", "day")]),
    # controls: a term missed or met is behind; a weekday that names no term keeps its tense
    ("Lawmakers missed a Monday deadline to pass the budget.", [("Monday", "2013-03-18", "day")]),
    ("The union ignored Tuesday's deadline.", [("Tuesday", "2013-03-19", "day")]),
    ("Officials met Monday to discuss the deadline.", [("Monday", "2013-03-18", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), TERMS, ids=[r[0][:48] for r in TERMS])
def test_a_weekday_naming_a_term_is_ahead(text: str, expected: list) -> None:
    assert read(text) == expected
