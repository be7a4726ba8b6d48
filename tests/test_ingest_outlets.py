"""HTML as outlets publish it (issues 12 and 13, round eleven): furniture fenced off, the page's own date.

The battery is tests/pages/ (our own pages, see its README): a page must give the events, actors
and article date that its plain body gives, with its publication date (never its update date nor a
related article's), also when the page carries no machine-readable date. The unit tests below use
sentences written for them, in both languages.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from benchmarks.outlet_pages import bare
from timeline.extraction.ingest import furniture, load_articles, page_dates, read_bytes
from timeline.extraction.pipeline import extract
from timeline.extraction.stories import split_page
from timeline.models import Article
from timeline.settings import Options

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"
CASES = sorted(p.stem for p in PAGES.glob("*.json"))


def gold(case: str) -> dict:
    return json.loads((PAGES / f"{case}.json").read_text(encoding="utf-8"))


def published(case: str) -> dt.date:
    return dt.date.fromisoformat(gold(case)["reference_dates"][f"{case}.html"])


def rows(inputs: list[Path], options: Options) -> set[tuple]:
    """The events' dates and types (actors may differ by a page's layout: the actor tests are below)."""
    return {(e.date, e.end_date, e.event_type) for e in extract(inputs, options).events}


def one(name: str, html: str) -> Article:
    articles, _ = read_bytes(name, html.encode())
    (article,) = articles
    return article


def noise_texts(article: Article) -> list[tuple[str, str]]:
    return [(n.kind, article.text[n.start : n.end]) for n in article.noise]


# ---------------------------------------------------------------- the battery


def test_the_battery_has_ten_pages_per_language() -> None:
    langs = [gold(case)["lang"] for case in CASES]
    assert langs.count("fr") == 10 and langs.count("en") == 10


@pytest.mark.parametrize("case", CASES)
def test_a_page_gives_what_its_plain_body_gives(case: str) -> None:
    page = rows([PAGES / f"{case}.html"], Options())
    plain = rows([ROOT / gold(case)["plain"]], Options(reference_date=published(case)))
    assert page == plain


@pytest.mark.parametrize("case", CASES)
def test_a_page_is_dated_by_its_publication_not_its_update(case: str) -> None:
    (article,), _ = load_articles([PAGES / f"{case}.html"])
    assert article.reference_date == published(case)


@pytest.mark.parametrize("case", [c for c in CASES if c != "en_05_live"])
def test_a_page_without_machine_dates_is_dated_by_the_stamp_it_shows(case: str, tmp_path: Path) -> None:
    """en_05_live shows only its update time ("Last updated: April 29"): no publication stamp to read."""
    path = tmp_path / f"{case}.html"
    path.write_text(bare((PAGES / f"{case}.html").read_text(encoding="utf-8")), encoding="utf-8")
    (article,), _ = load_articles([path])
    assert article.reference_date == published(case)


def test_no_credit_or_commenter_becomes_an_actor_on_the_pages() -> None:
    for case in CASES:
        banned = {name.casefold() for name in gold(case)["not_actors"]}
        for event in extract([PAGES / f"{case}.html"], Options()).events:
            assert not {a.casefold() for a in event.actors} & banned, (case, event.actors)


# ---------------------------------------------------------------- furniture, unit by unit

FR_BODY = ("<p>La ministre de la Culture a inauguré le musée de Lens le samedi 5 avril 2025.</p>"
           "<p>Le conseil régional se réunira le 14 mai pour voter le budget du musée.</p>")
EN_BODY = ("<p>The governor opened the new bridge in Albany on Monday, June 2, 2025.</p>"
           "<p>State lawmakers will vote on its funding on June 19.</p>")


def page(body: str, lang: str = "fr", head: str = "") -> str:
    return (f'<html lang="{lang}"><head><title>Une page de test</title>{head}</head><body><h1>Une page de test</h1>'
            f"<article>{body}</article></body></html>")


@pytest.mark.parametrize(("body", "kind", "text"), [
    pytest.param(FR_BODY + "<figure><img src='a.jpg'><figcaption>La ministre devant le musée, le 5 avril. "
                 "Photo : Studio Nord / Léa Martin</figcaption></figure>", "caption", "Léa Martin", id="figcaption-fr"),
    pytest.param(EN_BODY + "<div><img src='b.jpg'><br><i>The bridge at dawn. Staff photo by Omar Haddad</i></div>",
                 "caption", "Omar Haddad", id="italic-under-image-en"),
    pytest.param(FR_BODY + "<p><b>Lire aussi :</b> <a href='/x'>Le maire de Douai attendu à Lille le 2 juin</a></p>",
                 "boilerplate", "Lire aussi", id="lire-aussi-fr"),
    pytest.param(EN_BODY + "<p>Read more | <a href='/y'>Senate hearing set for July 8</a></p>",
                 "boilerplate", "Read more", id="read-more-en"),
    pytest.param(EN_BODY + "<div class='inline-box'><p>Recommended</p><p><a>Ferry strike planned for July 3</a></p>"
                 "</div><p>The bridge cost 40 million dollars.</p>", "boilerplate", "Ferry strike",
                 id="marker-over-a-title-en"),
])
def test_furniture_is_fenced_and_kept_in_the_text(body: str, kind: str, text: str) -> None:
    article = one("a.html", page(body, "fr" if "Lens" in body else "en"))
    fenced = [t for k, t in noise_texts(article) if k == kind]
    assert any(text in t for t in fenced), noise_texts(article)
    assert text in article.text  # nothing dropped: the furniture stays in the text


def test_a_caption_glued_in_a_body_without_paragraphs_comes_out_on_its_own_line() -> None:
    body = ("<div class='texte'><img src='c.jpg'><span class='legende'>Le port de Brest. Crédit : Yann Morel</span> "
            "Le préfet a présidé le 3 mars 2025 une réunion sur la pêche. <span>Lire aussi : La criée fermera le 9 "
            "mars.</span> Les pêcheurs manifesteront le 12 mars devant la préfecture.</div>")
    article = one("b.html", page(body))
    kinds = dict((t, k) for k, t in noise_texts(article))
    assert kinds.get("Le port de Brest. Crédit : Yann Morel") == "caption"
    assert kinds.get("Lire aussi : La criée fermera le 9 mars.") == "boilerplate"
    dates = {e.date for e in extract([article], Options()).events}
    assert dt.date(2025, 3, 9) not in dates and {dt.date(2025, 3, 3), dt.date(2025, 3, 12)} <= dates
    actors = {a for e in extract([article], Options()).events for a in e.actors}
    assert "Yann Morel" not in actors


def test_the_article_itself_is_never_furniture() -> None:
    """A body whose container's class names furniture ('comments-open', a drop cap) is still the body."""
    body = f"<div class='entry comments-open'><p class='has-drop-cap'>{EN_BODY}</p></div>"
    article = one("c.html", page(body, "en"))
    assert not article.noise or all("bridge" not in t for _, t in noise_texts(article))
    assert {e.date for e in extract([article], Options()).events} >= {dt.date(2025, 6, 2), dt.date(2025, 6, 19)}


