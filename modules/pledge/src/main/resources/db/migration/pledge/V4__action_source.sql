-- Where an action came from, when it was made from something else (for example a self-assessment gap:
-- "assessment:nms-2019/2026/1.1.I"). Set once, when the action is created.
ALTER TABLE plan_action ADD COLUMN source_ref VARCHAR(120);
