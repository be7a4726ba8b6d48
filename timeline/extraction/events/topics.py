"""What a dated act asks for, looks into or prepares is its topic, not the happening the date tells (issue 13, round
fifteen): "le conseil examinera jeudi une motion demandant le déplacement des stockages" is the council's sitting, not
a trip; "asked a panel on Monday to investigate the dismissal" is the referral, not a dismissal.

A trigger noun right after a verb of asking, inquiring or preparing in a non-finite form (a present participle or an
infinitive: ``topic_verbs`` in lang/<lang>/triggers.yaml, a determiner allowed between) names no type: it is typed
'other' and read as a complement (``genitive``, as "le présidium du congrès" is), so that the verb the date modifies
(events/predicates.py, typed by its frame in events/frame_types.py) or a typed trigger of the date's own clause types
the row. The noun stays a trigger: the pairing still finds the row when nothing else does.

Round eighteen: the family holds the verbs of inquiring too ("démêler", "élucider", "faire la lumière sur", "to
examine", "to shed light on"), and the topic runs through a noun of what is looked into (``topic_heads``: "les
responsabilités dans", "les dossiers de", "the causes of"): "le tribunal va tenter de démêler les responsabilités dans
le carambolage" is the trial's day, "deux autres [réunions] pour préparer les dossiers de catastrophe naturelle" the
meetings'. An adjective may stand between the determiner and the noun ("dans le gigantesque carambolage").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline import lang as lexicon

if TYPE_CHECKING:
    from timeline.extraction.events.triggers import _Trigger

#: Characters looked at before a noun phrase for its topic verb (a topic head and an adjective may stand between).
TOPIC_WINDOW = 90
_DETERMINER = r"(?:\s*(?:le|la|les|l'|un|une|du|des|sa|son|ses|leur|leurs|the|a|an|its|their|his|her))?"
#: One word before the noun, after its determiner: an adjective ("le gigantesque carambolage", "the deadly crash").
_ADJECTIVE = r"(?:\s+[a-z][a-z-]{2,})?"
#: Between a noun's phrase and a date that is its own complement ("the crash of 4 March", "le carambolage du 10 mai").
_OWN_DATE = re.compile(r"\s*(?:(?:of|from|on|in|du|de|d'|le|en)\s*){0,2}")


@functools.cache
def _topic_re(lang: str) -> re.Pattern[str] | None:
    data = lexicon.load(f"{lang}/triggers")
    verbs = data.get("topic_verbs") or []
    if not verbs:
        return None
    body = "|".join(sorted(verbs, key=len, reverse=True))
    heads = data.get("topic_heads") or []
    through = rf"(?:{_DETERMINER}\s*(?:{'|'.join(sorted(heads, key=len, reverse=True))}))" if heads else ""
    head_verbs = data.get("topic_head_verbs") or []
    if through and head_verbs:  # "to establish the causes of": these verbs reach a topic only through a head noun
        body = rf"(?:{body}){through}?|(?:{'|'.join(sorted(head_verbs, key=len, reverse=True))}){through}"
    elif through:
        body = rf"(?:{body}){through}?"
    return re.compile(rf"(?<!\w)(?:{body}){_DETERMINER}{_ADJECTIVE}\s*$")


def topic_nouns(lang: str, folded: str, lo: int, triggers: Sequence[_Trigger],
                date_starts: Sequence[int] = ()) -> list[_Trigger]:
    """The triggers, each noun standing right after a topic verb typed 'other' and read as a complement (``lo``: the
    sentence's start). A noun whose own phrase holds a date keeps its type: "to investigate the crash of 4 March",
    "enquêter sur le carambolage du 10 novembre" date the crash, which is the row of that date."""
    pattern = _topic_re(lang)
    if pattern is None:
        return list(triggers)

    def topic(t: _Trigger) -> bool:
        return (t.kind == "noun"
                and not any(t.end <= d and _OWN_DATE.fullmatch(folded, t.np_end, d) for d in date_starts)
                and pattern.search(folded, max(lo, t.np_start - TOPIC_WINDOW), t.np_start) is not None)

    return [dataclasses.replace(t, event_type="other", genitive=True) if topic(t) else t for t in triggers]
