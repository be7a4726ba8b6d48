"""A seat of power that only reports another's act: no actor of it (round twenty-two).

Counted on the dev sources (docs/BENCHMARKS.md, "Actors: a seat of power that reports another's act, round
twenty-two"): "Le Premier ministre se rendra mercredi à Céret, a indiqué Matignon", "L'Élysée a annoncé la démission
de <a minister>", "L'Élysée a annoncé que <the president> réunira ...": the building that stands for an office
(``seats_of_power`` in lang/<lang>/actors.yaml: Élysée, Matignon, Kremlin, White House, Downing Street ...) was kept
as an actor of an event that someone else does; the gold names the one who acts, never the voice that tells it.

``seat_sources`` takes the actors one text's reader keeps and drops a seat of power that stands as the source of
what the text tells:
- in a reporting phrase: after a comma and a reporting verb (", a indiqué Matignon", ", said Downing Street"), or
  after "selon", "d'après", "according to" (the verbs and cues: ``person_verbs`` and ``reported_speech``);
- as the subject of a reporting verb ("L'Élysée a annoncé ...", "the Kremlin said ...") when the text names a
  person too: the seat tells that person's act.
A seat that tells its own act stays ("The White House says it is considering aid": no one else named), and so does
a seat named otherwise ("reçu à l'Élysée", "a meeting at the White House": a place the reader reads as it did).
Choosing among names already read: no name is read, lengthened or retyped; a seat is only dropped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import name_key
from timeline.models import Actor

__all__ = ["seat_sources"]

_ARTICLES = r"(?:(?:le|la|les|the)\s+|l['’]\s*)?"


@functools.cache
def _lists(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """The seats' keys, a reporting phrase ending right before a name, a reporting verb right after one."""
    own = lexicon.load(f"{lang}/actors") or {}
    seats = frozenset(name_key(str(w)) for w in own.get("seats_of_power") or [])
    verbs = sorted({str(w) for key in ("person_verbs", "reported_speech") for w in own.get(key) or []},
                   key=len, reverse=True)
    if not seats or not verbs:
        return seats, None, None
    alts = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    before = re.compile(rf"(?:,\s*(?:{alts})|\b(?:selon|d['’]après|according\s+to))\s+{_ARTICLES}$", re.I)
    after = re.compile(rf"\s*(?:{alts})\b", re.I)
    return seats, before, after


def seat_sources(text: str, actors: Sequence[Actor], lang: str) -> list[Actor]:
    """The actors without the seats of power that stand as the source of what the text tells (module doc)."""
    seats, before, after = _lists(lang)
    if before is None or after is None:
        return list(actors)
    kept: list[Actor] = []
    for actor in actors:
        if name_key(actor.name) in seats and _reports(text, actor, actors, before, after):
            continue
        kept.append(actor)
    return kept


def _reports(text: str, seat: Actor, actors: Sequence[Actor], before: re.Pattern[str],
             after: re.Pattern[str]) -> bool:
    if before.search(text[max(0, seat.start - 80) : seat.start]):
        return True
    if after.match(text, seat.end) is None:
        return False
    return any(a.kind == "person" and a is not seat for a in actors)
