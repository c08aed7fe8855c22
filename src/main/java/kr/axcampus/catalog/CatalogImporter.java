package kr.axcampus.catalog;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import kr.axcampus.common.ContentFiles;
import kr.axcampus.common.Moment;

/**
 * Imports content/ into the catalogue: checks everything first, then applies every
 * course in one transaction. Unchanged courses (same content hash) are not touched;
 * courses whose folder is gone are archived.
 */
@ApplicationScoped
public class CatalogImporter {
    private static final Logger LOG = Logger.getLogger(CatalogImporter.class);
    /** Replicas starting together take turns: the second finds everything unchanged. */
    private static final long IMPORT_LOCK = 0x4158_4341_5441_4cL;

    private final CatalogReader reader;
    private final ContentFiles content;
    private final EntityManager em;

    private final Event<CoursePolicies.CatalogueChanged> changed;
    /** The running release: a new one reads the content again at its first start. */
    private final String release;

    public CatalogImporter(
            CatalogReader reader,
            ContentFiles content,
            EntityManager em,
            Event<CoursePolicies.CatalogueChanged> changed,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String release) {
        this.release = release;
        this.changed = changed;
        this.reader = reader;
        this.content = content;
        this.em = em;
    }

    /** The outcome of one import: what changed, or every problem when nothing did. */
    public record Report(
            CatalogImport.Outcome outcome,
            List<ContentProblem> problems,
            int added,
            int changed,
            int unchanged,
            int archived) {}

    @Transactional
    public Report importContent(CatalogImport.Trigger trigger, UUID actorId) {
        return importFrom(content.root(), trigger, actorId);
    }

