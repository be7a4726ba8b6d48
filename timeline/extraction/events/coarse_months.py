"""Step 14: a telling dated by a month alone, in a month where its story tells a happening by its day, gives way.

An article tells a happening by its day ("the first prototype was unveiled at a ceremony on January 18"), and
elsewhere, a caption or a background clause, by its month alone ("the prototype was shown in January"); or it
names a state of that month around a dated happening ("the firm faced complaints last month" around "a July 16 press
conference"; "la grogne qui montait en mars" around "la grève du 12 mars"). Merging joins tellings of one type and
one date, so the month telling, typed apart or at another precision, stays a second row on that month's happening:
the gold holds the happening once, by its day (docs/ANNOTATION.md: a happening at its finest date; a situation is
no row).

So a telling gives way, and makes no row, when

    1. its date is a month alone (precision ``month``, no range: "in January 2005", "last month", "en mars");
    2. its story, in the same article, tells another happening by its day (precision ``day``), on a day of that
       month, typed otherwise than the month telling and not `other` (a typed happening: a ceremony, a
       conference, a strike). Two happenings of one type and month are merging's to join or keep apart; an
       untyped day telling is no better reading than the month telling;
    3. the two are told in the same tense: both held, or both planned. "The plant will close in June" beside
       "the union met on June 3" are two happenings;
    4. and that day telling is the only one: the month holds no other typed happening of the story told by its day
       (of any type). A month of several dated happenings is a busy stretch, and a month telling in it one more
       happening ("the United States imposed a 20% tariff in August" beside a meeting on 26 August and an
       inauguration on 24 August); which one it would retell is not known (as restated.py asks one type).

A choice among an article's rows, never a wider reach: it removes rows and adds none.
"""

from __future__ import annotations

from timeline.models import Mention

__all__ = ["coarse_months"]

OTHER = "other"


def _gives_way(month: Mention, mentions: list[Mention]) -> bool:
    """``month`` is a month-only telling whose month holds exactly one typed happening of its story told by its day
    (one day, one type), typed apart from it and told in its tense."""
    if month.precision != "month" or month.end_date is not None:
        return False
    days = [m for m in mentions if m is not month and m.precision == "day" and m.story_index == month.story_index
            and m.event_type != OTHER and (m.date.year, m.date.month) == (month.date.year, month.date.month)]
    if len({(d.date, d.event_type) for d in days}) != 1:
        return False
    return days[0].event_type != month.event_type and days[0].status == month.status


def coarse_months(mentions: list[Mention]) -> list[Mention]:
    """The mentions of one article without the month-only tellings whose month holds one typed happening of their
    story told by its day (see the module doc)."""
    return [m for m in mentions if not _gives_way(m, mentions)]
