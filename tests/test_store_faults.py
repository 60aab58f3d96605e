"""Neo4j going away mid-ingest, on a managed instance of its own (`neo4j-fault`), so that the
server the other tests share is never stopped.

- stopped for good: the ingest retries for --retry-time, then exits with status 1 and one line
  naming the server and what to do (no traceback); after a restart, a rerun completes the graph,
  identical to a clean run's;
- stopped and restarted within the retry window: the ingest carries on and succeeds.
"""

from __future__ import annotations

import pytest
from diplograph.graph import server as srv
from diplograph.graph.store import Store

from .graphdump import dump, source_lists_broken
from .scale_helpers import ARTICLES, article_count, events_by_article, popen, wait_for_articles
from .test_cli import run

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def fault():
    # Always a managed instance of its own, even when NEO4J_URI names the server the other tests
    # use: the CLI runs below get only this instance's NEO4J_* variables (popen drops the rest).
    server = srv.ManagedServer("neo4j-fault")
    conn = server.start()
    env = {"NEO4J_URI": conn.uri, "NEO4J_USERNAME": conn.user, "NEO4J_PASSWORD": conn.password}
    yield server, conn, env
    server.stop()


def _ingest(corpus, env, retry_time: int):
    return popen(
        "ingest", "-j", "2", "--batch-size", "20", "--retry-time", str(retry_time), str(corpus),
        env=env,
    )  # fmt: skip


def test_server_lost_mid_ingest_then_rerun_completes(scale_corpus, scale_clean, fault):
    corpus, clean = scale_corpus, scale_clean
    server, conn, env = fault
    server.start()
    with Store(conn) as store:
        store.clear()
        proc = _ingest(corpus, env, retry_time=5)
        try:
            wait_for_articles(store, proc)
            server.stop()
            out, err = proc.communicate(timeout=600)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 1, (out, err)
    assert "Traceback" not in err, err
    lost = [line for line in err.splitlines() if "lost Neo4j" in line]
    assert len(lost) == 1, err
    assert conn.uri in lost[0] and "run the same command again" in lost[0]

    server.start()
    with Store(conn) as store:
        partial = article_count(store)
        assert 0 < partial < ARTICLES
        # what was committed is whole: each article in the graph has all its events
        expected = events_by_article(clean)
        for article, keys in events_by_article(dump(store)).items():
            assert keys == expected[article], article
        again = run("ingest", "-j", "2", str(corpus), env=env, timeout=900)
        assert again.returncode == 0, again.stderr
        assert f"{partial} unchanged article(s) skipped" in again.stdout
        assert dump(store) == clean
        assert source_lists_broken(store) == []


def test_server_back_within_the_retry_window(scale_corpus, scale_clean, fault):
    corpus, clean = scale_corpus, scale_clean
    server, conn, env = fault
    server.start()
    with Store(conn) as store:
        store.clear()
    proc = _ingest(corpus, env, retry_time=300)
    try:
        with Store(conn) as store:
            wait_for_articles(store, proc)
        server.stop()
        server.start()
        out, err = proc.communicate(timeout=900)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, (out, err)
    assert f"{ARTICLES} article(s) written" in out
    with Store(conn) as store:
        assert dump(store) == clean
        assert source_lists_broken(store) == []
