"""Names across articles: one display name per spelling group, acronyms to expansions, surnames within an article."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from timeline.extraction.actors.lexicon import fold, lex, name_key

__all__ = ["canonical_names", "link_names"]


def _display_rank(name: str, count: int) -> tuple[int, int, int, int, int, int, str]:
    accents = sum(1 for c in name if ord(c) > 127 and c.isalpha())
    capitalised = sum(1 for w in name.split() if w[:1].isupper())
    return (accents, not name.isupper(), capitalised, len(name.split()), count, len(name), name)


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Every raw name -> its display name across a corpus.

    Spellings with the same ``fold_name`` are one actor, shown by the most complete spelling (more diacritics
    first, then not all-caps, then more capitalised words, then the most frequent, then the longest). An all-caps
    acronym becomes the single longer name whose word initials it matches, in order or not ("OIM" ->
    "Organisation internationale pour les Migrations", "VAC" -> "Centre Vietnam-Australie").
    Surname-only references are NOT merged here (see ``link_names``).
    """
    counts = Counter(n for n in names if n and n.strip())
    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(name_key(name), []).append(name)
    display = {key: max(spellings, key=lambda s: _display_rank(s, counts[s])) for key, spellings in groups.items()}
    # Acronyms -> expansions.
    initials: dict[str, set[str]] = {}
    small = {w for lang in ("fr", "en") for w in lex(lang).connectors | lex(lang).determiners}
    for key, shown in display.items():
        words = [w for w in re.split(r"[\s\-‐–]+", shown) if w[:1].isupper()]
        if len(words) >= 2:
            initials.setdefault(fold("".join(w[0] for w in words)), set()).add(key)
            content = [w for w in re.split(r"[\s\-‐–'’]+", shown) if w and fold(w) not in small]
            initials.setdefault(fold("".join(w[0] for w in content)), set()).add(key)
    shuffled: dict[str, set[str]] = {}  # French acronyms of English names reorder letters: "VAC"
    for init, keys in initials.items():
        shuffled.setdefault("".join(sorted(init)), set()).update(keys)
    for key, shown in list(display.items()):
        if shown.isupper() and 2 <= len(shown) <= 10 and " " not in shown:
            letters = fold(shown)
            matches = initials.get(letters, set()) | shuffled.get("".join(sorted(letters)), set())
            matches.discard(key)
            if len({display[k] for k in matches}) == 1:
                display[key] = display[matches.pop()]
    return {name: display[name_key(name)] for name in counts}


def link_names(names: Iterable[str]) -> dict[str, str]:
    """Within ONE article: a name that is a whole-word part of exactly one longer name becomes it.

    "Hung" -> "Nguyen Manh Hung" when that is the only longer name containing the word "hung"; a name
    contained in two different longer names ("Minh" in "Pham Minh Chinh" and "Ho Chi Minh") is left as is.
    Spellings that fold alike are merged as in ``canonical_names``.
    """
    base = canonical_names(names)
    shown = sorted(set(base.values()), key=lambda s: -len(s.split()))
    out: dict[str, str] = {}
    for raw, name in base.items():
        words = name_key(name).split()
        longer = {
            other
            for other in shown
            if len(other.split()) > len(words) and _contains_words(name_key(other).split(), words)
        }
        out[raw] = longer.pop() if len(longer) == 1 else name
    return out


def _contains_words(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
