"""Batches: many inputs -> extractions, the graph, or scores; one bad input never stops the rest."""

from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from diplograph.graph.model import ArticleBatchItem
from diplograph.graph.store import Store
from neo4j.exceptions import ClientError

from .evaluate import Score, gold_for, load_gold, score
from .extract import Extraction, ExtractionError, Extractor
from .readers import SUPPORTED_LANGUAGES, RawArticle, ReadError, read_paths


@dataclass
class Failure:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def extract_paths(
    paths: Iterable[str | Path], extractor: Extractor | None = None
) -> Iterator[Extraction | Failure]:
    """Read and extract every article of every input, in order."""
    extractor = extractor or Extractor()
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            yield Failure(item.source, item.reason)
            continue
        yield _extract_one(extractor, item)


def _extract_one(extractor: Extractor, article: RawArticle) -> Extraction | Failure:
    try:
        return extractor.extract(article)
    except ExtractionError as exc:
        return Failure(article.source, str(exc))
    except Exception as exc:
        return Failure(article.source, f"extraction failed ({type(exc).__name__}: {exc})")


@dataclass
class IngestReport:
    written: int = 0
    skipped: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)


# Bounds on what one article may contribute: a text naming thousands of actors or reporting
# thousands of events is a list or a dump, not a news story, and would make one transaction huge.
MAX_MENTIONS = 300
MAX_EVENTS = 500
# Fewer articles to extract than this, and they are extracted in-process: each worker loads the
# models (about 10 s on this project's machine), which a small input does not repay.
MIN_PARALLEL_JOBS = 100


@dataclass
class _Skip:
    source: str


@dataclass
class _Job:
    article: RawArticle
    replace: bool


@dataclass
class _Done:
    """A finished piece of work standing in a queue of futures (kept in input order)."""

    value: Any

    def result(self) -> Any:
        return self.value


def _check_bounds(result: Extraction) -> Extraction | Failure:
    if len(result.mentions) > MAX_MENTIONS:
        return Failure(
            result.article.source,
            f"names {len(result.mentions):,} actors (the limit is {MAX_MENTIONS:,} an article): "
            "a list, not a news story; refused",
        )
    if len(result.events) > MAX_EVENTS:
        return Failure(
            result.article.source,
            f"reports {len(result.events):,} events (the limit is {MAX_EVENTS:,} an article); refused",
        )
    return result


def _extract_job(extractor: Extractor, job: _Job) -> ArticleBatchItem | Failure:
    result = _extract_one(extractor, job.article)
    if isinstance(result, Failure):
        return result
    result = _check_bounds(result)
    if isinstance(result, Failure):
        return result
    a = job.article.to_article()
    a.language = result.language
    return ArticleBatchItem(a, result.events, result.mentions, replace=job.replace)


# -- worker processes: one Extractor each, built once by the pool's initializer ---------------
_worker_extractor: Extractor | None = None


def _init_worker() -> None:
    global _worker_extractor
    from .pipeline import load_pipeline

    _exit_with_parent()

    _worker_extractor = Extractor()
    for lang in SUPPORTED_LANGUAGES:
        load_pipeline(lang)


