package kr.axcampus.catalog;

/** A reading lesson, or a hands-on lab with a goal, steps, a deliverable and a check. */
public enum LessonKind {
    LESSON,
    LAB
}
