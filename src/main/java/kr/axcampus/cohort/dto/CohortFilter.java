package kr.axcampus.cohort.dto;

import kr.axcampus.cohort.CohortStatus;

/**
 * Which cohorts a list shows; {@code null} parts do not filter. The status is where the cohort is
 * by its dates (planned, running, finished) unless it was cancelled.
 */
public record CohortFilter(CohortStatus status, String courseCode, String instructorId) {
    public static final CohortFilter ALL = new CohortFilter(null, null, null);
}
