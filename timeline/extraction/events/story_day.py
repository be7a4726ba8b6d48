"""Step 3a: the day a story tells, for clock times the date engine could only put on the page's date.

A report published the morning after tells the day before: "Ce vendredi 20 janvier, le président a prêté
serment. [...] Les cérémonies ont commencé vers 8 h 30", on a page of Saturday 21 January. The date engine gives
a clock time with no day in its sentence (nor a day it can carry from the sentence before) the reference date.
When the story's lead dates its happening with a day at most ``LEAD_DAY_SPAN`` days from the reference date (a
day written out, or a bare weekday since round eleven: a log of the day before, "Samedi, nouvelle journée de
mobilisation. [...] 14 h 30 : des heurts éclatent"; the span bounds the weekday's week), that day is the story's, and
such a clock takes it: the lead says which day the piece is about, the page only when it was printed. A lead dated by
the reference date itself, or by a day far off (a commemoration of a day months back), changes nothing; nor does a
clock whose sentence points the other way ("Les syndicats se réuniront à 10 h" after a lead of the day before: the
future of the page, not the story's day). A dateline's day opening the lead ("Douglas, 17 June 2026 — Tynwald sat
yesterday", a dash after it) is the page's, not the lead's: the lead's day is the next one (round sixteen).

A paragraph headed by its date alone, as a weekly round-up writes it ("Mardi. Le conseil a adopté le budget.",
"Tuesday: the council adopted the budget."), tells its first happening on that date: ``head_days`` joins such a head
to the sentence after it on the same line, so that the two are read as one sentence (round thirteen).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from timeline.extraction.dates.times import CLOCK_RULE, ON_REFERENCE
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["LEAD_DAY_SPAN", "head_days", "lead_day", "story_clocks"]

#: How far (days) the lead's day may be from the reference date to be the day a story tells.
LEAD_DAY_SPAN = 3
#: After a dateline's date, the dash that opens the lead's own words ("Douglas, 17 June 2026 — Tynwald sat
#: yesterday", "PARIS, 3 mars (AFP) - Le conseil a voté hier"): a wire's name in brackets may stand between.
_DATELINE_END = re.compile(r"[^\S\n]*[.,]?[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?[—–-](?:[^\S\n]|$)")


def _on_reference(date: DateMention) -> bool:
    """A clock time the date engine put on the reference date for want of a day in the text."""
    return date.rule == CLOCK_RULE and date.explanation.endswith(ON_REFERENCE)


def lead_day(dates: Sequence[DateMention], lead: Span, reference: dt.date | None) -> DateMention | None:
    """The first day written out in the lead sentence, other than the reference date and at most
    ``LEAD_DAY_SPAN`` days from it; None when the lead has none."""
    if reference is None:
        return None
    for date in sorted(dates, key=lambda d: d.start):
        if not (lead.start <= date.start and date.end <= lead.end + 1):
            continue
        if (date.precision != "day" or date.end_value is not None or date.open_end is not None
                or date.rule == CLOCK_RULE):
            continue
        if date.value == reference and _DATELINE_END.match(lead.text, date.end - lead.start):
            continue  # a dateline's day ("Douglas, 17 June 2026 — ..."): the page's, not the lead's
        if date.value != reference and abs((date.value - reference).days) <= LEAD_DAY_SPAN:
            return date
        return None  # the lead's first day is the page's own, or far off: the page's day stands
    return None


def _points_away(rules: Rules, folded: str, sentence: Span, day: dt.date, reference: dt.date) -> bool:
    """The clock's sentence holds a tense or a cue of the other side of the page than the lead's day."""
    away = (rules.future, rules.planned) if day < reference else (rules.past, rules.held)
    return any(p is not None and p.search(folded, sentence.start, sentence.end) for p in away)


def story_clocks(rules: Rules, folded: str, dates: list[DateMention], sentences: Sequence[Span],
                 sentence_story: Sequence[int], leads: dict[int, int], reference: dt.date | None
                 ) -> list[DateMention]:
    """``dates`` with each clock time that fell back on the reference date moved to its story's lead day, when
    the clock comes after the lead in the same story and its sentence does not point away (see the module doc)."""
    if reference is None or not any(_on_reference(d) for d in dates):
        return dates
    starts = [s.start for s in sentences]
    days = {story: lead_day(dates, sentences[i], reference) for story, i in leads.items()}
    out = []
    for date in dates:
        if _on_reference(date):
            i = _sentence_at(starts, date.start)
            story = sentence_story[i] if i is not None else None
            day = days.get(story) if story is not None else None
            if (day is not None and i is not None and i > leads[story]
                    and not _points_away(rules, folded, sentences[i], day.value, reference)):
                date = dataclasses.replace(
                    date, value=day.value, relative=day.relative,
                    explanation=f"{date.text} -> {day.value.isoformat()}T{date.time}: the day of '{day.text}', "
                                f"the day its story's lead tells")
        out.append(date)
    return out


def _sentence_at(starts: Sequence[int], position: int) -> int | None:
    i = bisect.bisect_right(starts, position) - 1
    return i if i >= 0 else None


def _date_alone(text: str, sentence: Span, dates: Sequence[DateMention]) -> bool:
    """The sentence opens its line and is nothing but dates and punctuation ("Mardi.", "Le 3 mars :")."""
    if sentence.start > 0 and text[: sentence.start].rstrip(" \t")[-1:] not in ("\n", ""):
        return False
    inside = [d for d in dates if sentence.start <= d.start and d.end <= sentence.end]
    rest = text[sentence.start : sentence.end]
    for date in sorted(inside, key=lambda d: d.start, reverse=True):
        rest = rest[: date.start - sentence.start] + rest[date.end - sentence.start :]
    return bool(inside) and not re.sub(r"[\W_]+|\b(?:le|the|on)\b", "", rest, flags=re.IGNORECASE)


def head_days(text: str, sentences: list[Span], dates: Sequence[DateMention]) -> list[Span]:
    """``sentences`` with each paragraph's date head joined to the sentence after it on the same line (module doc)."""
    if not dates:
        return sentences
    out: list[Span] = []
    i = 0
    while i < len(sentences):
        head = sentences[i]
        if (i + 1 < len(sentences) and "\n" not in text[head.end : sentences[i + 1].start]
                and _date_alone(text, head, dates)):
            end = sentences[i + 1].end
            out.append(Span(head.start, end, text[head.start : end]))
            i += 2
            continue
        out.append(head)
        i += 1
    return out
