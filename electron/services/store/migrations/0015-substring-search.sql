-- Substring search (search/substring.ts): a query term in a script written without spaces between words
-- (北约 in 北约秘书长表示, Japanese, Korean, Thai…) or of emoji (🔥) finds the facts whose indexed text
-- contains it. The word index (facts_fts, unicode61) takes a run of such letters as one token and has no
-- token for an emoji, so it cannot.
--
-- facts_trgm indexes the same five columns as facts_fts with FTS5's trigram tokenizer (case and Latin
-- accents folded): a term of three characters or more is the phrase of its trigrams. Each column ends
-- with two U+E002 (private use, never in a query), so that every character of the text starts a trigram
-- and a term of one or two characters is found by the trigrams that start with it (facts_trgm_terms,
-- a range of terms). Contentless: the text is facts_fts's; contentless_delete lets triggers replace a row.
CREATE VIRTUAL TABLE IF NOT EXISTS facts_trgm USING fts5(
  statement,
  quote,
  speaker,
  tags,
  source_title,
  tokenize = 'trigram case_sensitive 0 remove_diacritics 1',
  content = '',
  contentless_delete = 1
);
CREATE VIRTUAL TABLE IF NOT EXISTS facts_trgm_terms USING fts5vocab(facts_trgm, instance);

-- A fact's row of facts_trgm: what facts_fts holds for it (0005's row), each column closed by U+E002 twice.
CREATE VIEW IF NOT EXISTS facts_trgm_rows (fact, statement, quote, speaker, tags, source_title) AS
SELECT
  f.rowid,
  f.statement || char(57346, 57346),
  coalesce(f.quote, '') || char(57346, 57346),
  concat_ws(' ', f.speaker, f.speaker_role, f.relayed_by) || char(57346, 57346),
  coalesce((SELECT group_concat(tag, ' ' ORDER BY tag) FROM fact_tags WHERE fact_id = f.id), '') || char(57346, 57346),
  coalesce(s.search_text, '') || char(57346, 57346)
FROM facts f LEFT JOIN sources s ON s.id = f.source_id
-- Only facts with a character of those scripts or an emoji somewhere: no other fact can hold a
-- substring term, and a library of Latin text pays next to nothing for this index. Text that is all
-- ASCII (as many bytes as characters) is passed over without the GLOB; the GLOB's ranges (8, merged:
-- a GLOB's cost grows with them) hold every range of core/substring-chars.ts (a test checks).
WHERE length(CAST(concat(f.statement, f.quote, f.speaker, f.speaker_role, f.relayed_by,
    (SELECT group_concat(tag, ' ') FROM fact_tags WHERE fact_id = f.id), s.search_text) AS BLOB))
  <> length(concat(f.statement, f.quote, f.speaker, f.speaker_role, f.relayed_by,
    (SELECT group_concat(tag, ' ') FROM fact_tags WHERE fact_id = f.id), s.search_text))
AND concat(f.statement, f.quote, f.speaker, f.speaker_role, f.relayed_by,
    (SELECT group_concat(tag, ' ') FROM fact_tags WHERE fact_id = f.id), s.search_text)
  GLOB '*[' || char(3584) || '-' || char(4255) || char(4352) || '-' || char(4607) || char(6016) || '-' || char(6655) || char(8592) || '-' || char(11263) || char(11904) || '-' || char(42191) || char(43360) || '-' || char(55295) || char(63744) || '-' || char(65519) || char(126976) || '-' || char(262143) || ']*';

-- Kept by triggers beside facts_fts's, for every writer. A changed row is deleted and written again
-- (DELETE then INSERT: an INSERT OR REPLACE in a trigger takes the outer statement's conflict clause, and
-- under an INSERT OR IGNORE would leave the old row). Bulk inserts defer them as they defer facts_fts's.
CREATE TRIGGER IF NOT EXISTS facts_trgm_insert AFTER INSERT ON facts
WHEN (SELECT deferred FROM search_index_control WHERE id = 1) = 0
BEGIN
  INSERT INTO facts_trgm (rowid, statement, quote, speaker, tags, source_title)
  SELECT * FROM facts_trgm_rows WHERE fact = new.rowid;
