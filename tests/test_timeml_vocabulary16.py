"""benchmarks/timeml_vocabulary.py: the event lists derived from TimeML annotations read dev documents only, keep
the happening classes, and inflect their lemmas (records of our own, in the corpora's shape)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import timeml_vocabulary as tv


def _event(text: str, pred: str, cls: str, pos: str = "VERB") -> dict[str, object]:
    return {"text": text, "pred": pred, "class": cls, "pos": pos, "start": 0, "end": len(text)}


def _write(folder: Path) -> None:
    ftb = [  # sorted ids: the fourth (index 3) is a test document and must never be read
        {"id": "a1", "text": "Les avions ont bombardé le dépôt.", "events": [
            _event("bombardé", "BOMBARDER", "OCCURRENCE"), _event("déclaré", "DÉCLARER", "REPORTING"),
            _event("grève", "GRÈVE", "OCCURRENCE", "NOUN"), _event("semble", "SEMBLER", "STATE")]},
        {"id": "a2", "text": "Le maire a inauguré la salle.",
         "events": [_event("inauguré", "INAUGURER", "OCCURRENCE")]},
        {"id": "a3", "text": "Les pompiers ont fini.", "events": [_event("fini", "FINIR", "ASPECTUAL")]},
        {"id": "a4", "text": "La citerne a explosé.", "events": [_event("explosé", "EXPLOSER", "OCCURRENCE")]},
    ]
    meantime = [
        {"id": "m1", "origin": {"subcorpus": "corpus_airbus"}, "text": "The carrier acquired a rival.", "events": [
            _event("acquired", "acquire", "OTHER"), _event("said", "say", "SPEECH_COGNITIVE"),
            _event("bankruptcy", "bankruptcy", "OTHER", "NOUN")]},
        {"id": "m2", "origin": {"subcorpus": "corpus_stock"}, "text": "Shares tumbled.", "events": [
            _event("tumbled", "tumble", "OTHER")]},
    ]
    for name, records in (("fr_timebank_dev.jsonl", ftb), ("en_wikinews_meantime.jsonl", meantime)):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_dev_documents_only_and_happening_classes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIMELINE_DEV_HALF", raising=False)
    _write(tmp_path)
    verbs = tv.derive(tmp_path)
    assert set(verbs["fr"]) == {"bombarder", "inaugurer", "finir"}  # not the test document's "exploser"
    assert {"bombarde", "bombardent", "bombardait", "bombardera"} <= set(verbs["fr"]["bombarder"])
    assert {"finit", "finissent", "fini"} <= set(verbs["fr"]["finir"])
    assert set(verbs["en"]) == {"acquire"}  # not "say" (a statement) nor the stock subcorpus's "tumble" (test)
    assert set(verbs["en"]["acquire"]) == {"acquired", "acquires"}
    nouns = tv.derive_nouns(tmp_path)
    assert nouns == {"fr": ["greve", "greves"], "en": ["bankruptcies", "bankruptcy"]}


def test_regular_forms() -> None:
    assert "manifestent" in tv.fr_regular("manifester") and "manifester" not in tv.fr_regular("manifester")
    assert tv.fr_regular("prendre") == set()  # an irregular verb: only the forms seen
    assert tv.en_regular("approve") == {"approves"} and tv.en_regular("carry") == {"carries"}
    assert tv._plural("en", "sales") == "sales" and tv._plural("en", "process") == "processes"
    assert tv._plural("fr", "greve") == "greves" and tv._plural("fr", "proces") == "proces"


def test_words_pattern_whole_words() -> None:
    pattern = tv.words_pattern({"greve", "greves"})
    assert pattern is not None
    assert pattern.search("une greve jeudi") and not pattern.search("les grevistes")
    assert tv.words_pattern(set()) is None
