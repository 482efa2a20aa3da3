-- Exact "best match" for frequent queries of several terms (postgres-search.ts): words ANDed, phrases,
-- prefixes. ts_rank (normalization 0) of any tsquery depends only on the fact's own search vector — for
-- several terms, on their positions and weights, by proximity — never on the rest of the library, so a
-- fact's rank for a query is as fixed as one word's (0003-exact-ranking.sql), and the same kind of side
-- list serves it: every fact matching the query whose rank is at least the list's cutoff (set so that a
-- few thousand are listed). A query gets one the first time a ranked search of it has more matches than
-- ranking every match handles quickly; a trigger keeps every list on every write (each write tests the
-- fact against every listed query, so their number is capped: postgres-search.ts MAX_QUERY_LISTS).

CREATE TABLE rank_queries (
  query text PRIMARY KEY, -- the tsquery text the search builds (toTsQuery)
  tsq tsquery NOT NULL, -- to_tsquery('simple', query), parsed once rather than at every write
  cutoff real NOT NULL
);

CREATE TABLE rank_query_postings (
  query text NOT NULL REFERENCES rank_queries ON DELETE CASCADE,
  impact real NOT NULL,
  seq bigint NOT NULL, -- facts.seq
  PRIMARY KEY (query, impact, seq)
);

-- The listed queries a search vector matches, with its rank for each, where it reaches the cutoff.
CREATE FUNCTION rank_query_listed(v tsvector) RETURNS TABLE (query text, impact real) LANGUAGE sql STABLE AS $$
  SELECT q.query, r.impact
  FROM rank_queries q
  CROSS JOIN LATERAL (SELECT ts_rank('{0.2, 0.4, 0.8, 1.0}', v, q.tsq) AS impact) r
  WHERE v @@ q.tsq AND r.impact >= q.cutoff
$$;

CREATE FUNCTION facts_rank_query_lists() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM rank_queries) THEN RETURN NULL; END IF;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM rank_query_postings p USING rank_query_listed(OLD.search) r
    WHERE p.query = r.query AND p.impact = r.impact AND p.seq = OLD.seq;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO rank_query_postings (query, impact, seq)
    SELECT r.query, r.impact, NEW.seq FROM rank_query_listed(NEW.search) r
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER facts_rank_query_lists AFTER INSERT OR DELETE ON facts
FOR EACH ROW EXECUTE FUNCTION facts_rank_query_lists();
CREATE TRIGGER facts_rank_query_lists_update AFTER UPDATE OF search ON facts
FOR EACH ROW WHEN (OLD.search IS DISTINCT FROM NEW.search) EXECUTE FUNCTION facts_rank_query_lists();

-- A query's list. As rank_build: the SHARE lock holds writers until the list and its rule are committed.
CREATE FUNCTION rank_query_build(key text, depth integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  q tsquery := to_tsquery('simple', key);
  c real;
BEGIN
  LOCK TABLE facts IN SHARE MODE;
  IF EXISTS (SELECT 1 FROM rank_queries WHERE query = key) THEN RETURN; END IF;
  SELECT min(impact) INTO c FROM (
    SELECT impact, sum(n) OVER (ORDER BY impact DESC) - n AS before
    FROM (SELECT ts_rank('{0.2, 0.4, 0.8, 1.0}', search, q) AS impact, count(*) AS n
          FROM facts WHERE search @@ q GROUP BY 1) g
  ) x WHERE before < depth;
  IF c IS NULL THEN RETURN; END IF;
  INSERT INTO rank_queries (query, tsq, cutoff) VALUES (key, q, c);
  INSERT INTO rank_query_postings (query, impact, seq)
  SELECT key, impact, seq FROM (
    SELECT ts_rank('{0.2, 0.4, 0.8, 1.0}', search, q) AS impact, seq FROM facts WHERE search @@ q
  ) x WHERE impact >= c;
END;
$$;
