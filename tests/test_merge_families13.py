"""Merging across types and days, round thirteen (issue 13): one happening told by two articles that type it apart
or date it a day apart (``merge_families``; the families and the words of the night are data in lang/merge.yaml).

Short articles of our own (English, French, across them), run through the real date engine and event rules (no NER)
and merged as one corpus:

- a council's "session" and the councillors who "met", one day, one mayor: one row (a family: meeting ~ session),
  in English and across English and French;
- a storm told "cette nuit" in Monday's paper and "dans la nuit de dimanche à lundi" in Tuesday's, and an explosion
  "late on Saturday" told on Sunday by another article: one row, dated by the earlier day;
- and what stays apart: two meetings of one city and one Tuesday naming other people; a signing and a meeting of one
  mayor and day (two families); the explosion told "on Saturday" and "on Sunday" (no word of the night); two days
  apart; a day apart told within one article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import lang as lexicon
from timeline.extraction import merge as merging
from timeline.extraction.merge_families import early_told, family, late_told, related
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Mention, Story
from timeline.settings import Options

NO_NER = Options(use_ner=False)
WEDNESDAY = dt.date(2026, 6, 10)
MONDAY = dt.date(2026, 6, 8)
TUESDAY = dt.date(2026, 6, 9)


def article(article_id: str, lang: str, reference: dt.date, text: str) -> Article:
    return Article(id=article_id, text=text, source=f"{article_id}.txt", lang=lang, reference_date=reference,
                   stories=(Story(0, 0, len(text)),))


def tellings(articles: list[Article]) -> list[Mention]:
    """The tellings of a corpus of articles, merged (every article must give one)."""
    mentions = [m for a in articles for m in extract_article(a, NO_NER)]
    assert {m.article_id for m in mentions} == {a.id for a in articles}, [(m.article_id, m.trigger) for m in mentions]
    return merging.merge(mentions)[1]


def rows(articles: list[Article]) -> int:
    """How many merged rows the corpus's tellings make."""
    return len({m.event_id for m in tellings(articles)})


ONE = [
    ("en: a session and a meeting of one council, one mayor, one Tuesday (meeting ~ session)", [
        article("a", "en", WEDNESDAY, "The town council of Lyon held an extraordinary session on Tuesday on the school "
                                      "canteen contract, chaired by Mayor Anne Verlaine."),
        article("b", "en", WEDNESDAY, "Lyon councillors met on Tuesday with Mayor Anne Verlaine to settle the school "
                                      "canteen contract.")]),
    ("across languages: 'session' and 'réunion' of one council and mayor", [
        article("a", "en", WEDNESDAY, "Mayor Anne Verlaine chaired an extraordinary session of the Lyon council on "
                                      "Tuesday on the flood relief plan."),
        article("b", "fr", WEDNESDAY, "La maire Anne Verlaine a présidé mardi une réunion du conseil de Lyon sur le "
                                      "plan d'aide aux sinistrés.")]),
    ("fr: a storm 'cette nuit' in Monday's paper, 'dans la nuit de dimanche à lundi' in Tuesday's", [
        article("a", "fr", MONDAY, "La tempête Ysolde a frappé Bordeaux cette nuit, avec des rafales à 150 km/h."),
        article("b", "fr", TUESDAY, "La tempête Ysolde a balayé Bordeaux dans la nuit de dimanche à lundi.")]),
    ("en: an explosion 'late on Saturday', told 'on Sunday' by another article", [
        article("a", "en", MONDAY, "An explosion tore through the Harwick paper mill in Marseille late on Saturday, "
                                   "firefighters said."),
        article("b", "en", MONDAY, "The explosion at the Harwick paper mill in Marseille happened on Sunday, the "
                                   "owners said.")]),
]

