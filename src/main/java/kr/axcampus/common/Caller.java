package kr.axcampus.common;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as their token says: the basis of every scope check. Services
 * take it as an argument so pages and the API share the same checks.
 */
public record Caller(UUID id, UUID centerId, UUID companyId, Set<Role> roles) {
    /** Token claims that carry the scope. */
    public static final String CLAIM_CENTER = "centerId";

    public static final String CLAIM_COMPANY = "companyId";

    /** Whether the token grants the role; only the access class asks (ArchitectureTest). */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
