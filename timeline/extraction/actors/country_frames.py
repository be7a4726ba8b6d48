"""A country that is only the frame of a happening is a place, not an actor (round thirty, act30).

``country_settings`` reads a country right after a locative ("in Albania", "en Libye"). Written news frames a
country in three more ways, each read here from the words before it (never from what the country does):

- a locative of a setting, then a determiner or an area adjective before the country ("in the United States", "à
  travers la France", "in central France", "dans toute la France": ``setting_locatives``, ``determiners``,
  ``setting_area_adjectives``; not "à la France" nor "to the United States", a recipient);
- a part of the country, then its link ("the north of France", "(nord de la France)", "capitale du Mali", "dans le
  sud de la Colombie": ``setting_areas``, ``setting_area_links``), the part itself after a determiner, a locative,
  a comma or a parenthesis (a part noun read alone is too often a verb or another word: French "est");
- a town the gazetteer places in that very country, then a comma ("Dhaka, Bangladesh": the town's address), when
  no "and" follows the country (a list of parties: "Paris, France and Germany signed").

A country that acts is untouched: the subject of a verb, a party ("Kenya and France signed"), a side ("beat France").
Counted on fresh dev (four outlets), real-news dev A and B and written p and q dev (docs/BENCHMARKS.md, act30).
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.actors.lexicon import Lex, name_key
from timeline.extraction.actors.reader import Tok

__all__ = ["framed_country"]

#: Words that go on a list after the country: a town and a comma before it then open the list, no address.
_LIST_WORDS = frozenset({"and", "et", "or", "ou", "&"})
#: Capitalised words a town's name may hold before its comma ("Bandar Seri Begawan, Brunei").
MAX_TOWN_WORDS = 3


def framed_country(text: str, toks: Sequence[Tok], k: int, end: int, lex: Lex) -> bool:
    """The country of toks[k:end] is framed as a place by the words before it."""
    m = _past_determiner(toks, k, lex)
    if m > 0 and not toks[m - 1].cap and toks[m - 1].fold in lex.setting_area_adjectives:
        return m > 1 and (toks[m - 2].fold in lex.setting_locatives or _after_locative_determiner(toks, m - 1, lex))
    if m < k and m > 0 and toks[m - 1].fold in lex.setting_locatives:
        return True
    if m > 1 and toks[m - 1].fold in lex.setting_area_links and toks[m - 2].fold in lex.setting_areas:
        return _area_opened(toks, m - 2, lex)
    if end < len(toks) and toks[end].fold in _LIST_WORDS:
        return False  # "Paris, France and Germany signed": a list of parties, not an address
    country = lex.countries.get(name_key(text[toks[k].start : toks[end - 1].end]))
    return country is not None and _town_address(toks, k, country)


def _past_determiner(toks: Sequence[Tok], k: int, lex: Lex) -> int:
    """k, or the index of the determiner right before toks[k] ("the", "la", "l'")."""
    if k > 0 and toks[k - 1].fold in lex.determiners:
        return k - 1
    return k


def _after_locative_determiner(toks: Sequence[Tok], m: int, lex: Lex) -> bool:
    """toks[m] follows a determiner that follows a locative ("in the central ...")."""
    return m > 1 and toks[m - 1].fold in lex.determiners and toks[m - 2].fold in lex.setting_locatives


def _area_opened(toks: Sequence[Tok], a: int, lex: Lex) -> bool:
    """The part noun toks[a] opens a phrase of its own: after a determiner, a locative, a comma or a parenthesis."""
    if a == 0:
        return False
    before = toks[a - 1]
    return before.fold in lex.determiners or before.fold in lex.locatives or before.text in (",", "(")


def _town_address(toks: Sequence[Tok], k: int, country: str) -> bool:
    """A town of that very country, then a comma, right before it ("Bangkok, Thailand")."""
    if k < 2 or toks[k - 1].text != ",":
        return False
    from timeline.extraction.gazetteer import country_key, town_country  # the gazetteer reads names through here

    first = k - 2
    while first > 0 and k - 1 - first < MAX_TOWN_WORDS and toks[first - 1].cap and toks[first - 1].word:
        first -= 1
    own = country_key(country)
    for start in range(first, k - 1):
        if not toks[start].cap:
            continue
        town = " ".join(t.text for t in toks[start : k - 1])
        if town_country(town) == own:
            return True
    return False
