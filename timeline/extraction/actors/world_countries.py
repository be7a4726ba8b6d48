"""Every country's name in French and English, from the Unicode CLDR through Babel, next to our own lists.

``lang/<lang>/actors.yaml``'s ``countries`` grew with the articles we read (about 95 names a language), so "la Libye",
"Croatia" or "le Tchad" were places, never actors, in text nobody here wrote. CLDR names every territory in both
languages; Babel (already installed for trafilatura's courlan) ships it. Our lists keep the last word: a name they
hold keeps its display form ("Viet Nam" -> "Vietnam"), and ``lang/countries.yaml`` says which CLDR codes are no
state of their own (overseas regions, islands and bases of another state) and which names are not read alone
(English "Jordan", "Chad", "Georgia": first names or a US state before they are countries).
"""

from __future__ import annotations

import functools
import re

from babel import Locale

from timeline import lang as lexicon

__all__ = ["country_names"]

_ALPHA2 = re.compile(r"[A-Z]{2}")
#: CLDR's short or qualified forms ("Myanmar (Birmanie)", "R.A.S. chinoise de Hong Kong") keep their head only.
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


@functools.cache
def country_names(lang: str) -> dict[str, str]:
    """CLDR's name of every state in ``lang`` (written form -> the same form), but codes and names listed out."""
    data = lexicon.load("countries") or {}
    skipped_codes = {str(code) for code in data.get("not_states") or ()}
    not_alone = {lexicon.fold(str(name)) for name in (data.get("not_alone") or {}).get(lang) or ()}
    try:
        territories = Locale(lang).territories
    except (ValueError, TypeError):
        return {}
    names: dict[str, str] = {}
    for code, name in territories.items():
        if not _ALPHA2.fullmatch(code) or code in skipped_codes:
            continue
        name = _QUALIFIER.sub("", str(name)).replace("’", "'")
        if name and lexicon.fold(name) not in not_alone:
            names[name] = name
    return names
