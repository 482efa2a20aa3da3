-- Sources: where facts come from (an article, a report), with the captured text when there is one.
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  outlet TEXT NOT NULL,
  published TEXT,
  url TEXT,
  text TEXT,
  text_sha256 TEXT,
  created_at TEXT NOT NULL
) STRICT;

-- Facts: the analyst's statement, the verbatim quote and who said it, always tied to a source.
CREATE TABLE facts (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
  statement TEXT NOT NULL CHECK (length(trim(statement)) > 0),
  quote TEXT,
  speaker TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX facts_source ON facts(source_id);

-- Briefings: front matter in columns (for lists), the section content as validated JSON.
CREATE TABLE briefings (
  id TEXT PRIMARY KEY,
  template_id TEXT NOT NULL,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  classification TEXT NOT NULL,
  sections_json TEXT NOT NULL CHECK (json_valid(sections_json)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
