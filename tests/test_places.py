"""The city index: GeoNames cities and hand-listed venues, to the state holding them."""

from __future__ import annotations

import pytest
from diplograph.graph.kb import load_default
from diplograph.graph.places import places_for


@pytest.fixture(scope="module")
def places():
    return places_for(load_default())


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("San Francisco", "USA"),
        ("Sotchi", "RUS"),  # French alternate name
        ("Sochi", "RUS"),
        ("Samarcande", "UZB"),
        ("Osaka", "JPN"),
        ("Antalya", "TUR"),
        ("Lviv", "UKR"),
        ("Bali", "IDN"),  # a venue: GeoNames' only "Bali" city is in India
        ("Camp David", "USA"),
    ],
)
def test_cities_and_venues_map_to_their_state(places, name, state):
    assert places.state_of(name) == state


@pytest.mark.parametrize("name", ["Valencia", "Alexandria Bay", "Zzyzx", "the"])
def test_ambiguous_or_unknown_names_map_to_nothing(places, name):
    assert places.state_of(name) is None


def test_the_index_is_built_once_per_knowledge_base():
    kb = load_default()
    assert places_for(kb) is places_for(kb)
