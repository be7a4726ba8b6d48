"""Actors, round seven (issue 13): the sentence after an event's own that goes on telling it lends its actors.

Every sentence is ours. Each article has one event on 2 March 2025; the table says which actors it must have and
which it must not. Run with the model and with the rule layer alone (Options.use_ner).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction.actors.continuation import continuing, reports_speech
from timeline.extraction.pipeline import extract
from timeline.settings import Options

NEXT = [  # (lang, text, actors expected on the event of 2 March, actors that must not be on it)
    # the event sentence names nobody who acts; the next sentence of its paragraph says who did
    pytest.param("fr", "Des manifestations ont eu lieu le 2 mars à Lyon. Les militants de la CGT étaient en "
                 "tête.", {"CGT"}, set(), id="fr-next-names-them"),
    pytest.param("en", "A strike began at the Lyon plant on March 2. Acme Motors workers walked out over pay.\n\n"
                 "Sales had fallen in February.", {"Acme Motors"}, set(), id="en-next-names-them"),
    # the next sentence reports speech: a commentator is no actor
    pytest.param("fr", "Des manifestations ont eu lieu le 2 mars à Lyon. Selon Paul Martin, politologue, le "
                 "mouvement va durer.", set(), {"Paul Martin"}, id="fr-next-quotes-a-commentator"),
    pytest.param("en", "A strike began at the Lyon plant on March 2. \"It will last,\" Jane Miller of Acme Motors "
                 "told reporters.\n\nSales fell.", set(), {"Jane Miller"}, id="en-next-is-a-quote"),
    # another paragraph, or a sentence with its own date, tells something else
    pytest.param("fr", "Des manifestations ont eu lieu le 2 mars à Lyon.\n\nLes syndicats de la SNCF ont signé un "
                 "accord.", set(), {"SNCF"}, id="fr-next-paragraph"),
    pytest.param("fr", "Des manifestations ont eu lieu le 2 mars à Lyon. Le 5 février, Paul Martin avait annoncé "
                 "la réforme.", set(), {"Paul Martin"}, id="fr-next-has-its-own-date"),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "text", "wanted", "unwanted"), NEXT)
def test_next_sentence(tmp_path: Path, lang: str, text: str, wanted: set[str], unwanted: set[str],
                       use_ner: bool) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"title": "", "text": text, "lang": lang, "published": "2025-03-03"}),
                    encoding="utf-8")
    options = Options(reference_date=dt.date(2025, 3, 3), use_ner=use_ner)
    events = [e for e in extract([path], options).events if e.date == dt.date(2025, 3, 2)]
    assert len(events) == 1, [(e.date, e.event_type, e.title) for e in events]
    names = " | ".join(events[0].actors)
    assert all(want in names for want in wanted), events[0].actors
    assert not any(bad in names for bad in unwanted), events[0].actors


def test_one_sentence_a_line_has_no_paragraphs() -> None:
    """A text laid out one sentence a line: the next line is not known to continue the event (measured)."""
    texts = ["Acme Motors said on Monday its sales fell.", "Zenith Corp sales rose 4%.", "Nobody else spoke."]
    joined, free = [False, True, True], [False, True, True]
    assert continuing(texts, "en", 0, joined, free, paragraphs=False) == []
    assert continuing(texts, "en", 0, joined, free, paragraphs=True) == [1, 2]  # two at most (round nine)
    assert continuing(texts, "en", 0, joined, [False, False, True], paragraphs=True) == []  # dated or an event
    assert continuing(texts, "en", 2, joined, free, paragraphs=True) == []  # the last sentence


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Selon le ministre, la réforme passera.", True),
    ("fr", "« Nous continuerons », a déclaré le maire.", True),
    ("fr", "Les syndicats avaient appelé à la grève.", False),
    ("en", "Analysts said the move was expected.", True),
    ("en", "According to the union, 400 workers joined.", True),
    ("en", "Acme Motors workers walked out over pay.", False),
])
def test_reported_speech(lang: str, text: str, expected: bool) -> None:
    assert reports_speech(text, lang) is expected


OWNERS = [  # (lang, sentence, names that must be actors, names that must not): what a sentence names
    # the body a role belongs to acts with its officer ("X, présidente de Y")
    pytest.param("fr", "Marie Durand, présidente de la Banque centrale européenne, a annoncé jeudi une hausse des "
                 "taux.", {"Marie Durand", "Banque centrale européenne"}, set(), id="fr-officer-of-a-bank"),
    pytest.param("en", "John Carter, the chief executive officer of Acme Motors Inc., announced on Monday that he "
                 "would step down.", {"John Carter", "Acme Motors"}, set(), id="en-officer-of-a-company"),
    # not a country or a place ("Prime Minister of Japan"), nor a portfolio ("ministre de l'Intérieur")
    pytest.param("en", "Ken Sato, Prime Minister of Japan, met the delegation on Monday.", {"Ken Sato"},
                 {"Japan"}, id="en-not-a-country"),
    pytest.param("fr", "L'ambassadrice de Malaisie au Vietnam, Nur Aisyah Rahman, a été reçue lundi.",
                 {"Nur Aisyah Rahman"}, {"Malaisie", "Malaysia"}, id="fr-not-a-country"),
    pytest.param("fr", "Le ministre de l'Intérieur, Paul Martin, a annoncé lundi un plan.", {"Paul Martin"},
                 {"Intérieur"}, id="fr-not-a-portfolio"),
    # a legislature with the place it belongs to is one name
    pytest.param("fr", "Le Parlement de Catalogne s'est prononcé le 6 septembre.", {"Parlement de Catalogne"},
                 set(), id="fr-parliament-of-a-region"),
    pytest.param("en", "The Parliament of Scotland voted on Monday.", {"Parliament of Scotland"}, set(),
                 id="en-parliament-of-a-nation"),
    pytest.param("en", "The 12th Congress of the Party opened on Monday.", set(), {"Congress of the Party"},
                 id="en-congress-is-an-event"),
    # a name right after a lower-case head noun of its kind, without quotes
    pytest.param("fr", "Claire Roy a été élue le 4 décembre à la tête du parti Projet Lyon.", {"Projet Lyon"}, set(),
                 id="fr-party-named-after-its-head"),
    pytest.param("fr", "Le syndicat Force ouvrière a appelé à la grève.", {"Force ouvrière"}, set(),
                 id="fr-one-word-and-its-adjective"),
    pytest.param("en", "The party United Russia won the vote on Sunday.", {"United Russia"}, set(),
                 id="en-party-named-after-its-head"),
    # the rest of a body's name after a capitalised word of a title's complement is no person
    pytest.param("en", "Ben Adams, chairman of the Federal Reserve, cut rates on Tuesday.",
                 {"Ben Adams"}, {"Reserve"}, id="en-chairman-of-the-federal-reserve"),
    pytest.param("en", "Minister of Foreign Affairs Son met the envoy on Monday.", {"Son"}, set(),
                 id="en-portfolio-then-surname"),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "sentence", "wanted", "unwanted"), OWNERS)
def test_role_owner(lang: str, sentence: str, wanted: set[str], unwanted: set[str], use_ner: bool) -> None:
    from timeline.extraction.actors import find_entities

    names = [a.name for a in find_entities(sentence, lang, Options(use_ner=use_ner)).actors]
    assert all(any(want in name for name in names) for want in wanted), names
    assert not set(names) & unwanted, names  # exactly: "Reserve" alone, not inside "Federal Reserve"
