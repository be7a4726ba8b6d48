"""Where the gold puts a date's edges, per class of edge word, next to where our spans put them.

    TIMELINE_DEV_HALF=b python -m benchmarks.span_conventions      # dev half B (develop), half A to confirm
    TIMELINE_FRESH=/path python -m benchmarks.span_conventions --read-dev   # and the fresh and written dev gold

For each corpus of ``benchmarks.realnews_dates`` (dev split only: test is never read), every gold DATE/TIME span
and every one of our predictions is normalised as the strict score does (``norm_span``: punctuation, articles and
prepositions off both ends), then each class of edge words (``CLASSES``) is looked for at the span's edge: *in*
(the span starts, or for a tail class ends, with one of the words) or *out* (the word is written right before the
span, at most ``CONNECTORS`` between, or right after it for a tail class). The share of gold spans that take the
word in is the corpus's convention for that class; ours should follow the convention of the TimeML corpora
(French TimeBank, MEANTIME), which is the convention of the hidden sets (TimeML Annotation Guidelines 1.2.1, the
TIMEX3 extent: determiners and modifiers of the expression belong to it; parts of day with their day).

``ZONE`` (round twenty-seven, spn27) is a tail class of its own: a zone written right after a clock ("16:15 UTC",
"12 h 30 locales"; the words of ``benchmarks/timeml_extent.yaml``), in or out of the span. ``--read-dev`` adds two
columns: the fresh pages' dev gold and the written read batches' dev gold **as their writers spanned them**, before
``benchmarks.timeml_extent`` reads them in TimeML's extent (the held-out and blind batches are never read).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from benchmarks import realnews_dates as R
from benchmarks.timeml_extent import zone_after

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
ZONE = "time zone after its clock (16:15 UTC, 9 h locales)"
#: The end of a clock: a digit, "am"/"pm", a French "h" (a zone after "p.m." is looked for past its last dot, which the
#: span's normalisation cuts).
_CLOCK_END = re.compile(r"(?:\d|(?:\d\s?|\s)[ap]\.?\s?m\.?|\dh|\sh)\Z", re.IGNORECASE)
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
    return out | _zone_edge(text, start, end)


def _zone_edge(text: str, start: int, end: int) -> set[tuple[str, str]]:
    """(ZONE, 'in') when the normalised span ends with a zone after a clock, (ZONE, 'out') when one follows it."""
    pattern = zone_after()
    for m in pattern.finditer(text, start, end):
        if m.end() == end and _CLOCK_END.search(text, start, m.start()):
            return {(ZONE, "in")}
    if _CLOCK_END.search(text, start, end) and pattern.match(text, end + (text[end:end + 1] == ".")):
        return {(ZONE, "out")}
    return set()


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


def tally_docs(docs: Iterable[R.Doc]) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """Edge counts of the gold and of our predictions over ``docs`` (all their gold, all their predictions)."""
    gold: Counter[tuple[str, str]] = Counter()
    ours: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        text = doc.record["text"]
        for t in doc.golds:
            if t.end <= len(text):
                gold.update(edges(text, t.start, t.end))
        for f in doc.preds:
            ours.update(edges(text, f.start, f.end))
    return gold, ours


def read_dev() -> dict[str, tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]]:
    """The fresh pages' dev gold and the written read batches' dev gold as written (no TimeML extent), and ours."""
    from benchmarks import fresh_dates as fd
    from benchmarks import fresh_news as fn
    from benchmarks import written_dates as wd
    from benchmarks import written_set as ws
    out = {}
    if fn.fresh_dir() is not None:
        out["fresh dev"] = tally_docs(doc for _, _, _, doc in fd.docs(["dev"], extent=False)["ours"])
    batches = [b for b in wd.BATCHES if b not in ws.HELD_OUT + ws.BLIND]
    out["written read dev"] = tally_docs(doc for b in batches for _, doc in wd.docs(b, "dev", extent=False)["ours"])
    return out


def table(results: dict[str, tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]]) -> list[str]:
    """Markdown rows: class, then per corpus 'gold in/out, ours in/out'."""
    files = list(results)
    lines = ["| class | " + " | ".join(f"{f.removesuffix('.jsonl')}: gold in/out, ours in/out" for f in files) + " |",
             "|---" * (len(files) + 1) + "|"]
    for name in [*CLASSES, ZONE]:
        cells = []
        for f in files:
            gold, ours = results[f]
            cells.append(f"{gold[(name, 'in')]}/{gold[(name, 'out')]}, {ours[(name, 'in')]}/{ours[(name, 'out')]}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def main(argv: Sequence[str] | None = None, out: Any = None) -> int:
    out = out or sys.stdout
    args = [a for a in argv or [] if a != "--read-dev"]
    files = args or list(R.FILES)
    results = {f: tally(f) for f in files}
    if argv and "--read-dev" in argv:
        results.update(read_dev())
    for line in table(results):
        print(line, file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
