package kr.axcampus.bestpractice;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** One before/after figure of a case, measured over a period; replaced as a whole when the case is edited. */
@Entity
@Table(name = "best_practice_figure")
public class BestPracticeFigure extends BaseEntity {
    @Column(name = "practice_id")
    public UUID practiceId;

    public int position;

    @Enumerated(EnumType.STRING)
    public FigureKind name;

    public String unit;

    @Column(name = "before_value")
    public BigDecimal before;

    @Column(name = "after_value")
    public BigDecimal after;

    /** ISO-8601 period of the measurement, such as P3M. */
    public String period;
}
