"""What a saved web page tells (issues 12 and 13, round fourteen): its byline, its dated header, its <br> lines,
its live blog's entries, its machine-readable date.

Main-text extraction drops a page's byline and its outlet's dated header; they are kept at the top of the text,
fenced as bylines (page evidence: the article's date, never an event). Every page below is our own, written for
these tests, in both languages.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction.ingest import load_articles, page_dates
from timeline.extraction.pipeline import article_dates, extract
from timeline.models import Article
from timeline.settings import Options

OPTIONS = Options(today=dt.date(2026, 12, 4))

_HEAD = '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{meta}<title>{title} | {site}</title></head>'
_NAV = '<body><header><a href="/">{site}</a><nav><a href="/a">Accueil</a> <a href="/b">Région</a></nav></header>'
_FOOT = "</article></main><footer><p>{site} · Contact · Plan du site</p></footer></body></html>"


def page(tmp_path: Path, name: str, *, lang: str, title: str, byline: str, body: str, site: str = "Le Val Info",
         meta: str = "", above: str = "") -> Path:
    """A saved page: navigation, an optional header line above the headline, the headline, a byline, the body."""
    html = (_HEAD.format(lang=lang, meta=meta, title=title, site=site) + _NAV.format(site=site)
            + f"<main><article>{above}<h1>{title}</h1>{byline}"
            + '<div class="share">Partager : Facebook · X · Copier le lien</div>' + body + _FOOT.format(site=site))
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def one_article(path: Path) -> Article:
    articles, problems = load_articles([path], OPTIONS)
    assert len(articles) == 1, problems
    return articles[0]


def dated_values(article: Article) -> dict[str, str]:
    return {m.text: m.value.isoformat() for m in article_dates(article, OPTIONS)}


# --- (1) bylines and dated headers are kept, as page evidence --------------------------------------------------------

FR_BYLINE = '<div class="byline">Le Val Info · mardi 14 avril 2026 · par Anne Leroux</div>'
FR_BODY = ("<p>Le conseil communautaire s'est réuni mardi soir à Chinon.</p>"
           "<p>Les élus ont voté le budget annexe des transports scolaires.</p>")


def test_a_byline_dropped_by_extraction_is_kept_fenced_under_the_title(tmp_path: Path) -> None:
    article = one_article(page(tmp_path, "fr.html", lang="fr", title="Chinon : le budget des transports voté",
                               byline=FR_BYLINE, body=FR_BODY))
    line = "Le Val Info · mardi 14 avril 2026 · par Anne Leroux"
    assert article.text.startswith(f"Chinon : le budget des transports voté\n\n{line}\n\n")
    start = article.text.index(line)
    assert any(n.kind == "byline" and n.start == start and n.end == start + len(line) for n in article.noise)
    assert dated_values(article)["mardi 14 avril 2026"] == "2026-04-14"
    assert article.reference_date == dt.date(2026, 4, 14)


def test_a_kept_byline_gives_no_event_and_no_actor(tmp_path: Path) -> None:
    path = page(tmp_path, "fr.html", lang="fr", title="Chinon : le budget des transports voté",
                byline=FR_BYLINE, body=FR_BODY)
    events = extract([path], OPTIONS).events
    assert events, "the council's session is an event"
    assert all("Anne Leroux" not in e.actors and "Val Info" not in " ".join(e.actors) for e in events)
    assert all(e.date == dt.date(2026, 4, 14) for e in events)


def test_an_outlet_header_above_the_headline_and_a_signed_byline_are_kept_in_page_order(tmp_path: Path) -> None:
    path = page(tmp_path, "en.html", lang="en", site="Wessex Courier", title="Ferry timetable cut for the winter",
                above='<div class="masthead">Wessex Courier | Friday 6 November 2026</div>',
                byline='<p class="byline">By Sam Oduya | 07:15</p>',
                body="<p>Isle Link said on Thursday that it will cut two crossings a day from 1 December.</p>")
    article = one_article(path)
    assert "Wessex Courier | Friday 6 November 2026" in article.text
    assert dated_values(article)["Friday 6 November 2026"] == "2026-11-06"
    assert article.reference_date == dt.date(2026, 11, 6)


def test_an_update_stamp_alone_is_kept_but_does_not_beat_the_publication_metadata(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2026-05-02T08:00:00+02:00">'
    path = page(tmp_path, "fr.html", lang="fr", title="Saint-Malo : la digue rouverte", meta=meta,
                byline='<div class="byline">Par Yves Morvan | Mis à jour le lundi 4 mai 2026 à 18h05</div>',
                body="<p>La digue du Sillon a rouvert samedi après trois semaines de travaux.</p>")
    article = one_article(path)
    assert "Mis à jour le lundi 4 mai 2026 à 18h05" in article.text
    assert article.reference_date == dt.date(2026, 5, 2)
    assert article.reference_source == "metadata"


def test_a_byline_the_main_text_already_holds_is_not_told_twice(tmp_path: Path) -> None:
    path = page(tmp_path, "en.html", lang="en", title="Marina plans approved", site="Bay Herald",
                byline="<p>Bay Herald | Wednesday 9 September 2026 | Harbour desk</p>",
                body="<p>Councillors approved the marina plans on Tuesday evening after a two-hour debate.</p>")
    article = one_article(path)
    assert article.text.count("Wednesday 9 September 2026") == 1


@pytest.mark.parametrize("line, kept", [
    ("Le Journal du Causse — jeudi 3 septembre 2026", True),
    ("Live | Saturday 4 July 2026 | Our sports desk", True),
    ("Par Léa Marin, à Rodez — Publié le 05/10/2026 à 06h45", True),
    ("Direct | L'Écho du Val | mis à jour le dimanche 8 mars 2026 à 09h10", True),
    ("Le conseil s'est réuni le 3 mars 2026 à 19 h, en mairie.", False),
    ("Partager : Facebook · X · WhatsApp", False),
    ("Les travaux débuteront le lundi 7 septembre 2026 et dureront six mois, selon la mairie - qui l'a dit.", False),
])
def test_stamp_lines_are_short_dated_lines_not_sentences(line: str, kept: bool) -> None:
    headline = "Un titre de page"
    assert page_dates.stamp_lines(["Accueil", headline, line, "Le corps de l'article."], headline) == (
        [line] if kept else [])


# --- (2) <br>-separated lines are paragraphs -------------------------------------------------------------------------

def test_lines_joined_by_br_are_paragraphs_and_a_clock_keeps_its_own_day(tmp_path: Path) -> None:
    body = ('<div class="article-body">Le conseil municipal de Loches s\'est réuni ce mercredi soir, à 18 h 30.<br>'
            "Le maire a annoncé l'ouverture de la médiathèque le samedi 12 septembre.<br>"
            "L'opposition a quitté la salle vers 21 h lors du débat sur les tarifs.</div>")
    article = one_article(page(tmp_path, "fr.html", lang="fr", title="Loches : la médiathèque ouvrira en septembre",
                               byline='<div class="byline">Le Val Info · mercredi 17 juin 2026</div>', body=body))
    assert "18 h 30.\n\nLe maire" in article.text and "septembre.\n\nL'opposition" in article.text
    clock = next(m for m in article_dates(article, OPTIONS) if m.text == "21 h")
    assert clock.value == dt.date(2026, 6, 17) and clock.time == "21:00"


# --- (3) live blogs: an entry's clock heading dates it on the day heading above it -----------------------------------

FR_LIVE = ("<h2>Dimanche 8 mars</h2>"
           "<p><strong>08:45</strong> La préfecture a ordonné l'évacuation du quartier des Ponts.</p>"
           "<h2>Samedi 7 mars</h2>"
           "<p><strong>22:15</strong> Le maire a déclenché le plan communal de sauvegarde.</p>")
EN_LIVE = ("<h2>Monday 2 March</h2>"
           "<p><strong>21:30</strong> The harbour master closed the port to all traffic.</p>"
           "<p><strong>20:10</strong> Fire crews were called to a warehouse at the east quay.</p>")


def test_a_french_live_blog_dated_by_its_update_stamp_dates_each_entry_on_its_day_heading(tmp_path: Path) -> None:
    path = page(tmp_path, "fr.html", lang="fr", title="DIRECT. Crue de la Loire : suivez la montée des eaux",
                byline='<div class="byline">Direct | Le Val Info | mis à jour le dimanche 8 mars 2026 à 09h10</div>',
                body=FR_LIVE)
    article = one_article(path)
    values = {m.text: (m.value, m.time) for m in article_dates(article, OPTIONS)}
    assert values["08:45"] == (dt.date(2026, 3, 8), "08:45")
    assert values["22:15"] == (dt.date(2026, 3, 7), "22:15")
    events = extract([path], OPTIONS).events
    assert {(e.date, e.time) for e in events} >= {(dt.date(2026, 3, 8), "08:45"), (dt.date(2026, 3, 7), "22:15")}
    assert all("DIRECT" not in e.actors for e in events)


def test_an_english_live_blog_entries_take_the_day_heading_above_them(tmp_path: Path) -> None:
    path = page(tmp_path, "en.html", lang="en", site="Solent Post", title="LIVE: Harbour fire in Portsmouth",
                byline='<div class="byline">Live | By Jo Reed | Updated Tuesday 3 March 2026, 10:05</div>',
                body=EN_LIVE)
    article = one_article(path)
    values = {m.text: (m.value, m.time) for m in article_dates(article, OPTIONS)}
    assert values["21:30"] == (dt.date(2026, 3, 2), "21:30")
    assert values["20:10"] == (dt.date(2026, 3, 2), "20:10")
    assert all("LIVE" not in e.actors for e in extract([path], OPTIONS).events)


# --- (4) a page dated only by its markup ------------------------------------------------------------------------------

@pytest.mark.parametrize("meta", [
    '<meta property="article:published_time" content="2026-03-16T09:00:00Z">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-03-16T09:00:00Z"}</script>',
])
def test_a_page_dated_only_in_its_markup_is_dated(tmp_path: Path, meta: str) -> None:
    body = ('<p><time datetime="2026-03-16T09:00:00Z"></time></p>'
            "<p>The trial of the two former directors was adjourned on Monday until the spring.</p>")
    path = page(tmp_path, "en.html", lang="en", site="Tyne Record", title="Fraud trial adjourned", meta=meta,
                byline='<p class="byline">By Dan Prior</p>', body=body)
    article = one_article(path)
    assert article.reference_date == dt.date(2026, 3, 16)
    assert dated_values(article)["Monday"] == "2026-03-16"


def test_a_page_without_metadata_takes_its_bylines_date_not_a_related_articles(tmp_path: Path) -> None:
    body = ("<p>Le syndicat des eaux a voté jeudi la hausse du prix du mètre cube.</p>"
            '<aside class="related"><p>À lire</p><p><time class="entry-date" datetime="2026-01-03T10:00">3 janvier '
            "2026</time></p><p>Le barrage de Vassivière vidangé</p></aside>")
    path = page(tmp_path, "fr.html", lang="fr", title="Limoges : le prix de l'eau augmente",
                byline='<div class="byline">Le Val Info · vendredi 6 février 2026 · par Paul Nadaud</div>', body=body)
    article = one_article(path)
    assert article.reference_date == dt.date(2026, 2, 6)
    assert dated_values(article)["jeudi"] == "2026-02-05"
