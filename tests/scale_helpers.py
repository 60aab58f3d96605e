"""Helpers of the scale, crash and store-fault tests."""

from __future__ import annotations

import os
import subprocess
import time
from collections import defaultdict

from diplograph.graph.store import Store

from .test_cli import EXE, REPO

ARTICLES = 160  # a few hundred: long enough to be killed half way, short enough for the suite


def article_count(store: Store) -> int:
    return store.read("MATCH (a:Article) RETURN count(a) AS n")[0]["n"]


def popen(*args: str, env: dict[str, str]) -> subprocess.Popen:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    full_env.update(env)
    return subprocess.Popen(
        [EXE, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=full_env,
        cwd=REPO,
    )


def wait_for_articles(store: Store, proc: subprocess.Popen, minimum: int = 1) -> int:
    """Poll the graph until the running ingest has committed at least `minimum` articles."""
    deadline = time.monotonic() + 600  # a safety net for a hung process, not a timing assertion
    while time.monotonic() < deadline:
        n = article_count(store)
        if n >= minimum:
            return n
        assert proc.poll() is None, f"ingest ended before writing anything: {proc.stderr.read()}"
        time.sleep(0.1)
    raise AssertionError("ingest wrote nothing")


def events_by_article(graph) -> dict[str, set[str]]:
    """Article id -> the keys of the event edges that cite it, and the actors it mentions."""
    _nodes, rels = graph
    out: dict[str, set[str]] = defaultdict(set)
    for rtype, _al, a, _bl, b, props in rels:
        p = dict(props)
        if rtype == "MENTIONS":
            out[a].add(f"mentions {b}")
        elif "articles" in p:
            for article in p["articles"]:
                out[article].add(p["key"])
    return out
