"""Step 9f: a body or person told by a short form of the name its article gives in full ("Thornbury" for
"Thornbury Homes", "Loomis" for "Gareth Loomis") is shown by that full name.

Naming better among names already read, never a name more: both the short form and the full name are actors the
reader found in the article's event sentences. A one-word actor becomes the ONE longer actor name of its article
that it opens (a firm or club: "Whitby" -> "Whitby Athletic", "Northrop" -> "Northrop Grumman", whatever kind the
reader gave the full name) or that it ends when that name is a person's ("Loomis" -> "Gareth Loomis"), by the form of
the names, no word list of bodies:

- the longer name is two to five capitalised words joined by spaces only (no link word: "Council of the Isles",
  "chambre d'agriculture de la Dordogne" are another form; no hyphen: "Ille-et-Vilaine", "Boeing-Air Force");
- the short form is no country and no place the lexicon knows ("Kenya" of "Kenya Electricity Generating
  Company", "Russia" of "Russia Today" stay: a country and a body named after it are two actors);
- an acronym is a body's own name, never a short form ("APEC" beside "APEC Economic Leaders", a meeting);
- two longer names it could be ("Ford" with "Ford Motor Company" and "Gerald Ford") leave it as written.

A person's own short name ("Fillon" read as a person) is settled by ``_person_links`` (events/context.py), which
wins over this step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from timeline.extraction.actors.lexicon import lex, name_key
from timeline.extraction.events.spans import _clean

__all__ = ["short_form_links"]

#: The longest full name a short form is read as (words).
MAX_WORDS = 5


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and "-" not in word and all(c.isalnum() or c in "'’." for c in word)


def short_form_links(entities: Sequence[Any], lang: str) -> dict[str, str]:
    """Within one article's actors (the reader's entities of its event sentences): a one-word actor -> the one
    full name it is the short form of (see the module's docstring); names without one are left out."""
    kinds: dict[str, set[str]] = {}
    for entity in entities:
        for actor in getattr(entity, "actors", ()) if entity is not None else ():
            name = _clean(getattr(actor, "name", ""))
            if name:
                kinds.setdefault(name, set()).add(getattr(actor, "kind", ""))
    vocab = lex(lang)
    full = [n for n in kinds if 2 <= len(n.split()) <= MAX_WORDS and all(_capitalised(w) for w in n.split())]
    links: dict[str, str] = {}
    for short in kinds:
        if " " in short or not _capitalised(short) or short.isupper() or name_key(short) in vocab.countries \
                or name_key(short) in vocab.places:
            continue
        longer = {n for n in full if n.split()[0] == short}
        longer |= {n for n in full if n.split()[-1] == short and "person" in kinds[n]}
        if len(longer) == 1:
            links[short] = longer.pop()
    return links
