"""Score the events pipeline against the hand-written golden set (tests/golden/*.json).

    python -m benchmarks.evaluate [--cases tests/golden] [--json] [--no-baseline] [--no-speed]
    python -m benchmarks.evaluate --realnews [dev|test|both] [--json] [--no-baseline] [--diff] [--intervals]
                                  [--without-annotator NAME] [--without-added NAME]
    python -m benchmarks.evaluate --written [dev|test|both] [--json] [--no-baseline] [--diff (dev only)] [--pin]
                                  [--written-batch a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|both|read|all]

``--realnews`` scores our real-news gold (benchmarks/realnews/events_*.jsonl) instead of the golden
set, with the same matching and counts; see benchmarks/realnews_events.py. ``--written`` scores the written set
(benchmarks/written/, 24 articles written blind in round eleven; ``--written-batch b`` the second batch,
benchmarks/written_b/; ``c`` the third, benchmarks/written_c/, round twelve; ``d`` the fourth, benchmarks/written_d/,
the end of round twelve; ``e`` the fifth, benchmarks/written_e/, round thirteen; ``f`` the sixth, benchmarks/written_f/,
the end of round thirteen; ``g`` the seventh, benchmarks/written_g/, round fourteen, with HTML pages and JSON
records; ``h`` the eighth, benchmarks/written_h/, round fourteen's second yardstick, blind in both halves until the
round's end; ``i`` the ninth, benchmarks/written_i/, round fifteen's yardstick; ``j`` the tenth,
benchmarks/written_j/, round sixteen's yardstick; ``k`` the eleventh, benchmarks/written_k/, round eighteen's
yardstick; ``l`` the twelfth, benchmarks/written_l/, round nineteen's yardstick; ``m`` the thirteenth,
benchmarks/written_m/, round twenty's yardstick; ``n`` the fourteenth, benchmarks/written_n/, round twenty-one's
yardstick (its dev half round twenty-two's held-out check); ``o`` the fifteenth, benchmarks/written_o/, and ``p`` the
sixteenth, benchmarks/written_p/, round twenty-two's yardsticks, blind in both halves until that round's end, read
since (p's dev half round twenty-three's first held-out check); ``q`` the seventeenth, benchmarks/written_q/, round
twenty-three's yardstick, blind in both halves until that round's end, read since (its dev half round twenty-four's
first held-out check); ``both`` =
a and b, ``read`` = every batch but the blind and held-out ones, ``all`` = every batch) split by split; see
benchmarks/written_set.py.

For each case (one article, or a folder of articles for cross-article merges) the pipeline runs
``timeline.extraction.pipeline.extract(inputs, Options(...))``; predicted rows are matched one-to-one with gold
rows, greedily by best score. A match needs compatible dates:

    full     the predicted start falls in the gold start's day (month, year) at the gold precision,
             and the prediction is at least as precise as the gold
    partial  the two spans overlap, but the starts differ (counts half in precision and recall)

Reported per language and overall: precision, recall, F1, range exactness, date exactness,
type / status accuracy, actor recall, forbidden actors, duplicates and over-merges (a gold row merged into a row
of another: a missed row inside a matched one, ``swallowed``, the only count before round thirteen; or one row whose
articles tell two gold rows, whichever of them the matching gave it), merged (core rows told by several articles
that came out as one row naming them all), reference-date accuracy. dateparser's ``search_dates`` runs side by
side as the baseline (each distinct date it finds counts as one day-precision event). Speed is measured on the
golden set and on a synthetic corpus of 200 copies of a ~700-word article.

The gold is hand-written (tests/golden/README.md): nothing here ever rewrites it.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import html
import json
import logging
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT / "tests" / "golden"

#: Names that are never actors in any case (credits, list headers); each case adds its own.
DEFAULT_NOT_ACTORS: tuple[str, ...] = ("Photo", "VNA", "Voir plus", "Read more", "Comment")

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
METRICS: tuple[str, ...] = (
    "precision",
    "recall",
    "f1",
    "range_exact",
    "date_exact",
    "type_accuracy",
    "status_accuracy",
    "actor_recall",
    "actor_precision",
    "place_recall",
    "place_precision",
    "forbidden_actors",
    "duplicates",
    "over_merges",
    "swallowed",
    "merged",
    "reference_accuracy",
)


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldEvent:
    """One expected row of the timeline."""

    date: dt.date
    end_date: dt.date | None
    precision: str
    type: str
    status: str | None = None
    actors: tuple[str, ...] = ()
    """Each entry may list accepted spellings separated by '|' ("Bureau politique|Politburo")."""
    locations: tuple[str, ...] = ()
    title_hint: str = ""
    sources: tuple[str, ...] = ()
    alt_types: tuple[str, ...] = ()
    """Other types a careful reader would also accept (a visit that is also a consultation)."""
    optional: bool = False
    """True when the text does not state the date (dated by the page only): neither missed nor spurious."""
    note: str = ""
    lang: str = "fr"


@dataclass(frozen=True)
class Case:
    """One golden case: its input files, their reference dates and the expected events."""

    name: str
    inputs: tuple[Path, ...]
    reference_dates: dict[str, dt.date | None]
    events: tuple[GoldEvent, ...]
    not_actors: tuple[str, ...]
    lang: str
    langs: dict[str, str] = field(default_factory=dict)
    """Article id -> language, when an article differs from the case's language."""
    fallback_reference: dt.date | None = None
    """Passed as Options.reference_date (what a user would give for an undated page)."""
    path: Path | None = None
    """The golden file it was read from."""
    run_date: dt.date | None = None
    """Passed as Options.today: the clock of the run the case stands for (None: no clock, the golden set)."""


