package kr.axcampus.common;

import java.util.List;

/** One page of a list, as API.md "Lists" describes. */
@io.quarkus.qute.TemplateData
public record PageResult<T>(List<T> items, int page, int size, long total) {
}
