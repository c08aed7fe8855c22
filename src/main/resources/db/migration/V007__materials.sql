-- Files in object storage and what they belong to. Deleting hides a material; the object stays
-- until the retention sweep removes it (purged_at), and the row stays as the record.
CREATE TABLE material (
    id            UUID PRIMARY KEY,
    center_id     UUID         NOT NULL REFERENCES training_center (id),
    scope         VARCHAR(20)  NOT NULL,
    scope_id      VARCHAR(100) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    content_type  VARCHAR(150) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    object_key    VARCHAR(300) NOT NULL UNIQUE,
    uploader_id   UUID         NOT NULL REFERENCES app_user (id),
    deleted_at    TIMESTAMP WITH TIME ZONE,
    deleted_by    UUID REFERENCES app_user (id),
    purged_at     TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX material_scope ON material (center_id, scope, scope_id) WHERE deleted_at IS NULL;
CREATE INDEX material_retention ON material (deleted_at) WHERE deleted_at IS NOT NULL AND purged_at IS NULL;

-- A learner's project deliverable, version by version: each version is a SUBMISSION material of
-- the cohort, reviewed by the cohort's instructor (accepted, or changes requested with a comment).
CREATE TABLE submission_version (
    id              UUID PRIMARY KEY,
    cohort_id       UUID         NOT NULL REFERENCES cohort (id),
    learner_id      UUID         NOT NULL REFERENCES app_user (id),
    material_id     UUID         NOT NULL UNIQUE REFERENCES material (id),
    version         INTEGER      NOT NULL,
    note            VARCHAR(2000),
    status          VARCHAR(20)  NOT NULL,
    review_comment  VARCHAR(4000),
    reviewed_by     UUID REFERENCES app_user (id),
    reviewed_at     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (cohort_id, learner_id, version)
);
CREATE INDEX submission_version_pending ON submission_version (cohort_id) WHERE status = 'SUBMITTED';
