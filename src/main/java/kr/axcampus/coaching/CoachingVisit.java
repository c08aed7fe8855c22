package kr.axcampus.coaching;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A coach's visit for a request, on site at the company or online, with what was done and what comes next. */
@Entity
@Table(name = "coaching_visit")
public class CoachingVisit extends BaseEntity {
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "coach_id")
    public UUID coachId;

    @Column(name = "starts_at")
    public Instant startsAt;

    public int minutes;

    @Enumerated(EnumType.STRING)
    public VisitMode mode;

    public String participants;

    public String notes;

    @Column(name = "next_steps")
    public String nextSteps;
}
