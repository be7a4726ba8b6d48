"""The article's day told by a relative word glued to a full date ("died yesterday, Monday 14 September 2026").

A writer who puts "yesterday", "hier", "today", "aujourd'hui", "demain" right before a full date (its weekday
optional) tells both the event's day and, by the word's offset, the day the article was written: "yesterday,
Monday 14 September 2026" is a Tuesday 15 September article. When nothing states the article's date (no metadata,
no user's date, no dateline, no URL), that agreement beats the latest full date in the text, which would make the
relative word disagree with its own date. The words and their offsets are ``relative_days`` in
timeline/lang/<lang>/words.yaml.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.extraction.dates.lexicon import _key, lexicon
from timeline.extraction.stamps import find_stamp_date

#: How far after its relative word a full date may end ("yesterday, Wednesday, September 16, 2026" is ~40 characters).
_REACH = 48


@functools.cache
def _word(lang: str) -> re.Pattern[str]:
    """A relative day word, then an optional "le" / "on" and weekday, then the start of a date."""
    lex = lexicon(lang)
    words = sorted(lex.raw.get("relative_days") or list(lex.tables["relative_days"]), key=len, reverse=True)
    days = sorted(lex.weekdays, key=len, reverse=True)
    word = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in words)
    weekday = "|".join(re.escape(w) for w in days)
    return re.compile(rf"(?<![\w])(?P<w>{word})(?![^\W\d_])[^\S\n]*,?[^\S\n]*(?:(?:le|on)[^\S\n]+)?"
                      rf"(?:(?P<d>{weekday})\.?[^\S\n]*,?[^\S\n]*)?(?:(?:le|on)[^\S\n]+)?(?=\d|[^\W\d_]+\.?[^\S\n]+\d)",
                      re.IGNORECASE)


def told_article_day(text: str, lang: str) -> dt.date | None:
    """The article's day that makes the first "<relative day word>, <weekday> <full date>" agree, or None.

    The date must follow its word at once and state its year; a weekday that does not fit the date makes the pair
    no evidence.
    """
    lex = lexicon(lang)
    offsets = lex.tables["relative_days"]
    for found in _word(lang).finditer(text):
        stamp = find_stamp_date(text[found.end() : found.end() + _REACH], lang)
        if stamp is None or stamp.start != 0 or stamp.year is None or (day := stamp.value()) is None:
            continue
        shift = offsets.get(_key(found["w"]))
        if not isinstance(shift, int) or (found["d"] and lex.weekdays.get(_key(found["d"])) != day.weekday()):
            continue
        return day - dt.timedelta(days=shift)
    return None
