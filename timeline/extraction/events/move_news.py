"""Step 4d': a company's share move and the news that moved it, told in one sentence ("Shares of X jumped 20% on
Monday after the company agreed to be acquired", "le titre a bondi lundi après que le groupe a accepté ...").

The pairing gives the day one trigger, the move's. A trigger after a link of cause (``move_news_links``: "after",
"following", "après que", "à la suite de") right after the move's day, in the past, with no date of its own, is the
news of that day: a row of its own.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.events.coordination import COORDINATED_SCORE
from timeline.extraction.events.market_days import _move
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.status_cues import denied_or_hedged
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.events.wordlists import _words_re
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["move_news"]

#: Words at most between the move's day and the link ("jumped 20% on Monday after").
DAY_TO_LINK = 3


@functools.cache
def _links(lang: str) -> re.Pattern[str] | None:
    return _words_re([str(w) for w in lexicon.load(f"{lang}/triggers").get("move_news_links") or ()])


def move_news(rules: Rules, folded: str, sentence: Span, triggers: Sequence[_Trigger], protos: list[_Proto],
              dates: Sequence[DateMention]) -> list[_Proto]:
    """The news trigger of a dated share move's sentence, as a row of the move's day."""
    links = _links(rules.lang)
    move = _move(rules, folded, sentence, triggers) if links is not None else None
    if move is None:
        return []
    proto = next((p for p in protos if p.trigger.start == move.start and not p.until and p.end_date is None
                  and p.date.precision == "day"), None)
    if proto is None or proto.date.start < move.start:
        return []
    link = links.search(folded, proto.date.end, sentence.end)
    if link is None or len(folded[proto.date.end : link.start()].split()) > DAY_TO_LINK:
        return []
    if any(d.start >= link.end() for d in dates if d.start < sentence.end):
        return []
    if rules.future is not None and rules.future.search(folded, link.end(), sentence.end):
        return []
    used = {p.trigger.start for p in protos}
    for trigger in triggers:
        if trigger.start < link.end() or trigger.start in used or trigger.excluded or trigger.generic \
                or trigger.kind != "verb":
            continue
        if denied_or_hedged(rules.lang, folded, sentence, trigger.start, trigger.end, False):
            return []
        return [dataclasses.replace(proto, trigger=trigger, score=COORDINATED_SCORE, end_date=None)]
    return []