def test_class_words_are_whole_words_and_joined_pairs() -> None:
    el = lxml_html.fromstring('<div class="article__legend jp-relatedposts" id="most-read"></div>')
    words = furniture.class_words(el)
    assert {"legend", "relatedposts", "mostread"} <= words and "read" in words and "cap" not in words


def test_fence_takes_a_shared_line_once() -> None:
    """A caption repeating a body sentence fences one of the two, never both."""
    text = "Titre\n\nLe sommet s'ouvre le 4 mai.\nLe sommet s'ouvre le 4 mai.\n"
    spans = furniture.fence(text, [furniture.Piece("caption", ("Le sommet s'ouvre le 4 mai.",))])
    assert len(spans) == 1


# ---------------------------------------------------------------- inserts in plain text


@pytest.mark.parametrize(("lang", "text", "insert", "kept"), [
    ("fr", "Réunion à Lyon\n\nLe conseil s'est réuni le 3 mars 2025.\nLire aussi | Le maire attendu à Paris le "
           "5 avril\nUne réunion publique aura lieu le 9 avril.", "Lire aussi", "Une réunion publique"),
    ("en", "Council meets\n\nThe council met on March 3, 2025.\nRELATED: Ferry service to resume on April 5\n"
           "A public hearing will be held on April 9.", "RELATED", "A public hearing"),
])
def test_an_insert_line_is_furniture_and_the_story_goes_on(lang: str, text: str, insert: str, kept: str) -> None:
    layout = split_page(text, lang)
    fenced = [text[n.start : n.end] for n in layout.noise]
    assert any(t.startswith(insert) for t in fenced)
    (story,) = layout.stories  # no teaser list opened: the line after it is still the main story
    assert story.kind == "main" and text.index(kept) < story.end


