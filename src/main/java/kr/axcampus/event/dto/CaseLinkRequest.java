package kr.axcampus.event.dto;

/** The best-practice case an operator links to an event as presented there. */
public record CaseLinkRequest(String bestPracticeId) {}
