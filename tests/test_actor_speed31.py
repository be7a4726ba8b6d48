"""bld31: the events' actor look-up computes the same answers with less work (own sentences, French and English).

- ``rules._name_before`` gives what ``finditer`` over the per-article alternation gave (``may_name_by_surname``);
- ``lexicon.may_open``, the indexed pre-test of the readers' phrase look-ups, never turns away a phrase a list holds;
- ``common_words.article_words`` reads an article as the word-by-word loop it replaces;
- ``may_name_by_surname`` takes its tokens from the reader's cache (``reader._layout``).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from timeline.extraction.actors import common_words, lexicon, orgs, rules, shapes
from timeline.extraction.actors.lexicon import lex, may_open, name_key
from timeline.extraction.actors.reader import _layout


def _alternation(text: str, words: set[str]) -> list[str]:
    """What may_name_by_surname matched before: one alternation compiled per call, longest word first."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"\b([A-ZÀ-Ý][\w'’-]*)[ \t]+(?:{alternation})\b")
    return [m.group(1) for m in pattern.finditer(text)]


NAME_BEFORE = [
    # (text, lone words, the capitalised words before them, in order)
    ("Hier, Paulette Dubarry a parlé; Dubarry a ri.", {"Dubarry"}, ["Paulette"]),
    ("Yesterday Norbert Quill spoke, and Quill left.", {"Quill"}, ["Norbert"]),
    ("Le Gaspard Vernon et Vernon.", {"Gaspard", "Vernon"}, ["Le"]),  # matches never overlap: "Gaspard Vernon" hidden
    ("Mme Rosalind Okafor-Bell a signé.", {"Okafor", "Okafor-Bell"}, ["Rosalind"]),  # the longest word first
    ("Dr Ambrose Tillington left.", {"Tilling"}, []),  # no word boundary after "Tilling"
    ("O'Neil\tBramwell et Bramwell.", {"Bramwell"}, ["O'Neil"]),  # a tab, an apostrophe in the first word
    ("ÉLISE Marchetti a voté.", {"Marchetti"}, ["ÉLISE"]),
    ("le\nCorwin Hale arrived.", {"Hale"}, ["Corwin"]),
    ("Ms Imogen  Stravinsky, Stravinsky_2 and Imogen.", {"Stravinsky", "Imogen"}, ["Ms"]),  # two blanks
]


@pytest.mark.parametrize(("text", "words", "expected"), NAME_BEFORE)
def test_name_before_is_the_alternation(text: str, words: set[str], expected: list[str]) -> None:
    assert list(rules._name_before(text, words)) == expected
    assert _alternation(text, words) == expected


@pytest.mark.parametrize(("texts", "article", "lang", "expected"), [
    (["Jeudi, Fillardeau a répondu aux questions."],
     "Le député Gontran Fillardeau a parlé. Jeudi, Fillardeau a répondu aux questions.", "fr", True),
    (["Jeudi, Fillardeau a répondu aux questions."], "Jeudi, Fillardeau a répondu aux questions.", "fr", False),
    (["On Monday, Pemberton answered."], "Senator Alaric Pemberton spoke. On Monday, Pemberton answered.", "en", True),
    (["On Monday, Pemberton answered."], "On Monday, Pemberton answered. The Pemberton file is open.", "en", False),
])
def test_may_name_by_surname(texts: list[str], article: str, lang: str, expected: bool) -> None:
    assert rules.may_name_by_surname(texts, article, lang) is expected


def test_may_name_by_surname_reads_the_readers_tokens() -> None:
    text = "Vendredi, Quillebeuf a signé le contrat de la commune."
    _layout.cache_clear()
    rules.may_name_by_surname([text], "Maître Armand Quillebeuf. " + text, "fr")
    assert _layout.cache_info().currsize == 1
    rules._read(text, "fr", [], True, {})
    assert _layout.cache_info().hits >= 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_may_open_keeps_every_listed_phrase(lang: str) -> None:
    words = lex(lang)
    for keys in (words.groups, words.qualified_groups, words.legislatures, words.markets):
        for key in keys:
            first = key.split(" ")[0]
            assert may_open(first.capitalize(), keys), key
            assert may_open(first, keys), key


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_may_open_turns_away(lang: str) -> None:
    words = lex(lang)
    assert not may_open("Zqxwv", words.groups, words.qualified_groups)
    assert not may_open("Zqxwv", words.markets)
    assert may_open("—", words.markets)  # no word in the token: never turned away


SENTENCES = {
    "fr": [
        "Les manifestants anti-Bouchard ont défilé à Villefranche-sur-Loire devant la police municipale.",
        "Le Parlement de Catalogne a voté jeudi, et le CAC 40 a fini en hausse selon Euronext Paris.",
        "Les pompiers de Sainte-Maxime ont évacué 40 riverains ; le Sénat a adopté la loi.",
    ],
    "en": [
        "Anti-war protesters marched through Port Elspeth as Somali lawmakers met the Lok Sabha delegation.",
        "The Nasdaq Composite rose while Congress debated, and the S&P 500 fell in New York.",
        "Airbus employees and the police of Marlow Heath watched the Senate vote.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_same_reading_without_the_pre_test(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    readings = [rules._read(text, lang, [], True, {}) for text in SENTENCES[lang]]
    assert any(r.actors for r in readings)
    monkeypatch.setattr(orgs, "may_open", lambda token, *keys: True)
    monkeypatch.setattr(shapes, "may_open", lambda token, *keys: True)
    assert [rules._read(text, lang, [], True, {}) for text in SENTENCES[lang]] == readings


def _article_words_loop(text: str) -> tuple[frozenset[str], frozenset[str], Counter[str]]:
    """The word-by-word loop article_words was before."""
    lower: set[str] = set()
    inside: set[str] = set()
    count: Counter[str] = Counter()
    previous, previous_end = "", 0
    for m in common_words._WORD_RE.finditer(text):
        word = m.group()
        key = lexicon.fold(word)
        count[key] += 1
        if word.islower():
            lower.add(key)
        elif word[0].isupper() and previous:
            gap = text[previous_end:m.start()]
            if "\n" not in gap and (gap.strip() in ("", ",") and (previous.islower() or gap.strip() == ",")):
                inside.add(key)
        previous, previous_end = word, m.end()
    return frozenset(lower), frozenset(inside), count


@pytest.mark.parametrize("text", [
    "Bouteilles d'eau : la mairie distribue des bouteilles.\nLa Mairie, Orange et orange ont parlé, dit Apple.",
    "EXPLAINER | Why the harbour closed\nHarbour officials said, Wednesday, that the harbour reopens.",
    "", "  \n ,, Éric éric ÉRIC , Éric\tÉric",
])
def test_article_words_as_the_loop(text: str) -> None:
    words = common_words.article_words.__wrapped__(text)
    lower, inside, count = _article_words_loop(text)
    assert (words.lower, words.inside, words.count) == (lower, inside, count)
    assert list(words.count.items()) == list(count.items())


def test_name_key_starts_with_its_first_token() -> None:
    """The property may_open stands on: a phrase's key starts with its first token's key."""
    for phrase in ["Saint-Jean-de-Luz", "l'Assemblée nationale", "AT&T Inc.", "Đà Nẵng city", "O'Brien's"]:
        first = phrase.split(" ")[0]
        assert name_key(phrase).startswith(name_key(first))
