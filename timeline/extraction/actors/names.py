"""Names across articles: one display name per spelling group, acronyms to expansions, surnames within an article.

One name, two tests (``name_identity``):

    fold      accents, case, hyphens, apostrophes and the spaces between words are ignored: "Tô Lâm" = "TO LAM",
              "Hanoï" = "Hanoi", "Viet Nam" = "Vietnam", "Đà Nẵng" = "Danang"
    aliases   ``timeline/lang/aliases.yaml`` lists the spellings of one name across languages ("Politburo",
              "Bureau politique"); the entry's FIRST spelling is the one shown, whatever the corpus holds

A name in no alias entry is shown by its most complete spelling in the corpus (``canonical_names``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import fold, lex, name_key

__all__ = [
    "alias_table",
    "canonical_name",
    "canonical_names",
    "link_names",
    "name_identity",
    "place_name",
    "spellings",
]

ALIASES_FILE = "timeline/lang/aliases.yaml"


@functools.cache
def alias_table() -> dict[str, str]:
    """Identity (folded, spaces removed) of every spelling in ``lang/aliases.yaml`` -> the entry's first spelling.

    Raises ValueError naming the file and the entry when an entry is not a list of names, or when a spelling
    belongs to two entries (the table would not say which name it is).
    """
    data = lexicon.load("aliases")
    table: dict[str, str] = {}
    for section, entries in data.items():
        for n, entry in enumerate(entries or [], 1):
            where = f"{ALIASES_FILE}: {section} entry {n}"
            if not isinstance(entry, list) or len(entry) < 2 or not all(isinstance(s, str) and s for s in entry):
                raise ValueError(f"{where} must list two spellings or more, the shown one first: {entry!r}")
            for spelling in entry:
                key = _compact(spelling)
                if table.get(key, entry[0]) != entry[0]:
                    raise ValueError(f"{where}: {spelling!r} is already a spelling of {table[key]!r}; keep one entry")
                table[key] = entry[0]
    return table


def _compact(name: str) -> str:
    return name_key(name).replace(" ", "")


@functools.lru_cache(maxsize=65536)
def name_identity(name: str) -> str:
    """The key two spellings of one actor or place share: its alias entry's, else its folded letters."""
    key = _compact(name)
    shown = alias_table().get(key)
    return key if shown is None else _compact(shown)


def spellings(name: str) -> tuple[str, ...]:
    """Every spelling ``lang/aliases.yaml`` gives the name (its entry, shown spelling first), else just the name."""
    return _entries().get(name_identity(name), (name,))


@functools.cache
def _entries() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for entries in lexicon.load("aliases").values():
        for entry in entries or []:
            out[name_identity(entry[0])] = tuple(str(s) for s in entry)
    return out


def canonical_name(name: str) -> str:
    """The shown spelling of one name, without a corpus: its alias entry's first spelling, else the name itself."""
    return alias_table().get(_compact(name), name)


def place_name(name: str) -> str:
    """The shown spelling of a place, without a corpus: its alias entry's first spelling, else the most complete
    spelling the word lists give it ("Da Nang", "Danang" -> "Đà Nẵng"), else the name itself."""
    key = _compact(name)
    return alias_table().get(key) or _listed_places().get(key, name)


@functools.cache
def _listed_places() -> dict[str, str]:
    spellings: dict[str, list[str]] = {}
    for code in ("fr", "en"):
        data = lexicon.load(f"{code}/actors")
        for key in ("cities", "places"):
            for place in data.get(key) or []:
                spellings.setdefault(_compact(str(place)), []).append(str(place))
    return {key: max(names, key=lambda s: _display_rank(s, 1)) for key, names in spellings.items()}


def _display_rank(name: str, count: int) -> tuple[int, int, int, int, int, int, str]:
    accents = sum(1 for c in name if ord(c) > 127 and c.isalpha())
    capitalised = sum(1 for w in name.split() if w[:1].isupper())
    return (accents, not name.isupper(), capitalised, len(name.split()), count, len(name), name)


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Every raw name -> its display name across a corpus.

    Spellings with the same ``name_identity`` are one actor: shown by their alias entry's first spelling when
    ``lang/aliases.yaml`` lists them, else by the most complete spelling (more diacritics first, then not
    all-caps, then more capitalised words, then the most frequent, then the longest). An all-caps
    acronym becomes the single longer name whose word initials it matches, in order or not ("OIM" ->
    "Organisation internationale pour les Migrations", "VAC" -> "Centre Vietnam-Australie").
    Surname-only references are NOT merged here (see ``link_names``).
    """
    counts = Counter(n for n in names if n and n.strip())
    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(name_identity(name), []).append(name)
    aliases = alias_table()
    display = {
        key: aliases.get(key) or max(spellings, key=lambda s: _display_rank(s, counts[s]))
        for key, spellings in groups.items()
    }
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
        if shown.isupper() and 2 <= len(shown) <= 10 and " " not in shown and key not in aliases:
            letters = fold(shown)
            matches = initials.get(letters, set()) | shuffled.get("".join(sorted(letters)), set())
            matches.discard(key)
            if len({display[k] for k in matches}) == 1:
                display[key] = display[matches.pop()]
    return {name: display[name_identity(name)] for name in counts}


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
