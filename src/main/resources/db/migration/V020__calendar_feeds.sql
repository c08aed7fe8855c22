-- Issue 17: each person's secret iCalendar feed (일정 구독). The token in the URL is the only
-- permission the feed asks for, so it is random (256 bits), one per person, and replaced when the
-- person resets it: the old URL then finds no row and answers 404 at once, on every replica.
-- It is stored as it is shown (the profile page shows it again); it guards nothing the database
-- does not already hold in the clear (the sessions, events and visits themselves).

CREATE TABLE calendar_feed (
    id         UUID PRIMARY KEY,
    user_id    UUID        NOT NULL UNIQUE REFERENCES app_user (id) ON DELETE CASCADE,
    token      VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
