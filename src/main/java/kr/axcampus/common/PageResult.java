package kr.axcampus.common;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** One page of a list, as API.md "Lists" describes. */
@TemplateData
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
