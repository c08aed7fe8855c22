package kr.axcampus.identity.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

/** One line of an account's history: {@code change} is DEACTIVATED or REACTIVATED. */
@TemplateData
public record StatusChange(Instant at, String change, String reason, String actorId, String actorName) {}
