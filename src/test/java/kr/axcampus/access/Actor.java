package kr.axcampus.access;

/** The columns of docs/access.md's table, in their order. */
public enum Actor {
    OPERATOR("operator"),
    INSTRUCTOR("instructor"),
    OTHER_INSTRUCTOR("other instructor"),
    LEARNER("learner"),
    PEER("peer"),
    CEO("CEO"),
    OTHER_CEO("other CEO"),
    OTHER_LEARNER("other learner"),
    DEACTIVATED("deactivated"),
    ANONYMOUS("anonymous");

    final String column;

    Actor(String column) {
        this.column = column;
    }

    static Actor ofColumn(String column) {
        for (Actor actor : values()) {
            if (actor.column.equals(column)) {
                return actor;
            }
        }
        throw new IllegalArgumentException("docs/access.md names an unknown actor: " + column);
    }
}
