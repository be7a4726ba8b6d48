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
    assert continuing(texts, "en", 0, joined, free, paragraphs=True) == [1]
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
