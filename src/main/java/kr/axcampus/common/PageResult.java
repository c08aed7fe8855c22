package kr.axcampus.common;

import java.util.List;

/** One page of a list, as API.md "Lists" describes. */
@io.quarkus.qute.TemplateData
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }
}
