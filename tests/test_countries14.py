"""Each event's countries, derived from its places (timeline/store/countries.py), and the dashboard's country filter:
a country matches the events placed in it or in its towns, in memory and in the store alike, in the exports, and in
the share link's URL (round fourteen, issue 13 item 4)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pandas as pd
import pytest
from test_store import event, write_store

from timeline import store
from timeline.dashboard import i18n, pages, state, views
from timeline.models import EVENT_COLUMNS
from timeline.store.countries import event_countries, place_country, with_countries
from timeline.store.query import Filters, MemorySource

D = dt.date


# --- the derivation ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("place", "country"), [
    ("Hanoï", "Vietnam"), ("Hanoi", "Vietnam"), ("Hà Nội", "Vietnam"), ("Huế", "Vietnam"), ("Da Nang", "Vietnam"),
    ("Viêt Nam", "Vietnam"), ("Viet Nam", "Vietnam"), ("Vietnam", "Vietnam"),
    ("Londres", "United Kingdom"), ("London", "United Kingdom"), ("Royaume-Uni", "United Kingdom"),
    ("Genève", "Switzerland"), ("Geneva", "Switzerland"), ("Suisse", "Switzerland"),
    ("Lyon", "France"), ("France", "France"), ("États-Unis", "United States"), ("Allemagne", "Germany"),
])
def test_a_place_gives_its_country_in_either_language(place: str, country: str) -> None:
    assert place_country(place) == country


@pytest.mark.parametrize("place", ["Valencia", "Victoria", "Asie", "Asia", "Afrique", "Nowhere-sur-Mer", ""])
def test_a_shared_town_name_a_continent_or_an_unknown_place_gives_none(place: str) -> None:
    assert place_country(place) is None


def test_an_event_gets_the_countries_of_its_places_each_once() -> None:
    assert event_countries(["Hanoï", "Viet Nam", "Huế"], ["Tô Lâm"]) == ["Vietnam"]
    assert event_countries(["Geneva", "Londres"], []) == ["Switzerland", "United Kingdom"]
    assert event_countries(["Valencia"], []) == []  # a town of Spain or of Venezuela: no country


def test_a_persons_name_is_not_a_place() -> None:
    """"Florence" as a place of an event whose actor is "Florence Parly" is her name, not Italy; the actors never
    give a country ("Jordan Bardella" is no Jordan)."""
    assert event_countries(["Florence"], ["Florence Parly"]) == []
    assert event_countries(["Florence"], ["Parti socialiste"]) == ["Italy"]
    assert event_countries(["Paris"], ["Paris Hilton"]) == []
    assert event_countries([], ["Jordan Bardella", "Jordan"]) == []
    assert event_countries(["Hanoï"], ["Hanoi Exhibition Centre"]) == ["Vietnam"]  # a body named after its town


# --- the filter, in memory and in the store ---------------------------------------------------------------------

EVENTS = [
    event("c1", D(2025, 3, 22), "congress", locations=("Hanoï",), title="Congrès national à Hanoï"),
    event("c2", D(2025, 4, 2), "visit", locations=("Huế",), title="State visit to Huế"),
    event("c3", D(2025, 5, 9), "meeting", locations=("Viet Nam",), title="Réunion au Viet Nam"),
    event("c4", D(2025, 6, 1), "conference", locations=("Lyon",), title="Conférence à Lyon"),
    event("c5", D(2025, 7, 4), "meeting", locations=("Florence",), actors=("Florence Parly",),
          title="Florence Parly met the press"),
    event("c6", D(2025, 8, 8), "summit", locations=("Florence",), actors=("Parti socialiste",),
          title="Summit in Florence"),
    event("c7", D(2025, 9, 1), "meeting", locations=("Valencia",), title="Meeting in Valencia"),
    event("c8", D(2025, 10, 1), "meeting", locations=("London", "Hanoi"), title="Talks in London and Hanoi"),
]
CASES = [
    (("Vietnam",), ["c1", "c2", "c3", "c8"]),
    (("France",), ["c4"]),
    (("Italy",), ["c6"]),
    (("United Kingdom", "France"), ["c4", "c8"]),
    (("Spain",), []),
    (("Atlantis",), []),
]


@pytest.fixture(scope="module")
def memory() -> MemorySource:
    return MemorySource(pd.DataFrame([{c: getattr(e, c) for c in EVENT_COLUMNS} for e in EVENTS]))


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> store.StoreSource:
    root = tmp_path_factory.mktemp("countries")
    write_store(root, EVENTS)
    return store.open_store(root)


@pytest.mark.parametrize(("countries", "expected"), CASES)
def test_a_country_matches_the_events_in_its_towns(memory: MemorySource, stored: store.StoreSource,
                                                   countries: tuple[str, ...], expected: list[str]) -> None:
    filters = Filters(countries=countries)
    for source in (memory, stored):
        assert list(source.events(filters)["event_id"]) == expected
        assert source.count(filters) == len(expected)


def test_the_fast_derivation_gives_the_row_by_row_answers() -> None:
    """MemorySource derives countries per distinct name with numpy (``exploded_countries``): the same as
    ``event_countries`` on each row, a person's name holding a place included, over a shuffled mix of rows."""
    import random

    rng = random.Random(14)
    places = ["Hanoï", "Florence", "Paris", "Valencia", "Lyon", "Londres", "Viet Nam", "Asie", "Huế"]
    people = ["Florence Parly", "Paris Hilton", "Tô Lâm", "Parti socialiste", "Hanoi Exhibition Centre"]
    rows = [(rng.sample(places, rng.randint(0, 3)), rng.sample(people, rng.randint(0, 2))) for _ in range(400)]
    frame = pd.DataFrame([{**{c: getattr(EVENTS[0], c) for c in EVENT_COLUMNS}, "event_id": f"r{i:03d}",
                           "locations": tuple(p), "actors": tuple(a)} for i, (p, a) in enumerate(rows)])
    source = MemorySource(frame)
    for country in ("Vietnam", "Italy", "France", "United Kingdom"):
        expected = sorted(f"r{i:03d}" for i, (p, a) in enumerate(rows) if country in event_countries(p, a))
        assert sorted(source.events(Filters(countries=(country,)))["event_id"]) == expected
        assert expected  # every country is found in some row and missed in others
        assert len(expected) < len(rows)


