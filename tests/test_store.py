"""Integration tests of the store against a real Neo4j server."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from diplograph.graph.model import (
    ActorKind,
    ActorRef,
    Article,
    ArticleBatchItem,
    Event,
    EventDate,
    EventType,
    Modality,
    Precision,
)
from diplograph.graph.store import Store, schema_statements
from neo4j.exceptions import ConstraintError

pytestmark = pytest.mark.neo4j

MACRON = ActorRef("emmanuel-macron", ActorKind.LEADER, "Emmanuel Macron", "Q3052772")
PUTIN = ActorRef("vladimir-putin", ActorKind.LEADER, "Vladimir Putin", "Q7747")
SCHOLZ = ActorRef("olaf-scholz", ActorKind.LEADER, "Olaf Scholz")
RUSSIA = ActorRef("RUS", ActorKind.STATE, "Russia")
NATO = ActorRef("NATO", ActorKind.ALLIANCE, "NATO")


def ev(etype, src, tgt, when, article, evidence="sentence", **kw) -> Event:
    return Event(etype, src, tgt, EventDate.parse(when), article=article, evidence=evidence, **kw)


def edges(store: Store) -> list[dict]:
    rows = store.read(
        "MATCH (s)-[r]->(t) WHERE type(r) IN ['CALLED','MET','VISITED','DEMANDED','ACCUSED'] "
        "RETURN s.id AS source, t.id AS target, type(r) AS rel, properties(r) AS props "
        "ORDER BY r.key"
    )
    for r in rows:
        r["props"]["date"] = r["props"]["date"].iso_format()
    return rows


def test_schema_twice_is_harmless(store: Store):
    before = store.read("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS c")[0]["c"]
    store.ensure_schema()
    store.ensure_schema()
    after = store.read("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS c")[0]["c"]
    assert sorted(before) == sorted(after)
    # one uniqueness constraint per node label and per event type
    assert {"leader_id", "state_id", "alliance_id", "group_id", "article_id"} <= set(after)
    assert {"called_key", "met_key", "visited_key", "demanded_key", "accused_key"} <= set(after)
    indexes = store.read("SHOW INDEXES YIELD name RETURN collect(name) AS i")[0]["i"]
    assert {"called_date", "met_date", "visited_date", "demanded_date", "accused_date"} <= set(
        indexes
    )
    assert len(schema_statements()) == len(set(schema_statements()))


def _synthetic_events(n: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    actors = [ActorRef(f"leader-{i}", ActorKind.LEADER, f"Leader {i}") for i in range(60)]
    actors += [ActorRef(f"S{i:02d}", ActorKind.STATE, f"State {i}") for i in range(30)]
    types = list(EventType)
    out = []
    start = date(2014, 1, 1)
    for i in range(n):
        a, b = rng.sample(actors, 2)
        day = start + timedelta(days=rng.randrange(4000))
        prec = rng.choice([Precision.DAY, Precision.DAY, Precision.MONTH, Precision.YEAR])
        out.append(
            Event(
                rng.choice(types),
                a,
                b,
                EventDate(day, prec),
                article=f"art-{i % 2500}",
                evidence=f"Sentence {i} with 'quotes' and \"double quotes\".",
                directed=rng.random() < 0.3,
                confidence=round(rng.random(), 3),
                modality=Modality.PLANNED if rng.random() < 0.1 else Modality.ASSERTED,
            )
        )
    return out


def test_ten_thousand_events_written_twice_are_identical(store: Store):
    events = _synthetic_events(10_000)
    store.write_events(events)
    first_stats = store.stats()
    first_edges = edges(store)
    store.write_events(events)
    assert store.stats() == first_stats
    assert edges(store) == first_edges
    total_edges = sum(first_stats["relationships"][t.relationship] for t in EventType)
    assert total_edges == len({e.key for e in events})
    assert first_stats["nodes"]["Article"] == 2500


def test_two_articles_one_event_give_one_edge_listing_both(store: Store):
    a = ev(
        EventType.CALL, MACRON, PUTIN, "2022-02-03", "article-fr", "Ce 3 février, ... un entretien."
    )
    b = ev(
        EventType.CALL,
        PUTIN,
        MACRON,
        "2022-02-03",
        "article-en",
        "On Thursday the two spoke by phone.",
    )
    store.write_events([a])
    store.write_events([b])
    store.write_events([b])  # the same article again changes nothing
    rows = edges(store)
    assert len(rows) == 1
    props = rows[0]["props"]
    assert props["articles"] == ["article-fr", "article-en"]
    assert props["evidence"] == [
        "Ce 3 février, ... un entretien.",
        "On Thursday the two spoke by phone.",
    ]
    assert props["mentions"] == 2
    assert props["directed"] is False
    assert (rows[0]["source"], rows[0]["target"]) == ("emmanuel-macron", "vladimir-putin")
    assert props["date"] == "2022-02-03" and props["precision"] == "day"


def test_initiator_named_later_turns_the_edge(store: Store):
    store.write_events([ev(EventType.CALL, MACRON, PUTIN, "2022-02-03", "a1")])
    # a second article says Putin called: the edge now points from him, with both sources
    store.write_events([ev(EventType.CALL, PUTIN, MACRON, "2022-02-03", "a2", directed=True)])
    rows = edges(store)
    assert len(rows) == 1
    assert (rows[0]["source"], rows[0]["target"]) == ("vladimir-putin", "emmanuel-macron")
    assert rows[0]["props"]["directed"] is True
    assert rows[0]["props"]["articles"] == ["a1", "a2"]
    # a third article without initiator does not turn it back
    store.write_events([ev(EventType.CALL, MACRON, PUTIN, "2022-02-03", "a3")])
    rows = edges(store)
    assert (rows[0]["source"], rows[0]["props"]["directed"]) == ("vladimir-putin", True)
    assert rows[0]["props"]["mentions"] == 3


def test_planned_then_asserted(store: Store):
    store.write_events(
        [ev(EventType.MEET, MACRON, SCHOLZ, "2023-05", "a1", modality=Modality.PLANNED)]
    )
    assert edges(store)[0]["props"]["cameo"] == "036"
    store.write_events([ev(EventType.MEET, MACRON, SCHOLZ, "2023-05", "a2")])
    props = edges(store)[0]["props"]
    assert props["modality"] == "asserted"
    assert props["cameo"] == "040"


def test_article_nodes_and_mentions(store: Store):
    item = ArticleBatchItem(
        Article(
            "seed",
            sha256="ab" * 32,
            published=EventDate.parse("2022-02"),
            language="fr",
            title="Entretien Macron-Poutine",
        ),
        events=[ev(EventType.DEMAND, RUSSIA, NATO, "2022-02", "seed", content="guarantees")],
        mentions=[MACRON, PUTIN],
    )
    store.write_articles([item])
    rows = store.read(
        "MATCH (a:Article {id: 'seed'})-[:MENTIONS]->(x) "
        "RETURN a.sha256 AS sha, toString(a.published) AS published, "
        "a.published_precision AS precision, collect(x.id) AS actors"
    )
    assert rows[0]["sha"] == "ab" * 32
    assert rows[0]["published"] == "2022-02-01" and rows[0]["precision"] == "month"
    assert sorted(rows[0]["actors"]) == ["NATO", "RUS", "emmanuel-macron", "vladimir-putin"]
    assert store.article_sha256("seed") == "ab" * 32
    assert store.article_sha256("nope") is None
    demand = edges(store)[0]
    assert (demand["rel"], demand["source"], demand["target"]) == ("DEMANDED", "RUS", "NATO")
    assert demand["props"]["content"] == "guarantees" and demand["props"]["directed"] is True


def test_a_failing_batch_writes_nothing(store: Store):
    """Nothing half-written: when one statement of a batch fails, no article of it lands."""
    good = ArticleBatchItem(
        Article("good"), [ev(EventType.CALL, MACRON, SCHOLZ, "2022-03-01", "good")]
    )
    bad_event = ev(EventType.CALL, MACRON, PUTIN, "2022-02-03", "bad")
    # Plant an edge that already owns the bad event's key between two other actors, so that
    # creating the event violates the uniqueness constraint on `key` inside the transaction.
    store.run_write(
        "UNWIND $rows AS row MERGE (x:State {id: 'XXX'}) MERGE (y:State {id: 'YYY'}) "
        "CREATE (x)-[:CALLED {key: row.key}]->(y)",
        [{"key": bad_event.key}],
    )
    bad = ArticleBatchItem(Article("bad"), [bad_event])
    with pytest.raises(ConstraintError):
        store.write_articles([good, bad])
    assert store.read("MATCH (a:Article) RETURN count(a) AS n")[0]["n"] == 0
    assert store.read("MATCH (:Leader)-[r:CALLED]-() RETURN count(r) AS n")[0]["n"] == 0
    assert store.read("MATCH (l:Leader) RETURN count(l) AS n")[0]["n"] == 0


def test_batch_size_splits_transactions_without_changing_the_result(neo4j_conn, store: Store):
    events = _synthetic_events(700, seed=3)
    store.write_events(events)
    expected = edges(store)
    store.clear()
    with Store(neo4j_conn, batch_size=7) as small:
        small.write_events(events)
        assert edges(small) == expected


def test_multi_party_contact_shares_one_event_id(store: Store):
    from diplograph.graph.model import group_event_id

    when = EventDate.parse("2022-06-16")
    zelensky = ActorRef("volodymyr-zelenskyy", ActorKind.LEADER, "Volodymyr Zelenskyy")
    gid = group_event_id(EventType.MEET, [MACRON, SCHOLZ, zelensky], when)
    pairs = [(MACRON, SCHOLZ), (MACRON, zelensky), (SCHOLZ, zelensky)]
    store.write_events(
        [Event(EventType.MEET, a, b, when, "kyiv", "...", event=gid) for a, b in pairs]
    )
    rows = store.read("MATCH ()-[r:MET]->() RETURN collect(DISTINCT r.event) AS ids, count(r) AS n")
    assert rows[0]["n"] == 3 and rows[0]["ids"] == [gid]


def test_stats_counts_by_label_and_type(store: Store):
    store.write_events(
        [
            ev(EventType.CALL, MACRON, PUTIN, "2022-02-03", "a1"),
            ev(EventType.ACCUSE, PUTIN, NATO, "2022-02-01", "a1"),
        ]
    )
    s = store.stats()
    assert s["nodes"]["Leader"] == 2 and s["nodes"]["Alliance"] == 1 and s["nodes"]["Article"] == 1
    assert s["relationships"]["CALLED"] == 1 and s["relationships"]["ACCUSED"] == 1
    assert s["relationships"]["MET"] == 0
    assert s["relationships"]["MENTIONS"] == 3
