"""English dates against the TimeML/TIDES value conventions (issue 12, helper den10): a conformance battery.

MEANTIME and TempEval-3 annotate time expressions by the TimeML guideline, whose values follow the TIDES standard:

* TimeML Annotation Guidelines 1.2.1 (Saurí, Littman, Knippen, Gaizauskas, Setzer, Pustejovsky, 2006;
  timeml.org, ``annguide_1.2.1.pdf``), section 2.2 "TIMEX3": types DATE, TIME, DURATION, SET; the value is an
  ISO 8601 calendar point at the granularity the text gives (day, ISO week ``2008-W10``, month, year), a part of
  the day is a token after ``T`` (MO, MI, AF, EV, NI), and what is not a calendar point has its own value
  (``P1Y`` durations, ``PRESENT_REF``/``PAST_REF``, ``2008-Q3`` quarters, ``FY2008``, decades ``199``, seasons).
  Prepositions ("on", "in", "at", "since") are SIGNALs, outside the TIMEX3; modifiers that place the point
  inside its period ("early", "late", "mid", "earlier", "later") stay inside it and set ``mod``.
* TIDES 2005 Standard for the Annotation of Temporal Expressions (Ferro, Gerber, Mani, Sundheim, Wilson; MITRE,
  April 2005), whose value rules TimeML takes over: a relative expression is resolved against the document date
  or the story's last date (anaphora: "the next day", "that year"), at the granularity of the expression itself
  ("last week" is a week, "last month" a month); "the past year", "the last three months" are durations, not dates;
  "now", "recently" are references (PRESENT_REF, PAST_REF), not calendar values. Where the annotated corpora part
  from the letter of the standard, the corpora win (an offset back, "two weeks ago": TIDES, and the timenorm library
  of clulab/timenorm, give it its unit's granularity, ``2012-W51``; MEANTIME keeps the day: see ``OFFSETS_BACK``).
* The MUC-7 named-entity task definition's TIMEX examples ("fiscal 1989", "third quarter of 1991": one
  expression, a period our engine has no precision for).

Each row is a sentence written for this test, the expressions TimeML marks in it (their words, as the guideline
writes the extent) and the value it prescribes, for a Wednesday reference date (12 March 2008) and news
conventions. Spans are compared as ``benchmarks.realnews_dates`` compares them (leading articles and prepositions
left out on both sides); values are the scorer's TimeML values (``timeml``), a range being its two ends. Values
our engine cannot write (quarters, seasons, decades, fiscal years, weekends) are out of these tables: the benchmark
does not score them either. Rows that are French say so.
"""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.realnews_dates import ends, norm_span
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2008, 3, 12)  # a Wednesday; ISO week 2008-W11
NEWS = Options(reference_date=REF, bare_weekday="past")

Row = tuple[str, list[tuple[str, str]]]


def read(text: str, lang: str = "en", options: Options = NEWS) -> list[tuple[str, str]]:
    """(normalised words, TimeML value) of every expression the engine marks, as the benchmark scores them."""
    out = []
    for m in find_dates(text, REF, lang, options):
        for found in ends(text, m):
            start, end = norm_span(text, found.start, found.end)
            out.append((text[start:end], found.value))
    return out


