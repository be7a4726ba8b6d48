"""A claim or a statement is told by its sayer: an event whose sentence is a claim ("a group calling itself X claimed
the attack on Tuesday evening", "a revendiqué l'attaque mardi soir") does not borrow the actors of the sentence before
it (events/borrowed_actors.py, step 9b), who did something else (filed the complaint the afternoon before).

The verbs are data: ``claim_verbs`` in timeline/lang/*/triggers.yaml (folded, matched as word starts), looked for in
the event's own sentence up to its trigger.

A date that opens its sentence dates the sentence's main verb: an announcing verb there, with its "that" clause, is a
step the story narrates, kept as in a lead (``fronted_announcements``, round fifteen); a saying dated after its verb
("said on Tuesday that") only attributes.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from timeline import lang as lexicon
from timeline.extraction.events.crossing import lead_announcements

if TYPE_CHECKING:
    from timeline.extraction.events.layout import Page
    from timeline.extraction.events.triggers import _Trigger
    from timeline.extraction.sentences import Span
    from timeline.models import DateMention

__all__ = ["fronted_announcements", "said_by_own"]


@functools.cache
def _claims(lang: str) -> re.Pattern[str]:
    words = sorted({lexicon.fold(str(w)) for w in lexicon.load(f"{lang}/triggers").get("claim_verbs") or []},
                   key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})" if words else r"(?!)")


def said_by_own(page: Page, sentence: int, trigger_end: int) -> bool:
    """The event's sentence (index ``sentence``) claims or states it before its trigger ends: its sayer is its actor."""
    start = page.sentences[sentence].start
    return _claims(page.article.lang).search(page.folded, start, max(start, trigger_end)) is not None


# --------------------------------------------------------------------------- a fronted date's announcement (round 15)

#: At most two words before a date that opens its sentence ("Mais dès le 18 février,", "And on Tuesday,").
_OPENING = re.compile(r"\W*(?:[\w'’-]+\W+){0,2}")
#: The fronted date closes its phrase: a comma or a colon right after it ("Le 26 janvier, ...", "Vendredi : ...").
_CLOSED = re.compile(r"\s*[,:]")
#: A clause opener between the date and the verb: the verb is then no main verb of the sentence.
_SUBORDINATE = re.compile(r"(?<![\w'])(?:qui|que|qu'|dont|lorsque|quand|which|who|that|when|whose|after|before|"
                          r"apres|avant)(?![\w'])")


def fronted_announcements(page: Page, sentence: Span, dates: list[DateMention], triggers: list[_Trigger]
                          ) -> list[_Trigger]:
    """A date that opens its sentence dates the sentence's main verb: when that verb announces or reveals (the
    ``lead_announcements`` verbs), with its "that" clause, the announcement is a step the story narrates ("Le 26
    janvier, l'équipe du candidat a annoncé que ...", "Two days later, the prosecutor revealed that ..."), kept as a
    trigger as in a lead (events/crossing.py lead_announcements). A saying whose date follows its verb ("said on
    Tuesday that") only attributes and stays out, as does an announcing verb in a clause of its own."""
    folded = page.folded
    opening = [d for d in dates if _OPENING.fullmatch(folded, sentence.start, d.start)
               and _CLOSED.match(folded, d.end, sentence.end)]
    if not opening or not any(t.kind == "verb" and t.excluded for t in triggers):
        return triggers
    end = opening[0].end
    main = [t for t in triggers if t.start >= end and t.kind == "verb"][:1]
    if not main or _SUBORDINATE.search(folded, end, main[0].start):
        return triggers
    kept = lead_announcements(page, main)[0]
    return [kept if t is main[0] else t for t in triggers]
