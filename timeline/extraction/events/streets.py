"""A street, a square or a district of a town is not a second place beside the town: "place de la Fontaine, à
Villebrune", "dans le quartier des Tanneurs, à Morlac", "Harbour Street in Dunmorrow".

The guide lists where a happening is, the town, else the country (docs/ANNOTATION.md, "locations"). The name the
reader keeps of a street or a square ("Fontaine", "Tanneurs") tells where in the town, not which town: it is left out
of the event's places when another of them stays (a town, a country). Alone it is kept: a district may be all a
reader is told ("dans le quartier de Kinama"), and the page's town is not sure to be its town.

The nouns are data: ``street_nouns`` in lang/<lang>/actors.yaml. French writes the noun first, perhaps with "de",
"du", "de la", "des", "d'" ("place de la Fontaine", "quai des Indes", "zone industrielle de la Prairie"), English
after the name ("Harbour Street", "Market Square").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.sentences import fold_keep

__all__ = ["is_street", "without_streets"]

_LINK = r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*|\s+)"


@functools.cache
def _nouns(lang: str) -> str:
    nouns = lexicon.load(f"{lang}/actors").get("street_nouns") or []
    return "|".join(re.escape(fold_keep(str(n))).replace(r"\ ", r"\s+")
                    for n in sorted(map(str, nouns), key=len, reverse=True))


def _is_street(lang: str, nouns: str, folded: str, name: str) -> bool:
    """``name`` is written in ``folded`` (folded text) right after a street noun ("place de la Fontaine") in French,
    right before one ("Harbour Street") in English."""
    escaped = r"\s+".join(re.escape(w) for w in fold_keep(name).split())
    if lang != "fr" and re.search(rf"\s(?:{nouns})$", fold_keep(name)):
        return True  # the reader keeps the noun in the name: "Harbour Street"
    if lang == "fr":
        pattern = rf"(?<![\w-])(?:{nouns}){_LINK}{escaped}(?![\w-])"
    else:
        pattern = rf"(?<![\w-]){escaped}(?:['’]s)?\s+(?:{nouns})(?![\w-])"
    every = len(re.findall(rf"(?<![\w-]){escaped}(?![\w-])", folded))
    return bool(every) and len(re.findall(pattern, folded)) == every


def is_street(lang: str, text: str, name: str) -> bool:
    """``text`` writes ``name`` only as a street's, a square's or a district's ("place de la Fontaine")."""
    nouns = _nouns(lang)
    return bool(nouns) and _is_street(lang, nouns, fold_keep(text), name)


def without_streets(lang: str, text: str, places: Sequence[str]) -> list[str]:
    """``places`` without the names ``text`` writes only as a street's, a square's or a district's ("place de la
    Fontaine": "Fontaine"), when another place stays."""
    nouns = _nouns(lang)
    if len(places) < 2 or not nouns:
        return list(places)
    folded = fold_keep(text)
    kept = [place for place in places if not _is_street(lang, nouns, folded, place)]
    return kept or list(places)
