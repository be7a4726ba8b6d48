"""French dates, seventh round (issue 12): one table a class of error of regional news and day-by-day logs, each row a
sentence or a short text written for these tests (none is taken from an article).

News conventions (``bare_weekday='past'``). Each row is (text, expected (text, value, time) of the mentions the class
is about); controls show where the mechanism must not reach.
"""

from __future__ import annotations

import datetime as dt

import pytest
from fr_dates_support import read_fr
from fr_dates_support import row_ids as _ids

THU = dt.date(1999, 5, 20)  # a Thursday


def read(text: str, ref: dt.date = THU) -> list[tuple[str, str, str | None]]:
    return read_fr(text, ref)


# ---- the story's day holds for the clocks and parts of the day of later paragraphs ------------------------------

LOG = ("Mardi 18 mai 1999\n\nDès 8 h, les premiers camions ont bloqué le rond-point. Les gendarmes sont restés "
       "à distance.\n\nVers 14 h 30, le sous-préfet a reçu une délégation. Les discussions ont duré deux heures.\n\n"
       "En début de soirée, le barrage a été levé. Dans la nuit, quelques pneus ont encore brûlé.")

STORY_DAY = [
    (LOG, [("Mardi 18 mai 1999", "1999-05-18", None), ("8 h", "1999-05-18", "08:00"),
           ("14 h 30", "1999-05-18", "14:30"), ("En début de soirée", "1999-05-18", "evening"),
           ("la nuit", "1999-05-18", "night")]),
    # a log in the present of narration: the heading's day still holds
    ("Le 17 mai, jour de marché.\n\nLes commerçants s'installent. Vers 10 h, la foule se presse dans les allées.",
     [("17 mai", "1999-05-17", None), ("10 h", "1999-05-17", "10:00")]),
    ("Un cycliste a été renversé hier à Épinal. Il a été transporté à l'hôpital. Les secours sont arrivés vers "
     "17 h 40.", [("hier", "1999-05-19", None), ("17 h 40", "1999-05-19", "17:40")]),
    # controls: a day far from the reference date; a bare weekday, whose week is a guess; another date in between
    ("Le 8 mai 1945, la guerre prenait fin. Il pleuvait. La cérémonie a commencé vers 11 h.",
     [("8 mai 1945", "1945-05-08", None), ("11 h", "1999-05-20", "11:00")]),
    # a bare weekday three days back, the clock told in the past: the story's day (round thirty, clk30,
    # dates/story_clocks.py; the reference date before)
    ("Lundi, les élus ont voté. Le débat fut long. Vers 19 h, le maire a pris la parole.",
     [("Lundi", "1999-05-17", None), ("19 h", "1999-05-17", "19:00")]),
    ("Le 18 mai, la salle a fermé. En 1990 elle avait déjà fermé. Vers 19 h, le maire a pris la parole.",
     [("18 mai", "1999-05-18", None), ("1990", "1990-01-01", None), ("19 h", "1999-05-20", "19:00")]),
    # the tense points away from the story's day: the reference date's clock
    ("Le 18 mai, la salle a fermé. Les travaux dureront un mois. La salle rouvrira à 9 h.",
     [("18 mai", "1999-05-18", None), ("9 h", "1999-05-20", "09:00")]),
]


@pytest.mark.parametrize(("text", "expected"), STORY_DAY, ids=_ids(STORY_DAY))
def test_the_story_day_holds_in_later_paragraphs(text: str, expected: list) -> None:
    assert read(text) == expected


def test_a_flashback_day_is_not_the_log_day() -> None:
    """A log's present under a day told in the past ("avait annoncé"): the log's own day, the reference date."""
    text = ("La mobilisation du samedi 8 décembre\n\nVendredi 7 décembre, le gouvernement avait annoncé la fermeture "
            "des musées. Le préfet avait appelé au calme.\n\nVers 9h, les premiers manifestants arrivent. À 10h30, "
            "la police procède aux premières interpellations.")
    assert read(text, dt.date(2018, 12, 8))[2:] == [("9h", "2018-12-08", "09:00"), ("10h30", "2018-12-08", "10:30")]


# ---- midnight after its day closes it: the next day's 00:00 -----------------------------------------------------

