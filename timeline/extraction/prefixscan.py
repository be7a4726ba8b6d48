"""One long alternation of word patterns, scanned the fast way with the same matches (a speed device only).

The trigger vocabulary is one regex of some 300 alternatives (24,000 characters in French). Python's
engine tries every alternative at every word start, which made it the largest single cost of event
detection. ``PrefixScanner`` finds the same matches, in the same order, with the same group names:

1. for each alternative, the strings one of which must begin any of its matches (up to ``depth``
   characters, computed from the parsed pattern; a shorter string where the pattern turns open,
   ``\\w+`` or a class too wide to list);
2. one small regex, a trie of all those strings behind the alternation's own lookbehind, finds the
   only positions where a match can start;
3. there, only the alternatives whose strings agree with the text are tried, in their original order,
   as one regex per distinct set (compiled on first use).

The engine takes the first alternative, in order, that matches at the leftmost possible position, and
resumes after it; dropping alternatives that cannot match at a position changes neither choice. When an
alternative can start with anything (or match the empty string), the scanner gives up the device and runs
the whole regex: slower, never different. ``tests/test_prefixscan.py`` compares both over real texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from re import _constants as sre_c
from re import _parser as sre_parse
from typing import Any

from timeline.extraction.actors import regexcache

__all__ = ["PrefixScanner", "prefixes", "regex_syntax"]

#: Most prefix strings one alternative may have before it is treated as "can start with anything".
MAX_PREFIXES = 4096
#: Version of the prefix computation, part of the disk cache's key: a fix of ``prefixes`` must not read back the
#: pieces an older computation stored (2: a repetition closed before its minimum keeps its prefixes).
PREFIX_RULES = 2
#: Widest character class spelled out letter by letter ("[a-z]" yes, "\\w" no).
MAX_CLASS = 64

_State = set[tuple[str, bool]]
"""(prefix so far, still open): open prefixes may grow; closed ones are final (anything may follow)."""


class _TooMany(Exception):
    pass


def _chars(op: Any, av: Any) -> list[str] | None:
    if op is sre_c.LITERAL:
        return [chr(av)]
    if op is not sre_c.IN:
        return None
    out: list[str] = []
    for item_op, item in av:
        if item_op is sre_c.LITERAL:
            out.append(chr(item))
        elif item_op is sre_c.RANGE and item[1] - item[0] < MAX_CLASS:
            out += [chr(x) for x in range(item[0], item[1] + 1)]
        else:
            return None  # a negated class, a category (\w, \d): anything
    return out


def _closed(states: _State) -> _State:
    return {(p, False) for p, _ in states}


def _sequence(items: Sequence[Any], states: _State, depth: int) -> _State:
    for op, av in items:
        if not any(is_open for _, is_open in states):
            break
        states = _step(op, av, states, depth)
        if len(states) > MAX_PREFIXES:
            raise _TooMany
    return states


def _repeat(av: Any, states: _State, depth: int) -> _State:
    low, high, sub = av
    out: _State = set()
    current = states
    for count in range(depth + 1):
        if count >= low:
            out |= current
        if count >= high:
            return out
        if not any(is_open for _, is_open in current):
            return out | current  # closed before ``low`` ("[^»]{2,50}"): the prefixes are final as they stand
        current = _sequence(list(sub), current, depth)
    return out | _closed(current)  # more repetitions: prefixes at least this long, or open-ended


def _step(op: Any, av: Any, states: _State, depth: int) -> _State:
    chars = _chars(op, av)
    if chars is not None:
        out: _State = set()
        for prefix, is_open in states:
            if not is_open:
                out.add((prefix, False))
                continue
            for char in chars:
                out.add((prefix + char, len(prefix) + 1 < depth))
        return out
    if op is sre_c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _closed(states) if add_flags or del_flags else _sequence(list(sub), states, depth)
    if op is sre_c.BRANCH:
        out = set()
        for alternative in av[1]:
            out |= _sequence(list(alternative), states, depth)
        return out
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        return _repeat(av, states, depth)
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return states  # zero width: ignoring it only lets more through
    return _closed(states)  # anything else (ANY, a category, a back-reference): anything may follow


def prefixes(pattern: str, depth: int) -> frozenset[str] | None:
    """Strings one of which begins every match of ``pattern`` (a string shorter than ``depth``:
    anything may follow it); None when a match may begin with anything or be empty."""
    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        found = {p for p, _ in _sequence(list(tree), {("", True)}, depth)}
    except _TooMany:
        return None
    return None if "" in found else frozenset(found)


def _trie(strings: set[str]) -> str:
    """A regex matching where one of ``strings`` begins; every branch opens with a literal (fast to reject)."""
    if "" in strings:
        return ""
    parts = []
    for char in sorted({s[0] for s in strings}):
        sub = _trie({s[1:] for s in strings if s[0] == char})
        parts.append(re.escape(char) + (f"(?:{sub})" if sub else ""))
    return "|".join(parts)


_QUANTIFIERS = frozenset("?*+{")  # after a group: it repeats, cannot be spread over the branches


def regex_syntax(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth before it) of each character of ``text`` from ``start`` that is regex syntax:
    escapes (``\\x``) and character classes (``[...]``, ``[^]...]``) are skipped whole."""
    depth, i, in_class = 0, start, False
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if text[i + 1 : i + 2] == "^":
                i += 1
            if text[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a literal ] first
        else:
            yield i, char, depth
            depth += (char == "(") - (char == ")")
        i += 1


