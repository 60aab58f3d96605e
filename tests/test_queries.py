"""Named queries, their loader, actor arguments, the Python API and the CLI.

The integration tests build the graph from the gold files of the sample corpus (each gold event
resolved through the knowledge base and written as the article's event), so that every query can
be checked against what those files imply, computed here in Python independently of Cypher.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest
from diplograph.graph.kb import load_default
from diplograph.graph.model import (
    Article,
    ArticleBatchItem,
    Event,
    EventDate,
    EventType,
    Modality,
)
from diplograph.graph.resolve import Resolver
from diplograph.queries import ActorLookup, Graph, QueryError, UnknownActor, get, load_all

from .test_cli import run
from .test_extract import SEED

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "ingest" / "samples" / "articles"
REQUIRED = {
    "contacts", "contacts_of", "timeline", "between", "accusations", "demands",
    "mutual_accusations", "busiest_pairs", "first_contact", "path", "office_holders", "evidence",
}  # fmt: skip


# -- loader (no server) ------------------------------------------------------------------------
def test_every_required_query_is_shipped_and_documented():
    queries = load_all()
    assert set(queries) >= REQUIRED
    for q in queries.values():
        assert q.description, q.name
        # runs as is in Neo4j Browser: the example sets every parameter with :param
        examples = set(re.findall(r"^//\s+:param (\w+) =>", q.text, re.M))
        assert examples == {p.name for p in q.params}, q.name
        # parameterised only: every $name in the Cypher is a declared parameter
        used = set(re.findall(r"\$(\w+)", q.text.split("\n\n", 1)[-1]))
        assert used <= {p.name for p in q.params}, (q.name, used)


def test_bind_fills_defaults_and_converts_text():
    q = get("contacts")
    bound = q.bind({"from": "2022-01-01", "to": "2022-02-28", "types": "call,meet",
                    "directed": "true"})  # fmt: skip
    assert bound == {"from": "2022-01-01", "to": "2022-02-28", "actor": None,
                     "types": ["CALL", "MEET"], "directed": True, "planned": False}  # fmt: skip


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"to": "2022-02-28"}, "needs --param from"),
        ({"from": "2022-02-30", "to": "2022-03-01"}, "not a date"),
        ({"from": "2022-01-01", "to": "2022-02-01", "actr": "x"}, "has no parameter 'actr'"),
        ({"from": "2022-01-01", "to": "2022-02-01", "directed": "maybe"}, "not true or false"),
    ],
)
def test_bind_rejects_bad_parameters(params, message):
    with pytest.raises(QueryError, match=message):
        get("contacts").bind(params)


def test_unknown_query_names_the_way_out():
    with pytest.raises(QueryError, match="--list"):
        get("who_met_whom")


@pytest.fixture(scope="module")
def lookup() -> ActorLookup:
    return ActorLookup()


@pytest.mark.parametrize("name", ["Poutine", "Putin", "Vladimir Putin", "Q7747", "vladimir-putin"])
def test_actor_arguments_take_any_known_name(lookup, name):
    assert lookup.id(name) == "vladimir-putin"


def test_states_and_organisations_by_name_in_either_language(lookup):
    assert lookup.id("Allemagne") == "DEU"
    assert lookup.id("Germany") == "DEU"
    assert lookup.id("OTAN") == "NATO"


def test_unknown_actor_gets_the_closest_names(lookup):
    with pytest.raises(UnknownActor) as info:
        lookup.id("Vladimir Poutin")
    assert "no known actor is called 'Vladimir Poutin'" in str(info.value)
    assert "Vladimir Putin (vladimir-putin)" in str(info.value)


# -- the graph of the gold files -----------------------------------------------------------------
def gold_items(resolver: Resolver) -> tuple[list[ArticleBatchItem], list[Event]]:
    items, events = [], []
    for path in sorted(CORPUS.glob("*.expected.json")):
        aid = path.name.removesuffix(".expected.json")
        evs = []
        for g in json.loads(path.read_text(encoding="utf-8")):
            when = EventDate.parse(g["date"])
            refs = [resolver.resolve(g[k], "en", when.value) for k in ("source", "target")]
            assert all(refs), (path.name, g["source"], g["target"])
            etype = EventType(g["type"])
            evs.append(Event(etype, refs[0].ref, refs[1].ref, when, aid, g["evidence"],
                             directed=bool(g.get("direction_known")) and etype.is_contact,
                             modality=Modality(g.get("modality", "asserted")),
                             content=g.get("content")))  # fmt: skip
        published = CORPUS.joinpath(aid + ".txt").read_text(encoding="utf-8").split()[1]
        items.append(ArticleBatchItem(Article(aid, sha256=aid, published=EventDate.parse(published),
                                              title=aid, language=aid[:2]), evs))  # fmt: skip
        events += evs
    return items, events


def merged(events: list[Event]) -> dict[str, dict]:
    """What the store holds: one record per event key (direction from any directed report,
    asserted over planned, the articles that reported it)."""
    out: dict[str, dict] = {}
    for e in events:
        c = e.canonical()
        rec = out.setdefault(e.key, {"type": e.type.value, "source": c.source.id,
                                     "target": c.target.id, "date": e.date, "directed": False,
                                     "planned": True, "articles": set()})  # fmt: skip
        if e.directed and not rec["directed"]:
            rec.update(directed=True, source=e.source.id, target=e.target.id)
        rec["planned"] = rec["planned"] and e.modality is Modality.PLANNED
        rec["articles"].add(e.article)
    return out


@pytest.fixture(scope="module")
def gold_graph(neo4j_conn):
    from diplograph.graph.store import Store

    kb = load_default()
    resolver = Resolver(kb)
    items, events = gold_items(resolver)
    store = Store(neo4j_conn)
    store.clear()
    store.write_knowledge_base(kb)
    store.write_articles(items)
    graph = Graph(store, ActorLookup(resolver, kb))
    yield graph, merged(events)
    store.close()


def in_window(rec, start: str, end: str) -> bool:
    return date.fromisoformat(start) <= rec["date"].value <= date.fromisoformat(end)


CONTACT = {"CALL", "MEET", "VISIT"}


@pytest.mark.neo4j
@pytest.mark.parametrize(
    ("start", "end"), [("2022-01-01", "2022-12-31"), ("2014-01-01", "2025-12-31")]
)
def test_contacts_are_the_gold_contacts_of_the_window(gold_graph, start, end):
    g, recs = gold_graph
    got = Counter(
        (c.date, c.type, frozenset((c.source_id, c.target_id))) for c in g.contacts(start, end)
    )
    want = Counter((r["date"].iso(), r["type"], frozenset((r["source"], r["target"])))
                   for r in recs.values()
                   if r["type"] in CONTACT and not r["planned"] and in_window(r, start, end))  # fmt: skip
    assert got == want and sum(want.values()) > 10


@pytest.mark.neo4j
def test_contacts_of_one_actor_and_of_one_type(gold_graph):
    g, recs = gold_graph
    got = {
        (c.date, c.type)
        for c in g.contacts("2014-01-01", "2025-12-31", actor="Poutine", types=("CALL",))
    }
    want = {(r["date"].iso(), "CALL") for r in recs.values() if r["type"] == "CALL"
            and not r["planned"] and "vladimir-putin" in (r["source"], r["target"])}  # fmt: skip
    assert got == want and want
    # directed only: the initiator is known, and is the actor asked about
    for c in g.contacts("2014-01-01", "2025-12-31", actor="vladimir-putin", directed=True):
        assert c.directed and c.source_id == "vladimir-putin" and c.initiator == "Vladimir Putin"


@pytest.mark.neo4j
def test_counterparts_with_counts_and_first_and_last_dates(gold_graph):
    g, recs = gold_graph
    want: dict[str, list[date]] = defaultdict(list)
    for r in recs.values():
        if (
            r["type"] in CONTACT
            and not r["planned"]
            and "vladimir-putin" in (r["source"], r["target"])
        ):
            other = r["target"] if r["source"] == "vladimir-putin" else r["source"]
            want[other].append(r["date"].value)
    rows = g.contacts_of("Q7747")
    assert {r.counterpart_id: (r.contacts, r.first, r.last) for r in rows} == {
        k: (len(v), min(v).isoformat(), max(v).isoformat()) for k, v in want.items()
    }
    assert [r.contacts for r in rows] == sorted((r.contacts for r in rows), reverse=True)


@pytest.mark.neo4j
def test_timeline_and_between(gold_graph):
    g, recs = gold_graph
    mine = [r for r in recs.values() if "emmanuel-macron" in (r["source"], r["target"])]
    rows = g.timeline("Macron")
    assert sorted(r.key for r in rows) == sorted(k for k, r in recs.items() if r in mine)
    assert [r.date for r in rows] == sorted(r.date for r in rows)  # by date (ISO sorts)
    pair = {k for k, r in recs.items() if {r["source"], r["target"]} == {"joe-biden", "xi-jinping"}}
    assert {r.key for r in g.between("Xi Jinping", "Biden")} == pair and pair


@pytest.mark.neo4j
@pytest.mark.parametrize(("method", "etype"), [("accusations", "ACCUSE"), ("demands", "DEMAND")])
def test_accusations_and_demands_by_or_against(gold_graph, method, etype):
    g, recs = gold_graph
    for actor, role in [("RUS", "by"), ("RUS", "against"), ("USA", "any")]:
        rows = getattr(g, method)(actor, role=role)
        side = {"by": ("source",), "against": ("target",), "any": ("source", "target")}[role]
        want = {
            k for k, r in recs.items() if r["type"] == etype and any(r[s] == actor for s in side)
        }
        assert {r.key for r in rows} == want, (actor, role)
    assert len(getattr(g, method)()) == sum(1 for r in recs.values() if r["type"] == etype)


@pytest.mark.neo4j
def test_mutual_accusations(gold_graph):
    g, recs = gold_graph
    acc = {(r["source"], r["target"]) for r in recs.values() if r["type"] == "ACCUSE"
           and in_window(r, "2014-01-01", "2025-12-31")}  # fmt: skip
    want = {frozenset(p) for p in acc if (p[1], p[0]) in acc}
    got = {frozenset((r.a_id, r.b_id)) for r in g.mutual_accusations("2014-01-01", "2025-12-31")}
    assert got == want and want


@pytest.mark.neo4j
def test_busiest_pairs_per_year(gold_graph):
    g, recs = gold_graph
    counts: Counter = Counter()
    for r in recs.values():
        if r["type"] in CONTACT and not r["planned"]:
            counts[(str(r["date"].value.year), frozenset((r["source"], r["target"])))] += 1
    rows = g.busiest_pairs("year", top=1)
    assert {r.period for r in rows} == {y for y, _ in counts}
    for r in rows:  # each period's top pair has that period's highest count
        best = max(n for (y, _), n in counts.items() if y == r.period)
        assert r.contacts == best == counts[(r.period, frozenset((r.a_id, r.b_id)))]


@pytest.mark.neo4j
def test_first_contact(gold_graph):
    g, recs = gold_graph
    dates = [r["date"] for r in recs.values() if r["type"] in CONTACT and not r["planned"]
             and {r["source"], r["target"]} == {"emmanuel-macron", "vladimir-putin"}]  # fmt: skip
    rows = g.first_contact("Macron", "Putin")
    assert rows and {r.date for r in rows} == {min(dates, key=lambda d: d.value).iso()}


@pytest.mark.neo4j
def test_path_is_a_shortest_chain_inside_the_window(gold_graph):
    import networkx as nx

    g, recs = gold_graph
    start, end = "2022-01-01", "2023-12-31"
    view = nx.Graph()
    for r in recs.values():
        if r["type"] in ("CALL", "MEET") and not r["planned"] and in_window(r, start, end):
            view.add_edge(r["source"], r["target"])
    a, b = "olaf-scholz", "joe-biden"
    steps = g.path("Scholz", "Biden", start, end)
    assert len(steps) == nx.shortest_path_length(view, a, b)
    assert steps[0].from_id == a and steps[-1].to_id == b
    assert all(s.to_id == t.from_id for s, t in itertools.pairwise(steps))
    assert all(start <= s.date <= end for s in steps)
    # outside any window that holds a chain, there is none
    assert g.path("Scholz", "Biden", "1990-01-01", "1990-12-31") == []


@pytest.mark.neo4j
def test_office_holders(gold_graph):
    g, _ = gold_graph
    rows = g.office_holders("France", "2022-02-03")
    assert {(r.role, r.leader_id) for r in rows} >= {("head_of_state", "emmanuel-macron")}
    assert [r.leader_id for r in g.office_holders("USA", "2019-06-30", role="head_of_state")] == [
        "donald-trump"
    ]


@pytest.mark.neo4j
def test_evidence_behind_one_event(gold_graph):
    g, recs = gold_graph
    key, rec = next((k, r) for k, r in recs.items() if len(r["articles"]) > 1)
    rows = g.evidence(key)
    assert {r.article for r in rows} == rec["articles"]
    assert all(r.sentence and r.title == r.article for r in rows)


@pytest.mark.neo4j
def test_parameters_holding_cypher_are_data(gold_graph):
    g, _ = gold_graph
    before = g.store.stats()
    hostile = "x'}) MATCH (n) DETACH DELETE n //"
    assert g.evidence(hostile) == []
    assert g.run("office_holders", {"state": "FRA", "on": "2022-02-03", "role": hostile}) == []
    with pytest.raises(UnknownActor):
        g.timeline("Putin' OR 1=1 //\" DETACH DELETE n")
    assert g.store.stats() == before


@pytest.mark.neo4j
def test_frames_and_networkx(gold_graph):
    from diplograph.graph import network as nw

    g, recs = gold_graph
    df = g.contacts("2022-01-01", "2022-12-31", as_frame=True)
    assert list(df.columns)[:3] == ["date", "type", "source_id"] and len(df) > 0
    graph = g.networkx()
    assert graph.number_of_edges() == len(recs)
    key, rec = next(iter(recs.items()))
    ((_u, _v, data),) = [(u, v, d) for u, v, k, d in graph.edges(keys=True, data=True) if k == key]
    assert data["articles"] and data["evidence"] and data["date"] == rec["date"].value
    ranks = nw.centrality(graph)
    assert ranks and all(r["kind"] == "Leader" for r in ranks)
    assert nw.communities(graph)
    ego = nw.ego(graph, "vladimir-putin")
    assert "Leader:vladimir-putin" in ego and ego.number_of_edges() > 0


@pytest.mark.neo4j
def test_cli_query_list_and_export(gold_graph, neo4j_env, tmp_path):
    listed = run("query", "--list", "--format", "json", env=neo4j_env)
    assert listed.returncode == 0, listed.stderr
    assert {r["query"] for r in json.loads(listed.stdout)} >= REQUIRED
    bad = run("query", "timeline", "-p", "actor=Vladimir Poutin", env=neo4j_env)
    assert bad.returncode == 1 and "closest: Vladimir Putin" in bad.stderr
    import networkx as nx

    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        done = run("export", fmt, "--out", str(out), "--from", "2022-01-01", "--to", "2022-12-31",
                   env=neo4j_env)  # fmt: skip
        assert done.returncode == 0, done.stderr
        back = reader(out)
        assert back.number_of_edges() == sum(1 for r in gold_graph[1].values()
                                             if in_window(r, "2022-01-01", "2022-12-31"))  # fmt: skip


@pytest.mark.neo4j
def test_who_talked_after_ingesting_the_seed(store, neo4j_env):
    assert run("actors", "load", env=neo4j_env).returncode == 0
    done = run("ingest", str(SEED), env=neo4j_env, timeout=300)
    assert done.returncode == 0, done.stderr
    talked = run("who-talked", "--from", "2022-01-01", "--to", "2022-02-28", "--format", "json",
                 env=neo4j_env)  # fmt: skip
    assert talked.returncode == 0, talked.stderr
    rows = json.loads(talked.stdout)
    calls = {(r["date"], frozenset((r["a"], r["b"]))) for r in rows if r["type"] == "CALL"}
    pair = frozenset(("Emmanuel Macron", "Vladimir Putin"))
    assert {("2022-01-31", pair), ("2022-02-03", pair)} <= calls
    assert all(r["sources"] >= 1 and r["articles"] for r in rows)
    feb3 = next(r for r in rows if r["date"] == "2022-02-03" and r["type"] == "CALL")
    assert feb3["initiator"] == "Emmanuel Macron"
