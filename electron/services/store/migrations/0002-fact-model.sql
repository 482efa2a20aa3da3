-- The full source and fact model: CSL-JSON-compatible source metadata with a reliability grade
-- (Admiralty A–F), and facts with attribution chain, locator, credibility (1–6), tags and status.
ALTER TABLE sources ADD COLUMN csl_type TEXT NOT NULL DEFAULT 'article-newspaper';
ALTER TABLE sources ADD COLUMN authors_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors_json));
ALTER TABLE sources ADD COLUMN accessed TEXT;
ALTER TABLE sources ADD COLUMN language TEXT;
ALTER TABLE sources ADD COLUMN grade TEXT NOT NULL DEFAULT 'F' CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F'));
ALTER TABLE sources ADD COLUMN notes TEXT;
ALTER TABLE sources ADD COLUMN captured_at TEXT;
ALTER TABLE sources ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
UPDATE sources SET updated_at = created_at, captured_at = CASE WHEN text IS NOT NULL THEN created_at END;

ALTER TABLE facts ADD COLUMN speaker_role TEXT;
ALTER TABLE facts ADD COLUMN relayed_by TEXT;
ALTER TABLE facts ADD COLUMN event_date TEXT;
ALTER TABLE facts ADD COLUMN locator TEXT;
ALTER TABLE facts ADD COLUMN credibility INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6);
ALTER TABLE facts ADD COLUMN status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'verified', 'retracted'));
CREATE INDEX facts_status ON facts(status);
CREATE INDEX facts_event_date ON facts(event_date);
CREATE INDEX facts_speaker ON facts(speaker);

CREATE TABLE fact_tags (
  fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (fact_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX fact_tags_tag ON fact_tags(tag, fact_id);
