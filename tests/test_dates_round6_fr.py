"""French dates, sixth round (issue 12): one table a class of error of regional and wire news, each row a sentence
written for these tests (none is taken from an article).

News conventions (``bare_weekday='past'``). Each row is (sentence, expected (text, value, time) of the mentions the
class is about); controls show where the mechanism must not reach.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.settings import Options

WED = dt.date(1999, 5, 19)  # a Wednesday


def read(text: str, ref: dt.date = WED) -> list[tuple[str, str, str | None]]:
    found = find_dates(text, ref, "fr", Options(reference_date=ref, bare_weekday="past"))
    return [(m.text, m.value.isoformat(), m.time) for m in found]


def _ids(rows: list) -> list[str]:
    return [row[0][:45] for row in rows]


# ---- an adverb, or a passive's "été", between the auxiliary and the participle: still a passé composé -------------

ADVERB_PAST = [
    ("Le contrat a finalement été signé lundi et entrera en vigueur en juin.", ("lundi", "1999-05-17", None)),
    ("Le projet a enfin été adopté jeudi, il sera appliqué dès juin.", ("jeudi", "1999-05-13", None)),
    ("L'accord a officiellement été conclu vendredi et prendra effet en juillet.", ("vendredi", "1999-05-14", None)),
    ("Le budget n'a pas été voté mardi et le sera en juin.", ("mardi", "1999-05-18", None)),
    # control: the future of the same clause, with no passé composé, still looks ahead
    ("Le contrat sera signé lundi et entrera en vigueur en juin.", ("lundi", "1999-05-24", None)),
]


@pytest.mark.parametrize(("text", "expected"), ADVERB_PAST, ids=_ids(ADVERB_PAST))
def test_an_adverb_does_not_hide_the_passe_compose(text: str, expected: tuple) -> None:
    assert expected in read(text)


# ---- noon and midnight after a clock cue are times of a day, even with no day in their sentence -------------------

NOON = [
    ("Le drame s'est produit vers midi.", [("midi", "1999-05-19", "12:00")]),  # TimeML noon: T12:00 (round ten)
    ("Hier vers midi, un camion s'est renversé.", [("Hier", "1999-05-18", None), ("midi", "1999-05-18", "12:00")]),
    ("Il est rentré chez lui peu avant minuit.", [("minuit", "1999-05-19", "00:00")]),
    ("Vendredi à midi, la mairie a fermé.", [("Vendredi", "1999-05-14", None), ("midi", "1999-05-14", "12:00")]),
    # controls: the region, the afternoon
    ("Il a passé ses vacances dans le Midi.", []),
    ("Il est parti à Midi-Pyrénées.", []),
    ("Dans l'après-midi, le vent a tourné.",  # a lone part takes the story's day (pod30's ruling, ANNOTATION.md)
     [("l'après-midi", "1999-05-19", "afternoon")]),
]


@pytest.mark.parametrize(("text", "expected"), NOON, ids=_ids(NOON))
def test_noon_and_midnight_after_a_cue(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a clock that took a day of the story passes it on to the next clock ------------------------------------------

def test_a_clock_passes_its_day_on() -> None:
    text = ("Une grange a brûlé hier à Toul. Vers 15 h, les pompiers ont été alertés par un voisin. "
            "Ils sont restés sur place jusqu'à 20 h.")
    assert read(text) == [("hier", "1999-05-18", None), ("15 h", "1999-05-18", "15:00"),
                          ("20 h", "1999-05-18", "20:00")]


def test_a_clock_alone_in_the_story_keeps_the_reference_date() -> None:
    assert read("Les pompiers sont arrivés vers 15 h. Ils sont restés jusqu'à 20 h.") == [
        ("15 h", "1999-05-19", "15:00"), ("20 h", "1999-05-19", "20:00")]


# ---- a list of three days or more is each of its days ------------------------------------------------------------

LISTS = [
    ("Les fêtes se tiendront les 16, 17 et 18 juillet.",
     [("les 16", "1999-07-16", None), ("17", "1999-07-17", None), ("18 juillet", "1999-07-18", None)]),
    ("Les portes ouvertes ont eu lieu les 3, 10 et 17 avril.",
     [("les 3", "1999-04-03", None), ("10", "1999-04-10", None), ("17 avril", "1999-04-17", None)]),
    ("Le festival aura lieu les 2, 3, 4 et 5 juillet 1999.",
     [("les 2", "1999-07-02", None), ("3", "1999-07-03", None), ("4", "1999-07-04", None),
      ("5 juillet 1999", "1999-07-05", None)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS, ids=_ids(LISTS))
def test_a_list_of_days_is_each_day(text: str, expected: list) -> None:
    assert read(text) == expected


def test_two_days_in_a_row_stay_one_range() -> None:
    found = find_dates("La foire aura lieu les 3 et 4 juin.", WED, "fr", Options(reference_date=WED))
    assert [(m.text, m.value.isoformat(), m.end_value and m.end_value.isoformat()) for m in found] == [
        ("les 3 et 4 juin", "1999-06-03", "1999-06-04")]


# ---- the night before, "il y a un an", "voici deux ans" -----------------------------------------------------------

RELATIVE = [
    ("La nuit dernière, des vandales ont dégradé l'école.", ("La nuit dernière", "1999-05-18", "night")),
    ("Il y a un mois, le maire démissionnait.", ("Il y a un mois", "1999-04-19", None)),
    ("Le maire démissionnait il y a un mois.", ("il y a un mois", "1999-04-19", None)),
    ("Voici deux semaines, l'usine fermait.", ("Voici deux semaines", "1999-05-05", None)),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE, ids=_ids(RELATIVE))
def test_relative_days_and_offsets(text: str, expected: tuple) -> None:
    assert expected in read(text)


def test_un_an_is_no_offset_without_its_cue() -> None:
    assert read("Il a passé un an en prison.") == []


# ---- an agenda notice or a match preview is in the present: the nearer weekday ----------------------------------

AGENDA = [
    ("Rendez-vous samedi à 9 h devant la mairie.", ("9 h", "1999-05-22", "09:00")),  # its day "samedi" apart (TimeML)
    ("Une réunion publique est organisée jeudi à 20 h 30.", ("20 h 30", "1999-05-20", "20:30")),
    ("Samedi, les Messins se déplacent à Lens.", ("Samedi", "1999-05-22", None)),
    ("Le club reçoit Nancy jeudi.", ("jeudi", "1999-05-20", None)),
    # controls: the report of the match, and a Monday nearer behind than ahead
    ("Samedi, les Messins se sont déplacés à Lens.", ("Samedi", "1999-05-15", None)),
    ("Le club organise lundi une collecte.", ("lundi", "1999-05-17", None)),
]


@pytest.mark.parametrize(("text", "expected"), AGENDA, ids=_ids(AGENDA))
def test_an_agenda_notice_takes_the_nearer_day(text: str, expected: tuple) -> None:
    assert expected in read(text)


# ---- a judgement reserved to a date ("mis en délibéré au") looks ahead ---------------------------------------------

def test_a_reserved_judgement_looks_ahead() -> None:
    assert ("30 juin", "1999-06-30", None) in read("La décision a été mise en délibéré au 30 juin.")
    assert ("30 avril", "1999-04-30", None) in read("La décision a été rendue le 30 avril.")


# ---- a participle that opens its phrase right before a date tells a deed done ------------------------------------

APPOSED = [
    ("L'homme, interpellé lundi, sera jugé mardi.", [("lundi", "1999-05-17", None), ("mardi", "1999-05-25", None)]),
    ("Interpellé lundi, l'homme sera présenté au juge jeudi.",
     [("lundi", "1999-05-17", None), ("jeudi", "1999-05-20", None)]),
    ("Le chantier, commencé en mars, s'achèvera en octobre.",
     [("mars", "1999-03-01", None), ("octobre", "1999-10-01", None)]),
    ("Ouverte en avril, la maison sera démolie en juillet.",
     [("avril", "1999-04-01", None), ("juillet", "1999-07-01", None)]),
    # controls: a participle that looks ahead, a postponement
    ("Attendu lundi, le ministre visitera l'usine.", [("lundi", "1999-05-24", None)]),
    ("Le match, reporté samedi, aura lieu dimanche.", [("samedi", "1999-05-22", None),
                                                      ("dimanche", "1999-05-23", None)]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED, ids=_ids(APPOSED))
def test_an_apposed_participle_is_past(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a summons names the day to come, ahead or just behind: the nearer date ---------------------------------------

SUMMONS = [
    ("Il a été convoqué par le juge le 15 juin.", ("15 juin", "1999-06-15", None)),
    ("Il avait été convoqué le 12 avril.", ("12 avril", "1999-04-12", None)),
    ("Il a été cité à comparaître le 2 juin.", ("2 juin", "1999-06-02", None)),
    # control: the same past without a summons is last year's June
    ("Il a été interpellé par les gendarmes le 15 juin.", ("15 juin", "1998-06-15", None)),
]


@pytest.mark.parametrize(("text", "expected"), SUMMONS, ids=_ids(SUMMONS))
def test_a_summons_takes_the_nearer_date(text: str, expected: tuple) -> None:
    assert expected in read(text)


# ---- the parts of "la journée" are parts of the day, on their own day -------------------------------------------

DAY_PARTS = [
    ("Hier en fin de journée, un camion s'est renversé.", [("Hier en fin de journée", "1999-05-18", "evening")]),
    ("Hier en milieu de journée, un camion s'est renversé.",
     [("Hier en milieu de journée", "1999-05-18", "noon")]),
    ("Hier, le camion a été dégagé en fin de journée.",
     [("Hier", "1999-05-18", None), ("fin de journée", "1999-05-18", "evening")]),
    # with no day near, the page's day (a lone part takes the story's day: pod30's ruling, docs/ANNOTATION.md)
    ("En fin de journée, le camion a été dégagé.", [("fin de journée", "1999-05-19", "evening")]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_PARTS, ids=_ids(DAY_PARTS))
def test_parts_of_the_journee_are_parts_of_the_day(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- the half of the day after a clock time is part of it ("10 h du soir" is 22:00) -------------------------------

HALVES = [
    ("Samedi, vers 3 h du matin, des vitres ont été brisées.",
     [("Samedi", "1999-05-15", None), ("3 h du matin", "1999-05-15", "03:00")]),
    ("Le concert commencera à 9 h du soir.", [("9 h du soir", "1999-05-19", "21:00")]),
    ("Il est arrivé hier à 4 h de l'après-midi.", [("hier à 4 h de l'après-midi", "1999-05-18", "16:00")]),
    ("Le match a débuté hier à 20 h du soir.", [("hier à 20 h du soir", "1999-05-18", "20:00")]),
    # control: a duration is still no time
    ("Il a couru 3 heures du matin au soir.", []),
]


@pytest.mark.parametrize(("text", "expected"), HALVES, ids=_ids(HALVES))
def test_the_half_of_the_day_after_a_clock(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- dawn is a part of the day after its day ("jeudi à l'aube", "samedi au petit matin") --------------------------

DAWN = [
    ("Jeudi à l'aube, les gendarmes ont interpellé deux hommes.", [("Jeudi à l'aube", "1999-05-13", "morning")]),
    ("Samedi au petit matin, un incendie s'est déclaré.", [("Samedi au petit matin", "1999-05-15", "morning")]),
    # control: "à l'aube de" a period is no part of a day
    ("Le pays était à l'aube d'une crise.", []),
]


@pytest.mark.parametrize(("text", "expected"), DAWN, ids=_ids(DAWN))
def test_dawn_is_a_part_of_the_day(text: str, expected: list) -> None:
    assert read(text) == expected
