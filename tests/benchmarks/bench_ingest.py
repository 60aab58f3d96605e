"""Benchmark: parallel `ingest` (extraction and writes to Neo4j) against bare spaCy `nlp.pipe` on
the same texts, and the peak memory of an ingest as the corpus grows.

    .venv/bin/python tests/benchmarks/bench_ingest.py [--articles 100000] [--ratio-articles 3000]
        [--workers N]

The corpus comes from tests/benchmarks/make_corpus.py (written under out/bench/, reused when
there). Writes go to the benchmarks' own managed instance (`neo4j-bench`, Bolt 127.0.0.1:7689 or
DIPLOGRAPH_BENCH_BOLT_PORT), emptied first. Each measurement runs in a fresh process, so that
times include starting the workers and loading the models, and peak memory (ru_maxrss) is that
run's own: the ingesting process, and the largest of its worker processes. One line per figure:

- throughput: the first --ratio-articles articles ingested (workers, to the graph) and parsed
  by bare `nlp.pipe` (the models as their packages ship them, `n_process` = the same number of
  processes), and the ratio of the two; then the same ingest in one process, and the speed-up
  the workers give;
- peak memory at 1,000 and 10,000 articles and at --articles (default BENCH_ARTICLES, else
  100,000), so that flatness is visible.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = REPO / "out" / "bench"


def corpus(n: int) -> Path:
    """The first n articles of the seed-1 corpus, written once."""
    from make_corpus import write

    folder = OUT / f"corpus-{n}"
    done = folder / ".complete"
    if not done.exists():
        write(folder, n, per_file=10_000, seed=1)
        done.write_text(str(n))
    return folder


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def child_ingest(path: str, workers: int) -> dict:
    from diplograph.graph.server import ManagedServer
    from diplograph.graph.store import Store
    from diplograph.ingest.batch import ingest_paths

    conn = ManagedServer("neo4j-bench").start()
    with Store(conn) as store:
        store.clear()
        t0 = time.perf_counter()
        report = ingest_paths([path], store, workers=workers, min_parallel=0)
        seconds = time.perf_counter() - t0
    return {
        "seconds": seconds,
        "written": report.written,
        "events": report.events,
        "failures": len(report.failures),
        "main_mb": _maxrss_mb(resource.RUSAGE_SELF),
        "workers_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
    }


def child_bare(path: str, workers: int) -> dict:
    import spacy
    from diplograph.ingest.pipeline import load_pipeline
    from diplograph.ingest.readers import RawArticle, read_paths

    t0 = time.perf_counter()
    by_lang: dict[str, list[str]] = defaultdict(list)
    for a in read_paths([path]):
        if isinstance(a, RawArticle):
            by_lang[a.language or "en"].append(a.text)
    docs = 0
    for lang, texts in by_lang.items():
        meta = load_pipeline(lang).meta
        nlp = spacy.load(f"{meta['lang']}_{meta['name']}")
        for _doc in nlp.pipe(texts, batch_size=64, n_process=workers):
            docs += 1
    return {"seconds": time.perf_counter() - t0, "docs": docs}


def run_child(kind: str, path: Path, workers: int) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path), "--workers", str(workers)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{kind} run failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_n = int(os.environ.get("BENCH_ARTICLES") or 100_000)
    ap.add_argument("--articles", type=int, default=default_n)
    ap.add_argument("--ratio-articles", type=int, default=3000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, path = args.child
        result = (child_ingest if kind == "ingest" else child_bare)(path, args.workers)
        print(json.dumps(result))
        return

    sys.path.insert(0, str(HERE))
    from diplograph.graph.server import ManagedServer
    from diplograph.graph.store import Store
    from machine import describe

    conn = ManagedServer("neo4j-bench").start()
    with Store(conn) as store:
        print(describe(store) + f"; {args.workers} worker process(es)")

    n = min(args.ratio_articles, args.articles)
    ingest = run_child("ingest", corpus(n), args.workers)
    bare = run_child("bare", corpus(n), args.workers)
    rate_ours, rate_bare = ingest["written"] / ingest["seconds"], bare["docs"] / bare["seconds"]
    print(
        f"ingest, {args.workers} workers, to the graph: {n:,} articles in {ingest['seconds']:.1f} s, "
        f"{rate_ours:.1f} articles/s, {ingest['events']:,} events (cold: includes loading models)"
    )
    print(
        f"bare nlp.pipe, n_process={args.workers}, same texts: {bare['seconds']:.1f} s, "
        f"{rate_bare:.1f} articles/s (cold: includes loading models)"
    )
    print(f"ratio ingest/bare throughput: {rate_ours / rate_bare:.2f}x")
    if args.workers > 1:
        one = run_child("ingest", corpus(n), 1)
        print(
            f"ingest in one process, same texts: {one['seconds']:.1f} s; speed-up of "
            f"{args.workers} workers over one: {one['seconds'] / ingest['seconds']:.2f}x"
        )

    sizes = sorted({s for s in (1_000, 10_000, args.articles) if s <= args.articles})
    for size in sizes:
        r = ingest if size == n else run_child("ingest", corpus(size), args.workers)
        print(
            f"peak memory at {size:,} articles: ingest process {r['main_mb']:.0f} MB, largest "
            f"worker {r['workers_mb']:.0f} MB ({r['written']:,} written, {r['failures']} failed, "
            f"{r['written'] / r['seconds']:.1f} articles/s)"
        )


if __name__ == "__main__":
    main()