def _closing(text: str, open_at: int) -> int:
    """Index of the ``)`` closing the group opened at ``open_at`` (escapes and classes skipped); -1 if none."""
    return next((i for i, char, depth in regex_syntax(text, open_at) if char == ")" and depth == 1), -1)


def _branches(text: str) -> list[str]:
    """``text`` cut at its top-level ``|``."""
    cuts = [i for i, char, depth in regex_syntax(text) if char == "|" and depth == 0]
    return [text[begin + 1 : end] for begin, end in zip([-1, *cuts], [*cuts, len(text)], strict=True)]


def expand(pattern: str, limit: int = 400) -> list[str]:
    """Alternatives that, tried in order, match as ``pattern`` does: "(?:a|ont) eu" -> ["a eu", "ont eu"].

    ``X|Y`` and ``(?:X|Y)R`` (R not a quantifier) are tried by the engine as X, then Y (each followed by R),
    so the pieces, in order, are the same regex. Beyond ``limit`` pieces the pattern stays whole.
    """
    out: list[str] = []
    todo = [pattern]
    while todo:
        if len(out) + len(todo) > limit:
            return [pattern]
        current = todo.pop(0)
        branches = _branches(current)
        if len(branches) > 1:
            todo[:0] = branches
            continue
        if current.startswith("(?:"):
            close = _closing(current, 0)
            rest = current[close + 1 :] if close > 0 else ""
            if close > 0 and rest[:1] not in _QUANTIFIERS:
                inner = _branches(current[3:close])
                todo[:0] = [f"{b}{rest}" if len(inner) == 1 else f"(?:{b}){rest}" for b in inner]
                continue
        out.append(current)
    return out