class GoldError(ValueError):
    """A golden file that does not follow tests/golden/README.md."""


def _date(value: Any, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise GoldError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def load_case(path: Path, root: Path = ROOT) -> Case:
    """Read and validate one golden file."""
    from timeline.models import EVENT_TYPES  # light module: records only

    data = json.loads(path.read_text(encoding="utf-8"))
    name = path.stem
    lang = data.get("lang", "fr")
    inputs = tuple(root / p for p in data["inputs"])
    for p in inputs:
        if not p.exists():
            raise GoldError(f"{path.name}: input {p} does not exist")
    refs = {k: (None if v is None else _date(v, f"{path.name} reference_dates")) for k, v in
            data.get("reference_dates", {}).items()}
    events = []
    for i, raw in enumerate(data.get("events", [])):
        where = f"{path.name} event {i}"
        start = _date(raw["date"], where)
        end = None if raw.get("end_date") in (None, "") else _date(raw["end_date"], where)
        precision = raw.get("precision", "day")
        if precision not in PRECISION_RANK:
            raise GoldError(f"{where}: precision {precision!r} not in {tuple(PRECISION_RANK)}")
        types = (raw["type"], *raw.get("alt_types", ()))
        for t in types:
            if t not in EVENT_TYPES:
                raise GoldError(f"{where}: type {t!r} not in EVENT_TYPES")
        if end is not None and end < start:
            raise GoldError(f"{where}: end_date before date")
        status = raw.get("status")
        if status not in (None, "held", "planned"):
            raise GoldError(f"{where}: status {status!r} must be 'held', 'planned' or null")
        events.append(GoldEvent(
            date=start, end_date=end, precision=precision, type=raw["type"], status=status,
            actors=tuple(raw.get("actors", ())), locations=tuple(raw.get("locations", ())),
            title_hint=raw.get("title_hint", ""), sources=tuple(raw.get("sources", ())),
            alt_types=tuple(raw.get("alt_types", ())), optional=bool(raw.get("optional", False)),
            note=raw.get("note", ""), lang=raw.get("lang", lang),
        ))
    options = data.get("options", {})
    fallback = options.get("reference_date")
    return Case(
        name=name, inputs=inputs, reference_dates=refs, events=tuple(events),
        not_actors=tuple(dict.fromkeys((*DEFAULT_NOT_ACTORS, *data.get("not_actors", ())))),
        lang=lang, langs=dict(data.get("langs", {})),
        fallback_reference=None if fallback is None else _date(fallback, f"{path.name} options"),
        path=path,
    )


def load_cases(folder: Path = DEFAULT_CASES) -> list[Case]:
    """Every golden case of a folder, sorted by name."""
    return [load_case(p) for p in sorted(folder.glob("*.json"))]


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class Predicted:
    """The fields of a predicted row the scorer looks at."""

    date: dt.date
    end_date: dt.date | None
    precision: str
    type: str = ""
    status: str = ""
    actors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    title: str = ""
    lang: str = "fr"
    locations: tuple[str, ...] = ()


def from_event(event: Any) -> Predicted:
    """A timeline.models.Event as the scorer sees it."""
    return Predicted(
        date=event.date, end_date=event.end_date, precision=event.precision, type=event.event_type,
        status=event.status, actors=tuple(event.actors), sources=tuple(event.sources), title=event.title,
        lang=event.lang, locations=tuple(event.locations),
    )


# --------------------------------------------------------------------------- matching


def fold(text: str) -> str:
    from timeline.lang import fold as _fold

    return _fold(text)


def tokens(name: str) -> list[str]:
    """Folded word tokens of a name; elided articles ("l'", "d'") dropped."""
    words = re.findall(r"\w+", fold(name).replace("’", "'"))
    return [w for w in words if w not in ("l", "d")]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def actor_found(gold: str, predicted: Iterable[str]) -> bool:
    """A gold actor (with '|' alternatives) is among predicted names, accent/case-insensitively.

    Containment counts: all the gold name's tokens inside a predicted name ("Premier ministre
    Pham Minh Chinh"), or a predicted name of two tokens or more inside the gold name. A gold spelling
    and a predicted name count by every spelling lang/aliases.yaml gives their name ("Union
    européenne" is shown "European Union"; "United Nations" is also "Nations unies").
    """
    from timeline.extraction.actors import canonical_name, spellings

    alternatives = gold.split("|")
    names = [spelling for name in predicted for spelling in spellings(name)]
    for alt in dict.fromkeys([*alternatives, *(canonical_name(a) for a in alternatives)]):
        g = tokens(alt)
        for name in names:
            p = tokens(name)
            if g == p or _contains(p, g) or (len(p) >= 2 and _contains(g, p)):
                return True
    return False


def place_found(gold: str, predicted: Iterable[str]) -> bool:
    """A gold place (with '|' alternatives) is among predicted places: one key through the alias data
    (``actors.names.place_name``, lang/aliases.yaml: "Durrës", "Durres", "Durazzo" -> one), or, word by word, the
    gold name inside a predicted one ("Revelstoke" in "Revelstoke, B.C.") or a predicted name of two words or more
    inside the gold one."""
    from timeline.extraction.actors.names import name_identity, place_name, spellings

    def forms(name: str) -> set[str]:
        return {name_identity(s) for n in (name, place_name(name)) for s in spellings(n)} - {""}

    alternatives = gold.split("|")
    keys = {k for alt in alternatives for k in forms(alt)}
    names = list(predicted)
    if any(keys & forms(name) for name in names):
        return True
    return any(actor_found(alt, names) for alt in alternatives)


def is_forbidden(name: str, not_actors: Iterable[str]) -> bool:
    """A predicted actor that is (or contains) a credit or byline."""
    p = tokens(name)
    return any(_contains(p, tokens(bad)) for bad in not_actors)


def _period_end(start: dt.date, precision: str) -> dt.date:
    if precision == "year":
        return dt.date(start.year, 12, 31)
    if precision == "month":
        return dt.date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    if precision == "week":
        return start + dt.timedelta(days=6 - start.weekday())
    return start


def _truncate(day: dt.date, precision: str) -> tuple[int, ...]:
    if precision == "year":
        return (day.year,)
    if precision == "month":
        return (day.year, day.month)
    if precision == "week":
        return tuple(day.isocalendar()[:2])
    return (day.year, day.month, day.day)


def date_match(gold: GoldEvent, pred: Predicted) -> str | None:
    """'full', 'partial' or None (see the module docstring)."""
    gold_rank = PRECISION_RANK.get(gold.precision, 0)
    pred_rank = PRECISION_RANK.get(pred.precision, 0)
    if pred_rank <= gold_rank and _truncate(pred.date, gold.precision) == _truncate(gold.date, gold.precision):
        return "full"
    g_end = gold.end_date or _period_end(gold.date, gold.precision)
    p_end = pred.end_date or _period_end(pred.date, pred.precision)
    if pred.date <= g_end and gold.date <= p_end:
        return "partial"
    return None


def date_exact(gold: GoldEvent, pred: Predicted) -> bool:
    """Value and precision both right (and the end, for ranges)."""
    same_start = _truncate(gold.date, gold.precision) == _truncate(pred.date, gold.precision)
    return gold.precision == pred.precision and same_start and gold.end_date == pred.end_date


def type_ok(gold: GoldEvent, pred: Predicted) -> bool:
    return pred.type == gold.type or pred.type in gold.alt_types


def pair_score(gold: GoldEvent, pred: Predicted) -> float | None:
    """How well a prediction fits a gold row (None: dates incompatible)."""
    kind = date_match(gold, pred)
    if kind is None:
        return None
    score = 2.0 if kind == "full" else 1.0
    score += 0.5 * date_exact(gold, pred)
    score += 0.6 if pred.type == gold.type else 0.5 if pred.type in gold.alt_types else 0.0
    score += 0.4 * title_overlap(gold.title_hint, pred.title)
    if gold.actors:
        score += 0.8 * sum(actor_found(a, pred.actors) for a in gold.actors) / len(gold.actors)
    if gold.sources and pred.sources:
        score += 0.2 * bool(set(gold.sources) & {_basename(s) for s in pred.sources})
    return score


def title_overlap(hint: str, title: str) -> float:
    """Share of the gold hint's content words (4+ letters) found in the predicted title."""
    want = {w for w in tokens(hint) if len(w) >= 4}
    return len(want & set(tokens(title))) / len(want) if want else 0.0


def _basename(article_id: str) -> str:
    return Path(article_id.split("#")[0]).name + ("#" + article_id.split("#")[1] if "#" in article_id else "")


def cited(pred: Predicted) -> set[str]:
    """The names a gold row may give the articles a row cites: each one's basename ('name#n' for a record) and, for
    a record, its file's name too (a lone record's gold names its file, 'name.json', as reference_dates may:
    ``_article_key``), so that a row citing the record 'name.json#id' is a row of 'name.json'."""
    return {name for s in pred.sources for name in {_basename(s), _basename(s).split("#")[0]}}


def match(gold: Sequence[GoldEvent], preds: Sequence[Predicted]) -> list[tuple[int, int, str]]:
    """One-to-one (gold index, predicted index, 'full'|'partial'), greedy by best score.

    Required gold rows are matched first, optional ones with what is left.
    """
    pairs: list[tuple[int, int, str]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for optional in (False, True):
        candidates = []
        for gi, g in enumerate(gold):
            if g.optional != optional:
                continue
            for pi, p in enumerate(preds):
                s = pair_score(g, p)
                if s is not None:
                    candidates.append((-s, gi, pi))
        for _, gi, pi in sorted(candidates):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi, date_match(gold[gi], preds[pi]) or "partial"))
    return sorted(pairs)


