"""French dates, ninth round (issue 12): one table a class of error, each row a sentence written for these tests in
the style of a regional daily or of wire copy; none is taken from an article.

News conventions (``bare_weekday='past'``), reference date a Thursday. Each row is (text, expected (text, value, time)
of every mention); controls show where the mechanism must not reach.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fr_dates_support import read_fr
from fr_dates_support import row_ids as _ids

THU = dt.date(1999, 5, 20)  # a Thursday


def read(text: str, ref: dt.date = THU) -> list[tuple[str, str, str | None]]:
    return read_fr(text, ref)


# ---- a two-digit year before the pronoun "on" (the word list's bare `on` was read by YAML as True) ---------------

TWO_DIGIT_ON = [
    ("Arrivé à Thionville en 97 on l'avait aussitôt nommé entraîneur des cadets.", [("97", "1997-01-01", None)]),
    ("Le club a fermé depuis 95 on n'y joue plus au tennis.", [("95", "1995-01-01", None)]),
    # the other words of the list still count, and a count is still no year
    ("Il a quitté le conseil en 97 il avait alors soixante ans.", [("97", "1997-01-01", None)]),
    ("Le coureur a bouclé le tour en 58 secondes.", []),
    ("Les pompiers sont intervenus en 12 minutes on les en a remerciés.", []),
]


@pytest.mark.parametrize(("text", "expected"), TWO_DIGIT_ON, ids=_ids(TWO_DIGIT_ON))
def test_a_two_digit_year_before_on_is_a_year(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "dernier"/"prochain" after a date, before a word that only begins like "de"/"du" ------------------------------

MODIFIER_BEFORE_DE_WORD = [
    ("Le procès s'ouvrira le 3 juin prochain devant la cour d'assises de la Moselle.",
     [("3 juin prochain", "1999-06-03", None)]),
    ("L'usine a été vendue le 12 mars dernier durant une audience du tribunal de commerce.",
     [("12 mars dernier", "1999-03-12", None)]),
    ("Le 12 mars dernier deux hommes ont été interpellés à Forbach.", [("12 mars dernier", "1999-03-12", None)]),
    # the modifier places the date against the sentence's future (it was next year's 2 February)
    ("Le tribunal examinera l'accident survenu le 2 février dernier devant la mairie.",
     [("2 février dernier", "1999-02-02", None)]),
    # controls: a real "de"/"du" after the modifier keeps it out of the span
    ("Le dimanche 6 juin prochain de 14 h à 18 h, le musée sera ouvert.",
     [("dimanche 6 juin", "1999-06-06", None), ("14 h", "1999-06-06", "14:00"), ("18 h", "1999-06-06", "18:00")]),
    ("Le 6 juin, dernier jour de l'exposition, le musée sera gratuit.", [("6 juin", "1999-06-06", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIER_BEFORE_DE_WORD, ids=_ids(MODIFIER_BEFORE_DE_WORD))
def test_dernier_prochain_before_a_word_in_de_joins_the_date(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "délibéré" the noun is the ruling handed down; only "en délibéré" reserves a judgement to a day ahead ---------

RULING = [
    ("Le tribunal correctionnel a rendu son délibéré mardi dans l'affaire des faux billets.",
     [("mardi", "1999-05-18", None)]),
    ("La cour a rendu son délibéré mardi à 14 h.", [("mardi", "1999-05-18", None), ("14 h", "1999-05-18", "14:00")]),
    # controls: a judgement reserved, or a ruling to come
    ("Le jugement a été mis en délibéré à mardi.", [("mardi", "1999-05-25", None)]),
    ("La décision a été mise en délibéré au 30 juin.", [("30 juin", "1999-06-30", None)]),
    ("Le tribunal rendra son délibéré mardi.", [("mardi", "1999-05-25", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RULING, ids=_ids(RULING))
def test_a_ruling_handed_down_is_past_a_ruling_reserved_is_ahead(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a participle right after its noun, before a date, tells a done deed whatever the main verb's tense ----------

NOUN_PARTICIPLE = [
    ("Selon le communiqué publié mercredi, l'usine fermera ses portes en juin.",
     [("mercredi", "1999-05-19", None), ("juin", "1999-06-01", None)]),
    ("Les dossiers déposés lundi seront examinés par la commission.", [("lundi", "1999-05-17", None)]),
    ("Le texte adopté mardi entrera en vigueur en juillet.",
     [("mardi", "1999-05-18", None), ("juillet", "1999-07-01", None)]),
    ("Un arrêté pris mardi interdira la circulation des poids lourds.", [("mardi", "1999-05-18", None)]),
    ("Le rapport paru le 9 mars sera débattu au conseil.", [("9 mars", "1999-03-09", None)]),
    # controls: a participle that is part of a verb, after a noun's determiner, or that looks ahead or shares the main
    # verb's time
    ("Le rapport sera publié mercredi.", [("mercredi", "1999-05-26", None)]),
    ("Le rapport, qui sera officiellement publié mercredi, fera date.", [("mercredi", "1999-05-26", None)]),
    ("La préfecture a indiqué que la route pourrait rester bloquée lundi.", [("lundi", "1999-05-24", None)]),
    ("Le tribunal rendra son délibéré mardi.", [("mardi", "1999-05-25", None)]),
    ("La fête organisée samedi par le comité attirera du monde.", [("samedi", "1999-05-22", None)]),
    ("Les élus réunis samedi voteront le budget.", [("samedi", "1999-05-22", None)]),
    ("Le ministre attendu lundi inaugurera le pont.", [("lundi", "1999-05-24", None)]),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_PARTICIPLE, ids=_ids(NOUN_PARTICIPLE))
def test_a_participle_after_its_noun_is_a_done_deed(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a present in -oue, -que, -gue is a present ("Metz joue samedi"), not a participle in -ue ----------------------

PRESENT_IN_UE = [
    ("Le FC Metz joue samedi à Lens pour le maintien.", [("samedi", "1999-05-22", None)]),
    ("L'équipe réserve rejoue dimanche contre Épinal.", [("dimanche", "1999-05-23", None)]),
    ("Le club attaque samedi la phase retour du championnat.", [("samedi", "1999-05-22", None)]),
    ("Le quotidien publie samedi un supplément consacré aux vendanges.", [("samedi", "1999-05-22", None)]),
    # controls: participles in -ue and -ie still tell a done deed
    ("La décision rendue mardi sera exécutée par le préfet.", [("mardi", "1999-05-18", None)]),
    ("La commission, réunie samedi, a rendu son avis.", [("samedi", "1999-05-15", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT_IN_UE, ids=_ids(PRESENT_IN_UE))
def test_a_present_in_ue_schedules_its_weekday(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "venir de" + infinitive is a recent past -------------------------------------------------------------------

RECENT_PAST = [
    ("Le maire de Hayange vient de démissionner mardi, au terme d'un conseil houleux.",
     [("mardi", "1999-05-18", None)]),
    ("La commune vient d'inaugurer samedi sa nouvelle salle polyvalente.", [("samedi", "1999-05-15", None)]),
    ("L'association venait d'acheter le terrain vendredi quand le permis a été refusé.",
     [("vendredi", "1999-05-14", None)]),
    # controls: "vient" alone is a coming; the verb nearer the date wins
    ("Le ministre vient samedi à Épinal.", [("samedi", "1999-05-22", None)]),
    ("Le club vient de recruter un entraîneur qui arrivera lundi.", [("lundi", "1999-05-24", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RECENT_PAST, ids=_ids(RECENT_PAST))
def test_venir_de_is_a_recent_past(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- an elided word of a list ("qu'") matches before the letter that follows it -----------------------------------

ELIDED_STOPS = [
    # a comparison after an offset is a delay, no date ("qu'" as "que")
    ("Les vendanges ont commencé dix jours plus tôt qu'à l'accoutumée.", []),
    ("Les vendanges ont commencé dix jours plus tôt qu’en 1998.", [("1998", "1998-01-01", None)]),
    # "la même année qu'un autre": another's year, no anaphor
    ("Il est né en 1950. Il a été élu la même année qu'Anquetil remportait son premier Tour.",
     [("1950", "1950-01-01", None)]),
    # "il y a trois ans qu'il...": a duration, no date (as "il y a trois ans que")
    ("Il y a trois ans qu'il dirige la chorale de Boulay.", []),
    ("Voilà deux ans qu’elle préside le club.", []),
    # controls: the offset alone, the anaphor alone
    ("Les vendanges ont commencé dix jours plus tôt.", [("dix jours plus tôt", "1999-05-10", None)]),
    ("Il est né en 1950. La même année, son père a été élu maire.",
     [("1950", "1950-01-01", None), ("La même année", "1950-01-01", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED_STOPS, ids=_ids(ELIDED_STOPS))
def test_an_elided_stop_word_stops(text: str, expected: list) -> None:
    assert read(text) == expected


def test_whole_words_lets_an_elided_entry_meet_its_letter() -> None:
    from timeline.extraction.dates.lexicon import _whole_words

    pattern = re.compile(_whole_words(["que", "qu'"]), re.IGNORECASE)
    assert pattern.match("qu'il") and pattern.match("que") and not pattern.match("quelque")


# ---- "jour pour jour" after an offset names the day; a word on the count keeps the offset ------------------------

EXACT_OFFSETS = [
    ("Il y a un an jour pour jour, la passerelle s'effondrait sur la Moselle.",
     [("Il y a un an jour pour jour", "1998-05-20", None)]),
    ("Il y a trois semaines, jour pour jour, le maire annonçait sa démission.",
     [("Il y a trois semaines, jour pour jour", "1999-04-29", None)]),
    # ... a word on the count does not (years back: no calendar date in news, Options.years_ago, round 27)
    ("Il y a tout juste un an, la passerelle s'effondrait.", []),
    ("Il y a près de dix ans, l'usine fermait ses portes.", []),
    # an approximate count is no more precise than its unit
    ("L'émissaire a été envoyé il y a environ un mois.", [("il y a environ un mois", "1999-04-01", None)]),
    ("Dans près de deux ans, le viaduc sera achevé.", [("Dans près de deux ans", "2001-01-01", None)]),
    # controls: a year back alone is no date in news; an offset from an event is no date
    ("Il y a dix ans, l'usine fermait ses portes.", []),
    ("Six ans après sa victoire, il a de nouveau remporté la course.", []),
]


@pytest.mark.parametrize(("text", "expected"), EXACT_OFFSETS, ids=_ids(EXACT_OFFSETS))
def test_an_offset_to_the_day_is_that_day(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a street or a square named after a date is no date -----------------------------------------------------------

STREET_DATES = [
    ("Un cyclomoteur a été volé avenue du 8-Mai-1945 à Hayange.", []),
    ("La collision s'est produite rue du 14 Juillet, près de la poste.", []),
    ("Le rassemblement aura lieu place du 11-Novembre samedi.", [("samedi", "1999-05-22", None)]),
    ("L'école de la rue du 19-Mars-1962 sera rénovée en 2000.", [("2000", "2000-01-01", None)]),
    # controls: the date itself, and a street without one
    ("La rue a été rebaptisée le 8 mai 1995 en présence du préfet.", [("8 mai 1995", "1995-05-08", None)]),
    ("Rendez-vous rue Mazelle le 12 juin.", [("12 juin", "1999-06-12", None)]),
]


@pytest.mark.parametrize(("text", "expected"), STREET_DATES, ids=_ids(STREET_DATES))
def test_a_street_named_after_a_date_is_no_date(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- "en milieu de" before a part of the day, as "en début de" and "en fin de" -------------------------------------

MIDDLE_PARTS = [
    ("Un feu de broussailles s'est déclaré mardi en milieu d'après-midi.",
     [("mardi en milieu d'après-midi", "1999-05-18", "afternoon")]),
    ("Mardi, en milieu de soirée, la foudre est tombée sur le clocher.",
     [("Mardi", "1999-05-18", None), ("en milieu de soirée", "1999-05-18", "evening")]),
    # controls: the other two, and a "milieu" that is no part of the day
    ("Un feu de broussailles s'est déclaré mardi en fin de matinée.",
     [("mardi en fin de matinée", "1999-05-18", "morning")]),
    ("Mardi, le milieu associatif a manifesté.", [("Mardi", "1999-05-18", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MIDDLE_PARTS, ids=_ids(MIDDLE_PARTS))
def test_the_middle_of_a_part_of_the_day(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- a demonstrative before a part of a period belongs to the expression -----------------------------------------

DEMONSTRATIVE_PARTS = [
    ("En ce début de semaine, le préfet reçoit les maires du bassin.", [("ce début de semaine", "1999-05-17", None)]),
    ("En cette fin de mois, les commerçants font leurs comptes.", [("cette fin de mois", "1999-05-21", None)]),
    ("En ce début d'année, la commune a recruté deux agents.", [("ce début d'année", "1999-01-01", None)]),
    # control: an article is left out, as TimeML leaves out the preposition
    ("À la fin du mois, le chantier sera terminé.", [("fin du mois", "1999-05-21", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DEMONSTRATIVE_PARTS, ids=_ids(DEMONSTRATIVE_PARTS))
def test_a_demonstrative_opens_the_part_of_a_period(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- an expectation in the present looks ahead ---------------------------------------------------------------------

EXPECTATIONS = [
    ("À Noël, les commerçants du centre-ville espèrent de bonnes ventes.", [("Noël", "1999-12-25", None)]),
    ("Les fleuristes attendent la Toussaint avec impatience.", [("la Toussaint", "1999-11-01", None)]),
    ("Le maire craint une nouvelle crue de la Moselle en décembre.", [("décembre", "1999-12-01", None)]),
    # controls: the same verbs in the past, or with "depuis"
    ("Les commerçants espéraient de bonnes ventes à Noël.", [("Noël", "1998-12-25", None)]),
    ("Il attend depuis lundi une réponse du préfet.", [("lundi", "1999-05-17", None)]),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTATIONS, ids=_ids(EXPECTATIONS))
def test_an_expectation_in_the_present_looks_ahead(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- two bare days listed are two days of the month ----------------------------------------------------------------

DAY_LISTS = [
    ("La braderie aura lieu les 29 et 30, sous la halle.",
     [("29", "1999-05-29", None), ("30", "1999-05-30", None)]),
    ("Les 15 et 16, les pompiers ont organisé leurs portes ouvertes.",
     [("15", "1999-05-15", None), ("16", "1999-05-16", None)]),
    # controls: counts, and a list with its month (read as before)
    ("Il a remporté les 2 et 3 premières manches.", []),
    ("Les 2 et 3 ont été vendus aux enchères.", []),
    ("Les 15 et 16 juin, la braderie reviendra.", [("Les 15 et 16 juin", "1999-06-15", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_LISTS, ids=_ids(DAY_LISTS))
def test_two_bare_days_listed_are_two_days(text: str, expected: list) -> None:
    assert read(text) == expected


# ---- the movable feasts of Lent and Holy Week ------------------------------------------------------------------------

LENT = [
    ("Le mercredi des Cendres, les fidèles ont rempli la cathédrale.", [("mercredi des Cendres", "1999-02-17", None)]),
    ("Le dimanche des Rameaux, la procession a traversé le village.", [("dimanche des Rameaux", "1999-03-28", None)]),
    ("Le Jeudi saint, l'évêque a célébré la messe chrismale.", [("Jeudi saint", "1999-04-01", None)]),
    # control: a bare weekday stays a weekday
    ("Mercredi, les fidèles ont rempli la cathédrale.", [("Mercredi", "1999-05-19", None)]),
]


@pytest.mark.parametrize(("text", "expected"), LENT, ids=_ids(LENT))
def test_the_feasts_of_lent_are_their_days(text: str, expected: list) -> None:
    assert read(text) == expected
