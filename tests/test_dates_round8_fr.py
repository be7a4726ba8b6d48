"""French dates, eighth round (issue 12): one table a class of error, each row a sentence written for these tests in
the style of a regional daily (faits divers, sport, municipal council, agenda, obituaries) or of wire and political
copy; none is taken from an article.

News conventions (``bare_weekday='past'``), reference date a Thursday. Each row is (text, expected (text, value, time)
of every mention); controls show where the mechanism must not reach.
"""

from __future__ import annotations

import datetime as dt

import pytest
from fr_dates_support import read_fr
from fr_dates_support import row_ids as _ids

THU = dt.date(1999, 5, 20)  # a Thursday


def read(text: str, ref: dt.date = THU) -> list[tuple[str, str, str | None]]:
    return read_fr(text, ref)


# ---- a clock told with a night: its evening hours are the first day's, its small hours the second's --------------

NIGHT_CLOCKS = [
    ("L'incendie s'est déclaré vers 4 h dans la nuit de mercredi à jeudi.",
     [("4 h", "1999-05-20", "04:00"), ("la nuit de mercredi à jeudi", "1999-05-19", "night")]),
    ("La nuit de vendredi à samedi, à 23 h, une rixe a éclaté devant la discothèque.",
     [("La nuit de vendredi à samedi", "1999-05-14", "night"), ("23 h", "1999-05-14", "23:00")]),
    ("Vers 1 h du matin, dans la nuit de lundi à mardi, la vitrine de la pharmacie a été brisée.",
     [("1 h du matin", "1999-05-18", "01:00"), ("la nuit de lundi à mardi", "1999-05-17", "night")]),
    ("Dans la nuit de samedi à dimanche, à 3 h 30, les gendarmes ont contrôlé un automobiliste.",
     [("la nuit de samedi à dimanche", "1999-05-15", "night"), ("3 h 30", "1999-05-16", "03:30")]),
    # one day written: the small hours are the next day's, the evening the day's own
    ("Dans la nuit de samedi, vers 2 h, des vandales ont saccagé l'abribus de la place.",
     [("la nuit de samedi", "1999-05-15", "night"), ("2 h", "1999-05-16", "02:00")]),
    ("Dans la nuit de samedi, vers 22 h 30, les pompiers ont été appelés rue Gambetta.",
     [("la nuit de samedi", "1999-05-15", "night"), ("22 h 30", "1999-05-15", "22:30")]),
    # midnight stays the night's second day; a clock with a single day and no night is that day's
    ("Dans la nuit de mardi à mercredi, vers minuit, un camion a pris feu sur l'A 31.",
     [("la nuit de mardi à mercredi", "1999-05-18", "night"), ("minuit", "1999-05-19", "00:00")]),
    ("Dimanche, vers 5 h du matin, un chauffeur s'est endormi au volant.",
     [("Dimanche", "1999-05-16", None), ("5 h du matin", "1999-05-16", "05:00")]),
]


