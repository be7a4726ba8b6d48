"""What a dated act asks for, looks into or prepares is its topic, not the happening the date tells (issue 13, round
fifteen): "le conseil examinera jeudi une motion demandant le déplacement des stockages" is the council's sitting, not
a trip; "asked a panel on Monday to investigate the dismissal" is the referral, not a dismissal.

A trigger noun right after a verb of asking, inquiring or preparing in a non-finite form (a present participle or an
infinitive: ``topic_verbs`` in lang/<lang>/triggers.yaml, a determiner allowed between) names no type: it is typed
'other' and read as a complement (``genitive``, as "le présidium du congrès" is), so that the verb the date modifies
(events/predicates.py, typed by its frame in events/frame_types.py) or a typed trigger of the date's own clause types
the row. The noun stays a trigger: the pairing still finds the row when nothing else does.
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

#: Characters looked at before a noun phrase for its topic verb.
TOPIC_WINDOW = 40
_DETERMINER = r"(?:\s*(?:le|la|les|l'|un|une|du|des|sa|son|ses|leur|leurs|the|a|an|its|their|his|her))?"


@functools.cache
def _topic_re(lang: str) -> re.Pattern[str] | None:
    verbs = lexicon.load(f"{lang}/triggers").get("topic_verbs") or []
    if not verbs:
        return None
    body = "|".join(sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body}){_DETERMINER}\s*$")


def topic_nouns(lang: str, folded: str, lo: int, triggers: Sequence[_Trigger]) -> list[_Trigger]:
    """The triggers, each noun standing right after a topic verb typed 'other' and read as a complement (``lo``: the
    sentence's start)."""
    pattern = _topic_re(lang)
    if pattern is None:
        return list(triggers)

    def topic(t: _Trigger) -> bool:
        return (t.kind == "noun" and not t.genitive
                and pattern.search(folded, max(lo, t.np_start - TOPIC_WINDOW), t.np_start) is not None)

    return [dataclasses.replace(t, event_type="other", genitive=True) if topic(t) else t for t in triggers]
