"""Open-ended dates: "since 2010", "before June", "until Friday", "d'ici 2030", "from March 3 on".

A pass after the cascade (``mark_open_ends``) reads the words that touch a found date: a cue right before it
(``open_ends`` in ``lang/<lang>/words.yaml``; "the", "le", "la", "l'", "les" may sit between: "avant le 3 mars")
or right after it (``open_ends_after``: "2010 onwards", "le 3 mars au plus tard"). The date keeps its words,
span, value and precision (the period it names, the bound); ``DateMention.open_end`` says which side is open and
whether the period is in ('by', 'until', 'since') or out ('before', 'after'). The cue stays outside the span, as
TimeML keeps its signals apart, so span scorers and the real-news TIMEX3 values see the same mention as before.

Left closed:
* a range with two written ends ("du 3 au 5 mars", "from 2010 to 2012": the range words already bound it);
* a cue that does not touch the date: "after the war in 1975" is the year of the war;
* a date followed by a possessive: "after Monday's vote" is after the vote, which is on Monday;
* a date followed by another in a list ("the third time after 2006 and 2017": the earlier times, named;
  ``open_ends_list_links``);
* a date with a clock time: "before 5 pm", "à partir de 9 h 30 jeudi" bound a time of day, which a day's open end
  cannot say (the day stays the mention's value).

A cue before a period's edge (a ``parts`` word) reads as a reader does: "before the end of December", "avant la fin
de l'année" is a deadline on the whole period ('by' December); "after the beginning of March" starts with March
('since').
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _accent_variants, _alt, _key, lexicon
from timeline.lang import fold, load
from timeline.models import OPEN_ENDS, DateMention

#: How far before a date a cue may start (the longest cue, "pas plus tard que le", with room to spare).
_REACH = 40
#: How far after a date a cue may end ("et au-delà", "at the earliest").
_AFTER_REACH = 24
#: An article between a cue and its date ("avant le 3 mars", "until the 20th").
_ARTICLES = frozenset({"the", "le", "la", "les", "l'"})
#: A date's first character may follow a cue only after a space or an elided article ("l'an 2000").
_BEFORE_START = frozenset(" \t\u00a0\u202f'’")


@dataclass(frozen=True)
class _Cues:
    """One language's cues, lower-cased with plain apostrophes, every accent variant listed, longest first."""

    before: tuple[str, ...]
    before_kind: dict[str, str]
    after: tuple[str, ...]
    after_kind: dict[str, tuple[str, bool]]
    """cue -> (open end, whether "from" must stand before the date: "from March 3 on")."""
    froms: frozenset[str]
    list_links: frozenset[str]
    """"and", "et": a date followed by one of these and another date is in a list."""
    hedges: tuple[str, ...] = ()
    """``open_end_hedges``, longest first: a floor ("at least", "au moins") between a cue and its date, or around
    them."""


def _variants(words: list[str]) -> list[str]:
    return [w.lower().replace("’", "'") for w in _accent_variants(words)]


@functools.cache
def _cues(lang: str) -> _Cues:
    own = load(f"{lang if lang in ('fr', 'en') else 'en'}/words")
    before = {_key(str(k)): str(v) for k, v in (own.get("open_ends") or {}).items()}
    after = {_key(str(k)): (str(v["kind"]), bool(v.get("from")))
             for k, v in (own.get("open_ends_after") or {}).items()}
    for kind in (*before.values(), *(k for k, _ in after.values())):
        if kind not in OPEN_ENDS:
            raise ValueError(f"lang/{lang}/words.yaml: open end {kind!r} is not one of {', '.join(OPEN_ENDS)}")
    before_kind = {v: before[_key(v)] for v in _variants(list(own.get("open_ends") or {}))}
    after_kind = {v: after[_key(v)] for v in _variants(list(own.get("open_ends_after") or {}))}
    by_length = functools.partial(sorted, key=lambda w: (-len(w), w))
    return _Cues(tuple(by_length(before_kind)), before_kind, tuple(by_length(after_kind)), after_kind,
                 frozenset(_variants([str(w) for w in own.get("open_ends_from") or []])),
                 frozenset(_variants([str(w) for w in own.get("open_ends_list_links") or []])),
                 tuple(by_length(_variants([str(w) for w in own.get("open_end_hedges") or []]))))


def _words_before(text: str, start: int, hedges: tuple[str, ...] = ()) -> list[str]:
    """The words on the date's line just before it, lower-cased, an article right before the date dropped, and a
    hedge (``hedges``) before that article: "until at least the 20th" reads as "until"."""
    raw = text[max(0, start - _REACH):start]
    words = raw[raw.rfind("\n") + 1:].lower().replace("’", "'").split()
    if words and words[-1] in _ARTICLES:
        words.pop()
    hedge = _ending(" ".join(words[-4:]), hedges) if hedges else None
    if hedge is not None:
        del words[len(words) - len(hedge.split()):]
    return words


def _ending(tail: str, cues: tuple[str, ...]) -> str | None:
    """The longest cue ``tail`` ends with, as a whole word."""
    if not tail.endswith(cues):  # one C call: most dates have no cue
        return None
    for cue in cues:
        if tail.endswith(cue) and (len(tail) == len(cue) or not tail[-len(cue) - 1].isalpha()):
            return cue
    return None


