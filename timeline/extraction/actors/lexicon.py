"""Word lists of the actor rules, folded and compiled once per language (``timeline/lang/<lang>/actors.yaml``).

``fold_name`` is the key names are matched by; ``lex(lang)`` is one language's lists, ready to match.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from timeline import lang as lexicon
from timeline.extraction.actors import world_countries

log = logging.getLogger(__name__)

__all__ = ["SYLLABLE_RE", "Lex", "fold", "fold_name", "lex", "may_open", "name_key"]


def fold(text: str) -> str:
    return _fold_cached(text)


@functools.lru_cache(maxsize=65536)
def _fold_cached(text: str) -> str:
    return lexicon.fold(text)


def fold_name(name: str) -> str:
    """The key names are matched by: no accents, no case, hyphens/apostrophes/dots as spaces.

    >>> fold_name("Tô Lâm") == fold_name("TO LAM") == "to lam"
    True
    """
    return name_key(name)


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    return " ".join(_NAME_PUNCT_RE.sub(" ", lexicon.fold(name)).split())


_NAME_PUNCT_RE = re.compile(r"[-‐‑–—_'’.]")


@functools.lru_cache(maxsize=65536)
def _lead(word: str) -> str:
    """The first word of ``name_key(word)`` ("" when it has none)."""
    return name_key(word).split(" ", 1)[0]


@functools.lru_cache(maxsize=64)
def _first_words(*keys: frozenset[str]) -> tuple[str, ...]:
    """The first words of the keys of one or more lists, sorted (the lists are the Lex's frozensets: their hash is
    kept by the set, so the look-up is cheap)."""
    return tuple(sorted({key.split(" ", 1)[0] for group in keys for key in group}))


@functools.lru_cache(maxsize=131072)  # asked for every word of every sentence read: one look-up once answered
def may_open(token: str, *keys: frozenset[str]) -> bool:
    """Could a phrase that starts with the token ``token`` have its ``name_key`` in one of ``keys``?

    A pure pre-test for the readers' look-ups of every phrase from a token (``name_key(text[start:end]) in
    keys`` for each length): False only when none can match. ``fold`` works character by character and
    ``name_key`` turns the same characters into blanks, so a phrase's key starts with its first token's key and
    its first word starts with the token's first word: when no first word of the lists starts with it, no key
    of the lists can be the phrase's."""
    lead = _lead(token)
    if not lead:
        return True
    firsts = _first_words(*keys)
    at = bisect.bisect_left(firsts, lead)
    return at < len(firsts) and firsts[at].startswith(lead)


#: One Vietnamese syllable without its diacritics: onset, 1-3 vowels, coda ("nguyen", "chinh", "quang").
SYLLABLE_RE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"  # onset
    r"[aeiouy]{1,3}"  # vowels
    r"(?:ch|ng|nh|[cmnpt])?$"  # coda
)


