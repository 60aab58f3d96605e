// timeline: Every event of one actor (contacts, demands, accusations, either side), by date.
//
// @param actor actor "the actor (id, Wikidata QID or any known name)"
// @param from date=null "first day of the window, inclusive; null for no bound"
// @param to date=null "last day of the window, inclusive; null for no bound"
//
// Example (Neo4j Browser):
//   :param actor => 'emmanuel-macron';
//   :param from => '2022-01-01';
//   :param to => '2022-12-31';
CALL () {
  MATCH (x:Leader {id: $actor}) RETURN x
  UNION MATCH (x:State {id: $actor}) RETURN x
  UNION MATCH (x:Alliance {id: $actor}) RETURN x
  UNION MATCH (x:Group {id: $actor}) RETURN x
}
MATCH (x)-[r:CALLED|MET|VISITED|DEMANDED|ACCUSED]-(o)
WHERE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN CASE r.precision WHEN 'year' THEN left(toString(r.date), 4)
                        WHEN 'month' THEN left(toString(r.date), 7)
                        ELSE toString(r.date) END AS date,
       r.type AS type,
       a.id AS source_id, a.name AS source,
       b.id AS target_id, b.name AS target,
       r.directed AS directed, r.modality AS modality, r.content AS content,
       size(r.articles) AS sources, r.key AS key
ORDER BY r.date, type, source, target
