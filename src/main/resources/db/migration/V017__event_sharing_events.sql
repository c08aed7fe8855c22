-- Stage 3: best-practice sharing events (우수사례 공유회). An event has no course and no completion:
-- its registrations and check-ins live here and never in attendance_record, so no cohort's
-- attendance rate counts them.

CREATE TABLE sharing_event (
    id         UUID PRIMARY KEY,
    center_id  UUID         NOT NULL REFERENCES training_center (id),
    title      VARCHAR(200) NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL CHECK (ends_at > starts_at),
    -- a place or a link to an online meeting
    location   VARCHAR(500) NOT NULL,
    capacity   INTEGER      NOT NULL CHECK (capacity >= 1),
    -- derives the rotating check-in codes, as a session's secret does; codes are never stored
    secret     BYTEA        NOT NULL,
    -- the operator who created it (no foreign key: actors stay even when a person is erased)
    created_by UUID         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sharing_event_center ON sharing_event (center_id, starts_at DESC);

-- One person's place at an event: REGISTERED (a seat) or WAITING (in order of registered_at).
-- Cancelling deletes the row; the first waiting person then takes the seat.
CREATE TABLE event_registration (
    id            UUID PRIMARY KEY,
    event_id      UUID        NOT NULL REFERENCES sharing_event (id) ON DELETE CASCADE,
    user_id       UUID        NOT NULL,
    status        VARCHAR(12) NOT NULL CHECK (status IN ('REGISTERED', 'WAITING')),
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    promoted_at   TIMESTAMP WITH TIME ZONE,
    -- the event's own attendance: set once by a check-in with the live code
    checked_in_at TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (event_id, user_id)
);
CREATE INDEX event_registration_queue ON event_registration (event_id, status, registered_at, id);
CREATE INDEX event_registration_user ON event_registration (user_id);
