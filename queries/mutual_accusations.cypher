// mutual_accusations: Pairs of actors that accused each other within a period.
//
// @param from date "first day of the window (YYYY-MM-DD), inclusive"
// @param to date "last day of the window, inclusive"
//
// Example (Neo4j Browser):
//   :param from => '2022-01-01';
//   :param to => '2022-12-31';
MATCH (a)-[r1:ACCUSED]->(b)-[r2:ACCUSED]->(a)
WHERE a.id < b.id
  AND r1.date >= date($from) AND r1.date <= date($to)
  AND r2.date >= date($from) AND r2.date <= date($to)
WITH a, b, collect(DISTINCT r1) AS ab, collect(DISTINCT r2) AS ba
RETURN a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b,
       size(ab) AS a_accused_b, size(ba) AS b_accused_a,
       toString(reduce(m = date('9999-12-31'), r IN ab + ba | CASE WHEN r.date < m THEN r.date ELSE m END)) AS first,
       toString(reduce(m = date('0001-01-01'), r IN ab + ba | CASE WHEN r.date > m THEN r.date ELSE m END)) AS last
ORDER BY a_accused_b + b_accused_a DESC, a, b
