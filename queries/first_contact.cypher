// first_contact: The first recorded contact (call, meeting or visit) between two actors.
//
// Several contacts on the same first date all come back.
//
// @param a actor "one actor (id, Wikidata QID or any known name)"
// @param b actor "the other actor"
// @param types list=["CALL","MEET","VISIT"] "contact types to consider"
//
// Example (Neo4j Browser):
//   :param a => 'joe-biden';
//   :param b => 'xi-jinping';
//   :param types => ['CALL', 'MEET', 'VISIT'];
CALL () {
  MATCH (x:Leader {id: $a}) RETURN x
  UNION MATCH (x:State {id: $a}) RETURN x
  UNION MATCH (x:Alliance {id: $a}) RETURN x
  UNION MATCH (x:Group {id: $a}) RETURN x
}
MATCH (x)-[r:CALLED|MET|VISITED]-(y)
WHERE y.id = $b AND r.type IN $types AND r.modality = 'asserted'
WITH r ORDER BY r.date
WITH collect(r) AS contacts
UNWIND [r IN contacts WHERE r.date = contacts[0].date] AS r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN CASE r.precision WHEN 'year' THEN left(toString(r.date), 4)
                        WHEN 'month' THEN left(toString(r.date), 7)
                        ELSE toString(r.date) END AS date,
       r.type AS type, s.id AS source_id, s.name AS source, t.id AS target_id, t.name AS target,
       r.directed AS directed, size(r.articles) AS sources, r.key AS key
ORDER BY type
