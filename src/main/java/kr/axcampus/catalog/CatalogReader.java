package kr.axcampus.catalog;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads and checks the whole content folder without touching the database. The answer
 * has either every course, ready to apply, or every problem found — never a partial list.
 */
@ApplicationScoped
public class CatalogReader {
    static final String TAGS_FILE = "tags.yaml";
    static final String COURSES_DIR = "courses";
    private static final Pattern COURSE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final Pattern MODULE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern LESSON_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final List<String> LAB_SECTIONS = List.of("목표", "단계", "산출물", "확인 방법");
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//|#).*");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final LessonRenderer renderer;

    public CatalogReader(LessonRenderer renderer) {
        this.renderer = renderer;
    }

    public record Result(List<CourseDefinition> courses, List<ContentProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Result read(Path root) {
        Problems problems = new Problems();
        Set<String> tags = readTags(root, problems);
        Path coursesDir = root.resolve(COURSES_DIR);
        List<CourseDefinition> courses = new ArrayList<>();
        Map<String, List<String>> foldersByCode = new TreeMap<>();
        if (!Files.isDirectory(coursesDir)) {
            problems.add(COURSES_DIR, "the courses folder is missing");
        } else {
            for (Path folder : courseFolders(coursesDir, problems)) {
                CourseDefinition course = new CourseFolder(folder, tags, problems, foldersByCode).read();
                if (course != null) {
                    courses.add(course);
                }
            }
        }
        checkAcrossCourses(courses, foldersByCode, problems);
        return new Result(problems.isEmpty() ? List.copyOf(courses) : List.of(), problems.list());
    }

    private Set<String> readTags(Path root, Problems problems) {
        Path file = root.resolve(TAGS_FILE);
        Set<String> tags = new LinkedHashSet<>();
        JsonNode node = readYaml(file, TAGS_FILE, problems);
        if (node != null) {
            node.path("tags").forEach(tag -> tags.add(tag.path("code").asText()));
            if (tags.isEmpty()) {
                problems.add(TAGS_FILE, "lists no tags");
            }
        }
        return tags;
    }

    private static List<Path> courseFolders(Path coursesDir, Problems problems) {
        try (Stream<Path> entries = Files.list(coursesDir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.add(COURSES_DIR, "cannot be listed: " + e.getMessage());
            return List.of();
        }
    }

    private static void checkAcrossCourses(List<CourseDefinition> courses, Map<String, List<String>> foldersByCode,
            Problems problems) {
        foldersByCode.forEach((code, folders) -> {
            if (folders.size() > 1) {
                problems.add(COURSES_DIR, "course code " + code + " is used by " + folders.size() + " folders: "
                        + String.join(", ", folders));
            }
        });
        for (CourseDefinition course : courses) {
            for (String prerequisite : course.prerequisites()) {
                if (!foldersByCode.containsKey(prerequisite)) {
                    problems.add(courseFile(course.code()), "prerequisite " + prerequisite + " is not a course");
                }
            }
        }
    }

    private static String courseFile(String folderName) {
        return COURSES_DIR + "/" + folderName + "/course.yaml";
    }

    private JsonNode readYaml(Path file, String name, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(name, "file is missing");
            return null;
        }
        try {
            JsonNode node = yaml.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                problems.add(name, "is not a YAML mapping");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problems.add(name, "is not valid YAML: " + e.getOriginalMessage() + lineOf(e));
        } catch (IOException e) {
            problems.add(name, "cannot be read: " + e.getMessage());
        }
        return null;
    }

    private static String lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    /** Problems in the order they were found. */
    private static final class Problems {
        private final List<ContentProblem> found = new ArrayList<>();

        void add(String file, String message) {
            found.add(new ContentProblem(file, message));
        }

        boolean isEmpty() {
            return found.isEmpty();
        }

        List<ContentProblem> list() {
            return List.copyOf(found);
        }
    }

    /** One course folder: course.yaml, its lessons and the files they link to. */
    private final class CourseFolder {
        private final Path folder;
        private final String folderName;
        private final String yamlName;
        private final Set<String> knownTags;
        private final Problems problems;
        private final int problemsBefore;
        /** Everything the hash covers, by path inside the folder, in a stable order. */
        private final Map<String, byte[]> hashedFiles = new TreeMap<>();
        private final Map<String, CourseDefinition.Attachment> attachments = new TreeMap<>();
        private final Map<String, String> lessonCodesByPath = new HashMap<>();

        private final Map<String, List<String>> foldersByCode;

        CourseFolder(Path folder, Set<String> knownTags, Problems problems, Map<String, List<String>> foldersByCode) {
            this.foldersByCode = foldersByCode;
            this.folder = folder;
            this.folderName = folder.getFileName().toString().replace("/", "");
            this.yamlName = courseFile(folderName);
            this.knownTags = knownTags;
            this.problems = problems;
            this.problemsBefore = problems.found.size();
        }

        CourseDefinition read() {
            JsonNode node = readYaml(folder.resolve("course.yaml"), yamlName, problems);
            if (node == null) {
                return null;
            }
            readBytes("course.yaml");
            String code = node.path("code").asText("");
            foldersByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(folderName);
            if (!COURSE_CODE.matcher(code).matches()) {
                problems.add(yamlName, "code must be capital letters, digits and '-' (got '" + code + "')");
            } else if (!code.equals(folderName)) {
                problems.add(yamlName, "code " + code + " must equal the folder name " + folderName);
            }
            Track track = enumValue(Track.class, node.path("track"), "track");
            LocalizedText title = localized(node.path("title"), "title");
            LocalizedText audience = localized(node.path("audience"), "audience");
            LocalizedText summary = localized(node.path("summary"), "summary");
            List<LocalizedText> outcomes = new ArrayList<>();
            node.path("outcomes").forEach(o -> outcomes.add(localized(o, "outcomes[" + outcomes.size() + "]")));
            if (outcomes.isEmpty()) {
                problems.add(yamlName, "outcomes: at least one is required");
            }
            List<String> tags = strings(node.path("tags"));
            if (tags.isEmpty()) {
                problems.add(yamlName, "tags: at least one is required");
            }
            tags.stream().filter(t -> !knownTags.contains(t))
                    .forEach(t -> problems.add(yamlName, "tag '" + t + "' is not in " + TAGS_FILE));
            List<String> prerequisites = strings(node.path("prerequisites"));
            CompletionPolicy policy = policy(node.path("completion"), track);
            List<CourseDefinition.Module> modules = modules(node.path("modules"));
            CourseDefinition course = new CourseDefinition(code, title, track, audience, summary,
                    List.copyOf(outcomes), tags, prerequisites, policy, modules,
                    List.copyOf(attachments.values()), hash());
            checkPracticum(course);
            return problems.found.size() == problemsBefore ? course : null;
        }

        private void checkPracticum(CourseDefinition course) {
            if (course.track() != Track.PROFESSIONAL_AX) {
                return;
            }
            int planned = course.practicumMinutes();
            int required = Math.max(CompletionPolicy.PROGRAMME_PRACTICUM_MINUTES,
                    course.policy().requiredPracticumMinutes());
            if (planned < required) {
                problems.add(yamlName, "a PROFESSIONAL_AX course must plan at least " + required
                        + " practicum minutes; PRACTICUM modules plan " + planned);
            }
        }

        private CompletionPolicy policy(JsonNode node, Track track) {
            CompletionPolicy defaults = CompletionPolicy.defaults(track == null ? Track.GENERAL_AX : track);
            if (node.isMissingNode() || node.isNull()) {
                return defaults;
            }
            double rate = node.path("attendanceRate").asDouble(defaults.attendanceRate());
            if (rate <= 0 || rate > 1) {
                problems.add(yamlName, "completion.attendanceRate must be above 0 and at most 1");
            }
            int required = positiveOrDefault(node, "requiredPracticumMinutes", defaults.requiredPracticumMinutes());
            if (track == Track.PROFESSIONAL_AX && required < CompletionPolicy.PROGRAMME_PRACTICUM_MINUTES) {
                problems.add(yamlName, "completion.requiredPracticumMinutes may not be below the programme's "
                        + CompletionPolicy.PROGRAMME_PRACTICUM_MINUTES);
            }
            return new CompletionPolicy(rate, required,
                    positiveOrDefault(node, "practiceLogCapMinutes", defaults.practiceLogCapMinutes()),
                    node.path("deliverableRequired").asBoolean(defaults.deliverableRequired()),
                    node.path("onlinePracticum").asBoolean(defaults.onlinePracticum()),
                    optionalBoolean(node, "threeLatesOneAbsence"), optionalBoolean(node, "dailyHalfRule"));
        }

        private Boolean optionalBoolean(JsonNode node, String field) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return null;
            }
            if (!value.isBoolean()) {
                problems.add(yamlName, "completion." + field + " must be true or false");
                return null;
            }
            return value.asBoolean();
        }

