"""The Python entry point: ``Graph``, one method per named query, typed rows, DataFrames.

    from diplograph.queries import Graph

    with Graph() as g:                       # the managed server, or NEO4J_URI and friends
        for c in g.contacts("2022-01-01", "2022-02-28", actor="Poutine"):
            print(c.date, c.source, c.target, c.type, c.sources)
        df = g.timeline("Macron", as_frame=True)   # a pandas DataFrame

Actor arguments take any name the resolver knows, a Wikidata QID or an id; an unknown name raises
``UnknownActor`` with the closest known names. Methods return lists of frozen dataclasses (one
class per query shape), or a DataFrame with ``as_frame=True``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from diplograph.graph.store import Store

from . import loader
from .actors import ActorLookup

Day = str | date | None
CONTACT_TYPES = ("CALL", "MEET", "VISIT")


@dataclass(frozen=True)
class Contact:
    date: str
    type: str
    source_id: str
    source: str
    target_id: str
    target: str
    directed: bool
    initiator: str | None
    modality: str
    sources: int
    articles: list[str]
    key: str


@dataclass(frozen=True)
class Counterpart:
    counterpart_id: str
    counterpart: str
    kind: str
    contacts: int
    first: str
    last: str
    types: list[str]


@dataclass(frozen=True)
class EventRow:
    date: str
    type: str
    source_id: str
    source: str
    target_id: str
    target: str
    directed: bool
    modality: str
    content: str | None
    sources: int
    key: str


@dataclass(frozen=True)
class Claim:
    """A demand or an accusation."""

    date: str
    source_id: str
    source: str
    target_id: str
    target: str
    content: str | None
    modality: str
    sources: int
    key: str


@dataclass(frozen=True)
class MutualAccusation:
    a_id: str
    a: str
    b_id: str
    b: str
    a_accused_b: int
    b_accused_a: int
    first: str
    last: str


@dataclass(frozen=True)
class PairCount:
    period: str
    a_id: str
    a: str
    b_id: str
    b: str
    contacts: int


@dataclass(frozen=True)
class FirstContact:
    date: str
    type: str
    source_id: str
    source: str
    target_id: str
    target: str
    directed: bool
    sources: int
    key: str


@dataclass(frozen=True)
class PathStep:
    step: int
    from_id: str
    from_name: str
    to_id: str
    to_name: str
    type: str
    date: str
    key: str


@dataclass(frozen=True)
class OfficeHolder:
    leader_id: str
    leader: str
    role: str
    title: str | None
    start: str
    end: str | None
    acting: bool | None


@dataclass(frozen=True)
class Evidence:
    type: str
    source: str
    target: str
    date: str
    article: str
    title: str | None
    url: str | None
    published: str | None
    language: str | None
    sentence: str


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str | None
    url: str | None
    published: str | None
    precision: str | None
    language: str | None


@dataclass(frozen=True)
class EdgeRow:
    source_kind: str
    source: dict[str, Any]
    target_kind: str
    target: dict[str, Any]
    relationship: str
    properties: dict[str, Any]


ROW_TYPES: dict[str, type] = {
    "contacts": Contact,
    "contacts_of": Counterpart,
    "timeline": EventRow,
    "between": EventRow,
    "accusations": Claim,
    "demands": Claim,
    "mutual_accusations": MutualAccusation,
    "busiest_pairs": PairCount,
    "first_contact": FirstContact,
    "path": PathStep,
    "office_holders": OfficeHolder,
    "evidence": Evidence,
    "subgraph": EdgeRow,
    "articles": ArticleRow,
}


def _frame(rows: list[Any], row_type: type):
    import pandas as pd

    return pd.DataFrame([r.__dict__ for r in rows], columns=[f.name for f in fields(row_type)])


class Graph:
    """Read-only access to the diplograph graph through the named queries."""

    def __init__(
        self, store: Store | None = None, lookup: ActorLookup | None = None, own_store: bool = False
    ) -> None:
        """`store`: an open Store (closed by `close()` only when `own_store`); None opens one on
        NEO4J_URI or the managed server."""
        if store is None:
            from diplograph.graph.server import connection

            store, own_store = Store(connection(), ensure_schema=False), True
        self._owns_store = own_store
        self.store = store
        self.lookup = lookup or ActorLookup()

    def close(self) -> None:
        if self._owns_store:
            self.store.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- generic -----------------------------------------------------------------------------
    def run(self, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a named query with raw parameters (text is converted); rows as dicts."""
        query = loader.get(name)
        bound = query.bind(params or {}, actor=self.lookup.id)
        return self.store.read(query.text, bound)

    def _typed(self, name: str, params: dict[str, Any], as_frame: bool):
        row_type = ROW_TYPES[name]
        rows = [row_type(**r) for r in self.run(name, params)]
        return _frame(rows, row_type) if as_frame else rows

    # -- one method per query ------------------------------------------------------------------
    def contacts(self, start: Day, end: Day, actor: str | None = None,
                 types: tuple[str, ...] = CONTACT_TYPES, directed: bool = False,
                 planned: bool = False, as_frame: bool = False):  # fmt: skip
        """Who talked to whom between two dates."""
        return self._typed("contacts", {"from": start, "to": end, "actor": actor,
                           "types": list(types), "directed": directed, "planned": planned}, as_frame)  # fmt: skip

    def contacts_of(self, actor: str, start: Day = None, end: Day = None,
                    types: tuple[str, ...] = CONTACT_TYPES, planned: bool = False,
                    as_frame: bool = False):  # fmt: skip
        """One actor's counterparts, with counts and first and last dates."""
        return self._typed("contacts_of", {"actor": actor, "from": start, "to": end,
                           "types": list(types), "planned": planned}, as_frame)  # fmt: skip

    def timeline(self, actor: str, start: Day = None, end: Day = None, as_frame: bool = False):
        """Every event of an actor, by date."""
        return self._typed("timeline", {"actor": actor, "from": start, "to": end}, as_frame)

    def between(self, a: str, b: str, start: Day = None, end: Day = None, as_frame: bool = False):
        """Every event between two actors."""
        return self._typed("between", {"a": a, "b": b, "from": start, "to": end}, as_frame)

    def accusations(self, actor: str | None = None, role: str = "any", start: Day = None,
                    end: Day = None, as_frame: bool = False):  # fmt: skip
        """Accusations by (role='by') or against (role='against') an actor, or both."""
        return self._typed("accusations", {"actor": actor, "role": role, "from": start,
                           "to": end}, as_frame)  # fmt: skip

    def demands(self, actor: str | None = None, role: str = "any", start: Day = None,
                end: Day = None, as_frame: bool = False):  # fmt: skip
        """Demands made by (role='by') or of (role='against') an actor, or both."""
        return self._typed("demands", {"actor": actor, "role": role, "from": start, "to": end},
                           as_frame)  # fmt: skip

    def mutual_accusations(self, start: Day, end: Day, as_frame: bool = False):
        """Pairs that accused each other in a period."""
        return self._typed("mutual_accusations", {"from": start, "to": end}, as_frame)

    def busiest_pairs(self, period: str = "month", start: Day = None, end: Day = None,
                      types: tuple[str, ...] = CONTACT_TYPES, top: int = 3,
                      as_frame: bool = False):  # fmt: skip
        """The most frequent contact pairs per month or year."""
        return self._typed("busiest_pairs", {"period": period, "from": start, "to": end,
                           "types": list(types), "top": top}, as_frame)  # fmt: skip

    def first_contact(self, a: str, b: str, types: tuple[str, ...] = CONTACT_TYPES,
                      as_frame: bool = False):  # fmt: skip
        """The first recorded contact between two actors."""
        return self._typed("first_contact", {"a": a, "b": b, "types": list(types)}, as_frame)

    def path(self, a: str, b: str, start: Day, end: Day, as_frame: bool = False):
        """The shortest chain of calls and meetings between two actors within a window."""
        return self._typed("path", {"a": a, "b": b, "from": start, "to": end}, as_frame)

    def office_holders(self, state: str, on: Day, role: str | None = None,
                       as_frame: bool = False):  # fmt: skip
        """Who held an office of a state on a date."""
        return self._typed("office_holders", {"state": state, "on": on, "role": role}, as_frame)

    def evidence(self, key: str, as_frame: bool = False):
        """The sentences and articles behind one event."""
        return self._typed("evidence", {"key": key}, as_frame)

    def subgraph(self, start: Day = None, end: Day = None, actor: str | None = None,
                 types: tuple[str, ...] = ("CALL", "MEET", "VISIT", "DEMAND", "ACCUSE"),
                 planned: bool = True) -> list[EdgeRow]:  # fmt: skip
        """Every event edge in a window, with all properties (the input of the networkx mapper)."""
        return self._typed("subgraph", {"from": start, "to": end, "actor": actor,
                           "types": list(types), "planned": planned}, False)  # fmt: skip

    def iter_subgraph(self, start: Day = None, end: Day = None, actor: str | None = None,
                      types: tuple[str, ...] = ("CALL", "MEET", "VISIT", "DEMAND", "ACCUSE"),
                      planned: bool = True) -> Iterator[EdgeRow]:  # fmt: skip
        """The rows of `subgraph`, streamed from the server one at a time (for large exports)."""
        query = loader.get("subgraph")
        params = query.bind({"from": start, "to": end, "actor": actor, "types": list(types),
                             "planned": planned}, actor=self.lookup.id)  # fmt: skip
        for row in self.store.stream(query.text, params):
            yield EdgeRow(**row)

    def articles(self, ids: list[str] | None = None, as_frame: bool = False):
        """The articles the graph holds (or those with these ids), with their metadata."""
        return self._typed("articles", {"ids": ids}, as_frame)

    def networkx(self, start: Day = None, end: Day = None, actor: str | None = None,
                 types: tuple[str, ...] = ("CALL", "MEET", "VISIT", "DEMAND", "ACCUSE"),
                 planned: bool = True):  # fmt: skip
        """The filtered subgraph as a networkx MultiDiGraph keeping every property."""
        from diplograph.graph.network import to_multidigraph

        return to_multidigraph(self.subgraph(start, end, actor, types, planned))
