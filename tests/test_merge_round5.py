"""Merging, round five: two typed happenings of one story on one day stay apart when their predicates
differ (no synonym of lang/merge.yaml), they name no common actor and share no key term; retellings with
a synonym ("met" / "held talks", "se sont rencontrés" / "s'est entretenu") still merge. Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction.merge import merge
from timeline.models import Mention

DAY = dt.date(2025, 3, 10)


def M(mention_id: str, event_type: str, trigger: str, sentence: str, actors: tuple[str, ...], *,
      lang: str = "en", time: str | None = None, story: int = 0, date: dt.date = DAY) -> Mention:
    title = sentence.rstrip(".")[:60]
    sentence_start = int(mention_id[1:]) * 100
    # the date stands where the sentence names its day, as the pipeline gives it; a sentence naming none has it lent
    # (since round twenty-nine merging reads a decision whose sentence does not date it as a sitting's item)
    said = sentence.find("Monday")
    date_start = sentence_start + said if said >= 0 else 0
    return Mention(
        mention_id=mention_id, article_id="a1", date=date, end_date=None, precision="day", date_text=str(date),
        date_start=date_start, date_end=date_start + 6, sentence=sentence, sentence_start=sentence_start,
        event_type=event_type, trigger=trigger, title=title, status="held", actors=actors, story_index=story,
        confidence=0.6, lang=lang, time=time,
    )


def groups(mentions: list[Mention]) -> list[list[str]]:
    events, merged = merge(mentions)
    by_event: dict[str, list[str]] = {}
    for mention in merged:
        by_event.setdefault(mention.event_id, []).append(mention.mention_id)
    assert len(by_event) == len(events)
    return sorted(sorted(ids) for ids in by_event.values())


CASES = [
    ("en: two decisions of one Monday, other verbs, other people: apart", [
        M("m1", "decision", "signed", "On Monday the governor Ada Brook signed an order leaving the water pact.",
          ("Ada Brook",)),
        M("m2", "decision", "decreed", "Mayor Tom Reyes also decreed a freeze on new permits.",
          ("Tom Reyes",))], [["m1"], ["m2"]]),
    ("en: a weekday both name is no shared key term: apart", [
        M("m1", "decision", "signed", "On Monday Ada Brook signed an order.", ("Ada Brook",)),
        M("m2", "decision", "decreed", "Tom Reyes decreed on Monday a freeze on permits.", ("Tom Reyes",))],
     [["m1"], ["m2"]]),
    ("en: met / held talks are one predicate: one meeting", [
        M("m1", "meeting", "met", "Ada Brook met her northern counterpart on Monday.", ("Ada Brook",)),
        M("m2", "meeting", "held talks", "The two leaders held talks for three hours.", ("Tom Reyes",))],
     [["m1", "m2"]]),
    ("en: announced / unveiled are one predicate: one happening", [
        M("m1", "other", "announced", "Northwind announced its new tablet on Monday.", ("Northwind Labs",)),
        M("m2", "other", "unveiled", "The device, unveiled by chief executive Lena Ortiz, ships in May.",
          ("Lena Ortiz",))], [["m1", "m2"]]),
    ("en: other verbs and people but a shared key term: one decision", [
        M("m1", "decision", "approved", "The council approved the Harbour Bridge plan on Monday.",
          ("Ada Brook",)),
        M("m2", "decision", "ruled", "Judges ruled that the Harbour Bridge works may start.", ("Tom Reyes",))],
     [["m1", "m2"]]),
    ("en: other verbs but a shared actor: one decision", [
        M("m1", "decision", "signed", "Ada Brook signed the order on Monday.", ("Ada Brook",)),
        M("m2", "decision", "decreed", "Brook also decreed a freeze.", ("Brook",))], [["m1", "m2"]]),
    ("en: a resignation in the morning, a successor in the afternoon: apart", [
        M("m1", "election", "resignation", "The palace announced the resignation of Ada Brook this morning.",
          ("Ada Brook",), time="morning"),
        M("m2", "election", "will be replaced", "She will be replaced this afternoon by Tom Reyes.",
          ("Tom Reyes",), time="afternoon")], [["m1"], ["m2"]]),
    ("en: an `other` day's programme told by the hour still merges", [
        M("m1", "other", "began", "The parade began at 8:30.", ("City Guard",), time="08:30"),
        M("m2", "other", "ended", "The speeches ended at 12:21.", ("Lena Ortiz",), time="12:21")],
     [["m1", "m2"]]),
    ("en: another day is not this rule's business", [
        M("m1", "decision", "signed", "Ada Brook signed the order.", ("Ada Brook",)),
        M("m2", "decision", "decreed", "Tom Reyes decreed a freeze.", ("Tom Reyes",),
          date=DAY + dt.timedelta(days=1))], [["m1"], ["m2"]]),
    ("fr : se sont rencontrés / s'est entretenu, un même prédicat : une rencontre", [
        M("m1", "meeting", "se sont rencontrés", "Les deux ministres se sont rencontrés lundi à Lyon.",
          ("Claire Morel",), lang="fr"),
        M("m2", "meeting", "s'est entretenu", "Paul Garnier s'est entretenu une heure avec son homologue.",
          ("Paul Garnier",), lang="fr")], [["m1", "m2"]]),
    ("fr : deux décisions d'un lundi, d'autres verbes, d'autres personnes : à part", [
        M("m1", "decision", "a signé", "Lundi, la présidente Claire Morel a signé un décret sur les retraites.",
          ("Claire Morel",), lang="fr"),
        M("m2", "decision", "a ordonné", "Le préfet Paul Garnier a ordonné le gel des embauches communales.",
          ("Paul Garnier",), lang="fr")], [["m1"], ["m2"]]),
    ("fr : démission / a démissionné, le même prédicat : une démission", [
        M("m1", "election", "démission", "Claire Morel a annoncé lundi sa démission.", ("Claire Morel",),
          lang="fr"),
        M("m2", "election", "a démissionné", "Le palais de l'Élysée confirme qu'elle a démissionné.",
          ("Élysée",), lang="fr")], [["m1", "m2"]]),
    ("fr : annoncé / dévoilé, un même prédicat", [
        M("m1", "other", "a annoncé", "Le groupe Lefort a annoncé lundi un nouveau plan.", ("Groupe Lefort",),
          lang="fr"),
        M("m2", "other", "dévoilé", "Le plan, dévoilé par Anne Roux, prévoit deux usines.", ("Anne Roux",),
          lang="fr")], [["m1", "m2"]]),
]


@pytest.mark.parametrize(("mentions", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_which_tellings_merge(mentions: list[Mention], expected: list[list[str]]) -> None:
    assert groups(mentions) == expected
