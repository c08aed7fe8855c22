-- Network allow-list for self check-in (CIDR blocks); empty means any network.
ALTER TABLE cohort ADD COLUMN allowed_networks VARCHAR(50)[] NOT NULL DEFAULT '{}';

-- A session (차시) of a cohort. The secret derives the rotating check-in codes; codes are never stored.
CREATE TABLE cohort_session (
    id          UUID PRIMARY KEY,
    cohort_id   UUID         NOT NULL REFERENCES cohort (id),
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    location    VARCHAR(500),
    module_code VARCHAR(40),
    secret      BYTEA        NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT session_times CHECK (ends_at > starts_at)
);
CREATE INDEX cohort_session_time ON cohort_session (cohort_id, starts_at);

-- One record per learner per session, whatever the retries.
CREATE TABLE attendance_record (
    id                UUID PRIMARY KEY,
    session_id        UUID        NOT NULL REFERENCES cohort_session (id),
    user_id           UUID        NOT NULL REFERENCES app_user (id),
    status            VARCHAR(20) NOT NULL,
    check_in_at       TIMESTAMP WITH TIME ZONE,
    check_out_at      TIMESTAMP WITH TIME ZONE,
    method            VARCHAR(20) NOT NULL,
    credited_minutes  INTEGER     NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT attendance_once UNIQUE (session_id, user_id),
    CONSTRAINT attendance_credit CHECK (credited_minutes >= 0)
);
CREATE INDEX attendance_user ON attendance_record (user_id);

-- Every change to a record, append-only.
CREATE TABLE attendance_event (
    id          UUID PRIMARY KEY,
    session_id  UUID         NOT NULL REFERENCES cohort_session (id),
    user_id     UUID         NOT NULL REFERENCES app_user (id),
    actor_id    UUID         REFERENCES app_user (id),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    before      JSONB,
    after       JSONB        NOT NULL,
    reason      VARCHAR(500)
);
CREATE INDEX attendance_event_record ON attendance_event (session_id, user_id, at);

-- A learner's request to correct their own record, decided by an instructor.
CREATE TABLE correction_request (
    id                    UUID PRIMARY KEY,
    session_id            UUID         NOT NULL REFERENCES cohort_session (id),
    user_id               UUID         NOT NULL REFERENCES app_user (id),
    requested_status      VARCHAR(20)  NOT NULL,
    check_in_at           TIMESTAMP WITH TIME ZONE,
    check_out_at          TIMESTAMP WITH TIME ZONE,
    reason                VARCHAR(1000) NOT NULL,
    evidence_material_id  UUID,
    status                VARCHAR(20)  NOT NULL,
    decided_by            UUID REFERENCES app_user (id),
    decided_at            TIMESTAMP WITH TIME ZONE,
    decision_reason       VARCHAR(500),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX correction_request_session ON correction_request (session_id, status);

-- Independent practice a learner logs; counts toward practicum once approved, up to the course's cap.
CREATE TABLE practice_log (
    id                    UUID PRIMARY KEY,
    cohort_id             UUID          NOT NULL REFERENCES cohort (id),
    user_id               UUID          NOT NULL REFERENCES app_user (id),
    minutes               INTEGER       NOT NULL,
    performed_on          DATE          NOT NULL,
    description           VARCHAR(2000) NOT NULL,
    evidence_material_id  UUID,
    status                VARCHAR(20)   NOT NULL,
    decided_by            UUID REFERENCES app_user (id),
    decided_at            TIMESTAMP WITH TIME ZONE,
    decision_reason       VARCHAR(500),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT practice_log_minutes CHECK (minutes > 0 AND minutes <= 1440)
);
CREATE INDEX practice_log_cohort ON practice_log (cohort_id, user_id, status);

-- Manual practicum adjustments (either sign), always with a reason.
CREATE TABLE practicum_adjustment (
    id          UUID PRIMARY KEY,
    cohort_id   UUID         NOT NULL REFERENCES cohort (id),
    user_id     UUID         NOT NULL REFERENCES app_user (id),
    minutes     INTEGER      NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    actor_id    UUID REFERENCES app_user (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX practicum_adjustment_cohort ON practicum_adjustment (cohort_id, user_id);