def merged_sources(gold: GoldEvent, pred: Predicted) -> bool:
    """A gold row told by several articles came out as one row that names them all."""
    return set(gold.sources) <= cited(pred)


def _same_event(gold: GoldEvent, pred: Predicted) -> bool:
    """Loose test used for duplicate / over-merge counting: full date match and type or an actor."""
    return date_match(gold, pred) == "full" and (type_ok(gold, pred) or any(actor_found(a, pred.actors)
                                                                            for a in gold.actors))


def _swallowed(gold: GoldEvent, pred: Predicted) -> bool:
    """Test for over-merges: right type and either one of the gold actors within overlapping dates,
    or (gold without actors) the same start."""
    kind = date_match(gold, pred)
    if kind is None or not type_ok(gold, pred):
        return False
    if gold.actors:
        return any(actor_found(a, pred.actors) for a in gold.actors)
    return kind == "full"


def _told_together(gold: Sequence[GoldEvent], pred: Predicted, matched: int | None) -> list[int]:
    """The gold rows a cross-article row tells besides one: its articles tell two happenings or more.

    A row citing several articles is one happening only when one gold row it could be (``_swallowed``: its type,
    and a gold actor or, gold without actors, its start) is told by all its articles that tell any such row. Else
    the fewest such gold rows that together cover those articles are the happenings it merged (greedy, the
    matched gold row first when it is one of them): every one beyond the first is an over-merge, whether the
    one-to-one matching gave it this row, another row, or none (two avalanches of one Sunday in two countries, one
    row citing both pages, the second avalanche matched to a stray row of its own page).
    """
    if len({_basename(s) for s in pred.sources}) < 2:
        return []
    sources = cited(pred)
    fits = {gi: set(g.sources) & sources for gi, g in enumerate(gold)
            if not g.optional and g.sources and _swallowed(g, pred)}
    told = set().union(*fits.values()) if fits else set()
    if len(told) < 2 or any(covered == told for covered in fits.values()):
        return []
    cover: list[int] = []
    left = set(told)
    if matched is not None and fits.get(matched):
        cover.append(matched)
        left -= fits[matched]
    while left:
        best = max(sorted(fits), key=lambda gi: len(fits[gi] & left))
        cover.append(best)
        left -= fits[best]
    return cover[1:]


