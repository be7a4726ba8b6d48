"""A story names its body again by the noun of its kind: "the company said", "the orchestra's new music director",
"Shares in the company fell", "l'entreprise présentera", "les salariés du groupe" (issue 13, round seventeen).

Step 9e of event detection (events/story_actors.py, ``main_actors``) makes a person or a body of a story's headline
or lead one of its main actors when the story's body names it again. A body is named again by its name, and as
often by the noun of its kind, with a definite article, anywhere in the sentence (not only as the subject, which
step 9a already reads: actors/continuation.py ``body_subject``). ``kind_mentions`` counts those; ``main_actors``
adds them to the story's subject, the agent ``kind_subject`` picks among those opening the headline or the lead.

The nouns are ``body_nouns`` of lang/<lang>/actors.yaml, the articles ``anaphor_articles`` (English "the", French
"le", "la", "l'", "du", "au"). A noun followed by a capitalised word is no mention of a body named before: it
names another ("the carmaker Renault", "la société Brimval", "the operator, Brightwell Energy"); so does a noun
followed by its complement (``anaphor_complements``: "the committee of inquiry", "le comité d'entreprise"). A noun
written with a capital is part of a name ("The Walt Disney Company").

Counted on the dev halves (docs/BENCHMARKS.md, "Actors on unseen text, round seventeen"): a story's body told again
only by its kind ("the company's", "the council's", "the retailer") missed its actor on the events that name someone
else or nobody, in three written dev halves (English).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon

__all__ = ["kind_mentions", "kind_subject", "opens"]


@functools.cache
def _lists(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    own = lexicon.load(f"{lang}/actors") or lexicon.load("en/actors")
    nouns = tuple(sorted({str(w) for w in own.get("body_nouns") or []}, key=len, reverse=True))
    articles = tuple(sorted({str(w) for w in own.get("anaphor_articles") or []}, key=len, reverse=True))
    complements = tuple(sorted({str(w) for w in own.get("anaphor_complements") or []}, key=len, reverse=True))
    return nouns, articles, complements


@functools.lru_cache(maxsize=256)
def _pattern(lang: str, nouns: tuple[str, ...]) -> re.Pattern[str] | None:
    _, articles, complements = _lists(lang)
    if not nouns or not articles:
        return None
    article = "|".join(re.escape(a) + ("" if a.endswith(("'", "’")) else r"\s+") for a in articles)
    noun = "|".join(re.escape(n) for n in nouns)
    after = "|".join(re.escape(c) + ("" if c.endswith(("'", "’")) else r"\b") for c in complements) or "(?!)"
    # the article in any case ("The company"), the noun in small letters; no capitalised word after it, no
    # complement ("the committee of inquiry", "le comité d'entreprise": another body)
    return re.compile(rf"(?<![\w'’-])(?i:{article})(?:{noun})(?:['’]s)?(?![\w-])(?!,?\s+[A-ZÀ-Ý])"
                      rf"(?!\s+(?:{after}))")


def kind_mentions(text: str, lang: str, name: str = "") -> int:
    """How often ``text`` names a body by the noun of its kind with a definite article ("the company", "the
    council's", "l'entreprise", "du groupe"). A ``name`` that holds such a noun ("Marlow District Council", "tribunal
    correctionnel de Lyon") is named again by that noun only ("the council", "le tribunal")."""
    nouns = _lists(lang)[0]
    words = set(lexicon.fold(name).replace("'", " ").replace("’", " ").split())
    own = tuple(n for n in nouns if lexicon.fold(n) in words)
    pattern = _pattern(lang, own or nouns)
    return len(pattern.findall(text)) if pattern else 0


def opens(sentence: str, offset: int, lang: str) -> bool:
    """Does a name ``offset`` characters into ``sentence`` open it, after an article and the noun of its kind at most
    ("Marlow District Council opened ...", "The Ashby Philharmonic unveiled ...", "Le groupe Norvik a ...")?"""
    nouns, articles, _ = _lists(lang)
    before = lexicon.fold(sentence[:offset]).strip()
    for article in sorted({lexicon.fold(a).strip() for a in articles}, key=len, reverse=True):
        if before == article or before.startswith(article + ("" if article.endswith(("'", "’")) else " ")):
            before = before[len(article):].strip()
            break
    heads = {lexicon.fold(n) for n in nouns} | _named_heads(lang)
    return not before or before in heads


@functools.cache
def _named_heads(lang: str) -> frozenset[str]:
    own = lexicon.load(f"{lang}/actors") or lexicon.load("en/actors")
    return frozenset(lexicon.fold(str(w)) for w in own.get("named_heads") or [])


def kind_subject(candidates: Sequence[tuple[str, str, bool]], lang: str) -> int | None:
    """Which of the opening's agents (``(name, kind, opens its sentence)``, in reading order) the story names again
    by its kind: the first body that opens its sentence, else the first person that does (a body the reader took for
    a person: "Fenwick Foods sold ..."); never a town read as a body ("Swindon blast: ...", "Swindon dockers walk
    out") nor a newspaper (a page's masthead taken for its headline); None when there is none."""
    from timeline.extraction.actors.lexicon import lex
    from timeline.extraction.gazetteer import town_country

    media = lex(lang).media

    def body(name: str) -> bool:
        return not town_country(name) and not (media and media.search(name))

    for wanted in ("org", "person"):
        found = next((i for i, (name, kind, first) in enumerate(candidates) if kind == wanted and first and body(name)),
                     None)
        if found is not None:
            return found
    return None
