package kr.axcampus.cohort.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.cohort.SessionEvent;

/** One line of a session's history: moved or cancelled, by whom, when and why. */
@TemplateData
public record SessionChangeView(
        Instant at,
        String actor,
        SessionEvent.Change change,
        Instant startsAt,
        Instant endsAt,
        Instant priorStartsAt,
        Instant priorEndsAt,
        String reason) {}
