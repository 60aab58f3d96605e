// evidence: The sentences and articles behind one event, one row per reporting article.
//
// @param key string "the event's key (the `key` column of the other queries)"
//
// Example (Neo4j Browser):
//   :param key => '<a key from the contacts query>';
CALL () {
  MATCH (s)-[r:CALLED {key: $key}]->(t) RETURN s, r, t
  UNION MATCH (s)-[r:MET {key: $key}]->(t) RETURN s, r, t
  UNION MATCH (s)-[r:VISITED {key: $key}]->(t) RETURN s, r, t
  UNION MATCH (s)-[r:DEMANDED {key: $key}]->(t) RETURN s, r, t
  UNION MATCH (s)-[r:ACCUSED {key: $key}]->(t) RETURN s, r, t
}
UNWIND range(0, size(r.articles) - 1) AS i
OPTIONAL MATCH (a:Article {id: r.articles[i]})
RETURN r.type AS type, s.name AS source, t.name AS target,
       CASE r.precision WHEN 'year' THEN left(toString(r.date), 4)
                        WHEN 'month' THEN left(toString(r.date), 7)
                        ELSE toString(r.date) END AS date,
       r.articles[i] AS article, a.title AS title, a.url AS url,
       toString(a.published) AS published, a.language AS language, r.evidence[i] AS sentence
ORDER BY published, article
