"""A finite-verb shape: a marker of the future, of a plan or a modal, then a word that looks like a verb.

``predicate_forms`` (lang/<lang>/triggers.yaml) lists the past tenses a date may modify and, for the future, a
closed list of verbs ("will make", "will hold"). A happening told in the future or as a plan with another verb
("The lander is due to touch down on October 2", "Le Sénat doit examiner le texte le 9 décembre") made no
candidate. The shape reads the structure instead of the verb: a marker (``markers``: "will", "is due to", "doit",
"va", "vient de"), adverbs or object pronouns at most (``fillers``), then a word that looks like a verb (``verb``:
any word in English, an infinitive in French) that is no grammar word, state or statement (``not_verbs``: "be",
"say", "dire", "rester"); or, after the marker, a passive ("will be sworn in", "doit être examiné": ``passive`` then
``participle``); or an auxiliary the past forms miss and its participle ("je me suis exprimé", "was taken":
``auxiliaries``, ``auxiliary_participle``); or a whole future form with a short stem (``forms``: "fera", "aura
lieu"). The data are grammar words in lang/<lang>/verb_shapes.yaml, none taken from an article. The verb is typed
by the vocabulary where it knows its lemma (``shape_type``: the one-word ``lemmas`` of triggers.yaml, whose generated
forms hold no "vient de" + infinitive), ``other`` otherwise. A shape only fills a gap: it dates a date no trigger took
and never competes with the sentence's triggers before pairing (events/predicates.py, ``GOVERNING_REACH``), since
its verb so often governs the noun that names the happening ("le référendum que les élus comptent tenir le 24
mars", "will chair the summit on Monday").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.finite_verbs import finite_pattern, lemma_of, participle_read


def _words(entries: Sequence[str]) -> str:
    """One alternation of folded words or phrases, longest first; a phrase ending in "de" also reads "d'"."""
    parts = []
    for entry in sorted(entries, key=len, reverse=True):
        body = re.escape(entry).replace(r"\ ", " ") if "\\" not in entry else entry
        parts.append(body[:-2] + "(?:de |d')" if entry.endswith(" de") else body + ("" if entry.endswith("'") else " "))
    return "|".join(parts)


def _fillers(entries: Sequence[str]) -> str:
    """At most two fillers between a marker and its verb, each with the space after it (none after an elided one)."""
    return f"(?:(?:{_words(entries)})){{0,2}}" if entries else ""


def shape_pattern(data: dict[str, Any]) -> str:
    """The regular expression of the shapes one language's data describe ('' when it has none)."""
    alternatives = []
    markers, fillers = data.get("markers") or [], _fillers(data.get("fillers") or [])
    if markers and data.get("verb"):
        not_verbs = "|".join(re.escape(w) for w in data.get("not_verbs") or ["\x00"])
        lead = f"(?:{_words(markers)}){fillers}"
        alternatives.append(f"{lead}(?!(?:{not_verbs})(?![\\w'-]))(?:{data['verb']})")
        if data.get("passive") and data.get("participle"):
            alternatives.append(f"{lead}(?:{_words(data['passive'])}){fillers}(?:{data['participle']})")
    if data.get("auxiliaries") and data.get("auxiliary_participle"):
        alternatives.append(f"(?:{_words(data['auxiliaries'])}){fillers}(?:{data['auxiliary_participle']})")
    if data.get("forms"):
        alternatives.append("|".join(re.escape(f).replace(r"\ ", " ") for f in data["forms"]))
    return "|".join(f"(?:{a})" for a in alternatives)


@functools.cache
def shape_forms(lang: str) -> re.Pattern[str] | None:
    """The compiled shapes of ``lang`` (lang/<lang>/verb_shapes.yaml), whole words only; None when it has none."""
    body = shape_pattern(lexicon.load(f"{lang}/verb_shapes"))
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-])") if body else None


@functools.cache
def lemma_types(lang: str) -> dict[str, str]:
    """Folded infinitive or base form -> event type, from the one-word ``lemmas`` of lang/<lang>/triggers.yaml
    ("demissionner": the type of a resignation; "se reunir" read as "reunir")."""
    types: dict[str, str] = {}
    for event_type, entries in (lexicon.load(f"{lang}/triggers").get("lemmas") or {}).items():
        for entry in entries:
            base = re.sub(r"^(?:se |s')", "", str(entry).split("|")[0])
            if " " not in base:
                types.setdefault(base, str(event_type))
    return types


@functools.cache
def reflexive_only(lang: str) -> frozenset[str]:
    """Folded lemmas the vocabulary lists only as reflexive ("se mobiliser": a protest; "mobiliser des renforts"
    is none)."""
    reflexive: set[str] = set()
    plain: set[str] = set()
    for entries in (lexicon.load(f"{lang}/triggers").get("lemmas") or {}).values():
        for entry in entries:
            word = str(entry).split("|")[0]
            base = re.sub(r"^(?:se |s')", "", word)
            (reflexive if base != word else plain).add(base)
    return frozenset(reflexive - plain)


