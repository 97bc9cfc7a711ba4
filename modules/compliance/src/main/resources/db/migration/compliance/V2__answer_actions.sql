-- The pledge plan actions made from an answer's gap, as ids joined by commas: the link back from the assessment.
ALTER TABLE assessment_answer ADD COLUMN action_ids VARCHAR(2000) DEFAULT '' NOT NULL;
