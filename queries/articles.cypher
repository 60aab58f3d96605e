// articles: The articles the graph holds, with their metadata: all of them, or those with given ids.
//
// @param ids strings=null "only the articles with these ids (a list); null for all"
//
// Example (Neo4j Browser):
//   :param ids => ['000_25f5b383e2d7b4de'];
MATCH (a:Article)
WHERE $ids IS NULL OR a.id IN $ids
RETURN a.id AS id, a.title AS title, a.url AS url, toString(a.published) AS published,
       a.published_precision AS precision, a.language AS language
ORDER BY id
