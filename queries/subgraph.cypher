// subgraph: Every event edge in a window, with all its properties and both actors (for networkx).
//
// The input of the networkx projection and of the GraphML, GEXF and RDF exports. Rows come in no
// particular order, so that the server streams them without first sorting the whole window.
//
// @param from date=null "first day of the window, inclusive; null for no bound"
// @param to date=null "last day of the window, inclusive; null for no bound"
// @param actor actor=null "only the events of this actor (id, Wikidata QID or any known name)"
// @param types list=["CALL","MEET","VISIT","DEMAND","ACCUSE"] "event types to include"
// @param planned bool=true "also planned contacts"
//
// Example (Neo4j Browser):
//   :param from => '2022-01-01';
//   :param to => '2022-12-31';
//   :param actor => null;
//   :param types => ['CALL', 'MEET', 'VISIT', 'DEMAND', 'ACCUSE'];
//   :param planned => true;
MATCH (a)-[r:CALLED|MET|VISITED|DEMANDED|ACCUSED]->(b)
WHERE r.type IN $types
  AND ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  AND ($actor IS NULL OR a.id = $actor OR b.id = $actor)
  AND ($planned OR r.modality = 'asserted')
RETURN labels(a)[0] AS source_kind, properties(a) AS source,
       labels(b)[0] AS target_kind, properties(b) AS target,
       type(r) AS relationship, properties(r) AS properties
