-- Proof of delivery: a cohort is closed after its last session and each enrolment's result is
-- frozen then; certificates of completion are issued for the frozen COMPLETED results.

ALTER TABLE cohort ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cohort ADD COLUMN closed_by UUID;

-- Every close and reopen of a cohort, with who and why, append-only.
CREATE TABLE cohort_event (
    id         UUID PRIMARY KEY,
    cohort_id  UUID        NOT NULL REFERENCES cohort (id),
    actor_id   UUID,
    change     VARCHAR(20) NOT NULL, -- CLOSED or REOPENED
    reason     VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cohort_event_cohort ON cohort_event (cohort_id, created_at);

-- A result as it was frozen at one close (round); a reopen supersedes the round's results.
CREATE TABLE enrollment_result (
    id                UUID PRIMARY KEY,
    cohort_id         UUID        NOT NULL REFERENCES cohort (id),
    user_id           UUID        NOT NULL REFERENCES app_user (id),
    company_id        UUID REFERENCES company (id),
    round             INTEGER     NOT NULL,
    result            VARCHAR(20) NOT NULL CHECK (result IN ('COMPLETED', 'NOT_COMPLETED')),
    reasons           JSONB       NOT NULL DEFAULT '[]',
    scheduled_minutes INTEGER     NOT NULL,
    credited_minutes  INTEGER     NOT NULL,
    practicum_minutes INTEGER     NOT NULL,
    attendance_rate   NUMERIC(6, 4) NOT NULL,
    decided_on        DATE        NOT NULL,
    superseded_at     TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (cohort_id, user_id, round)
);
CREATE INDEX enrollment_result_current ON enrollment_result (cohort_id) WHERE superseded_at IS NULL;

-- A certificate of completion; at most one valid per learner and cohort.
CREATE TABLE certificate (
    id            UUID PRIMARY KEY,
    serial        VARCHAR(20) NOT NULL UNIQUE,
    center_id     UUID        NOT NULL REFERENCES training_center (id),
    cohort_id     UUID        NOT NULL REFERENCES cohort (id),
    user_id       UUID        NOT NULL REFERENCES app_user (id),
    result_id     UUID        NOT NULL REFERENCES enrollment_result (id),
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    revoked_by    UUID,
    revoke_reason VARCHAR(500),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX certificate_valid ON certificate (cohort_id, user_id) WHERE revoked_at IS NULL;
CREATE INDEX certificate_user ON certificate (user_id);
