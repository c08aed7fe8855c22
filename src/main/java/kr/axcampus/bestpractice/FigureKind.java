package kr.axcampus.bestpractice;

import java.util.Arrays;

/**
 * The fixed kinds of a before/after figure (the four): a figure's {@code name} is one of
 * these, so the showcase's summary adds like to like; within a kind, figures are summed per unit as
 * written (docs/decisions.md).
 */
public enum FigureKind {
    HOURS_PER_MONTH,
    ERROR_RATE,
    LEAD_TIME,
    COST;

    /** The codes, for the 400 that names them. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
