"""The two sides of a match that the prose names by them are its actors (round twenty-four, act24b).

"Le match en retard Digoin BC – Autun ASB, reporté ..., sera joué mercredi", "Le match Quimper - Avignon sera
joué", "the rearranged Selby Town v Goole AFC match": a sentence of prose (not a results line, which
``listed_sides.py`` reads) names a match by its two sides joined by a dash or "v", right after a match noun or
right before one (``match_sides.nouns`` in lang/<lang>/actors.yaml: match, derby, game, fixture, tie; not
"rencontre" or "clash", which name talks between persons). The rules read such sides as a fragment ("BC", "ASB"),
as a place (a club named by its town) or not at all.

Naming better among the names of the sentence: each side becomes an org actor, and an actor read inside a side's
span ("BC" of "Digoin BC") gives way to the whole side. A side that overlaps a person, or that the rules read
already as it is written, stays as read. A town stays a place too (``shown_places.py`` keeps it among the row's
actors, as it keeps a town before a score).
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.score_shapes import NAME
from timeline.models import Actor

__all__ = ["match_sides", "side_spans", "sides_as_orgs"]

#: the lowercase words allowed between the noun and the first side ("le match en retard X – Y", "the rearranged")
_BETWEEN = r"(?:\s+[a-zà-ÿ'’]+){0,3}"
#: what joins the two sides: a spaced dash, or "v" / "vs"
_JOIN = r"(?:\s+[-–—]\s+|\s+(?:v|vs)\.?\s+)"


def _noun(lang: str) -> str:
    """The match nouns of ``lang`` as one alternation, longest first ("" when it has none)."""
    own = (lexicon.load(f"{lang}/actors") or {}).get("match_sides") or {}
    nouns = sorted({str(w).lower() for w in own.get("nouns") or []}, key=len, reverse=True)
    return rf"(?:{'|'.join(re.escape(n) for n in nouns)})" if nouns else ""


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The noun-first and noun-last shapes of a match named by its sides, for the nouns of ``lang``."""
    noun = _noun(lang)
    if not noun:
        return ()
    return (re.compile(rf"(?i:\b{noun}){_BETWEEN}\s+(?P<a>{NAME}){_JOIN}(?P<b>{NAME})"),
            re.compile(rf"(?<![\w-])(?P<a>{NAME}){_JOIN}(?P<b>{NAME})\s+(?i:{noun})\b"))


@functools.cache
def _any_noun(lang: str) -> re.Pattern[str] | None:
    """A match noun alone: both shapes hold one, so a text without it is read no further (a cheap scan first)."""
    noun = _noun(lang)
    return re.compile(rf"(?i:\b{noun})") if noun else None


def side_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each side of each match the prose names by its two sides."""
    spans: list[tuple[int, int]] = []
    found = _any_noun(lang)
    if found is None or not found.search(text):
        return spans
    for pattern in _patterns(lang):
        for m in pattern.finditer(text):
            spans += [m.span("a"), m.span("b")]
    return sorted(set(spans))


def match_sides(text: str, actors: list[Actor], lang: str) -> list[Actor]:
    """``actors`` with each side of a match named by its sides read as one org (module doc)."""
    return sides_as_orgs(text, actors, side_spans(text, lang))


def sides_as_orgs(text: str, actors: list[Actor], spans: list[tuple[int, int]]) -> list[Actor]:
    """``actors`` with each span of ``spans`` (a side of a match) read as one org, unless a person or the side's own
    name was read there, or a name reaching past the side (read wider than the side, left as read)."""
    if not spans:
        return actors
    out = list(actors)
    for start, end in spans:
        name = " ".join(text[start:end].split())
        inside = [a for a in out if a.start < end and start < a.end]
        if any(a.kind == "person" for a in inside) or any(a.name == name for a in inside):
            continue
        if any(a.start < start or a.end > end for a in inside):
            continue
        out = [a for a in out if a not in inside] + [Actor(name, "org", start, end)]
    return sorted(out, key=lambda a: a.start)
