"""The domain model: actor kinds, event types, dates with precision, event keys.

Everything here is pure: no I/O, no Neo4j. The store maps these objects to the graph model of
DESIGN.md; the exporters map them to RDF, networkx and friends.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class ActorKind(StrEnum):
    """One Neo4j label per kind of actor (never two labels on one node)."""

    LEADER = "Leader"
    STATE = "State"
    ALLIANCE = "Alliance"
    GROUP = "Group"

    @classmethod
    def parse(cls, value: str | ActorKind) -> ActorKind:
        if isinstance(value, ActorKind):
            return value
        for kind in cls:
            if value.lower() == kind.value.lower() or value.upper() == kind.name:
                return kind
        raise ValueError(f"unknown actor kind {value!r} (expected one of {[k.value for k in cls]})")


class Modality(StrEnum):
    ASSERTED = "asserted"  # the text reports that it happened
    PLANNED = "planned"  # the parties agreed to talk or meet later


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"

    @property
    def rank(self) -> int:
        """Finer precisions rank higher."""
        return {"year": 0, "month": 1, "day": 2}[self.value]


class EventType(StrEnum):
    """Event types, with the relationship type that carries them and their default CAMEO code."""

    CALL = "CALL"
    MEET = "MEET"
    VISIT = "VISIT"
    DEMAND = "DEMAND"
    ACCUSE = "ACCUSE"

    @property
    def relationship(self) -> str:
        return _RELATIONSHIPS[self]

    @property
    def cameo(self) -> str:
        """The default CAMEO code; extraction may refine it (043 host, 044 third place, 1121 ...)."""
        return _CAMEO[self]

    @property
    def is_contact(self) -> bool:
        """Calls, meetings and visits are contacts: symmetric unless the text names an initiator."""
        return self in (EventType.CALL, EventType.MEET, EventType.VISIT)

    @classmethod
    def from_relationship(cls, rel: str) -> EventType:
        for t, r in _RELATIONSHIPS.items():
            if r == rel:
                return t
        raise ValueError(f"unknown event relationship {rel!r}")


_RELATIONSHIPS = {
    EventType.CALL: "CALLED",
    EventType.MEET: "MET",
    EventType.VISIT: "VISITED",
    EventType.DEMAND: "DEMANDED",
    EventType.ACCUSE: "ACCUSED",
}

# CAMEO 1.1b3: 041 discuss by telephone, 040 consult (not specified), 042 make a visit,
# 100 demand (not specified), 112 accuse (not specified), 036 express intent to meet or negotiate.
_CAMEO = {
    EventType.CALL: "041",
    EventType.MEET: "040",
    EventType.VISIT: "042",
    EventType.DEMAND: "100",
    EventType.ACCUSE: "112",
}
CAMEO_PLANNED_CONTACT = "036"


_ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class EventDate:
    """A date at a precision: stored as the first day of its period plus the precision."""

    value: date
    precision: Precision = Precision.DAY

    def __post_init__(self) -> None:
        object.__setattr__(self, "precision", Precision(self.precision))
        v = self.value
        if self.precision is Precision.MONTH and v.day != 1:
            object.__setattr__(self, "value", v.replace(day=1))
        elif self.precision is Precision.YEAR and (v.month, v.day) != (1, 1):
            object.__setattr__(self, "value", v.replace(month=1, day=1))

    @classmethod
    def parse(cls, text: str | date | EventDate) -> EventDate:
        """Parse '2022-02-03', '2022-02' or '2022'; the number of parts gives the precision."""
        if isinstance(text, EventDate):
            return text
        if isinstance(text, date):
            return cls(text, Precision.DAY)
        m = _ISO_RE.match(str(text).strip())
        if not m:
            raise ValueError(f"not an ISO date at day, month or year precision: {text!r}")
        year, month, day = m.group(1), m.group(2), m.group(3)
        try:
            if day:
                return cls(date(int(year), int(month), int(day)), Precision.DAY)
            if month:
                return cls(date(int(year), int(month), 1), Precision.MONTH)
            return cls(date(int(year), 1, 1), Precision.YEAR)
        except ValueError as exc:
            raise ValueError(f"not a valid date: {text!r} ({exc})") from None

    def iso(self) -> str:
        """The ISO string at the date's own precision: 2022-02-03, 2022-02 or 2022."""
        if self.precision is Precision.DAY:
            return self.value.isoformat()
        if self.precision is Precision.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return f"{self.value.year:04d}"

    @property
    def end(self) -> date:
        """The last day of the period."""
        v = self.value
        if self.precision is Precision.DAY:
            return v
        if self.precision is Precision.MONTH:
            return v.replace(day=calendar.monthrange(v.year, v.month)[1])
        return v.replace(month=12, day=31)

    def agrees(self, other: EventDate) -> bool:
        """True when both dates are the same at the coarser of their two precisions."""
        coarse = min(self.precision, other.precision, key=lambda p: p.rank)
        return self.at(coarse) == other.at(coarse)

    def at(self, precision: Precision) -> EventDate:
        """This date truncated to a coarser precision (a finer one is refused)."""
        if precision.rank > self.precision.rank:
            raise ValueError(f"cannot refine {self.iso()} to {precision.value} precision")
        return EventDate(self.value, precision)

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True)
class ActorRef:
    """What an event needs to know of an actor: enough to MERGE its node."""

    id: str
    kind: ActorKind
    name: str
    wikidata: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ActorKind.parse(self.kind))
        if not self.id:
            raise ValueError("an actor needs a non-empty id")

    @property
    def ref(self) -> str:
        """Globally unique reference: ids are unique per label only."""
        return f"{self.kind.value}:{self.id}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "wikidata": self.wikidata,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ActorRef:
        return cls(
            id=str(data["id"]),
            kind=ActorKind.parse(data["kind"]),
            name=str(data.get("name") or data["id"]),
            wikidata=data.get("wikidata"),
        )


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def event_key(etype: EventType, source: ActorRef, target: ActorRef, when: EventDate) -> str:
    """The deterministic id of one real-world event between two actors.

    Contacts (CALL, MEET, VISIT) are keyed on the unordered pair, so that the same call reported with
    and without its initiator, or from either side, is one event. Demands and accusations are keyed
    on the ordered pair: A accusing B is not B accusing A.
    """
    a, b = source.ref, target.ref
    if etype.is_contact and b < a:
        a, b = b, a
    return _digest(etype.value, a, b, when.iso())


