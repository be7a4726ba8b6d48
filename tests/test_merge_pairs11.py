"""Merging, round eleven (issue 13): the same event told by two articles comes out once, two events stay two.

Pairs of our own short articles (both languages, and across them), run through the real date engine and event
rules (no NER), then merged as one corpus:

- a number that counts something ("a 47-year-old", "62 ans") or a live blog's clock time ("09h15 -") is no
  identifier of the event, so it no longer keeps two tellings of one death apart (merge_numbers.identifiers);
- an amount of money is evidence across languages: "€200 million" and "200 millions d'euros" (merge_numbers.amounts);
- two tellings from other stories that each name two people of their own or more, none in common, are two
  happenings even on one day, of one type, in one city (merge_apart.strangers); a side naming fewer may name by a
  title who the other names, and still merges; an identifying number still tells "13th" from "14th";
- in one story, two typed tellings of one day with other predicates, one naming nobody, told at two moments of the
  day (a night, a morning) are two happenings (merge_apart._other_moment).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction import merge as merging
from timeline.extraction.merge_numbers import amounts, identifiers
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Story
from timeline.settings import Options

NO_NER = Options(use_ner=False)


def article(article_id: str, lang: str, reference: dt.date, text: str) -> Article:
    return Article(id=article_id, text=text, source=f"{article_id}.txt", lang=lang, reference_date=reference,
                   stories=(Story(0, 0, len(text)),))


def merged(articles: list[Article]) -> tuple[list[list[str]], list[str]]:
    """The article ids of each event's tellings, and the event types, for a corpus of articles."""
    mentions = [m for a in articles for m in extract_article(a, NO_NER)]
    assert {m.article_id for m in mentions} == {a.id for a in articles}, [(m.article_id, m.trigger) for m in mentions]
    events, tellings = merging.merge(mentions)
    by_event: dict[str, list[str]] = {}
    for mention in tellings:
        by_event.setdefault(mention.event_id, []).append(mention.article_id)
    return sorted(sorted(ids) for ids in by_event.values()), [e.event_type for e in events]


ONE_EVENT = [
    ("en: a live blog's timed entry and the next day's report giving the victim's age", [
        article("blog", "en", dt.date(2026, 9, 14),
                "09:15 - A cyclist died this morning in Harwick after being hit by a lorry, police said."),
        article("daily", "en", dt.date(2026, 9, 15),
                "A 47-year-old cyclist died on Monday morning in Harwick after he was hit by a lorry on the ring "
                "road.")]),
    ("fr : l'entrée horodatée d'un direct et le quotidien du lendemain qui donne l'âge", [
        article("blog", "fr", dt.date(2026, 9, 14),
                "09h15 - Un cycliste est mort ce matin à Vernay, percuté par un camion, selon les gendarmes."),
        article("daily", "fr", dt.date(2026, 9, 15),
                "Un cycliste de 47 ans est mort lundi matin à Vernay, percuté par un camion sur la rocade.")]),
    ("across languages: one loan, 'yesterday' in English, 'mardi' in French, the amount in both", [
        article("wire_en", "en", dt.date(2026, 2, 11),
                "Portugal and Morocco yesterday signed a €200 million loan agreement to build a desalination plant "
                "near Agadir."),
        article("wire_fr", "fr", dt.date(2026, 2, 10),
                "Le Portugal et le Maroc ont signé mardi à Rabat un accord de prêt de 200 millions d'euros pour une "
                "usine de dessalement.")]),
    ("fr : le Premier ministre nommé d'un côté, désigné par son titre de l'autre, qui nomme le préfet", [
        article("a", "fr", dt.date(2026, 11, 10),
                "Le Premier ministre, Thomas Lermier, s'est rendu hier à Brest, où il a présidé une réunion de crise "
                "à la préfecture."),
        article("b", "fr", dt.date(2026, 11, 9),
                "Le chef du gouvernement s'est rendu lundi à Brest, à la préfecture du Finistère, pour une réunion de "
                "crise avec le préfet Alain Espinasse.")]),
    ("fr : un contrat, deux journaux, le montant dans les deux", [
        article("a", "fr", dt.date(2026, 6, 9),
                "La région Occitanie et la société Veltrane ont signé lundi un contrat de 120 millions d'euros pour "
                "des trains neufs."),
        article("b", "fr", dt.date(2026, 6, 10),
                "Un contrat de 120 millions d'euros a été signé avant-hier à Toulouse entre Veltrane et le conseil "
                "régional.")]),
]


@pytest.mark.parametrize(("name", "articles"), ONE_EVENT, ids=[n[:50] for n, _ in ONE_EVENT])
def test_two_tellings_of_one_event_come_out_once(name: str, articles: list[Article]) -> None:
    groups, _ = merged(articles)
    assert groups == [sorted(a.id for a in articles)], name


