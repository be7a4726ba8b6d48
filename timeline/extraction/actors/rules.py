"""The rule layer's entry points: read texts (rules first, the model only where they cannot place a word)."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from timeline.extraction.actors.lexicon import name_key
from timeline.extraction.actors.model import MODEL_NAMES, load_model, model_spans
from timeline.extraction.actors.orgs import Reader
from timeline.extraction.actors.reader import Cand
from timeline.models import Actor
from timeline.settings import Options

log = logging.getLogger(__name__)

__all__ = ["Entities", "article_names", "credit_spans", "find_acronyms", "find_entities", "find_entities_many"]

Kind = Literal["person", "org", "country"]

_ACRONYM_HINT_RE = re.compile(r"\(\s*[A-ZÀ-Ý]{2}")


@dataclass(frozen=True)
class Entities:
    """What one text holds: actors in text order, and places."""

    actors: tuple[Actor, ...] = ()
    """People, organisations and countries taking part (offsets include the caller's ``offset``)."""
    locations: tuple[tuple[str, int, int], ...] = ()
    """(place, start, end): cities, regions, and countries named as a place ("au Vietnam")."""


def _resolve(cands: list[Cand], reader: Reader) -> list[Cand]:
    """Keep the best non-overlapping candidates: priority, then length, then position."""
    kept: list[Cand] = []
    taken = bytearray(len(reader.text) + 1)
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if c.start < c.end and reader.free(c.start, c.end) and taken.find(1, c.start, c.end) < 0:
            kept.append(c)
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    return sorted(kept, key=lambda c: c.start)


@dataclass(frozen=True)
class _Reading:
    actors: list[Actor]
    locations: list[tuple[str, int, int]]
    unexplained: bool
    """Some capitalised word is in no entity, credit or role: the model may know what it is."""


def _read(
    text: str, lang: str, model: list[tuple[int, int, str]], rules_only: bool, acronyms: Mapping[str, str]
) -> _Reading:
    reader = Reader(text, lang, model, rules_only, acronyms)
    reader.credits()
    persons = _resolve(reader.persons(), reader)
    actors: list[Actor] = []
    roles: dict[int, str] = {}
    for p in persons:
        role, rs, re_ = reader.role_of(p, persons)
        roles[p.start] = role
        reader.claim(rs, re_)
    for p in persons:
        reader.claim(p.start, p.end)
    reader.claim_title_owners()
    others = _resolve(reader.entities(), reader)
    locations: list[tuple[str, int, int]] = []
    for c in sorted([*persons, *others], key=lambda c: c.start):
        if name_key(c.name) in reader.lex.stop or (c.kind in ("org", "person") and reader.generic(c)):
            continue
        if c.kind == "person":
            actors.append(Actor(c.name, "person", c.start, c.end, roles.get(c.start, "")))
        elif c.kind in ("org", "country"):
            kind: Kind = "org" if c.kind == "org" else "country"
            actors.append(Actor(" ".join(c.name.split()), kind, c.start, c.end))
        elif c.kind == "location":
            locations.append((" ".join(c.name.split()), c.start, c.end))
    covered = [*reader.claims, *((c.start, c.end) for c in [*persons, *others])]
    return _Reading(actors, locations, reader.unexplained(covered))


# ----------------------------------------------------------------------------------------------- public


def _lang(lang: str, options: Options) -> str:
    lang = (lang or options.default_lang).lower()
    return lang if lang in ("fr", "en") else "en"


def find_entities(
    text: str,
    lang: str = "fr",
    options: Options = Options(),  # noqa: B008 - frozen dataclass, a safe default
    offset: int = 0,
    *,
    acronyms: Mapping[str, str] | None = None,
) -> Entities:
    """The actors and places of one text (usually the sentence that tells an event).

    ``offset`` is added to every start/end (pass the sentence's offset to get article offsets).
    ``acronyms`` maps acronyms defined elsewhere in the article (``find_acronyms(article.text)``) to their
    expansion, so that "l'OIM" in a later sentence is named "Organisation internationale pour les Migrations".
    With ``options.use_ner`` False (or a language without a model) only the rule layer runs.
    Raises ModelMissing when the model is needed and not installed.
    """
    return find_entities_many([text], lang, options, [offset], acronyms=acronyms)[0]


def find_entities_many(
    texts: Sequence[str],
    lang: str = "fr",
    options: Options = Options(),  # noqa: B008 - frozen dataclass, a safe default
    offsets: Sequence[int] | None = None,
    *,
    acronyms: Mapping[str, str] | None = None,
) -> list[Entities]:
    """``find_entities`` for many texts of one language, with one batched model call (``nlp.pipe``)."""
    if offsets is not None and len(offsets) != len(texts):
        raise ValueError(f"offsets has {len(offsets)} items for {len(texts)} texts")
    lang = _lang(lang, options)
    acronyms = acronyms or {}
    use_model = options.use_ner and lang in MODEL_NAMES and bool(texts)
    if use_model:
        load_model(lang)  # fail early and always (ModelMissing), not only when a text needs the model
    readings = [_read(text, lang, [], not use_model, acronyms) for text in texts]
    if use_model:  # the model only reads texts with a capitalised word the rules could not place
        todo = [n for n, r in enumerate(readings) if r.unexplained]
        spans = model_spans([texts[n] for n in todo], lang, options)
        for n, model in zip(todo, spans, strict=True):
            readings[n] = _read(texts[n], lang, model, False, acronyms)
        log.debug("model read %d of %d texts", len(todo), len(texts))
    out = []
    for n, reading in enumerate(readings):
        shift = offsets[n] if offsets is not None else 0
        out.append(
            Entities(
                tuple(Actor(a.name, a.kind, a.start + shift, a.end + shift, a.role) for a in reading.actors),
                tuple((p, s + shift, e + shift) for p, s, e in reading.locations),
            )
        )
    return out


def find_acronyms(text: str, lang: str = "fr") -> dict[str, str]:
    """Acronyms defined in a text, e.g. "Centre Vietnam-Australie (VAC)" -> {"VAC": "Centre Vietnam-Australie"}.

    Rule layer only (no model): cheap enough to run on a whole article before its sentences.
    """
    if not _ACRONYM_HINT_RE.search(text):
        return {}
    lang = _lang(lang, Options())
    reader = Reader(text, lang, [], True, {})
    reader.credits()
    persons = _resolve(reader.persons(), reader)
    for p in persons:
        reader.claim(p.start, p.end)
    reader.entities()
    return dict(reader.acronyms)


def credit_spans(text: str, lang: str = "fr") -> list[tuple[int, int]]:
    """(start, end) of the photo credits and sources in a text ("Photo : Thanh Dat/VNA"), marker included.

    For the caller's context rules: a sentence followed by a credit is a caption, not the subject of the next one.
    """
    reader = Reader(text, _lang(lang, Options()), [], True, {})
    reader.credits()
    return list(reader.credit_spans)


def article_names(text: str, lang: str = "fr") -> list[str]:
    """Full names (two words or more) of the people of a whole article, by the rule layer only (no model).

    For ``link_names``: a surname in an event sentence ("Navarrete said") can then be linked to the full name
    given in a sentence that tells no event ("Chile's Undersecretary Felipe Navarrete arrived ...").
    """
    lang = _lang(lang, Options())
    reader = Reader(text, lang, [], True, {})
    reader.credits()
    found = [" ".join(p.name.split()) for p in _resolve(reader.persons(), reader)]
    return sorted({n for n in found if len(n.split()) >= 2 and name_key(n) not in reader.lex.stop})
