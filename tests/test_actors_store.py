"""`diplograph actors load` against a real Neo4j: idempotent, dated offices queryable by date."""

from __future__ import annotations

import json

import pytest
from diplograph.graph.kb import load_default
from diplograph.graph.model import ActorKind, ActorRef, Event, EventDate, EventType
from diplograph.graph.store import Store

from .test_cli import run

pytestmark = pytest.mark.neo4j


def test_actors_load_twice_gives_the_same_counts(neo4j_env, store: Store):
    first = run("actors", "load", env=neo4j_env)
    assert first.returncode == 0, first.stderr
    counts = store.stats()
    second = run("actors", "load", env=neo4j_env)
    assert second.returncode == 0, second.stderr
    assert store.stats() == counts
    kb = load_default().counts()
    assert counts["nodes"]["Leader"] == kb["Leader"] and counts["nodes"]["State"] == kb["State"]
    assert counts["relationships"]["HOLDS_OFFICE"] == kb["offices"]
    assert counts["relationships"]["MEMBER_OF"] == kb["memberships"]


def test_office_holders_by_date_in_cypher(store: Store):
    store.write_knowledge_base(load_default())
    rows = store.read(
        "MATCH (l:Leader)-[h:HOLDS_OFFICE {role: $role}]->(s:State {id: $state}) "
        "WHERE h.start <= date($day) AND (h.end IS NULL OR date($day) < h.end) RETURN l.name AS name",
        {"role": "head_of_government", "state": "GBR", "day": "2022-09-10"},
    )
    assert rows == [{"name": "Liz Truss"}]
    nato = store.read("MATCH (s:State)-[m:MEMBER_OF]->(:Alliance {id: 'NATO'}) WHERE m.until IS NULL "
                      "RETURN count(s) AS n")  # fmt: skip
    assert nato == [{"n": 32}]


def test_stale_offices_are_pruned(store: Store):
    kb = load_default()
    store.write_knowledge_base(kb)
    store.run_write(
        "UNWIND $rows AS row MATCH (l:Leader {id: row.l}), (s:State {id: 'FRA'}) "
        "CREATE (l)-[:HOLDS_OFFICE {key: 'stale', role: 'head_of_state'}]->(s)",
        [{"l": "vladimir-putin"}],
    )
    store.write_knowledge_base(kb)
    assert store.read("MATCH ()-[h:HOLDS_OFFICE {key: 'stale'}]->() RETURN count(h) AS n") == [
        {"n": 0}
    ]


def test_events_then_knowledge_base_share_nodes(store: Store):
    """Event writes MERGE actor nodes; the knowledge base then fills in their properties."""
    macron = ActorRef("emmanuel-macron", ActorKind.LEADER, "Emmanuel Macron")
    putin = ActorRef("vladimir-putin", ActorKind.LEADER, "Vladimir Putin")
    store.write_events(
        [Event(EventType.CALL, macron, putin, EventDate.parse("2022-02-03"), "a", "s")]
    )
    store.write_knowledge_base(load_default())
    rows = store.read("MATCH (l:Leader {id: 'vladimir-putin'}) RETURN l.wikidata AS q, l.name_fr AS fr, "
                      "size([(l)-[:CALLED]-() | 1]) AS calls")  # fmt: skip
    assert rows == [{"q": "Q7747", "fr": "Vladimir Poutine", "calls": 1}]


def test_actors_resolve_cli():
    proc = run("actors", "resolve", "le président français", "--date", "2022-02-03", "--lang", "fr")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert (
        doc["id"] == "emmanuel-macron" and doc["kind"] == "Leader" and doc["wikidata"] == "Q3052772"
    )
    assert doc["office"]["role"] == "head_of_state" and doc["office"]["of"] == "FRA"
    proc = run("actors", "resolve", "son homologue russe", "--date", "2022-02-03", "--lang", "fr",
               "--other", "Macron")  # fmt: skip
    assert json.loads(proc.stdout)["id"] == "vladimir-putin"
    proc = run("actors", "resolve", "Jean Dupont", "--lang", "fr")
    assert proc.returncode == 0 and proc.stdout.strip() == "null"
    proc = run("actors", "resolve", "x", "--date", "03/02/2022")
    assert proc.returncode == 1 and "bad --date" in proc.stderr


def test_actors_show_cli():
    proc = run("actors", "show", "vladimir-putin")
    doc = json.loads(proc.stdout)
    assert doc["name_fr"] == "Vladimir Poutine"
    assert any(o["role"] == "head_of_state" and o["of"] == "RUS" for o in doc["offices"])
    nato = json.loads(run("actors", "show", "NATO").stdout)
    assert len([m for m in nato["members"] if m["until"] is None]) == 32
    proc = run("actors", "show", "nobody-at-all")
    assert proc.returncode == 1 and "no actor named" in proc.stderr
