"""Step 4f: a match told by its result verb between its two sides is a happening of its own (round thirty, spo30).

A results round is often told in prose, several matches in one sentence or one paragraph: "Northfield beat Eastbury
3-1 on Saturday, while Westmoor drew with Kingsport", "Dans la soirée, Vichy a battu Riom 3-2 et Thiers a fait match
nul avec Ambert". Pairing gives a day one trigger per sentence, and merging folds the same-day tellings of a story, so
a reader's four matches came out as one row, or as none when the verb was not a trigger ("s'est imposé face à",
"edged"). A result clause is: a capitalised name opening its clause (the side before), a result verb of
``result_clauses.verbs`` in lang/<lang>/triggers.yaml, a capitalised name a few link words after it (the other side),
a score optional. Each clause is a proto of its own, type `other` as the gold types matches (docs/ANNOTATION.md),
its trigger the clause from its first side to its second side or score, so that its row shows the two sides only
(``clause_actors``) and merging keeps two clauses of one day with other sides apart (``merge_apart``, kind RESULT).

Its day: the one day told in its stretch (from the clause to the next break: "England beat Italy on Saturday, and
Scotland drew with Wales on Sunday"), else the one day its sentence tells (an eligible day mention), else the day the
nearest earlier sentence of its paragraph tells ("Les rencontres du lundi ... . Tahoua a battu Maradi (5-4)"), else,
for a clause giving its score, the one past day of the round told before it in its story (``round_day``: the nearest
earlier dated sentence of its story, at most ``ROUND_REACH`` sentences back, naming a round or a match: a word of
``result_clauses.round_words`` or a match cue; round thirty-one, two31: "La troisième journée s'est disputée mardi.
[a heading, a paragraph] En fin de soirée, Brenne a dominé Sologne (5-2)."), else none (no row). A paired trigger of
the sentence lying inside a clause gives way to it (one row per clause).

Guards, as data: a score in the clause or a match cue (``match_cues``) in its paragraph outside it; no word of a vote
or an election in the sentence (``not_cues``: "the bill was defeated", "beat the incumbent"); no word of a record in
the clause ("has beaten them five times", ``record_words``); no auxiliary of a perfect, a plan or a negation right
before the verb (``before_not``: a record, a fixture to come).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.events.layout import Page
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.score_lines import score_line
from timeline.extraction.events.triggers import _Trigger
from timeline.extraction.result_shapes import BREAK, SCORE, Lists, clauses, lists, side_spans
from timeline.extraction.score_shapes import sides
from timeline.extraction.sentences import Span
from timeline.models import DateMention

__all__ = ["RESULT_SCORE", "ROUND_REACH", "clause_actors", "clause_places", "result_clause", "result_protos",
           "round_day"]

#: A score below any pairing's: a clause's row comes after the paired ones.
RESULT_SCORE = -90.0
#: A clause with no day in its paragraph takes its round's day from at most this many sentences back (a results
#: report's run of paragraphs under headings, not a later part of the story).
ROUND_REACH = 8


def result_clause(trigger: str, lang: str) -> bool:
    """A telling's trigger, as written, is a whole result clause (the trigger ``result_protos`` gives)."""
    folded = lexicon.fold(trigger)
    if len(folded) != len(trigger):
        return False
    return clauses(trigger, folded, lang, 0, len(trigger)) == [(0, len(trigger))]


def clause_actors(trigger: str, lang: str, actors: dict[str, str]) -> dict[str, str]:
    """The actors of a result clause's row: those its clause names (its two sides), all when it names none."""
    if not result_clause(trigger, lang):
        return actors
    kept = {name: role for name, role in actors.items() if name and name in trigger}
    return kept or actors


