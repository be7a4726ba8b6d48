"""Names that count people or number a provision: no actor (round twenty-one).

Two misreads of capitalised runs the reader already finds, counted on the dev sources (docs/BENCHMARKS.md,
"Actors that count people or number a provision, round twenty-one"):

- a number word opening a sentence before a nationality, "Forty British holidaymakers were moved", "Seven French
  cavers", "Quarante Britanniques ont été relogés": the run was read as an organisation (English) or a person
  (French). ``counted_people`` tells a name made of number words (``count_words`` in lang/<lang>/actors.yaml),
  one nationality (``demonyms``, singular or plural) and at most words in small letters ("Twelve German
  students"): a count of people, no actor;
- the head of a numbered provision, "filed for Chapter 11 protection", "under Section 28 of the act": the head was
  read alone as an organisation. ``numbered_provision`` tells a one-word name among ``provision_heads``
  (lang/<lang>/actors.yaml) right before a number: a provision, no actor. A longer name holding the number
  ("Article 19" read whole) is not touched.
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import lex, name_key

__all__ = ["counted_people", "numbered_provision"]


@functools.cache
def _lists(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    own = lexicon.load(f"{lang}/actors") or {}
    counts = frozenset(name_key(str(w)) for w in own.get("count_words") or [])
    heads = frozenset(name_key(str(w)) for w in own.get("provision_heads") or [])
    return counts, heads


def _nationality(word: str, lang: str) -> bool:
    demonyms = lex(lang).demonyms
    return any(w in demonyms for w in (word, word[:-1] if word[-1:] in ("s", "x") else ""))


def counted_people(name: str, lang: str) -> bool:
    """Is the name a count of people of a nationality: number words, then one nationality, then at most words in
    small letters ("Forty British", "Twenty-five German", "Twelve German students", "Quarante Britanniques")?"""
    counts, _ = _lists(lang)
    raw = name.split()
    at = next((i for i, w in enumerate(raw) if not all(p in counts for p in name_key(w).split())), len(raw))
    if at == 0 or at == len(raw) or not _nationality(name_key(raw[at]), lang):
        return False
    return all(w[:1].islower() for w in raw[at + 1 :])


_NUMBER_AFTER_RE = re.compile(r"\s\d")


def numbered_provision(text: str, start: int, end: int, lang: str) -> bool:
    """Is the name at text[start:end] one provision head right before a number ("Chapter 11", "Section 28")?"""
    _, heads = _lists(lang)
    return name_key(text[start:end]) in heads and _NUMBER_AFTER_RE.match(text, end) is not None
