// office_holders: Who held an office of a state (or an organisation) on a date.
//
// @param state actor "the state or organisation (id, Wikidata QID or any known name)"
// @param on date "the day asked about (YYYY-MM-DD)"
// @param role string=null "only this role (head_of_state, head_of_government, foreign_minister, ...)"
//
// Example (Neo4j Browser):
//   :param state => 'FRA';
//   :param on => '2022-02-03';
//   :param role => null;
MATCH (l:Leader)-[h:HOLDS_OFFICE]->(o)
WHERE o.id = $state AND h.start <= date($on) AND (h.end IS NULL OR h.end >= date($on))
  AND ($role IS NULL OR h.role = $role)
RETURN l.id AS leader_id, l.name AS leader, h.role AS role, h.title AS title,
       toString(h.start) AS start, toString(h.end) AS end, h.acting AS acting
ORDER BY role, leader
