"""A group noun that heads the name right after it is no actor of its own (issue 13, round twenty).

"à l'appel du collectif Maternité Aubusson Vivra", "Le collectif « Causse sans mâts » appelle ...", "des militants
du collectif Terres du Lauragais": the group reader (``orgs.py`` ``_groups``, ``groups`` in lang/<lang>/actors.yaml)
read the bare noun "collectif" as a group, and the name after it as an organisation: the row showed both, the
noun as a second, wrong actor. A group noun that is also a head a name may follow (``named_heads`` in
lang/<lang>/actors.yaml: "collectif", "syndicat"; "union", "party"), with the start of an organisation the reader
found right after it (blanks and an opening quote allowed between), is that name's head: the name stays, the noun
goes. A group noun before anything else ("Le collectif a annoncé ...") stays a group, as before.

Counted on the dev halves (docs/BENCHMARKS.md, "Actors: one name per body across mentions, round twenty").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import name_key

__all__ = ["heads_a_name"]

#: between the head noun and its name: blanks, and an opening quote with its blanks
_BETWEEN_RE = re.compile(r"\s*[«\"“‘]?\s*")


@functools.cache
def _heads(lang: str) -> frozenset[str]:
    """``named_heads`` of lang/<lang>/actors.yaml, as name keys."""
    return frozenset(name_key(str(w)) for w in (lexicon.load(f"{lang}/actors") or {}).get("named_heads") or [])


def heads_a_name(text: str, name: str, end: int, lang: str, org_starts: Collection[int]) -> bool:
    """Is the group noun ``name`` (ending at ``end`` in ``text``) the head of an organisation starting right after
    it (one of ``org_starts``)?"""
    if name_key(name) not in _heads(lang):
        return False
    between = _BETWEEN_RE.match(text, end)
    return between is not None and between.end() > end and between.end() in org_starts
