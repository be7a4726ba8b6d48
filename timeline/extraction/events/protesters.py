"""Step 10a: a protest's actors by the guide (docs/ANNOTATION.md, "A protest's actors").

A protest's actors are the group that protests as the text names it, the union or collective that calls or leads
it, and people named as leading it. The actor rules (actors/orgs.py) keep a group noun only when it acts alone
("les manifestants", "protesters") or is qualified ("étudiants grévistes"): a plain population ("les lycéens",
"taxi drivers", "des milliers d'agriculteurs en colère") is whom most happenings reach, not who acts. In a protest
it is who acts, so this step reads it from the protest's grammar:

- the subject of a protest verb: the noun phrase right before the verb group, after a determiner or a count
  ("des milliers d'agriculteurs en colère ont défilé": "agriculteurs en colère"; "Thousands of angry farmers
  marched": "angry farmers"), a plural noun of anyone (``not_groups``: "personnes", "people") excluded;
- the complement of a protest noun when its head is a noun of people ("la grève des contrôleurs aériens", "a strike
  by taxi drivers": ``people_endings``, ``people_nouns``);
- the name after a caller cue ("à l'appel de SUD-Rail", "called by the Unite union").

The word lists are data: ``protest_groups`` in ``lang/<lang>/triggers.yaml``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline import lang as lexicon
from timeline.extraction.events.pairing import _Proto
from timeline.models import GROUP_ROLE, UNCOUNTED_ROLES

__all__ = ["counted", "crowd_typed", "named_unions", "protest_actors"]

#: Characters after a verb in which the crowd it acts on must stand ("ont dispersé les manifestants").
OBJECT_REACH = 40

#: Most words a group's name may hold ("contrôleurs aériens de Brest").
GROUP_WORDS = 5
#: Most words a caller's name may hold ("Confédération générale du travail").
CALLER_WORDS = 6

#: A word (an elided article or pronoun on its own: "d'", "l'", "s'"), or a mark.
_WORD = re.compile(r"\b(?:[dlsncjmtDLSNCJMT]|[qQ]u)['’](?=\w)|[\w’'&.-]*\w[’']?|[^\w\s]")


@dataclass(frozen=True)
class _Lists:
    lang: str
    openers: frozenset[str]
    tail_words: frozenset[str]
    not_groups: frozenset[str]
    connectors: frozenset[str]
    complement_cues: frozenset[str]
    people_endings: tuple[str, ...]
    people_nouns: frozenset[str]
    callers: re.Pattern[str] | None
    head_last: bool
    crowd_end: re.Pattern[str] | None
    force_end: re.Pattern[str] | None
    crowd: re.Pattern[str] | None
    force_after: re.Pattern[str]
    light_verbs: frozenset[str]
    joins: frozenset[str]
    union_nouns: frozenset[str] = frozenset()
    light_tenses: frozenset[str] = frozenset()
    """Finite forms of the light verbs ("appellent", "prévoient"): the verb, taken off the group's phrase."""
    side_cues: frozenset[str] = frozenset()
    """What opens the other side after an incident's noun ("clashes with", "affrontements avec"; round twenty-five)."""
    force_heads: frozenset[str] = frozenset()
    group_links: frozenset[str] = frozenset()
    """The words that open the complement saying which group ("de", "des", "of": "partisans de l'opposition")."""
    group_link_articles: frozenset[str] = frozenset()
    """Articles allowed right after a group link ("de la", "of the"), else closed words."""
    side_stops: frozenset[str] = frozenset()
    side_verbs: frozenset[str] = frozenset()
    """The light verbs whose subject acts in an incident ("launched", "ont mené", "perpétré"): articles never."""
    counts: frozenset[str] = frozenset()
    """Number words (``count_words`` of lang/*/actors.yaml): a count before a side is no part of it ("with two
    cyclists")."""
    """Words that end a side's name after its cue ("with security forces | in Aden")."""
    clause_words: frozenset[str] = frozenset()
    """Words that open a clause ("après que", "when"): a subject starts after the last of them, as after a comma."""
    """The head words of ``forces`` ("forces", "troops", "soldats"): a side's head though no noun of people."""


