package kr.axcampus.diagnosis.dto;

import java.math.BigDecimal;

import io.quarkus.qute.TemplateData;

/** A bottleneck with its priority (impact × feasibility). */
@TemplateData
public record BottleneckView(
        String id,
        String process,
        String pain,
        BigDecimal hoursLostPerMonth,
        int peopleAffected,
        String opportunityTag,
        int impact,
        int feasibility,
        int priority) {}
