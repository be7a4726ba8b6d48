"""A condition between a date and a tense after it (issue 12): "the dockers would strike from June 18 unless the
company improved its offer", "la grève commencera le 18 juin à moins que la direction n'ait cédé". The verb of the
condition is no tense of the date: its past is the mood of a hypothesis ("if they paid", "si la direction cédait"),
not a deed behind us. The words are data: ``condition_openers`` in ``lang/*/words.yaml`` (this language's only:
"if" is no French word, nor "si" an English one)."""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.lang import load


@functools.cache
def _opener(lang: str) -> re.Pattern[str] | None:
    words = list(load(f"{lang}/words").get("condition_openers") or [])
    if not words:
        return None
    elided = [w for w in words if w.endswith(("'", "’"))]  # "si l'usine": the next word follows at once
    whole = [w for w in words if w not in elided]
    return re.compile(rf"(?<![^\W\d_])(?:(?:{_alt(_accent_variants(whole)) or '(?!)'})(?![^\W\d_])"
                      rf"|(?:{_alt(_accent_variants(elided)) or '(?!)'}))", re.IGNORECASE)


def conditioned(lang: str, text: str, start: int, end: int) -> bool:
    """Whether a condition opener (``condition_openers``: "unless", "if", "à moins que", "si la") stands in
    ``text[start:end]``, between a date and a cue after it."""
    pattern = _opener(lang)
    return pattern is not None and pattern.search(text, start, end) is not None
