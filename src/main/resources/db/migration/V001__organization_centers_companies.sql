CREATE TABLE training_center (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    kind        VARCHAR(40)  NOT NULL,
    region      VARCHAR(40)  NOT NULL,
    hub         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE company (
    id                 UUID PRIMARY KEY,
    center_id          UUID         NOT NULL REFERENCES training_center (id),
    name               VARCHAR(200) NOT NULL,
    business_number    VARCHAR(10)  NOT NULL,
    size_class         VARCHAR(20)  NOT NULL,
    industry           VARCHAR(200),
    region             VARCHAR(40)  NOT NULL,
    agreement_starts_on DATE,
    agreement_ends_on   DATE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT company_business_number_unique UNIQUE (center_id, business_number),
    CONSTRAINT company_agreement_period CHECK (agreement_ends_on IS NULL OR agreement_starts_on IS NULL
                                               OR agreement_ends_on >= agreement_starts_on)
);
CREATE INDEX company_center_name ON company (center_id, name);
