"""Benchmark: end-to-end `extract` throughput against bare `nlp.pipe` of the same spaCy model on
the same texts, measured in one run.

    .venv/bin/python tests/benchmarks/bench_extract.py [--repeat 3] [PATH ...]

Default input: the bundled sample corpus, both languages. Ours parses only the sentences that can
hold an event; bare spaCy parses every sentence. One line per figure.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections import defaultdict
from pathlib import Path

import spacy
from diplograph.ingest.extract import Extractor
from diplograph.ingest.pipeline import load_pipeline
from diplograph.ingest.readers import RawArticle, read_paths

SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "samples" / "articles"


def _package(lang: str) -> str:
    """The installed package name of the model diplograph uses for a language."""
    nlp = load_pipeline(lang)
    return f"{nlp.meta['lang']}_{nlp.meta['name']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(SAMPLES)])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (best kept)")
    args = parser.parse_args()
    articles = [a for a in read_paths(args.paths) if isinstance(a, RawArticle)]
    extractor = Extractor()
    by_lang: dict[str, list[RawArticle]] = defaultdict(list)
    for a in articles:
        by_lang[extractor.language_of(a)].append(a)
    chars = sum(len(a.text) for a in articles)
    # warm up: load both pipelines and the knowledge base before timing anything. "Bare" is the
    # model exactly as its package ships it (spacy.load), every component included.
    bare_nlp = {}
    for lang, arts in by_lang.items():
        load_pipeline(lang)
        bare_nlp[lang] = spacy.load(_package(lang))
        extractor.extract(arts[0])

    ours, bare = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        events = sum(len(extractor.extract(a).events) for a in articles)
        ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for lang, arts in by_lang.items():
            for _doc in bare_nlp[lang].pipe((a.text for a in arts), batch_size=64):
                pass
        bare.append(time.perf_counter() - t0)
    best_ours, best_bare = min(ours), min(bare)
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, one process"
    )
    print(
        f"corpus: {len(articles)} articles, {chars:,} characters ({', '.join(f'{k}: {len(v)}' for k, v in by_lang.items())})"
    )
    print(
        f"extract (ours, end to end): {best_ours:.2f} s, {len(articles) / best_ours:.1f} articles/s, {events} events"
    )
    print(
        f"bare nlp.pipe, same models: {best_bare:.2f} s, {len(articles) / best_bare:.1f} articles/s"
    )
    print(
        f"ratio ours/bare throughput: {best_bare / best_ours:.2f}x (above 1 means faster than bare spaCy)"
    )


if __name__ == "__main__":
    main()
