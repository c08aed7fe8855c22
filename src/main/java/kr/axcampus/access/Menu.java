package kr.axcampus.access;

/** Which parts of the site the navigation offers; the pages themselves still ask {@link Access}. */
public record Menu(boolean operator, boolean instructor, boolean ceo, boolean learner) {
    public static final Menu NONE = new Menu(false, false, false, false);
}
