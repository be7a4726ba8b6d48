"""A participle with its agent: a tense only for the date of its own phrase (round nineteen, room den19, issue 12).

English writes a passive participle as it writes a simple past ("caused", "affected"), so the "-ed" pattern of
``past_patterns`` reads "charges caused by the fault" as a past. With its agent ("-ed by" and a noun phrase:
``participle_agent`` in timeline/lang/<lang>/words.yaml) the word is a participle: it dates the date of its own phrase
("a fire caused by a cigarette in March": the agent, at most ``_AGENT_WORDS`` words, then one of
``participle_agent_dates`` right before the date), and no other date of the sentence ("Customers have until 31
January to claim back any charges caused by the fault": the deadline is ahead; "Small firms affected by recent storms
can apply for loans until December 31": the main verb's). A language without ``participle_agent`` (French writes
its participles apart from its simple past) is not concerned.
"""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.lang import load

#: Words at most of the agent between "by" and the preposition of the participle's own date.
_AGENT_WORDS = 4


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = load(f"{lang}/words")
    agent = words.get("participle_agent")
    if not agent:
        return None
    links = _alt(_accent_variants([str(w) for w in words.get("participle_agent_dates") or []])) or "(?!)"
    own = re.compile(rf"[^\S\n]+by[^\S\n]+(?:[^\W\d_][\w'’.-]*[^\S\n]+){{1,{_AGENT_WORDS}}}(?:{links})[^\S\n]+$",
                     re.IGNORECASE)
    return re.compile(str(agent), re.IGNORECASE), own


def agent_elsewhere(lang: str, text: str, cue_end: int, start: int) -> bool:
    """Whether the past cue ending at ``cue_end``, a regular "-ed" form, is a participle with its agent whose phrase
    does not hold the date starting at ``start``: then it tells that date no tense."""
    patterns = _patterns(lang)
    if patterns is None:
        return False
    agent, own = patterns
    if text[max(0, cue_end - 2):cue_end].lower() != "ed" or not agent.match(text, cue_end):
        return False  # no agent, or an amount ("increased by 5%"): a simple past
    return not (cue_end < start and own.match(text, cue_end, start))
