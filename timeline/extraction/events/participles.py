"""A date that a noun's participle introduces dates that noun, not the main verb of its clause (round fifteen).

"The swimming gala planned for Thursday has been postponed", "Les amendements adoptés ce matin intégreront la
liberté de panorama", "la visite prévue pour le 31 janvier a été annulée": the date sits inside a reduced relative
clause (a noun, its participle, a preposition at most, the date) and tells when that noun happens or happened. The
predicate of the main clause beside it is another happening that the date does not date:
- a participle that looks ahead ("planned", "prévue", "scheduled": the plan words of lang/<lang>/words.yaml) gives
  the noun's schedule, which no other predicate takes ("has been postponed", "a été annulée");
- a participle of a deed done ("adoptés", "signed") dates that deed, which a predicate in the future or a plan
  ("intégreront", "will cut") does not tell: that predicate takes no date from it (a past one, "les élus réunis
  lundi ont voté", is the same sitting and keeps it).
Seen in two sources (batch h dev and real-news dev half B), counted in docs/BENCHMARKS.md ("Event classes across
sources, round fifteen"). The participle's shape and the words that make it part of a verb are the date engine's data
(``noun_participle``, ``participle_verb_words``, ``apposed_tail`` in lang/<lang>/words.yaml); the participles of a
schedule, the prepositions a plan adds and the future forms are ``participle_dates`` in lang/<lang>/triggers.yaml.
Read on the text with its accents: folded, a French participle's ending is any "-e".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from timeline import lang as lexicon
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.verb_shapes import preposition_lookalikes
from timeline.models import DateMention

#: Characters at most looked back from a date for its noun, participle and preposition.
REACH = 60
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class _Data:
    pattern: re.Pattern[str] | None
    """A word, then a participle (group ``q``), then a preposition at most, right before the date."""
    ahead: frozenset[str]
    """Participles (folded) that look ahead: the noun's schedule."""
    verb_words: frozenset[str]
    """Words (folded) that make a participle after them part of a verb, a noun or an adjective ("a voté", "le
    délibéré", "its scheduled departure"): ``participle_verb_words`` of words.yaml, ``determiners`` of triggers.yaml."""
    future: re.Pattern[str] | None
    """A predicate (folded) in the future or a plan: it tells no deed done on the date."""
    not_participles: frozenset[str] = frozenset()
    """Words (folded) that only end like a participle ("aussi", "depuis": ``apposed_not`` of words.yaml)."""
    auxiliaries: frozenset[str] = frozenset()
    """Words (folded) that, two words before the participle, make it a verb ("était d'ailleurs prévue")."""
    announcing: frozenset[str] = frozenset()
    """Participles (folded) that publish their noun ("announced", "parues")."""
    complement: frozenset[str] = frozenset()
    """Words (folded) that open a trigger noun's complement before the participle ("la visite à Washington prévue"),
    or adverbs that may stand before it ("the summit now planned for May"; an adverb in -ly, -ment too)."""


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]+") for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def _data(lang: str) -> _Data:
    words = lexicon.load(f"{lang}/words")
    own = lexicon.load(f"{lang}/triggers").get("participle_dates") or {}
    participle = words.get("noun_participle")
    if not participle or not own:
        return _Data(None, frozenset(), frozenset(), None)
    tails = [str(w) for w in (*(words.get("apposed_tail") or ()), *(own.get("tail") or ()))]
    tail = rf"(?:[^\S\n]+(?:{_alternation(tails)}))?" if tails else ""
    pattern = re.compile(rf"(?<![^\W\d_])(?P<w>[^\W\d_][\w'’-]*)[^\S\n]+(?P<q>{participle}){tail}[^\S\n]*$",
                         re.IGNORECASE)
    future = own.get("future")
    # a word that makes the participle part of a verb, or an adjective ("its scheduled 9:45 a.m. departure")
    before = [*(words.get("participle_verb_words") or ()), *(lexicon.load(f"{lang}/triggers").get("determiners") or ())]
    return _Data(pattern, _folded(own.get("ahead")), _folded(before), re.compile(future) if future else None,
                 not_participles=_folded(words.get("apposed_not")), auxiliaries=_folded(own.get("auxiliaries")),
                 announcing=_folded(own.get("announcing")),
                 complement=_folded(own.get("complement")))


