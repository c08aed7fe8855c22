package kr.axcampus.access;

import java.util.UUID;

/**
 * Whose records of a cohort the caller sees: everyone's (its team and the centre's operators),
 * their own employees' and their own (a CEO), or only their own (a learner).
 */
public record Sight(boolean everyone, UUID self, UUID company) {
    static Sight everyone(UUID self) {
        return new Sight(true, self, null);
    }

    static Sight employees(UUID self, UUID company) {
        return new Sight(false, self, company);
    }

    static Sight own(UUID self) {
        return new Sight(false, self, null);
    }

    /** Whether a person of the cohort, employed by {@code companyId}, is in sight. */
    public boolean sees(UUID userId, UUID companyId) {
        return everyone || self.equals(userId) || (company != null && company.equals(companyId));
    }

    /** The caller sees no one's records but their own. */
    public boolean ownOnly() {
        return !everyone && company == null;
    }
}
