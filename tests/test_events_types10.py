"""Event types, round ten (issue 13): pairs the real-news confusion matrix showed, separated as docs/ANNOTATION.md does.

- the head noun decides, not what its complement names: a trial of a crash is a trial ('other'), not an accident;
- a verb's object decides: leaving a party or a post is a resignation ('election'), leaving a city is not;
  withdrawing a delegation or a licence is a decision; announcing that one resigns is a resignation; holding a
  march is a protest;
- what a court confirms or annuls is its ruling ('decision'), whatever it names;
- an inauguration in office is a ceremony, a party's nomination is not;
- signing a ceasefire or a truce is a decision (an agreement signed), also in the passive; a guest book is not;
- a company's collapse is a business happening ('other'), a bridge's an accident;
- the confusion report of benchmarks.realnews_events counts gold type x predicted type.

Every sentence is written for the test (none comes from the real-news files); dates come from the real date engine.
"""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.realnews_events import confusion, format_confusion
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

REF = dt.date(2025, 12, 20)  # a Saturday
NO_NER = Options(use_ner=False)


def types(text: str, lang: str) -> list[str]:
    article = Article(id="t10", text=text, source="t10.txt", lang=lang, reference_date=REF,
                      stories=(Story(0, 0, len(text)),))
    return [m.event_type for m in extract_article(article, NO_NER)]


