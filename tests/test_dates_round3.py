"""Dates on real news, third round (issue 12): tables of sentences written for these tests, both languages.

Reference date: Saturday 20 December 2025 (news conventions: ``bare_weekday='past'``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.realnews_dates import ends
from timeline.extraction.dates import find_dates
from timeline.settings import Options

REF = dt.date(2025, 12, 20)


def read(text: str, lang: str, ref: dt.date = REF) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision) for m in find_dates(text, ref, lang)]


# ---- ranges: where the last end is written, and its time (TimeML writes each end as its own TIMEX3) -----------

RANGE_ENDS = [
    ("fr", "Le stage aura lieu du 12 au 16 janvier à la maison des jeunes.", [("12", "2026-01-12"),
                                                                           ("16 janvier", "2026-01-16")]),
    ("fr", "La foire s'est tenue du 28 novembre au 3 décembre.", [("28 novembre", "2025-11-28"),
                                                                 ("3 décembre", "2025-12-03")]),
    ("fr", "La salle sera ouverte jeudi, de 14 h à 17 h 30.", [("jeudi", "2025-12-25"), ("14 h", "2025-12-25T14:00"),
                                                            ("17 h 30", "2025-12-25T17:30")]),
    ("fr", "Les vols ont eu lieu entre 1 h 15 et 3 h lundi.", [("1 h 15", "2025-12-15T01:15"),
                                                              ("3 h lundi", "2025-12-15T03:00")]),
    ("fr", "Les soldes vont de janvier à mars 2026.", [("janvier", "2026-01"), ("mars 2026", "2026-03")]),
    ("en", "The fair ran from November 28 to December 3.", [("November 28", "2025-11-28"),
                                                           ("December 3", "2025-12-03")]),
    ("en", "Talks were held on Oct. 6-9 in Geneva.", [("Oct. 6", "2025-10-06"), ("9", "2025-10-09")]),
    ("en", "Fans queued from 6:00 to 9:00 tomorrow.", [("6:00", "2025-12-21T06:00"),
                                                      ("9:00 tomorrow", "2025-12-21T09:00")]),
    ("en", "Sales rose from January to March 2025.", [("January", "2025-01"), ("March 2025", "2025-03")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RANGE_ENDS, ids=[f"{r[0]}:{r[1][:40]}" for r in RANGE_ENDS])
def test_range_ends_are_two_timeml_points(lang: str, text: str, expected: list) -> None:
    found = [f for m in find_dates(text, REF, lang) for f in ends(text, m)]
    got = [(f.text.removeprefix("du ").removeprefix("from ").removeprefix("de ").removeprefix("entre ")
            .removeprefix("on "), f.value) for f in found]
    assert got == expected


def test_a_single_date_has_no_end_start() -> None:
    for lang, text in (("fr", "Il est venu le 3 mars."), ("en", "He came on March 3.")):
        (m,) = find_dates(text, REF, lang)
        assert m.end_start is None and m.end_time is None


# ---- a part of a moved period: "the end of last year", "à la fin de l'année dernière" -------------------------

PARTS_MOVED = [
    ("en", "The mill shut at the end of last year.", [("at the end of last year", "2024-11-01", "year")]),
    ("en", "Hiring should resume early next year.", [("early next year", "2026-01-01", "year")]),
    ("en", "Prices dipped late last month.", [("late last month", "2025-11-21", "month")]),
    ("en", "The strike ended in the middle of last week.", [("the middle of last week", "2025-12-10", "week")]),
    ("fr", "La filature a fermé à la fin de l'année dernière.",
     [("à la fin de l'année dernière", "2024-11-01", "year")]),
    ("fr", "Les embauches reprendront en début d'année prochaine.",
     [("début d'année prochaine", "2026-01-01", "year")]),
    ("fr", "Les prix ont reculé au début du mois dernier.", [("début du mois dernier", "2025-11-01", "month")]),
    ("fr", "La grève a cessé à la fin de la semaine dernière.",
     [("à la fin de la semaine dernière", "2025-12-11", "week")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTS_MOVED, ids=[f"{r[0]}:{r[1][:40]}" for r in PARTS_MOVED])
def test_part_of_a_moved_period(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- "in May last year": the month takes the year that follows it ------------------------------------------------

RELATIVE_YEARS = [
    ("en", "The branch opened in May last year.",
     [("May", "2024-05-01", "month"), ("last year", "2024-01-01", "year")]),
    ("en", "Leases end after October of next year.",
     [("October", "2026-10-01", "month"), ("next year", "2026-01-01", "year")]),
    ("en", "The pact was signed on March 5 last year.",
     [("March 5", "2024-03-05", "day"), ("last year", "2024-01-01", "year")]),
    ("fr", "L'agence a ouvert en mai l'an dernier.",
     [("mai", "2024-05-01", "month"), ("l'an dernier", "2024-01-01", "year")]),
    ("fr", "Le bail prendra fin en octobre de l'année prochaine.",
     [("octobre", "2026-10-01", "month"), ("l'année prochaine", "2026-01-01", "year")]),
    ("fr", "Le pacte a été signé le 5 mars de l'année dernière.",
     [("5 mars", "2024-03-05", "day"), ("l'année dernière", "2024-01-01", "year")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE_YEARS,
                         ids=[f"{r[0]}:{r[1][:40]}" for r in RELATIVE_YEARS])
def test_month_of_a_relative_year(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


def test_a_count_with_last_is_plural() -> None:
    """"5 last years" is a count of time; "May 5 last year" is a day and a year."""
    assert read("Sales fell in the 5 last years.", "en") == []


# ---- weeks named by rank or by one of their days ----------------------------------------------------------------

WEEKS = [
    ("en", "Orders rebounded in the last week of November.", [("the last week of November", "2025-11-24", "week")]),
    ("en", "The first week of 2015 was cold.", [("The first week of 2015", "2014-12-29", "week")]),
    ("en", "Rooms are free the week of March 10th, 2026.", [("the week of March 10th, 2026", "2026-03-09", "week")]),
    ("en", "Book it for the week commencing 2 February 2026.",
     [("the week commencing 2 February 2026", "2026-02-02", "week")]),
    ("fr", "Les commandes ont rebondi la dernière semaine de novembre.",
     [("la dernière semaine de novembre", "2025-11-24", "week")]),
    ("fr", "La première semaine de 2015 a été froide.", [("La première semaine de 2015", "2014-12-29", "week")]),
    ("fr", "La salle est libre la semaine du 10 mars 2026.", [("la semaine du 10 mars 2026", "2026-03-09", "week")]),
    # a week counts where its Thursday falls: July 2017 ends on a Monday, its last week is the 24th-30th
    ("fr", "La dernière semaine de juillet 2017 fut chaude.", [("La dernière semaine de juillet 2017", "2017-07-24",
                                                               "week")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), WEEKS, ids=[f"{r[0]}:{r[1][:40]}" for r in WEEKS])
def test_weeks_by_rank_or_day(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- "dès mardi", "as early as Tuesday": either side, by the tense of the sentence (else the nearer one) --------

EARLY_AS = [
    ("fr", "Interpellés dès mardi soir, les suspects ont été relâchés.", [("dès mardi soir", "2025-12-16", "day")]),
    ("fr", "Les magasins rouvriront dès lundi.", [("dès lundi", "2025-12-22", "day")]),
    ("en", "Suspects held as early as Tuesday night were released.",
     [("as early as Tuesday night", "2025-12-16", "day")]),
    ("en", "The shops will reopen as early as Monday.", [("as early as Monday", "2025-12-22", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EARLY_AS, ids=[f"{r[0]}:{r[1][:40]}" for r in EARLY_AS])
def test_as_early_as_a_weekday(lang: str, text: str, expected: list) -> None:
    assert read(text, lang, dt.date(2025, 12, 19)) == expected


# ---- what is not a calendar date: an ordinal qualifying a noun, comparisons, a holiday naming a season --------

NOT_DATES = [
    ("en", "Intel showed on Tuesday the first generation of its chips.", [("Tuesday", "2025-12-16", "day")]),
    ("fr", "Le groupe a présenté mardi le premier modèle de sa gamme.", [("mardi", "2025-12-16", "day")]),
    ("en", "Margins reached 9%, up from 7% a year ago.", []),
    ("en", "Revenue was $4.1 billion, against $3.8 billion a year earlier.", []),
    ("en", "The liner lands on May 4, two days later than planned.", [("May 4", "2026-05-04", "day")]),
    ("fr", "La marge a atteint 9 %, contre 7 % un an plus tôt.", []),
    ("fr", "Le paquebot accostera le 4 mai, deux jours plus tard que prévu.", [("4 mai", "2026-05-04", "day")]),
    ("en", "Toy makers count on Christmas sales.", []),
    ("en", "Shops were busy in the Christmas and New Year shopping period.", []),
    ("fr", "Les commerçants comptent sur les fêtes de Noël.", []),
    ("fr", "Les vacances de Pâques commencent bientôt.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_DATES, ids=[f"{r[0]}:{r[1][:40]}" for r in NOT_DATES])
def test_not_calendar_dates(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


STILL_DATES = [
    ("en", "The vote is on Tuesday the third of March 2026.",
     [("Tuesday the third of March 2026", "2026-03-03", "day")]),
    ("en", "He will come home on Christmas.", [("Christmas", "2025-12-25", "day")]),
    ("fr", "Il est rentré à Noël.", [("Noël", "2024-12-25", "day")]),
    ("en", "On March 3, two days later, the plant closed.", [("March 3", "2025-03-03", "day"),
                                                          ("two days later", "2025-03-05", "day")]),
    ("fr", "Le 3 mars, deux jours plus tard, l'usine a fermé.", [("3 mars", "2025-03-03", "day"),
                                                                ("deux jours plus tard", "2025-03-05", "day")]),
    ("en", "He left three days ago.", [("three days ago", "2025-12-17", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STILL_DATES, ids=[f"{r[0]}:{r[1][:40]}" for r in STILL_DATES])
def test_still_dates(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


def test_recognizers_month_range_ends_with_its_second_month() -> None:
    """The peer suite writes "from May to Oct 2020" as (2020-05-01,2020-10-01,P5M): two points, so it ends with
    October (the rule it already had for days); a quarter, which names no two months, keeps its exclusive end."""
    from benchmarks.dates_bench import _range_last

    oct1 = dt.date(2020, 10, 1)
    assert _range_last("(2020-05-01,2020-10-01,P5M)", oct1, "from may to oct 2020") == dt.date(2020, 10, 31)
    assert _range_last("(2020-05-01,2020-10-01,P5M)", oct1, "de mai à octobre 2020") == dt.date(2020, 10, 31)
    assert _range_last("(2020-07-01,2020-10-01,P3M)", oct1, "the third quarter of 2020") == dt.date(2020, 9, 30)
    assert _range_last("(2020-10-17,2020-10-20,P3D)", dt.date(2020, 10, 20), "du 17 au 20") == dt.date(2020, 10, 20)


# ---- years in words -----------------------------------------------------------------------------------------------

SPELLED_YEARS = [
    ("en", "The band split in nineteen ninety-six.", [("nineteen ninety-six", "1996-01-01", "year")]),
    ("en", "The mine reopened in two thousand and eleven, after a flood.",
     [("two thousand and eleven", "2011-01-01", "year")]),
    ("en", "Since two thousand, the port has grown.", [("two thousand", "2000-01-01", "year")]),
    ("en", "Nineteen delegates met twenty times.", []),
    ("en", "In two thousand villages, water is scarce.", []),
    ("fr", "Le groupe s'est séparé en mille neuf cent quatre-vingt-seize.",
     [("mille neuf cent quatre-vingt-seize", "1996-01-01", "year")]),
    ("fr", "La mine a rouvert en deux mille onze, après une crue.", [("deux mille onze", "2011-01-01", "year")]),
    ("fr", "Il y avait deux mille vingt délégués.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPELLED_YEARS,
                         ids=[f"{r[0]}:{r[1][:40]}" for r in SPELLED_YEARS])
def test_years_in_words(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- a deadline year is a year in both languages (TimeML: "by <2030>"); a horizon or a term is none -------------

DEADLINES = [
    ("fr", "Le réseau sera achevé d'ici 2031.", [("2031", "2031-01-01", "year")]),
    ("en", "The network will be finished by 2031.", [("2031", "2031-01-01", "year")]),
    ("fr", "La ligne ouvrira d'ici fin 2031.", [("fin 2031", "2031-11-01", "year")]),
    ("en", "The line will open by the end of 2031.", [("the end of 2031", "2031-11-01", "year")]),
    ("fr", "Le plan vise une croissance forte à l'horizon 2031.", []),
    ("en", "The party adopted its vision 2045.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEADLINES, ids=[f"{r[0]}:{r[1][:40]}" for r in DEADLINES])
def test_deadline_years(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- a plural unit after "last"/"next" is a stretch of time, no date ---------------------------------------------

STRETCHES = [
    ("en", "The talks may last months.", []),
    ("en", "Prices will rise over the next weeks.", []),
    ("en", "Sales fell last month.", [("last month", "2025-11-01", "month")]),
    ("fr", "Les pourparlers pourraient durer des mois.", []),
    ("fr", "Les prix vont monter dans les prochaines semaines.", []),
    ("fr", "Les ventes ont baissé le mois dernier.", [("le mois dernier", "2025-11-01", "month")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STRETCHES, ids=[f"{r[0]}:{r[1][:40]}" for r in STRETCHES])
def test_stretches_of_time(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- the tense of another clause, and "since": which year a year-less date is in --------------------------------

JULY = dt.date(2025, 7, 7)
CLAUSES = [
    # ref 7 July 2025: the March figures are this year's, whatever the relative clause's future says
    ("fr", JULY, "Les chiffres de mars, qui devraient être révisés l'an prochain, confirment la tendance.",
     [("mars", "2025-03-01", "month"), ("l'an prochain", "2026-01-01", "year")]),
    ("en", JULY, "The census of March, which will be revised next year, confirms the trend.",
     [("March", "2025-03-01", "month"), ("next year", "2026-01-01", "year")]),
    # a date inside the relative clause takes the clause's tense
    ("fr", JULY, "Le sommet, qui se tiendra le 5 mars, réunira vingt pays.", [("5 mars", "2026-03-05", "day")]),
    ("en", JULY, "The summit, which will be held on March 5, gathers twenty states.",
     [("March 5", "2026-03-05", "day")]),
    # ref 20 December 2025: "depuis janvier", "since January" are behind us, though next January is nearer
    ("fr", REF, "Sans club depuis janvier, le joueur n'a pas convaincu.", [("janvier", "2025-01-01", "month")]),
    ("en", REF, "Without a club since January, the player failed to convince.", [("January", "2025-01-01", "month")]),
]


@pytest.mark.parametrize(("lang", "ref", "text", "expected"), CLAUSES, ids=[f"{r[0]}:{r[2][:40]}" for r in CLAUSES])
def test_tense_of_the_dates_own_clause(lang: str, ref: dt.date, text: str, expected: list) -> None:
    assert read(text, lang, ref) == expected


# ---- a year naming a thing ("le bilan 2001 de", "the 2001 report"); a clock takes the day of the sentence before --

NAMING_AND_CLOCKS = [
    ("fr", "Le bilan 2024 de la sécurité routière sera publié lundi.", [("2024", "2024-01-01", "year"),
                                                                       ("lundi", "2025-12-22", "day")]),
    ("fr", "L'édition 2026 du salon aura lieu à Lyon.", [("2026", "2026-01-01", "year")]),
    ("fr", "Il y avait 2024 participants.", []),
    ("en", "The 2024 report of the agency is due.", [("2024", "2024-01-01", "year")]),
    ("en", "There were 2024 participants.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMING_AND_CLOCKS,
                         ids=[f"{r[0]}:{r[1][:40]}" for r in NAMING_AND_CLOCKS])
def test_years_naming_a_thing(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


CLOCKS_BEFORE = [
    ("fr", "Le ministre est arrivé hier à Lyon. Il a été reçu vers 15 h 20 à la préfecture.",
     [("hier", "2025-12-19", None), ("15 h 20", "2025-12-19", "15:20")]),
    ("en", "The minister arrived in Lyon yesterday. He was received at 3:20 p.m. at the town hall.",
     [("yesterday", "2025-12-19", None), ("3:20 p.m.", "2025-12-19", "15:20")]),
    # the clock's sentence does not point to the earlier day's side: the reference date
    ("en", "The team returns on December 28. Call the desk before 5 p.m.",
     [("December 28", "2025-12-28", None), ("5 p.m.", "2025-12-20", "17:00")]),
    ("fr", "L'équipe rentre le 28 décembre. Appelez le bureau avant 17 h.",
     [("28 décembre", "2025-12-28", None), ("17 h", "2025-12-20", "17:00")]),
    # two sentences away: in French the story's day still holds (``story_day_span``, round seven: a reader takes
    # yesterday's 18 h), unless the day is far from the reference date (tests/test_dates_round7_fr.py)
    ("fr", "Le ministre est arrivé hier. Il pleuvait. Il est reparti vers 18 h.",
     [("hier", "2025-12-19", None), ("18 h", "2025-12-19", "18:00")]),
    ("fr", "Le 8 mai 1945, la guerre prenait fin. Il pleuvait. La cérémonie a commencé vers 18 h.",
     [("8 mai 1945", "1945-05-08", None), ("18 h", "2025-12-20", "18:00")]),
    # in English, two sentences away is the reference date
    ("en", "The minister arrived yesterday. It rained. He left at 6 p.m.",
     [("yesterday", "2025-12-19", None), ("6 p.m.", "2025-12-20", "18:00")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLOCKS_BEFORE,
                         ids=[f"{r[0]}:{r[1][:40]}" for r in CLOCKS_BEFORE])
def test_clock_takes_the_day_of_the_sentence_before(lang: str, text: str, expected: list) -> None:
    assert [(m.text, m.value.isoformat(), m.time) for m in find_dates(text, REF, lang)] == expected


# ---- a weekday or a day by its rank in a month ---------------------------------------------------------------------

RANKED_DAYS = [
    ("en", "The fair opens on the first Friday of March 2026.",
     [("the first Friday of March 2026", "2026-03-06", "day")]),
    ("en", "The board met on the last Monday of November.", [("the last Monday of November", "2025-11-24", "day")]),
    ("en", "Rent is due on the 15th day of next month.", [("the 15th day of next month", "2026-01-15", "day")]),
    ("fr", "La foire ouvre le premier vendredi de mars 2026.",
     [("le premier vendredi de mars 2026", "2026-03-06", "day")]),
    ("fr", "Le conseil s'est réuni le dernier lundi de novembre.",
     [("le dernier lundi de novembre", "2025-11-24", "day")]),
    ("fr", "Le loyer est dû le 15e jour de janvier 2026.", [("le 15e jour de janvier 2026", "2026-01-15", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RANKED_DAYS, ids=[f"{r[0]}:{r[1][:40]}" for r in RANKED_DAYS])
def test_ranked_days(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


def test_same_weekday_is_today_in_the_assistant_convention() -> None:
    """bare_weekday='future' (the peer suites' convention): a bare weekday said on that weekday is today; the news
    convention keeps it too (the last one on or before the reference date)."""
    saturday = dt.date(2025, 12, 20)
    for lang, text in (("en", "Book a room on Saturday"), ("fr", "Réservez une salle samedi")):
        for mode in ("future", "past"):
            (m,) = find_dates(text, saturday, lang, Options(bare_weekday=mode))
            assert m.value == saturday, (lang, mode)


# ---- a month (or a day) then a two-digit year that closes the phrase ---------------------------------------------

SHORT_YEARS = [
    ("en", "He was born on 15 April of 87.", [("15 April of 87", "1987-04-15", "day")]),
    ("en", "Show me the records of August 99.", [("August 99", "1999-08-01", "month")]),
    ("fr", "Montrez-moi les records d'août 99.", [("août 99", "1999-08-01", "month")]),
    ("fr", "Il est né le 15 avril 87.", [("15 avril 87", "1987-04-15", "day")]),
    ("fr", "Le 5 mars 12 personnes ont été blessées.", [("5 mars", "2025-03-05", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SHORT_YEARS, ids=[f"{r[0]}:{r[1][:40]}" for r in SHORT_YEARS])
def test_two_digit_year_after_a_month(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- saying verbs: the weekday of the saying is past, whatever the tense of what was said ------------------------

WED = dt.date(2025, 12, 17)
SAYING = [
    ("en", "The minister said Tuesday the summit will be held Friday.",
     [("Tuesday", "2025-12-16", "day"), ("Friday", "2025-12-19", "day")]),
    ("en", "The board will meet Thursday, the chairman said Monday.",
     [("Thursday", "2025-12-18", "day"), ("Monday", "2025-12-15", "day")]),
    ("en", "The firm told reporters on Monday it would expand.", [("Monday", "2025-12-15", "day")]),
    ("en", "The union, which struck on Monday, will meet Thursday.",
     [("Monday", "2025-12-15", "day"), ("Thursday", "2025-12-18", "day")]),
    ("fr", "Le ministre a annoncé mardi que le sommet se tiendrait vendredi.",
     [("mardi", "2025-12-16", "day"), ("vendredi", "2025-12-19", "day")]),
    ("fr", "Le conseil se réunira jeudi, a déclaré lundi le président.",
     [("jeudi", "2025-12-18", "day"), ("lundi", "2025-12-15", "day")]),
    ("fr", "Le syndicat, qui a manifesté lundi, se réunira jeudi.",
     [("lundi", "2025-12-15", "day"), ("jeudi", "2025-12-18", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SAYING, ids=[f"{r[0]}:{r[1][:40]}" for r in SAYING])
def test_weekday_of_a_saying(lang: str, text: str, expected: list) -> None:
    assert read(text, lang, WED) == expected


NOW_RANGES = [
    ("en", "The works will run between now and March 15, 2026.",
     [("between now and March 15, 2026", "2025-12-20", "2026-03-15")]),
    ("en", "Prices rose between June 2, 2025 and now.", [("between June 2, 2025 and now", "2025-06-02", "2025-12-20")]),
    ("fr", "Les travaux dureront entre maintenant et le 15 mars 2026.",
     [("entre maintenant et le 15 mars 2026", "2025-12-20", "2026-03-15")]),
    ("fr", "Les prix ont monté entre le 2 juin 2025 et maintenant.",
     [("entre le 2 juin 2025 et maintenant", "2025-06-02", "2025-12-20")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOW_RANGES, ids=[f"{r[0]}:{r[1][:40]}" for r in NOW_RANGES])
def test_now_as_an_end(lang: str, text: str, expected: list) -> None:
    got = [(m.text, m.value.isoformat(), m.end_value.isoformat() if m.end_value else None)
           for m in find_dates(text, REF, lang)]
    assert got == expected


# ---- irregular English pasts are past cues (French has the passé composé pattern) ---------------------------------

PASTS = [
    ("en", "The firm sold the plant on March 3.", [("March 3", "2025-03-03", "day")]),
    ("en", "The firm will sell the plant on March 3.", [("March 3", "2026-03-03", "day")]),
    ("fr", "Le groupe a vendu l'usine le 3 mars.", [("3 mars", "2025-03-03", "day")]),
    ("fr", "Le groupe vendra l'usine le 3 mars.", [("3 mars", "2026-03-03", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PASTS, ids=[f"{r[0]}:{r[1][:40]}" for r in PASTS])
def test_irregular_pasts(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- a lone part of the day takes the day of its sentence (or of the one before, by tense); alone, none ----------

LONE_PARTS = [
    ("fr", "Le ministre est arrivé hier à Lyon où il devait parler dans la soirée.",
     [("hier", "2025-12-19", None), ("la soirée", "2025-12-19", "evening")]),
    ("fr", "Le ministre est arrivé hier. Il a parlé dans la soirée.",
     [("hier", "2025-12-19", None), ("la soirée", "2025-12-19", "evening")]),
    ("fr", "Il se promène dans la soirée.", []),
    ("en", "Shares fell on Monday, then rose in the afternoon.",
     [("Monday", "2025-12-15", None), ("the afternoon", "2025-12-15", "afternoon")]),
    ("en", "The minister arrived yesterday. He spoke in the evening.",
     [("yesterday", "2025-12-19", None), ("the evening", "2025-12-19", "evening")]),
    ("en", "He runs in the morning.", []),
    ("fr", "Le ministre est arrivé hier à Lyon et il est reparti en fin d'après-midi.",
     [("hier", "2025-12-19", None), ("en fin d'après-midi", "2025-12-19", "afternoon")]),
    ("fr", "Le ministre est arrivé hier et il a parlé vers midi.",
     [("hier", "2025-12-19", None), ("midi", "2025-12-19", "12:00")]),  # French noon: T12:00 (round ten)
    ("en", "The minister arrived yesterday and left at noon.",
     [("yesterday", "2025-12-19", None), ("noon", "2025-12-19", "12:00")]),  # English noon: T12:00 (round 24)
    ("en", "Shares rose on Monday, in morning trading.", [("Monday", "2025-12-15", None),
                                                          ("morning", "2025-12-15", "morning")]),
    ("fr", "Il se promène à midi.", []),
    ("fr", "Une fête est prévue vendredi à midi.",
     [("vendredi", "2025-12-26", None), ("midi", "2025-12-26", "12:00")]),  # TimeML: apart (round nine)
    ("en", "A party is planned for Friday at noon.", [("Friday at noon", "2025-12-26", "12:00")]),  # round 24
]


@pytest.mark.parametrize(("lang", "text", "expected"), LONE_PARTS, ids=[f"{r[0]}:{r[1][:40]}" for r in LONE_PARTS])
def test_lone_part_of_the_day(lang: str, text: str, expected: list) -> None:
    assert [(m.text, m.value.isoformat(), m.time) for m in find_dates(text, REF, lang)] == expected


FOLLOWING_WEEK = [
    ("en", "On March 3, the firm opened a plant. It closed the following week.",
     [("March 3", "2025-03-03", "day"), ("the following week", "2025-03-10", "week")]),
    ("en", "On March 12, the firm opened a plant. It had been approved the previous week.",
     [("March 12", "2025-03-12", "day"), ("the previous week", "2025-03-03", "week")]),
    ("fr", "Le 3 mars, le groupe a ouvert une usine. Elle a fermé la semaine suivante.",
     [("3 mars", "2025-03-03", "day"), ("la semaine suivante", "2025-03-10", "week")]),
    ("fr", "Le 12 mars, le groupe a ouvert une usine. Elle avait été autorisée la semaine précédente.",
     [("12 mars", "2025-03-12", "day"), ("la semaine précédente", "2025-03-03", "week")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOLLOWING_WEEK,
                         ids=[f"{r[0]}:{r[1][:40]}" for r in FOLLOWING_WEEK])
def test_following_week_counts_from_the_story(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- the present of an announcement ("a lieu", "takes place"): the nearer date, not the last one -------------

FRIDAY = dt.date(2025, 12, 19)
ANNOUNCED = [
    ("fr", "Le loto a lieu dimanche à la salle des fêtes.", [("dimanche", "2025-12-21", "day")]),
    ("fr", "La réunion a lieu le 23 décembre.", [("23 décembre", "2025-12-23", "day")]),
    ("fr", "Le marché se tient lundi.", [("lundi", "2025-12-22", "day")]),
    # the present of a report looks neither way: the nearer date
    ("fr", "Le marché se tient mardi.", [("mardi", "2025-12-16", "day")]),
    ("fr", "Le forum se tient du 10 au 12 décembre.", [("du 10 au 12 décembre", "2025-12-10", "day")]),
    ("en", "The forum is held from December 10 to 12.", [("from December 10 to 12", "2025-12-10", "day")]),
    ("fr", "Le concert a eu lieu samedi.", [("samedi", "2025-12-13", "day")]),
    ("en", "The fair takes place on Sunday.", [("Sunday", "2025-12-21", "day")]),
    ("en", "The meeting is held on December 23.", [("December 23", "2025-12-23", "day")]),
    ("en", "The fair took place on Sunday.", [("Sunday", "2025-12-14", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ANNOUNCED, ids=[f"{r[0]}:{r[1][:40]}" for r in ANNOUNCED])
def test_present_of_an_announcement(lang: str, text: str, expected: list) -> None:
    assert read(text, lang, FRIDAY) == expected


WEEKDAY_FIGURES = [
    ("en", "The hearing was moved to Friday, 3/6/2026.", [("Friday, 3/6/2026", "2026-03-06", "day")]),
    ("en", "The hearing was moved to Friday 2026-3-6.", [("Friday 2026-3-6", "2026-03-06", "day")]),
    ("fr", "L'audience a été reportée au vendredi 06/03/2026.", [("vendredi 06/03/2026", "2026-03-06", "day")]),
    ("fr", "L'audience a été reportée au vendredi 06/03/26.", [("vendredi 06/03/26", "2026-03-06", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), WEEKDAY_FIGURES,
                         ids=[f"{r[0]}:{r[1][:40]}" for r in WEEKDAY_FIGURES])
def test_weekday_before_a_date_in_figures(lang: str, text: str, expected: list) -> None:
    assert read(text, lang) == expected


# ---- a date that falls due looks ahead; a same-day weekday with a future cue is today -----------------------------

NOV2 = dt.date(1989, 11, 2)
DUE = [
    ("en", "The dividend was declared yesterday and is payable Dec. 7.",
     [("yesterday", "1989-11-01", "day"), ("Dec. 7", "1989-12-07", "day")]),
    ("en", "The notes mature in March.", [("March", "1990-03-01", "month")]),
    ("en", "The sale was expected to close in January.", [("January", "1990-01-01", "month")]),
    ("fr", "Le dividende a été voté hier et est payable le 7 décembre.",
     [("hier", "1989-11-01", "day"), ("7 décembre", "1989-12-07", "day")]),
    ("fr", "Les obligations arrivent à échéance en mars.", [("mars", "1990-03-01", "month")]),
    ("fr", "La vente était censée se conclure en janvier.", [("janvier", "1990-01-01", "month")]),
    # 2 November 1989 was a Thursday
    ("en", "The jet was set to land on Thursday after a test flight.", [("Thursday", "1989-11-02", "day")]),
    ("fr", "L'avion devait atterrir jeudi après un vol d'essai.", [("jeudi", "1989-11-02", "day")]),
    ("fr", "Les bureaux seront ouverts du lundi au jeudi.", [("du lundi au jeudi", "1989-11-06", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DUE, ids=[f"{r[0]}:{r[1][:40]}" for r in DUE])
def test_dates_falling_due(lang: str, text: str, expected: list) -> None:
    assert read(text, lang, NOV2) == expected