@dataclass(frozen=True)
class Lex:
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
    legislatures: frozenset[str] = frozenset()
    """fold_name of legislatures and bodies named without a head word ("Lok Sabha", "Knesset", "Congress")."""
    legislature_max_tokens: int = 1
    fragments: frozenset[str] = frozenset()
    """fold_name of generic words that are never an organisation on their own ("Justice", "Forces")."""
    groups: frozenset[str] = frozenset()
    """fold_name of nouns for people acting as a group ("manifestants", "forces de l'ordre", "lawmakers")."""
    qualified_groups: frozenset[str] = frozenset()
    """fold_name of nouns for a population ("voters", "étudiants"): a group only with a qualifier."""
    group_max_tokens: int = 1
    group_modifier_endings: tuple[str, ...] = ()
    """Endings of a nationality or region adjective that qualifies a group ("police gabonaise", "Somali")."""
    group_modifier_after: bool = True
    """Does such an adjective follow the group noun (French "police gabonaise"); English puts it before ("Somali
    lawmakers"), and a lower-case word after is the verb ("rail workers began")."""
    joined_nationalities: dict[str, str] = field(default_factory=dict)
    """Folded combining form or nationality adjective -> country display name ("russo" -> "Russie")."""
    markets: frozenset[str] = frozenset()
    """fold_name of stock indices and exchanges named without a head word ("Nasdaq", "Nikkei", "CAC")."""
    market_max_tokens: int = 1
    media: re.Pattern[str] | None = None
    """Newspapers and broadcasters named without a head word, as written ("Le Canard enchaîné", "CNN")."""
    source_cues: re.Pattern[str] | None = None
    """Matches right before a medium that is then a source ("selon Le Monde"), not an actor."""
    body_adjectives: frozenset[str] = frozenset()
    """Adjectives that make a lower-case head a body by themselves ("le tribunal correctionnel", "le parquet
    national financier", "le conseil municipal"): the head needs no named complement then."""
    complement_heads: frozenset[str] = frozenset()
    """Lower-case heads that name a body by a common noun's complement ("la commission des finances")."""
    common_bodies: frozenset[str] = frozenset()
    """Common nouns that name a body even in small letters ("senate", "parliament"): a capitalised one at a
    sentence's start stays an actor although the article also writes it in lower case (common_words.py)."""
    named_heads: frozenset[str] = frozenset()
    """Lower-case head nouns a name may follow without quotes ("le parti Projet Montréal", "the party United
    Russia")."""
    securities: frozenset[str] = frozenset()
    """Folded nouns for a company's securities ("shares", "stock", "action", "titre"): the name they go with is a
    company's ("Northbank shares", "shares of Countrywide", "le titre Verlaine")."""
    sectors: frozenset[str] = frozenset()
    """Folded words that qualify securities by kind, not by company ("Energy shares", "Class A shares")."""
    definite_articles: frozenset[str] = frozenset()
    """Folded definite articles: a capitalised name after one, before a verb of what people do, is an institution."""
    agent_cues: re.Pattern[str] | None = None
    """Matches right before a lone capitalised word that is then the body acting in a passive clause ("publiés par
    la Dorvane", "fined by the Commission"): a preposition of the agent and a determiner."""
    country_name_words: frozenset[str] = frozenset()
    """Folded lower-case words that go on a name opening with a country's, making it a body's ("la France
    insoumise"): a country is rarely told with them."""
    market_units: frozenset[str] = frozenset()
    country_setting_nouns: frozenset[str] = frozenset()
    """Folded nouns of happenings a country is the setting of when it comes before them ("Albania quake", "Japan's
    snap election"): the country is a place there (``country_settings``)."""
    setting_locatives: frozenset[str] = frozenset()
    """Folded locatives that frame a country as a setting through a determiner or an area adjective ("in the United
    States", "dans toute la France": ``country_frames``)."""
    setting_areas: frozenset[str] = frozenset()
    """Folded nouns of a part of a country, before ``setting_area_links`` ("the north of", "capitale du")."""
    setting_area_links: frozenset[str] = frozenset()
    setting_area_adjectives: frozenset[str] = frozenset()
    """Folded lower-case words between a locative and a country that name a part of it ("in central France")."""
    country_complement_links: frozenset[str] = frozenset()
    """Folded links between a noun and a country that is its complement ("ambassadeur de France", "Party of
    Vietnam"): the country is no actor there (``country_complements``)."""
    country_name_links: frozenset[str] = frozenset()
    """Folded words that may stand between a name's first word and the country that ends it ("Debout la France",
    "Union pour la France"): articles and "pour"/"for", never "de"/"of" (a country's complement)."""
    currency_prefixes: re.Pattern[str] | None = None
    """A country's or a city's letters glued to a currency sign ("US$199", "CA$50", "HK$2"): part of an amount."""
    """Words after a number that make it a quantity, not part of an index's name ("CAC 40" but "GM 40 percent")."""
    company_heads: frozenset[str] = frozenset()
    """Folded heads that end a company's name ("General Motors", "Acme Holdings"): a lone name joined to one by
    "and" is another company ("Ford and General Motors"), where a public body's head takes the words before "and"
    into its name ("Food and Drug Administration")."""
    hazard_heads: frozenset[str] = frozenset()
    regnal_titles: frozenset[str] = frozenset()
    territorial_titles: frozenset[str] = frozenset()
    acronym_body_heads: frozenset[str] = frozenset()
    """Folded heads of a body an acronym and a modifier name ("UN refugee agency"): the body, not the acronym's."""
    """Folded titles of officials named after a territory ("préfet", "governor"): the territory is no actor."""
    compass_words: frozenset[str] = frozenset()
    """Folded points of the compass, both languages: with a country they name a region ("Nord-Vietnam")."""
    """Folded titles of sovereigns and popes: one name right after one is named with it ("pape François")."""
    """Folded nouns of natural hazards ("storm", "tempête"): the name after one is the hazard's, never an actor."""


