package kr.axcampus.catalog.dto;

import java.util.List;

import io.quarkus.qute.TemplateData;

import kr.axcampus.catalog.CompletionPolicy;
import kr.axcampus.catalog.LessonKind;
import kr.axcampus.catalog.ModuleKind;
import kr.axcampus.catalog.Track;
import kr.axcampus.common.LocalizedText;

/** A course with its outline, as API.md "Catalogue" describes it (plus additive English and policy fields). */
@TemplateData
public record CourseDetail(
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
        List<LocalizedText> outcomes,
        List<String> prerequisites,
        CompletionPolicy completion,
        boolean archived,
        List<Module> modules) {

    @TemplateData
    public record Module(
            String code, String title, String titleEn, ModuleKind kind, int plannedMinutes, List<LessonRef> lessons) {}

    @TemplateData
    public record LessonRef(String code, String title, String titleEn, LessonKind kind, int estimatedMinutes) {}

    public int lessonCount() {
        return modules.stream().mapToInt(m -> m.lessons().size()).sum();
    }
}
