"""What a saved page shows and main-text extraction dropped (issues 12 and 13, round nineteen).

1. A byline whose clock comes before its date ("Published 16:05, Friday 30 October 2026 | By ...", "Publié à 18h40,
   le mercredi 25 novembre 2026 | Par ..."): a stamp line, put back under the headline like one whose clock comes
   after its date (ingest/page_dates.py).
2. A live page's entry times that stand in an element of their own beside the entry's paragraph (ingest/entry_times):
   put back, each a paragraph of its own right before its entry, as the page shows them; they read as the page's day
   at that time, even when the entry tells another day ("... demain jeudi"), and the entry's own events and actors
   are read as before. A teaser's time, a lone time and what the body did not keep are not brought back.

Every page below is our own, written for these tests, in both languages.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction.ingest import entry_times, load_articles, page_dates
from timeline.extraction.pipeline import article_dates
from timeline.models import Article
from timeline.settings import Options

OPTIONS = Options(today=dt.date(2026, 12, 4))


def save(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def one_article(path: Path) -> Article:
    articles, problems = load_articles([path], OPTIONS)
    assert len(articles) == 1, problems
    return articles[0]


def shell(lang: str, title: str, inner: str, meta: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{meta}</head>'
            '<body><div class="cookie-banner"><p>Cookies</p><button>OK</button></div>'
            '<nav><ul><li><a href="/">Home</a></li><li><a href="/region">Region</a></li></ul></nav>'
            f'<main><article><h1>{title}</h1>{inner}</article></main>'
            "<footer><p>© Gazette. All rights reserved.</p></footer></body></html>")


# 1. A byline's clock before its date


@pytest.mark.parametrize(("line", "day"), [
    ("Published 16:05, Friday 30 October 2026 | By Tom Ridley, Health Reporter", dt.date(2026, 10, 30)),
    ("Posted 9.15am on Monday 2 March 2026 | Jo Marsh", dt.date(2026, 3, 2)),
    ("Publié à 18h40, le mercredi 25 novembre 2026 | Par Léa Martin", dt.date(2026, 11, 25)),
    ("Mis en ligne 07:30 - jeudi 12 mars 2026 | Par la rédaction", dt.date(2026, 3, 12)),
])
def test_a_byline_with_its_clock_first_is_a_stamp_line(line: str, day: dt.date) -> None:
    assert page_dates.stamp_lines(["Some headline", line, "The story starts here."], "Some headline") == [line]
    assert page_dates._separated_date(line) == day


@pytest.mark.parametrize("line", [
    "Rendez-vous 16:05 place du marché 30 octobre 2026 | Par Léa Martin",
    "Train leaves 16:05 from platform 3, 30 October 2026 | Timetable",
])
def test_a_clock_with_other_words_before_a_date_is_no_stamp(line: str) -> None:
    assert page_dates.stamp_lines(["Some headline", line, "The story starts here."], "Some headline") == []


def test_a_byline_with_its_clock_first_is_kept_and_fenced(tmp_path: Path) -> None:
    html = shell("en", "Hospital ward reopens after repairs",
                 '<div class="meta"><span class="stamp">Published 16:05, Friday 30 October 2026</span> | '
                 '<span class="author">By Tom Ridley, Health Reporter</span></div>'
                 "<p>The children's ward at Redbrook General Hospital reopened on Friday after six weeks of work.</p>"
                 "<p>The ward was closed on 18 September when a pipe burst above the nurses' station.</p>")
    article = one_article(save(tmp_path, "ward.html", html))
    assert "Published 16:05, Friday 30 October 2026" in article.text
    stamp = article.text.index("Published 16:05")
    assert any(n.kind == "byline" and n.start <= stamp < n.end for n in article.noise)
    values = {m.text: m.value for m in article_dates(article, OPTIONS)}
    assert values.get("Friday 30 October 2026") == dt.date(2026, 10, 30) or any(
        v == dt.date(2026, 10, 30) for t, v in values.items() if "30 October 2026" in t)


# 2. A live page's entry times


def live_page(lang: str, title: str, entries: list[tuple[str, str]], published: str) -> str:
    """A live page whose entry times stand in an element of their own beside each entry's paragraph, with a related
    box (dated teasers) and a cookie notice: trafilatura keeps the paragraphs and drops the times."""
    posts = "".join(
        f'<div class="live-post"><div class="live-post__time"><time datetime="{published[:11]}{at}">{shown}</time>'
        f'</div><div class="live-post__content"><p>{text}</p><div class="live-post__share"><a href="#">Share</a>'
        "</div></div></div>"
        for (shown, text), at in zip(entries, ("16:20:00", "14:05:00", "08:30:00"), strict=True))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",'
            f'"headline":"{title}","datePublished":"{published}"}}</script></head><body>'
            '<header><a href="/">Gazette</a><nav><a href="/region">Region</a><a href="/live">Live</a></nav></header>'
            f'<main><h1>{title}</h1><div class="live-feed">{posts}</div>'
            '<div class="live-more"><button>More</button></div>'
            '<section class="related"><h2>Related</h2><article><a href="/r1"><h3>Bridge works to start in spring'
            '</h3></a><p class="date">09/03/2026</p></article><article><a href="/r2"><h3>River levels under watch</h3>'
            '</a><p class="date">08/03/2026</p></article></section></main>'
            '<div class="cookies"><p>By browsing this site you accept cookies.</p><button>OK</button></div>'
            "<footer>© Gazette 2026</footer></body></html>")


FR_META = "2026-03-11T06:50:00+01:00"
EN_META = "2026-03-11T06:50:00+00:00"
FR_ENTRIES = [
    ("16 h 20", "La mairie annonce que les écoles resteront fermées demain jeudi dans toute la commune."),
    ("14 h 05", "La digue du port a cédé sur une vingtaine de mètres, selon les pompiers."),
    ("8 h 30", "Bonjour et bienvenue dans ce direct consacré aux crues de la Loire."),
]
EN_ENTRIES = [
    ("4:20 p.m.", "The council said schools would stay closed tomorrow across the town."),
    ("2:05 p.m.", "A section of the harbour wall has collapsed, firefighters said."),
    ("8:30 a.m.", "Good morning and welcome to our live coverage of the floods."),
]


@pytest.mark.parametrize(("lang", "entries", "meta", "first"), [
    ("fr", FR_ENTRIES, FR_META, "16 h 20"),
    ("en", EN_ENTRIES, EN_META, "4:20 p.m."),
])
def test_live_entry_times_are_put_back_on_the_page_day(tmp_path: Path, lang: str, entries: list[tuple[str, str]],
                                                       meta: str, first: str) -> None:
    title = "Crues : le direct" if lang == "fr" else "Floods: live"
    article = one_article(save(tmp_path, f"live_{lang}.html", live_page(lang, title, entries, meta)))
    for hour, text in entries:
        assert f"{hour}\n\n{text}" in article.text
    assert "09/03/2026" not in article.text.split(entries[-1][1])[0], "no teaser's date before the last entry"
    found = {m.text: m for m in article_dates(article, OPTIONS)}
    stamp = found[first]
    assert stamp.value == dt.date(2026, 3, 11) and stamp.time is not None  # the page's day, not "tomorrow"'s


def test_one_lone_time_is_no_live_page() -> None:
    body = "The council met on Monday.\n\nIt voted the budget."
    assert entry_times.restore(body, ["Headline", "7:30 p.m.", "The council met on Monday."]) == body


def test_a_teaser_time_and_what_the_body_dropped_are_not_brought_back() -> None:
    body = "Le conseil s'est réuni lundi.\n\nIl a voté le budget."
    blocks = ["Titre", "18 h 40", "Le conseil s'est réuni lundi.", "12 h 10", "Autre article du jour",  # a teaser
              "9 h 00", "Un paragraphe que le corps n'a pas gardé."]
    assert entry_times.restore(body, blocks) == body


def test_times_before_kept_paragraphs_are_put_back() -> None:
    body = "• Le conseil s'est réuni lundi.\n\nIl a voté le budget."
    blocks = ["18 h 40", "Le conseil s'est réuni lundi.", "17 h", "Il a voté le budget."]
    assert entry_times.restore(body, blocks) == ("18 h 40\n\n• Le conseil s'est réuni lundi.\n\n17 h\n\n"
                                                 "Il a voté le budget.")


def test_the_entries_read_as_before_with_their_times(tmp_path: Path) -> None:
    """The entry's paragraph is the same text with or without its time before it: its events and actors too."""
    from timeline import extract

    timed = save(tmp_path, "timed.html", live_page("fr", "Crues : le direct", FR_ENTRIES, FR_META))
    bare = save(tmp_path, "bare.html", live_page("fr", "Crues : le direct", [("", t) for _, t in FR_ENTRIES], FR_META))

    def rows(path: Path) -> list[tuple[dt.date, str, tuple[str, ...]]]:
        return sorted((e.date, e.event_type, e.actors) for e in extract([path], OPTIONS).events)

    assert rows(timed) == rows(bare)
