package kr.axcampus.event.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.event.RegistrationStatus;

/**
 * The caller's place at an event: {@code {status, position, checkedInAt}}; {@code position} is the
 * 1-based place on the waiting list, null with a seat.
 */
@TemplateData
public record RegistrationView(RegistrationStatus status, Integer position, Instant checkedInAt) {
    public boolean waiting() {
        return status == RegistrationStatus.WAITING;
    }
}
