-- Filters inside the text index (0009-filters-in-search-index.sql says why; 0010 put the folded speaker
-- in place of the speaker): one GIN index over the fact's search vector, its folded speaker (trigrams),
-- its status and its tags. Run after the migrations that dropped it (migrations.ts afterMigrations) and again by `briefing db init` on a library where the
-- extensions could not be created (it changes nothing where the index is there). Where they cannot be
-- created, the search vector's and the tags' own indexes are there (made again if a migration dropped
-- them), and searches work, their filters slower.
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS btree_gin;
  EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'Filtered searches stay slower: the extensions pg_trgm and btree_gin could not be created (%).', SQLERRM;
    CREATE INDEX IF NOT EXISTS facts_search ON facts USING gin (search);
    CREATE INDEX IF NOT EXISTS facts_tags ON facts USING gin (tags);
    RETURN;
  END;
  DROP INDEX IF EXISTS facts_search;
  DROP INDEX IF EXISTS facts_tags;
  CREATE INDEX facts_search ON facts USING gin (search, speaker_fold gin_trgm_ops, status, tags);
END
$$;
