package kr.axcampus.bestpractice.dto;

/** The CEO's consent; {@code showNames} lets the author's name appear publicly (default: it does not). */
public record ConsentRequest(Boolean showNames) {}