def _exit_with_parent() -> None:
    """A worker ends when its parent does, even a parent killed with SIGKILL (whose pool
    cannot tell its workers to stop): a daemon thread waits on the parent's sentinel."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="diplograph-parent-watch", daemon=True).start()


def _work(job: _Job) -> ArticleBatchItem | Failure:
    assert _worker_extractor is not None, "worker not initialised"
    return _extract_job(_worker_extractor, job)


def default_workers() -> int:
    return os.cpu_count() or 1


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    force: bool = False,
    batch_articles: int = 200,
    on_article: Callable[[str], None] | None = None,
    extractor: Extractor | None = None,
    workers: int | None = None,
    min_parallel: int = MIN_PARALLEL_JOBS,
) -> IngestReport:
    """Extract and write articles. An article already in the graph with the same content is
    skipped unless `force`; one whose content changed replaces its earlier version.

    Inputs are streamed: `batch_articles` articles are read ahead at a time (their stored hashes
    looked up in one query), at most a few per worker are being extracted, and write
    transactions hold about `store.batch_size` event rows. With `workers` > 1 (default: one per
    core) the extraction runs in that many processes, each loading the models once; results are
    written in input order, so the graph is the same whatever the number of workers. An article
    is written with its events and mentions in one transaction: one that is in the graph is done,
    and a run stopped at any point picks up after the last committed article when run again.
    When the whole input holds fewer than `min_parallel` articles to extract, they are extracted
    in this process (with `extractor` if given): starting workers would cost more than it saves.
    Memory does not grow with the corpus, but for a map of the article ids met in this run to
    their content hashes (about 200 bytes an article), kept so that an id given twice is handled
    as a one-worker run would.

    The workers are started with `spawn` (the parent holds driver sockets): like any
    multiprocessing code, a script that calls this with workers > 1 needs the
    `if __name__ == "__main__":` guard.
    """
    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    report = IngestReport()
    jobs: Iterator[Any] = _plan(read_paths(paths), store, force, batch_articles)
    if workers > 1 and min_parallel > 0:
        ahead, ended = _look_ahead(jobs, min_parallel)
        if ended:
            workers = 1
        jobs = itertools.chain(ahead, jobs)
    if workers == 1:
        state: dict[str, Extractor] = {}

        def local(item: Any) -> Any:
            if not isinstance(item, _Job):
                return item
            if "x" not in state:  # models load only when something needs extracting
                state["x"] = extractor or Extractor()
            return _extract_job(state["x"], item)

        outcomes: Iterator[Any] = map(local, jobs)
        _write_outcomes(outcomes, store, report, on_article)
        return report
    with _LazyPool(workers) as pool:
        outcomes = _ordered(pool, jobs, in_flight=workers * 4)
        _write_outcomes(outcomes, store, report, on_article)
    return report


def _look_ahead(jobs: Iterator[Any], count: int) -> tuple[list[Any], bool]:
    """The items up to the count-th job (or the end), and whether the input ended there. Reading
    ahead stops at 50 items a job (long runs of skipped articles): the pool starts lazily anyway."""
    ahead: list[Any] = []
    found = 0
    for item in jobs:
        ahead.append(item)
        found += isinstance(item, _Job)
        if found >= count or len(ahead) >= 50 * count:
            return ahead, False
    return ahead, True


def _plan(
    items: Iterator[RawArticle | ReadError], store: Store, force: bool, window: int
) -> Iterator[_Job | _Skip | Failure]:
    """Decide, in input order, what to do with each input: extract it (a new or changed
    article), skip it (unchanged), or report it (unreadable)."""
    run_hashes: dict[str, str] = {}  # articles met earlier in this run (an id may repeat)
    for chunk in _windows(items, window):
        ids = [a.id for a in chunk if isinstance(a, RawArticle) and a.id not in run_hashes]
        known = store.article_hashes(ids) if ids else {}
        for item in chunk:
            if isinstance(item, ReadError):
                yield Failure(item.source, item.reason)
                continue
            sha = item.sha256
            previous = run_hashes.get(item.id, known.get(item.id))
            seen = item.id in run_hashes or item.id in known
            run_hashes[item.id] = sha
            if seen and previous == sha and not force:
                yield _Skip(item.source)
            else:
                yield _Job(item, replace=seen)


def _windows(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _LazyPool:
    """A process pool started on first use (a rerun that skips everything loads no model)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None

    def submit(self, job: _Job) -> Future:
        if self.pool is None:
            # spawn, not fork: the parent holds driver threads and sockets
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
            )
        try:
            return self.pool.submit(_work, job)
        except BrokenProcessPool:
            _raise_worker_died()

    def __enter__(self) -> _LazyPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def _ordered(pool: _LazyPool, jobs: Iterator[Any], in_flight: int) -> Iterator[Any]:
    """Outcomes in input order, with at most `in_flight` extractions queued or running."""
    queue: deque[Any] = deque()
    running = 0
    for job in jobs:
        if isinstance(job, _Job):
            queue.append(pool.submit(job))
            running += 1
        else:
            queue.append(_Done(job))
        # keep the queue short: wait for the oldest before reading further ahead
        while queue and (
            running >= in_flight or len(queue) > 64 * in_flight or isinstance(queue[0], _Done)
        ):
            head = queue.popleft()
            if not isinstance(head, _Done):
                running -= 1
            yield _result(head)
    while queue:
        yield _result(queue.popleft())


def _result(future: Any) -> Any:
    try:
        return future.result()
    except BrokenProcessPool:
        _raise_worker_died()


def _raise_worker_died() -> NoReturn:
    raise IngestError(
        "an extraction worker process died (out of memory, or a script calling ingest_paths "
        "without the `if __name__ == '__main__':` guard that multiprocessing needs); articles "
        "written so far are kept: run the same command again to go on, or with --workers 1"
    ) from None


class IngestError(RuntimeError):
    """The ingest cannot go on (one line, with what to do)."""


def _write_outcomes(
    outcomes: Iterator[Any],
    store: Store,
    report: IngestReport,
    on_article: Callable[[str], None] | None,
) -> None:
    """Write extracted articles in input order, in transactions of about store.batch_size rows."""
    buffer: list[ArticleBatchItem] = []
    buffered: set[str] = set()
    weight = 0

    def flush() -> None:
        nonlocal weight
        if buffer:
            _write_batch(store, buffer, report)
        buffer.clear()
        buffered.clear()
        weight = 0

    for outcome in outcomes:
        if isinstance(outcome, Failure):
            report.failures.append(outcome)
            source = outcome.source
        elif isinstance(outcome, _Skip):
            report.skipped += 1
            source = outcome.source
        else:
            if outcome.article.id in buffered:  # the same id twice: the later replaces the first
                flush()
            buffer.append(outcome)
            buffered.add(outcome.article.id)
            weight += 1 + len(outcome.events)
            source = outcome.article.id
            if weight >= store.batch_size:
                flush()
        if on_article:
            on_article(source)
    flush()


def _write_batch(store: Store, items: list[ArticleBatchItem], report: IngestReport) -> None:
    """One transaction for the batch; if the server refuses it (not a transient error), each
    article alone, so that one article it cannot take fails alone."""
    try:
        store.write_articles(items)
    except ClientError:
        if len(items) == 1:
            raise
        for item in items:
            try:
                store.write_articles([item])
            except ClientError as exc:
                report.failures.append(
                    Failure(item.article.id, f"the graph refused it ({exc.message})")
                )
                continue
            report.written += 1
            report.events += len(item.events)
        return
    report.written += len(items)
    report.events += sum(len(i.events) for i in items)


def evaluate_paths(
    gold_dir: Path, paths: Iterable[str | Path], extractor: Extractor | None = None
) -> tuple[Score, list[Failure]]:
    """Extract every article that has a gold file and score the lot."""
    total = Score()
    failures: list[Failure] = []
    for result in extract_paths(paths, extractor):
        if isinstance(result, Failure):
            failures.append(result)
            continue
        gold_path = gold_for(result.article.source, result.article.id, gold_dir)
        if gold_path is None:
            failures.append(Failure(result.article.source, f"no gold file in {gold_dir}"))
            continue
        label = Path(result.article.source).name
        total.add(score(result.events, load_gold(gold_path), label))
    return total, failures
