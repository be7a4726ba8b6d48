"""How far after an event's own sentence a dateless sentence that points back to it may lend it its names.

Round thirty-one (act31): a dateless sentence of the story that names the event's kind again ("the summit", "la
primaire") or an anaphor ("the event", "cette réunion") joins the event's context (events/context.py, step 8), and
every name it holds joins the event's actors. Near the event that sentence goes on telling it; far down the story it
tells the story's background, a reaction or a quoted aside, and its names are no actors of the event. Counted on the
dev sets before the code (wrong / right names lent from such a sentence seven or more sentences after the event's
own: fresh dev 16 / 1 over several outlets, real-news dev A 24 / 3, B 22 / 0; see docs/BENCHMARKS.md).

Round thirty-two (act32) re-lands it (act31's was reverted for a right far name of the seeds): such a far sentence
still lends the event the person it tells attending the event or speaking there (events/retold_attendees.py);
events/context.py hands it the far sentences.
"""

from __future__ import annotations

#: How many sentences after the event's own a dateless sentence pointing back to it may stand and still lend it its
#: names (six, as far as a title-only subject looks back for its name, events/context.py ``TITLE_REACH``).
RETOLD_REACH = 6

__all__ = ["RETOLD_REACH", "within_reach"]


def within_reach(event_sentence: int, index: int) -> bool:
    """Does sentence ``index``, pointing back to the event told in sentence ``event_sentence``, stand near enough
    after it to join its context (at most ``RETOLD_REACH`` sentences after; a sentence before it always does)?"""
    return index - event_sentence <= RETOLD_REACH
