"""Reported speech (issue 12, round ten): whether a cue stands in words someone is quoted as saying.

The first person singular future ("je partirai lundi", "j'y serai samedi", ``speech_future_patterns`` in
``lang/fr/words.yaml``) is a future cue only there: inside guillemets or curly quotes opened before it in its
paragraph, or an odd number of straight double quotes, or before a reporting incise in its sentence (", a confié
l'entraîneur", ", explique-t-il"; ``speech_incise_verbs``). A news article writes its first person only when it
quotes someone; a lone "Je reviendrai vendredi" is an assistant's request, whose weekday the caller's convention
(``Options.bare_weekday``) places, as the Recognizers-Text suites expect in both of theirs.
"""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.lexicon import _accent_variants, _alt, lexicon

#: How far a quote's opening mark, or an incise after the cue, is looked for (a long quotation is rare in news).
SPEECH_REACH = 400

_OPEN, _CLOSE = "«“", "»”"


@functools.cache
def _incise(lang: str) -> re.Pattern[str]:
    """A comma, then an incise: a verb of ``speech_incise_verbs``, after "a"/"ont"
    or not, or any verb with an inverted subject ("dit-il", "explique-t-elle")."""
    verbs = _alt(_accent_variants(lexicon(lang).lists["speech_incise_verbs"])) or "(?!)"
    return re.compile(rf",[^\S\n]*(?:(?:a|ont|avait)[^\S\n]+)?"
                      rf"(?:(?:{verbs})(?![^\W\d_])|[^\W\d_]+-(?:t-)?(?:il|elle|ils|elles|on)(?![^\W\d_]))",
                      re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?](?=[^\S\n]|$)|\n")


def in_speech(lang: str, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a cue) stands in quoted or reported speech, as the module says."""
    lo = text.rfind("\n", max(0, start - SPEECH_REACH), start) + 1 or max(0, start - SPEECH_REACH)
    before = text[lo:start]
    opened = max(before.rfind(c) for c in _OPEN)
    if opened >= 0 and max(before.rfind(c) for c in _CLOSE) < opened:
        return True
    if before.count('"') % 2 == 1:
        return True
    stop = _SENTENCE_END.search(text, end, end + SPEECH_REACH)
    hi = stop.start() if stop else min(len(text), end + SPEECH_REACH)
    return _incise(lang).search(text, end, hi) is not None