# --------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    """Counts summed over cases; ratios computed at the end."""

    n_gold: int = 0
    n_pred: int = 0
    full: int = 0
    partial: int = 0
    ranges: int = 0
    ranges_exact: int = 0
    exact: int = 0
    typed: int = 0
    statused: int = 0
    status_total: int = 0
    actors_found: int = 0
    actors_given: int = 0
    """Actors shown on matched rows whose gold names actors (precision's denominator, round twenty-nine)."""
    actors_right: int = 0
    """Of those, the ones that are one of the gold row's actors (``actor_found`` of a gold actor in that name)."""
    actors_total: int = 0
    places_found: int = 0
    """Gold places of matched rows found among the row's places (``place_found``)."""
    places_total: int = 0
    places_right: int = 0
    """Places of matched rows with gold places that are one of them (precision's numerator)."""
    places_given: int = 0
    forbidden: int = 0
    duplicates: int = 0
    over_merges: int = 0
    """Gold rows merged into a row that tells another (``swallowed``), or told, in another article, by a row whose
    articles tell two gold rows (``_told_together``); before round thirteen only the first were counted."""
    swallowed: int = 0
    """The count before round thirteen: missed gold rows swallowed by a row matched to another gold row."""
    refs_right: int = 0
    refs_total: int = 0
    merged: int = 0
    """Core gold rows told by two articles or more whose matched prediction carries all their sources."""
    merge_total: int = 0
    """Core gold rows told by two articles or more (a same-event pair across articles), matched or not."""
    pred_full: int = 0
    """Matches counted in the prediction's language (precision); ``full`` counts them in the gold's (recall).
    They differ only where an event merged across languages matches a gold row of the other language."""
    pred_partial: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def metrics(self) -> dict[str, float | int | None]:
        tp = self.full + 0.5 * self.partial
        matched = self.full + self.partial
        precision = (self.pred_full + 0.5 * self.pred_partial) / self.n_pred if self.n_pred else None
        recall = tp / self.n_gold if self.n_gold else None
        f1 = (2 * precision * recall / (precision + recall)) if precision and recall else 0.0

        def ratio(a: int, b: int) -> float | None:
            return a / b if b else None

        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "range_exact": ratio(self.ranges_exact, self.ranges),
            "date_exact": ratio(self.exact, matched),
            "type_accuracy": ratio(self.typed, matched),
            "status_accuracy": ratio(self.statused, self.status_total),
            "actor_recall": ratio(self.actors_found, self.actors_total),
            "actor_precision": ratio(self.actors_right, self.actors_given),
            "place_recall": ratio(self.places_found, self.places_total),
            "place_precision": ratio(self.places_right, self.places_given),
            "forbidden_actors": self.forbidden,
            "duplicates": self.duplicates,
            "over_merges": self.over_merges,
            "swallowed": self.swallowed,
            "merged": ratio(self.merged, self.merge_total),
            "reference_accuracy": ratio(self.refs_right, self.refs_total),
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "matched": matched,
            "partial": self.partial,
        }


@dataclass
class CaseResult:
    """What one case produced, per language, plus a readable diff."""

    name: str
    tallies: dict[str, Tally]
    missing: list[str]
    spurious: list[str]
    wrong: list[str]
    forbidden: list[str]
    error: str = ""
    typings: list[tuple[str, str, str]] = field(default_factory=list)
    """(language, gold type, predicted type) per matched core row; an accepted alternative counts as the gold type."""

    @property
    def clean(self) -> bool:
        return not (self.missing or self.spurious or self.forbidden or self.error)

    def diff(self) -> str:
        lines = [f"case {self.name}:"]
        if self.error:
            lines.append(f"  ERROR {self.error}")
        lines += [f"  - missing  {m}" for m in self.missing]
        lines += [f"  + spurious {s}" for s in self.spurious]
        lines += [f"  ~ differs  {w}" for w in self.wrong]
        lines += [f"  ! forbidden actor {f}" for f in self.forbidden]
        return "\n".join(lines)


