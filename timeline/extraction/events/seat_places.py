"""Where a body that sits in a named place acts: the place its name ends with ("le conseil municipal de Saumur a
voté", "the senate of the University of Kelmouth approved") or opens with ("Kelmouth City Council agreed").

A council, a court, a prosecutor's office, a prefecture meets or decides in the town (or department, region) its name
gives; an event whose own sentence names no place and whose actor is such a body is placed there, before the
dateline's town or the page's country (events/page_places.py). The heads are data: ``seat_heads`` (the place follows
the head and a "de"/"du"/"of" at the end of the name) and ``seat_heads_after`` (English: the place opens the name) in
lang/<lang>/actors.yaml. A country is no seat ("tribunal de commerce de France" would tell nothing narrower), nor a
word in small letters ("conseil de prud'hommes", "cour d'appel").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from timeline import lang as lexicon
from timeline.extraction.actors.names import name_identity
from timeline.extraction.merge_apart import every_country

__all__ = ["seat_places"]

_UPPER = r"[A-ZÀ-ÖØ-Þ]"
#: A place's name: capitalised words, with the small links a town's name holds ("Saint-Aubin-des-Landes",
#: "Centre-Val de Loire", "Villeneuve-lès-Maguelone", "Châlons-en-Champagne", "Newcastle upon Tyne").
_NAME = (rf"{_UPPER}[\w'’.-]*(?:\s+(?:(?:de|du|des|la|le|les|lès|sur|sous|en|upon|on|the)\s+)?{_UPPER}[\w'’.-]*)*")
_LINKS = {"fr": r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)", "en": r"(?:the\s+)?"}
#: What may follow the place in an English name: the body's own noun in small letters ("University of Kelmouth court").
_TAILS = {"fr": "", "en": r"(?:\s+[a-z][\w-]*){0,2}"}


def _alternatives(words: Iterable[object]) -> str:
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(map(str, words), key=len, reverse=True))


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = lexicon.load(f"{lang}/actors")
    before, after = data.get("seat_heads") or [], data.get("seat_heads_after") or []
    link = _LINKS.get(lang, _LINKS["en"])
    head_first = (re.compile(rf"(?i:(?<![\w-])(?:{_alternatives(before)}))(?:\s+[\w'’-]+?)*?\s*{link}"
                             rf"(?P<place>{_NAME}){_TAILS.get(lang, '')}\s*$") if before else None)
    head_last = (re.compile(rf"^(?:the\s+)?(?P<place>{_NAME}?)\s+(?i:(?:{_alternatives(after)}))\s*$")
                 if after else None)
    return head_first, head_last


def _seat(lang: str, name: str) -> str:
    head_first, head_last = _patterns(lang)
    for pattern in (head_first, head_last):
        m = pattern.search(name) if pattern else None
        if m and not m["place"][:1].islower():
            place = " ".join(m["place"].split())
            if name_identity(place) not in every_country():
                return place
    return ""


def seat_places(lang: str, actors: Iterable[str]) -> list[str]:
    """The places the event's bodies sit in, by their names (``actors``: the event's actors), in actor order."""
    out: list[str] = []
    for name in actors:
        place = _seat(lang, " ".join(name.split()))
        if place and lexicon.fold(place) not in {lexicon.fold(p) for p in out}:
            out.append(place)
    return out