END;

CREATE TRIGGER IF NOT EXISTS facts_trgm_update AFTER UPDATE OF statement, quote, speaker, speaker_role, relayed_by, source_id ON facts
WHEN old.statement IS NOT new.statement OR old.quote IS NOT new.quote OR old.speaker IS NOT new.speaker
  OR old.speaker_role IS NOT new.speaker_role OR old.relayed_by IS NOT new.relayed_by
  OR old.source_id IS NOT new.source_id
BEGIN
  DELETE FROM facts_trgm WHERE rowid = new.rowid;
  INSERT INTO facts_trgm (rowid, statement, quote, speaker, tags, source_title)
  SELECT * FROM facts_trgm_rows WHERE fact = new.rowid;
END;

CREATE TRIGGER IF NOT EXISTS facts_trgm_delete AFTER DELETE ON facts BEGIN
  DELETE FROM facts_trgm WHERE rowid = old.rowid;
END;

CREATE TRIGGER IF NOT EXISTS fact_tags_trgm_insert AFTER INSERT ON fact_tags
WHEN (SELECT deferred FROM search_index_control WHERE id = 1) = 0
  AND EXISTS (SELECT 1 FROM facts WHERE id = new.fact_id)
BEGIN
  DELETE FROM facts_trgm WHERE rowid = (SELECT rowid FROM facts WHERE id = new.fact_id);
  INSERT INTO facts_trgm (rowid, statement, quote, speaker, tags, source_title)
  SELECT * FROM facts_trgm_rows WHERE fact = (SELECT rowid FROM facts WHERE id = new.fact_id);
END;

CREATE TRIGGER IF NOT EXISTS fact_tags_trgm_delete AFTER DELETE ON fact_tags
WHEN EXISTS (SELECT 1 FROM facts WHERE id = old.fact_id)
BEGIN
  DELETE FROM facts_trgm WHERE rowid = (SELECT rowid FROM facts WHERE id = old.fact_id);
  INSERT INTO facts_trgm (rowid, statement, quote, speaker, tags, source_title)
  SELECT * FROM facts_trgm_rows WHERE fact = (SELECT rowid FROM facts WHERE id = old.fact_id);
END;

CREATE TRIGGER IF NOT EXISTS fact_tags_trgm_update AFTER UPDATE ON fact_tags BEGIN
  DELETE FROM facts_trgm WHERE rowid IN (SELECT rowid FROM facts WHERE id IN (old.fact_id, new.fact_id));
  INSERT INTO facts_trgm (rowid, statement, quote, speaker, tags, source_title)
  SELECT * FROM facts_trgm_rows WHERE fact IN (SELECT rowid FROM facts WHERE id IN (old.fact_id, new.fact_id));
END;

CREATE TRIGGER IF NOT EXISTS sources_trgm_search_text AFTER UPDATE OF search_text ON sources
WHEN old.search_text IS NOT new.search_text BEGIN
  DELETE FROM facts_trgm WHERE rowid IN (SELECT rowid FROM facts WHERE source_id = new.id);
  INSERT INTO facts_trgm (rowid, statement, quote, speaker, tags, source_title)
  SELECT * FROM facts_trgm_rows WHERE fact IN (SELECT rowid FROM facts WHERE source_id = new.id);
END;

-- (Each object only if missing, and the index emptied first: a store whose version was set back by
-- hand to before this migration runs it again.)
INSERT INTO facts_trgm (facts_trgm) VALUES ('delete-all');

-- Index the facts a store already holds.
INSERT INTO facts_trgm (rowid, statement, quote, speaker, tags, source_title)
SELECT * FROM facts_trgm_rows;