@pytest.mark.parametrize(("text", "expected"), NIGHT_CLOCKS, ids=_ids(NIGHT_CLOCKS))
def test_a_night_clock_takes_the_day_its_hour_falls_on(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "la journée de lundi" is Monday, one expression ------------------------------------------------------------

WHOLE_DAY = [
    ("Les faits se sont déroulés dans la journée de lundi, selon les enquêteurs.",
     [("la journée de lundi", "1999-05-17", None)]),
    ("Le ministre a passé la journée du 12 mai à Strasbourg.", [("la journée du 12 mai", "1999-05-12", None)]),
    ("Le club a été fondé dans la journée d'hier.", [("la journée d'hier", "1999-05-19", None)]),
    # controls: alone, the reference date's; "de" before no day
    ("Le préfet rendra sa décision dans la journée.", [("dans la journée", "1999-05-20", None)]),
    ("Les salariés ont débrayé dans la journée de travail.", [("dans la journée", "1999-05-20", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_DAY, ids=_ids(WHOLE_DAY))
def test_the_whole_day_of_a_day_is_that_day(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a weekday's tense is its own clause's ------------------------------------------------------------------------

CLAUSES = [
    ("Le FC Metz a battu Reims dimanche et affrontera Sedan samedi.",
     [("dimanche", "1999-05-16", None), ("samedi", "1999-05-22", None)]),
    ("Le maire a été réélu dimanche et présidera le conseil mardi.",
     [("dimanche", "1999-05-16", None), ("mardi", "1999-05-25", None)]),
    ("Le prévenu a été interpellé lundi, puis sera jugé en comparution immédiate vendredi.",
     [("lundi", "1999-05-17", None), ("vendredi", "1999-05-21", None)]),
    ("Le syndicat a rencontré le préfet mercredi mais reprendra la grève lundi.",
     [("mercredi", "1999-05-19", None), ("lundi", "1999-05-24", None)]),
    # a past infinitive is done
    ("Le club affrontera Sedan samedi après avoir battu Reims dimanche.",
     [("samedi", "1999-05-22", None), ("dimanche", "1999-05-16", None)]),
    ("Il sera jugé pour avoir volé une voiture lundi à Toul.", [("lundi", "1999-05-17", None)]),
    # ... but "être" + participle alone is a passive, no past
    ("Les candidatures peuvent être envoyées jusqu'au 15 juin en mairie.", [("15 juin", "1999-06-15", None)]),
    # controls: with no cue before it, the cue after a coordinator still counts
    ("Samedi et dimanche, le club jouera deux matches amicaux.", [("Samedi et dimanche", "1999-05-22", None)]),
    ("Le conseil se réunira mardi et votera le budget.", [("mardi", "1999-05-25", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES, ids=_ids(CLAUSES))
def test_a_weekday_takes_the_tense_of_its_own_clause(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- words that only end like a participle open no done deed -------------------------------------------------------

NOT_PARTICIPLES = [
    ("Le stage se déroulera du 5 au 9 juillet, puis du 16 au 20 août.", ["1999-07-05", "1999-08-16"]),
    ("La fête aura lieu le 26 juin, mais le 3 juillet en cas de pluie.", ["1999-06-26", "1999-07-03"]),
    ("Les inscriptions seront ouvertes en juin, puis en septembre.", ["1999-06-01", "1999-09-01"]),
    # control: a true participle opening its phrase is past
    ("L'homme, interpellé le 12 juin, sera jugé en septembre.", ["1998-06-12", "1999-09-01"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_PARTICIPLES, ids=_ids(NOT_PARTICIPLES))
def test_an_adverb_with_a_participle_ending_is_no_past(text: str, expected: list) -> None:
    assert [value for _, value, _ in read(text)] == expected


# ---- an offset far from the article's day, with no date before it, told the other way: no date -----------------

FAR_OFFSETS = [
    ("Trente ans après, le mystère de la disparition reste entier.", []),
    ("Dix ans plus tard, il était élu maire de la commune.", []),
    ("Vingt ans après, les anciens du club se sont retrouvés.", []),
    # controls: near offsets, a date before them, the tense pointing their way
    ("Deux jours après, le pont a rouvert à la circulation.", [("Deux jours après", "1999-05-22", None)]),
    ("Il a été arrêté le 3 mai. Trois mois plus tard, il était libéré.",
     [("3 mai", "1999-05-03", None), ("Trois mois plus tard", "1999-08-01", None)]),
    ("Deux ans plus tard, la ligne sera électrifiée.", [("Deux ans plus tard", "2001-05-20", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FAR_OFFSETS, ids=_ids(FAR_OFFSETS))
def test_a_far_offset_from_an_undated_event_is_no_date(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a year after "de", before a word that is no plural and no unit --------------------------------------------

YEARS_AFTER_DE = [
    ("Les inondations de 1947 restent dans toutes les mémoires.", [("1947", "1947-01-01", None)]),
    ("La loi de 1905 reste le socle de la laïcité, a rappelé le sénateur.", [("1905", "1905-01-01", None)]),
    ("Les municipales de 2001 se préparent déjà dans les sections.", [("2001", "2001-01-01", None)]),
    ("Le champion de 1998 revient sur le circuit de Nogaro.", [("1998", "1998-01-01", None)]),
    # controls: amounts, counts and units
    ("Une amende de 2000 F a été requise contre le prévenu.", []),
    ("Un total de 1999 voix sépare les deux candidats.", []),
    ("Près de 2000 selon la police, 5000 selon les organisateurs.", []),
    ("Une prime de 2000 pour chaque agent a été votée.", []),
]


@pytest.mark.parametrize(("text", "expected"), YEARS_AFTER_DE, ids=_ids(YEARS_AFTER_DE))
def test_a_year_after_de_before_a_verb(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a decade is no year ------------------------------------------------------------------------------------------

DECADES = [
    ("Au cours des années 1970, la vallée a perdu ses usines textiles.", []),
    ("Il a connu son heure de gloire dans les années 80.", []),
    ("Les années 1990 et 2000 ont vu fermer les mines.", []),
    # controls: years after "années"
    ("Les années 1998 et 1999 ont été difficiles pour le club.",
     [("1998", "1998-01-01", None), ("1999", "1999-01-01", None)]),
    ("En 1970, la vallée comptait encore dix usines.", [("1970", "1970-01-01", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DECADES, ids=_ids(DECADES))
def test_a_decade_is_no_year(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- holidays: the feasts of a regional calendar; a thing named after a feast is no date ------------------------

HOLIDAYS = [
    ("À la Saint-Nicolas, les chars traverseront la vieille ville.", [("la Saint-Nicolas", "1999-12-06", None)]),
    ("Le grand feu de la Saint-Jean sera allumé au bord du lac.", [("la Saint-Jean", "1999-06-24", None)]),
    ("Les catherinettes ont fêté la Sainte-Catherine à la mairie.", [("la Sainte-Catherine", "1998-11-25", None)]),
    ("Le jour de Noël, la crèche vivante sera ouverte au public.", [("jour de Noël", "1999-12-25", None)]),
    ("À l'approche de la Toussaint, les fleuristes ont rentré leurs chrysanthèmes.",
     [("la Toussaint", "1998-11-01", None)]),
    # a thing named after the feast: no date
    ("Les illuminations de Noël seront allumées le 4 décembre.", [("4 décembre", "1999-12-04", None)]),
    ("Le marché de Noël a fermé ses portes avec un bilan record.", []),
    ("Le défilé de la Saint-Nicolas a attiré des milliers de spectateurs.", []),
    ("Pendant les vacances de la Toussaint, le centre aéré restera ouvert.", []),
    # a town's name is no feast; a feast with its year is that year's
    ("Il a ouvert un cabinet à Saint-Nicolas-de-Port en 1990.", [("1990", "1990-01-01", None)]),
    ("Les ventes de Pâques 1998 avaient déçu les chocolatiers.", [("Pâques 1998", "1998-04-12", None)]),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS, ids=_ids(HOLIDAYS))
def test_regional_feasts_and_things_named_after_a_feast(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "le week-end du 15 août" is not the coming weekend; a feast's weekend is a season (no value TimeML scores) ---

WEEKEND_OF = [
    ("Le week-end de la Pentecôte, la circulation sera dense sur l'A 31.", []),
    ("Le week-end du 15 août, les gendarmes multiplieront les contrôles.", [("15 août", "1999-08-15", None)]),
    ("Le week-end de Pâques, le club a organisé une chasse aux œufs.", []),
    # control: the weekend alone is the reference date's nearest, the tense's way
    ("Le week-end, la circulation sera dense sur l'A 31.", [("Le week-end", "1999-05-22", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKEND_OF, ids=_ids(WEEKEND_OF))
def test_the_weekend_of_a_date_is_not_the_coming_one(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "le 27 courant": that day of the reference date's month ----------------------------------------------------

CURRENT_MONTH = [
    ("La réunion est fixée au 27 courant à 20 h 30 en mairie.",
     [("27 courant", "1999-05-27", None), ("20 h 30", "1999-05-27", "20:30")]),
    ("Les inscriptions seront closes le 31 courant.", [("31 courant", "1999-05-31", None)]),
    ("La séance du 3 courant a été houleuse, a rappelé l'opposition.", [("3 courant", "1999-05-03", None)]),
    # control: a street number after "au" stays no date
    ("Le cabinet a déménagé au 27 rue Gambetta.", []),
]


@pytest.mark.parametrize(("text", "expected"), CURRENT_MONTH, ids=_ids(CURRENT_MONTH))
def test_a_day_of_the_current_month(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- two clock times with no day: a deed done "entre 2 h et 4 h" is the day's; a schedule is none ---------------

CLOCK_PAIRS = [
    ("Le cambriolage a eu lieu entre 2 h et 4 h du matin, selon les gendarmes.",
     [("2 h", "1999-05-20", "02:00"), ("4 h du matin", "1999-05-20", "04:00")]),
    ("Les faits se sont produits entre 14 h et 15 h devant la gare.",
     [("14 h", "1999-05-20", "14:00"), ("15 h", "1999-05-20", "15:00")]),
    ("L'agression a été commise entre 21 h 30 et 22 h, rue des Dominicains.",
     [("21 h 30", "1999-05-20", "21:30"), ("22 h", "1999-05-20", "22:00")]),
    # controls: opening hours, an order, hours under a bound of days
    ("La mairie est ouverte de 9 h à 12 h.", []),
    ("Le préfet a ordonné de pomper de 6 h à midi.", []),
    ("Jusqu'au 30 mai, l'exposition est ouverte de 14 h à 18 h.", [("30 mai", "1999-05-30", None)]),
    ("À partir du 3 juin, la piscine ouvrira de 10 h à 19 h.", [("3 juin", "1999-06-03", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_PAIRS, ids=_ids(CLOCK_PAIRS))
def test_two_clock_times_with_no_day(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a reporting incise dates the saying after it, not the date before it; "je vais" looks ahead ----------------

FRI = dt.date(1999, 5, 21)  # a Friday

INCISES = [
    ("Le président recevra vendredi les syndicats, a-t-on appris jeudi.",
     [("vendredi", "1999-05-21", None), ("jeudi", "1999-05-20", None)]),
    ("Les élus voteront le budget mardi, ont-ils indiqué mercredi.",
     [("mardi", "1999-05-25", None), ("mercredi", "1999-05-19", None)]),
    ("Le maire recevra les riverains lundi, a-t-il précisé.", [("lundi", "1999-05-24", None)]),
    ("Les élus ont voté la subvention mardi, a-t-il rappelé.", [("mardi", "1999-05-18", None)]),
    ("« Je vais porter plainte lundi », a confié la victime.", [("lundi", "1999-05-24", None)]),
    ("Nous allons manifester samedi devant la préfecture, a annoncé le syndicat.", [("samedi", "1999-05-22", None)]),
]


@pytest.mark.parametrize(("text", "expected"), INCISES, ids=_ids(INCISES))
def test_a_reporting_incise_and_the_near_future(text: str, expected: list) -> None:
    assert read(text, FRI) == expected


# ---- a clock's local-time words are part of it (TimeML keeps them) -----------------------------------------------

LOCAL_TIME = [
    ("Le président est arrivé vers 12 h 30 locales à Salt Lake City.", [("12 h 30 locales", "1999-05-20", "12:30")]),
    ("L'avion s'est posé à Nouméa à 6 h 10 locale.", [("6 h 10 locale", "1999-05-20", "06:10")]),
    # control: a bracket naming another city's time stays out ("(heure de Paris)", as WiNER spans it)
    ("Le sommet de Washington s'est ouvert à 16 h (heure de Paris).", [("16 h", "1999-05-20", "16:00")]),
    ("Les bureaux de vote fermeront à 19 heures locales.", [("19 heures locales", "1999-05-20", "19:00")]),
    # control: "local" as a noun after a clock's sentence is no zone
    ("À 9 h, le local syndical était déjà plein.", [("9 h", "1999-05-20", "09:00")]),
]


@pytest.mark.parametrize(("text", "expected"), LOCAL_TIME, ids=_ids(LOCAL_TIME))
def test_local_time_words_belong_to_the_clock(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- the first person plural of a quote looks ahead; nouns in -rons do not ---------------------------------------

WE_WILL = [
    ("« Nous reprendrons le travail lundi », ont affirmé les grévistes.", [("lundi", "1999-05-24", None)]),
    ("« Nous irons jusqu'au bout samedi », a prévenu le délégué.", [("samedi", "1999-05-22", None)]),
    ("Nous recevrons les élus mardi en mairie, a expliqué le directeur.", [("mardi", "1999-05-25", None)]),
    # controls: nouns ending so
    ("Les vignerons ont manifesté lundi devant la préfecture.", [("lundi", "1999-05-17", None)]),
    ("Aux environs de 15 h, mardi, la foule s'est dispersée.",
     [("15 h", "1999-05-18", "15:00"), ("mardi", "1999-05-18", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WE_WILL, ids=_ids(WE_WILL))
def test_the_first_person_plural_future(text: str, expected: list) -> None:
    assert read(text, FRI) == expected
