"""Actors on real news, round four (issue 13): surnames the article names in full elsewhere, people acting as a
group, two organisations joined by "and", and one name per actor and place across languages.

Every row is a sentence we wrote. Rows run with the model and with the rule layer alone (``BOTH``): the rule
layer must stand on its own.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction.actors import article_names, find_entities, may_name_by_surname, name_identity
from timeline.extraction.pipeline import extract
from timeline.settings import Options

BOTH = [pytest.param(Options(), id="ner"), pytest.param(Options(use_ner=False), id="rules")]

# --------------------------------------------------------------------------- surnames of people named in full

SURNAMES = [  # (lang, the article's other sentence, the sentence read, the person it names)
    pytest.param("fr", "Le maire Jeanne Dufresnoy a inauguré la piscine.", "Mardi, Dufresnoy s'est rendue au port.",
                 "Dufresnoy", id="fr-after-a-day"),
    pytest.param("fr", "Paul Herbelin, sénateur du Gers, est candidat.", "Herbelin tiendra une réunion à Auch.",
                 "Herbelin", id="fr-sentence-start"),
    pytest.param("en", "Acme Corp chief executive Dana Whitcombe will retire.", "Whitcombe plans to leave in May.",
                 "Whitcombe", id="en-sentence-start"),
    pytest.param("en", "Governor Rafael Okonjo toured the flooded towns.", "On Monday, Okonjo signed the relief bill.",
                 "Okonjo", id="en-after-a-day"),
]


@pytest.mark.parametrize("options", BOTH)
@pytest.mark.parametrize(("lang", "other", "sentence", "person"), SURNAMES)
def test_a_surname_of_someone_named_in_full_is_that_person(lang: str, other: str, sentence: str, person: str,
                                                            options: Options) -> None:
    people = article_names(f"{other} {sentence}", lang)
    found = find_entities(sentence, lang, options, people=people)
    assert (person, "person") in {(a.name, a.kind) for a in found.actors}


@pytest.mark.parametrize(("lang", "sentence", "word"), [
    pytest.param("fr", "Mardi, Dufresnoy s'est rendue au port.", "Dufresnoy", id="fr-unknown-surname"),
    pytest.param("en", "Whitcombe plans to leave in May.", "Whitcombe", id="en-unknown-surname"),
])
def test_a_lone_word_is_no_person_without_its_full_name(lang: str, sentence: str, word: str) -> None:
    found = find_entities(sentence, lang, Options(use_ner=False), people=["Jeanne Martin", "Dana Smith"])
    assert word not in {a.name for a in found.actors if a.kind == "person"}


@pytest.mark.parametrize("options", BOTH)
@pytest.mark.parametrize(("lang", "sentence", "org"), [
    pytest.param("en", "The Commission on Elections approved the rules.", "Commission on Elections", id="en"),
    pytest.param("fr", "Le Conseil de Bordeaux a voté la motion.", "Conseil de Bordeaux", id="fr"),
])
def test_a_surname_ending_a_longer_name_stays_in_it(lang: str, sentence: str, org: str, options: Options) -> None:
    found = find_entities(sentence, lang, options, people=["Maria Elections", "Jean Bordeaux"])
    assert org in {a.name for a in found.actors}, found.actors


@pytest.mark.parametrize("options", BOTH)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_full_name_is_not_cut_to_its_surname(lang: str, options: Options) -> None:
    sentence = {"fr": "Jeanne Dufresnoy a inauguré la piscine.", "en": "Dana Whitcombe opened the pool."}[lang]
    found = find_entities(sentence, lang, options, people=["Jeanne Dufresnoy", "Dana Whitcombe"])
    names = {a.name for a in found.actors}
    assert names & {"Jeanne Dufresnoy", "Dana Whitcombe"} and not names & {"Dufresnoy", "Whitcombe"}


@pytest.mark.parametrize(("lang", "sentence", "article", "maybe"), [
    pytest.param("fr", "Mardi, Dufresnoy s'est rendue au port.", "Le maire Jeanne Dufresnoy a parlé.", True,
                 id="fr-surname"),
    pytest.param("fr", "Le maire Jeanne Dufresnoy a parlé.", "Le maire Jeanne Dufresnoy a parlé.", False,
                 id="fr-full-name"),
    pytest.param("en", "Whitcombe plans to leave in May.", "Dana Whitcombe will retire.", True, id="en-surname"),
    pytest.param("en", "The board met in Paris in May.", "The board met in Paris in May. Kim Lee spoke.", False,
                 id="en-no-lone-word-given-in-full"),
])
def test_the_whole_article_is_read_only_when_a_surname_may_stand_alone(lang: str, sentence: str, article: str,
                                                                       maybe: bool) -> None:
    assert may_name_by_surname([sentence], f"{article} {sentence}", lang) is maybe


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("fr", "Le maire Jeanne Dufresnoy a présenté le budget de la ville.\n\n"
                 "Jeudi 2 mars, Dufresnoy a inauguré la nouvelle piscine municipale.", id="fr"),
    pytest.param("en", "Acme Corp chief executive Dana Whitcombe presented the results.\n\n"
                 "On March 2, Whitcombe inaugurated the company's new factory.", id="en"),
])
def test_the_event_of_a_surname_shows_the_full_name(tmp_path: Path, lang: str, text: str) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"title": "", "text": text, "lang": lang, "published": "2025-03-03"}), encoding="utf-8")
    events = [e for e in extract([path], Options(reference_date=dt.date(2025, 3, 3))).events
              if e.date == dt.date(2025, 3, 2)]
    assert len(events) == 1, [(e.date, e.title) for e in events]
    assert {"Jeanne Dufresnoy", "Dana Whitcombe"} & set(events[0].actors), events[0].actors


# --------------------------------------------------------------------------- groups

GROUPS = [  # (lang, sentence, the group as read)
    pytest.param("fr", "Les manifestants anti-réforme ont défilé jeudi à Lyon.", "manifestants anti-réforme",
                 id="fr-stance"),
    pytest.param("fr", "La police malgache a dispersé la foule mardi.", "police malgache", id="fr-nationality"),
    pytest.param("fr", "Les sapeurs ont été appelés puis les pompiers de Vesoul sont intervenus.", "pompiers de Vesoul",
                 id="fr-of-a-town"),
    pytest.param("fr", "Les forces de l'ordre ont évacué la place dimanche.", "forces de l'ordre", id="fr-multiword"),
    pytest.param("fr", "Les parlementaires tchadiens doivent élire le président.", "parlementaires tchadiens",
                 id="fr-plural-adjective"),
    pytest.param("fr", "Les grévistes ont bloqué le dépôt.", "grévistes", id="fr-bare"),
    pytest.param("fr", "Les évêques de l'Église luthérienne ont voté la réforme.", "évêques de l'Église",
                 id="fr-of-the-body"),
    pytest.param("fr", "Les républicains avaient demandé lundi un vote.", "républicains", id="fr-party-members"),
    pytest.param("fr", "Les agriculteurs bretons ont bloqué la rocade.", "agriculteurs bretons", id="fr-qualified"),
    pytest.param("en", "Anti-austerity protesters marched through Lisbon on Sunday.", "Anti-austerity protesters",
                 id="en-stance"),
    pytest.param("en", "Kenyan lawmakers voted on the bill on Tuesday.", "Kenyan lawmakers", id="en-nationality"),
    pytest.param("en", "The strike was called off by employees of Globex.", "employees of Globex",
                 id="en-of-a-company"),
    pytest.param("en", "Police officers cleared the square on Monday.", "Police officers", id="en-multiword"),
    pytest.param("en", "Firefighters reached the village at dawn.", "Firefighters", id="en-bare"),
    pytest.param("en", "On Monday, the Republicans asked for a vote.", "Republicans", id="en-party-members"),
    pytest.param("en", "On Friday, the Globex employees walked out.", "Globex employees", id="en-qualified"),
]


@pytest.mark.parametrize("options", BOTH)
@pytest.mark.parametrize(("lang", "sentence", "group"), GROUPS)
def test_people_acting_as_a_group_are_actors(lang: str, sentence: str, group: str, options: Options) -> None:
    found = find_entities(sentence, lang, options)
    assert (group, "org") in {(a.name, a.kind) for a in found.actors}, found.actors


@pytest.mark.parametrize("options", BOTH)
@pytest.mark.parametrize(("lang", "sentence", "words"), [
    pytest.param("fr", "Il a été placé en garde à vue lundi.", "garde", id="fr-garde-a-vue"),
    pytest.param("fr", "La police nationale et la gendarmerie ont été mobilisées.", "police nationale et",
                 id="fr-two-groups"),
    pytest.param("en", "The company policy changed on Monday.", "policy", id="en-not-a-group-word"),
    pytest.param("en", "The caravan reached 9,000 first-time voters on Monday.", "voters", id="en-population"),
    pytest.param("fr", "Les élections des députés de la XVIe Assemblée auront lieu en mars.", "députés de",
                 id="fr-ordinal-is-no-name"),
    pytest.param("fr", "La campagne a touché 9 000 électeurs lundi.", "électeurs", id="fr-population"),
])
def test_group_words_do_not_overreach(lang: str, sentence: str, words: str, options: Options) -> None:
    found = find_entities(sentence, lang, options)
    assert not any(words in a.name for a in found.actors), found.actors


@pytest.mark.parametrize("options", BOTH)
@pytest.mark.parametrize(("lang", "sentence", "body"), [
    pytest.param("en", "The Rajya Sabha passed the bill.", "Rajya Sabha", id="en-legislature"),
    pytest.param("fr", "Le gouvernement malien a démenti.", "gouvernement malien", id="fr-body"),
])
def test_legislatures_and_bodies_stay_actors_next_to_groups(lang: str, sentence: str, body: str,
                                                            options: Options) -> None:
    assert body in {a.name for a in find_entities(sentence, lang, options).actors}


# --------------------------------------------------------------------------- two organisations joined by "and"


@pytest.mark.parametrize("options", BOTH)
@pytest.mark.parametrize(("lang", "sentence", "orgs"), [
    pytest.param("en", "Air Malta and Air Seychelles signed a code-share deal.", {"Air Malta", "Air Seychelles"},
                 id="en-two-airlines"),
    pytest.param("en", "Globex Airways and Initech Airlines merged.", {"Globex Airways", "Initech Airlines"},
                 id="en-two-heads"),
    pytest.param("en", "The Ministry of Industry and Trade issued a decree.", {"Ministry of Industry and Trade"},
                 id="en-one-name"),
    pytest.param("fr", "Air Malta et Air Seychelles ont signé un accord.", {"Air Malta", "Air Seychelles"},
                 id="fr-two-airlines"),
])
def test_two_organisations_with_their_own_head_stay_two(lang: str, sentence: str, orgs: set[str],
                                                       options: Options) -> None:
    names = {a.name for a in find_entities(sentence, lang, options).actors}
    assert orgs <= names, names


# --------------------------------------------------------------------------- one name across languages

SAME = [
    ("Politburo", "Bureau politique"), ("Hanoi", "Hanoï"), ("Vietnam", "Viet Nam"), ("NATO", "OTAN"),
    ("Lithuania", "Lituanie"), ("Warsaw", "Varsovie"), ("The Hague", "La Haye"), ("Myanmar", "Birmanie"),
    ("United Nations", "ONU"), ("Kyiv", "Kiev"), ("Beijing", "Pékin"),
]


@pytest.mark.parametrize(("one", "other"), SAME, ids=[s[1] for s in SAME])
def test_one_name_per_actor_and_place_across_languages(one: str, other: str) -> None:
    assert name_identity(one) == name_identity(other)


@pytest.mark.parametrize(("one", "other"), [("Senate", "Sénat du Vietnam"), ("Hanoi", "Hai Phong"),
                                            ("Politburo", "Central Committee")])
def test_different_names_stay_apart(one: str, other: str) -> None:
    assert name_identity(one) != name_identity(other)
