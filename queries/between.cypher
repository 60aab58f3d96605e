// between: Every event between two actors, in either direction, by date.
//
// @param a actor "one actor (id, Wikidata QID or any known name)"
// @param b actor "the other actor"
// @param from date=null "first day of the window, inclusive; null for no bound"
// @param to date=null "last day of the window, inclusive; null for no bound"
//
// Example (Neo4j Browser):
//   :param a => 'emmanuel-macron';
//   :param b => 'vladimir-putin';
//   :param from => null;
//   :param to => null;
CALL () {
  MATCH (x:Leader {id: $a}) RETURN x
  UNION MATCH (x:State {id: $a}) RETURN x
  UNION MATCH (x:Alliance {id: $a}) RETURN x
  UNION MATCH (x:Group {id: $a}) RETURN x
}
MATCH (x)-[r:CALLED|MET|VISITED|DEMANDED|ACCUSED]-(y)
WHERE y.id = $b
  AND ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN CASE r.precision WHEN 'year' THEN left(toString(r.date), 4)
                        WHEN 'month' THEN left(toString(r.date), 7)
                        ELSE toString(r.date) END AS date,
       r.type AS type,
       s.id AS source_id, s.name AS source,
       t.id AS target_id, t.name AS target,
       r.directed AS directed, r.modality AS modality, r.content AS content,
       size(r.articles) AS sources, r.key AS key
ORDER BY r.date, type
