package kr.axcampus.catalog.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.catalog.LessonKind;

/** An opened lesson: sanitised HTML, where it sits, and whether the reader has finished it. */
@TemplateData
public record LessonView(
        String courseCode,
        String moduleCode,
        String code,
        String title,
        String titleEn,
        LessonKind kind,
        int estimatedMinutes,
        String html,
        String previous,
        String next,
        Instant completedAt) {}
