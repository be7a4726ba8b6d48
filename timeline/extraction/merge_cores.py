"""Merging across languages: one body's name written in two languages is one actor (``same_core``).

A company, a club or a service keeps its own word in every language and translates the words of its kind around it:
"Vellacourt Énergie" in a French dispatch is "Vellacourt Energy" in an English paper, "Secours Alpin Vaudois" is
"the Vaudois Alpine Rescue". ``actors_agree`` (merge_apart), the gate two tellings of two languages pass before they
merge, compares names word for word and through lang/aliases.yaml: a name no alias lists, translated word by word,
agreed with nothing and the two tellings stayed two rows (round seventeen: a cable operator's breakdown, a caving
rescue, each told in French and in English).

A name's core is what is left of its words once the language's common words are out: the words of both languages'
lists that name no one in particular (``merge_names.common_words``: titles, bodies and groups named by a common noun,
demonyms, countries, function words, stop words; "énergie", "energy", "sauveteurs" and "français" among them),
places (a country or a town the gazetteer knows: "la police de Lyon" and "Lyon's town hall" are two bodies of one
town, their core no name), and words shorter than CORE_LETTERS. Two names of two words or more (a one-word name is
compared word for word already) with the same core, not empty, name one actor. Used only across languages
(``actors_agree``): within a language a name is written one way, and two names that differ there are two actors.
"""

from __future__ import annotations

import functools

from timeline.extraction.gazetteer import country_key, town_country
from timeline.extraction.merge_names import common_words

__all__ = ["CORE_LETTERS", "core", "same_core"]

#: A word of a name shorter than this is no part of its core ("de", "du", "of", "SA").
CORE_LETTERS = 4


@functools.cache
def _common() -> frozenset[str]:
    return common_words("fr") | common_words("en")


def _place(word: str) -> bool:
    """The word is a country or a town of the gazetteer ("lyon", "france")."""
    return country_key(word) != word or town_country(word) is not None or word in _countries()


@functools.cache
def _countries() -> frozenset[str]:
    from timeline.extraction.merge_apart import every_country

    return every_country()


@functools.lru_cache(maxsize=65536)
def core(name: str) -> frozenset[str]:
    """The core of a folded name (``merge_features._words``: "transmanche energie"): its words that are neither common
    words of either language, nor places, nor shorter than CORE_LETTERS."""
    words = name.replace("-", " ").split()
    return frozenset(w for w in words if len(w) >= CORE_LETTERS and w not in _common() and not _place(w))


def same_core(ours: str, theirs: str) -> bool:
    """Two folded names, one of two words or more, that differ only by common words: the same core, not empty."""
    if ours == theirs or (" " not in ours and " " not in theirs):
        return False
    found = core(ours)
    return bool(found) and found == core(theirs)
