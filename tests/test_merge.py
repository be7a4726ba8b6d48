"""Merging mentions into events (timeline.extraction.merge): one behaviour per test."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from timeline.extraction.merge import merge
from timeline.models import Mention

DAY = dt.date(2024, 12, 22)


def M(mention_id: str, article: str = "a1", date: dt.date = DAY, precision: str = "day", *,
      end: dt.date | None = None, event_type: str = "decision", title: str = "Résolution 57",
      sentence: str = "", actors: tuple[str, ...] = (), story: int = 0, **kwargs: object) -> Mention:
    values: dict[str, object] = dict(
        mention_id=mention_id, article_id=article, date=date, end_date=end, precision=precision,
        date_text=str(date), date_start=0, date_end=1, sentence=sentence or f"{title} ({mention_id}).",
        sentence_start=int(mention_id.strip("m") or 0) if mention_id.strip("m").isdigit() else 0,
        event_type=event_type, trigger=str(kwargs.pop("trigger", title.split()[0].lower())), title=title,
        status="held", actors=actors,
        story_index=story, confidence=0.6,
    )
    values.update(kwargs)
    return Mention(**values)  # type: ignore[arg-type]


def groups(mentions: list[Mention]) -> list[list[str]]:
    """The mention ids of each merged event, as sorted lists."""
    events, merged = merge(mentions)
    by_event: dict[str, list[str]] = {}
    for mention in merged:
        by_event.setdefault(mention.event_id, []).append(mention.mention_id)
    assert set(by_event) == {e.event_id for e in events}
    return sorted(sorted(ids) for ids in by_event.values())


# --------------------------------------------------------------------------- what merges

MERGE_CASES = [
    ("month into day, shared number", [
        M("m1", "a1", dt.date(2024, 12, 1), "month", title="Résolution 57 du Politburo"),
        M("m2", "a2", DAY, title="Résolution n°57-NQ/TW")], [["m1", "m2"]]),
    ("year into day, shared actor", [
        M("m1", "a1", dt.date(2024, 1, 1), "year", event_type="visit", title="Visite d'État", actors=("Tô Lâm",)),
        M("m2", "a2", DAY, event_type="visit", title="Visite officielle", actors=("To Lam",))], [["m1", "m2"]]),
    ("day inside a range", [
        M("m1", "a1", dt.date(2025, 12, 17), end=dt.date(2025, 12, 20), event_type="consultation",
          title="12e Consultation politique Vietnam-Laos"),
        M("m2", "a2", dt.date(2025, 12, 18), event_type="consultation", title="12e consultation politique")],
     [["m1", "m2"]]),
    ("same story, no overlap needed", [
        M("m1", "a1", dt.date(2025, 3, 22), event_type="congress", title="Premier congrès national"),
        M("m2", "a1", dt.date(2025, 3, 22), event_type="congress", title="Congrès de l'Association")],
     [["m1", "m2"]]),
    ("a day inside the story's range, told with another word", [
        M("m1", "a1", dt.date(2025, 8, 10), end=dt.date(2025, 8, 14), event_type="visit", title="Visite de travail",
          trigger="visite"),
        M("m2", "a1", dt.date(2025, 8, 14), event_type="visit", title="Préfecture d'Aichi", trigger="visitera")],
     [["m1"], ["m2"]]),
    ("the same word on a later day of the story's range", [
        M("m1", "a1", dt.date(2025, 11, 6), end=dt.date(2025, 11, 7), event_type="congress", title="XIIIe Congrès",
          trigger="congrès"),
        M("m2", "a1", dt.date(2025, 11, 7), event_type="congress", title="Congrès", trigger="Congrès")],
     [["m1", "m2"]]),
    ("two key terms shared", [
        M("m1", "a1", event_type="forum", title="Forum économique Vietnam-France sur l'innovation"),
        M("m2", "a2", event_type="forum", title="Forum de l'innovation Vietnam-France")], [["m1", "m2"]]),
    ("different days", [
        M("m1", "a1", dt.date(2025, 3, 22), title="Résolution 57"),
        M("m2", "a2", dt.date(2025, 3, 23), title="Résolution 57")], [["m1"], ["m2"]]),
    ("different types", [
        M("m1", "a1", event_type="meeting", title="Réunion 57"),
        M("m2", "a2", event_type="decision", title="Résolution 57")], [["m1"], ["m2"]]),
    ("nothing shared across articles", [
        M("m1", "a1", event_type="meeting", title="Réunion du bureau", actors=("Tran Cam Tu",)),
        M("m2", "a2", event_type="meeting", title="Entretien téléphonique", actors=("Kendra Rinas",))],
     [["m1"], ["m2"]]),
    ("conflicting numbers", [
        M("m1", "a1", event_type="consultation", title="12e Consultation politique", actors=("Lê Hoài Trung",)),
        M("m2", "a2", event_type="consultation", title="2e Consultation politique", actors=("Lê Hoài Trung",))],
     [["m1"], ["m2"]]),
    # two `other` happenings of one story on one day: apart when predicate AND actors differ (merge._apart)
    ("one day, another predicate and other actors: two happenings", [
        M("m1", "a1", event_type="other", title="Sales", trigger="reported", actors=("Northwind Motors",),
          sentence="Northwind Motors reported on Monday that its sales fell 12%."),
        M("m2", "a1", event_type="other", title="Shares", trigger="climbed", actors=("Contoso",),
          sentence="Contoso shares climbed 4% on Monday.")], [["m1"], ["m2"]]),
    ("un jour, un autre prédicat et d'autres acteurs : deux faits", [
        M("m1", "a1", event_type="other", title="Fermeture", trigger="a fermé", actors=("Usine Lefort",),
          sentence="L'usine Lefort a fermé lundi.", lang="fr"),
        M("m2", "a1", event_type="other", title="Grève", trigger="a débrayé", actors=("Syndicat des dockers",),
          sentence="Le syndicat des dockers a débrayé lundi.", lang="fr")], [["m1"], ["m2"]]),
    ("one day, the same predicate told twice: one happening", [
        M("m1", "a1", event_type="other", title="Launch", trigger="released", actors=("Contoso",)),
        M("m2", "a1", event_type="other", title="Launch", trigger="was released", actors=("Fabrikam",))],
     [["m1", "m2"]]),
    ("one day, another predicate but a shared actor: one happening", [
        M("m1", "a1", event_type="other", title="Launch", trigger="released", actors=("Contoso Inc", "Contoso"),
          sentence="Contoso Inc released its tablet on Monday."),
        M("m2", "a1", event_type="other", title="Keynote", trigger="announced", actors=("Ada Brook", "Contoso"),
          sentence="Ada Brook announced at the Contoso keynote that it ships in May.")],
     [["m1", "m2"]]),
    ("one day, a noun of the same predicate: one happening", [
        M("m1", "a1", event_type="other", title="Memo", trigger="announced", actors=("Ada Brook",)),
        M("m2", "a1", event_type="other", title="Memo", trigger="announcement", actors=("Contoso",))],
     [["m1", "m2"]]),
    ("one day, a telling naming nobody: one happening", [
        M("m1", "a1", event_type="other", title="Sales", trigger="reported", actors=("Contoso",)),
        M("m2", "a1", event_type="other", title="Sales", trigger="rose")], [["m1", "m2"]]),
    ("un jour, des moments à l'heure près : un programme", [
        M("m1", "a1", event_type="other", title="Cérémonie", trigger="ont commencé", actors=("Ville de Lyon",),
          lang="fr", time="08:30"),
        M("m2", "a1", event_type="other", title="Défilé", trigger="s'est terminé", actors=("Garde républicaine",),
          lang="fr", time="12:21")], [["m1", "m2"]]),
    ("another type than other keeps the story rule", [
        M("m1", "a1", event_type="meeting", title="Meeting", trigger="met", actors=("Ada Brook",)),
        M("m2", "a1", event_type="meeting", title="Talks", trigger="talks", actors=("Contoso",))], [["m1", "m2"]]),
    ("different stories of one page", [
        M("m1", "a1", event_type="conference", title="Conférence nationale", story=1),
        M("m2", "a1", event_type="conference", title="Conférence de presse", story=2)], [["m1"], ["m2"]]),
]


@pytest.mark.parametrize(("mentions", "expected"), [c[1:] for c in MERGE_CASES], ids=[c[0] for c in MERGE_CASES])
def test_which_mentions_merge(mentions: list[Mention], expected: list[list[str]]) -> None:
    assert groups(mentions) == expected


def test_a_month_does_not_chain_two_different_days() -> None:
    mentions = [
        M("m1", "a1", dt.date(2025, 3, 5), title="Résolution 57"),
        M("m2", "a2", dt.date(2025, 3, 9), title="Résolution 57"),
        M("m3", "a3", dt.date(2025, 3, 1), "month", title="Résolution 57"),
    ]
    merged = groups(mentions)
    assert ["m1", "m2"] not in merged and len(merged) == 2


# --------------------------------------------------------------------------- the merged row


def test_the_row_takes_the_most_precise_date() -> None:
    events, _ = merge([M("m1", "a1", dt.date(2024, 12, 1), "month", date_text="En décembre 2024"),
                       M("m2", "a2", DAY, date_text="22 décembre 2024", title="Résolution n°57-NQ/TW")])
    [event] = events
    assert (event.date, event.precision, event.date_text) == (DAY, "day", "22 décembre 2024")


def test_the_row_keeps_every_source_and_evidence_sentence() -> None:
    events, _ = merge([M("m1", "a1", sentence="Phrase un."), M("m2", "a1", sentence="Phrase deux."),
                       M("m3", "a2", sentence="Phrase trois.", url="https://example.org/a2")])
    [event] = events
    assert event.sources == ("a1", "a2") and event.n_sources == 2
    assert set(event.evidence) == {"Phrase un.", "Phrase deux.", "Phrase trois."}
    assert event.urls == ("https://example.org/a2",)


def test_actors_are_merged_once_with_their_roles() -> None:
    events, _ = merge([
        M("m1", "a1", actors=("Tô Lâm",), roles=(("Tô Lâm", "secrétaire général"),)),
        M("m2", "a1", actors=("To Lam", "Pham Minh Chinh")),
    ])
    [event] = events
    assert [a.casefold() for a in event.actors] in (["tô lâm", "pham minh chinh"], ["to lam", "pham minh chinh"])
    assert list(event.roles.values()) == ["secrétaire général"]


def test_held_wins_over_planned() -> None:
    events, _ = merge([M("m1", "a1", status="planned"), M("m2", "a2", status="held")])
    assert events[0].status == "held"


def test_more_sources_raise_the_confidence() -> None:
    one, _ = merge([M("m1", "a1")])
    two, _ = merge([M("m1", "a1"), M("m2", "a2")])
    assert two[0].confidence > one[0].confidence


def test_events_are_sorted_by_date() -> None:
    events, _ = merge([M("m1", "a1", dt.date(2025, 5, 1), title="Loi 12"),
                       M("m2", "a2", dt.date(2024, 5, 1), title="Loi 13")])
    assert [e.date for e in events] == sorted(e.date for e in events)


# --------------------------------------------------------------------------- stability and scale


def _corpus(n: int, seed: int) -> list[Mention]:
    rng = random.Random(seed)
    mentions = []
    for i in range(n):
        day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(max(30, n // 10)))  # constant density
        precision = rng.choice(["day"] * 8 + ["month", "year"])
        mentions.append(M(f"m{i}", f"a{rng.randrange(n // 3 + 1)}", day, precision,
                          event_type=rng.choice(["meeting", "visit", "decision", "forum"]),
                          title=f"Titre {rng.randrange(50)} Sujet{rng.randrange(30)}",
                          actors=(f"Acteur {rng.randrange(200)}",)))
    return mentions


def test_result_does_not_depend_on_input_order() -> None:
    mentions = _corpus(400, seed=1)
    shuffled = mentions[:]
    random.Random(2).shuffle(shuffled)
    first, _ = merge(mentions)
    second, _ = merge(shuffled)
    assert first == second


def test_every_mention_gets_its_event_id_in_input_order() -> None:
    mentions = _corpus(50, seed=3)
    events, merged = merge(mentions)
    assert [m.mention_id for m in merged] == [m.mention_id for m in mentions]
    assert {m.event_id for m in merged} == {e.event_id for e in events}
    assert [dataclasses.replace(m, event_id="") for m in merged] == mentions


def test_empty_input() -> None:
    assert merge([]) == ([], [])


@pytest.mark.slow
def test_merge_is_near_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """Count the mention-to-cluster comparisons (the real ones, counted): 8x the mentions, about 8x the work."""
    from timeline.extraction import merge as merge_module

    calls = {"n": 0}
    real = merge_module._match

    def counted(*args: object) -> object:
        calls["n"] += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(merge_module, "_match", counted)
    merge(_corpus(2_000, seed=4))
    small = calls["n"]
    calls["n"] = 0
    merge(_corpus(16_000, seed=4))
    large = calls["n"]
    # linear would be 8x; all-pairs would be 64x
    assert 0 < large < 16 * max(small, 1)


# --------------------------------------------------------------------------- independent groups


def _mixed_corpus(n: int, seed: int) -> list[Mention]:
    """Days, ranges over a month or a year end, weeks, months, years, repeated mention ids, a common
    term (more than MAX_TERM_POSTING clusters in some blocks) and actors spelled two ways."""
    rng = random.Random(seed)
    types = ["meeting", "visit", "decision", "forum", "ceremony", "incident"]  # meeting and forum: one family
    mentions = []
    for i in range(n):
        day = dt.date(2023, 11, 1) + dt.timedelta(days=rng.randrange(500))
        event_type = rng.choice(types)
        years = ["year"] if event_type == "decision" else []
        precision = rng.choice(["day"] * 12 + ["week", "month", "month"] + years)
        end = day + dt.timedelta(days=rng.choice([1, 3, 40, 80])) if precision == "day" and rng.random() < 0.1 else None
        mentions.append(M(f"m{i}", f"a{rng.randrange(n // 4 + 1)}", day, precision, end=end, event_type=event_type,
                          title=f"Réunion commune {rng.randrange(40)} Sujet{rng.randrange(25)}",
                          actors=(rng.choice(["Bui Thanh Son", "Bùi Thanh Sơn", f"Acteur Numero{rng.randrange(60)}"]),),
                          story=rng.randrange(2)))
    for i in rng.sample(range(n), n // 100):  # the same id told again with another date and type
        mentions.append(dataclasses.replace(mentions[i], event_type=rng.choice(types),
                                            date=mentions[i].date + dt.timedelta(days=rng.randrange(1, 90))))
    return mentions


def test_components_link_a_years_months_and_a_ranges_months() -> None:
    from timeline.extraction.merge import components, nodes
    from timeline.extraction.merge_families import other_joins

    year = nodes("visit", dt.date(2024, 1, 1), None, "year")
    assert len(year) == 12 and {(y, m) for _, y, m in year} == {(2024, m) for m in range(1, 13)}
    across = nodes("visit", dt.date(2024, 12, 30), dt.date(2025, 1, 2), "day")
    assert across == [("visit", 2024, 12), ("visit", 2025, 1)]
    forum = nodes("forum", dt.date(2024, 5, 1), None, "day")
    assert forum[0] == ("meeting", 2024, 5)  # a forum is filed under its family (lang/merge.yaml type_families)
    assert forum[1:] == [(label, 2024, 5) for label in sorted(other_joins())]  # grouped with `other`'s (merge_linked)
    groups = components([year, across, nodes("visit", dt.date(2025, 3, 1), None, "day"), forum,
                         nodes("session", dt.date(2024, 6, 2), None, "day")], ["m1", "m2", "m3", "m3", "m4"])
    assert groups[("visit", 2024, 5)] == groups[("visit", 2025, 1)]  # the year, then the range
    assert groups[("visit", 2025, 3)] == groups[("meeting", 2024, 5)]  # one mention id, told twice
    assert groups[("visit", 2025, 3)] != groups[("visit", 2024, 5)]
    assert groups[("meeting", 2024, 6)] != groups[("meeting", 2024, 5)]  # a session: the family, another month


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_each_group_merged_alone_gives_its_events_of_the_whole_corpus(seed: int) -> None:
    from timeline.extraction.merge import canonical_names, components, nodes

    mentions = _mixed_corpus(900, seed)
    events, merged = merge(mentions)
    names = canonical_names(a for m in mentions for a in m.actors)
    node_lists = [nodes(m.event_type, m.date, m.end_date, m.precision) for m in mentions]
    groups = components(node_lists, [m.mention_id for m in mentions])
    by_group: dict[frozenset[tuple[str, int, int]], list[int]] = {}
    for i, own in enumerate(node_lists):
        by_group.setdefault(groups[own[0]], []).append(i)
    assert len(by_group) > 5
    found: list[object] = []
    for rows in by_group.values():
        part_events, part_merged = merge([mentions[i] for i in rows], names=names)
        assert [m.event_id for m in part_merged] == [merged[i].event_id for i in rows]
        ids = {m.event_id for m in part_merged}
        assert part_events == [e for e in events if e.event_id in ids]
        found += part_events
    assert sorted(found, key=lambda e: (e.date, e.event_id)) == events  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- across languages (issue 13)

def _en(mention_id: str, article: str, *, sentence: str, actors: tuple[str, ...], event_type: str = "meeting",
        **kwargs: object) -> Mention:
    return M(mention_id, article, event_type=event_type, title=sentence[:60], sentence=sentence, actors=actors,
             lang="en", trigger=str(kwargs.pop("trigger", "met")), **kwargs)


def _fr(mention_id: str, article: str, *, sentence: str, actors: tuple[str, ...], event_type: str = "meeting",
        **kwargs: object) -> Mention:
    return M(mention_id, article, event_type=event_type, title=sentence[:60], sentence=sentence, actors=actors,
             lang="fr", trigger=str(kwargs.pop("trigger", "rencontré")), **kwargs)


CROSS_LANGUAGE = [
    ("one event told in English and in French merges", [
        _en("m1", "en1", sentence="General Secretary To Lam met the Politburo of the Lao party in Hanoi.",
            actors=("To Lam", "Politburo", "Laos")),
        _fr("m2", "fr1", sentence="Le secrétaire général Tô Lâm a rencontré le Bureau politique lao à Hanoï.",
            actors=("Tô Lâm", "Bureau politique", "Laos"))],
     [["m1", "m2"]]),
    ("the same day and type, other actors: two events", [
        _en("m1", "en1", sentence="At the Hanoi Security Forum, Pham Minh Chinh met Japan's foreign minister.",
            actors=("Pham Minh Chinh", "Japan")),
        _fr("m2", "fr1", sentence="Au Hanoi Security Forum, Luong Cuong a rencontré l'ambassadeur de Chine.",
            actors=("Luong Cuong", "Chine"))],
     [["m1"], ["m2"]]),
    ("one shared country is not agreement", [
        _en("m1", "en1", sentence="At the Mekong Economic Forum, Vietnam and Japan signed a deal (Pham Minh Chinh).",
            actors=("Pham Minh Chinh", "Shigeru Ishiba", "Vietnam", "Japan"), event_type="agreement"),
        _fr("m2", "fr1", sentence="Au Mekong Economic Forum, le Vietnam et le Laos ont signé un accord (Tô Lâm).",
            actors=("Tô Lâm", "Thongloun Sisoulith", "Viet Nam", "Laos"), event_type="agreement")],
     [["m1"], ["m2"]]),
    ("other types the same day: two events", [
        _en("m1", "en1", sentence="To Lam visited the Politburo of Laos.", actors=("To Lam", "Politburo"),
            event_type="visit", trigger="visited"),
        _fr("m2", "fr1", sentence="Tô Lâm a rencontré le Bureau politique.", actors=("Tô Lâm", "Bureau politique"))],
     [["m1"], ["m2"]]),
    ("a surname agrees with the full name", [
        _en("m1", "en1", sentence="Macron met To Lam in Hanoi.", actors=("Macron", "To Lam")),
        _fr("m2", "fr1", sentence="Emmanuel Macron a rencontré Tô Lâm à Hanoï.", actors=("Emmanuel Macron", "Tô Lâm"))],
     [["m1", "m2"]]),
    ("no actors on one side: no merge across languages", [
        _en("m1", "en1", sentence="The Hanoi Trade Fair Conference opened with the Vietnam Chamber of Commerce.",
            actors=()),
        _fr("m2", "fr1", sentence="La Hanoi Trade Fair Conference a ouvert avec la Vietnam Chamber of Commerce.",
            actors=("Vietnam Chamber of Commerce",))],
     [["m1"], ["m2"]]),
    ("the same language keeps its rules (key terms suffice)", [
        _fr("m1", "fr1", sentence="La Hanoi Trade Fair Conference a ouvert avec la Vietnam Chamber of Commerce.",
            actors=()),
        _fr("m2", "fr2", sentence="La Hanoi Trade Fair Conference a ouvert ses portes.", actors=())],
     [["m1", "m2"]]),
]


@pytest.mark.parametrize(("mentions", "expected"), [c[1:] for c in CROSS_LANGUAGE], ids=[c[0] for c in CROSS_LANGUAGE])
def test_merges_across_languages_agree_on_date_type_and_actors(mentions: list[Mention],
                                                               expected: list[list[str]]) -> None:
    assert groups(mentions) == expected
    assert groups(list(reversed(mentions))) == expected


def test_a_merged_event_shows_one_name_per_actor_and_place() -> None:
    events, _ = merge([
        _en("m1", "en1", sentence="To Lam met the Politburo in Hanoi.", actors=("To Lam", "Politburo"),
            locations=("Hanoi",)),
        _fr("m2", "fr1", sentence="Tô Lâm a rencontré le Bureau politique à Hanoï.",
            actors=("Tô Lâm", "Bureau politique"), locations=("Hanoï", "Hà Nội")),
    ])
    assert len(events) == 1
    assert events[0].actors == ("Tô Lâm", "Politburo")
    assert events[0].locations == ("Hanoi",)


def test_places_show_one_name_across_events() -> None:
    """Filtering on a place finds every event told there, whatever spelling each article used."""
    events, _ = merge([
        _fr("m1", "fr1", sentence="Tô Lâm a reçu le ministre à Hanoï.", actors=("Tô Lâm",), locations=("Hanoï",)),
        _en("m2", "en1", sentence="Flooding hit Ha Noi.", actors=(), event_type="incident", trigger="hit",
            locations=("Ha Noi",), date=DAY + dt.timedelta(days=3)),
        _en("m3", "en2", sentence="A summit opened in Hanoi.", actors=(), event_type="summit", trigger="opened",
            locations=("Hanoi",), date=DAY + dt.timedelta(days=9)),
    ])
    assert len(events) == 3
    assert {place for e in events for place in e.locations} == {"Hanoi"}