def _folded(words: Iterable[object] | None) -> frozenset[str]:
    return frozenset(lexicon.fold(str(w)) for w in words or ())


@dataclass(frozen=True)
class Held:
    """A date held by a noun's participle: where the participle is, whether it looks ahead, whether it publishes."""

    start: int
    end: int
    ahead: bool
    announcing: bool = False


def held_dates(lang: str, text: str, dates: Iterable[DateMention]) -> dict[int, Held]:
    """Date start -> the participle of a noun that introduces it ("the gala planned for Thursday", "les amendements
    adoptés ce matin"), for the dates of ``text`` (the article's text, accents kept) that one introduces."""
    data = _data(lang)
    if data.pattern is None:
        return {}
    held = {}
    for date in dates:
        found = data.pattern.search(text, max(0, date.start - REACH), date.start)
        if (found is None or lexicon.fold(found["w"]) in data.verb_words or found["w"].lower().endswith("ment")
                or lexicon.fold(found["q"]) in data.not_participles):
            continue
        before = _WORD.findall(text, max(0, found.start("w") - 24), found.start("w"))
        if before and lexicon.fold(before[-1]) in data.auxiliaries and before[-1] not in preposition_lookalikes(lang):
            continue  # "une manifestation était d'ailleurs prévue cet après-midi": a verb ("à Brest prévue": none)
        participle = lexicon.fold(found["q"])
        held[date.start] = Held(found.start("q"), found.end("q"), participle in data.ahead,
                                participle in data.announcing)
    return held


def takes_date(lang: str, folded: str, held: Held | None, start: int, end: int, shaped: bool) -> bool:
    """Whether the predicate ``folded[start:end]`` may take a date ``held`` by a noun's participle (None: not held):
    the participle's own verb may; no other may take a schedule; a future or a plan (``shaped``: a shape of
    events/verb_shapes.py) takes no deed's day."""
    if held is None or (start <= held.start and held.end <= end):
        return True
    if held.ahead:
        return False
    data = _data(lang)
    return not (shaped or (data.future is not None and data.future.search(folded[start:end]) is not None))


def noun_takes_date(lang: str, folded: str, held: Held | None, start: int, np_end: int) -> bool:
    """Whether a trigger noun at ``start`` whose phrase ends at ``np_end`` may take a date ``held`` by a noun's
    participle: a schedule ("planned for Thursday") is that of the noun phrase the participle follows, its complements
    included ("la visite à Washington prévue pour"), not of a noun that modifies the next one ("the primary school
    swimming gala planned for Thursday": not the primary) nor of one after it ("... has been postponed because of the
    storm": not the storm)."""
    if held is None or not held.ahead:
        return True
    if start >= held.start:
        return False
    if "(" in folded[np_end : held.start]:
        return True  # "the vote (now scheduled for June 5)": a bracket comments on the noun before it
    gap = _WORD.findall(folded, np_end, held.start)
    return not gap or gap[0] in _data(lang).complement or gap[0].endswith(("ly", "ment"))


def trigger_takes_date(lang: str, folded: str, held: Held | None, trigger: _Trigger) -> bool:
    """Whether a trigger of the vocabulary may take a date ``held`` by a noun's participle (None: not held): a verb as
    ``takes_date`` says, a noun as ``noun_takes_date`` says."""
    if trigger.kind == "verb":
        return takes_date(lang, folded, held, trigger.start, trigger.end, False)
    return noun_takes_date(lang, folded, held, trigger.start, trigger.np_end)