class PrefixScanner:
    """``finditer`` of ``head(?:(?P<g1>a1|a2|…)|(?P<g2>…)…)tail``, trying only the alternatives that can match.

    ``groups``: (group name, alternatives in order); ``head`` must be zero width (a lookbehind).
    """

    def __init__(self, groups: Sequence[tuple[str, Sequence[str]]], head: str = "", tail: str = "",
                 depth: int = 5) -> None:
        self.groups = [(name, list(alternatives)) for name, alternatives in groups]
        self.head, self.tail, self.depth = head, tail, depth
        body = "|".join(f"(?P<{name}>{'|'.join(f'(?:{a})' for a in alts)})" for name, alts in self.groups)
        self.pattern = f"{head}(?:{body}){tail}"
        analysis = self._analysis()
        self._flat = [(name, piece, found) for name, alts in self.groups for a in alts
                      for piece, found in analysis["pieces"][a]]
        self._programs: dict[tuple[str, str], Any] = analysis["programs"]
        self._whole: re.Pattern[str] | None = None
        self._starts: re.Pattern[str] | None = None
        if any(p is None for _, _, p in self._flat):
            self._whole = re.compile(self.pattern)
        else:
            every = {s for _, _, found in self._flat if found for s in found}
            self._starts = re.compile(f"{head}(?={_trie(every)})")
        self._by_key: dict[str, tuple[re.Pattern[str], ...]] = {}
        self._compiled: dict[int, re.Pattern[str]] = {}
        self._exact: dict[str, set[int]] = {}
        """Prefix string -> the pieces that have it (found where the text begins with it)."""
        self._longer: dict[str, set[int]] = {}
        """Every beginning of a prefix string -> the pieces whose prefix starts so (a key cut by the text's end)."""
        for i, (_, _, found) in enumerate(self._flat):
            for prefix in found or ():
                self._exact.setdefault(prefix, set()).add(i)
                for size in range(1, len(prefix) + 1):
                    self._longer.setdefault(prefix[:size], set()).add(i)

    def _analysis(self) -> dict[str, Any]:
        """Each alternative's pieces with their prefixes, and each piece's program: computed once (about
        a second for the French triggers), then read from the disk cache (regexcache.cached_value)."""
        distinct = sorted({(name, a) for name, alts in self.groups for a in alts})
        material = repr((self.tail, self.depth, distinct, PREFIX_RULES))

        def compute() -> dict[str, Any]:
            pieces: dict[str, list[tuple[str, frozenset[str] | None]]] = {}
            programs: dict[tuple[str, str], Any] = {}
            for name, alternative in distinct:
                if alternative not in pieces:
                    pieces[alternative] = [(piece, prefixes(piece, self.depth)) for piece in expand(alternative)]
                for piece, _found in pieces[alternative]:
                    programs[name, piece] = regexcache.program(self._piece_pattern(name, piece))
            return {"pieces": pieces, "programs": programs}

        return regexcache.cached_value("prefixscan", material, compute)  # type: ignore[no-any-return]

    def _piece_pattern(self, name: str, piece: str) -> str:
        return f"(?P<{name}>{piece}){self.tail}"

    def _for(self, key: str) -> tuple[re.Pattern[str], ...]:
        """The alternatives that can match where the text begins with ``key``, in order, each a regex."""
        kept = set(self._longer.get(key, ()))  # a prefix that starts with the key
        for size in range(1, len(key)):  # a prefix the key starts with
            kept |= self._exact.get(key[:size], set())
        out = []
        for i in sorted(kept):  # in the alternation's order
            compiled = self._compiled.get(i)
            if compiled is None:
                name, piece, _found = self._flat[i]
                pattern = self._piece_pattern(name, piece)
                compiled = self._compiled[i] = regexcache.from_program(pattern, self._programs.get((name, piece)))
            out.append(compiled)
        return tuple(out)

    @property
    def scanning(self) -> bool:
        """False when an alternative can start with anything and the whole regex runs instead (slower)."""
        return self._whole is None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches ``re.compile(self.pattern).finditer(text, pos, endpos)`` gives."""
        end = len(text) if endpos is None else min(endpos, len(text))
        if self._whole is not None:
            yield from self._whole.finditer(text, pos, end)
            return
        assert self._starts is not None
        search, depth, by_key = self._starts.search, self.depth, self._by_key
        while True:
            start = search(text, pos, end)
            if start is None:
                return
            at = start.start()
            key = text[at : min(at + depth, end)]
            regexes = by_key.get(key)
            if regexes is None:
                regexes = by_key[key] = self._for(key)
            pos = at + 1
            for regex in regexes:
                found = regex.match(text, at, end)
                if found is not None:
                    yield found
                    pos = max(found.end(), pos)
                    break
