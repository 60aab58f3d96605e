"""Benchmark: `Store.write_articles` against a plain `UNWIND $rows AS row CREATE ...` of the same
rows, on the same server, measured in one run.

    .venv/bin/python tests/benchmarks/bench_write.py [--articles 5000] [--events 4] [--batch 1000]
        [--instance neo4j-bench]

Synthetic articles, each with --events contact events between leaders of a pool of 500, are
written twice to an emptied graph (the benchmarks' own instance by default) with the same
transaction size (--batch event rows):

- ours: `Store.write_articles` (MERGE of actors, articles, mentions and events on their keys,
  source lists kept per article: idempotent and safe to re-run);
- plain: `CREATE` of the article nodes and of the event relationships between the same actors
  (matched by id), nothing merged, nothing checked: the floor for these rows.

One line per figure: both rates in event rows per second, and the ratio.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from diplograph.graph.model import ActorKind, ActorRef, Article, ArticleBatchItem, Event, EventType
from diplograph.graph.server import ManagedServer
from diplograph.graph.store import Store, event_row

CONTACTS = [EventType.CALL, EventType.MEET, EventType.VISIT]

_PLAIN_ARTICLES = "UNWIND $rows AS row CREATE (:Article {id: row.id, sha256: row.sha256})"
_PLAIN_EVENTS = {
    t: f"""UNWIND $rows AS row
MATCH (s:Leader {{id: row.source}}) MATCH (t:Leader {{id: row.target}})
CREATE (s)-[:{t.relationship} {{key: row.key, type: row.type, date: date(row.date),
  precision: row.precision, directed: row.directed, modality: row.modality, cameo: row.cameo,
  confidence: row.confidence, event: row.event, articles: [row.article],
  evidence: [row.evidence], mentions: 1}}]->(t)"""
    for t in CONTACTS
}


def items(n_articles: int, per_article: int, seed: int = 5) -> list[ArticleBatchItem]:
    rng = random.Random(seed)
    leaders = [ActorRef(f"bench-{i:04d}", ActorKind.LEADER, f"Leader {i:04d}") for i in range(500)]
    start = date(2014, 1, 1)
    out = []
    keys: set[str] = set()  # every event distinct, so that plain CREATE meets no constraint
    for i in range(n_articles):
        aid = f"bench-article-{i:06d}"
        events: list[Event] = []
        while len(events) < per_article:
            a, b = rng.sample(leaders, 2)
            day = start + timedelta(days=rng.randrange(4000))
            event = Event(rng.choice(CONTACTS), a, b, day.isoformat(), aid,
                          f"{a.name} met {b.name} on {day}.", directed=rng.random() < 0.3)  # fmt: skip
            if event.key not in keys:
                keys.add(event.key)
                events.append(event)
        out.append(ArticleBatchItem(Article(aid, sha256=f"{i:064x}"), events, []))
    return out


def plain(store: Store, batch: list[ArticleBatchItem]) -> None:
    rows = [event_row(e) for item in batch for e in item.events]
    arts = [{"id": i.article.id, "sha256": i.article.sha256} for i in batch]

    def work(tx):
        tx.run(_PLAIN_ARTICLES, rows=arts).consume()
        for t in CONTACTS:
            typed = [r for r in rows if r["type"] == t.value]
            if typed:
                tx.run(_PLAIN_EVENTS[t], rows=typed).consume()

    store._write(work)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--events", type=int, default=4)
    ap.add_argument("--batch", type=int, default=1000, help="event rows per transaction")
    ap.add_argument("--instance", default="neo4j-bench")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from machine import describe

    data = items(args.articles, args.events)
    rows = args.articles * args.events
    conn = ManagedServer(args.instance).start()
    with Store(conn, batch_size=args.batch) as store:
        print(describe(store))

        def prepare() -> None:
            store.clear()
            store.run_write(
                "UNWIND $rows AS row MERGE (:Leader {id: row.id, name: row.name})",
                [{"id": f"bench-{i:04d}", "name": f"Leader {i:04d}"} for i in range(500)],
            )

        prepare()
        t0 = time.perf_counter()
        store.write_articles(data)
        ours = time.perf_counter() - t0
        stored = store.read("MATCH ()-[r:CALLED|MET|VISITED]->() RETURN count(r) AS n")[0]["n"]

        prepare()
        per_tx = max(1, args.batch // (args.events + 1))
        t0 = time.perf_counter()
        for start in range(0, len(data), per_tx):
            plain(store, data[start : start + per_tx])
        floor = time.perf_counter() - t0
        store.clear()
    print(
        f"rows: {args.articles:,} articles x {args.events} events = {rows:,} event rows "
        f"({stored:,} distinct edges), about {args.batch} rows a transaction"
    )
    print(f"Store.write_articles: {ours:.2f} s, {rows / ours:,.0f} event rows/s")
    print(f"plain UNWIND ... CREATE: {floor:.2f} s, {rows / floor:,.0f} event rows/s")
    print(f"ratio write_articles/plain throughput: {floor / ours:.2f}x")


if __name__ == "__main__":
    main()
