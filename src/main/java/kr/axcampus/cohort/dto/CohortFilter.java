package kr.axcampus.cohort.dto;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.qute.TemplateData;

import kr.axcampus.cohort.CohortStatus;

/**
 * Which cohorts a list shows; {@code null} parts do not filter. The status is where the cohort is
 * by its dates (planned, running, finished) unless it was cancelled.
 */
@TemplateData
public record CohortFilter(CohortStatus status, String courseCode, String instructorId) {
    public static final CohortFilter ALL = new CohortFilter(null, null, null);

    /** The filter as a query string for the list's other pages: {@code status=RUNNING&course=…&}. */
    public String query() {
        StringBuilder query = new StringBuilder();
        if (status != null) {
            query.append("status=").append(status.name()).append('&');
        }
        if (courseCode != null && !courseCode.isBlank()) {
            query.append("course=")
                    .append(URLEncoder.encode(courseCode, StandardCharsets.UTF_8))
                    .append('&');
        }
        if (instructorId != null && !instructorId.isBlank()) {
            query.append("instructor=")
                    .append(URLEncoder.encode(instructorId, StandardCharsets.UTF_8))
                    .append('&');
        }
        return query.toString();
    }
}