@functools.cache
def _lists(lang: str) -> _Lists | None:
    data = lexicon.load(f"{lang}/triggers").get("protest_groups")
    if not data:
        return None

    def words(key: str) -> frozenset[str]:
        return frozenset(lexicon.fold(str(w)) for w in data.get(key) or ())

    callers = data.get("callers") or ()
    crowds, forces = data.get("crowds") or (), data.get("forces") or ()
    return _Lists(
        lang=lang, openers=words("openers"), tail_words=words("tail_words"), not_groups=words("not_groups"),
        connectors=words("connectors"), complement_cues=words("complement_cues"),
        people_endings=tuple(lexicon.fold(str(w)) for w in data.get("people_endings") or ()),
        people_nouns=words("people_nouns"),
        callers=re.compile(r"\b(?:" + "|".join(callers) + r")\s*") if callers else None,
        head_last=bool(data.get("head_last")),
        crowd_end=re.compile(r"(?:^|\W)(?:" + "|".join(crowds) + r")\W*$") if crowds else None,
        force_end=re.compile(r"(?:^|\W)(?:" + "|".join(forces) + r")\W*$") if forces else None,
        crowd=re.compile(r"\b(?:" + "|".join(crowds) + r")\b") if crowds else None,
        light_verbs=words("light_verbs"),
        force_after=re.compile(r"^\W*(?:\w+\W+){0,2}(?:" + "|".join(data.get("agents") or ["(?!)"]) + r")\W+(?:\w+\W+)?"
                               r"(?:" + "|".join(forces or ["(?!)"]) + r")\b"),
        joins=words("joins"), union_nouns=words("union_nouns"), light_tenses=words("light_verb_tenses"),
        side_cues=words("side_cues"), side_stops=words("side_stops"),
        side_verbs=words("side_verbs"), clause_words=words("clause_words"),
        group_links=words("group_links"), group_link_articles=words("group_link_articles"),
        counts=frozenset(lexicon.fold(str(w)) for w in lexicon.load(f"{lang}/actors").get("count_words") or ()),
        force_heads=frozenset(lexicon.fold(w) for f in forces for w in re.findall(r"[\w'-]+", str(f))
                              if len(w) > 3 and w.endswith(("s", "x"))),
    )


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, word as written, folded word) of the words and marks of ``text[start:end]``."""
    return [(m.start() + start, m.end() + start, m.group(0), lexicon.fold(m.group(0)).replace("’", "'"))
            for m in _WORD.finditer(text[start:end])]


def _plural(lists: _Lists, word: str) -> bool:
    return word in lists.people_nouns or (len(word) > 3 and word.endswith(("s", "x")))


def _people(lists: _Lists, word: str) -> bool:
    return word in lists.people_nouns or word in lists.force_heads or word.endswith(lists.people_endings)


def _head(lists: _Lists, words: Sequence[tuple[int, int, str, str]]) -> tuple[int, int, str, str]:
    """The head noun: French puts it first ("chauffeurs de taxi"), English last before "of" ("taxi drivers")."""
    if not lists.head_last:
        return words[0]
    cut = next((k for k, w in enumerate(words) if w[3] in lists.connectors), len(words))
    return words[max(cut - 1, 0)]


def _phrase_ok(lists: _Lists, words: Sequence[tuple[int, int, str, str]], people: bool, opening: bool = False,
               linked: bool = False) -> bool:
    """Words that can name a group: content words, a capital only after a connector ("ouvriers de GM&S") or on
    the sentence's first word (``opening``: "Taxi drivers went on strike"); with ``linked``, an article right after
    a group link too ("partisans de l'opposition")."""
    if not words or len(words) > GROUP_WORDS or words[0][3] in lists.connectors or words[-1][3] in lists.connectors:
        return False
    after_connector = False
    for position, (_, _, written, word) in enumerate(words):
        closed = word not in lists.connectors and (word in lists.openers or word in lists.tail_words)
        if closed and linked and position and word in lists.group_link_articles \
                and words[position - 1][3] in lists.group_links and position + 1 < len(words):
            closed = False  # "de la mairie", "of the opposition"
        if not word[:1].isalpha() or closed:
            return False
        if written[:1].isupper() and not after_connector and not (opening and position == 0):
            return False
        after_connector = after_connector or word in lists.connectors
    head = _head(lists, words)[3]
    if head in lists.not_groups or not _plural(lists, head):
        return False
    return not people or _people(lists, head)


def _subject(lists: _Lists, text: str, start: int, trigger: int, light: bool = False) -> str | None:
    """The group right before a protest verb: the longest phrase after a clause mark, determiner or count; with
    ``light``, before a light verb whose object is the protest's noun ("les routiers ont mené une opération
    escargot")."""
    words = _tokens(text, start, trigger)
    cut = max((k + 1 for k, w in enumerate(words) if not w[3][:1].isalnum() or w[3] in lists.clause_words), default=0)
    words = words[cut:]
    if light:
        if not words or not _light(lists, words[-1][3]):
            return None
        while words and (_light(lists, words[-1][3]) or words[-1][3] in lists.light_tenses
                         or words[-1][3] in lists.tail_words):
            words = words[:-1]  # "ont mené une", "staged a", "began a 48-hour", "appellent à un", "prévoient aussi un"
    while words and words[-1][3] in lists.tail_words:
        words = words[:-1]  # the verb group: "ont", "se sont", "have", "will"
    opening = cut == 0  # the sentence's first word may be capitalised ("Nurses rallied"), not one after a comma
    for k in range(len(words)):
        if k and words[k - 1][3] not in lists.openers and not words[k - 1][3].isdigit():
            continue  # after a determiner or a count: "les", "about 500"
        if _phrase_ok(lists, words[k:], people=False, opening=opening and k == 0):
            return text[words[k][0] : words[-1][1]]
        linked = _linked_phrase(lists, words[k:], opening and k == 0)
        if linked:
            return text[linked[0][0] : linked[-1][1]]
        head = _head_phrase(lists, words[k:])
        if head and _phrase_ok(lists, head, people=False, opening=opening and k == 0):
            return text[head[0][0] : head[-1][1]]
    return None


