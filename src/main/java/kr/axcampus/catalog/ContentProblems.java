package kr.axcampus.catalog;

import java.util.ArrayList;
import java.util.List;

/** Problems in the order they were found, over the whole content folder. */
final class ContentProblems {
    final List<ContentProblem> found = new ArrayList<>();

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
