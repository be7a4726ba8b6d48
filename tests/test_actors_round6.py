"""Actors, round six (issue 13): what a market report and a French regional daily name, and how.

Every sentence is ours. This round's sentence-level rows (run with the model and with the rule layer alone) are in
tests/test_actors_round5.py's table, which has the one test body for them; here are the rows that need an article.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction.pipeline import extract
from timeline.settings import Options

CONTEXT = [  # (lang, title, text, actors expected on the event of 2 March, actors that must not be on it)
    # an event naming nobody takes whom its story's headline names, never a lead in another paragraph
    pytest.param("fr", "Paul Martin signe la réforme des retraites",
                 "Paul Martin signe la réforme des retraites\n\n"
                 "Le texte avait été adopté en février par le Parlement.\n\n"
                 "La nouvelle version a été signée le 2 mars.",
                 {"Paul Martin"}, set(), id="fr-headline-subject"),
    pytest.param("en", "Acme Motors recalls its new sedan",
                 "Acme Motors recalls its new sedan\n\nOwners had reported brake failures in January.\n\n"
                 "A press conference was held on March 2.",
                 {"Acme Motors"}, set(), id="en-headline-subject"),
    # a title followed by a party's acronym is still a title-only subject ("Le candidat LR est mis en examen")
    pytest.param("fr", "", "Jacques Dupont a tenu un meeting à Lyon. Le candidat LR a été mis en examen le 2 mars.",
                 {"Jacques Dupont"}, set(), id="fr-title-then-party"),
    # a market report: the index of the sentence before is the subject of "the index"
    pytest.param("en", "", "The Nikkei 225 opened lower in Tokyo. The index fell 4 percent on March 2.",
                 {"Nikkei 225"}, set(), id="en-the-index"),
    pytest.param("fr", "", "Le maire de Dole, Jean Sermier, a présenté le budget. Le maire a inauguré le 2 mars "
                 "la piscine.", {"Jean Sermier"}, set(), id="fr-the-mayor"),
]


@pytest.mark.parametrize(("lang", "title", "text", "wanted", "unwanted"), CONTEXT)
def test_context(tmp_path: Path, lang: str, title: str, text: str, wanted: set[str], unwanted: set[str]) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"title": title, "text": text, "lang": lang, "published": "2025-03-03"}),
                    encoding="utf-8")
    events = [e for e in extract([path], Options(reference_date=dt.date(2025, 3, 3))).events
              if e.date == dt.date(2025, 3, 2)]
    assert len(events) == 1, [(e.date, e.event_type, e.title) for e in events]
    assert wanted <= set(events[0].actors), events[0].actors
    assert not unwanted & set(events[0].actors)
