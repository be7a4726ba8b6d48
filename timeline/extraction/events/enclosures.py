"""Step 4: a date inside brackets or quotation marks that hold a clause of their own dates only that clause.

"Des journalistes sont arrêtés (comme nous le signalions hier)": "hier" is when the paper told it, not when the
arrests were; "« ... les affirmations de ce jeudi », a dénoncé le ministre" after a long sentence on a law: the
quoted speaker's Thursday, not the law's. A trigger outside the enclosure does not take its date, but for the noun
right before a bracket that comments on it, a relative or a participle ("le premier tour de la primaire de la
droite (qui se tiendra dimanche)", "la manifestation (organisée samedi par la FNSEA)"), whose complement the date
then is; a writer's aside ("comme nous l'écrivions", "as we reported": ``aside_openers``) comments on no noun.
An enclosure that holds little more than dates ("la grève (mardi 3 mars)", "three talks (March 21, 2013, June 19,
2015)") is an apposition: its dates are the noun's before it, as any date next to it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["CLAUSE_WORDS", "COMMENTED_WORDS", "QUOTE_CLAUSE_WORDS", "enclosed_role", "enclosure"]

#: Words an enclosure holds besides its dates for it to be a clause of its own, not an apposition.
CLAUSE_WORDS = 3
#: The same for a quotation, which often quotes a fragment ("a appelé à la grève « dès lundi et jusqu'à nouvel
#: ordre »"): a quoted sentence holds more.
QUOTE_CLAUSE_WORDS = 6
#: Words at most between the noun a relative enclosure comments on and the enclosure.
COMMENTED_WORDS = 6

_PAIRS = {"(": ")", "[": "]", "«": "»", "“": "”"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}


#: How far before its sentence a quotation that runs over sentences may open (characters).
QUOTE_REACH = 1500
#: Quotation marks, which may open in one sentence and close in a later one of the same paragraph.
_QUOTES = frozenset('«“"')


def _paragraph_start(text: str, position: int) -> int:
    """Where the paragraph of ``position`` starts: after the last line break before it."""
    return text.rfind("\n", 0, position) + 1


def _open_before(text: str, lo: int, position: int, straight_from: int = 0) -> list[int]:
    """Where the brackets and quotation marks still open at ``position`` open (from ``lo``), innermost last; straight
    quotes before ``straight_from`` are not read (their partner may lie before ``lo``)."""
    stack: list[int] = []
    for i in range(lo, position):
        char = text[i]
        if char == '"' and i < straight_from:
            continue
        if char in _PAIRS:
            stack.append(i)
        elif char in _CLOSERS and stack and text[stack[-1]] == _CLOSERS[char]:
            stack.pop()
        elif char == '"':
            if stack and text[stack[-1]] == '"':
                stack.pop()
            else:
                stack.append(i)
    return stack


def enclosure(text: str, sentence: Span, date: DateMention, dates: Sequence[DateMention]
              ) -> tuple[int, int] | None:
    """(start, end) of the innermost brackets or quotation marks around ``date`` in its sentence that hold a clause
    (``CLAUSE_WORDS`` words besides the sentence's ``dates``, ``QUOTE_CLAUSE_WORDS`` in a quotation); None when there
    are none.

    A quotation may run over sentences (round twenty): one that opened in an earlier sentence of the paragraph
    closes in this one ("« ... Le chantier démarrera mercredi », a-t-il déclaré pendant une visite": the quoted
    Wednesday is not the visit's), or one that opens in this sentence runs on past its end ('said "People are
    furious here today, ...' then more quoted sentences: the quoted today is not the noun's before it). Its span
    then starts at its opening mark (in an earlier sentence) or ends at the sentence's end."""
    lo = _paragraph_start(text, sentence.start)
    cut = lo < sentence.start - QUOTE_REACH  # a long paragraph (a glued page): read its last stretch only
    lo = max(lo, sentence.start - QUOTE_REACH)
    for opened in reversed(_open_before(text, lo, date.start, sentence.start if cut else 0)):
        if opened < sentence.start and text[opened] not in _QUOTES:
            continue  # a bracket of an earlier sentence: never read across sentences
        close = '"' if text[opened] == '"' else _PAIRS[text[opened]]
        end = text.find(close, date.end, sentence.end + 1)
        if end < 0 and (opened < sentence.start or text[opened] not in _QUOTES):
            continue  # a bracket left open; a quotation opened before the sentence that goes on past it
        stop = sentence.end if end < 0 else end  # a quotation opened here that runs on past the sentence
        inside = list(text[opened + 1 : stop])
        for other in dates:
            for i in range(max(other.start, opened + 1), min(other.end, stop)):
                inside[i - opened - 1] = " "
        needed = CLAUSE_WORDS if text[opened] in "([" else QUOTE_CLAUSE_WORDS
        if len(re.findall(r"[^\W\d_]{2,}", "".join(inside))) >= needed:
            return opened, stop if end < 0 else end + 1
    return None


@functools.cache
def _asides(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load(f"{lang}/triggers").get("aside_openers") or []
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, words))})(?:(?<=')|(?![\w'-]))") if words else None


def enclosed_role(lang: str, text: str, around: tuple[int, int], trigger_start: int, trigger_end: int) -> str | None:
    """How a trigger may take a date enclosed in ``around``: 'inside' it; 'commented' when the enclosure is a
    bracket right after the trigger's noun (at most ``COMMENTED_WORDS`` words on) that is no aside of the writer
    (``aside_openers``: "comme", "selon", "as", "according to"): a relative or a participle that dates the noun
    ("la manifestation (organisée samedi par la FNSEA)"); None: it may not (a quotation is always its own)."""
    start, end = around
    if start < trigger_start < end:
        return "inside"
    asides = _asides(lang)
    if (text[start] in "([" and trigger_end <= start and len(text[trigger_end:start].split()) <= COMMENTED_WORDS
            and not (asides is not None and asides.match(text, start + 1))):
        return "commented"
    return None


#: Words at most inside a quotation before the noun it quotes ("« une décision ... »": 1, its determiner and an
#: adjective: 2); a noun further on is inside a quoted clause, which may tell a happening.
QUOTED_HEAD_WORDS = 2
#: Words at most between a verb of judging and the quotation it takes as object (a date, "de", "it as").
QUOTING_GAP_WORDS = 3


@functools.cache
def _quoting(lang: str) -> re.Pattern[str] | None:
    verbs = lexicon.load(f"{lang}/triggers").get("quoting_verbs") or []
    if not verbs:
        return None
    return re.compile(rf"(?<![\w'])(?:{'|'.join(verbs)})(?:\s+[\w'-]+){{0,{QUOTING_GAP_WORDS}}}\s*$")


def quoted_object(lang: str, text: str, folded: str, sentence_start: int, start: int) -> bool:
    """Is the noun at ``start`` the head of a quoted noun phrase that a verb of judging takes as object ("ont dénoncé
    mercredi « une décision prise à la hâte »", "denounced "a rushed decision"")? What was said of a thing is no
    happening of its own (``quoting_verbs`` of lang/*/triggers.yaml)."""
    pattern = _quoting(lang)
    opened = _open_before(text, sentence_start, start)
    if pattern is None or not opened or text[opened[-1]] not in "«“\"":
        return False
    quote = opened[-1]
    if len(text[quote + 1 : start].split()) > QUOTED_HEAD_WORDS:
        return False
    return pattern.search(folded, max(sentence_start, quote - 80), quote) is not None
