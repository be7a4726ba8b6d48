"""Name shapes of step 4: indices and exchanges with their numbers, "&" names, lists of names, openers.

``ShapeReader`` sits between the persons reader and the organisations reader (orgs.py): its methods add
candidates the head-word grammar does not see ("FTSE 100", "AT&T", the "Ford" of "Ford, Chrysler and GM")
and keep a sentence's first word out of a name ("Shares of Lehman Brothers Holdings").
"""

from __future__ import annotations

from timeline.extraction.actors.bare_bodies import bare_bodies
from timeline.extraction.actors.country_settings import country_kind
from timeline.extraction.actors.lexicon import fold, may_open, name_key
from timeline.extraction.actors.persons import PersonReader
from timeline.extraction.actors.reader import OPENERS, Cand, Tok

__all__ = ["ShapeReader"]

#: Words between a group noun and the name that qualifies it ("pompiers de Grandvillars", "employees of Airbus").
_OF = frozenset({"de", "d'", "d’", "du", "des", "of"})
#: The priority of a grammar-only reading (an agent, a subject after an article): lowest, and it does not keep the
#: model from reading its sentence (rules._read), so that the model's longer span ("la Protection civile") wins.
FALLBACK = 0
#: The priority of a name after a definite article before a person verb: the model's own readings' (a place there
#: is a metonym for its institution: "The White House said", "le Kremlin a démenti").
DETERMINED = 3
#: Quotes around a name after a head word, and how many tokens such a name may have.
_OPEN_QUOTES = frozenset('«“"')
_CLOSE_QUOTES = frozenset('»”"')
_QUOTED_NAME_TOKENS = 8
#: Two names, not one: "the company Petrobras and Indonesian President ...".
_AND = frozenset({"and", "et"})
#: Words between a security noun and its company ("shares of Countrywide", "stock in Merrill Lynch", "actions de").
_SECURITY_LINKS = frozenset({"of", "in", "de", "du", "d'", "d’"})
#: Words that join the last two items of a list of names.
_LIST_CONJUNCTIONS = frozenset({"and", "et", "or", "ou", "&"})


