"""The named queries: ``*.cypher`` files beside this module, and their parameters.

Each file opens with a comment block: a first line ``// name: what it answers``, then one
``// @param NAME KIND[=DEFAULT] "description"`` line per parameter (KIND is date, actor, string,
int, bool, list (of event type names, upper-cased) or strings (kept as given); DEFAULT is JSON; no
default means required), then an example for Neo4j Browser.
The Cypher below the header is sent as is: values only ever travel as parameters.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

KINDS = ("date", "actor", "string", "int", "bool", "list", "strings")
_PARAM = re.compile(r'^//\s*@param\s+(\w+)\s+(\w+)(?:=(\S+))?\s+"(.*)"\s*$')
_TITLE = re.compile(r"^//\s*(\w+):\s*(.+)$")
_MISSING = object()


class QueryError(ValueError):
    """A named query that does not exist, or a parameter it cannot take."""


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    description: str
    default: Any = _MISSING

    @property
    def required(self) -> bool:
        return self.default is _MISSING


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str = field(repr=False)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise QueryError(f"query {self.name!r} has no parameter {name!r} (it takes: {known})")

    def bind(self, given: dict[str, Any], actor=None) -> dict[str, Any]:
        """Parameters ready for the driver: defaults filled in, strings converted to their kind,
        actor arguments turned into ids by `actor` (a callable, name -> id)."""
        for name in given:
            self.param(name)
        out: dict[str, Any] = {}
        for p in self.params:
            if p.name in given:
                value = given[p.name]
            elif p.required:
                raise QueryError(
                    f"query {self.name!r} needs --param {p.name}=... ({p.description})"
                )
            else:
                value = p.default
            out[p.name] = convert(self.name, p, value, actor)
        return out


def convert(query: str, p: Param, value: Any, actor=None) -> Any:
    """One parameter value in the kind its query expects (command-line values arrive as text)."""
    if value is None or (isinstance(value, str) and value.lower() in ("null", "none", "")):
        if p.required:
            raise QueryError(f"query {query!r}: parameter {p.name!r} cannot be empty")
        return None
    where = f"query {query!r}, parameter {p.name!r}"
    if p.kind == "date":
        text = value.isoformat() if isinstance(value, date) else str(value)
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise QueryError(f"{where}: {text!r} is not a date (YYYY-MM-DD)") from None
    if p.kind == "int":
        try:
            return int(value)
        except (TypeError, ValueError):
            raise QueryError(f"{where}: {value!r} is not a whole number") from None
    if p.kind == "bool":
        if isinstance(value, bool):
            return value
        low = str(value).lower()
        if low in ("true", "yes", "1"):
            return True
        if low in ("false", "no", "0"):
            return False
        raise QueryError(f"{where}: {value!r} is not true or false")
    if p.kind == "list":
        items = value if isinstance(value, list | tuple) else str(value).split(",")
        return [str(v).strip().upper() for v in items if str(v).strip()]
    if p.kind == "strings":
        items = value if isinstance(value, list | tuple) else str(value).split(",")
        return [str(v).strip() for v in items if str(v).strip()]
    if p.kind == "actor":
        return actor(str(value)) if actor is not None else str(value)
    return str(value)


def parse(name: str, text: str) -> NamedQuery:
    lines = text.splitlines()
    title = _TITLE.match(lines[0]) if lines else None
    if title is None or title.group(1) != name:
        raise QueryError(f"{name}.cypher must open with '// {name}: what it answers'")
    params = []
    for line in lines:
        m = _PARAM.match(line)
        if m is None:
            continue
        pname, kind, default, description = m.groups()
        if kind not in KINDS:
            raise QueryError(f"{name}.cypher: parameter {pname!r} has unknown kind {kind!r}")
        params.append(
            Param(pname, kind, description, _MISSING if default is None else json.loads(default))
        )
    return NamedQuery(name, title.group(2).strip(), tuple(params), text)


@cache
def load_all() -> dict[str, NamedQuery]:
    """Every named query shipped with the package, by name."""
    out = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            name = entry.name.removesuffix(".cypher")
            out[name] = parse(name, entry.read_text(encoding="utf-8"))
    return out


def get(name: str) -> NamedQuery:
    queries = load_all()
    if name not in queries:
        raise QueryError(f"no query named {name!r}; `diplograph query --list` shows them")
    return queries[name]
