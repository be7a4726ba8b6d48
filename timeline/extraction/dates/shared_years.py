"""A year-less month or day joined to a dated one takes its year (issue 12, round twenty-three).

"en février et en juin 2023", "in February and June 2023", "l'élection d'avril-mai prochain": the year written
(or placed by "prochain", "last") on the last member of a pair joined by a conjunction or a hyphen is the first
member's too, when the first comes before the second in that year (a February before a June). Both stay
mentions, as TimeML writes them. The joining words are data: ``year_sharing_links`` (the conjunctions) and
``year_sharing_openers`` (a preposition or article that may open the second member) in ``lang/<lang>/words.yaml``.
A comma between them stops it ("en février, et en juin 2023 il a ..." may be two stories).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from timeline.extraction.dates.compose import _moved
from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _accent_variants, _alt
from timeline.extraction.dates.patterns import _RIGHT_AFTER
from timeline.lang import words
from timeline.models import DateMention

_PRECISIONS = ("day", "month")


@functools.cache
def _link(lang: str) -> re.Pattern[str]:
    """The words between the two members: a conjunction and an optional opener, or a hyphen or dash alone."""
    links = _alt(_accent_variants(words(lang, "year_sharing_links"))) or "(?!)"
    openers = _alt(_accent_variants(words(lang, "year_sharing_openers"))) or "(?!)"
    return re.compile(rf"[^\S\n]+(?:{links})[^\S\n]+(?:(?:{openers})(?:[^\S\n]+|(?<=['’])))?|[^\S\n]*[-–][^\S\n]*",
                      re.IGNORECASE)


def share_joined_years(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """A relative (year-less) month or day right before a link and a month or day whose year is its own (written,
    or a "prochain"/"last" of its own), later in that year than the first."""
    out = list(mentions)
    link = _link(ctx.lex.lang)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if not (first.relative and first.precision in _PRECISIONS and second.precision in _PRECISIONS
                and first.end_value is None and first.open_end is None and first.time is None):
            continue
        if second.relative and not _own_year(second):
            continue
        if second.value.year == first.value.year or (first.value.month, first.value.day) > \
                (second.value.month, second.value.day):
            continue
        if not link.fullmatch(ctx.text, first.end, second.start):
            continue
        moved = _moved(first, second.value.year)
        if moved is not None:
            out[i] = replace(moved, explanation=f"{first.text} -> {moved.value.isoformat()}: the year of "
                                                f"'{second.text}', joined to it")
    return out


def _own_year(m: DateMention) -> bool:
    """A relative mention whose own words place its year: "mai prochain", "le 3 juin dernier", "next March"."""
    return bool(_RIGHT_AFTER.search(m.text))