def expected(text: str, rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The guideline's extents, normalised as ours are (each is looked up after the previous one)."""
    out, at = [], 0
    for words, value in rows:
        start = text.index(words, at)
        at = start + len(words)
        s, e = norm_span(text, start, at)
        out.append((text[s:e], value))
    return out


def _ids(rows: list) -> list[str]:
    return [row[0][:50] for row in rows]


# ---- weekdays: the one the tense points to; a saying verb dates the saying, not what was said ---------------------

WEEKDAYS: list[Row] = [
    ("The board met on Monday to review the offer.", [("Monday", "2008-03-10")]),
    ("The committee will vote on Friday on the measure.", [("Friday", "2008-03-14")]),
    ("The firm said Tuesday that it would close two plants.", [("Tuesday", "2008-03-11")]),
    ("The company said it will cut 500 jobs on Monday.", [("Monday", "2008-03-17")]),
    ("The minister said on Tuesday that the plan had failed.", [("Tuesday", "2008-03-11")]),
    ("The ceasefire took effect Saturday.", [("Saturday", "2008-03-08")]),
    ("Elections are set for Sunday.", [("Sunday", "2008-03-16")]),
    ("The stock fell 5 percent on Wednesday.", [("Wednesday", "2008-03-12")]),
    ("The panel will meet Wednesday to discuss the plan.", [("Wednesday", "2008-03-12")]),
    ("Tuesday's meeting ended without a deal.", [("Tuesday", "2008-03-11")]),
    ("The rebels attacked last Friday.", [("last Friday", "2008-03-07")]),
    ("The court rules next Tuesday.", [("next Tuesday", "2008-03-18")]),
    ("The stock closed at $12 on Wednesday, up from $11 Tuesday.",
     [("Wednesday", "2008-03-12"), ("Tuesday", "2008-03-11")]),
    ("The treaty was signed on Monday, March 10.", [("Monday, March 10", "2008-03-10")]),
]


@pytest.mark.parametrize(("text", "rows"), WEEKDAYS, ids=_ids(WEEKDAYS))
def test_a_weekday_is_the_one_its_tense_points_to(text: str, rows: list) -> None:
    assert read(text) == expected(text, rows)


# ---- periods named from the document date: at their own granularity (a week, a month, a year) ----------------------

PERIODS: list[Row] = [
    ("Shares rose 3 percent last week on the news.", [("last week", "2008-W10")]),
    ("Sales fell sharply this week, traders said.", [("this week", "2008-W11")]),
    ("The talks resume next week in Geneva.", [("next week", "2008-W12")]),
    ("Prices climbed this month as supply tightened.", [("this month", "2008-03")]),
    ("Exports fell last month, the ministry said.", [("last month", "2008-02")]),
    ("The plant will open next month.", [("next month", "2008-04")]),
    ("Profit doubled last year.", [("last year", "2007")]),
    ("The union expects a deal next year.", [("next year", "2009")]),
    ("Shares have risen 20 percent so far this year.", [("this year", "2008")]),
    # "earlier", "later" place the point inside its period: inside the expression (TimeML mod), same value
    ("The company cut 400 jobs earlier this year.", [("earlier this year", "2008")]),
    ("Output rose earlier this month.", [("earlier this month", "2008-03")]),
    ("The bank will report later this month.", [("later this month", "2008-03")]),
    ("The index slipped earlier this week.", [("earlier this week", "2008-W11")]),
    ("The index slipped late last week.", [("late last week", "2008-W10")]),
]


@pytest.mark.parametrize(("text", "rows"), PERIODS, ids=_ids(PERIODS))
def test_a_relative_period_keeps_its_granularity(text: str, rows: list) -> None:
    assert read(text) == expected(text, rows)


# ---- an offset back from the document date: a day, except years --------------------------------------------------
# TIDES and timenorm give "two weeks ago" the granularity of its unit (timenorm: 2012-W51); MEANTIME's annotators keep
# the day for days, weeks and months, and the year for years. Round ten read weeks and months ago as a week and a
# month: dev did not move and MEANTIME's test split fell below its floor (0.810 -> 0.798), so the day stays.

OFFSETS_BACK: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("en", "The station was closed two days ago.", [("two days ago", "2008-03-10")]),
    ("en", "The plant was sold a week ago.", [("a week ago", "2008-03-05")]),
    ("en", "The dam burst three months ago.", [("three months ago", "2007-12-12")]),
    # years back: no calendar date in news (Options.years_ago 'none', round 27: MEANTIME dev writes "two years ago"
    # as a DURATION; the written and fresh gold leave it out)
    ("en", "The law passed five years ago.", []),
    ("en", "The company was founded 25 years ago in Ohio.", []),
    ("fr", "L'usine a fermé il y a trois semaines.", [("il y a trois semaines", "2008-02-20")]),
    ("fr", "La loi a été votée il y a cinq ans.", []),
    # ahead, a term keeps its day ("in 10 days": a deadline)
    ("en", "The firm will decide in 10 days.", [("10 days", "2008-03-22")]),
]


@pytest.mark.parametrize(("lang", "text", "rows"), OFFSETS_BACK, ids=[f"{r[0]}-{r[1][:44]}" for r in OFFSETS_BACK])
def test_an_offset_back_is_a_day_or_a_year(lang: str, text: str, rows: list) -> None:
    assert read(text, lang) == expected(text, rows)


# ---- durations, references and comparisons: no calendar value, no date ---------------------------------------------

