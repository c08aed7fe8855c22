package kr.axcampus.diagnosis.dto;

import java.util.List;

import kr.axcampus.catalog.dto.CourseSummary;

/** For one bottleneck, the catalogue's courses tagged with its AI opportunity. */
public record Suggestion(String bottleneckId, String opportunityTag, List<CourseSummary> courses) {}