def _light(lists: _Lists, word: str) -> bool:
    """A light verb or article before a protest noun, or a hyphenated word ending with one ("48-hour", "two-day")."""
    return word in lists.light_verbs or ("-" in word and word.rsplit("-", 1)[1] in lists.light_verbs)


def _head_phrase(lists: _Lists, words: Sequence[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The group's words before its first complement, when the whole is no group's name (too long, a capital):
    "soignants | du service des urgences du centre hospitalier de ...", "dockers | at the ... terminal in ...";
    round sixteen. Empty when the phrase has no complement."""
    cut = next((k for k, w in enumerate(words) if k and w[3] in lists.connectors), 0)
    return list(words[:cut])


def _linked_phrase(lists: _Lists, words: Sequence[tuple[int, int, str, str]], opening: bool, people: bool = False
                   ) -> list[tuple[int, int, str, str]]:
    """The group with the complement that says which one (act34): the longest of the whole phrase and its cuts right
    before a group link ("agents des crèches municipales | de Toulouse", "partisans de l'opposition") that names a
    group, an article allowed after a link; empty when none holds a link (the head alone is ``_head_phrase``'s).
    The rules cut a long subject to its head ("agents"), and the group's name lost the words that tell it. Never a
    cut after a join ("conducteurs de bus et | de tram") nor inside a capitalised name ("militants du collectif
    Terres | du Lauragais": the collective is read whole by the actor rules, the group stays its head)."""
    cuts = [len(words)] + [k for k in range(len(words) - 1, 1, -1) if words[k][3] in lists.group_links
                           and words[k - 1][3] not in lists.joins and not words[k - 1][2][:1].isupper()]
    for cut in cuts:
        phrase = words[:cut]
        if not phrase or phrase[-1][3] in lists.joins or not any(w[3] in lists.group_links for w in phrase[1:]):
            continue
        if _phrase_ok(lists, phrase, people=people, opening=opening, linked=True):
            return list(phrase)
    return []


def _linked_word(lists: _Lists, words: Sequence[tuple[int, int, str, str]], j: int, start: int) -> bool:
    """Is ``words[j]``, after the group's first word, a group link or an article right after one ("de | la")?"""
    word = words[j][3]
    return j > start and (word in lists.group_links
                          or (word in lists.group_link_articles and words[j - 1][3] in lists.group_links))


def _complement(lists: _Lists, text: str, trigger_end: int, end: int) -> str | None:
    """The group a protest noun names after it ("la grève des cheminots", "a strike by taxi drivers")."""
    words = _tokens(text, trigger_end, end)
    if not words or words[0][3] not in lists.complement_cues:
        return None
    k = 1
    while k < len(words) and words[k][3] in lists.openers:
        k += 1

    def stop(linked: bool) -> int:
        return next((j for j in range(k, len(words)) if not words[j][3][:1].isalpha()
                     or (words[j][3] not in lists.connectors and words[j][2][:1].isupper()
                         and words[j - 1][3] not in lists.connectors)
                     or (words[j][3] in lists.openers and not (linked and _linked_word(lists, words, j, k)))
                     or words[j][3] in lists.tail_words), len(words))

    phrase = _linked_phrase(lists, words[k : stop(True)], opening=False, people=True)
    if phrase:
        return text[phrase[0][0] : phrase[-1][1]]  # "la grève des salariés de la raffinerie"
    phrase = words[k : min(stop(False), k + GROUP_WORDS)]
    for j in range(len(phrase), 0, -1):  # the longest that names people: "by air traffic controllers grounded ..."
        if _phrase_ok(lists, phrase[:j], people=True):
            return text[phrase[0][0] : phrase[j - 1][1]]
    return None


def _name_at(lists: _Lists, words: Sequence[tuple[int, int, str, str]], k: int) -> tuple[int, int] | None:
    """The capitalised name at ``words[k]`` after its determiners ("de la CGT"): (first, last) word indices."""
    while k < len(words) and words[k][3] in lists.openers:
        k += 1  # "de la", "du", "the"
    last = None
    for j in range(k, min(len(words), k + CALLER_WORDS)):
        written, word = words[j][2], words[j][3]
        if written[:1].isupper() or (last is not None and written[:1].isdigit()):
            last = j
        elif last is None or word not in lists.connectors:
            break
    return (k, last) if last is not None else None


def _callers(lists: _Lists, text: str, folded: str, start: int, end: int) -> list[str]:
    """The names after a caller cue in the sentence ("à l'appel de la CGT et de FO", "called by the Unite union")."""
    if lists.callers is None:
        return []
    names = []
    for match in lists.callers.finditer(folded, start, end):
        words = _tokens(text, match.end(), end)
        span = _name_at(lists, words, 0)
        while span is not None:
            names.append(text[words[span[0]][0] : words[span[1]][1]])
            after = span[1] + 1
            joined = after < len(words) and words[after][3] in lists.joins
            span = _name_at(lists, words, after + 1) if joined else None  # "et de FO", "and Unison"
    return names


def named_unions(lang: str, text: str, folded: str, actors: dict[str, str]) -> dict[str, str]:
    """``actors`` with a plain union noun ("les syndicats", "the unions") replaced by the unions the article names as
    callers ("à l'appel de la CGT et de FO", "called by Unite"): the text names the bodies the noun stands for
    (``union_nouns`` of ``protest_groups``; round thirteen). Unchanged when the article names no caller."""
    lists = _lists(lang)
    plain = [name for name in actors if lists is not None and lexicon.fold(name) in lists.union_nouns]
    if lists is None or not plain:
        return actors
    callers = _callers(lists, text, folded, 0, len(text))
    if not callers:
        return actors
    out = {name: role for name, role in actors.items() if name not in plain}
    for name in callers:
        if lexicon.fold(name) not in {lexicon.fold(other) for other in out}:
            out[name] = ""
    return out


#: A name: capitalised words, with connectors inside ("Trans'Gironde Mobilités", "Verrerie de Laon").
_NAME = r"[A-ZÀ-Þ][\w'’&-]*(?:\s+(?:(?:de|du|des|of|and|et|&)\s+)?[A-ZÀ-Þ][\w'’&-]*)*"


def named_management(lang: str, text: str, sentence: tuple[int, int], actors: dict[str, str]) -> dict[str, str]:
    """``actors`` with the body whose management a bare "la direction" of the event's sentence is, when the article
    names it once ("la direction de Trans'Gironde Mobilités" ... "entre les syndicats et la direction s'est tenue";
    ``management_nouns`` of ``protest_groups``; round thirteen)."""
    data = lexicon.load(f"{lang}/triggers").get("protest_groups") or {}
    nouns = "|".join(str(n) for n in data.get("management_nouns") or ())
    if not nouns or not re.search(rf"\b(?:la|the) (?:{nouns})\b(?! (?:de|du|des|d'|of)\b)", text[slice(*sentence)],
                                  re.IGNORECASE):
        return actors
    of = r"(?:de |du |d'|d’|of )(?:la |le |l'|l’|the )?"
    named = {m.group(1) for m in re.finditer(rf"\b(?i:(?:{nouns}) {of})({_NAME})", text)}
    if len(named) != 1 or any(lexicon.fold(next(iter(named))) == lexicon.fold(name) for name in actors):
        return actors
    return {**actors, next(iter(named)): ""}


def counted(actors: dict[str, str]) -> bool:
    """Does the event name actors of its own, a protest's group read here aside (its confidence is unchanged)?"""
    return any(role not in UNCOUNTED_ROLES for role in actors.values())


def protest_actors(lang: str, text: str, folded: str, proto: _Proto, actors: dict[str, str]) -> dict[str, str]:
    """``actors`` with a protest's group and callers read from its sentence (see the module doc), each once; for any
    event, a plain union noun is the unions the article names (``named_unions``)."""
    actors = named_management(lang, text, (proto.sentence.start, proto.sentence.end),
                              named_unions(lang, text, folded, actors))
    lists = _lists(lang)
    trigger, sentence = proto.trigger, proto.sentence
    if lists is None or trigger.event_type not in ("protest", "incident"):
        return actors
    if trigger.event_type == "incident":
        found = _incident_sides(lists, text, proto)
    else:
        found = _callers(lists, text, folded, sentence.start, sentence.end)
        group = (_subject(lists, text, sentence.start, trigger.start) if trigger.kind != "noun"
                 else _complement(lists, text, trigger.end, sentence.end)
                 or _subject(lists, text, sentence.start, trigger.np_start, light=True))
        if group:
            found.insert(0, group)
    known = [set(lexicon.fold(name).split()) for name in actors]
    out = dict(actors)
    for name in found:
        key = set(lexicon.fold(name).split())
        if not any(key <= other for other in known):  # "ouvriers de GM&S" beside "GM&S" is kept
            out[name] = GROUP_ROLE
            known.append(key)
    return out


def _incident_sides(lists: _Lists, text: str, proto: _Proto) -> list[str]:
    """An incident noun's sides as its grammar names them (round twenty-five): the group that launched or staged it,
    the subject of a light verb before it ("des miliciens ont mené une attaque", "gunmen launched an attack"),
    and the group after a side cue ("clashes with security forces", "des heurts avec les forces de l'ordre"). An
    incident told by a verb reads the subject of a light verb typed by its object ("gunmen launched an attack") and
    no other: its subject is as often whom it hit as who acted."""
    trigger, sentence = proto.trigger, proto.sentence
    if trigger.kind != "noun":
        verb = _tokens(text, trigger.start, trigger.end)
        acts = bool(verb) and verb[-1][3] in lists.side_verbs  # "ont lancé une attaque", typed by its object
        side = _subject(lists, text, sentence.start, trigger.start) if acts else None
        return [side] if side else []
    before = _tokens(text, sentence.start, trigger.np_start)
    acts = False
    while before and (_light(lists, before[-1][3]) or before[-1][3] in lists.side_verbs):
        acts = acts or before.pop()[3] in lists.side_verbs  # "ont mené une | attaque", not "dans une | attaque"
    sides = [_subject(lists, text, sentence.start, trigger.np_start, light=True) if acts else None,
             _side(lists, text, trigger.end, sentence.end)]
    return [side for side in sides if side]


def _side(lists: _Lists, text: str, start: int, end: int) -> str | None:
    """The group right after a side cue that follows an incident's noun ("clashes with security forces in Aden",
    "des heurts avec les forces de l'ordre à Nantes"): its words up to a mark, a stop word or a capital (a
    determiner only after a connector), a group of people or forces."""
    words = _tokens(text, start, end)
    if not words or words[0][3] not in lists.side_cues:
        return None
    k = 1
    while k < len(words) and (words[k][3] in lists.openers or words[k][3] in lists.counts or words[k][3].isdigit()):
        k += 1  # "with the", "avec des", "with two", "with 300"
    phrase: list[tuple[int, int, str, str]] = []
    for j in range(k, min(len(words), k + GROUP_WORDS)):
        written, word = words[j][2], words[j][3]
        after_connector = bool(phrase) and phrase[-1][3] in lists.connectors
        if (not word[:1].isalpha() or word in lists.side_stops or word in lists.tail_words
                or (written[:1].isupper() and not after_connector)
                or (word in lists.openers and word not in lists.connectors and not after_connector)):
            break
        phrase.append(words[j])
    while phrase and (phrase[-1][3] in lists.connectors or phrase[-1][3] in lists.openers):
        phrase.pop()
    if not phrase or not _phrase_ok(lists, phrase, people=True):
        return None
    return text[phrase[0][0] : phrase[-1][1]]


def _subject_window(lists: _Lists, folded: str, start: int, trigger: int) -> str:
    """The folded words right before a verb, its auxiliaries taken off, from the last clause mark on."""
    window = folded[start:trigger]
    cut = max(window.rfind(mark) for mark in ",;:()")
    words = window[cut + 1 :].split()
    while words and words[-1] in lists.tail_words:
        words.pop()
    return " ".join(words)


def crowd_typed(lang: str, folded: str, protos: list[_Proto]) -> list[_Proto]:
    """``protos`` with a plain predicate (typed 'other') read by who acts: a crowd of protesters as its subject makes
    it the protest ("des manifestants ont convergé vers la Bastille", "protesters set up barricades"); the police
    acting on protesters makes it an incident ("les policiers ont dispersé les manifestants", "police fired tear gas
    at protesters", "les manifestants ont été dispersés par la police"): docs/ANNOTATION.md, protests and incidents.
    Lists: ``crowds``, ``forces``, ``agents`` of ``protest_groups``."""
    lists = _lists(lang)
    if lists is None or lists.crowd_end is None or lists.force_end is None or lists.crowd is None:
        return protos
    out = []
    for proto in protos:
        trigger = proto.trigger
        if trigger.event_type == "other" and trigger.kind == "verb" and not trigger.generic:
            subject = _subject_window(lists, folded, proto.sentence.start, trigger.start)
            after = folded[trigger.end : min(proto.sentence.end, trigger.end + OBJECT_REACH)]
            clause = after.split(",")[0]
            if lists.crowd_end.search(subject):  # "les manifestants ont été dispersés par la police": an incident
                new = "incident" if lists.force_after.search(clause) else "protest"
            else:
                new = "incident" if lists.force_end.search(subject) and lists.crowd.search(clause) else None
            if new is not None:
                proto = dataclasses.replace(proto, trigger=dataclasses.replace(trigger, event_type=new))
        out.append(proto)
    return out
