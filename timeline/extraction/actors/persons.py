"""Step 2 (persons) and step 3 (roles) of the reader: names after titles, Vietnamese names, roles."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from timeline.extraction.actors.lexicon import SYLLABLE_RE, name_key
from timeline.extraction.actors.reader import MAX_ROLE_TOKENS, Cand, ReaderBase, Tok, name_shaped

__all__ = ["PersonReader"]


#: Words that make the next word the complement of a noun ("préfecture du Doubs"), not a subject.
_OF_WORDS = frozenset({"de", "du", "des", "d'", "d’", "of"})

class PersonReader(ReaderBase):
    """The reader with persons and their roles."""

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
        return t.cap and not t.upper and name_shaped(t.text) and t.fold not in self.lex.connectors

    def complement_ok(self, k: int, prev: Tok | None) -> bool:
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

    def complementish(self, t: Tok) -> bool:
        lex = self.lex
        key = name_key(t.text)
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

    def persons(self) -> list[Cand]:
        cands: list[Cand] = []
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
                if run is not None and direct and run[1] - run[0] == 1 and self._inside_an_owner(j, k):
                    continue  # "chairman of the Federal Reserve": the rest of the body's name, not a person
                if run is not None and self.toks[run[1] - 1].fold not in self.lex.org_heads:
                    cands.append(self._person(*run, 5))  # not "General Motors", "Lehman Brothers": a company
        # Names after a courtesy title ("M. Hung", "Mr Smith").
        for m in self.lex.honorifics.finditer(self.text):
            run = self.name_run(self.tok_index(m.end()), single=True)
            if run is not None:
                cands.append(self._person(*run, 5))
        # A lone name-like word doing what people do ("Navarrete said", "Thanh met", "Dias a déclaré").
        cands.extend(self._surname_subjects())
        # A lone word that is the surname of someone the article names in full ("Fillon a tenu", "Akerson plans").
        cands.extend(self._known_surnames())
        # The model's persons, stripped of titles it swallowed.
        for start, end, label in self.model:
            if label == "PER":
                i, j = self.tok_index(start), self.by_end.get(end)
                if j is None:
                    continue
                j += 1
                while i < j and not (self.toks[i].cap and (self.is_name_token(self.toks[i]) or self.vn_name_at(i))):
                    i += 1
                if i < j and (j - i >= 2 or self._honorific_before(i)) and not self._company_follows(j):
                    cands.append(self._person(i, j, 3))
        # Rule layer only: capitalised name-like runs are people.
        if self.rules_only:
            for i, j in self.cap_runs():
                if self._plain_name(i, j) and not self._company_follows(j):
                    cands.append(self._person(self._past_opener(i, j), j, 1))
        lex = self.lex
        return [
            c
            for c in cands
            if self.free(c.start, c.end)
            and not self._after_place_noun(self.by_start[c.start])
            and not self._owns_place(self.by_end[c.end])
            and name_key(c.name) not in lex.places
            and name_key(c.name) not in lex.countries
            and name_key(c.name) not in lex.stop
        ]

    def _inside_an_owner(self, j: int, k: int) -> bool:
        """Is toks[k] right after a capitalised word of the title's complement that is no portfolio ("of the
        Federal [Reserve]"; but "Minister of Foreign Affairs [Son]", "President [Khai]")?"""
        before = self.toks[k - 1]
        return k - 1 >= j and before.cap and before.word and before.fold not in self.lex.title_words

    def _company_follows(self, j: int) -> bool:
        """Does an organisation's head word end the name at toks[j] ("Goldman Sachs Group", "JPMorgan Chase & Co.",
        "Bear Stearns Cos.")? Then the model's PER span before it is a company named after people."""
        toks, heads = self.toks, self.lex.org_heads
        if j < len(toks) and toks[j].text == "&":
            j += 1
        return j < len(toks) and toks[j].cap and toks[j].fold in heads and toks[j].start - toks[j - 1].end <= 1

    def _surname_subjects(self) -> list[Cand]:
        """Single capitalised name-like words right before a person verb, not opening a longer name or phrase."""
        lex, toks = self.lex, self.toks
        if lex.person_verbs is None:
            return []
        out = []
        for k, t in enumerate(toks):
            if not t.cap:  # the cheap half of is_name_token first: most words are lower-case
                continue
            if not self.is_name_token(t) or t.fold in lex.function_words or name_key(t.text) in lex.agency_keys:
                continue
            before = self.text[max(0, t.start - 40) : t.start]
            cued = lex.person_cues is not None and lex.person_cues.search(before)
            if not lex.person_verbs.match(self.text, t.end) and not cued:
                continue
            if cued and k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].start - t.end <= 1:
                continue  # "according to Reuters News": a longer name, left to other steps
            if k > 0 and (toks[k - 1].cap or toks[k - 1].fold in lex.determiners) and toks[k - 1].word and not cued:
                continue  # part of a longer capitalised run, or "the Ministry said"
            if k > 0 and toks[k - 1].fold in _OF_WORDS and not cued:
                continue  # the complement of a noun: "la préfecture du Doubs a annoncé", "the mayor of Dole said"
            if k > 1 and toks[k - 1].text == "&" and toks[k - 2].cap:
                continue  # the end of a firm's name: "Marks & Spencer said" (shapes._ampersand_acronyms)
            out.append(self._person(k, k + 1, 1))
        return out

    def _known_surnames(self) -> list[Cand]:
        """Single capitalised words that are the surname of a person the article names in full elsewhere
        (``surnames``), not part of a longer capitalised run: "Jeudi, Fillon s'est défendu", "Akerson plans"."""
        if not self.surnames:
            return []
        toks, out = self.toks, []
        for k, t in enumerate(toks):
            if not t.cap or t.fold not in self.surnames or not self.is_name_token(t):
                continue
            if k > 0 and toks[k - 1].cap and toks[k - 1].word and t.start - toks[k - 1].end <= 1:
                continue  # "François Fillon": the full name, read by the other steps
            if k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].start - t.end <= 1:
                continue  # the start of a longer run ("Trump Tower")
            if k > 1 and toks[k - 1].fold in self.lex.connectors and toks[k - 2].cap:
                continue  # the end of a longer name ("Commission on Elections", "Ordre de Malte")
            out.append(self._person(k, k + 1, 2))
        return out

    def _past_opener(self, i: int, j: int) -> int:
        """Where a capitalised run opening a sentence starts once its opening word is left out ("The", "Le",
        "Selon", "Today": a stop word, not a name)."""
        toks, lex = self.toks, self.lex
        sentence_start = i == 0 or toks[i - 1].text in ".!?:;\n"
        if sentence_start and i < j and not self.is_name_token(toks[i]) and toks[i].fold in lex.stop | lex.determiners:
            return i + 1
        return i

    def _plain_name(self, i: int, j: int) -> bool:
        """Rule layer: is the capitalised run toks[i:j] a person's name with no title to tell us so?

        2-4 name-like words; not after "the"; not inside a longer capitalised name ("ASEAN Plus Three");
        not Vietnamese syllables without a family name first (those are places: "Vung Ang", "Bac Son");
        not in quotes (slogans, titles of works).
        """
        toks, lex = self.toks, self.lex
        i = self._past_opener(i, j)
        if not 2 <= j - i <= 4 or not all(self.is_name_token(toks[k]) for k in range(i, j)):
            return False
        if i > 0 and (toks[i - 1].fold in lex.determiners or toks[i - 1].text in "\"“«'‘"):
            return False
        if all(SYLLABLE_RE.match(toks[k].fold) for k in range(i, j)) and toks[i].fold not in lex.surnames:
            return False
        if any(toks[k].fold in lex.place_nouns for k in range(i, j)):
            return False  # "Ha Long Bay", "Hoan Kiem Lake"
        if any(name_key(self.text[toks[i].start : toks[k].end]) in lex.places for k in range(i + 1, j)):
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

    def _person(self, i: int, j: int, priority: int) -> Cand:
        start, end = self.span(i, j)
        return Cand(start, end, "person", self.text[start:end], priority)

    # -- step 3: roles

    def role_of(self, person: Cand, persons: Sequence[Cand]) -> tuple[str, int, int]:
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

    def role_owner(self, start: int, end: int) -> int:
        """Where the body a role belongs to starts inside it ("présidente de [la Banque centrale européenne]",
        "chief executive of [Apple Inc.]"), else ``end``: that body acts with its officer and stays readable as
        an actor (issue 13, round seven). Not a country or a place ("Prime Minister of Japan": the country only
        qualifies the title, as in "Indonesia's President"), nor a ministry's portfolio ("ministre de
        l'Intérieur": a fragment)."""
        lex, toks = self.lex, self.toks
        i, j = self.tok_index(start), self.tok_index(end)
        for k in range(i + 1, j):
            t = toks[k]
            if not t.cap or toks[k - 1].fold not in lex.connectors or t.fold in lex.title_words:
                continue
            reach = max(lex.country_max_tokens, lex.place_max_tokens)
            heads = [name_key(self.text[t.start : toks[m].end]) for m in range(k, min(j, k + reach))]
            if any(h in lex.countries or h in lex.places for h in heads):
                return end  # "ambassadrice de Malaisie au Vietnam", "Head of the Vietnam Trade Office"
            owner = name_key(self.text[t.start : end])
            return end if owner in lex.fragments or owner in lex.stop else t.start
        return end

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
