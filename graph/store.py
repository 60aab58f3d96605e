"""The Neo4j store: connection, schema, and every write the project makes.

All write Cypher lives in this module. Values always travel as parameters; the only text put into
a statement is a label or relationship type taken from the closed enums of ``model`` (Cypher cannot
parameterise those portably), never anything read from input.

Writes are batched (``UNWIND $rows``) and run in managed write transactions, which the driver
retries on transient errors. One call to ``write_articles`` commits whole articles only: an
article node and all its events and mentions land in the same transaction, or none of them do.
"""

from __future__ import annotations

import itertools
import logging
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from neo4j import READ_ACCESS, Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ClientError,
    ConfigurationError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from .kb import Actor, KnowledgeBase
from .model import ActorKind, ActorRef, Article, ArticleBatchItem, Event, EventType
from .server import Connection

T = TypeVar("T")

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 1000
# How long a write (or the reads of an ingest) keeps being retried when the server goes away,
# counting the driver's own retries: seconds, overridable with DIPLOGRAPH_RETRY_TIME.
DEFAULT_RETRY_TIME = 60.0
DRIVER_RETRY_TIME = 15.0  # the driver's retries inside one execute_write
RETRYABLE = (ServiceUnavailable, SessionExpired, TransientError)
NODE_LABELS = [k.value for k in ActorKind] + ["Article"]
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
STRUCTURAL_RELATIONSHIPS = ["HOLDS_OFFICE", "MEMBER_OF", "MENTIONS"]


class StoreError(RuntimeError):
    """A one-line problem talking to Neo4j, with what to do about it."""


class ReadOnlyError(StoreError):
    """A write was attempted through a read-only entry point."""


class StoreUnavailable(StoreError):
    """The server went away and did not come back within the retry window."""


def default_retry_time() -> float:
    raw = os.environ.get("DIPLOGRAPH_RETRY_TIME")
    if not raw:
        return DEFAULT_RETRY_TIME
    try:
        value = float(raw)
    except ValueError:
        raise StoreError(f"bad DIPLOGRAPH_RETRY_TIME {raw!r}: give a number of seconds") from None
    if value < 0:
        raise StoreError(f"bad DIPLOGRAPH_RETRY_TIME {raw!r}: give a number of seconds >= 0")
    return value


def schema_statements() -> list[str]:
    """Constraints and indexes; all idempotent (IF NOT EXISTS)."""
    stmts = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in NODE_LABELS
    ]
    for etype in EventType:
        rel = etype.relationship
        # The uniqueness constraint owns a range index on `key`, used by every MERGE.
        stmts.append(
            f"CREATE CONSTRAINT {rel.lower()}_key IF NOT EXISTS "
            f"FOR ()-[r:{rel}]-() REQUIRE r.key IS UNIQUE"
        )
        stmts.append(
            f"CREATE INDEX {rel.lower()}_date IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.date)"
        )
    for rel in ("HOLDS_OFFICE", "MEMBER_OF"):
        stmts.append(f"CREATE INDEX {rel.lower()}_key IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.key)")
    stmts.append("CREATE INDEX leader_wikidata IF NOT EXISTS FOR (n:Leader) ON (n.wikidata)")
    stmts.append("CREATE INDEX state_wikidata IF NOT EXISTS FOR (n:State) ON (n.wikidata)")
    return stmts


# -- write statements (built once from the enums) ----------------------------------------------

_MERGE_ACTOR = {
    kind: f"""
UNWIND $rows AS row
MERGE (a:{kind.value} {{id: row.id}})
ON CREATE SET a.name = row.name
SET a.wikidata = coalesce(a.wikidata, row.wikidata)
"""
    for kind in ActorKind
}

_UPSERT_ACTOR = {
    kind: f"""
UNWIND $rows AS row
MERGE (a:{kind.value} {{id: row.id}})
SET a += row.props
"""
    for kind in ActorKind
}

_MERGE_ARTICLE = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.sha256 = coalesce(row.sha256, a.sha256),
    a.url = coalesce(row.url, a.url),
    a.title = coalesce(row.title, a.title),
    a.language = coalesce(row.language, a.language),
    a.published = coalesce(date(row.published), a.published),
    a.published_precision = coalesce(row.published_precision, a.published_precision)
"""

_MENTIONS = {
    kind: f"""
UNWIND $rows AS row
MATCH (a:Article {{id: row.article}})
MATCH (x:{kind.value} {{id: row.actor}})
MERGE (a)-[:MENTIONS]->(x)
"""
    for kind in ActorKind
}


def _event_statements(etype: EventType, skind: ActorKind, tkind: ActorKind) -> tuple[str, str]:
    rel, s_label, t_label = etype.relationship, skind.value, tkind.value
    # A contact first stored without an initiator lies in canonical order; when an article names
    # the initiator, the edge is turned to point from it (a relationship cannot change direction,
    # so it is replaced with the same properties).
    flip = f"""
