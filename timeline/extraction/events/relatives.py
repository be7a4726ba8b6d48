"""A trigger inside a relative clause that commas set off keeps to that clause (issue 13, round fifteen): "Le député,
qui a remporté la primaire, a été mis en examen le 7 décembre" dates the indictment, not the primary; "The senator,
who won the primary, was charged on 7 December" likewise.

The mirror of events/pairing.py ``_closed_relative`` (a date inside such a clause does not date the main verb after
it): a trigger between a relative pronoun right after a comma and the comma that closes the clause gives way, for a
date after that comma, to the triggers of the date's own clause (``RELATIVE_PENALTY`` in events/pairing.py); alone, it
still dates its sentence. Only a subject relative set off by commas is read (", qui", ", which", ", who"): a restrictive
one ("la conférence de presse qu'il a donnée mercredi") has no comma and tells the happening it dates.
"""

from __future__ import annotations

import re

#: The subject relative pronouns of both languages (folded), shared with events/pairing.py ``_closed_relative``.
RELATIVE_PRONOUNS = r"(?:qui|lequel|laquelle|lesquels|lesquelles|which|who)"
#: A relative pronoun opening a clause right after a comma.
_OPENER = re.compile(rf",\s*{RELATIVE_PRONOUNS}\s")
#: What ends a clause before its closing comma: another bracket or a stronger stop.
_STOP = re.compile(r"[;:()«»\"]")


def inside_closed_relative(folded: str, lo: int, start: int, end: int, date_start: int) -> bool:
    """The trigger folded[start:end] stands in a relative clause set off by commas that closes before the date at
    ``date_start`` (``lo``: the sentence's start)."""
    if date_start < end:
        return False
    opener = None
    for found in _OPENER.finditer(folded, lo, start):
        opener = found  # the last one before the trigger
    if opener is None or "," in folded[opener.end() : start] or _STOP.search(folded, opener.end(), start):
        return False
    between = folded[end:date_start]
    close = between.find(",")
    return close >= 0 and _STOP.search(between, 0, close) is None
