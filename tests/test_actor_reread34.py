"""A text the NER model finds nothing in keeps its first rule reading: it is not read again (bld34, round 34).

The first reading is ``_read(text, lang, [], ...)``; reading it again with the model's empty spans passes the same
arguments, so the second read is skipped. The spy counts the reads around the real function; the model's answer is
fixed so the row does not depend on the model build."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from timeline.extraction.actors import rules
from timeline.settings import Options


@pytest.mark.parametrize(("lang", "text", "spans", "reads"), [
    ("fr", "Le Conseil municipal de Ravignac a voté la Charte.", [], 1),
    ("fr", "Le Conseil municipal de Ravignac a voté la Charte.", [(29, 37, "LOC")], 2),
    ("en", "The Harbour Board of Quenby approved the Plan.", [], 1),
    ("en", "The Harbour Board of Quenby approved the Plan.", [(21, 27, "LOC")], 2),
], ids=["fr-nothing-found", "fr-a-span", "en-nothing-found", "en-a-span"])
def test_second_read_only_with_model_spans(monkeypatch: pytest.MonkeyPatch, lang: str, text: str,
                                           spans: list[tuple[int, int, str]], reads: int) -> None:
    calls: list[list[tuple[int, int, str]]] = []
    real_read = rules._read

    def counted(text: str, lang: str, model: list[tuple[int, int, str]], *args: Any) -> Any:
        calls.append(model)
        reading = real_read(text, lang, model, *args)
        return dataclasses.replace(reading, unexplained=True)  # so the model is asked

    monkeypatch.setattr(rules, "_read", counted)
    monkeypatch.setattr(rules, "load_model", lambda lang: None)
    monkeypatch.setattr(rules, "model_spans", lambda texts, lang, options: [list(spans) for _ in texts])
    got = rules.find_entities_many([text], lang, Options(use_ner=True))
    assert calls == [[], list(spans)][:reads]
    if not spans:  # it gives the first reading's names
        monkeypatch.setattr(rules, "_read", real_read)
        assert got == rules.find_entities_many([text], lang, Options(use_ner=False))
