package kr.axcampus.common;

/** The four roles of DESIGN.md §2, as used in tokens and {@code @RolesAllowed}. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String CEO = "CEO";
    public static final String LEARNER = "LEARNER";

    private Roles() {}
}
