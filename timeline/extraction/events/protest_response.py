"""Step 5a: a protest and the force's response told in one sentence are two rows of its day (round thirty, prt30).

"Police fired tear gas on Monday to disperse students marching on the ministry", "des heurts ont éclaté lundi lors
du rassemblement": the guide (docs/ANNOTATION.md, protests) makes the protest one row, its group as actors, and the
police acting on the protesters (dispersing, charging, firing tear gas, clashing) another, an ``incident``, the
police its actor. Pairing gives the sentence's day one trigger, so one of the two was lost, or the two were one row
of another type (a rally read as a meeting, "fired" read as ``other``).

A sentence whose dated pairings all share one date, past (no future, no plan), that holds a protest cue
(``protest_responses.protests`` in lang/<lang>/triggers.yaml: "protested", "rally", "manifestation", "grève"; a crowd's
noun alone, "protesters", is whom the police act on: one incident row, as round eleven's table has it) and a
response cue (``responses``: "tear gas", "dispersed", "clashes", "gaz lacrymogène", "heurts") gets both rows:

- a pairing typed ``other`` whose verb is the response or stands right before it ("fired tear gas") is the incident;
  one typed ``meeting`` on or beside the protest cue ("organised a rally", "protesters gathered":
  ``one_happening_types``, a gathering and a protest are one happening, named protest) is the protest;
- the type still missing is added as a row of the same date on its cue (score ``COORDINATED_SCORE``: after the
  paired ones).

A protest cue right after a cause word (``causes``: "after", "following", "après", "à la suite de") is a protest
named as the cause of the response ("arrested after last week's protest"), no happening of this sentence: one row.
Casualties and arrests alone are no response cue (the real-news dev gold keeps "a policeman injured during a march"
and "a protest leading to arrests" one protest row). Merging keeps the two apart: their types differ
(``merge_apart``)."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from timeline import lang as lexicon
from timeline.extraction.events.coordination import COORDINATED_SCORE
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.events.wordlists import _words_re

__all__ = ["protest_responses", "without_forces"]

#: Words at most between a cause word and the protest cue it governs ("after last week's protest").
CAUSE_REACH = 4
#: Characters at most between a gathering's trigger and the protest cue it is ("protesters gathered", "a rally").
CUE_REACH = 20
#: Characters at most between an ``other`` verb and the response cue that makes it the incident ("fired tear gas",
#: "ont tiré des grenades lacrymogènes").
VERB_REACH = 30


@dataclass(frozen=True)
class _Cues:
    protests: re.Pattern[str]
    responses: re.Pattern[str]
    causes: re.Pattern[str] | None
    forces: re.Pattern[str] | None


@functools.cache
def _cues(lang: str) -> _Cues | None:
    data = lexicon.load(f"{lang}/triggers").get("protest_responses") or {}
    protests, responses = _words_re(data.get("protests") or ()), _words_re(data.get("responses") or ())
    if protests is None or responses is None:
        return None
    causes = data.get("causes") or ()
    cause = (re.compile(rf"(?<![\w'-])(?:{'|'.join(causes)})(?![\w])(?:\W+\w+){{0,{CAUSE_REACH}}}\W*$")
             if causes else None)
    forces = (lexicon.load(f"{lang}/triggers").get("protest_groups") or {}).get("forces") or ()
    return _Cues(protests, responses, cause, _words_re([str(f) for f in forces]))


def _told_protest(cues: _Cues, folded: str, start: int, end: int) -> re.Match[str] | None:
    """The first protest cue of ``folded[start:end]`` not governed by a cause word before it."""
    for match in cues.protests.finditer(folded, start, end):
        if cues.causes is None or not cues.causes.search(folded, start, match.start()):
            return match
    return None


def _tells_both(cues: _Cues, folded: str, start: int, end: int) -> bool:
    return (cues.responses.search(folded, start, end) is not None
            and _told_protest(cues, folded, start, end) is not None)


def _trigger(match: re.Match[str], event_type: str) -> _Trigger:
    return _Trigger(match.start(), match.end(), event_type, "noun", match.start(), match.end(), False, False)


def _typed(proto: _Proto, event_type: str) -> _Proto:
    return dataclasses.replace(proto, trigger=dataclasses.replace(proto.trigger, event_type=event_type))


def _sentence_rows(rules: Rules, cues: _Cues, folded: str, group: list[_Proto]) -> list[_Proto]:
    """One sentence's pairings, with the protest and the incident it tells."""
    sentence = group[0].sentence
    if not _tells_both(cues, folded, sentence.start, sentence.end) or (
            len({p.date.start for p in group}) != 1 or any(p.until or p.end_date is not None for p in group)
            or any(p is not None and p.search(folded, sentence.start, sentence.end)
                   for p in (rules.future, rules.planned))):
        return group
    protest = _told_protest(cues, folded, sentence.start, sentence.end)
    response = cues.responses.search(folded, sentence.start, sentence.end)
    if protest is None or response is None:
        return group
    gathering = {t for pair in rules.one_happening for t in pair if "protest" in pair} - {"protest"}
    out = []
    for proto in group:
        trigger = proto.trigger
        if trigger.event_type == "other" and trigger.kind == "verb" and (
                trigger.start <= response.start() <= trigger.end + VERB_REACH or
                response.start() <= trigger.start < response.end()):
            proto = _typed(proto, "incident")  # "fired tear gas", "were dispersed"
        elif trigger.event_type in gathering and (
                trigger.start - CUE_REACH <= protest.start() <= max(trigger.end, trigger.np_end) + CUE_REACH):
            proto = _typed(proto, "protest")  # "organised a rally", "protesters gathered" read as a meeting
        out.append(proto)
    types = {p.trigger.event_type for p in out}
    first = group[0]
    for event_type, cue in (("protest", protest), ("incident", response)):
        if event_type not in types:
            out.append(dataclasses.replace(first, trigger=_trigger(cue, event_type), score=COORDINATED_SCORE,
                                           inherited=False))
    return out


def protest_responses(rules: Rules, folded: str, protos: list[_Proto]) -> list[_Proto]:
    """Step 5a: each past sentence of one date telling a protest and the force's response holds both rows."""
    cues = _cues(rules.lang)
    if cues is None or not protos:
        return protos
    by_sentence: dict[int, list[_Proto]] = {}
    for proto in protos:
        by_sentence.setdefault(proto.sentence.start, []).append(proto)
    replaced: dict[int, _Proto] = {}
    extra: list[_Proto] = []
    for group in by_sentence.values():
        rows = _sentence_rows(rules, cues, folded, group)
        replaced.update((id(old), new) for old, new in zip(group, rows, strict=False))
        extra.extend(rows[len(group):])
    return [replaced.get(id(p), p) for p in protos] + extra


def without_forces(lang: str, folded: str, proto: _Proto, actors: dict[str, str]) -> dict[str, str]:
    """A protest's ``actors`` without the forces its sentence names when that sentence tells their response too
    ("police fired tear gas at marchers"): the police are the incident's actor, not the protest's
    (docs/ANNOTATION.md); ``forces`` of ``protest_groups`` in lang/<lang>/triggers.yaml."""
    cues = _cues(lang)
    sentence = proto.sentence
    if (cues is None or cues.forces is None or proto.trigger.event_type != "protest"
            or not _tells_both(cues, folded, sentence.start, sentence.end)):
        return actors
    return {name: role for name, role in actors.items() if not cues.forces.search(lexicon.fold(name))}
