"""A page's lists of days and hours: headings "Mardi : ...", "Mercredi 2 : ..." and a live log's "22:40 ..." entries.

A week-ahead agenda, a week in review or a live log opens each paragraph with its day and a colon. Such a list runs
in the order of its days, so a bare weekday heading lies between the headings around it: "Mardi :" just before
"Mercredi 2 :" is the Tuesday of that week, whatever the convention for a bare weekday says (news reads a bare
weekday as the last one; an agenda's are the next ones; the list's dated headings tell which).

The rule only chooses the week: a bare weekday heading moves by whole weeks, to the first day of its weekday on or
after the heading before it that has a date (given by its day number, or placed by this rule), or, for the first
headings, to the last one on or before the next heading that gives its day number. It needs at least one heading
with a day number, and the dated headings must run in order; otherwise nothing moves.

A live log opens each entry with its hour ("22:40 Turnout was...", "00:30 The prime minister..."). Its entries run in
one order, oldest or newest first (the order most of its steps take); an hour that steps back in an oldest-first log
has crossed midnight, so it and the entries after it are the next day (newest first: an hour that steps forward is
the day before). The log's day is that of a day heading on a line of its own above the entries (the page's stamp
too), else the first entry's; a new day heading starts the count again. An entry's hour is its entry's, so a
weekday later in its sentence ("... talks on Monday") does not give it its day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from timeline.models import DateMention

#: The rule of a weekday written alone ("mardi", "Tuesday"); the only mentions this module moves.
BARE_WEEKDAY = "weekday"
#: Before a heading's day, on its line: nothing, or one short word ("Du jeudi 3 au samedi 5 :", "On Monday:").
_LEAD = re.compile(r"[ \t\u00a0*•\-–—]*(?:[^\W\d_]{1,4}[ \t\u00a0]+)?")
#: A possessive right after a weekday: the day's own thing ("Saturday's results"), no heading.
_POSSESSIVE = ("'s", "’s")
#: After it, the colon that closes the heading, within a short stretch with no end of sentence (a dot between two
#: digits is a clock's, "Tuesday 1 December, 7.45pm:").
_COLON = re.compile(r"(?:[^.;!?\n:]|(?<=\d)\.(?=\d)){0,40}?\s*:")


def _is_heading(text: str, mention: DateMention) -> bool:
    if text.startswith(_POSSESSIVE, mention.end):
        return False  # "Saturday's results: ...": a headline about the day, no heading of a list of days
    line_start = text.rfind("\n", 0, mention.start) + 1
    if not _LEAD.fullmatch(text, line_start, mention.start):
        return False
    return _COLON.match(text, mention.end) is not None


def _on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _on_or_before(day: dt.date, weekday: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def order_day_headings(text: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """``mentions`` (sorted by start) with the bare weekday headings of a list of day headings placed in its week."""
    headings = [i for i, m in enumerate(mentions) if m.precision == "day" and _is_heading(text, m)]
    dated = [mentions[i].value for i in headings if mentions[i].rule != BARE_WEEKDAY]
    bare = [i for i in headings if mentions[i].rule == BARE_WEEKDAY]
    if not dated or not bare or len(headings) < 2 or dated != sorted(dated):
        return list(mentions)
    out = list(mentions)
    previous: dt.date | None = None
    for n, i in enumerate(headings):
        m = out[i]
        if m.rule != BARE_WEEKDAY:
            previous = m.value
            continue
        weekday = m.value.weekday()
        if previous is not None:
            placed = _on_or_after(previous, weekday)
        else:
            after = next((out[j].value for j in headings[n + 1:] if out[j].rule != BARE_WEEKDAY), None)
            if after is None:
                continue
            placed = _on_or_before(after, weekday)
        if placed != m.value and (placed - m.value).days % 7 == 0:
            out[i] = replace(m, value=placed, explanation=f"{m.explanation}; placed in its week by the list of day "
                             f"headings it stands in ({placed.isoformat()})".lstrip("; "))
        previous = placed
    return out


#: The rule of a clock time (``clock_day.CLOCK_RULE``); a log needs at least this many entries.
CLOCK = "clock"
LOG_MIN_ENTRIES = 3
_HOUR = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def _opens_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _heads_line(text: str, mention: DateMention) -> bool:
    """A day written on a line of its own ("Saturday 31 October 2026", "Dimanche 1er novembre :")."""
    end = text.find("\n", mention.end)
    return _opens_line(text, mention.start) and not text[mention.end : len(text) if end < 0 else end].strip(" :,.-–—")


def order_log_clocks(text: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """``mentions`` (sorted by start) with the hour entries of a live log given their days (module doc)."""
    entries = [i for i, m in enumerate(mentions) if m.rule == CLOCK and m.time and _HOUR.fullmatch(m.time)
               and m.end_value is None and _opens_line(text, m.start)]
    if len(entries) < LOG_MIN_ENTRIES:
        return list(mentions)
    hours = [str(mentions[i].time) for i in entries]
    ups = sum(b > a for a, b in pairwise(hours))
    downs = sum(b < a for a, b in pairwise(hours))
    if ups == downs:
        return list(mentions)
    step = 1 if ups > downs else -1
    headings = [m for m in mentions if m.rule != CLOCK and m.precision == "day" and m.end_value is None
                and _heads_line(text, m)]
    out = list(mentions)
    base: dt.date | None = None
    offset, previous_start, previous_hour = 0, -1, ""
    for i, hour in zip(entries, hours, strict=True):
        m = out[i]
        above = [h for h in headings if previous_start < h.start < m.start]
        if above or base is None:
            base, offset = (above[-1].value if above else m.value), 0
        elif (step == 1 and hour < previous_hour) or (step == -1 and hour > previous_hour):
            offset += step
        day = base + dt.timedelta(days=offset)
        if day != m.value:
            out[i] = replace(m, value=day, explanation=f"{m.explanation}; an entry of a live log, its day counted "
                             f"from the log's ({base.isoformat()})".lstrip("; "))
        previous_start, previous_hour = m.start, hour
    return out
