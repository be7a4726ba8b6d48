"""A live page's entry times that main-text extraction dropped, put back in front of their entries.

A live page stamps each entry with its time. When the time stands in an element of its own beside the entry's
paragraphs (``<span class="hour">18 h 40</span><p>...</p>``, ``<div class="entry-time"><time>7:30 p.m.</time></div>
<div class="entry-body"><p>...</p></div>``), trafilatura keeps the paragraph and drops the time, so the entry reads
as undated and an event the page times falls to the page's day or to no date. A time inside the entry's own
paragraph (``<p><strong>18:52</strong> Full time ...</p>``) is kept already.

Here each of the page's lines (pages.flat_text) that is a clock time alone, followed by a line that the body kept
as one of its paragraphs and that reads as a sentence, is put back as a paragraph of its own right before that
paragraph, as the page shows it: on its own line. The entry's paragraph is left as it was (its events and actors
are read as before); the time, a sentence of its own with no day, is the page's day at that time. Only on a live
page's shape: at least MIN_ENTRIES such times. A time before a teaser's headline (no sentence end) or before a line
the body did not keep (a related box trafilatura dropped) is left out: nothing is brought back but times, before
paragraphs the body already held.

Pure: the page's visible lines and the body in, the body out.
"""

from __future__ import annotations

import itertools
import re

from timeline import lang as lexicon
from timeline.extraction.ingest import page_dates

#: At least this many entry times put back, or none (one time alone before a paragraph is no live page).
MIN_ENTRIES = 2
#: A clock time alone on its line, over folded text: "18 h 40", "18h40", "18:52", "7:30 p.m.", "9.40pm", "10 am",
#: "18h"; with a time zone ("06:15 BST", "06h15 (heure de Paris)"), page_dates.clock_time.
_LONE_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])(?:\s*[:h]\s*[0-5]\d|\s*h|(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\.?)")
#: The mark pages.py gives a list item (an entry in an <li>).
_BULLET = re.compile(r"^\s*• ")
#: A line that reads as a sentence: it ends as one (a teaser's headline does not).
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")


def lone_clock(line: str) -> bool:
    """True when ``line`` is a clock time alone (see _LONE_CLOCK)."""
    folded = lexicon.fold(" ".join(line.split()))
    return _LONE_CLOCK.fullmatch(folded) is not None or page_dates.clock_time(folded)


def restore(body: str, blocks: list[str]) -> str:
    """``body`` (paragraphs a blank line apart) with the entry times the page shows before its paragraphs put back,
    each a paragraph of its own right before its entry; ``blocks``: the page's visible lines in order. Unchanged
    unless at least MIN_ENTRIES times are put back."""
    paragraphs = body.split("\n\n")
    where = {_key(p): i for i, p in reversed(list(enumerate(paragraphs)))}
    timed: dict[int, str] = {}
    for clock, nxt in itertools.pairwise(blocks):
        if not lone_clock(clock) or lone_clock(nxt) or not _SENTENCE_END.search(nxt):
            continue
        at = where.get(_key(nxt))
        if at is not None and at not in timed and not (at > 0 and lone_clock(paragraphs[at - 1])):
            timed[at] = " ".join(clock.split())
    if len(timed) < MIN_ENTRIES:
        return body
    return "\n\n".join(f"{timed[i]}\n\n{p}" if i in timed else p for i, p in enumerate(paragraphs))


def _key(line: str) -> str:
    """A paragraph or a page line as compared: its words, without a list item's mark (an entry in an <li>)."""
    return " ".join(_BULLET.sub("", line).split())
