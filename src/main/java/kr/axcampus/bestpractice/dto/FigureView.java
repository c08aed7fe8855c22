package kr.axcampus.bestpractice.dto;

import java.math.BigDecimal;

import io.quarkus.qute.TemplateData;

/** A figure as the API shows it; {@code change} is after − before. */
@TemplateData
public record FigureView(String name, String unit, BigDecimal before, BigDecimal after, String period) {
    public BigDecimal change() {
        return after.subtract(before);
    }
}