def _alternation(items: Iterable[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(set(items), key=len, reverse=True))


def _strings(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key) or []
    if isinstance(value, Mapping):
        return [str(k) for k in value]
    return [str(v) for v in value]


def _media_pattern(names: list[str]) -> re.Pattern[str] | None:
    """Media names as written; a leading article ("Le", "The") may also be written in lower case."""
    if not names:
        return None
    forms = set()
    for name in names:
        forms.add(name)
        if re.match(r"(?:Les?|La|L'|The) ", name) or name.startswith("L'"):
            forms.add(name[0].lower() + name[1:])
    return re.compile(rf"(?<![\w‐-])(?:{_alternation(forms)})(?![\w‐-])")


def _cue_before(cues: list[str], gap: str) -> re.Pattern[str] | None:
    """Matches at the end of the text before a word: one of ``cues``, then ``gap``."""
    return re.compile(rf"(?<![\w‐-])(?:{_alternation(cues)}){gap}$", re.IGNORECASE) if cues else None


def _calendar_words(lang: str) -> list[str]:
    """Month and weekday names from the dates word list (never actors); [] if that file cannot be read."""
    try:
        return [str(w) for key in ("months", "weekdays") for w in lexicon.words(lang, key)]
    except (OSError, yaml.YAMLError) as exc:
        log.warning("cannot read the %s dates word list (%s); month names are not filtered", lang, exc)
        return []


def _holidays(lang: str) -> list[str]:
    """The holidays of the dates word list ("Thanksgiving", "la Toussaint"), with and without their article: a
    day, never an actor ("Thanksgiving orders were soft"); [] if that file cannot be read."""
    try:
        names = [str(w) for w in lexicon.words(lang, "holidays")]
    except (OSError, yaml.YAMLError):
        return []
    return [*names, *(n.split(" ", 1)[1] for n in names if n.split(" ", 1)[0] in ("la", "le", "the") and " " in n)]


def _folded(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _strings(data, key))


@functools.cache
def lex(lang: str) -> Lex:
    own = lexicon.load(f"{lang}/actors") or lexicon.load("en/actors")
    shared = [lexicon.load(f"{code}/actors") for code in ("fr", "en")]

    def merged(key: str) -> list[str]:
        return [s for data in shared for s in _strings(data, key)]
    titles = _strings(own, "titles")
    honorifics = _strings(own, "honorifics")
    agencies = merged("agencies")
    cities = merged("cities") + _strings(own, "places")
    countries = {name_key(k): str(v) for k, v in world_countries.country_names(lang).items()}
    countries.update({name_key(k): str(v) for k, v in (own.get("countries") or {}).items()})
    months = _calendar_words(lang)
    stop = _strings(own, "stop_entities") + months + _strings(own, "credit_markers") + honorifics + _holidays(lang)
    title_words = {fold(w) for w in _strings(own, "title_words")}
    return Lex(
        titles=re.compile(rf"(?<![\w‐-])(?:{_alternation(titles)})(?![\w‐-])", re.IGNORECASE),
        honorifics=re.compile(rf"(?<![\w.])(?:{_alternation(honorifics)})(?=\s+[A-ZÀ-ÖØ-Þ])"),
        agencies=re.compile(rf"(?<![\w-])(?:{_alternation(agencies)})(?![\w-])") if agencies else None,
        credit=re.compile(
            rf"(?<!\w)(?:{_alternation(_strings(own, 'credit_markers'))})\s*(?:[:/|©]|-(?=\s))\s*", re.IGNORECASE
        ),
        org_heads=frozenset(fold(w) for w in _strings(own, "org_heads")),
        lowercase_org_heads=_folded(own, "lowercase_org_heads"), body_adjectives=_folded(own, "body_adjectives"),
        complement_heads=_folded(own, "complement_heads"),
        place_nouns=frozenset(fold(w) for w in _strings(own, "place_nouns")),
        function_words=frozenset(
            fold(w)
            for key in ("function_words", "connectors", "locatives", "breakers", "determiners")
            for w in _strings(own, key)
        ),
        nonactor_heads=_folded(own, "nonactor_heads"), connectors=_folded(own, "connectors"),
        determiners=_folded(own, "determiners"), locatives=_folded(own, "locatives"), breakers=_folded(own, "breakers"),
        org_stop_nouns=frozenset(fold(w) for w in [*_strings(own, "org_stop_nouns"), *months]),
        adjective_endings=tuple(sorted({w.lower() for w in _strings(own, "adjective_endings")}, key=len, reverse=True)),
        demonyms=frozenset(fold(w) for w in _strings(own, "demonyms")),
        title_words=frozenset(title_words),
        title_tokens=frozenset(tok for t in titles for tok in re.findall(r"\w+", fold(t))),
        countries=countries,
        country_max_tokens=max((len(k.split()) for k in countries), default=1),
        places=frozenset(name_key(c) for c in cities),
        place_max_tokens=max((len(name_key(c).split()) for c in cities), default=1),
        stop=frozenset(name_key(s) for s in stop),
        surnames=frozenset(fold(s) for s in merged("vietnamese_surnames")),
        agency_keys=frozenset(name_key(a) for a in agencies),
        legislatures=frozenset(name_key(w) for w in merged("legislatures")),
        legislature_max_tokens=max((len(name_key(w).split()) for w in merged("legislatures")), default=1),
        bodies=frozenset(name_key(w) for w in _strings(own, "bodies")),
        person_verbs=(re.compile(rf"\s+(?:{_alternation(_strings(own, 'person_verbs'))})(?![\w‐-])", re.IGNORECASE)
                      if _strings(own, "person_verbs") else None),
        definite_articles=_folded(own, "definite_articles"),
        agent_cues=_cue_before(_strings(own, "agent_cues"), r"\s*"),  # "par l'", no space before the name
        person_cues=_cue_before(_strings(own, "person_cues"), r"\s+"),
        fragments=frozenset(name_key(w) for w in _strings(own, "fragments")),
        groups=frozenset(name_key(w) for w in _strings(own, "groups")),
        qualified_groups=frozenset(name_key(w) for w in _strings(own, "qualified_groups")),
        group_max_tokens=max((len(name_key(w).split()) for key in ("groups", "qualified_groups")
                              for w in _strings(own, key)), default=1),
        group_modifier_endings=tuple(sorted({fold(w) for w in _strings(own, "group_modifier_endings")},
                                            key=len, reverse=True)),
        group_modifier_after=bool(own.get("group_modifier_after", True)),
        joined_nationalities={fold(str(k)): countries[name_key(str(v))]
                              for k, v in (own.get("joined_nationalities") or {}).items()
                              if name_key(str(v)) in countries},
        markets=frozenset(name_key(w) for w in merged("markets")),
        market_max_tokens=max((len(re.findall(r"\w+|[^\w\s]", w)) for w in merged("markets")), default=1),
        market_units=frozenset(fold(w) for w in merged("market_units")), hazard_heads=_folded(own, "hazard_heads"),
        country_name_words=_folded(own, "country_name_words"), country_name_links=_folded(own, "country_name_links"),
        regnal_titles=_folded(own, "regnal_titles"), territorial_titles=_folded(own, "territorial_titles"),
        acronym_body_heads=_folded(own, "acronym_body_heads"), **{key: _folded(own, key) for key in (
            "country_setting_nouns", "setting_locatives", "setting_areas", "setting_area_links",
            "setting_area_adjectives", "country_complement_links")},
        compass_words=frozenset(fold(w) for w in merged("compass_words")),
        currency_prefixes=(re.compile(rf"(?<![\w$])[A-Z]{{1,3}}(?=(?:{_alternation(merged('currency_signs'))})\s?\d)")
                           if merged("currency_signs") else None),
        named_heads=_folded(own, "named_heads"), securities=_folded(own, "securities"), sectors=_folded(own, "sectors"),
        common_bodies=_folded(own, "common_bodies"),
        media=_media_pattern(merged("media")), company_heads=_folded(own, "company_heads"),
        source_cues=_cue_before(merged("source_cues"), r"\s+"),
    )
