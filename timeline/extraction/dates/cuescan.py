r"""Where the tense and cue patterns of ``resolve._lean`` match in a sentence window: spans and group names only.

``prefilter.finditer_lowered`` finds each match case-free on the lower-cased text and from the character before it
(``_starts``), then matches the pattern as written at that start, so that its groups read the text as written. The
cue scans read no group's text, only where a match is and which group matched (``lastgroup``): the case-free twin's
match on the lower-cased text has both (the twin is the pattern with its literals in lower case, and ``lowered`` is
given only for a text whose characters IGNORECASE equates with their lower case one for one, of the same class: the
same paths through the same program), and so has the shifted search's match, read from the character after its
first (``_shifted`` puts a class before the pattern, in a group that captures nothing). So the second match, which
for a word list under IGNORECASE costs more than the scan, is left out. A window where nothing the pattern's matches
end with stands is not scanned at all (``tails``); and the tails of a whole list of patterns are searched at once
first (``silent``): a window where none stands skips every scan of the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from timeline.extraction.dates import prefilter
from timeline.extraction.dates.prefilter import _shifted, casefree, finditer_lowered
from timeline.extraction.dates.tails import tail, tail_ends


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


def silent(patterns: Sequence[re.Pattern[str]], text: str, low: str | None, pos: int, end: int) -> frozenset[int]:
    """The ids of those of ``patterns`` that ``cue_matches`` finds nothing of in [pos, end), known by one search of
    their tails at once (``_Quiet``), not one a pattern: a match of one of the tails at ``p`` is one of their
    alternation's at ``p`` or before it (the same string, flags and end), so where the alternation finds nothing,
    neither does any tail, and each of those patterns has no match there. Empty where it finds something."""
    groups = _QUIET.get((tuple(map(id, patterns)), low is not None))
    if groups is None:
        groups = _quiet(patterns, low is not None)
    out: frozenset[int] = frozenset()
    for on_low, tails, members in groups:
        scanned = low if on_low else text
        if tails.search(scanned, pos, end) is None:  # type: ignore[arg-type]
            out |= members
    return out


_Quiet = tuple[bool, re.Pattern[str], frozenset[int]]  # (searched on the lower-cased text, the trie, the ids)
_QUIET: dict[tuple[tuple[int, ...], bool], tuple[_Quiet, ...]] = {}


def _quiet(patterns: Sequence[re.Pattern[str]], lowered: bool) -> tuple[_Quiet, ...]:
    """The patterns grouped by the string they are searched on, their flags and what every match of theirs holds:
    the strings it ends with (``tails``; and the "\b" after them), else the literals it opens with after its "\b"
    (``_openings``). One regex of each group's strings (a trie: re reads one branch a letter, where an alternation of
    the tails would try each tail at each position), with the ids of its patterns."""
    grouped: dict[tuple[bool, int, str], tuple[set[str], list[int]]] = {}
    for pattern in patterns:
        plan = _PLANS.get((id(pattern), lowered))
        free, end_test, _ = _plan(pattern, lowered) if plan is None else plan
        scan = free if free is not None else pattern
        ends = tail_ends(scan) if end_test is not None else None
        kind, found = ("tail, boundary" if ends[1] else "tail", set(ends[0])) if ends else ("head", _openings(scan))
        if found:
            strings, ids = grouped.setdefault((free is not None, scan.flags & _FLAGS, kind), (set(), []))
            strings.update(found)
            ids.append(id(pattern))
    groups = []
    for (on_low, flags, kind), (strings, ids) in grouped.items():
        source = _render(_trie(strings))
        source = rf"\b{source}" if kind == "head" else source + (r"\b" if kind == "tail, boundary" else "")
        groups.append((on_low, re.compile(source, flags), frozenset(ids)))
    _QUIET[(tuple(map(id, patterns)), lowered)] = out = tuple(groups)
    return out


_FLAGS = re.IGNORECASE | re.ASCII  # what a tail or an opening keeps of its pattern's flags


def _openings(pattern: re.Pattern[str]) -> set[str] | None:
    """The literals every match of a pattern that opens with "\b" starts with (``prefilter._seq``), those that a
    non-word character must follow marked (``prefilter._WORD_END``); None when unknown, for a pattern with another
    opening, or when a match may start with no literal."""
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    if not items or items[0] != (sre.AT, sre.AT_BOUNDARY) or pattern.flags & re.VERBOSE:
        return None
    prefilter._mark_word_ends = True
    try:
        _, starts = prefilter._seq(items[1:])
    finally:
        prefilter._mark_word_ends = False
    return None if not starts or "" in starts else set(starts)


def _trie(words: set[str]) -> dict:
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _render(node: dict) -> str:
    """The trie as a regex of the same strings, each character as written (escaped); a word that ends where
    another goes on is an optional rest."""
    branches = [(r"(?!\w)" if char == prefilter._WORD_END else re.escape(char)) + _render(node[char])
                for char in sorted(k for k in node if k)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
