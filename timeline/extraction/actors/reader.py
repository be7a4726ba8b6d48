"""Tokens, candidates and the base of the reader: claims, name-shaped words, credits (step 1)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from timeline import lang as lexicon
from timeline.extraction.actors.lexicon import SYLLABLE_RE, _fold_cached, lex, name_key

__all__ = ["OPENERS", "ORDINAL_RE", "Cand", "ReaderBase", "Tok", "name_shaped", "tokens"]

#: Longest title phrase, organisation name and role we accept, in tokens: longer means a swallowed clause.
MAX_ROLE_TOKENS = 28
MAX_ORG_TOKENS = 24
#: How far (in tokens) an acronym's expansion may start before its "(ACR)".
MAX_ACRONYM_REACH = 16


def _apostrophe_name_re() -> str:
    """A capitalised word whose apostrophe is followed by two lower-case letters or more, one name ("Wetang'ula",
    "Ng'ang'a"), unless an elided head or a contraction's tail (``apostrophe_words`` of lang/*/actors.yaml, both
    languages) stands either side: "Aujourd'hui", "Lorsqu'il", "We're" stay cut as before. A possessive after it
    stays a token of its own ("Wetang'ula's": "Wetang'ula", "'", "s")."""
    heads: set[str] = set()
    tails: set[str] = set()
    for code in ("fr", "en"):
        data = lexicon.load(f"{code}/actors").get("apostrophe_words") or {}
        heads.update(str(w) for w in data.get("heads") or [])
        tails.update(str(w) for w in data.get("tails") or [])
    alt = "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) or "(?!)"
    tail = "|".join(sorted(map(re.escape, tails), key=len, reverse=True)) or "(?!)"
    lower = r"[^\W\d_A-ZÀ-Þ]"
    return (rf"(?=[A-ZÀ-Þ])(?<![\w'’])(?!(?i:{alt})['’])[A-ZÀ-Þ][^\W\d_]+"
            rf"['’](?!(?i:{tail})(?![\w'’])){lower}{{2,}}(?:['’](?!s\b){lower}+)*(?=['’]s\b|(?![\w'’]))")


_TOKEN_RE = re.compile(_apostrophe_name_re() + r"|\w+(?:[-‐]\w+)*(?:['’](?!s\b)(?=\w))?|[^\w\s]")
ROMAN_ORDINAL_RE = re.compile(r"[IVXLC]+(?:e|er|ème|th)?")
#: Tokens after which a capitalised word may just open a sentence or a quote.
OPENERS = frozenset('.!?:;«»"“”—–-()[]*#>')
ORDINAL_RE = re.compile(r"\d+(?:e|er|ère|ème|st|nd|rd|th)")
#: One hyphenated word whose last part is lower case: an adjective or a prefixed noun ("Omaha-based", "Ex-crypto",
#: "Pro-government"), never a name (a place's or a person's last part is capitalised: "Saint-Aubin-des-Landes").
COMPOUND_MODIFIER_RE = re.compile(r"\w+(?:[-‐]\w+)*[-‐][^\W\d_A-ZÀ-Þ]{3,}")


@functools.lru_cache(maxsize=65536)
def name_shaped(word: str) -> bool:
    """A capitalised word of letters (any script's diacritics: "Vũ", "Tĩnh", "Jean-Noël", "O'Brien")."""
    parts = re.split(r"[-'’]", word)
    return word[:1].isupper() and all(p.isalpha() for p in parts) and not word.isupper() and parts[-1] != ""


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    fold: str
    word: bool
    cap: bool
    upper: bool


def tokens(text: str) -> list[Tok]:
    """The words and punctuation marks of ``text`` (the hottest loop of the actor rules: kept lean)."""
    out: list[Tok] = []
    append, make, folded = out.append, tuple.__new__, _fold_cached
    for m in _TOKEN_RE.finditer(text):
        t = m.group()
        start, end = m.span()
        first = t[0]
        if first.isalnum() or first == "_":
            upper = t.isupper() and sum(c.isalpha() for c in t) >= 2
            append(make(Tok, (t, start, end, folded(t), True, first.isupper(), upper)))
        else:
            append(make(Tok, (t, start, end, folded(t), False, False, False)))
    return out


#: is_name_token's answers per word, per language's word lists (kept in the entry: their id stays theirs).
_NAME_WORDS: dict[int, tuple[object, dict[str, bool]]] = {}
MAX_KNOWN_WORDS = 200_000


_Layout = tuple[list[Tok], list[int], dict[int, int], dict[int, int], list[tuple[int, int]]]


@functools.lru_cache(maxsize=512)
def _layout(text: str, lang: str) -> _Layout:
    """Tokens, their starts, token index by start and by end, and the token ranges [i, j) of title words
    ("secrétaire général", "Prime Minister"). Kept for the last texts: a sentence the model reads is read
    twice (rules, then rules with the model's spans), and nothing here depends on the model; the tokens of an
    event's sentences are first read by ``rules.may_name_by_surname`` (all of an article's at once, so the cache
    holds a long article's sentences till its readers come)."""
    toks = tokens(text)
    by_start = {t.start: i for i, t in enumerate(toks)}
    by_end = {t.end: i for i, t in enumerate(toks)}
    titles = []
    for m in lex(lang).titles.finditer(text):
        i, j = by_start.get(m.start()), by_end.get(m.end())
        if i is not None and j is not None:
            titles.append((i, j + 1))
    return toks, [t.start for t in toks], by_start, by_end, titles


@dataclass
class Cand:
    start: int
    end: int
    kind: str
    """person, org, country, location, nonactor."""
    name: str
    priority: int


class ReaderBase:
    """Reads one text: tokens and claims; step 1 (credits). Persons and entities are its subclasses."""

    def __init__(
        self, text: str, lang: str, model: list[tuple[int, int, str]], rules_only: bool, acronyms: Mapping[str, str],
        surnames: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.lang = lang
        self.surnames = surnames
        """Folded last words of the people the whole article names in full ("fillon" for "François Fillon")."""
        self.lex = lex(lang)
        self.toks, self.starts, self.by_start, self.by_end, self.titles = _layout(text, lang)
        """Shared with every reader of the same text (read-only)."""
        self.model = model
        self.rules_only = rules_only
        self.claims: list[tuple[int, int]] = []
        self.credit_spans: list[tuple[int, int]] = []
        """Step 1's photo credits and sources ("Photo: Thanh Dat/VNA"), marker included."""
        self.occupied = bytearray(len(text) + 1)
        """1 where a character is claimed (a bytearray: ``find`` keeps long texts linear)."""
        self.acronyms: dict[str, str] = {k: v for k, v in acronyms.items()}
        self.nonactor_acronyms: set[str] = set()
        self._name_words = _NAME_WORDS.setdefault(id(self.lex), (self.lex, {}))[1]

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

    def is_name_token(self, t: Tok) -> bool:
        """A word that may be (part of) a person's name; decided once per word and language (it depends on
        the word alone: its case, shape and folded form)."""
        if not t.cap:
            return False
        known = self._name_words.get(t.text)
        if known is None:
            if len(self._name_words) >= MAX_KNOWN_WORDS:
                self._name_words.clear()
            known = self._name_words[t.text] = self._name_token(t)
        return known

    def _name_token(self, t: Tok) -> bool:
        lex = self.lex
        return bool(
            t.cap
            and not t.upper
            and len(t.text) >= 2
            and name_shaped(t.text)
            and t.fold not in lex.connectors
            and t.fold not in lex.determiners
            and t.fold not in lex.title_words
            and t.fold not in lex.title_tokens
            and t.fold not in lex.demonyms
            and t.fold not in lex.org_heads
            and t.fold not in lex.nonactor_heads
            and name_key(t.text) not in lex.stop
            and name_key(t.text) not in lex.countries
            and name_key(t.text) not in lex.places
        )

    def is_adjective(self, t: Tok) -> bool:
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
        if any(not t.cap or t.upper or "-" in t.text or not SYLLABLE_RE.match(t.fold) for t in toks):
            return False
        if any(self.toks[k].end != self.toks[k + 1].start - 1 for k in range(i, j - 1)):
            return False  # not separated by exactly one space
        lex = self.lex
        if toks[0].fold not in lex.surnames or any(t.fold in lex.place_nouns for t in toks):
            return False  # "Ha Long Bay"
        for size in range(2, len(toks) + 1):  # "Ha Long", "Son La ..." are places
            key = name_key(" ".join(t.text for t in toks[:size]))
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

    # -- step 1: credits

    def credits(self) -> None:
        lex, text = self.lex, self.text
        agency_ends = {m.end() for m in lex.agencies.finditer(text)} if lex.agencies is not None else set()
        for m in lex.credit.finditer(text):
            end = m.end()
            first = k = self.tok_index(end)
            while k < len(self.toks) and k - first < 8 and self._credit_goes_on(k, first, agency_ends):
                k += 1
            stop = self.toks[k - 1].end if k > first else end
            if text[m.start() : m.end()].strip().lower().startswith(("source", "sources")):
                line_end = text.find("\n", m.end())
                stop = len(text) if line_end < 0 else line_end
            self.claim(m.start(), stop)
            self.credit_spans.append((m.start(), stop))
        if lex.agencies is not None:
            for m in lex.agencies.finditer(text):
                start, end = m.start(), m.end()
                if start > 0 and text[start - 1] == "(" and end < len(text) and text[end] == ")":
                    start, end = start - 1, end + 1
                self.claim(start, end)
        for i, j in self.cap_runs():  # all-caps name runs: photographers ("NHAT BAC"), shouting headlines
            upper = [k for k in range(i, j) if self.toks[k].upper]
            if len(upper) >= 2 and len(upper) == j - i and not self._after_named_head(i):
                self.claim(*self.span(i, j))

    def _after_named_head(self, i: int) -> bool:
        """Is toks[i] right after a lower-case head noun that names (``named_heads``), an adjective between at most
        ("le syndicat professionnel UNSA ICNA"): a name in capitals, not a credit."""
        k = i - 1
        if k > 0 and self.is_adjective(self.toks[k]):
            k -= 1
        return k >= 0 and not self.toks[k].cap and self.toks[k].fold in self.lex.named_heads

    def generic(self, c: Cand) -> bool:
        """Is a candidate only title words, nationalities or a generic fragment ("Chilean Undersecretary")?"""
        lex = self.lex
        if name_key(c.name) in lex.fragments or COMPOUND_MODIFIER_RE.fullmatch(c.name.strip()):
            return True
        first = self.tok_index(c.start)
        words = [t for t in self.toks[first : self.tok_index(c.end)] if t.word]
        if len(words) == 1 and words[0].upper and len(words[0].text) >= 2 and not self._ends_title(first):
            return False  # an acronym alone is a name ("l'ONU a condamné"), even when it also ends titles
        if len(words) >= 3 and not words[0].cap and words[0].fold in lex.complement_heads:
            return False  # a body by its remit ("la commission des finances"): title words, yet one body
        return bool(words) and all(
            t.fold in lex.title_tokens or t.fold in lex.title_words or t.fold in lex.demonyms for t in words
        )

    def _ends_title(self, k: int) -> bool:
        """Does toks[k] end a title ("les ministres des AE", "ministre de l'Intérieur")?"""
        toks, lex = self.toks, self.lex
        while k > 0 and (toks[k - 1].fold in lex.connectors or toks[k - 1].fold in lex.determiners):
            k -= 1
        return k > 0 and k < len(toks) and (toks[k - 1].fold in lex.title_tokens
                                            or toks[k - 1].fold.rstrip("s") in lex.title_tokens)

    def unexplained(self, covered: Sequence[tuple[int, int]]) -> bool:
        """Is some capitalised word outside every span in ``covered`` (and not a sentence-opening word)?"""
        lex = self.lex
        mask = bytearray(len(self.text) + 1)
        for s, e in [*covered, *(self.span(i, j) for i, j in self.titles)]:
            mask[s:e] = b"\x01" * (e - s)
        for k, t in enumerate(self.toks):
            if not t.cap or mask[t.start]:
                continue
            if name_key(t.text) in lex.stop or ROMAN_ORDINAL_RE.fullmatch(t.text):  # "Parti", "PIB", "XIIIe"
                continue
            opening = k == 0 or self.toks[k - 1].text in OPENERS
            if opening and (t.fold in lex.function_words or t.fold in lex.determiners or name_key(t.text) in lex.stop):
                continue
            return True
        return False

    def _credit_goes_on(self, k: int, first: int, agency_ends: set[int]) -> bool:
        """May toks[k] still be part of the credit started at toks[first]?

        Same line; capitalised names, slashes, dots and web addresses ("NHAT BAC", "Reuters/John Smith",
        "tuoitre.vn"); a lower-case word ends it ("Photo : le ministère ..." keeps its actor). In a glued
        paragraph the next sentence follows on the same line: an agency ends the credit unless a slash goes
        on ("Photo: Thanh Dat/VNA The National Assembly ..."), and so does a capitalised article or
        sentence-opening word ("... /VNA L'Assemblée nationale ...", "... Nhat Bac The ministry ...").
        """
        t = self.toks[k]
        if k > first and "\n" in self.text[self.toks[k - 1].end : t.start]:
            return False
        if k > first and self.toks[k - 1].end in agency_ends and t.text not in "/&":
            return False
        if k > first and t.cap and (t.fold in self.lex.determiners or t.fold in self.lex.function_words):
            return False
        if not t.word:
            return t.text in "/&.,-"
        web = k + 1 < len(self.toks) and self.toks[k + 1].text == "." and self.toks[k + 1].start == t.end
        return t.cap or t.text[0].isdigit() or web
