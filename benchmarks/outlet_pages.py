"""Outlet pages: events, article date and actors read from an HTML page vs from its plain body.

    python -m benchmarks.outlet_pages [--cases tests/pages] [--diff] [--json]

Each case of tests/pages/ (README.md there) is one HTML page written by us in a CMS's layout
(WordPress, a national or regional daily, a wire, a live blog, AMP, a body without <p>) and the
same body as plain text (``plain`` in its gold). Three readings are scored against the one gold,
with benchmarks/evaluate.py's matching:

    page    the page as a user saves it (no option: its date must come from the page itself)
    bare    the same page without its machine-readable dates (JSON-LD, <meta> dates, <time datetime>,
            dates in URLs): its date must come from what it shows ("Publié le ..., mis à jour le ...")
    plain   the body as plain text, with the publication date given as --reference-date

A page should score what its body scores: every point lost is the page's furniture (related
articles, captions and credits, "Lire aussi" inserts, comments, update dates) read as news.

Reported per language and overall, page and plain side by side: precision, recall, type accuracy,
actor recall, forbidden actors (credits, bylines, commenters) and the article date (the page's
publication date, not its update date nor a related article's).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.evaluate import ROOT, Case, CaseResult, Tally, evaluate_case, load_case

DEFAULT_CASES = ROOT / "tests" / "pages"
COLUMNS = ("precision", "recall", "type_accuracy", "actor_recall", "forbidden_actors", "reference_accuracy")


READINGS = ("page", "bare", "plain")
_MACHINE_DATES = (
    re.compile(r"<script[^>]*application/ld\+json[^>]*>.*?</script>", re.S | re.I),
    re.compile(r"<meta\b[^>]*(?:date|time|pub|modified|created|issued|revised|lastmod)[^>]*>", re.I),
    re.compile(r"\s(?:datetime|itemprop)=\"[^\"]*\"", re.I),
    re.compile(r"https?://[^\"'\s<>]*", re.I),
)


def bare(html: str) -> str:
    """The page without its machine-readable dates: JSON-LD, <meta> dates, datetime attributes, URLs."""
    for pattern in _MACHINE_DATES:
        html = pattern.sub(lambda m: " " if m.group().startswith(" ") else "", html)
    return html


def load_pages(folder: Path = DEFAULT_CASES, scratch: Path | None = None) -> list[dict[str, Case]]:
    """{reading: case} for each gold file of ``folder``: one gold, three inputs (bare pages in ``scratch``)."""
    scratch = scratch or Path(tempfile.mkdtemp(prefix="outlet_pages_"))
    cases = []
    for path in sorted(folder.glob("*.json")):
        page = load_case(path)
        plain_path = ROOT / json.loads(path.read_text(encoding="utf-8"))["plain"]
        published = next(iter(page.reference_dates.values()))
        bare_path = scratch / page.inputs[0].name
        bare_path.write_text(bare(page.inputs[0].read_text(encoding="utf-8")), encoding="utf-8")
        plain = dataclasses.replace(page, inputs=(plain_path,), reference_dates={plain_path.name: published},
                                    fallback_reference=published)
        cases.append({"page": page, "bare": dataclasses.replace(page, inputs=(bare_path,)), "plain": plain})
    return cases


def _add(tallies: dict[str, Tally], result: CaseResult) -> None:
    for lang, tally in result.tallies.items():
        tallies.setdefault(lang, Tally()).add(tally)
        tallies.setdefault("all", Tally()).add(tally)


def score_pages(cases: Sequence[dict[str, Case]]) -> dict[str, Any]:
    """{reading: {lang: metrics}} for each of READINGS, and 'cases': per-case metrics and diffs."""
    tallies: dict[str, dict[str, Tally]] = {reading: {} for reading in READINGS}
    rows = []
    for readings in cases:
        row: dict[str, Any] = {"name": readings["page"].name}
        for reading in READINGS:
            got = evaluate_case(readings[reading])
            _add(tallies[reading], got)
            total = Tally()
            for t in got.tallies.values():
                total.add(t)
            row[reading] = total.metrics()
            row[f"diff_{reading}"] = got.diff()
        rows.append(row)
    return {**{r: {k: v.metrics() for k, v in sorted(tallies[r].items())} for r in READINGS}, "cases": rows}


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def format_table(report: dict[str, Any]) -> str:
    langs = list(report["page"])
    head = "| metric | " + " | ".join(f"{r} {lang}" for lang in langs for r in READINGS) + " |"
    lines = [head, "|---" * (1 + len(READINGS) * len(langs)) + "|"]
    for col in (*COLUMNS, "n_gold", "n_pred"):
        cells = [_fmt(report[r][lang][col]) for lang in langs for r in READINGS]
        lines.append(f"| {col} | " + " | ".join(cells) + " |")
    lines += ["", "| case | " + " | ".join(f"{r}: P / R / types / actors / forbidden / date" for r in READINGS)
              + " |", "|---" * (1 + len(READINGS)) + "|"]
    for case in report["cases"]:
        cells = [" / ".join(_fmt(case[r][c]) for c in COLUMNS) for r in READINGS]
        lines.append(f"| {case['name']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--diff", action="store_true", help="print each case's missing/spurious/wrong rows")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = score_pages(load_pages(args.cases))
    if args.json:
        print(json.dumps(report, indent=1, default=str))
        return 0
    print(f"{len(report['cases'])} pages from {args.cases}\n")
    print(format_table(report))
    if args.diff:
        for case in report["cases"]:
            print("\n" + "\n".join(f"[{r}] {case[f'diff_{r}']}" for r in READINGS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
