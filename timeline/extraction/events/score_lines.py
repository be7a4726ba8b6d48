"""Step 4b: the lines of a results or fixtures list, one happening each, though no verb tells them.

A sports page lists its matches as bare lines: "Beverley Arms 7-3 Goole Anchors", "Hyde Rovers 1 Whitby Athletic 2"
under a heading that is only a day ("Saturday 28 November", "Results, Saturday 28 November"), or a fixture with its
day before a colon ("Saturday 5 December, 7.30pm: Goole Anchors v Selby Arrows; Hull v Howden"). Each such line is a
match of its own: a reader sees one row per line. Pairing finds no trigger there (no verb, no event noun), and the
day of a heading is in no sentence with a trigger, so the lines were lost, or folded into the row of the one match
a sentence of the story retells.

The shape is narrow on purpose: the WHOLE line (or each ';'-separated part after the day's colon) must be two names
in title case with a score between them (two numbers joined by a dash, or a number after each name), or, after a
day, two names joined by "v" / "vs" / "contre" / a spaced dash. A line of prose never has that shape. A line of
scores takes the day of the nearest heading above it when only other score lines stand between them; a heading is
a line that is only a day (a few words before it) or a line that ends with its day and a colon, announcing the
list ("Résultats de la 11e journée, disputée samedi 28 novembre :"). The score may follow the two names joined by a
dash or "v" ("Orchies - Saint-Chamond : 71-84"; round twenty-three, lst23). The shapes: score_shapes.py.
"""

from __future__ import annotations

import bisect
from typing import Any

from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.score_shapes import BULLETS as _BULLETS
from timeline.extraction.score_shapes import FIXTURE, RESULT
from timeline.models import DateMention

#: what a day heading may hold besides its date: "Results, Saturday 28 November", "Résultats du samedi 28 novembre";
#: more only when the line ends with its day and a colon, announcing the list under it ("Résultats de la 11e journée,
#: disputée samedi 28 novembre :")
_HEADING_WORDS = 3


def score_line(trigger: str) -> bool:
    """A telling's trigger, as written, is a whole score or fixture line (the trigger ``score_protos`` gives)."""
    return RESULT.match(trigger) is not None or FIXTURE.match(trigger) is not None


def _parts(line: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``line`` of its ';'-separated parts, stripped of blanks and a final stop."""
    out, at = [], 0
    for piece in line.split(";"):
        body = piece.lstrip().lstrip(_BULLETS).lstrip()
        start = at + len(piece) - len(body)
        body = body.rstrip().rstrip(".").rstrip()
        if body:
            out.append((start, start + len(body)))
        at += len(piece) + 1
    return out


def _match(body: str, played: bool) -> bool:
    """A score only for a day that has come (a score is told after the match); a fixture any day."""
    if RESULT.match(body):
        return played
    return FIXTURE.match(body) is not None


def _heading_date(text: str, sentence: Any, inside: list[DateMention]) -> DateMention | None:
    """The day a sentence that is only a day heading names ("Saturday 28 November", "Results, Saturday 28 November")."""
    days = [d for d in inside if d.precision == "day"]
    if len(days) != 1:
        return None
    date = days[0]
    tail = text[date.end : sentence.end]
    after = tail.strip(" .:")
    before = text[sentence.start : date.start].strip(" ,:")
    short = len(before.split()) <= _HEADING_WORDS and not any(c.isdigit() for c in before)
    announcing = tail.strip() == ":"
    return date if not after and (short or announcing) else None


def score_protos(page: Any, dates: list[DateMention], protos: list[_Proto]) -> list[_Proto]:
    """Protos for the score and fixture lines of a page (module doc); none on a sentence that already has one."""
    text, sentences = page.text, page.sentences
    taken = {p.sentence_index for p in protos}
    by_sentence: dict[int, list[DateMention]] = {}
    starts = [s.start for s in sentences]
    for d in dates:
        index = bisect.bisect_right(starts, d.start) - 1
        if index >= 0 and d.end <= sentences[index].end:
            by_sentence.setdefault(index, []).append(d)
    added: list[_Proto] = []
    heading: DateMention | None = None
    for index, sentence in enumerate(sentences):
        inside = by_sentence.get(index, [])
        line = text[sentence.start : sentence.end]
        found: list[tuple[int, int, DateMention]] = []
        if not inside and heading is not None:
            span = _parts(line)
            if len(span) == 1 and RESULT.match(line[span[0][0] : span[0][1]]) and (
                    page.reference is None or heading.value <= page.reference):
                found.append((sentence.start + span[0][0], sentence.start + span[0][1], heading))
            else:
                heading = None
        elif inside:
            heading = _heading_date(text, sentence, inside)
            first = min(inside, key=lambda d: d.start)
            colon = line.find(":", first.end - sentence.start)
            lead = text[sentence.start : first.start].strip()
            if heading is None and colon >= 0 and not lead and first.precision == "day" and all(
                    d.end - sentence.start <= colon for d in inside):
                rest = line[colon + 1 :]
                parts = _parts(rest)
                played = page.reference is None or first.value <= page.reference
                if parts and all(_match(rest[a:b], played) for a, b in parts):
                    found += [(sentence.start + colon + 1 + a, sentence.start + colon + 1 + b, first)
                              for a, b in parts]
        else:
            heading = None
        if index in taken:
            continue
        for start, end, date in found:
            trigger = _Trigger(start, end, "other", "noun", start, end, False, False)
            added.append(_Proto(sentence, index, page.sentence_story[index], trigger, date, False, 0.0))
    return added
