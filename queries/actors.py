"""Actor arguments of the queries: any name the resolver knows, a Wikidata QID, or an id."""

from __future__ import annotations

import re
from functools import cached_property

from diplograph.graph.kb import Actor, KnowledgeBase, load_default
from diplograph.graph.resolve import Resolver, fold
from rapidfuzz import fuzz, process

_QID = re.compile(r"^Q\d+$", re.I)


class UnknownActor(ValueError):
    """A name no actor answers to; the message lists the closest known names."""


class ActorLookup:
    def __init__(self, resolver: Resolver | None = None, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or (resolver.kb if resolver is not None else load_default())
        self._resolver = resolver

    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:
            self._resolver = Resolver(self.kb)
        return self._resolver

    def actor(self, text: str) -> Actor:
        """The actor `text` names: an id ("FRA", "vladimir-putin"), a QID ("Q7747") or a name in
        English or French ("Putin", "Poutine")."""
        text = text.strip()
        if not text:
            raise UnknownActor("an actor argument cannot be empty")
        found = self.kb.by_id(text)
        if found:
            return found[0]
        if _QID.match(text):
            hit = self.kb.by_wikidata(text.upper())
            if hit is not None:
                return hit
        for lang in ("en", "fr"):
            res = self.resolver.resolve(text, lang)
            if res is not None:
                return res.actor
        for candidate in self._names.get(fold(text), []):
            return candidate
        raise UnknownActor(self._unknown(text))

    def id(self, text: str) -> str:
        return self.actor(text).id

    @cached_property
    def _names(self) -> dict[str, list[Actor]]:
        names: dict[str, list[Actor]] = {}
        for actor in self.kb.actors.values():
            for name in {actor.name, actor.id, *actor.all_names()}:
                names.setdefault(fold(name), []).append(actor)
        return names

    def suggestions(self, text: str, limit: int = 5) -> list[Actor]:
        """The actors whose names are closest to `text`."""
        choices = list(self._names)
        hits = process.extract(fold(text), choices, scorer=fuzz.WRatio, limit=limit * 3)
        out: list[Actor] = []
        for name, _score, _ in hits:
            for actor in self._names[name]:
                if actor not in out:
                    out.append(actor)
        return out[:limit]

    def _unknown(self, text: str) -> str:
        close = ", ".join(f"{a.name} ({a.id})" for a in self.suggestions(text))
        return f"no known actor is called {text!r}; closest: {close}"
