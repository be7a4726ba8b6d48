"""Weekdays in the present, round eight (issue 12, class 2): a bare weekday whose own clause has a present-tense
finite verb before it is a schedule, the coming day ("the trial opens on Friday"); the page's own weekday is
today. Headlines (no tense), reported speech ("said on Tuesday") and past tenses stay in the past week
(``timeline/extraction/dates/present.py``, shapes in lang/*/words.yaml ``present_*``).

Every sentence is written for these tests (none is taken from an article), in several outlet styles (wire,
regional daily, business, politics, sport, obituary). News conventions (``bare_weekday='past'``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.dates.present import schedule_present
from timeline.settings import Options

REF = dt.date(2026, 12, 2)  # a Wednesday: the article's date
LAST = {"monday": "2026-11-30", "tuesday": "2026-12-01", "thursday": "2026-11-26", "friday": "2026-11-27",
        "saturday": "2026-11-28", "sunday": "2026-11-29"}
NEXT = {"monday": "2026-12-07", "tuesday": "2026-12-08", "thursday": "2026-12-03", "friday": "2026-12-04",
        "saturday": "2026-12-05", "sunday": "2026-12-06"}
FR = {"lundi": "monday", "mardi": "tuesday", "jeudi": "thursday", "vendredi": "friday", "samedi": "saturday",
      "dimanche": "sunday", "mercredi": "wednesday"}


def value_of(text: str, lang: str, word: str) -> str:
    mentions = find_dates(text, REF, lang, Options(reference_date=REF, bare_weekday="past"))
    hits = [m.value.isoformat() for m in mentions if m.text.lower().endswith(word.lower())]
    assert len(hits) == 1, (text, [(m.text, m.value) for m in mentions])
    return hits[0]


# (lang, sentence, the weekday word): a present of the weekday's own clause, before it -> the coming day
COMING = [
    ("en", "The trial of the former mayor opens on Friday in the county court.", "Friday"),  # wire
    ("en", "Parliament votes on the budget Thursday after two weeks of debate.", "Thursday"),  # politics
    ("en", "The minister visits Hanoi on Monday for talks on trade.", "Monday"),  # wire
    ("en", "The retailer reports quarterly earnings Tuesday before the market opens.", "Tuesday"),  # business
    ("en", "United hosts the league leaders on Saturday at home.", "Saturday"),  # sport
    ("en", "The new library is to open its doors on Sunday, the council said in a statement.", "Sunday"),  # regional
    ("en", "Negotiators are meeting again on Monday in Geneva.", "Monday"),  # wire
    ("en", "The funeral takes place on Friday at St Mary's church.", "Friday"),  # obituary
    ("fr", "Le club dispute son dernier match dimanche à domicile.", "dimanche"),  # sport
    ("fr", "Les enseignants manifestent samedi dans le centre-ville.", "samedi"),  # régional
    ("fr", "Le conseil municipal se réunit jeudi pour voter le budget.", "jeudi"),  # régional
    ("fr", "Le ministre de l'Économie se rend lundi à Bruxelles.", "lundi"),  # politique
    ("fr", "Le groupe publie ses résultats annuels mardi avant l'ouverture de la Bourse.", "mardi"),  # économie
    ("fr", "La famille reçoit les condoléances vendredi au funérarium.", "vendredi"),  # nécrologie
    ("fr", "Ils affrontent Lens samedi pour la dernière journée.", "samedi"),  # sport
]

# (lang, sentence, the weekday word): a past, a saying, a headline or a narrative state -> the week behind
BEHIND = [
    ("en", "The minister said on Tuesday that the summit opens next month.", "Tuesday"),  # reported speech
    ("en", "The trial opened on Friday in the county court.", "Friday"),  # simple past
    ("en", "Parliament votes on budget Thursday", "Thursday"),  # a headline: no tense
    ("en", "Shares of the retailer fell 4% on Monday.", "Monday"),  # business, past
    ("en", "Police said the suspect was arrested on Sunday.", "Sunday"),  # wire
    ("en", "Stocks in Tokyo on Monday extended their losses.", "Monday"),  # no present verb before the day
    ("fr", "Le ministre a déclaré mardi que le sommet aura lieu en janvier.", "mardi"),  # parole rapportée
    ("fr", "Le club a battu Nantes dimanche au stade de la Meinau.", "dimanche"),  # passé composé
    ("fr", "Le conseil municipal se réunit jeudi", "jeudi"),  # un titre : pas de temps
    ("fr", "Les chiffres de fréquentation sont de 12 000 visiteurs vendredi, selon la mairie.", "vendredi"),  # un état
    ("fr", "L'ancienne institutrice s'est éteinte mardi à l'âge de 97 ans.", "mardi"),  # nécrologie, passé composé
    ("fr", "Lors d'une réunion publique tenue lundi, le maire a présenté le projet.", "lundi"),  # un participe
    ("fr", "Le comité se réunissait jeudi à huis clos, selon plusieurs élus.", "jeudi"),  # un imparfait
    ("en", "The chief executive, who joins the board, resigned on Monday.", "Monday"),  # a present in another clause
    ("en", "The company's shares on Monday lost 4%.", "Monday"),  # a possessive: no subject of an -s verb
    ("fr", "Des photos prises samedi montrent une foule plus nombreuse.", "samedi"),  # le verbe suit le jour
    ("fr", "Cette démission intervient trois jours après des révélations, jeudi, de la presse.", "jeudi"),  # incise
]

# the page's own weekday with a present of its clause: today
TODAY = [
    ("en", "The board meets Wednesday to pick a new chief executive.", "Wednesday"),
    ("en", "The senator faces a confidence vote on Wednesday.", "Wednesday"),
    ("en", "The festival opens Wednesday with a parade.", "Wednesday"),
    ("fr", "Le tribunal rend son jugement mercredi.", "mercredi"),
    ("fr", "La préfecture organise mercredi une réunion de crise.", "mercredi"),
    ("fr", "Les agriculteurs se mobilisent mercredi devant la préfecture.", "mercredi"),
]


def _ids(rows: list) -> list[str]:
    return [f"{row[0]}|{row[1][:28]}" for row in rows]


@pytest.mark.parametrize(("lang", "text", "word"), COMING, ids=_ids(COMING))
def test_present_of_the_clause_is_the_coming_day(lang: str, text: str, word: str) -> None:
    day = FR.get(word, word).lower()
    assert value_of(text, lang, word) == NEXT[day]


@pytest.mark.parametrize(("lang", "text", "word"), BEHIND, ids=_ids(BEHIND))
def test_past_saying_headline_and_state_stay_behind(lang: str, text: str, word: str) -> None:
    day = FR.get(word, word).lower()
    assert value_of(text, lang, word) == LAST[day]


@pytest.mark.parametrize(("lang", "text", "word"), TODAY, ids=_ids(TODAY))
def test_the_pages_own_weekday_in_the_present_is_today(lang: str, text: str, word: str) -> None:
    assert value_of(text, lang, word) == REF.isoformat()


def test_the_predicate_reads_only_the_weekdays_own_clause() -> None:
    text = "The summit opens in Paris. Prices rose on Friday."
    # the present is in the sentence before
    assert not schedule_present("en", text, text.index("Friday"), text.index("Friday") + 6)
    text = "Le sommet s'ouvre à Paris, et les prix montaient vendredi."
    # the reflexive is in another clause
    assert not schedule_present("fr", text, text.index("vendredi"), text.index("vendredi") + 8)
    text = "Le sommet s'ouvre vendredi à Paris."
    assert schedule_present("fr", text, text.index("vendredi"), text.index("vendredi") + 8)
