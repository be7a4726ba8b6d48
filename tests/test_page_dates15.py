"""A saved page's own date from a byline that writes its clock with a time zone (issues 12, 13, round fifteen).

"By Jane Roe | Some Outlet Name | Tuesday 14 April 2026, 06:15 BST": the byline's date stands alone between the
byline's separators, its clock and zone after it (``clock_zones`` in timeline/lang/ingest.yaml). Before, the zone
kept the date from standing alone and a page with no date metadata lost its date, and every relative date of its
text with it. Every page below is our own, written for these tests, in both languages.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction.ingest import load_articles, page_dates
from timeline.extraction.pipeline import article_dates
from timeline.models import Article
from timeline.settings import Options

OPTIONS = Options(today=dt.date(2026, 12, 4))


def page(tmp_path: Path, name: str, *, lang: str, title: str, byline: str, body: str) -> Path:
    """A saved page without any date metadata: a cookie banner, navigation, the headline, a byline, the body."""
    html = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Radio</title></head>'
            '<body><div class="cookie-banner"><p>Cookies</p><button>OK</button></div>'
            '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>'
            f'<main><article><h1>{title}</h1><p class="byline">{byline}</p>{body}'
            '<div class="share"><a href="#">Facebook</a> <a href="#">Email</a></div></article></main>'
            "<footer><p>© Radio. All rights reserved.</p></footer></body></html>")
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def one_article(path: Path, options: Options = OPTIONS) -> Article:
    articles, problems = load_articles([path], options)
    assert len(articles) == 1, problems
    return articles[0]


def dated_values(article: Article) -> dict[str, str]:
    return {m.text: m.value.isoformat() for m in article_dates(article, OPTIONS)}


EN_BODY = ("<p>Four hikers who were stranded by a snowstorm on a ridge in the Cairngorms have been brought down "
           "safely by a mountain rescue team.</p>"
           "<p>The group set off on Saturday morning and called for help on Sunday evening.</p>"
           "<p>The last of them reached the valley on Monday, the police said.</p>")
FR_BODY = ("<p>Quatre randonneurs bloqués par une tempête de neige sur une crête du Vercors ont été redescendus "
           "sains et saufs par les secouristes en montagne.</p>"
           "<p>Le groupe était parti samedi matin et avait donné l'alerte dimanche soir.</p>"
           "<p>Le dernier d'entre eux a rejoint la vallée lundi, selon la gendarmerie.</p>")


@pytest.mark.parametrize(("lang", "byline", "body", "monday"), [
    ("en", "By Morag Innes | Highland Public Radio | Tuesday 14 April 2026, 06:15 BST", EN_BODY, "Monday"),
    ("en", "By Morag Innes | Highland Public Radio | April 14, 2026, 6:15 a.m. GMT+1", EN_BODY, "Monday"),
    ("fr", "Par Lucie Bernard | Radio Alpes Infos | mardi 14 avril 2026, 06h15 (heure de Paris)", FR_BODY, "lundi"),
    ("fr", "Par Lucie Bernard | Radio Alpes Infos | 14 avril 2026 à 06h15 HEC", FR_BODY, "lundi"),
])
def test_a_byline_date_with_its_clock_and_zone_dates_the_page(tmp_path: Path, lang: str, byline: str, body: str,
                                                                monday: str) -> None:
    article = one_article(page(tmp_path, f"{lang}.html", lang=lang, title="Rescue in the mountains", byline=byline,
                               body=body))
    assert article.reference_date == dt.date(2026, 4, 14)
    assert dated_values(article)[monday] == "2026-04-13"  # the page's relative dates are resolved again
    start = article.text.index(byline)
    assert any(span.kind == "byline" and span.start <= start < span.end for span in article.noise)


def test_the_page_date_wins_over_the_latest_date_of_its_text(tmp_path: Path) -> None:
    body = EN_BODY + "<p>An inquiry will report by 30 June 2026.</p>"
    article = one_article(page(tmp_path, "en.html", lang="en", title="Rescue in the mountains",
                               byline="By Morag Innes | Highland Public Radio | Tuesday 14 April 2026, 06:15 BST",
                               body=body))
    assert article.reference_date == dt.date(2026, 4, 14)


def test_without_the_fix_the_page_would_have_no_date(tmp_path: Path) -> None:
    """The same page with its byline's date taken out: nothing else dates it (what the fix gives back)."""
    article = one_article(page(tmp_path, "en.html", lang="en", title="Rescue in the mountains",
                               byline="By Morag Innes | Highland Public Radio", body=EN_BODY))
    assert article.reference_date is None


@pytest.mark.parametrize(("line", "expected"), [
    ("By Jane Roe | Some Outlet Name | Tuesday 14 April 2026, 06:15 BST", dt.date(2026, 4, 14)),
    ("By Jane Roe | Some Outlet Name | March 3, 2025, 5:30 p.m. ET", dt.date(2025, 3, 3)),
    ("By Jane Roe | Some Outlet Name | 3 March 2025 14:05 (UTC -5)", dt.date(2025, 3, 3)),
    ("Par Jean Roux | Le Journal du Lac | lundi 3 mars 2025 à 14h05 (heure locale)", dt.date(2025, 3, 3)),
    # an update's part never dates the page; the publication's part does
    ("Updated Wednesday 15 April 2026, 09:00 BST | By Jane Roe | Tuesday 14 April 2026, 06:15 BST",
     dt.date(2026, 4, 14)),
])
def test_separated_date_reads_a_clock_and_its_zone(line: str, expected: dt.date) -> None:
    assert page_dates.visible_published(["A headline", line], "A headline") == expected


@pytest.mark.parametrize("part", [
    "Tuesday 14 April 2026 at the CET office",    # a zone word with no clock before it: words, not a stamp
    "14 avril 2026, 06h15 au siège du CET",        # the clock's zone must follow the clock at once
    "March 3, 2025, 5:30 p.m. ET and later",
])
def test_a_zone_word_elsewhere_does_not_make_a_date_alone(part: str) -> None:
    assert not page_dates._date_alone(part)
