"""A date that qualifies the noun right after it names that noun's day, whatever bound stands before it (round
twenty-eight, inc28): "roofs torn off by Monday's storm", "the stoppage runs until Friday, a day of national action",
"prolongée jusqu'au jeudi 9, journée de grève nationale". The bound ("by", "until", "jusqu'à")
governs the noun phrase the date opens, not the date: the date is no deadline but the day of the happening its noun
names. A possessive or an apposition after a comma (``qualified_date_links`` in lang/*/triggers.yaml) and, within
a few words, a trigger noun of the language; a deadline or a term there ("by Friday's deadline") keeps the bound.
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.events.wordlists import _alternation
from timeline.models import DateMention

__all__ = ["qualifies_noun"]

#: Words at most between the link and the noun the date qualifies ("Monday's violent winter storm").
NOUN_REACH = 4


@functools.cache
def _links(lang: str) -> re.Pattern[str] | None:
    """The links right after a date that make it qualify the noun phrase after them, with that phrase's first words."""
    links = lexicon.load(f"{lang}/triggers").get("qualified_date_links") or []
    if not links:
        return None
    return re.compile(rf"(?:{_alternation(links)})(?P<phrase>(?:\s+[\w.,'-]+){{1,{NOUN_REACH + 1}}})")


def qualifies_noun(rules: Rules, folded: str, end: int, date: DateMention) -> bool:
    """Whether ``date`` is followed by a link and a trigger noun of ``rules`` (a happening it names the day of),
    no deadline or term among those words; ``end`` bounds the search (the sentence's end)."""
    links = _links(rules.lang)
    match = links.match(folded, date.end, end) if links else None
    if match is None:
        return False
    phrase = re.split(r"[,;:()]", match.group("phrase"))[0]
    if any(terms and terms.search(phrase) for terms in (rules.date_terms, rules.deadline_nouns)):
        return False
    return any(noun.search(phrase) for noun in rules.nouns.values())
