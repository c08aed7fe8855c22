package kr.axcampus.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding the database's unique-key refusal however deeply the transaction layers wrap it. */
class UniqueKeyConflictTest {

    @Test
    void failuresWithoutAUniqueViolationAreNotConflicts() {
        assertTrue(UniqueKeyConflict.in(new IllegalStateException("boom")).isEmpty());
        assertTrue(UniqueKeyConflict.in(new RuntimeException(new SQLException("deadlock", "40P01")))
                .isEmpty());
    }

    @Test
    void aViolationWrappedAtCommitNamesTheFieldOfItsConstraint() {
        var hibernate = new org.hibernate.exception.ConstraintViolationException(
                "could not execute statement",
                new SQLException("duplicate key", UniqueKeyConflict.UNIQUE_VIOLATION),
                "app_user_email_unique");
        var rollback = new jakarta.transaction.RollbackException("ARJUNA016053");
        rollback.initCause(hibernate);
        UniqueKeyConflict conflict = UniqueKeyConflict.in(
                        new RuntimeException("Error invoking subclass method", rollback))
                .orElseThrow();
        assertEquals("email", conflict.field());
        assertEquals("duplicate-email", conflict.type());
    }

    @Test
    void suppressedViolationsAndUnknownConstraintsCountToo() {
        RuntimeException failure = new RuntimeException("commit failed");
        failure.addSuppressed(new SQLException("duplicate key", UniqueKeyConflict.UNIQUE_VIOLATION));
        UniqueKeyConflict conflict = UniqueKeyConflict.in(failure).orElseThrow();
        assertEquals("conflict", conflict.type());
        assertEquals(null, conflict.field());
        assertEquals(
                "businessNumber",
                UniqueKeyConflict.named("public.\"company_business_number_unique\"")
                        .field());
    }
}