TWO = [
    ("en: two meetings of one city and one Tuesday, other people (a session, unions that met)", [
        article("a", "en", WEDNESDAY, "The town council of Lyon held an extraordinary session on Tuesday on school "
                                      "meals, chaired by Mayor Anne Verlaine."),
        article("b", "en", WEDNESDAY, "Fishing unions met in Lyon on Tuesday with minister Paul Okonjo to discuss new "
                                      "quotas.")]),
    ("fr: deux réunions de Lyon le même mardi, d'autres gens (une séance, des syndicats reçus)", [
        article("a", "fr", WEDNESDAY, "Le conseil municipal de Lyon a tenu mardi une séance extraordinaire sur les "
                                      "cantines, présidée par la maire Anne Verlaine."),
        article("b", "fr", WEDNESDAY, "Le ministre Paul Okonjo a rencontré mardi à Lyon les syndicats de pêcheurs sur "
                                      "les quotas.")]),
    ("en: a signing and a meeting of one mayor and day (two families)", [
        article("a", "en", WEDNESDAY, "Mayor Anne Verlaine signed the canteen contract on Tuesday in Lyon."),
        article("b", "en", WEDNESDAY, "Mayor Anne Verlaine met the canteen contractors on Tuesday in Lyon.")]),
    ("en: an explosion 'on Saturday' and one 'on Sunday': no word of the night", [
        article("a", "en", MONDAY, "An explosion tore through the Harwick paper mill in Marseille on Saturday, "
                                   "firefighters said."),
        article("b", "en", MONDAY, "The explosion at the Harwick paper mill in Marseille happened on Sunday, the "
                                   "owners said.")]),
    ("en: 'late on Friday' and 'on Sunday': two days apart", [
        article("a", "en", MONDAY, "An explosion tore through the Harwick paper mill in Marseille late on Friday, "
                                   "firefighters said."),
        article("b", "en", MONDAY, "The explosion at the Harwick paper mill in Marseille happened on Sunday, the "
                                   "owners said.")]),
]


@pytest.mark.parametrize(("label", "articles"), ONE, ids=[label for label, _ in ONE])
def test_one_happening_told_twice_is_one_row(label: str, articles: list[Article]) -> None:
    assert rows(articles) == 1, label


@pytest.mark.parametrize(("label", "articles"), TWO, ids=[label for label, _ in TWO])
def test_two_happenings_stay_two_rows(label: str, articles: list[Article]) -> None:
    assert rows(articles) == 2, label


def test_a_night_told_a_day_apart_takes_the_earlier_day() -> None:
    storm = ONE[2][1]
    merged = tellings(storm)
    assert {m.date for m in merged} == {dt.date(2026, 6, 7), MONDAY}
    events, _ = merging.merge([m for a in storm for m in extract_article(a, NO_NER)])
    assert [e.date for e in events] == [dt.date(2026, 6, 7)]  # the night of Sunday to Monday begins on Sunday


def test_a_day_apart_within_one_article_stays_two_rows() -> None:
    text = ("An explosion tore through the Harwick paper mill in Marseille late on Saturday. "
            "Another explosion hit the Harwick paper mill in Marseille on Sunday.")
    assert rows([article("a", "en", MONDAY, text)]) == 2


def test_families_are_data_and_other_joins_none() -> None:
    families = lexicon.load("merge")["type_families"]
    assert [t for t in families[0] if t in ("meeting", "session")] == ["meeting", "session"]
    assert related("meeting", "session") and related("protest", "incident") and related("vote", "decision")
    assert not related("meeting", "decision") and not related("other", "incident") and not related("visit", "meeting")
    assert family("session") == family("conference") != family("decision")
    assert family("visit") == "visit"  # in no family: its own


def _told(sentence: str, date_text: str, time: str | None = None) -> Mention:
    start = sentence.index(date_text)
    return Mention(mention_id="m", article_id="a", date=MONDAY, end_date=None, precision="day", date_text=date_text,
                   date_start=start, date_end=start + len(date_text), sentence=sentence, sentence_start=0,
                   event_type="incident", trigger="x", title="x", status="held", time=time)


@pytest.mark.parametrize(("sentence", "date_text", "time", "late", "early"), [
    ("The blast hit the depot late on Monday.", "Monday", None, True, False),
    ("L'incendie s'est déclaré tard lundi.", "lundi", None, True, False),
    ("Le séisme a frappé dans la nuit de dimanche à lundi.", "dimanche à lundi", "night", True, True),
    ("The blast hit the depot on Monday.", "Monday", None, False, False),
    ("The blast hit the depot at 9 p.m. on Monday.", "9 p.m. on Monday", "21:00", True, False),
    ("L'attaque a été détectée lundi à 5 h 30.", "lundi à 5 h 30", "05:30", False, True),
    ("Un homme est mort lundi matin.", "lundi matin", "morning", False, False),
])
def test_late_and_early_tellings(sentence: str, date_text: str, time: str | None, late: bool, early: bool) -> None:
    mention = _told(sentence, date_text, time)
    assert (late_told(mention), early_told(mention)) == (late, early)


def test_the_merge_fingerprint_reads_the_families() -> None:
    from timeline.store import remerge

    root = remerge.Path(remerge.__file__).resolve().parent.parent
    read = {f.relative_to(root).as_posix() for pattern in remerge._MERGE_SOURCES for f in root.glob(pattern)}
    assert {"extraction/merge_families.py", "lang/merge.yaml"} <= read
