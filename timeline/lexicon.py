"""Word lists per language, loaded once from timeline/data/<lang>.yaml.

A language quirk is a data entry, not an ``if`` in generic code: adding a language means
adding a YAML file (and its tests).
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources
from typing import Any

import yaml

# libyaml's C loader when the wheel has it (5-10x faster than the pure-Python one).
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The parsed YAML file ``timeline/data/<name>.yaml`` ({} if there is none)."""
    path = resources.files("timeline") / "data" / f"{name}.yaml"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader) or {}


def words(lang: str, key: str) -> Any:
    """One list or mapping from a language's word file, e.g. ``words("fr", "months")``."""
    return load(lang).get(key, {} if key.endswith("s") else [])


def fold(text: str) -> str:
    """Lower case without accents: 'Tô Lâm' -> 'to lam', 'Đà Nẵng' -> 'da nang'."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("Ø", "O")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
