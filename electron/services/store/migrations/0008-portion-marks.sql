-- Portion marks: a fact or a source may carry a protective marking (a template's classification id or
-- label, as the analyst chose it); the paragraphs citing the fact (or any fact of the source) are marked
-- at least that high. NULL: unmarked.
ALTER TABLE facts ADD COLUMN classification TEXT CHECK (classification IS NULL OR length(classification) BETWEEN 1 AND 60);
ALTER TABLE sources ADD COLUMN classification TEXT CHECK (classification IS NULL OR length(classification) BETWEEN 1 AND 60);