        private int positiveOrDefault(JsonNode node, String field, int fallback) {
            JsonNode value = node.path(field);
            if (value.isMissingNode()) {
                return fallback;
            }
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
                problems.add(yamlName, "completion." + field + " must be a whole number of minutes");
                return fallback;
            }
            return value.asInt();
        }

        private List<CourseDefinition.Module> modules(JsonNode list) {
            if (!list.isArray() || list.isEmpty()) {
                problems.add(yamlName, "modules: at least one is required");
                return List.of();
            }
            // Every lesson is known before any is rendered, so links may point forward.
            list.forEach(node -> strings(node.path("lessons")).forEach(this::registerLessonCode));
            Set<String> codes = new LinkedHashSet<>();
            List<CourseDefinition.Module> modules = new ArrayList<>();
            for (JsonNode node : list) {
                String label = "modules[" + modules.size() + "]";
                String code = node.path("code").asText("");
                if (!MODULE_CODE.matcher(code).matches()) {
                    problems.add(yamlName, label + ".code must be small letters, digits and '-' (got '" + code + "')");
                } else if (!codes.add(code)) {
                    problems.add(yamlName, "module code " + code + " is used twice");
                }
                LocalizedText title = localized(node.path("title"), label + ".title");
                ModuleKind kind = enumValue(ModuleKind.class, node.path("kind"), label + ".kind");
                JsonNode minutes = node.path("plannedMinutes");
                if (!minutes.isIntegralNumber() || minutes.asInt() <= 0) {
                    problems.add(yamlName, label + ".plannedMinutes must be a positive whole number");
                }
                List<String> files = strings(node.path("lessons"));
                if (files.isEmpty()) {
                    problems.add(yamlName, label + ".lessons: at least one lesson file is required");
                }
                List<CourseDefinition.Lesson> lessons = new ArrayList<>();
                for (String file : files) {
                    CourseDefinition.Lesson lesson = lesson(file);
                    if (lesson != null) {
                        lessons.add(lesson);
                    }
                }
                modules.add(new CourseDefinition.Module(code, title, kind, Math.max(0, minutes.asInt()),
                        List.copyOf(lessons)));
            }
            return List.copyOf(modules);
        }

        private void registerLessonCode(String file) {
            String base = Path.of(file).getFileName().toString();
            String code = base.endsWith(".md") ? base.substring(0, base.length() - 3) : base;
            String normalized = normalize(file);
            if (normalized != null) {
                if (lessonCodesByPath.containsKey(normalized)) {
                    problems.add(yamlName, "lesson file " + file + " is listed twice");
                } else if (lessonCodesByPath.containsValue(code)) {
                    problems.add(yamlName, "lesson code " + code + " (" + file + ") is used twice; file names must differ");
                }
                lessonCodesByPath.put(normalized, code);
            }
        }

        private CourseDefinition.Lesson lesson(String file) {
            String lessonName = COURSES_DIR + "/" + folderName + "/" + file;
            String normalized = normalize(file);
            if (normalized == null || !normalized.endsWith(".md")) {
                problems.add(yamlName, "lesson " + file + " must be a .md file inside the course folder");
                return null;
            }
            byte[] bytes = readBytes(normalized);
            if (bytes == null) {
                problems.add(yamlName, "lesson file " + file + " does not exist");
                return null;
            }
            String code = lessonCodesByPath.get(normalized);
            if (!LESSON_CODE.matcher(code).matches()) {
                problems.add(lessonName, "the file name makes the lesson code '" + code
                        + "': use letters, digits, '-' and '_'");
            }
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            FrontMatter front = FrontMatter.split(text);
            if (front == null) {
                problems.add(lessonName, "front matter is missing: the file must start with a '---' line, "
                        + "then title, titleEn and minutes, then a '---' line");
                return null;
            }
            JsonNode meta;
            try {
                meta = front.yaml().isBlank() ? null : yaml.readTree(front.yaml());
            } catch (JsonProcessingException e) {
                problems.add(lessonName, "front matter is not valid YAML: " + e.getOriginalMessage() + lineOf(e));
                return null;
            }
            if (meta == null || !meta.isObject()) {
                problems.add(lessonName, "front matter must be a YAML mapping with title, titleEn and minutes");
                return null;
            }
            String titleKo = meta.path("title").asText("").trim();
            String titleEn = meta.path("titleEn").asText("").trim();
            if (titleKo.isEmpty()) {
                problems.add(lessonName, "front matter: title is required");
            }
            if (titleEn.isEmpty()) {
                problems.add(lessonName, "front matter: titleEn is required");
            }
            JsonNode minutes = meta.path("minutes");
            if (!minutes.isIntegralNumber() || minutes.asInt() <= 0) {
                problems.add(lessonName, "front matter: minutes must be a positive whole number");
            }
            LessonKind kind = LessonKind.LESSON;
            if (meta.has("kind")) {
                try {
                    kind = LessonKind.valueOf(meta.path("kind").asText());
                } catch (IllegalArgumentException e) {
                    problems.add(lessonName, "front matter: kind must be LESSON or LAB");
                }
            }
            if (kind == LessonKind.LAB) {
                for (String section : LAB_SECTIONS) {
                    if (!Pattern.compile("(?m)^##\\s+" + Pattern.quote(section) + "\\s*$").matcher(front.body()).find()) {
                        problems.add(lessonName, "a LAB needs the section '## " + section + "'");
                    }
                }
            }
            String html = renderer.render(front.body(), destination -> linkTarget(destination, normalized, lessonName));
            return new CourseDefinition.Lesson(code, new LocalizedText(titleKo, titleEn), kind,
                    Math.max(0, minutes.asInt()), COURSES_DIR + "/" + folderName + "/" + normalized, html);
        }

        /** Lesson links open the lesson; other relative links download the course file; the rest stay. */
        private String linkTarget(String destination, String fromLesson, String lessonName) {
            if (destination == null || destination.isBlank() || EXTERNAL.matcher(destination).matches()
                    || destination.startsWith("/")) {
                return destination;
            }
            String withoutFragment = destination.replaceFirst("[#?].*$", "");
            String fragment = destination.substring(withoutFragment.length());
            String decoded = URLDecoder.decode(withoutFragment, StandardCharsets.UTF_8);
            Path parent = Path.of(fromLesson).getParent();
            String target = normalize(parent == null ? decoded : parent.resolve(decoded).toString());
            if (target == null || !Files.isRegularFile(folder.resolve(target))) {
                problems.add(lessonName, "links to " + destination + ", which is not a file in the course folder");
                return destination;
            }
            String lessonCode = lessonCodesByPath.get(target);
            if (lessonCode != null) {
                return "/courses/" + folderName + "/lessons/" + lessonCode + fragment;
            }
            if (target.equals("course.yaml")) {
                problems.add(lessonName, "may not link to course.yaml");
                return destination;
            }
            byte[] bytes = readBytes(target);
            if (bytes != null) {
                attachments.put(target, new CourseDefinition.Attachment(target, bytes.length, sha256(bytes)));
            }
            return "/courses/" + folderName + "/files/" + encodePath(target);
        }

        /** A path inside the course folder with '/' separators, or null when it leaves the folder. */
        private String normalize(String relative) {
            try {
                Path resolved = folder.resolve(relative.replace('\\', '/')).normalize();
                if (!resolved.startsWith(folder.normalize()) || resolved.equals(folder.normalize())) {
                    return null;
                }
                return folder.normalize().relativize(resolved).toString().replace('\\', '/');
            } catch (RuntimeException e) {
                return null;
            }
        }

        private byte[] readBytes(String relative) {
            Path file = folder.resolve(relative);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                hashedFiles.put(relative, bytes);
                return bytes;
            } catch (IOException e) {
                problems.add(COURSES_DIR + "/" + folderName + "/" + relative, "cannot be read: " + e.getMessage());
                return null;
            }
        }

        private String hash() {
            MessageDigest digest = sha256Digest();
            hashedFiles.forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        }

        private LocalizedText localized(JsonNode node, String field) {
            String ko = node.path("ko").asText("").trim();
            String en = node.path("en").asText("").trim();
            if (ko.isEmpty() || en.isEmpty()) {
                problems.add(yamlName, field + " needs both ko and en");
            }
            return new LocalizedText(ko, en);
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String field) {
            try {
                return Enum.valueOf(type, node.asText(""));
            } catch (IllegalArgumentException e) {
                problems.add(yamlName, field + " must be one of " + List.of(type.getEnumConstants())
                        + " (got '" + node.asText("") + "')");
                return null;
            }
        }

        private List<String> strings(JsonNode node) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asText()));
            return List.copyOf(values);
        }
    }

    /** The YAML between the first two '---' lines and the Markdown after them. */
    record FrontMatter(String yaml, String body) {
        static FrontMatter split(String text) {
            if (!text.startsWith("---\n")) {
                return null;
            }
            int end = text.indexOf("\n---", 3);
            while (end >= 0) {
                int lineEnd = text.indexOf('\n', end + 1);
                String closing = (lineEnd < 0 ? text.substring(end + 1) : text.substring(end + 1, lineEnd)).trim();
                if (closing.equals("---")) {
                    return new FrontMatter(text.substring(4, end + 1), lineEnd < 0 ? "" : text.substring(lineEnd + 1));
                }
                end = text.indexOf("\n---", end + 1);
            }
            return null;
        }
    }

    static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.split("/")) {
            if (encoded.length() > 0) {
                encoded.append('/');
            }
            encoded.append(java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return encoded.toString();
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
