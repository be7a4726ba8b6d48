"""A date that dates a done deed named by a word with no tense (round sixteen, issue 12 classes 4-5; helper wk16).

"Anne Morel, victorieuse de la deuxième manche dimanche à Vigo" and "la cour juge trois hommes pour le meurtre du
boulanger, le 14 juin à Brest": the date belongs to a happening that a noun or an outcome word names, not to a verb,
and no tense of its own tells its side; the nearest verb ("devance", "juge": a present) told the next Sunday and the
June ahead. An outcome word (a winner, "victorieux", "lauréat") and a happening nobody schedules (a murder, a
lynching, a crash, an explosion) are behind us: when such a word stands before the date in its phrase and the
sentence's nearest cue is none or a present farther from the date, the date leans to the past. A nearest cue of
the future or the past keeps its side ("Le jury connaîtra le nom des lauréats vendredi": the coming Friday), and
so do the cues read before the tenses ("prochain", "prévu le", "depuis").

The words are data (``done_deed_words`` in ``lang/<lang>/words.yaml``), whole families in both languages.
"""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.extraction.dates.word_gates import absent, gate
from timeline.lang import load

#: How far (characters) before a date its deed word may end: the word, its complement and a place ("le meurtre du
#: boulanger Paul Martin, le"); a deed farther off is another phrase's.
DEED_REACH = 64

_STOP = re.compile(r"[.!?;:\n]|[«»\"“”()]")


@functools.cache
def _deeds(lang: str) -> re.Pattern[str] | None:
    words = [str(w) for w in load(f"{lang}/words").get("done_deed_words") or []]
    if not words:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{_alt(_accent_variants(words))})(?![\w'’-])", re.IGNORECASE)


@functools.cache
def _deeds_gate(lang: str) -> re.Pattern[str] | None:
    """The gate of ``_deeds`` (``word_gates.gate``): the deed words, lower-cased."""
    return gate(_accent_variants([str(w) for w in load(f"{lang}/words").get("done_deed_words") or []]))


def deed_distance(lang: str, text: str, start: int, low: str | None = None) -> int | None:
    """Characters between the nearest done-deed word before ``start`` in its phrase and the date, or None: no stop
    (a sentence end, a semicolon or colon, a quote or bracket) between them. ``low``: the text lowered
    (``prefilter.lowered``): a stretch where no deed word stands is not searched (``word_gates``)."""
    pattern = _deeds(lang)
    if pattern is None:
        return None
    lo = max(0, start - DEED_REACH)
    if absent(_deeds_gate(lang), low, lo, start):
        return None
    found = list(pattern.finditer(text, lo, start))
    if not found or _STOP.search(text, found[-1].end(), start):  # the nearest is the last
        return None
    return start - found[-1].end()
