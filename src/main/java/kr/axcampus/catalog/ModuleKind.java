package kr.axcampus.catalog;

/** What a module's classroom time is: only PRACTICUM time counts toward the 18 hours. */
public enum ModuleKind {
    LECTURE,
    PRACTICUM,
    INSIGHT
}
