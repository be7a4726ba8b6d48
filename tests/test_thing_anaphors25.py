"""A thing the sentence before introduced, picked up by a definite noun, lends its parties (room nbr25, round
twenty-five).

"X has won a contract ... / The contract was signed on Monday by Y": the contract is the one X won, so X is a party
of its signing although the signing's sentence names Y. `events/thing_anaphors.py`: an event whose sentence opens on
a definite article and a noun (no complement after it) that the sentence right before introduced with an indefinite
article or a possessive is lent that sentence's persons and bodies (not a name standing after a locative); lists
`thing_anaphors` and `locatives` of lang/*/actors.yaml. Counted on written dev j and k (docs/BENCHMARKS.md, nbr25).

Every sentence was written for these tests (none is taken from an article). The reference date is Thursday 14 March
2024. Controls keep the lending where it must not reach; the classes counted and left are strict xfails with why.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events_support import one_story
from timeline.extraction.events.thing_anaphors import picked_noun
from timeline.extraction.pipeline import extract_article, merge_tellings
from timeline.models import Event
from timeline.settings import Options

REF = dt.date(2024, 3, 14)  # a Thursday
NO_NER = Options(use_ner=False, reference_date=REF)


def _events(lang: str, text: str) -> list[Event]:
    return merge_tellings(extract_article(one_story(text, lang, REF), NO_NER)).events


PICKED = [  # (lang, sentence before, event's sentence, the noun picked up; "" for none)
    ("en", "Harbour firm Delmont Marine has won a £12 million contract to build two tugs.",
     "The contract was signed on Monday by its chairman.", "contract"),
    ("en", "The Ashby Choir presented its new season on Tuesday.", "The season opens on Saturday with a requiem.",
     "season"),
    ("fr", "La société Vernal a décroché un contrat de trois ans avec la ville.",
     "Le contrat sera signé lundi en mairie.", "contrat"),
    ("fr", "Le club de Brévannes a présenté sa nouvelle saison mardi.", "La saison s'ouvrira samedi à domicile.",
     "saison"),
    # controls: the noun was not introduced before (a definite article there, or not there at all)
    ("en", "The talks on the contract stalled on Monday.", "The contract was signed on Tuesday.", ""),
    ("fr", "Le maire a reçu les délégués lundi.", "La réunion a eu lieu mardi.", ""),
    # a complement tells the thing itself; a count or a time is no such noun; a quote is someone's words
    ("en", "The mayor had poor results last year.", "The results of the vote came on Monday.", ""),
    ("fr", "Le club a connu des résultats décevants.", "Les résultats du scrutin sont tombés lundi.", ""),
    ("en", "Two firms signed a deal.", "The two firms met again on Monday.", ""),
    ("fr", "Le syndicat a annoncé une grève.", "Le lendemain, la grève a commencé.", ""),
    ("en", "She described a situation on Monday.", "\"The situation is calm,\" she said.", ""),
]


@pytest.mark.parametrize(("lang", "before", "text", "noun"), PICKED,
                         ids=[f"{r[0]}:{r[2][:40]}" for r in PICKED])
def test_picked_noun(lang: str, before: str, text: str, noun: str) -> None:
    assert picked_noun(text, before, lang) == noun


LENT = [  # (lang, text, a name the event of the second sentence must hold)
    ("en", "Harbour firm Delmont Marine has won a contract to build two tugs for the port. "
     "The contract was signed on Monday by Ann Keller.", "Delmont Marine"),
    ("fr", "L'entreprise Vernal Bâtiment a remporté un contrat pour rénover le lycée. "
     "Le contrat a été signé lundi par Paul Morand.", "Vernal Bâtiment"),
]


@pytest.mark.parametrize(("lang", "text", "name"), LENT, ids=[f"{r[0]}:{r[2]}" for r in LENT])
def test_thing_lends_its_party(lang: str, text: str, name: str) -> None:
    events = _events(lang, text)
    signed = [e for e in events if "Keller" in " ".join(e.actors) or "Morand" in " ".join(e.actors)]
    assert signed, [(e.date, e.event_type, e.actors) for e in events]
    assert any(name in e.actors for e in signed), [(e.event_type, e.actors) for e in signed]


NOT_LENT = [  # (lang, text, a name the event of the second sentence may not hold)
    # a name after a locative is where the thing was told, not its party
    ("en", "The Ashby Choir unveiled its new season at the Corn Exchange on Monday. "
     "The season opens on Saturday 16 March with a requiem conducted by Ann Keller.", "Corn Exchange"),
    # no thing picked up: the sentence before's names stay there
    ("fr", "Le maire Paul Morand a reçu lundi les délégués du syndicat Unité Rail. "
     "La réunion avec Jeanne Carel a eu lieu mardi à la préfecture.", "Unité Rail"),
]


@pytest.mark.parametrize(("lang", "text", "name"), NOT_LENT, ids=[f"{r[0]}:{r[2]}" for r in NOT_LENT])
def test_thing_lends_nothing_else(lang: str, text: str, name: str) -> None:
    events = _events(lang, text)
    assert events, "the control needs its event"
    second = [e for e in events if str(e.date).endswith("-16") or "Carel" in " ".join(e.actors)]
    assert second, [(e.date, e.event_type, e.actors) for e in events]
    assert all(name not in e.actors for e in second), [(e.event_type, e.actors) for e in second]


# Counted and left (docs/BENCHMARKS.md, nbr25): the thing picked up by another noun than the one that introduced it
# (fresh dev: one outlet; written dev k, l); the other party named in a sentence after the event (fresh dev: seven
# outlets) is not built either. Strict xfails.
_OTHER_NOUN = "the thing is picked up by another noun (a satellite, then the probe): only a repeated noun is read"
LEFT = [  # (lang, text, a name the event of the second sentence (16 March) should hold)
    pytest.param("en", "Orbital firm Vantex launched the Helio Institute's weather satellite on Monday. "
                 "The probe reached its orbit on Saturday 16 March at 9pm.", "Helio Institute",
                 marks=pytest.mark.xfail(strict=True, reason=_OTHER_NOUN), id="en:satellite then probe"),
    pytest.param("fr", "Le préfet Paul Morand a signé lundi un arrêté contre la sécheresse. "
                 "Le texte, préparé avec la Chambre d'agriculture, entrera en vigueur samedi 16 mars.", "Paul Morand",
                 marks=pytest.mark.xfail(strict=True, reason=_OTHER_NOUN), id="fr:arrêté then texte"),
]


@pytest.mark.parametrize(("lang", "text", "name"), LEFT)
def test_left_parties(lang: str, text: str, name: str) -> None:
    events = [e for e in _events(lang, text) if str(e.date).endswith("-03-16")]
    assert events, "the row needs its event"
    assert any(name in e.actors for e in events), [(e.event_type, e.actors) for e in events]
