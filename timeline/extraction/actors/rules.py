"""The rule layer's entry points: read texts (rules first, the model only where they cannot place a word)."""

from __future__ import annotations

import bisect
import functools
import importlib
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from timeline import lang as lexicon
from timeline.extraction.actors.bare_bodies import bare_body, named_in_article
from timeline.extraction.actors.clubs import town_clubs
from timeline.extraction.actors.common_words import ArticleWords, article_words, first_word_common, is_common
from timeline.extraction.actors.counted_names import counted_people, numbered_provision
from timeline.extraction.actors.country_complements import complement_country
from timeline.extraction.actors.country_qualifiers import qualifying_countries
from timeline.extraction.actors.headed_groups import headed_groups
from timeline.extraction.actors.lexicon import SYLLABLE_RE, Lex, lex, name_key
from timeline.extraction.actors.listed_sides import listed_sides
from timeline.extraction.actors.listings import attributive_place, legal_form, listing_spans, meeting_name
from timeline.extraction.actors.match_sides import match_sides
from timeline.extraction.actors.model import BORROWED_MODELS, MODEL_NAMES, load_model, model_spans
from timeline.extraction.actors.orgs import Reader
from timeline.extraction.actors.reader import Cand, Tok, _layout, tokens
from timeline.extraction.actors.result_sides import result_sides
from timeline.extraction.actors.seat_sources import seat_sources
from timeline.extraction.actors.shapes import FALLBACK
from timeline.extraction.actors.territory_names import join_territories
from timeline.models import COMPLEMENT_ROLE, Actor
from timeline.settings import Options

log = logging.getLogger(__name__)

__all__ = [
    "Entities",
    "article_names",
    "credit_spans",
    "find_acronyms",
    "find_entities",
    "find_entities_many",
    "may_name_by_surname",
]

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
    text: str, lang: str, model: list[tuple[int, int, str]], rules_only: bool, acronyms: Mapping[str, str],
    surnames: frozenset[str] = frozenset(),
) -> _Reading:
    reader = Reader(text, lang, model, rules_only, acronyms, surnames)
    reader.credits()
    if reader.lex.currency_prefixes is not None:  # "US$199", "HK$2 billion": an amount, no country
        for match in reader.lex.currency_prefixes.finditer(text):
            reader.claim(match.start(), match.end())
    for start, end in listing_spans(text, lang):  # "(NASDAQ: HLVI)", ", Inc.": no actor (listings.py)
        reader.claim(start, end)
    persons = _resolve(reader.persons(), reader)
    actors: list[Actor] = []
    roles: dict[int, str] = {}
    for p in persons:
        role, rs, re_ = reader.role_of(p, persons)
        roles[p.start] = role
        reader.claim(rs, reader.role_owner(rs, re_) if role else re_)
    for p in persons:
        reader.claim(p.start, p.end)
    reader.claim_title_owners()
    for start, end in qualifying_countries(text, reader.toks, reader.titles, lang, reader.lex, reader.scan_title):
        reader.claim(start, end)  # "US President X", "the U.S. car maker": no actor (country_qualifiers.py)
    others = _resolve(reader.entities(), reader)
    others = sorted([*others, *reader.listed([*persons, *others])], key=lambda c: c.start)
    locations: list[tuple[str, int, int]] = []
    for c in sorted([*persons, *others], key=lambda c: c.start):
        if (name_key(c.name) in reader.lex.stop and not (c.kind == "group" and bare_body(c.name, lang))) or (
                c.kind in ("org", "person") and reader.generic(c)):
            continue  # a bare body where it acts is kept ("le gouvernement a ...": bare_bodies.py)
        if c.kind in ("org", "person") and legal_form(c.name, lang):
            continue  # "ASA" read alone: a firm's legal form, no actor (listings.py)
        if c.kind in ("org", "person", "group") and (
                counted_people(c.name, lang) or numbered_provision(text, c.start, c.end, lang)):
            continue  # "Forty British", "Chapter 11": a count of people, a provision, no actor (counted_names.py)
        if c.kind == "org" and meeting_name(c.name, lang):
            continue  # "lors de l'assemblée générale extraordinaire": a meeting, no actor (listings.py)
        if c.kind == "org" and attributive_place(text, c.start, c.end, lang):
            continue  # "the Castlefields estate": a place in front of its noun, no actor (listings.py)
        if c.kind == "person":
            actors.append(Actor(reader.regnal_name(c), "person", c.start, c.end, roles.get(c.start, "")))
        elif c.kind == "country":  # "l'ambassadeur de France": a noun's complement, not shown (country_complements.py)
            complement = complement_country(reader.toks, reader.tok_index(c.start), reader.lex)
            actors.append(Actor(" ".join(c.name.split()), "country", c.start, c.end,
                                COMPLEMENT_ROLE if complement else ""))
        elif c.kind in ("org", "group"):
            actors.append(Actor(" ".join(c.name.split()), "org", c.start, c.end))
        elif c.kind == "location":
            locations.append((" ".join(c.name.split()), c.start, c.end))
    actors = join_territories(text, actors, lang, locations)  # "la FNSEA de la Marne": one body (territory_names.py)
    covered = [*reader.claims, *((c.start, c.end) for c in [*persons, *others] if c.priority > FALLBACK)]
    actors = list(town_clubs(text, tuple(actors), tuple(locations), reader.lex.countries, name_key))  # "à X (2-2)"
    actors = seat_sources(text, actors, lang)  # ", a indiqué Matignon": a seat that tells, no actor (seat_sources.py)
    actors = listed_sides(text, actors)  # "• Orchies - Saint-Chamond : 71-84": the two sides (listed_sides.py)
    actors = match_sides(text, actors, lang)  # "le match Digoin BC – Autun ASB": its sides (match_sides.py)
    actors = result_sides(text, actors, lang)  # "Tahoua a battu Maradi (5-4)": its sides (result_sides.py)
    actors = headed_groups(text, actors, reader.lex)  # "du collectif Sauvons la Gare": one actor (headed_groups.py)
    return _Reading(actors, locations, reader.unexplained(covered))


