// busiest_pairs: The most frequent contact pairs per month or per year.
//
// Direction is ignored: A calling B and B calling A count for the same pair. Events known only to
// a coarser period than the one asked for (a year-precise meeting when grouping by month) are left
// out rather than put in the period's first month.
//
// @param period string="month" "'month' or 'year'"
// @param from date=null "first day of the window, inclusive; null for no bound"
// @param to date=null "last day of the window, inclusive; null for no bound"
// @param types list=["CALL","MEET","VISIT"] "contact types to count"
// @param top int=3 "pairs kept per period"
//
// Example (Neo4j Browser):
//   :param period => 'year';
//   :param from => null;
//   :param to => null;
//   :param types => ['CALL', 'MEET', 'VISIT'];
//   :param top => 3;
MATCH (a)-[r:CALLED|MET|VISITED]-(b)
WHERE a.id < b.id AND r.type IN $types AND r.modality = 'asserted'
  AND ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  AND ($period = 'year' OR r.precision <> 'year')
WITH CASE $period WHEN 'year' THEN left(toString(r.date), 4) ELSE left(toString(r.date), 7) END
       AS period, a, b, count(r) AS contacts
ORDER BY period, contacts DESC, a.name, b.name
WITH period, collect({a: a, b: b, contacts: contacts})[..$top] AS pairs
UNWIND pairs AS p
RETURN period, p.a.id AS a_id, p.a.name AS a, p.b.id AS b_id, p.b.name AS b, p.contacts AS contacts
ORDER BY period, contacts DESC, a, b