def test_the_country_filter_combines_with_the_place_filter(memory: MemorySource, stored: store.StoreSource) -> None:
    for source in (memory, stored):
        assert list(source.events(Filters(locations=("Viet Nam",)))["event_id"]) == ["c3"]  # places stay exact
        assert list(source.events(Filters(countries=("Vietnam",), types=("visit",)))["event_id"]) == ["c2"]
        assert list(source.events(Filters(countries=("Vietnam",), text="talks"))["event_id"]) == ["c8"]


def test_the_facets_list_the_countries_once(memory: MemorySource, stored: store.StoreSource) -> None:
    assert memory.facets().countries == ("France", "Italy", "United Kingdom", "Vietnam")
    assert stored.facets().countries == memory.facets().countries


# --- exports, widgets and the URL -------------------------------------------------------------------------------

def test_the_csv_and_json_exports_carry_the_countries(memory: MemorySource) -> None:
    frame = memory.events(Filters(countries=("Vietnam", "France")))
    table = pd.read_csv(io.StringIO(str(pages.export_file("csv", frame))))
    assert list(table.columns) == [*EVENT_COLUMNS, "countries"]
    assert dict(zip(table["event_id"], table["countries"], strict=True)) == {
        "c1": "Vietnam", "c2": "Vietnam", "c3": "Vietnam", "c4": "France", "c8": "United Kingdom; Vietnam"}
    rows = json.loads(pages.export_file("json", frame))
    assert [r["countries"] for r in rows] == [["Vietnam"], ["Vietnam"], ["Vietnam"], ["France"],
                                              ["United Kingdom", "Vietnam"]]
    assert "countries" not in frame.columns  # derived for the export, never written into the events
    assert list(with_countries(frame.iloc[:0])["countries"]) == []


def test_the_country_filter_round_trips_through_the_url_and_the_widgets() -> None:
    view = views.View(filters=Filters(countries=("Vietnam", "United Kingdom"), locations=("Lyon",)), lang="fr")
    params = views.encode_view(view)
    assert params[views.P_COUNTRY] == ["Vietnam", "United Kingdom"]
    assert views.decode_view(params) == view
    assert views.decode_view({"country": "Vietnam"}).filters.countries == ("Vietnam",)
    widgets: dict[str, object] = {}
    state.seed_widgets(widgets, view, None)
    assert widgets[state.K.COUNTRIES] == ["Vietnam", "United Kingdom"]
    assert state.view_from_state(widgets, "fr").filters == view.filters


def test_the_sidebar_offers_the_countries_next_to_the_places(memory: MemorySource) -> None:
    widgets = {w.key: w for w in pages.filter_widgets(memory.facets(), {state.K.COUNTRIES: ["Japan"]}, "fr")}
    countries = widgets[state.K.COUNTRIES]
    assert countries.label == i18n.t("countries", "fr") == "Pays"
    assert countries.options == ["France", "Italy", "United Kingdom", "Vietnam", "Japan"]  # a linked one kept
    keys = list(widgets)
    assert keys.index(state.K.COUNTRIES) == keys.index(state.K.PLACES) + 1


def test_an_empty_view_names_the_country_filter(memory: MemorySource) -> None:
    """Only taking the country away gives events back (a visit, in Huế): the notice names it, not the types."""
    text = pages.empty_text(memory, Filters(countries=("Spain",), types=("visit",)), "en")
    assert "Countries" in text and "Event types" not in text