def _gold_str(g: GoldEvent) -> str:
    end = f"..{g.end_date}" if g.end_date else ""
    return f"{g.date}{end} [{g.precision}] {g.type} {g.status or ''} {list(g.actors)} {g.title_hint!r}"


def _pred_str(p: Predicted) -> str:
    end = f"..{p.end_date}" if p.end_date else ""
    return f"{p.date}{end} [{p.precision}] {p.type} {p.status} {list(p.actors)[:6]} {p.title[:70]!r}"


def score_case(case: Case, preds: Sequence[Predicted], references: dict[str, dt.date | None],
               full_checks: bool = True) -> CaseResult:
    """Compare predictions with a case's gold. ``references``: article id -> detected reference date.

    ``full_checks`` False scores dates only (for the dateparser baseline: no types, actors, status).
    """
    tallies: dict[str, Tally] = {}

    def tally(lang: str) -> Tally:
        return tallies.setdefault(lang, Tally())

    tally(case.lang)
    pairs = match(case.events, preds)
    matched_g = {gi for gi, _, _ in pairs}
    matched_p = {pi for _, pi, _ in pairs}
    missing, wrong, forbidden = [], [], []
    typings: list[tuple[str, str, str]] = []
    matched_pred = {gi: preds[pi] for gi, pi, _ in pairs}
    for gi, g in enumerate(case.events):
        if not g.optional:
            tally(g.lang).n_gold += 1
            if gi not in matched_g:
                missing.append(_gold_str(g))
            if full_checks and len(g.sources) > 1:
                tally(g.lang).merge_total += 1
                tally(g.lang).merged += gi in matched_pred and merged_sources(g, matched_pred[gi])
    optional_p = {pi for gi, pi, _ in pairs if case.events[gi].optional}
    for pi, p in enumerate(preds):
        if pi not in optional_p:
            tally(p.lang if p.lang in ("fr", "en") else case.lang).n_pred += 1
    for gi, pi, kind in pairs:
        g, p = case.events[gi], preds[pi]
        if g.optional:
            continue
        t = tally(g.lang)
        by_pred = tally(p.lang if p.lang in ("fr", "en") else case.lang)
        if kind == "full":
            t.full += 1
            by_pred.pred_full += 1
        else:
            t.partial += 1
            by_pred.pred_partial += 1
        exact = date_exact(g, p)
        t.exact += exact
        if g.end_date is not None:
            t.ranges += 1
            t.ranges_exact += p.date == g.date and p.end_date == g.end_date
        problems = [] if exact else ["date"]
        if full_checks:
            if len(g.sources) > 1 and not merged_sources(g, p):
                problems.append(f"not merged: sources {sorted(_basename(s) for s in p.sources)}")
            t.typed += type_ok(g, p)
            typings.append((g.lang, g.type, g.type if type_ok(g, p) else p.type))
            if not type_ok(g, p):
                problems.append(f"type {p.type}")
            if g.status:
                t.status_total += 1
                t.statused += p.status == g.status
                if p.status != g.status:
                    problems.append(f"status {p.status}")
            found = [a for a in g.actors if actor_found(a, p.actors)]
            t.actors_total += len(g.actors)
            t.actors_found += len(found)
            if g.actors:
                t.actors_given += len(p.actors)
                t.actors_right += sum(any(actor_found(a, [name]) for a in g.actors) for name in p.actors)
            lost = [a for a in g.actors if a not in found]
            if lost:
                problems.append(f"actors missing {lost}")
            problems += _place_checks(t, g, p)
        if problems:
            wrong.append(f"{_gold_str(g)}\n      got {_pred_str(p)}  ({'; '.join(problems)})")
    spurious = [_pred_str(p) for pi, p in enumerate(preds) if pi not in matched_p]
    # duplicates: an unmatched row that is the same event as a matched gold row
    dup_gold: set[int] = set()
    for pi, p in enumerate(preds):
        if pi in matched_p:
            continue
        for gi in matched_g:
            if not case.events[gi].optional and _same_event(case.events[gi], p):
                dup_gold.add(gi)
                break
    for gi in dup_gold:
        tally(case.events[gi].lang).duplicates += 1
    # over-merges: a missed gold row swallowed by a row matched to another gold row (``swallowed``, the count before
    # round thirteen), and a row whose articles tell two gold rows, whichever of them the matching gave it
    swallowed = {gi for gi, g in enumerate(case.events)
                 if gi not in matched_g and not g.optional and any(_swallowed(g, preds[pi]) for pi in matched_p)}
    by_pred = {pi: gi for gi, pi, _ in pairs}
    told_apart = {gi for pi, p in enumerate(preds) for gi in _told_together(case.events, p, by_pred.get(pi))}
    for gi in swallowed:
        tally(case.events[gi].lang).swallowed += 1
    for gi in swallowed | told_apart:
        tally(case.events[gi].lang).over_merges += 1
    if full_checks:
        for p in preds:
            for name in p.actors:
                if is_forbidden(name, case.not_actors):
                    forbidden.append(f"{name!r} in {_pred_str(p)}")
                    tally(p.lang if p.lang in ("fr", "en") else case.lang).forbidden += 1
    for article_id, expected in case.reference_dates.items():
        if expected is None:
            continue
        got = references.get(article_id)
        t = tally(case.langs.get(article_id, case.lang))
        t.refs_total += 1
        t.refs_right += got == expected
        if got != expected:
            wrong.append(f"reference date of {article_id}: expected {expected}, got {got}")
    return CaseResult(case.name, tallies, missing, spurious, wrong, forbidden, typings=typings)


