package kr.axcampus.identity.dto;

/** {@code {reason}}: why an account is deactivated or reactivated, for its history. */
public record StatusRequest(String reason) {}
