r"""Whole words through an alternation (round thirty-three, spd33; issue 12's speed): which start words of a gated
pattern (``prefilter``) open a match only as the whole word of the text.

``prefilter._seq`` reads a pattern's parse tree for the literals every match starts with; for ``wordshape.whole_words``
(and ``cuescan``'s openings) it marks with ``prefilter._WORD_END`` a literal that a non-word character must follow
("de" before ``\s+``). A node that is not one fixed string, ``(?:\d{1,3}|a|an)`` before ``\s+``, gave its words
unmarked: the gate took "a" as a prefix and tried the pattern at "après", "afternoon", "aujourd'hui". ``marked``
splits such a node's matches into the strings it matches whole on some path (a fixed branch, a trie's branch after its
fixed prefix, an optional part) and the starts of its other matches: the first are marked when a non-word character
opens the node after it, the others stay prefixes ("sept" beside ``sept\w*``), and anything unknown keeps the old
reading. Every match is still one of the literals: the gate tries fewer words, never misses a match.
"""

from __future__ import annotations

from re import _constants as sre  # type: ignore[attr-defined]

from timeline.extraction.dates import prefilter

__all__ = ["marked"]

Strings = frozenset[str]
NONE: Strings = frozenset()
EMPTY: Strings = frozenset({""})


def marked(acc: Strings, op: object, av: object, unmarked: Strings) -> Strings:
    """The starts of a node that a non-word character follows (``acc`` the exact strings before it; ``unmarked``
    their product with its starts), each that the node matches whole marked with ``prefilter._WORD_END``: in
    "(?:\\d{1,3}|a|an)\\s+", "a" and "an" (a word of the text then opens such a match only by being one of them),
    "0"-"9" not (a number runs on). ``unmarked`` when a product grows too long."""
    whole, rest = _ends(op, av)
    if not whole or "" in whole or "" in rest:
        return unmarked
    tagged = prefilter._product(acc, frozenset(w + prefilter._WORD_END for w in whole))
    opened = prefilter._product(acc, rest)
    return unmarked if tagged is None or opened is None else tagged | opened


def _ends(op: object, av: object) -> tuple[Strings, Strings]:
    """(whole, rest) of one parse node: strings it matches entirely on some path, and the starts of its other
    matches; every match is one of ``whole`` or starts with one of ``rest`` ("" in ``rest``: unknown)."""
    exact, starts = prefilter._node(op, av)
    if exact is not None:
        return exact, NONE
    unknown = (NONE, starts if starts is not None else EMPTY)
    if op is sre.BRANCH:
        parts = [_seq_ends(branch) for branch in av[1]]  # type: ignore[index]
        return frozenset().union(*(w for w, _ in parts)), frozenset().union(*(r for _, r in parts))
    if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
        return _seq_ends(av[-1] if op is sre.SUBPATTERN else av)  # type: ignore[index]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av  # type: ignore[misc]
        if low in (0, 1) and high == 1:  # "(?:-one)?": empty or its body's
            whole, rest = _seq_ends(body)
            return (whole | EMPTY if low == 0 else whole), rest
    return unknown


def _seq_ends(items: object) -> tuple[Strings, Strings]:
    """``_ends`` of a sequence: exact nodes, then at most one that is not (its ends after the exact strings before
    it); else nothing whole and the sequence's starts (``_seq``)."""
    nodes = list(items)  # type: ignore[call-overload]
    acc = EMPTY
    for k, (op, av) in enumerate(nodes):
        exact, _ = prefilter._node(op, av)
        longer = prefilter._product(acc, exact) if exact is not None else None
        if longer is not None:
            acc = longer
            continue
        if exact is None and k == len(nodes) - 1:
            whole, rest = _ends(op, av)
            whole_after, rest_after = prefilter._product(acc, whole), prefilter._product(acc, rest)
            if whole_after is not None and rest_after is not None:
                return whole_after, rest_after
        break
    else:
        return acc, NONE
    _, starts = prefilter._seq(nodes)
    return NONE, starts if starts is not None else EMPTY
