"""Benchmark: the `contacts` query on a synthetic graph of 1,000,000 events over 2,000 actors.

    .venv/bin/python tests/benchmarks/bench_contacts.py [--events 1000000] [--actors 2000] [--reuse]

It runs on its own managed Neo4j instance (`neo4j-bench`, Bolt on 127.0.0.1:7689, or
DIPLOGRAPH_BENCH_BOLT_PORT), never on the demo or test graphs. It writes the synthetic graph
(calls, meetings and visits spread evenly over 2000-2025; --reuse keeps one already there), then
prints, from one run:

- the median latency of the named `contacts` query for a one-month window with the date indexes,
- the same with the date indexes dropped (they are recreated afterwards), and the ratio;
- the operators of the PROFILEd plan, showing the index seeks.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta

from diplograph.graph.model import EventType
from diplograph.graph.server import ManagedServer
from diplograph.graph.store import Store
from diplograph.queries import get

CONTACTS = [EventType.CALL, EventType.MEET, EventType.VISIT]
START, DAYS = date(2000, 1, 1), (date(2025, 12, 31) - date(2000, 1, 1)).days
WINDOW = {"from": "2022-02-01", "to": "2022-02-28"}


def generate(store: Store, events: int, actors: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    store.clear()
    # bulk load without the event indexes and key constraints, then build them once (ensure_schema)
    for t in EventType:
        rel = t.relationship.lower()
        store.run_write(f"DROP CONSTRAINT {rel}_key IF EXISTS", [{}])
        store.run_write(f"DROP INDEX {rel}_date IF EXISTS", [{}])
    store.run_write(
        "UNWIND $rows AS row CREATE (:Leader {id: row.id, name: row.name})",
        [{"id": f"bench-{i:05d}", "name": f"Leader {i:05d}"} for i in range(actors)],
    )
    batch = 20_000
    done = 0
    t0 = time.perf_counter()
    while done < events:
        n = min(batch, events - done)
        by_type: dict[EventType, list[dict]] = {t: [] for t in CONTACTS}
        for i in range(done, done + n):
            a, b = rng.sample(range(actors), 2)
            etype = CONTACTS[i % 3]
            by_type[etype].append({
                "a": f"bench-{a:05d}", "b": f"bench-{b:05d}", "key": f"k{i:08d}",
                "date": (START + timedelta(days=rng.randrange(DAYS))).isoformat(),
                "directed": rng.random() < 0.3, "type": etype.value,
            })  # fmt: skip
        for etype, rows in by_type.items():
            store.run_write(
                f"""UNWIND $rows AS row
MATCH (a:Leader {{id: row.a}}) MATCH (b:Leader {{id: row.b}})
CREATE (a)-[:{etype.relationship} {{key: row.key, type: row.type, date: date(row.date),
  precision: 'day', directed: row.directed, modality: 'asserted', articles: ['bench'],
  evidence: ['synthetic'], mentions: 1, confidence: 1.0}}]->(b)""",
                rows,
            )
        done += n
        rate = done / (time.perf_counter() - t0)
        print(f"\r  wrote {done:,} events ({rate:,.0f}/s)", end="", flush=True)
    print()


def count(store: Store) -> int:
    rows = store.read("MATCH ()-[r:CALLED|MET|VISITED]->() RETURN count(r) AS n")
    return rows[0]["n"]


def latency(store: Store, text: str, params: dict, runs: int) -> tuple[float, float, int]:
    """Median milliseconds end to end (rows in Python) and on the server (planning, execution and
    streaming, as the server reports them), and the row count."""
    n = 0
    for _ in range(2):  # warm the plan cache and the page cache
        n = len(store.read(text, params))
    client, server = [], []
    with store.driver.session(database=store.database) as session:
        for _ in range(runs):
            t0 = time.perf_counter()
            result = session.run(text, params)
            n = len(list(result))
            summary = result.consume()
            client.append(time.perf_counter() - t0)
            server.append((summary.result_available_after + summary.result_consumed_after) / 1000)
    return statistics.median(client) * 1000, statistics.median(server) * 1000, n


def operators(store: Store, text: str, params: dict) -> list[str]:
    with store.driver.session(database=store.database) as session:
        result = session.run("PROFILE " + text, params)
        list(result)  # the profile is complete only once every row has been pulled
        summary = result.consume()
    out: list[str] = []

    def walk(plan, depth=0):
        args = plan.get("args", {}) if isinstance(plan, dict) else plan.arguments
        name = plan["operatorType"] if isinstance(plan, dict) else plan.operator_type
        children = plan.get("children", []) if isinstance(plan, dict) else plan.children
        detail = args.get("Details", "")
        out.append(f"{'  ' * depth}{name.split('@')[0]}  {detail}"[:140])
        for c in children:
            walk(c, depth + 1)

    walk(summary.profile)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=2_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--reuse", action="store_true", help="keep a graph of the right size")
    args = ap.parse_args()

    conn = ManagedServer("neo4j-bench").start()
    with Store(conn, batch_size=20_000) as store:
        if not (args.reuse and count(store) == args.events):
            print(f"generating {args.events:,} events over {args.actors:,} actors ...")
            generate(store, args.events, args.actors)
        store.ensure_schema()
        store.read("CALL db.awaitIndexes(600)")
        q = get("contacts")
        params = q.bind(WINDOW)
        with_ms, with_server, rows = latency(store, q.text, params, args.runs)
        plan = operators(store, q.text, params)
        date_indexes = [f"{t.relationship.lower()}_date" for t in CONTACTS]
        for name in date_indexes:
            store.run_write(f"DROP INDEX {name} IF EXISTS", [{}])
        try:
            without_ms, without_server, rows2 = latency(
                store, q.text, params, max(3, args.runs // 4)
            )
        finally:
            store.ensure_schema()
            store.read("CALL db.awaitIndexes(600)")
    assert rows == rows2, "the same query must return the same rows with and without indexes"
    print(f"graph: {count_text(args)}; window {WINDOW['from']}..{WINDOW['to']}: {rows} contacts")
    print("contacts, one month (median; end to end in Python / on the server):")
    print(f"  with date indexes:    {with_ms:8.1f} ms / {with_server:8.1f} ms")
    print(f"  without date indexes: {without_ms:8.1f} ms / {without_server:8.1f} ms")
    print(
        f"  ratio without/with:   {without_ms / with_ms:8.1f}x / {without_server / max(with_server, 0.001):6.1f}x"
    )
    print("PROFILE (with indexes):")
    for line in plan:
        print("  " + line)


def count_text(args) -> str:
    return f"{args.events:,} events over {args.actors:,} actors"


if __name__ == "__main__":
    main()
