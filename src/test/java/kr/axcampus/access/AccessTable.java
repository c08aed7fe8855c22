package kr.axcampus.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** docs/access.md's matrix, read as the test's source: one row per method and path, one cell per actor. */
final class AccessTable {
    static final Path FILE = Path.of("docs/access.md");
    private static final String MARKER = "<!-- access-matrix";

    record Row(String method, String path, Map<Actor, String> cells) {
        String action() {
            return method + " " + path;
        }
    }

    private AccessTable() {}

    static List<Row> rows() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(MARKER)) {
                start = i;
            }
        }
        if (start < 0) {
            throw new IllegalStateException(FILE + " has no '" + MARKER + "' table");
        }
        List<Actor> columns = null;
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (!line.startsWith("|")) {
                if (columns != null) {
                    break;
                }
                continue;
            }
            List<String> cells = cells(line);
            if (columns == null) {
                columns = cells.subList(1, cells.size()).stream()
                        .map(Actor::ofColumn)
                        .toList();
            } else if (cells.get(0).startsWith("`")) {
                String action = cells.get(0).replace("`", "");
                int space = action.indexOf(' ');
                Map<Actor, String> byActor = new EnumMap<>(Actor.class);
                for (int c = 0; c < columns.size(); c++) {
                    byActor.put(columns.get(c), cells.get(c + 1));
                }
                rows.add(new Row(action.substring(0, space), action.substring(space + 1), byActor));
            }
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }
}
