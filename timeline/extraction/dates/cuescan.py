r"""Where the tense and cue patterns of ``resolve._lean`` match in a sentence window: spans and group names only.

``prefilter.finditer_lowered`` finds each match case-free on the lower-cased text and from the character before it
(``_starts``), then matches the pattern as written at that start, so that its groups read the text as written. The
cue scans read no group's text, only where a match is and which group matched (``lastgroup``): the case-free twin's
match on the lower-cased text has both (the twin is the pattern with its literals in lower case, and ``lowered`` is
given only for a text whose characters IGNORECASE equates with their lower case one for one, of the same class: the
same paths through the same program), and so has the shifted search's match, read from the character after its
first (``_shifted`` puts a class before the pattern, in a group that captures nothing). So the second match, which
for a word list under IGNORECASE costs more than the scan, is left out. A window where nothing the pattern's matches
end with stands is not scanned at all (``tails``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extraction.dates.prefilter import _shifted, casefree, finditer_lowered
from timeline.extraction.dates.tails import tail


class Found:
    """Where a match is (``start()``, ``end()``) and the name of its last group, as ``re.Match`` gives them."""

    __slots__ = ("_end", "_start", "lastgroup")

    def __init__(self, start: int, end: int, lastgroup: str | None) -> None:
        self._start, self._end, self.lastgroup = start, end, lastgroup

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def cue_matches(pattern: re.Pattern[str], text: str, low: str | None, pos: int,
                end: int) -> Iterator[Found] | Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text, pos, end)``, as ``Found`` (their spans and ``lastgroup``): searched
    case-free on ``low`` (``prefilter.lowered(text)``) where the pattern has a twin, shifted where it can be."""
    plan = _PLANS.get((id(pattern), low is not None))
    if plan is None:
        plan = _plan(pattern, low is not None)
    free, end_test, shifted = plan
    scan, scanned = (free, low) if free is not None else (pattern, text)
    if end_test is not None and end_test.search(scanned, pos, end) is None:  # type: ignore[arg-type]
        return iter(())  # no string its matches end with: no match (``tails``)
    if shifted is None:
        return finditer_lowered(pattern, text, low, pos, end)
    return _found(scan, shifted, scanned, pos, end)  # type: ignore[arg-type]


_Plan = tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]
_PLANS: dict[tuple[int, bool], _Plan] = {}
_KEPT: list[re.Pattern[str]] = []  # the planned patterns, kept: their ids stay their own


def _plan(pattern: re.Pattern[str], lowered: bool) -> _Plan:
    """(the case-free twin scanned on the lower-cased text or None, the tail of what is scanned, its shifted
    search), looked up once a pattern and case instead of three times a scan."""
    free = casefree(pattern) if lowered else None
    scan = free if free is not None else pattern
    _KEPT.append(pattern)
    plan = _PLANS[(id(pattern), lowered)] = (free, tail(scan), _shifted(scan))
    return plan


def _found(scan: re.Pattern[str], shifted: re.Pattern[str], text: str, pos: int, end: int) -> Iterator[Found]:
    """``prefilter._starts``, with each match's group: a match at ``q`` is the shifted pattern's at ``q - 1``."""
    at = pos
    if at == 0:
        first = scan.match(text, 0, end)
        if first is not None:
            yield Found(0, first.end(), first.lastgroup)
            at = first.end()
    search = shifted.search
    while at < end:
        found = search(text, at - 1 if at else 0, end)
        if found is None:
            return
        yield Found(found.start() + 1, found.end(), found.lastgroup)
        at = found.end()
