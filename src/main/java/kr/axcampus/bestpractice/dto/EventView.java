package kr.axcampus.bestpractice.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

/** One change of a case: what, who, when. */
@TemplateData
public record EventView(String action, String actorId, String actorName, String detail, Instant at) {}