def _place_checks(t: Tally, g: GoldEvent, p: Predicted) -> list[str]:
    """Place recall and precision of one matched row with gold places (rows without are not scored)."""
    if not g.locations:
        return []
    lost = [place for place in g.locations if not place_found(place, p.locations)]
    wrong = [place for place in p.locations if not any(place_found(gold, [place]) for gold in g.locations)]
    t.places_total += len(g.locations)
    t.places_found += len(g.locations) - len(lost)
    t.places_given += len(p.locations)
    t.places_right += len(p.locations) - len(wrong)
    return ([f"places missing {lost}"] if lost else []) + ([f"places wrong {wrong}"] if wrong else [])


# --------------------------------------------------------------------------- runners


def _article_key(article_id: str, case: Case) -> str:
    """Match an Article.id to the keys of reference_dates ('name#n' for records; a lone record may be 'name', also when
    the record has its own id: 'name#id')."""
    base = _basename(article_id)
    if base in case.reference_dates:
        return base
    if base.split("#")[0] in case.reference_dates:
        return base.split("#")[0]
    return base


def run_pipeline(case: Case) -> tuple[list[Predicted], dict[str, dt.date | None], int, int]:
    """Predictions, detected reference dates, number of articles and of words, for one case."""
    from timeline.extraction.pipeline import extract
    from timeline.settings import Options

    result = extract(list(case.inputs), Options(reference_date=case.fallback_reference, today=case.run_date))
    for problem in result.problems:
        log.warning("%s: %s", case.name, problem.message())
    refs = {_article_key(a.id, case): a.reference_date for a in result.articles}
    words = sum(len(a.text.split()) for a in result.articles)
    return [from_event(e) for e in result.events], refs, len(result.articles), words


def evaluate_case(case: Case) -> CaseResult:
    """Run the pipeline on one case and score it (a crash is reported in the result, not raised)."""
    try:
        preds, refs, _, _ = run_pipeline(case)
    except Exception as exc:  # one broken case must not hide the others
        log.exception("case %s crashed", case.name)
        result = score_case(case, [], {})
        result.error = f"{type(exc).__name__}: {exc}"
        return result
    return score_case(case, preds, refs)


_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.S | re.I)


def raw_texts(case: Case) -> list[tuple[str, str, str]]:
    """(article id, text, lang) of each input, read without the pipeline (for the baseline)."""
    files: list[Path] = []
    for p in case.inputs:
        files.extend(sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p])
    out = []
    for f in files:
        raw = f.read_text(encoding="utf-8", errors="replace")
        if f.suffix in (".json", ".jsonl"):
            records = ([json.loads(line) for line in raw.splitlines() if line.strip()] if f.suffix == ".jsonl"
                       else json.loads(raw))
            records = records if isinstance(records, list) else [records]
            for n, rec in enumerate(records, 1):
                text = f"{rec.get('title', '')}\n\n{rec.get('text', '')}"
                aid = f"{f.name}#{n}"
                out.append((aid, text, rec.get("lang") or case.langs.get(aid, case.lang)))
        elif f.suffix in (".html", ".htm"):
            text = html.unescape(_TAG.sub(" ", raw))
            out.append((f.name, text, case.langs.get(f.name, case.lang)))
        else:
            out.append((f.name, raw, case.langs.get(f.name, case.lang)))
    return out


def run_baseline(case: Case) -> list[Predicted]:
    """dateparser's search_dates: every distinct date found is one day-precision event."""
    from dateparser.search import search_dates

    seen: dict[dt.date, Predicted] = {}
    for aid, text, lang in raw_texts(case):
        ref = case.reference_dates.get(_article_key(aid, case)) or case.fallback_reference
        base = dt.datetime.combine(ref or dt.date(2025, 1, 1), dt.time(12, 0))
        try:
            found = search_dates(text, languages=[lang], settings={"RELATIVE_BASE": base}) or []
        except Exception as exc:  # dateparser's own failures count as "found nothing"
            log.warning("dateparser failed on %s: %s", aid, exc)
            found = []
        for _, value in found:
            day = value.date()
            seen.setdefault(day, Predicted(date=day, end_date=None, precision="day", sources=(aid,), lang=lang))
    return list(seen.values())


def score_all(cases: Sequence[Case], runner: Any = None) -> tuple[dict[str, Tally], list[CaseResult]]:
    """Tallies per language ('all' too) and the per-case results, for the pipeline or another runner.

    ``runner(case) -> CaseResult``; the default runs the pipeline (``evaluate_case``).
    """
    runner = runner or evaluate_case
    tallies: dict[str, Tally] = {"all": Tally()}
    results = []
    for case in cases:
        r = runner(case)
        results.append(r)
        for lang, t in r.tallies.items():
            tallies.setdefault(lang, Tally()).add(t)
            tallies["all"].add(t)
    return tallies, results


def baseline_case(case: Case) -> CaseResult:
    """dateparser's events scored like ours (dates only: it has no types, status or actors)."""
    result = score_case(case, run_baseline(case), {}, full_checks=False)
    for t in result.tallies.values():
        t.refs_total = t.refs_right = 0
    return result


