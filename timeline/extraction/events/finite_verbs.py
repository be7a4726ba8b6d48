"""Finite forms of common verbs of action that the listed forms and the shapes miss: a vocabulary with its inflections.

``predicate_forms`` (lang/<lang>/triggers.yaml) reads the compound pasts and futures of any verb by their grammar
words, and a regular English past by its ending; events/verb_shapes.py reads a modal or a plan and its infinitive.
A happening told in the French present plural, imperfect or passé simple ("Jeudi dernier, le conseil échouait à ...",
"Ce dimanche, les associations organisent ...") or by an English irregular past ("fires swept through the valley
overnight") had no verb form at all, so its date made no candidate (benchmarks/loss_by_stage.py, "iv no candidate: no
verb form"). Those tenses have no grammar word to read them by, and their endings are those of nouns ("-ent", "-a"),
so the forms come from a vocabulary: the verbs listed in lang/<lang>/finite_verbs.yaml, each inflected here by the
rules of its group (French "-er", "-ir" of the second group; irregular verbs written out; English
"base|past|participle").

Such a form is a shape (verb_shapes.verb_forms): it only fills a gap, dating a date no trigger took, never competing
with the sentence's triggers. A written French form ending in "é", "ée", "és", "ées" is a past participle the folding
made look like a present ("le concert organisé dimanche"), and is none (``participle_read``). The verb is typed by
the vocabulary when its infinitive is an event verb of triggers.yaml (``lemma_of``, then verb_shapes.shape_type).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from timeline import lang as lexicon

__all__ = ["finite_forms", "finite_pattern", "lemma_of", "participle_read"]


def _er(infinitive: str) -> list[str]:
    """The third persons of a regular "-er" verb: present plural, imperfect, passé simple ("-ger" keeps "e" before
    "a"). The singular present is left out, as for the event verbs (events/inflect.py): "organise", "touche" are a
    noun or a participle too often (a floor of a written test half fell with them)."""
    stem = infinitive[:-2]
    soft = stem + "e" if stem.endswith("g") else stem
    return [stem + "ent", soft + "ait", soft + "aient", soft + "a", stem + "erent"]


def _ir(infinitive: str) -> list[str]:
    """The third persons of a verb of the second group ("franchir"): present plural, imperfect, passé simple plural
    (the singular "franchit" is the singular present's form too)."""
    stem = infinitive[:-2]
    return [stem + "issent", stem + "issait", stem + "issaient", stem + "irent"]


def finite_forms(lang: str, data: dict[str, Any] | None = None) -> dict[str, str]:
    """Folded form -> its infinitive (English: its base), from lang/<lang>/finite_verbs.yaml (or ``data``)."""
    data = lexicon.load(f"{lang}/finite_verbs") if data is None else data
    forms: dict[str, str] = {}
    for infinitive in data.get("er") or ():
        for form in _er(str(infinitive)):
            forms.setdefault(form, str(infinitive))
    for infinitive in data.get("ir") or ():
        for form in _ir(str(infinitive)):
            forms.setdefault(form, str(infinitive))
    irregular = data.get("irregular") or {}
    if isinstance(irregular, dict):  # French: infinitive -> its forms written out
        for infinitive, written in irregular.items():
            for form in written or ():
                forms.setdefault(str(form), str(infinitive))
    else:  # English: "base|past|participle", "-" for none
        for entry in irregular:
            base, past, participle = [*str(entry).split("|"), "-", "-"][:3]
            if past != "-":
                forms.setdefault(past, base)
            if participle != "-":
                for auxiliary in AUXILIARIES:
                    forms.setdefault(f"{auxiliary} {participle}", base)
    return forms


#: English auxiliaries before a participle of the vocabulary ("has overtaken", "were swept").
AUXILIARIES = ("has", "have", "had", "was", "were", "been")


@functools.cache
def finite_pattern(lang: str) -> re.Pattern[str] | None:
    """The forms of ``lang`` as one pattern of whole words (a French reflexive pronoun may precede: "s'ouvre"),
    longest first; None when the language has no vocabulary."""
    forms = _forms(lang)
    if not forms:
        return None
    body = "|".join(re.escape(f).replace(r"\ ", " ") for f in sorted(forms, key=len, reverse=True))
    reflexive = "(?:se |s')?" if lang == "fr" else ""
    return re.compile(rf"(?<![\w'-]){reflexive}(?:{body})(?![\w'-])")


@functools.cache
def _forms(lang: str) -> dict[str, str]:
    return finite_forms(lang)


def lemma_of(lang: str, form: str) -> str | None:
    """The infinitive (or base) of a found form's last word ("echouait" -> "echouer", "has swept" -> "sweep")."""
    forms = _forms(lang)
    words = form.split()
    return forms.get(" ".join(words[-2:])) or forms.get(words[-1].removeprefix("s'")) if words else None


_PARTICIPLE_END = re.compile(r"(?:é|É)(?:e|E)?(?:s|S)?$")


def participle_read(lang: str, text: str, start: int, end: int) -> bool:
    """A French form written with the ending of a past participle ("organisé", "disputées"): no present."""
    return lang == "fr" and bool(text) and bool(_PARTICIPLE_END.search(text[start:end]))
