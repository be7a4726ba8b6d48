"""A claim or a statement is told by its sayer: an event whose sentence is a claim ("a group calling itself X claimed
the attack on Tuesday evening", "a revendiqué l'attaque mardi soir") does not borrow the actors of the sentence before
it (events/borrowed_actors.py, step 9b), who did something else (filed the complaint the afternoon before).

The verbs are data: ``claim_verbs`` in timeline/lang/*/triggers.yaml (folded, matched as word starts), looked for in
the event's own sentence up to its trigger.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from timeline import lang as lexicon

if TYPE_CHECKING:
    from timeline.extraction.events.layout import Page

__all__ = ["said_by_own"]


@functools.cache
def _claims(lang: str) -> re.Pattern[str]:
    words = sorted({lexicon.fold(str(w)) for w in lexicon.load(f"{lang}/triggers").get("claim_verbs") or []},
                   key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})" if words else r"(?!)")


def said_by_own(page: Page, sentence: int, trigger_end: int) -> bool:
    """The event's sentence (index ``sentence``) claims or states it before its trigger ends: its sayer is its actor."""
    start = page.sentences[sentence].start
    return _claims(page.article.lang).search(page.folded, start, max(start, trigger_end)) is not None
