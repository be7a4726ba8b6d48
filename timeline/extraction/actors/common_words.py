"""A capitalised common word is no name: evidence from the whole ARTICLE, not from a word list.

The borrowed model (and, less often, the rules) reads a capitalised word that opens a sentence, a headline or a
label as a body ("Hackers stole ...", "Bottled water stations opened ...", "EXPLAINER | ...", "Disparition : ...").
Two shapes of evidence settle it, both read in the article the sentence comes from:

* **an opener the article also writes in lower case**: the word stands where any word takes a capital (the start
  of a line or a sentence, after a colon, a dash or a quote), the article writes it in small letters elsewhere
  ("bottled water", "automobile sales") and never with its capital inside a sentence ("... said Apple"). A real
  one-word name keeps its capital wherever it stands, so it is never written in lower case: "Apple", "Orange"
  written capitalised mid-sentence stay names. Nouns that name a body even in small letters ("the senate voted",
  "le gouvernement") stay actors (``org_heads``, ``lowercase_org_heads``, ``named_heads``, ``common_bodies`` in
  lang/<lang>/actors.yaml). A person read with such a word before the name ("Analyst Maria Keller") loses it.
* **a label**: a line that opens with one word (in capitals: of 7 letters or more, not initials), or one
  capitalised word and words in small letters, then ":" or "|" ("EXPLAINER | ...", "Disparition : ...", "Deadline
  day: ...") is a rubric, when the article writes that word nowhere else (any case): a name in a headline
  ("Kestrel: profits up") comes again in the story, and initials ("ONU : ...") are the headline's subject.
* **an opener written once, read by a borrowed model** (round seventeen): in a language read by another
  language's model (``BORROWED_MODELS``: English), the model takes any capitalised opener for a name ("Repair ship
  reaches ...", "Tens of thousands ...", "Management will present ..."). A one-word name that opens a line or a
  sentence and that the article writes nowhere else, in any case, is such an opener: a body or a person the story
  is about is named again. A word with a capital inside it ("KenGen") is name-shaped and kept, and a word after a
  dash is an apposition ("automakers - Ford, Chrysler ..."), not an opener.

``article_words(text)`` reads an article once; ``is_common`` and ``first_word_common`` answer on its offsets, and
``rules.find_entities_many`` (given ``article``) drops or trims the actors they mark. Without the article nothing
is marked.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from timeline.extraction.actors.lexicon import Lex, _fold_cached, fold, lex
from timeline.extraction.actors.model import BORROWED_MODELS

__all__ = ["RUBRIC_CAPITALS", "ArticleWords", "article_words", "first_word_common", "is_common"]

#: A label in capitals is a rubric from this many letters ("EXPLAINER |", "EXCLUSIF :"); shorter, it is initials
#: ("ONU : 2000 employés ...", "NASA: ..."), a name the headline is about.
RUBRIC_CAPITALS = 7
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
#: Characters after which any word takes a capital (the start of a sentence, a quote, a list item or a label).
_OPENING = frozenset('.!?:;«»"“”—–-([*#>|•')
#: A label: at a line's start, one word, or a capitalised word and at most two in small letters, then ":" or "|".
_LABEL_RE = re.compile(r"(?m)^[ \t>*#•-]*([^\W\d_][\w'’-]*)(?:[ \t]+[a-zà-ÿ][\w'’-]*){0,2}[ \t]*[:|]")


@dataclass(frozen=True)
class ArticleWords:
    """What one article says about its words' case."""

    text: str
    lower: frozenset[str]
    """Folded words the article writes all in small letters somewhere."""
    inside: frozenset[str]
    """Folded words the article writes with a capital inside a sentence (after a word in small letters or a comma)."""
    count: Counter[str]
    """Occurrences of each folded word, any case."""
    labels: frozenset[int]
    """Offsets of the words that open a label line ("EXPLAINER |", "Disparition :")."""


@functools.lru_cache(maxsize=8)
def article_words(text: str) -> ArticleWords:
    matches = list(_WORD_RE.finditer(text))
    words = [m.group() for m in matches]
    keys = list(map(_fold_cached, words))  # fold's own cache, without its Python call
    count: Counter[str] = Counter(keys)
    lower = {key for word, key in zip(words, keys, strict=True) if word.islower()}
    inside: set[str] = set()
    for n in range(1, len(words)):  # only capitalised words after another word: a Python step each
        word = words[n]
        if word[0].isupper() and not word.islower():
            previous = words[n - 1]
            gap = text[matches[n - 1].end() : matches[n].start()]
            if "\n" not in gap and (gap.strip() in ("", ",") and (previous.islower() or gap.strip() == ",")):
                inside.add(keys[n])
    labels = frozenset(m.start(1) for m in _LABEL_RE.finditer(text))
    return ArticleWords(text, frozenset(lower), frozenset(inside), count, labels)


def _opens(text: str, start: int) -> bool:
    """Does the word at ``start`` stand where any word takes a capital?"""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n" or text[k] in _OPENING


def _body_noun(key: str, words: Lex) -> bool:
    return key in words.org_heads or key in words.lowercase_org_heads or key in words.named_heads or (
        key in words.common_bodies)


def _common_at(words: ArticleWords, start: int, word: str, lang: str) -> bool:
    """Is ``word`` (at ``start`` of the article) a common word by the article's evidence?"""
    key = fold(word)
    if len(word) < 2 or _body_noun(key, lex(lang)) or key.rstrip("s") in lex(lang).common_bodies:
        return False
    if start in words.labels and (not word.isupper() or len(word) >= RUBRIC_CAPITALS) and words.count[key] == sum(
            1 for s in words.labels if fold(words.text[s:s + len(word)]) == key):
        return True  # a rubric the story never names again
    if word.isupper() or not word[0].isupper() or not _opens(words.text, start):
        return False
    return key in words.lower and key not in words.inside


def _once_opener(words: ArticleWords, start: int, word: str, lang: str) -> bool:
    """Is ``word`` a one-word opener of a line or a sentence that the article writes nowhere else, in a language
    read by another language's model? Never a word with a capital inside it ("KenGen") nor one after a dash
    ("automakers - Ford, Chrysler ...": an apposition, not an opener)."""
    if lang not in BORROWED_MODELS or word.isupper() or not word[:1].isupper() or not word[1:].islower():
        return False
    if words.count[fold(word)] != 1 or _body_noun(fold(word), lex(lang)):
        return False
    k = start - 1
    while k >= 0 and words.text[k] in " \t\"“'‘":
        k -= 1
    return k < 0 or words.text[k] in "\n.!?"


def is_common(words: ArticleWords | None, start: int, end: int, lang: str) -> bool:
    """Is the one-word name at [start, end) of the article a common word (see the module's docstring)?"""
    if words is None or not 0 <= start < end <= len(words.text):
        return False
    name = words.text[start:end]
    if not _WORD_RE.fullmatch(name):
        return False
    return _common_at(words, start, name, lang) or _once_opener(words, start, name, lang)


def first_word_common(words: ArticleWords | None, start: int, end: int, lang: str) -> int:
    """Where a name of three words or more starts once a common first word is left out ("Analyst Maria Keller" ->
    the offset of "Maria"); ``start`` when its first word is no common word."""
    if words is None or not 0 <= start < end <= len(words.text):
        return start
    parts = list(_WORD_RE.finditer(words.text, start, end))
    if len(parts) < 3 or parts[0].start() != start or words.text[parts[0].end():parts[1].start()] != " ":
        return start
    first = parts[0].group()
    if first.isupper() or start in words.labels:
        return start
    return parts[1].start() if _common_at(words, start, first, lang) else start