    /** Imports another content folder: what an operator's check of a new tree and the tests use. */
    @Transactional
    public Report importFrom(Path root, CatalogImport.Trigger trigger, UUID actorId) {
        String digest = ContentDigest.of(root, release);
        if (trigger == CatalogImport.Trigger.STARTUP && digest.equals(lastAppliedDigest())) {
            Report report = new Report(
                    CatalogImport.Outcome.APPLIED, List.of(), 0, 0, (int) Course.count("archivedAt is null"), 0);
            LOG.infof(
                    "Catalogue imported: 0 added, 0 changed, %d unchanged, 0 archived"
                            + " (the folder's digest %s is the last import's: not read again)",
                    report.unchanged(), digest.substring(0, 12));
            record(trigger, actorId, report, digest);
            return report;
        }
        CatalogReader.Result result = reader.read(root);
        Report report;
        if (result.valid()) {
            report = apply(result.courses());
            result.parts().forEach(ContentPart.Staged::apply);
            changed.fire(new CoursePolicies.CatalogueChanged());
            LOG.infof(
                    "Catalogue imported: %d added, %d changed, %d unchanged, %d archived",
                    report.added(), report.changed(), report.unchanged(), report.archived());
        } else {
            report = new Report(CatalogImport.Outcome.INVALID, result.problems(), 0, 0, 0, 0);
            LOG.errorf(
                    "Catalogue content is invalid; nothing was changed. %d problem(s):%n  %s",
                    result.problems().size(),
                    result.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n  ")));
        }
        record(trigger, actorId, report, digest);
        return report;
    }

    /** What the catalogue holds was written by the last applied import, from any folder. */
    private static String lastAppliedDigest() {
        return CatalogImport.<CatalogImport>find("outcome = ?1 order by createdAt desc", CatalogImport.Outcome.APPLIED)
                .firstResultOptional()
                .map(run -> run.contentDigest)
                .orElse(null);
    }

    private Report apply(List<CourseDefinition> definitions) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, IMPORT_LOCK)
                .getSingleResult();
        Map<String, Course> existing = new HashMap<>();
        Course.<Course>listAll().forEach(c -> existing.put(c.code, c));
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (CourseDefinition definition : definitions) {
            Course course = existing.get(definition.code());
            if (course == null) {
                course = new Course();
                write(course, definition);
                course.persist();
                added++;
            } else if (course.contentHash.equals(definition.contentHash()) && !course.archived()) {
                unchanged++;
                continue;
            } else {
                write(course, definition);
                course.archivedAt = null;
                changed++;
            }
            em.flush();
            writeOutline(course, definition);
        }
        Set<String> present = definitions.stream().map(CourseDefinition::code).collect(Collectors.toSet());
        int archived = 0;
        for (Course course : existing.values()) {
            if (!present.contains(course.code) && !course.archived()) {
                course.archivedAt = Moment.now();
                archived++;
            }
        }
        return new Report(CatalogImport.Outcome.APPLIED, List.of(), added, changed, unchanged, archived);
    }

    private static void write(Course course, CourseDefinition d) {
        course.code = d.code();
        course.titleKo = d.title().ko();
        course.titleEn = d.title().en();
        course.track = d.track();
        course.audienceKo = d.audience().ko();
        course.audienceEn = d.audience().en();
        course.summaryKo = d.summary().ko();
        course.summaryEn = d.summary().en();
        course.outcomes = d.outcomes();
        course.tags = d.tags().toArray(String[]::new);
        course.prerequisites = d.prerequisites().toArray(String[]::new);
        course.policy = d.policy();
        course.plannedMinutes = d.plannedMinutes();
        course.practicumMinutes = d.practicumMinutes();
        course.contentHash = d.contentHash();
    }

    /** Modules and lessons matched by code: updated, added, or retired when gone. */
    private void writeOutline(Course course, CourseDefinition definition) {
        Map<String, CourseModule> modules = new HashMap<>();
        CourseModule.<CourseModule>list("courseId", course.id).forEach(m -> modules.put(m.code, m));
        Map<String, Lesson> lessons = new HashMap<>();
        Lesson.<Lesson>list("courseId", course.id).forEach(l -> lessons.put(l.code, l));
        modules.values().forEach(m -> m.retired = true);
        lessons.values().forEach(l -> l.retired = true);
        int modulePosition = 0;
        int lessonPosition = 0;
        for (CourseDefinition.Module m : definition.modules()) {
            CourseModule module = modules.computeIfAbsent(m.code(), code -> newModule(course.id, code));
            module.position = modulePosition++;
            module.titleKo = m.title().ko();
            module.titleEn = m.title().en();
            module.kind = m.kind();
            module.plannedMinutes = m.plannedMinutes();
            module.retired = false;
            if (!module.isPersistent()) {
                module.persist();
            }
            for (CourseDefinition.Lesson l : m.lessons()) {
                Lesson lesson = lessons.computeIfAbsent(l.code(), code -> newLesson(course.id, module.id, code));
                lesson.moduleId = module.id;
                lesson.position = lessonPosition++;
                lesson.titleKo = l.title().ko();
                lesson.titleEn = l.title().en();
                lesson.kind = l.kind();
                lesson.estimatedMinutes = l.estimatedMinutes();
                lesson.sourcePath = l.sourcePath();
                lesson.html = l.html();
                lesson.retired = false;
                if (!lesson.isPersistent()) {
                    lesson.persist();
                }
            }
        }
        em.createNativeQuery("DELETE FROM course_attachment WHERE course_id = ?1")
                .setParameter(1, course.id)
                .executeUpdate();
        for (CourseDefinition.Attachment a : definition.attachments()) {
            em.createNativeQuery("INSERT INTO course_attachment (course_id, path, size_bytes, sha256) "
                            + "VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, course.id)
                    .setParameter(2, a.path())
                    .setParameter(3, a.size())
                    .setParameter(4, a.sha256())
                    .executeUpdate();
        }
    }

    private static CourseModule newModule(UUID courseId, String code) {
        CourseModule module = new CourseModule();
        module.courseId = courseId;
        module.code = code;
        return module;
    }

    private static Lesson newLesson(UUID courseId, UUID moduleId, String code) {
        Lesson lesson = new Lesson();
        lesson.courseId = courseId;
        lesson.moduleId = moduleId;
        lesson.code = code;
        return lesson;
    }

    private static void record(CatalogImport.Trigger trigger, UUID actorId, Report report, String digest) {
        CatalogImport run = new CatalogImport();
        run.contentDigest = digest;
        run.trigger = trigger;
        run.actorId = actorId;
        run.outcome = report.outcome();
        run.problems = report.problems();
        run.added = report.added();
        run.changed = report.changed();
        run.unchanged = report.unchanged();
        run.archived = report.archived();
        run.persist();
    }
}
