"""A town a merged row shows as one of its places is no actor of that row (round twenty-three, act23b).

docs/ANNOTATION.md ("Actors and places"): actors are those who act; ``locations`` lists where it happens. A town
that one telling reads as an actor (a dateline's town, "the dockers of a terminal in Leeds", "sailings between
Dover and Calais") while the row's tellings read it as the place of the happening is the scene of the row, not
a party to it: the row shows it among its places and no longer among its
actors.

Read on the merged row, never on the telling (as ``shown_types.py``): the tellings keep their actors for pairing
and merging, so the rows are those merging makes and only the names a row shows move.

Narrow by mechanism, with the place lists that exist (no word list of its own):
- only a town the gazetteer knows (``gazetteer.is_town``, in one country or several), never a country: a country
  is a party in the guide ("Kenya and France signed", the countries that broke off relations with Qatar) even
  where it is also the scene;
- only a name the row also shows as a place (same identity as one of its ``locations``);
- kept when a telling names it right before a match's score ("battu samedi à Montpellier (1-3)") or as a side of
  a match the prose names by its sides ("le match Quimper - Avignon"): a town that stands for its club
  (``actors/clubs.py``, ``actors/match_sides.py``), an actor the guide keeps;
- kept when a telling opens on it ("Paris a annoncé ...", "Washington said ..."): a seat that stands for its
  government, an actor the guide keeps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extraction import gazetteer
from timeline.extraction.actors.clubs import town_clubs
from timeline.extraction.actors.lexicon import lex, name_key
from timeline.extraction.actors.match_sides import side_spans
from timeline.extraction.actors.names import name_identity, place_name

__all__ = ["scene_towns"]


def scene_towns(actors: Sequence[str], locations: Sequence[str], evidence: Sequence[str]) -> frozenset[str]:
    """The actors of a row that are only its scene: towns it also shows as places (see the module's docstring)."""
    places = {name_identity(place_name(p)) for p in locations}
    if not places:
        return frozenset()
    return frozenset(a for a in actors if name_identity(place_name(a)) in places and _town(a)
                     and not any(_club(a, s) or _opens(a, s) for s in evidence))


def _town(name: str) -> bool:
    """A town the gazetteer knows, and no country the word lists know (both languages)."""
    key = name_key(name)
    return not any(key in lex(code).countries for code in ("fr", "en")) and gazetteer.is_town(name)


def _club(name: str, sentence: str) -> bool:
    """The sentence names the town right before a score in brackets: it stands for its club (actors/clubs.py)."""
    spots = tuple((name, m.start(), m.end()) for m in _whole(name).finditer(sentence))
    if spots and any(" ".join(sentence[s:e].split()) == name for code in ("fr", "en")
                     for s, e in side_spans(sentence, code)):
        return True  # "le match Quimper - Avignon": a side of a match named by its sides (actors/match_sides.py)
    return bool(spots) and bool(town_clubs(sentence, (), spots, frozenset(), name_key))


def _opens(name: str, sentence: str) -> bool:
    """The sentence opens on the name as written ("Paris a annoncé", "Washington said")."""
    return bool(re.match(rf"\W*{re.escape(name)}(?![\w-])", sentence))


def _whole(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
