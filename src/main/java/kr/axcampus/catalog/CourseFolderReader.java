package kr.axcampus.catalog;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import kr.axcampus.common.LocalizedText;

/** One course folder: course.yaml, its lessons and the files they link to, read and checked. */
final class CourseFolderReader {
    private static final Pattern COURSE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final Pattern MODULE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern LESSON_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final List<String> LAB_SECTIONS = List.of("목표", "단계", "산출물", "확인 방법");
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//|#).*");
    private static final Set<String> COURSE_KEYS = Set.of(
            "code",
            "title",
            "track",
            "audience",
            "summary",
            "outcomes",
            "tags",
            "prerequisites",
            "completion",
            "modules");
    private static final Set<String> COMPLETION_KEYS = Set.of(
            "attendanceRate",
            "requiredPracticumMinutes",
            "practiceLogCapMinutes",
            "deliverableRequired",
            "onlinePracticum",
            "threeLatesOneAbsence",
            "dailyHalfRule");
    private static final Set<String> MODULE_KEYS = Set.of("code", "title", "kind", "plannedMinutes", "lessons");
    private static final Set<String> FRONT_MATTER_KEYS = Set.of("title", "titleEn", "minutes", "kind");

    private final Path folder;
    private final String folderName;
    private final String yamlName;
    private final Set<String> knownTags;
    private final ContentProblems problems;
    private final int problemsBefore;
    /** Everything the hash covers, by path inside the folder, in a stable order. */
    private final Map<String, byte[]> hashedFiles = new TreeMap<>();

    private final Map<String, CourseDefinition.Attachment> attachments = new TreeMap<>();
    private final Map<String, String> lessonCodesByPath = new HashMap<>();

    private final Map<String, List<String>> foldersByCode;
    private final LessonRenderer renderer;
    private final CompletionDefaults defaults;

    CourseFolderReader(
            Path folder,
            Set<String> knownTags,
            ContentProblems problems,
            Map<String, List<String>> foldersByCode,
            LessonRenderer renderer,
            CompletionDefaults defaults) {
        this.defaults = defaults;
        this.foldersByCode = foldersByCode;
        this.renderer = renderer;
        this.folder = folder;
        this.folderName = folder.getFileName().toString().replace("/", "");
        this.yamlName = CatalogReader.courseFile(folderName);
        this.knownTags = knownTags;
        this.problems = problems;
        this.problemsBefore = problems.found.size();
    }

    CourseDefinition read() {
        JsonNode node = YamlFiles.read(folder.resolve("course.yaml"), yamlName, problems);
        if (node == null) {
            return null;
        }
        readBytes("course.yaml");
        YamlFiles.requireKnownKeys(node, COURSE_KEYS, yamlName, "", problems);
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
        tags.stream()
                .filter(t -> !knownTags.contains(t))
                .forEach(t -> problems.add(yamlName, "tag '" + t + "' is not in " + CatalogReader.TAGS_FILE));
        List<String> prerequisites = strings(node.path("prerequisites"));
        CompletionPolicy policy = policy(node.path("completion"), track);
        List<CourseDefinition.Module> modules = modules(node.path("modules"));
        CourseDefinition course = new CourseDefinition(
                code,
                title,
                track,
                audience,
                summary,
                List.copyOf(outcomes),
                tags,
                prerequisites,
                policy,
                modules,
                List.copyOf(attachments.values()),
                hash());
        checkPracticum(course);
        return problems.found.size() == problemsBefore ? course : null;
    }

    /** A professional course must plan at least the practicum its learners need (DESIGN.md §3). */
    private void checkPracticum(CourseDefinition course) {
        if (course.track() != Track.PROFESSIONAL_AX) {
            return;
        }
        int planned = course.practicumMinutes();
        int required =
                course.policy().over(defaults.forTrack(Track.PROFESSIONAL_AX)).requiredPracticumMinutes();
        if (planned < required) {
            problems.add(
                    yamlName,
                    "a PROFESSIONAL_AX course must plan at least " + required
                            + " practicum minutes; PRACTICUM modules plan " + planned);
        }
    }