MIDNIGHT = [
    ("L'accident s'est produit samedi vers minuit sur la RN 19.", ("minuit", "1999-05-16", "00:00")),
    ("Le bar a fermé mardi à minuit.", ("minuit", "1999-05-19", "00:00")),  # "mardi" apart (TimeML, round nine)
    ("Dans la nuit de samedi à dimanche, vers minuit, une voiture a brûlé.", ("minuit", "1999-05-16", "00:00")),
    # alone, the reference date's: the night that just ended
    ("Il est rentré chez lui peu avant minuit.", ("minuit", "1999-05-20", "00:00")),
]


@pytest.mark.parametrize(("text", "expected"), MIDNIGHT, ids=_ids(MIDNIGHT))
def test_midnight_closes_its_day(text: str, expected: tuple) -> None:
    assert expected in read(text)


def test_the_end_of_an_afternoon_alone() -> None:
    assert read("Le 18 mai, le vote a commencé. Il a fallu attendre la fin d'après-midi pour le résultat.") == [
        ("18 mai", "1999-05-18", None), ("la fin d'après-midi", "1999-05-18", "afternoon")]


# ---- a year right after the name or noun it dates ---------------------------------------------------------------

YEAR_AFTER_A_NAME = [
    ("Miss France 2000 sera élue à Metz.", [("2000", "2000-01-01", None)]),
    ("La Coupe du monde 1998 a laissé un excellent souvenir aux Nancéiens.", [("1998", "1998-01-01", None)]),
    ("Le millésime 1998 s'annonce exceptionnel.", [("1998", "1998-01-01", None)]),
    ("L'Euro 2000, organisé par la Belgique et les Pays-Bas, a été présenté hier.",
     [("2000", "2000-01-01", None), ("hier", "1999-05-19", None)]),
    # a horizon stays no date (``not_before_year``)
    ("Le plan de la ville à l'horizon 2010, présenté hier, a été adopté.", [("hier", "1999-05-19", None)]),
    ("Le prix Goncourt 1998 est décerné à un Lorrain.", [("1998", "1998-01-01", None)]),
    # after a capitalised name, any word that is no plural and no unit
    ("Le PLF 2019 prévoit une baisse des impôts locaux.", [("2019", "2019-01-01", None)]),
    ("Le Tour de France 1999 passera par Nancy.", [("1999", "1999-01-01", None)]),
    # controls: counts of people, things, money
    ("Selon la CGT 2000 manifestants ont défilé.", []),
    ("Renault 2000 salariés manifestent.", []),
    ("Ils étaient 2000 à manifester dans les rues.", []),
    ("Plus de 1500 personnes ont défilé, près de 2000 selon les organisateurs.", []),
    ("Les manifestants, 2000 selon la police, ont défilé.", []),
    ("Sur les 2000 inscrits, 1900 se sont présentés.", []),
    ("La facture s'élève à 2010 euros.", []),
    ("La commune compte 2050 habitants.", []),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_AFTER_A_NAME, ids=_ids(YEAR_AFTER_A_NAME))
