"""Every gold actor missing from its matched row, per dev source, with where the text names it (dev sets only).

    python -m benchmarks.actor_misses                          # rn-a, rn-b and every read written batch's dev half
    python -m benchmarks.actor_misses --sets rn-a,wi-dev       # some sets (names as in benchmarks.loss_by_stage)
    python -m benchmarks.actor_misses --counts                 # the per-set counts by place only, no rows

The real-news diff of ``benchmarks.evaluate --diff`` leaves out the articles whose rows all match, so the actor
misses of matched rows mostly do not show there; this lists them all. For each miss: the set, the case, the gold
name, the row's actors, the event's evidence, and where the name's words stand in the article, in sentences from
the event's own (``d=0``: its sentence; ``d=-1``: the sentence before; ``absent``: not in the text as written),
and whether the actor reader reads a name holding them there (``read``) or not (``unread``).

Test halves are never run here (``--sets`` refuses them).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks import dev_cases
from benchmarks import evaluate as ev


def _fold(text: str) -> str:
    from timeline.extraction.actors import fold_name

    return fold_name(text)


def _where(gold: str, sentences: Sequence[str], names: Sequence[Sequence[str]], home: set[int]) -> str:
    """Where a gold name (with '|' alternatives) stands: the nearest sentence holding one alternative's words."""
    best: tuple[int, int, str] | None = None
    for alt in gold.split("|"):
        key = _fold(alt)
        if not key:
            continue
        for index, sentence in enumerate(sentences):
            if key not in _fold(sentence):
                continue
            distance = min((index - h for h in home), key=abs) if home else 99
            read = "read" if ev.actor_found(alt, names[index]) else "unread"
            candidate = (abs(distance), distance, read)
            if best is None or candidate[:1] < best[:1] or (candidate[0] == best[0] and read == "read"):
                best = candidate
    if best is None:
        return "absent"
    return f"d={best[1]} {best[2]}"


def case_misses(case: ev.Case, extraction: Any) -> list[dict[str, Any]]:
    """The actor misses of one case's matched rows."""
    from timeline.extraction.actors import find_entities_many
    from timeline.extraction.sentences import split_sentences
    from timeline.settings import Options

    preds = [ev.from_event(e) for e in extraction.events]
    out: list[dict[str, Any]] = []
    by_article: dict[str, tuple[list[str], list[list[str]]]] = {}
    for article in extraction.articles:
        sentences = [s.text for s in split_sentences(article.text, lang=article.lang)]
        found = find_entities_many(sentences, article.lang, Options())
        by_article[article.id] = (sentences, [[a.name for a in e.actors] for e in found])
    for gi, pi, _ in ev.match(case.events, preds):
        gold = case.events[gi]
        if gold.optional:
            continue
        lost = [a for a in gold.actors if not ev.actor_found(a, preds[pi].actors)]
        if not lost:
            continue
        event = extraction.events[pi]
        evidence = list(event.evidence)
        for name in lost:
            places = []
            for sentences, names in by_article.values():
                home = {i for i, s in enumerate(sentences) if any(e.strip() and e.strip()[:60] in s for e in evidence)}
                places.append(_where(name, sentences, names, home))
            place = sorted(places, key=lambda p: (p == "absent", abs(int(p.split()[0][2:])) if p != "absent" else 0))
            out.append({"case": case.name, "gold": name, "row": list(preds[pi].actors), "title": gold.title_hint,
                        "where": place[0] if place else "absent", "evidence": " / ".join(evidence)[:400],
                        "lang": gold.lang})
    return out


def dev_sets() -> dict[str, Callable[[], list[dict[str, Any]]]]:
    """rn-a, rn-b and w<batch>-dev for every read written batch (never a test half, never the blind batch)."""
    return dev_cases.dev_sets(case_misses)


def main(argv: Sequence[str] | None = None) -> int:
    return dev_cases.run(
        argv, "python -m benchmarks.actor_misses", __doc__ or "", case_misses, column="where", key=lambda r: r["where"],
        show=lambda name, r: (f"{name} {r['lang']} {r['case']}: {r['gold']!r} [{r['where']}] row {r['row'][:6]}\n"
                              f"    gold: {r['title'][:120]!r}\n    evidence: {r['evidence']!r}"))


if __name__ == "__main__":
    sys.exit(main())
