"""Benchmark: resolve 100,000 mentions and print mentions per second.

    .venv/bin/python tests/benchmarks/bench_resolve.py [--n 100000]

The mentions mix what articles contain: leader names and surnames, titles at random dates in
2010-2025 (French and English), counterparts, capitals and seats, organisations, and unknown
names. One line per figure.
"""

from __future__ import annotations

import argparse
import platform
import random
import time
from datetime import date, timedelta

from diplograph.graph.kb import load_default
from diplograph.graph.model import ActorKind
from diplograph.graph.resolve import Resolver

TITLES_FR = ["le président {adj}", "le Premier ministre {adj}", "le chef de la diplomatie {adj}",
             "le ministre {adj} des Affaires étrangères", "les autorités {adj}s", "son homologue {adj}"]  # fmt: skip
TITLES_EN = ["the {adj} president", "the {adj} prime minister", "the {adj} foreign minister",
             "{adj} authorities", "his {adj} counterpart"]  # fmt: skip
UNKNOWN = [
    "John Smith",
    "Marie Dupont",
    "le président du club",
    "à Paris",
    "the company",
    "Jean Martin",
]


def mentions(n: int, seed: int = 1) -> list[tuple[str, str, date, str | None]]:
    kb = load_default()
    rng = random.Random(seed)
    leaders = kb.of_kind(ActorKind.LEADER)
    states = [s for s in kb.of_kind(ActorKind.STATE) if s.adjectives["en"] and s.adjectives["fr"]]
    orgs = kb.of_kind(ActorKind.ALLIANCE)
    out = []
    start = date(2010, 1, 1)
    for _ in range(n):
        day = start + timedelta(days=rng.randrange(16 * 365))
        kind = rng.random()
        if kind < 0.3:
            leader = rng.choice(leaders)
            out.append(
                (rng.choice([leader.name, *leader.short]), rng.choice(["fr", "en"]), day, None)
            )
        elif kind < 0.65:
            state = rng.choice(states)
            if rng.random() < 0.5:
                text = rng.choice(TITLES_FR).format(adj=state.adjectives["fr"][0])
                lang = "fr"
            else:
                text = rng.choice(TITLES_EN).format(adj=state.adjectives["en"][0])
                lang = "en"
            out.append((text, lang, day, "emmanuel-macron"))
        elif kind < 0.8:
            state = rng.choice(states)
            out.append((rng.choice(state.capitals.get("en") or [state.name]), "en", day, None))
        elif kind < 0.92:
            org = rng.choice(orgs)
            out.append((rng.choice([org.name, *org.names.get("en", [])]), "en", day, None))
        else:
            out.append((rng.choice(UNKNOWN), "fr", day, None))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    t0 = time.perf_counter()
    resolver = Resolver()
    build = time.perf_counter() - t0
    batch = mentions(args.n)
    t0 = time.perf_counter()
    found = sum(1 for text, lang, day, other in batch if resolver.resolve(text, lang, day, other))
    elapsed = time.perf_counter() - t0
    print(f"machine: {platform.processor() or platform.machine()}, {platform.python_implementation()} "
          f"{platform.python_version()}, one process")  # fmt: skip
    print(f"resolver build (knowledge base load + index): {build:.2f} s")
    print(f"mentions resolved: {args.n} in {elapsed:.2f} s = {args.n / elapsed:,.0f} mentions/s")
    print(f"mentions that named an actor: {found / args.n:.1%}")


if __name__ == "__main__":
    main()
