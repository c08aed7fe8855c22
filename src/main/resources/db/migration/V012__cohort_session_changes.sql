-- A session can be cancelled before it starts; it then no longer counts toward scheduled hours.
ALTER TABLE cohort_session ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cohort_session ADD COLUMN cancel_reason VARCHAR(500);

-- Every move or cancellation of a session, with who did it and why, append-only.
CREATE TABLE session_event (
    id              UUID PRIMARY KEY,
    session_id      UUID        NOT NULL REFERENCES cohort_session (id),
    actor_id        UUID,
    change          VARCHAR(20) NOT NULL, -- CHANGED or CANCELLED
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    prior_starts_at TIMESTAMP WITH TIME ZONE,
    prior_ends_at   TIMESTAMP WITH TIME ZONE,
    reason          VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX session_event_session ON session_event (session_id, created_at);