    /** The course's own completion rules: what it leaves out stays null, for the centre's settings to fill. */
    private CompletionPolicy policy(JsonNode node, Track track) {
        if (node.isMissingNode() || node.isNull()) {
            return new CompletionPolicy(null, null, null, false, false, null, null);
        }
        YamlFiles.requireKnownKeys(node, COMPLETION_KEYS, yamlName, "completion", problems);
        Double rate = null;
        JsonNode rateNode = node.path("attendanceRate");
        if (!rateNode.isMissingNode()) {
            rate = rateNode.asDouble();
            if (!rateNode.isNumber() || rate <= 0 || rate > 1) {
                problems.add(yamlName, "completion.attendanceRate must be above 0 and at most 1");
            }
        }
        Integer required = minutesOrNull(node, "requiredPracticumMinutes");
        int programme = defaults.forTrack(Track.PROFESSIONAL_AX).requiredPracticumMinutes();
        if (track == Track.PROFESSIONAL_AX && required != null && required < programme) {
            problems.add(yamlName, "completion.requiredPracticumMinutes may not be below the programme's " + programme);
        }
        return new CompletionPolicy(
                rate,
                required,
                minutesOrNull(node, "practiceLogCapMinutes"),
                node.path("deliverableRequired").asBoolean(false),
                node.path("onlinePracticum").asBoolean(false),
                optionalBoolean(node, "threeLatesOneAbsence"),
                optionalBoolean(node, "dailyHalfRule"));
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

    private Integer minutesOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            problems.add(yamlName, "completion." + field + " must be a whole number of minutes");
            return null;
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
            YamlFiles.requireKnownKeys(node, MODULE_KEYS, yamlName, label, problems);
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
            modules.add(
                    new CourseDefinition.Module(code, title, kind, Math.max(0, minutes.asInt()), List.copyOf(lessons)));
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
        String lessonName = CatalogReader.COURSES_DIR + "/" + folderName + "/" + file;
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
            problems.add(
                    lessonName, "the file name makes the lesson code '" + code + "': use letters, digits, '-' and '_'");
        }
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        FrontMatter front = FrontMatter.split(text);
        if (front == null) {
            problems.add(
                    lessonName,
                    "front matter is missing: the file must start with a '---' line, "
                            + "then title, titleEn and minutes, then a '---' line");
            return null;
        }
        JsonNode meta;
        try {
            meta = front.yaml().isBlank() ? null : YamlFiles.YAML.readTree(front.yaml());
        } catch (JsonProcessingException e) {
            problems.add(lessonName, "front matter is not valid YAML: " + e.getOriginalMessage() + YamlFiles.lineOf(e));
            return null;
        }
        if (meta == null || !meta.isObject()) {
            problems.add(lessonName, "front matter must be a YAML mapping with title, titleEn and minutes");
            return null;
        }
        YamlFiles.requireKnownKeys(meta, FRONT_MATTER_KEYS, lessonName, "front matter", problems);
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
                if (!Pattern.compile("(?m)^##\\s+" + Pattern.quote(section) + "\\s*$")
                        .matcher(front.body())
                        .find()) {
                    problems.add(lessonName, "a LAB needs the section '## " + section + "'");
                }
            }
        }
        String html = renderer.render(front.body(), destination -> linkTarget(destination, normalized, lessonName));
        return new CourseDefinition.Lesson(
                code,
                new LocalizedText(titleKo, titleEn),
                kind,
                Math.max(0, minutes.asInt()),
                CatalogReader.COURSES_DIR + "/" + folderName + "/" + normalized,
                html);
    }

    /** Lesson links open the lesson; other relative links download the course file; the rest stay. */
    private String linkTarget(String destination, String fromLesson, String lessonName) {
        if (destination == null
                || destination.isBlank()
                || EXTERNAL.matcher(destination).matches()
                || destination.startsWith("/")) {
            return destination;
        }
        String withoutFragment = destination.replaceFirst("[#?].*$", "");
        String fragment = destination.substring(withoutFragment.length());
        String decoded = URLDecoder.decode(withoutFragment, StandardCharsets.UTF_8);
        Path parent = Path.of(fromLesson).getParent();
        String target =
                normalize(parent == null ? decoded : parent.resolve(decoded).toString());
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
            attachments.put(target, new CourseDefinition.Attachment(target, bytes.length, CatalogReader.sha256(bytes)));
        }
        return "/courses/" + folderName + "/files/" + CatalogReader.encodePath(target);
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
            problems.add(
                    CatalogReader.COURSES_DIR + "/" + folderName + "/" + relative, "cannot be read: " + e.getMessage());
            return null;
        }
    }

    private String hash() {
        MessageDigest digest = CatalogReader.sha256Digest();
        hashedFiles.forEach((path, bytes) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private LocalizedText localized(JsonNode node, String field) {
        YamlFiles.requireKnownKeys(node, YamlFiles.LOCALIZED_KEYS, yamlName, field, problems);
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
            problems.add(
                    yamlName,
                    field + " must be one of " + List.of(type.getEnumConstants()) + " (got '" + node.asText("") + "')");
            return null;
        }
    }

    private List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }
}
