"""The domain model, the actor knowledge base, the Neo4j store and server, and the exports."""
