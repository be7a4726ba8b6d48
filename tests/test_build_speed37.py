"""bld37 (build speed, same output): a trigger word's retype rows are found once per process
(``triggers._retype_rows``), and ``Reader._possessed`` tests a possessive's cheap marks before the country.

Each row can fail: the memo must give the rows a scan of the table gives, in order, for each table; the
possessive must still be read ("Thailand's cabinet") and still refused where a mark is missing."""

from __future__ import annotations

import dataclasses

import pytest

from timeline.extraction.actors.orgs import Reader
from timeline.extraction.events import triggers
from timeline.extraction.events.triggers import _retype_rows, _retyped
from timeline.extraction.events.vocabulary import rules_for


def _scanned(table: tuple, word: str) -> tuple:
    """The rows a scan of every row gives (the code before bld37)."""
    return tuple(row for row in table if row[0].search(word))


@pytest.mark.parametrize(("lang", "word", "match_row"), [
    ("en", "encounter", True),  # listed trigger forms and invented words; True: the table's first row (a match
    ("en", "will raise", False),  # told by a meeting's word) is among the word's rows
    ("en", "held", False),
    ("en", "zorbled", False),
    ("fr", "rencontre", True),
    ("fr", "placee", False),
    ("fr", "deplacements", True),
    ("fr", "fribouillee", False),
])
def test_memo_gives_the_scanned_rows(lang: str, word: str, match_row: bool) -> None:
    table = rules_for(lang).retype
    first = _retype_rows(table, word)
    assert first == _scanned(table, word)
    assert _retype_rows(table, word) == first  # asked again: the memo's answer, the same
    assert (table[0] in first) is match_row


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_table_has_its_own_rows(lang: str) -> None:
    table = rules_for(lang).retype
    word = "encounter" if lang == "en" else "rencontre"
    assert _retype_rows(table, word)
    shorter = table[1:]  # a table without the match rows (a test's or a caller's own Rules)
    assert _retype_rows(shorter, word) == _scanned(shorter, word)
    assert all(row in table[1:] for row in _retype_rows(shorter, word))


def test_memo_starts_again_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    table = rules_for("en").retype
    monkeypatch.setattr(triggers, "MAX_RETYPE_WORDS", 2)
    for word in ("alpha", "beta", "gamma", "encounter"):
        assert _retype_rows(table, word) == _scanned(table, word)
    assert len(triggers._RETYPE_ROWS[id(table)][1]) <= 2


@pytest.mark.parametrize(("lang", "folded", "word", "expected"), [
    # the table's first rows: a meeting's word around a score is a match (`other`); an alert level is a decision
    ("en", "the encounter ended 2-1 in the league", "encounter", "other"),
    ("en", "the region was placed on red alert", "placed", "decision"),
    ("en", "the quiet encounter of the two ministers", "encounter", "meeting"),
    ("fr", "la rencontre s'est achevee sur le score de 2-1", "rencontre", "other"),
    ("fr", "le prefet a place le departement en vigilance rouge", "place", "decision"),
    ("fr", "la rencontre des deux ministres", "rencontre", "meeting"),
])
def test_retyped_reads_its_object(lang: str, folded: str, word: str, expected: str) -> None:
    rules = rules_for(lang)
    start = folded.index(word)
    bounds = (0, start, start + len(word), len(folded))
    assert _retyped(rules, folded, word, bounds, "meeting") == expected
    # the same with the table scanned row by row
    scanned = dataclasses.replace(rules, retype=tuple(rules.retype))
    assert _retyped(scanned, folded, word, bounds, "meeting") == expected


def _possessed_at(text: str, lang: str) -> list[int]:
    reader = Reader(text, lang, [], True, {})
    return [k for k in range(len(reader.toks)) if reader._possessed(k) is not None]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Thailand's cabinet approved the plan on Monday.", "en", ["Thailand"]),
    ("Norway’s parliament met on Friday.", "en", ["Norway"]),
    ("Marlow's cabinet approved the plan.", "en", []),  # no country: no possessive body
    ("Thailand 's cabinet approved the plan.", "en", []),  # the apostrophe not glued to the country
    ("Thailand's", "en", []),  # nothing after it
    ("Le gouvernement d'Italie's a voté mardi.", "fr", ["Italie"]),  # a shape of the text, any language
    ("Le cabinet du Japon a voté mardi.", "fr", []),
])
def test_possessed(text: str, lang: str, expected: list[str]) -> None:
    reader = Reader(text, lang, [], True, {})
    assert [reader.toks[k].text for k in _possessed_at(text, lang)] == expected


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Thailand's cabinet approved the plan on Monday.", "en", "Cabinet of Thailand"),
    ("Hier, Vietnam's government a signé l'accord.", "fr", None),
])
def test_possessive_bodies(text: str, lang: str, name: str | None) -> None:
    bodies = Reader(text, lang, [], True, {}).possessive_bodies()
    assert [c.name for c in bodies][:1] == ([name] if name else [])
