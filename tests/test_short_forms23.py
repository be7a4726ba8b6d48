"""Actors, round twenty-three (issue 13, helper act23): a body or person told by a short form of the name its
article gives in full is shown by that full name (events/short_forms.py).

"Kelworth Athletic beat ... / Kelworth will play ...": the reader read both names, and the second row showed the
short form, a wrong actor next to a gold one named in full. A one-word actor becomes the one longer actor name of its
article that it opens, or that it ends when that name is a person's; a country or known place, an acronym, a name
joined by a link word or a hyphen, and a short form two longer names share stay as written.

Every sentence is ours; the people, firms and clubs are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.actors import find_entities
from timeline.extraction.events.short_forms import short_form_links
from timeline.extraction.pipeline import extract
from timeline.models import Article
from timeline.settings import Options

DAY = dt.date(2026, 12, 1)


def _rows(text: str, lang: str) -> list[list[str]]:
    article = Article(id="t", text=text, source="test", lang=lang, reference_date=DAY)
    return [list(e.actors) for e in extract([article], Options(reference_date=DAY)).events]


@pytest.mark.parametrize(("lang", "text", "short", "full"), [
    ("en", "Kelworth Athletic beat Dunmore Rovers 3-1 on Saturday. Kelworth will play Brackley Town on 12 December.",
     "Kelworth", "Kelworth Athletic"),
    ("en", "Shares in Pellbrook Homes fell 4% on Tuesday after the housebuilder cut its forecast. Pellbrook will "
           "publish its annual results on 3 March, chief executive Dana Whitcombe said.",
     "Pellbrook", "Pellbrook Homes"),
    ("fr", "Brenac Automobiles a annoncé lundi la fermeture de son site de Lorient. Le constructeur Brenac ouvrira "
           "une nouvelle usine le 4 mars.", "Brenac", "Brenac Automobiles"),
])
def test_a_short_form_is_shown_by_its_full_name(lang: str, text: str, short: str, full: str) -> None:
    rows = _rows(text, lang)
    assert len(rows) == 2, rows
    assert all(short not in row for row in rows), rows
    assert full in rows[1], rows


def _links(lang: str, *texts: str) -> dict[str, str]:
    return short_form_links([find_entities(t, lang, Options()) for t in texts], lang)


@pytest.mark.parametrize(("lang", "texts", "expected"), [
    # a firm's first word, read as an organisation or as a person
    ("fr", ("Brenac Automobiles a annoncé lundi un plan social.", "Selon Brenac, le site fermera."),
     {"Brenac": "Brenac Automobiles"}),
    ("fr", ("Brenac Automobiles a annoncé lundi un plan social.", "Le constructeur Brenac a confirmé lundi."),
     {"Brenac": "Brenac Automobiles"}),
    ("en", ("Kelworth Athletic beat Dunmore Rovers on Saturday.", "Kelworth will play Brackley Town next week."),
     {"Kelworth": "Kelworth Athletic"}),
    # a country and the body named after it are two actors
    ("en", ("Kenya Power Holdings said on Monday it would raise tariffs.",
            "Kenya will hold talks with lenders in March."), {}),
    ("fr", ("Les dirigeants de France Télévisions ont été reçus lundi.", "La France a signé le traité mardi."), {}),
    # an acronym is a body's own name, never a short form
    ("en", ("The KTU Workers Union voted on Monday to strike.", "The KTU said on Monday it would strike."), {}),
    # the full name alone: nothing to link
    ("fr", ("Brenac Automobiles a annoncé lundi un plan social.",), {}),
])
def test_short_form_links(lang: str, texts: tuple[str, ...], expected: dict[str, str]) -> None:
    assert _links(lang, *texts) == expected


def test_a_short_form_two_full_names_share_stays() -> None:
    links = _links("en", "Kelworth Athletic beat Dunmore Rovers on Saturday.",
                   "Kelworth Rangers lost to Hexley Town on Sunday.",
                   "Kelworth will play Brackley Town next week.")
    assert "Kelworth" not in links, links


def test_a_linked_or_hyphenated_name_is_no_full_name() -> None:
    links = _links("en", "The Council of the Isles met on Monday.", "Boeing-Airbus talks resumed on Friday.",
                   "Boeing said on Friday it would bid.")
    assert "Council" not in links and "Boeing" not in links, links