class ShapeReader(PersonReader):
    """Markets, "&" names, lists and sentence openers (used by ``orgs.Reader``)."""

    def _cand(self, i: int, j: int, kind: str, priority: int, name: str = "") -> Cand:
        start, end = self.span(i, j)
        return Cand(start, end, kind, name or self.text[start:end], priority)

    def _acronym_body(self, k: int) -> int | None:
        """End of "<acronym> <one or two lower-case words> <body head>" at toks[k] ("UN refugee agency", "UN nuclear
        watchdog"; ``acronym_body_heads`` in lang/<lang>/actors.yaml, round thirteen), else None."""
        toks, heads = self.toks, self.lex.acronym_body_heads
        for modifiers in (1, 2):
            h = k + 1 + modifiers
            words = toks[k + 1 : h]
            if h < len(toks) and toks[h].fold in heads and not toks[h].cap \
                    and all(t.word and not t.cap and t.fold not in heads for t in words):
                return h + 1
        return None

    def _markets(self) -> list[Cand]:
        """Stock indices and exchanges named without a head word ("the Nasdaq", "le CAC 40", "S&P 500"):
        organisations, an index number part of the name. Not any acronym with a number ("APEC 2027", "COP 21")."""
        lex, toks, text = self.lex, self.toks, self.text
        cands: list[Cand] = []
        n = len(toks)
        for k, t in enumerate(toks):
            if not t.cap or not may_open(t.text, lex.markets):
                continue
            end = 0
            for size in range(min(lex.market_max_tokens, n - k), 0, -1):
                last = toks[k + size - 1]
                if (last.word or size == 1) and name_key(text[t.start : last.end]) in lex.markets:
                    end = k + size
                    break
            if not end:
                continue
            if self._index_number(end):
                end += 1
            cands.append(self._cand(k, end, "org", 5))
        return cands

    def _media(self) -> list[Cand]:
        """Newspapers and broadcasters ("Le Canard enchaîné a révélé", "CNN reported"): organisations; after a
        source cue ("selon Le Monde", "told the New York Times") a source, never an actor."""
        lex, text = self.lex, self.text
        if lex.media is None:
            return []
        cands: list[Cand] = []
        for m in lex.media.finditer(text):
            start = m.start()
            i = self.tok_index(start)
            if i >= len(self.toks) or self.starts[i] != start:
                continue
            if text[start].islower() and i + 1 < len(self.toks):
                start = self.toks[i + 1].start  # "le Canard enchaîné": the article is the sentence's, not the name's
            source = lex.source_cues is not None and lex.source_cues.search(text, max(0, start - 40), m.start())
            cands.append(Cand(start, m.end(), "nonactor" if source else "org", text[start : m.end()], 5))
        return cands

    def _agents(self) -> list[Cand]:
        """A lone capitalised word after the agent of a passive and a determiner ("remis par la Dorvane", "fined
        by the Commission"): a body, as a person takes no determiner. Priority FALLBACK: any other reading of the
        word (a country, a place, the model's span) wins; a longer capitalised run is left to the other steps."""
        lex, toks, text = self.lex, self.toks, self.text
        if lex.agent_cues is None:
            return []
        cands: list[Cand] = []
        for k, t in enumerate(toks):
            if not t.cap or k == 0 or not self.is_name_token(t) or t.fold in lex.function_words:
                continue
            if t.fold in lex.org_heads or t.fold in lex.lowercase_org_heads or t.fold in lex.title_tokens:
                continue  # "approved by the Board", "reçu par la Reine": a head or a title alone names no one
            if k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].start - t.end <= 1:
                continue  # "par la Haute Autorité ...": a longer name
            if toks[k - 1].cap or not lex.agent_cues.search(text, max(0, t.start - 16), t.start):
                continue
            cands.append(self._cand(k, k + 1, "org", FALLBACK))
        return cands

    def _determined_subjects(self) -> list[Cand]:
        """A capitalised name after a definite article, right before a verb of what people do ("The White House
        said", "le Pentagone a annoncé"): an institution, as a person takes no article. Not a lone head word or
        title ("the Ministry said", "the President said": anaphors, read by events/context.py). Priority DETERMINED:
        the model's place over the same words ("White House" read as a building) does not say, announce or deny."""
        lex, toks = self.lex, self.toks
        if lex.person_verbs is None or not lex.definite_articles:
            return []
        cands: list[Cand] = []
        for i, j in self.cap_runs():
            if toks[i].fold in lex.definite_articles:
                i += 1  # "The White House said": the sentence's capitalised article
            elif i == 0 or toks[i - 1].fold not in lex.definite_articles:
                continue
            if not 0 < j - i <= 3 or not all(self.is_name_token(toks[k]) for k in range(i, j)):
                continue
            last = toks[j - 1].fold
            if last in lex.org_heads or last in lex.title_tokens or last in lex.function_words:
                continue
            if lex.person_verbs.match(self.text, toks[j - 1].end):
                cands.append(self._cand(i, j, "org", DETERMINED))
        return cands + bare_bodies(self)  # and a body named by its bare common noun where it acts

    def _quoted_names(self) -> list[Cand]:
        """A name in quotes right after an organisation's head word ("le comité « Stop Essais ! »", "le mouvement
        « En marche ! »", "the group "Save Our Shores""): that organisation, named by the quoted words. A quote
        not after a head word is a slogan or a title, never a name."""
        lex, toks, n = self.lex, self.toks, len(self.toks)
        cands: list[Cand] = []
        for k in range(len(toks) - 2):
            head, quote = toks[k], toks[k + 1]
            if quote.text not in _OPEN_QUOTES or not (
                head.fold in lex.org_heads or head.fold in lex.lowercase_org_heads or name_key(head.text) in lex.groups
            ):
                continue
            reach = range(k + 2, min(n, k + 2 + _QUOTED_NAME_TOKENS))
            close = next((m for m in reach if toks[m].text in _CLOSE_QUOTES), None)
            if close is None or close == k + 2 or not toks[k + 2].cap:
                continue
            start, end = toks[k + 2].start, toks[close - 1].end
            cands.append(Cand(start, end, "org", self.text[start:end], 5))
        return cands

    def _named_after_head(self) -> list[Cand]:
        """A name right after a lower-case head noun of its kind, without quotes ("le parti Projet Montréal", "le
        mouvement En Marche", "the party United Russia"; ``named_heads``): that organisation. Capitalised words
        (connectors between them), whose first word is no country, place, nationality or common word ("le
        groupe Airbus", not "le groupe France", "le parti Socialiste européen"? its head is capitalised: read
        by the head-word grammar)."""
        lex, toks, n = self.lex, self.toks, len(self.toks)
        cands: list[Cand] = []
        for k in range(n - 1):
            head, first = toks[k], toks[k + 1]
            if head.cap or head.fold not in lex.named_heads:
                continue
            if k + 2 < n and self.is_adjective(first) and toks[k + 2].cap:  # "le syndicat professionnel UNSA"
                k, first = k + 1, toks[k + 2]
            if not first.cap or not first.word:
                continue
            if first.fold in lex.function_words and first.fold not in ("les", "la", "le", "the"):
                continue
            key = name_key(first.text)
            if key in lex.countries or key in lex.places or first.fold in lex.demonyms or key in lex.stop:
                continue
            m = k + 2
            while m < n and m - k <= _QUOTED_NAME_TOKENS and (
                (toks[m].cap and toks[m].word)
                or (toks[m].fold in lex.connectors and toks[m].fold not in _AND and m + 1 < n and toks[m + 1].cap
                    and name_key(toks[m + 1].text) not in lex.stop)  # "the retailer Harrow & Lane on Wednesday"
            ):
                m += 1
            if first.fold in ("les", "la", "le", "the") and m == k + 2:
                continue  # "le parti La ...": an article alone is no name
            if m == k + 2 and m < n and toks[m].word and not toks[m].cap and toks[m].fold.endswith(
                tuple(fold(e) for e in lex.adjective_endings) or ("\0",)
            ):
                m += 1  # "le syndicat Force ouvrière", "le parti Lutte ouvrière": a one-word name and its adjective
            cands.append(Cand(first.start, toks[m - 1].end, "org", self.text[first.start : toks[m - 1].end], 5))
        return cands

    def _hazard_names(self) -> list[Cand]:
        """The name after a hazard noun (``hazard_heads``: "la tempête Oriane", "storm Ciaran", "Hurricane Katrina"):
        the hazard's, never an actor, with the noun when it is capitalised (a name of its own, "Tempête Oriane")."""
        lex, toks, n = self.lex, self.toks, len(self.toks)
        cands: list[Cand] = []
        for k in range(n - 1):
            head, first = toks[k], toks[k + 1]
            if head.fold not in lex.hazard_heads or not first.cap or not first.word or first.fold in lex.function_words:
                continue
            m = k + 2
            while m < n and toks[m].cap and toks[m].word and toks[m].start - toks[m - 1].end <= 1:
                m += 1
            start = head.start if head.cap else first.start
            cands.append(Cand(start, toks[m - 1].end, "nonactor", self.text[start : toks[m - 1].end], 6))
        return cands

    def _nationality_after(self, k: int) -> bool:
        """Is toks[k] a lower-case nationality adjective glued after a name ("Congrès américain", "Parlement
        écossais"), not an adjective of a body's kind ("national", ``body_adjectives``)?"""
        if k >= len(self.toks):
            return False
        t, lex = self.toks[k], self.lex
        if t.cap or not t.word or t.fold in lex.body_adjectives or t.fold in lex.breakers:
            return False
        return t.fold in lex.demonyms or (bool(lex.group_modifier_endings) and lex.group_modifier_after
                                          and t.fold.endswith(lex.group_modifier_endings))


    def _owner_goes_on(self, k: int) -> bool:
        """Is toks[k] a word of the capitalised name that owns a group noun, glued to the next word ("United" in
        "United Auto Workers")? Also opening the sentence, but not a stop or function word ("Yesterday")."""
        t, nxt = self.toks[k], self.toks[k + 1]
        return (nxt.cap and nxt.start - t.end <= 1 and self.is_name_token(t) and t.fold not in self.lex.function_words
                and name_key(t.text) not in self.lex.stop)

    def hyphen_body(self, i: int, j: int) -> bool:
        """Is toks[i:j] one hyphen compound of a country or place and a word that is neither ("Météo-France",
        "Hydro-Québec", "Radio-Canada"): a body named after the country, not a place ("Vietnam-Laos" is two)?"""
        if j - i != 1 or "-" not in self.toks[i].text:
            return False
        written = [p for p in self.toks[i].text.split("-") if p]
        if len(written) != 2 or not all(p[:1].isupper() for p in written):
            return False  # "Hanoi-based", "Paris-bound": an adjective
        known = [name_key(p) in self.lex.countries or name_key(p) in self.lex.places
                 or name_key(p) in self.lex.compass_words for p in written]
        return any(known) and not all(known)

    def _hyphen_bodies(self) -> list[Cand]:
        """Bodies named by a hyphen compound with a country or place (``hyphen_body``), without the model."""
        return [self._cand(k, k + 1, "org", 2) for k, t in enumerate(self.toks) if t.cap and self.hyphen_body(k, k + 1)]

    def regnal_name(self, c: Cand) -> str:
        """A person named by one word right after a sovereign's or a pope's title (``regnal_titles``: "le pape
        François", "King Albert"): named with the title, as a reader names them; the word alone names no one."""
        k = self.tok_index(c.start)
        if k == 0 or self.by_end.get(c.end) != k or self.toks[k - 1].fold not in self.lex.regnal_titles:
            return c.name
        return f"{self.toks[k - 1].text} {c.name}"

    def _possessors(self) -> list[Cand]:
        """A lone capitalised word owning a lower-case noun ("Toyota's shares rose", "Nokia's profit"): a name, also
        opening the sentence, where a lone capitalised word is otherwise taken for a common word. An organisation,
        at the lowest priority: a person, country or longer name over the same word wins."""
        lex, toks = self.lex, self.toks
        cands: list[Cand] = []
        for k in range(len(toks) - 3):
            t, quote, s, owned = toks[k], toks[k + 1], toks[k + 2], toks[k + 3]
            if quote.text not in "'’" or s.fold != "s" or quote.start != t.end or s.start != quote.end:
                continue
            if (owned.cap and name_key(owned.text) not in lex.countries) or not owned.word:
                continue  # "People's Committee": a longer name; "Toyota's US sales" goes on
            if k > 0 and toks[k - 1].cap and toks[k - 1].word:
                continue  # "People's Committee", "Goldman Sachs's": other steps read the longer name
            if not self.is_name_token(t) or t.fold in lex.function_words or t.fold in lex.title_words:
                continue
            cands.append(self._cand(k, k + 1, "org", 1))
        return cands

    def _securities(self) -> list[Cand]:
        """The company a security noun names (``securities``): the capitalised words right before it in English
        ("Northbank shares fell", "General Motors stock"), right after it or after "of/in/de" ("shares of
        Countrywide", "stock in Merrill Lynch", "le titre Verlaine", "les actions de Verlaine"). Not a sector, a
        country, a place or a nationality ("Energy shares", "Japanese shares"). An organisation at the lowest
        priority, as ``_possessors``: any other reading of the same words wins."""
        lex, toks, n = self.lex, self.toks, len(self.toks)
        if not lex.securities:
            return []
        cands: list[Cand] = []
        for k, t in enumerate(toks):
            if t.fold not in lex.securities:
                continue
            i = k
            while i > 0 and k - i < 4 and self._company_word(toks[i - 1]):
                i -= 1
            if i < k and (i == 0 or not toks[i - 1].cap or toks[i - 1].fold in lex.function_words):
                cands.append(self._cand(i, k, "org", 1))
            j = k + 1
            if j < n and toks[j].fold in _SECURITY_LINKS:
                j += 1
                if j < n and toks[j].fold in lex.determiners and not toks[j].cap:
                    j += 1
            m = j
            while m < n and m - j < 4 and self._company_word(toks[m]):
                m += 1
            if m > j:
                cands.append(self._cand(j, m, "org", 1))
        return cands

    def _company_word(self, t: Tok) -> bool:
        """May ``t`` be a word of a company's name next to a security noun?"""
        lex = self.lex
        if not (t.cap and t.word) or t.fold in lex.function_words or t.fold in lex.sectors:
            return False
        key = name_key(t.text)
        return key not in lex.countries and key not in lex.places and key not in lex.stop and (
            t.fold not in lex.demonyms and not (t.fold.endswith("s") and t.fold[:-1] in lex.demonyms))

    def _joined_nationalities(self, t: Tok) -> list[Cand]:
        """The countries of a hyphen compound of nationalities ("russo-américain", "israélo-palestiniennes",
        "Sino-Japanese"), each part one country; nothing unless every part is one (``joined_nationalities``)."""
        known, out, pos = self.lex.joined_nationalities, [], t.start
        for part in t.text.split("-"):
            country = next((known[f] for f in _inflections(fold(part)) if f in known), None)
            if country is None:
                return []
            out.append(Cand(pos, pos + len(part), "country", country, 4))
            pos += len(part) + 1
        return out if len(out) > 1 else []

    def _countries(self) -> list[Cand]:
        """Countries: one token, hyphen compounds ("Vietnam-Laos"), multi-word ("Corée du Sud")."""
        lex, toks, text = self.lex, self.toks, self.text
        cands: list[Cand] = []
        for k, t in enumerate(toks):
            if not t.cap:
                if "-" in t.text and lex.joined_nationalities:
                    cands.extend(self._joined_nationalities(t))  # "accord russo-américain"
                continue
            for size in range(min(lex.country_max_tokens, len(toks) - k), 0, -1):
                key = name_key(text[t.start : toks[k + size - 1].end])
                if toks[k + size - 1].word and key in lex.countries:
                    joined = k > 0 and toks[k - 1].end == t.start and toks[k - 1].text in "-–‐"  # "Vietnam–Singapore"
                    goes_on = None if joined else self._name_after_country(k + size)
                    named = None if joined or goes_on else self._name_before_country(k)
                    if named is not None:  # "Debout la France", "Reform UK": a party named with its country
                        cands.append(self._cand(named, k + size, "org", 5))
                        break
                    if goes_on:  # "la France insoumise", "France Télévisions": a body named after its country
                        heads = {tok.fold for tok in toks[k + size : goes_on]}
                        cands.append(self._cand(k, goes_on, "nonactor" if heads & lex.nonactor_heads else "org", 5))
                        break
                    kind = country_kind(text, toks, k, k + size, lex)  # "en Libye", "Burundi : ..."
                    cands.append(self._cand(k, k + size, kind, 4, lex.countries[key]))
                    break
            else:
                parts = t.text.split("-")
                if len(parts) > 1 and all(name_key(p) in lex.countries for p in parts):
                    pos = t.start
                    for p in parts:
                        cands.append(Cand(pos, pos + len(p), "country", lex.countries[name_key(p)], 4))
                        pos += len(p) + 1
                elif len(parts) > 1:
                    cands.extend(self._joined_nationalities(t))  # "the Russian-American accord"
        return cands

    def _name_after_country(self, m: int) -> int | None:
        """Where a name that opens with a country's goes on to (the end token), or None: right after the country,
        capitalised words that are no calendar word, title, country or nationality ("France Télévisions", "Vietnam
        Airlines"), or a word of ``country_name_words`` ("la France insoumise"); the country alone otherwise."""
        lex, toks = self.lex, self.toks
        end = m
        while end < len(toks) and toks[end].word and self.text[toks[end - 1].end : toks[end].start] == " ":
            tok, key = toks[end], name_key(toks[end].text)
            known = tok.fold in lex.country_name_words
            if not known and not (tok.cap and key not in lex.stop and key not in lex.countries
                                  and tok.fold not in lex.title_tokens and tok.fold not in lex.demonyms
                                  and tok.fold not in lex.function_words):
                break
            end += 1
        return end if end > m else None

    def _name_before_country(self, k: int) -> int | None:
        """Where a name that ends with a country's starts (its first token), or None: a capitalised word right
        before the country, an article or ``country_name_links`` between them ("Debout la France", "Union pour la
        France", "Reform UK"), that is no sentence opener, calendar word, title, country, place, nationality or
        acronym ("Monday France", "US President", "EU China"). "de"/"of" name a country's complement ("le roi du
        Maroc", "the King of Spain"): no link."""
        lex, toks = self.lex, self.toks
        m = k - 1
        while m >= 0 and k - m <= 2 and toks[m].fold in lex.country_name_links:
            m -= 1
        if m < 1 or toks[m - 1].text in OPENERS or toks[m].end == toks[m + 1].start:
            return None
        tok, key = toks[m], name_key(toks[m].text)
        if not (tok.word and tok.cap and not tok.upper and len(tok.text) > 1) or any(
                key in words for words in (lex.stop, lex.countries, lex.places)) or tok.fold in lex.title_tokens \
                or tok.fold in lex.demonyms or tok.fold in lex.function_words or tok.fold in lex.org_stop_nouns:
            return None
        return m

    def _index_number(self, k: int) -> bool:
        """Is toks[k] the number of an index's name: 2-4 digits one space after the name, no unit after it?"""
        toks = self.toks
        if k >= len(toks) or not (toks[k].text.isdigit() and 2 <= len(toks[k].text) <= 4):
            return False
        if toks[k].start - toks[k - 1].end != 1:
            return False
        if k + 1 >= len(toks):
            return True
        after = toks[k + 1]
        if after.fold in self.lex.market_units:
            return False  # "GM 40 percent"
        glued_digits = k + 2 < len(toks) and toks[k + 2].text.isdigit() and toks[k + 2].start == after.end
        return not (after.text in ",." and after.start == toks[k].end and glued_digits)  # "100,000", "40.5"

    def _ampersand_acronyms(self) -> list[Cand]:
        """Names written with "&" and no space ("AT&T", "P&G"): one organisation, not two letters. With spaces,
        capitalised names on both sides ("Marks & Spencer", "Harlow & Penn Partners"): one firm, not two people or
        two bodies (prose joins two of them with "and"; measured in round fifteen: two written dev halves read
        such a firm as two names)."""
        toks, cands = self.toks, []
        for k in range(1, len(toks) - 1):
            a, amp, b = toks[k - 1], toks[k], toks[k + 1]
            glued = a.end == amp.start and amp.end == b.start
            if amp.text == "&" and a.cap and b.cap and glued and len(a.text) <= 3 and len(b.text) <= 3:
                cands.append(self._cand(k - 1, k + 2, "org", 2))
            elif amp.text == "&" and not glued and self._firm_word(a) and self._firm_word(b):
                i, j = k - 1, k + 2
                while i > 0 and self._firm_word(toks[i - 1]) and toks[i].start - toks[i - 1].end <= 1:
                    i -= 1
                while j < len(toks) and self._firm_word(toks[j]) and toks[j].start - toks[j - 1].end <= 1:
                    j += 1
                cands.append(self._cand(i, j, "org", 5))
        return cands

    def _firm_word(self, t: Tok) -> bool:
        """A capitalised word of a firm's name: a name-like word or an organisation's head ("Sons", "Partners")."""
        return t.cap and t.word and (self.is_name_token(t) or t.fold in self.lex.org_heads)

    def listed(self, kept: list[Cand]) -> list[Cand]:
        """Lone capitalised words listed with actors ("the automakers - Ford, Chrysler, and General Motors",
        "Peugeot, Citroën et Renault"): actors of the kind of the listed ones they stand with.

        A list is three names or more joined by commas and one conjunction ("and", "et", ...); each unknown item
        is one capitalised name-like word (or a glued run of them) that no other candidate holds, not a function
        or stop word, not after a determiner or a locative ("à Luanda, X et Y"), and not the sentence's first
        word ("Yesterday, Ford and GM ..."). Two names ("Barangay and Sangguniang Kabataan Elections") are no list.
        """
        toks = self.toks
        known: dict[int, tuple[int, str]] = {}
        held = bytearray(len(self.text) + 1)
        for c in kept:
            held[c.start : c.end] = b"\x01" * (c.end - c.start)
            if c.kind in ("org", "person", "group"):
                known[self.tok_index(c.start)] = (self.tok_index(c.end), c.kind)
        out: list[Cand] = []
        n, k = len(toks), 0
        while k < n:
            items: list[tuple[int, int, str]] = []  # (i, j, kind or "")
            conj, m = False, k
            while m < n:
                if m in known:
                    j, kind = known[m]
                elif self._listable(m) and held.find(1, toks[m].start, toks[m].end) < 0:
                    j, kind = self._name_goes_on(m + 1), ""
                else:
                    break
                items.append((m, j, kind))
                if j < n and toks[j].text == ",":
                    j += 1
                if j < n and toks[j].text.lower() in _LIST_CONJUNCTIONS:  # "ou", not "où"
                    conj, j = True, j + 1
                if j == items[-1][1]:
                    break  # nothing joins the next item
                m = j
            kinds = [kind for _, _, kind in items if kind]
            if conj and len(items) >= 3 and kinds:
                kind = max(set(kinds), key=kinds.count)
                out.extend(self._cand(i, j, kind if kind != "group" else "org", 1) for i, j, c in items if not c)
            k = max(k + 1, items[-1][1] if items else k + 1)
        return [c for c in out if self.free(c.start, c.end)]

    def _listable(self, k: int) -> bool:
        t, toks, lex = self.toks[k], self.toks, self.lex
        if not (t.cap and self.is_name_token(t)) or not self.free(t.start, t.end):
            return False
        if k == 0 or (toks[k - 1].text in OPENERS and toks[k - 1].text not in "-–—:("):
            return False
        if toks[k - 1].fold in lex.determiners or toks[k - 1].fold in lex.locatives:
            return False  # "the Barangay", "à Luanda"
        return t.fold not in lex.function_words and name_key(t.text) not in lex.stop

    def _common_opener(self, i: int, j: int) -> bool:
        """Does a capitalised phrase start with a sentence's first word followed by "of"/"de", the word no head
        or title ("Shares of Lehman Brothers Holdings", "Officials of ...")? Then that word only opens the
        sentence; "Bank of America", "Ministry of Health" keep their head."""
        lex, toks = self.lex, self.toks
        if j - i < 3 or not (i == 0 or toks[i - 1].text in OPENERS) or toks[i + 1].fold not in _OF:
            return False
        t = toks[i]
        return not (t.fold in lex.org_heads or t.fold in lex.nonactor_heads or t.fold in lex.title_tokens
                    or t.fold in lex.title_words or t.fold in lex.place_nouns or t.upper
                    or name_key(t.text) in lex.countries or name_key(t.text) in lex.places
                    or name_key(t.text) in lex.legislatures)

    def _name_goes_on(self, j: int) -> int:
        """Where a run of capitalised name words glued to toks[j - 1] ends (j when none follows)."""
        lex, toks = self.lex, self.toks
        while j < len(toks):
            t = toks[j]
            key = name_key(t.text)
            if (not t.word or not t.cap or t.upper or t.start - toks[j - 1].end > 1 or key in lex.stop
                    or key in lex.places or key in lex.countries or t.fold in lex.title_tokens
                    or t.fold in lex.title_words or t.fold in lex.demonyms):
                break
            j += 1
        return j


def _inflections(word: str) -> list[str]:
    """A folded adjective and its masculine singular candidates ("palestiniennes" -> "palestinienne",
    "palestinien")."""
    forms = [word]
    if word.endswith("s"):
        forms.append(word[:-1])
    for form in list(forms):
        if form.endswith("nne"):
            forms.append(form[:-2])  # "palestinienne"
        elif form.endswith("e"):
            forms.append(form[:-1])  # "américaine", "allemande"
    return forms
