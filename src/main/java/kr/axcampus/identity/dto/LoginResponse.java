package kr.axcampus.identity.dto;

import java.time.Instant;

public record LoginResponse(String token, Instant expiresAt, UserView user) {}
