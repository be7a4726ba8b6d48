"""The date engine, one behaviour per row: French and English, reference date 2025-12-20 (a Saturday)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from timeline.extraction.dates import DATE_STEPS, find_dates, latest_full_date
from timeline.models import Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)
FUTURE = Options(bare_weekday="future")


NEWS = Options()


def found(text: str, lang: str = "fr", reference: dt.date | None = REF, options: Options = NEWS):
    return [(m.text, m.value.isoformat(), m.end_value.isoformat() if m.end_value else None, m.precision)
            for m in find_dates(text, reference, lang, options)]


# (text, lang, [(words, value, end_value, precision), ...])
DATES = [
    # --- French: days
    ("il s'est tenu samedi 22 mars à Hanoï", "fr", [("samedi 22 mars", "2025-03-22", None, "day")]),
    ("le 1er juillet 2025", "fr", [("1er juillet 2025", "2025-07-01", None, "day")]),
    ("publiée le 22 décembre 2024, le Politburo", "fr", [("22 décembre 2024", "2024-12-22", None, "day")]),
    ("le 22/03/2025", "fr", [("22/03/2025", "2025-03-22", None, "day")]),
    ("le 05/03/2025", "fr", [("05/03/2025", "2025-03-05", None, "day")]),
    ("ISO 2025-03-22", "fr", [("2025-03-22", "2025-03-22", None, "day")]),
    ("le 5 juil. 2024", "fr", [("5 juil. 2024", "2024-07-05", None, "day")]),
    ("ce vendredi 19 décembre à Hanoï", "fr", [("ce vendredi 19 décembre", "2025-12-19", None, "day")]),
    # --- French: months, years, parts
    ("En décembre 2024, la résolution 57", "fr", [("décembre 2024", "2024-12-01", None, "month")]),
    ("début septembre", "fr", [("début septembre", "2025-09-01", "2025-09-10", "month")]),
    ("mi-juin", "fr", [("mi-juin", "2025-06-10", "2025-06-19", "month")]),
    ("fin 2025", "fr", [("fin 2025", "2025-11-01", "2025-12-31", "year")]),
    ("en 2024", "fr", [("2024", "2024-01-01", None, "year")]),
    ("l'année 2024", "fr", [("l'année 2024", "2024-01-01", None, "year")]),  # TimeML: the noun phrase (round ten)
    ("le mois dernier", "fr", [("le mois dernier", "2025-11-01", None, "month")]),
    ("cette année", "fr", [("cette année", "2025-01-01", None, "year")]),
    ("le premier trimestre 2025", "fr", [("le premier trimestre 2025", "2025-01-01", "2025-03-31", "month")]),
    # --- French: ranges
    ("du 17 au 20 décembre 2025", "fr", [("du 17 au 20 décembre 2025", "2025-12-17", "2025-12-20", "day")]),
    ("les 6 et 7 novembre", "fr", [("les 6 et 7 novembre", "2025-11-06", "2025-11-07", "day")]),
    ("du 30 novembre au 2 décembre", "fr", [("du 30 novembre au 2 décembre", "2025-11-30", "2025-12-02", "day")]),
    ("du 25 janvier au 1er février 2021", "fr",
     [("du 25 janvier au 1er février 2021", "2021-01-25", "2021-02-01", "day")]),
    ("du 30 décembre au 2 janvier 2026", "fr",
     [("du 30 décembre au 2 janvier 2026", "2025-12-30", "2026-01-02", "day")]),
    # --- French: relative to the reference date
    ("hier", "fr", [("hier", "2025-12-19", None, "day")]),
    ("aujourd'hui", "fr", [("aujourd'hui", "2025-12-20", None, "day")]),
    ("demain", "fr", [("demain", "2025-12-21", None, "day")]),
    ("avant-hier", "fr", [("avant-hier", "2025-12-18", None, "day")]),
    ("mardi dernier", "fr", [("mardi dernier", "2025-12-16", None, "day")]),
    ("mardi soir", "fr", [("mardi soir", "2025-12-16", None, "day")]),
    ("ce samedi", "fr", [("ce samedi", "2025-12-20", None, "day")]),
    ("la semaine dernière", "fr", [("la semaine dernière", "2025-12-08", None, "week")]),
    ("l'an dernier", "fr", [("l'an dernier", "2024-01-01", None, "year")]),
    ("l'année dernière", "fr", [("l'année dernière", "2024-01-01", None, "year")]),
    ("il y a trois semaines", "fr", [("il y a trois semaines", "2025-11-29", None, "day")]),
    # --- English: days
    ("March 22", "en", [("March 22", "2026-03-22", None, "day")]),
    ("Sunday, October 26, 2025", "en", [("Sunday, October 26, 2025", "2025-10-26", None, "day")]),
    ("on Oct. 31", "en", [("Oct. 31", "2025-10-31", None, "day")]),
    ("22 March 2025", "en", [("22 March 2025", "2025-03-22", None, "day")]),
    ("the 3rd of May", "en", [("the 3rd of May", "2025-05-03", None, "day")]),
    ("on 5/3/2018", "en", [("5/3/2018", "2018-05-03", None, "day")]),
    ("on 22/04/2018", "en", [("22/04/2018", "2018-04-22", None, "day")]),
    # --- English: months, years, parts
    ("December 2024", "en", [("December 2024", "2024-12-01", None, "month")]),
    ("early March", "en", [("early March", "2026-03-01", "2026-03-10", "month")]),
    ("late 2025", "en", [("late 2025", "2025-11-01", "2025-12-31", "year")]),
    ("in 2024", "en", [("2024", "2024-01-01", None, "year")]),
    ("last month", "en", [("last month", "2025-11-01", None, "month")]),
    ("in May we met", "en", [("May", "2025-05-01", None, "month")]),
    # --- English: ranges
    ("November 5-8", "en", [("November 5-8", "2025-11-05", "2025-11-08", "day")]),
    ("Oct. 31–Nov. 1", "en", [("Oct. 31–Nov. 1", "2025-10-31", "2025-11-01", "day")]),
    ("from 26 to 28 October 2025", "en", [("from 26 to 28 October 2025", "2025-10-26", "2025-10-28", "day")]),
    ("January 19-23", "en", [("January 19-23", "2026-01-19", "2026-01-23", "day")]),
    ("between March 3 and 5", "en", [("between March 3 and 5", "2026-03-03", "2026-03-05", "day")]),
    # --- English: relative
    ("yesterday", "en", [("yesterday", "2025-12-19", None, "day")]),
    ("today", "en", [("today", "2025-12-20", None, "day")]),
    ("tomorrow", "en", [("tomorrow", "2025-12-21", None, "day")]),
    ("on Sunday", "en", [("Sunday", "2025-12-14", None, "day")]),
    ("last week", "en", [("last week", "2025-12-08", None, "week")]),
    ("this week", "en", [("this week", "2025-12-15", None, "week")]),
    ("next year", "en", [("next year", "2026-01-01", None, "year")]),
    ("3 days ago", "en", [("3 days ago", "2025-12-17", None, "day")]),
    ("3 days from today", "en", [("3 days from today", "2025-12-23", None, "day")]),
    # --- more French: weekends, quarters, seasons, parts of the week, bare days, numeric forms
    ("ce week-end", "fr", [("ce week-end", "2025-12-20", "2025-12-21", "day")]),
    ("le week-end dernier", "fr", [("le week-end dernier", "2025-12-13", "2025-12-14", "day")]),
    ("le trimestre dernier", "fr", [("le trimestre dernier", "2025-07-01", "2025-09-30", "month")]),
    ("l'hiver 2025", "fr", [("l'hiver 2025", "2025-01-01", None, "year")]),  # news: a season with its year
    ("cet été", "fr", []),  # news: a season without its year is no calendar date (dates/season_years.py)
    ("en début de semaine", "fr", [("en début de semaine", "2025-12-15", "2025-12-16", "week")]),
    ("la première quinzaine d'avril 2025", "fr",
     [("la première quinzaine d'avril 2025", "2025-04-01", "2025-04-14", "month")]),
    ("du 13 au 18, il a neigé", "fr", [("du 13 au 18", "2025-12-13", "2025-12-18", "day")]),
    ("il reviendra le 23.", "fr", [("23", "2025-12-23", None, "day")]),
    ("du 4 au 22 de ce mois", "fr", [("du 4 au 22 de ce mois", "2025-12-04", "2025-12-22", "day")]),
    ("jeudi 18, il a parlé", "fr", [("jeudi 18", "2025-12-18", None, "day")]),
    ("mercredi suivant", "fr", [("mercredi suivant", "2025-12-24", None, "day")]),
    ("lundi en huit", "fr", [("lundi en huit", "2025-12-29", None, "day")]),
    ("le 17 02", "fr", [("17 02", "2026-02-17", None, "day")]),
    ("rapport-20170302.html", "fr", [("20170302", "2017-03-02", None, "day")]),
    ("archive-2018-09-23-page", "fr", [("2018-09-23", "2018-09-23", None, "day")]),
    ("Noël 2024", "fr", [("Noël 2024", "2024-12-25", None, "day")]),
    ("depuis aujourd'hui jusqu'à demain", "fr",
     [("depuis aujourd'hui jusqu'à demain", "2025-12-20", "2025-12-21", "day")]),
    ("12 janvier 2016 - 22/01/2016", "fr", [("12 janvier 2016 - 22/01/2016", "2016-01-12", "2016-01-22", "day")]),
    # --- more English
    ("we met at the weekend", "en", [("the weekend", "2025-12-20", "2025-12-21", "day")]),
    ("in week 10", "en", [("week 10", "2025-03-03", None, "week")]),
    ("q1 sales", "en", [("q1", "2026-01-01", "2026-03-31", "month")]),
    ("Oct. 31 and 22 March 2025", "en",
     [("Oct. 31", "2025-10-31", None, "day"), ("22 March 2025", "2025-03-22", None, "day")]),
    ("fin mars 2025", "fr", [("fin mars 2025", "2025-03-21", "2025-03-31", "month")]),
    ("this quarter", "en", [("this quarter", "2025-10-01", "2025-12-31", "month")]),
    ("Q3 2019", "en", [("Q3 2019", "2019-07-01", "2019-09-30", "month")]),
    ("next week on Tuesday", "en", [("next week on Tuesday", "2025-12-23", None, "day")]),
    ("tuesday of last week", "en", [("tuesday of last week", "2025-12-09", None, "day")]),
    ("last summer", "en", []),
    ("later this week", "en", [("later this week", "2025-12-20", "2025-12-21", "week")]),
    ("Dec-2018", "en", [("Dec-2018", "2018-12-01", None, "month")]),
    ("28 june in 2020", "en", [("28 june in 2020", "2020-06-28", None, "day")]),
    ("from April to June 2017", "en", [("from April to June 2017", "2017-04-01", "2017-06-30", "month")]),
    ("between today and tomorrow", "en", [("between today and tomorrow", "2025-12-20", "2025-12-21", "day")]),
    ("in the first half of 2025", "en", [("the first half of 2025", "2025-01-01", "2025-06-30", "year")]),
    ("au second semestre 2024", "fr", [("au second semestre 2024", "2024-07-01", "2024-12-31", "month")]),
    ("Saturday (March 22)", "en", [("Saturday (March 22", "2025-03-22", None, "day")]),
    ("mardi 3 et mercredi 4 juin", "fr", [("mardi 3 et mercredi 4 juin", "2025-06-03", "2025-06-04", "day")]),
    ("from 10/1 to 11/7", "en", [("from 10/1 to 11/7", "2025-10-01", "2025-11-07", "day")]),
    # a list of three days or more is each of its days, as TimeML writes them (round six; was one range)
    ("les 3, 4 et 5 juin 2025", "fr", [("les 3", "2025-06-03", None, "day"), ("4", "2025-06-04", None, "day"),
                                       ("5 juin 2025", "2025-06-05", None, "day")]),
    ("le 1ᵉʳ avril 2025", "fr", [("1ᵉʳ avril 2025", "2025-04-01", None, "day")]),
    ("le 22\u00a0mars\u00a02025", "fr", [("22\u00a0mars\u00a02025", "2025-03-22", None, "day")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DATES, ids=[f"{row[1]}:{row[0]}" for row in DATES])
def test_dates(text: str, lang: str, expected: list) -> None:
    assert found(text, lang) == expected


NOT_DATES = [
    ("fr", "le XIVe Congrès du Parti"),
    ("fr", "son 13e mandat"),
    ("fr", "la 12e Consultation politique"),
    ("fr", "il y a 80 ans de relations"),
    ("fr", "la résolution n°57-NQ/TW"),
    ("fr", "la Résolution 57"),
    ("fr", "1,2 million de personnes"),
    ("fr", "2.000 personnes"),
    ("fr", "pour le mandat 2025-2030"),
    ("fr", "pour la période 2025-2030"),
    ("fr", "à l'horizon 2030"),
    ("fr", "la vision 2045"),
    ("fr", "24 heures sur 24"),
    ("fr", "au cours des cinq dernières années"),
    ("fr", "appelez le 01 23 45 67 89"),
    ("fr", "au 12 rue de Rivoli"),
    ("fr", "Je sa mer mar dim sam"),
    ("fr", "2025 délégués étaient présents"),
    ("fr", "le 30 février"),
    ("en", "for three years"),
    ("en", "it may rain"),
    ("en", "This may take longer"),
    ("en", "they march on"),
    ("en", "Resolution No. 57"),
    ("fr", "dans deux mois de travail"),
    ("fr", "le score est de 21 10"),
    ("fr", "appelez le 06 12 34 56 78"),
    ("fr", "il a été élu"),
    ("fr", "3 mois suivant la signature"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES, ids=[f"{lang}:{text}" for lang, text in NOT_DATES])
def test_not_dates(lang: str, text: str) -> None:
    assert found(text, lang) == []


def test_year_outside_the_window_is_dropped() -> None:
    assert found("en 1850 et en 2024", options=Options(earliest_year=1900)) == [("2024", "2024-01-01", None, "year")]


# ---- the year of a year-less date


YEARS = [
    # a past cue pushes back, a future cue forward
    ("le congrès s'est tenu le 5 janvier", "2025-01-05"),
    ("le congrès se tiendra le 5 janvier", "2026-01-05"),
    ("the summit will be held on March 2", "2026-03-02"),
    ("the summit was held on March 2", "2025-03-02"),
    # the weekday picks the year: 22 March 2025 is a Saturday, 22 March 2026 a Sunday
    ("samedi 22 mars", "2025-03-22"),
    ("dimanche 22 mars", "2026-03-22"),
]


# tenses and cues in news sentences (reference 2025-12-20)
TENSES = [
    ("fr", "Le congrès élira vendredi le comité exécutif.", "2025-12-26"),  # future tense
    ("fr", "Le vice-Premier ministre doit se rendre jeudi à Aichi.", "2025-12-25"),
    ("fr", "Vendredi, dernière journée de sa visite, elle rencontrera des étudiants.", "2025-12-26"),
    ("fr", "La cérémonie serait organisée le 30 septembre prochain.", "2026-09-30"),
    ("fr", "Le 1er juillet dernier, la fusion est entrée en vigueur.", "2025-07-01"),
    ("fr", "La session, qui doit s'achever le 11 janvier, est la dernière.", "2026-01-11"),
    ("en", "On Saturday morning, the deputies voted to pass the law, which will allow online filing.", "2025-12-20"),
    ("en", "Speaking in Hanoi on Wednesday, the minister said the summit will open soon.", "2025-12-17"),
    ("en", "The conference, to be chaired by the deputy prime minister, opens on January 9.", "2026-01-09"),
    ("en", "A business matching programme will be organised on October 16.", "2026-10-16"),
    ("en", "The session, which opened on May 5, is scheduled to close later.", "2025-05-05"),
]


@pytest.mark.parametrize(("lang", "text", "value"), TENSES, ids=[row[1][:50] for row in TENSES])
def test_tense_and_cues(lang: str, text: str, value: str) -> None:
    assert [m.value.isoformat() for m in find_dates(text, REF, lang)] == [value]


NEWS_TRAPS = [
    # a month name inside a person's name, a line break inside a headline, 24/7, a national holiday
    ("fr", "Nguyen Thi Tuyet Mai a rappelé le bilan", []),
    ("en", "review at national conference on January 9\n\nDecember 27, 2025",
     [("January 9", "2026-01-09"), ("December 27, 2025", "2025-12-27")]),
    ("en", "emergency departments must operate 24/7", []),
    ("fr", "le 80e anniversaire de la Fête nationale", []),
    ("en", "shortages in the summer of 2023", [("the summer of 2023", "2023-01-01")]),
    ("fr", "Jeudi 12 juin 2025 - 09:30", [("Jeudi 12 juin 2025", "2025-06-12"), ("09:30", "2025-06-12")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NEWS_TRAPS, ids=[row[1][:40] for row in NEWS_TRAPS])
def test_news_traps(lang: str, text: str, expected: list) -> None:
    assert [(m.text, m.value.isoformat()) for m in find_dates(text, REF, lang)] == expected


def test_la_veille_skips_a_quoted_historical_date() -> None:
    text = ("Un défilé s'est tenu ce mardi 2 septembre 2025. Il a rappelé que le 2 septembre 1945, le pays est né. "
            "La veille, il avait reçu les délégations.")
    assert find_dates(text, dt.date(2025, 9, 2))[-1].value == dt.date(2025, 9, 1)


@pytest.mark.parametrize(("text", "value"), YEARS, ids=[row[0] for row in YEARS])
def test_year_of_a_yearless_date(text: str, value: str) -> None:
    lang = "en" if text.startswith("the") else "fr"
    assert [m.value.isoformat() for m in find_dates(text, REF, lang)] == [value]


def test_weekday_that_matches_no_year_lowers_confidence() -> None:
    # 22 March is a Wednesday in none of 2024, 2025, 2026
    (m,) = find_dates("mercredi 22 mars", REF)
    assert m.confidence < 0.6 and "weekday" in m.explanation


def test_explanation_tells_the_year_source() -> None:
    (m,) = find_dates("samedi 22 mars", REF)
    assert "2025-12-20" in m.explanation and "weekday matches" in m.explanation and m.relative


@pytest.mark.parametrize(("option", "value"), [("past", "2025-12-16"), ("future", "2025-12-23")])
def test_bare_weekday_follows_the_option(option: str, value: str) -> None:
    (m,) = find_dates("mardi", REF, options=Options(bare_weekday=option))
    assert m.value.isoformat() == value


def test_future_cue_overrides_past_default_for_bare_weekday() -> None:
    (m,) = find_dates("la réunion se tiendra mardi", REF)
    assert m.value.isoformat() == "2025-12-23"


# ---- without a reference date


@pytest.mark.parametrize("text", ["hier", "samedi 22 mars", "mardi dernier", "la semaine dernière", "yesterday"])
def test_no_reference_drops_relative(text: str) -> None:
    assert find_dates(text, None, "en" if text == "yesterday" else "fr") == []


def test_no_reference_keeps_full_dates() -> None:
    assert found("le 22 décembre 2024", reference=None) == [("22 décembre 2024", "2024-12-22", None, "day")]


# ---- relative to another date of the same story


ANCHORS = [
    ("fr", "Le 17 décembre 2025, il est arrivé. Le lendemain, il a signé.", "2025-12-18"),
    ("fr", "Le 17 décembre 2025, il a signé. La veille, il était arrivé.", "2025-12-16"),
    ("en", "He arrived on March 3, 2024. The next day he signed.", "2024-03-04"),
    ("en", "He arrived on March 3, 2024. The following day he signed.", "2024-03-04"),
    ("en", "He signed on March 3, 2024. The previous day he had arrived.", "2024-03-02"),
    ("en", "The forum runs from December 10 to 12. On the opening day, the delegation visited the port.", "2025-12-10"),
    ("en", "The fair opened on 4 May 2024. On the first day, 10,000 people came.", "2024-05-04"),
    ("fr", "Le forum se tient du 10 au 12 décembre. Le jour de l'ouverture, la délégation a visité le port.",
     "2025-12-10"),
    ("fr", "Le salon s'est ouvert le 4 mai 2024. Le premier jour, 10 000 visiteurs sont venus.", "2024-05-04"),
    ("en", "The congress ran from September 29 to October 1. On the closing day, delegates elected a new committee.",
     "2025-10-01"),
    ("fr", "Le congrès s'est tenu du 29 septembre au 1er octobre. Le jour de la clôture, les délégués ont élu le "
           "comité.", "2025-10-01"),
    ("en", "The congress ran from September 29 to October 1. He spoke at the opening session on Monday. On the "
           "closing day, delegates elected a new committee.", "2025-10-01"),
]


@pytest.mark.parametrize(("lang", "text", "value"), ANCHORS, ids=[row[1][:40] for row in ANCHORS])
def test_anchor_to_previous_date(lang: str, text: str, value: str) -> None:
    assert find_dates(text, REF, lang)[-1].value.isoformat() == value


def test_anchor_stays_in_its_story() -> None:
    text = "Le 17 décembre 2025, il est arrivé.\nAutre histoire. Le lendemain, il a signé."
    cut = text.index("\n") + 1
    stories = (Story(0, 0, cut), Story(1, cut, len(text), kind="teaser"))
    assert find_dates(text, REF, "fr", stories=stories)[-1].value.isoformat() == "2025-12-21"
    assert find_dates(text, REF, "fr")[-1].value.isoformat() == "2025-12-18"


# ---- invariants on the seeds


def test_mentions_are_sorted_and_exact(seeds_dir) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = find_dates(text, REF)
        assert mentions, path.name
        assert all(text[m.start:m.end] == m.text for m in mentions)
        assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_seed_period_is_not_a_date(seeds_dir) -> None:
    text = (seeds_dir / "003_643f7d95a38cd594.txt").read_text(encoding="utf-8")
    assert not any("2030" in m.text for m in find_dates(text, REF))


def test_steps_are_named_and_unique() -> None:
    names = [name for name, _ in DATE_STEPS]
    assert len(names) == len(set(names)) and names[0] == "numeric"


# ---- latest_full_date


LATEST = [
    ("fr", "visite du 17 au 20 décembre 2025 et le 3 mars 2024", dt.date(2025, 12, 20)),
    ("fr", "publiée le 22 décembre 2024, samedi 22 mars", dt.date(2024, 12, 22)),
    ("fr", "En décembre 2024 et hier", None),
    ("en", "Sunday, October 26, 2025 and 5/3/2018", dt.date(2025, 10, 26)),
    ("fr", "", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LATEST, ids=[row[1][:40] or "empty" for row in LATEST])
def test_latest_full_date(lang: str, text: str, expected: dt.date | None) -> None:
    assert latest_full_date(text, lang) == expected


def test_latest_full_date_of_seed(seeds_dir) -> None:
    text = (seeds_dir / "003_643f7d95a38cd594.txt").read_text(encoding="utf-8")
    assert latest_full_date(text) == dt.date(2025, 12, 20)


def test_unknown_language_gets_english_rules() -> None:
    assert found("on 5/3/2018", "de") == [("5/3/2018", "2018-05-03", None, "day")]


def test_other_language_month_names_with_a_day() -> None:
    assert found("le 5 March 2024", "fr") == [("5 March 2024", "2024-03-05", None, "day")]


# Two weekdays in a row linked by "et"/"and" are one range; two days apart stay two dates.
WEEKDAY_PAIRS = [
    ("Les dirigeants se réuniront jeudi et vendredi à Bruxelles.", "fr",
     [("jeudi et vendredi", "2025-12-25", "2025-12-26", "day")]),
    ("Les ministres se sont réunis lundi et mardi à Genève.", "fr",
     [("lundi et mardi", "2025-12-15", "2025-12-16", "day")]),
    ("The leaders will meet on Thursday and Friday in Brussels.", "en",
     [("Thursday and Friday", "2025-12-25", "2025-12-26", "day")]),
    ("Il a reçu l'ambassadeur lundi et mercredi.", "fr",
     [("lundi", "2025-12-15", None, "day"), ("mercredi", "2025-12-17", None, "day")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), WEEKDAY_PAIRS, ids=[f"{r[1]}:{r[0]}" for r in WEEKDAY_PAIRS])
def test_two_weekdays_in_a_row_are_one_range(text: str, lang: str, expected: list) -> None:
    assert found(text, lang) == expected
