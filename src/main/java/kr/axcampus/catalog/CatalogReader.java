package kr.axcampus.catalog;

import java.io.IOException;
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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and checks the whole content folder without touching the database. The answer
 * has either every course, ready to apply, or every problem found — never a partial list.
 */
@ApplicationScoped
public class CatalogReader {
    static final String TAGS_FILE = "tags.yaml";
    static final String COURSES_DIR = "courses";

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
        ContentProblems problems = new ContentProblems();
        Set<String> tags = readTags(root, problems);
        Path coursesDir = root.resolve(COURSES_DIR);
        List<CourseDefinition> courses = new ArrayList<>();
        Map<String, List<String>> foldersByCode = new TreeMap<>();
        if (!Files.isDirectory(coursesDir)) {
            problems.add(COURSES_DIR, "the courses folder is missing");
        } else {
            for (Path folder : courseFolders(coursesDir, problems)) {
                CourseDefinition course =
                        new CourseFolderReader(folder, tags, problems, foldersByCode, renderer).read();
                if (course != null) {
                    courses.add(course);
                }
            }
        }
        checkAcrossCourses(courses, foldersByCode, problems);
        return new Result(problems.isEmpty() ? List.copyOf(courses) : List.of(), problems.list());
    }

    private Set<String> readTags(Path root, ContentProblems problems) {
        Path file = root.resolve(TAGS_FILE);
        Set<String> tags = new LinkedHashSet<>();
        JsonNode node = YamlFiles.read(file, TAGS_FILE, problems);
        if (node != null) {
            node.path("tags").forEach(tag -> tags.add(tag.path("code").asText()));
            if (tags.isEmpty()) {
                problems.add(TAGS_FILE, "lists no tags");
            }
        }
        return tags;
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
            encoded.append(
                    java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
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
