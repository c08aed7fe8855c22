package kr.axcampus.catalog.dto;

import java.time.Instant;
import java.util.List;

import io.quarkus.qute.TemplateData;

/** A reader's online progress in one course: separate from attendance and practicum. */
@TemplateData
public record CourseProgress(
        String courseCode,
        int completedLessons,
        int totalLessons,
        int completedMinutes,
        int totalMinutes,
        int percent,
        String nextLesson,
        Instant lastViewedAt,
        List<ModuleProgress> modules,
        List<LessonProgress> lessons) {

    @TemplateData
    public record ModuleProgress(String code, int completedLessons, int totalLessons, int percent) {}

    @TemplateData
    public record LessonProgress(String code, Instant completedAt) {}
}
