package kr.axcampus.cohort.dto;

import io.quarkus.qute.TemplateData;

/** A session on someone's day: the session with its cohort and course, and whether the caller teaches it. */
@TemplateData
public record AgendaItem(
        SessionView session, String cohortCode, String courseTitle, String courseTitleEn, boolean teaching) {}
