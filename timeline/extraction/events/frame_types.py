"""The type a found verb's frame tells when its lemma tells none: a post after "as", a sitting of an assembly.

A verb shape or a predicate (events/verb_shapes.py, events/predicates.py) that no lemma and no object types stays
``other``. Two frames the vocabulary already knows type it instead (data in lang/<lang>/verb_shapes.yaml):

- a title after a role link, four words at most after the verb ("will act as interim chief executive", "assurera
  l'intérim comme directeur général"; ``role_links`` then the ``titles`` of lang/<lang>/actors.yaml, two modifiers at
  most between): the post taken, typed ``election`` as an appointment is (docs/ANNOTATION.md);
- a verb of deliberation (``deliberation``) whose subject is an assembly ("le Sénat doit examiner le texte", "the
  committee will review") or whose agent is one ("auditionnée par la commission", "examinée en commission", "heard
  by the committee"; ``agent_links`` then ``assemblies``, or the ``legislatures`` of actors.yaml): a ``session``.
"""

from __future__ import annotations

import functools
import re

from timeline import lang as lexicon
from timeline.extraction.events.spans import _clause_breaks

#: Words at most between an assembly noun and the verb it is the subject of ("le Sénat doit", "the full committee").
SUBJECT_WORDS = 2
#: Words at most between a verb and the agent link after it ("auditionnée mardi dernier par la commission": 2).
AGENT_WORDS = 3
#: Words at most between a verb and its role link, an object or a date ("va siéger le 20 mars comme présidente": 3).
ROLE_WORDS = 4
_DETERMINERS = r"(?:(?:the|a|an|its|their|le|la|les|l'|un|une|son|sa|ses|leur)\s*)?"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!)"


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(role after the verb, deliberating verb, assembly subject before the verb, assembly agent after it)."""
    data = lexicon.load(f"{lang}/verb_shapes")
    if not data.get("role_links") or not data.get("deliberation"):
        return None
    actors = lexicon.load(f"{lang}/actors")
    titles = _alternation([lexicon.fold(str(t)) for t in actors.get("titles") or []])
    assemblies = _alternation([lexicon.fold(str(a)) for a in
                               [*(data.get("assemblies") or []), *(actors.get("legislatures") or [])]])
    role = re.compile(rf"(?:\s+[\w'-]+){{0,{ROLE_WORDS}}}?\s+(?:{_alternation(data['role_links'])})\s+"
                      rf"{_DETERMINERS}(?:[\w-]+\s+){{0,2}}?(?:{titles})(?![\w-])")
    verb = re.compile(rf"(?:{data['deliberation']})")
    subject = re.compile(rf"(?<![\w-])(?:{assemblies})(?![\w-])(?:\s+[\w'-]+){{0,{SUBJECT_WORDS}}}\s*$")
    agent = re.compile(rf"(?:\s+[\w'-]+){{0,{AGENT_WORDS}}}?\s+(?:{_alternation(data.get('agent_links') or [])})\s+"
                       rf"{_DETERMINERS}(?:{assemblies})(?![\w-])")
    return role, verb, subject, agent


def frame_type(lang: str, folded: str, bounds: tuple[int, int, int, int], event_type: str,
               date: tuple[int, int] | None = None) -> str:
    """The type of the found verb folded[start:end] (``bounds``: sentence start, verb start, verb end, sentence end):
    ``event_type`` unless it is ``other`` and the verb's frame tells a post taken or an assembly's sitting. With
    ``date`` (its span), a participle of deliberation with an assembly agent in the date's own phrase set off by
    commas tells it too ("Examinée en commission le 7 octobre, la proposition avait été amendée")."""
    patterns = _patterns(lang)
    if event_type != "other" or patterns is None:
        return event_type
    role, verb, subject, agent = patterns
    lo, start, end, hi = bounds
    if role.match(folded, end, hi):
        return "election"
    last = folded[start:end].split()[-1] if folded[start:end].split() else ""
    if verb.fullmatch(last.removeprefix("d'").removeprefix("s'")):
        if subject.search(folded, max(lo, start - 80), start):  # words and spaces only: no clause break between
            return "session"
        found = agent.match(folded, end, hi)
        if found and not _clause_breaks(folded, end, found.end()):
            return "session"
    return "session" if date is not None and _sitting_phrase(lang, folded, lo, hi, date) else event_type


def _sitting_phrase(lang: str, folded: str, lo: int, hi: int, date: tuple[int, int]) -> bool:
    """The date's phrase between commas (or the sentence's edges) holds a verb of deliberation and, after it, an
    assembly as its agent ("auditionnée mardi dernier par la commission des finances, ...")."""
    patterns = _patterns(lang)
    if patterns is None:
        return False
    _, verb, _, agent = patterns
    head = folded.rfind(",", lo, date[0])
    tail = folded.find(",", date[1], hi)
    start, end = (head + 1 if head >= 0 else lo), (tail if tail >= 0 else hi)
    for word in re.finditer(r"[\w'-]+", folded[start:end]):
        if verb.fullmatch(word.group(0)) and agent.match(folded, start + word.end(), end):
            return True
    return False
