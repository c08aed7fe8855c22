-- Every read of another person's personal data by an operator, instructor or CEO (PIPA): who,
-- when, what kind, in which context (a cohort, a session, a person), and whose data it was.
-- No foreign keys to people: recording a read must never be the reason it fails.
CREATE TABLE personal_data_read (
    id          UUID         PRIMARY KEY,
    center_id   UUID         NOT NULL REFERENCES training_center (id),
    at          TIMESTAMPTZ  NOT NULL,
    actor_id    UUID         NOT NULL,
    actor_roles VARCHAR(20)[] NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    context_id  UUID,
    subject_ids UUID[]       NOT NULL
);
CREATE INDEX personal_data_read_at ON personal_data_read (center_id, at DESC, id);
CREATE INDEX personal_data_read_actor ON personal_data_read (actor_id, at DESC);
CREATE INDEX personal_data_read_subjects ON personal_data_read USING GIN (subject_ids);
