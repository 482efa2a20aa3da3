-- The duplicate key of a work in several volumes names its volume (core/source-item.ts titleMatchKey):
-- volumes A–E of one work, one author, one year are five sources, not one. The volume part is its
-- letters and digits, lower-cased, exactly as the app writes it, so the key is extended here in SQL.
UPDATE sources
SET match_key = match_key || '|v' || lower(regexp_replace(item_json::jsonb ->> 'volume', '[^A-Za-z0-9]+', '', 'g'))
WHERE coalesce(match_key, '') <> ''
  AND match_key NOT LIKE '|untitled|%'
  AND coalesce(item_json::jsonb ->> 'container-title', '') = ''
  AND regexp_replace(coalesce(item_json::jsonb ->> 'volume', ''), '[^A-Za-z0-9]+', '', 'g') <> '';
