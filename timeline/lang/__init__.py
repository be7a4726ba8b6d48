"""Word lists per language: ``timeline/lang/<lang>/{words,triggers,actors}.yaml``, loaded once.

A language quirk is a data entry, not an ``if`` in generic code: adding a language means adding a
folder here (``words.yaml`` for dates and numbers, ``triggers.yaml`` for events, ``actors.yaml``
for names) and its tests. ``ingest.yaml`` holds the page-layout words shared by all languages.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from typing import Any

import yaml

# libyaml's C loader when the wheel has it (5-10x faster than the pure-Python one).
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """The safe loader with YAML 1.2 booleans: only ``true``/``false`` are booleans. YAML 1.1 also reads bare
    ``on``, ``off``, ``yes``, ``no`` as booleans, which turned words of the lists (French "on", English "on",
    "yes") into ``True``; here they stay words."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The parsed word file ``timeline/lang/<name>.yaml``, e.g. ``load("fr/triggers")`` ({} if none)."""
    path = resources.files("timeline.lang").joinpath(*f"{name}.yaml".split("/"))
    return read_yaml(path)


def read_yaml(path: Any) -> dict[str, Any]:
    """A YAML mapping from a path or importlib resource ({} if the file is missing or empty)."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=Loader) or {}


def words(lang: str, key: str) -> Any:
    """One list or mapping from a language's word file, e.g. ``words("fr", "months")``."""
    return load(f"{lang}/words").get(key, {} if key.endswith("s") else [])


def deferrals(lang: str, layer: str) -> tuple[list[str], list[str]]:
    """The one list of a language's deferral words (``deferred_before`` in ``<lang>/words.yaml``: "postponed until",
    "reporté") that ``layer`` reads, and the prepositions they need right before the date (``deferral_prepositions``:
    French "au", "à"; none where the words hold theirs). A plain entry is read by both layers: the date engine ("dates":
    a term ahead, ``dates/schedule.py``) and the events ("events": the happening's new date, no bound of it,
    ``events/date_roles.deferred``); an entry written ``{word: layer}`` by that layer only."""
    data = load(f"{lang}/words")
    words = [word for entry in data.get("deferred_before") or []
             for word, only in (entry.items() if isinstance(entry, dict) else [(entry, layer)]) if only == layer]
    return words, list(data.get("deferral_prepositions") or [])


def fold(text: str) -> str:
    """Lower case without accents: 'Tô Lâm' -> 'to lam', 'Đà Nẵng' -> 'da nang'."""
    if text.isascii():
        return text.casefold()
    return "".join(map(_fold_char, text))


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """One character folded (NFKD works per character, so folding char by char is exact)."""
    char = _STROKES.get(char, char)
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_STROKES = {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O"}
