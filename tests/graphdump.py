"""A full, sorted dump of a graph, to compare two graphs for equality in tests."""

from __future__ import annotations

from typing import Any

from diplograph.graph.store import Store

_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
_RELS = (
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS al, a.id AS a, labels(b) AS bl, "
    "b.id AS b, properties(r) AS props"
)


def _plain(value: Any) -> Any:
    """Hashable and comparable: lists become tuples, Neo4j dates ISO strings."""
    if isinstance(value, list):
        return tuple(_plain(v) for v in value)
    iso = getattr(value, "iso_format", None)
    return iso() if callable(iso) else value


def _props(props: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, _plain(v)) for k, v in props.items()))


def dump(store: Store) -> tuple[list[tuple], list[tuple]]:
    """Every node (labels, properties) and every relationship (type, endpoints, properties),
    sorted. No property is left out: the graph holds no timestamps or run-dependent values."""
    nodes = sorted(((tuple(r["labels"]), _props(r["props"])) for r in store.read(_NODES)), key=repr)
    rels = sorted(
        (
            (r["type"], tuple(r["al"]), r["a"], tuple(r["bl"]), r["b"], _props(r["props"]))
            for r in store.read(_RELS)
        ),
        key=repr,
    )
    return nodes, rels


def source_lists_broken(store: Store) -> list[str]:
    """Keys of event edges whose sources are inconsistent: an article listed twice, or
    `evidence`/`mentions` out of step with `articles` (must be none)."""
    rows = store.read(
        "MATCH ()-[r:CALLED|MET|VISITED|DEMANDED|ACCUSED]->() "
        "RETURN r.key AS key, r.articles AS articles, r.evidence AS evidence, r.mentions AS m"
    )
    return [
        r["key"]
        for r in rows
        if len(set(r["articles"])) != len(r["articles"])
        or len(r["evidence"]) != len(r["articles"])
        or r["m"] != len(r["articles"])
        or not r["articles"]
    ]
