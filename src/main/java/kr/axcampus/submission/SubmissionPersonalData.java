package kr.axcampus.submission;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/** What deliverables hold about a person: every version they handed in, with its review. */
@ApplicationScoped
public class SubmissionPersonalData implements PersonalDataHolder {
    private final EntityManager em;

    public SubmissionPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(JsonRows.part(
                em,
                "deliverables",
                "SELECT * FROM submission_version WHERE learner_id = :person ORDER BY created_at, id",
                person));
    }
}
