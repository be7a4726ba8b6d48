"""Derive a broad event vocabulary from the TimeML EVENT annotations of the real-news DEV documents (issue 13).

    python -m benchmarks.timeml_vocabulary --coverage      # how much of TimeML's happenings our lists cover
    python -m benchmarks.timeml_vocabulary --out DIR       # write DIR/<lang>/timeml_events.yaml (to measure)

Issue 13 asked for happenings from a broad vocabulary of event nouns and verbs in both languages, with their
inflections, instead of lists grown example by example. French TimeBank and MEANTIME annotate every event trigger of
their articles, by people who are not us. This script reads their DEV documents only (``benchmarks.realnews.split_of``:
never a test id), keeps the triggers of the classes that tell a happening (FTB: OCCURRENCE, ASPECTUAL, I_ACTION;
MEANTIME: OTHER; not STATE, REPORTING, PERCEPTION, SPEECH_COGNITIVE, GRAMMATICAL, MODAL) and derives, per language:
``verbs``, each lemma with the folded word forms that tell it as a finite verb (the trigger words seen, single words,
no article text, and the regular forms of its conjugation: French -er and -ir verbs, present third person,
imparfait, passé simple, participle, future; English third person), leaving out light verbs and the lemmas our
statement and state lists hold (``reporting_verbs``, ``not_verbs`` of verb_shapes.yaml); ``nouns``, each event noun
with its plural.

Round sixteen (nc16) measured these lists as gap fillers of events/predicates.py (a derived verb form or noun as a
predicate a date with no candidate may modify) on every dev source: no source gained recall beyond the documents the
lists came from, and WiNER gained spurious rows (docs/BENCHMARKS.md, "Happenings no word names, round sixteen"), so
the pipeline reads none of it; ``--out`` writes the lists for a later measurement, ``--coverage`` counts (never rows)
how many annotated happenings of the dev documents the pipeline's own lists cover, with and without them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from benchmarks.realnews import iter_records
from timeline import lang as lexicon
from timeline.extraction.sentences import fold_keep

#: corpus file -> (language, the TimeML classes kept: happenings, not states, statements or perceptions)
SOURCES = {
    "fr_timebank_dev.jsonl": ("fr", ("OCCURRENCE", "ASPECTUAL", "I_ACTION")),
    "en_wikinews_meantime.jsonl": ("en", ("OTHER",)),
}
#: Lemmas that tell no happening of their own whatever the annotation says: auxiliaries and light verbs.
LIGHT = {"fr": {"avoir", "etre", "faire", "aller", "venir", "mettre", "donner", "prendre", "rendre", "tenir"},
         "en": {"be", "have", "do", "get", "make", "take", "go", "come", "give", "put", "set", "keep"}}


def fr_regular(lemma: str) -> set[str]:
    """The folded finite forms of a regular French -er or -ir verb (no infinitive: a verb after a marker is a shape)."""
    if lemma.endswith("er") and len(lemma) > 4:
        s = lemma[:-2]
        return {s + e for e in ("e", "ent", "ait", "aient", "a", "erent", "ee", "es", "ees", "era", "eront")}
    if lemma.endswith("ir") and len(lemma) > 4:
        s = lemma[:-2]
        return {s + e for e in ("it", "issent", "issait", "issaient", "i", "ie", "is", "ies", "ira", "iront")}
    return set()


def en_regular(lemma: str) -> set[str]:
    """The third person of an English verb (the base form is left out: a noun too often; a regular past is a
    ``predicate_forms`` already, and an irregular one is among the forms seen)."""
    from timeline.extraction.events.inflect import _en_third

    if " " in lemma or len(lemma) < 3:
        return set()
    return {_en_third(lemma)}


def _excluded(lang: str) -> set[str]:
    triggers = lexicon.load(f"{lang}/triggers")
    shapes = lexicon.load(f"{lang}/verb_shapes")
    words = set(shapes.get("not_verbs") or ()) | LIGHT[lang]
    words |= {w for w in triggers.get("reporting_verbs") or () if w.isalpha()}
    return words


def _plural(lang: str, noun: str) -> str:
    from timeline.extraction.events.inflect import _en_third

    if lang == "en":  # a third person's spelling ("bankruptcies", "breaches"); "sales" is a plural already
        return noun if noun.endswith("s") and not noun.endswith("ss") else _en_third(noun)
    return noun if noun.endswith(("s", "x", "z")) else noun + "s"


def derive_nouns(folder: Path | None = None) -> dict[str, list[str]]:
    """language -> sorted folded event nouns (singular and plural), from the dev documents' annotations."""
    out: dict[str, set[str]] = {"fr": set(), "en": set()}
    for file, (lang, classes) in SOURCES.items():
        for record in iter_records(file, "dev", folder):
            for event in record.get("events") or ():
                if event.get("class") not in classes or event.get("pos") != "NOUN":
                    continue
                lemma = fold_keep(str(event.get("pred") or event["text"])).lower().strip()
                if not lemma.replace("-", "").isalpha() or len(lemma) < 4:
                    continue
                out[lang] |= {lemma, _plural(lang, lemma)}
    return {lang: sorted(nouns) for lang, nouns in out.items()}


