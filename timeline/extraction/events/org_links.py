"""One name per body across an article's mentions (issue 13, round twenty): a body named short after its full name
("Thornbury Homes reported ... / Thornbury also said ...", "Nordhavn Energy ... / Nordhavn will host ...", "le
collectif Maternité Aubusson Vivra ... / le collectif") is shown by the longer name the article's read sentences
give it.

``events/context.py`` ``_person_links`` does this for people only (a surname -> the full name); a body read in one
word kept its short form, so a row showed "Thornbury" where the story's name is "Thornbury Homes", or both "Fiat"
and "Fiat Group SpA". Here a body's name (kind ``org`` or ``group``, as the reader typed it) becomes the longer name
of an actor read in the same article's sentences that writes it as words of its own, when one such longer name
exists, or one that every other holds ("Nordhavn Energy" beside "Nordhavn Energy A/S"; "Apple" beside "Apple
Corps" and "Apple Computer" stays "Apple"). Choosing among names already read: no new name, no sentence read that
was not read before. A country, a place, a person and an acronym ("MRC", whose "MRC Joint Committee" is an organ)
are never the short name; credits, datelines and markup are never the longer one (``context._actors_of`` leaves
them out). Nor is the longer name one that holds the short one glued by a hyphen ("Intel-based Mac", "Boeing-Air
Force"), a product's code ("Airbus A330": an added word with a digit) or a list ("Hollinsby Leisure Centre and
Ashmere Village Hall": ``list_joiners`` in lang/<lang>/actors.yaml).

Counted on the dev halves (docs/BENCHMARKS.md, "Actors: one name per body across mentions, round twenty").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import name_key
from timeline.extraction.events.context import _actors_of
from timeline.extraction.events.spans import _clean

#: the reader's kinds of a body; a person is linked by ``_person_links``, a country or a place never
BODY_KINDS = frozenset({"org", "group"})
#: an acronym is a body's whole name ("The MRC was established"): a longer name holding it is one of its organs or
#: branches ("MRC Joint Committee", "CGT Cheminots"); merging links an acronym to its expansion across articles
_ACRONYM_RE = re.compile(r"[A-ZÀ-Ý0-9&.-]{2,}")


@functools.cache
def _joiners(lang: str) -> frozenset[str]:
    """``list_joiners`` of lang/<lang>/actors.yaml, folded ("and", "et")."""
    return frozenset(lexicon.fold(str(w)) for w in (lexicon.load(f"{lang}/actors") or {}).get("list_joiners") or [])


def may_hold(short: str, longer: str, lang: str) -> bool:
    """May ``longer`` be the full name of the body ``short``? It writes ``short`` as words of its own, not glued by a
    hyphen nor as its complement ("Conseil de sécurité de l'ONU" is not the UN: ``connectors`` that are no
    ``determiners`` in lang/<lang>/actors.yaml); the words it adds hold no digit (a product's code), no list joiner,
    no group noun ("Apple employees" are not Apple: ``groups``, ``qualified_groups``) and, after the short name, no
    determiner but in a complement (a reading run on into the clause, "Sénat une majorité")."""
    from timeline.extraction.actors.lexicon import lex

    low, folded = lexicon.fold(short), lexicon.fold(longer)
    found = re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", folded)
    if found is None:
        return False
    words = lex(lang)
    before = re.findall(r"[\w&]+['’]?", folded[:found.start()])
    while before and before[-1] in words.determiners:
        before.pop()
    if before and before[-1] in words.connectors:
        return False
    after = folded[found.end():].split()
    if any(w in words.determiners and (i == 0 or after[i - 1] not in words.connectors) for i, w in enumerate(after)):
        return False  # "Sénat une majorité"; "Conseil populaire de la ville de X" holds its complement
    added = [*folded[:found.start()].split(), *after]
    groups = words.groups | words.qualified_groups
    return not any(any(c.isdigit() for c in w) or w in _joiners(lang) or name_key(w) in groups for w in added)


def org_links(entities: Iterable[Any], noise: Sequence[tuple[int, int]], text: str, lang: str) -> dict[str, str]:
    """Within one article: a body's name -> the one longer actor name holding its words ({} when none)."""
    records = [e for e in entities if e is not None]
    shown = {name for record in records for name, _ in _actors_of(record, noise, text)[0]}
    bodies = {_clean(a.name) for record in records for a in getattr(record, "actors", ()) or ()
              if getattr(a, "kind", "") in BODY_KINDS} & shown
    if not bodies or len(shown) < 2:
        return {}
    out: dict[str, str] = {}
    for raw in sorted(bodies - {name for name in bodies if _ACRONYM_RE.fullmatch(name)}):
        size = len(name_key(raw).split())
        longer = [name for name in shown if len(name_key(name).split()) > size and may_hold(raw, name, lang)]
        if not longer:
            continue
        least = min(longer, key=lambda name: (len(name_key(name).split()), name))
        if all(may_hold(least, name, lang) or name_key(name) == name_key(least) for name in longer):
            out[raw] = least  # "Nordhavn Energy" and "Nordhavn Energy A/S": the shorter, which the other holds
    return out
