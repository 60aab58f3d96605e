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
