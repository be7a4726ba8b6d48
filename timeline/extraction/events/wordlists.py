"""Regular expressions built from the word lists of lang/<lang>/triggers.yaml (and the person titles of actors.yaml)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from timeline import lang as lexicon


def _ordered(patterns: Sequence[str]) -> list[str]:
    """Distinct patterns, longest first (the order an alternation tries them); equal lengths alphabetically,
    so the pattern is the same in every process (a set's order changes with the string hash seed)."""
    return sorted(sorted({p for p in patterns if p}), key=len, reverse=True)


def _alternation(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in _ordered(patterns))


def _words_re(patterns: Sequence[str]) -> re.Pattern[str] | None:
    body = _alternation(patterns)
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w])") if body else None


def counted_re(cues: Sequence[str]) -> re.Pattern[str] | None:
    """A cardinal of ``counted_cues`` at the end of a window, right before a trigger noun (not inside a word or a
    number: "2018" is no "018")."""
    return re.compile(rf"(?<![\w.,'’])(?:{_alternation(cues)})\s+$") if cues else None


def _tail_re(patterns: Sequence[str]) -> re.Pattern[str] | None:
    """Cue at the very end of a window, optionally followed by a determiner."""
    body = _alternation(patterns)
    if not body:
        return None
    determiner = r"(?:\s*(?:le|la|les|l'|un|une|du|de|des|au|aux|sa|son|ses|leur|the|a|an|its|their|on|ce|cette))?"
    return re.compile(rf"(?<!\w)(?:{body}){determiner}[\s,]*$")


def reporting_cues(data: dict[str, Any], key: str = "speech_verbs") -> list[str]:
    """The listed ``reporting_cues`` and, when ``key`` is "speech_verbs", each verb of saying of ``key`` in each of
    the ``speech_forms`` ("{verb}" stands for it): "a souligné", "ont-ils ajouté", "stressed on", "had warned"."""
    forms = [str(f) for f in data.get("speech_forms") or ()]
    generated = [form.replace("{verb}", str(verb)) for verb in data.get(key) or () for form in forms]
    return ([str(c) for c in data.get("reporting_cues") or ()] if key == "speech_verbs" else []) + generated


def _person_titles(lang: str, data: dict[str, Any]) -> re.Pattern[str] | None:
    """Determiner, at most one adjective, then any title of the person titles in ``lang/actors.yaml`` (folded, as
    the page's folded text): "le porte-parole", "l'ancien candidat", "ce membre", "the former chairman"."""
    determiners, adjectives = data.get("title_determiners") or [], data.get("title_adjectives") or []
    titles = {lexicon.fold(str(t)).replace("’", "'") for t in lexicon.load(f"{lang}/actors").get("titles") or ()}
    titles |= {str(t) for t in data.get("title_nouns") or ()}
    if not determiners or not titles:
        return None
    return re.compile(rf"(?:{_alternation([re.escape(d) for d in determiners])})"
                      rf"(?:{_alternation([re.escape(a) for a in adjectives])})?"
                      rf"(?:{_alternation([re.escape(t) for t in titles])})(?!\w)")
