"""A country that qualifies a named actor's title or kind noun is no actor (round twenty-nine, apr29).

"Indonesia's President Prabowo" and "Prime Minister of Japan" already leave the country out (``claim_title_owners``,
``role_owner``); two shapes did not, and showed the country next to the person or firm it only describes:

- a country written right before a title phrase that a person's name follows: "US President Jane Doe", "U.S.
  Trade Secretary John Roe", "UK Prime Minister ..." (the title as ``Reader.titles`` finds it, with the title words
  before it, ``title_words`` in lang/*/actors.yaml);
- a country written right before a firm's noun, perhaps after a few words in lower case: "the U.S. car maker",
  "United States carmaker Acme Motors" (``firm_nouns`` in lang/*/actors.yaml, singular or plural).

Counted in round twenty-nine on fresh dev (two outlets), real-news dev halves a and b and written batch a's dev
half (docs/BENCHMARKS.md, apr29). A country that acts stays: "India beat England", "Canada and the EU signed".
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import Lex, name_key
from timeline.extraction.actors.reader import Tok

__all__ = ["qualifying_countries"]

NameAfter = Callable[[int, int], tuple[int, int | None]]

#: Words in lower case that may stand between a country and its firm noun ("United States automobile
#: manufacturing firm").
MAX_FIRM_WORDS = 3


@functools.cache
def _firm_nouns(lang: str) -> frozenset[str]:
    own = lexicon.load(f"{lang}/actors") or {}
    return frozenset(lexicon.fold(str(w)) for w in own.get("firm_nouns") or [])


def _country_before(text: str, toks: Sequence[Tok], b: int, lex: Lex) -> tuple[int, int] | None:
    """The character span of a country's name ending right before toks[b] ("US", "U.S.", "United States")."""
    if b > 2 and toks[b - 1].fold == "s" and toks[b - 2].text in "'’":
        b -= 2  # "the United States's largest carmaker"
    ends = [b]
    if b > 1 and toks[b - 1].text == "." and toks[b - 1].start == toks[b - 2].end:
        ends.append(b - 1)  # "U.S." ends with its period
    for end in ends:
        for size in range(min(lex.country_max_tokens, end), 0, -1):
            first = toks[end - size]
            if first.cap and toks[end - 1].word and name_key(text[first.start : toks[end - 1].end]) in lex.countries:
                if _inside_a_name(toks, end - size, lex):
                    return None  # "Air France carrier", "Bank of Canada Governor": the country is in a longer name
                return first.start, toks[end - 1].end
    return None


def _inside_a_name(toks: Sequence[Tok], k: int, lex: Lex) -> bool:
    """Does the country at toks[k] go on a capitalised name: right after it ("Air France"), or after its connector
    ("Bank of Canada"; never "the invitation of US President ...")?"""
    before = toks[k - 1] if k > 0 else None
    if before is None or before.fold in lex.determiners:
        return False
    if before.cap and before.word:
        return True
    return before.fold in lex.connectors and k > 1 and toks[k - 2].cap and toks[k - 2].word


def _title_spans(text: str, toks: Sequence[Tok], titles: Sequence[tuple[int, int]], lex: Lex,
                 name_after: NameAfter) -> Iterator[tuple[int, int]]:
    for i, j in titles:
        _, name_start = name_after(i, j)
        if name_start is None:
            continue
        b = i
        while b > 0 and toks[b - 1].cap and toks[b - 1].fold in lex.title_words:
            b -= 1  # "Trade Secretary", "Foreign Minister"
        span = _country_before(text, toks, b, lex)
        if span is not None:
            yield span


def _firm_spans(text: str, toks: Sequence[Tok], lang: str, lex: Lex) -> Iterator[tuple[int, int]]:
    nouns = _firm_nouns(lang)
    if not nouns:
        return
    for k, t in enumerate(toks):
        if t.cap or not t.word or not (t.fold in nouns or (t.fold.endswith("s") and t.fold[:-1] in nouns)):
            continue
        b = k
        while b > 0 and k - b < MAX_FIRM_WORDS and toks[b - 1].word and not toks[b - 1].cap and (
                toks[b - 1].fold not in lex.function_words and toks[b - 1].fold not in lex.connectors) and not (
                toks[b - 1].fold == "s" and toks[b - 2].text in "'’"):
            b -= 1
        span = _country_before(text, toks, b, lex)
        if span is not None:
            yield span


def qualifying_countries(text: str, toks: Sequence[Tok], titles: Sequence[tuple[int, int]], lang: str, lex: Lex,
                         name_after: NameAfter) -> list[tuple[int, int]]:
    """Character spans of the countries that only qualify a title before a person's name or a firm's noun.

    ``name_after(i, j)`` is the reader's ``scan_title``: (role end, the token where a name starts or None)."""
    return [*_title_spans(text, toks, titles, lex, name_after), *_firm_spans(text, toks, lang, lex)]
