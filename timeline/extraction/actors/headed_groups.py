"""A group noun right before the name it heads is one actor with it (round twenty-four, nam24).

"les militants du collectif Sauvons la Gare", "à l'appel du collectif Hôpital Debout": the rules read the name after
its lower-case head (``named_heads``: "Sauvons la Gare") and, beside it, the head noun alone as a group of people
(``groups``: "collectif"), so the row shows a fragment, "collectif", as an actor of its own. A noun the lexicon
lists both as a group and as a head a name follows, read alone right before an organisation the rules read (only
spaces between), is that organisation's own head: the two are one actor, the whole name as the article writes it
("collectif Sauvons la Gare").

Naming better among the names already read, never a name more: both spans are read already; the fragment gives way
to the whole. A group noun qualified ("collectif local"), or followed by anything but the name ("le collectif, qui
...", "le collectif a appelé"), stays as read. Which nouns: ``groups`` and ``named_heads`` in
lang/<lang>/actors.yaml, as data (French "collectif"; no English noun is both today).
"""

from __future__ import annotations

import functools
import itertools

from timeline.extraction.actors.lexicon import Lex, fold, name_key
from timeline.models import Actor

__all__ = ["headed_groups"]


def _heads(lx: Lex) -> frozenset[str]:
    """The group nouns a name may follow as its head (folded keys)."""
    return _heads_of(lx.groups, lx.named_heads)


@functools.cache
def _heads_of(groups: frozenset[str], named_heads: frozenset[str]) -> frozenset[str]:
    """``_heads`` of the two lists, read once per language (a Lex holds dicts: it is no cache key itself)."""
    return frozenset(w for w in groups if " " not in w and fold(w) in named_heads)


def headed_groups(text: str, actors: list[Actor], lx: Lex) -> list[Actor]:
    """``actors`` with each bare group head joined to the organisation read right after it (module doc)."""
    if len(actors) < 2:
        return actors
    heads = _heads(lx)
    if not heads:
        return actors
    ordered = sorted(range(len(actors)), key=lambda i: actors[i].start)
    joined: dict[int, Actor] = {}
    for i, k in itertools.pairwise(ordered):
        head, name = actors[i], actors[k]
        if (
            i not in joined
            and head.kind == "org"
            and name.kind == "org"
            and name_key(head.name) in heads
            and text[head.start : head.end] == head.name
            and head.end < name.start
            and not text[head.end : name.start].strip()
        ):
            joined[i] = Actor(" ".join(text[head.start : name.end].split()), "org", head.start, name.end, name.role)
            joined[k] = joined[i]
    if not joined:
        return actors
    out: list[Actor] = []
    for i, actor in enumerate(actors):
        whole = joined.get(i)
        if whole is None:
            out.append(actor)
        elif whole not in out:
            out.append(whole)
    return out
