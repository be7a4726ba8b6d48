"""Step 11: an `other` telling that restates a typed happening of its own story and date takes that happening's type.

A headline, a lead and a later paragraph often tell one happening twice with two words, one of which no vocabulary
types: "Burundi : sept lettres de créance remises à Pierre Nkurunziza hier" (no trigger: `other`) above "Sept
nouveaux ambassadeurs ont remis leurs lettres de créance au Président Pierre Nkurunziza, hier" (a `ceremony`);
"the council opened an inquiry in September" (`other`) and, later, "the council decided to pursue the procedure
begun in September by setting up a commission of inquiry" (a `decision`). Merging (merge.py) joins tellings of one
story and one day only when their types agree, so such a pair gives two rows for one day of one article: the second
one a spurious row typed apart. Here the `other` telling takes the typed telling's type, and merging then folds them
into one row, typed by the typed trigger, with the actors of both.

It is the same happening when the two tellings are

    1. of one article and one story, with the same date (day, end, precision), told in two sentences (two clauses
       of one sentence are two happenings as often as one: "she will announce her candidacy tonight, then meet her
       supporters");
    2. the `other` sentence names an actor of the typed telling (its own, not one its story lent it), by name;
    3. and the two sentences share at least SHARED_WORDS content words besides that actor's name (words of at
       least CONTENT_LETTERS letters, compared by their first CONTENT_LETTERS letters; stop words, months and
       weekdays out): "lettres", "créance", "remis"; "enquête", "commission".

A sentence may also name the happening as a known thing and give its day, with a verb of occurring and no word
that types it ("L'acte à l'origine de ces tensions est survenu le 6 décembre", "The incident took place on
Monday": ``merge_restated.names_known``, the words lang/merge.yaml lists for the clock of such a sentence); its
trigger is the verb, its type `other`, and it often names no actor. Such a telling, dated by its own words to a
single day, takes the type of the typed tellings of its story and date told in other sentences when they are of one
type and no other `other` telling of that story and date stands beside them (two happenings of that day: which one
it names is not known).

One actor does several things on one day ("Boeing announced 35 new orders" / "Boeing received a letter from Airbus";
"the CGT announced surprise actions" / "work resumed at Saint-Étienne, the CGT said"): an actor alone is no evidence,
the shared words are, as merge.py asks KEY_TERMS_NEEDED key terms of two tellings that share no actor.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.actors.names import name_identity
from timeline.extraction.merge_apart import date_words
from timeline.extraction.merge_restated import names_known, occurrence_words
from timeline.models import UNCOUNTED_ROLES, Mention

__all__ = ["CONTENT_LETTERS", "SHARED_WORDS", "restated_types"]

#: Content words shared by the two sentences, besides the actor's name, for an `other` telling to restate a typed one.
SHARED_WORDS = 2
#: A content word has at least this many letters; two words are one when their first CONTENT_LETTERS letters agree
#: ("remises" / "remis", "enquête" / "enquêtes").
CONTENT_LETTERS = 5
OTHER = "other"

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@functools.cache
def _stopwords() -> frozenset[str]:
    words: set[str] = set()
    for code in ("fr", "en"):
        words.update(lexicon.fold(str(w)) for w in lexicon.load(f"{code}/triggers").get("key_stopwords", []) or [])
    return frozenset(words)


def _content(sentence: str, names: Sequence[str]) -> set[str]:
    """The content words of a sentence (folded, cut to CONTENT_LETTERS letters), without the words of ``names``."""
    named = {w for name in names for w in re.split(r"[\s'’-]+", lexicon.fold(name)) if w}
    words: set[str] = set()
    for word in _WORD.findall(sentence):
        folded = lexicon.fold(word).split("'")[-1].split("’")[-1]
        if (len(folded) >= CONTENT_LETTERS and folded not in _stopwords() and folded not in date_words()
                and folded not in named):
            words.add(folded[:CONTENT_LETTERS])
    return words


def _own(mention: Mention) -> dict[str, str]:
    """The telling's own actors (not lent by its story), by name identity."""
    lent = {name for name, role in mention.roles if role in UNCOUNTED_ROLES}
    return {name_identity(a): a for a in mention.actors if a not in lent}


def _key(mention: Mention) -> tuple[object, ...]:
    return mention.story_index, mention.date, mention.end_date, mention.precision


def _known_occurrence(mention: Mention) -> bool:
    """An `other` telling whose trigger is a verb of occurring after its happening named as a known thing, dated to a
    single day by its own words (module doc, last paragraph)."""
    return (mention.event_type == OTHER and mention.precision == "day" and mention.end_date is None
            and mention.date_source == "text" and bool(mention.date_text)
            and lexicon.fold(mention.trigger).replace("’", "'") in occurrence_words() and names_known(mention))


def _occurrence_of(mention: Mention, tellings: Sequence[Mention]) -> Mention | None:
    """The nearest typed telling of the known occurrence's story and date in another sentence, when those tellings
    are of one type and no other `other` telling stands beside them."""
    others = [m for m in tellings if m.sentence_start != mention.sentence_start]
    types = {m.event_type for m in others}
    if OTHER in types or len(types) != 1:
        return None
    return min(others, key=lambda m: (abs(m.sentence_start - mention.sentence_start), m.sentence_start))


def restated_types(mentions: list[Mention]) -> list[Mention]:
    """The mentions of one article, each `other` telling that restates a typed one of its story and date (see the
    module doc) retyped as it; the best typed telling is the one sharing most words, then the nearest."""
    typed: dict[tuple[object, ...], list[Mention]] = {}
    told: dict[tuple[object, ...], list[Mention]] = {}
    for mention in mentions:
        told.setdefault(_key(mention), []).append(mention)
        if mention.event_type != OTHER:
            typed.setdefault(_key(mention), []).append(mention)
    if not typed:
        return mentions
    result = []
    for mention in mentions:
        candidates = typed.get(_key(mention), []) if mention.event_type == OTHER else []
        said = lexicon.fold(mention.sentence)
        mine = {key: name for key, name in _own(mention).items() if lexicon.fold(name) in said}
        best: tuple[int, int, str] | None = None
        for other in candidates:
            if other.sentence_start == mention.sentence_start:
                continue
            shared = [mine[key] for key in mine.keys() & _own(other).keys()]
            if not shared:
                continue
            words = len(_content(mention.sentence, shared) & _content(other.sentence, shared))
            if words < SHARED_WORDS:
                continue
            rank = (-words, abs(other.sentence_start - mention.sentence_start), other.event_type)
            if best is None or rank < best:
                best = rank
        known = _occurrence_of(mention, told[_key(mention)]) if best is None and candidates else None
        if known is not None and _known_occurrence(mention):
            # it names no happening of its own: it takes the one it restates, its type and its title; its
            # confidence stays the model's (an event's confidence is its best telling's probability,
            # benchmarks/calibration.py), so the more confident of the two may give the row its sentence
            result.append(dataclasses.replace(mention, event_type=known.event_type, title=known.title))
            continue
        result.append(dataclasses.replace(mention, event_type=best[2]) if best else mention)
    return result