TWO_EVENTS = [
    ("en: two meetings in Geneva on one Monday, other people", [
        article("a", "en", dt.date(2026, 3, 2),
                "Foreign Minister Claire Vautrin met her Norwegian counterpart Lars Hovland in Geneva on Monday."),
        article("b", "en", dt.date(2026, 3, 2),
                "Trade envoy Maria Costa met Swiss Economy Minister Peter Aebi in Geneva on Monday.")]),
    ("fr : deux rencontres à Genève le même lundi, d'autres personnes", [
        article("a", "fr", dt.date(2026, 3, 2),
                "La ministre Claire Vautrin a rencontré lundi à Genève son homologue norvégien Lars Hovland."),
        article("b", "fr", dt.date(2026, 3, 2),
                "L'envoyée commerciale Maria Costa a rencontré lundi à Genève le ministre suisse de l'Economie "
                "Peter Aebi.")]),
    ("across languages: two meetings in Geneva on one Monday", [
        article("a", "fr", dt.date(2026, 3, 2),
                "La ministre Claire Vautrin a rencontré lundi à Genève son homologue norvégien Lars Hovland."),
        article("b", "en", dt.date(2026, 3, 2),
                "Trade envoy Maria Costa met Swiss Economy Minister Peter Aebi in Geneva on Monday.")]),
    ("across languages: two deals of one day sharing a country, other amounts", [
        article("a", "en", dt.date(2026, 2, 11),
                "Portugal and Morocco yesterday signed a €200 million loan agreement to build a desalination plant "
                "near Agadir."),
        article("b", "fr", dt.date(2026, 2, 10),
                "L'Espagne et le Maroc ont signé mardi à Rabat un accord de 75 millions d'euros sur la pêche.")]),
    ("en: the 13th and the 14th meeting of one body on one day", [
        article("a", "en", dt.date(2026, 4, 7),
                "The 13th meeting of the Danube Water Commission opened in Vienna on Tuesday."),
        article("b", "en", dt.date(2026, 4, 7),
                "The 14th meeting of the Danube Water Commission opened in Vienna on Tuesday.")]),
]


@pytest.mark.parametrize(("name", "articles"), TWO_EVENTS, ids=[n[:50] for n, _ in TWO_EVENTS])
def test_two_events_of_one_type_and_day_stay_apart(name: str, articles: list[Article]) -> None:
    groups, types = merged(articles)
    assert groups == [[a.id] for a in sorted(articles, key=lambda a: a.id)], name
    assert len(set(types)) == 1, f"{name}: the pair must test one type, got {types}"


ONE_STORY = [
    ("fr", "La tempête Zélie a frappé la côte cette nuit. Un pêcheur est mort ce matin à Kerlan, emporté par une "
           "vague.", 2),
    ("en", "The storm hit the coast tonight. A fisherman died this morning in Kerlan after being swept away by a wave.",
     2),
    ("fr", "Un incendie s'est déclaré ce matin dans une usine de Vernay. L'incendie a été maîtrisé en fin de matinée, "
           "selon les pompiers.", 1),
]


@pytest.mark.parametrize(("lang", "text", "rows"), ONE_STORY, ids=[t[:40] for _, t, _ in ONE_STORY])
def test_one_story_one_day_two_moments_are_two_happenings(lang: str, text: str, rows: int) -> None:
    """merge_apart._other_moment: typed tellings of one story and day, other predicates, one naming nobody, told at
    times of day that do not overlap (a night, a morning) are two rows; one moment told twice stays one."""
    one = article("x", lang, dt.date(2026, 1, 12), text)
    mentions = extract_article(one, NO_NER)
    assert len(mentions) == 2 and len({m.event_type for m in mentions}) == 1, [(m.trigger, m.time) for m in mentions]
    assert all(m.time for m in mentions), [(m.trigger, m.time) for m in mentions]
    events, _ = merging.merge(mentions)
    assert len(events) == rows, [e.title for e in events]


@pytest.mark.parametrize(("title", "expected"), [
    ("13e réunion du Comité mixte", {"13"}),
    ("The 14th meeting of the commission", {"14"}),
    ("résolution 57 du Conseil", {"57"}),
    ("deuxième consultation politique", {"2"}),
    ("Un homme de 62 ans est mort", set()),
    ("A 47-year-old cyclist died", set()),
    ("08h30 - Un homme est mort", set()),
    ("15:05 - Three killed in a crash", set()),
    ("à 8 h 30, le 12e congrès s'ouvre", {"12"}),
    ("La Bourse a reculé de 1,2 % lundi", set()),
    ("40 000 foyers privés de courant", set()),
    ("rafales à 178 km/h", set()),
    ("Le sommet de 2026", set()),
])
def test_identifying_numbers_leave_out_quantities_and_clock_times(title: str, expected: set[str]) -> None:
    assert identifiers(title) == frozenset(expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They signed a €350 million agreement", {"350m"}),
    ("un accord de 350 millions d'euros", {"350m"}),
    ("EUR 350m in loans", {"350m"}),
    ("un prêt de 1,2 milliard de dollars", {"1.2b"}),
    ("a $1.2bn bond", {"1.2b"}),
    ("un chèque de 2 500 euros", {"2500"}),
    ("a fine of 30 billion yen", {"30b"}),
    ("11,500 gigawatt-hours, up 6 per cent", set()),
    ("le 12 mars, 45 % de hausse", set()),
])
def test_amounts_of_money_read_alike_in_both_languages(sentence: str, expected: set[str]) -> None:
    assert amounts(sentence) == frozenset(expected)


def test_written_dev_pairs_scored_with_their_dates_given() -> None:
    """benchmarks.written_set.given_dates_pipeline dates each article by its gold reference date: what merging does
    once a year-less dateline no longer leaves one article of a pair undated (the pairs' own errors: dev only)."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from benchmarks import evaluate as ev
    from benchmarks import written_set as ws

    case = next(c for c in ws.load_split("dev") if c.name == "pair_kenya")
    preds, refs, n_articles, _ = ws.given_dates_pipeline(case)
    assert n_articles == 2
    assert refs == {k: v for k, v in case.reference_dates.items() if v is not None}
    result = ev.score_case(case, preds, refs)
    assert sum(t.merged for t in result.tallies.values()) >= 1, result.diff()
