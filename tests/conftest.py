"""Shared fixtures. Integration tests (marked `neo4j`) run against a real Neo4j server:

- by default the managed *test* instance (`.diplograph/neo4j-test`, Bolt on 127.0.0.1:7688),
  installed and started on demand, so the tests never touch the graph `make demo` built;
- or the server named by NEO4J_URI, but only when DIPLOGRAPH_TEST_ALLOW_WIPE=1 says that its
  database may be emptied (the tests clear it).
"""

from __future__ import annotations

import os

import pytest
from diplograph.graph import server as srv
from diplograph.graph.store import Store


@pytest.fixture(scope="session")
def neo4j_conn() -> srv.Connection:
    external = srv.external_connection()
    if external:
        if os.environ.get("DIPLOGRAPH_TEST_ALLOW_WIPE") != "1":
            pytest.exit(
                f"NEO4J_URI is set ({external.uri}) and the integration tests empty their database: "
                "set DIPLOGRAPH_TEST_ALLOW_WIPE=1 to allow it, or unset NEO4J_URI to use the "
                "managed test server",
                returncode=2,
            )
        return external
    return srv.ManagedServer(srv.TEST_INSTANCE).start()


@pytest.fixture(scope="session")
def neo4j_env(neo4j_conn: srv.Connection) -> dict[str, str]:
    """Environment variables that point the CLI at the test server."""
    env = {
        "NEO4J_URI": neo4j_conn.uri,
        "NEO4J_USERNAME": neo4j_conn.user,
        "NEO4J_PASSWORD": neo4j_conn.password,
    }
    if neo4j_conn.database:
        env["NEO4J_DATABASE"] = neo4j_conn.database
    return env


@pytest.fixture
def store(neo4j_conn: srv.Connection):
    """An empty graph with the schema in place."""
    s = Store(neo4j_conn, batch_size=500)
    s.clear()
    yield s
    s.close()


@pytest.fixture(scope="session")
def scale_corpus(tmp_path_factory):
    """A generated corpus of a few hundred articles (tests/benchmarks/make_corpus.py)."""
    from .benchmarks.make_corpus import write
    from .scale_helpers import ARTICLES

    out = tmp_path_factory.mktemp("scale-corpus")
    write(out, ARTICLES, per_file=100, seed=7)
    return out


@pytest.fixture(scope="session")
def scale_clean(scale_corpus, neo4j_conn, neo4j_env):
    """The full dump of a clean, uninterrupted `diplograph ingest` of scale_corpus."""
    from .graphdump import dump
    from .scale_helpers import ARTICLES
    from .test_cli import run

    with Store(neo4j_conn) as s:
        s.clear()
        proc = run("ingest", "-j", "2", str(scale_corpus), env=neo4j_env, timeout=900)
        assert proc.returncode == 0, proc.stderr
        assert f"{ARTICLES} article(s) written" in proc.stdout
        graph = dump(s)
        s.clear()
    return graph
