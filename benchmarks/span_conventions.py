"""Where the gold puts a date's edges, per class of edge word, next to where our spans put them.

    TIMELINE_DEV_HALF=b python -m benchmarks.span_conventions      # dev half B (develop), half A to confirm

For each corpus of ``benchmarks.realnews_dates`` (dev split only: test is never read), every gold DATE/TIME span
and every one of our predictions is normalised as the strict score does (``norm_span``: punctuation, articles and
prepositions off both ends), then each class of edge words (``CLASSES``) is looked for at the span's edge: *in*
(the span starts, or for a tail class ends, with one of the words) or *out* (the word is written right before the
span, at most ``CONNECTORS`` between, or right after it for a tail class). The share of gold spans that take the
word in is the corpus's convention for that class; ours should follow the convention of the TimeML corpora
(French TimeBank, MEANTIME), which is the convention of the hidden sets (TimeML Annotation Guidelines 1.2.1, the
TIMEX3 extent: determiners and modifiers of the expression belong to it; parts of day with their day).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from benchmarks import realnews_dates as R

CLASSES: dict[str, tuple[str, frozenset[str]]] = {
    "demonstrative (ce mardi, this week)": ("lead", frozenset({"ce", "cet", "cette", "this", "that"})),
    "month part (début mai, late 2006)": ("lead", frozenset({
        "début", "debut", "fin", "mi", "milieu", "courant", "early", "late", "mid", "beginning", "end", "middle"})),
    "weekday head (mardi 5 mai)": ("lead", frozenset({
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})),
    "month noun (le mois de mai)": ("lead", frozenset({"mois", "month"})),
    "trailing relative (mai dernier, last)": ("tail", frozenset({
        "dernier", "dernière", "derniere", "prochain", "prochaine", "passé", "passée", "last", "next"})),
    "part of day after its day (mardi soir)": ("tail", frozenset({
        "matin", "matinée", "soir", "soirée", "après-midi", "nuit", "journée",
        "morning", "afternoon", "evening", "night"})),
}
"""Class name -> (edge: 'lead' or 'tail', the edge words, lower case)."""
CONNECTORS = frozenset({"de", "du", "d", "des", "la", "le", "l", "au", "of", "the", "a", "en", "in"})
"""Words that may stand between an edge word left out and the span ("début [du] mois", "end [of the] year")."""
_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'").split("'")[-1] for w in _WORD.findall(text)]


def edges(text: str, start: int, end: int) -> set[tuple[str, str]]:
    """(class, 'in' | 'out') for the normalised span ``text[start:end]``."""
    start, end = R.norm_span(text, start, end)
    inside = _words(text[start:end])
    if not inside:
        return set()
    before = _words(text[max(0, start - 60):start])
    after = _words(text[end:end + 40])
    out = set()
    for name, (edge, words) in CLASSES.items():
        if edge == "lead":
            if inside[0] in words or (inside[0] in CONNECTORS and len(inside) > 1 and inside[1] in words):
                out.add((name, "in"))
            elif any(w in words for w in _adjacent(reversed(before))):
                out.add((name, "out"))
        elif len(inside) > 1 and inside[-1] in words:
            out.add((name, "in"))
        elif any(w in words for w in _adjacent(after)):
            out.add((name, "out"))
    return out


def _adjacent(words: Iterable[str]) -> list[str]:
    """The first word that is no connector, with the connectors before it (at most three words in all)."""
    out = []
    for w in words:
        out.append(w)
        if w not in CONNECTORS or len(out) == 3:
            break
    return out


def tally(file: str, split: str = "dev") -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """Edge counts (class, 'in'/'out') of the gold DATE/TIME spans and of our predictions in one corpus."""
    gold: Counter[tuple[str, str]] = Counter()
    ours: Counter[tuple[str, str]] = Counter()
    for record in R.records(file, split):
        text = record["text"]
        region = R.annotated_end(file, text)
        for t in R.gold_of(record):
            if t.start < region and t.type in R.SCORED_TYPES:
                gold.update(edges(text, t.start, t.end))
        reference = dt.date.fromisoformat(str(record["published"])[:10])
        for f in R.ours(text, reference, record.get("lang", "fr")):
            if f.start < region:
                ours.update(edges(text, f.start, f.end))
    return gold, ours


def table(results: dict[str, tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]]) -> list[str]:
    """Markdown rows: class, then per corpus 'gold in/out, ours in/out'."""
    files = list(results)
    lines = ["| class | " + " | ".join(f"{f.removesuffix('.jsonl')}: gold in/out, ours in/out" for f in files) + " |",
             "|---" * (len(files) + 1) + "|"]
    for name in CLASSES:
        cells = []
        for f in files:
            gold, ours = results[f]
            cells.append(f"{gold[(name, 'in')]}/{gold[(name, 'out')]}, {ours[(name, 'in')]}/{ours[(name, 'out')]}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def main(argv: Sequence[str] | None = None, out: Any = None) -> int:
    out = out or sys.stdout
    files = list(argv) if argv else list(R.FILES)
    for line in table({f: tally(f) for f in files}):
        print(line, file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
