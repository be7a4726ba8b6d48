"""Step 7b: a round-up's instance told under a place frame takes the day the story last told (round twenty-five, ctx25).

A round-up dates its happenings once and then goes place by place: "Several county councils sat on Tuesday to elect
their leaders. [...] In Sarthe, Jane Morel was elected president", "Des cortèges ont défilé samedi dans l'Ouest
[...] À Vannes, trois cents personnes ont marché jusqu'à la préfecture". The instance sentence names no date: the
reader takes the day the story last told. Only such an instance is read so: a sentence that opens on a place frame
(a preposition of ``round_up_frames`` in lang/<lang>/triggers.yaml, a capitalised name, a comma within a few words),
holds a typed happening told by a verb (no ``other``, no background clause, no verb of holding whose subject alone
says what is held), and is neither future nor planned. The day lent is the one of the story's last dated sentence
when that sentence tells a single day, is not in the future tense and is of the same story: any date in between (or
a sentence with two days) stops the lending.

A plain dateless sentence after a dated one is not read so (mis25 tried it: real-news dev French precision 0.95 ->
0.91; the sentences after a dated one are mostly background or a retelling); nor one that only follows a dated
sentence in the same paragraph (ctx25 measured it: 9 more spurious rows on real-news dev French). The place frame
is what a round-up's reader sees: the same story, told again somewhere else.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["FRAME_WORDS", "round_up_days"]

#: At most this many words from the capitalised name to the comma that closes a place frame ("Dans le Maine et
#: Loire,", "In the county of Sarthe,"): a longer run is a clause, not a frame.
FRAME_WORDS = 6


@functools.cache
def _frame(lang: str) -> re.Pattern[str] | None:
    """A sentence opening on a place frame: a listed preposition, a capitalised name, a comma soon after."""
    words = lexicon.load(f"{lang}/triggers").get("round_up_frames") or ()
    if not words:
        return None
    forms = sorted({str(w) for w in words}, key=len, reverse=True)
    openers = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in forms)
    name = rf"[A-ZÀ-Ý][^\s,.;:!?]*(?:\s+[^\s,.;:!?]+){{0,{FRAME_WORDS}}},"
    return re.compile(rf"(?i:{openers})(?:(?<=['’])|\s+){name}")


def _place_frame(lang: str, text: str, sentence: Span) -> bool:
    pattern = _frame(lang)
    return pattern is not None and pattern.match(text, sentence.start, sentence.end) is not None


def _ahead(rules: Rules, folded: str, sentence: Span) -> bool:
    """The sentence is in the future or tells a plan."""
    return any(p is not None and p.search(folded, sentence.start, sentence.end) for p in (rules.future, rules.planned))


def _instance(triggers: Sequence[_Trigger]) -> _Trigger | None:
    """The sentence's first typed happening told by a verb of its own."""
    return next((t for t in triggers if t.kind == "verb" and t.event_type != "other"
                 and not (t.excluded or t.subordinate or t.genitive or t.generic)), None)


def _lent_day(rules: Rules, folded: str, sentence: Span, found: Sequence[tuple[DateMention, str]]
              ) -> DateMention | None:
    """The day a dated sentence lends to the instances after it: its one day, in a sentence not in the future."""
    days = [d for d, role in found if role == "event" and d.precision == "day" and d.end_value is None
            and d.open_end is None]
    if not days or len({d.value for d, _ in found}) != 1:
        return None
    if rules.future is not None and rules.future.search(folded, sentence.start, sentence.end):
        return None
    return days[0]


def round_up_days(rules: Rules, folded: str, text: str, protos: list[_Proto],
                  triggers_by_sentence: dict[int, list[_Trigger]], dates: Sequence[DateMention],
                  dates_by_sentence: dict[int, list[tuple[DateMention, str]]], sentences: Sequence[Span],
                  sentence_story: Sequence[int]) -> list[_Proto]:
    """The happenings of the round-up instances of each story (see the module), with the day they take."""
    if _frame(rules.lang) is None or not sentences:
        return protos
    starts = [s.start for s in sentences]
    with_date = {bisect.bisect_right(starts, d.start) - 1 for d in dates}
    told = {p.sentence_index for p in protos}
    lent: dict[int, DateMention | None] = {}
    added: list[_Proto] = []
    for index, sentence in enumerate(sentences):
        story = sentence_story[index]
        if index in with_date:
            lent[story] = _lent_day(rules, folded, sentence, dates_by_sentence.get(index, ()))
            continue
        day = lent.get(story)
        if day is None or index in told or not _place_frame(rules.lang, text, sentence) \
                or _ahead(rules, folded, sentence):
            continue
        trigger = _instance(triggers_by_sentence.get(index, ()))
        if trigger is not None:
            added.append(_Proto(sentence, index, story, trigger, day, False, 0.0, inherited=True))
    return sorted([*protos, *added], key=lambda p: (p.sentence.start, p.date.start)) if added else protos
