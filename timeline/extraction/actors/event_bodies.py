"""An event's name that also names the body holding it: a festival run under its town's name ("Festival de
Harfleur"), a conference or congress of its members ("Conférence des évêques", "Congress of Mayors").

Names headed by an event word (``nonactor_heads``: festival, conférence, congrès ...) are read as happenings, never
actors. Two shapes name a standing body rather than one happening, by the name's own complement (data in
lang/<lang>/actors.yaml):

* ``member_body_heads`` + the plural of a kind of person (``member_nouns``): "Conférence des représentants des
  cultes", "Congrès des maires de France", "Conference of Catholic Bishops": its members make it a body;
* ``town_body_heads`` + a capitalised place right after "de", "d'" or "of": "Festival d'Avignon", "Festival de
  Harfleur" (the festival's organisation bears its name), never a topic ("Conférence sur le climat") nor a kind
  ("conférence de presse"), never a conference of a town ("Conférence de Paris": a happening).

``kind(toks, head, start, end, lang)`` answers "org" or "nonactor" for a candidate name headed at ``head``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import fold, lex, name_key
from timeline.extraction.actors.reader import Tok

__all__ = ["kind"]


#: The member noun stands this many words at most after the link ("of the Catholic Bishops").
MEMBER_REACH = 3


@functools.cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    own = lexicon.load(f"{lang}/actors") or {}

    def folded(key: str) -> frozenset[str]:
        return frozenset(" ".join(fold(str(w)).split()) for w in own.get(key) or [])

    return (folded("member_body_heads"), folded("member_nouns"), folded("member_links"), folded("town_body_heads"),
            folded("town_links"))


def _link(toks: Sequence[Tok], k: int, end: int, links: frozenset[str]) -> int:
    """The index after the longest link phrase of ``links`` starting at ``k`` (``k`` when none)."""
    for size in (2, 1):
        if k + size <= end and " ".join(t.fold for t in toks[k:k + size]) in links:
            return k + size
    return k


def _place(toks: Sequence[Tok], k: int, end: int, lang: str) -> bool:
    """Does a town or a country start at ``k`` ("Avignon", "Saint-Malo"): one of the word lists or a town of the
    gazetteer (GeoNames, towns of 15,000 people or more)?"""
    from timeline.extraction.gazetteer import town_country  # the gazetteer reads names through this package

    words = lex(lang)
    for j in range(k + 1, min(end, k + max(words.place_max_tokens, 3)) + 1):
        name = " ".join(t.text for t in toks[k:j])
        if name_key(name) in words.places or name_key(name) in words.countries or town_country(name) is not None:
            return True
    return False


def kind(toks: Sequence[Tok], head: int, start: int, end: int, lang: str) -> str:
    """"org" when the event-headed name [start, end) with its head at ``head`` names a body (see the module's
    docstring), else "nonactor"."""
    member_heads, members, member_links, town_heads, town_links = _words(lang)
    if not start <= head < end <= len(toks) or not toks[head].cap:
        return "nonactor"
    head_word = toks[head].fold
    if head_word in member_heads:
        k = _link(toks, head + 1, end, member_links)
        if k > head + 1 and any(t.fold in members for t in toks[k:min(end, k + MEMBER_REACH)]):
            return "org"
    if head_word in town_heads:
        k = _link(toks, head + 1, end, town_links)
        if head + 1 < k < end and toks[k].cap and _place(toks, k, end, lang):
            return "org"
    return "nonactor"
