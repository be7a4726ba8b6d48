"""A part of the day told with its own beginning, middle or end right after a day stays out of that day's mention.

"mardi en début de soirée", "samedi en fin de matinée", "mercredi à la mi-journée": WiNER's TIMEX3 and the written
sets' date gold mark the day alone ("mardi", DATE), not the day with its part (TIME), so ``times`` neither joins the
part to the day nor makes it a mention of its own. A part said bare ("mardi soir") or with "dans la"
("mardi dans la soirée") still joins its day, as French TimeBank writes "mardi soir", "hier après-midi". The opening
words are data: ``day_part_apart`` of ``lang/<lang>/words.yaml`` (French only; absent, nothing changes).
"""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.lang import load


@functools.cache
def _apart_pattern(lang: str) -> re.Pattern[str]:
    """The words that, right after a day, open a part of that day told with its own beginning or end."""
    words = list(load(f"{lang}/words").get("day_part_apart") or [])
    return re.compile(rf"[^\S\n]*(?:{_alt(_accent_variants(words))})" if words else r"(?!)", re.IGNORECASE)


def part_told_apart(lang: str, between: str) -> bool:
    """Whether the part of the day after a day (``between``: from the day's end, or the part's opening word, to the
    part's end) is told with its own beginning, middle or end, so that the day stays alone."""
    return _apart_pattern(lang).match(between) is not None