def evaluate(cases: Sequence[Case], baseline: bool = True) -> dict[str, Any]:
    """Score every case; returns {'ours': {...}, 'baseline': {...}, 'cases': [...]}."""
    ours, results = score_all(cases)
    base = score_all(cases, baseline_case)[0] if baseline else {}
    return {
        "ours": {k: v.metrics() for k, v in sorted(ours.items())},
        "baseline": {k: v.metrics() for k, v in sorted(base.items())},
        "cases": [{"name": r.name, "clean": r.clean, "missing": r.missing, "spurious": r.spurious,
                   "wrong": r.wrong, "forbidden": r.forbidden, "error": r.error, "diff": r.diff()} for r in results],
    }


SYNTHETIC_PARAGRAPH = (
    "Hanoï (VNA) - Le ministre des Affaires étrangères a reçu le 14 octobre à Hanoï l'ambassadeur "
    "de France, à l'occasion de la troisième consultation politique bilatérale. Les deux parties ont "
    "passé en revue la coopération dans l'économie, l'éducation et la culture, et sont convenues "
    "d'organiser un forum d'affaires du 5 au 7 novembre 2025 à Hô Chi Minh-Ville. En 2024, les échanges "
    "commerciaux ont atteint 6,8 milliards de dollars, en hausse de 12 % sur un an. "
)


def synthetic_corpus(folder: Path, n_articles: int = 200, words: int = 700) -> list[Path]:
    """``n_articles`` files of about ``words`` words each (each with its own first line)."""
    per = len(SYNTHETIC_PARAGRAPH.split())
    body = SYNTHETIC_PARAGRAPH * max(1, round(words / per))
    paths = []
    for i in range(n_articles):
        p = folder / f"synthetic_{i:03d}.txt"
        p.write_text(f"Dépêche {i + 1} du jeudi 16 octobre 2025\n\n{body}", encoding="utf-8")
        paths.append(p)
    return paths


def measure_speed(cases: Sequence[Case], synthetic: int = 200) -> dict[str, float]:
    """Articles/s and words/s of extract on the golden set and on the synthetic corpus."""
    from timeline.extraction.pipeline import extract
    from timeline.settings import Options

    out: dict[str, float] = {}
    # warm up (spaCy model load) outside the timings
    extract([], Options())
    n_art = n_words = 0
    start = time.perf_counter()
    for case in cases:
        _, _, a, w = run_pipeline(case)
        n_art += a
        n_words += w
    elapsed = time.perf_counter() - start
    out.update(golden_articles=n_art, golden_words=n_words, golden_seconds=elapsed,
               golden_articles_per_s=n_art / elapsed, golden_words_per_s=n_words / elapsed)
    with tempfile.TemporaryDirectory() as tmp:
        paths = synthetic_corpus(Path(tmp), synthetic)
        start = time.perf_counter()
        result = extract(paths, Options())
        elapsed = time.perf_counter() - start
        words = sum(len(a.text.split()) for a in result.articles)
        out.update(synthetic_articles=len(result.articles), synthetic_words=words, synthetic_seconds=elapsed,
                   synthetic_articles_per_s=len(result.articles) / elapsed, synthetic_words_per_s=words / elapsed)
    return out


# --------------------------------------------------------------------------- floors

FLOORS_FILE = ROOT / "benchmarks" / "gold_floors.json"
FLOOR_METRICS: tuple[str, ...] = ("precision", "recall", "type_accuracy", "actor_recall")
FLOOR_MARGIN = 0.05
"""How far below the measured value a floor is pinned: room for small trade-offs, not for regressions."""


