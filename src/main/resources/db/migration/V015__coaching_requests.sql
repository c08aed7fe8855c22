-- Stage 3: close coaching on site after training. A learner or CEO asks; an operator assigns a
-- coach (an instructor); the coach records visits and resolves or closes; the requester rates once.

CREATE TABLE coaching_request (
    id                UUID PRIMARY KEY,
    center_id         UUID          NOT NULL REFERENCES training_center (id),
    company_id        UUID          NOT NULL REFERENCES company (id),
    -- people without a foreign key, as the other actor columns: an erased person's rows stay
    requester_id      UUID          NOT NULL,
    coach_id          UUID,
    title             VARCHAR(200)  NOT NULL,
    problem           VARCHAR(4000) NOT NULL,
    process           VARCHAR(200),
    tool              VARCHAR(200),
    urgency           VARCHAR(10)   NOT NULL CHECK (urgency IN ('LOW', 'NORMAL', 'HIGH')),
    -- the roadmap bottleneck the problem belongs to, when the company was diagnosed
    bottleneck_id     UUID REFERENCES bottleneck (id),
    status            VARCHAR(20)   NOT NULL
        CHECK (status IN ('NEW', 'ASSIGNED', 'SCHEDULED', 'RESOLVED', 'CLOSED_UNRESOLVED')),
    -- the service levels: the first answer (assignment or closing) and the end (resolved or closed)
    first_response_at TIMESTAMP WITH TIME ZONE,
    ended_at          TIMESTAMP WITH TIME ZONE,
    summary           VARCHAR(4000),
    rating_score      SMALLINT CHECK (rating_score BETWEEN 1 AND 5),
    rating_comment    VARCHAR(2000),
    rated_at          TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT coaching_rating_once CHECK ((rating_score IS NULL) = (rated_at IS NULL))
);
CREATE INDEX coaching_request_centre ON coaching_request (center_id, status, created_at DESC);
CREATE INDEX coaching_request_company ON coaching_request (company_id, created_at DESC);
CREATE INDEX coaching_request_requester ON coaching_request (requester_id);
CREATE INDEX coaching_request_coach ON coaching_request (coach_id);

-- Every change of a request, with who, when and why; append-only.
CREATE TABLE coaching_event (
    id          UUID PRIMARY KEY,
    request_id  UUID         NOT NULL REFERENCES coaching_request (id),
    actor_id    UUID,
    action      VARCHAR(30)  NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    detail      VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX coaching_event_request ON coaching_event (request_id, created_at);

-- A coaching visit: on site at the company or online.
CREATE TABLE coaching_visit (
    id           UUID PRIMARY KEY,
    request_id   UUID          NOT NULL REFERENCES coaching_request (id),
    coach_id     UUID          NOT NULL,
    starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    minutes      INTEGER       NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    mode         VARCHAR(10)   NOT NULL CHECK (mode IN ('ON_SITE', 'ONLINE')),
    participants VARCHAR(1000),
    notes        VARCHAR(4000),
    next_steps   VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX coaching_visit_request ON coaching_visit (request_id, starts_at);
CREATE INDEX coaching_visit_coach ON coaching_visit (coach_id, starts_at);
