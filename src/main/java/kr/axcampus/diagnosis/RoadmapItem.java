package kr.axcampus.diagnosis;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/**
 * One line of a company's training roadmap: the course that removes a bottleneck, for named
 * employees (roadmap_person) or a role, in a target quarter and, once it exists, a cohort.
 */
@Entity
@Table(name = "roadmap_item")
public class RoadmapItem extends BaseEntity {
    @Column(name = "diagnosis_id")
    public UUID diagnosisId;

    @Column(name = "bottleneck_id")
    public UUID bottleneckId;

    @Column(name = "course_code")
    public String courseCode;

    public String role;

    @Column(name = "target_quarter")
    public String targetQuarter;

    @Column(name = "cohort_id")
    public UUID cohortId;
}
