"""A town that stands for its club: the place named right before a match's score is also an actor.

"Le FC X est rentré de son déplacement à Rennes (2-2)", "battu samedi à Montpellier en championnat (1-3)": sports
news names the other side of a match by its town, and the score in brackets after it says so. The town stays a
place (the match was played there) and is also read as an actor, the club. Only a place (not a country: "la
France (2-1)" is a national side the country rules already read) in the same clause as the score, at most
``REACH`` characters before it.

Measured in round sixteen (docs/BENCHMARKS.md, "Actors on text nobody read, round sixteen"): towns for their club
were missed gold actors in both real-news dev halves.
"""

from __future__ import annotations

import re

from timeline.models import Actor

__all__ = ["town_clubs"]

#: a match's score in brackets: "(2-2)", "(1 - 3)", "(31-27)"
_SCORE = re.compile(r"\(\s*\d{1,3}\s*[-–]\s*\d{1,3}\s*\)")
#: how far before the score the town may stand ("à Montpellier en championnat (1-3)")
REACH = 40
#: what ends a clause between the town and the score
_CLAUSE = re.compile(r"[,;:.!?«»\"()]")


def town_clubs(text: str, actors: tuple[Actor, ...], locations: tuple[tuple[str, int, int], ...],
               countries: frozenset[str], key: object) -> tuple[Actor, ...]:
    """``actors`` with each place of ``locations`` that stands right before a score in brackets added as an org.
    ``key`` folds a name for the country test (``lexicon.name_key``); offsets are those of ``text``."""
    scores = [m.start() for m in _SCORE.finditer(text)]
    if not scores:
        return actors
    named = {a.name for a in actors}
    added = []
    for name, start, end in locations:
        if name in named or key(name) in countries:  # type: ignore[operator]
            continue
        if any(0 <= score - end <= REACH and not _CLAUSE.search(text, end, score) for score in scores):
            added.append(Actor(name, "org", start, end))
            named.add(name)
    return tuple(sorted((*actors, *added), key=lambda a: a.start)) if added else actors