UNWIND $rows AS row
MATCH (s:{s_label} {{id: row.source}})<-[old:{rel} {{key: row.key}}]-(t:{t_label} {{id: row.target}})
WHERE row.directed AND NOT old.directed
WITH s, t, old, properties(old) AS props
DELETE old
WITH s, t, props
CREATE (s)-[new:{rel}]->(t)
SET new = props
"""
    merge = f"""
UNWIND $rows AS row
MATCH (s:{s_label} {{id: row.source}})
MATCH (t:{t_label} {{id: row.target}})
MERGE (s)-[r:{rel} {{key: row.key}}]-(t)
ON CREATE SET r.type = row.type, r.date = date(row.date), r.precision = row.precision,
              r.directed = row.directed, r.modality = row.modality, r.cameo = row.cameo,
              r.content = row.content, r.confidence = row.confidence, r.event = row.event,
              r.articles = [], r.evidence = [], r.mentions = 0
WITH r, row, row.article IN r.articles AS seen
SET r.articles = CASE WHEN seen THEN r.articles ELSE r.articles + row.article END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE r.evidence + row.evidence END,
    r.mentions = CASE WHEN seen THEN r.mentions ELSE r.mentions + 1 END,
    r.directed = r.directed OR row.directed,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.content = coalesce(r.content, row.content),
    r.cameo = CASE WHEN r.modality = 'planned' AND row.modality = 'asserted'
                   THEN row.cameo ELSE r.cameo END,
    r.modality = CASE WHEN row.modality = 'asserted' THEN 'asserted' ELSE r.modality END
"""
    return flip, merge


_EVENT = {
    (etype, s, t): _event_statements(etype, s, t)
    for etype, s, t in itertools.product(EventType, ActorKind, ActorKind)
}

_HOLDS_OFFICE = {
    kind: f"""
UNWIND $rows AS row
MATCH (l:Leader {{id: row.leader}})
MATCH (o:{kind.value} {{id: row.of}})
MERGE (l)-[h:HOLDS_OFFICE {{key: row.key}}]->(o)
SET h.role = row.role, h.title = row.title, h.start = date(row.start),
    h.end = CASE WHEN row.end IS NULL THEN NULL ELSE date(row.end) END, h.acting = row.acting
"""
    for kind in (ActorKind.STATE, ActorKind.ALLIANCE)
}

_MEMBER_OF = """
UNWIND $rows AS row
MATCH (s:State {id: row.state})
MATCH (a:Alliance {id: row.org})
MERGE (s)-[m:MEMBER_OF {key: row.key}]->(a)
SET m.since = date(row.since), m.until = CASE WHEN row.until IS NULL THEN NULL ELSE date(row.until) END
"""

# Offices and memberships that the knowledge base no longer lists (a corrected start date, a
# removed entry) are deleted, so that the graph mirrors the files after every load.
_PRUNE_OFFICES = "MATCH ()-[h:HOLDS_OFFICE]->() WHERE NOT h.key IN $keys DELETE h"
_PRUNE_MEMBERSHIPS = "MATCH ()-[m:MEMBER_OF]->() WHERE NOT m.key IN $keys DELETE m"

_EVENT_TYPES = "|".join(t.relationship for t in EventType)

# Forget what one article contributed (before writing its new version): its entry in the parallel
# `articles`/`evidence` lists of every event it reported (found through the actors it mentions),
# edges it alone reported, and its mentions.
_REMOVE_ARTICLE_EVENTS = f"""
UNWIND $ids AS aid
MATCH (:Article {{id: aid}})-[:MENTIONS]->(x)-[r:{_EVENT_TYPES}]-()
WHERE aid IN r.articles
WITH DISTINCT r, aid
WITH r, aid, [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] <> aid] AS keep
SET r.evidence = [i IN keep | r.evidence[i]], r.articles = [i IN keep | r.articles[i]],
    r.mentions = size(keep)
