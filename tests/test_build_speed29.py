"""bld29: what merging loads on first use is loaded while a build's workers extract (merge.prepare); the same merge."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction import gazetteer, merge
from timeline.extraction.actors.lexicon import lex
from timeline.models import Article
from timeline.settings import LANGUAGES, Options

ARTICLES = {
    "fr": "La maire de Lyon a inauguré un pont le 3 mars 2026. Le conseil municipal de Grenoble a voté le budget "
          "le 5 mars 2026, et le préfet a signé un arrêté à Marseille le lendemain.",
    "en": "The mayor of Leeds opened a bridge on March 3, 2026. The city council of Glasgow passed its budget on "
          "March 5, 2026, and the governor signed a decree in Boston the next day.",
}


def _mentions(lang: str) -> list:
    from timeline.extraction import pipeline

    article = Article(id=f"own-{lang}", text=ARTICLES[lang], source="test", reference_date=dt.date(2026, 3, 10),
                      reference_source="user")
    return pipeline.extract_article(article, Options(use_ner=False))


def test_prepare_builds_what_merging_reads() -> None:
    gazetteer._index.cache_clear()
    merge.prepare()
    assert gazetteer._index.cache_info().currsize == 1
    assert lex.cache_info().currsize >= len(LANGUAGES)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_same_merge_cold_and_prepared(lang: str) -> None:
    mentions = _mentions(lang)
    assert mentions
    gazetteer._index.cache_clear()
    gazetteer._town_country.cache_clear()
    cold = merge.merge(mentions)
    gazetteer._index.cache_clear()
    gazetteer._town_country.cache_clear()
    merge.prepare()
    assert gazetteer._index.cache_info().currsize == 1
    assert repr(merge.merge(mentions)) == repr(cold)


def test_build_prepares_while_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.store import build

    called: list[bool] = []
    monkeypatch.setattr(merge, "prepare", lambda: called.append(True))
    plan = object.__new__(build._Build)
    plan.snapshot = None
    plan.previous_merge = None
    plan.read_previous()
    assert called == [True]