# ----------------------------------------------------------------------------------------------- public


def _name_shaped_spans(text: str, spans: list[tuple[int, int, str]], lang: str) -> list[tuple[int, int, str]]:
    """A borrowed model's spans cut to the names in them: each run of capitalised words, connectors allowed
    between two of them ("where European Union" -> "European Union", "Boeing lost the contract to Airbus" ->
    "Boeing", "Airbus"), never across "and" ("Ho Chi Minh City and Da Nang" are two). Sentence openers,
    nationalities, calendar and stop words ("Yesterday", "Mexican", "Friday") neither start nor continue a name.
    A run keeps the model's label when it says PER (two words or more) or LOC; otherwise it is read as ORG,
    or LOC after a locative ("to Bali"), with a place noun ("Mausoleum") or as Vietnamese syllables without a
    family name ("Vung Ang"). Left out: runs in quotes (a slogan
    or a title: "under the theme "Enhancing Connectivity and Resilience""), and runs of words our lists know
    as generic ("Election", "Congresses").

    A model of another language does not know this one's function words, and its spans run on through them
    (measured: "Boeing lost the contract to Airbus on Friday" is one MISC span); the capitalisation it does know.
    """
    lex_, toks = lex(lang), tokens(text)
    starts = [t.start for t in toks]
    out = []
    for start, end, label in spans:
        i, j = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        while i < j:
            if not (toks[i].cap and _opens_a_name(toks[i], lex_)):
                i += 1
                continue
            k = _name_end(toks, i, j, lex_)
            if _named_day(toks, i, k, lang):
                i = k + 1  # "Black Monday", "Super Tuesday": a day's name, no one
                continue
            before = toks[i - 1].fold if i > 0 else ""
            quoted = before in _QUOTES or (k < len(toks) and toks[k].text in _QUOTES)  # a slogan or a title
            generic = all(_generic_word(t, lex_) for t in toks[i:k] if t.word)  # "Armed Forces", "Election"
            generic = generic or (k == i + 1 and not toks[i].upper and toks[i].fold in _stop_words(lang))
            generic = generic or (k == i + 1 and _opener(toks, i) and _event_word(lang, toks[i].fold))
            if not any(t.text[0].isdigit() for t in toks[i:k]) and not quoted and not generic:
                kept = label if label == "LOC" or (label == "PER" and k - i >= 2) else "ORG"
                lead = _demonym_lead(toks, i, lex_)
                place = (
                    before in lex_.locatives
                    or any(t.fold in lex_.place_nouns for t in toks[i:k])
                    or _vietnamese_place(toks[i:k], lex_)
                    or lead < i
                )
                out.append((toks[lead].start, toks[k - 1].end, "LOC" if place else kept))
            i = k
    return out


