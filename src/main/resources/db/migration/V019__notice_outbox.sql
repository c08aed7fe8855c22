-- Notices (알림): every notice is one row of the outbox, the in-app inbox and the mail queue at
-- once. The unique key (kind, subject, recipient, occasion) is what makes a notice happen once:
-- a second replica, a restarted job or a retried request inserting it again changes nothing.

-- The language a person reads notices in: the one they last chose on the pages.
ALTER TABLE app_user ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'ko' CHECK (language IN ('ko', 'en'));

CREATE TABLE notice (
    id             UUID PRIMARY KEY,
    center_id      UUID          NOT NULL REFERENCES training_center (id),
    -- a person without a foreign key, as the other actor columns: an erased person's rows stay
    recipient_id   UUID          NOT NULL,
    kind           VARCHAR(30)   NOT NULL CHECK (kind IN ('SESSION_REMINDER', 'AT_RISK', 'DELIVERABLE_REVIEWED',
        'CORRECTION_DECIDED', 'PRACTICE_LOG_DECIDED', 'COACHING_UPDATED', 'CERTIFICATE_READY')),
    -- what the notice is about (a session, a cohort, a request …) and which time it is about it
    subject_id     UUID          NOT NULL,
    occasion       VARCHAR(120)  NOT NULL,
    -- the figures the text is written from, in the reader's language when it is shown or sent
    facts          JSONB         NOT NULL,
    link           VARCHAR(300)  NOT NULL,
    read_at        TIMESTAMP WITH TIME ZONE,
    -- the mail copy: NONE (not wanted), PENDING, SENDING (claimed by one sender), SENT, CAPTURED
    -- (the embedded default's local outbox), FAILED (rejected or given up, with the reason)
    mail_state     VARCHAR(10)   NOT NULL
        CHECK (mail_state IN ('NONE', 'PENDING', 'SENDING', 'SENT', 'CAPTURED', 'FAILED')),
    mail_attempts  INTEGER       NOT NULL DEFAULT 0,
    mail_next_at   TIMESTAMP WITH TIME ZONE,
    mail_claimed_at TIMESTAMP WITH TIME ZONE,
    mail_done_at   TIMESTAMP WITH TIME ZONE,
    mail_to        VARCHAR(254),
    mail_subject   VARCHAR(300),
    mail_body      VARCHAR(4000),
    mail_error     VARCHAR(500),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notice_once UNIQUE (kind, subject_id, recipient_id, occasion)
);
CREATE INDEX notice_inbox ON notice (recipient_id, created_at DESC);
CREATE INDEX notice_unread ON notice (recipient_id) WHERE read_at IS NULL;
CREATE INDEX notice_mail_due ON notice (mail_next_at) WHERE mail_state = 'PENDING';
CREATE INDEX notice_mail_claimed ON notice (mail_claimed_at) WHERE mail_state = 'SENDING';
CREATE INDEX notice_outbox ON notice (center_id, created_at DESC) WHERE mail_state <> 'NONE';

-- Which kinds also go by mail: a person's own choice, else the centre's default, else yes.
CREATE TABLE notice_mail_choice (
    user_id    UUID        NOT NULL,
    kind       VARCHAR(30) NOT NULL,
    mail       BOOLEAN     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, kind)
);

CREATE TABLE notice_centre_default (
    center_id  UUID        NOT NULL REFERENCES training_center (id),
    kind       VARCHAR(30) NOT NULL,
    mail       BOOLEAN     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (center_id, kind)
);

-- Whether a learner was at risk in a cohort when the watch last looked, and how many times they
-- have crossed into it: one notice per crossing, whichever replica sees it first.
CREATE TABLE notice_risk_state (
    cohort_id  UUID    NOT NULL,
    user_id    UUID    NOT NULL,
    at_risk    BOOLEAN NOT NULL,
    crossings  INTEGER NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
);
