"""How the countries of our rows compare with the gold, per dev source (issue 13, round sixteen).

    python -m benchmarks.country_roles [--sets rn-a,rn-b,wa-dev,...,wi-dev] [--rows]

On the rows matched to a gold row, every country (a name the reader's country lists hold, either language):
``actor right`` (a predicted actor the gold has as an actor), ``actor, gold place`` (a predicted actor the gold has
as the row's place), ``actor, not in gold`` (neither), ``place right``, ``place, gold actor``,
``place, not in gold`` (a wrong place of a row
whose gold has places: what place precision counts), ``place missed`` (a
gold place that is a country and no predicted place), ``actor missed`` (a gold actor that is a country, not
predicted). Dev halves only: real-news dev A and B (``rn-a``, ``rn-b``), each read written batch's dev half
(``wa-dev`` ... ``wi-dev``). ``--rows`` lists the names of each class but ``actor right`` and ``place right``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterable, Sequence

from benchmarks import evaluate as ev
from benchmarks import written_set

CLASSES = ("actor right", "actor, gold place", "actor, not in gold", "actor missed", "place right",
           "place, gold actor", "place, not in gold", "place missed")


def _countries() -> set[str]:
    """Our lists' countries and every CLDR territory's name in both languages (the same names on every commit, so
    that counts before and after a change of the lists compare)."""
    from babel import Locale

    from timeline.extraction.actors.lexicon import lex, name_key

    cldr = {name_key(str(name)) for lang in ("fr", "en") for code, name in Locale(lang).territories.items()
            if len(code) == 2 and code.isalpha()}
    return cldr | {name_key(v) for lang in ("fr", "en") for v in lex(lang).countries.values()} | {
        k for lang in ("fr", "en") for k in lex(lang).countries}


def _is_country(name: str, countries: set[str]) -> bool:
    from timeline.extraction.actors.lexicon import name_key

    return any(name_key(form) in countries for form in name.split("|"))


def _pairs(source: str) -> Iterable[tuple[ev.GoldEvent, ev.Predicted]]:
    """(gold, predicted) of every matched row of one dev source."""
    if source.startswith("rn-"):
        from benchmarks import realnews_events as rn

        os.environ["TIMELINE_DEV_HALF"] = source[-1]
        for real in rn.load_real_cases(("dev",)):
            preds = rn.run_record(real.record)
            for gi, pi, _ in ev.match(real.case.events, preds):
                yield real.case.events[gi], preds[pi]
        return
    for case in written_set.load_split("dev", source[1]):
        preds = ev.run_pipeline(case)[0]
        for gi, pi, _ in ev.match(case.events, preds):
            yield case.events[gi], preds[pi]


def count(source: str, countries: set[str]) -> tuple[Counter[str], list[tuple[str, str]]]:
    tally: Counter[str] = Counter()
    rows: list[tuple[str, str]] = []

    def add(kind: str, name: str) -> None:
        tally[kind] += 1
        rows.append((kind, name))

    for g, p in _pairs(source):
        if g.optional:
            continue
        for a in p.actors:
            if not _is_country(a, countries):
                continue
            if any(ev.actor_found(ga, [a]) for ga in g.actors):
                add("actor right", a)
            elif any(ev.place_found(gp, [a]) for gp in g.locations):
                add("actor, gold place", a)
            else:
                add("actor, not in gold", a)
        for ga in g.actors:
            if _is_country(ga, countries) and not ev.actor_found(ga, p.actors):
                add("actor missed", ga)
        for loc in p.locations:
            if not _is_country(loc, countries):
                continue
            if any(ev.place_found(gp, [loc]) for gp in g.locations):
                add("place right", loc)
            elif any(ev.actor_found(ga, [loc]) for ga in g.actors):
                add("place, gold actor", loc)
            elif g.locations:
                add("place, not in gold", loc)
        for gp in g.locations:
            if _is_country(gp, countries) and not ev.place_found(gp, p.locations):
                add("place missed", gp)
    return tally, rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    read = [f"w{b}-dev" for b in written_set.GROUPS["read"]]
    parser.add_argument("--sets", default=",".join(["rn-a", "rn-b", *read]))
    parser.add_argument("--rows", action="store_true", help="list the names of each error class")
    args = parser.parse_args(argv)
    countries = _countries()
    print("| source | " + " | ".join(CLASSES) + " |")
    print("|---|" + "---|" * len(CLASSES))
    listed = []
    for source in args.sets.split(","):
        if source not in ("rn-a", "rn-b", *read):
            sys.stderr.write(f"{source}: a dev source (rn-a, rn-b, wa-dev ... of the read batches)\n")
            return 2
        tally, rows = count(source, countries)
        print(f"| {source} | " + " | ".join(str(tally[c]) for c in CLASSES) + " |")
        listed.extend((source, kind, name) for kind, name in rows if not kind.endswith("right"))
    if args.rows:
        for source, kind, name in listed:
            print(f"{source}\t{kind}\t{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
