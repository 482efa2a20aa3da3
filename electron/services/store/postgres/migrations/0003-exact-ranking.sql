-- Exact "best match" for very common words (postgres-search.ts): a side list per frequent word of the
-- facts with its highest ts_rank, so the first page of a word found in 40% of a million facts is the
-- exact ts_rank top k without ranking every match.
--
-- A one-word query's ts_rank (normalization 0) depends only on that word's positions and weights in the
-- fact: no length, no corpus statistics, so a fact's impact never changes unless the fact does. A word's
-- list holds every fact whose impact is at least its cutoff (set so that a few thousand are listed).
-- When the k-th best listed fact that passes the filters is found, no unlisted fact (impact < cutoff)
-- can be above it: the page is exact, ties newest first as when every match is ranked.

CREATE TABLE rank_terms (
  term text PRIMARY KEY,
  cutoff real NOT NULL
);

CREATE TABLE rank_postings (
  term text NOT NULL,
  impact real NOT NULL,
  seq bigint NOT NULL, -- facts.seq
  PRIMARY KEY (term, impact, seq)
);

-- The listed words of a search vector, with the vector's impact for each, where it reaches the cutoff.
CREATE FUNCTION rank_listed(v tsvector) RETURNS TABLE (term text, impact real) LANGUAGE sql STABLE AS $$
  SELECT t.term, r.impact
  FROM unnest(tsvector_to_array(v)) AS l(term)
  JOIN rank_terms t ON t.term = l.term
  CROSS JOIN LATERAL (SELECT ts_rank('{0.2, 0.4, 0.8, 1.0}', v, quote_literal(t.term)::tsquery) AS impact) r
  WHERE r.impact >= t.cutoff
$$;

-- Every writer keeps the lists: a trigger, not application code.
CREATE FUNCTION facts_rank_lists() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM rank_postings p USING rank_listed(OLD.search) r
    WHERE p.term = r.term AND p.impact = r.impact AND p.seq = OLD.seq;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO rank_postings (term, impact, seq)
    SELECT r.term, r.impact, NEW.seq FROM rank_listed(NEW.search) r
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER facts_rank_lists AFTER INSERT OR DELETE ON facts
FOR EACH ROW EXECUTE FUNCTION facts_rank_lists();
CREATE TRIGGER facts_rank_lists_update AFTER UPDATE OF search ON facts
FOR EACH ROW WHEN (OLD.search IS DISTINCT FROM NEW.search) EXECUTE FUNCTION facts_rank_lists();

-- A word's list, built the first time a ranked search needs it. The SHARE lock waits for writers in
-- flight and holds new ones until the list and its rule are committed together, so no fact written in
-- between is missed.
CREATE FUNCTION rank_build(word text, depth integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  q tsquery := quote_literal(word)::tsquery;
  c real;
BEGIN
  LOCK TABLE facts IN SHARE MODE;
  IF EXISTS (SELECT 1 FROM rank_terms WHERE term = word) THEN RETURN; END IF;
  SELECT min(impact) INTO c FROM (
    SELECT impact, sum(n) OVER (ORDER BY impact DESC) - n AS before
    FROM (SELECT ts_rank('{0.2, 0.4, 0.8, 1.0}', search, q) AS impact, count(*) AS n
          FROM facts WHERE search @@ q GROUP BY 1) g
  ) x WHERE before < depth;
  IF c IS NULL THEN RETURN; END IF;
  INSERT INTO rank_terms (term, cutoff) VALUES (word, c);
  INSERT INTO rank_postings (term, impact, seq)
  SELECT word, impact, seq FROM (
    SELECT ts_rank('{0.2, 0.4, 0.8, 1.0}', search, q) AS impact, seq FROM facts WHERE search @@ q
  ) x WHERE impact >= c;
END;
$$;