def group_event_id(etype: EventType, participants: list[ActorRef], when: EventDate) -> str:
    """The id shared by the pairwise edges of a contact among three or more parties."""
    refs = sorted({p.ref for p in participants})
    return _digest(etype.value, *refs, when.iso())


@dataclass
class Event:
    """One event as extracted from one article (the event record of DESIGN.md)."""

    type: EventType
    source: ActorRef
    target: ActorRef
    date: EventDate
    article: str
    evidence: str
    directed: bool = False
    modality: Modality = Modality.ASSERTED
    content: str | None = None
    span: tuple[int, int] | None = None
    confidence: float = 1.0
    cameo: str | None = None
    event: str | None = None  # shared id of a multi-party contact; defaults to the pair key

    def __post_init__(self) -> None:
        self.type = EventType(self.type)
        self.modality = Modality(self.modality)
        self.date = EventDate.parse(self.date)
        if self.source.ref == self.target.ref:
            raise ValueError(f"an event needs two distinct actors, got {self.source.ref} twice")
        if not self.article:
            raise ValueError("an event needs the id of the article that reported it")
        if not self.type.is_contact:
            # A demand or an accusation always has a direction: who demands, who accuses.
            self.directed = True
        if self.cameo is None:
            planned = self.modality is Modality.PLANNED and self.type.is_contact
            self.cameo = CAMEO_PLANNED_CONTACT if planned else self.type.cameo
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be within [0, 1], got {self.confidence}")

    @property
    def key(self) -> str:
        return event_key(self.type, self.source, self.target, self.date)

    def canonical(self) -> Event:
        """The event with its actors in storage order.

        A directed event points from its initiator. An undirected contact is stored with its two
        actors in a canonical order (by kind and id), so that both readings give the same edge.
        """
        if self.directed or self.source.ref <= self.target.ref:
            return self
        return Event(**{**self.__dict__, "source": self.target, "target": self.source})

    def to_json(self) -> dict[str, Any]:
        """The event record of DESIGN.md (one JSON object per line in `diplograph extract`)."""
        return {
            "article": self.article,
            "type": self.type.value,
            "cameo": self.cameo,
            "source": self.source.to_json(),
            "target": self.target.to_json(),
            "date": self.date.iso(),
            "precision": self.date.precision.value,
            "directed": self.directed,
            "modality": self.modality.value,
            "content": self.content,
            "evidence": self.evidence,
            "span": list(self.span) if self.span else None,
            "confidence": self.confidence,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        """Read an event record; raises ValueError naming the missing or bad field."""
        try:
            when = EventDate.parse(data["date"])
            precision = data.get("precision")
            if precision and Precision(precision) is not when.precision:
                when = EventDate(when.value, Precision(precision))
            span = data.get("span")
            return cls(
                type=EventType(data["type"]),
                source=ActorRef.from_json(data["source"]),
                target=ActorRef.from_json(data["target"]),
                date=when,
                article=str(data["article"]),
                evidence=str(data.get("evidence") or ""),
                directed=bool(data.get("directed", False)),
                modality=Modality(data.get("modality", "asserted")),
                content=data.get("content"),
                span=(int(span[0]), int(span[1])) if span else None,
                confidence=float(data.get("confidence", 1.0)),
                cameo=data.get("cameo"),
                event=data.get("event"),
            )
        except KeyError as exc:
            raise ValueError(f"event record lacks the field {exc.args[0]!r}") from None


@dataclass
class Article:
    """An article as the store sees it."""

    id: str
    sha256: str | None = None
    published: EventDate | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None

    def to_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sha256": self.sha256,
            "published": self.published.value.isoformat() if self.published else None,
            "published_precision": self.published.precision.value if self.published else None,
            "url": self.url,
            "title": self.title,
            "language": self.language,
        }


@dataclass
class ArticleBatchItem:
    """One article with everything extracted from it: written to the graph all at once or not at all."""

    article: Article
    events: list[Event] = field(default_factory=list)
    mentions: list[ActorRef] = field(default_factory=list)
    replace: bool = False  # the graph may hold an older version of this article: forget it first


def native(value: Any) -> Any:
    """A value read back from Neo4j as a plain Python one (neo4j.time.Date -> datetime.date)."""
    to_native = getattr(value, "to_native", None)
    return to_native() if callable(to_native) else value
