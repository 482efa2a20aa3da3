-- The duplicate key of a work in several volumes names its volume (core/source-item.ts titleMatchKey):
-- volumes A–E of one work, one author, one year are five sources, not one. Keys fold accents and
-- punctuation, which SQL cannot do: the rows whose key changes are cleared here and keyed again by the
-- app when it opens the store (Store.fillDerivedColumns), as 0005's rows were.
UPDATE sources SET match_key = NULL
WHERE json_extract(item_json, '$.volume') IS NOT NULL
  AND coalesce(json_extract(item_json, '$."container-title"'), '') = '';
