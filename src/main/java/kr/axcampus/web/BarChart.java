package kr.axcampus.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars drawn on the server as SVG (no chart library, no script), one per labelled
 * value, with the value written at the bar's end: readable in print, and the page puts the same
 * numbers in a table beside it.
 */
public final class BarChart {
    private static final int ROW = 28;
    private static final int LABEL = 150;
    private static final int WIDTH = 480;

    private BarChart() {}

    public record Bar(String label, BigDecimal value) {}

    public static String svg(String title, List<Bar> bars) {
        double max =
                bars.stream().mapToDouble(b -> b.value().doubleValue()).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW) + 8;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                        Locale.ROOT,
                        "<svg class=\"bars\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\">",
                        WIDTH,
                        height,
                        Svg.escape(title)))
                .append("<title>")
                .append(Svg.escape(title))
                .append("</title>");
        int room = WIDTH - LABEL - 70;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 4 + i * ROW;
            double length = max == 0 ? 0 : room * bar.value().doubleValue() / max;
            svg.append(String.format(
                            Locale.ROOT,
                            "<text class=\"bar-label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">",
                            LABEL - 8,
                            y + 18))
                    .append(Svg.escape(bar.label()))
                    .append("</text>")
                    .append(String.format(
                            Locale.ROOT,
                            "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>",
                            LABEL,
                            y + 4,
                            length,
                            ROW - 10))
                    .append(String.format(
                            Locale.ROOT, "<text class=\"bar-value\" x=\"%.1f\" y=\"%d\">", LABEL + length + 6, y + 18))
                    .append(bar.value().stripTrailingZeros().toPlainString())
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