NO_DATE: list[str] = [
    "The index has lost 12 percent over the past year.",
    "Home prices have fallen in the past three months.",
    "The fund doubled in the last two weeks.",
    "Prices have risen in recent weeks.",
    "Prices have risen over the past few days.",
    "The firm must decide within 10 days.",
    "More cuts are expected in the coming weeks.",
    "It was the highest level in five years.",
    "Officials were recently told to leave.",
    "Now the company faces a lawsuit.",
    "He currently runs the unit.",
    "The reactor has run for a decade.",
    "Profit was $2 a share, up from $1.50 a year ago.",
    "Volume was 3.1 million shares, up from 2.4 million a day earlier.",
    "WASHINGTON (AP) -- The Senate passed the bill.",
    "The firm paid for 2000 shares.",
    "Tickets for 2000 fans were sold.",
    # values our engine has no precision for (TimeML: 199, 198 mod MID, 18, a decade back): none at all
    "The mill was built in the 1990s.",
    "The firm was founded in the late 1990s.",
    "The record dates to the 19th century.",
    "The firm was listed in the '90s.",
    "Profit rose in the third quarter.",
]


@pytest.mark.parametrize("text", NO_DATE, ids=[t[:50] for t in NO_DATE])
def test_a_duration_or_a_reference_is_no_date(text: str) -> None:
    assert read(text) == []


# ---- parts of the day and clock times: a TIME on its day ------------------------------------------------------------

TIMES: list[Row] = [
    ("The fire broke out Tuesday night near the port.", [("Tuesday night", "2008-03-11TNI")]),
    ("Police arrived Monday evening.", [("Monday evening", "2008-03-10TEV")]),
    ("The vote was held Tuesday morning.", [("Tuesday morning", "2008-03-11TMO")]),
    ("The rally continued Monday afternoon.", [("Monday afternoon", "2008-03-10TAF")]),
    ("The game starts tonight.", [("tonight", "2008-03-12TNI")]),
    ("Two people were hurt last night.", [("last night", "2008-03-11TNI")]),
    ("Trading was halted this morning.", [("this morning", "2008-03-12TMO")]),
    ("Stocks fell this afternoon.", [("this afternoon", "2008-03-12TAF")]),
    ("The minister spoke yesterday afternoon.", [("yesterday afternoon", "2008-03-11TAF")]),
    ("The fire started last Tuesday night.", [("last Tuesday night", "2008-03-11TNI")]),
    ("The minister arrived on the morning of March 4.", [("the morning of March 4", "2008-03-04TMO")]),
    # a clock and its day written together are one TIME
    ("The strike began at 3 p.m. Tuesday.", [("3 p.m. Tuesday", "2008-03-11T15:00")]),
    ("The meeting is scheduled for 9 a.m. Thursday.", [("9 a.m. Thursday", "2008-03-13T09:00")]),
    ("The launch was set for 6:45 p.m. EDT Thursday.", [("6:45 p.m. EDT Thursday", "2008-03-13T18:45")]),
    ("The fire started at 11 a.m. three weeks ago.", [("11 a.m. three weeks ago", "2008-02-20T11:00")]),
    ("The hearing began at 9 a.m. Monday, March 10.", [("9 a.m. Monday, March 10", "2008-03-10T09:00")]),
    ("The market closed at 4 p.m. EST.", [("4 p.m. EST", "2008-03-12T16:00")]),
    ("Trading opened at 9:30 a.m.", [("9:30 a.m.", "2008-03-12T09:30")]),
    ("The blast came at 11 a.m. (1600 GMT).", [("11 a.m.", "2008-03-12T11:00"), ("1600 GMT", "2008-03-12T16:00")]),
    # "early", "late" before a day stay in its words; the day is the same
    ("The quake struck early Tuesday.", [("early Tuesday", "2008-03-11")]),
    ("The talks broke down late Friday.", [("late Friday", "2008-03-07")]),
    ("The firm said earlier today it would sell the unit.", [("earlier today", "2008-03-12")]),
]


@pytest.mark.parametrize(("text", "rows"), TIMES, ids=_ids(TIMES))
def test_a_time_of_day_is_a_time_on_its_day(text: str, rows: list) -> None:
    assert read(text) == expected(text, rows)


# ---- anaphora: counted from the story's last date, with the modifier written before it ------------------------------

