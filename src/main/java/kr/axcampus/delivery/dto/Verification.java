package kr.axcampus.delivery.dto;

import java.time.LocalDate;

import io.quarkus.qute.TemplateData;

/**
 * What anyone may learn of a certificate by its serial: whether it is valid, the course, the
 * learner's masked name, the day of completion and the centre. Nothing else.
 */
@TemplateData
public record Verification(
        String serial,
        Status status,
        String course,
        String courseEn,
        String learnerName,
        LocalDate completedOn,
        String centre) {
    public enum Status {
        VALID,
        REVOKED
    }
}
