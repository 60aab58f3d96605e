"""Named, parameterised Cypher queries (``*.cypher``) and the small API that runs them."""

from .actors import ActorLookup, UnknownActor
from .api import Graph
from .loader import NamedQuery, QueryError, get, load_all

__all__ = ["ActorLookup", "Graph", "NamedQuery", "QueryError", "UnknownActor", "get", "load_all"]
