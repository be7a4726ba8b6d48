"""A body named with its territory read as two bodies: one actor (round twenty-two).

Counted on the dev sources (docs/BENCHMARKS.md, "Actors: a body and its territory read as two bodies, round
twenty-two"): "la FNSEA de la Marne", "le Medef de la Somme", "Tissages de la Lys" were read as two organisations,
the body and a one-word organisation, the territory ("Marne", "Lys"), or as a cut name ending in its link
("Verreries de", "FO de") and the territory. The gold names the body with its territory.

``join_territories`` takes the actors one text's reader keeps, in text order, and joins an organisation and the
one-word organisation right after it, with only a territory link between them (``territory_links`` in
lang/<lang>/actors.yaml: "de la", "du", "of"), into one organisation spanning both, shown as written ("FNSEA de la
Marne"). Never an acronym as the second name ("le Conseil de sécurité de l'ONU": a body of another body), nor a word
that names a body by itself ("la commission des affaires économiques du Sénat"), never a person, a country or a
place (they are not read as organisations), never a second name of two words or more. A capitalised word right
before the link that no actor holds ("Tissages") opens the joined name only when it does not open the text, is no
word the reader drops (a stop word, a title) and no place the reader keeps. A name cut after its link ("Verreries
de" before "la Somme") runs on to the capitalised word the link leads to; an organisation before a one-word place
the reader keeps, through a link ("la FDSEA de la Vienne", "la CFDT du Morbihan"), runs on to it, and the place
stays a place. Choosing among names already read: no new name is read, an organisation only takes the one right
after it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import lex, name_key
from timeline.models import Actor

__all__ = ["join_territories"]

_CAP_WORD_RE = re.compile(r"[A-ZÀ-Ý][\w’'-]*$")


@functools.cache
def _link_re(lang: str) -> re.Pattern[str] | None:
    """Blanks, one territory link, blanks (none needed after an elided article: "de l'Aube"), ending the text."""
    alts = []
    for link in sorted(_links(lang), key=len, reverse=True):
        words = r"\s+".join(re.escape(p) for p in link.split())
        alts.append(words + (r"\s*" if link[-1] in "'’" else r"\s+"))
    return re.compile(rf"\s+(?:{'|'.join(alts)})$", re.IGNORECASE) if alts else None


def _gap_is_link(gap: str, lang: str) -> bool:
    link = _link_re(lang)
    return link is not None and link.fullmatch(gap) is not None


def _one_word_name(actor: Actor, lang: str) -> bool:
    """A one-word organisation that may be a territory: capitalised, no acronym, no digit, and no word that names a
    body by itself ("la commission des affaires économiques du Sénat": a body of another body)."""
    word, lx = actor.name, lex(lang)
    if actor.kind != "org" or " " in word or word.isupper() or not word[:1].isupper() or any(c.isdigit() for c in word):
        return False
    key = name_key(word)
    return not any(key in words for words in (lx.org_heads, lx.nonactor_heads, lx.legislatures, lx.bodies,
                                              lx.common_bodies, lx.groups))


def _trailing_link(name: str, lang: str) -> bool:
    """Does a name read as an organisation end in a link word ("Verreries de", "FO de")?"""
    last = name.split()[-1].lower() if name.split() else ""
    return len(name.split()) >= 2 and any(last == link.split()[0] for link in _links(lang))


@functools.cache
def _links(lang: str) -> tuple[str, ...]:
    own = lexicon.load(f"{lang}/actors") or {}
    return tuple(str(w).lower() for w in own.get("territory_links") or [])


def _opener(text: str, end: int, lang: str) -> int | None:
    """The start of an unread capitalised word ending at ``end`` that may open a body's name ("Tissages"), if any."""
    m = _CAP_WORD_RE.search(text, 0, end)
    if m is None or m.start() == 0 or m.end() != end:
        return None
    before = text[: m.start()].rstrip()
    if not before or before[-1] in ".!?:;«\"“(" or not text[m.start() - 1].isspace():
        return None  # a sentence's first word, or a word glued to what precedes it
    word, lx = m.group(), lex(lang)
    if name_key(word) in lx.stop or lx.titles.fullmatch(word) or word.lower() in lx.function_words or word.isupper():
        return None
    return m.start()


def join_territories(
    text: str, actors: Sequence[Actor], lang: str, places: Sequence[tuple[str, int, int]] = (),
) -> list[Actor]:
    """The actors, a body and the one-word organisation naming its territory right after it joined into one.

    ``places`` are the places the reader keeps (name, start, end): a word inside one opens no name."""
    out: list[Actor] = []
    for actor in sorted(actors, key=lambda a: a.start):
        prev = out[-1] if out else None
        if _one_word_name(actor, lang):
            if prev is not None and prev.kind == "org" and prev.end <= actor.start and not actor.name.isupper():
                gap = text[prev.end : actor.start]
                joined = _gap_is_link(gap, lang) or (
                    _trailing_link(prev.name, lang) and _gap_is_link(" " + prev.name.split()[-1] + gap, lang))
                if joined:
                    out[-1] = Actor(" ".join(text[prev.start : actor.end].split()), "org", prev.start, actor.end)
                    continue
            link = _link_re(lang)
            m = link.search(text, 0, actor.start) if link is not None else None
            if m is not None and m.end() == actor.start and (prev is None or prev.end <= m.start()):
                start = _opener(text, m.start(), lang)
                if start is not None and (prev is None or prev.end <= start) and not any(
                        s <= start < e for _, s, e in places):
                    out.append(Actor(" ".join(text[start : actor.end].split()), "org", start, actor.end))
                    continue
        out.append(actor)
    return [_placed(text, _cut_name(text, a, lang, out), lang, places) for a in out]


def _placed(text: str, actor: Actor, lang: str, places: Sequence[tuple[str, int, int]]) -> Actor:
    """An organisation and the one-word place the reader keeps right after it through a territory link ("la FDSEA de
    la Vienne", "la CGT du Finistère"): the organisation's name runs on to the place, which stays a place."""
    if actor.kind != "org":
        return actor
    for name, start, end in places:
        if (start >= actor.end and " " not in name and not name.isupper() and name[:1].isupper()
                and _gap_is_link(text[actor.end : start], lang)):
            return Actor(" ".join(text[actor.start : end].split()), "org", actor.start, end, actor.role)
    return actor


_NEXT_WORD_RE = re.compile(r"\s*(?:[^\W\d_]+['’]?\s*)?([A-ZÀ-Ý][\w’'-]*)")


def _cut_name(text: str, actor: Actor, lang: str, actors: Sequence[Actor]) -> Actor:
    """An organisation cut after its link ("Verreries de" before "la Somme") runs on to the capitalised word the link
    leads to, when no other actor holds that word."""
    if actor.kind != "org" or not _trailing_link(actor.name, lang):
        return actor
    m = _NEXT_WORD_RE.match(text, actor.end)
    if m is None or not _gap_is_link(" " + actor.name.split()[-1] + text[actor.end : m.start(1)], lang):
        return actor
    if any(a.start < m.end(1) and m.start(1) < a.end for a in actors if a is not actor):
        return actor
    return Actor(" ".join(text[actor.start : m.end(1)].split()), "org", actor.start, m.end(1), actor.role)
