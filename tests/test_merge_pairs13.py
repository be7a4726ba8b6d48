"""Merging, round thirteen (issue 13): what says two tellings are one happening, and what says they are two.

Short articles of our own (English, French, across them), run through the real date engine and event rules (no NER)
and merged as one corpus:

- a nameless telling and another of one place narrower than a country, one single day and one predicate are one
  happening, across languages too ("funerals" / "funérailles" in Lyon); another city keeps them apart
  (``merge_apart.same_place``);
- in one story, a span told with another word than the day inside it keeps its own date ("floods in early June" and
  "a landslide on Tuesday June 9"), as a day inside a span already did (``merge._match``);
- in one story, a telling that points back at the event by its trigger word after a demonstrative or a word of
  sequence ("After this blast, a landslide ...", "Après cette explosion, un incendie ...") tells a second happening
  of the same day and type (``merge_apart._sequel``; the markers are data: ``sequel_markers`` in lang/merge.yaml).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import lang as lexicon
from timeline.extraction import merge as merging
from timeline.extraction.merge_apart import place_keys
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options
from timeline.store import remerge

NO_NER = Options(use_ner=False)


def article(article_id: str, lang: str, reference: dt.date, text: str) -> Article:
    return Article(id=article_id, text=text, source=f"{article_id}.txt", lang=lang, reference_date=reference,
                   stories=(Story(0, 0, len(text)),))


def rows(articles: list[Article]) -> list[list[str]]:
    """The triggers of each merged row (sorted), for a corpus of articles; every article must give a telling."""
    mentions = [m for a in articles for m in extract_article(a, NO_NER)]
    assert {m.article_id for m in mentions} == {a.id for a in articles}, [(m.article_id, m.trigger) for m in mentions]
    _, tellings = merging.merge(mentions)
    by_event: dict[str, list[str]] = {}
    for mention in tellings:
        by_event.setdefault(mention.event_id, []).append(mention.trigger.lower())
    return sorted(sorted(triggers) for triggers in by_event.values())


DAY = dt.date(2026, 6, 10)

ONE = [
    ("across languages: one funeral, nobody named, one city, 'funerals' and 'funérailles'", [
        article("en", "en", DAY, "Funerals for the victims of the ferry fire will take place in Lyon on Thursday."),
        article("fr", "fr", DAY, "Les funérailles des victimes de l'incendie du ferry auront lieu jeudi à Lyon.")]),
    ("en: one meeting told twice, the same two countries and the same city", [
        article("a", "en", DAY, "Trade negotiators from Norway and Chile met in Lausanne on Tuesday for talks on a "
                                "salmon agreement."),
        article("b", "en", DAY, "Norway and Chile held talks in Lausanne yesterday on a salmon agreement, negotiators "
                                "said.")]),
    ("en: one blast retold in the next sentence, no marker before its word", [
        article("a", "en", dt.date(2026, 5, 18), "On May 16, an explosion destroyed a fuel depot near Varenne. The "
                                                  "explosion killed three workers on May 16.")]),
]

TWO = [
    ("across languages: two funerals of one Thursday, nobody named, in two cities", [
        article("en", "en", DAY, "Funerals for the victims of the ferry fire will take place in Lyon on Thursday."),
        article("fr", "fr", DAY, "Les funérailles des victimes de l'incendie du ferry auront lieu jeudi à "
                                 "Marseille.")]),
    ("fr : une explosion, puis un incendie le même jour qui la désigne ('Après cette explosion')", [
        article("a", "fr", dt.date(2026, 5, 18), "Le 16 mai, une explosion a détruit un dépôt de carburant près de "
                                                  "Varenne. Après cette explosion, un incendie a ravagé l'entrepôt "
                                                  "voisin le 16 mai.")]),
    ("en: a blast, then a landslide the same day pointing back at it ('After this blast')", [
        article("a", "en", dt.date(2026, 5, 18), "On May 16, a blast destroyed a fuel depot near Varenne. After this "
                                                  "blast, a landslide buried the coast road on May 16.")]),
    ("en: a blast, then an attack the same day pointing back at it ('After the blast')", [
        article("a", "en", dt.date(2026, 5, 18), "On May 16, a blast destroyed a fuel depot near Varenne. After the "
                                                  "blast, rioters attacked the police station on May 16.")]),
    ("fr : des inondations début juin, une crue le mardi 9 juin : le jour ne prend pas la période", [
        article("a", "fr", dt.date(2026, 6, 12), "Des inondations ont touché douze villages début juin. Une nouvelle "
                                                  "crue a inondé le centre-ville mardi 9 juin.")]),
    ("en: floods in early June, a landslide on Tuesday June 9: the span keeps its own date", [
        article("a", "en", dt.date(2026, 6, 12), "Floods hit twelve villages in early June. A landslide buried the "
                                                  "coast road on Tuesday June 9.")]),
]


@pytest.mark.parametrize(("label", "articles"), ONE, ids=[label for label, _ in ONE])
def test_one_happening_comes_out_once(label: str, articles: list[Article]) -> None:
    found = rows(articles)
    assert len(found) == 1, found


@pytest.mark.parametrize(("label", "articles"), TWO, ids=[label for label, _ in TWO])
def test_two_happenings_stay_two(label: str, articles: list[Article]) -> None:
    found = rows(articles)
    assert len(found) == 2, found


def test_the_span_and_the_day_keep_their_dates() -> None:
    text = "Floods hit twelve villages in early June. A landslide buried the coast road on Tuesday June 9."
    mentions = extract_article(article("a", "en", dt.date(2026, 6, 12), text), NO_NER)
    events, _ = merging.merge(mentions)
    assert sorted((e.precision, e.date.isoformat()) for e in events) == [("day", "2026-06-09"),
                                                                        ("month", "2026-06-01")]


def test_place_keys_leave_out_countries_and_read_one_place_in_any_spelling() -> None:
    assert place_keys(["Hanoï"]) == place_keys(["Hanoi"]) == place_keys(["Hà Nội"])
    assert place_keys(["France", "Norway", "Vietnam"]) == frozenset()
    assert place_keys(["Lyon", "France"]) == place_keys(["Lyon"])


def test_sequel_markers_are_data_in_both_languages() -> None:
    markers = {lexicon.fold(str(w)) for w in lexicon.load("merge")["sequel_markers"]}
    assert {"cette", "apres", "this", "after"} <= markers


def test_the_merge_fingerprint_reads_every_merge_module() -> None:
    root = remerge.Path(remerge.__file__).resolve().parent.parent
    read = {f.relative_to(root).as_posix() for pattern in remerge._MERGE_SOURCES for f in root.glob(pattern)}
    assert {"extraction/merge.py", "extraction/merge_apart.py", "extraction/merge_numbers.py", "lang/merge.yaml",
            "extraction/events/verb_readings.py"} <= read
