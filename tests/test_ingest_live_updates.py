"""A live page whose entries only its JSON-LD holds (schema.org ``LiveBlogPosting.liveBlogUpdate``), round
twenty-three (issue 13): pages of our own in tests/inputs/live, as a page rendered in the browser and saved as
"Web page, HTML only" keeps them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.extraction.ingest import read_bytes
from timeline.extraction.pipeline import extract
from timeline.models import Article
from timeline.settings import Options

LIVE = Path(__file__).parent / "inputs" / "live"


def one(name: str) -> Article:
    articles, problems = read_bytes(name, (LIVE / name).read_bytes())
    assert [p for p in problems if p.severity == "error"] == []
    (article,) = articles
    return article


def test_a_live_shell_gets_its_updates_after_its_body_in_the_page_order() -> None:
    article = one("en_live_shell.html")
    assert article.text.index("Follow our live coverage") < article.text.index("The transport minister will visit")
    assert article.text.endswith(
        "\n\nThe transport minister will visit the flooded harbour at Ullapool on Wednesday, the government said."
        "\n\nPolice closed the Kessock bridge to high-sided vehicles after a lorry overturned.")
    assert "Ferries cancelled" not in article.text  # headlines are not added
    assert article.reference_date == dt.date(2026, 2, 9)


def test_a_live_shell_in_a_graph_with_a_type_list_is_read_too() -> None:
    article = one("fr_direct_coquille.html")
    assert "\n\nLa direction de l'aviation civile a demandé aux compagnies de réduire de moitié" in article.text
    assert article.text.endswith("\n\nLe syndicat des contrôleurs a confirmé la grève jusqu'à jeudi soir.")
    assert article.lang == "fr"


def test_the_updates_give_the_events_of_the_page() -> None:
    article = one("en_live_shell.html")
    events = extract([article], Options()).events
    assert any(e.date == dt.date(2026, 2, 11) for e in events)  # "on Wednesday", from Monday 9 February


def test_a_page_that_shows_its_entries_is_not_read_twice() -> None:
    article = one("en_live_shown.html")
    assert article.text.count("Turnout in the north ward reached 41%") == 1
    assert article.text.count("Counting has started at the leisure centre in Kendal.") == 1
