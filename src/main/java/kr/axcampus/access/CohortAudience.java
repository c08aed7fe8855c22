package kr.axcampus.access;

import java.util.UUID;

/**
 * Which cohorts of a centre the caller sees, for queries that list or find them: all of them
 * (an operator), or those they teach or are enrolled in ({@code member}), and, for a CEO, those
 * where an employee of their company ({@code employer}) is enrolled.
 */
public record CohortAudience(UUID centerId, boolean wholeCentre, UUID member, UUID employer) {}
