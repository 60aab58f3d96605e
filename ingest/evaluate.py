"""Scoring extracted events against gold files (the format of shared/seeds/*.expected.json).

A predicted event matches a gold event when the type agrees, the actors agree (unordered for CALL,
MEET and VISIT, ordered for DEMAND and ACCUSE), the date agrees at the gold's precision (a coarser
prediction does not match a finer gold date), and, when the gold says the contact is planned, the
prediction says so too. Gold events marked ``"scoring": "neutral"`` count neither way: a
prediction matching one is ignored, and missing one costs nothing. Matching is one-to-one.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplograph.graph.model import Event, EventDate, EventType, Modality
from diplograph.graph.resolve import Resolver, default_resolver


@dataclass
class GoldEvent:
    type: EventType
    source: str  # actor refs ("Leader:vladimir-putin") or the unresolved name
    target: str
    date: EventDate
    planned: bool
    neutral: bool
    evidence: str
    raw: dict[str, Any]


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)
        self.misses += other.misses
        self.extras += other.extras
        self.unresolved += other.unresolved

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for t in [*(e.value for e in EventType), "ALL"]:
            tp = sum(self.tp.values()) if t == "ALL" else self.tp[t]
            fp = sum(self.fp.values()) if t == "ALL" else self.fp[t]
            fn = sum(self.fn.values()) if t == "ALL" else self.fn[t]
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out.append({"type": t, "gold": tp + fn, "predicted": tp + fp, "tp": tp,
                        "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)})  # fmt: skip
        return out


def load_gold(path: Path, resolver: Resolver | None = None) -> list[GoldEvent]:
    """Gold events with their actors resolved (by English name, id or QID) on the event's date."""
    resolver = resolver or default_resolver()
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in data:
        when = EventDate.parse(item["date"])
        refs = []
        for key in ("source", "target"):
            hit = resolver.resolve(item[key], "en", when.value)
            refs.append(hit.ref.ref if hit else f"?{item[key]}")
        out.append(
            GoldEvent(
                type=EventType(item["type"]),
                source=refs[0],
                target=refs[1],
                date=when,
                planned=item.get("modality") == "planned",
                neutral=item.get("scoring") == "neutral",
                evidence=item.get("evidence", ""),
                raw=item,
            )
        )
    return out


def _matches(pred: Event, gold: GoldEvent) -> bool:
    if pred.type is not gold.type:
        return False
    p = (pred.source.ref, pred.target.ref)
    g = (gold.source, gold.target)
    if gold.type.is_contact:
        if set(p) != set(g):
            return False
    elif p != g:
        return False
    if pred.date.precision.rank < gold.date.precision.rank:
        return False
    if pred.date.at(gold.date.precision) != gold.date:
        return False
    return gold.planned == (pred.modality is Modality.PLANNED)


def score(predicted: list[Event], gold: list[GoldEvent], label: str = "") -> Score:
    s = Score()
    for g in gold:
        if g.source.startswith("?") or g.target.startswith("?"):
            s.unresolved.append(
                f"{label}: gold actor not in the knowledge base: {g.raw.get('source')} / {g.raw.get('target')}"
            )
    used: set[int] = set()
    for p in predicted:
        hit = next((i for i, g in enumerate(gold) if i not in used and _matches(p, g)), None)
        if hit is None:
            s.fp[p.type.value] += 1
            s.extras.append(f"{label}: {_fmt_pred(p)}")
            continue
        used.add(hit)
        if not gold[hit].neutral:
            s.tp[p.type.value] += 1
    for i, g in enumerate(gold):
        if i not in used and not g.neutral:
            s.fn[g.type.value] += 1
            s.misses.append(
                f"{label}: {g.type.value} {g.source} -> {g.target} {g.date.iso()}{' planned' if g.planned else ''} | {g.evidence[:100]}"
            )
    return s


def _fmt_pred(p: Event) -> str:
    return (f"{p.type.value} {p.source.ref} -> {p.target.ref} {p.date.iso()}"
            f"{' planned' if p.modality is Modality.PLANNED else ''} | {p.evidence[:100]}")  # fmt: skip


def gold_for(article_source: str, article_id: str, gold_dir: Path) -> Path | None:
    """The gold file of an article: named after its file (without suffix) or after its id."""
    stem = Path(article_source.split(":")[0].split("#")[0]).name
    for name in (stem.rsplit(".", 1)[0], article_id):
        candidate = gold_dir / f"{name}.expected.json"
        if candidate.exists():
            return candidate
    return None
