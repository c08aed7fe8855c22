package kr.axcampus.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.TemplateData;

import kr.axcampus.access.Access;
import kr.axcampus.catalog.dto.CourseDetail;
import kr.axcampus.catalog.dto.CourseProgress;
import kr.axcampus.catalog.dto.CourseRef;
import kr.axcampus.catalog.dto.CourseSummary;
import kr.axcampus.catalog.dto.ImportResult;
import kr.axcampus.catalog.dto.LessonView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.ContentFiles;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Moment;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.SqlValues;

/**
 * The catalogue as people read it: anyone signed in browses courses and outlines;
 * lesson bodies are for the course's enrolled learners, instructors and operators.
 */
@ApplicationScoped
public class CatalogService {
    private final CourseRoster roster;
    private final TagCatalog tags;
    private final EntityManager em;
    private final ContentFiles content;
    private final CompletionDefaults defaults;
    private final Access access;
    private final CoursePolicies policies;

    public CatalogService(
            CourseRoster roster,
            TagCatalog tags,
            EntityManager em,
            ContentFiles content,
            CompletionDefaults defaults,
            Access access,
            CoursePolicies policies) {
        this.policies = policies;
        this.roster = roster;
        this.tags = tags;
        this.em = em;
        this.content = content;
        this.defaults = defaults;
        this.access = access;
    }

