"""Where events are lost, by pipeline stage: every missed core gold row and every spurious row, counted by mechanism.

    python -m benchmarks.loss_by_stage                      # real-news dev halves A and B, written dev a and b
    python -m benchmarks.loss_by_stage --sets rn-b,wb-dev   # some sets only (names below)
    python -m benchmarks.loss_by_stage --test               # the test sets too: counts only, never rows
    python -m benchmarks.loss_by_stage --rows rn-b          # each miss with its class (dev sets only)
    python -m benchmarks.loss_by_stage --sets wh-dev,wi-dev # any read written batch's dev half: w<batch>-dev
    python -m benchmarks.loss_by_stage --sets fd-dev --present-only   # the fresh pages $TIMELINE_FRESH holds

Sets: ``rn-a``, ``rn-b`` (real-news dev halves, ``benchmarks.realnews.dev_half``), ``fd-dev`` (the fresh pages' dev
outlets, with ``$TIMELINE_FRESH``), ``wa-dev``, ``wb-dev`` (written
batches a, b and c, dev halves); with ``--test``: ``rn-test``, ``wa-test``, ``wb-test`` (and ``wc-test`` when
benchmarks/written_c exists). Each article runs through the pipeline with ``timeline.extraction.events.trace`` on,
then the scorer's own matching (``benchmarks.evaluate.match``) says which gold rows are missed and which rows spurious.

A missed row is put at the first stage that lost it, its dates being the date mentions whose value the scorer would
accept for it (``evaluate.date_match``), read in the sentence of its evidence when the gold quotes one (real news:
``evidence``; written sets: a phrase quoted in ``note``) and found in the text:
    i    ingest       the evidence lies in furniture (noise) or in no sentence, or its sentence is a glued block
    ii   date missed  no date mention in the sentence of the evidence (its value may stand in another sentence), or
                      none with an accepted value anywhere
    iii  date wrong   a date mention inside the evidence, or in its sentence, with another value or precision
    iv   no candidate the date reaches step 3 but its sentence has no trigger and no predicate: no verb of the listed
                      forms, verbs of saying only, a fronted date with no main verb found, a verb beyond reach
    v    gate         a gate dropped it: ``date:<gate>`` (step 3, ``date_roles``), ``pairing`` (a candidate, the
                      date not taken), or the later stage that removed its pair (weak_reading, until, parts, ...)
    vi   merged       its mention went into a row the scorer matched to another gold row: ``folded`` when that row
                      holds a telling of another sentence and the mention's own type fits the missed row (a fold took
                      it: two happenings made one row), else ``one telling for two rows`` (the row is the mention's
                      sentence alone, or its type is the other row's: the happening has no telling of its own);
                      ``--rows`` shows the row it went into and that row's gold row
    vii  other row    its mention went into a row with another date
A miss takes the furthest stage any of its dates reached. A spurious row is counted by the path that made its first
telling (trigger kind or 'predicate', the stage that made the pair, inherited) and by its date's rule and role.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import evaluate as ev

#: The stages of a miss, in pipeline order (a miss is put at the furthest stage one of its dates reached).
STAGES = ("i ingest", "ii date missed", "iii date wrong", "iv no candidate", "v gate", "vi merged", "vii other row")
#: After pairing, the trace's stages in order (events.trace.stage); a pair gone after one was dropped by the next.
LATER = ("pairing", "crossing", "offsets", "weak_reading", "protest_response", "until", "parts", "retold", "inherit",
         "round_ups", "market_days", "sitting_items")
#: A sentence this long, or holding a blank line, is a glued block (a page whose breaks were lost).
GLUED_CHARS = 600
_QUOTED = re.compile(r"(?<![\w])['‘\"“]([^'’\"”]{4,80}?)['’\"”](?![\w])")


@dataclass
class Counts:
    """The misses and spurious rows of one set, by class (``misses`` keyed 'stage' or 'stage: detail')."""

    misses: Counter[str] = field(default_factory=Counter)
    spurious: Counter[str] = field(default_factory=Counter)
    spurious_dates: Counter[str] = field(default_factory=Counter)
    spurious_gold: Counter[str] = field(default_factory=Counter)
    #: every row (optional gold rows' matches left out) by its date's rule: ``rule`` -> rows, ``rule matched`` ->
    #: those the scorer matched (the precision of a rule's rows, for the confidence model)
    by_rule: Counter[str] = field(default_factory=Counter)
    n_gold: int = 0
    n_missed: int = 0
    n_pred: int = 0
    n_spurious: int = 0
    rows: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.misses.update(other.misses)
        self.spurious.update(other.spurious)
        self.spurious_dates.update(other.spurious_dates)
        self.spurious_gold.update(other.spurious_gold)
        self.by_rule.update(other.by_rule)
        self.n_gold += other.n_gold
        self.n_missed += other.n_missed
        self.n_pred += other.n_pred
        self.n_spurious += other.n_spurious
        self.rows += other.rows


def _as_pred(date: Any) -> ev.Predicted:
    return ev.Predicted(date=date.value, end_date=date.end_value, precision=date.precision)


def evidence_pieces(raw: dict[str, Any]) -> list[str]:
    """The words a gold row quotes from its text: ``evidence`` cut at its ellipses, else the phrases quoted in
    ``note``."""
    evidence = str(raw.get("evidence") or "")
    if evidence:
        return [p.strip() for p in re.split(r"\.\.\.|…", evidence) if len(p.strip()) >= 3]
    return [m.group(1).strip() for m in _QUOTED.finditer(str(raw.get("note") or ""))]


def _locate(text: str, pieces: Sequence[str]) -> tuple[int, int] | None:
    low = text.lower()
    for piece in pieces:
        at = low.find(piece.lower())
        if at >= 0:
            return at, at + len(piece)
    return None


def _sentence_of(record: dict[str, Any], start: int) -> int | None:
    for i, sentence in enumerate(record["sentences"]):
        if sentence.start <= start < sentence.end:
            return i
    return None


def no_candidate_detail(lang: str, text: str, sentence: Any, date: Any) -> str:
    """Why a dated sentence had no candidate: no verb of the listed forms (``predicate_forms``, ``verb_shapes``), only
    verbs of saying (``reporting_verbs``), a fronted date whose main verb was not found, or a verb beyond reach or a
    clause break."""
    from timeline.extraction.events.predicates import _candidates, _fronted
    from timeline.extraction.events.verb_shapes import verb_forms
    from timeline.extraction.events.vocabulary import rules_for
    from timeline.extraction.sentences import fold_keep

    rules = rules_for(lang)
    folded = fold_keep(text)
    forms = verb_forms(rules.predicate_forms, lang, folded, sentence.start, sentence.end, text=text)
    spans = _candidates(rules, folded, sentence, text=text)
    if not forms:
        return "no verb form"
    if not spans:
        return "verbs of saying only"
    if _fronted(folded, sentence, date, spans):
        return "fronted, no main verb"
    return "verb beyond reach"


def _date_stage(record: dict[str, Any], date: Any, final_dates: dict[int, list[str]], article: Any
                ) -> tuple[int, str]:
    """How far one date mention went: (rank in STAGES, the class as written)."""
    gate = record["gates"].get(date.start)
    if gate in ("noise", "outside_sentence"):
        return 0, f"i ingest: date in {gate}"
    if gate is not None:
        return 4, f"v gate: date:{gate}"
    if date.start not in record["eligible"]:
        return 4, "v gate: date:settled"
    index = _sentence_of(record, date.start)
    if index is not None and not record["candidates"].get(index, 0):
        sentence = record["sentences"][index]
        return 3, f"iv no candidate: {no_candidate_detail(article.lang, article.text, sentence, date)}"
    if date.start in final_dates:
        return 5, "kept"
    seen = [name for name in LATER if any(d == date.start for d, _ in record["stages"].get(name, ()))]
    if not seen:
        return 4, "v gate: pairing"
    last = LATER.index(seen[-1])
    after = next((name for name in LATER[last + 1:] if name in record["stages"]), "mentions")
    return 4, f"v gate: {after}"


def classify_miss(gold: ev.GoldEvent, raw: dict[str, Any], articles: Sequence[Any], trace: dict[str, Any],
                  kept: Callable[[str], str]) -> str:
    """The class of one missed gold row (see the module doc); ``kept(mention_id)`` says where a kept mention went."""
    best: tuple[float, str] = (-1, "ii date missed: no date with its value")
    pieces = evidence_pieces(raw)
    for article in articles:
        record = trace.get(article.id)
        if record is None:
            continue
        where = _locate(article.text, pieces)
        dates = [d for d in record["dates"] if ev.date_match(gold, _as_pred(d)) is not None]
        if where is not None:
            if any(a < where[1] and where[0] < b for a, b in record["noise"]):
                best = max(best, (0, "i ingest: evidence in furniture"))
                continue
            index = _sentence_of(record, where[0])
            if index is None:
                best = max(best, (0, "i ingest: evidence in no sentence"))
                continue
            sentence = record["sentences"][index]
            if len(sentence.text) > GLUED_CHARS or "\n\n" in sentence.text:
                best = max(best, (0, "i ingest: glued block"))
                continue
            inside = [d for d in record["dates"] if d.start < where[1] and where[0] < d.end]
            own = [d for d in dates if sentence.start <= d.start < sentence.end]
            if not own:
                if inside:
                    best = max(best, (2, "iii date wrong"))
                elif any(sentence.start <= d.start < sentence.end for d in record["dates"]):
                    best = max(best, (2, "iii date wrong: another date in its sentence"))
                else:  # no date in the sentence of the evidence; one with its value elsewhere, or none
                    elsewhere = "ii date missed: its value in another sentence"
                    best = max(best, (1, elsewhere if dates else "ii date missed"))
                continue
            dates = own
        final_dates: dict[int, list[str]] = {}
        for mention_id, info in record["final"].items():
            final_dates.setdefault(info[0], []).append(mention_id)
        for date in dates:
            stage: tuple[float, str] = _date_stage(record, date, final_dates, article)
            if stage[1] == "kept":
                stage = max(_kept_stage(kept(m)) for m in final_dates[date.start])
            best = max(best, stage)
    return best[1]


#: Where a kept mention went (``kept``'s answer) -> its stage; a fold outranks a telling standing for two rows.
_KEPT = {"folded": (5.5, "vi merged: folded"), "merged": (5, "vi merged: one telling for two rows"),
         "other": (6, "vii other row")}


def _kept_stage(where: str) -> tuple[float, str]:
    return _KEPT[where]


def classify_spurious(event: Any, mentions: Sequence[Any], trace: dict[str, Any]) -> tuple[str, str]:
    """(path, date) of one spurious row, from its first telling: the trigger's kind or 'predicate', the stage that
    made the pair when not pairing, 'inherited' (save a round-up's instance: 'round_ups (verb)'); the date's rule (or
    'story_day') and its role at step 3."""
    for mention in mentions:
        record = trace.get(mention.article_id)
        info = record["final"].get(mention.mention_id) if record else None
        if info is None:
            continue
        date_start, trigger_start, kind, rule, role, inherited = info
        made = next((name for name in LATER if (date_start, trigger_start) in record["stages"].get(name, ())),
                    "pairing")
        # a round-up's instance (events/round_ups.py) is inherited too, but by its own stage: named apart
        path = ("inherited" if inherited and made != "round_ups" else kind if made == "pairing"
                else f"{made} ({kind})")
        return path, f"{rule} / {role}"
    return "untraced", "untraced"


#: How a spurious row stands to the gold of its case (counts only, so the test sets can say it without rows).
RELATIONS = ("a another telling of a found row", "b a missed row's day, not matched", "c a missed row a week off",
             "d another gold row's day, wrong type", "e no gold row near")


def relation_to_gold(pred: ev.Predicted, gold: Sequence[ev.GoldEvent], matched_g: set[int]) -> str:
    """Why a spurious row has no gold row: a second telling of a row already matched (same date and type), the date
    of a gold row left unmatched (kept apart by type or precision), a missed row 7 days off (a weekday in the wrong
    week), the date of a matched row with another type, or nothing within a week (a row the gold does not hold)."""
    same_day = [gi for gi, g in enumerate(gold) if ev.date_match(g, pred)]
    if any(gi in matched_g and gold[gi].type == pred.type for gi in same_day):
        return RELATIONS[0]
    if any(gi not in matched_g for gi in same_day):
        return RELATIONS[1]
    if any(gi not in matched_g and g.precision == "day" and abs((g.date - pred.date).days) == 7
           for gi, g in enumerate(gold)):
        return RELATIONS[2]
    if same_day:
        return RELATIONS[3]
    return RELATIONS[4]


class _Rows:
    """Where the kept mentions of one extraction went: the row of each, and whether a fold took it (``kept_for``)."""

    def __init__(self, extraction: Any, matched_p: set[int]) -> None:
        self.matched_p = matched_p
        self.mention_of = {m.mention_id: m for m in extraction.mentions}
        self.row_of = {e.event_id: pi for pi, e in enumerate(extraction.events)}
        self.sentences_of: dict[str, set[tuple[str, int]]] = {}
        for m in extraction.mentions:
            self.sentences_of.setdefault(m.event_id, set()).add((m.article_id, m.sentence_start))

    def row_of_mention(self, mention_id: str) -> int:
        mention = self.mention_of.get(mention_id)
        return self.row_of.get(mention.event_id, -1) if mention is not None else -1

    def kept_for(self, gold: ev.GoldEvent, asked: list[tuple[str, str]]) -> Callable[[str], str]:
        """``classify_miss``'s ``kept`` for one missed gold row: 'other' (a row no gold row took), 'folded' (the row
        of another gold row, holding a telling of another sentence, the mention's own type fitting the missed row)
        or 'merged' (the row of another gold row, the mention standing for it); each answer is added to ``asked``."""
        def kept(mention_id: str) -> str:
            mention = self.mention_of.get(mention_id)
            if self.row_of_mention(mention_id) not in self.matched_p:
                where = "other"
            elif mention is None:
                where = "merged"
            else:
                own = ev.Predicted(date=mention.date, end_date=mention.end_date, precision=mention.precision,
                                   type=mention.event_type)
                others = self.sentences_of[mention.event_id] - {(mention.article_id, mention.sentence_start)}
                where = "folded" if others and ev.type_ok(gold, own) else "merged"
            asked.append((mention_id, where))
            return where
        return kept


def count_case(case: ev.Case, raws: Sequence[dict[str, Any]], extraction: Any, trace: dict[str, Any],
               show_rows: bool = False) -> Counts:
    """The counts of one case: its misses by stage and its spurious rows by path, from one traced extraction."""
    preds = [ev.from_event(e) for e in extraction.events]
    pairs = ev.match(case.events, preds)
    matched_g = {gi for gi, _, _ in pairs}
    matched_p = {pi for _, pi, _ in pairs}
    optional_p = {pi for gi, pi, _ in pairs if case.events[gi].optional}
    rows = _Rows(extraction, matched_p)
    counts = Counts()
    counts.n_pred = len(preds) - len(optional_p)
    for gi, gold in enumerate(case.events):
        if gold.optional:
            continue
        counts.n_gold += 1
        if gi in matched_g:
            continue
        counts.n_missed += 1
        sources = {Path(s).name for s in gold.sources}
        articles = [a for a in extraction.articles if not sources or ev._basename(a.id).split("#")[0] in sources]
        asked: list[tuple[str, str]] = []
        name = classify_miss(gold, raws[gi] if gi < len(raws) else {}, articles or extraction.articles, trace,
                             rows.kept_for(gold, asked))
        counts.misses[name] += 1
        if show_rows:
            counts.rows.append(f"{case.name}: {ev._gold_str(gold)} -> {name}")
            into = dict.fromkeys(rows.row_of_mention(m) for m, where in asked if _KEPT[where][1] == name)
            gold_of = {pi: g for g, pi, _ in pairs}
            counts.rows += [f"      into {ev._pred_str(preds[pi])}, the row of {ev._gold_str(case.events[gold_of[pi]])}"
                            for pi in into if pi in gold_of]
    by_event: dict[str, list[Any]] = {}
    for mention in extraction.mentions:
        by_event.setdefault(mention.event_id, []).append(mention)
    for pi, event in enumerate(extraction.events):
        if pi in optional_p:
            continue
        path, date = classify_spurious(event, by_event.get(event.event_id, []), trace)
        rule = date.split(" / ")[0]
        counts.by_rule[rule] += 1
        if pi in matched_p:
            counts.by_rule[f"{rule} matched"] += 1
            continue
        counts.n_spurious += 1
        counts.spurious[path] += 1
        counts.spurious_dates[date] += 1
        relation = relation_to_gold(preds[pi], case.events, matched_g)
        counts.spurious_gold[relation] += 1
        counts.spurious_gold[f"{relation[0]} · {date.split(' / ')[0]}"] += 1
        if show_rows:
            counts.rows.append(f"{case.name}: + {ev._pred_str(preds[pi])} -> {path}; {date}; ({relation[0]})")
            first = by_event.get(event.event_id, [])[:1]
            counts.rows += [f"      {m.date_text!r} in {' '.join(m.sentence.split())[:240]!r}" for m in first]
    return counts


# --------------------------------------------------------------------------- the sets


def _traced(run: Callable[[], Any]) -> tuple[Any, dict[str, Any]]:
    from timeline.extraction.events.trace import tracing

    with tracing() as trace:
        extraction = run()
    return extraction, trace


def realnews_counts(split: str, half: str | None, show_rows: bool = False) -> Counts:
    """One real-news split (``half`` 'a' or 'b' keeps one half of dev), run as benchmarks.realnews_events does."""
    from benchmarks import realnews_events as rn
    from benchmarks.realnews import dev_half
    from timeline.extraction import ingest
    from timeline.extraction.pipeline import extract
    from timeline.settings import Options

    events_of = {rid: row.get("events", []) for (_, rid), row in rn.load_gold().items()}
    total = Counts()
    for real in rn.load_real_cases((split,)):
        if half and dev_half(real.record["id"]) != half:
            continue
        raws = events_of[real.record["id"]]
        options = Options()

        def run(record: dict[str, Any] = real.record, options: Options = options) -> Any:
            articles, _ = ingest.read_bytes(f"{record['id']}.jsonl", rn._record_line(record), options)
            return extract(articles, options)

        extraction, trace = _traced(run)
        total.add(count_case(real.case, raws, extraction, trace, show_rows))
    return total


def written_counts(split: str, batch: str, show_rows: bool = False) -> Counts:
    """One half of a written batch, run as benchmarks.written_set does (its run date as the clock)."""
    import json

    from benchmarks import written_set
    from timeline.extraction.pipeline import extract
    from timeline.settings import Options

    total = Counts()
    for case in written_set.load_split(split, batch):
        raws = json.loads(case.path.read_text(encoding="utf-8"))["events"] if case.path else []
        options = Options(reference_date=case.fallback_reference, today=case.run_date)
        extraction, trace = _traced(lambda case=case, options=options: extract(list(case.inputs), options))
        total.add(count_case(case, raws, extraction, trace, show_rows))
    return total


def fresh_counts(split: str, show_rows: bool = False, present_only: bool = False) -> Counts:
    """One split of the fresh pages (``$TIMELINE_FRESH``), run as benchmarks.fresh_news does; none without the pages."""
    from benchmarks import fresh_news
    from benchmarks import realnews_events as rn
    from timeline.extraction import ingest
    from timeline.extraction.pipeline import extract
    from timeline.settings import Options

    total = Counts()
    if fresh_news.fresh_dir() is None:
        print("fresh pages not found: set TIMELINE_FRESH to the folder of pages_*.jsonl", file=sys.stderr)
        return total
    events_of = {rid: row.get("events", []) for (_, rid), row in rn.load_gold(fresh_news.GOLD_DIR).items()}
    for real in fresh_news.load_cases((split,), present_only=present_only):
        options = Options()

        def run(record: dict[str, Any] = real.record, options: Options = options) -> Any:
            articles, _ = ingest.read_bytes(f"{record['id']}.jsonl", rn._record_line(record), options)
            return extract(articles, options)

        extraction, trace = _traced(run)
        total.add(count_case(real.case, events_of[real.record["id"]], extraction, trace, show_rows))
    return total


#: set name -> (what it is, how to count it); the test sets are counted only with --test and never show rows.
DEV_SETS: dict[str, tuple[str, Callable[[bool], Counts]]] = {
    "rn-a": ("real-news dev half A", lambda rows: realnews_counts("dev", "a", rows)),
    "rn-b": ("real-news dev half B", lambda rows: realnews_counts("dev", "b", rows)),
    "wa-dev": ("written batch a dev", lambda rows: written_counts("dev", "a", rows)),
    "wb-dev": ("written batch b dev", lambda rows: written_counts("dev", "b", rows)),
    "wc-dev": ("written batch c dev", lambda rows: written_counts("dev", "c", rows)),
    "fd-dev": ("fresh pages dev ($TIMELINE_FRESH)", lambda rows: fresh_counts("dev", rows)),
}
TEST_SETS: dict[str, tuple[str, Callable[[bool], Counts]]] = {
    "rn-test": ("real-news test", lambda rows: realnews_counts("test", None)),
    "wa-test": ("written batch a test", lambda rows: written_counts("test", "a")),
    "wb-test": ("written batch b test", lambda rows: written_counts("test", "b")),
}


def _dev_sets() -> dict[str, tuple[str, Callable[[bool], Counts]]]:
    """DEV_SETS and the dev half of every other read written batch (``wd-dev`` ... ; never the blind batch)."""
    from benchmarks import written_set

    sets = dict(DEV_SETS)
    for batch in written_set.GROUPS["read"]:
        if f"w{batch}-dev" not in sets and written_set.split_folder("dev", batch).is_dir():
            sets[f"w{batch}-dev"] = (f"written batch {batch} dev",
                                     lambda rows, batch=batch: written_counts("dev", batch, rows))
    return sets


def _test_sets() -> dict[str, tuple[str, Callable[[bool], Counts]]]:
    from benchmarks import written_set

    sets = dict(TEST_SETS)
    for batch in written_set.GROUPS["read"]:  # never the blind batch
        if batch not in "ab" and written_set.split_folder("test", batch).is_dir():
            sets[f"w{batch}-test"] = (f"written batch {batch} test",
                                      lambda rows, batch=batch: written_counts("test", batch))
    return sets


def _by_stage(counter: Counter[str]) -> dict[str, int]:
    return {stage: sum(n for name, n in counter.items() if name.split(":")[0] == stage) for stage in STAGES}


def format_tables(results: dict[str, Counts], labels: dict[str, str]) -> str:
    """Markdown: misses by stage (then by detail), spurious rows by path and by date, one column per set."""
    names = list(results)
    head = "| | " + " | ".join(labels[n] for n in names) + " |\n|" + "---|" * (len(names) + 1)

    def table(title: str, rows: Iterable[str], cell: Callable[[Counts, str], int]) -> list[str]:
        out = [f"\n{title}\n", head]
        for row in rows:
            values = [cell(results[n], row) for n in names]
            if any(values):
                out.append(f"| {row} | " + " | ".join(str(v) for v in values) + " |")
        return out

    lines = ["| | " + " | ".join(labels[n] for n in names) + " |", "|" + "---|" * (len(names) + 1)]
    for key in ("n_gold", "n_missed", "n_pred", "n_spurious"):
        lines.append(f"| {key} | " + " | ".join(str(getattr(results[n], key)) for n in names) + " |")
    lines += table("Misses by stage (first stage that lost them)", STAGES, lambda c, r: _by_stage(c.misses)[r])
    details = sorted({k for c in results.values() for k in c.misses}, key=lambda k: (STAGES.index(k.split(":")[0]), k))
    lines += table("Misses by stage and detail", details, lambda c, r: c.misses[r])
    paths = sorted({k for c in results.values() for k in c.spurious}, key=lambda k: -sum(c.spurious[k]
                                                                                         for c in results.values()))
    lines += table("Spurious rows by the path that made them", paths, lambda c, r: c.spurious[r])
    dates = sorted({k for c in results.values() for k in c.spurious_dates},
                   key=lambda k: -sum(c.spurious_dates[k] for c in results.values()))
    lines += table("Spurious rows by their date's rule / role", dates, lambda c, r: c.spurious_dates[r])
    lines += table("Spurious rows by how they stand to the gold", list(RELATIONS), lambda c, r: c.spurious_gold[r])
    combos = sorted({k for c in results.values() for k in c.spurious_gold if k not in RELATIONS},
                    key=lambda k: (k[0], -sum(c.spurious_gold[k] for c in results.values())))
    lines += table("Spurious rows by relation (a-e above) and date rule", combos, lambda c, r: c.spurious_gold[r])
    lines += rule_precision_table(results, head)
    return "\n".join(lines)


def rule_precision_table(results: dict[str, Counts], head: str) -> list[str]:
    """Matched / all rows by their date's rule, per set: a weekday, a relative day ("hier", "today") and the rest."""
    def cell(counts: Counts, rules: Sequence[str] | None) -> str:
        names = rules if rules is not None else [r for r in counts.by_rule
                                                  if not r.endswith(" matched") and r not in ("weekday",
                                                                                             "relative_day")]
        rows = sum(counts.by_rule[r] for r in names)
        matched = sum(counts.by_rule[f"{r} matched"] for r in names)
        return f"{matched}/{rows}" + (f" = {matched / rows:.2f}" if rows else "")

    out = ["\nRows by their date's rule: matched / rows (precision)\n", head]
    for label, rules in (("weekday", ["weekday"]), ("relative_day", ["relative_day"]), ("every other rule", None)):
        out.append(f"| {label} | " + " | ".join(cell(results[n], rules) for n in results) + " |")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.loss_by_stage", description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(DEV_SETS), help="comma-separated set names (see the module doc)")
    parser.add_argument("--test", action="store_true", help="add the test sets (counts only)")
    parser.add_argument("--rows", default="", help="a dev set whose misses and spurious rows are listed")
    parser.add_argument("--present-only", action="store_true",
                        help="fd-dev: the fresh pages the folder holds (benchmarks.fresh_news --present-only)")
    args = parser.parse_args(argv)
    dev = _dev_sets()
    if args.present_only:
        dev["fd-dev"] = (dev["fd-dev"][0], lambda rows: fresh_counts("dev", rows, present_only=True))
    sets = {**dev, **(_test_sets() if args.test else {})}
    wanted = [n for n in args.sets.split(",") if n] + [n for n in sets if args.test and n not in dev]
    wanted += [args.rows] if args.rows and args.rows not in wanted else []  # "--rows wm-dev" alone counts wm-dev
    unknown = [n for n in wanted if n not in sets]
    if unknown or (args.rows and args.rows not in dev):
        sys.stderr.write(f"unknown set {unknown or args.rows}: one of {sorted(sets)} (--rows: dev sets only)\n")
        return 2
    results = {name: sets[name][1](name == args.rows) for name in dict.fromkeys(wanted)}
    sys.stdout.write(format_tables(results, {n: sets[n][0] for n in results}) + "\n")
    if args.rows:
        sys.stdout.write("\n" + "\n".join(results[args.rows].rows) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
