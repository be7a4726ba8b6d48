"""The two sides a results or fixtures line names are its actors.

"• Orchies - Saint-Chamond : 71-84", "Saturday 5 December: Goole Anchors v Selby Arrows": a line of a results or
fixtures list (score_shapes.py; made a row by events/score_lines.py) names the two clubs that played, often by their
town alone, which the rules read as a place or not at all. When a line of the text is WHOLLY such a line (each
';'-separated part after a colon, for fixtures), its two names are actors (orgs); a town stays a place too (the
match was played there). A line of prose never has the shape, so no sentence gains an actor here.
"""

from __future__ import annotations

from timeline.extraction.score_shapes import sides
from timeline.models import Actor

__all__ = ["listed_sides"]


def _pairs(text: str) -> list[tuple[str, str, int]]:
    """(first name, second name, offset of the line) for each whole results or fixtures line of ``text``."""
    out: list[tuple[str, str, int]] = []
    at = 0
    for line in text.split("\n"):
        found = sides(line)
        if found is not None:
            out.append((*found, at))
        elif ":" in line:
            parts = line[line.index(":") + 1 :].split(";")
            read = [sides(part) for part in parts]
            if parts and all(r is not None for r in read):
                out += [(r[0], r[1], at) for r in read if r is not None]
        at += len(line) + 1
    return out


def listed_sides(text: str, actors: list[Actor]) -> list[Actor]:
    """``actors`` with the two sides of each results or fixtures line of ``text`` added as orgs (module doc)."""
    named = {a.name for a in actors}
    added: list[Actor] = []
    for first, second, at in _pairs(text):
        for name in (first, second):
            if name in named:
                continue
            start = text.find(name, at)
            added.append(Actor(" ".join(name.split()), "org", start, start + len(name)))
            named.add(name)
    return sorted([*actors, *added], key=lambda a: a.start) if added else actors
