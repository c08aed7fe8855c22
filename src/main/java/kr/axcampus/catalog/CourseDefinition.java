package kr.axcampus.catalog;

import java.util.List;

import kr.axcampus.common.LocalizedText;

/** A course as read and checked from content/, ready to be applied to the database. */
public record CourseDefinition(
        String code,
        LocalizedText title,
        Track track,
        LocalizedText audience,
        LocalizedText summary,
        List<LocalizedText> outcomes,
        List<String> tags,
        List<String> prerequisites,
        CompletionPolicy policy,
        List<Module> modules,
        List<Attachment> attachments,
        String contentHash) {

    public record Module(String code, LocalizedText title, ModuleKind kind, int plannedMinutes, List<Lesson> lessons) {}

    public record Lesson(
            String code, LocalizedText title, LessonKind kind, int estimatedMinutes, String sourcePath, String html) {}

    /** A file a lesson links to, by its path inside the course folder. */
    public record Attachment(String path, long size, String sha256) {}

    public int plannedMinutes() {
        return modules.stream().mapToInt(Module::plannedMinutes).sum();
    }

    public int practicumMinutes() {
        return modules.stream()
                .filter(m -> m.kind() == ModuleKind.PRACTICUM)
                .mapToInt(Module::plannedMinutes)
                .sum();
    }
}
