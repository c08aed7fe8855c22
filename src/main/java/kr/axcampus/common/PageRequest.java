package kr.axcampus.common;

import java.util.List;

/** {@code ?page=0&size=50}, checked: size at most 200. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.invalid(List.of(new FieldError("page", "must be 0 or more")));
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid(List.of(new FieldError("size", "must be between 1 and " + MAX_SIZE)));
        }
        return new PageRequest(p, s);
    }
}
