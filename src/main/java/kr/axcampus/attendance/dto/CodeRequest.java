package kr.axcampus.attendance.dto;

/** {@code {code}}: the six digits shown by the instructor (or carried by the QR link). */
public record CodeRequest(String code, String method) {}