def test_a_year_after_the_name_it_dates(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a day-by-day log told in the present: its entries' times and parts of the day ------------------------------

LOG_PRESENT = ("Mobilisation du samedi 15 mai 1999\n\n15h45 : les manifestants se dirigent vers la préfecture.\n"
               "17h : les CRS chargent place Stanislas.\nVers 18h, le cortège se disperse.\n"
               "Il est 20h et la place est vide.\nEn fin de soirée, le calme revient.\n"
               "Peu avant minuit, les derniers manifestants quittent la place.\n"
               "Dans la nuit de samedi à dimanche, 3 voitures ont brûlé.")


def test_a_log_in_the_present_keeps_its_day() -> None:
    assert read(LOG_PRESENT, dt.date(1999, 5, 16)) == [
        ("samedi 15 mai 1999", "1999-05-15", None), ("15h45", "1999-05-15", "15:45"), ("17h", "1999-05-15", "17:00"),
        ("18h", "1999-05-15", "18:00"), ("20h", "1999-05-15", "20:00"), ("En fin de soirée", "1999-05-15", "evening"),
        ("minuit", "1999-05-16", "00:00"), ("la nuit de samedi à dimanche", "1999-05-15", "night")]


CLOCK_CUES = [
    ("Il était environ 19 h lorsque l'accident s'est produit.", [("19 h", "1999-05-20", "19:00")]),
    # a bare hour needs its line's start and a colon or dash: "3 h" in a sentence stays a duration
    ("Le débat a duré 3 h : personne n'a cédé.", []),


    # a bare hour right after its day
    ("Le magasin a été cambriolé entre samedi 18 h et dimanche 9 h.",
     [("entre samedi 18 h et dimanche 9 h", "1999-05-15", "18:00")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_CUES, ids=_ids(CLOCK_CUES))
def test_clock_cues(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a number after a weekday and a comma counts what follows it ------------------------------------------------

WEEKDAY_COMMA = [
    ("Dimanche, 3 voitures ont brûlé à Vandœuvre.", [("Dimanche", "1999-05-16", None)]),
    ("Samedi, 15 personnes ont été interpellées.", [("Samedi", "1999-05-15", None)]),
    # controls: the day of the month stays one, with its time or another day after it
    ("La réunion a eu lieu mardi 18 à 20 h.", [("mardi 18", "1999-05-18", None), ("20 h", "1999-05-18", "20:00")]),
    ("Les écoles étaient fermées lundi, 17 et mardi, 18.",
     [("lundi, 17", "1999-05-17", None), ("mardi, 18", "1999-05-18", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_COMMA, ids=_ids(WEEKDAY_COMMA))
def test_a_number_after_a_weekday_and_a_comma(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- an appeal or an intention in the present looks ahead --------------------------------------------------------

INTENTIONS = [
    ("Les syndicats appellent à manifester samedi devant la préfecture.", ("samedi", "1999-05-22", None)),
    ("Le club s'apprête à recevoir Metz dimanche.", ("dimanche", "1999-05-23", None)),
    ("La mairie envisage de fermer l'école en septembre.", ("septembre", "1999-09-01", None)),
    # control: the call made in the past, with the day of the call
    ("Les syndicats ont manifesté samedi devant la préfecture.", ("samedi", "1999-05-15", None)),
]


@pytest.mark.parametrize(("text", "expected"), INTENTIONS, ids=_ids(INTENTIONS))
def test_an_intention_looks_ahead(text: str, expected: tuple) -> None:
    assert expected in read(text)


# ---- a bare day after "jusqu'au"; two-digit years after "en", "depuis" before a clause word -------------------------

DAYS_AND_SHORT_YEARS = [
    ("Les candidats ont jusqu'au 28 pour déposer leur dossier.", [("28", "1999-05-28", None)]),
    ("Il a quitté l'entreprise en 97 puis a fondé sa société.", [("97", "1997-01-01", None)]),
    ("Depuis 95 il dirige le club de Lunéville.", [("95", "1995-01-01", None)]),
    ("L'usine a fermé en 93 lorsque la crise a frappé.", [("93", "1993-01-01", None)]),
    # controls: counts and durations
    ("Le trajet se fait en 12 minutes.", []),
    ("Il habite au 28, rue de la Paix.", []),
    ("En 10 ans, tout a changé.", []),
]


@pytest.mark.parametrize(("text", "expected"), DAYS_AND_SHORT_YEARS, ids=_ids(DAYS_AND_SHORT_YEARS))
def test_bare_days_and_two_digit_years(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a clock after its day and a comma is its own mention, on that day -------------------------------------------

CLOCK_APART = [
    ("16 juin 1999, 16 h 20 UTC. – La députée a succombé à ses blessures.",
     [("16 juin 1999", "1999-06-16", None), ("16 h 20 UTC", "1999-06-16", "16:20")]),
    ("Les cours reprendront le jeudi 27 mai, de 19 h 30 à 20 h 30, à la salle des fêtes.",
     [("jeudi 27 mai", "1999-05-27", None), ("19 h 30 à 20 h 30", "1999-05-27", "19:30")]),
    # controls: no comma, one mention
    ("Hier à 10 h, une dizaine de délégués ont manifesté.", [("Hier à 10 h", "1999-05-19", "10:00")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_APART, ids=_ids(CLOCK_APART))
def test_a_clock_after_a_comma_is_apart(text: str, expected: list) -> None:
    assert read(text) == expected


def test_a_spaced_first_of_the_month() -> None:
    """"1 er octobre": a tokeniser's space before the "er" of the first (WiNER's texts have it)."""
    assert read("Elle est salariée depuis le 1 er octobre 2005 et il a été élu le 1 er décembre.") == [
        ("1 er octobre 2005", "2005-10-01", None), ("1 er décembre", "1998-12-01", None)]
