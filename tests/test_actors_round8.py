"""Actors, round eight (issue 13): business and market stories, and events whose sentence names nobody.

Every sentence is ours, written in several outlet styles (a wire market wrap one sentence a line, an earnings
report, a central-bank decision, a merger, a regional daily, a strike story). Each article has one event on
Monday 3 March 2025 (the page is dated Tuesday 4 March); the table says which actors it must have and which it
must not. Run with the model and with the rule layer alone (Options.use_ner).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.extraction.actors import find_entities_many
from timeline.extraction.actors.continuation import following, possessive_opening
from timeline.extraction.pipeline import extract
from timeline.settings import Options

MONDAY = dt.date(2025, 3, 3)


def _event_actors(tmp_path: Path, lang: str, text: str, use_ner: bool, title: str = "") -> tuple[str, ...]:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"title": title, "text": text, "lang": lang, "published": "2025-03-04"}),
                    encoding="utf-8")
    options = Options(reference_date=dt.date(2025, 3, 4), use_ner=use_ner)
    events = [e for e in extract([path], options).events if e.date == MONDAY]
    assert len(events) == 1, [(e.date, e.event_type, e.title, e.actors) for e in events]
    return events[0].actors


NAMELESS = [  # (lang, title, text, actors expected on Monday's event, actors that must not be on it)
    # a market day told as a summary, then the indices that moved (one sentence a line, as wires lay it out)
    pytest.param("en", "World markets slide",
                 "Stock markets around the world fell sharply on Monday.\n"
                 "The Dow Jones Industrial Average closed down 416 points, or 3.2%, at 12,260.\n"
                 "The Nasdaq Composite index fell 4.1%.\n"
                 "Traders pointed to weak factory figures from China.\n"
                 "Acme Motors will publish its results next week.",
                 {"Dow Jones Industrial Average", "Nasdaq"}, {"Acme Motors"}, id="en-wire-wrap"),
    pytest.param("en", "",
                 "European shares ended lower on Monday after a volatile session.\n\n"
                 "London's FTSE 100 lost 1.4% and Frankfurt's DAX gave up 2%.\n\n"
                 "Oil prices were steady.",
                 set(), {"FTSE", "DAX"}, id="en-next-paragraph-is-not-it"),
    pytest.param("fr", "",
                 "Les marchés européens ont fini en net repli lundi. Le CAC 40 a cédé 2,1 % à 7 480 points, "
                 "plombé par les valeurs bancaires.\n\nLe pétrole est resté stable.",
                 {"CAC 40"}, set(), id="fr-regional-wrap"),
    # a line that reports speech, or has its own date, is not the same telling
    pytest.param("en", "",
                 "Shares tumbled across Asia on Monday.\n"
                 "\"It is a panic,\" said Laura Chen, a strategist at Pinegrove Capital.\n"
                 "Tokyo's Nikkei 225 lost 3%.\n"
                 "Sales rose.",
                 set(), {"Laura Chen", "Pinegrove Capital"}, id="en-next-line-is-a-quote"),
    pytest.param("fr", "",
                 "Une grève a paralysé lundi l'usine de Vesoul. Les salariés de Verlaine Industries réclament une "
                 "hausse de 5 % des salaires.\n\nLa direction n'a pas répondu.",
                 {"Verlaine Industries"}, set(), id="fr-strike-who-struck"),
    pytest.param("en", "",
                 "Work stopped at the Dover plant on Monday. Mayor Tom Reed had visited it on February 20.\n\n"
                 "Output will resume.",
                 set(), {"Tom Reed"}, id="en-next-has-its-own-date"),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "title", "text", "wanted", "unwanted"), NAMELESS)
def test_nameless_event_takes_what_follows(tmp_path: Path, lang: str, title: str, text: str, wanted: set[str],
                                           unwanted: set[str], use_ner: bool) -> None:
    names = " | ".join(_event_actors(tmp_path, lang, text, use_ner, title))
    assert all(want in names for want in wanted), names
    assert not any(bad in names for bad in unwanted), names


def test_following_stops_at_reach_and_breaks() -> None:
    texts = ["Stocks fell on Monday.", "The Dow lost 2%.", "The Nasdaq lost 3%.", "The FTSE lost 1%.", "End."]
    joined, free = [False, True, True, True, True], [False, True, True, True, True]
    assert following(texts, "en", 0, joined, free) == [1, 2]  # NAMELESS_REACH
    assert following(texts, "en", 0, [False, True, False, True, True], free) == [1]  # a paragraph ends
    assert following(texts, "en", 0, joined, [False, False, True, True, True]) == []  # dated, or its own event
    assert following(texts, "en", 3, joined, free) == [4]
    assert following(texts, "en", 4, joined, free) == []


POSSESSIVE = [  # (lang, text, wanted, unwanted): an event sentence opening on a possessive names nobody
    pytest.param("en", "Keller Motors cut its forecast for the year.\nThe carmaker blamed weak truck sales.\n"
                 "Its shares were suspended on Monday.\nTrading resumed later.",
                 {"Keller Motors"}, set(), id="en-earnings-its-shares"),
    pytest.param("fr", "Le parquet national financier enquête sur le maire de Dole, Paul Girard. Son domicile a "
                 "été perquisitionné lundi.\n\nLe conseil municipal se réunira jeudi.",
                 {"Paul Girard"}, set(), id="fr-regional-son-domicile"),
    pytest.param("fr", "La Banque centrale européenne n'a pas bougé ses taux. Ses membres se sont réunis lundi à "
                 "Francfort.\n\nLa Bourse a peu réagi.",
                 {"European Central Bank"}, set(), id="fr-central-bank-ses-membres"),  # one name (lang/aliases.yaml)
    # the event's own sentence names someone: no look-back
    pytest.param("en", "Harbor Foods posted a loss.\nIts chairman, Dan Price, resigned on Monday.\nSales fell.",
                 {"Dan Price"}, {"Harbor Foods"}, id="en-own-sentence-names-the-actor"),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "text", "wanted", "unwanted"), POSSESSIVE)
def test_possessive_opening_points_back(tmp_path: Path, lang: str, text: str, wanted: set[str],
                                        unwanted: set[str], use_ner: bool) -> None:
    names = " | ".join(_event_actors(tmp_path, lang, text, use_ner))
    assert all(want in names for want in wanted), names
    assert not any(bad in names for bad in unwanted), names


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Its shares fell 4%.", True),
    ("en", "Their union called a strike.", True),
    ("en", "Italy's shares fell.", False),
    ("fr", "Sa présidente a démissionné.", True),
    ("fr", "« Leurs salaires ont baissé », dit-il.", True),
    ("fr", "Samedi, la foule a défilé.", False),
])
def test_possessive_opening(lang: str, text: str, expected: bool) -> None:
    assert possessive_opening(text, lang) is expected


READ = [  # (lang, sentence, names that must be read as actors, names that must not)
    # the common nouns a market report opens with never start a name ("Stock markets", "Shareholders of")
    pytest.param("en", "Stock markets around the world fell sharply on Monday.", set(), {"Stock"}, id="en-stock"),
    pytest.param("en", "Shareholders of both companies will vote on the deal in June.", set(), {"Shareholders"},
                 id="en-shareholders"),
    pytest.param("en", "Trading on the New York Stock Exchange was halted for an hour on Monday.",
                 {"New York Stock Exchange"}, {"Trading"}, id="en-trading-on-the-exchange"),
    pytest.param("en", "Shares of Grainger Brands Inc. jumped 23% on Monday.", {"Grainger Brands"}, {"Shares"},
                 id="en-shares-of"),
    pytest.param("en", "Investors sold bank stocks on Monday.", set(), {"Investors"}, id="en-investors"),
    # the company a security noun names, in every position ("Northbank shares", "shares of X", "le titre X")
    pytest.param("en", "Northbank shares fell 8% in early trading on Monday.", {"Northbank"}, set(),
                 id="en-wire-x-shares"),
    pytest.param("en", "Shares of Countrywide rose 10% on Friday after the lender found a buyer.", {"Countrywide"},
                 {"Shares"}, id="en-business-shares-of-x"),
    pytest.param("en", "Stock in Pellham dropped 4% on Tuesday.", {"Pellham"}, set(), id="en-stock-in-x"),
    pytest.param("fr", "Le titre Verlaine a chuté de 9 % lundi à la Bourse de Paris.", {"Verlaine"}, set(),
                 id="fr-le-titre-x"),
    pytest.param("fr", "Les actions de Marlane ont perdu 9 % lundi.", {"Marlane"}, set(), id="fr-les-actions-de-x"),
    # a sector or a nationality qualifies shares: no company
    pytest.param("en", "Energy shares led the gains on Tuesday.", set(), {"Energy"}, id="en-sector-shares"),
    pytest.param("en", "Japanese shares fell on Monday.", set(), {"Japanese"}, id="en-nationality-shares"),
    # an exchange named by its city is an organisation ("la Bourse de Paris"), not the city
    pytest.param("fr", "La Bourse de Paris a terminé en forte baisse lundi.", {"Bourse de Paris"}, set(),
                 id="fr-bourse-de-paris"),
    pytest.param("fr", "À Tokyo, la Bourse de Tokyo a chuté de 3 % mardi.", {"Bourse de Tokyo"}, set(),
                 id="fr-bourse-de-tokyo"),
    pytest.param("fr", "Les investisseurs ont salué l'annonce de la Bourse de Casablanca mercredi.",
                 {"Bourse de Casablanca"}, set(), id="fr-bourse-de-casablanca"),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "sentence", "wanted", "unwanted"), READ)
def test_market_names(lang: str, sentence: str, wanted: set[str], unwanted: set[str], use_ner: bool) -> None:
    found = find_entities_many([sentence], lang, Options(use_ner=use_ner))[0]
    names = [a.name for a in found.actors]
    assert all(any(want in name for name in names) for want in wanted), names
    assert not any(bad in names for bad in unwanted), names


@pytest.mark.parametrize(("written", "shown"), [
    # a wire names the full name once, then the short one; French news has its own spelling (lang/aliases.yaml)
    ("Fed", "Federal Reserve"), ("Réserve fédérale", "Federal Reserve"), ("Dow", "Dow Jones Industrial Average"),
    ("Dow Jones", "Dow Jones Industrial Average"), ("NYSE", "New York Stock Exchange"),
    ("Bourse de New York", "New York Stock Exchange"), ("Standard & Poor's 500", "S&P 500"), ("BoE", "Bank of England"),
    ("Bourse de Paris", "Paris Bourse"), ("FTSE", "FTSE 100"), ("SEC", "Securities and Exchange Commission"),
])
def test_market_names_are_one_name(written: str, shown: str) -> None:
    from timeline.extraction.actors import canonical_name, name_identity

    assert canonical_name(written) == shown
    assert name_identity(written) == name_identity(shown)


def test_short_market_names_reach_the_event(tmp_path: Path) -> None:
    """"The Fed cut ... on Monday": the event shows the bank's full name, whatever the sentence calls it."""
    text = "The Fed cut its key rate by half a point on Monday.\nThe dollar fell.\nBonds rallied."
    for use_ner in (True, False):
        assert "Federal Reserve" in _event_actors(tmp_path, "en", text, use_ner)


