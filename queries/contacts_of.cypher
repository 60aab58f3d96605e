// contacts_of: One actor's counterparts, with the number of contacts and the first and last dates.
//
// @param actor actor "the actor (id, Wikidata QID or any known name)"
// @param from date=null "first day of the window, inclusive; null for no bound"
// @param to date=null "last day of the window, inclusive; null for no bound"
// @param types list=["CALL","MEET","VISIT"] "contact types to count"
// @param planned bool=false "also count contacts that were only planned"
//
// Example (Neo4j Browser):
//   :param actor => 'vladimir-putin';
//   :param from => null;
//   :param to => null;
//   :param types => ['CALL', 'MEET', 'VISIT'];
//   :param planned => false;
CALL () {
  MATCH (x:Leader {id: $actor}) RETURN x
  UNION MATCH (x:State {id: $actor}) RETURN x
  UNION MATCH (x:Alliance {id: $actor}) RETURN x
  UNION MATCH (x:Group {id: $actor}) RETURN x
}
MATCH (x)-[r:CALLED|MET|VISITED]-(o)
WHERE r.type IN $types
  AND ($from IS NULL OR r.date >= date($from))
  AND ($to IS NULL OR r.date <= date($to))
  AND ($planned OR r.modality = 'asserted')
WITH o, count(r) AS contacts, min(r.date) AS first, max(r.date) AS last,
     collect(DISTINCT r.type) AS types
RETURN o.id AS counterpart_id, o.name AS counterpart, labels(o)[0] AS kind, contacts,
       toString(first) AS first, toString(last) AS last, types
ORDER BY contacts DESC, first, counterpart
