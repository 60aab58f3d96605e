"""networkx views of the graph: pure mappers from query rows, and the analytics analysts ask for.

The rows are those of the ``subgraph`` named query (each event edge with all its properties and
both actors). Nothing here queries: the front door runs the query and hands the rows over.

- ``to_multidigraph``: one node per actor, keyed by its ``Kind:id`` with its Neo4j label in
  ``label``, one edge per event keyed by the event key, every property kept (Neo4j dates become
  ``datetime.date``) and the relationship type in ``relationship``;
- ``centrality``: degree and betweenness of leaders over contacts (an undirected simple view in
  which a pair's weight is its number of contacts);
- ``communities``: Louvain communities of that contact view;
- ``ego``: an actor's neighbourhood;
- ``for_export``: a copy that GraphML and GEXF writers accept (lists and dates become text).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

import networkx as nx

from .model import native

CONTACTS = ("CALLED", "MET", "VISITED")


def node_id(kind: str, props: dict[str, Any]) -> str:
    return f"{kind}:{props['id']}"


def to_multidigraph(rows: Iterable[Any]) -> nx.MultiDiGraph:
    """A MultiDiGraph of event rows (objects or dicts with source_kind, source, target_kind,
    target, relationship, properties); edges are keyed by the event key."""
    g = nx.MultiDiGraph()
    for row in rows:
        r = row if isinstance(row, dict) else row.__dict__
        ends = []
        for side in ("source", "target"):
            props = {k: native(v) for k, v in r[side].items()}
            nid = node_id(r[f"{side}_kind"], props)
            g.add_node(nid, **props)
            g.nodes[nid]["label"] = r[f"{side}_kind"]
            ends.append(nid)
        props = {k: native(v) for k, v in r["properties"].items()}
        key = g.add_edge(ends[0], ends[1], props.get("key"))
        g.edges[ends[0], ends[1], key].update(props, relationship=r["relationship"])
    return g


def contact_graph(g: nx.MultiDiGraph, kinds: tuple[str, ...] | None = ("Leader",)) -> nx.Graph:
    """The undirected simple graph of asserted contacts among actors of `kinds` (None: all), a
    pair's `weight` being its number of contacts."""
    out = nx.Graph()
    for n, data in g.nodes(data=True):
        if kinds is None or data.get("label") in kinds:
            out.add_node(n, **data)
    for u, v, data in g.edges(data=True):
        if data.get("relationship") not in CONTACTS or data.get("modality") != "asserted":
            continue
        if u not in out or v not in out or u == v:
            continue
        w = out[u][v]["weight"] + 1 if out.has_edge(u, v) else 1
        out.add_edge(u, v, weight=w)
    return out


def centrality(
    g: nx.MultiDiGraph, kinds: tuple[str, ...] | None = ("Leader",)
) -> list[dict[str, Any]]:
    """Degree and betweenness centrality of each actor in the contact view, highest first."""
    view = contact_graph(g, kinds)
    if view.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(view)
    # betweenness on hop counts: a chain through a go-between is what matters, not frequency
    between = nx.betweenness_centrality(view, normalized=True)
    rows = [
        {
            "id": view.nodes[n].get("id"),
            "name": view.nodes[n].get("name"),
            "kind": view.nodes[n].get("label"),
            "contacts": int(view.degree(n, weight="weight")),
            "counterparts": view.degree(n),
            "degree": round(degree[n], 4),
            "betweenness": round(between[n], 4),
        }
        for n in view.nodes
    ]
    rows.sort(key=lambda r: (-r["betweenness"], -r["degree"], r["name"] or ""))
    return rows


def communities(
    g: nx.MultiDiGraph, kinds: tuple[str, ...] | None = ("Leader",), seed: int = 7
) -> list[list[str]]:
    """Louvain communities of the contact view (weighted by contacts), largest first; each a
    sorted list of names. The seed makes the answer repeatable."""
    view = contact_graph(g, kinds)
    view.remove_nodes_from([n for n in list(view) if view.degree(n) == 0])
    if view.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(view, weight="weight", seed=seed)
    named = [sorted(view.nodes[n].get("name") or n for n in c) for c in found]
    return sorted(named, key=lambda c: (-len(c), c))


def ego(g: nx.MultiDiGraph, actor_id: str, radius: int = 1) -> nx.MultiDiGraph:
    """The actor's ego network: everything within `radius` events of it, either direction."""
    center = next((n for n, d in g.nodes(data=True) if d.get("id") == actor_id), None)
    if center is None:
        return nx.MultiDiGraph()
    return nx.ego_graph(g, center, radius=radius, undirected=True)


def for_export(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML and GEXF can hold: dates as ISO text, lists as JSON
    text, None left out."""

    def clean(attrs: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in attrs.items():
            if v is None:
                continue
            if isinstance(v, date):
                v = v.isoformat()
            elif isinstance(v, list | tuple | dict):
                v = json.dumps(v, ensure_ascii=False, default=str)
            out[k] = v
        return out

    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **clean(d))
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, k)
        h.edges[u, v, k].update(clean(d))
    return h


def write(g: nx.MultiDiGraph, path: str, fmt: str) -> None:
    """Write a GraphML or GEXF file that Gephi opens."""
    h = for_export(g)
    if fmt == "graphml":
        nx.write_graphml(h, path)
    elif fmt == "gexf":
        nx.write_gexf(h, path)
    else:
        raise ValueError(f"unknown graph format {fmt!r}: use graphml or gexf")
