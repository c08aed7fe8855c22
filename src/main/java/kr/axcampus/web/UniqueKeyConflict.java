package kr.axcampus.web;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hibernate.exception.ConstraintViolationException;
import org.postgresql.util.PSQLException;

/**
 * A unique key of the database refused a row. Services check for duplicates
 * first, but two requests racing with the same email or business number both
 * pass that check; the database then refuses the second at commit, wrapped in
 * whatever the transaction layer adds (Hibernate, JPA, the JTA rollback). This
 * finds that refusal anywhere in the chain and names the request field the
 * constraint guards, so the answer is the same 409 a sequential duplicate gets.
 */
record UniqueKeyConflict(String type, String field, String detail) {
    /** PostgreSQL (and SQL standard) state for a unique violation. */
    static final String UNIQUE_VIOLATION = "23505";

    /** Constraint (or unique index) names of the migrations → the problem they mean. */
    private static final Map<String, UniqueKeyConflict> KNOWN = Map.of(
            "app_user_email_unique",
            new UniqueKeyConflict("duplicate-email", "email", "a user with this email already exists"),
            "company_business_number_unique",
            new UniqueKeyConflict(
                    "duplicate-business-number",
                    "businessNumber",
                    "a company with this business number is already registered"),
            "cohort_code",
            new UniqueKeyConflict("duplicate-cohort-code", "code", "a cohort with this code already exists"));

    private static final UniqueKeyConflict UNNAMED = new UniqueKeyConflict(
            "conflict", null, "the request conflicts with data saved meanwhile; reload and try again");

    /** The unique-key violation somewhere in {@code failure}'s causes (or suppressed ones), if any. */
    static Optional<UniqueKeyConflict> in(Throwable failure) {
        return Causes.find(failure, UniqueKeyConflict::recognise);
    }

    private static Optional<UniqueKeyConflict> recognise(Throwable t) {
        if (t instanceof ConstraintViolationException hibernate && UNIQUE_VIOLATION.equals(hibernate.getSQLState())) {
            return Optional.of(named(hibernate.getConstraintName()));
        }
        if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            return Optional.of(named(constraintOf(sql)));
        }
        return Optional.empty();
    }

    private static String constraintOf(SQLException sql) {
        if (sql instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            return psql.getServerErrorMessage().getConstraint();
        }
        return null;
    }

    static UniqueKeyConflict named(String constraint) {
        if (constraint == null) {
            return UNNAMED;
        }
        // Hibernate may qualify the name with the schema or quote it.
        String name = constraint.toLowerCase(Locale.ROOT).replace("\"", "");
        name = name.substring(name.lastIndexOf('.') + 1);
        return KNOWN.getOrDefault(name, UNNAMED);
    }
}