def corpus_hash(cases: Sequence[Case]) -> str:
    """sha256 over the golden files and every input they read, so floors name the corpus they were pinned on."""
    digest = hashlib.sha256()
    files: set[Path] = set()
    for case in cases:
        if case.path is not None:
            files.add(case.path)
        for p in case.inputs:
            files.update(q for q in (p.rglob("*") if p.is_dir() else [p]) if q.is_file())
    for f in sorted(files):
        if f.exists():
            name = f.resolve().relative_to(ROOT) if f.resolve().is_relative_to(ROOT) else Path(f.name)
            digest.update(name.as_posix().encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()


def pin_floors(report: dict[str, Any], cases: Sequence[Case], allow_lower: bool = False,
               path: Path = FLOORS_FILE) -> dict[str, Any]:
    """Floors = measured - FLOOR_MARGIN (2 decimals, rounded down). Never lowers a floor unless allowed."""
    measured = report["ours"]["all"]
    old = json.loads(path.read_text(encoding="utf-8"))["floors"] if path.exists() else {}
    floors = {}
    for metric in FLOOR_METRICS:
        value = measured[metric] or 0.0
        new = max(0.0, int((value - FLOOR_MARGIN) * 100) / 100)
        if metric in old and value < old[metric] and not allow_lower:
            raise ValueError(f"{metric}: measured {value:.3f} would lower the floor {old[metric]} "
                             "(fix the regression, or re-pin with --allow-lower and say why)")
        floors[metric] = max(new, old.get(metric, 0.0)) if not allow_lower else new
    data = {
        "floors": floors,
        "measured": {m: round(measured[m], 4) for m in FLOOR_METRICS},
        "margin": FLOOR_MARGIN,
        "corpus_sha256": corpus_hash(cases),
        "n_cases": len(cases),
        "pinned_on": dt.date.today().isoformat(),  # the benchmark may read the clock; timeline/ never does
        "command": "python -m benchmarks.evaluate --no-speed --pin",
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return data


# --------------------------------------------------------------------------- report


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def format_table(report: dict[str, Any]) -> str:
    """The markdown table: one row per metric, ours and the baseline per language."""
    langs = [k for k in ("fr", "en", "all") if k in report["ours"]]
    cols = [("ours", lang) for lang in langs]
    if report.get("baseline"):
        cols += [("baseline", lang) for lang in langs if lang in report["baseline"]]
    names = {"ours": "ours", "baseline": "dateparser"}
    head = "| metric | " + " | ".join(f"{names[who]} {lang}" for who, lang in cols) + " |"
    lines = [head, "|" + "---|" * (len(cols) + 1)]
    rows = (*METRICS, "n_gold", "n_pred", "partial")
    for metric in rows:
        cells = []
        for who, lang in cols:
            value = report[who][lang].get(metric)
            if who == "baseline" and metric in ("type_accuracy", "status_accuracy", "actor_recall", "place_recall",
                                                "place_precision", "actor_precision", "forbidden_actors", "merged",
                                                "reference_accuracy"):
                value = None
            cells.append(_fmt(value))
        lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="folder of golden *.json files")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed runs")
    parser.add_argument("--diff", action="store_true", help="print each case's missing/spurious rows")
    parser.add_argument("--pin", action="store_true", help=f"re-pin {FLOORS_FILE.name} from this run (never lower)")
    parser.add_argument("--allow-lower", action="store_true", help="with --pin: allow lowering floors")
    parser.add_argument("--realnews", nargs="?", const="both", choices=("dev", "test", "both"),
                        help="score the real-news gold (benchmarks/realnews/) instead of the golden set")
    parser.add_argument("--without-annotator", action="append", default=[], metavar="NAME",
                        help="with --realnews: leave out this annotator's gold lines (refuses --pin)")
    parser.add_argument("--without-added", action="append", default=[], metavar="NAME",
                        help="with --realnews: leave out the gold rows this helper added (refuses --pin)")
    parser.add_argument("--confusion", action="store_true",
                        help="with --realnews: gold type x predicted type on the matched rows (counts only)")
    parser.add_argument("--intervals", action="store_true",
                        help="with --realnews: 95%% intervals of each figure, resampling articles")
    parser.add_argument("--written", nargs="?", const="both", choices=("dev", "test", "both"),
                        help="score the written set (benchmarks/written/) instead of the golden set")
    from benchmarks import written_set  # here: written_set imports this module

    batches = ", ".join(f"{b} ({folder.relative_to(ROOT / 'benchmarks')}/)"
                        for b, (folder, _) in written_set.BATCHES.items())
    parser.add_argument("--written-batch", default="a", choices=(*written_set.BATCHES, *written_set.GROUPS),
                        help=f"with --written: batch {batches}; both (a and b), read (every batch but the blind "
                             "and held-out ones) or all (every batch)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.written:
        return written_set.run(args.written, not args.no_baseline, args.json, args.diff, args.pin, args.allow_lower,
                               args.written_batch)
    if args.realnews:
        from benchmarks import realnews_events

        return realnews_events.run(args.realnews, not args.no_baseline, args.json, args.diff, args.pin,
                                   args.allow_lower, args.without_annotator, args.without_added, args.confusion,
                                   args.intervals)
    if args.without_annotator or args.without_added or args.intervals:
        option = ("--without-annotator" if args.without_annotator else "--without-added" if args.without_added
                  else "--intervals")
        sys.stderr.write(f"{option} needs --realnews\n")
        return 2
    try:
        cases = load_cases(args.cases)
    except (GoldError, KeyError, json.JSONDecodeError) as exc:
        sys.stderr.write(f"bad golden file: {exc}\n")
        return 2
    report = evaluate(cases, baseline=not args.no_baseline)
    if not args.no_speed:
        report["speed"] = measure_speed(cases)
    if args.pin:
        try:
            pinned = pin_floors(report, cases, allow_lower=args.allow_lower)
        except ValueError as exc:
            sys.stderr.write(f"not pinned: {exc}\n")
            return 1
        sys.stderr.write(f"pinned floors {pinned['floors']} in {FLOORS_FILE}\n")
    if args.json:
        sys.stdout.write(json.dumps(report, indent=2, default=str) + "\n")
        return 0
    sys.stdout.write(f"{len(cases)} cases from {args.cases}\n\n{format_table(report)}\n")
    if "speed" in report:
        s = report["speed"]
        sys.stdout.write(
            f"\nspeed: golden {s['golden_articles']} articles, {s['golden_words']} words in "
            f"{s['golden_seconds']:.2f}s = {s['golden_articles_per_s']:.1f} articles/s, "
            f"{s['golden_words_per_s']:.0f} words/s; synthetic {s['synthetic_articles']} articles, "
            f"{s['synthetic_words']} words in {s['synthetic_seconds']:.2f}s = "
            f"{s['synthetic_articles_per_s']:.1f} articles/s, {s['synthetic_words_per_s']:.0f} words/s\n")
    if args.diff:
        for c in report["cases"]:
            if not c["clean"] or c["wrong"]:
                sys.stdout.write("\n" + c["diff"] + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
