"""Scale and reliability of `ingest`: parallel workers give the same graph as one process, and a
run killed with SIGKILL at any moment, then run again, gives the graph of a clean run.

The store-fault tests (Neo4j going away mid-ingest) are in test_store_faults.py."""

from __future__ import annotations

import signal

import psutil
import pytest
from diplograph.graph.store import Store
from diplograph.ingest.batch import ingest_paths

from .benchmarks.make_corpus import write as write_corpus
from .graphdump import dump, source_lists_broken
from .scale_helpers import ARTICLES, article_count, events_by_article, popen, wait_for_articles
from .test_cli import run

pytestmark = pytest.mark.neo4j


def test_workers_give_the_same_graph_as_one_process(store: Store, tmp_path):
    corpus = tmp_path / "c"
    write_corpus(corpus, 60, per_file=25, seed=3)
    # the same id twice in one run, the second time with other content: the later one wins
    dup = tmp_path / "dup.jsonl"
    first = (corpus / "corpus-0000.jsonl").read_text(encoding="utf-8").splitlines()[0]
    dup.write_text(first.replace('"text": "', '"text": "Update. ') + "\n", encoding="utf-8")
    paths = [corpus, dup]
    one = ingest_paths(paths, store, workers=1)
    graph = dump(store)
    store.clear()
    two = ingest_paths(paths, store, workers=2, min_parallel=0)
    assert (one.written, one.events, one.failures) == (two.written, two.events, two.failures)
    assert one.written == 61 and not one.failures
    assert dump(store) == graph
    assert article_count(store) == 60
    assert source_lists_broken(store) == []
    # a second pass skips the unchanged articles; the id given twice is written twice again
    # (its first version differs from the stored one, which the second restores): same graph
    again = ingest_paths(paths, store, workers=2, min_parallel=0)
    assert (again.written, again.skipped) == (2, 59)
    assert dump(store) == graph


def test_kill_9_mid_ingest_then_rerun_equals_a_clean_run(
    scale_corpus, scale_clean, store: Store, neo4j_env
):
    corpus, clean = scale_corpus, scale_clean
    proc = popen("ingest", "-j", "2", "--batch-size", "20", str(corpus), env=neo4j_env)
    try:
        wait_for_articles(store, proc)
        workers = psutil.Process(proc.pid).children(recursive=True)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    # the workers go with their parent (they watch it), leaving nothing running
    _gone, alive = psutil.wait_procs(workers, timeout=60)
    for p in alive:
        p.kill()
    assert not alive, f"worker processes outlived the killed ingest: {alive}"

    partial = article_count(store)
    assert 0 < partial < ARTICLES, "the kill should land half way"
    # nothing half-written: every article in the graph has all its events and mentions
    expected = events_by_article(clean)
    got = events_by_article(dump(store))
    assert set(got) <= set(expected)
    for article, keys in got.items():
        assert keys == expected[article], article
    assert source_lists_broken(store) == []

    again = run("ingest", "-j", "2", str(corpus), env=neo4j_env, timeout=900)
    assert again.returncode == 0, again.stderr
    assert f"{ARTICLES - partial} article(s) written" in again.stdout
    assert f"{partial} unchanged article(s) skipped" in again.stdout
    assert dump(store) == clean
    # an event told by several articles lists each of them once, with one sentence each
    assert source_lists_broken(store) == []
    shared = store.read(
        "MATCH ()-[r:CALLED|MET|VISITED|DEMANDED|ACCUSED]->() WHERE size(r.articles) > 1 "
        "RETURN count(r) AS n"
    )[0]["n"]
    assert shared > 0
