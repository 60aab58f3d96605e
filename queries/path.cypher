// path: The shortest chain of contacts linking two actors within a date window, one row per link.
//
// Links are calls and meetings that took place (not planned ones) dated inside the window; a
// visit links a leader to a place, not to a person, so it is not a link. At most 8 links.
//
// @param a actor "where the chain starts (id, Wikidata QID or any known name)"
// @param b actor "where the chain ends"
// @param from date "first day of the window (YYYY-MM-DD), inclusive"
// @param to date "last day of the window, inclusive"
//
// Example (Neo4j Browser):
//   :param a => 'olaf-scholz';
//   :param b => 'xi-jinping';
//   :param from => '2022-01-01';
//   :param to => '2023-12-31';
CALL () {
  MATCH (x:Leader {id: $a}) RETURN x
  UNION MATCH (x:State {id: $a}) RETURN x
  UNION MATCH (x:Alliance {id: $a}) RETURN x
  UNION MATCH (x:Group {id: $a}) RETURN x
}
CALL () {
  MATCH (y:Leader {id: $b}) RETURN y
  UNION MATCH (y:State {id: $b}) RETURN y
  UNION MATCH (y:Alliance {id: $b}) RETURN y
  UNION MATCH (y:Group {id: $b}) RETURN y
}
WITH x, y WHERE x <> y
MATCH p = shortestPath((x)-[:CALLED|MET*..8]-(y))
WHERE all(r IN relationships(p)
          WHERE r.date >= date($from) AND r.date <= date($to) AND r.modality = 'asserted')
UNWIND range(0, length(p) - 1) AS i
WITH i, nodes(p)[i] AS u, nodes(p)[i + 1] AS v, relationships(p)[i] AS r
RETURN i + 1 AS step, u.id AS from_id, u.name AS from_name, v.id AS to_id, v.name AS to_name,
       r.type AS type,
       CASE r.precision WHEN 'year' THEN left(toString(r.date), 4)
                        WHEN 'month' THEN left(toString(r.date), 7)
                        ELSE toString(r.date) END AS date,
       r.key AS key
ORDER BY step
