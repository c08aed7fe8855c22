package kr.axcampus.coaching.dto;

/** The coach an operator assigns; without one, the requester's last cohort instructor. */
public record AssignBody(String coachId) {}
