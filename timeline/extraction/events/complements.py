"""A general noun typed by the happening its complement names, and a bare capitalised noun that names an institution.

Two readings of a trigger noun from the words around it (step 2, events/triggers.py):

- "l'annonce de sa démission" is an election: a general noun (typed 'other': "annonce", "announcement") takes the
  type of the happening its complement names. The complement may run through a phase noun ("l'annonce du début de
  l'offensive", "the announcement of the start of talks") and past a date set between commas ("l'annonce, dans la
  nuit de dimanche, du début de l'offensive"): words lists ``phase_nouns`` in lang/<lang>/triggers.yaml.
- "le ministre annonce sa démission": a noun of the ``present_homographs`` list with no determiner or preposition
  right before it is the verb in the present; it takes the type of the trigger noun of its object, as a general
  verb does (events/triggers.py ``_typed_by_object``).
- "le procès du naufrage", "the trial over the crash": a noun of the ``head_nouns`` list is a happening of its own
  (a trial, a speech, a hearing, a match) and keeps its type; its complement only says what it is about.
- "pleaded before Congress", "Congress passed the bill": a capitalised noun of the ``institution_nouns`` list
  standing bare (no determiner, no capitalised name before it) is the assembly, not its meeting ("the party
  congress", "the 18th Congress" stay meetings).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline import lang as lexicon
from timeline.extraction.events.spans import _clause_breaks

if TYPE_CHECKING:
    from timeline.extraction.events.triggers import _Trigger

_COMPLEMENT = (r"\s*(?:du|de la|de l'|des|de sa|de son|de ses|de leur|d'|of the|of his|of her|of its|of their|of)"
               r"\s*")
DATE_INSERT_WORDS = 3
"""Words at most between a general noun and a date set after it ("l'annonce, dans la nuit du 16 au 17": 3)."""
_INSERT_OPEN = re.compile(rf"\s*,?\s*(?:[\w']+\s+){{0,{DATE_INSERT_WORDS}}}")
_INSERT_CLOSE = re.compile(r"\s*,?")


@functools.cache
def _chain(lang: str) -> re.Pattern[str]:
    """The words between a general noun and the head of its complement: "de", "du début de l'", "of the start of"."""
    phases = "|".join(sorted(lexicon.load(f"{lang}/triggers").get("phase_nouns") or [], key=len, reverse=True))
    links = rf"(?:\s*(?:{phases})(?!\w){_COMPLEMENT})*" if phases else ""
    return re.compile(rf"{_COMPLEMENT}{links}")


@functools.cache
def _institutions(lang: str) -> frozenset[str]:
    return frozenset(lexicon.load(f"{lang}/triggers").get("institution_nouns") or ())


def _gap(folded: str, lo: int, hi: int, date_starts: Sequence[int], date_ends: Sequence[int]) -> int:
    """Where the complement starts after a general noun ending at ``lo`` when a date stands between it and ``hi``
    ("l'annonce, lundi, du début": after "lundi,"); ``lo`` when none does, -1 when the date is no insert."""
    starts = [s for s in date_starts if lo <= s < hi]
    ends = [e for e in date_ends if lo < e <= hi]
    if not starts or not ends:
        return lo
    if _INSERT_OPEN.fullmatch(folded, lo, starts[0]) is None or "." in folded[lo : starts[0]]:
        return -1
    close = _INSERT_CLOSE.match(folded, max(ends))
    return close.end() if close else -1


OBJECT_WORDS = 4
"""Words at most between a present verb read as a noun and the trigger noun of its object ("annonce trois jours de
deuil national": 3)."""


@functools.cache
def _homographs(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(nouns that are also a present verb, words after which they stay nouns: determiners, prepositions)."""
    data = lexicon.load(f"{lang}/triggers")
    stops = {*(data.get("determiners") or ()), *(data.get("title_tail_stops") or ())}
    return frozenset(data.get("present_homographs") or ()), frozenset(stops)


def _present_verb(lang: str, folded: str, t: _Trigger, triggers: list[_Trigger]) -> str | None:
    """The type of the object of a noun that is a present verb here ("le ministre annonce sa démission"), else None."""
    homographs, stops = _homographs(lang)
    before = folded[max(0, t.start - 30) : t.start].split()
    if folded[t.start : t.end] not in homographs or not before or before[-1].strip(",;:()\"'«»") in stops:
        return None
    if not before[-1][-1:].isalnum() and before[-1][-1:] != ",":
        return None  # after a full stop or a colon: a headline's noun ("Annonce : ...")
    for o in triggers:
        if o.kind == "noun" and o.event_type != "other" and t.end < o.start:
            near = len(folded[t.end : o.np_start].split()) <= OBJECT_WORDS
            return o.event_type if near and not _clause_breaks(folded, t.end, o.np_start) else None
    return None


@functools.cache
def _head_nouns(lang: str) -> re.Pattern[str]:
    """General nouns that keep their own type whatever their complement names (``head_nouns``)."""
    words = lexicon.load(f"{lang}/triggers").get("head_nouns") or ()
    return re.compile("|".join(f"(?:{w})" for w in words) or "(?!)")


def typed_by_complement(lang: str, folded: str, triggers: list[_Trigger], date_starts: Sequence[int] = (),
                        date_ends: Sequence[int] = ()) -> list[_Trigger]:
    """A general noun typed 'other' takes the type of the happening its complement names (see the module)."""
    chain = _chain(lang)
    out = []
    for t in triggers:
        verb_type = _present_verb(lang, folded, t, triggers) if t.kind == "noun" and t.event_type == "other" else None
        if verb_type is not None:
            t = dataclasses.replace(t, event_type=verb_type)
        elif t.kind == "noun" and t.event_type == "other" and not _head_nouns(lang).fullmatch(folded[t.start : t.end]):
            for o in triggers:
                if not (o.kind == "noun" and o.event_type != "other" and t.end < o.start):
                    continue
                # inside the noun's phrase, or past a date set after the noun (where its phrase stops)
                lo = t.end if o.end <= t.np_end else _gap(folded, t.end, o.np_start, date_starts, date_ends)
                if (t.end < lo or (lo == t.end and o.end <= t.np_end)) and chain.fullmatch(folded, lo, o.np_start):
                    t = dataclasses.replace(t, event_type=o.event_type)
                    break
        out.append(t)
    return out


def institution(lang: str, text: str, lo: int, start: int, end: int) -> bool:
    """The capitalised trigger noun text[start:end] names an institution: it is listed, and stands bare ("before
    Congress"), with no determiner, premodifier or capitalised word right before it ("the Congress", "the first
    Congress", "Party Congress")."""
    if text[start:end] not in _institutions(lang):
        return False
    before = text[lo:start].split()
    if not before:
        return True
    last = before[-1].strip("\"'“”‘’(")
    return not (last[:1].isupper() or last[:1].isdigit() or _modifier(lang).fullmatch(lexicon.fold(last)))


@functools.cache
def _modifier(lang: str) -> re.Pattern[str]:
    """A determiner or a premodifier of a named happening ("the", "first", "annual")."""
    data = lexicon.load(f"{lang}/triggers")
    words = [re.escape(w) for w in data.get("determiners") or ()] + list(data.get("title_premodifiers") or ())
    return re.compile("|".join(f"(?:{w})" for w in words) or "(?!)")
