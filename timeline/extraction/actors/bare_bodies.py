"""A public body named by its common noun alone where it acts: "La préfecture annonce ...", "décidé par le
gouvernement", "une réunion entre assureurs et gouvernement" (``subject_bodies`` in lang/*/actors.yaml).

The other rules read a lower-case body only with what names it further ("le tribunal correctionnel", "la commission
des finances", "le gouvernement sénégalais"); the bare noun was read as nothing. It is read here, as an organisation
of the lowest priority (any other reading of the same words wins), only in the places where a body acts:

* a subject: the definite article opens the sentence or a clause (after a comma, a colon, "que", "mais" ...);
* an agent: "par le gouvernement";
* a party of a meeting: "entre le gouvernement et ...", "entre assureurs et gouvernement" (no article needed there).

Never after another preposition ("devant la préfecture", "à la mairie": the place of a rally, not an actor; tried in
round seventeen by act17 as a plain word list and dropped for that), never before a complement or a capitalised
name ("la préfecture du Doubs", "le gouvernement Borne": other rules' names), never in the middle of a noun phrase.

Its article may name the body further ("la préfecture du Puy-de-Dôme", "le gouvernement espagnol"): the bare noun is
then that body when the article names one only, and is dropped when it names several or one whose name is not read
here ("le tribunal de commerce"): the steps that lend an anaphor its body (events step 9a) have it
(``named_in_article``, run by ``find_entities_many`` on the article it is given; on a one-word body the other rules
read too, "la Cour" -> "Cour constitutionnelle").

Measured in round seventeen (docs/BENCHMARKS.md, "French bodies and actors beyond the subject, round seventeen"):
bare bodies were missed gold actors in real-news dev half B and written batch j's dev half.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import lex as _lex
from timeline.extraction.actors.reader import Cand
from timeline.models import Actor

__all__ = ["bare_bodies", "bare_body", "named_in_article"]

#: the priority of the reading: the lowest (shapes.FALLBACK), so that any other reading of the words wins
_PRIORITY = 0
#: punctuation that opens a clause before the article
_CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—", "(", "«", "\"", "“"})
#: what may not follow the noun: a complement ("la préfecture du Doubs"), an apostrophe of a longer word
_COMPLEMENTS = frozenset({"de", "du", "des", "d'", "d’", "of", "'", "’", "-"})
#: how far back "entre" may open the pair an "et" closes
_PAIR_REACH = 6


@functools.cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    own = lexicon.load(f"{lang}/actors") or {}

    def folded(key: str) -> frozenset[str]:
        return frozenset(lexicon.fold(str(w)) for w in (own.get(key) or []))

    return (folded("subject_bodies"), folded("subject_body_cues"), folded("subject_body_pairs"),
            folded("subject_body_articles"))


def bare_body(name: str, lang: str) -> bool:
    """Is ``name`` one of the bare body nouns (a reading of ``bare_bodies``: kept although "Gouvernement" alone is
    a stop entity of the model's)?"""
    return lexicon.fold(name) in _words(lang)[0]


def _in_pair(toks: Any, k: int, pairs: frozenset[str]) -> bool:
    """Does an "entre" open, a few words before toks[k], the pair that toks[k] ("et") closes?"""
    for m in range(k - 1, max(-1, k - 1 - _PAIR_REACH), -1):
        if toks[m].fold in pairs:
            return True
        if toks[m].text in _CLAUSE_MARKS or toks[m].text in ".!?":
            return False
    return False


def _opens_a_place(reader: Any, a: int) -> bool:
    """Is toks[a] (the word before the noun phrase) where a body acts: nothing, a clause mark or a cue word?"""
    toks = reader.toks
    if a < 0:
        return True
    t = toks[a]
    if not t.word:
        return t.text in _CLAUSE_MARKS
    _, cues, pairs, _ = _words(reader.lang)
    if t.fold not in cues:
        return False
    return t.fold not in ("et", "and") or _in_pair(toks, a, pairs)


def bare_bodies(reader: Any) -> list[Cand]:
    """The bare body nouns of ``reader``'s text in a subject's, an agent's or a party's place, as organisations."""
    nouns, _, pairs, articles = _words(reader.lang)
    if not nouns:
        return []
    toks = reader.toks
    n = len(toks)
    cands: list[Cand] = []
    for k, t in enumerate(toks):
        if not t.word or t.fold not in nouns or t.upper:
            continue
        if k + 1 < n and (toks[k + 1].fold in _COMPLEMENTS or toks[k + 1].text in _COMPLEMENTS
                          or (toks[k + 1].cap and toks[k + 1].word)):
            continue  # "la préfecture du Doubs", "le gouvernement Borne": a longer name, other rules'
        before = k - 1
        if before >= 0 and toks[before].fold in articles:
            before -= 1  # "la préfecture", "l'armée"
        elif not (before >= 0 and (toks[before].fold in pairs
                                   or (toks[before].fold in ("et", "and") and _in_pair(toks, before, pairs)))):
            continue  # no article: only a party of a meeting ("entre assureurs et gouvernement")
        if not _opens_a_place(reader, before):
            continue  # "devant la préfecture", "à la mairie", "le porte-parole du gouvernement"
        start, end = reader.span(k, k + 1)
        cands.append(Cand(start, end, "group", t.text.lower(), _PRIORITY))  # a group: no title test
    return cands


#: a capitalised word of a place's or a body's name ("Puy-de-Dôme", "Paris", "l'Aube")
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
#: what names one body of a bare noun's kind further: a complement with a capitalised name, or a capitalised name
_NAMED = re.compile(rf"\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*{_CAP}(?:\s+{_CAP})*|{_CAP}(?:\s+{_CAP})*)")
#: the words that open a complement ("le tribunal de commerce", "la cour d'appel")
_LINK_WORDS = frozenset({"de", "du", "des"})
#: a lower-case word after the noun
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")


def _named_forms(noun: str, article: str, lang: str) -> tuple[bool, set[str]]:
    """How ``article`` names bodies of ``noun``'s kind further than the bare noun: (is one named so whose name is not
    read here, the names read: "préfecture du Puy-de-Dôme", "gouvernement espagnol", "tribunal correctionnel de
    Niort"). Neither when the article writes the noun bare only."""
    words = _lex(lang)
    unread, names = False, set()
    for m in re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", article, re.IGNORECASE):
        end = m.end()
        after = _NEXT_WORD.match(article, end)
        if after and (lexicon.fold(after.group(1)) in words.body_adjectives
                      or lexicon.fold(after.group(1)) in words.demonyms):
            end = after.end()  # "le gouvernement espagnol", "le tribunal correctionnel (de Niort)"
        named = _NAMED.match(article, end)
        if named:
            end = named.end()
        if end > m.end():
            names.add(" ".join(article[m.start() : end].split()))
        elif after and (lexicon.fold(after.group(1)) in _LINK_WORDS
                        or lexicon.fold(after.group(1)).startswith(("d'", "d’"))):
            unread = True  # "la cour d'appel de Paris", "le tribunal de commerce": one more body, its extent unread
    return unread, names


def named_in_article(actor: Actor, article: str, lang: str) -> Actor | None:
    """A bare body (``bare_bodies``) where its article also names a body of its kind further: that body, when the
    article names one only ("la préfecture" -> "préfecture du Puy-de-Dôme"); None (an anaphor of one of several, or
    of one whose name is not read here: other steps lend it) when it names more or reads none; else the actor."""
    if not article or actor.kind not in ("org", "group") or " " in actor.name or not bare_body(actor.name, lang):
        return actor
    unread, names = _named_forms(actor.name, article, lang)
    if not unread and not names:
        return actor  # the article writes it bare only: the body it means is named nowhere else
    if not unread and len({lexicon.fold(n) for n in names}) == 1:
        name = min(names, key=lambda n: (n[:1].isupper(), len(n)))  # as written inside a sentence, if it is
        return Actor(name, actor.kind, actor.start, actor.end, actor.role)
    return None
