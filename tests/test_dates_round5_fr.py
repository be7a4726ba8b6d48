"""French dates, fifth round (issue 12): one table a class of error seen on our WiNER dev annotation and French
TimeBank dev, each row a sentence written for these tests (none is taken from an article).

News conventions (``bare_weekday='past'``). Each row is (sentence, reference date, expected (text, value,
precision) of the mention that the class is about); controls show where the mechanism must not reach.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

WED = dt.date(2026, 3, 11)  # a Wednesday


def mentions(text: str, ref: dt.date = WED) -> list:
    return find_dates(text, ref, "fr", Options(reference_date=ref, bare_weekday="past"))


def read(text: str, ref: dt.date = WED) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision) for m in mentions(text, ref)]


def _ids(rows: list) -> list[str]:
    return [row[0][:45] for row in rows]


# ---- "pour", "d'ici" right before a date name a term ahead, whatever the tense of the sentence -------------------

TERM_AHEAD = [
    ("Le syndicat a déposé un préavis de grève pour vendredi.", ("vendredi", "2026-03-13", "day")),
    ("Les élus ont été convoqués pour le 3 avril à la préfecture.", ("3 avril", "2026-04-03", "day")),
    ("Le préfet a exigé un rapport d'ici lundi.", ("lundi", "2026-03-16", "day")),
    # controls: "pour" not right before the date, and the same sentences without it, stay in the past
    ("Il a été interpellé pour vol lundi soir.", ("lundi soir", "2026-03-09", "day")),
    # (round six: a summons, "convoqués le 3 avril", takes the nearer date, tests/test_dates_round6_fr.py; the control
    # is a past with no summons)
    ("Les élus ont été reçus le 3 avril à la préfecture.", ("3 avril", "2025-04-03", "day")),
    ("Le syndicat a déposé un préavis vendredi.", ("vendredi", "2026-03-06", "day")),
]


@pytest.mark.parametrize(("text", "expected"), TERM_AHEAD, ids=_ids(TERM_AHEAD))
def test_a_term_before_the_date_points_ahead(text: str, expected: tuple) -> None:
    assert expected in read(text)


# ---- a present subjunctive passive looks ahead ("que le rapport soit rendu public lundi") -------------------------

SUBJUNCTIVE = [
    ("Le maire demande que le rapport soit rendu public lundi.", ("lundi", "2026-03-16", "day")),
    ("La CGT exige que les primes soient versées vendredi.", ("vendredi", "2026-03-13", "day")),
    # "soit" before an amount is no verb: the sales fell last Monday
    ("Les ventes ont reculé lundi, soit 20 % de moins.", ("lundi", "2026-03-09", "day")),
]


@pytest.mark.parametrize(("text", "expected"), SUBJUNCTIVE, ids=_ids(SUBJUNCTIVE))
def test_a_subjunctive_passive_looks_ahead(text: str, expected: tuple) -> None:
    assert expected in read(text)


# ---- an elided word is no participle: "ont jusqu'à vendredi" is no passé composé ---------------------------------

ELIDED = [
    ("Les candidats ont jusqu'à vendredi pour s'inscrire.", ("vendredi", "2026-03-13", "day")),
    ("Les riverains ont jusqu'au 2 avril pour répondre.", ("2 avril", "2026-04-02", "day")),
    # a real passé composé before "jusqu'à" still wins
    ("La grève a duré jusqu'à dimanche.", ("dimanche", "2026-03-08", "day")),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED, ids=_ids(ELIDED))
def test_an_elided_word_is_no_participle(text: str, expected: tuple) -> None:
    assert expected in read(text)


# ---- bare years: in brackets, after a French event name, after "depuis..." ----------------------------------------

YEARS = [
    ("Le sujet portait sur un texte tiré de Vérité et politique (1964).", ("1964", "1964-01-01", "year")),
    ("Les épreuves du baccalauréat 2026 commencent lundi.", ("2026", "2026-01-01", "year")),
    ("Les municipales 2020 ont été reportées.", ("2020", "2020-01-01", "year")),
    ("Le maire prépare déjà les municipales 2026.", ("2026", "2026-01-01", "year")),
    ("Elle était veuve depuis... 1950.", ("1950", "1950-01-01", "year")),
]


@pytest.mark.parametrize(("text", "expected"), YEARS, ids=_ids(YEARS))
def test_bare_years_are_read(text: str, expected: tuple) -> None:
    assert expected in read(text)


NOT_YEARS = [
    "Le concours 2000 candidats attendus n'a pas eu lieu.",  # a count: the next word is a plural
    "La facture (2000 euros) a été réglée.",  # an amount in brackets
    "Le tournoi a réuni (1999 joueurs) au total.",
]


@pytest.mark.parametrize("text", NOT_YEARS, ids=[t[:45] for t in NOT_YEARS])
def test_counts_are_no_years(text: str) -> None:
    assert not [m for m in read(text) if m[2] == "year"]


# ---- noon and midnight close a span of hours ----------------------------------------------------------------------

SPANS_OF_HOURS = [
    # with their day earlier in the sentence, the two ends stay two clock times of that day (as TimeML writes them)
    ("Ce matin, les candidats ont planché de 8 h à midi.", "2026-03-11", "08:00", "12:00"),
    ("Samedi, le bal a duré de 22 h à minuit.", "2026-03-07", "22:00", "00:00"),
    # right after its day, the span is one mention from its first time to its last
    # (a present of the weekday's own clause is a schedule, the coming Tuesday: round eight, dates/present.py)
    ("Le bureau de vote ouvre mardi entre 10 h et midi.", "2026-03-17", "10:00", "12:00"),
]


@pytest.mark.parametrize(("text", "day", "first", "last"), SPANS_OF_HOURS, ids=_ids(SPANS_OF_HOURS))
def test_noon_and_midnight_end_a_span_of_hours(text: str, day: str, first: str, last: str) -> None:
    times = {(m.value.isoformat(), t) for m in mentions(text) for t in (m.time, m.end_time) if t}
    assert {(day, first), (day, last)} <= times, times


def test_midday_alone_is_noon_o_clock() -> None:
    # round ten: French "midi" is 12:00, as TimeML writes noon (it was the midday part, TMI, which "la mi-journée"
    # still is)
    assert [(m.text, m.time) for m in mentions("Vendredi à midi, la mairie a fermé.")] == [("Vendredi", None),
                                                                                     ("midi", "12:00")]


# ---- a part of the day already inside a relative day is not read a second time -----------------------------------

def test_the_evening_of_yesterday_is_one_mention() -> None:
    text = "Saisie record\n\n11 mars 2026 . – Dans la soirée d'hier, les douaniers ont saisi deux tonnes."
    found = [(m.text, m.value.isoformat(), m.time) for m in mentions(text)]
    assert found == [("11 mars 2026", "2026-03-11", None), ("la soirée d'hier", "2026-03-10", "evening")]


# ---- "un lundi", "chaque lundi": any such day, not a date ---------------------------------------------------------

ANY_DAY = [
    "Cette année, la fête de la commune tombe un samedi.",
    "La permanence du maire a lieu chaque mardi.",
    "C'était un dimanche de pluie, comme tant d'autres.",
]


@pytest.mark.parametrize("text", ANY_DAY, ids=[t[:45] for t in ANY_DAY])
def test_an_indefinite_weekday_is_no_date(text: str) -> None:
    assert not [m for m in read(text) if m[2] == "day"]


def test_a_weekday_with_its_date_or_a_demonstrative_stays_a_date() -> None:
    assert ("un mardi 3 mars", "2026-03-03", "day") in read("Le drame s'est produit un mardi 3 mars.") or \
        ("mardi 3 mars", "2026-03-03", "day") in read("Le drame s'est produit un mardi 3 mars.")
    assert ("Ce samedi", "2026-03-07", "day") in read("Ce samedi, la foire a attiré du monde.")


# ---- a purpose ahead: "pour la venue de Metz samedi", when the sentence has no tense cue ---------------------------

PURPOSE_AHEAD = [
    ("Deux joueurs sont incertains pour la réception de Metz samedi.", ("samedi", "2026-03-14", "day")),
    ("Les billets sont en vente pour le match de dimanche.", ("dimanche", "2026-03-15", "day")),
    # a tense wins over the purpose: the conviction is behind us
    ("Il a été condamné pour le vol de la caisse lundi.", ("lundi", "2026-03-09", "day")),
]


@pytest.mark.parametrize(("text", "expected"), PURPOSE_AHEAD, ids=_ids(PURPOSE_AHEAD))
def test_a_purpose_ahead_points_the_weekday_ahead(text: str, expected: tuple) -> None:
    assert expected in read(text)


# ---- a cue denied by "non" is an adjective, no tense: "un point presse non prévu samedi" --------------------------

DENIED_CUE = [
    ("Le porte-parole a tenu un point presse non prévu samedi soir.", ("samedi soir", "2026-03-07", "day")),
    ("Une grève non programmée a bloqué le dépôt lundi.", ("lundi", "2026-03-09", "day")),
    # the cue itself still counts
    ("Un point presse est prévu samedi.", ("samedi", "2026-03-14", "day")),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_CUE, ids=_ids(DENIED_CUE))
def test_a_denied_cue_is_no_tense(text: str, expected: tuple) -> None:
    assert expected in read(text)


# ---- years after "pour" closing a phrase, and an event named with "de" + its year ---------------------------------

MORE_YEARS = [
    ("La dette devrait atteindre 133 % du PIB pour 2026, contre 132 % l'an passé.", ("2026", "2026-01-01", "year")),
    ("Le rapport porte sur la présidentielle de 2022 et ses suites.", ("2022", "2022-01-01", "year")),
    # "de" + a year that a verb or "en" follows
    ("Elle a gagné l'élection de 2016 en récoltant 56 % des voix.", ("2016", "2016-01-01", "year")),
    ("La crue de 1982 a marqué les esprits.", ("1982", "1982-01-01", "year")),
]


@pytest.mark.parametrize(("text", "expected"), MORE_YEARS, ids=_ids(MORE_YEARS))
def test_more_bare_years(text: str, expected: tuple) -> None:
    assert expected in read(text)


def test_an_amount_after_pour_or_de_is_no_year() -> None:
    for text in ("Il a été vendu pour 2000 euros.", "Un rapport de 2000 pages a été remis.",
                 "La collecte a rapporté pour 1500 familles.", "Une prime de 2000 pour les agents.",
                 "Le prix passe de 1999 à 2500 euros."):
        assert not [m for m in read(text) if m[2] == "year"], text


# ---- "le soir du 14 juillet", "voilà dix jours", "le marché de Noël" ----------------------------------------------

def test_the_evening_of_a_day_written_before_it() -> None:
    found = [(m.text, m.value.isoformat(), m.time) for m in mentions("Le vol a eu lieu le soir du 2 mars à Metz.")]
    assert ("le soir du 2 mars", "2026-03-02", "evening") in found
    found = [(m.text, m.value.isoformat(), m.time) for m in mentions("Il est parti le matin du 4 mars.")]
    assert ("le matin du 4 mars", "2026-03-04", "morning") in found


def test_voila_is_an_offset_back() -> None:
    assert ("Voilà dix jours", "2026-03-01", "day") in read("Voilà dix jours, la tempête a frappé la côte.")
    assert read("Et voilà trois buts en deux minutes.") == []


def test_a_christmas_market_is_no_christmas_day() -> None:
    assert [m for m in read("Le marché de Noël ouvrira ses portes le 5 décembre.") if m[0] == "Noël"] == []
    assert ("Noël", "2026-12-25", "day") in read("À Noël, la mairie offrira un colis aux aînés.")
