"""Property-based tests (Hypothesis) over article-like text: stories, dates, mentions, merged events.

Texts are glued from fragments people meet in news pages (French and English date phrases, trigger
words, names, photo credits, teaser markers, datelines, punctuation) mixed with random unicode.
Properties: nothing raises; every span is inside the text and ``text == source[start:end]``;
ranges end on or after their start; years stay within Options' bounds; event ids are stable (the
same input twice, or the articles in another order, give the same ids).

The default run uses the 'default' profile (tests/conftest.py, 150 cases each). The ``fuzz``-marked
copies run only under HYPOTHESIS_PROFILE=fuzz (10,000 cases each):

    HYPOTHESIS_PROFILE=fuzz .venv/bin/pytest -m fuzz -p no:cacheprovider tests/test_fuzz.py \
        --hypothesis-show-statistics

spaCy NER is off (``use_ner=False``): the properties are about offsets and ids, which the rule layer
and the model share, and the model would make 10,000 cases take hours on this machine.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction import ingest, merge, pipeline
from timeline.extraction.dates.context import lowest_year
from timeline.models import EVENT_TYPES, PRECISIONS, Article
from timeline.settings import Options

FUZZ = os.environ.get("HYPOTHESIS_PROFILE", "").startswith("fuzz")  # 'fuzz', or a variant of it
long_run = pytest.mark.skipif(not FUZZ, reason="long run: HYPOTHESIS_PROFILE=fuzz (make fuzz), 10,000 cases each")

# ---------------------------------------------------------------- fragments

DATES_FR = [
    "le 3 mars 2025", "samedi 22 mars", "du 17 au 20 décembre 2025", "hier", "le lendemain", "la veille",
    "en 2024", "mi-janvier", "le 1er mai", "fin 2025", "31/12/2024", "le 29 février 2023", "le 31 avril 2025",
    "lundi dernier", "mardi prochain", "il y a trois jours", "le 15 août 1945", "le 2 septembre", "en décembre",
    "du 28 février au 2 mars", "cette semaine", "au premier trimestre 2026", "le 20/12", "2025-2030", "n°57",
]
DATES_EN = [
    "on March 3, 2025", "Saturday, March 22", "from 17 to 20 December 2025", "yesterday", "last week",
    "in Q3 2025", "early January", "2025-12-20", "Dec. 5", "on 1 May", "next Tuesday", "two days ago",
    "between June 2 and 4", "in 2099", "in 1899", "on February 30",
]
TRIGGERS = [
    "a reçu", "le congrès", "la conférence", "a rencontré", "visite officielle", "le sommet", "a signé",
    "l'élection", "consultation politique", "la réunion", "a inauguré", "la session", "le forum", "a décidé",
    "met with", "held talks", "summit", "the congress", "inaugurated", "decree", "visited", "the conference",
]
NAMES = [
    "Tô Lâm", "Pham Minh Chinh", "Emmanuel Macron", "l'ASEAN", "le Vietnam", "Laos", "Lê Hoài Trung", "Hanoï",
    "Đà Nẵng", "le Premier ministre", "le secrétaire général", "the Prime Minister", "NHAT BAC", "VNA",
    "l'Assemblée nationale", "Thongsavanh Phomvihane", "Japan", "la France",
]
NOISE = [
    "Photo: VNA", "Photo : NHAT BAC", "(VNA)", "Voir plus", "Read more", "Lire aussi", "VNA/CVN",
    "Source : https://example.org/2025/12/20/x.html", "Hanoï, 16 septembre (VNA) –", "Publié le 24/01/2026",
    "Par Nguyen Van A", "https://fr.vietnamplus.vn/x-post1234.vnp", "Photo d'illustration",
]
PUNCTUATION = [".", ",", ";", ":", "!", "?", "«", "»", "–", "-", "(", ")", "\n", "\n\n", "  ", "\t", "’", "\r\n"]
HOSTILE = ["<script>alert(1)</script>", "[x](javascript:alert(1))", "![x](http://evil.example/x.png)", "\x00",
           "\u202e", "\ufeff", "🗓️", "ß", "İ", "ﬁ", "\u0301", "\ud7ff"]

FRAGMENTS = DATES_FR + DATES_EN + TRIGGERS + NAMES + NOISE + PUNCTUATION + HOSTILE
fragment = st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS), st.text(max_size=8))
article_text = st.lists(fragment, max_size=60).map(" ".join)
references = st.one_of(st.none(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
languages = st.sampled_from([None, "fr", "en"])


def options(reference: dt.date | None) -> Options:
    return Options(reference_date=reference, use_ner=False)


def make(text: str, reference: dt.date | None, lang: str | None, name: str = "fuzz.txt") -> Article:
    return ingest.make_article(name, text, name, options(reference), lang=lang)


def within(start: int, end: int, text: str) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))


# ---------------------------------------------------------------- properties


def check_article(text: str, reference: dt.date | None, lang: str | None) -> None:
    article = make(text, reference, lang)
    assert article.text == text
    opts = options(reference)
    if article.reference_date is not None:
        assert opts.earliest_year <= article.reference_date.year <= opts.latest_year
    previous = 0
    for index, story in enumerate(article.stories):
        within(story.start, story.end, text)
        assert story.start < story.end
        assert story.start >= previous, "stories are sorted and do not overlap"
        previous = story.end
        assert story.index == index
        assert story.kind in ("main", "teaser")
    for noise in article.noise:
        within(noise.start, noise.end, text)
        assert noise.start < noise.end


def check_dates(text: str, reference: dt.date | None, lang: str | None) -> None:
    article = make(text, reference, lang)
    opts = options(reference)
    previous = 0
    for m in pipeline.article_dates(article, opts):
        within(m.start, m.end, text)
        assert text[m.start:m.end] == m.text
        assert m.start >= previous
        previous = m.end
        floor = lowest_year(m.rule, opts)
        assert floor <= m.value.year <= opts.latest_year
        assert m.precision in PRECISIONS
        if m.end_value is not None:
            assert m.end_value >= m.value
            assert floor <= m.end_value.year <= opts.latest_year


def check_mentions(text: str, reference: dt.date | None, lang: str | None) -> None:
    article = make(text, reference, lang)
    opts = options(reference)
    for m in pipeline.extract_article(article, opts):
        assert m.article_id == article.id
        within(m.sentence_start, m.sentence_start + len(m.sentence), text)
        assert text[m.sentence_start:m.sentence_start + len(m.sentence)] == m.sentence
        if m.date_source == "text":
            within(m.date_start, m.date_end, text)
            assert text[m.date_start:m.date_end] == m.date_text
        assert m.event_type in EVENT_TYPES
        assert m.status in ("held", "planned")
        assert m.precision in PRECISIONS
        assert lowest_year("year", opts) <= m.date.year <= opts.latest_year  # "founded in 1865" may date one
        if m.end_date is not None:
            assert m.end_date >= m.date
        assert 0 <= m.story_index < max(len(article.stories), 1)
        assert 0.0 <= m.confidence <= 1.0


def extract_ids(articles: Sequence[Article]) -> dict[str, tuple[str, ...]]:
    """event id -> sorted sources, for articles run through steps 2-4."""
    opts = options(None)
    mentions = [m for a in articles for m in pipeline.extract_article(a, opts)]
    events, merged = merge.merge(mentions)
    ids = [e.event_id for e in events]
    assert len(ids) == len(set(ids)), "event ids are unique"
    assert {m.event_id for m in merged} <= set(ids), "every mention points to an event"
    for e in events:
        if e.end_date is not None:
            assert e.end_date >= e.date
        assert e.n_sources == len(set(e.sources))
        assert set(e.sources) <= {a.id for a in articles}
    return {e.event_id: tuple(sorted(e.sources)) for e in events}


def check_stable_ids(texts: list[str], reference: dt.date | None, order: list[int]) -> None:
    articles = [make(t, reference, None, name=f"a{i}.txt") for i, t in enumerate(texts)]
    first = extract_ids(articles)
    assert extract_ids(articles) == first, "the same input twice gives the same ids"
    assert extract_ids([articles[i] for i in order]) == first, "the order of the articles does not matter"


def check_pipeline_on_bytes(data: bytes, ext: str) -> None:
    """Raw uploaded bytes (any extension) -> read_bytes -> the whole pipeline: no exception."""
    articles, problems = ingest.read_bytes("fuzz" + ext, data, options(None))
    assert articles or problems
    result = pipeline.extract(articles, options(None))
    for event in result.events:
        assert set(event.sources) <= {a.id for a in articles}


texts_and_order = st.lists(article_text, min_size=1, max_size=3).flatmap(
    lambda texts: st.tuples(st.just(texts), st.permutations(list(range(len(texts))))))
raw_bytes = st.one_of(
    st.binary(max_size=400),
    article_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    article_text.map(lambda t: t.encode("utf-16")),
    article_text.map(lambda t: t.encode("latin-1", "replace")),
)
extensions = st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".mht", ".eml"])


# ---------------------------------------------------------------- the default run (profile 'default')


@given(article_text, references, languages)
def test_article_spans_are_well_formed(text: str, reference: dt.date | None, lang: str | None) -> None:
    check_article(text, reference, lang)


@given(article_text, references, languages)
def test_dates_of_articles_are_well_formed(text: str, reference: dt.date | None, lang: str | None) -> None:
    check_dates(text, reference, lang)


@given(article_text, references, languages)
def test_mentions_point_into_the_text(text: str, reference: dt.date | None, lang: str | None) -> None:
    check_mentions(text, reference, lang)


@given(texts_and_order, references)
def test_event_ids_are_stable(texts_order: tuple[list[str], list[int]], reference: dt.date | None) -> None:
    check_stable_ids(texts_order[0], reference, texts_order[1])


@given(raw_bytes, extensions)
def test_any_upload_goes_through_the_pipeline(data: bytes, ext: str) -> None:
    check_pipeline_on_bytes(data, ext)


# ---------------------------------------------------------------- the long run (profile 'fuzz', `make fuzz`)


@pytest.mark.fuzz
@long_run
@given(article_text, references, languages)
def test_fuzz_article_spans(text: str, reference: dt.date | None, lang: str | None) -> None:
    check_article(text, reference, lang)


@pytest.mark.fuzz
@long_run
@given(article_text, references, languages)
def test_fuzz_dates_of_articles(text: str, reference: dt.date | None, lang: str | None) -> None:
    check_dates(text, reference, lang)


@pytest.mark.fuzz
@long_run
@given(article_text, references, languages)
def test_fuzz_mentions(text: str, reference: dt.date | None, lang: str | None) -> None:
    check_mentions(text, reference, lang)


@pytest.mark.fuzz
@long_run
@given(texts_and_order, references)
def test_fuzz_event_ids(texts_order: tuple[list[str], list[int]], reference: dt.date | None) -> None:
    check_stable_ids(texts_order[0], reference, texts_order[1])


@pytest.mark.fuzz
@long_run
@given(raw_bytes, extensions)
def test_fuzz_uploads(data: bytes, ext: str) -> None:
    check_pipeline_on_bytes(data, ext)
