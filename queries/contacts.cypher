// contacts: Who talked to whom between two dates (calls, meetings, visits), oldest first.
//
// Each contact type is read through its own date index. Direction is ignored unless $directed
// is true: then only contacts whose initiator is known come back (with $actor, only those the
// actor initiated). An event known to the month or year is dated by the first day of its period.
//
// @param from date "first day of the window (YYYY-MM-DD), inclusive"
// @param to date "last day of the window, inclusive"
// @param actor actor=null "only contacts of this actor (id, Wikidata QID or any known name)"
// @param types list=["CALL","MEET","VISIT"] "contact types to include"
// @param directed bool=false "only contacts whose initiator is known"
// @param planned bool=false "also contacts that were only planned"
//
// Example (Neo4j Browser):
//   :param from => '2022-01-01';
//   :param to => '2022-02-28';
//   :param actor => 'emmanuel-macron';
//   :param types => ['CALL', 'MEET', 'VISIT'];
//   :param directed => false;
//   :param planned => false;
CALL () {
  MATCH (a)-[r:CALLED]->(b)
  WHERE 'CALL' IN $types AND r.date >= date($from) AND r.date <= date($to)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:MET]->(b)
  WHERE 'MEET' IN $types AND r.date >= date($from) AND r.date <= date($to)
  RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:VISITED]->(b)
  WHERE 'VISIT' IN $types AND r.date >= date($from) AND r.date <= date($to)
  RETURN a, r, b
}
WITH a, r, b
WHERE ($actor IS NULL OR a.id = $actor OR b.id = $actor)
  AND ($planned OR r.modality = 'asserted')
  AND (NOT $directed OR (r.directed AND ($actor IS NULL OR a.id = $actor)))
RETURN CASE r.precision WHEN 'year' THEN left(toString(r.date), 4)
                        WHEN 'month' THEN left(toString(r.date), 7)
                        ELSE toString(r.date) END AS date,
       r.type AS type,
       a.id AS source_id, a.name AS source,
       b.id AS target_id, b.name AS target,
       r.directed AS directed,
       CASE WHEN r.directed THEN a.name END AS initiator,
       r.modality AS modality,
       size(r.articles) AS sources,
       r.articles AS articles,
       r.key AS key
ORDER BY r.date, type, source, target
