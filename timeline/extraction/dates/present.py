"""A bare weekday whose own clause has a present-tense finite verb before it: a schedule ("the trial opens on
Friday", "le conseil municipal se réunit jeudi"), the coming day; the weekday of the page itself is today.

The verb is found by its shape, as data (``present_*`` in lang/*/words.yaml): a phrase that carries its own tense
("is to visit", "are holding"), a reflexive ("se réunit"), or a word of a present ending right after a subject (a
pronoun, or a word that is no determiner, preposition or adjective standing before a noun). Headlines (a line with
no closing stop) have no tense and are left alone, and so is everything a tense cue, a reporting verb or a quote
already dates (the caller asks only when the weekday's sentence gives no tense).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from timeline.lang import load

#: A word of a clause (letters, inner apostrophes and hyphens).
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
#: What ends a clause before the weekday: the verb must stand in the same one.
_BREAK = re.compile(r"[.!?;:,«»“”\"()\[\]–—]")
#: What closes a sentence at the end of a line; a line without it is a headline, which has no tense.
_CLOSED = re.compile(r"[.!?…:;»”\"')\]][^\S\n]*$")
#: ``_CLOSED``'s characters: the line's last character before its trailing spaces is one of them (``_closed``).
_CLOSERS = frozenset(".!?…:;»”\"')]")
#: At most this many words between the verb and the weekday ("votes on the budget Thursday").
MAX_GAP = 6


@dataclass(frozen=True)
class _Shapes:
    phrases: re.Pattern[str]
    words: re.Pattern[str]
    reflexive: re.Pattern[str]
    not_endings: tuple[str, ...]
    not_verbs: frozenset[str]
    subjects: frozenset[str]
    not_subjects: frozenset[str]
    auxiliaries: frozenset[str]


@functools.cache
def _shapes(lang: str) -> _Shapes:
    words = load(f"{lang}/words")

    def alt(key: str) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in words.get(key) or ()) or "(?!)")

    def low(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in words.get(key) or ())

    return _Shapes(alt("present_verb_phrases"), alt("present_verb_shapes"), alt("present_reflexives"),
                   tuple(str(e) for e in words.get("present_not_endings") or ()), low("present_not_verbs"),
                   low("present_subjects"), low("present_not_subjects"),
                   low("present_auxiliaries"))


def schedule_present(lang: str, text: str, start: int, end: int) -> bool:
    """Whether a present-tense finite verb of the weekday's own clause stands before ``text[start:end]`` (a verb
    after a weekday that opens its sentence, "Samedi, les viticulteurs défilent", was tried: no such case on dev
    half A, one right weekday made wrong on half B; dropped)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if not _closed(text, line_start, line_end):
        return False  # a headline: no tense ("Parliament votes budget Thursday" is as often done as ahead)
    lo = max(line_start, start - 90)
    for brk in _BREAK.finditer(text, lo, start):
        lo = brk.end()
    shapes = _shapes(lang)
    tokens = list(_TOKEN.finditer(text, lo, start))
    return _present_verb(shapes, text, tokens[-MAX_GAP - 2:])  # the verb at most MAX_GAP words before, its subject


def _closed(text: str, line_start: int, line_end: int) -> bool:
    """``_CLOSED.search(text, line_start, line_end)`` for a line with no line break inside, read from its end: a
    search from the start tries each of the line's stops in turn (a whole paragraph's), its last character that is
    no space (``str.isspace`` is re's ``\\s``) says the same."""
    last = line_end
    while last > line_start and text[last - 1].isspace():
        last -= 1
    return last > line_start and text[last - 1] in _CLOSERS


def _present_verb(shapes: _Shapes, text: str, tokens: list[re.Match[str]]) -> bool:
    """Whether one of ``tokens`` is a present-tense finite verb after its subject (the word before it)."""
    for i, tok in enumerate(tokens):
        if shapes.phrases.match(text, tok.start()) or shapes.reflexive.match(text, tok.start()):
            if i > 0:  # a subject before it: "the minister is to visit", "le conseil se réunit"
                return True
            continue
        word = tok.group()
        if (i == 0 or word != word.lower() or word in shapes.not_verbs or word.endswith(shapes.not_endings)
                or not shapes.words.fullmatch(word)):
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and (after.group().lower() in shapes.auxiliaries
                                  or shapes.reflexive.match(text, after.start())):
            continue  # "l'institutrice s'est éteinte": the word is the subject of the verb after it
        subject = _ELIDED.sub("", tokens[i - 1].group().lower())  # "l'ancienne" is "ancienne"
        if subject in shapes.subjects or not (subject in shapes.not_subjects or subject in shapes.not_verbs
                                              or subject.endswith(("'s", "’s"))):
            return True  # "the minister visits", "il reçoit"; not "the talks", "the company's shares"
    return False


#: An elided determiner or pronoun glued to a word ("l'ancienne", "d'anciens").
_ELIDED = re.compile(r"^(?:l|d|qu|j|n|c)['’]")