# ---------------------------------------------------------------- the page's date


@pytest.mark.parametrize(("lines", "expected"), [
    (["Un titre", "Par Anne Roux", "Publié le 12/03/2025 à 14h05, mis à jour le 13/03/2025 à 09h10"],
     dt.date(2025, 3, 12)),
    (["Un titre", "By Sam Cole", "Updated March 4, 2025 at 3:12 p.m. ET | Published March 3, 2025 at 5:30 p.m. ET"],
     dt.date(2025, 3, 3)),
    (["Un titre", "Mis à jour le 13/03/2025 à 09h10"], None),
    (["Un titre", "Last updated: April 29, 2025 at 1:45 a.m. ET"], None),
    (["Jeudi 10 avril 2025", "Un titre", "Par Anne Roux - Publié le 08/04/2025 à 17:45"], dt.date(2025, 4, 8)),
    (["Jeudi 10 avril 2025", "Un titre", "Le ministre a parlé."], dt.date(2025, 4, 10)),
])
def test_the_stamp_under_the_headline_gives_the_publication_date(lines: list[str], expected: dt.date | None) -> None:
    """Under the headline first, then just above it (a date over the headline is the last resort)."""
    assert page_dates.visible_published(lines, "Un titre") == expected


def test_a_stated_publication_date_beats_the_stamp_shown() -> None:
    head = '<meta property="article:published_time" content="2025-06-01T08:00:00Z">'
    body = "<p>Publié le 03/06/2025 à 10h00</p>" + FR_BODY
    article = one("d.html", page(body, head=head))
    assert article.reference_date == dt.date(2025, 6, 1)


def test_without_publication_metadata_the_shown_stamp_beats_a_modified_date() -> None:
    head = '<meta property="article:modified_time" content="2025-06-09T08:00:00Z">'
    body = "<p>Published June 3, 2025, updated June 9, 2025</p>" + EN_BODY
    article = one("e.html", page(body, "en", head=head))
    assert article.reference_date == dt.date(2025, 6, 3)


def test_a_live_blog_is_titled_by_its_headline_not_by_an_update() -> None:
    ld = ('<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Suivez le sommet de Lille",'
          '"datePublished":"2025-05-04T08:00:00Z","liveBlogUpdate":[{"@type":"BlogPosting",'
          '"headline":"Les chefs arrivent"}]}</script><meta property="og:title" content="Suivez le sommet de Lille">')
    html = (f"<html lang='fr'><head><title>Suivez le sommet de Lille</title>{ld}</head><body>"
            f"<h1>Suivez le sommet de Lille</h1><ul><li>{FR_BODY}</li></ul></body></html>")
    article = one("f.html", html)
    assert article.title == "Suivez le sommet de Lille"