WITH r WHERE size(r.articles) = 0
DELETE r
"""
_REMOVE_ARTICLE_MENTIONS = """
UNWIND $ids AS aid
MATCH (:Article {id: aid})-[m:MENTIONS]->()
DELETE m
"""

# Relationships first, then nodes: a DETACH DELETE of 10,000 nodes that carry many relationships
# each (leaders with thousands of events) can exceed the server's transaction memory.
_CLEAR = [
    "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
]


def actor_properties(actor: Actor) -> dict[str, Any]:
    """The node properties of a knowledge-base actor (no nulls: Neo4j does not store them)."""
    props: dict[str, Any] = {"id": actor.id, "name": actor.name}
    if actor.name_fr:
        props["name_fr"] = actor.name_fr
    if actor.wikidata:
        props["wikidata"] = actor.wikidata
    if actor.kind is ActorKind.LEADER:
        props["aliases"] = sorted({*actor.all_names(), *actor.short} - {actor.name})
    elif actor.kind is ActorKind.STATE:
        props["iso3"] = actor.iso3 or actor.id
    elif actor.kind is ActorKind.ALLIANCE:
        props["kind"] = actor.org_kind
        if actor.parent:
            props["parent"] = actor.parent
    return props


def event_row(event: Event) -> dict[str, Any]:
    """The parameter row of one event, in storage order."""
    e = event.canonical()
    return {
        "key": e.key,
        "type": e.type.value,
        "source": e.source.id,
        "target": e.target.id,
        "date": e.date.value.isoformat(),
        "precision": e.date.precision.value,
        "directed": e.directed,
        "modality": e.modality.value,
        "cameo": e.cameo,
        "content": e.content,
        "confidence": e.confidence,
        "event": e.event or e.key,
        "article": e.article,
        "evidence": e.evidence,
    }


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Store:
    """A connection to one Neo4j database, with the schema in place."""

    def __init__(
        self,
        conn: Connection,
        batch_size: int = DEFAULT_BATCH_SIZE,
        ensure_schema: bool = True,
        connection_timeout: float = 5.0,
        retry_time: float | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.conn = conn
        self.batch_size = batch_size
        # Transient failures (server gone, restarting, leader switch) are retried by the driver
        # inside each transaction, then here with exponential backoff, until retry_time is spent.
        self.retry_time = default_retry_time() if retry_time is None else retry_time
        self.database = conn.database
        scheme = conn.uri.partition("://")[0].lower()
        if scheme not in BOLT_SCHEMES:
            raise StoreError(
                f"bad Neo4j URI {conn.uri!r}: use one of {', '.join(s + '://' for s in BOLT_SCHEMES)}"
            )
        try:
            self.driver: Driver = GraphDatabase.driver(
                conn.uri,
                auth=(conn.user, conn.password),
                connection_timeout=connection_timeout,
                connection_acquisition_timeout=connection_timeout * 2,
                max_transaction_retry_time=min(DRIVER_RETRY_TIME, self.retry_time),
                # The store's own statements name every type up front (stats counts types
                # that may not exist yet): the server's warnings about them are noise here.
                notifications_min_severity="OFF",
            )
            self.driver.verify_connectivity()
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            self._close_quietly()
            hint = (
                "start it with `diplograph neo4j start`"
                if conn.managed
                else "check NEO4J_URI, or unset it to use the managed server"
            )
            reason = (
                "no server answers there" if "Couldn't connect" in str(exc) else _first_line(exc)
            )
            raise StoreError(f"cannot reach Neo4j at {conn.uri}: {reason}; {hint}") from None
        except AuthError:
            self._close_quietly()
            who = "the managed password file" if conn.managed else "NEO4J_USERNAME/NEO4J_PASSWORD"
            raise StoreError(f"Neo4j at {conn.uri} refused the credentials from {who}") from None
        except (ConfigurationError, ValueError) as exc:
            self._close_quietly()
            raise StoreError(f"bad Neo4j URI {conn.uri!r}: {_first_line(exc)}") from None
        if ensure_schema:
            self.ensure_schema()

    def _close_quietly(self) -> None:
        driver = getattr(self, "driver", None)
        if driver is not None:
            driver.close()

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _session(self, **kw: Any):
        return self.driver.session(database=self.database, **kw)

    # -- schema ------------------------------------------------------------------------------
    def ensure_schema(self) -> None:
        with self._session() as session:
            for stmt in schema_statements():
                session.run(stmt).consume()
            session.run("CALL db.awaitIndexes(300)").consume()

    # -- writes ------------------------------------------------------------------------------
    def upsert_actors(self, kind: ActorKind, rows: Sequence[dict[str, Any]]) -> int:
        """MERGE actors of one kind on id and set their properties (used by the knowledge base)."""
        stmt = _UPSERT_ACTOR[ActorKind.parse(kind)]
        for chunk in _chunks(list(rows), self.batch_size):
            payload = [{"id": r["id"], "props": r} for r in chunk]
            self._write(lambda tx, p=payload: tx.run(stmt, rows=p).consume())
        return len(rows)

    def write_knowledge_base(self, kb: KnowledgeBase) -> dict[str, int]:
        """Write every actor of the knowledge base with its offices and memberships, idempotently.

        Returns the counts written. Properties of existing actor nodes are overwritten with the
        knowledge base's; event edges are untouched.
        """
        for kind in ActorKind:
            self.upsert_actors(kind, [actor_properties(a) for a in kb.of_kind(kind)])
        offices: dict[ActorKind, list[dict[str, Any]]] = defaultdict(list)
        for office in kb.offices():
            kind = ActorKind.STATE if kb.get(ActorKind.STATE, office.of) else ActorKind.ALLIANCE
            offices[kind].append(
                {
                    "key": f"{office.leader}|{office.of}|{office.role}|{office.start.isoformat()}",
                    "leader": office.leader,
                    "of": office.of,
                    "role": office.role,
                    "title": office.title,
                    "start": office.start.isoformat(),
                    "end": office.end.isoformat() if office.end else None,
                    "acting": office.acting,
                }
            )
        for kind, rows in offices.items():
            self.run_write(_HOLDS_OFFICE[kind], rows)
        members = [
            {
                "key": f"{m.state}|{m.org}|{m.since.isoformat()}",
                "state": m.state,
                "org": m.org,
                "since": m.since.isoformat(),
                "until": m.until.isoformat() if m.until else None,
            }
            for m in kb.memberships
        ]
        self.run_write(_MEMBER_OF, members)
        office_keys = [r["key"] for rows in offices.values() for r in rows]
        member_keys = [r["key"] for r in members]
        self._write(lambda tx: tx.run(_PRUNE_OFFICES, keys=office_keys).consume())
        self._write(lambda tx: tx.run(_PRUNE_MEMBERSHIPS, keys=member_keys).consume())
        counts = kb.counts()
        return {**counts, "offices": len(office_keys), "memberships": len(member_keys)}

    def run_write(self, statement: str, rows: Sequence[dict[str, Any]]) -> None:
        """Run one UNWIND statement over rows in batches (for the other writers of graph/)."""
        for chunk in _chunks(list(rows), self.batch_size):
            self._write(lambda tx, c=chunk: tx.run(statement, rows=list(c)).consume())

    def write_articles(self, items: Iterable[ArticleBatchItem]) -> int:
        """Write articles with their events and mentions; each batch commits whole articles only.

        Articles are grouped into transactions of about ``batch_size`` event rows. Returns the
        number of articles written.
        """
        count = 0
        batch: list[ArticleBatchItem] = []
        weight = 0
        for item in items:
            batch.append(item)
            weight += 1 + len(item.events)
            if weight >= self.batch_size:
                self._write(lambda tx, b=batch: _write_items(tx, b))
                count += len(batch)
                batch, weight = [], 0
        if batch:
            self._write(lambda tx, b=batch: _write_items(tx, b))
            count += len(batch)
        return count

    def write_events(self, events: Iterable[Event]) -> int:
        """Write events whose articles are known only by id (e.g. records from `extract`)."""
        by_article: dict[str, list[Event]] = defaultdict(list)
        for e in events:
            by_article[e.article].append(e)
        items = [ArticleBatchItem(Article(id=aid), evs) for aid, evs in by_article.items()]
        self.write_articles(items)
        return sum(len(v) for v in by_article.values())

    def _write(self, fn) -> None:
        def attempt() -> None:
            with self._session() as session:
                session.execute_write(fn)

        self.retrying(attempt)

    def retrying(self, fn: Callable[[], T]) -> T:
        """Run fn, again after a pause when the server is unavailable, until retry_time is spent.

        Every write is idempotent (MERGE on ids and keys; an article already listed by an event
        is not added twice), so a transaction whose commit outcome is unknown may run again.
        Gives up with a one-line StoreUnavailable naming the server and what to do."""
        deadline = time.monotonic() + self.retry_time
        pause = 0.5
        while True:
            try:
                return fn()
            except RETRYABLE as exc:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise StoreUnavailable(self._unavailable(exc)) from None
                log.warning(
                    "Neo4j at %s unavailable (%s); retrying", self.conn.uri, _first_line(exc)
                )
                time.sleep(min(pause, left))
                pause = min(pause * 2, 8.0)

    def _unavailable(self, exc: BaseException) -> str:
        hint = (
            "start it with `diplograph neo4j start`"
            if self.conn.managed
            else "check that it runs (NEO4J_URI)"
        )
        return (
            f"lost Neo4j at {self.conn.uri} ({_first_line(exc)}; gave up after "
            f"{self.retry_time:g}s of retries): {hint}, then run the same command again"
        )

    # -- reads -------------------------------------------------------------------------------
    def read(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a query in a READ transaction: a query that writes is refused by the server."""

        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return tx.run(query, params or {}).data()

        try:
            with self._session(default_access_mode=READ_ACCESS) as session:
                return session.execute_read(work)
        except ClientError as exc:
            code = exc.code or ""
            if "AccessMode" in code or "Forbidden" in code:
                raise ReadOnlyError(
                    f"refused: this runs read-only and the query writes ({exc.message})"
                ) from None
            raise StoreError(f"Neo4j refused the query: {exc.message}") from None

    def stream(self, query: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Rows of a read-only query one at a time, for results too large to hold (exports).

        The rows are pulled from the server as they are consumed, in one READ transaction."""
        try:
            with (
                self._session(default_access_mode=READ_ACCESS) as session,
                session.begin_transaction() as tx,
            ):
                for record in tx.run(query, params or {}):
                    yield record.data()
        except ClientError as exc:
            raise StoreError(f"Neo4j refused the query: {exc.message}") from None

    def stats(self) -> dict[str, dict[str, int]]:
        """Node counts by label and relationship counts by type, from Neo4j's count store."""
        counts: dict[str, dict[str, int]] = {"nodes": {}, "relationships": {}}
        with self._session(default_access_mode=READ_ACCESS) as session:
            for label in NODE_LABELS:
                stmt = f"MATCH (n:{label}) RETURN count(n) AS n"
                counts["nodes"][label] = session.run(stmt).single()["n"]
            for rel in STRUCTURAL_RELATIONSHIPS + [t.relationship for t in EventType]:
                stmt = f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n"
                counts["relationships"][rel] = session.run(stmt).single()["n"]
        return counts

    def article_sha256(self, article_id: str) -> str | None:
        rows = self.read("MATCH (a:Article {id: $id}) RETURN a.sha256 AS sha", {"id": article_id})
        return rows[0]["sha"] if rows else None

    def article_hashes(self, ids: Sequence[str]) -> dict[str, str | None]:
        """The stored content hash of each of these articles that the graph already holds."""
        rows = self.retrying(
            lambda: self.read(
                "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.sha256 AS sha",
                {"ids": list(ids)},
            )
        )
        return {r["id"]: r["sha"] for r in rows}

    # -- maintenance -------------------------------------------------------------------------
    def clear(self) -> None:
        """Delete every node and relationship (keeps the schema). Used by tests and `--reset`."""
        with self._session() as session:
            for stmt in _CLEAR:
                session.run(stmt).consume()


def _write_items(tx: ManagedTransaction, items: Sequence[ArticleBatchItem]) -> None:
    actors: dict[str, ActorRef] = {}
    mentions: dict[ActorKind, set[tuple[str, str]]] = defaultdict(set)
    events: dict[tuple[EventType, ActorKind, ActorKind], list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        aid = item.article.id
        for ref in item.mentions:
            actors.setdefault(ref.ref, ref)
            mentions[ref.kind].add((aid, ref.id))
        for event in item.events:
            if event.article != aid:
                raise ValueError(f"event of article {event.article!r} filed under article {aid!r}")
            e = event.canonical()
            for ref in (e.source, e.target):
                actors.setdefault(ref.ref, ref)
                mentions[ref.kind].add((aid, ref.id))
            events[(e.type, e.source.kind, e.target.kind)].append(event_row(e))

    replaced = [i.article.id for i in items if i.replace]
    if replaced:
        tx.run(_REMOVE_ARTICLE_EVENTS, ids=replaced).consume()
        tx.run(_REMOVE_ARTICLE_MENTIONS, ids=replaced).consume()
    by_kind: dict[ActorKind, list[dict[str, Any]]] = defaultdict(list)
    for ref in actors.values():
        by_kind[ref.kind].append({"id": ref.id, "name": ref.name, "wikidata": ref.wikidata})
    for kind, rows in by_kind.items():
        tx.run(_MERGE_ACTOR[kind], rows=rows).consume()
    tx.run(_MERGE_ARTICLE, rows=[i.article.to_row() for i in items]).consume()
    for kind, pairs in mentions.items():
        rows = [{"article": a, "actor": x} for a, x in sorted(pairs)]
        tx.run(_MENTIONS[kind], rows=rows).consume()
    for combo, rows in events.items():
        flip, merge = _EVENT[combo]
        if combo[0].is_contact and any(r["directed"] for r in rows):
            tx.run(flip, rows=[r for r in rows if r["directed"]]).consume()
        tx.run(merge, rows=rows).consume()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
