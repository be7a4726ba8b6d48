"""Step 10: the title of an event mention (noun phrase, organiser, purpose, verb clause)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.spans import _clean, _words_between
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.events.vocabulary import Rules
from timeline.extraction.sentences import Span, fold_keep
from timeline.models import Story

#: Longest title kept (characters); longer noun phrases are cut at a word and end with "…".
TITLE_MAX = 90


# --------------------------------------------------------------------------- step 8: titles & status


def _cap(text: str, tail_stops: frozenset[str] = frozenset()) -> str:
    """A title: cleaned, first letter capitalised, and past TITLE_MAX cut at a word, without the words
    that cannot end it ("… du Programme d'action du…" -> "… du Programme d'action…")."""
    text = re.sub(r"^[.:]\s+", "", _clean(text))  # "Mardi. Le conseil a ...": a date head's stop (story_day.head_days)
    if len(text) > TITLE_MAX:
        words = text[: TITLE_MAX - 1].split(" ")
        if len(words) > 1:
            words.pop()  # the word the cut went through (or the one before a space)
        stops = {lexicon.fold(w).rstrip("'’") for w in tail_stops}
        while len(words) > 1 and lexicon.fold(words[-1]).rstrip(",;:'’") in stops:
            words.pop()
        text = " ".join(words).rstrip(" ,;:-–—'’") + "…"
    return text[:1].upper() + text[1:]


_PURPOSE = re.compile(r"\s*((?:pour (?:celebrer|marquer|commemorer|fêter|feter|célébrer|commémorer)|marquant|celebrant"
                      r"|célébrant|to (?:mark|celebrate|commemorate)|marking|celebrating|commemorating|on|sur)"
                      r"\s[^,;:.()«»\"]{3,80})")
_FR_OF = {"le": "du", "les": "des", "la": "de la", "l'": "de l'"}


def _of(lang: str, subject: str) -> str:
    """ "de la Commission", "du présidium", "of the Ministry": the organiser as a complement."""
    match = re.match(r"(les|le|la|the)\s+|(l['’])", subject, flags=re.IGNORECASE)
    head = (match.group(1) or match.group(2)).lower().replace("’", "'") if match else ""
    rest = subject[match.end() :] if match else subject
    if lang == "fr":
        return f"{_FR_OF.get(head, 'de')} {rest}".replace("' ", "'") if head else f"de {rest}"
    return f"of the {rest}" if head == "the" else f"by {rest}"


#: The words a date leaves behind it when it is cut out of a title: its determiner ("le", "this") or its preposition
#: of time ("Vers 14 h 30, des lycéens ...", "At about 2:30 p.m., students ...", "En fin de journée, ...").
_DATE_LEAD = re.compile(r"\b(?:le|ce|du|on|this|ces?|vers|à|dès|des|en|at|at about|at around|about|around|by|"
                        r"shortly after|shortly before|peu avant|peu après)\s*$", re.IGNORECASE)
_ANCHOR_COMPLEMENT = re.compile(r"^\s*(?:de la|de l['’]|du|des|de|d['’]|of the|of)\s*[^,.;]{0,60},\s*", re.IGNORECASE)
_SUBJECT_LEAD = re.compile(r"^[\W_]+")


def _title(rules: Rules, text: str, folded: str, proto: _Proto, story: Story, lead_index: int | None,
           headline_span: Span | None, siblings: Sequence[_Trigger] = ()) -> str:
    trigger = proto.trigger
    if trigger.kind == "verb":  # "a présidé ... une réunion interministérielle": the object names it
        objects = [t for t in siblings if t.kind == "noun" and t.event_type == trigger.event_type
                   and t.start > trigger.end and not t.subordinate
                   and _words_between(folded, trigger.end, t.start) <= 12]
        subjects = [t for t in siblings if t.kind == "noun" and t.event_type == trigger.event_type
                    and t.end <= trigger.start and not t.subordinate]
        if objects or subjects:
            chosen = objects[0] if objects else subjects[-1]
            proto = dataclasses.replace(proto, trigger=chosen)
            trigger = chosen
    stem = folded[trigger.start : trigger.end][:6]
    if (story.kind == "teaser" and headline_span is not None and lead_index is not None
            and proto.sentence_index in (lead_index, lead_index - 1)
            and stem and stem in fold_keep(headline_span.text)):
        return _cap(headline_span.text, rules.tail_stops)
    if trigger.kind == "noun":
        phrase = _clean(text[trigger.np_start : trigger.np_end])
        if len(phrase.split()) <= 3 and rules.organiser:
            sentence_start = proto.sentence.start
            match = rules.organiser.search(folded, sentence_start, trigger.start)
            if match and match.start() > sentence_start:
                begin = sentence_start
                if proto.date.end <= match.start():  # "Last week, X held ..." : the subject follows the date
                    begin = max(begin, proto.date.end)
                subject = _clean(text[begin : match.start()])
                if subject and len(subject.split()) <= 25:
                    return _cap(f"{phrase} {_of(rules.lang, subject)}", rules.tail_stops)
        if len(phrase.split()) <= 2:  # "une cérémonie pour célébrer le 96e anniversaire du Parti": keep the purpose
            purpose = _PURPOSE.match(text, trigger.np_end)
            if purpose:
                return _cap(phrase + " " + purpose.group(1), rules.tail_stops)
        return _cap(phrase, rules.tail_stops)
    sentence = proto.sentence
    if trigger.event_type == "other":  # "The next edition will be held in April 2027": its subject names it
        subject = _clean(_SUBJECT_LEAD.sub("", text[sentence.start : trigger.start].rsplit(",", 1)[-1]))
        relative = rules.title_stop is not None and rules.title_stop.fullmatch(fold_keep(subject))
        if (subject and not relative and len(subject.split()) <= 12
                and not (sentence.start <= proto.date.start < trigger.start)):  # "qui a adressé": no subject
            return _cap(subject, rules.tail_stops)
    # a verb: its clause without the date words
    if not sentence.start <= proto.date.start < sentence.end:
        return _cap(text[sentence.start : sentence.end].rstrip("."), rules.tail_stops)
    after = text[proto.date.end : sentence.end]
    if not text[sentence.start : proto.date.start].strip(" ,"):  # "La veille de l'ouverture du sommet, X a": X a
        after = _ANCHOR_COMPLEMENT.sub("", after, count=1)
    body = _DATE_LEAD.sub("", text[sentence.start : proto.date.start].rstrip(" ,")) + " " + after
    return _cap(re.sub(r"\s+,", ",", body).rstrip("."), rules.tail_stops)
