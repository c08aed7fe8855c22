-- The best-practice cases presented at a sharing event (우수사례 공유회), linked by an operator.
CREATE TABLE event_case (
    event_id    UUID NOT NULL REFERENCES sharing_event (id) ON DELETE CASCADE,
    practice_id UUID NOT NULL REFERENCES best_practice (id),
    -- the operator who linked it (no foreign key: actors stay when a person is erased)
    linked_by   UUID NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, practice_id)
);
CREATE INDEX event_case_practice ON event_case (practice_id);
