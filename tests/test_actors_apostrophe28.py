"""Actors on unseen outlets, round twenty-eight (helper act28): a name with an apostrophe inside a word.

Counted first (docs/BENCHMARKS.md "act28, round twenty-eight"): a capitalised word whose apostrophe is followed by
lower-case letters ("Wang'ombe", "Ng'ang'a") was cut at the apostrophe by the actor reader's tokens (the apostrophe
went with the word before it, the rest stood apart as a lower-case word), so the name came out ending in "'". The
tokens now keep such a word whole, unless the part before the apostrophe is an elided word ("Aujourd'hui",
"Lorsqu'il", "Jusqu'ici") or the part after is a contraction ("We're", "They've"); a one-letter tail ("Don't") and
a capital after the apostrophe ("O'Brien", "N'Diaye", "D'Alembert") read as before. The words live as data:
``apostrophe_words`` in lang/fr/actors.yaml and lang/en/actors.yaml, read by both languages.

Strict xfails for classes counted and not built: a person glued to the country after him by the borrowed model ("le
retour d'X Y d'Espagne", one source); a rubric or a dateline in capitals read into a name (three fresh outlets, each
its own shape).

Every sentence is ours; the people and places are made up or common.
"""

from __future__ import annotations

import pytest

from timeline.extraction.actors import find_entities
from timeline.extraction.actors.reader import tokens
from timeline.settings import Options

RULES = Options(use_ner=False)


def _names(text: str, lang: str, options: Options = RULES) -> list[str]:
    return [a.name for a in find_entities(text, lang, options).actors]


@pytest.mark.parametrize(("text", "word"), [
    ("La présidente Ruth Wang'ombe a ouvert la séance.", "Wang'ombe"),
    ("La présidente Ruth Wang’ombe a ouvert la séance.", "Wang’ombe"),
    ("Speaker Daniel Ng'ang'a opened the sitting.", "Ng'ang'a"),
    ("Le député Paul Kang'eri a voté contre.", "Kang'eri"),
])
def test_a_name_with_an_inner_apostrophe_is_one_token(text: str, word: str) -> None:
    assert word in [t.text for t in tokens(text)]


@pytest.mark.parametrize(("text", "parts"), [
    ("The office of Ruth Wang'ombe's deputy was closed.", ["Wang'ombe", "'", "s"]),
    ("Le mandat de Paul Kang'eri-Moua s'achève.", ["Kang'eri", "-", "Moua"]),
])
def test_a_possessive_or_a_hyphen_after_the_name_stays_apart(text: str, parts: list[str]) -> None:
    words = [t.text for t in tokens(text)]
    start = words.index(parts[0])
    assert words[start:start + len(parts)] == parts


@pytest.mark.parametrize(("text", "cut"), [
    ("Aujourd'hui, le conseil se réunit.", "Aujourd'"),
    ("Lorsqu'il est arrivé, la séance était levée.", "Lorsqu'"),
    ("Jusqu'ici, rien n'a changé.", "Jusqu'"),
    ("Quelqu'un a appelé la mairie.", "Quelqu'"),
    ("We're ready, the minister said.", "We'"),
    ("They've voted twice.", "They'"),
    ("You'll see, she said.", "You'"),
    ("Don't wait, he said.", "Don'"),
    ("Conan O'Brien met the mayor.", "O'"),
    ("Martin N'Diaye a rencontré le maire.", "N'"),
])
def test_elisions_contractions_and_capitals_after_the_apostrophe_stay_cut(text: str, cut: str) -> None:
    assert cut in [t.text for t in tokens(text)]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "La présidente de l'Assemblée, Ruth Wang'ombe, a ouvert la séance mardi.", "Ruth Wang'ombe"),
    ("fr", "Le ministre Paul Kang’eri a signé le décret lundi.", "Paul Kang’eri"),
    ("en", "Speaker Daniel Ng'ang'a adjourned the house on Tuesday.", "Daniel Ng'ang'a"),
    ("en", "Kenya's chief justice, Mary Mung'aro, swore in the new judges.", "Mary Mung'aro"),
])
def test_the_name_is_read_whole(lang: str, text: str, name: str) -> None:
    names = _names(text, lang)
    assert any(n.endswith(name) for n in names), names
    assert not any(n[-1:] in "'’" for n in names), names


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "Aujourd'hui, Paul Girard a rencontré le maire.", "Paul Girard"),
    ("en", "The mayor met Conan O'Brien on Monday.", "Conan O'Brien"),
    ("fr", "Le maire a reçu Martin N'Diaye à la mairie.", "Martin N'Diaye"),
])
def test_controls_read_as_before(lang: str, text: str, name: str) -> None:
    assert name in _names(text, lang, Options())


@pytest.mark.xfail(strict=True, reason="counted in one fresh dev outlet only (act28): the borrowed model glues a "
                   "person to the country after him; the rules read them apart")
def test_a_person_is_not_glued_to_the_country_he_returns_from() -> None:
    names = _names("Le vote attendra le retour d'Henri Valmont d'Espagne.", "fr", Options())
    assert "Henri Valmont" in names and not any("Espagne" in n and "Valmont" in n for n in names)


@pytest.mark.xfail(strict=True, reason="counted in three fresh dev outlets in three shapes (act28: a rubric before a "
                   "dash, a dateline joined by a hyphen, a live tag of an embedded post), not built this round")
def test_a_capitals_rubric_before_a_dash_is_no_part_of_a_name() -> None:
    names = _names("RECONSTRUCTION - Les militants écologistes votent jeudi.", "fr", Options())
    assert not any("RECONSTRUCTION" in n for n in names)
