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
* a date with a clock time: "before 5 pm", "à partir de 9 h 30 jeudi" bound a time of day, which a day's open end
  cannot say (the day stays the mention's value).

A cue before a period's edge (a ``parts`` word) reads as a reader does: "before the end of December", "avant la fin
de l'année" is a deadline on the whole period ('by' December); "after the beginning of March" starts with March
('since').
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from timeline.extraction.dates.context import _Context
from timeline.extraction.dates.lexicon import _accent_variants, _alt, _key, lexicon
from timeline.lang import fold, load
from timeline.models import OPEN_ENDS, DateMention

#: How far before a date a cue may start (the longest cue, "pas plus tard que le", with room to spare).
_REACH = 40
_ARTICLES = r"(?:(?:the|le|la|les)[^\S\n]+|l['’][^\S\n]*)?"
#: A date's first character may follow a cue only after a space or an elided article ("l'an 2000").
_BEFORE_START = frozenset(" \t\u00a0\u202f'’")


@functools.cache
def _cues(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None,
                              dict[str, str], dict[str, tuple[str, bool]]]:
    """(cue before a date, cue after it, the "from" a cue after may need, word -> kind before, after)."""
    own = load(f"{lang if lang in ('fr', 'en') else 'en'}/words")
    before = {str(k): str(v) for k, v in (own.get("open_ends") or {}).items()}
    after = {str(k): (str(v["kind"]), bool(v.get("from"))) for k, v in (own.get("open_ends_after") or {}).items()}
    for kind in (*before.values(), *(k for k, _ in after.values())):
        if kind not in OPEN_ENDS:
            raise ValueError(f"lang/{lang}/words.yaml: open end {kind!r} is not one of {', '.join(OPEN_ENDS)}")
    froms = [str(w) for w in own.get("open_ends_from") or []]
    pre = re.compile(rf"(?<![^\W\d_])(?P<cue>{_alt(_accent_variants(list(before)))})[^\S\n]+{_ARTICLES}$",
                     re.IGNORECASE) if before else None
    post = re.compile(rf",?[^\S\n]+(?P<cue>{_alt(_accent_variants(list(after)))})(?![\w'’-])",
                      re.IGNORECASE) if after else None
    start = re.compile(rf"(?<![^\W\d_])(?:{_alt(froms)})[^\S\n]+{_ARTICLES}$", re.IGNORECASE) if froms else None
    return (pre, post, start, {_key(k): v for k, v in before.items()},
            {_key(k): v for k, v in after.items()})


def open_end_of(text: str, start: int, end: int, lang: str) -> str | None:
    """The open end the words around ``text[start:end]`` give it, or None (see the module's docstring)."""
    pre, post, from_, kind_before, kind_after = _cues(lang)
    if text[end:end + 2] in ("'s", "’s"):
        return None
    if pre is not None and start and text[start - 1] in _BEFORE_START:
        m = pre.search(text, max(0, start - _REACH), start)
        if m is not None:
            return kind_before.get(_key(m.group("cue")))
    if post is not None and end < len(text):
        m = post.match(text, end)
        if m is not None:
            kind, needs_from = kind_after.get(_key(m.group("cue")), (None, False))
            if needs_from and (from_ is None or from_.search(text, max(0, start - _REACH), start) is None):
                return None
            return kind
    return None


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


def mark_open_ends(ctx: _Context, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with ``open_end`` set where a cue touches them; the others unchanged (the same objects)."""
    out = mentions
    for i, m in enumerate(mentions):
        if m.end_start is not None or m.open_end is not None or (m.time is not None and ":" in m.time):
            continue  # a range with two written ends is closed by its own words; "before 5 pm" bounds a clock time
        kind = open_end_of(ctx.text, m.start, m.end, ctx.lex.lang)
        if kind is not None:
            if out is mentions:
                out = list(mentions)
            out[i] = replace(m, open_end=_on_edge(kind, ctx.text[m.start:m.end], ctx.lex.lang))
    return out
