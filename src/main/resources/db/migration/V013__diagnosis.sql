-- Stage 1: the readiness questionnaire (every imported version, never changed), a company's
-- diagnosis on it, the bottlenecks found on site and the training roadmap that removes them.

CREATE TABLE diagnosis_questionnaire (
    version      INTEGER PRIMARY KEY,
    content_hash VARCHAR(64) NOT NULL,
    body         JSONB       NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the last import that found this version in content/: the latest is the current version
    applied_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE diagnosis (
    id                    UUID PRIMARY KEY,
    center_id             UUID        NOT NULL REFERENCES training_center (id),
    company_id            UUID        NOT NULL REFERENCES company (id),
    expert_id             UUID        NOT NULL REFERENCES app_user (id),
    questionnaire_version INTEGER     NOT NULL REFERENCES diagnosis_questionnaire (version),
    status                VARCHAR(20) NOT NULL, -- DRAFT, SUBMITTED, SIGNED_OFF
    visited_on            DATE        NOT NULL,
    participants          VARCHAR(1000),
    notes                 JSONB       NOT NULL DEFAULT '{}',
    submitted_at          TIMESTAMP WITH TIME ZONE,
    signed_off_at         TIMESTAMP WITH TIME ZONE,
    signed_off_by         UUID,
    -- the report as it was signed off, kept as a DIAGNOSIS-scope material once first asked for
    report_material_id    UUID REFERENCES material (id),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX diagnosis_company ON diagnosis (company_id, created_at DESC);
CREATE INDEX diagnosis_expert ON diagnosis (expert_id);

-- The expert's answers and the company's own (SELF) side by side; the dimension is kept with
-- each answer so scores aggregate without reading the questionnaire.
CREATE TABLE diagnosis_answer (
    diagnosis_id   UUID        NOT NULL REFERENCES diagnosis (id),
    source         VARCHAR(10) NOT NULL CHECK (source IN ('EXPERT', 'SELF')),
    question_code  VARCHAR(60) NOT NULL,
    dimension_code VARCHAR(60) NOT NULL,
    score          SMALLINT    NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (diagnosis_id, source, question_code)
);

-- Every change of a diagnosis, with who and when, append-only.
CREATE TABLE diagnosis_event (
    id           UUID PRIMARY KEY,
    diagnosis_id UUID        NOT NULL REFERENCES diagnosis (id),
    actor_id     UUID,
    action       VARCHAR(30) NOT NULL,
    detail       VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX diagnosis_event_diagnosis ON diagnosis_event (diagnosis_id, created_at);

CREATE TABLE bottleneck (
    id                   UUID PRIMARY KEY,
    diagnosis_id         UUID          NOT NULL REFERENCES diagnosis (id),
    process              VARCHAR(200)  NOT NULL,
    pain                 VARCHAR(2000) NOT NULL,
    hours_lost_per_month NUMERIC(7, 1) NOT NULL CHECK (hours_lost_per_month >= 0),
    people_affected      INTEGER       NOT NULL CHECK (people_affected >= 0),
    opportunity_tag      VARCHAR(40)   NOT NULL,
    impact               INTEGER       NOT NULL CHECK (impact BETWEEN 1 AND 5),
    feasibility          INTEGER       NOT NULL CHECK (feasibility BETWEEN 1 AND 5),
    priority             INTEGER GENERATED ALWAYS AS (impact * feasibility) STORED,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bottleneck_diagnosis ON bottleneck (diagnosis_id);

CREATE TABLE roadmap_item (
    id             UUID PRIMARY KEY,
    diagnosis_id   UUID        NOT NULL REFERENCES diagnosis (id),
    bottleneck_id  UUID        NOT NULL REFERENCES bottleneck (id),
    course_code    VARCHAR(40) NOT NULL,
    role           VARCHAR(100),
    target_quarter VARCHAR(7)  NOT NULL,
    cohort_id      UUID REFERENCES cohort (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX roadmap_item_diagnosis ON roadmap_item (diagnosis_id);

-- The employees an item names, in the order named (enrolment follows it when places run out).
CREATE TABLE roadmap_person (
    item_id  UUID    NOT NULL REFERENCES roadmap_item (id),
    user_id  UUID    NOT NULL REFERENCES app_user (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (item_id, user_id)
);

-- Industry becomes a fixed list: the KSIC sections of content/industries.yaml (A–U) or OTHER.
-- Existing free text is kept as it was and filed under a section by the same keywords the
-- application uses (first match in the file's order); text that matches none is OTHER.
ALTER TABLE company ADD COLUMN industry_section VARCHAR(8);
UPDATE company SET industry_section = CASE
        WHEN lower(industry) LIKE '%농업%' OR lower(industry) LIKE '%임업%' OR lower(industry) LIKE '%어업%' OR lower(industry) LIKE '%수산%' OR lower(industry) LIKE '%축산%' OR lower(industry) LIKE '%agricultur%' OR lower(industry) LIKE '%farm%' OR lower(industry) LIKE '%fish%' THEN 'A'
        WHEN lower(industry) LIKE '%광업%' OR lower(industry) LIKE '%채굴%' OR lower(industry) LIKE '%채석%' OR lower(industry) LIKE '%mining%' THEN 'B'
        WHEN lower(industry) LIKE '%제조%' OR lower(industry) LIKE '%가공%' OR lower(industry) LIKE '%생산%' OR lower(industry) LIKE '%부품%' OR lower(industry) LIKE '%공장%' OR lower(industry) LIKE '%금속%' OR lower(industry) LIKE '%전자%' OR lower(industry) LIKE '%기계%' OR lower(industry) LIKE '%화학%' OR lower(industry) LIKE '%식품%' OR lower(industry) LIKE '%manufactur%' THEN 'C'
        WHEN lower(industry) LIKE '%전기%' OR lower(industry) LIKE '%가스%' OR lower(industry) LIKE '%에너지%' OR lower(industry) LIKE '%발전%' OR lower(industry) LIKE '%energy%' OR lower(industry) LIKE '%electricity%' THEN 'D'
        WHEN lower(industry) LIKE '%수도%' OR lower(industry) LIKE '%하수%' OR lower(industry) LIKE '%폐기물%' OR lower(industry) LIKE '%재생%' OR lower(industry) LIKE '%재활용%' OR lower(industry) LIKE '%waste%' OR lower(industry) LIKE '%recycl%' THEN 'E'
        WHEN lower(industry) LIKE '%건설%' OR lower(industry) LIKE '%건축%' OR lower(industry) LIKE '%시공%' OR lower(industry) LIKE '%토목%' OR lower(industry) LIKE '%인테리어%' OR lower(industry) LIKE '%construct%' THEN 'F'
        WHEN lower(industry) LIKE '%도매%' OR lower(industry) LIKE '%소매%' OR lower(industry) LIKE '%유통%' OR lower(industry) LIKE '%판매%' OR lower(industry) LIKE '%쇼핑몰%' OR lower(industry) LIKE '%무역%' OR lower(industry) LIKE '%retail%' OR lower(industry) LIKE '%wholesale%' OR lower(industry) LIKE '%commerce%' THEN 'G'
        WHEN lower(industry) LIKE '%운수%' OR lower(industry) LIKE '%운송%' OR lower(industry) LIKE '%물류%' OR lower(industry) LIKE '%창고%' OR lower(industry) LIKE '%택배%' OR lower(industry) LIKE '%해운%' OR lower(industry) LIKE '%logistic%' OR lower(industry) LIKE '%transport%' OR lower(industry) LIKE '%storage%' THEN 'H'
        WHEN lower(industry) LIKE '%숙박%' OR lower(industry) LIKE '%호텔%' OR lower(industry) LIKE '%음식점%' OR lower(industry) LIKE '%외식%' OR lower(industry) LIKE '%카페%' OR lower(industry) LIKE '%hotel%' OR lower(industry) LIKE '%restaurant%' THEN 'I'
        WHEN lower(industry) LIKE '%정보통신%' OR lower(industry) LIKE '%소프트웨어%' OR lower(industry) LIKE '%통신%' OR lower(industry) LIKE '%플랫폼%' OR lower(industry) LIKE '%출판%' OR lower(industry) LIKE '%방송%' OR lower(industry) LIKE '%software%' OR lower(industry) LIKE '%telecom%' THEN 'J'
        WHEN lower(industry) LIKE '%금융%' OR lower(industry) LIKE '%보험%' OR lower(industry) LIKE '%증권%' OR lower(industry) LIKE '%은행%' OR lower(industry) LIKE '%financ%' OR lower(industry) LIKE '%insur%' THEN 'K'
        WHEN lower(industry) LIKE '%부동산%' OR lower(industry) LIKE '%임대업%' OR lower(industry) LIKE '%real estate%' THEN 'L'
        WHEN lower(industry) LIKE '%연구%' OR lower(industry) LIKE '%엔지니어링%' OR lower(industry) LIKE '%설계%' OR lower(industry) LIKE '%컨설팅%' OR lower(industry) LIKE '%디자인%' OR lower(industry) LIKE '%광고%' OR lower(industry) LIKE '%법무%' OR lower(industry) LIKE '%회계%' OR lower(industry) LIKE '%consult%' OR lower(industry) LIKE '%engineering%' OR lower(industry) LIKE '%research%' THEN 'M'
        WHEN lower(industry) LIKE '%시설관리%' OR lower(industry) LIKE '%사업지원%' OR lower(industry) LIKE '%인력%' OR lower(industry) LIKE '%경비%' OR lower(industry) LIKE '%청소%' OR lower(industry) LIKE '%렌탈%' OR lower(industry) LIKE '%rental%' THEN 'N'
        WHEN lower(industry) LIKE '%공공행정%' OR lower(industry) LIKE '%국방%' OR lower(industry) LIKE '%행정%' THEN 'O'
        WHEN lower(industry) LIKE '%교육%' OR lower(industry) LIKE '%학원%' OR lower(industry) LIKE '%훈련%' OR lower(industry) LIKE '%education%' THEN 'P'
        WHEN lower(industry) LIKE '%보건%' OR lower(industry) LIKE '%병원%' OR lower(industry) LIKE '%의료%' OR lower(industry) LIKE '%복지%' OR lower(industry) LIKE '%요양%' OR lower(industry) LIKE '%health%' OR lower(industry) LIKE '%medical%' THEN 'Q'
        WHEN lower(industry) LIKE '%예술%' OR lower(industry) LIKE '%스포츠%' OR lower(industry) LIKE '%여가%' OR lower(industry) LIKE '%공연%' OR lower(industry) LIKE '%게임%' OR lower(industry) LIKE '%sport%' OR lower(industry) LIKE '%art%' THEN 'R'
        WHEN lower(industry) LIKE '%협회%' OR lower(industry) LIKE '%단체%' OR lower(industry) LIKE '%수리%' OR lower(industry) LIKE '%세탁%' OR lower(industry) LIKE '%미용%' OR lower(industry) LIKE '%repair%' THEN 'S'
        WHEN lower(industry) LIKE '%가구 내 고용%' THEN 'T'
        WHEN lower(industry) LIKE '%국제기구%' OR lower(industry) LIKE '%외국기관%' THEN 'U'
        ELSE 'OTHER' END
WHERE industry IS NOT NULL AND btrim(industry) <> '';
