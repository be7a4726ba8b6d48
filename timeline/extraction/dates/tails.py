r"""What every match of a regex ends with: a quick test that a window holds no match, before the scan itself.

The tense patterns of ``resolve._lean`` ("\b[a-zé...]{2,}(?:era|eront|...)\b", "\b(?:devr|pourr)ai(?:t|ent)\b")
open with any word and end with a few letters: re tries each word of a window in full, letter by letter, and in
news copy most windows hold no such verb. ``tail`` reads from the pattern's parse tree the strings every match ends
with (``prefilter._seq`` on the tree read backwards: literals multiplied out, zero-width items passed over) and the
"\b" after them, as a regex of its own ("(?:era|eront|...)\b"): re searches it from its first letters, several
times faster. Where it finds nothing in [pos, end), the pattern has no match there: a match ending at ``y`` holds
one of those strings right before ``y``, and "\b" at ``y`` reads the same text, cut at the same end.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from timeline.extraction.dates import prefilter

#: Ends shorter than this make no quicker search than the pattern's own: no tail.
MIN_TAIL = 2
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_CASE_FREE_GROUP = re.compile(r"\(\?[a-zA-Z]*i")


def tail(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex that finds something in every stretch where ``pattern`` matches (the strings its matches end with,
    and "\b" when the pattern ends with one); None when unknown, or when some end is shorter than ``MIN_TAIL``.
    Computed from the parse tree each call: ``cuescan`` keeps one per pattern."""
    found = tail_ends(pattern)
    if found is None:
        return None
    ends, boundary = found
    source = "(?:" + "|".join(map(re.escape, ends)) + ")" + (r"\b" if boundary else "")
    return re.compile(source, pattern.flags & (re.IGNORECASE | re.ASCII))


def tail_ends(pattern: re.Pattern[str]) -> tuple[list[str], bool] | None:
    """(the strings every match of ``pattern`` ends with, longest first; whether a "\b" follows them), as ``tail``
    reads them; None when unknown."""
    if pattern.flags & re.VERBOSE or (not pattern.flags & re.IGNORECASE and _CASE_FREE_GROUP.search(pattern.pattern)):
        return None  # (a "(?i:...)" group in a case-sensitive pattern: its letters would be read in one case only)
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    _, backwards = prefilter._seq(_reversed(items))
    if not backwards or min(map(len, backwards)) < MIN_TAIL:  # unknown, empty-able ("" in it), or too short
        return None
    boundary = False
    for op, av in reversed(items):  # the zero-width items after the last character: a "\b" among them is kept
        if op not in _ZERO_WIDTH:
            break
        boundary = boundary or (op is sre.AT and av is sre.AT_BOUNDARY)
    return sorted({end[::-1] for end in backwards}, key=lambda end: (-len(end), end)), boundary


def _reversed(items: list) -> list:
    """The parse items read from the last to the first, groups, branches and repeats inside too (a lookaround's
    content is left as it is: ``_seq`` passes over zero-width items)."""
    out = []
    for op, av in reversed(items):
        if op is sre.SUBPATTERN:
            av = (*av[:-1], _reversed(list(av[-1])))
        elif op is sre.ATOMIC_GROUP:
            av = _reversed(list(av))
        elif op is sre.BRANCH:
            av = (av[0], [_reversed(list(branch)) for branch in av[1]])
        elif op in _REPEATS:
            av = (av[0], av[1], _reversed(list(av[2])))
        out.append((op, av))
    return out
