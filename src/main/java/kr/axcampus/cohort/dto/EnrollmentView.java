package kr.axcampus.cohort.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.cohort.EnrollmentStatus;

/** A learner's enrolment in a cohort. */
@TemplateData
public record EnrollmentView(
        String id,
        String cohortId,
        String userId,
        String name,
        String companyId,
        String department,
        EnrollmentStatus status,
        Instant enrolledAt,
        Instant withdrawnAt,
        String withdrawalReason) {}
