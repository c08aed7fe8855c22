package kr.axcampus.catalog.dto;

import java.util.List;

import io.quarkus.qute.TemplateData;

import kr.axcampus.catalog.Course;
import kr.axcampus.catalog.Track;

/** A course in lists. {@code title}, {@code audience}, {@code summary} are Korean; the *En fields English. */
@TemplateData
public record CourseSummary(
        String code,
        String title,
        String titleEn,
        Track track,
        String audience,
        String audienceEn,
        String summary,
        String summaryEn,
        int plannedMinutes,
        int practicumMinutes,
        List<String> tags,
        boolean archived) {
    public static CourseSummary of(Course c) {
        return new CourseSummary(
                c.code,
                c.titleKo,
                c.titleEn,
                c.track,
                c.audienceKo,
                c.audienceEn,
                c.summaryKo,
                c.summaryEn,
                c.plannedMinutes,
                c.practicumMinutes,
                List.of(c.tags),
                c.archived());
    }
}
