package kr.axcampus.coaching;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.access.Coached;
import kr.axcampus.common.BaseEntity;

/** A problem at work after training that a learner or their CEO asks a coach to help with (밀착형 코칭). */
@Entity
@Table(name = "coaching_request")
public class CoachingRequest extends BaseEntity implements Coached {
    @Column(name = "center_id")
    public UUID centerId;

    @Column(name = "company_id")
    public UUID companyId;

    @Column(name = "requester_id")
    public UUID requesterId;

    @Column(name = "coach_id")
    public UUID coachId;

    public String title;

    public String problem;

    public String process;

    public String tool;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Column(name = "bottleneck_id")
    public UUID bottleneckId;

    @Enumerated(EnumType.STRING)
    public CoachingStatus status;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    public String summary;

    @Column(name = "rating_score")
    public Short ratingScore;

    @Column(name = "rating_comment")
    public String ratingComment;

    @Column(name = "rated_at")
    public Instant ratedAt;

    @Override
    public UUID centerId() {
        return centerId;
    }

    @Override
    public UUID companyId() {
        return companyId;
    }

    @Override
    public UUID requesterId() {
        return requesterId;
    }

    @Override
    public UUID coachId() {
        return coachId;
    }
}