def _ids(cases: list[tuple[str, str, str]]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


# other x incident: a trial, a complaint or a hearing is a court step ('other'); what it is about does not type it.
HEAD_NOUNS = [
    ("fr", "Le procès du naufrage s'ouvre lundi devant le tribunal de Brest.", "other"),
    ("fr", "Le procès de l'attentat s'est ouvert lundi à Paris.", "other"),
    ("en", "The trial of the bombing opened on Monday in Paris.", "other"),
]


@pytest.mark.parametrize(("lang", "text", "want"), HEAD_NOUNS, ids=_ids(HEAD_NOUNS))
def test_the_head_noun_decides_not_its_complement(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


def test_a_general_noun_still_takes_its_complements_type() -> None:
    assert types("L'annonce de sa démission est tombée mardi.", "fr") == ["election"]
    assert types("The announcement of his resignation came on Tuesday.", "en") == ["election"]


# election x other: leaving a party, a government or a post is a resignation; leaving a city is a departure.
LEAVING = [
    ("fr", "Le député Paul Mercier a quitté mardi le Parti radical.", "election"),
    ("fr", "La sénatrice Anne Leroy a quitté lundi ses fonctions de présidente de la commission.", "election"),
    ("en", "Senator Mark Hill left the Liberal Party on Tuesday.", "election"),
    ("en", "The minister left office on Monday.", "election"),
    ("fr", "Le ministre a quitté lundi Paris pour Berlin.", "other"),
    ("en", "The minister left Paris on Monday for Berlin.", "other"),
]


@pytest.mark.parametrize(("lang", "text", "want"), LEAVING, ids=_ids(LEAVING))
def test_what_one_leaves_decides_a_resignation(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


# election x other: an announcement whose clause tells a resignation is a resignation; of another plan it stays other.
ANNOUNCED = [
    ("fr", "Paul Durand, numéro deux du mouvement depuis des années, a annoncé ce matin qu'il quitte le parti.",
     "election"),
    ("en", "The senator announced on Tuesday that he resigns.", "election"),
    ("fr", "Le député a annoncé le 3 mars qu'il démissionne.", "election"),
    ("fr", "Le 3 mars, la ministre a annoncé qu'elle lancera un plan de relance.", "other"),
    ("en", "The company announced on Tuesday that it will cut 500 jobs.", "other"),
]


@pytest.mark.parametrize(("lang", "text", "want"), ANNOUNCED, ids=_ids(ANNOUNCED))
def test_an_announced_resignation_is_an_election(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


def test_a_resignation_to_come_is_not_dated_by_its_announcement() -> None:
    assert types("The senator announced on Tuesday that he would resign.", "en") == ["other"]
    assert types("Le député a annoncé le 3 mars qu'il démissionnerait.", "fr") == ["other"]


# decision x other: withdrawing a delegation or a licence is a decision (a sanction).
WITHDRAWN = [
    ("fr", "La présidente a retiré le 20 septembre la délégation à la communication de son adjoint.", "decision"),
    ("fr", "Le 3 mai, le ministère a retiré son agrément à l'association.", "decision"),
    ("en", "The regulator revoked the airline's licence on 3 May.", "decision"),
]


@pytest.mark.parametrize(("lang", "text", "want"), WITHDRAWN, ids=_ids(WITHDRAWN))
def test_withdrawing_a_delegation_or_a_licence_is_a_decision(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


# decision x election: a court that confirms or annuls a dismissal or an election rules ('decision').
RULINGS = [
    ("fr", "La cour a confirmé vendredi la destitution du maire.", "decision"),
    ("fr", "La cour d'appel a annulé mardi l'élection municipale.", "decision"),
    ("en", "The court upheld the mayor's dismissal on Friday.", "decision"),
    ("en", "On Friday the court overturned the dismissal of the mayor.", "decision"),
]


@pytest.mark.parametrize(("lang", "text", "want"), RULINGS, ids=_ids(RULINGS))
def test_what_a_court_confirms_is_its_ruling(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


def test_a_dismissal_without_a_court_stays_an_election() -> None:
    assert types("Le conseil a confirmé vendredi la destitution du maire.", "fr") == ["election"]


# ceremony x election: taking office is a ceremony (an inauguration); a party's nomination is not.
INAUGURATIONS = [
    ("fr", "Le président sera officiellement investi le 20 janvier.", "ceremony"),
    ("fr", "Le nouveau président sera investi dans ses fonctions le 20 janvier.", "ceremony"),
    ("fr", "Le candidat a été investi le 3 mars par le parti.", "election"),
    ("en", "The president will be sworn in on January 20.", "ceremony"),
]


@pytest.mark.parametrize(("lang", "text", "want"), INAUGURATIONS, ids=_ids(INAUGURATIONS))
def test_an_inauguration_in_office_is_a_ceremony(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


# protest x other: a march held or organised is a protest; a market ("le marché", folded "marche") is not.
MARCHES = [
    ("fr", "Le parti a organisé le 23 septembre une marche à Paris.", "protest"),
    ("en", "The party will hold a march on 23 September in Leeds.", "protest"),
    ("fr", "La mairie a organisé le 23 septembre le marché de Noël.", "other"),
]


@pytest.mark.parametrize(("lang", "text", "want"), MARCHES, ids=_ids(MARCHES))
def test_a_march_held_is_a_protest(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


# decision x ceremony: an agreement signed is a decision (docs/ANNOTATION.md), in the active and the passive.
SIGNED = [
    ("fr", "Les deux camps ont signé vendredi une trêve.", "decision"),
    ("fr", "Le cessez-le-feu a été signé vendredi.", "decision"),
    ("fr", "L'accord a été signé vendredi.", "decision"),
    ("en", "The ceasefire was signed on Friday.", "decision"),
    ("en", "The two sides signed a truce on Friday.", "decision"),
    ("fr", "Le maire a signé vendredi le livre d'or.", "ceremony"),
]


@pytest.mark.parametrize(("lang", "text", "want"), SIGNED, ids=_ids(SIGNED))
def test_an_agreement_signed_is_a_decision(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


# other x incident: what collapses decides; a bank or talks is business, a bridge an accident.
COLLAPSES = [
    ("en", "The bank's collapse on Monday shook the markets.", "other"),
    ("en", "The collapse of the insurer on Monday shook the markets.", "other"),
    ("en", "The collapse of the bridge on Monday killed two people.", "incident"),
    ("en", "The bridge collapsed on Monday.", "incident"),
]


@pytest.mark.parametrize(("lang", "text", "want"), COLLAPSES, ids=_ids(COLLAPSES))
def test_what_collapses_decides_business_or_accident(lang: str, text: str, want: str) -> None:
    assert types(text, lang) == [want]


def test_confusion_counts_gold_against_predicted_per_split_and_language() -> None:
    typings = [["dev", "fr", "decision", "other"], ["dev", "fr", "decision", "other"], ["dev", "en", "vote", "vote"],
               ["test", "fr", "decision", "decision"]]
    assert confusion(typings, "dev") == {("decision", "other"): 2, ("vote", "vote"): 1}
    assert confusion(typings, "dev", "en") == {("vote", "vote"): 1}
    table = format_confusion(confusion(typings, "dev"), "types, dev all")
    assert table.startswith("types, dev all: 1/3 typed right")
    assert "| decision |  | 2 |  |" in table
    assert table.endswith("confused (gold -> predicted): decision -> other 2")
