"""A trigger noun that only says what kind of thing another noun is names no happening of its own: "la fenêtre de
tir", "la rampe de lancement", "un char d'assaut", "the launch window", "an attack helicopter" (round twenty-eight,
typ28). The trigger keeps its place (its date, its pairing, its row) but gives no type: `other`.

The heads are data, nouns of a thing (a device, a weapon, a vehicle, a span or a window of time, a stretch of
ground): ``thing_heads_before`` (French: the head comes first and its kind after a bare "de" or "d'", no determiner:
"fenêtre de tir", not "les banderoles de la manifestation", where the happening is a particular one) and
``thing_heads_after`` (English: the head comes right after the trigger, "launch window", "assault rifle") in
lang/<lang>/triggers.yaml. A place's head ("la salle des fêtes") is events/places.py's, which drops the trigger.
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon

__all__ = ["qualifies_thing"]

#: Characters looked at before a French trigger for its head and the bare "de" ("creneaux de ", "helicopteres d'").
HEAD_WINDOW = 30


@functools.cache
def _heads(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = lexicon.load(f"{lang}/triggers")
    before = data.get("thing_heads_before") or []
    after = data.get("thing_heads_after") or []
    return (re.compile(rf"(?<![\w'])(?:{'|'.join(before)})\s+(?:de\s+|d')$") if before else None,
            re.compile(rf"\s+(?:{'|'.join(after)})(?![\w-])") if after else None)


def qualifies_thing(lang: str, folded: str, lo: int, start: int, end: int) -> bool:
    """The trigger noun at ``start:end`` (folded text; ``lo`` its sentence's start) is the bare complement of a thing's
    head ("fenetre de tir") or the modifier of one ("launch window")."""
    before, after = _heads(lang)
    return bool((before and before.search(folded, max(lo, start - HEAD_WINDOW), start))
                or (after and after.match(folded, end)))
