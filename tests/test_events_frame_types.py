"""A row found by a verb shape or a predicate is typed by its frame when its lemma tells nothing (events/frame_types.py;
round twelve, helper typ12, issue 13).

Verb shapes (events/verb_shapes.py) found rows no trigger named, typed ``other`` where the happening has a type: a
post taken ("will act as interim chief executive": election) or an assembly's sitting ("le Sénat doit examiner le
texte": session). Every sentence here was written for these tests; each of FRAMED is typed ``other`` on main
(ec61b96). The reference date is Thursday 14 March 2024. Controls: the same verbs with no title after "as", no
assembly as subject or agent, or a verb of no deliberation.
"""

from __future__ import annotations

import pytest

from tests.events_support import thursday_rows
from timeline.extraction.events.frame_types import frame_type
from timeline.lang import fold

rows = thursday_rows


FRAMED = [
    # a title after "as", "comme": a post taken
    ("en", "The deputy harbour master will serve as acting director from March 20.", {("2024-03-20", "election")}),
    ("fr", "L'adjointe va siéger comme présidente du syndicat le 20 mars.", {("2024-03-20", "election")}),
    ("fr", "L'adjointe va siéger le 20 mars comme présidente du syndicat.", {("2024-03-20", "election")}),
    # an assembly as the subject of a verb of deliberation
    ("en", "The county council will examine the bypass scheme on March 21.", {("2024-03-21", "session")}),
    ("fr", "Le Sénat doit étudier le texte sur les ports le 21 mars.", {("2024-03-21", "session")}),
    # an assembly as the agent of a participle of deliberation, in the date's phrase set off by commas
    ("fr", "Le préfet, auditionné lundi par le conseil départemental, avait défendu son bilan.",
     {("2024-03-11", "session")}),
    ("fr", "Débattu en commission le 5 mars, le texte avait été réécrit par les rapporteurs.",
     {("2024-03-05", "session")}),
]

CONTROLS = [
    # no title after "as": a plain verb
    ("en", "The old lighthouse will serve as a museum from March 20.", {("2024-03-20", "other")}),
    # a verb of deliberation with no assembly: no sitting
    ("fr", "Le médecin doit examiner le blessé le 21 mars.", {("2024-03-21", "other")}),
    ("fr", "L'adjointe va siéger au syndicat le 20 mars.", {("2024-03-20", "other")}),
    ("en", "The inspector will examine the bridge on March 21.", {("2024-03-21", "other")}),
    # an assembly with a verb of no deliberation: no sitting
    ("fr", "Le conseil régional va financer la piscine le 21 mars.", {("2024-03-21", "other")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FRAMED, ids=[f"{lg}:{t[:40]}" for lg, t, _ in FRAMED])
def test_the_frame_types_the_found_row(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert rows(lang, text) == frozenset(expected)


@pytest.mark.parametrize(("lang", "text", "expected"), CONTROLS, ids=[f"{lg}:{t[:40]}" for lg, t, _ in CONTROLS])
def test_no_frame_no_type(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert rows(lang, text) == frozenset(expected)


def _typed(lang: str, sentence: str, verb: str, event_type: str = "other") -> str:
    folded = fold(sentence)
    start = folded.index(verb)
    return frame_type(lang, folded, (0, start, start + len(verb), len(folded)), event_type)


def test_a_type_the_lemma_gave_is_kept() -> None:
    # only a row left 'other' is retyped: a resignation stays one whatever follows "as"
    assert _typed("en", "he will resign as chief executive", "will resign", "election") == "election"
    assert _typed("en", "the senate will vote on the bill", "will vote", "vote") == "vote"


def test_the_subject_is_the_assembly_right_before_the_verb() -> None:
    assert _typed("en", "the senate will review the bill", "will review") == "session"
    # a clause between: the assembly is no subject of the verb
    assert _typed("en", "the senate, which the doctor said, will review the x-ray", "will review") == "other"
