CREATE TABLE app_user (
    id             UUID PRIMARY KEY,
    center_id      UUID         NOT NULL REFERENCES training_center (id),
    email          VARCHAR(254) NOT NULL,
    name           VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    roles          VARCHAR(20)[] NOT NULL,
    company_id     UUID REFERENCES company (id),
    department     VARCHAR(100),
    job_title      VARCHAR(100),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_roles_not_empty CHECK (cardinality(roles) > 0)
);
-- Emails are the login: unique regardless of case.
CREATE UNIQUE INDEX app_user_email_unique ON app_user (lower(email));
CREATE INDEX app_user_company ON app_user (company_id);
CREATE INDEX app_user_center_name ON app_user (center_id, name);

-- Failed sign-ins per account and per client address, shared by every replica.
CREATE TABLE login_throttle (
    throttle_key      VARCHAR(300) PRIMARY KEY,
    failures          INTEGER      NOT NULL,
    first_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until     TIMESTAMP WITH TIME ZONE
);
