package kr.axcampus.identity;

import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.axcampus.common.BaseEntity;

/** A person who signs in: learner, CEO, instructor or operator (often several). */
@Entity
@Table(name = "app_user")
public class User extends BaseEntity {
    @Column(name = "center_id")
    public UUID centerId;

    public String email;

    public String name;

    @Column(name = "password_hash")
    public String passwordHash;

    /** Role names; a PostgreSQL array so a list of users needs no second query. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "roles", columnDefinition = "varchar(20)[]")
    public String[] roles;

    @Column(name = "company_id")
    public UUID companyId;

    public String department;

    @Column(name = "job_title")
    public String jobTitle;

    /** A deactivated person cannot sign in, and their tokens are refused. */
    public boolean active = true;

    /** Every token carries the version it was issued at; raising it refuses them all. */
    @Column(name = "token_version")
    public int tokenVersion;

    /** The language notices are written in for them: the one they last chose on the pages. */
    public String language = "ko";

    public static User findByEmail(String email) {
        return find("lower(email) = ?1", email.trim().toLowerCase(Locale.ROOT)).firstResult();
    }
}
