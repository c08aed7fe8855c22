-- A cohort (기수): one run of a course at a centre.
CREATE TABLE cohort (
    id          UUID PRIMARY KEY,
    center_id   UUID        NOT NULL REFERENCES training_center (id),
    course_id   UUID        NOT NULL REFERENCES course (id),
    code        VARCHAR(40) NOT NULL,
    start_date  DATE        NOT NULL,
    end_date    DATE        NOT NULL,
    capacity    INTEGER     NOT NULL,
    mode        VARCHAR(20) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cohort_code UNIQUE (center_id, code),
    CONSTRAINT cohort_dates CHECK (end_date >= start_date),
    CONSTRAINT cohort_capacity CHECK (capacity > 0)
);
CREATE INDEX cohort_course ON cohort (course_id, start_date);

CREATE TABLE cohort_instructor (
    cohort_id  UUID NOT NULL REFERENCES cohort (id),
    user_id    UUID NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (cohort_id, user_id)
);
CREATE INDEX cohort_instructor_user ON cohort_instructor (user_id);

-- A learner in a cohort; withdrawal keeps the row and says why.
CREATE TABLE enrollment (
    id                UUID PRIMARY KEY,
    cohort_id         UUID        NOT NULL REFERENCES cohort (id),
    user_id           UUID        NOT NULL REFERENCES app_user (id),
    -- The employer when enrolled: what a CEO sees and what reports count under.
    company_id        UUID REFERENCES company (id),
    status            VARCHAR(20) NOT NULL,
    enrolled_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawal_reason VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT enrollment_once UNIQUE (cohort_id, user_id)
);
CREATE INDEX enrollment_user ON enrollment (user_id);
CREATE INDEX enrollment_company ON enrollment (company_id);
