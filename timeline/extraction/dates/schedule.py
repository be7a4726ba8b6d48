"""Schedule cues that outrank the tense of a sentence (issue 12): a schedule word right before a date ("scheduled for
Feb. 28", "payable Dec. 7", "prévu le 3 juin", "reporté au 5 mai") points ahead (a plan under the past of another
verb: the nearer date), and an "-ed" participle after a modal ("would keep banks closed until Tuesday", "should stay
shut on Monday") is a state ahead, no simple past. The words are data: ``future_bound_before``, ``plan_before``,
``plan_auxiliaries`` and ``modals_before_participle`` in ``lang/*/words.yaml``."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from timeline.extraction.dates.lexicon import _accent_variants, _alt, lexicon
from timeline.extraction.dates.span_starts import span_start
from timeline.extraction.dates.word_gates import gated, search
from timeline.lang import deferrals, fold, load

#: How far before a date a schedule word may start ("postponed until the " is 20 characters).
BOUND_REACH = 28
#: How far before a date a deferral with its object may start ("postponed its annual dinner to " is 31 characters).
OBJECT_REACH = 60
#: How far before a past-tense match its modal may start ("would keep the plant " is 21 characters).
MODAL_REACH = 60

_NEGATED = re.compile(r"(?<![^\W\d_])non[^\S\n]*-?[^\S\n]*$", re.IGNORECASE)


@functools.cache
def _bound(lang: str, key: str = "future_bound_before") -> re.Pattern[str]:
    """A word of ``key`` ("pour", "d'ici", "payable"; or ``plan_before``: "prévu", "scheduled for"), then an optional
    "au"/"à" and article, right before the date. The deferrals (``timeline.lang.deferrals``) of a language that writes
    their preposition in the words ("postponed until") are read with ``future_bound_before``, in its one search; with
    ``deferred_before``, those that need a preposition apart, with it ("reporté" + ``deferral_prepositions``: "reporté
    au", "reportée à"; "reporté mardi" is the day of the deferral)."""
    held, apart = _deferrals(lang)
    if key == "deferred_before":
        return gated(re.compile(rf"(?<![^\W\d_])(?:{apart})(?:(?:le|la|l['’]|the)[^\S\n]*)?$", re.IGNORECASE),
                     _deferral_words(lang))
    listed = _accent_variants([*lexicon(lang).lists[key], *(held if key == "future_bound_before" else ())])
    words = _alt(listed)
    return gated(re.compile(rf"(?<![^\W\d_])(?:{words or '(?!)'})[^\S\n]*(?:(?:au|aux|à)[^\S\n]+)?"
                            rf"(?:(?:le|la|l['’]|the)[^\S\n]*)?$", re.IGNORECASE), listed)


def _deferral_words(lang: str) -> list[str]:
    """Every word that opens a deferral form of ``_bound``'s ``deferred_before`` and of ``_deferred_object``, both
    languages', as their ``_alt`` gets it (with accent variants; a verb split from its particle, alone too): the
    words of their gate (``word_gates``)."""
    out: list[str] = []
    for source in (lang, *(other for other in ("fr", "en") if other != lang)):
        words, _ = deferrals(source, "dates")
        out += _accent_variants(words)
        out += _accent_variants([word.partition(" ")[0] for word in words])
    return out


def _deferrals(lang: str) -> tuple[list[str], str]:
    """The date engine's deferral words of both languages (its own first, as every list of the lexicon): those that
    hold their preposition, and a regex of the others, each language's with the prepositions it needs."""
    held: list[str] = []
    apart = []
    for source in (lang, *(other for other in ("fr", "en") if other != lang)):
        words, prepositions = deferrals(source, "dates")
        if words and prepositions:
            apart.append(f"(?:{_alt(_accent_variants(words))})[^\\S\\n]*(?:{_alt(prepositions)})[^\\S\\n]+")
        else:
            held += words
    return held, "|".join(apart) or "(?!)"


#: Words that end an object: a conjunction opens another clause ("postponed the vote and flew to ...").
_NOT_OBJECT = "and|or|but|then|et|ou|mais|puis"


@functools.cache
def _deferred_object(lang: str) -> re.Pattern[str]:
    """A deferral with its object between the verb and the preposition, right before the date: "adjourned the case
    until", "postponed its annual dinner to", "brought the vote forward to", "a renvoyé l'affaire au", "a reporté sa
    décision à". The verb is the first word of a ``deferred_before`` entry, its particle and preposition the rest
    (English); French takes one of ``deferral_prepositions``. One to four words of the object, letters only (an
    apostrophe or a hyphen inside a word; no digit, no other punctuation: the object stays inside the clause),
    none of them a conjunction."""
    obj = rf"(?:[^\S\n]+(?!(?:{_NOT_OBJECT})(?![^\W\d_]))[^\W\d_]+(?:['’-][^\W\d_]+)*){{1,4}}"
    forms = []
    for source in (lang, *(other for other in ("fr", "en") if other != lang)):
        words, prepositions = deferrals(source, "dates")
        if prepositions:
            forms.append(f"(?:{_alt(_accent_variants(words))}){obj}[^\\S\\n]+(?:{_alt(prepositions)})")
            continue
        split: dict[str, list[str]] = {}
        for word in words:
            verb, _, rest = word.partition(" ")
            if rest:
                split.setdefault(rest, []).append(verb)
        forms += [f"(?:{_alt(_accent_variants(verbs))}){obj}[^\\S\\n]+{_alt([rest])}" for rest, verbs in split.items()]
    return gated(re.compile(rf"(?<![^\W\d_])(?:{'|'.join(forms) or '(?!)'})[^\S\n]+(?:(?:le|la|l['’]|the)[^\S\n]*)?$",
                            re.IGNORECASE), _deferral_words(lang))


def schedule_ahead(lang: str, text: str, start: int, key: str = "future_bound_before", low: str | None = None) -> bool:
    """Whether a schedule word (of ``key``) stands right before ``start`` and no "non" denies it ("un point presse
    non prévu samedi" happened); for ``future_bound_before``, a deferral too, right before or with its object
    between the verb and the preposition ("adjourned the case until 9 December": the day it comes back). ``low``:
    the text lowered (``prefilter.lowered``), for the searches' gates (``word_gates``)."""
    bound = search(_bound(lang, key), text, low, max(0, start - BOUND_REACH), start)
    if not bound and key == "future_bound_before":
        bound = search(_bound(lang, "deferred_before"), text, low, max(0, start - BOUND_REACH), start) \
            or search(_deferred_object(lang), text, low, max(0, start - OBJECT_REACH), start)
    return bool(bound) and not _NEGATED.search(text, max(0, bound.start() - 5), bound.start())


@functools.cache
def _plan_auxiliary(lang: str) -> re.Pattern[str]:
    words = _alt(_accent_variants(lexicon(lang).lists["plan_auxiliaries"])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]+$", re.IGNORECASE)


def planned_way(lang: str, text: str, start: int, way: str | None, low: str | None = None) -> str | None:
    """The lean of a date after a plan word (``plan_before``: "prévu le", "scheduled for"), given the clause's own
    lean ``way``; without a plan word, ``way`` as it was.

    A plan looks ahead when it has no tense but its own ("la réunion est prévue le 12 mars", "the launch was slated
    for Monday", the past of reported speech: ``plan_auxiliaries`` right before the plan word). Under the past of
    another verb ("the vote, scheduled for March 2, took place"; "le sommet, prévu le 12 mars, a été annulé") the
    plan may be behind or ahead: the nearer date wins; so does a date that opens a counted stretch under a past
    ("announced a strike for 48 hours from June 18", ``span_starts``). ``low``: as ``schedule_ahead``'s."""
    if way == "future":
        return way
    bound = search(_bound(lang, "plan_before"), text, low, max(0, start - BOUND_REACH), start)
    if not bound or _NEGATED.search(text, max(0, bound.start() - 5), bound.start()):
        # "for 48 hours from June 18" under a past: a stretch counted ahead, a plan too (``span_starts``)
        return "present" if way == "past" and span_start(lang, text, start) >= 0 else way
    if way == "past" and not _plan_auxiliary(lang).search(text, max(0, bound.start() - 20), bound.start()):
        return "present"
    return "future"


@functools.cache
def _after_modal(lang: str, right_before: bool = False) -> re.Pattern[str]:
    words = _alt(_accent_variants(lexicon(lang).lists["modals_before_participle"])) or "(?!)"
    between = "{0,1}" if right_before else "{1,3}"
    # (not the month: "in May we met")
    return re.compile(rf"(?<![^\W\d_])(?!(?-i:May)(?![^\W\d_]))(?:{words})(?:n['’]t|[^\S\n]+not)?(?![^\S\n]+have\b)"
                      rf"(?:[^\S\n]+[^\W\d_]+){between}[^\S\n]+$", re.IGNORECASE)


def after_modal(lang: str, text: str, pos: int, right_before: bool = False) -> bool:
    """Whether a modal (``modals_before_participle``) and one to three words stand right before ``pos``: "would keep
    banks [closed]", "could remain [blocked]"; not "would have [closed]", a past of its own. ``right_before``: the
    modal alone or with one word ("will [take place]", "would then [take place]")."""
    return bool(_after_modal(lang, right_before).search(text, max(0, pos - MODAL_REACH), pos))


def after_passive(lang: str, text: str, pos: int) -> bool:
    """Whether a present or an infinitive of "be" (``passive_auxiliaries``), and at most one adverb (an "-ly" word or
    one of ``passive_adverbs``), stand right before ``pos``: "the dividend, to be [settled] on March 12", "once it
    is officially [filed] in May": a passive participle, no simple past (round thirty-four, den34). English
    only: French lists none."""
    pattern = _after_passive(lang)
    return pattern is not None and bool(pattern.search(text, max(0, pos - MODAL_REACH), pos))


@functools.cache
def _after_passive(lang: str) -> re.Pattern[str] | None:
    words = load(f"{lang}/words")
    auxiliaries = [str(w) for w in words.get("passive_auxiliaries") or []]
    if not auxiliaries:
        return None
    adverbs = _alt(_accent_variants([str(w) for w in words.get("passive_adverbs") or []])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{_alt(_accent_variants(auxiliaries))})"
                      rf"(?:[^\S\n]+(?:[^\W\d_]+ly|{adverbs}))?[^\S\n]+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Apposed:
    pattern: re.Pattern[str]
    """A participle right before a date: opening its phrase (group ``p``, ``apposed_participle``) or after a word
    (groups ``w``, ``q``: ``noun_participle``, without the endings a present shares)."""
    ahead: frozenset[str]
    """Participles that look ahead (``future_bound_before``, ``deferred_before``, ``plan_before``,
    ``participles_ahead``) and words that only end like one (``apposed_not``)."""
    verb_words: frozenset[str]
    """Words that make a participle after them part of a verb (``participle_verb_words``: "sera publié")."""


@functools.cache
def _apposed(lang: str) -> _Apposed:
    words = load(f"{lang}/words")
    ending = words.get("apposed_participle")
    if not ending:
        return _Apposed(re.compile(r"(?!)"), frozenset(), frozenset())
    lists = lexicon(lang).lists
    ahead = [*lists["future_bound_before"], *lists["deferred_before"], *lists["plan_before"],
             *(words.get("participles_ahead") or []), *(words.get("apposed_not") or [])]
    # between the participle and its date, a preposition or an article at most ("interpellé le 3 mai", "announced in
    # January": ``apposed_tail``)
    # ... or the deed's clock ("entamée à 5 heures lundi": ``apposed_clock``)
    clock = words.get("apposed_clock") or "(?!)"
    tail = (rf"[^\S\n]+(?:(?:{_alt(_accent_variants(list(words.get('apposed_tail') or [])))})[^\S\n]*)?"
            rf"(?:(?:{clock})[^\S\n]+)?$")
    after_noun = words.get("noun_participle") or "(?!)"
    return _Apposed(re.compile(rf"(?:(?:^|[,;:.!?(\n])[^\S\n]*(?P<p>{ending})"
                               rf"|(?<![^\W\d_])(?P<w>[^\W\d_][\w'’-]*)[^\S\n]+(?P<q>{after_noun})){tail}",
                               re.IGNORECASE | re.MULTILINE),
                    frozenset(fold(w) for w in ahead),
                    frozenset(fold(w) for w in words.get("participle_verb_words") or ()))


def apposed_past(lang: str, text: str, start: int) -> bool:
    """Whether a past participle right before the date tells a done deed, past whatever the main verb's tense: one
    that opens its phrase ("L'homme, interpellé lundi, sera jugé mardi", "Ouvert en mars, le chantier s'achèvera en
    octobre") or that follows its noun ("selon le communiqué publié mercredi, l'usine fermera"), not after a word
    that makes it part of a verb ("sera publié mercredi", "doit être signé", ``participle_verb_words``); never a
    participle that looks ahead ("attendu lundi", "reporté au 5 mai", "prévu le 3 juin")."""
    apposed = _apposed(lang)
    found = apposed.pattern.search(text, max(0, start - BOUND_REACH), start)
    if not found:
        return False
    if found["p"]:
        return fold(found["p"]) not in apposed.ahead
    word = fold(found["w"])
    return (fold(found["q"]) not in apposed.ahead and word not in apposed.verb_words
            and not word.endswith(("ment", "'", "’")) and not gapped_conjunct(lang, text, found.start("q")))


#: The most words between a participle after its noun and the date of its phrase (``participle_near``).
NEAR_PARTICIPLE_WORDS = 4
#: How far before a date such a participle may start.
NEAR_PARTICIPLE_REACH = 60


@functools.cache
def _near_participle(lang: str) -> re.Pattern[str]:
    return re.compile(load(f"{lang}/words").get("noun_participle") or "(?!)", re.IGNORECASE)


_WORD_RUN = re.compile(r"[^\W\d_][\w'’-]*")
_PHRASE_BREAK = re.compile(r"[^\w\s'’-]|\n")


_GAP_TOKEN = re.compile(r"[^\W\d_]+")


@functools.cache
def _own_verb_breaks(lang: str) -> frozenset[str]:
    """``own_verb_breaks``, lower case, without an elision's apostrophe ("d'" -> "d")."""
    words = load(f"{lang}/words").get("own_verb_breaks") or ()
    return frozenset(_GAP_TOKEN.findall(str(w).lower())[0] for w in words if _GAP_TOKEN.search(str(w)))


def own_verb_break(lang: str, gap: str) -> bool:
    """Whether a word of ``own_verb_breaks`` stands in ``gap`` (the words between a verb and the weekday after it):
    an infinitive's mark or a bound, which hands the weekday to another verb ("booked to travel until Thursday")."""
    breaks = _own_verb_breaks(lang)
    return any(w.lower() in breaks for w in _GAP_TOKEN.findall(gap))


def participle_near(lang: str, text: str, start: int) -> bool:
    """Whether a past participle after its noun heads the phrase that ends with the date, a few words of its
    complement between ("les listes arrivées en tête jeudi", "the plan unveiled by ministers on Monday"): a done
    deed, the date its own (round twenty-nine, wk29; ``_lean`` reads it against a nearer cue after the date, the main
    verb's). The same exclusions as ``apposed_past``: no participle that looks ahead, none after a verb word; no
    punctuation between it and the date."""
    lo = max(0, start - NEAR_PARTICIPLE_REACH)
    breaks = list(_PHRASE_BREAK.finditer(text, lo, start))
    if breaks:
        lo = breaks[-1].end()
    words = list(_WORD_RUN.finditer(text, lo, start))
    shape, apposed = _near_participle(lang), _apposed(lang)
    for i in range(len(words) - 1, max(0, len(words) - 2 - NEAR_PARTICIPLE_WORDS), -1):
        q, w = words[i], words[i - 1]
        if not shape.fullmatch(q.group()):
            continue
        if own_verb_break(lang, text[q.end():start]):
            return False
        word = fold(w.group())
        if (fold(q.group()) not in apposed.ahead and word not in apposed.verb_words
                and not word.endswith(("ment", "'", "’")) and not gapped_conjunct(lang, text, q.start())):
            return True
    return False


@functools.cache
def _split_past(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The auxiliary right before a date (``split_past_auxiliaries``, then a comma, an ``apposed_tail`` word at most),
    the participle right after it (``apposed_participle``, after a comma at most), and the words that only end like
    one (``apposed_not``)."""
    words = load(f"{lang}/words")
    aux = _alt(_accent_variants(list(words.get("split_past_auxiliaries") or []))) or "(?!)"
    tail = _alt(_accent_variants(list(words.get("apposed_tail") or []))) or "(?!)"
    ending = words.get("apposed_participle") or "(?!)"
    return (re.compile(rf"(?<![^\W\d_])(?<!\by )(?:{aux})[^\S\n]*,?[^\S\n]*(?:(?:{tail})[^\S\n]+)?$", re.IGNORECASE),
            re.compile(rf"[^\S\n]*,?[^\S\n]*(?P<p>{ending})(?![\w'’-])", re.IGNORECASE),
            frozenset(fold(w) for w in words.get("apposed_not") or ()))


def split_past(lang: str, text: str, start: int, end: int) -> bool:
    """Whether the date stands between the auxiliary and the participle of a compound past ("le ministre a, dès
    mercredi, acté la création", "les élus ont mardi soir voté", "the board has on Monday approved"): a done deed,
    whatever the nearer day; the cue words see neither half, the date splits them."""
    before, after, not_participles = _split_past(lang)
    found = after.match(text, end)
    return bool(found and fold(found["p"]) not in not_participles
                and before.search(text, max(0, start - 24), start))


#: Characters at most between the first conjunct's participle and the coordinator of the one that shares its auxiliary.
GAPPED_REACH = 80


@functools.cache
def _gapped(lang: str) -> re.Pattern[str] | None:
    words = load(f"{lang}/words")
    aux = _alt(_accent_variants(list(words.get("gapping_auxiliaries") or [])))
    coordinators = _alt(list(words.get("gapping_coordinators") or []))
    ending = words.get("apposed_participle")
    if not (aux and coordinators and ending):
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{aux})[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?{ending}(?![\w'’-])"
                      rf"[^.;!?\n]{{0,{GAPPED_REACH}}}[^\S\n](?:{coordinators})[^\S\n]+(?:[^\W\d_'’-]+[^\S\n]+){{1,3}}$",
                      re.IGNORECASE)


def gapped_conjunct(lang: str, text: str, pos: int) -> bool:
    """Whether the bare participle at ``pos`` opens a conjunct that shares the compound future of the one before it
    (``gapping_auxiliaries``, ``gapping_coordinators``): "le concours sera jugé samedi et les prix [remis] dimanche",
    "will be judged on Saturday and the prizes [handed] out on Sunday". Its date is ahead, as the first one's."""
    pattern = _gapped(lang)
    return pattern is not None and pattern.search(text, max(0, pos - 2 * GAPPED_REACH), pos) is not None


@functools.cache
def _other_clause(lang: str) -> re.Pattern[str] | None:
    words = _alt(list(load(f"{lang}/words").get("clause_coordinators") or []))
    return re.compile(rf"(?:[,;][^\S\n]*(?:{words})(?![\w'’-])|;)", re.IGNORECASE) if words else None


def other_clause(lang: str, text: str, start: int, end: int) -> bool:
    """Whether another clause opens between ``start`` and ``end``: a comma and a coordinator (``clause_coordinators``:
    "the final round starts at 11am, and the closing ceremony will be held on Monday") or a semicolon."""
    pattern = _other_clause(lang)
    return pattern is not None and pattern.search(text, start, end) is not None
