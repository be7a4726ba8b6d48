"""The first months of a year, counted: "les trois premiers trimestres", "the first three months of this year".

A count of a year's opening months or quarters names a period of months, January to the last one counted: "au cours
des trois premiers trimestres" in an October article is January-September of that year, "les six premiers mois de
2024" January-June 2024, "the first three months of this year" January-February. The fresh and written golds write
such a phrase as its first and last month on one span (round thirty-six, dfr36); the mention is a month-grain
period (``value`` the first month, ``end_value`` the last month's end), which ``benchmarks.realnews_dates.ends``
scores as those two months. Before this step the words held no date ("trois premiers trimestres") or only the year
after them ("this year").

The year: one written after the unit ("de 2024", "of 2023"), a word of ``leading_year_words`` ("de l'année": the
reference date's year, "de l'année dernière": the one before), or none: the reference date's year, or the one before
when the last month counted is still ahead of the reference date (the first three quarters told in February are
last year's).

Data (``timeline/lang/<lang>/words.yaml``):

* ``leading_count_before`` (English "the first" before the count), ``leading_count_after`` (French "premiers",
  "premières" after it); the counts are the lexicon's ``numbers`` and digits;
* ``leading_units``: unit word -> months each (mois 1, trimestres 3);
* ``leading_year_links`` ("de", "of": before a written year), ``leading_year_words`` (year phrase -> years from the
  reference date's);
* ``leading_other_links`` ("de", "d'", "of"): a complement that is not a year ("les six premiers mois de son
  mandat", "the first two months of the strike") leaves the words no date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.extraction.dates.context import _Context, _mention
from timeline.extraction.dates.lexicon import _YEAR, _accent_variants, _alt, _key
from timeline.lang import load

__all__ = ["step_leading_months"]

_GAP = r"[^\S\n]+"


@functools.cache
def _pattern(lang: str) -> tuple[re.Pattern[str] | None, dict[str, int], dict[str, int], re.Pattern[str] | None,
                                 re.Pattern[str] | None]:
    """(the pattern, unit word -> months each, year phrase -> years from the reference, another complement, the
    count's own word: "the first", "premiers", which every match holds)."""
    own = load(f"{lang}/words")
    before, after = list(own.get("leading_count_before") or []), list(own.get("leading_count_after") or [])
    units = {_key(str(k)): int(v) for k, v in (own.get("leading_units") or {}).items()}
    links, years = list(own.get("leading_year_links") or []), dict(own.get("leading_year_words") or {})
    if not units or not (before or after):
        return None, {}, {}, None, None
    numbers = [str(w) for w in own.get("numbers") or {}]
    count = rf"(?P<n>\d{{1,2}}|{_alt(_accent_variants(numbers))})"
    unit = rf"(?P<unit>{_alt(_accent_variants(list(own.get('leading_units'))))})"
    said = _alt(_accent_variants(before or after))
    head = rf"(?:{said}){_GAP}{count}" if before else rf"{count}{_GAP}(?:{said})"
    tails = []
    if years:
        tails.append(rf"(?P<phrase>{_alt(_accent_variants(list(years)))})")
    if links:
        tails.append(rf"(?:{_alt(_accent_variants(links))}){_GAP}(?P<y>{_YEAR})")
    tail = rf"(?:{_GAP}(?:{'|'.join(tails)}))?" if tails else ""
    pattern = re.compile(rf"(?<![^\W\d_])(?:{head}){_GAP}{unit}(?![^\W\d_]){tail}(?![^\W\d_])", re.IGNORECASE)
    others = list(own.get("leading_other_links") or [])
    other = re.compile(rf"[^\S\n]*(?:{_alt(_accent_variants(others))})(?:(?<=['’])|(?![^\W\d_]))",
                       re.IGNORECASE) if others else None
    return pattern, units, {_key(str(k)): int(v) for k, v in years.items()}, other, re.compile(said, re.IGNORECASE)


def step_leading_months(ctx: _Context) -> None:
    """les trois premiers trimestres, the first three months of this year: January to the last month counted."""
    pattern, units, years, other, said = _pattern(ctx.lex.lang)
    if pattern is None or ctx.reference is None:
        return
    # a window without the count's word ("premiers", "the first") holds no match: not scanned (round 37, spd37)
    for m in ctx.find(pattern, "words", holds=said):
        start, end = m.start(), m.end()
        if not ctx.free(start, end):
            continue
        if not (m["y"] or m["phrase"]) and other is not None and other.match(ctx.text, end):
            continue  # "les six premiers mois de son mandat", "the first two months of the war": not a year's
        raw = _key(m["n"])
        n = int(raw) if raw.isdigit() else ctx.lex.numbers.get(raw)
        months = (n or 0) * units[_key(m["unit"])]
        if not 1 < months <= 12:  # "le premier mois", "the first 18 months": no period of one year's months
            continue
        ref = ctx.reference
        if m["y"]:
            year, why = int(m["y"]), "the year written"
        elif m["phrase"]:
            year, why = ref.year + years[_key(m["phrase"])], "the year said"
        else:
            year = ref.year - 1 if months > ref.month else ref.year
            why = "the reference date's year" if year == ref.year else "the last year whose months are all past"
        first = dt.date(year, 1, 1)
        last = (dt.date(year + 1, 1, 1) if months == 12 else dt.date(year, months + 1, 1)) - dt.timedelta(days=1)
        ctx.add(_mention(ctx, start, end, first, "month", "leading_months", end_value=last, relative=not m["y"],
                         explanation=f"{m.group()} -> {first}..{last}: the first {months} months of {why}"),
                start, end)
