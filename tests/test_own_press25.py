"""The page's own outlet, agency and reporters are no actors, both languages (room own25, round twenty-five).

docs/ANNOTATION.md: actors are those who take part in the happening; credits and bylines never are. What the page says
of who published it (`events/own_press.py`): its address names the outlet ("cbsnews.com" -> "CBS"), shown as the
source in a dateline, after a reporting cue, or before its reporter; a reporter is named by a byline, a stamp's "par",
an opener ("de notre envoyée spéciale") or a cue ("reported this story", ", reporting from"). A story about the outlet
itself names it in its headline, and keeps it; a firm's own newsroom that never writes its name as a source keeps it.
Counted on fresh dev (seven outlets: abc.net.au, aljazeera.com, cbsnews.com, citizen.co.za, hitwest.com,
kaieteurnewsonline.com, upi.com). Word lists: ``outlet_*`` and ``reporter_*`` in timeline/lang/ingest.yaml.

Every sentence was written for these tests (none is taken from an article); the outlets, towns and people are made
up. The reference date is Thursday 14 March 2024: "lundi" / "Monday" is 11 March.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from tests.events_support import one_story
from timeline.extraction import ingest
from timeline.extraction.events.own_press import host_key, outlet_key, press_of
from timeline.extraction.pipeline import extract
from timeline.settings import Options

REF = dt.date(2024, 3, 14)  # a Thursday


def _actors(lang: str, url: str, title: str, text: str) -> list[str]:
    """The actors of every event of one JSONL record, read as the fresh pages are (ingest, then the pipeline)."""
    record = {"id": "t", "url": url, "lang": lang, "title": title, "published": REF.isoformat(), "text": text}
    options = Options()
    articles, _ = ingest.read_bytes("t.jsonl", (json.dumps(record) + "\n").encode("utf-8"), options)
    events = extract(articles, options).events
    assert events, "the text must make an event"
    return [name for event in events for name in event.actors]


def _has(actors: list[str], name: str) -> bool:
    return any(name.casefold() in actor.casefold() for actor in actors)


@pytest.mark.parametrize(("name", "host", "key"), [
    ("CBS", "www.cbsnews.com", "cbs"),
    ("Kelmouth Herald", "kelmouthherald.co.uk", "kelmouth"),
    ("Le Courrier de Vornes", "www.lecourrierdevornes.fr", "courrierdevornes"),
    ("Riverside Post", "en.riversidepost.com", "riverside"),
    ("BBC News", "news.bbc.co.uk", "bbc"),
])
def test_outlet_keys(name: str, host: str, key: str) -> None:
    assert outlet_key(name) == host_key(host) == key


DROPPED = [  # (lang, url, title, text, a name no event may hold, a name an event must hold)
    ("en", "https://www.kelmouthherald.co.uk/local/bridge", "Bridge vote",
     "Kelmouth Herald – On a long night for the town, councillor Nia Brook won a vote on a new footbridge on Monday.",
     "Kelmouth Herald", "Nia Brook"),
    ("en", "https://www.riversidepost.com/port", "Dockers march to the port",
     "Riverside Post's Mara Quill, reporting from the quay, said dockers led by Ravi Osei marched to the port on "
     "Monday.", "Mara Quill", "Ravi Osei"),
    ("en", "https://www.ostrawire.net/court", "Two men jailed",
     "Judge Ada Finch jailed two men on Monday, Ostra Wire correspondent Lee Hart said.", "Lee Hart", "Ada Finch"),
    ("en", "https://www.ostrawire.net/court", "Two men jailed",
     "Judge Ada Finch jailed two men on Monday, Ostra Wire correspondent Lee Hart said.", "Ostra Wire", "Ada Finch"),
    ("en", "https://www.ostrawire.net/court", "Two men jailed over port fraud",
     "Tom Brackley reported this story on Monday, March 11, 2024 18:10:00\n\nJudge Ada Finch jailed two men on Monday "
     "for a fraud at the port.\n\nTom Brackley reports.\n\nTOM BRACKLEY: The judge spoke for an hour.",
     "Tom Brackley", "Ada Finch"),
    ("en", "https://www.ostrawire.net/court", "",
     "\nTom Brackley\n\nJudge Ada Finch jailed two men on Monday for a fraud at the port.", "Tom Brackley",
     "Ada Finch"),
    ("en", "https://www.ostrawire.net/strike", "Nurses strike",
     "March 11 (OWN) -- Nurses led by Petra Lind went on strike on Monday at the Ostra clinic.", "OWN", "Petra Lind"),
    ("fr", "https://www.hebdo-vornes.fr/politique/president", "Trois départements ont élu leur président ce lundi",
     "11 mars 2024 à 12h31 - Modifié : 12 mars 2024 à 9h08 par Lucie MARCHAND\n\nC'est le troisième tour. Lundi, le "
     "conseil départemental a élu Paul Verdier à sa tête.", "Lucie MARCHAND", "Paul Verdier"),
    ("fr", "https://www.lecourrierdevornes.fr/social/greve", "Les cheminots en grève",
     "De notre envoyée spéciale Claire Vasseur\n\nLundi, les cheminots de Jules Arnaud ont manifesté à Vornes.",
     "Claire Vasseur", "Jules Arnaud"),
]


@pytest.mark.parametrize(("lang", "url", "title", "text", "dropped", "kept"), DROPPED)
def test_own_press_is_no_actor(lang: str, url: str, title: str, text: str, dropped: str, kept: str) -> None:
    actors = _actors(lang, url, title, text)
    assert not _has(actors, dropped), actors
    assert _has(actors, kept), actors


KEPT = [  # (lang, url, title, text, a name an event must hold): the outlet is the news, or never the source
    # a story about the outlet itself names it in its headline
    ("en", "https://www.kelmouthherald.co.uk/media/fine", "Kelmouth Herald fined over leak",
     "Kelmouth Herald – On Monday the regulator fined the Kelmouth Herald over a leak of readers' data.",
     "Kelmouth Herald"),
    # a firm's own newsroom: its name is never written as the page's source
    ("en", "https://news.brightwaveenergy.com/plant", "New plant in Ostra",
     "Brightwave Energy opened a new plant in Ostra on Monday.", "Brightwave Energy"),
    # a headline that names the reporter keeps the name (the news is about them)
    ("en", "https://www.ostrawire.net/people/award", "Tom Brackley wins press award",
     "Tom Brackley reported this story\n\nTom Brackley won the national press award on Monday.", "Tom Brackley"),
    # a firm's name heading its own release is written again in its body: no byline (a byline's name is written once)
    ("en", "", "New plant in Ostra", "Brightwave Energy\n\nBrightwave Energy opened a new plant in Ostra on Monday.",
     "Brightwave Energy"),
    ("fr", "", "Une usine à Vornes",
     "VORNES, 11 mars (Valmont Énergie) – Valmont Énergie a ouvert lundi une usine à Vornes.", "Valmont Énergie"),
    # a name alone on a line further down is no byline
    ("fr", "https://www.hebdo-vornes.fr/justice/proces", "Procès à Vornes",
     "Le tribunal siégeait à Vornes.\n\nL'audience était longue.\n\nLe public était nombreux.\n\nLe verdict est tombé."
     "\n\nHugo Ferrand\n\nLe tribunal de Vornes a condamné lundi Hugo Ferrand à deux ans de prison.", "Hugo Ferrand"),
]


@pytest.mark.parametrize(("lang", "url", "title", "text", "kept"), KEPT)
def test_not_own_press_kept(lang: str, url: str, title: str, text: str, kept: str) -> None:
    assert _has(_actors(lang, url, title, text), kept)


PRESS = [  # (lang, url, title, text, the outlet's key or '', the reporters, the agencies)
    ("fr", "https://www.lecourrierdevornes.fr/m", "Une médiathèque neuve",
     "Selon Le Courrier de Vornes, le maire a inauguré lundi la médiathèque.", "courrierdevornes", set(), set()),
    ("fr", "https://www.lecourrierdevornes.fr/m", "Une médiathèque neuve",
     "Le maire a inauguré lundi la médiathèque, a indiqué au Courrier de Vornes son adjointe.", "courrierdevornes",
     set(), set()),
    ("fr", "https://www.lecourrierdevornes.fr/m", "Le Courrier de Vornes change de mains",
     "Selon Le Courrier de Vornes, le journal a été vendu lundi.", "", set(), set()),
    ("fr", "https://www.lecourrierdevornes.fr/m", "Une médiathèque neuve",
     "Le Courrier de Vornes a organisé lundi un débat à la médiathèque.", "", set(), set()),
    ("fr", "", "Crue", "VORNES, 11 mars (AVP) – La rivière a débordé lundi.", "", set(), {"avp"}),
    ("en", "https://www.ostrawire.net/m", "Storm",
     "From our correspondent Lee Hart\n\nA storm hit the coast on Monday.", "", {"lee hart"}, set()),
]


@pytest.mark.parametrize(("lang", "url", "title", "text", "outlet", "reporters", "agencies"), PRESS)
def test_press_of(lang: str, url: str, title: str, text: str, outlet: str, reporters: set[str],
                  agencies: set[str]) -> None:
    article = dataclasses.replace(one_story(text, lang, REF), url=url, title=title)
    press = press_of(article)
    assert (press.outlet, set(press.reporters), set(press.agencies)) == (outlet, reporters, agencies)


@pytest.mark.xfail(strict=True, reason="counted, not built: another outlet quoted as the source (en.mehrnews.com on "
                   "fresh dev): no actor either, but the page's address does not name it")
def test_other_outlet_as_source() -> None:
    actors = _actors("en", "https://www.ostrawire.net/farmers", "Farmers rally",
                     "Thousands of farmers led by Omar Reyes rallied in Ostra on Monday, Valley Gazette reports.")
    assert _has(actors, "Omar Reyes") and not _has(actors, "Valley Gazette"), actors