def shape_type(lang: str, verb: str) -> str:
    """The type of a verb a shape made: its lemma's when the vocabulary knows its last word ("vient de
    démissionner": the lemma "demissionner"), ``other`` otherwise. A finite form takes a lemma the vocabulary lists
    only as reflexive when it is written reflexive ("se mobilisaient", not "mobilisait des renforts")."""
    last = verb.split()[-1].removeprefix("s'").removeprefix("d'")
    types = lemma_types(lang)
    if last in types:
        return types[last]
    lemma = lemma_of(lang, verb) or ""
    if lemma in reflexive_only(lang) and not (verb.startswith(("se ", "s'")) or " se " in f" {verb} "):
        return "other"
    return types.get(lemma, "other")


@functools.cache
def preposition_lookalikes(lang: str) -> frozenset[str]:
    """Words as written that fold onto an auxiliary but are a preposition ("à" -> "a"; ``preposition_lookalikes`` in
    lang/<lang>/verb_shapes.yaml)."""
    return frozenset(lexicon.load(f"{lang}/verb_shapes").get("preposition_lookalikes") or ())


def preposition_read(lang: str, text: str, start: int, end: int) -> bool:
    """The form ``text[start:end]`` opens on a preposition the folding made an auxiliary, before a common word: "à
    réduire", "à celle", "à peine", "A minuit" are no compound past. A form written all in capitals is left alone
    ("LE MAIRE A DÉMISSIONNÉ"), and so is a name after it ("à Paris"): no verb either, but the place or person beside
    a date so often stands by the verb the listed forms miss ("y trouvant le 12 mars") that the row it makes is
    that verb's (prd17: dropping it lost a matched real-news dev row)."""
    words = text[start:end].split()
    if len(words) < 2 or words[0] not in preposition_lookalikes(lang):
        return False
    if words[0].isascii() and text[start:end].isupper():
        return False
    return not words[1][:1].isupper()


_CLAUSE_HEADS = frozenset(".!?:;«\"“(\n-–—")
"""What may stand right before the head of a sentence or a clause (``preposition_opens``)."""


def preposition_opens(lang: str, text: str, start: int, end: int) -> bool:
    """A listed verb form ``text[start:end]`` opens on a preposition the folding made an auxiliary ("à Limoges" read as
    "a limogés", "à Pierre", "à réduire"): it is no form of that verb, whatever follows, so the word after the
    preposition gives no type (typ36). A form written all in capitals is left alone ("LE MAIRE A LIMOGÉ"). Unlike
    ``preposition_read``, a name after it counts too: the predicate path may still read "à Paris" as the untyped
    predicate beside its date (prd17), but a name read as a listed verb would type the row by that verb. A capital
    "A" without its accent is the preposition only where no auxiliary can stand, at the head of a sentence or a
    clause ("A Limoges, le ..."): inside a line in title case it is the auxiliary ("Le Ministre A Signé")."""
    words = text[start:end].split()
    if len(words) < 2 or words[0] not in preposition_lookalikes(lang):
        return False
    if words[0].isascii() and words[0].isupper():
        before = text[max(0, start - 40) : start].rstrip(" \t\u00a0")
        return not text[start:end].isupper() and (not before or before[-1] in _CLAUSE_HEADS)
    return True


def verb_forms(predicate_forms: re.Pattern[str] | None, lang: str, folded: str, start: int, end: int,
               shaped: bool = True, text: str = "") -> list[tuple[int, int]]:
    """The spans of the finite verbs of ``folded[start:end]``: the forms of ``predicate_forms`` and (``shaped``) the
    shapes of ``lang`` that overlap none of them, in the order of the text. With ``text`` (the written text the
    folding keeps the offsets of), a form that opens on a preposition read as an auxiliary is none ("à Paris")."""
    found = [m.span() for m in predicate_forms.finditer(folded, start, end)] if predicate_forms else []
    if text:
        found = [s for s in found if not preposition_read(lang, text, *s)]
    shapes = shape_forms(lang) if shaped else None
    if shapes is not None:
        found += [m.span() for m in shapes.finditer(folded, start, end)
                  if not any(a < m.end() and m.start() < b for a, b in found)]
    finite = finite_pattern(lang) if shaped else None  # a present, an imperfect, an irregular past (finite_verbs.py)
    if finite is not None:
        found += [m.span() for m in finite.finditer(folded, start, end)
                  if not any(a < m.end() and m.start() < b for a, b in found)
                  and not participle_read(lang, text, *m.span())]
    return sorted(found)
