package kr.axcampus.bestpractice.dto;

import io.quarkus.qute.TemplateData;

/** A case as another feature names it; {@code shown}: on the public showcase now. */
@TemplateData
public record CaseRef(String bestPracticeId, String title, String companyName, boolean shown) {}
