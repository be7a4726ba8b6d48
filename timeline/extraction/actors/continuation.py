"""Which sentence after an event's own sentence goes on telling it, so that its actors join it (issue 13).

A happening is often told in two steps: a dated sentence, then who did it ("Des manifestations ont eu lieu jeudi
soir à New York. Les manifestants anti-Trump ont affronté la police."; "Les épreuves du baccalauréat ont commencé
ce matin. Le ministère de l'Éducation nationale ..."). The events step (step 8b) asks ``continuing(...)``
whether the sentences after an event's sentence continue it: the next sentences of the same paragraph (two at
most, round nine), when the layout shows paragraphs, that have no date of their own, tell no event of their own and
report no speech
(``reported_speech`` in ``lang/<lang>/actors.yaml``: "said", "selon", quotation marks: a commentator quoted
about a happening is not its actor, docs/ANNOTATION.md).

Measured on the dev gold (``docs/BENCHMARKS.md``, "Actors, round seven"):

* not in a text laid out one sentence a line with no blank line (MEANTIME): there every next line is "the same
  paragraph", and the next line added 1 gold actor for 27 other names;
* not the following lines of a market day ("Ford shares gained 2.3% on Wednesday. GM shares slipped 1.6%."):
  their companies are also the actors of the same day's announcements, and a shared actor merges two
  happenings of one day and type (timeline/extraction/merge.py): the dev article that has both lost one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon

__all__ = ["CONTINUED_REACH", "NAMELESS_REACH", "body_subject", "continuing", "following", "possessive_opening",
           "reports_speech"]

#: How many sentences after its own an event may take its actors from, in a layout with paragraphs (``continuing``):
#: measured on dev half A, confirmed on half B (docs/BENCHMARKS.md, "Actors, round nine"); one (round seven) left
#: the actors of a happening told over three sentences ("Des heurts ont éclaté lundi. La police est intervenue.
#: Les casseurs ont été interpellés.") on the third.
CONTINUED_REACH = 2

#: How many sentences after its own an event that names nobody may take its actors from (``following``).
NAMELESS_REACH = 2

_QUOTES = re.compile(r"[\"«»“”„]")


@functools.cache
def _speech(lang: str) -> re.Pattern[str] | None:
    own = lexicon.load(f"{lang}/actors") or lexicon.load("en/actors")
    words = [str(w) for w in (own.get("reported_speech") or [])]
    if not words:
        return None
    alternation = "|".join(re.escape(lexicon.fold(w)) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


@functools.cache
def _possessives(lang: str) -> frozenset[str]:
    own = lexicon.load(f"{lang}/actors") or lexicon.load("en/actors")
    return frozenset(lexicon.fold(str(w)) for w in (own.get("possessives") or []))


def possessive_opening(text: str, lang: str) -> bool:
    """Does the sentence open on a possessive determiner ("Its shares fell", "Son domicile a été ...")?"""
    word = re.match(r"\W*(\w+)", text)
    return bool(word and lexicon.fold(word.group(1)) in _possessives(lang))


@functools.cache
def _body_nouns(lang: str) -> frozenset[str]:
    own = lexicon.load(f"{lang}/actors") or lexicon.load("en/actors")
    return frozenset(lexicon.fold(str(w)) for key in ("body_nouns", "product_nouns") for w in (own.get(key) or []))


def body_subject(title: str, lang: str) -> bool:
    """Is a subject title ("the japanese automaker", "l'entreprise", as events step 8 found it) a body's (not a
    person's: "the minister"), or a body's product ("the phone", "l'appareil": its maker is the actor)?"""
    words = re.findall(r"\w+", lexicon.fold(title))
    nouns = _body_nouns(lang)
    return bool(words) and (words[-1] in nouns or " ".join(words[-2:]) in nouns)


def reports_speech(text: str, lang: str) -> bool:
    """Does the sentence quote or report someone ("said", "selon lui", quotation marks)?"""
    pattern = _speech(lang)
    return bool(_QUOTES.search(text) or (pattern and pattern.search(lexicon.fold(text))))


def continuing(texts: Sequence[str], lang: str, own: int, joined: Sequence[bool], free: Sequence[bool],
               paragraphs: bool) -> list[int]:
    """The indexes of the sentences after ``own`` that continue the event told in ``texts[own]`` (at most
    ``CONTINUED_REACH``, each in turn: the second only when the first continues it too).

    ``joined[j]``: sentence j is in the same story and paragraph as sentence j - 1; ``free[j]``: sentence j has no
    date of its own and tells no event of its own; ``paragraphs``: the layout shows paragraphs.
    """
    out: list[int] = []
    if not paragraphs:
        return out
    for nxt in range(own + 1, min(len(texts), own + 1 + CONTINUED_REACH)):
        if not (joined[nxt] and free[nxt]) or reports_speech(texts[nxt], lang):
            break  # the telling stops at the first sentence that is not it: what comes after is not reached
        out.append(nxt)
    return out


def following(texts: Sequence[str], lang: str, own: int, joined: Sequence[bool], free: Sequence[bool]) -> list[int]:
    """For an event whose sentences name nobody: the sentences after ``own`` that go on telling it (at most
    ``NAMELESS_REACH``), in any layout.

    "Stock markets fell sharply on Monday. / The Dow Jones Industrial Average lost 416 points. / The Nasdaq fell
    4%." (a market day: its summary, then the indices that moved), "Une grève a commencé lundi à l'usine. / Les
    salariés de Verlaine réclament ...". Only while each sentence is in the same story and paragraph (a blank line
    ends a paragraph in a text laid out one sentence a line), has no date and no event of its own and reports no
    speech. Safe where ``continuing`` is not (one sentence a line): an event that names nobody shares no actor
    with another, so what it takes cannot merge two happenings that were apart.
    """
    out: list[int] = []
    for nxt in range(own + 1, min(len(texts), own + 1 + NAMELESS_REACH)):
        if not (joined[nxt] and free[nxt]) or reports_speech(texts[nxt], lang):
            break
        out.append(nxt)
    return out
