"""A hall, a stadium, a church or a lighthouse named as where a happening took place is a spot inside a town, not
the town: "s'est réuni salle Bouvet", "the funeral Mass at St Mary's Church", "Inishcurragh lighthouse". The name
the reader keeps of such a venue ("Bouvet", "St Mary") is no place of the event; the event then takes the place the
page gives (the dateline's town, the page's country or its neighbours' places: events/page_places.py).

The nouns are data: ``venue_nouns`` in lang/<lang>/actors.yaml. French writes the noun first ("salle Bouvet", "stade
Jean-Bouin"), English after the name ("St Mary's Church"). A name after "de" ("le lycée de Tourcoing") is as often the
town and is kept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon

__all__ = ["is_venue", "without_venues"]


@functools.cache
def _nouns(lang: str) -> str:
    nouns = lexicon.load(f"{lang}/actors").get("venue_nouns") or []
    return "|".join(re.escape(str(n)) for n in sorted(nouns, key=len, reverse=True))


def _is_venue(nouns: str, text: str, name: str) -> bool:
    """``name`` is written in ``text`` right after a venue noun ("salle Bouvet"), or right before one ("St Mary's
    Church")."""
    escaped = re.escape(name)
    before = rf"(?<![\w-])(?:{nouns})\s+{escaped}(?![\w-])"
    after = rf"(?<![\w-]){escaped}(?:['’]s)?\s+(?:{nouns})(?![\w-])"
    return bool(re.search(before, text, re.IGNORECASE) or re.search(after, text, re.IGNORECASE))


def is_venue(lang: str, text: str, name: str) -> bool:
    """``text`` writes ``name`` as a venue's ("salle Bouvet", "St Mary's Church")."""
    nouns = _nouns(lang)
    return bool(nouns) and _is_venue(nouns, text, name)


def without_venues(lang: str, text: str, places: Sequence[str]) -> list[str]:
    """``places`` without the names ``text`` writes as a venue's ("salle Bouvet": "Bouvet")."""
    nouns = _nouns(lang)
    if not nouns:
        return list(places)
    return [p for p in places if not _is_venue(nouns, text, p)]
