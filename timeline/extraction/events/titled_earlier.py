"""Step 9a''''': a person the article named once with her title and then calls by the title alone ("Governor General
Jane Roe dissolved Parliament ... / The prime minister arrived at the residence of the governor general", "le roi
Albert a reçu ... / ... pour rendre compte au roi").

A reader takes a bare title after a definite article ("the governor general", "la gouverneure générale", "le pape")
for the one person the article has named with that title. An event whose sentences (its own and those joining it,
step 8) hold a person's title (``titles``, ``regnal_titles``, ``territorial_titles`` of lang/<lang>/actors.yaml)
right after one of ``title_anaphors.articles``, not followed by a capitalised name nor by a complement
(``title_anaphors.complements``: "le président du tribunal" is another one), is lent the person an earlier sentence
of its story (or its headline) names with a role opening with that title, when exactly one person of those sentences
does. Two persons with the title ("the US president X", "the French president Y") lend nobody. Lent (role
``LENT_ROLE``): merging does not count it.

Counted before building (docs/BENCHMARKS.md, "act26, round twenty-six"): fresh dev (lapresse.ca: a governor
general named in the lead, then by her title) and real-news dev (rn-b: a pope named in the headline, then by his
title fourteen sentences on).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any

from timeline import lang as lexicon
from timeline.extraction.events.context import _find_actors
from timeline.extraction.events.layout import Page
from timeline.extraction.events.spans import _clean
from timeline.extraction.events.story_actors import named_actors
from timeline.extraction.sentences import fold_keep
from timeline.settings import Options

__all__ = ["bare_titles", "titled_earlier"]


@functools.cache
def _lists(lang: str) -> tuple[re.Pattern[str] | None, frozenset[str], frozenset[str]]:
    """(a bare title after an article, folded text: group ``title``; the complement words; the words that join two
    persons in a role the reader read across them, "le pape et le cardinal"), from lang/<lang>/actors.yaml."""
    own = lexicon.load(f"{lang}/actors") or {}
    spec = own.get("title_anaphors") or {}
    articles = sorted({fold_keep(str(w)) for w in spec.get("articles") or []}, key=len, reverse=True)
    titles = {fold_keep(str(w)) for key in ("titles", "regnal_titles", "territorial_titles")
              for w in own.get(key) or [] if isinstance(w, str)}
    if not articles or not titles:
        return None, frozenset(), frozenset()
    heads = "|".join(re.escape(a) + (r"\s*" if a.endswith("'") else r"\s+") for a in articles)
    words = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'])(?:{heads})(?P<title>{words})(?![\w-])(?!'(?!s\b))")  # "the king's" too
    return (pattern, frozenset(fold_keep(str(w)) for w in spec.get("complements") or []),
            frozenset(fold_keep(str(w)) for w in spec.get("joins") or []))


#: A name right after a title, or in apposition after it and a word of its own ("the governor general, Jane Roe").
_NAMED = re.compile(r",?\s+[A-ZÀ-Ý]|\s+[a-zà-ÿ][\w'’-]*,\s+[A-ZÀ-Ý]")


def bare_titles(text: str, lang: str) -> set[str]:
    """The titles (folded) a sentence gives alone after a definite article: no capitalised name nor complement after
    them ("the governor general", "au roi"; not "the governor general Jane Roe", "le président du tribunal")."""
    pattern, complements, _ = _lists(lang)
    if pattern is None:
        return set()
    out = set()
    for match in pattern.finditer(fold_keep(text)):
        after = text[match.end():]
        nxt = re.match(r"\s*([^\W\d_][\w'’]*)", after)
        word = fold_keep(nxt.group(1)) if nxt else ""
        if _NAMED.match(after) or word in complements or word.split("'")[0] + "'" in complements:
            continue  # a name after it ("le roi Albert", "the governor general, Jane Roe"), a complement ("d'État")
        out.add(match.group("title"))
    return out


def _holders(page: Page, entities: Any, title: str) -> list[str]:
    """The persons a sentence names with a role opening with ``title`` (not a role read across two persons, "le pape
    et le cardinal X": ``joins``)."""
    joins = _lists(page.article.lang)[2]
    out = []
    for actor in named_actors(page, entities):
        role = fold_keep(actor.role or "")
        if actor.kind != "person" or not (role == title or role.startswith(title + " ")):
            continue
        if not joins & set(re.findall(r"[\w']+", role[len(title):])):
            out.append(_clean(actor.name))
    return out


def _with(kept: tuple[str, ...], name: str) -> tuple[str, ...]:
    """The distinct persons ``kept`` and ``name`` make (a short form of a longer name is that name)."""
    words = set(fold_keep(name).split())
    for k, other in enumerate(kept):
        known = set(fold_keep(other).split())
        if words <= known:
            return kept
        if known <= words:
            return (*kept[:k], name, *kept[k + 1:])
    return (*kept, name)


def _timelines(page: Page, by_sentence: dict[int, Any], holding: list[int], titles: set[str]
               ) -> dict[tuple[int, str], tuple[list[int], list[tuple[str, ...]]]]:
    """(story, title) -> the sentences naming a holder of the title, in reading order (the story's headline first, at
    -1), and after each the distinct persons named so far with it: one pass, so each event's look-up is a bisection
    (tests/test_events_linear.py)."""
    out: dict[tuple[int, str], tuple[list[int], list[tuple[str, ...]]]] = {}
    heads = {index: story for story, index in page.headlines.items()}
    for j in sorted(holding, key=lambda i: -1 if i in heads else i):
        story = page.sentence_story[j]
        for title in titles:
            names = _holders(page, by_sentence.get(j), title)
            if not names:
                continue
            keys, states = out.setdefault((story, title), ([], []))
            kept = states[-1] if states else ()
            for name in names:
                kept = _with(kept, name) if len(kept) < 2 else kept
            keys.append(-1 if heads.get(j) == story else j)
            states.append(kept)
    return out


def titled_earlier(page: Page, options: Options, contexts: list[list[int]], by_sentence: dict[int, Any]
                   ) -> dict[int, list[str]]:
    """Event position -> the person lent to it for each bare title its sentences hold (``bare_titles``): the one
    person the earlier sentences of the sentence's story, or its headline, name with that title. ``by_sentence``
    gets the entities of the sentences it reads (pass a copy to keep the caller's)."""
    lang = page.article.lang
    bare: dict[int, list[str]] = {}
    wanted: dict[int, list[tuple[int, str]]] = {}
    for position, context in enumerate(contexts):
        for index in dict.fromkeys(context):
            if index not in bare:
                bare[index] = sorted(bare_titles(page.sentences[index].text, lang))
            wanted.setdefault(position, []).extend((index, title) for title in bare[index])
    wanted = {position: pairs for position, pairs in wanted.items() if pairs}
    if not wanted:
        return {}
    titles = {title for pairs in wanted.values() for _, title in pairs}
    last = max(index for pairs in wanted.values() for index, _ in pairs)
    heads = set(page.headlines.values())
    holding = [j for j, s in enumerate(page.sentences) if (j < last or j in heads)
               and any(t in page.folded[s.start:s.end] for t in titles)]
    missing = sorted(set(holding) - set(by_sentence))
    if missing:
        found = _find_actors(page.article, options, [page.sentences[i] for i in missing], page.noise)
        by_sentence.update(zip(missing, found, strict=True))
    lines = _timelines(page, by_sentence, holding, titles)
    out: dict[int, list[str]] = {}
    for position, pairs in wanted.items():
        names: list[str] = []
        for index, title in pairs:
            keys, states = lines.get((page.sentence_story[index], title), ([], []))
            k = bisect.bisect_left(keys, index) - 1
            person = states[k][0] if k >= 0 and len(states[k]) == 1 else None
            if person and person not in names:
                names.append(person)
        if names:
            out[position] = names
    return out
