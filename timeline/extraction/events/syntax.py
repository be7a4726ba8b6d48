"""Which happening a date modifies, read from the French model's dependency tree (issue 13, helper syn10).

The French spaCy model the actors step loads (``actors.model``) also holds a dependency parser, which that step
leaves out. Here a second pipeline of that model (its shared ``tok2vec`` and its ``parser`` only) is loaded once
per process, and run only on the French sentences that hold a date and two or more candidate triggers: there the
pairing's windows and clause cues must choose, and the tree tells which verb or noun the date is attached to
("Le ministre a annoncé mardi que la grève aura lieu le 5 mai": "le 5 mai" hangs on "aura lieu", not on
"annoncé"). The answer is the trigger nearest the date's head along the tree; a tie, a date not attached as a
modifier, or a missing model gives no answer, and the pairing keeps its own choice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

from timeline.extraction.actors import regexcache
from timeline.extraction.actors.model import MODEL_NAMES

log = logging.getLogger(__name__)

__all__ = ["PARSED_LANGS", "SYNTAX_EXCLUDE", "attachments", "load_parser", "tree_choice"]

#: Languages whose sentences are parsed: the model is French; English borrows it for names only.
PARSED_LANGS: frozenset[str] = frozenset({"fr"})

#: Components left out: the parser listens to the shared ``tok2vec`` (fr_core_news_md 3.8's config.cfg), nothing
#: else is needed (measured: about 2-4 ms a sentence for these two).
SYNTAX_EXCLUDE: tuple[str, ...] = ("morphologizer", "attribute_ruler", "lemmatizer", "ner", "senter")

#: Relations by which a date modifies a word: an oblique of a verb ("a voté le 3 mai"), a noun's complement
#: ("la manifestation de samedi"), an adverbial ("hier"), or the date read as an object or subject by mistake
#: ("a annoncé mardi": the small model often says ``obj``).
MODIFIER_DEPS: frozenset[str] = frozenset({
    "obl", "obl:mod", "obl:arg", "obl:tmod", "nmod", "advmod", "obj", "nsubj", "appos", "dep",
})  # fmt: skip

#: A path longer than this in the tree ties the date to nothing.
MAX_PATH = 4

_LOCK = threading.Lock()
_PARSERS: dict[str, Any] = {}
_MISSING: set[str] = set()


def load_parser(lang: str) -> Any | None:
    """The tok2vec + parser pipeline of ``lang``'s model, loaded once per process; None when there is none."""
    name = MODEL_NAMES.get(lang)
    if lang not in PARSED_LANGS or name is None:
        return None
    with _LOCK:
        if name in _PARSERS or name in _MISSING:
            return _PARSERS.get(name)
        try:
            import spacy

            with regexcache.cached_compiles():
                nlp = spacy.load(name, exclude=list(SYNTAX_EXCLUDE))
        except (ImportError, OSError) as exc:  # no model: the pairing keeps its own choice
            log.info("no dependency parser for %s (%s)", lang, exc)
            _MISSING.add(name)
            return None
        if "parser" not in nlp.pipe_names:
            _MISSING.add(name)
            return None
        _PARSERS[name] = nlp
        return nlp


def _head(doc: Any, start: int, end: int) -> Any | None:
    """The token of the span [start, end) (offsets in the doc) whose head is outside it: the span's head."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _path(a: Any, b: Any) -> int:
    """Edges between two tokens of one tree."""
    up = {a.i: 0}
    token, n = a, 0
    while token.head.i != token.i:
        token, n = token.head, n + 1
        up[token.i] = n
    token, m = b, 0
    while token.i not in up:
        if token.head.i == token.i:
            return 10**6
        token, m = token.head, m + 1
    return up[token.i] + m


def tree_choice(doc: Any, date: tuple[int, int], triggers: Sequence[tuple[int, int]]) -> int | None:
    """Index of the trigger (start, end) the date (start, end) is tied to in ``doc``, or None (no answer)."""
    head = _head(doc, *date)
    if head is None or head.dep_ not in MODIFIER_DEPS:
        return None
    lengths = []
    for start, end in triggers:
        token = _head(doc, start, end)
        lengths.append(10**6 if token is None or head.i == token.i else _path(head, token))
    best = min(lengths, default=10**6)
    if best > MAX_PATH or lengths.count(best) != 1:
        return None
    return lengths.index(best)


def attachments(lang: str, text: str, offset: int, dates: Sequence[tuple[int, int]],
                triggers: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Date start -> the start of the trigger it modifies, for a sentence ``text`` starting at ``offset`` in the
    article (dates and triggers in article offsets). Empty unless there are a date and two or more triggers."""
    if not dates or len(triggers) < 2:
        return {}
    nlp = load_parser(lang)
    if nlp is None or len(text) >= nlp.max_length:
        return {}
    doc = nlp(text)
    local = [(s - offset, e - offset) for s, e in triggers]
    out: dict[int, int] = {}
    for start, end in dates:
        choice = tree_choice(doc, (start - offset, end - offset), local)
        if choice is not None:
            out[start] = triggers[choice][0]
    return out
