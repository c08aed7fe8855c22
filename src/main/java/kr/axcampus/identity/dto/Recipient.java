package kr.axcampus.identity.dto;

import java.util.UUID;

/** Whom a notice reaches and how: address, name, the language they read, whether still active. */
public record Recipient(UUID id, UUID centerId, String email, String name, String language, boolean active) {
    public boolean english() {
        return "en".equals(language);
    }
}
