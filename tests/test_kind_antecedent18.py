"""Actors, round eighteen (issue 13, helper ctx18): a body named again by the noun of its kind in an event's sentence.

"Brimvale Power Ltd owns the cable. / Councillor Ruth Ambler will meet the company's managers on March 2.": the
meeting is lent Brimvale Power Ltd (events/kind_antecedent.py; ``firm_nouns``, ``body_nouns`` in
lang/*/actors.yaml). A public body's noun ("the court", "la préfecture") names again only a body whose name holds
it, and a firm's noun never a public body ("The Office for Rail Standards").

Every sentence is ours; the people, firms and places are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_actors_context10 import _extract
from timeline.extraction.events.kind_antecedent import mentioned_nouns, names_again


@pytest.mark.parametrize(("lang", "text", "nouns"), [
    ("en", "Councillor Ruth Ambler will meet the company's managers on Friday.", {"company"}),
    ("en", "Divers will inspect the cable, and the operator expects to restore power.", {"operator"}),
    ("en", "The carmaker Velloria said on Friday that sales fell.", set()),  # names another body
    ("en", "The committee of inquiry will report in May.", set()),  # a complement: another body
    ("en", "Ruth Ambler will meet the managers on Friday.", set()),
    ("fr", "La maire rencontrera les dirigeants de l'entreprise vendredi.", {"entreprise"}),
    ("fr", "Les plongeurs inspecteront le câble, selon la préfecture.", {"prefecture"}),
    ("fr", "Le comité d'entreprise se réunira vendredi.", set()),
])
def test_mentioned_nouns(lang: str, text: str, nouns: set[str]) -> None:
    assert mentioned_nouns(text, lang) == nouns


@pytest.mark.parametrize(("lang", "nouns", "name", "expected"), [
    ("en", {"company"}, "Brimvale Power Ltd", True),
    ("en", {"airline"}, "Corvane Airlines", True),
    ("en", {"council"}, "Marlow District Council", True),
    ("en", {"company"}, "Marlow District Council", False),  # a firm's noun, a council's name
    ("en", {"company"}, "Ministry of Transport", False),  # a public body's head
    ("en", {"court"}, "Brimvale Power Ltd", False),  # a public body's noun, a name without it
    ("fr", {"entreprise"}, "Brimval Énergie", True),
    ("fr", {"parti"}, "Parti de l'avenir rural", True),
    ("fr", {"societe"}, "Office des voies navigables", False),
    ("fr", {"prefecture"}, "Brimval Énergie", False),
    ("fr", {"entreprise"}, "sauveteurs de la vallée", False),  # no name: a group told in small letters
])
def test_names_again(lang: str, nouns: set[str], name: str, expected: bool) -> None:
    assert names_again(nouns, lang, name) is expected


LEAD = {"en": "Harwick Town Council voted on Monday to close the ferry pier.",
        "fr": "Le conseil municipal de Harwick a voté lundi la fermeture du quai."}
OWNER = {"en": "Brimvale Power Ltd owns the cable that runs under the pier.",
         "fr": "La société Brimval Énergie SA possède le câble qui passe sous le quai."}


def _march_2(tmp_path: Path, lang: str, *sentences: str) -> tuple[str, ...]:
    events, _ = _extract(tmp_path, [(lang, "Pier", "\n\n".join(sentences))])
    [event] = [e for e in events if (e.date.month, e.date.day) == (3, 2)]
    return tuple(event.actors)


@pytest.mark.parametrize(("lang", "event", "body"), [
    ("en", "Councillor Ruth Ambler will meet the company's managers on March 2.", "Brimvale Power Ltd"),
    ("fr", "La maire Claire Vautrin rencontrera les dirigeants de l'entreprise le 2 mars.", "Brimval Énergie SA"),
])
def test_the_firm_named_before_is_lent(tmp_path: Path, lang: str, event: str, body: str) -> None:
    assert body in _march_2(tmp_path, lang, LEAD[lang], OWNER[lang], event)


@pytest.mark.parametrize(("lang", "event", "body"), [
    ("en", "Judge Mara Ellison will hear the case on March 2, and the court will sit for a week.",
     "Brimvale Power Ltd"),
    ("fr", "La juge Claire Vautrin examinera le dossier du tribunal le 2 mars.", "Brimval Énergie SA"),
])
def test_a_public_body_noun_lends_no_firm(tmp_path: Path, lang: str, event: str, body: str) -> None:
    """The control: "the court" is no name for the firm told before."""
    assert body not in _march_2(tmp_path, lang, LEAD[lang], OWNER[lang], event)


@pytest.mark.parametrize(("lang", "owner", "event", "body"), [
    ("en", "The Office for Rail Standards owns the cable that runs under the pier.",
     "Councillor Ruth Ambler will meet the company's managers on March 2.", "Rail Standards"),
    ("fr", "L'Office des voies navigables possède le câble qui passe sous le quai.",
     "La maire Claire Vautrin rencontrera les dirigeants de l'entreprise le 2 mars.", "voies navigables"),
])
def test_a_firm_noun_lends_no_public_body(tmp_path: Path, lang: str, owner: str, event: str, body: str) -> None:
    """The control: "the company" is no name for an office."""
    assert not any(body in actor for actor in _march_2(tmp_path, lang, LEAD[lang], owner, event))


def test_a_council_named_again_by_its_noun(tmp_path: Path) -> None:
    actors = _march_2(tmp_path, "en", "Marlow District Council approved the plan on Monday.",
                      "Councillor Ruth Ambler will present the council's budget on March 2.")
    assert "Marlow District Council" in actors