ANAPHORA: list[Row] = [
    ("The storm hit on March 3. The next day, crews restored power.",
     [("March 3", "2008-03-03"), ("The next day", "2008-03-04")]),
    ("The storm hit on March 3. Two days later, crews restored power.",
     [("March 3", "2008-03-03"), ("Two days later", "2008-03-05")]),
    ("The bridge opened on March 3. The previous day, a crane fell.",
     [("March 3", "2008-03-03"), ("The previous day", "2008-03-02")]),
    ("The bridge opened on March 3. A day earlier, a crane fell.",
     [("March 3", "2008-03-03"), ("A day earlier", "2008-03-02")]),
    ("The bridge opened on March 3. A month later, it closed.",
     [("March 3", "2008-03-03"), ("A month later", "2008-04")]),
    ("The bridge opened in June 2005. That month, traffic doubled.",
     [("June 2005", "2005-06"), ("That month", "2005-06")]),
    ("The plant opened in 1998. That year, it hired 300 workers.", [("1998", "1998"), ("That year", "1998")]),
    ("The firm was founded in 2001. The following year it went public.",
     [("2001", "2001"), ("The following year", "2002")]),
    ("The plant opened in 2004. A year earlier, the site was a farm.", [("2004", "2004"), ("A year earlier", "2003")]),
    ("The plant opened Jan. 5, 2004. The next month it shut down.",
     [("Jan. 5, 2004", "2004-01-05"), ("The next month", "2004-02")]),
    ("The plant opened on March 3. The previous week, it had hired 200 people.",
     [("March 3", "2008-03-03"), ("The previous week", "2008-W09")]),
    ("The plant opened on March 3. That night, a fire broke out.",
     [("March 3", "2008-03-03"), ("That night", "2008-03-03TNI")]),
    # the modifier before an anaphor is in its words, as "later this year" is one expression (round ten)
    ("The plant opened on March 3. Later that day, a fire broke out.",
     [("March 3", "2008-03-03"), ("Later that day", "2008-03-03")]),
    ("The plant opened on March 3. Earlier that month, the chief executive quit.",
     [("March 3", "2008-03-03"), ("Earlier that month", "2008-03")]),
    ("The plant opened in 2004. Later that year, it closed.", [("2004", "2004"), ("Later that year", "2004")]),
    ("The plant opened on March 3. Early the next day it closed.",
     [("March 3", "2008-03-03"), ("Early the next day", "2008-03-04")]),
    ("The plant opened on Monday. Late that night, it closed.",
     [("Monday", "2008-03-10"), ("Late that night", "2008-03-10TNI")]),
]


@pytest.mark.parametrize(("text", "rows"), ANAPHORA, ids=_ids(ANAPHORA))
def test_an_anaphor_counts_from_the_story(text: str, rows: list) -> None:
    assert read(text) == expected(text, rows)


def test_a_weekday_name_joins_a_weekday_only() -> None:
    """"Super Tuesday" is that Tuesday's name; "super" before an anaphor is no modifier of it."""
    assert read("Markets rallied in what traders called Super Tuesday.") == [("Super Tuesday", "2008-03-11")]
    assert read("It rained. The crowd was super that day.") == [("that day", "2008-03-12")]


# ---- year-less dates: the year the tense, or a plan's cue, points to ------------------------------------------------

