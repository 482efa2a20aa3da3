-- The speaker and outlet filters fold case and accents as the text search does: "Erdogan" finds "Recep
-- Tayyip Erdoğan", "лавров" finds "Сергей Лавров" (SQLite's LIKE folds ASCII case only), the outlet "El
-- Pais" finds "El País". Each row keeps its speaker (facts) or outlet (sources) folded by the app
-- (core/text.ts foldText: NFD, marks removed, lower case), which SQL cannot do: the rows a store has are
-- folded by the app when it opens the store (Store.fillDerivedColumns), every write after that folds its
-- own. The partial index finds the rows still to fold without reading every fact at each opening.
ALTER TABLE facts ADD COLUMN speaker_fold TEXT;
ALTER TABLE sources ADD COLUMN outlet_fold TEXT;
CREATE INDEX facts_speaker_unfolded ON facts(id) WHERE speaker_fold IS NULL AND speaker IS NOT NULL;
CREATE INDEX sources_outlet_unfolded ON sources(id) WHERE outlet_fold IS NULL;
