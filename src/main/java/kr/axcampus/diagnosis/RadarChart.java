package kr.axcampus.diagnosis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.axcampus.web.Svg;

/**
 * The dimensions' scores as a radar chart, drawn on the server as SVG (no chart library, no
 * script): a ring per score 1–5, an axis per dimension labelled with its name, and a polygon per
 * series (the expert's scores, and optionally others to compare). Readable in print; the page puts
 * the same numbers in a table beside it.
 */
public final class RadarChart {
    private static final double CENTRE = 200;
    private static final double RADIUS = 120;
    private static final int LEVELS = 5;

    private RadarChart() {}

    /** A series of scores by dimension code, drawn in a style of the stylesheet ({@code radar-<style>}). */
    public record Series(String name, String style, Map<String, BigDecimal> scores) {}

    /** The chart for the dimensions (code, label) in order; series without scores are left out. */
    public static String svg(String title, List<Map.Entry<String, String>> dimensions, List<Series> series) {
        int n = dimensions.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"radar\" viewBox=\"0 0 400 400\" role=\"img\" aria-labelledby=\"radar-title\" ")
                .append("xmlns=\"http://www.w3.org/2000/svg\"><title id=\"radar-title\">")
                .append(Svg.escape(title))
                .append("</title>");
        for (int level = 1; level <= LEVELS; level++) {
            svg.append("<polygon class=\"radar-ring\" points=\"");
            for (int i = 0; i < n; i++) {
                point(svg, i, n, level);
            }
            svg.append("\"/>");
        }
        for (int i = 0; i < n; i++) {
            double[] end = at(i, n, LEVELS);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"radar-axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                    CENTRE,
                    CENTRE,
                    end[0],
                    end[1]));
            double[] label = at(i, n, LEVELS + 1.1);
            String anchor = Math.abs(label[0] - CENTRE) < 5 ? "middle" : label[0] > CENTRE ? "start" : "end";
            svg.append(String.format(
                            Locale.ROOT,
                            "<text class=\"radar-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">",
                            label[0],
                            label[1] + 5,
                            anchor))
                    .append(Svg.escape(dimensions.get(i).getValue()))
                    .append("</text>");
        }
        for (Series s : series) {
            if (s.scores() == null || s.scores().isEmpty()) {
                continue;
            }
            svg.append("<polygon class=\"radar-").append(s.style()).append("\" points=\"");
            for (int i = 0; i < n; i++) {
                BigDecimal score = s.scores().get(dimensions.get(i).getKey());
                point(svg, i, n, score == null ? 0 : score.doubleValue());
            }
            svg.append("\"><title>").append(Svg.escape(s.name())).append("</title></polygon>");
        }
        return svg.append("</svg>").toString();
    }

    private static void point(StringBuilder svg, int i, int n, double score) {
        double[] p = at(i, n, score);
        svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
    }

    /** Where a score lies on the i-th of n axes, the first pointing up. */
    private static double[] at(int i, int n, double score) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = RADIUS * score / LEVELS;
        return new double[] {CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle)};
    }
}