def _demonym_lead(toks: Sequence[Tok], i: int, lex_: Lex) -> int:
    """Where a place named by a nationality and a name starts ("from French Guiana", "in British Columbia",
    "Kourou, French Guiana"): toks[i - 1] when it is a capitalised nationality right after a locative, or after a
    place after one and a comma; else i (the nationality qualifies a body: "British Airways", "the French Open")."""
    lead = i - 1
    if lead < 1 or not toks[lead].cap or toks[lead].fold not in lex_.demonyms:
        return i
    if toks[lead - 1].fold in lex_.locatives:
        return lead
    if toks[lead - 1].text == "," and lead >= 3 and toks[lead - 2].cap and toks[lead - 3].fold in lex_.locatives:
        return lead
    return i


def _opener(toks: Sequence[Tok], i: int) -> bool:
    """The token opens its sentence: first of the text, or after a full stop, a question or exclamation mark."""
    before = [t for t in toks[:i] if t.text not in _QUOTES]
    return not before or before[-1].text in (".", "!", "?")


@functools.cache
def _event_nouns(lang: str) -> re.Pattern[str]:
    """The event nouns of ``lang/<lang>/triggers.yaml`` as one pattern over folded words."""
    nouns = lexicon.load(f"{lang}/triggers").get("nouns") or {}
    body = "|".join(f"(?:{p})" for patterns in nouns.values() for p in patterns or ())
    return re.compile(body or "(?!)")


def _event_word(lang: str, folded: str) -> bool:
    """A word the trigger vocabulary knows as an event noun ("Clashes", "Talks", "Strikes"): capitalised only
    because it opens its sentence, it names a happening, not an actor."""
    return _event_nouns(lang).fullmatch(folded) is not None


@functools.cache
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of the language ("Within", "Once", "Rather" open sentences, they name no one)."""
    try:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ImportError:  # spaCy is optional for the rule layer
        return frozenset()
    return frozenset(getattr(module, "STOP_WORDS", ()))


@functools.cache
def _day_names(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the words that open a day's name before a weekday, the weekdays), folded (``day_names`` in actors.yaml)."""
    own = lexicon.load(f"{lang}/actors") or {}
    openers = frozenset(name_key(str(w)) for w in own.get("day_names") or ())
    return openers, frozenset(name_key(str(w)) for w in lexicon.words(lang, "weekdays"))


def _named_day(toks: Sequence[Tok], i: int, k: int, lang: str) -> bool:
    """Is the run toks[i:k] one word that names a day with the weekday right after it ("Black Monday")?"""
    openers, weekdays = _day_names(lang)
    return (k == i + 1 and k < len(toks) and name_key(toks[i].text) in openers and toks[k].cap
            and name_key(toks[k].text) in weekdays)


def _name_end(toks: Sequence[Tok], i: int, j: int, lex_: Lex) -> int:
    """End of the capitalised run starting at toks[i], before j (connectors inside, never at the end)."""
    k = i + 1
    while k < j and (
        (toks[k].cap and name_key(toks[k].text) not in lex_.stop)
        or (toks[k].fold in lex_.connectors and toks[k].fold not in _CONJUNCTIONS and k + 1 < j and toks[k + 1].cap)
    ):
        k += 1
    while k > i + 1 and toks[k - 1].fold in lex_.connectors:
        k -= 1
    return k


def _vietnamese_place(run: Sequence[Tok], lex_: Lex) -> bool:
    """Vietnamese syllables without a family name first ("Vung Ang", "Van Don"): a place, as in the rules."""
    return len(run) >= 2 and run[0].fold not in lex_.surnames and all(SYLLABLE_RE.match(t.fold) for t in run)


def _generic_word(t: Tok, lex_: Lex) -> bool:
    """A word our lists know as a generic noun, title or event word (plural too): never a name on its own."""
    words = lex_.fragments | lex_.title_tokens | lex_.title_words | lex_.nonactor_heads
    return (
        t.fold in words
        or t.fold.rstrip("s") in words
        or t.fold.removesuffix("es") in words
        or t.fold in lex_.connectors
    )


def _opens_a_name(t: Tok, lex_: Lex) -> bool:
    key = name_key(t.text)
    return (
        key not in lex_.stop
        and t.fold not in lex_.function_words
        and t.fold not in lex_.determiners
        and t.fold not in lex_.demonyms
    )


