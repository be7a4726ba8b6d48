"""French dates, fourth round (issue 12): one table a class of error, sentences written for these tests.

News conventions (``bare_weekday='past'``). Each row is (sentence, reference date, expected (text, value,
precision) of the mention that the class is about). Values as ``DateMention.value`` ISO days.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

WED = dt.date(2026, 3, 11)  # a Wednesday
FRI = dt.date(2026, 3, 13)  # a Friday


def read(text: str, ref: dt.date, lang: str = "fr", **kw: str) -> list[tuple[str, str, str]]:
    options = Options(reference_date=ref, **kw)  # type: ignore[arg-type]
    return [(m.text, m.value.isoformat(), m.precision) for m in find_dates(text, ref, lang, options)]


def _ids(rows: list) -> list[str]:
    return [row[0][:45] for row in rows]


# ---- futures whose stem is not "-er-", "-ir-", "-dr-", "-rr-": the weekday is the coming one ----------------------

IRREGULAR_FUTURES = [
    ("Le club recevra Lyon samedi au stade.", WED, ("samedi", "2026-03-14", "day")),
    ("Le tribunal fera connaître sa décision vendredi.", WED, ("vendredi", "2026-03-13", "day")),
    ("Le jury connaîtra le nom des lauréats vendredi.", WED, ("vendredi", "2026-03-13", "day")),
    ("Le cortège suivra le même parcours dimanche.", WED, ("dimanche", "2026-03-15", "day")),
    ("La mairie mettra la salle à disposition lundi.", WED, ("lundi", "2026-03-16", "day")),
    # an imparfait in -vrait is no future: the last Monday
    ("Le doyen ouvrait la séance lundi.", WED, ("lundi", "2026-03-09", "day")),
]


@pytest.mark.parametrize(("text", "ref", "expected"), IRREGULAR_FUTURES, ids=_ids(IRREGULAR_FUTURES))
def test_irregular_futures_push_the_weekday_ahead(text: str, ref: dt.date, expected: tuple) -> None:
    assert expected in read(text, ref)


# ---- "est/sont + participle": a passé composé with the verbs of être, a passive present with the others -----------

ETRE_OR_PASSIVE = [
    # passive present: no tense cue, the nearer year (ahead of a March article: this April)
    ("La réunion est fixée au 2 avril.", WED, ("2 avril", "2026-04-02", "day")),
    ("Les inscriptions sont ouvertes jusqu'au 30 avril.", WED, ("30 avril", "2026-04-30", "day")),
    # passé composé with être: behind us
    ("Le convoi est arrivé le 2 avril à Metz.", WED, ("2 avril", "2025-04-02", "day")),
    ("Elle est décédée le 20 mars dans sa maison.", WED, ("20 mars", "2025-03-20", "day")),
    ("Les marcheurs sont partis le 28 mars de Nancy.", WED, ("28 mars", "2025-03-28", "day")),
    # the conditionnel passé of a reported fact is past, though "aurait" alone leans ahead
    ("Le virement aurait été signé le 20 avril, selon la presse.", WED, ("20 avril", "2025-04-20", "day")),
    ("Le suspect serait arrivé le 2 avril à Metz.", WED, ("2 avril", "2025-04-02", "day")),
]


@pytest.mark.parametrize(("text", "ref", "expected"), ETRE_OR_PASSIVE, ids=_ids(ETRE_OR_PASSIVE))
def test_etre_plus_participle_is_past_only_for_etre_verbs(text: str, ref: dt.date, expected: tuple) -> None:
    assert expected in read(text, ref)


# ---- "ce lundi": the nearer one, unless the tense of its sentence says which --------------------------------------

THIS_WEEKDAY = [
    ("Le doyen du village est décédé ce lundi à 97 ans.", FRI, ("ce lundi", "2026-03-09", "day")),
    ("Un incendie s'est déclaré ce dimanche dans la grange.", FRI, ("ce dimanche", "2026-03-08", "day")),
    ("Le conseil se réunira ce lundi en mairie.", FRI, ("ce lundi", "2026-03-16", "day")),
    ("Le conseil se réunira ce mercredi en mairie.", FRI, ("ce mercredi", "2026-03-18", "day")),
    # no cue: the nearer one (Monday 16 is three days ahead, Monday 9 four days back)
    ("Le marché de ce lundi en centre-ville.", FRI, ("ce lundi", "2026-03-16", "day")),
    # the article's own weekday is today, whatever the tense
    ("Le conseil a voté ce vendredi le budget.", FRI, ("ce vendredi", "2026-03-13", "day")),
    ("Le conseil votera ce vendredi le budget.", FRI, ("ce vendredi", "2026-03-13", "day")),
]


@pytest.mark.parametrize(("text", "ref", "expected"), THIS_WEEKDAY, ids=_ids(THIS_WEEKDAY))
def test_this_weekday_follows_the_tense(text: str, ref: dt.date, expected: tuple) -> None:
    assert expected in read(text, ref)


# ---- "il y a dix ans": a year under the peer suites' convention (Options.years_ago 'year'; news reads no date since
# round 27: tests/test_years_ago27.py); days and weeks keep their day either way ----------------------------------

YEARS_AGO = [
    ("fr", "Il y a dix ans, l'usine fermait ses portes.", ("Il y a dix ans", "2016-01-01", "year")),
    ("fr", "L'association est née il y a deux ans.", ("il y a deux ans", "2024-01-01", "year")),
    ("fr", "Il y a trois jours, le maire a démissionné.", ("Il y a trois jours", "2026-03-08", "day")),
    ("en", "The plant closed ten years ago.", ("ten years ago", "2016-01-01", "year")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEARS_AGO, ids=[r[1][:45] for r in YEARS_AGO])
def test_years_ago_is_a_year(lang: str, text: str, expected: tuple) -> None:
    assert expected in read(text, WED, lang, years_ago="year")


# ---- a range of two bare years: both ends are years ("de 1976 à 1978"), an amount is not ------------------------

YEAR_RANGES = [
    ("Il fut maire de 1977 à 1983 puis de 1989 à 2001.",
     [("1977", "1977-01-01", "year"), ("1983", "1983-01-01", "year"), ("1989", "1989-01-01", "year"),
      ("2001", "2001-01-01", "year")]),
    ("Elle a présidé le club de 1990 jusqu'en 1995.", [("1990", "1990-01-01", "year"), ("1995", "1995-01-01", "year")]),
    ("Le loyer passe de 2000 à 2100 €.", []),
    ("Le prix est passé de 1900 à 2050 euros par mois.", []),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_RANGES, ids=[r[0][:45] for r in YEAR_RANGES])
def test_both_ends_of_a_year_range(text: str, expected: list) -> None:
    assert read(text, WED) == expected


# ---- a season with no cue: the nearer one, a coming one counting twice its distance (as a year-less date) --------

MAY = dt.date(1999, 5, 21)
OCT = dt.date(2016, 10, 17)

SEASONS = [
    ("L'école ferme ses portes pour l'été.", MAY, ("l'été", "1999-06-21", "month")),
    ("La ville se prépare à quelques semaines de l'hiver.", OCT, ("l'hiver", "2016-12-21", "month")),
    # a cue still decides
    ("Il est parti en vacances l'été dernier.", MAY, ("l'été dernier", "1998-06-21", "month")),
    # behind us and nearer: the last one
    ("Les récoltes de l'été ont été bonnes.", OCT, ("l'été", "2016-06-21", "month")),
]


@pytest.mark.parametrize(("text", "ref", "expected"), SEASONS, ids=_ids(SEASONS))
def test_a_season_without_cue_is_the_nearer_one(text: str, ref: dt.date, expected: tuple) -> None:
    # the season's months, as the peer suites read it; news gives a season without its year no date (season_years)
    assert expected in read(text, ref, season_grain="months")
    assert expected[0] not in [found[0] for found in read(text, ref)]


# ---- a year then a month number, spaced ("2016 - 11"), is that month; a span of two years is no month -------------
# (a span of past years is two years, as "la saison 1996-1997" below: den9, round nine, read the two-digit end too)

YEAR_MONTH = [
    ("Les chiffres de 2016 - 11 sont publiés.", [("2016 - 11", "2016-11-01", "month")]),
    ("Relevé 2019 / 3 de la station.", [("2019 / 3", "2019-03-01", "month")]),
    ("La saison 2010 - 11 fut la meilleure.", [("2010", "2010-01-01", "year"), ("11", "2011-01-01", "year")]),
    ("Pendant la saison 1998-99, il a joué à Metz.", [("1998", "1998-01-01", "year"), ("99", "1999-01-01", "year")]),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_MONTH, ids=[r[0][:45] for r in YEAR_MONTH])
def test_a_spaced_year_and_month_number(text: str, expected: list) -> None:
    assert read(text, WED) == expected


# ---- "mardi 25" without its month: a day near the article (the month before, this one or the next) ---------------

WEEKDAY_AND_DAY = [
    # the past cue is the deciding verb's; the only Tuesday 25 nearby is ahead
    ("Les grévistes ont décidé de reconduire le mouvement jusqu'à mardi 25.", MAY, ("mardi 25", "1999-05-25", "day")),
    ("Le maire est arrivé jeudi 13 à la gare.", MAY, ("jeudi 13", "1999-05-13", "day")),
    ("Le chantier a repris lundi 26 avril.", MAY, ("lundi 26 avril", "1999-04-26", "day")),
]


@pytest.mark.parametrize(("text", "ref", "expected"), WEEKDAY_AND_DAY, ids=_ids(WEEKDAY_AND_DAY))
def test_weekday_and_day_stay_near_the_article(text: str, ref: dt.date, expected: tuple) -> None:
    assert expected in read(text, ref)


# ---- parts of the day: "hier en soirée", and a part written before its day ("dans l'après-midi de mardi") -------

PARTS_OF_DAY = [
    ("La police est intervenue hier en soirée.", MAY, ("hier en soirée", "1999-05-20", "evening")),
    ("Il est arrivé lundi dans l'après-midi.", MAY, ("lundi dans l'après-midi", "1999-05-17", "afternoon")),
    ("Le drame s'est produit dans l'après-midi de mardi.", MAY, ("l'après-midi de mardi", "1999-05-18", "afternoon")),
    ("Il a été arrêté tard dans la soirée de jeudi.", MAY, ("la soirée de jeudi", "1999-05-20", "evening")),
    ("Le corps a été retrouvé dans la matinée du mardi 4 mai.", MAY,
     ("la matinée du mardi 4 mai", "1999-05-04", "morning")),
    # "en soirée" alone takes the day of its sentence, else of the sentence before when its tense points there
    ("Le conseil s'est réuni hier. Les élus ont voté en soirée.", MAY, ("soirée", "1999-05-20", "evening")),
]


@pytest.mark.parametrize(("text", "ref", "expected"), PARTS_OF_DAY, ids=_ids(PARTS_OF_DAY))
def test_parts_of_the_day_join_their_day(text: str, ref: dt.date, expected: tuple) -> None:
    options = Options(reference_date=ref)
    assert expected in [(m.text, m.value.isoformat(), m.time) for m in find_dates(text, ref, "fr", options)]


# ---- "jusqu'à dimanche", "à partir de lundi": with no tense in the sentence, the coming weekday ---------------------

BOUNDS_AHEAD = [
    ("L'exposition est visible jusqu'à dimanche.", MAY, ("dimanche", "1999-05-23", "day")),
    ("À partir de lundi, la rue est fermée.", MAY, ("lundi", "1999-05-24", "day")),
    # a tense still decides
    ("La grève a duré jusqu'à dimanche.", MAY, ("dimanche", "1999-05-16", "day")),
    # and a year-less date keeps the nearer year (an imparfait is no cue: behind us)
    ("Le délai courait jusqu'au 2 mai.", MAY, ("2 mai", "1999-05-02", "day")),
]


@pytest.mark.parametrize(("text", "ref", "expected"), BOUNDS_AHEAD, ids=_ids(BOUNDS_AHEAD))
def test_a_bound_ahead_with_no_tense(text: str, ref: dt.date, expected: tuple) -> None:
    assert expected in read(text, ref)


# ---- a season with a two-digit year: "l'été 98" -------------------------------------------------------------------

SEASON_SHORT_YEARS = [
    ("L'été 98 restera dans les mémoires.", [("L'été 98", "1998-06-21", "month")]),
    ("L'hiver 54, un appel fut lancé.", [("L'hiver 54", "1954-12-21", "month")]),
    # a count after the season, not its year
    ("Cet été 15 concerts sont prévus.", [("Cet été", "1999-06-21", "month")]),
]


@pytest.mark.parametrize(("text", "expected"), SEASON_SHORT_YEARS, ids=[r[0][:45] for r in SEASON_SHORT_YEARS])
def test_a_season_takes_a_two_digit_year(text: str, expected: list) -> None:
    assert read(text, MAY, season_grain="months") == expected
    # news: a season with its year is that year; one without (a count follows "Cet été") no date
    news = [(words, value[:4] + "-01-01", "year") for words, value, _ in expected if words.lower() != "cet été"]
    assert read(text, MAY) == news


# ---- a span of two past years written with a dash: two years; a plan or term reaching beyond today: no date ---

YEAR_SPANS = [
    ("La croissance ralentit par rapport à la période 1982-1990.", [("1982", "1982-01-01", "year"),
                                                                     ("1990", "1990-01-01", "year")]),
    ("La saison 1996-1997 fut la meilleure du club.", [("1996", "1996-01-01", "year"), ("1997", "1997-01-01", "year")]),
    ("Le plan 1998-2003 sera voté.", []),
    # two following years that end this year run now: both dates since round 33 (the fresh and written gold write
    # "la saison 2015-2016" in 2016 as its two years; tests/test_dates_round33_fr.py); a two-digit end stays none
    ("Pendant la saison 1998-1999, il joue à Metz.", [("1998", "1998-01-01", "year"), ("1999", "1999-01-01", "year")]),
    ("Pendant la saison 1998-99, il joue à Metz.", []),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_SPANS, ids=[r[0][:45] for r in YEAR_SPANS])
def test_a_span_of_past_years_is_two_years(text: str, expected: list) -> None:
    assert read(text, MAY) == expected
