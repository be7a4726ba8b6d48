"""A happening told by an English and a French article agrees on weak signals, round thirty-six (issue 13; mrg36).

``merge_agreement.agreement``, read by ``merge_unmet`` when the pass refuses two events at its language gate: shared
counts, a place, a clock, the predicate, the type and the country each add a weight; two events of one day whose sum
reaches AGREEMENT_NEEDED are one row, unless their own sentences name other people, or their places are apart. Two
happenings of one town and one day, told by the two articles, stay two rows (a place and a type are not enough).

Articles of my own (no sentence of any set); the towns are real, the people and firms invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.merge_agreement import AGREEMENT_NEEDED, WEIGHTS, figures
from timeline.extraction.pipeline import extract
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2026, 3, 13)  # a Friday: "mardi" / "on Tuesday" is 10 March, "jeudi" / "Thursday" 12 March
TUESDAY = dt.date(2026, 3, 10)
NO_NER = Options(use_ner=False)


def _article(article_id: str, lang: str, text: str) -> Article:
    return Article(id=article_id, text=text, source=article_id, lang=lang, reference_date=REF,
                   stories=(Story(0, 0, len(text)),))


# --- the counts a sentence gives, in figures or words, in either language ---------------------------------------

FIGURES = [
    ("en", "A gale injured nine people and damaged about 150 homes on Tuesday.", {9, 150}),
    ("fr", "Une tempête a blessé neuf personnes et endommagé quelque 150 maisons mardi.", {9, 150}),
    ("en", "The council will meet on Dec. 14 at 10am.", set()),       # a day of the month, a clock
    ("fr", "Le conseil se réunira le 14 déc. à 10 h.", set()),
    ("en", "Some 2,400 people marched in 2025.", {2400}),             # a year is no count
    ("fr", "Quelque 2 400 personnes ont défilé en 2025.", {2400}),
    ("fr", "Une personne a été blessée.", set()),                    # "une" is an article as often as a count
    ("en", "The vote is set for Sept. 14.", set()),                  # a month's abbreviation is no "sept" (seven)
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), FIGURES, ids=[f"{r[0]}-{i}" for i, r in enumerate(FIGURES)])
def test_figures(lang: str, sentence: str, expected: set[int]) -> None:
    assert figures(sentence) == expected


def test_a_place_and_a_type_stay_under_the_sum() -> None:
    assert WEIGHTS["place"] + WEIGHTS["type"] < AGREEMENT_NEEDED


# --- two articles, two languages, one day: one row or two ------------------------------------------------------------

PAIRS = [
    # the same counts, nameless on both sides: one storm
    ("counts", "A hailstorm hit villages near Issoire on Tuesday evening, injuring nine people and damaging about "
     "150 homes, officials said.",
     "Un orage de grêle a frappé mardi soir des villages du Puy-de-Dôme, blessant neuf personnes et endommageant "
     "quelque 150 maisons, selon la préfecture.", "incident", 1),
    # other counts: two storms
    ("other counts", "A hailstorm hit villages near Issoire on Tuesday evening, injuring nine people and damaging "
     "about 150 homes, officials said.",
     "Un orage de grêle a frappé mardi soir des villages du Morbihan, blessant quatre personnes et endommageant "
     "quelque 60 maisons, selon la préfecture.", "incident", 2),
    # the same count and clock, but each names its own airline: two landings
    ("named apart", "A Brenmoor Air jet carrying 143 passengers made an emergency landing at Bristol Airport at "
     "2.20pm on Tuesday.",
     "Un avion de la compagnie Solvéra, avec 143 passagers à bord, a dû se poser en urgence mardi vers 14 h 20 à "
     "l'aéroport de Nantes.", "incident", 2),
    # a count and a clock, no place: a clock across languages counts only beside a shared place (round sixteen)
    ("count and clock", "A shelter with 60 beds opened at 8am on Tuesday, the prefecture said.",
     "Un centre d'hébergement de 60 lits a ouvert mardi à 8 h, a annoncé la préfecture.", "other", 2),
    # talks told by one predicate ("met", "s'entretenir": lang/merge.yaml), one type, one country: one meeting
    ("predicate and country", "On Tuesday the French minister met her counterpart in Chile.",
     "Mardi, la ministre s'est entretenue avec son homologue au Chili.", "meeting", 1),
    # the same predicate in two countries: two meetings
    ("two countries", "On Tuesday the French minister met her counterpart in Peru.",
     "Mardi, la ministre s'est entretenue avec son homologue au Chili.", "meeting", 2),
    # one town, one day, one type, nothing else: a fire and a crash are two happenings
    ("one town", "A lorry crashed into a bus shelter in Issoire on Tuesday.",
     "Un incendie a détruit mardi un entrepôt à Issoire.", "incident", 2),
]


@pytest.mark.parametrize(("name", "english", "french", "event_type", "rows"), PAIRS, ids=[r[0] for r in PAIRS])
def test_two_tellings_in_two_languages(name: str, english: str, french: str, event_type: str, rows: int) -> None:
    result = extract([_article("en_wire.txt", "en", english), _article("fr_depeche.txt", "fr", french)], NO_NER)
    langs = {m.lang for m in result.mentions if m.event_type == event_type and m.date == TUESDAY}
    assert langs == {"en", "fr"}  # each article tells its happening: the rows say whether they are one
    events = [e for e in result.events if e.event_type == event_type and e.date == TUESDAY]
    assert len(events) == rows


def test_without_agreement_the_pair_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows of one above are one by the agreement alone (the pass's own comparison refuses them)."""
    merged = [pair for pair in PAIRS if pair[-1] == 1]
    assert merged
    from timeline.extraction import merge_unmet

    monkeypatch.setattr(merge_unmet, "agreement", lambda first, second, told: None)
    for name, english, french, event_type, _ in merged:
        result = extract([_article("en_wire.txt", "en", english), _article("fr_depeche.txt", "fr", french)], NO_NER)
        events = [e for e in result.events if e.event_type == event_type and e.date == TUESDAY]
        assert len(events) == 2, name
