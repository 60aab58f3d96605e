"""Named, parameterised Cypher queries (``*.cypher``) and the small API that runs them."""
