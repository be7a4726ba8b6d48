"""A trigger word inside the name of a place or a room names no happening ("la salle des fêtes", "les bureaux de
vote", "le palais des congrès", "the polling station", "a conference hall").

The heads are data: ``place_heads_before`` (French: the head comes first, "salle des", "bureaux de") and
``place_heads_after`` (English: the head comes after, "station", "hall") in lang/<lang>/triggers.yaml. Capitalised
names ("Centre d'exposition de Saigon", "Hanoi Exhibition Centre") are found in triggers.py already.
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon

__all__ = ["in_place_name"]


@functools.cache
def _heads(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = lexicon.load(f"{lang}/triggers")
    before = data.get("place_heads_before") or []
    after = data.get("place_heads_after") or []
    return (re.compile(rf"(?<![\w'])(?:{'|'.join(before)})\s+(?:de\s+|des\s+|du\s+|d')$") if before else None,
            re.compile(rf"\s+(?:{'|'.join(after)})(?![\w-])") if after else None)


def in_place_name(lang: str, folded: str, lo: int, start: int, end: int) -> bool:
    """The trigger word at ``start:end`` (folded text; ``lo`` the sentence's start) is the complement of a place's
    head ("salle des fetes") or the modifier of one ("polling station")."""
    before, after = _heads(lang)
    return bool((before and before.search(folded, max(lo, start - 24), start))
                or (after and after.match(folded, end)))
