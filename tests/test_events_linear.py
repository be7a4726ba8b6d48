"""Linear time in event detection (issue 15, point 1), checked by counting work, not by timing it.

One sentence without punctuation, full of dates and trigger words, made ``events.detect`` quadratic:
several steps do work per event over the event's whole sentence (its clause, noun phrase, title,
actors), and such a sentence holds every event of the text. Sentences are now cut at
``sentences.MAX_SENTENCE`` characters. ``events.detect`` on adversarial text of our own is traced
line by line (``sys.settrace``, the dates found beforehand and not counted): six times the text may
cost at most ``GROWTH`` times the line events. Without the cut, the one-sentence texts below cost
20-40 times the line events for ten times the text.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest
from linear_support import line_events, repeat

from timeline.extraction import dates, events, ingest
from timeline.extraction.sentences import MAX_SENTENCE, split_sentences
from timeline.settings import Options

OPTIONS = Options(use_ner=False, reference_date=dt.date(2025, 3, 20))
SMALL, LARGE = 4_000, 24_000
"""Both over MAX_SENTENCE, so that both are cut; LARGE is six times SMALL."""
GROWTH = 6 * 1.25
"""Six times the input may cost at most this many times the line events (linear is ~6)."""


ADVERSARIAL: dict[str, tuple[str, Callable[[int], str]]] = {
    "one sentence fr": ("fr", repeat("le ministre a signé un accord le 12 mars 2025 puis a rencontré le président à "
                                      "Hanoï et annoncé une réforme lundi avant de démissionner en avril ")),
    "one sentence en": ("en", repeat("the minister signed an agreement on 12 March 2025 then met the president in "
                                      "Hanoi and announced a reform on Monday before the summit held in April ")),
    "capitalised with triggers": ("fr", repeat("Le Ministre Nguyen Van An Du Comité Central A Signé Le Traité Avec "
                                                "Le Bureau Politique De Hanoï Le 12 Mars 2025 Et ")),
    "news-like": ("fr", repeat("Le Premier ministre a reçu lundi à Hanoï l'ambassadeur du Japon. Les deux parties "
                                "ont signé un accord le 12 mars 2025. Le sommet se tiendra le 3 avril 2026.\n")),
}


def _article(text: str, lang: str) -> tuple[object, list[object]]:
    article = ingest.make_article("linear", text, "linear", OPTIONS, lang=lang)
    found = dates.find_dates(article.text, reference=article.reference_date, lang=article.lang, options=OPTIONS,
                             stories=article.stories)
    return article, found


def _line_events(text: str, lang: str) -> tuple[int, int]:
    """(line events of events.detect, events found)."""
    article, found = _article(text, lang)
    count, mentions = line_events(lambda: events.detect(article, found, OPTIONS))  # type: ignore[arg-type]
    return count, len(mentions)


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Word lists, rules and compiled patterns load on first use: not part of what is counted."""
    for lang, make in ADVERSARIAL.values():
        events.detect(*_article(make(600), lang), OPTIONS)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_detect_work_grows_linearly(name: str) -> None:
    lang, make = ADVERSARIAL[name]
    (small, n_small), (large, n_large) = _line_events(make(SMALL), lang), _line_events(make(LARGE), lang)
    assert n_small > 0 and n_large >= 5 * n_small, f"{name}: the text must tell events ({n_small}, {n_large})"
    assert large <= GROWTH * small, f"{name}: {small} -> {large} line events for {LARGE // SMALL}x the text"


def test_a_long_sentence_is_cut_at_clause_breaks() -> None:
    clause = "le ministre a signé un accord le 12 mars 2025 à Hanoï, "
    text = "Début.\n" + clause * 200 + "fin du texte. Suite courte."
    found = split_sentences(text)
    assert found[0].text == "Début." and found[-1].text == "Suite courte."
    middle = found[1:-1]
    assert len(middle) >= len(clause) * 200 // MAX_SENTENCE
    assert all(len(s.text) <= MAX_SENTENCE for s in found)
    assert all(text[s.start : s.end] == s.text for s in found)
    assert all(s.text.endswith(",") for s in middle[:-1]), "cut after a clause break, not inside a clause"
    assert all(not text[a.end : b.start].strip() for a, b in itertools.pairwise(found)), "nothing lost"


def test_a_sentence_without_spaces_is_cut_too() -> None:
    text = "x" * (2 * MAX_SENTENCE + 10)
    assert [len(s.text) for s in split_sentences(text)] == [MAX_SENTENCE, MAX_SENTENCE, 10]


def test_a_sentence_at_the_limit_is_kept_whole() -> None:
    text = ("mot " * MAX_SENTENCE)[: MAX_SENTENCE - 1] + "."
    assert [s.text for s in split_sentences(text)] == [text]
