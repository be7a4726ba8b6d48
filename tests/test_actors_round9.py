"""Actors, round nine (issue 13): a happening told over three sentences, courts and councils named by their kind,
one name for the police and its officers.

Every sentence is ours. The pipeline tests run with the model and with the rule layer alone (Options.use_ner).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from events_support import event_actors

from timeline.extraction.actors import canonical_name, find_entities, spellings
from timeline.extraction.actors.continuation import CONTINUED_REACH, continuing
from timeline.settings import Options

THIRD = [  # (lang, text, actors wanted on the 2 March event, actors that must not be on it)
    # the event's own sentence names someone (so steps 9a-9d, for events naming nobody, do not run)
    pytest.param("fr", "Des heurts ont éclaté le 2 mars entre la police et des jeunes dans le centre de Vesoul. Des "
                 "vitrines ont été brisées. Les militants de la Ligue des riverains étaient en tête du cortège.\n\n"
                 "Le marché reste fermé.", {"police", "Ligue des riverains"}, set(), id="fr-third-sentence"),
    pytest.param("en", "Clashes broke out between police and youths in central Leeds on March 2. Shop windows were "
                 "smashed. Members of the Riverside League led the march.\n\nThe market remains closed.",
                 {"police", "Riverside League"}, set(), id="en-third-sentence"),
    # the telling stops at the first sentence that is not it: reported speech in between, or a fourth sentence
    pytest.param("fr", "Des heurts ont éclaté le 2 mars entre la police et des jeunes dans le centre de Vesoul. "
                 "Selon un commerçant, les dégâts sont lourds. Les militants de la Ligue des riverains étaient en "
                 "tête du cortège.", {"police"}, {"Ligue des riverains"}, id="fr-speech-in-between"),
    pytest.param("en", "Clashes broke out between police and youths in central Leeds on March 2. Shop windows were "
                 "smashed. Two cars burned. Members of the Riverside League led the march.",
                 {"police"}, {"Riverside League"}, id="en-fourth-is-too-far"),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "text", "wanted", "unwanted"), THIRD)
def test_told_over_three_sentences(tmp_path: Path, lang: str, text: str, wanted: set[str], unwanted: set[str],
                                   use_ner: bool) -> None:
    names = " | ".join(event_actors(tmp_path, lang, text, use_ner))
    assert all(want in names for want in wanted), names
    assert not any(bad in names for bad in unwanted), names


def test_continuing_reach() -> None:
    texts = ["Des heurts ont éclaté lundi.", "Des vitrines ont été brisées.", "La police est intervenue.",
             "Le maire est venu."]
    joined, free = [False, True, True, True], [False, True, True, True]
    assert CONTINUED_REACH == 2
    assert continuing(texts, "fr", 0, joined, free, paragraphs=True) == [1, 2]  # never the fourth
    assert continuing(texts, "fr", 0, joined, [False, False, True, True], paragraphs=True) == []  # stops at once
    assert continuing(texts, "fr", 0, [False, True, False, True], free, paragraphs=True) == [1]  # new paragraph
    assert continuing(texts, "fr", 0, joined, free, paragraphs=False) == []  # one sentence a line
    quoted = [texts[0], "« C'est grave », a déclaré le maire.", texts[2]]
    assert continuing(quoted, "fr", 0, joined[:3], free[:3], paragraphs=True) == []


BODIES = [  # (sentence, body wanted, names that must not be read)
    pytest.param("Le tribunal correctionnel a condamné mardi les deux prévenus à six mois de prison.",
                 "tribunal correctionnel", (), id="tribunal-correctionnel"),
    pytest.param("Le Journal du Jura a révélé jeudi que le parquet national financier a ouvert une enquête.",
                 "parquet national financier", (), id="parquet-national-financier"),
    pytest.param("Le conseil municipal a voté lundi la fermeture de la piscine.", "conseil municipal", (),
                 id="conseil-municipal"),
    pytest.param("La cour administrative d'appel a annulé vendredi l'arrêté du maire.", "cour administrative",
                 (), id="cour-administrative"),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), BODIES)
def test_body_named_by_its_kind(sentence: str, wanted: str, unwanted: tuple[str, ...], use_ner: bool) -> None:
    names = [a.name for a in find_entities(sentence, "fr", Options(use_ner=use_ner)).actors]
    assert any(name.startswith(wanted) for name in names), names
    assert not any(bad in name for bad in unwanted for name in names), names


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize("sentence", [
    "Le conseil a voté lundi la fermeture de la piscine.",  # a head alone names no body
    "Il a été entendu par un conseil de discipline mardi.",  # a lower-case complement: no body adjective
    "Les chefs d'État et de gouvernement national ont signé mardi.",  # a noun without article
])
def test_head_without_its_kind_is_no_body(sentence: str, use_ner: bool) -> None:
    names = [a.name for a in find_entities(sentence, "fr", Options(use_ner=use_ner)).actors]
    assert not any(name.split()[0].lower() in ("conseil", "gouvernement") for name in names), names


def test_police_and_its_officers_are_one_actor() -> None:
    assert canonical_name("policiers") == "police"
    assert canonical_name("police officers") == "police"
    assert "policiers" in spellings("police")
    assert canonical_name("gendarmes") == "gendarmes"  # another force, not merged
