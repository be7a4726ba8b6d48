"""A body named in lower case by a common noun's complement: "la commission des finances", "la chambre d'agriculture
de la Somme", "le conseil de prud'hommes de Tourcoing", "la commission des affaires économiques".

``Reader.org_from_head`` reads a lower-case head (``lowercase_org_heads``) as a body when a body adjective follows
it ("le tribunal correctionnel") or when it reaches a capitalised complement ("la cour d'appel de Paris"). The
heads of ``complement_heads`` (lang/*/actors.yaml: committees, chambers, councils, courts) also name one body by a
common noun alone, its remit ("des finances", "d'agriculture", "de prud'hommes"), when a definite article opens the
phrase: "une commission d'enquête" or "la commission a ..." names no particular body.

Measured in round fifteen (docs/BENCHMARKS.md, "Actors across sources, round fifteen"): such bodies were gold actors
never read in three written dev halves and French real-news dev.
"""

from __future__ import annotations

import re
from typing import Any

from timeline.extraction.actors.lexicon import name_key

__all__ = ["complement_body"]

#: the words that open a head's complement
_LINKS = frozenset({"de", "des", "du", "d'", "d’", "of"})
#: how many words the phrase may hold after its head
MAX_WORDS = 8
#: a complement that is a verb ("la commission de contrôler ..."): not a remit
_INFINITIVE = re.compile(r"(?:er|ir|oir|[^u]re)$")


def _elided(tok: Any, lex: Any) -> bool:
    """A word cut by an apostrophe that joins the next one ("prud'" + "hommes"), not a connector ("d'", "l'")."""
    return tok.text[-1:] in ("'", "’") and tok.fold not in lex.connectors and tok.fold not in lex.determiners


def _remit(reader: Any, tok: Any) -> bool:
    """A lower-case noun that may be a body's remit: a word, not a clause breaker, a number or a verb."""
    lex = reader.lex
    return bool(tok.word and not tok.cap and not tok.text[0].isdigit() and tok.fold not in lex.breakers
                and tok.fold not in lex.org_stop_nouns and not _INFINITIVE.search(tok.fold))


def complement_body(reader: Any, h: int) -> tuple[int, int] | None:
    """(start, end) tokens of "<definite article> head de <remit> (adjectives) (de <more>)" from head ``h``,
    or None when ``h`` is not such a head or no common-noun complement follows it."""
    lex, toks = reader.lex, reader.toks
    n = len(toks)
    if toks[h].fold not in lex.complement_heads or h == 0 or toks[h - 1].fold not in lex.definite_articles:
        return None
    last, k, remits = None, h + 1, 0
    while k < n and k - h <= MAX_WORDS:
        t = toks[k]
        if t.fold in _LINKS or (t.fold in lex.connectors and last is not None and t.fold not in ("et", "and")):
            j = k + 1
            while j < n and toks[j].fold in lex.determiners:
                j += 1
            if j >= n or not (toks[j].cap or (not remits and _remit(reader, toks[j]))):
                break  # one remit: "le conseil de surveillance | de la société" is the company's
            if toks[j].cap and not (reader.is_name_token(toks[j]) or name_key(toks[j].text) in lex.places
                                    or name_key(toks[j].text) in lex.countries):
                break  # "la commission des finances du Sénat": another body
            k, remits = j, remits + (not toks[j].cap)
            while k + 1 < n and _elided(toks[k], lex) and toks[k + 1].word:
                k += 1  # "prud'hommes"
            last = k = k + 1
            continue
        if last is not None and reader.is_adjective(t) and not t.cap:
            last = k = k + 1  # "des affaires économiques"
            continue
        break
    if last is None or not remits:
        return None
    return h, last

