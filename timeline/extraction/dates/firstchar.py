r"""Searches that skip to a possible first character: re's own quick test, given to patterns that open with lookarounds.

When a pattern opens with a character class or a literal, re's search tests each character against it (one bitmap
or category look-up) and tries a match only where it passes. When it opens with a lookaround (``(?=\d)``,
``(?<![\d:.,])``, ``\b``), re's compiler derives no such test, and the search tries a whole match, lookarounds and
all, at every position (some 300-400 machine instructions each). Yet every match still starts with a character of
a set that the parse tree shows (``(?=\d)(?<![\w/.,:-])(?:(?:19|20)\d\d|0?[1-9]|1[0-2])`` starts with a digit):
``quick`` compiles the same program with that set in its info block, as re does for a pattern that opens with a
class. The program is re's own, unchanged, so a match at a position is the same; only positions where no match can
start are passed over, so ``search`` and ``finditer`` find the same matches. ``match`` does not read the set.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import logging
import re
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

log = logging.getLogger(__name__)

_Items = list  # the items of a parsed character class: (LITERAL, code), (RANGE, (lo, hi)), (CATEGORY, code)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_QUICK: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, or its twin whose searches skip to a character some match may start with (same matches)."""
    known = _QUICK.get(id(pattern))
    if known is None:
        try:
            twin = _with_first_chars(pattern) or pattern
        except Exception:
            log.warning("date scan: no quick search for %.60r; scanning as written", pattern.pattern)
            twin = pattern
        known = _QUICK[id(pattern)] = (pattern, twin)  # the pattern kept: its id stays its own
    return known[1]


def _with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str) or pattern.flags & re.DEBUG:
        return None
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    items = list(tree)
    if not items or (items[0][0] not in _ZERO_WIDTH and not (items[0][0] is sre.BRANCH and _none_derived(tree))):
        return None  # re derives its own test (or none can be); a top-level "|" whose branches open with lookarounds
        #              ("(?<![\w'’])['’]\d\d|\b(?=\w)(?:en|in)\s+\d\d") gets none from re either
    low, high = tree.getwidth()
    if low == 0:
        return None  # an empty match starts at any character
    first = _first(items, bool(tree.state.flags & re.IGNORECASE))
    if not first:
        return None
    flags = tree.state.flags
    code: list[int] = []
    opening = sre_parse.SubPattern(tree.state, [(sre.IN, first)])
    sre_compile._compile_info(code, opening, flags & ~re.IGNORECASE)  # the set as written: no case in it (_first)
    if len(code) < 6 or code[0] != sre.INFO or code[2] != sre.SRE_INFO_CHARSET:
        return None
    code[3], code[4] = min(low, sre_compile.MAXCODE), min(high, sre_compile.MAXCODE)  # the pattern's own widths
    sre_compile._compile(code, tree.data, flags)
    code.append(sre.SUCCESS)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in tree.state.groupdict.items():
        indexgroup[index] = name
    return _sre.compile(pattern.pattern, flags | pattern.flags, code, tree.state.groups - 1,
                        tree.state.groupdict, tuple(indexgroup))


def _none_derived(tree: sre_parse.SubPattern) -> bool:
    """Whether re's compiler gives the pattern no test of its first character (no prefix, no charset)."""
    code: list[int] = []
    sre_compile._compile_info(code, tree, tree.state.flags)
    return len(code) < 3 or not code[2] & (sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET)


def _first(items: list, nocase: bool) -> _Items | None:
    """The class items every non-empty match of the sequence ``items`` starts with, or None (unknown, a negated
    class among others, or a cased character under IGNORECASE: re's charset test reads characters as written)."""
    found, may_be_empty = _first_or_empty(items, nocase)
    if found is None or may_be_empty:
        return None  # unknown, or the whole sequence may match empty: what follows it is unknown here
    return _checked(found)


def _node_first(op: object, av: object, nocase: bool) -> tuple[_Items | None, bool]:
    if op is sre.LITERAL:
        return (None if nocase and _cased(av) else [(sre.LITERAL, av)]), False  # type: ignore[arg-type]
    if op is sre.IN:
        parts = list(av)  # type: ignore[call-overload]
        if nocase and any(_cased_item(kind, value) for kind, value in parts):
            return None, False
        return parts, False
    if op is sre.SUBPATTERN:
        _, add, remove, sub = av  # type: ignore[misc]
        if (add | remove) & (re.ASCII | re.LOCALE | re.UNICODE):
            return None, False  # "(?a:\W)": a class read otherwise than the set would be
        return _first_or_empty(list(sub), nocase or bool(add & re.IGNORECASE))  # "(?i:a)" reads "A" too
    if op is sre.BRANCH:
        out: _Items = []
        empty = False
        for branch in av[1]:  # type: ignore[index]
            found, may_be_empty = _first_or_empty(list(branch), nocase)
            if found is None:
                return None, False
            out += found
            empty = empty or may_be_empty
        return out, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = av  # type: ignore[misc]
        found, may_be_empty = _first_or_empty(list(body), nocase)
        return found, may_be_empty or low == 0
    if op is sre.ATOMIC_GROUP:
        return _first_or_empty(list(av), nocase)  # type: ignore[call-overload]
    return None, False  # ANY, GROUPREF, ...: unknown


def _first_or_empty(items: list, nocase: bool) -> tuple[_Items | None, bool]:
    """(items every non-empty match starts with, whether it may match empty) of a sequence."""
    out: _Items = []
    for op, av in items:
        if op is sre.ASSERT_NOT and not list(av[1]):
            return [], False  # "(?!)", an empty word list's regex: no match goes through here, it adds no character
        if op in _ZERO_WIDTH:
            continue
        found, may_be_empty = _node_first(op, av, nocase)
        if found is None:
            return None, False
        out += found
        if not may_be_empty:
            return out, False
    return out, True


def _checked(items: _Items) -> _Items | None:
    """The items as one class: none negated (a negated class joined to others is no union of them), and none that
    re's charset compiler would not read."""
    if any(kind not in (sre.LITERAL, sre.RANGE, sre.CATEGORY) for kind, _ in items):
        return None
    return items


def _cased(code: int) -> bool:
    char = chr(code)
    return char.lower() != char or char.upper() != char or char.casefold() != char


def _cased_item(kind: object, value: object) -> bool:
    if kind is sre.LITERAL:
        return _cased(value)  # type: ignore[arg-type]
    if kind is sre.RANGE:
        return any(_cased(c) for c in range(value[0], value[1] + 1))  # type: ignore[index]
    return kind is not sre.CATEGORY  # NEGATE, RANGE_UNI_IGNORE...: not judged
