// demands: Who demanded what of whom, by or against an actor, by date.
//
// @param actor actor=null "the actor (id, Wikidata QID or any known name); null for everyone"
// @param role string="any" "'by' (the actor made the demand), 'against' (the actor is the target) or 'any'"
// @param from date=null "first day of the window, inclusive; null for no bound"
// @param to date=null "last day of the window, inclusive; null for no bound"
//
// Example (Neo4j Browser):
//   :param actor => 'RUS';
//   :param role => 'any';
//   :param from => '2022-01-01';
//   :param to => '2022-12-31';
MATCH (s)-[r:DEMANDED]->(t)
WHERE ($actor IS NULL
       OR ($role IN ['by', 'any'] AND s.id = $actor)
       OR ($role IN ['against', 'any'] AND t.id = $actor))
  AND ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
RETURN CASE r.precision WHEN 'year' THEN left(toString(r.date), 4)
                        WHEN 'month' THEN left(toString(r.date), 7)
                        ELSE toString(r.date) END AS date,
       s.id AS source_id, s.name AS source,
       t.id AS target_id, t.name AS target,
       r.content AS content, r.modality AS modality,
       size(r.articles) AS sources, r.key AS key
ORDER BY r.date, source, target