YEARLESS: list[Row] = [
    ("The dividend is payable Dec. 7 to holders of record.", [("Dec. 7", "2008-12-07")]),
    ("Shareholders will meet April 2 to vote on the merger.", [("April 2", "2008-04-02")]),
    ("The offer expires March 28.", [("March 28", "2008-03-28")]),
    ("The offer expired Feb. 28.", [("Feb. 28", "2008-02-28")]),
    ("The bonds mature Sept. 15.", [("Sept. 15", "2008-09-15")]),
    ("The plant closed Dec. 24.", [("Dec. 24", "2007-12-24")]),
    ("The next hearing is set for Dec. 24.", [("Dec. 24", "2008-12-24")]),
    ("The new law took effect Jan. 1.", [("Jan. 1", "2008-01-01")]),
    ("The new law takes effect Jan. 1.", [("Jan. 1", "2009-01-01")]),
    ("The firm will report results on Feb. 3.", [("Feb. 3", "2009-02-03")]),
    ("The ban was lifted in December.", [("December", "2007-12")]),
    ("The show opens in June.", [("June", "2008-06")]),
    ("The rate was cut last March.", [("last March", "2007-03")]),
    ("Talks resume next March.", [("next March", "2009-03")]),
    # a participle apposed or after its noun tells a deed done, whatever the main verb's tense (round ten,
    # ``apposed_participle`` in English as in French); not one that looks ahead, nor one inside a verb
    ("The deal, announced in January, is expected to close in June.", [("January", "2008-01"), ("June", "2008-06")]),
    ("The plan unveiled Tuesday will cut 500 jobs.", [("Tuesday", "2008-03-11")]),
    ("The suspect, arrested on Monday, will appear in court Friday.",
     [("Monday", "2008-03-10"), ("Friday", "2008-03-14")]),
    ("Founded in June, the startup will list its shares next year.", [("June", "2007-06"), ("next year", "2009")]),
    ("The plan will be unveiled Tuesday.", [("Tuesday", "2008-03-18")]),
    ("Markets will remain closed Monday for the holiday.", [("Monday", "2008-03-17")]),
    ("The vote, scheduled for Thursday, was delayed.", [("Thursday", "2008-03-13")]),
    # a plan's date looks ahead of its verb: "was set for" (round ten, ``future_cues``)
    ("The vote was set for Thursday.", [("Thursday", "2008-03-13")]),
    ("Talks are set for March 20 in Vienna.", [("March 20", "2008-03-20")]),
]


@pytest.mark.parametrize(("text", "rows"), YEARLESS, ids=_ids(YEARLESS))
def test_a_yearless_date_takes_the_year_its_tense_points_to(text: str, rows: list) -> None:
    assert read(text) == expected(text, rows)


# ---- parts of a period (TimeML mod START, MID, END: the period's value) and explicit dates --------------------------

CALENDAR: list[Row] = [
    ("Sales slowed in mid-March.", [("mid-March", "2008-03")]),
    ("The line should open in late 2009.", [("late 2009", "2009")]),
    ("The company expects to list early next year.", [("early next year", "2009")]),
    ("Growth slowed in mid-2007.", [("mid-2007", "2007")]),
    ("Stocks fell at the end of February.", [("the end of February", "2008-02")]),
    ("The law takes effect at the beginning of next year.", [("the beginning of next year", "2009")]),
    ("Late last year, the bank failed.", [("Late last year", "2007")]),
    ("Prices jumped at the end of the month.", [("the end of the month", "2008-03")]),
    ("Output peaked in March 2006.", [("March 2006", "2006-03")]),
    ("Wages rose in 2005.", [("2005", "2005")]),
    ("Earnings for the year ended Dec. 31, 2007 rose.", [("Dec. 31, 2007", "2007-12-31")]),
    ("The shares fell on Feb. 29.", [("Feb. 29", "2008-02-29")]),
    ("He was born on July 4, 1950.", [("July 4, 1950", "1950-07-04")]),
    ("The firm, founded in 1887, was sold.", [("1887", "1887")]),
    ("The plant should be finished by 2010.", [("2010", "2010")]),
    ("The firm has not posted a profit since 1995.", [("1995", "1995")]),
    ("He lost the 2004 election.", [("2004", "2004")]),
    # a year after "for" when its clause's verb follows (round ten, ``year_closing_next``)
    ("The budget for 2009 was cut.", [("2009", "2009")]),
    ("Forecasts for 2009 were cut.", [("2009", "2009")]),
    ("The pact was signed on the 3rd of March.", [("the 3rd of March", "2008-03-03")]),
    ("The pact was signed 3/10/2008.", [("3/10/2008", "2008-03-10")]),
    ("NEW YORK, March 11 (Reuters) - Oil prices rose.", [("March 11", "2008-03-11")]),
    # a range is its two ends, each its own expression
    ("Unemployment rose between 1990 and 1999.", [("1990", "1990"), ("1999", "1999")]),
    ("Rates rose from 2003 to 2006.", [("2003", "2003"), ("2006", "2006")]),
    ("The fair runs March 3-5 in Berlin.", [("March 3", "2008-03-03"), ("5", "2008-03-05")]),
    ("The strike lasted from Monday to Wednesday.", [("Monday", "2008-03-10"), ("Wednesday", "2008-03-12")]),
]


@pytest.mark.parametrize(("text", "rows"), CALENDAR, ids=_ids(CALENDAR))
def test_a_calendar_expression_has_the_value_of_its_period(text: str, rows: list) -> None:
    assert read(text) == expected(text, rows)


