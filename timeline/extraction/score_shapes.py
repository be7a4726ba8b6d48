"""The shapes of a results or fixtures line, as patterns over one whole line: a leaf module (it imports nothing of the
package), shared by the events step that makes such a line a row (events/score_lines.py) and the actors step that
reads the two sides it names (actors/listed_sides.py).

RESULT: "Beverley Arms 7-3 Goole Anchors", "Hyde Rovers 1 Whitby Athletic 2", and the score after the two names
joined by a dash or "v" ("Orchies - Saint-Chamond : 71-84", "Kelso v Hawick 2-1": names of one word allowed, the
score after them is what no route of a timetable has); a bracketed detail may follow the score (sets, an aggregate).
FIXTURE (only after a day and its colon): "Goole Anchors v Selby Arrows", "Entente Beaune - Avenir Chalon"; with a
dash, two names of two words or more each ("Paris - Lyon" after a day is a route of a timetable, not a match).
"""

from __future__ import annotations

import re

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.&]*(?:-[A-Za-zÀ-ÿ][\w'’.&]*)*"
_LINK = r"(?:de|du|des|la|le|les|of|the|d'|l'|upon|on)"
_NAME = rf"{_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{0,5}}"
#: a name of one to six capitalised words, links allowed between them (shared with actors/match_sides.py)
NAME = _NAME
_N = r"\d{1,3}"
#: a bracketed detail after a result's score: the sets, the aggregate, extra time ("3-1 (25-21, 23-25, 25-18,
#: 25-19)", "2-2 (tot. 9-3)", "1-1 (a.p.)"; round thirty-one, two31)
_DETAIL = r"(?:\s*\([^()\n]{1,60}\))?"
RESULT = re.compile(rf"^(?P<a>{_NAME})\s+(?:{_N}\s*[-–]\s*{_N}\s+(?P<b>{_NAME})|{_N}\s+(?P<c>{_NAME})\s+{_N}"
                    rf"|(?:[-–]|v|vs\.?)\s+(?P<d>{_NAME})\s*:?\s+{_N}\s*[-–]\s*{_N}){_DETAIL}$")
_NAMES2 = rf"{_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{1,5}}"
FIXTURE = re.compile(rf"^(?:(?P<a>{_NAME})\s+(?:v|vs\.?|v\.|contre)\s+(?P<b>{_NAME})"
                     rf"|(?P<c>{_NAMES2})\s+[-–]\s+(?P<d>{_NAMES2}))$")
#: the marks that open a list item ("• Hyde Rovers 1 Whitby Athletic 2")
BULLETS = "•·*▪◦‣-–—"


def sides(body: str) -> tuple[str, str] | None:
    """The two names of a whole results or fixtures line (its bullet and final stop aside), or None."""
    body = body.strip().lstrip(BULLETS).strip().rstrip(".").rstrip()
    for pattern in (RESULT, FIXTURE):
        m = pattern.match(body)
        if m is not None:
            names = [v for v in m.groupdict().values() if v]
            return (names[0], names[1]) if len(names) == 2 else None
    return None
