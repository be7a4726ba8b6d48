"""Merging, round eight (issue 13): an `other` telling that names nobody, or names only actors its context lent
it, no longer joins any `other` event of its story's day. `other` is the type of what no vocabulary names, so two
`other` tellings agreeing on the type says nothing: they are one happening only when told in one sentence, with one
predicate (or a synonym of lang/merge.yaml), with a key term in common, or naming a common actor in both sentences
(``merge_apart._thin``, ``named_here``). Typed tellings keep merging when one side names nobody: their type is the
evidence. Our own sentences, several outlet styles; none from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extraction import merge as merging
from timeline.extraction.pipeline import extract_article
from timeline.models import Article, Mention, Story
from timeline.settings import Options

DAY = dt.date(2026, 3, 9)


def M(mention_id: str, event_type: str, trigger: str, sentence: str, actors: tuple[str, ...] = (), *,
      lang: str = "en", time: str | None = None, at: int | None = None) -> Mention:
    return Mention(
        mention_id=mention_id, article_id="r8", date=DAY, end_date=None, precision="day", date_text="Monday",
        date_start=0, date_end=1, sentence=sentence, sentence_start=int(mention_id[1:]) * 100 if at is None else at,
        event_type=event_type, trigger=trigger, title=sentence.rstrip(".")[:60], status="held", actors=actors,
        story_index=0, confidence=0.6, lang=lang, time=time,
    )


def groups(mentions: list[Mention]) -> list[list[str]]:
    events, merged = merging.merge(mentions)
    by_event: dict[str, list[str]] = {}
    for mention in merged:
        by_event.setdefault(mention.event_id, []).append(mention.mention_id)
    assert len(by_event) == len(events)
    return sorted(sorted(ids) for ids in by_event.values())


APART = [
    ("market wire: an index and a currency, nobody named", [
        M("m1", "other", "fell", "The benchmark index fell 1.8% on Monday."),
        M("m2", "other", "slipped", "The currency slipped against the dollar.")]),
    ("business: results and a share move, one side naming nobody", [
        M("m1", "other", "reported", "Kestrel Foods reported a quarterly loss on Monday.", ("Kestrel Foods",)),
        M("m2", "other", "jumped", "Bond yields jumped to a ten-year high.")]),
    ("sport: a transfer and a ticket sale, nobody named in either", [
        M("m1", "other", "was completed", "The transfer of the striker was completed on Monday."),
        M("m2", "other", "went on sale", "Season tickets went on sale in the afternoon at the club shop.")]),
    ("fr, quotidien régional : la bourse et le carburant, personne de nommé", [
        M("m1", "other", "a reculé", "La bourse a reculé de 2 % lundi.", lang="fr"),
        M("m2", "other", "a bondi", "Le prix du gazole a bondi dans les stations.", lang="fr")]),
    ("fr, économie : des résultats publiés, un cours qui chute sans nom", [
        M("m1", "other", "a publié", "Le groupe Varenne a publié lundi ses comptes annuels.", ("Groupe Varenne",),
          lang="fr"),
        M("m2", "other", "a chuté", "Le cours du blé a chuté sur le marché à terme.", lang="fr")]),
]


# A shared actor binds two `other` tellings of two sentences only when both sentences name it: the actors step lends a
# nameless telling the actors of the sentence before (a market day's summary, a company's results), which name
# another happening's subject.
APART += [
    ("business: results, then the shares that the company's name was lent to", [
        M("m1", "other", "reported", "General Motors reported a quarterly loss on Monday.", ("General Motors",)),
        M("m2", "other", "fell", "Its shares fell 5% in New York.", ("General Motors",))]),
    ("market wire: an index, then a company the index's name was lent to", [
        M("m1", "other", "dropped", "The Nasdaq Composite dropped 3% on Monday.", ("Nasdaq Composite",)),
        M("m2", "other", "climbed", "Shares of the planemaker climbed 4% after a large order.",
          ("Nasdaq Composite",))]),
    ("fr, bourse : l'indice, puis le pétrole à qui l'on a prêté son nom", [
        M("m1", "other", "a reculé", "La Bourse de Paris a reculé lundi.", ("Bourse de Paris",), lang="fr"),
        M("m2", "other", "a bondi", "Le pétrole a bondi de 4 %.", ("Bourse de Paris",), lang="fr")]),
]


@pytest.mark.parametrize("mentions", [c[1] for c in APART], ids=[c[0] for c in APART])
def test_other_tellings_with_nothing_in_common_stay_apart(mentions: list[Mention]) -> None:
    assert groups(mentions) == [["m1"], ["m2"]]


TOGETHER = [
    ("one predicate: a retelling that names nobody", [
        M("m1", "other", "announced", "Kestrel Foods announced a recall on Monday.", ("Kestrel Foods",)),
        M("m2", "other", "announcement", "The announcement came after two weeks of complaints.")]),
    ("a synonym of lang/merge.yaml: announced / unveiled", [
        M("m1", "other", "announced", "The ministry announced a new rail timetable on Monday."),
        M("m2", "other", "unveiled", "The timetable, unveiled in Leeds, adds forty trains.")]),
    ("both sentences name the actor: one happening told twice", [
        M("m1", "other", "reported", "Kestrel Foods reported a loss on Monday.", ("Kestrel Foods",)),
        M("m2", "other", "posted", "Kestrel Foods posted its first deficit in ten years.", ("Kestrel Foods",))]),
    ("a key term in common: the Harbour Line", [
        M("m1", "other", "reopened", "The Harbour Line reopened on Monday after the floods."),
        M("m2", "other", "ran", "Trains on the Harbour Line ran twenty minutes late.")]),
    ("one sentence: the speech in which a plan was presented", [
        M("m1", "other", "speech", "In a speech on Monday, the mayor presented a new housing plan.", at=300),
        M("m2", "other", "presented", "In a speech on Monday, the mayor presented a new housing plan.", at=300)]),
    ("fr : un même prédicat, l'une sans nom", [
        M("m1", "other", "a lancé", "La mairie de Vannes a lancé lundi son budget participatif.",
          ("Mairie de Vannes",), lang="fr"),
        M("m2", "other", "lancement", "Le lancement a réuni une centaine d'habitants.", lang="fr")]),
    ("a typed pair naming nobody on one side still merges: its type is the evidence", [
        M("m1", "protest", "marched", "Thousands of nurses marched in Glasgow on Monday.", ("nurses",)),
        M("m2", "protest", "rally", "The rally ended peacefully outside the parliament.")]),
    ("fr : une grève sans nom, d'autres mots, le même type", [
        M("m1", "protest", "grève", "Les contrôleurs aériens sont en grève lundi.", lang="fr"),
        M("m2", "protest", "ont défilé", "Plusieurs centaines d'agents ont défilé devant la préfecture.",
          lang="fr")]),
    ("a moment of one day's programme told by its hour still merges", [
        M("m1", "other", "began", "The ceremony began at 9:30.", time="09:30"),
        M("m2", "other", "ended", "It ended shortly after noon.")]),
]


@pytest.mark.parametrize("mentions", [c[1] for c in TOGETHER], ids=[c[0] for c in TOGETHER])
def test_other_tellings_with_evidence_merge(mentions: list[Mention]) -> None:
    assert groups(mentions) == [["m1", "m2"]]


NO_NER = Options(use_ner=False)
REFERENCE = dt.date(2026, 3, 11)

# End to end (the real date engine and event rules, no NER): one market day's moves were one row before.
MARKET_DAYS = [
    ("en", "Stocks tumbled on Monday as investors fled risk. Treasury yields jumped on Monday to a ten-year high. "
           "The dollar slipped against the yen on Monday.", 3),
    ("en", "European shares closed lower on Monday. Gold climbed 2% on Monday to a record. Copper fell on Monday "
           "for a fifth session.", 3),
    ("fr", "La Bourse de Paris a reculé de 1,2 % lundi. Le pétrole a bondi de 4 % lundi. L'euro a glissé lundi "
           "face au dollar.", 3),
]


@pytest.mark.parametrize(("lang", "text", "rows"), MARKET_DAYS, ids=[t[:40] for _, t, _ in MARKET_DAYS])
def test_one_market_day_keeps_its_moves_apart(lang: str, text: str, rows: int) -> None:
    article = Article(id="r8", text=text, source="r8.txt", lang=lang, reference_date=REFERENCE,
                      stories=(Story(0, 0, len(text)),))
    mentions = extract_article(article, NO_NER)
    assert len(mentions) == rows, [(m.trigger, m.date) for m in mentions]
    assert len({m.date for m in mentions}) == 1
    events, _ = merging.merge(mentions)
    assert len(events) == rows, [e.title for e in events]
