"""Sentences, round eight (issue 13): a page glued without spaces or paragraph breaks still splits into sentences.

A copied page often loses the space after a point ("son homologue.Le lendemain"): the whole page became one
sentence, so one event per block. A point between a lower-case word and a capitalised one ends a sentence; initials,
"U.S." and listed abbreviations ("Mme.Durand") do not. Our own sentences, several outlet styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.pipeline import extract_article
from timeline.extraction.sentences import split_sentences
from timeline.models import Article, Story
from timeline.settings import Options

GLUED = [
    ("fr", "Le président a reçu lundi son homologue.Le lendemain, il s'est rendu à Lyon.",
     ["Le président a reçu lundi son homologue.", "Le lendemain, il s'est rendu à Lyon."]),
    ("en", "The minister met union leaders on Monday.The talks lasted three hours.",
     ["The minister met union leaders on Monday.", "The talks lasted three hours."]),
    ("fr", "« Nous irons jusqu'au bout.»Le syndicat a confirmé la grève de jeudi.",
     ["« Nous irons jusqu'au bout.»", "Le syndicat a confirmé la grève de jeudi."]),
    ("en", "Kestrel shares fell 4% on Tuesday!Analysts had expected a rise.",
     ["Kestrel shares fell 4% on Tuesday!", "Analysts had expected a rise."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GLUED, ids=[g[1][:40] for g in GLUED])
def test_a_glued_page_splits_at_its_points(lang: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text, lang=lang)] == expected


NOT_AN_END = [
    ("en", "The U.S. Senate voted on Monday."),
    ("fr", "Mme.Durand et J.-P. Martin ont voté lundi."),
    ("en", "Results are on kestrel.com and the St.Louis office opened."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_AN_END, ids=[n[1][:40] for n in NOT_AN_END])
def test_initials_and_abbreviations_end_nothing(lang: str, text: str) -> None:
    assert [s.text for s in split_sentences(text, lang=lang)] == [text]


def test_a_glued_page_keeps_its_events_apart() -> None:
    """Each happening is read from its own sentence (the date engine reads its tenses on its own: not asserted)."""
    text = ("Le conseil municipal s'est réuni lundi.Le maire a inauguré la nouvelle médiathèque le 16 mai."
            "La foire aux vins se tiendra le 14 juin.")
    article = Article(id="g8", text=text, source="g8.txt", lang="fr", reference_date=dt.date(2026, 5, 20),
                      stories=(Story(0, 0, len(text)),))
    mentions = extract_article(article, Options(use_ner=False))
    found = sorted((m.sentence_start, m.event_type, m.sentence) for m in mentions)
    assert [(t, s) for _, t, s in found] == [
        ("session", "Le conseil municipal s'est réuni lundi."),  # an elected assembly that meets sits (evg14)
        ("ceremony", "Le maire a inauguré la nouvelle médiathèque le 16 mai."),
        ("forum", "La foire aux vins se tiendra le 14 juin."),
    ]