    public PageResult<CourseSummary> list(String track, String tag, PageRequest page) {
        List<FieldError> errors = new ArrayList<>();
        Track wantedTrack = null;
        if (track != null && !track.isBlank()) {
            try {
                wantedTrack = Track.valueOf(track);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.coded("track", "unknown-value", "track must be GENERAL_AX or PROFESSIONAL_AX"));
            }
        }
        boolean byTag = tag != null && !tag.isBlank();
        if (byTag && tags.find(tag).isEmpty()) {
            errors.add(FieldError.coded(
                    "tag",
                    "unknown-value",
                    "unknown tag; one of "
                            + tags.all().stream().map(TagCatalog.Tag::code).toList()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        StringBuilder query = new StringBuilder("archivedAt is null");
        Map<String, Object> params = new HashMap<>();
        if (wantedTrack != null) {
            query.append(" and track = :track");
            params.put("track", wantedTrack);
        }
        if (byTag) {
            query.append(" and array_contains(tags, :tag)");
            params.put("tag", tag);
        }
        var found = Course.<Course>find(query.toString(), Sort.by("track").and("code"), params)
                .page(Page.of(page.page(), page.size()));
        return new PageResult<>(
                found.list().stream().map(CourseSummary::of).toList(), page.page(), page.size(), found.count());
    }

    public CourseDetail get(String code) {
        Course course = course(code);
        List<CourseModule> modules =
                CourseModule.list("courseId = ?1 and retired = false", Sort.by("position"), course.id);
        Map<UUID, List<CourseDetail.LessonRef>> lessonsByModule = new HashMap<>();
        for (Lesson l : Lesson.<Lesson>list("courseId = ?1 and retired = false", Sort.by("position"), course.id)) {
            lessonsByModule
                    .computeIfAbsent(l.moduleId, id -> new ArrayList<>())
                    .add(new CourseDetail.LessonRef(l.code, l.titleKo, l.titleEn, l.kind, l.estimatedMinutes));
        }
        List<CourseDetail.Module> outline = modules.stream()
                .map(m -> new CourseDetail.Module(
                        m.code,
                        m.titleKo,
                        m.titleEn,
                        m.kind,
                        m.plannedMinutes,
                        List.copyOf(lessonsByModule.getOrDefault(m.id, List.of()))))
                .toList();
        return new CourseDetail(
                course.code,
                course.titleKo,
                course.titleEn,
                course.track,
                course.audienceKo,
                course.audienceEn,
                course.summaryKo,
                course.summaryEn,
                course.plannedMinutes,
                course.practicumMinutes,
                List.of(course.tags),
                course.outcomes,
                List.of(course.prerequisites),
                policy(course),
                course.archived(),
                outline);
    }

    /** For other features: the course by code, archived ones included. */
    public Optional<CourseRef> findCourse(String code) {
        return Course.<Course>find("code", code).firstResultOptional().map(this::ref);
    }

    public Optional<CourseRef> findCourse(UUID id) {
        return Course.<Course>findByIdOptional(id).map(this::ref);
    }

    /** Several courses by code in one query (archived ones included), for plans that name courses. */
    public Map<String, CourseRef> findCoursesByCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, CourseRef> found = new HashMap<>();
        Course.<Course>list("code in ?1", List.copyOf(new HashSet<>(codes))).forEach(c -> found.put(c.code, ref(c)));
        return found;
    }

    /** Several courses in one query, for lists of cohorts. */
    public Map<UUID, CourseRef> findCourses(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CourseRef> found = new HashMap<>();
        Course.<Course>list("id in ?1", List.copyOf(new HashSet<>(ids))).forEach(c -> found.put(c.id, ref(c)));
        return found;
    }

    /** Cohorts of the course in the caller's centre that have not ended. */
    public List<CourseRoster.UpcomingCohort> upcoming(Caller caller, String code, LocalDate today) {
        return roster.upcoming(caller.centerId(), course(code).id, today);
    }

    /** Whether the caller may read the course's lessons. */
    public boolean canReadLessons(Caller caller, String code) {
        return canRead(caller, course(code));
    }

    /** Opens a lesson and remembers it as the reader's place in the course. */
    @Transactional
    public LessonView open(Caller caller, String code, String lessonCode) {
        Course course = readable(caller, code);
        Lesson lesson = lesson(course, lessonCode);
        em.createNativeQuery("""
                INSERT INTO lesson_progress (user_id, lesson_id, course_id, last_viewed_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (user_id, lesson_id) DO UPDATE SET last_viewed_at = excluded.last_viewed_at""")
                .setParameter(1, caller.id())
                .setParameter(2, lesson.id)
                .setParameter(3, course.id)
                .setParameter(4, Moment.now())
                .executeUpdate();
        return view(caller, course, lesson);
    }

    /** Marks a lesson done; repeating it keeps the first completion time. */
    @Transactional
    public CourseProgress complete(Caller caller, String code, String lessonCode) {
        Course course = readable(caller, code);
        Lesson lesson = lesson(course, lessonCode);
        Instant now = Moment.now();
        em.createNativeQuery("""
                INSERT INTO lesson_progress (user_id, lesson_id, course_id, last_viewed_at, completed_at)
                VALUES (?1, ?2, ?3, ?4, ?4)
                ON CONFLICT (user_id, lesson_id) DO UPDATE
                SET last_viewed_at = excluded.last_viewed_at,
                    completed_at = coalesce(lesson_progress.completed_at, excluded.completed_at)""")
                .setParameter(1, caller.id())
                .setParameter(2, lesson.id)
                .setParameter(3, course.id)
                .setParameter(4, now)
                .executeUpdate();
        return progressOf(caller.id(), course);
    }

    public CourseProgress progress(Caller caller, String code) {
        return progressOf(caller.id(), readable(caller, code));
    }

    /** The course and lesson to continue with: the course of the lesson read last, at its next unfinished lesson. */
    public Optional<Continue> continueLearning(Caller caller) {
        List<?> rows = em.createNativeQuery("""
                SELECT c.code FROM lesson_progress p JOIN course c ON c.id = p.course_id
                WHERE p.user_id = ?1 AND c.archived_at IS NULL
                ORDER BY p.last_viewed_at DESC LIMIT 1""").setParameter(1, caller.id()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Course course = course((String) rows.get(0));
        if (!canRead(caller, course)) {
            return Optional.empty();
        }
        CourseProgress progress = progressOf(caller.id(), course);
        String lessonCode = progress.nextLesson();
        Lesson next = lessonCode == null ? null : lesson(course, lessonCode);
        return Optional.of(new Continue(
                ref(course),
                progress,
                next == null ? null : next.code,
                next == null ? null : next.titleKo,
                next == null ? null : next.titleEn));
    }

    /** Where to pick up a course, for the learner's home page. */
    @TemplateData
    public record Continue(
            CourseRef course, CourseProgress progress, String lessonCode, String lessonTitle, String lessonTitleEn) {}

    /** The caller's enrolled courses with their online progress, for the home page. */
    /** The courses the caller is enrolled in, with progress: two queries however many courses. */
    public List<Continue> myCourses(Caller caller) {
        List<UUID> enrolled = roster.enrolledCourses(caller.id());
        if (enrolled.isEmpty()) {
            return List.of();
        }
        Map<UUID, Course> courses = new HashMap<>();
        Course.<Course>list("id in ?1", enrolled).forEach(c -> courses.put(c.id, c));
        List<Course> active = enrolled.stream()
                .map(courses::get)
                .filter(c -> c != null && !c.archived())
                .toList();
        Map<UUID, List<Tuple>> rows =
                progressRows(caller.id(), active.stream().map(c -> c.id).toList());
        List<Continue> mine = new ArrayList<>();
        for (Course course : active) {
            CourseProgress progress = progressOf(course, rows.getOrDefault(course.id, List.of()));
            mine.add(new Continue(ref(course), progress, progress.nextLesson(), null, null));
        }
        return mine;
    }

    /** A practice file or image a lesson links to, from the content folder; same rights as lessons. */
    public Path attachment(Caller caller, String code, String path) {
        Course course = readable(caller, code);
        List<?> known = em.createNativeQuery("SELECT 1 FROM course_attachment WHERE course_id = ?1 AND path = ?2")
                .setParameter(1, course.id)
                .setParameter(2, path)
                .getResultList();
        Path file = content.root()
                .resolve(CatalogReader.COURSES_DIR)
                .resolve(course.code)
                .resolve(path)
                .normalize();
        if (known.isEmpty() || !Files.isRegularFile(file)) {
            throw ProblemException.notFound("file " + path + " of course " + code);
        }
        return file;
    }

    public Optional<ImportResult> lastImport() {
        return CatalogImport.<CatalogImport>find("order by createdAt desc")
                .firstResultOptional()
                .map(ImportResult::of);
    }

    public List<TagCatalog.Tag> tags() {
        return tags.all();
    }

    /** Whether the code is one of the AI opportunity tags of tags.yaml. */
    public boolean isTag(String code) {
        return tags.find(code).isPresent();
    }

    /** Courses of the catalogue (not archived) tagged with any of the tags, in one query, by track and code. */
    public List<CourseSummary> taggedWithAny(Collection<String> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        return Course.<Course>list(
                        "archivedAt is null and array_overlaps(tags, :tags)",
                        Sort.by("track").and("code"),
                        Parameters.with("tags", wanted.toArray(String[]::new)))
                .stream()
                .map(CourseSummary::of)
                .toList();
    }

    private CourseProgress progressOf(UUID userId, Course course) {
        return progressOf(course, progressRows(userId, List.of(course.id)).getOrDefault(course.id, List.of()));
    }

    /** The learner's lesson rows of each course, in outline order, from one query. */
    private Map<UUID, List<Tuple>> progressRows(UUID userId, List<UUID> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT CAST(l.course_id AS varchar) AS course, m.code AS module, l.code AS lesson,
                       l.estimated_minutes AS minutes, p.completed_at AS completed_at, p.last_viewed_at AS viewed_at
                FROM lesson l
                JOIN course_module m ON m.id = l.module_id
                LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.user_id = :user
                WHERE l.course_id IN (:courses) AND NOT l.retired
                ORDER BY l.course_id, m.position, l.position""", Tuple.class)
                .setParameter("user", userId)
                .setParameter("courses", courseIds)
                .getResultList();
        return rows.stream()
                .collect(
                        Collectors.groupingBy(row -> UUID.fromString((String) row.get("course")), Collectors.toList()));
    }

    private CourseProgress progressOf(Course course, List<Tuple> rows) {
        Map<String, int[]> byModule = new LinkedHashMap<>();
        List<CourseProgress.LessonProgress> lessons = new ArrayList<>();
        int done = 0;
        int minutesDone = 0;
        int minutesTotal = 0;
        String next = null;
        Instant lastViewed = null;
        for (Tuple row : rows) {
            Instant completedAt = SqlValues.instant(row.get("completed_at"));
            Instant viewedAt = SqlValues.instant(row.get("viewed_at"));
            int minutes = ((Number) row.get("minutes")).intValue();
            int[] counts = byModule.computeIfAbsent((String) row.get("module"), m -> new int[2]);
            counts[1]++;
            minutesTotal += minutes;
            if (completedAt != null) {
                counts[0]++;
                done++;
                minutesDone += minutes;
            } else if (next == null) {
                next = (String) row.get("lesson");
            }
            if (viewedAt != null && (lastViewed == null || viewedAt.isAfter(lastViewed))) {
                lastViewed = viewedAt;
            }
            lessons.add(new CourseProgress.LessonProgress((String) row.get("lesson"), completedAt));
        }
        List<CourseProgress.ModuleProgress> modules = byModule.entrySet().stream()
                .map(e -> new CourseProgress.ModuleProgress(
                        e.getKey(), e.getValue()[0], e.getValue()[1], percent(e.getValue()[0], e.getValue()[1])))
                .toList();
        return new CourseProgress(
                course.code,
                done,
                rows.size(),
                minutesDone,
                minutesTotal,
                percent(done, rows.size()),
                next,
                lastViewed,
                modules,
                List.copyOf(lessons));
    }

    private static int percent(int done, int total) {
        return total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
    }

    private LessonView view(Caller caller, Course course, Lesson lesson) {
        List<Lesson> ordered = Lesson.list("courseId = ?1 and retired = false", Sort.by("position"), course.id);
        int at = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id.equals(lesson.id)) {
                at = i;
            }
        }
        String previous = at > 0 ? ordered.get(at - 1).code : null;
        String next = at + 1 < ordered.size() ? ordered.get(at + 1).code : null;
        CourseModule module = CourseModule.findById(lesson.moduleId);
        List<?> completed = em.createNativeQuery(
                        "SELECT completed_at FROM lesson_progress WHERE user_id = ?1 AND lesson_id = ?2")
                .setParameter(1, caller.id())
                .setParameter(2, lesson.id)
                .getResultList();
        Instant completedAt = completed.isEmpty() ? null : SqlValues.instant(completed.get(0));
        return new LessonView(
                course.code,
                module.code,
                lesson.code,
                lesson.titleKo,
                lesson.titleEn,
                lesson.kind,
                lesson.estimatedMinutes,
                lesson.html,
                previous,
                next,
                completedAt);
    }

    private Course readable(Caller caller, String code) {
        Course course = course(code);
        if (!canRead(caller, course)) {
            throw new ProblemException(
                    403,
                    "not-enrolled",
                    "Not enrolled",
                    "lessons of " + code + " are for learners enrolled in one of its cohorts",
                    null);
        }
        return course;
    }

    private boolean canRead(Caller caller, Course course) {
        return access.readsEveryCourse(caller) || roster.isEnrolled(caller.id(), course.id);
    }

    private static Course course(String code) {
        return Course.<Course>find("code", code)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("course " + code));
    }

    private static Lesson lesson(Course course, String lessonCode) {
        return Lesson.<Lesson>find("courseId = ?1 and code = ?2 and retired = false", course.id, lessonCode)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("lesson " + lessonCode + " of course " + course.code));
    }

    /** The course's own completion rules over the centre's settings: what pages and progress apply. */
    private CompletionPolicy policy(Course course) {
        return policies.policy(course);
    }

    /** A course's completion policy, from memory when read lately (it changes only on import). */
    public CompletionPolicy policyOf(UUID courseId) {
        return policies.of(courseId).orElseThrow(() -> ProblemException.notFound("course " + courseId));
    }

    private CourseRef ref(Course c) {
        return new CourseRef(
                c.id,
                c.code,
                c.titleKo,
                c.titleEn,
                c.track,
                c.plannedMinutes,
                c.practicumMinutes,
                policy(c),
                c.archived());
    }
}
