"""A page whose lines open with their date and a dash is a chronology, not a page with a dateline.

"12 mars 2017 . – L'ancien ministre ..." opening a page is its dateline glued to its first sentence: that date dates
the page, not a happening (``date_roles._glued_dateline``). A "Timeline"/"Repères" page writes every entry that way
("12 mars 2019 - Les dockers votent une grève.", "June 3, 2020 - The minister meets the unions."): there each
line's date is its entry's happening. Two or more such lines make the page a chronology.
"""

from __future__ import annotations

import functools
import re
from itertools import islice

#: A line opening with a written date (a day and a month word, either order, an optional year) and a dash.
_DATED_LINE = re.compile(
    r"^[ \t]*\(?(?:\d{1,2}(?:er|st|nd|rd|th)?\s+[^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)"
    r"(?:\s+\d{4})?\s*\.?\s*[-–—]\s", re.MULTILINE)
#: This many dated lines make a chronology.
CHRONOLOGY_LINES = 2


@functools.lru_cache(maxsize=8)
def is_chronology(folded: str) -> bool:
    """True when at least ``CHRONOLOGY_LINES`` lines of the page open with a date and a dash."""
    return sum(1 for _ in islice(_DATED_LINE.finditer(folded), CHRONOLOGY_LINES)) >= CHRONOLOGY_LINES
