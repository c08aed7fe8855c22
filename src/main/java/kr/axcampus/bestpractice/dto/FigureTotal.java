package kr.axcampus.bestpractice.dto;

import java.math.BigDecimal;

import io.quarkus.qute.TemplateData;

/** One line of the showcase's summary: a figure kind and unit, summed over the published cases that report it. */
@TemplateData
public record FigureTotal(String name, String unit, BigDecimal before, BigDecimal after, long cases) {
    public BigDecimal change() {
        return after.subtract(before);
    }
}
