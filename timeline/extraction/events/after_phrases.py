"""A date inside an "after" phrase dates the phrase's happening, not the main clause's (aft28; docs/BENCHMARKS.md).

"Après le débat du 3 janvier, le vote aura lieu en deux tours"; "Le maire a quitté son poste deux jours après des
accusations, mercredi, d'un quotidien": the date is the complement of the phrase's own noun. When that noun is no
trigger, pairing gave the date to the main clause's trigger, whose type then told another happening. The pairing (and
so the row) is kept; the row takes the phrase's happening: type ``other``.

A phrase opens with an opener (``after_phrase_openers`` in ``lang/*/triggers.yaml``: "après", "à la suite", "after",
"following") followed by a determiner (``after_phrase_determiners``) or, in English, a possessive date ("after
Tuesday's debate"). It ends at the first comma, semicolon or colon, unless the date stands right after it as an
incise followed by a comma and the rest of the noun phrase ("des accusations, mercredi, d'un quotidien":
``after_phrase_continuations``). The date belongs to the phrase when the phrase opens its sentence (closed by its
comma), when it is that incise, or when it is the noun's complement (right after "de"/"du"/"des"/"d'"/"of", a
possessive, or the opener's own date). A phrase holding a trigger of its own is left to pairing (fronted.py and the
nearest-trigger scores already date it)."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from typing import Any, TypeVar

from timeline import lang as lexicon
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.sentences import Span
from timeline.models import DateMention

P = TypeVar("P", bound=Any)

#: A phrase reaches at most this many characters after its opener.
PHRASE_REACH = 160


def _words(lang: str, key: str) -> list[str]:
    return [w for w in lexicon.load(f"{lang}/triggers").get(key) or () if w]


@functools.cache
def _opener(lang: str) -> re.Pattern[str] | None:
    openers, dets = _words(lang, "after_phrase_openers"), _words(lang, "after_phrase_determiners")
    if not openers or not dets:
        return None
    body = "|".join(re.escape(w) for w in sorted(openers, key=len, reverse=True))
    det = "|".join(re.escape(w) for w in sorted(dets, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{body})\s+(?:(?:{det})(?:(?<=')|(?![\w']))|(?=\w+'s\b))")


@functools.cache
def _attach(lang: str) -> re.Pattern[str] | None:
    words = _words(lang, "after_phrase_continuations")
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{body})(?:(?<=')|(?![\w']))")


def _phrase(lang: str, folded: str, sentence: Span, date: DateMention) -> tuple[int, int] | None:
    """(start, end) of the "after" phrase holding ``date`` as its noun's complement, or None."""
    opener, attach = _opener(lang), _attach(lang)
    if opener is None or attach is None:
        return None
    for match in opener.finditer(folded, max(sentence.start, date.start - PHRASE_REACH), sentence.end):
        if match.end() > date.start:
            break
        limit = min(sentence.end, match.start() + PHRASE_REACH)
        close = re.compile(r"[,;:]").search(folded, match.end(), limit)
        incise = False
        if close is not None and close.end() <= date.start:
            # "après des accusations, mercredi, d'un quotidien": the date as an incise, then the rest of the noun phrase
            if folded[close.end():date.start].strip() or not re.match(r"\s*,\s*", folded[date.end:limit]):
                continue
            rest = re.match(r"\s*,\s*", folded[date.end:limit])
            if rest is None or not attach.match(folded, date.end + rest.end()):
                continue
            incise = True
            close = re.compile(r"[,;:]").search(folded, date.end + rest.end(), limit)
        end = close.start() if close is not None else limit
        if not date.end <= end:
            continue
        fronted = not folded[sentence.start:match.start()].strip(" \"«“'(-") and close is not None
        before = folded[match.end():date.start].split()
        attached = (not before or before[-1] in set(_words(lang, "after_phrase_continuations"))
                    or folded.startswith("'s", date.end))
        if fronted or incise or attached:
            return match.start(), end
    return None


def _retyped(lang: str, folded: str, sentence: Span, triggers: Sequence[_Trigger], trigger: _Trigger,
             date: DateMention) -> bool:
    """True when ``date`` is the complement of an "after" phrase's noun that is no trigger and ``trigger`` stands
    outside that phrase: the row tells the phrase's happening."""
    span = _phrase(lang, folded, sentence, date)
    if span is None:
        return False
    start, end = span
    if start <= trigger.start and trigger.end <= end:
        return False
    return not any(start <= t.start and t.end <= end and not t.excluded for t in triggers)


def phrase_retyped(lang: str, folded: str, sentence: Span, triggers: Sequence[_Trigger], protos: list[P]) -> list[P]:
    """``protos`` (pairings of one sentence: a ``trigger`` and a ``date`` each), the trigger typed ``other`` where the
    date tells an "after" phrase's own happening ("Après le débat du 3 janvier, le vote aura lieu")."""
    return [dataclasses.replace(p, trigger=dataclasses.replace(p.trigger, event_type="other"))
            if p.trigger.event_type != "other" and _retyped(lang, folded, sentence, triggers, p.trigger, p.date)
            else p for p in protos]
