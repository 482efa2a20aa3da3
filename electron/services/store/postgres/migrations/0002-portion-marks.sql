-- Portion marks: a fact or a source may carry a protective marking (as the local store's 0008-portion-marks).
ALTER TABLE facts ADD COLUMN classification text CHECK (classification IS NULL OR length(classification) BETWEEN 1 AND 60);
ALTER TABLE sources ADD COLUMN classification text CHECK (classification IS NULL OR length(classification) BETWEEN 1 AND 60);
