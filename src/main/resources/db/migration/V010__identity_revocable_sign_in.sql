-- Sign-in that can be taken back (issue 12): a deactivated person cannot sign in, and every token
-- carries the person's token version; a deactivation, a change of roles or company, or signing
-- out raises it, so every token issued before is refused.
ALTER TABLE app_user ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE app_user ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0;

-- Who deactivated or reactivated whom, when and why: kept, never edited.
CREATE TABLE user_status_event (
    id          UUID PRIMARY KEY,
    user_id     UUID         NOT NULL REFERENCES app_user (id),
    actor_id    UUID         REFERENCES app_user (id),
    change      VARCHAR(20)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX user_status_event_user ON user_status_event (user_id, created_at);
