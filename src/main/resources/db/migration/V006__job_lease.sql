-- Scheduled jobs run once across replicas: a run claims the job's lease for its period.
CREATE TABLE job_lease (
    name    VARCHAR(100) PRIMARY KEY,
    holder  VARCHAR(200) NOT NULL,
    ran_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
