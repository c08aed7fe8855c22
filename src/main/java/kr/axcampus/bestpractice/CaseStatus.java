package kr.axcampus.bestpractice;

import java.util.List;

/** A case is drafted, sent for review by its author and published by an operator (with the CEO's consent). */
public enum CaseStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED;

    /** The states this one may move to; unpublishing sends a case back to review. */
    public List<CaseStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(IN_REVIEW);
            case IN_REVIEW -> List.of(PUBLISHED);
            case PUBLISHED -> List.of(IN_REVIEW);
        };
    }

    /** A case's text and figures change only before it is published. */
    public boolean editable() {
        return this != PUBLISHED;
    }
}