def clause_places(trigger: str, lang: str, places: list[str]) -> list[str]:
    """The places of a result clause's or a results line's row: not the towns its sides are named by ("Brenne a dominé
    Sologne (5-2)": clubs, not the scene), but for a results line's first side, its host ("Varenne Volley – ASPTT
    Chabris : 0-3" is played at Varenne); round thirty-one, two31."""
    if result_clause(trigger, lang):
        named = [trigger[a:b] for a, b in side_spans(trigger, lang)]
    elif score_line(trigger):
        named = list(sides(trigger) or ())[1:]  # a results line names its host first: its town is the scene
    else:
        return places
    return [p for p in places if not any(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", side) for side in named)]


def _played(folded: str, table: Lists, clause: tuple[int, int], paragraph: tuple[int, int]) -> bool:
    """A score in the clause, or a match cue in its paragraph outside the clause."""
    if SCORE.search(folded, *clause):
        return True
    if table.cues is None:
        return False
    outside = folded[paragraph[0] : clause[0]] + " " + folded[clause[1] : paragraph[1]]
    return table.cues.search(outside) is not None


def _one_day(found: Sequence[tuple[DateMention, str]]) -> DateMention | None:
    days = [d for d, role in found if d.precision == "day" and role == "event"]
    return days[0] if days and len({d.value for d in days}) == 1 else None


def round_day(page: Page, dates_by_sentence: dict[int, list[tuple[DateMention, str]]], index: int,
              table: Lists) -> DateMention | None:
    """The one past day of the round told before sentence ``index`` in its story (module doc), else None."""
    story = page.sentence_story[index]
    back = index - 1
    while back >= 0 and index - back <= ROUND_REACH and page.sentence_story[back] == story \
            and not dates_by_sentence.get(back):
        back -= 1
    if back < 0 or index - back > ROUND_REACH or page.sentence_story[back] != story:
        return None
    day = _one_day(dates_by_sentence.get(back, ()))
    if day is None or day.end_value is not None or (page.reference is not None and day.value > page.reference):
        return None
    sentence = page.sentences[back]
    rounds = _round_words(page.article.lang)
    named = any(p is not None and p.search(page.folded, sentence.start, sentence.end) for p in (rounds, table.cues))
    return day if named else None


@functools.cache
def _round_words(lang: str) -> re.Pattern[str] | None:
    words = (lexicon.load(f"{lang}/triggers").get("result_clauses") or {}).get("round_words") or ()
    return re.compile("|".join(f"(?:{w})" for w in words)) if words else None


def _paragraph(text: str, sentences: Sequence[Span], index: int) -> tuple[int, int, int]:
    """(first sentence index, start, end) of the paragraph of sentence ``index``: no line break between them."""
    first = index
    while first > 0 and "\n" not in text[sentences[first - 1].end : sentences[first].start]:
        first -= 1
    last = index
    while last + 1 < len(sentences) and "\n" not in text[sentences[last].end : sentences[last + 1].start]:
        last += 1
    return first, sentences[first].start, sentences[last].end


def result_protos(page: Page, dates_by_sentence: dict[int, list[tuple[DateMention, str]]],
                  protos: list[_Proto]) -> list[_Proto]:
    """``protos`` with a proto for each result clause (module doc); a paired trigger inside a clause gives way."""
    text, folded, lang, sentences = page.text, page.folded, page.article.lang, page.sentences
    table = lists(lang)
    if table.verbs is None or not table.verbs.search(folded):
        return protos
    headlines = set(page.headlines.values())
    added: list[_Proto] = []
    dropped: set[int] = set()
    for index, sentence in enumerate(sentences):
        if index in headlines:
            continue
        found_clauses = clauses(text, folded, lang, sentence.start, sentence.end)
        if not found_clauses:
            continue
        first, start, end = _paragraph(text, sentences, index)
        found = dates_by_sentence.get(index, [])
        date = _one_day(found)
        back = index - 1
        while not found and back >= first and not dates_by_sentence.get(back):
            back -= 1
        if not found and back >= first:
            date = _one_day(dates_by_sentence.get(back, ()))
        lent = round_day(page, dates_by_sentence, index, table) if not found and back < first else None
        story = page.sentence_story[index]
        ends = [a for a, _ in found_clauses[1:]] + [sentence.end]
        for (a, b), stop in zip(found_clauses, ends, strict=True):
            cut = BREAK.search(folded, b, stop)  # its stretch ends at the next break after it
            own = _one_day([(d, role) for d, role in found if a <= d.start < (cut.start() if cut else stop)])
            if own is None and date is None and lent is not None and SCORE.search(folded, a, b):
                date_of = lent  # no day in its paragraph: its round's, told before (``round_day``)
            else:
                date_of = own or date
            if date_of is None or not _played(folded, table, (a, b), (start, end)):
                continue  # several days in its sentence, none in its stretch: no day of its own
            dropped.update(id(p) for p in protos if p.sentence_index == index and a <= p.trigger.start < b)
            trigger = _Trigger(a, b, "other", "verb", a, b, False, False)
            added.append(_Proto(sentence, index, story, trigger, date_of, False, RESULT_SCORE))
    if not added:
        return protos
    return [p for p in protos if id(p) not in dropped] + added
