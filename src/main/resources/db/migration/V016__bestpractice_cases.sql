-- Stage 3: best-practice cases (우수사례) — a company's story of AI applied at work, its
-- before/after figures, the CEO's consent to show it and every change of state with who and when.
-- Actors (author, consenting CEO, publisher) carry no foreign key to app_user, as in the other
-- event tables: who did what stays readable after a person is erased (pseudonymised).

CREATE TABLE best_practice (
    id                   UUID PRIMARY KEY,
    center_id            UUID          NOT NULL REFERENCES training_center (id),
    company_id           UUID          NOT NULL REFERENCES company (id),
    author_id            UUID          NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    problem              VARCHAR(4000) NOT NULL,
    approach             VARCHAR(4000) NOT NULL,
    tools                VARCHAR(1000) NOT NULL,
    -- AI opportunity tag codes of content/tags.yaml, as a JSON array of strings
    tags                 JSONB         NOT NULL DEFAULT '[]',
    status               VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
    -- the company's CEO's consent to show the case publicly; null while not given or withdrawn
    consented_at         TIMESTAMP WITH TIME ZONE,
    consented_by         UUID,
    -- whether the consent lets the author's name appear on the public pages (default: not)
    show_names           BOOLEAN       NOT NULL DEFAULT FALSE,
    published_at         TIMESTAMP WITH TIME ZONE,
    published_by         UUID,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX best_practice_company ON best_practice (company_id, created_at DESC);
CREATE INDEX best_practice_author ON best_practice (author_id);
-- the public showcase reads only published, consented cases, newest first
CREATE INDEX best_practice_public ON best_practice (published_at DESC, id)
    WHERE status = 'PUBLISHED' AND consented_at IS NOT NULL;

-- A before/after figure of a case: its kind (HOURS_PER_MONTH, ERROR_RATE, LEAD_TIME, COST), the
-- unit as written, both values and the measurement period (ISO-8601, e.g. P3M).
CREATE TABLE best_practice_figure (
    id           UUID PRIMARY KEY,
    practice_id  UUID           NOT NULL REFERENCES best_practice (id),
    position     INTEGER        NOT NULL,
    name         VARCHAR(30)    NOT NULL,
    unit         VARCHAR(20)    NOT NULL,
    before_value NUMERIC(16, 4) NOT NULL CHECK (before_value >= 0),
    after_value  NUMERIC(16, 4) NOT NULL CHECK (after_value >= 0),
    period       VARCHAR(20)    NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (practice_id, position)
);
CREATE INDEX best_practice_figure_kind ON best_practice_figure (name, unit);

-- Every change of a case (created, edited, submitted, consent given or withdrawn, published,
-- unpublished) with who and when; append-only.
CREATE TABLE best_practice_event (
    id          UUID PRIMARY KEY,
    practice_id UUID        NOT NULL REFERENCES best_practice (id),
    actor_id    UUID,
    action      VARCHAR(30) NOT NULL,
    detail      VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX best_practice_event_practice ON best_practice_event (practice_id, created_at);