LOOK_AHEAD = [  # (lang, text, wanted, unwanted): one sentence a line; Monday's summary line names nobody
    pytest.param("en", "Wall Street closed lower on Friday.\nThe Dow Jones Industrial Average lost 1.1% on Friday.\n"
                 "Asian markets fell sharply on Monday.\nJapan's Nikkei 225 slid 4%.\nHong Kong's Hang Seng lost 3%.\n"
                 "Oil was steady.", {"Nikkei 225", "Hang Seng"}, {"Dow"}, id="en-wire-asia-after-wall-street"),
    pytest.param("fr", "La Bourse de Paris avait fini en hausse vendredi.\nLe CAC 40 avait gagné 0,8 % vendredi.\n"
                 "Les places européennes ont ouvert en net repli lundi.\nLe DAX perdait 2 % à Francfort.\n"
                 "Le pétrole restait stable.", {"DAX"}, {"CAC 40", "Bourse de Paris"}, id="fr-wire-europe"),
    pytest.param("en", "Northbank Corp. cut its dividend on Friday.\nIts shares fell 9% on Friday.\n"
                 "Bank stocks slid across Europe on Monday.\nShares of Barclays lost 6% in London.\n"
                 "Trading was heavy.\nBonds rose.", {"Barclays"}, {"Northbank"}, id="en-business-bank-stocks"),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "text", "wanted", "unwanted"), LOOK_AHEAD)
