"""Step 3's grammatical status of a date or a trigger (``status_cues`` of lang/<lang>/triggers.yaml): a press piece's
date, a denied verb or its date, a hedged noun, a clause the text does not assert (a condition, a possibility, a
question), a date that comes back."""

from __future__ import annotations

import dataclasses
import functools
import re

from timeline import lang as lexicon
from timeline.extraction.sentences import Span
from timeline.models import DateMention


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@dataclasses.dataclass(frozen=True)
class StatusCues:
    """Compiled ``status_cues`` of lang/<lang>/triggers.yaml: the grammatical status that keeps a date or a trigger
    from making an event (a press piece's date, a denied verb, a hedged noun)."""

    press_date_after: re.Pattern[str] | None
    """After a date: the press piece it dates ("an April 2nd article", "une interview du 3 mars" is before)."""
    press_date_before: re.Pattern[str] | None
    """Before a date: a press piece and its publishing participle, or its "du"/"of" ("un article paru le")."""
    report_after: re.Pattern[str] | None
    report_before: re.Pattern[str] | None
    """The same for a report, only read after an attribution ("according to an April 2nd report")."""
    attribution: re.Pattern[str] | None
    negated: re.Pattern[str] | None
    """Ends right before a denied verb trigger ("was not ", "n'a pas ", "n'ont jamais été ")."""
    negated_date: re.Pattern[str] | None
    """Ends right before the date of a denied verb ("was not held on ", "n'a pas été signé le ")."""
    hedged_before: re.Pattern[str] | None
    hedged_after: re.Pattern[str] | None
    condition: re.Pattern[str] | None
    """Opens a clause that is not asserted ("si la fusion", "if the merger", "unless"), not after "même", "even"."""
    recurring: re.Pattern[str] | None
    """Ends right before a date that comes back ("every Monday", "chaque lundi", "each year on March 8")."""
    possibility: re.Pattern[str] | None
    """A verb of possibility or intention a few words before a date ("pourrait se rendre à Alger en")."""
    release: re.Pattern[str] | None = None
    """Before a date: a statement and its publishing participle, no attribution ("a statement released on", "un
    communiqué publié"): the statement's day, not the day of what it announces."""
    negated_noun: re.Pattern[str] | None = None
    """Ends right before a noun trigger a negation quantifies ("pas d'incidents", "aucune grève", "sans incident",
    "no injuries"): no such happening (``negating_determiners``; round thirty-six, una36)."""
    negation_kept: re.Pattern[str] | None = None
    """A noun whose negation still tells a happening ("aucun accord", "no deal": the talks), ``negation_kept_nouns``."""
    consequent: re.Pattern[str] | None = None
    """A future or conditional verb in the main clause after a fronted condition ("Si ..., il faudra attendre samedi",
    "If ..., the council will meet on Saturday"): ``consequent_moods`` (round thirty-six, una36)."""


#: From a denial to the date of its verb: the verb (two words at most) and a date's preposition ("held on ").
_VERB_TO_DATE = r"[\w'-]+(?:\s+[\w'-]+)?\s+(?:(?:le|on|en|in|ce|cette|this|last|at|au)\s+)?$"


#: Words at most between a verb of possibility and the date of what it makes possible ("pourrait se rendre à Alger
#: en avril": 4); further, the date belongs to another verb ("pourrait perdre des sièges lors des élections de").
POSSIBILITY_WORDS = 5


def _words(table: dict[str, object], key: str) -> list[str]:
    return [lexicon.fold(str(w)) for w in table.get(key) or []]  # type: ignore[attr-defined]


