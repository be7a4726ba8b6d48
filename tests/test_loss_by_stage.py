"""benchmarks/loss_by_stage.py: its counts add up to the scorer's misses and spurious rows, and the trace it reads
changes nothing the pipeline gives (round twelve, helper stage12)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from benchmarks import evaluate as ev
from benchmarks import loss_by_stage as loss
from timeline.extraction.events.trace import tracing
from timeline.extraction.pipeline import extract
from timeline.settings import Options

CASE = ev.ROOT / "tests" / "golden" / "en_01_asean_summit.json"


def _run(case: ev.Case) -> tuple[object, dict[str, object]]:
    options = Options(reference_date=case.fallback_reference, today=case.run_date)
    with tracing() as trace:
        extraction = extract(list(case.inputs), options)
    return extraction, trace


def test_counts_add_up_to_the_misses_and_the_spurious_rows() -> None:
    case = ev.load_case(CASE)
    raws = json.loads(CASE.read_text(encoding="utf-8"))["events"]
    invented = ev.GoldEvent(date=dt.date(1901, 1, 1), end_date=None, precision="day", type="other")
    # one row no text tells (a miss) and one real row left out of the gold (a spurious row)
    edited = dataclasses.replace(case, events=(*case.events[1:], invented))
    extraction, trace = _run(edited)
    counts = loss.count_case(edited, [*raws[1:], {}], extraction, trace)
    result = ev.score_case(edited, [ev.from_event(e) for e in extraction.events], {})
    assert counts.n_missed == len(result.missing) == sum(counts.misses.values()) >= 1
    assert counts.n_spurious == len(result.spurious) == sum(counts.spurious.values()) >= 1
    assert counts.misses["ii date missed: no date with its value"] >= 1  # the invented row's date is in no text
    # every row by its date's rule: the rows add up to n_pred, the matched ones to n_pred less the spurious ones
    rules = [r for r in counts.by_rule if not r.endswith(" matched")]
    assert sum(counts.by_rule[r] for r in rules) == counts.n_pred
    assert sum(counts.by_rule[f"{r} matched"] for r in rules) == counts.n_pred - counts.n_spurious
    table = "\n".join(loss.rule_precision_table({"x": counts}, "| | x |"))
    assert "| weekday |" in table and "| every other rule |" in table


def test_the_trace_changes_no_event() -> None:
    case = ev.load_case(CASE)
    options = Options(reference_date=case.fallback_reference, today=case.run_date)
    plain = extract(list(case.inputs), options).events
    traced, trace = _run(case)
    assert traced.events == plain
    assert trace and all(record["dates"] for record in trace.values())


def test_evidence_pieces() -> None:
    assert loss.evidence_pieces({"evidence": "samedi 4 mars ... à 8 h"}) == ["samedi 4 mars", "à 8 h"]
    assert loss.evidence_pieces({"note": "the vote of 'le conseil a voté jeudi' (l'article)"}) == [
        "le conseil a voté jeudi"]


def test_a_spurious_row_is_told_by_how_it_stands_to_the_gold() -> None:
    day = dt.date(2026, 3, 10)

    def gold(date: dt.date, kind: str) -> ev.GoldEvent:
        return ev.GoldEvent(date=date, end_date=None, precision="day", type=kind)

    def pred(date: dt.date, kind: str) -> ev.Predicted:
        return ev.Predicted(date=date, end_date=None, precision="day", type=kind)

    golds = [gold(day, "meeting"), gold(day + dt.timedelta(days=3), "vote")]
    assert loss.relation_to_gold(pred(day, "meeting"), golds, {0}) == loss.RELATIONS[0]
    assert loss.relation_to_gold(pred(day, "other"), golds, {0}) == loss.RELATIONS[3]
    assert loss.relation_to_gold(pred(day + dt.timedelta(days=10), "vote"), golds, {0}) == loss.RELATIONS[2]
    assert loss.relation_to_gold(pred(day + dt.timedelta(days=20), "vote"), golds, {0}) == loss.RELATIONS[4]


#: One council sitting told twice in one article (my own sentences): merging rightly makes one row of it.
SITTING = {
    "en": ("Brackwell, 4 March 2026 - The Dunmore town council met on Tuesday to debate the harbour budget.\n\n"
           "The council sitting on Tuesday, chaired by the mayor, ended after midnight.\n"),
    "fr": ("Brackwell, 4 mars 2026 - Le conseil municipal de Dunmore s'est réuni mardi pour débattre du budget du "
           "port.\n\nLa séance du conseil, mardi, présidée par le maire, a duré jusque tard dans la nuit.\n"),
}


def _sitting_misses(tmp_path: Path, lang: str, second_type: str) -> dict[str, int]:
    """The misses of a gold that makes the one sitting two rows, the second of ``second_type`` (quoted by its
    second sentence)."""
    text = SITTING[lang]
    path = tmp_path / f"{lang}_sitting.txt"
    path.write_text(text, encoding="utf-8")
    day = dt.date(2026, 3, 3)
    golds = (ev.GoldEvent(date=day, end_date=None, precision="day", type="session", title_hint="council budget"),
             ev.GoldEvent(date=day, end_date=None, precision="day", type=second_type, title_hint="ends late"))
    case = ev.Case(name="sitting", inputs=(path,), reference_dates={}, events=golds, not_actors=(), lang=lang,
                   fallback_reference=dt.date(2026, 3, 4), run_date=dt.date(2026, 3, 4))
    extraction, trace = _run(case)
    assert len({m.event_id for m in extraction.mentions}) == 1  # both tellings in one row
    second = text.split("\n\n")[1].split(",")[0]
    counts = loss.count_case(case, [{}, {"evidence": second}], extraction, trace, show_rows=True)
    assert [row.split(", the row of")[0].split()[:2] for row in counts.rows[1:]] == [["into", "2026-03-03"]]
    assert "session" in counts.rows[1].split(", the row of")[1]  # the row of the sitting's gold row
    return dict(counts.misses)


def test_a_gold_row_lost_to_a_fold_is_told_from_one_telling_standing_for_two(tmp_path: Path) -> None:
    # the second sentence's telling has the missed row's type: a fold took it ("vi merged: folded"); typed as the
    # other row, it stands for the other row: the missed happening has no telling of its own
    for lang in ("en", "fr"):
        assert _sitting_misses(tmp_path, lang, "session") == {"vi merged: folded": 1}
        assert _sitting_misses(tmp_path, lang, "vote") == {"vi merged: one telling for two rows": 1}
