"""diplograph: diplomatic news in, a dated and sourced Neo4j knowledge graph out.

The code lives in three folders installed under this namespace (see DESIGN.md):
``diplograph.graph`` (domain model, knowledge base, store, exports), ``diplograph.ingest``
(readers and the NLP pipeline) and ``diplograph.queries`` (named Cypher queries and their API).
"""

__version__ = "0.1.0"
