package kr.axcampus.submission;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** One uploaded version of a learner's project deliverable and its review. */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion extends BaseEntity {
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "learner_id")
    public UUID learnerId;

    @Column(name = "material_id")
    public UUID materialId;

    public int version;

    public String note;

    @Enumerated(EnumType.STRING)
    public SubmissionStatus status;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_by")
    public UUID reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
