-- Files in object storage and what they belong to. Deleting hides a material; the object stays
-- until the retention sweep removes it.
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
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX material_scope ON material (center_id, scope, scope_id) WHERE deleted_at IS NULL;
