package kr.axcampus.diagnosis;

import java.util.List;

/** A diagnosis is drafted on site, submitted by the expert and signed off by the company's CEO. */
public enum DiagnosisStatus {
    DRAFT,
    SUBMITTED,
    SIGNED_OFF;

    /** The states this one may move to. */
    public List<DiagnosisStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(SUBMITTED);
            case SUBMITTED -> List.of(SIGNED_OFF);
            case SIGNED_OFF -> List.of();
        };
    }
}
