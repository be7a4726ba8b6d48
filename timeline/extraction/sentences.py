"""Sentences and clauses with their offsets: the units events are read from.

Pure and language-light: a sentence ends at a line break, or at ``. ! ? …`` followed by space
and a capital letter, a digit or an opening quote (or, on a page glued without spaces, right between a lower-case
word and a capitalised one: "son homologue.Le lendemain"), unless the word before the point is a known
abbreviation ("M.", "Mme.", "Dr.", "St.", "U.S.") or a single initial ("J. Smith"). The
abbreviation lists are data (``abbreviations`` in timeline/lang/<lang>/triggers.yaml).

A sentence longer than ``MAX_SENTENCE`` characters is cut into pieces of at most that length, at
the last clause break (``, ; :``) of each window, else at its last space (issue 15). Events are read
per sentence, and several steps do work per event over its whole sentence (clause, noun phrase,
title, actors): one unbounded sentence full of dates and triggers made ``events.detect`` quadratic.
The longest sentence of our corpora (seeds, tests, golden, all of the real news) is 850 characters.

    split_sentences(text, start, end, lang) -> [Span]   every sentence of text[start:end]
    fold_keep(text)                                    lower case, no accents, SAME length
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from timeline import lang as lexicon


@dataclass(frozen=True)
class Span:
    """A stretch of a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


@functools.cache
def _fold_char(char: str) -> str:
    if char in "’‘ʼ`´":
        return "'"
    if char in "‐‑‒–—―":
        return "-"
    folded = lexicon.fold(char)
    return folded if len(folded) == 1 else char.lower()[:1] or char


def fold_keep(text: str) -> str:
    """``lexicon.fold`` that keeps every offset: one character in, one character out.

    Curly apostrophes become ``'`` and dashes become ``-`` so patterns can be written once.
    """
    if text.isascii():
        return text.lower()
    return text.translate({ord(c): _fold_char(c) for c in set(text)})


@functools.cache
def _abbreviations(lang: str) -> frozenset[str]:
    words: set[str] = set()
    for name in (f"{lang}/triggers", "en/triggers"):
        words.update(lexicon.fold(w).rstrip(".") for w in lexicon.load(name).get("abbreviations", []) or [])
    return frozenset(words)


MAX_SENTENCE = 2_000
"""Longest sentence events are read from; a longer one is cut (see the module's docstring)."""

_END = re.compile(r"[.!?…]+[»”\"')\]]*(?=\s+[\"«“'(\[]?[A-ZÀ-ÖØ-ÞĐ0-9])"
                  r"|(?<=[a-zß-öø-ÿ]{2})[.!?…]+[»”\"')\]]*(?=[A-ZÀ-ÖØ-ÞĐ][a-zß-öø-ÿ])")
"""A sentence end: a point and space before a capital, a digit or a quote; or, on a page glued without spaces
("son homologue.Le lendemain", "three hours.Photo"), a point between a lower-case word and a capitalised one (two
lower-case letters before it, so initials and "U.S." never end a sentence)."""
_LINE = re.compile(r"\n+")
_TAIL = re.compile(r"[\w.]+$")
#: The last word before a sentence end is looked for in this many characters first (the whole stretch
#: since the last cut only when the word is longer): a long line with many abbreviations stays linear.
TAIL_REACH = 64


def _cut_line(text: str, offset: int, lang: str) -> list[Span]:
    """Split one line (no newline inside) at sentence ends."""
    spans: list[Span] = []
    begin = 0
    abbreviations = _abbreviations(lang)
    for match in _END.finditer(text):
        near = max(begin, match.start() - TAIL_REACH)
        tail = _TAIL.search(text, near, match.start())
        if tail is not None and tail.start() == near > begin:
            tail = _TAIL.search(text, begin, match.start())  # the word may start further back
        last_word = tail.group(0).rsplit(".", 1)[-1] if tail else ""
        dotted = tail.group(0).lower() if tail else ""
        folded = lexicon.fold(last_word)
        initial = len(last_word) == 1 and last_word.isupper()
        if match.group(0).startswith(".") and (folded in abbreviations or dotted in abbreviations or initial):
            continue
        spans.append(Span(offset + begin, offset + match.end(), text[begin : match.end()]))
        begin = match.end()
    spans.append(Span(offset + begin, offset + len(text), text[begin:]))
    return spans


def _trim(span: Span) -> Span | None:
    stripped = span.text.strip()
    if not stripped:
        return None
    lead = len(span.text) - len(span.text.lstrip())
    return Span(span.start + lead, span.start + lead + len(stripped), stripped)


_BREAK = re.compile(r"[,;:](?=\s)")


def _bounded(span: Span) -> list[Span]:
    """``span`` as pieces of at most MAX_SENTENCE characters, cut at a clause break or a space.

    Each cut looks at one window of MAX_SENTENCE characters and moves at least half of it on, so the
    work is linear in the sentence's length.
    """
    text = span.text
    if len(text) <= MAX_SENTENCE:
        return [span]
    pieces: list[Span] = []
    begin = 0
    while len(text) - begin > MAX_SENTENCE:
        limit = begin + MAX_SENTENCE
        half = begin + MAX_SENTENCE // 2
        breaks = [m.end() for m in _BREAK.finditer(text, half, limit)]
        cut = breaks[-1] if breaks else text.rfind(" ", half, limit) + 1 or limit
        pieces.append(Span(span.start + begin, span.start + cut, text[begin:cut]))
        begin = cut
    pieces.append(Span(span.start + begin, span.end, text[begin:]))
    return [t for t in map(_trim, pieces) if t is not None]


def split_sentences(text: str, start: int = 0, end: int | None = None, lang: str = "fr") -> list[Span]:
    """Every sentence of ``text[start:end]``, stripped, with offsets into ``text``.

    >>> [s.text for s in split_sentences("M. Hung a parlé. Puis il est parti.\\nFin")]
    ['M. Hung a parlé.', 'Puis il est parti.', 'Fin']
    """
    end = len(text) if end is None else end
    sentences: list[Span] = []
    position = start
    for line_match in [*_LINE.finditer(text, start, end), None]:
        line_end = line_match.start() if line_match else end
        for span in _cut_line(text[position:line_end], position, lang):
            trimmed = _trim(span)
            if trimmed is not None:
                sentences.extend(_bounded(trimmed))
        if line_match:
            position = line_match.end()
    return sentences


def is_upper_initial(char: str) -> bool:
    """True for a capital letter of any script (used for proper-noun key terms)."""
    return unicodedata.category(char) == "Lu"
