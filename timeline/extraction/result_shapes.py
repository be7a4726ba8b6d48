"""The shape of a result clause: a match told by its result verb between its two sides, "Rovers beat Town 3-1",
"l'AS Montbrison s'est imposée face au FC Roanne (2-1)" (round thirty, spo30). A leaf module (it imports no stage),
shared by the events step that makes each clause a row (events/result_clauses.py) and the actors step that reads its
two sides (actors/result_sides.py). The words are data: ``result_clauses`` in lang/<lang>/triggers.yaml.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.sentences import fold_keep

__all__ = ["BREAK", "LINK_WORDS", "OPENING_WORDS", "SCORE", "Lists", "clause_sides", "clauses", "lists", "side_spans"]

#: Link words at most between the verb and the second side ("s'est imposé face à l'", "lost 0-2 to the").
LINK_WORDS = 4
#: Words at most before the first side in its clause ("Dans la soirée, le Stade Vichy", "Meanwhile, the Reds").
OPENING_WORDS = 2
#: What ends the clause before a verb: a stop, a colon, a conjunction or a comma.
BREAK = re.compile(r"[;:.!?]|,|(?<![\w'])(?:and|while|whereas|but|as|et|tandis que|alors que|mais|pendant que|puis)\b")
SCORE = re.compile(r"\(?\b\d{1,3} ?[-–] ?\d{1,3}\b\)?")
#: a side: one to six capitalised words, links allowed between them, not "on" ("beat Kazakhstan on Friday")
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.&]*(?:-[A-Za-zÀ-ÿ][\w'’.&]*)*"
_SIDE = re.compile(rf"{_WORD}(?:\s+(?:(?:de|du|des|la|le|les|of|the|d'|l')\s+)?{_WORD}){{0,5}}")


def _trimmed(end: int, text: str) -> int:
    """A side's end before a final stop the name pattern took ("Athletic.")."""
    return end - 1 if text[end - 1 : end] == "." else end


def _with_score(text: str, end: int, limit: int) -> int:
    """The clause's end: after a score right after the side ("Town 3-1", "Boën (4-0)"), else the side's end."""
    at = end + 1 if text[end : end + 1] == " " else end
    tail = SCORE.match(text, at, limit)
    return tail.end() if tail else end
_TOKEN = re.compile(r"\S+")


@dataclasses.dataclass(frozen=True)
class Lists:
    verbs: re.Pattern[str] | None
    links: frozenset[str]
    not_cues: re.Pattern[str] | None
    record: re.Pattern[str] | None
    before_not: frozenset[str]
    cues: re.Pattern[str] | None


def _alternation(items: Sequence[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{item})" for item in items)) if items else None


@functools.cache
def lists(lang: str) -> Lists:
    data = lexicon.load(f"{lang}/triggers")
    table = data.get("result_clauses") or {}
    verbs = [str(v) for v in table.get("verbs") or ()]
    return Lists(
        verbs=re.compile(r"(?<![\w'])(?:" + "|".join(f"(?:{v})" for v in verbs) + r")(?![\w'])") if verbs else None,
        links=frozenset(lexicon.fold(str(w)).replace("’", "'") for w in table.get("links") or ()),
        not_cues=_alternation([str(c) for c in table.get("not_cues") or ()]),
        record=_alternation([str(c) for c in table.get("record_words") or ()]),
        before_not=frozenset(lexicon.fold(str(w)) for w in table.get("before_not") or ()),
        cues=_alternation([str(c) for c in data.get("match_cues") or ()]))


def _first_side(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first capitalised name of ``text[start:end]``, the clause before the verb (its absolute span)."""
    found = _SIDE.search(text, start, end)
    return (found.start(), found.end()) if found else None


def _second_side(text: str, folded: str, start: int, end: int, links: frozenset[str]
                 ) -> tuple[int, int, int] | None:
    """(side start, side end, clause end) of the name a few link words after the verb, a score allowed among them."""
    at, skipped = start, 0
    while at < end and skipped <= LINK_WORDS:
        while at < end and text[at] in " \t,":
            at += 1
        score = SCORE.match(text, at, end)
        if score:
            at, skipped = score.end(), skipped + 1
            continue
        side = _SIDE.match(text, at, end)
        if side:
            close = _trimmed(side.end(), text)
            return side.start(), close, _with_score(text, close, end)
        word = _TOKEN.match(text, at, end)
        if word is None:
            return None
        token = folded[word.start() : word.end()]
        elided = token.split("'")[0] + "'" if "'" in token and not token.endswith("'") else token
        if elided in links and elided != token:  # "l'AS Montbrison": the elision, then the name
            side = _SIDE.match(text, word.start() + len(elided), end)
            if side:
                close = _trimmed(side.end(), text)
                return side.start(), close, _with_score(text, close, end)
        if token not in links and not token.endswith(("ment", "ly")):
            return None
        at, skipped = word.end(), skipped + 1
    return None


def clause_sides(text: str, folded: str, lang: str, start: int, end: int
                 ) -> list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """(clause, first side, second side) spans of each result clause of ``text[start:end]``, in order; ``folded``
    is ``text`` folded offset for offset (sentences.fold_keep)."""
    table = lists(lang)
    if table.verbs is None:
        return []
    if table.not_cues is not None and table.not_cues.search(folded, start, end):
        return []
    out: list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]] = []
    for verb in table.verbs.finditer(folded, start, end):
        before = folded[start : verb.start()]
        words = before.split()
        if words and words[-1] in table.before_not:
            continue
        breaks = [m.end() for m in BREAK.finditer(before)]
        opening = max(start + (breaks[-1] if breaks else 0), out[-1][0][1] if out else start)
        first = _first_side(text, opening, verb.start())
        second = _second_side(text, folded, verb.end(), end, table.links)
        if first is None or second is None or len(text[opening : first[0]].split()) > OPENING_WORDS:
            continue  # "a late try by winger Doherty sealing their win over": no side opens the clause
        clause = (first[0], second[2])
        if table.record is not None and table.record.search(folded, *clause):
            continue
        out.append((clause, first, (second[0], second[1])))
    return out


def clauses(text: str, folded: str, lang: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each result clause of ``text[start:end]``, in order."""
    return [clause for clause, _, _ in clause_sides(text, folded, lang, start, end)]


def side_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each side of each result clause of ``text`` that gives its score ("Tillac a battu
    Morvan (6-4)"; not a headline's "Saint-Chamond s'impose à Orchies", whose sides the story would lend its rows)."""
    table = lists(lang)
    folded = fold_keep(text)
    if table.verbs is None or not table.verbs.search(folded):
        return []
    found = clause_sides(text, folded, lang, 0, len(text))
    return sorted({span for clause, a, b in found if SCORE.search(text, *clause) for span in (a, b)})