_CONJUNCTIONS = frozenset({"and", "et", "&", "or", "ou"})
_QUOTES = frozenset('"“”«»‘')


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
    people: Sequence[str] = (),
) -> Entities:
    """The actors and places of one text (usually the sentence that tells an event).

    ``offset`` is added to every start/end (pass the sentence's offset to get article offsets).
    ``acronyms`` maps acronyms defined elsewhere in the article (``find_acronyms(article.text)``) to their
    expansion, so that "l'OIM" in a later sentence is named "Organisation internationale pour les Migrations".
    ``people`` are full names the whole article gives (``article_names(article.text)``): a lone capitalised
    word that is one of their surnames ("Jeudi, Fillon s'est défendu") is then read as that person.
    With ``options.use_ner`` False (or a language without a model) only the rule layer runs.
    Raises ModelMissing when the model is needed and not installed.
    """
    return find_entities_many([text], lang, options, [offset], acronyms=acronyms, people=people)[0]


def find_entities_many(
    texts: Sequence[str],
    lang: str = "fr",
    options: Options = Options(),  # noqa: B008 - frozen dataclass, a safe default
    offsets: Sequence[int] | None = None,
    *,
    acronyms: Mapping[str, str] | None = None,
    people: Sequence[str] = (),
    article: str = "",
) -> list[Entities]:
    """``find_entities`` for many texts of one language, with one batched model call (``nlp.pipe``).

    ``article`` is the whole text the ``offsets`` point into: a capitalised common word read as a name (a sentence
    opener the article also writes in lower case, a label's rubric) is then left out (common_words.py)."""
    if offsets is not None and len(offsets) != len(texts):
        raise ValueError(f"offsets has {len(offsets)} items for {len(texts)} texts")
    lang = _lang(lang, options)
    acronyms = acronyms or {}
    use_model = options.use_ner and lang in MODEL_NAMES and bool(texts)
    if use_model:
        load_model(lang)  # fail early and always (ModelMissing), not only when a text needs the model
    rules_only = not use_model or lang in BORROWED_MODELS  # a borrowed model adds to the rules, replaces none
    surnames = _surnames(people, lang)
    readings = [_read(text, lang, [], rules_only, acronyms, surnames) for text in texts]
    if use_model:  # the model only reads texts with a capitalised word the rules could not place
        todo = [n for n, r in enumerate(readings) if r.unexplained]
        spans = model_spans([texts[n] for n in todo], lang, options)
        if lang in BORROWED_MODELS:
            spans = [_name_shaped_spans(texts[n], found, lang) for n, found in zip(todo, spans, strict=True)]
        for n, model in zip(todo, spans, strict=True):
            if model:  # no span: the first reading had the same arguments, so it is not read again (bld34)
                readings[n] = _read(texts[n], lang, model, rules_only, acronyms, surnames)
        log.debug("model read %d of %d texts", len(todo), len(texts))
    words = article_words(article) if article and offsets is not None else None
    out = []
    for n, reading in enumerate(readings):
        shift = offsets[n] if offsets is not None else 0
        shifted = (Actor(a.name, a.kind, a.start + shift, a.end + shift, a.role) for a in reading.actors)
        out.append(
            Entities(
                tuple(kept for a in shifted if (kept := _not_common(a, words, lang)) is not None
                      and (kept := named_in_article(kept, article, lang)) is not None),
                tuple((p, s + shift, e + shift) for p, s, e in reading.locations),
            )
        )
    return out


def _not_common(actor: Actor, words: ArticleWords | None, lang: str) -> Actor | None:
    """The actor, None when it is one capitalised common word, or without a common first word ("Analyst X Y")."""
    if words is None or actor.kind == "country":
        return actor
    if " " not in actor.name.strip() and is_common(words, actor.start, actor.end, lang):
        return None
    start = first_word_common(words, actor.start, actor.end, lang) if actor.kind == "person" else actor.start
    if start == actor.start:
        return actor
    name = words.text[start:actor.end]
    return Actor(" ".join(name.split()), actor.kind, start, actor.end, actor.role)


def _surnames(people: Sequence[str], lang: str) -> frozenset[str]:
    """The folded last words of full names (two words or more), for ``Reader.surnames``; a surname two of the
    article's people share ("Bush" for George Bush and George H. W. Bush) is still one person's name for
    ``link_names`` to settle."""
    stop = lex(lang).stop
    out = set()
    for name in people:
        words = name.split()
        if len(words) >= 2 and len(words[-1]) >= 3 and name_key(words[-1]) not in stop:
            out.add(name_key(words[-1]))
    return frozenset(out)


