package kr.axcampus.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.axcampus.common.BaseEntity;

/** A cohort (기수): one run of a course at a centre. */
@Entity
@Table(name = "cohort")
public class Cohort extends BaseEntity {
    @Column(name = "center_id")
    public UUID centerId;

    @Column(name = "course_id")
    public UUID courseId;

    public String code;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public int capacity;

    @Enumerated(EnumType.STRING)
    public DeliveryMode mode;

    @Enumerated(EnumType.STRING)
    public CohortStatus status;

    /** CIDR blocks self check-in is allowed from; empty means any network. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "allowed_networks", columnDefinition = "varchar(50)[]")
    public String[] allowedNetworks = new String[0];

    /** When its results were frozen (수료 확정); null while it is open. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public UUID closedBy;

    @ElementCollection
    @CollectionTable(name = "cohort_instructor", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "user_id")
    @BatchSize(size = 100)
    public Set<UUID> instructorIds = new HashSet<>();
}
