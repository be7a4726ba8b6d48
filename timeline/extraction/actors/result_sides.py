"""The two sides a result clause names are its actors (round thirty, spo30).

"Tahoua a battu Maradi (5-4)", "Lakeside FC edged Hillcrest Wanderers 1-0": a match told by its result verb between
its two sides, with its score (result_shapes.py; made a row by events/result_clauses.py), names the two clubs or
players that played, often by their town alone, which the rules read as a place or not at all. Each side becomes an
org actor, as ``match_sides.py`` does for a match named by its sides, unless a person or a name reaching past the
side was read there; a town stays a place too (the match was played there).
"""

from __future__ import annotations

from timeline.extraction.actors.match_sides import sides_as_orgs
from timeline.extraction.result_shapes import side_spans
from timeline.models import Actor

__all__ = ["result_sides"]


def result_sides(text: str, actors: list[Actor], lang: str) -> list[Actor]:
    """``actors`` with each side of each result clause of ``text`` read as one org (module doc)."""
    return sides_as_orgs(text, actors, side_spans(text, lang))
