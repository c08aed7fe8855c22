package kr.axcampus.cohort.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.cohort.SessionKind;

/** A scheduled session as the API shows it (never its secret). */
@TemplateData
public record SessionView(
        String id,
        String cohortId,
        Instant startsAt,
        Instant endsAt,
        SessionKind kind,
        String location,
        String moduleCode,
        int minutes,
        Instant closedAt,
        Instant cancelledAt,
        String cancelReason) {

    public boolean cancelled() {
        return cancelledAt != null;
    }
}
