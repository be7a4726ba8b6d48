"""A capitalised name right after "east of", "near", "au large de", "près de" is a place (lang/*/actors.yaml
``place_phrases``), whatever the word lists know of it ("east of Revelstoke", "au large de Lampedusa"); used by
the reader's step 4 (orgs.py, ``_places``)."""

from __future__ import annotations

import functools
import re

from timeline.extraction.actors.lexicon import fold
from timeline.lang import load as _load_words

__all__ = ["after_place_phrase"]


def after_place_phrase(lang: str, text: str, start: int) -> bool:
    """The text before offset ``start`` ends with a place phrase (and perhaps an article)."""
    pattern = _place_phrases(lang)
    return bool(pattern and pattern.search(fold(text[max(0, start - 40) : start])))


@functools.cache
def _place_phrases(lang: str) -> re.Pattern[str] | None:
    """The end of a text that is a place phrase and perhaps an article ("north of the ", "au large de l'"); a
    French phrase ending in "de" also ends in "d'" ("près d'Annecy")."""
    phrases = sorted((fold(str(p)) for p in _load_words(f"{lang}/actors").get("place_phrases") or []), key=len,
                     reverse=True)
    if not phrases:
        return None
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    elided = "|".join(re.escape(p[:-2]).replace(r"\ ", r"\s+") + "d" for p in phrases if p.endswith(" de"))
    tail = rf"(?<!\w)(?:{words})(?:\s+(?:the|la|le|les)\s+|\s*l['’]\s*|\s+)$"
    return re.compile(tail + (rf"|(?<!\w)(?:{elided})['’]\s*$" if elided else ""))