def test_one_sentence_a_line_looks_ahead_first(tmp_path: Path, lang: str, text: str, wanted: set[str],
                                               unwanted: set[str], use_ner: bool) -> None:
    """A wire laid out one sentence a line: a nameless market-day summary takes the lines after it (what moved
    that day), not the line before it, which told another day."""
    names = " | ".join(_event_actors(tmp_path, lang, text, use_ner))
    assert all(want in names for want in wanted), names
    assert not any(bad in names for bad in unwanted), names


BODY_TITLE = [  # (lang, text, wanted, unwanted): the event's subject names a body by its kind only
    pytest.param("en", "Pellham Motor Co. is recalling 200,000 sedans because of faulty brakes.\n"
                 "The recall covers models built between 2021 and 2023.\n"
                 "The Japanese automaker stopped sales on Monday, a spokesman said.\nDealers were told.",
                 {"Pellham Motor"}, set(), id="en-business-the-automaker"),
    pytest.param("en", "The Reserve Bank of Australia raised its cash rate to 4.35% last week. It was the third "
                 "increase this year. The central bank met again on Monday to review its bond purchases.\n\n"
                 "Markets were calm.", {"Reserve Bank of Australia"}, set(), id="en-central-bank"),
    pytest.param("fr", "Le groupe Marlane va supprimer 800 postes en France. Le fabricant de pneumatiques souffre "
                 "de la baisse des ventes. L'entreprise a présenté son plan aux syndicats lundi.\n\nLa grève menace.",
                 {"Marlane"}, set(), id="fr-regional-l-entreprise"),
    # the title heads a name of its own sentence: not an anaphor
    pytest.param("en", "Acme Motors cut jobs in Ohio. The Bank of Ohio raised rates on Monday.\n\nLoans fell.",
                 {"Bank of Ohio"}, {"Acme Motors"}, id="en-the-bank-of-its-own-name"),
    # a person's title is not a body's: no organisation is pulled in for it
    pytest.param("en", "Acme Motors opened a plant in Ohio. Governor Jane Holt praised it. The minister resigned on "
                 "Monday.\n\nNo reason was given.", set(), {"Acme Motors"}, id="en-a-person-title-is-not-a-body"),
]


@pytest.mark.parametrize("use_ner", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize(("lang", "text", "wanted", "unwanted"), BODY_TITLE)
def test_body_title_points_back(tmp_path: Path, lang: str, text: str, wanted: set[str], unwanted: set[str],
                                use_ner: bool) -> None:
    names = " | ".join(_event_actors(tmp_path, lang, text, use_ner))
    assert all(want in names for want in wanted), names
    assert not any(bad in names for bad in unwanted), names


@pytest.mark.parametrize(("lang", "title", "expected"), [
    ("en", "the japanese automaker", True), ("en", "the central bank", True), ("en", "the minister", False),
    ("fr", "l'entreprise", True), ("fr", "la banque", True), ("fr", "le president", False),
])
def test_body_subject(lang: str, title: str, expected: bool) -> None:
    from timeline.extraction.actors.continuation import body_subject

    assert body_subject(title, lang) is expected
