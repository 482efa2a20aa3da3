-- Exact "best match" for very common words (search/exact-rank.ts): a side list per frequent word of the
-- facts with its highest bm25 impacts, so the first page of a word found in 40% of a million facts is
-- the exact bm25 top k without scoring every match.
--
-- A fact's impact for a word depends on f, the word's occurrences weighted by column (bm25's column
-- weights 10/8/4/3/2), and d, the fact's length in tokens (all columns); bm25 orders one word's matches
-- by f(k1+1)/(f + k1(1-b+b·d/avgdl)). A word's list holds every fact whose impact, at the average length
-- avgdl0 the list was built at, is at least cutoff (so never fewer than a few thousand facts).

-- Words with a list, and the rule that says which of their facts are in it.
CREATE TABLE search_rank_terms (
  term TEXT PRIMARY KEY,
  cutoff REAL NOT NULL,
  avgdl0 REAL NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE search_rank_postings (
  term TEXT NOT NULL,
  f INTEGER NOT NULL,
  d INTEGER NOT NULL,
  fact INTEGER NOT NULL, -- facts.rowid (= facts_fts.rowid)
  PRIMARY KEY (term, f, d, fact)
) STRICT, WITHOUT ROWID;

-- Facts whose text the app cannot tokenize exactly as FTS5 does (letters outside ASCII and accented
-- Latin): always rescored by FTS5 itself, so they are never missed.
CREATE TABLE search_rank_unsure (fact INTEGER PRIMARY KEY) STRICT;

-- Facts whose indexed text changed since the lists last saw them, with that text (NULL: the lists hold
-- nothing of the fact yet). Triggers, not application code, fill it, so every writer is seen; the app
-- brings the lists up to date from it (after a bulk insert, and before a ranked search).
CREATE TABLE search_rank_dirty (
  fact INTEGER PRIMARY KEY,
  old TEXT
) STRICT;

CREATE TRIGGER search_rank_fact_insert AFTER INSERT ON facts BEGIN
  INSERT INTO search_rank_dirty (fact, old)
  SELECT new.rowid, NULL WHERE NOT EXISTS (SELECT 1 FROM search_rank_dirty WHERE fact = new.rowid);
END;

-- BEFORE: the index row still holds the text the lists saw. A fact already queued keeps its first text.
-- (NOT EXISTS, not OR IGNORE: an outer statement's own conflict clause, an upsert's included, overrides
-- a trigger's, and the insert would then fail on a fact queued twice.)
CREATE TRIGGER search_rank_fact_update
BEFORE UPDATE OF statement, quote, speaker, speaker_role, relayed_by, source_id ON facts BEGIN
  INSERT INTO search_rank_dirty (fact, old)
  SELECT rowid, json_array(statement, quote, speaker, tags, source_title) FROM facts_fts WHERE rowid = old.rowid
    AND NOT EXISTS (SELECT 1 FROM search_rank_dirty d WHERE d.fact = facts_fts.rowid);
END;

CREATE TRIGGER search_rank_fact_delete BEFORE DELETE ON facts BEGIN
  INSERT INTO search_rank_dirty (fact, old)
  SELECT rowid, json_array(statement, quote, speaker, tags, source_title) FROM facts_fts WHERE rowid = old.rowid
    AND NOT EXISTS (SELECT 1 FROM search_rank_dirty d WHERE d.fact = facts_fts.rowid);
END;

CREATE TRIGGER search_rank_tag_insert BEFORE INSERT ON fact_tags
WHEN EXISTS (SELECT 1 FROM facts WHERE id = new.fact_id)
BEGIN
  INSERT INTO search_rank_dirty (fact, old)
  SELECT rowid, json_array(statement, quote, speaker, tags, source_title) FROM facts_fts
  WHERE rowid = (SELECT rowid FROM facts WHERE id = new.fact_id)
    AND NOT EXISTS (SELECT 1 FROM search_rank_dirty d WHERE d.fact = facts_fts.rowid);
END;

CREATE TRIGGER search_rank_tag_delete BEFORE DELETE ON fact_tags
WHEN EXISTS (SELECT 1 FROM facts WHERE id = old.fact_id)
BEGIN
  INSERT INTO search_rank_dirty (fact, old)
  SELECT rowid, json_array(statement, quote, speaker, tags, source_title) FROM facts_fts
  WHERE rowid = (SELECT rowid FROM facts WHERE id = old.fact_id)
    AND NOT EXISTS (SELECT 1 FROM search_rank_dirty d WHERE d.fact = facts_fts.rowid);
END;

CREATE TRIGGER search_rank_tag_update BEFORE UPDATE ON fact_tags BEGIN
  INSERT INTO search_rank_dirty (fact, old)
  SELECT rowid, json_array(statement, quote, speaker, tags, source_title) FROM facts_fts
  WHERE rowid IN (SELECT rowid FROM facts WHERE id IN (old.fact_id, new.fact_id))
    AND NOT EXISTS (SELECT 1 FROM search_rank_dirty d WHERE d.fact = facts_fts.rowid);
END;

CREATE TRIGGER search_rank_source_title BEFORE UPDATE OF title ON sources
WHEN old.title IS NOT new.title
BEGIN
  INSERT INTO search_rank_dirty (fact, old)
  SELECT rowid, json_array(statement, quote, speaker, tags, source_title) FROM facts_fts
  WHERE rowid IN (SELECT rowid FROM facts WHERE source_id = old.id)
    AND NOT EXISTS (SELECT 1 FROM search_rank_dirty d WHERE d.fact = facts_fts.rowid);
END;

-- The facts a store already holds: the app builds the lists from them at the next search.
INSERT INTO search_rank_dirty (fact, old) SELECT rowid, NULL FROM facts;