def open_end_of(text: str, start: int, end: int, lang: str) -> str | None:
    """The open end the words around ``text[start:end]`` give it, or None (see the module's docstring)."""
    cues = _cues(lang)
    if text[end:end + 2] in ("'s", "’s"):
        return None
    words: list[str] | None = None
    if cues.before and start and text[start - 1] in _BEFORE_START:
        words = _words_before(text, start, cues.hedges)
        cue = _ending(" ".join(words[-4:]), cues.before)
        if cue is not None:
            return cues.before_kind[cue]
    if cues.after and text[end:end + 1] in (" ", ",", "\t", "\u00a0"):
        raw = text[end:end + _AFTER_REACH]
        raw = raw[:raw.find("\n")] if "\n" in raw else raw
        head = raw.lstrip(",").lower().replace("’", "'")
        if head[:1].isspace():
            head = " ".join(head.split()[:3])
            cue = next((c for c in cues.after if head.startswith(c) and (len(head) == len(c) or not (
                head[len(c)].isalnum() or head[len(c)] in "'-"))), None) if head.startswith(cues.after) else None
            if cue is not None:
                kind, needs_from = cues.after_kind[cue]
                if needs_from:
                    words = _words_before(text, start) if words is None else words
                    if not words or words[-1] not in cues.froms:
                        return None
                return kind
    return None


#: What may follow a floor after its date: the phrase's end.
_CLOSED = re.compile(r"[^\S\n]*(?:$|[,;.:!?)»”\"—–-])")


def hedged_cue(text: str, start: int, end: int, lang: str) -> str | None:
    """The open end of a cue that a floor (``open_end_hedges``: "at least", "au moins") keeps from touching
    ``text[start:end]``, or of an 'until' a floor stands by; else None. A floor between the cue and the date: that
    cue's open end ("until at least Friday", "depuis au moins mars"); a floor right before an 'until' ("at least until
    Friday", "au moins jusqu'à mercredi") or closing the phrase after its date ("jusqu'à mercredi au moins"): 'until'.
    A floored 'until' is the end of a stretch still ahead of the speaker, whatever the tense ("said it was likely to
    stay in place until at least Friday"); a floored 'since' a start behind: ``resolve._lean`` reads them so."""
    cues = _cues(lang)
    if not cues.hedges or not start or text[start - 1] not in _BEFORE_START:
        return None
    words = _words_before(text, start)
    hedge = _ending(" ".join(words[-4:]), cues.hedges)
    if hedge is not None:  # "until at least Friday"
        words = words[:len(words) - len(hedge.split())]
        cue = _ending(" ".join(words[-4:]), cues.before)
        return cues.before_kind[cue] if cue is not None else None
    cue = _ending(" ".join(words[-4:]), cues.before)
    if cue is None or cues.before_kind[cue] != "until":
        return None
    rest = words[:len(words) - len(cue.split())]
    if _ending(" ".join(rest[-4:]), cues.hedges) is not None:  # "at least until Friday"
        return "until"
    # "jusqu'à mercredi au moins": the hedge closes the phrase (not "until Monday at least 300 flights", a count)
    after = " ".join(text[end:end + _AFTER_REACH].split("\n")[0].lower().replace("’", "'").lstrip(",").split())
    return "until" if any(after.startswith(h) and _CLOSED.match(after, len(h)) for h in cues.hedges) else None


#: (cue, the part of the period the date starts with) -> the open end on the whole period.
_EDGES = {("before", "late"): "by", ("after", "early"): "since"}


@functools.cache
def _part_at_start(lang: str) -> re.Pattern[str]:
    """A ``parts`` word ("the end of", "fin", "early") at the start of a date's words, named by its part."""
    parts = lexicon(lang).tables["parts"]
    ways = [rf"(?P<{part}>{_alt([str(w) for w, p in parts.items() if p == part])})"
            for part in ("early", "late")]
    return re.compile(rf"(?:{'|'.join(ways)})(?![^\W\d_])", re.IGNORECASE)


def _on_edge(kind: str, words: str, lang: str) -> str:
    """"before the end of December" -> 'by', "after the beginning of March" -> 'since'; else ``kind``."""
    if (kind, "late") in _EDGES or (kind, "early") in _EDGES:
        m = _part_at_start(lang).match(fold(words))  # the table's words are folded
        if m is not None and m.lastgroup is not None:
            return _EDGES.get((kind, m.lastgroup), kind)
    return kind


def _in_list(ctx: _Context, m: DateMention, nxt: DateMention) -> bool:
    """``nxt`` follows ``m`` in a list of dates: "2006 and 2017", "le 3, le 5 ou le 9 mars"."""
    gap = ctx.text[m.end:nxt.start]
    if len(gap) > 12 or "\n" in gap:
        return False
    words = gap.replace(",", " ").lower().split()
    links = _cues(ctx.lex.lang).list_links
    return (not words and "," in gap) or (len(words) <= 2 and bool(words) and words[0] in links
                                          and all(w in links or w in _ARTICLES for w in words))


def mark_open_ends(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with ``open_end`` set where a cue touches them; the others unchanged (the same objects)."""
    out = mentions
    for i, m in enumerate(mentions):
        if m.end_start is not None or m.open_end is not None or (m.time is not None and ":" in m.time):
            continue  # a range with two written ends is closed by its own words; "before 5 pm" bounds a clock time
        kind = open_end_of(ctx.text, m.start, m.end, ctx.lex.lang)
        if kind is not None and i + 1 < len(mentions) and _in_list(ctx, m, mentions[i + 1]):
            continue
        if kind is not None:
            if out is mentions:
                out = list(mentions)
            out[i] = replace(m, open_end=_on_edge(kind, ctx.text[m.start:m.end], ctx.lex.lang))
    return out