def find_acronyms(text: str, lang: str = "fr") -> dict[str, str]:
    """Acronyms defined in a text, e.g. "Centre Vietnam-Australie (VAC)" -> {"VAC": "Centre Vietnam-Australie"}.

    Rule layer only (no model): cheap enough to run on a whole article before its sentences.
    """
    if not _ACRONYM_HINT_RE.search(text):
        return {}
    lang = _lang(lang, Options())
    reader = Reader(text, lang, [], True, {})
    reader.credits()
    if reader.lex.currency_prefixes is not None:  # "US$199", "HK$2 billion": an amount, no country
        for match in reader.lex.currency_prefixes.finditer(text):
            reader.claim(match.start(), match.end())
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


def may_name_by_surname(texts: Sequence[str], article_text: str, lang: str = "fr") -> bool:
    """Could one of ``texts`` name someone by a surname the article gives in full elsewhere?

    A cheap test before ``article_names`` (a whole-article read): some text holds a lone capitalised word
    (no capitalised word glued before or after it, not a function word or a known entity word), and the
    article has that word right after another capitalised word ("... François Fillon ..." for "Fillon").
    """
    code = _lang(lang, Options())
    lex_ = lex(code)
    lone: set[str] = set()
    for text in texts:
        toks = _layout(text, code)[0]  # the reader's tokens of the same text, made once (reader._layout)
        for k, t in enumerate(toks):
            if not t.cap or t.upper or len(t.text) < 3 or t.fold in lex_.function_words:
                continue
            if (k > 0 and toks[k - 1].cap) or (k + 1 < len(toks) and toks[k + 1].cap):
                continue
            if name_key(t.text) in lex_.stop or name_key(t.text) in lex_.countries:
                continue
            lone.add(t.text)
    if not lone:
        return False
    return any(first.lower() not in lex_.function_words for first in _name_before(article_text, lone))


#: A capitalised word and the blanks after it: where ``_name_before`` looks for a known word.
_CAPITAL_THEN_BLANK_RE = re.compile(r"\b([A-ZÀ-Ý][\w'’-]*)[ \t]+")


def _word_char(char: str) -> bool:
    """Is ``char`` a word character of ``re``'s ``\\w`` (Unicode: alphanumeric or "_")?"""
    return char.isalnum() or char == "_"


def _name_before(text: str, words: set[str]) -> Iterator[str]:
    """The capitalised word before each of ``words`` in ``text``, as ``finditer`` of
    ``\\b([A-ZÀ-Ý][\\w'’-]*)[ \\t]+(?:w1|w2|...)\\b`` (longest word first) yields its group 1, without compiling
    that alternation for each article: the same matches, left to right and never overlapping.

    At a start the pattern's prefix matches one way only (its word runs to the blank, the blanks to the next
    word, which cannot start with a blank), then the first word of the alternation's order that the text
    holds there and that ends at a word boundary; a start where none does is passed by one character, a match
    by its end (``finditer``'s scan)."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[:1], []).append(word)
    size, at = len(text), 0
    while True:
        match = _CAPITAL_THEN_BLANK_RE.search(text, at)
        if match is None:
            return
        start, end = match.start(), match.end()
        found = next((word for word in by_first.get(text[end : end + 1], ())
                      if text.startswith(word, end) and _boundary(text, end + len(word), size)), None)
        if found is None:
            at = start + 1
            continue
        yield match.group(1)
        at = end + len(found)


def _boundary(text: str, at: int, size: int) -> bool:
    """``\\b`` at ``at``: a word character on one side only (the text's ends count as non-word)."""
    before = at > 0 and _word_char(text[at - 1])
    after = at < size and _word_char(text[at])
    return before != after


def article_names(text: str, lang: str = "fr") -> list[str]:
    """Full names (two words or more) of the people of a whole article, by the rule layer only (no model).

    For ``link_names``: a surname in an event sentence ("Navarrete said") can then be linked to the full name
    given in a sentence that tells no event ("Chile's Undersecretary Felipe Navarrete arrived ...").
    """
    lang = _lang(lang, Options())
    reader = Reader(text, lang, [], True, {})
    reader.credits()
    words = article_words(text)  # "Analyst Maria Keller" is Maria Keller (common_words.py)
    found = [" ".join(text[first_word_common(words, p.start, p.end, lang):p.end].split()
                      if p.name == text[p.start:p.end] else p.name.split()) for p in _resolve(reader.persons(), reader)]
    return sorted({n for n in found if len(n.split()) >= 2 and name_key(n) not in reader.lex.stop})
