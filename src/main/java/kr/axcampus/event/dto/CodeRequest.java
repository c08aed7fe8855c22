package kr.axcampus.event.dto;

/** {@code {code}}: the six digits shown on the operator's live screen (or carried by the QR link). */
public record CodeRequest(String code) {}
