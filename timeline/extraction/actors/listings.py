"""What stands around a firm's name without being an actor, and a place named in front of its noun (round nineteen).

Three misreads of names the reader already finds, counted on the dev halves (docs/BENCHMARKS.md, "Actors that are
not actors: listings, legal forms and places in front of their noun, round nineteen"):

- a firm's stock listing in brackets after its name, "Halvorsen Instruments, Inc. (NASDAQ: HLVI)", "(OSE: NVK)",
  "(Nasdaq Copenhagen: NHE)", "(Euronext Paris : FR0000120271)": the market and the ticker were read as two
  actors. ``listing_spans`` gives the brackets (a capitalised market name of one to four words, a colon, a code in
  capitals or digits, several pairs allowed), right after a name; the reader claims them (never an actor);
- a firm's legal form written apart from its name, "Tarnwell Robotics, Inc.", or read alone ("ASA"): never an
  actor of its own. ``listing_spans`` also gives a legal form after a comma that follows a capitalised word;
  ``legal_form`` tells a name that is only a legal form (``legal_forms`` in lang/<lang>/actors.yaml). A legal form
  glued to the name ("Coldbrook Sensors Ltd", "Apple Inc") stays in it, as written;
- a place named in front of the noun it qualifies, "the Severn Valley line", "the Castlefields estate", "the
  Kangerlussuaq fjord" (English: the borrowed French model types such a name ORG): a name after a determiner,
  right before a noun of ``place_modified_nouns`` (lang/en/actors.yaml: nouns that name a piece of land or a
  route, never what a firm owns, so neither "site" nor "plant": "the Airbus site" is Airbus's), is a place;
- a firm's or a club's general meeting read as a body, "lors de l'assemblée générale extraordinaire", "une assemblée
  générale d'installation": a meeting, no actor. ``meeting_name`` tells a name in small letters opened by one of
  ``meeting_names`` (lang/<lang>/actors.yaml) with no capitalised word after it; "l'assemblée générale de l'ONU",
  "l'Assemblée générale des Nations unies" stay bodies.
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import name_key

__all__ = ["attributive_place", "legal_form", "listing_spans", "meeting_name"]

#: One listing pair: a market of one to four capitalised words, a colon (French spacing allowed), a ticker or a
#: security code in capitals and digits ("HLVI", "BRK.B", "7203", "FR0000120271").
_PAIR = r"[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}\s?:\s?(?:[A-Z][A-Z0-9.-]{0,11}|\d{3,6})"
_LISTING_RE = re.compile(rf"(?<=[\w.])\s?\(\s?{_PAIR}(?:\s?[,;]\s?{_PAIR})*\s?\)")


@functools.cache
def _lists(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    own = lexicon.load(f"{lang}/actors") or {}
    forms = frozenset(name_key(str(w)) for w in own.get("legal_forms") or [])
    nouns = frozenset(str(w).lower() for w in own.get("place_modified_nouns") or [])
    determiners = frozenset(str(w).lower() for w in own.get("determiners") or [])
    return forms, nouns, determiners


@functools.cache
def _legal_after_comma(lang: str) -> re.Pattern[str] | None:
    forms = sorted({str(w) for w in (lexicon.load(f"{lang}/actors") or {}).get("legal_forms") or []}, key=len,
                   reverse=True)
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<=[A-Za-zÀ-ÿ]),\s(?:{alternatives})(?:\.(?=\s|$|,)|(?![\w/]))")


def listing_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of a firm's listing brackets and of its legal form after a comma: no actor stands there."""
    spans = [(m.start(), m.end()) for m in _LISTING_RE.finditer(text)]
    legal = _legal_after_comma(lang)
    if legal is not None:
        spans += [(m.start() + 1, m.end()) for m in legal.finditer(text)]
    return sorted(spans)


def legal_form(name: str, lang: str) -> bool:
    """Is the name only a firm's legal form ("Inc", "ASA", "GmbH")?"""
    return name_key(name) in _lists(lang)[0]


_WORD_RE = re.compile(r"[\w'’-]+")


def attributive_place(text: str, start: int, end: int, lang: str) -> bool:
    """Is the name at text[start:end] a place named in front of its noun: a determiner right before it and a noun
    of ``place_modified_nouns`` right after it ("the Castlefields estate")?"""
    _, nouns, determiners = _lists(lang)
    if not nouns:
        return False
    after = _WORD_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    if after is None or after.group() not in nouns:
        return False
    before = text[max(0, start - 12) : start]
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1].lower() in determiners


@functools.cache
def _meetings(lang: str) -> tuple[str, ...]:
    own = lexicon.load(f"{lang}/actors") or {}
    return tuple(str(w) for w in own.get("meeting_names") or [])


def meeting_name(name: str, lang: str) -> bool:
    """Is the name a general meeting read as a body: opened in small letters by one of ``meeting_names``, no
    capitalised word after it ("assemblée générale extraordinaire", not "assemblée générale de l'ONU")?"""
    for head in _meetings(lang):
        if name.startswith(head) and name[len(head) : len(head) + 1] in ("", " "):
            return not any(w[:1].isupper() for w in re.split(r"[\s'’-]+", name[len(head) :]))
    return False
