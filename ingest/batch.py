"""Batches: many inputs -> extractions, the graph, or scores; one bad input never stops the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from diplograph.graph.model import ArticleBatchItem
from diplograph.graph.store import Store

from .evaluate import Score, gold_for, load_gold, score
from .extract import Extraction, ExtractionError, Extractor
from .readers import RawArticle, ReadError, read_paths


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


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    force: bool = False,
    batch_articles: int = 50,
    on_article: Callable[[str], None] | None = None,
    extractor: Extractor | None = None,
) -> IngestReport:
    """Extract and write articles. An article already in the graph with the same content is
    skipped unless `force`; one whose content changed replaces its earlier version."""
    extractor = extractor or Extractor()
    report = IngestReport()
    pending: list[RawArticle] = []

    def flush() -> None:
        if not pending:
            return
        known = store.article_hashes([a.id for a in pending])
        items: list[ArticleBatchItem] = []
        for article in pending:
            if article.id in known and known[article.id] == article.sha256 and not force:
                report.skipped += 1
                continue
            result = _extract_one(extractor, article)
            if isinstance(result, Failure):
                report.failures.append(result)
                continue
            a = article.to_article()
            a.language = result.language
            items.append(
                ArticleBatchItem(a, result.events, result.mentions, replace=article.id in known)
            )
            report.events += len(result.events)
        store.write_articles(items)
        report.written += len(items)
        pending.clear()

    for item in read_paths(paths):
        if on_article:
            on_article(item.source)
        if isinstance(item, ReadError):
            report.failures.append(Failure(item.source, item.reason))
            continue
        pending.append(item)
        if len(pending) >= batch_articles:
            flush()
    flush()
    return report


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