@functools.cache
def status_cues(lang: str) -> StatusCues:
    """The status cues of ``lang`` (English for any language but French)."""
    table = lexicon.load(f"{lang if lang in ('fr', 'en') else 'en'}/triggers").get("status_cues") or {}
    pieces, published, reports = (_words(table, k) for k in ("press_pieces", "published", "reports"))
    attribution, negations, hedges = (_words(table, k) for k in ("attribution", "negations", "hedges"))

    def alt(words: list[str]) -> str:
        return _alternation(set(words))

    def after(nouns: list[str]) -> re.Pattern[str] | None:
        return re.compile(f"(?:'s)?\\s*(?:{alt(nouns)})\\b") if nouns else None

    def before(nouns: list[str]) -> re.Pattern[str] | None:
        if not nouns:
            return None
        participle = f"[^,.;:!?]{{0,60}}?\\b(?:{alt(published)})\\s+(?:(?:le|du|en|on|in|ce|cette|this|last)\\s+)?" \
            if published else "(?!)"
        return re.compile(f"\\b(?:{alt(nouns)})\\b(?:{participle}|\\s+(?:du|de|d'|of)\\s*(?:the\\s+)?)$")

    if lang == "fr":
        negated = f"\\b(?:ne\\s|n')[^,.;:]{{0,25}}?\\b(?:{alt(negations)})\\s+(?:(?:encore|ete|du tout)\\s+)?$"
    else:
        # "pleaded not guilty on March 6", "found not liable": a plea or a verdict told, no denial (``pleas``)
        kept = f"(?!\\s+(?:{alt(pleas)})\\b)" if (pleas := _words(table, "pleas")) else ""
        adverbs = "been|be|yet|even|actually|officially|formally|already"
        negated = f"\\b(?:{alt(negations)}){kept}\\s+(?:(?:{adverbs})\\s+)*$"
    conditions, subjects, asserted = (_words(table, k) for k in ("conditions", "condition_subjects",
                                                                  "not_conditions"))
    condition = None
    if conditions:
        # a bare "si" opens a clause only before its subject ("si la fusion", not "si bien que", "si important")
        bare = [w for w in conditions if " " not in w and "'" not in w]
        subject = f"(?=\\s*(?:{alt(subjects)})\\b|\\s*\\w+')" if subjects else "\\b"  # a whole word (not "Ifeoma")
        words = [f"(?:{alt(bare)}){subject}" if bare else "(?!)"] + [re.escape(w) for w in conditions if w not in bare]
        not_after = "".join(f"(?<!\\b{re.escape(w)}\\s)" for w in asserted)  # "même si", "even if": asserted
        condition = re.compile(f"{not_after}\\b(?:{'|'.join(words)})")
    determiners, adjectives = _words(table, "negating_determiners"), _words(table, "negated_noun_adjectives")
    moods = table.get("consequent_moods") or []
    return StatusCues(
        after(pieces), before(pieces), after(reports), before(reports),
        re.compile(f"\\b(?:{alt(attribution)})\\b") if attribution else None,
        re.compile(negated) if negations else None,
        re.compile(negated[:-1] + _VERB_TO_DATE) if negations else None,
        re.compile(f"\\b(?:{alt(hedges)})\\s+$") if hedges else None,
        re.compile(f"\\s+(?:{alt(hedges)})\\b") if hedges else None,
        condition,
        re.compile(f"\\b(?:{alt(recurring)})\\s+(?:(?:year|week|month|annee|an|semaine|mois|on|in|le|en)\\s+)*$")
        if (recurring := _words(table, "recurring")) else None,
        re.compile(f"\\b(?:{alt(possible)})\\S*(?:\\s+\\S+){{0,{POSSIBILITY_WORDS}}}\\s*$")
        if (possible := _words(table, "possibility")) else None,
        re.compile(f"\\b(?:{alt(reports)})\\s+(?:\\w+\\s+){{0,2}}(?:{alt(published)})\\s+"
                   f"(?:(?:le|du|en|on|in|ce|cette|this|last)\\s+)?$") if reports and published else None,
        re.compile(f"(?<![\\w'-])(?:{alt(determiners)})\\s*(?<=[\\s'])(?:(?:{alt(adjectives)})\\s+)?$"
                   if adjectives else f"(?<![\\w'-])(?:{alt(determiners)})\\s*(?<=[\\s'])$") if determiners else None,
        re.compile(f"(?:{alt(kept_nouns)})") if (kept_nouns := _words(table, "negation_kept_nouns")) else None,
        re.compile(f"\\b(?:{'|'.join(str(m) for m in moods)})\\b") if moods else None,
    )


def denied_or_hedged(lang: str, folded: str, sentence: Span, start: int, end: int, noun: bool) -> str | None:
    """Why a trigger tells no happening, by its grammatical status, or None: a verb denied ("was not held",
    "n'a jamais été signé") or a noun hedged ("une éventuelle grève", "a possible strike", "la mise en examen
    éventuelle"). "was not held until Monday", "ne s'est tenue que lundi" still tell when it was held."""
    cues = status_cues(lang)
    before = folded[max(sentence.start, start - 40) : start]
    if noun:
        hedged = (cues.hedged_before and cues.hedged_before.search(before)) or (
            cues.hedged_after and cues.hedged_after.match(folded, end, sentence.end))
        if hedged:
            return "hedged"
        if cues.negated_noun is None or not cues.negated_noun.search(before):
            return None
        # "aucun accord" lundi, "no deal" on Monday: the talks happened (a typing rule of triggers.yaml)
        return None if cues.negation_kept and cues.negation_kept.fullmatch(folded, start, end) else "negated_noun"
    if cues.negated is None or not cues.negated.search(before):
        return None
    if _NOT_UNTIL.match(folded, end, min(sentence.end, end + 40)):
        return None
    return "denied"


