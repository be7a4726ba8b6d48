"""Merging: the numbers of a telling, used by merge.py (``identifiers`` and ``amounts``).

A number that names the event ("résolution 57", "13th meeting", "12e Consultation", "deuxième") is an identifier:
two tellings giving different ones are two events. A quantity is not: an age ("62 ans"), a toll that grows, a speed,
a share, a count of people, nor a clock time ("08h30 -" heading a live blog's entry). An amount of money is a
quantity too, but one that two tellings of one deal share in any language ("€350 million", "350 millions d'euros"):
it is evidence that they are one event, never a conflict. The word lists are data: ``quantity_units``,
``currency_signs``, ``currency_words`` and ``magnitudes`` in timeline/lang/merge.yaml.
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon

__all__ = ["ORDINALS", "amounts", "identifiers"]

#: Ordinal words count as the number they name ("deuxième consultation" conflicts with "12e").
ORDINALS = {
    "premier": 1, "premiere": 1, "first": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3, "third": 3,
    "quatrieme": 4, "fourth": 4, "cinquieme": 5, "fifth": 5, "sixieme": 6, "sixth": 6, "septieme": 7,
    "seventh": 7, "huitieme": 8, "eighth": 8, "neuvieme": 9, "ninth": 9, "dixieme": 10, "tenth": 10,
}
_ORDINAL = re.compile(r"(?<!\w)(" + "|".join(ORDINALS) + r")(?!\w)")
_NUMBER = re.compile(r"(?<![\w.])(\d{1,4})(?:e|er|ere|eme|ème|st|nd|rd|th)?(?![\d])")
_SPACES = "[ \u00a0\u202f]"
#: Around a number, what makes it part of a bigger figure or a clock time: "1 200", "1,5", "08:30", "8 h 30".
_GLUED_AFTER = re.compile(rf"(?:{_SPACES}\d{{3}}(?!\d)|[.,:]\d|h\d\d)")
_GLUED_BEFORE = re.compile(rf"(?:\d{_SPACES}|\d[.,:]|\d{_SPACES}?h{_SPACES}?)$")


@functools.cache
def _units() -> tuple[str, ...]:
    return tuple(sorted({lexicon.fold(str(u)) for u in lexicon.load("merge").get("quantity_units", []) or []},
                        key=len, reverse=True))


@functools.cache
def _units_before() -> re.Pattern[str]:
    """A unit written before its figure ("magnitude 6"): lang/merge.yaml ``measure_units_before``."""
    words = {lexicon.fold(str(w)) for ws in (lexicon.load("merge").get("measure_units_before") or {}).values()
             for w in ws}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alternation})(?:{_SPACES}+(?:de|of))?{_SPACES}+$")


def _is_quantity(folded: str, start: int, end: int) -> bool:
    """The number at folded[start:end] counts something (a unit follows, or one written before it: "magnitude 6") or
    is part of a figure or a clock time."""
    if _GLUED_AFTER.match(folded, end) or _GLUED_BEFORE.search(folded[max(0, start - 4):start]):
        return True
    if _units_before().search(folded[max(0, start - 16):start]):
        return True
    rest = folded[end:].lstrip(" \u00a0\u202f-")
    for unit in _units():
        if rest.startswith(unit):
            tail = rest[len(unit):]
            tail = tail[1:] if tail[:1] == "s" and unit[-1:].isalpha() else tail
            if not unit[-1:].isalnum() or not tail[:1].isalnum():
                return True
    return False


@functools.lru_cache(maxsize=65_536)
def identifiers(title: str) -> frozenset[str]:
    """Identifying numbers of a title ("résolution 57", "12e Consultation", "deuxième"): years, quantities and
    clock times are left out."""
    folded = lexicon.fold(title)
    found = {str(ORDINALS[m.group(1)]) for m in _ORDINAL.finditer(folded)}
    for match in _NUMBER.finditer(folded):
        value = int(match.group(1))
        if 1900 <= value <= 2100 or _is_quantity(folded, match.start(1), match.end()):
            continue
        found.add(str(value))
    return frozenset(found)


@functools.cache
def _amount_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    data = lexicon.load("merge")
    magnitude_of = {lexicon.fold(str(w)): key for key, words in (data.get("magnitudes") or {}).items() for w in words}
    mags = "|".join(re.escape(w) for w in sorted(magnitude_of, key=len, reverse=True))
    signs = "|".join(re.escape(lexicon.fold(str(s))) for s in sorted(data.get("currency_signs", []), key=len,
                                                                       reverse=True))
    words = "|".join(re.escape(lexicon.fold(str(w))) for w in data.get("currency_words", []))
    number = rf"(\d{{1,3}}(?:(?:{_SPACES}|,|\.)\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    magnitude = rf"(?:{_SPACES}?({mags})s?(?![a-z]))?"
    before = re.compile(rf"(?<![a-z])(?:{signs}){_SPACES}?{number}{magnitude}")
    after = re.compile(rf"(?<![\d.,]){number}{magnitude}{_SPACES}+(?:de{_SPACES}+|d['’]|of{_SPACES}+)?(?:{words})s?"
                       r"(?![a-z])")
    return before, after, magnitude_of


def _value(number: str, magnitude: str | None) -> str:
    """'1 200' -> '1200', '1,5' with a magnitude -> '1.5' (a separator before three digits and no magnitude is
    a thousands separator)."""
    text = re.sub(_SPACES, "", number)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text) and not magnitude:
        text = re.sub(r"[.,]", "", text)
    text = text.replace(",", ".")
    return text.rstrip("0").rstrip(".") if "." in text else text


@functools.lru_cache(maxsize=65_536)
def amounts(sentence: str) -> frozenset[str]:
    """The amounts of money a sentence gives, as value and magnitude: "€350 million" and "350 millions d'euros"
    both give '350m'."""
    before, after, magnitude_of = _amount_patterns()
    folded = lexicon.fold(sentence)
    found = set()
    for pattern in (before, after):
        for match in pattern.finditer(folded):
            magnitude = match.group(2)
            found.add(_value(match.group(1), magnitude) + (magnitude_of[magnitude] if magnitude else ""))
    return frozenset(found)
