-- Briefings gain front matter (subtitle, author, recipients, reference) and a soft delete, so a
-- deleted briefing can be restored ("delete with undo").
ALTER TABLE briefings ADD COLUMN front_matter_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(front_matter_json));
ALTER TABLE briefings ADD COLUMN deleted_at TEXT;
CREATE INDEX briefings_updated ON briefings(deleted_at, updated_at);
