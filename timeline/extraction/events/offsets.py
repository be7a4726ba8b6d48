"""Step 4e: a happening named as the anchor of a dated one ("The minister resigned on Tuesday, a day after the
government lost a confidence vote", "la grève a commencé mardi, au lendemain de la manifestation", "le sommet se
tiendra le 20 mars, deux jours avant le référendum"): the anchor's date counts from the dated happening's, so it gets
a row of its own at that day (Tuesday - 1, 20 March + 2).

The offsets are data (``anchor_offsets`` in lang/*/triggers.yaml: the phrase and the days from the dated happening to
the anchor). The phrase must follow the date in its sentence, a comma at most between ("mardi, au lendemain de"); the
anchor is the first trigger after it, within ANCHOR_WORDS words. An anchor told elsewhere in its story by the same
word keeps its own date (that telling dates it); one that has none is dated here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span

__all__ = ["offset_anchored"]

#: Words at most between the offset phrase and the anchor's trigger ("a day after the government lost a vote": 5).
ANCHOR_WORDS = 6
#: What may stand between a date and its offset phrase: a comma, "just", "only", "soit".
_GAP = re.compile(r"[\s,]*(?:(?:just|only|soit|exactly|precisely|juste|exactement)\s+)?")
#: A score below any pairing's: the anchor's row comes after the paired ones.
ANCHOR_SCORE = -100.0


@functools.cache
def _offsets(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, int]]:
    """The offset phrases of ``lang`` (folded), a verb of timing allowed before them ("comes a day after",
    "intervient au lendemain de": ``anchor_links``), as one pattern; and the days each phrase adds to the dated
    happening's day; and the pattern of a verb of timing and its phrase anywhere ("The move comes a day after")."""
    table = lexicon.load(f"{lang if lang in ('fr', 'en') else 'en'}/triggers")
    days = {lexicon.fold(str(k)): int(v) for k, v in (table.get("anchor_offsets") or {}).items()}
    if not days:
        return None, None, {}
    links = "|".join(re.escape(lexicon.fold(str(w))) for w in table.get("anchor_links") or ())
    body = "|".join(re.escape(k) for k in sorted(days, key=len, reverse=True))
    linked = re.compile(rf"\b(?:{links})\s+(?P<phrase>{body})\b") if links else None
    return re.compile(rf"(?:(?:{links or '(?!)'})\s+)?(?P<phrase>{body})\b"), linked, days


def _anchor(triggers: Sequence[_Trigger], folded: str, start: int, end: int) -> _Trigger | None:
    """The first trigger of a known type after ``start`` within ANCHOR_WORDS words, before ``end`` ("a day after the
    government lost a confidence vote": the vote), else the first one."""
    near = [t for t in triggers if start <= t.start < end and not t.excluded
            and len(folded[start : t.start].split()) <= ANCHOR_WORDS]
    return next((t for t in near if t.event_type != "other"), near[0] if near else None)


def _counted(folded: str, proto: _Proto, found: re.Match[str], days: dict[str, int], anchor: _Trigger,
             sentence: Span, index: int) -> _Proto:
    """The anchor's row: ``proto``'s day plus the phrase's offset, told in ``sentence`` (number ``index``)."""
    date, phrase = proto.date, found.group("phrase")
    day = date.value + dt.timedelta(days=days[phrase])
    when = dataclasses.replace(
        date, text=phrase, start=found.start("phrase"), end=found.end(), value=day, end_value=None, time=None,
        rule="offset_anchor", relative=True,
        explanation=f"{phrase} -> {day.isoformat()}: counted from {date.text!r} ({date.value.isoformat()})")
    return dataclasses.replace(proto, sentence=sentence, sentence_index=index, date=when, score=ANCHOR_SCORE,
                               trigger=dataclasses.replace(anchor, subordinate=False), end_date=None)


def offset_anchored(rules: Rules, folded: str, protos: list[_Proto], triggers_by_sentence: dict[int, list[_Trigger]],
                    sentences: Sequence[Span], sentence_story: Sequence[int]) -> list[_Proto]:
    """Step 4e: the protos, and a row for each happening a dated one is counted from: in its own sentence, right
    after its date ("resigned on Tuesday, a day after ..."), or in the next sentence of its story, which has no dated
    happening and tells the timing with a verb ("... went on strike on Tuesday. The move comes a day after ...")."""
    pattern, linked, days = _offsets(rules.lang)
    if pattern is None:
        return protos
    told = {(p.story, folded[p.trigger.start : p.trigger.end]) for p in protos}
    dated = {p.sentence_index for p in protos}
    extra: list[_Proto] = []
    for proto in protos:
        date, sentence, index = proto.date, proto.sentence, proto.sentence_index
        if proto.until or date.precision != "day" or proto.inherited:
            continue
        gap = _GAP.match(folded, date.end, sentence.end)
        found = pattern.match(folded, gap.end() if gap else date.end, sentence.end)
        after = index + 1
        if (found is None and linked is not None and after < len(sentences) and after not in dated
                and sentence_story[after] == proto.story):
            sentence, index = sentences[after], after
            found = linked.search(folded, sentence.start, sentence.end)
        if found is None:
            continue
        anchor = _anchor(sorted(triggers_by_sentence.get(index, ()), key=lambda t: t.start), folded, found.end(),
                         sentence.end)
        if anchor is None or anchor.start == proto.trigger.start:
            continue
        word = folded[anchor.start : anchor.end]
        if (proto.story, word) in told:
            continue  # the anchor has a telling of its own ("The referendum was held on March 10. ... a day after")
        told.add((proto.story, word))
        dated.add(index)
        extra.append(_counted(folded, proto, found, days, anchor, sentence, index))
    return protos + extra