def derive(folder: Path | None = None) -> dict[str, dict[str, list[str]]]:
    """language -> {lemma: sorted folded forms}, from the dev documents' annotations."""
    out: dict[str, dict[str, set[str]]] = {"fr": defaultdict(set), "en": defaultdict(set)}
    for file, (lang, classes) in SOURCES.items():
        excluded = _excluded(lang)
        for record in iter_records(file, "dev", folder):
            assert record["_split"] == "dev"
            for event in record.get("events") or ():
                if event.get("class") not in classes or event.get("pos") != "VERB" or not event.get("pred"):
                    continue
                lemma = fold_keep(str(event["pred"])).lower().strip()
                word = fold_keep(str(event["text"])).lower().strip()
                if not lemma.isalpha() or lemma in excluded or " " in word or not word.replace("'", "").isalpha():
                    continue
                out[lang][lemma] |= {word} if word != lemma else set()
                out[lang][lemma] |= fr_regular(lemma) if lang == "fr" else en_regular(lemma)
    reporting = {lang: _excluded(lang) for lang in out}
    return {lang: {lemma: sorted(f for f in forms if f not in reporting[lang] and len(f) >= 3)
                   for lemma, forms in sorted(by.items()) if forms}
            for lang, by in out.items()}


HEADER = """# Event verbs and nouns derived from TimeML EVENT annotations (benchmarks/timeml_vocabulary.py).
# Source: {source}, DEV documents only (benchmarks/realnews split_of), classes {classes}; annotated by the
# corpus's authors, not by us. verbs: each lemma's folded finite forms (the trigger words seen, single words, and the
# regular forms); nouns: each event noun and its plural.
"""


def render(lang: str, lemmas: dict[str, list[str]], nouns: list[str]) -> str:
    file = next(f for f, (lg, _) in SOURCES.items() if lg == lang)
    head = HEADER.format(source=file.removesuffix(".jsonl"), classes=", ".join(SOURCES[file][1]))
    body = yaml.safe_dump({"verbs": lemmas, "nouns": nouns}, allow_unicode=True, sort_keys=True, width=120,
                          default_flow_style=None)
    return head + body


def words_pattern(words: set[str] | list[str]) -> re.Pattern[str] | None:
    """One whole-word pattern of folded words, longest first; None when there are none."""
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-])")


def coverage(folder: Path | None = None, derived: bool = False) -> dict[str, tuple[int, int]]:
    """corpus -> (happening triggers of the dev documents a word of our lists covers, all of them): the trigger
    patterns of triggers.yaml (nouns, verbs, generated lemma forms), the predicate forms and the verb shapes, and with
    ``derived`` the derived lists too. Counts only."""
    from timeline.extraction.events.verb_shapes import shape_forms
    from timeline.extraction.events.vocabulary import rules_for

    verbs, nouns = derive(folder), derive_nouns(folder)
    out = {}
    for file, (lang, classes) in SOURCES.items():
        rules = rules_for(lang)
        hit = total = 0
        for record in iter_records(file, "dev", folder):
            folded = fold_keep(record["text"])
            spans = [m.span() for m in rules.trigger_re.finditer(folded)]
            patterns = [rules.predicate_forms, shape_forms(lang)]
            if derived:
                patterns += [words_pattern(nouns[lang]),
                             words_pattern({f for forms in verbs[lang].values() for f in forms})]
            spans += [m.span() for p in patterns if p is not None for m in p.finditer(folded)]
            for event in record.get("events") or ():
                if event.get("class") in classes and event.get("pos") in ("VERB", "NOUN"):
                    total += 1
                    hit += any(a < event["end"] and event["start"] < b for a, b in spans)
        out[file] = (hit, total)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write OUT/<lang>/timeml_events.yaml")
    parser.add_argument("--coverage", action="store_true",
                        help="how many annotated happenings of the dev documents our lists cover (counts only)")
    args = parser.parse_args(argv)
    if args.coverage:
        for derived in (False, True):
            for file, (hit, total) in coverage(derived=derived).items():
                print(f"{file} {'with' if derived else 'without'} the derived lists: {hit}/{total} = {hit / total:.2f}")
        return 0
    nouns = derive_nouns()
    for lang, lemmas in derive().items():
        print(f"{lang}: {len(lemmas)} verb lemmas, {sum(map(len, lemmas.values()))} forms, {len(nouns[lang])} nouns")
        if args.out:
            path = args.out / lang / "timeml_events.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(lang, lemmas, nouns[lang]), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
