package kr.axcampus.cohort.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.TemplateData;

import kr.axcampus.cohort.CohortStatus;
import kr.axcampus.cohort.DeliveryMode;

/** A cohort with its course, instructors and head counts. */
@TemplateData
public record CohortView(
        String id,
        String courseCode,
        String courseTitle,
        String courseTitleEn,
        String code,
        LocalDate startDate,
        LocalDate endDate,
        int capacity,
        DeliveryMode mode,
        CohortStatus status,
        List<String> instructorIds,
        List<Person> instructors,
        long enrolledCount,
        long withdrawnCount,
        List<String> allowedNetworks,
        Instant closedAt) {

    /** Whether its results are frozen (수료 확정). */
    public boolean closed() {
        return closedAt != null;
    }

    @TemplateData
    public record Person(String id, String name) {}
}
