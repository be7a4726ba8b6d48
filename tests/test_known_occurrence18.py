"""A sentence naming its happening as a known thing, with a verb of occurring and its day, round eighteen (issue 13:
precision, a second row on a gold row's day; helper dup18).

events/restated.py: "The episode happened on February 27" (a definite or demonstrative subject, a verb of occurring
of lang/merge.yaml ``occurrence_words``, no word that types it: an `other` telling whose trigger is the verb) retells
the happening its story tells on that day in another sentence: it takes that happening's type and title, and merging
folds the two into one row. When the story holds two happenings on that day (two types, or another `other` telling),
which one it names is not known: it stays as it was. Sentences written for these tests (the articles are dated
Monday 2 March 2026: 27 February is the Friday before).
"""

from __future__ import annotations

import pytest

from tests.merge_support import NO_NER, article
from timeline.extraction import merge as merging
from timeline.extraction.events.restated import restated_types
from timeline.extraction.merge_restated import names_known
from timeline.extraction.pipeline import extract_article


def _tellings(lang: str, text: str) -> list[tuple[str, str, str]]:
    """(trigger, type, event id) of each telling of one article, merged."""
    _, tellings = merging.merge(extract_article(article("x", lang, text), NO_NER))
    return sorted((m.trigger.lower(), m.event_type, m.event_id) for m in tellings)


def _rows(lang: str, text: str) -> int:
    return len({event_id for _, _, event_id in _tellings(lang, text)})


ONE_ROW = [
    ("fr", "Le maire de Corvanne, Julien Astier, a démissionné vendredi 27 février.\n\nL'épisode à l'origine de la "
           "crise municipale est survenu le 27 février.", "est survenu", "election"),
    ("fr", "Le conseil de Corvanne a approuvé le nouveau budget le 27 février.\n\nCet épisode qui a fâché "
           "l'opposition s'est produit le 27 février.", "s'est produit", "decision"),
    ("en", "Mayor Julia Astor of Corvanne resigned on Friday, February 27.\n\nThe episode that started the crisis "
           "happened on February 27.", "happened", "election"),
    ("en", "The Corvanne council approved the new budget on February 27.\n\nThe scene that angered the opposition "
           "happened on February 27.", "happened", "decision"),
]


@pytest.mark.parametrize(("lang", "text", "verb", "kind"), ONE_ROW)
def test_a_known_happening_told_with_its_day_joins_the_row_of_that_day(lang: str, text: str, verb: str,
                                                                        kind: str) -> None:
    tellings = _tellings(lang, text)
    assert len(tellings) == 2, tellings
    assert {t[1] for t in tellings} == {kind}, tellings  # the verb of occurring took the happening's type
    assert verb in {t[0] for t in tellings}
    assert _rows(lang, text) == 1


def test_the_row_keeps_the_title_of_the_happening_not_of_its_retelling() -> None:
    text = ("Le maire de Corvanne, Julien Astier, a démissionné vendredi 27 février.\n\nL'épisode à l'origine de la "
            "crise municipale est survenu le 27 février.")
    events, _ = merging.merge(extract_article(article("x", "fr", text), NO_NER))
    assert len(events) == 1
    assert "démissionné" in events[0].title


TWO_HAPPENINGS = [
    # two happenings of two types that day: which one the episode is, is not known
    ("fr", "Le maire de Corvanne, Julien Astier, a démissionné vendredi 27 février.\n\nLe 27 février, le préfet a "
           "inauguré le nouveau pont de Brissel.\n\nL'épisode à l'origine de la crise est survenu le 27 février."),
    ("en", "Mayor Julia Astor of Corvanne resigned on Friday, February 27.\n\nOn February 27, the prefect "
           "inaugurated the new bridge at Brissel.\n\nThe episode that started the crisis happened on February 27."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_HAPPENINGS)
def test_two_happenings_of_that_day_leave_the_retelling_as_it_was(lang: str, text: str) -> None:
    tellings = _tellings(lang, text)
    verb = [t for t in tellings if t[0] in {"est survenu", "happened"}]
    assert verb and verb[0][1] == "other", tellings


def test_a_verb_of_occurring_is_read_only_after_a_known_subject() -> None:
    text = "Mayor Julia Astor of Corvanne resigned on Friday, February 27.\n\nProtests happened on February 27."
    mentions = extract_article(article("x", "en", text), NO_NER)
    told = [m for m in mentions if m.trigger.lower() == "happened"]
    assert all(not names_known(m) for m in told)
    assert restated_types(told) == told  # alone, a telling has nothing to retell


def test_a_known_happening_of_another_day_stays_apart() -> None:
    text = ("Mayor Julia Astor of Corvanne resigned on Friday, February 27.\n\nThe episode that started the crisis "
            "happened on February 20.")
    tellings = _tellings("en", text)
    assert _rows("en", text) == len(tellings), tellings