# ---- news conventions (round ten, helper dw10): HeidelTime's and the guideline's reading, not an assistant's --------

NEWS_CONVENTIONS: list[Row] = [
    # "last" + a weekday is the most recent one before the document's date (yesterday for "last Tuesday" on a
    # Wednesday), a week back only for the document's own weekday; Recognizers-Text's calendar-week reading is
    # ``Options(last_weekday='week')``
    ("The rebels attacked last Tuesday.", [("last Tuesday", "2008-03-11")]),
    ("The talks collapsed last Monday.", [("last Monday", "2008-03-10")]),
    ("The plant closed last Wednesday.", [("last Wednesday", "2008-03-05")]),
    ("Prices fell last Thursday.", [("last Thursday", "2008-03-06")]),
    # "for" before a weekday: the day a deed is aimed at, ahead whatever the tense
    ("The premier called a snap election for Sunday.", [("Sunday", "2008-03-16")]),
    ("The union has called a strike for Monday.", [("Monday", "2008-03-17")]),
    ("He was jailed for Monday's attack.", [("Monday", "2008-03-10")]),  # a genitive: the attack's own day
    # a part of the day right before its day is one expression with it
    ("Troops attacked at dawn Monday.", [("dawn Monday", "2008-03-10TMO")]),
    ("The shelling began at dusk Sunday.", [("dusk Sunday", "2008-03-09TEV")]),
    ("Troops attacked at dawn.", [("dawn", "2008-03-12TMO")]),  # the page's day: pod30's ruling (a lone part)
    # a clock, its day and the part after them: one expression at the clock's time
    ("The blast came at 9 p.m. Monday night.", [("9 p.m. Monday night", "2008-03-10T21:00")]),
    ("The blast came at 8:30 Monday evening.", [("8:30 Monday evening", "2008-03-10T20:30")]),
]


@pytest.mark.parametrize(("text", "rows"), NEWS_CONVENTIONS, ids=_ids(NEWS_CONVENTIONS))
def test_news_conventions_of_weekdays_and_parts_of_the_day(text: str, rows: list) -> None:
    assert read(text) == expected(text, rows)


def test_the_assistant_convention_of_last_weekday_stays_an_option() -> None:
    week = Options(reference_date=REF, bare_weekday="past", last_weekday="week")
    assert read("The rebels attacked last Tuesday.", options=week) == [("last Tuesday", "2008-03-04")]
    assert read("The plant closed last Wednesday.", options=week) == [("last Wednesday", "2008-03-05")]
    with pytest.raises(ValueError, match="last_weekday"):
        Options(last_weekday="previous")


@pytest.mark.parametrize(("text", "lang", "first"), [
    # TimeML 2009-SP: in March the season's months have begun, "this spring" is 2008's, the next one a year on
    ("The firm expects a recovery next spring.", "en", dt.date(2009, 3, 21)),
    ("The firm expects a recovery this spring.", "en", dt.date(2008, 3, 21)),
    ("Au printemps prochain, le pont sera rouvert.", "fr", dt.date(2009, 3, 21)),
    ("The harvest was poor last summer.", "en", dt.date(2007, 6, 21)),
    ("The firm expects a recovery next summer.", "en", dt.date(2008, 6, 21)),
])
def test_a_season_has_the_year_its_words_point_to(text: str, lang: str, first: dt.date) -> None:
    months = Options(reference_date=REF, bare_weekday="past", season_grain="months")
    found = find_dates(text, REF, lang, months)
    assert [(m.value, m.precision) for m in found] == [(first, "month")]
    assert find_dates(text, REF, lang, NEWS) == []  # news: a season without its year is no calendar date


@pytest.mark.parametrize(("text", "first", "last"), [
    # TimeML 2007-Q4 / 2008-Q2 (values the benchmark does not score): our months of the quarter, the year right
    ("Profit rose in the fourth quarter of 2007.", dt.date(2007, 10, 1), dt.date(2007, 12, 31)),
    ("The firm expects growth next quarter.", dt.date(2008, 4, 1), dt.date(2008, 6, 30)),
])
def test_a_quarter_is_its_months_in_its_year(text: str, first: dt.date, last: dt.date) -> None:
    found = find_dates(text, REF, "en", NEWS)
    assert [(m.value, m.period_end(), m.precision) for m in found] == [(first, last, "month")]
