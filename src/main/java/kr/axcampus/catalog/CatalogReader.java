package kr.axcampus.catalog;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and checks the whole content folder without touching the database. The answer
 * has either every course, ready to apply, or every problem found — never a partial list.
 */
@ApplicationScoped
public class CatalogReader {
    static final String TAGS_FILE = "tags.yaml";
    static final String REGIONS_FILE = "regions.yaml";
    static final String INDUSTRIES_FILE = "industries.yaml";
    private static final Set<String> INDUSTRY_KEYS = Set.of("code", "name", "keywords");
    static final String COURSES_DIR = "courses";
    private static final Set<String> CODE_AND_NAME = Set.of("code", "name");
    private static final Set<String> REGION_KEYS = Set.of("code", "name", "provinces");

    private final LessonRenderer renderer;
    private final CompletionDefaults defaults;
    private final List<ContentPart> parts;

    @Inject
    public CatalogReader(LessonRenderer renderer, CompletionDefaults defaults, Instance<ContentPart> parts) {
        this(renderer, defaults, parts.stream().toList());
    }

    CatalogReader(LessonRenderer renderer, CompletionDefaults defaults, List<ContentPart> parts) {
        this.renderer = renderer;
        this.defaults = defaults;
        this.parts = List.copyOf(parts);
    }

    /** Every course and other feature's part, ready to apply, or every problem found. */
    public record Result(
            List<CourseDefinition> courses, List<ContentPart.Staged> parts, List<ContentProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Result read(Path root) {
        ContentProblems problems = new ContentProblems();
        Set<String> tags = readTags(root, problems);
        checkRegions(root, problems);
        checkIndustries(root, problems);
        Path coursesDir = root.resolve(COURSES_DIR);
        List<CourseDefinition> courses = new ArrayList<>();
        Map<String, List<String>> foldersByCode = new TreeMap<>();
        if (!Files.isDirectory(coursesDir)) {
            problems.add(COURSES_DIR, "the courses folder is missing");
        } else {
            for (Path folder : courseFolders(coursesDir, problems)) {
                CourseDefinition course =
                        new CourseFolderReader(folder, tags, problems, foldersByCode, renderer, defaults).read();
                if (course != null) {
                    courses.add(course);
                }
            }
        }
        checkAcrossCourses(courses, foldersByCode, problems);
        List<ContentPart.Staged> staged = new ArrayList<>();
        ContentCheck check = new ContentCheck(problems, tags);
        for (ContentPart part : parts) {
            ContentPart.Staged found = part.read(root, check);
            if (found != null) {
                staged.add(found);
            }
        }
        return problems.isEmpty()
                ? new Result(List.copyOf(courses), List.copyOf(staged), List.of())
                : new Result(List.of(), List.of(), problems.list());
    }

    private Set<String> readTags(Path root, ContentProblems problems) {
        Set<String> tags = new LinkedHashSet<>();
        JsonNode node = YamlFiles.read(root.resolve(TAGS_FILE), TAGS_FILE, problems);
        if (node != null) {
            YamlFiles.requireKnownKeys(node, Set.of("tags"), TAGS_FILE, "", problems);
            for (JsonNode tag : node.path("tags")) {
                String where = "tags[" + tags.size() + "]";
                YamlFiles.requireKnownKeys(tag, CODE_AND_NAME, TAGS_FILE, where, problems);
                checkName(tag.path("name"), TAGS_FILE, where, problems);
                tags.add(tag.path("code").asText());
            }
            if (tags.isEmpty()) {
                problems.add(TAGS_FILE, "lists no tags");
            }
        }
        return tags;
    }

    /**
     * The regions are the organisation feature's reference data, read once at start-up; the import
     * checks the file, when the folder has one, as strictly as the rest of content/.
     */
    private static void checkRegions(Path root, ContentProblems problems) {
        if (!Files.exists(root.resolve(REGIONS_FILE))) {
            return;
        }
        JsonNode node = YamlFiles.read(root.resolve(REGIONS_FILE), REGIONS_FILE, problems);
        if (node == null) {
            return;
        }
        YamlFiles.requireKnownKeys(node, Set.of("regions"), REGIONS_FILE, "", problems);
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode region : node.path("regions")) {
            String where = "regions[" + codes.size() + "]";
            YamlFiles.requireKnownKeys(region, REGION_KEYS, REGIONS_FILE, where, problems);
            checkName(region.path("name"), REGIONS_FILE, where, problems);
            if (!codes.add(region.path("code").asText(""))) {
                problems.add(
                        REGIONS_FILE, where + ": code '" + region.path("code").asText("") + "' is used twice");
            }
        }
        if (codes.isEmpty()) {
            problems.add(REGIONS_FILE, "lists no regions");
        }
    }

    /** The industries are read once at start-up like the regions; the import checks the file as strictly. */
    private static void checkIndustries(Path root, ContentProblems problems) {
        if (!Files.exists(root.resolve(INDUSTRIES_FILE))) {
            return;
        }
        JsonNode node = YamlFiles.read(root.resolve(INDUSTRIES_FILE), INDUSTRIES_FILE, problems);
        if (node == null) {
            return;
        }
        YamlFiles.requireKnownKeys(node, Set.of("industries"), INDUSTRIES_FILE, "", problems);
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode industry : node.path("industries")) {
            String where = "industries[" + codes.size() + "]";
            YamlFiles.requireKnownKeys(industry, INDUSTRY_KEYS, INDUSTRIES_FILE, where, problems);
            checkName(industry.path("name"), INDUSTRIES_FILE, where, problems);
            if (!industry.path("keywords").isArray()) {
                problems.add(INDUSTRIES_FILE, where + ".keywords must be a list (it may be empty)");
            }
            if (!codes.add(industry.path("code").asText(""))) {
                problems.add(
                        INDUSTRIES_FILE,
                        where + ": code '" + industry.path("code").asText("") + "' is used twice");
            }
        }
        if (!codes.contains("OTHER")) {
            problems.add(INDUSTRIES_FILE, "needs the industry OTHER, for text that names no section");
        }
    }

    private static void checkName(JsonNode name, String file, String where, ContentProblems problems) {
        YamlFiles.requireKnownKeys(name, YamlFiles.LOCALIZED_KEYS, file, where + ".name", problems);
        if (name.path("ko").asText("").isBlank() || name.path("en").asText("").isBlank()) {
            problems.add(file, where + ".name needs both ko and en");
        }
    }

    private static List<Path> courseFolders(Path coursesDir, ContentProblems problems) {
        try (Stream<Path> entries = Files.list(coursesDir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.add(COURSES_DIR, "cannot be listed: " + e.getMessage());
            return List.of();
        }
    }

    private static void checkAcrossCourses(
            List<CourseDefinition> courses, Map<String, List<String>> foldersByCode, ContentProblems problems) {
        foldersByCode.forEach((code, folders) -> {
            if (folders.size() > 1) {
                problems.add(
                        COURSES_DIR,
                        "course code " + code + " is used by " + folders.size() + " folders: "
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

    static String courseFile(String folderName) {
        return COURSES_DIR + "/" + folderName + "/course.yaml";
    }

    static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.split("/")) {
            if (encoded.length() > 0) {
                encoded.append('/');
            }
            encoded.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return encoded.toString();
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