#: After a denied verb, what still dates it: "was not held until Monday", "n'a été signé que le 5".
_NOT_UNTIL = re.compile(r"(?:\s+[\w'-]+){0,4}?\s+(?:until|till|before|que|qu'|avant)\b")


def unasserted(lang: str, folded: str, sentence: Span, date: DateMention) -> bool:
    """A date of a clause the text does not assert: a condition ("si la fusion est approuvée en mai", "if the deal
    is signed on Monday", "unless", "whether"), a possibility ("pourrait se rendre à Alger en avril", "is considering
    a listing in June") or a question (the sentence ends with "?")."""
    if folded[sentence.start : sentence.end].rstrip(" \n\"'»”)").endswith("?"):
        return True
    cues = status_cues(lang)
    clause = re.split(r"[,;:()]|\s[-–—]\s", folded[max(sentence.start, date.start - 120) : date.start])[-1]
    return bool((cues.condition and cues.condition.search(clause))
                or (cues.possibility and cues.possibility.search(clause))
                or consequent(cues, folded, sentence, date))


#: Before a fronted condition: what may open its sentence ("Et si", "« Si", "But if").
_OPENING = re.compile(r"[\s\"'«“(]*(?:(?:et|mais|or|and|but|so)\s+)?")


def consequent(cues: StatusCues, folded: str, sentence: Span, date: DateMention) -> bool:
    """A date in the main clause after a condition that opens the sentence, its verb a future or a conditional
    ("Si le budget n'est pas adopté, il faudra attendre samedi", "If the deal fails, the board will meet on Friday"):
    what would follow, no happening. Only a condition that opens its sentence, closed by a comma before the date; a
    past main verb ("Si X a manifesté lundi, Y a défilé mardi": a French contrast) is asserted."""
    if cues.condition is None or cues.consequent is None:
        return False
    opening = _OPENING.match(folded, sentence.start, date.start)
    start = opening.end() if opening else sentence.start
    if not cues.condition.match(folded, start, date.start):
        return False
    comma = folded.find(",", start, date.start)
    return comma >= 0 and cues.consequent.search(folded, comma, date.start) is not None


def denied_date(lang: str, folded: str, sentence: Span, date: DateMention) -> bool:
    """The date of a denied verb right before it ("was not held on Monday", "n'a jamais été signé le 5 mars"):
    nothing happened then. "was not held until Monday" is an until date (step 3), "n'a été signé que le 5" no denial."""
    cues = status_cues(lang)
    if cues.negated_date is None:
        return False
    clause = re.split(r"[,;:()]", folded[max(sentence.start, date.start - 80) : date.start])[-1]
    if not cues.negated_date.search(clause):
        return False
    return not _CONTRAST.search(folded, date.end, sentence.end)  # "ne sont pas venus mardi ..., mais ont manifesté"


#: What tells the happening of a denied verb's date instead ("ne sont pas venus mardi à la réunion, mais ont
#: manifesté devant l'usine", "did not attend on Monday but marched"): the date stays.
_CONTRAST = re.compile(r"\b(?:mais|but|instead|rather|plutot|en revanche|au contraire)\b")


def press_date(lang: str, folded: str, sentence: Span, date: DateMention) -> bool:
    """The date of a press piece cited as the source ("according to an April 2nd report", "un article du Parisien paru
    le 9 mars", "in a Tuesday interview"): when it was told, the reporting act, not when the happening was."""
    cues = status_cues(lang)
    clause = re.split(r"[,;:()]", folded[sentence.start : date.start])[-1]
    ahead = folded[date.end : min(sentence.end, date.end + 40)]
    if (cues.press_date_after and cues.press_date_after.match(ahead)) or (
            cues.press_date_before and cues.press_date_before.search(clause)):
        return True
    if cues.attribution is None or not cues.attribution.search(clause):
        return False
    return bool((cues.report_after and cues.report_after.match(ahead))
                or (cues.report_before and cues.report_before.search(clause)))
