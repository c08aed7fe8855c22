-- A correction's reasons, as long as the API accepts them. A learner explains a request in up to
-- 1,000 characters (correction_request.reason); accepting it without a reason of the instructor's
-- own keeps the learner's as the decision's reason, and records it in the history behind the
-- prefix "correction request accepted: " — both columns were 500, so the database refused an
-- accepted request's decision. Widening a VARCHAR does not rewrite the table.
ALTER TABLE correction_request ALTER COLUMN decision_reason TYPE VARCHAR(1000);
ALTER TABLE attendance_event ALTER COLUMN reason TYPE VARCHAR(1100);
