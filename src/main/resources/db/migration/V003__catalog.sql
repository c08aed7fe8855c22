-- The course catalogue, imported from content/. Courses are archived, never deleted:
-- cohorts and progress keep referring to them.
CREATE TABLE course (
    id                  UUID PRIMARY KEY,
    code                VARCHAR(40)  NOT NULL UNIQUE,
    title_ko            VARCHAR(200) NOT NULL,
    title_en            VARCHAR(200) NOT NULL,
    track               VARCHAR(20)  NOT NULL,
    audience_ko         VARCHAR(300) NOT NULL,
    audience_en         VARCHAR(300) NOT NULL,
    summary_ko          TEXT         NOT NULL,
    summary_en          TEXT         NOT NULL,
    outcomes            JSONB        NOT NULL,
    tags                VARCHAR(40)[] NOT NULL,
    prerequisites       VARCHAR(40)[] NOT NULL,
    policy              JSONB        NOT NULL,
    planned_minutes     INTEGER      NOT NULL,
    practicum_minutes   INTEGER      NOT NULL,
    content_hash        VARCHAR(64)  NOT NULL,
    archived_at         TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT course_track CHECK (track IN ('GENERAL_AX', 'PROFESSIONAL_AX'))
);

CREATE TABLE course_module (
    id               UUID PRIMARY KEY,
    course_id        UUID         NOT NULL REFERENCES course (id),
    code             VARCHAR(40)  NOT NULL,
    position         INTEGER      NOT NULL,
    title_ko         VARCHAR(200) NOT NULL,
    title_en         VARCHAR(200) NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    planned_minutes  INTEGER      NOT NULL,
    retired          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT course_module_code UNIQUE (course_id, code)
);

-- A lesson or lab. Retired ones (removed from content) stay for the progress that points at them.
CREATE TABLE lesson (
    id                 UUID PRIMARY KEY,
    course_id          UUID         NOT NULL REFERENCES course (id),
    module_id          UUID         NOT NULL REFERENCES course_module (id),
    code               VARCHAR(100) NOT NULL,
    position           INTEGER      NOT NULL,
    title_ko           VARCHAR(200) NOT NULL,
    title_en           VARCHAR(200) NOT NULL,
    kind               VARCHAR(10)  NOT NULL,
    estimated_minutes  INTEGER      NOT NULL,
    source_path        VARCHAR(300) NOT NULL,
    html               TEXT         NOT NULL,
    retired            BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lesson_code UNIQUE (course_id, code)
);
CREATE INDEX lesson_module ON lesson (module_id, position);

-- Files lessons link to (practice data, images), served from the content folder.
CREATE TABLE course_attachment (
    course_id   UUID         NOT NULL REFERENCES course (id),
    path        VARCHAR(300) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    PRIMARY KEY (course_id, path)
);

-- Every import attempt, so the operator sees the last result and its problems.
CREATE TABLE catalog_import (
    id           UUID PRIMARY KEY,
    trigger      VARCHAR(20) NOT NULL,
    actor_id     UUID REFERENCES app_user (id),
    outcome      VARCHAR(20) NOT NULL,
    problems     JSONB       NOT NULL,
    added        INTEGER     NOT NULL,
    changed      INTEGER     NOT NULL,
    unchanged    INTEGER     NOT NULL,
    archived     INTEGER     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_import_recent ON catalog_import (created_at DESC);

-- Online learning: one row per learner and lesson; separate from attendance.
CREATE TABLE lesson_progress (
    user_id         UUID NOT NULL REFERENCES app_user (id),
    lesson_id       UUID NOT NULL REFERENCES lesson (id),
    course_id       UUID NOT NULL REFERENCES course (id),
    last_viewed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (user_id, lesson_id)
);
CREATE INDEX lesson_progress_recent ON lesson_progress (user_id, last_viewed_at DESC);
CREATE INDEX lesson_progress_course ON lesson_progress (user_id, course_id);
