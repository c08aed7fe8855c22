package kr.axcampus.catalog.dto;

import java.util.UUID;

import io.quarkus.qute.TemplateData;

import kr.axcampus.catalog.CompletionPolicy;
import kr.axcampus.catalog.Track;

/** What other features need to know of a course. */
@TemplateData
public record CourseRef(
        UUID id,
        String code,
        String title,
        String titleEn,
        Track track,
        int plannedMinutes,
        int practicumMinutes,
        CompletionPolicy policy,
        boolean archived) {}
