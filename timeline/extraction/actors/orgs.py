"""Step 4 of the reader: organisations, acronyms, non-actors, countries and places; the model's spans retyped."""

from __future__ import annotations

import bisect
import re

from timeline.extraction.actors import event_bodies
from timeline.extraction.actors.complement_bodies import complement_body
from timeline.extraction.actors.country_settings import country_kind
from timeline.extraction.actors.lexicon import fold, may_open, name_key
from timeline.extraction.actors.place_phrases import after_place_phrase
from timeline.extraction.actors.reader import (
    MAX_ACRONYM_REACH,
    MAX_ORG_TOKENS,
    OPENERS,
    ORDINAL_RE,
    ROMAN_ORDINAL_RE,
    Cand,
    Tok,
)
from timeline.extraction.actors.shapes import _OF, ShapeReader

__all__ = ["Reader"]

#: How many words a lower-case head may go through before its capitalised complement ("cour d'appel de Paris").
LOWER_HEAD_REACH = 8


class Reader(ShapeReader):
    """The whole reader: credits, persons, roles, then organisations and places."""

    def org_from_head(self, h: int) -> tuple[int, int] | None:
        """Head-first organisation grammar: Head (adj)* ((conn)+ word (adj)*)* - cut at verbs and clauses."""
        lex, toks, n = self.lex, self.toks, len(self.toks)
        head = toks[h]
        bare = (head.cap and h > 1 and toks[h - 1].fold in ("de", "d'", "d’")
                and toks[h - 2].word and not toks[h - 2].cap)
        if not head.cap or head.fold not in lex.org_heads | lex.nonactor_heads:  # also "la Mairie de Lyon"
            if head.fold not in lex.lowercase_org_heads:  # "le ministère de la Santé": some heads, named complement
                return None
            if h > 0 and toks[h - 1].fold in ("de", "d'", "d’"):
                return None  # "chefs d'État et de gouvernement de l'Union": a noun without article names no body
            named = h + 1 < n and self.is_name_token(toks[h + 1]) and toks[h + 1].start - head.end <= 1
            kind = h + 1 < n and toks[h + 1].fold in lex.body_adjectives  # "le tribunal correctionnel"
            if not named and not kind and not self._named_complement(h):  # "le gouvernement Jospin": its leader
                return complement_body(self, h)  # "la commission des finances", or no body
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
            if (self.is_adjective(t) or (not t.cap and t.fold in lex.body_adjectives)) and adjectives < 2:
                if k + 1 < n and toks[k + 1].fold in ("par", "by"):
                    break  # "Conseil européen ... dominé par": a participle opening a clause, not a modifier
                last, k, adjectives = k + 1, k + 1, adjectives + 1
                continue
            break
        if bare and not complement and not any(toks[m].cap for m in range(h + 1, last)):
            return None  # "coup d'État militaire": a noun's complement without article, an adjective after it
        body = None if head.cap else complement_body(self, h)  # "la chambre d'agriculture | de l'Ain"
        return body if body and body[1] > last else (h, last)

    def _named_complement(self, h: int) -> bool:
        """Does a lower-case head reach a capitalised complement after a connector, within a few words
        of adjectives and lower-case nouns ("le tribunal correctionnel d'Epinal", "la cour d'appel de Paris",
        "le conseil des droits de l'homme des Nations unies")?"""
        lex, toks, n = self.lex, self.toks, len(self.toks)
        linked = lex.connectors | lex.determiners
        for k in range(h + 1, min(n, h + 1 + LOWER_HEAD_REACH)):
            t, prev = toks[k], toks[k - 1]
            if t.cap:
                return prev.fold in linked
            if not t.word or t.fold in lex.breakers:
                return False
            if t.fold in linked or self.is_adjective(t) or (prev.fold in linked and self._org_noun(t, prev)):
                continue
            return False
        return False

    def _org_noun(self, w: Tok, prev: Tok) -> bool:
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
            acronym_first = (toks[i].upper and i + 1 < n and toks[i + 1].cap and not toks[i + 1].upper
                             and toks[i + 1].start - toks[i].end <= 1  # "NPD Group", "UN Security Council"
                             and toks[i + 1].fold not in conn and toks[i + 1].fold not in self.lex.determiners
                             and name_key(toks[i].text) not in self.lex.agency_keys)  # not "VNA Hanoi
            if not toks[i].cap or (toks[i].upper and not acronym_first):
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
                    or name_key(nxt.text) in self.lex.countries
                    or name_key(nxt.text) in self.lex.places
                )
                named = k < n and toks[k].cap and (  # not "on Tuesday"; "Competition and Markets Authority"
                    name_key(toks[k].text) not in self.lex.stop or self._ends_in_head(k))
                if and_the is False and toks[j].fold in ("et", "and") and named:
                    and_the = self._two_names(i, j, k)  # "Air Canada and Air India"
                if k > j and named and not and_the:
                    j = k + 1
                    continue
                break
            out.append((i, j))
            i = j
        return out

    def _two_names(self, i: int, j: int, k: int) -> bool:
        """Are toks[i:j] and the capitalised run from toks[k] two organisations, each with its own head word
        ("Air Canada and Air India"), rather than one name ("Ministry of Industry and Trade", "Securities and
        Exchange Commission": a head word alone is no name)?"""
        toks, heads = self.toks, self.lex.org_heads
        end = k
        while end < len(toks) and toks[end].cap and end - k < MAX_ORG_TOKENS:
            end += 1
        left = toks[max(i, j - MAX_ORG_TOKENS) : j]  # a bounded look back: long runs stay linear
        named = any(t.fold not in heads and t.fold not in self.lex.connectors for t in left)  # not "Securities"
        if named and end > k + 1 and toks[end - 1].fold in self.lex.company_heads:
            return True  # "Ford and General Motors": a company's head ends the second name
        return named and any(t.fold in heads for t in left) and any(t.fold in heads for t in toks[k:end])

    def _ends_in_head(self, k: int) -> bool:
        """Does the glued capitalised run from toks[k] end in an organisation's head word, two words or more
        ("Markets Authority")? Then a common word opening it is a word of that name."""
        toks, end = self.toks, k + 1
        while end < len(toks) and toks[end].cap and toks[end].start - toks[end - 1].end <= 1:
            end += 1
        return end - k >= 2 and toks[end - 1].fold in self.lex.org_heads

    def _possessive_goes_on(self, j: int) -> bool:
        """Does "'s" at toks[j] join two capitalised words of one name ("People's Committee")?

        Not after a country or place ("Vietnam's Ministry of Health" is the ministry, owned by the country).
        """
        toks = self.toks
        if j + 2 >= len(toks) or toks[j].text not in "'’" or toks[j + 1].fold != "s" or not toks[j + 2].cap:
            return False
        if toks[j].start != toks[j - 1].end or toks[j + 1].start != toks[j].end:
            return False
        before = name_key(toks[j - 1].text)
        return before not in self.lex.countries and before not in self.lex.places and not toks[j - 1].upper

    def entities(self) -> list[Cand]:
        """Step 4's candidates, in this order (ties in ``resolve`` keep it): organisations, places, acronyms, model."""
        cands = self._legislatures()
        cands.extend(self._markets())
        cands.extend(self._media())
        cands.extend(self._quoted_names())
        cands.extend(self._named_after_head())
        cands.extend(self._hazard_names())
        cands.extend(self._hyphen_bodies())
        cands.extend(self._ampersand_acronyms())
        cands.extend(self._organisations())
        cands.extend(self._countries())
        cands.extend(self._places())
        self._acronym_defs(cands)  # "(OIM)" after its expansion
        cands.extend(self._acronyms())
        cands.extend(self._groups())
        cands.extend(self._possessors())
        cands.extend(self._agents())
        cands.extend(self._determined_subjects())
        cands.extend(self._securities())
        for start, end, label in self.model:  # the model's entities, cut and retyped
            cands.extend(self._from_model(start, end, label))
        return cands

    def _legislatures(self) -> list[Cand]:
        """Legislatures named without a head word ("the Lok Sabha", "Congress", "la Knesset"): organisations.

        A name that is also an event word ("Congress") is the legislature only alone: not after an ordinal or
        another capitalised word ("12th Party Congress"; a country may qualify it: "US Congress"), and not
        before a connector ("Congress of the Communist Party of Vietnam").
        """
        lex, toks, text = self.lex, self.toks, self.text
        cands: list[Cand] = []
        for k, t in enumerate(toks):
            if not t.cap or not may_open(t.text, lex.legislatures):
                continue
            for size in range(min(lex.legislature_max_tokens, len(toks) - k), 0, -1):
                end = k + size
                if not toks[end - 1].word or name_key(text[t.start : toks[end - 1].end]) not in lex.legislatures:
                    continue
                event_word = t.fold in lex.nonactor_heads and size == 1
                if self._nationality_after(end):
                    end, event_word = end + 1, False  # "le Congrès américain", "le Parlement écossais"
                elif not event_word:
                    end = self._legislature_of(end)
                if not (event_word and self._inside_a_name(k)):  # over "US Congress" read as an event's name;
                    cands.append(self._cand(k, end, "org", 6 if event_word else 5))  # else longer names win
                break
        return cands

    def _legislature_of(self, end: int) -> int:
        """Where a legislature's name ends with the place it belongs to ("le Parlement de Catalogne", "Parliament
        of Scotland"): a connector or two, then capitalised words; else ``end``."""
        toks, k = self.toks, end
        while k < len(toks) and k - end < 2 and toks[k].fold in ("de", "du", "d'", "d’", "la", "l'", "l’", "of", "the"):
            k += 1
        if k == end or k >= len(toks) or not toks[k].cap or toks[k].fold in self.lex.function_words:
            return end
        while k < len(toks) and toks[k].cap and toks[k].word:
            k += 1
        return k

    def _groups(self) -> list[Cand]:
        """People acting as a group, with what qualifies them: "les manifestants anti-Trump", "la police
        gabonaise", "les pompiers de Grandvillars", "Somali lawmakers", "anti-war protesters" (``groups``).

        Kept as actors (kind "group", shown as organisations): the body that votes, the crowd that marches,
        the police that clears a blockade act in the happening (docs/ANNOTATION.md). A bare group noun has the
        lowest priority (any organisation, country or person over the same words wins); a qualified one wins
        over the model's spans inside it ("Congressional lawmakers", not "Congressional"), not over the rules'.
        """
        lex, toks, text = self.lex, self.toks, self.text
        if not lex.groups:
            return []
        cands: list[Cand] = []
        n = len(toks)
        for k, t in enumerate(toks):
            if not t.word or not may_open(t.text, lex.groups, lex.qualified_groups):
                continue  # no group's name starts with this word (an indexed pre-test: the same answers)
            for size in range(min(lex.group_max_tokens, n - k), 0, -1):
                key = name_key(text[t.start : toks[k + size - 1].end]) if toks[k + size - 1].word else ""
                if key in lex.groups or key in lex.qualified_groups:
                    break
            else:
                continue
            i, j = k, k + size
            if i > 0 and (self._group_modifier(toks[i - 1], before=True) or self._group_owner(i - 1)):
                i -= 1  # "Somali lawmakers", "anti-Trump protesters", "Airbus employees"
                while i > 0 and self._owner_goes_on(i - 1):
                    i -= 1  # "United Auto Workers": the whole capitalised name before the group noun
            if j < n and self._group_modifier(toks[j], before=False):
                j += 1  # "police gabonaise", "manifestants anti-Trump"
            elif j + 1 < n and toks[j].fold in _OF:
                m = j + 2 if toks[j + 1].fold in self.lex.determiners and j + 2 < n else j + 1
                if toks[m].cap and self.is_name_token(toks[m]) and not ROMAN_ORDINAL_RE.fullmatch(toks[m].text):
                    j = self._name_goes_on(m + 1)  # "pompiers de Grandvillars", "évêques de l'Église anglicane"
            if (i, j) != (k, k + size) or key in lex.groups:  # "voters" alone: whom it reaches, not who acts
                # qualified, it wins over a model span inside it ("Congressional lawmakers", "Airbus employees")
                cands.append(self._cand(i, j, "group", 1 if (i, j) == (k, k + size) else 4))
        return cands

    def _group_owner(self, k: int) -> bool:
        """A name right before a group noun, not opening the sentence, says whose it is ("Airbus employees")."""
        t, toks = self.toks[k], self.toks
        opening = k == 0 or toks[k - 1].text in OPENERS or toks[k - 1].text == ","
        return not opening and self.is_name_token(t)

    def _group_modifier(self, t: Tok, before: bool) -> bool:
        """A word that qualifies a group noun: a nationality or region adjective, or "anti-X" / "pro-X"."""
        if not t.word:
            return False
        if "-" in t.fold and t.fold.split("-", 1)[0] in _STANCE:
            return True
        if not before and not self.lex.group_modifier_after:
            return False  # English: "rail workers began", not "workers began"
        if t.cap != before or t.fold in self.lex.function_words or name_key(t.text) in self.lex.stop:
            return False  # French puts the adjective after, in lower case; English before, capitalised
        demonym = t.fold in self.lex.demonyms or (t.fold.endswith("s") and t.fold[:-1] in self.lex.demonyms)
        return demonym or t.fold.endswith(self.lex.group_modifier_endings)  # "députés russes"

    def _inside_a_name(self, k: int) -> bool:
        """Is toks[k] part of a longer name: after an ordinal or a capitalised word (not a country or an acronym),
        or before a connector ("12th Party Congress", "Congress of the Party")?"""
        lex, toks = self.lex, self.toks
        before = toks[k - 1] if k > 0 else None
        named_before = (
            before is not None
            and before.word
            and (before.text[0].isdigit() or before.cap)
            and not before.upper  # "US Congress", "UK Parliament"
            and name_key(before.text) not in lex.countries
            and before.fold not in lex.determiners
        )
        return named_before or (k + 1 < len(toks) and toks[k + 1].fold in lex.connectors)

    def _organisations(self) -> list[Cand]:
        """Organisations and named texts/events (never actors), by head word, capitalised phrase and ordinal."""
        lex, toks = self.lex, self.toks
        cands: list[Cand] = []
        # Organisations and named texts/events, head first; an event's name may name its body (event_bodies.py).
        for h, t in enumerate(toks):
            # lower-case heads too ("la préfecture du Doubs"): org_from_head asks for a named complement
            if t.fold in lex.org_heads or t.fold in lex.nonactor_heads or t.fold in lex.lowercase_org_heads:
                span = self.org_from_head(h)
                alone = span is not None and span[1] - span[0] == 1
                if alone and (h == 0 or toks[h - 1].text in OPENERS):
                    continue  # a head word opening a sentence, alone ("Air travel fell"): no name
                if span is not None and (span[1] - span[0] >= 2 or t.cap):
                    kind = event_bodies.kind(toks, h, *span, self.lang) if t.fold in lex.nonactor_heads else "org"
                    cands.append(self._cand(*span, kind, 5))
        # Capitalised phrases holding a head word ("World Health Organization", "Communist Party of Vietnam").
        for i, j in self.cap_phrases():
            if self._common_opener(i, j):
                i += 2  # "Shares of Lehman Brothers Holdings": the name starts after "of"
            while i < j and (
                toks[i].fold in lex.determiners
                or toks[i].fold in lex.connectors
                or (name_key(toks[i].text) in lex.stop and toks[i].fold not in lex.org_heads)
            ):
                i += 1
            heads = [k for k in range(i, j) if toks[k].fold in lex.org_heads or toks[k].fold in lex.nonactor_heads]
            if heads and j - i >= 2:
                nonactor = toks[heads[-1]].fold in lex.nonactor_heads or toks[i].fold in lex.nonactor_heads
                cands.append(self._cand(i, j, event_bodies.kind(toks, i, i, j, self.lang) if nonactor else "org", 5))
        # Public bodies named by a nationality: "the Thai cabinet" (English), "le cabinet thaïlandais" (French).
        cands.extend(self._cand(i, j, "org", 5) for i, j in self._bodies())
        cands.extend(self.possessive_bodies())
        # Ordinal + event word ("14e Congrès national du Parti", "12th Party Congress"): never an actor.
        for k, t in enumerate(toks):
            if t.text[0].isdigit() and ORDINAL_RE.fullmatch(t.text) and k + 1 < len(toks):
                span = self.org_from_head(k + 1) if toks[k + 1].fold in lex.nonactor_heads else None
                if span is not None:
                    cands.append(self._cand(k, span[1], "nonactor", 6))
        return cands

    def _places(self) -> list[Cand]:
        """Cities, provinces, regions; places named after someone ("au parc Lê Van Tam", "rue Ly Thuong Kiet")."""
        lex, toks, text = self.lex, self.toks, self.text
        cands: list[Cand] = []
        for k, t in enumerate(toks):
            if not t.cap or not may_open(t.text, lex.places):
                continue
            for size in range(min(lex.place_max_tokens, len(toks) - k), 0, -1):
                if toks[k + size - 1].word and name_key(text[t.start : toks[k + size - 1].end]) in lex.places:
                    # "New York Times", "Washington Post": a place opening a longer name is part of that name,
                    # an organisation unless the name is a place's ("Ha Long Bay", "Hanoi Opera House")
                    end = self._name_goes_on(k + size)
                    venue = any(toks[m].fold in lex.place_nouns for m in range(k + size, end))
                    named = any(toks[m].fold in lex.nonactor_heads for m in range(k + size, end))  # "Asia ... Expo"
                    kind = "location" if venue or end == k + size else "nonactor" if named else "org"
                    cands.append(self._cand(k, end, kind, 4))
                    break
        cands.extend(self._cand(i, j, "location", 4) for i, j in self.cap_runs()
                     if self._after_place_noun(i) or after_place_phrase(self.lang, self.text, self.toks[i].start))
        return cands

    def _acronyms(self) -> list[Cand]:
        """Acronyms alone: an organisation, shown by its expansion when defined (or the text it stands for)."""
        lex, toks = self.lex, self.toks
        cands: list[Cand] = []
        for k, t in enumerate(toks):
            if (
                t.upper
                and t.word
                and 2 <= len(t.text) <= 10
                and not re.search(r"\d|^[IVXLC]+$", t.text)
                and not any(0 <= m < len(toks) and toks[m].text in "/°" for m in (k - 1, k + 1))
            ):
                key = name_key(t.text)
                if key in lex.stop or key in lex.countries or key in lex.agency_keys:
                    continue
                if t.text in self.nonactor_acronyms:
                    cands.append(self._cand(k, k + 1, "nonactor", 2))
                else:
                    cands.append(self._cand(k, k + 1, "org", 2, self.acronyms.get(t.text, t.text)))
                    end = self._acronym_body(k)
                    if end is not None:  # "UN refugee agency", "EU border agency": the body, not its parent
                        cands.append(self._cand(k, end, "org", 2))
        return cands

    def _bodies(self) -> list[tuple[int, int]]:
        """Token ranges of "<demonym> <body>" and "<body> <demonym>" ("Kenyan parliament", "armée malienne")."""
        lex, toks, out = self.lex, self.toks, []
        for k, t in enumerate(toks):
            if t.fold not in lex.demonyms and not (t.fold.endswith("s") and t.fold[:-1] in lex.demonyms):
                continue  # French plurals: "forces armées colombiennes"
            for size in (3, 2, 1):  # "forces de sécurité turques", "armed forces", "forces armées"
                after = k + 1 + size
                if after <= len(toks) and name_key(self.text[toks[k + 1].start : toks[after - 1].end]) in lex.bodies:
                    out.append((k, after))
                    break
                before = k - size
                if before >= 0 and name_key(self.text[toks[before].start : toks[k - 1].end]) in lex.bodies:
                    out.append((before, k + 1))
                    break
        return out

    def _possessed(self, k: int) -> int | None:
        """Index of the word after "<country>'s" at toks[k] ("Thailand's cabinet"), else None."""
        toks = self.toks
        if k + 3 >= len(toks):
            return None
        if toks[k + 1].text not in "'’" or toks[k + 2].fold != "s" or toks[k + 1].start != toks[k].end:
            return None  # tested before the country: asked of every token twice a read, cheap first (bld37)
        return k + 3 if name_key(toks[k].text) in self.lex.countries else None

    def possessive_bodies(self) -> list[Cand]:
        """ "Thailand's cabinet" -> the organisation "Cabinet of Thailand" (the country is not the actor)."""
        lex, toks, out = self.lex, self.toks, []
        for k in range(len(toks)):
            b = self._possessed(k)
            if b is None:
                continue
            for size in (2, 1):
                if b + size <= len(toks) and name_key(self.text[toks[b].start : toks[b + size - 1].end]) in lex.bodies:
                    body = self.text[toks[b].start : toks[b + size - 1].end]
                    name = f"{body[:1].upper()}{body[1:]} of {lex.countries[name_key(toks[k].text)]}"
                    out.append(Cand(toks[k].start, toks[b + size - 1].end, "org", name, 5))
                    break
        return out

    def claim_title_owners(self) -> None:
        """ "Indonesia's President Prabowo": the country only qualifies the title, it is not an actor."""
        titled = {i for i, _ in self.titles}
        for k in range(len(self.toks)):
            b = self._possessed(k)
            if b is not None and (b in titled or (b + 1 in titled and self.toks[b].fold in self.lex.title_words)):
                self.claim(self.toks[k].start, self.toks[k + 2].end)
        for i, j in self.titles:  # "le préfet de l'Hérault annonce": the territory qualifies the title
            if self.toks[j - 1].fold in self.lex.territorial_titles and j < len(self.toks):
                role_end, name = self.scan_title(i, j)
                if name is None and role_end > j and self.toks[j].fold in self.lex.connectors:
                    self.claim(self.toks[j].start, self.toks[role_end - 1].end)

    def _acronym_defs(self, cands: list[Cand]) -> None:
        toks, text = self.toks, self.text
        named = sorted((c for c in cands if c.kind in ("org", "nonactor", "country")), key=lambda c: c.start)
        starts = [c.start for c in named]
        ends: dict[int, list[Cand]] = {}
        for c in named:
            ends.setdefault(c.end, []).append(c)
        for k in range(1, len(toks) - 2):
            if toks[k].text != "(" or toks[k + 2].text != ")" or not toks[k + 1].upper:
                continue
            acr, paren = toks[k + 1].text, (toks[k].start, toks[k + 2].end)
            if not self.free(*paren) or name_key(acr) in self.lex.stop:
                continue
            before = ends.get(toks[k - 1].end, [])  # a name ending right before "("
            best = max(before, key=lambda c: (c.priority, c.end - c.start), default=None)
            if best is None:  # the nearest head-word phrase in the same clause ("Pacte mondial ..., ... (GCM)")
                reach = toks[max(0, k - MAX_ACRONYM_REACH)].start
                window = named[bisect.bisect_left(starts, reach) : bisect.bisect_left(starts, paren[0])]
                near = [c for c in window if c.kind == "nonactor" and self._one_phrase(c.end, paren[0])]
                if near:
                    first = min(near, key=lambda c: c.start)
                    best = Cand(first.start, toks[k - 1].end, first.kind, text[first.start : toks[k - 1].end], 6)
                    cands.append(best)
            if best is None:
                i = self._schwartz_hearst(acr, k)
                if i is None:
                    continue
                start = toks[i].start
                best = Cand(start, toks[k - 1].end, "org", text[start : toks[k - 1].end], 6)
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
            phrase = fold(self.text[self.toks[i].start : self.toks[paren - 1].end])
            if _spells(fold(acr), phrase) and phrase[:1] == fold(acr)[:1]:
                return i
        return None

    def _from_model(self, start: int, end: int, label: str) -> list[Cand]:
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
        key = name_key(text[s:e])
        if key in lex.stop or key in lex.agency_keys or (self.toks[i].cap is False and label != "ORG"):
            return []
        if key in lex.countries:
            return [Cand(s, e, country_kind(text, self.toks, i, j, lex), lex.countries[key], 3)]
        if label == "LOC":
            return [Cand(s, e, "org" if self.hyphen_body(i, j) else "location", text[s:e], 2)]
        if label == "ORG" and j - i == 1 and self.toks[i].text in self.nonactor_acronyms:
            return [Cand(s, e, "nonactor", text[s:e], 3)]
        if label == "ORG" and j - i == 1 and self.toks[i].text in self.acronyms:
            return [Cand(s, e, "org", self.acronyms[self.toks[i].text], 3)]
        if label == "ORG":
            head = self.toks[i]
            if head.fold in lex.title_tokens or head.fold.rstrip("s") in lex.title_tokens:
                return []  # "vice-ministre des Affaires étrangères": a role, not an organisation
            cut = self.org_from_head(i) if head.fold in lex.org_heads | lex.nonactor_heads else self._cut(i, j)
            if cut is None:
                return []
            opening = i == 0 or self.toks[i - 1].text in OPENERS
            if cut[1] - cut[0] == 1 and opening and head.fold in lex.org_heads and not head.upper:
                return []  # a head word alone opening a sentence ("Airlines choose ..."): no name
            i, j = cut[0], min(cut[1], j)
            while j > i + 1 and (self.toks[j - 1].fold in lex.connectors or not self.toks[j - 1].word):
                j -= 1
            s, e = self.span(i, j)
            kind = "nonactor" if head.fold in lex.nonactor_heads else "org"
            if name_key(text[s:e]) in lex.stop:
                return []
            return [Cand(s, e, kind, text[s:e], 3)]
        return []  # MISC: events, works, languages (Vietnamese names in it were found by step 2)

    def _cut(self, i: int, j: int) -> tuple[int, int] | None:
        """An over-long model span without a head word: cut at the first verb or clause word."""
        k = i + 1
        while k < j and self.toks[k].fold not in self.lex.breakers and k - i < MAX_ORG_TOKENS:
            k += 1
        return i, k


#: Prefixes of a hyphenated stance that qualifies a group ("anti-Trump", "pro-European").
_STANCE = frozenset({"anti", "pro"})


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

