package kr.axcampus.attendance.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.attendance.RecordState;

/** One event of a record's history: {@code {at, actor, change, reason}}. */
@TemplateData
public record HistoryEntry(Instant at, Actor actor, Change change, String reason) {
    public record Actor(String id, String name) {}

    public record Change(String kind, RecordState before, RecordState after) {}
}