def test_list_items_keep_a_list_mark_not_a_dash() -> None:
    """A live blog's entries are list items: trafilatura writes them "- item", which the actor rules read as a
    sign-off's dash; each entry keeps a list mark and its people."""
    entries = "".join(f"<li class='entry'><div><p>{s}</p></div></li>" for s in (
        "King Charles III will open the session on May 27.", "The new parliament will convene on May 26."))
    html = page("<p>Voters in the whole country went to the polls on Monday, April 28, 2025, all day long.</p>"
                f"<ol class='stream'>{entries}</ol>", "en")
    article = one("g.html", html)
    assert "\n- " not in article.text and "• King Charles III" in article.text
    events = extract([article], Options(reference_date=dt.date(2025, 4, 28))).events
    assert any("Charles III" in e.actors for e in events)


def test_each_block_of_a_page_is_a_paragraph() -> None:
    article = one("h.html", page(FR_BODY))
    assert "avril 2025.\n\nLe conseil régional" in article.text


def test_what_the_layout_keeps_out_is_counted_in_a_warning() -> None:
    body = (FR_BODY + "<figure><img src='a.jpg'><figcaption>Le musée. Photo : Léa Martin</figcaption></figure>"
            "<p>Lire aussi : <a>Le festival de Lens ouvrira le 4 juillet</a></p>")
    articles, problems = read_bytes("w.html", page(body).encode())
    (warning,) = problems
    assert warning.severity == "warning" and warning.file == "w.html"
    assert "1 photo caption, 1 insert or box" in warning.reason
    assert "Le festival de Lens" in articles[0].text  # counted, not dropped


def test_a_page_without_furniture_has_no_warning() -> None:
    _, problems = read_bytes("v.html", page(EN_BODY, "en").encode())
    assert problems == []


@pytest.mark.parametrize(("heading", "items", "lang"), [
    ("<h3>Voir aussi</h3>", ["Le salon du livre de Brive ouvrira le 7 novembre", "La foire de Tulle a fermé le 2 mai"],
     "fr"),
    ("<h2>Related</h2>", ["Ferry service resumed on May 2", "Bridge tolls rise on July 1"], "en"),
])
def test_a_marker_heading_over_a_list_fences_the_list(heading: str, items: list[str], lang: str) -> None:
    body = FR_BODY if lang == "fr" else EN_BODY
    after = "Le musée restera ouvert tout l'été." if lang == "fr" else "The bridge has four lanes."
    listed = "".join(f"<li><a href='/x'>{i}</a></li>" for i in items)
    html = page(f"{body}{heading}<ul>{listed}</ul><p>{after}</p>", lang)
    article = one("l.html", html)
    fenced = [t for k, t in noise_texts(article) if k == "boilerplate"]
    assert all(any(i in t for t in fenced) for i in items), noise_texts(article)
    (story,) = article.stories  # the heading opened no teaser list: one main story
    assert story.kind == "main"


def test_a_caption_in_a_table_cell_is_fenced() -> None:
    caption = "Le ruban coupé devant l'école (photo Odile M.)"
    body = (FR_BODY + "<table class='img-box'><tr><td><img src='r.jpg'></td></tr>"
            f"<tr><td class='img-caption'>{caption}</td></tr></table>")
    article = one("t.html", page(body))
    assert ("caption", caption) in noise_texts(article)


@pytest.mark.parametrize(("line", "expected"), [
    ("Odile Marchand — Le 14/05/2025 à 18:32 Dernière modification : 16/05/2025 à 08:00", dt.date(2025, 5, 14)),
    ("Released: May 12, 2025 · Last modified: May 20, 2025", dt.date(2025, 5, 12)),
    ("Dernière mise à jour : 16/05/2025 à 08:00", None),
])
def test_a_stamp_with_its_modification_gives_the_publication(line: str, expected: dt.date | None) -> None:
    assert page_dates.visible_published(["Un titre", line], "Un titre") == expected


def test_a_release_stamp_line_is_no_event() -> None:
    text = ("Wind farm lease signed\n\nReleased: May 12, 2025 · Last updated: May 20, 2025\n\n"
            "The company signed a lease with the state on Monday, May 12.")
    layout = split_page(text, "en")
    assert any(text[n.start : n.end].startswith("Released") for n in layout.noise)
