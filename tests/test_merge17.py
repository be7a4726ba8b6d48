"""One happening told twice is one row, round seventeen (issue 13's merge; helper mrg17).

Sentences written for these tests, run through the real date engine and event rules (no NER) and merged as one corpus:

- merge_restated: a sentence that gives the clock of a happening its story told before at a part of that day, with a
  verb of occurring after the happening named as a known thing ("The blast happened at about 11.20pm", "L'incident
  s'est produit vers 22 h 40"), is that happening, whatever its words and type; a clock outside the part of the day,
  or a sentence that tells its own happening at the clock ("the brigade arrived at 11.20pm"), stays apart;
- merge_cores: across languages, a name written in each language ("Vellacourt Energy", "le groupe Vellacourt
  Énergie") is one actor when the words that differ are common words; two bodies of one kind ("Dransfield Énergie")
  or of one town ("la police de Lyon", "Lyon council") are not.
"""

from __future__ import annotations

import pytest

from tests.merge_support import article, rows
from timeline.extraction.merge_cores import core, same_core
from timeline.extraction.merge_restated import restates
from timeline.models import Mention

BLAST_EN = ("An explosion tore through a warehouse in Dunmere on Tuesday night, injuring three workers. "
            "The blast happened at about 11.20pm on Tuesday, the Dunmere Fire Brigade said.")
OUTAGE_FR = ("Une panne a interrompu dimanche soir la distribution d'eau à Vernois. "
             "L'incident s'est produit vers 22 h 40 dimanche, selon la société Hydrelis.")


def test_an_english_clock_of_the_happening_told_before_is_one_row() -> None:
    assert rows(article("a", "en", BLAST_EN)) == [["a:blast", "a:injuring"]]


def test_a_french_clock_of_the_happening_told_before_is_one_row_across_types() -> None:
    assert rows(article("a", "fr", OUTAGE_FR)) == [["a:a interrompu", "a:incident"]]


@pytest.mark.parametrize(("label", "lang", "text"), [
    ("a clock outside the part of the day", "en", BLAST_EN.replace("Tuesday night", "Tuesday morning")),
    ("a clock outside the part of the day, French", "fr", OUTAGE_FR.replace("dimanche soir", "dimanche matin")),
    ("no verb of occurring: a happening of its own at the clock", "en",
     "An explosion tore through a warehouse in Dunmere on Tuesday night, injuring three workers. "
     "The Dunmere Fire Brigade arrived at about 11.20pm on Tuesday."),
])
def test_stays_apart(label: str, lang: str, text: str) -> None:
    found = rows(article("a", lang, text))
    assert len(found) == 2, (label, found)


def _telling(sentence: str, trigger: str, time: str | None, lang: str) -> Mention:
    import datetime as dt

    day = dt.date(2026, 3, 3)
    return Mention(mention_id="m", article_id="a", date=day, end_date=None, precision="day", date_text="",
                   date_start=0, date_end=0, sentence=sentence, sentence_start=0, event_type="incident",
                   trigger=trigger, title="", status="held", time=time, lang=lang)


@pytest.mark.parametrize(("sentence", "trigger", "time", "lang", "expected"), [
    ("The blast happened at about 11.20pm, the brigade said.", "blast", "23:20", "en", True),
    ("The gas leak at the depot occurred at 6.15am.", "leak", "06:15", "en", True),
    ("L'incident s'est produit vers 22 h 40.", "incident", "22:40", "fr", True),
    ("Cette fuite est survenue à 6 h 15 au dépôt.", "fuite", "06:15", "fr", True),
    ("The blast happened on Tuesday night.", "blast", "night", "en", False),  # no clock
    ("A blast happened at about 11.20pm.", "blast", "23:20", "en", False),  # a happening first told, not restated
    ("The brigade arrived at 11.20pm.", "arrived", "23:20", "en", False),  # no verb of occurring
])
def test_restates(sentence: str, trigger: str, time: str, lang: str, expected: bool) -> None:
    assert restates(_telling(sentence, trigger, time, lang)) is expected


def test_one_company_named_in_two_languages_is_one_row() -> None:
    english = "Vellacourt Energy suspended electricity deliveries to France on Sunday."
    french = "Le groupe Vellacourt Énergie a suspendu dimanche les livraisons d'électricité vers l'Angleterre."
    assert rows(article("a", "en", english), article("b", "fr", french)) == [["a:suspended", "b:a suspendu"]]


def test_two_companies_of_one_kind_in_two_languages_stay_apart() -> None:
    english = "Vellacourt Energy suspended electricity deliveries to France on Sunday."
    french = "Le groupe Dransfield Énergie a suspendu dimanche les livraisons d'électricité vers l'Angleterre."
    assert len(rows(article("a", "en", english), article("b", "fr", french))) == 2


@pytest.mark.parametrize(("ours", "theirs", "expected"), [
    ("vellacourt energie", "vellacourt energy", True),
    ("sauveteurs du brenaz secours", "brenaz secours francais", True),
    ("dransfield energie", "vellacourt energy", False),
    ("police de lyon", "lyon council", False),  # a town is no name of its own
    ("banque de france", "bank of england", False),
    ("vellacourt", "vellacourt", False),  # the same name: compared word for word elsewhere
    ("brenaz secours loue", "brenaz secours francais", False),
])
def test_same_core(ours: str, theirs: str, expected: bool) -> None:
    assert same_core(ours, theirs) is expected


def test_a_core_leaves_common_words_places_and_short_words_out() -> None:
    assert core("commission de regulation de l energie") == frozenset({"regulation"})
    assert core("police de lyon") == frozenset()
