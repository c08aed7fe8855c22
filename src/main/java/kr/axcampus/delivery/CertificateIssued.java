package kr.axcampus.delivery;

import java.util.UUID;

/** A certificate was issued at a cohort's close: fired inside the closing transaction. */
public record CertificateIssued(
        UUID centerId, UUID cohortId, String cohortCode, UUID learnerId, UUID certificateId, String serial) {}
