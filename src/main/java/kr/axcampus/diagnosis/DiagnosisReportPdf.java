package kr.axcampus.diagnosis;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import kr.axcampus.common.PdfFonts;
import kr.axcampus.web.Dates;
import kr.axcampus.web.DiagMsg;
import kr.axcampus.web.Languages;

/**
 * A diagnosis and its roadmap as a PDF (OpenPDF) with the Korean font embedded (NanumGothic, SIL
 * OFL, shipped in resources/fonts): the summary, the radar chart, the scores, the expert's notes,
 * the bottlenecks by priority and the roadmap with its progress. The numbers are the page's; the
 * Korean font is {@link PdfFonts}'s.
 */
@ApplicationScoped
public class DiagnosisReportPdf {
    private static final Color BRAND = new Color(23, 78, 166);
    private static final Color GRID = new Color(201, 204, 209);
    private static final float CHART = 260;

    /** The report in the reader's language; a draft says so on every page's title. */
    public byte[] render(DiagnosisPage report, Locale locale, DiagMsg msg) {
        BaseFont base = PdfFonts.korean();
        Font title = new Font(base, 18, Font.NORMAL, BRAND);
        Font heading = new Font(base, 13, Font.NORMAL, BRAND);
        Font text = new Font(base, 10);
        Font small = new Font(base, 8.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 42, 42, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        var d = report.diagnosis();
        doc.addTitle(msg.report_title(d.companyName()));
        doc.addCreator("AX Campus");
        doc.open();
        doc.add(new Paragraph(msg.report_title(d.companyName()), title));
        doc.add(new Paragraph(
                msg.status(d.status().name()) + " · "
                        + msg.visited(Dates.of(locale).day(d.visitedOn())) + " · "
                        + msg.expert(d.expertName())
                        + (d.participants() == null ? "" : " · " + msg.participants_value(d.participants())),
                text));
        if (d.overall() != null) {
            doc.add(new Paragraph(
                    msg.overall_value(d.overall())
                            + (report.stage() == null
                                    ? ""
                                    : " · " + report.stage().in(locale)),
                    heading));
        } else {
            doc.add(new Paragraph(msg.no_answers(), text));
        }

        doc.add(section(msg.scores_title(), heading));
        Image chart = Image.getInstance(radar(writer, base, report, locale));
        chart.setAlignment(Element.ALIGN_CENTER);
        doc.add(chart);
        PdfPTable scores = table(new float[] {3, 1.2f, 1.2f, 1.2f, 1.2f});
        header(
                scores,
                small,
                msg.col_dimension(),
                msg.legend_expert(),
                msg.col_self(),
                msg.legend_previous(),
                d.peers() == null
                        ? msg.legend_peers(0)
                        : msg.legend_peers(d.peers().companies()));
        for (DiagnosisPage.ScoreRow r : report.scores()) {
            row(scores, text, r.title().in(locale), num(r.expert()), num(r.self()), num(r.previous()), num(r.peers()));
        }
        row(
                scores,
                text,
                msg.overall(),
                num(d.overall()),
                num(d.selfOverall()),
                d.previous() == null ? "–" : num(d.previous().overall()),
                d.peers() == null ? "–" : num(d.peers().overall()));
        doc.add(scores);
        if (!report.notes().isEmpty()) {
            doc.add(section(msg.notes_title(), heading));
            for (DiagnosisPage.NoteRow n : report.notes()) {
                doc.add(new Paragraph(n.dimension().in(locale) + ": " + n.text(), text));
            }
        }

        doc.add(section(msg.bottlenecks_title(), heading));
        if (report.bottlenecks().isEmpty()) {
            doc.add(new Paragraph(msg.bottlenecks_none(), text));
        } else {
            PdfPTable bottlenecks = table(new float[] {0.8f, 2, 3, 1.3f, 1, 1.8f});
            header(
                    bottlenecks,
                    small,
                    msg.col_priority(),
                    msg.col_process(),
                    msg.col_pain(),
                    msg.col_hours(),
                    msg.col_people(),
                    msg.col_tag());
            for (DiagnosisPage.Bottleneck b : report.bottlenecks()) {
                var v = b.view();
                row(
                        bottlenecks,
                        text,
                        Integer.toString(v.priority()),
                        v.process(),
                        v.pain(),
                        msg.hours_value(v.hoursLostPerMonth()),
                        msg.people_value(v.peopleAffected()),
                        b.tag() == null ? v.opportunityTag() : b.tag().name().in(locale));
            }
            doc.add(bottlenecks);
        }

        doc.add(section(msg.roadmap_title(), heading));
        if (report.roadmap().isEmpty()) {
            doc.add(new Paragraph(msg.roadmap_none(), text));
        } else {
            PdfPTable roadmap = table(new float[] {1.6f, 2.4f, 2, 1, 1.2f, 2});
            header(
                    roadmap,
                    small,
                    msg.col_bottleneck(),
                    msg.col_course(),
                    msg.col_who(),
                    msg.col_quarter(),
                    msg.col_cohort(),
                    msg.col_progress());
            for (DiagnosisPage.Item i : report.roadmap()) {
                var p = i.view().progress();
                String who = String.join(", ", i.people())
                        + (i.view().role() == null
                                ? ""
                                : (i.people().isEmpty() ? "" : " · ")
                                        + msg.role_value(i.view().role()));
                row(
                        roadmap,
                        text,
                        i.bottleneck(),
                        locale.getLanguage().equals("en") ? i.courseTitleEn() : i.courseTitle(),
                        who,
                        i.view().targetQuarter(),
                        i.cohortCode() == null ? msg.no_cohort() : i.cohortCode(),
                        p == null
                                ? "–"
                                : msg.progress_value(
                                        p.enrolled(),
                                        p.completed(),
                                        Languages.msg(locale)
                                                .duration(p.practicumMinutes() / 60, p.practicumMinutes() % 60)));
            }
            doc.add(roadmap);
        }
        doc.close();
        return out.toByteArray();
    }

    /** The radar chart drawn with PDF vector graphics, the same geometry as the page's SVG. */
    private static PdfTemplate radar(PdfWriter writer, BaseFont base, DiagnosisPage report, Locale locale) {
        float width = CHART + 160;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, CHART + 40);
        float cx = width / 2;
        float cy = (CHART + 40) / 2;
        float radius = CHART / 2 - 20;
        List<DiagnosisPage.ScoreRow> dims = report.scores();
        int n = dims.size();
        t.setColorStroke(GRID);
        t.setLineWidth(0.6f);
        for (int level = 1; level <= 5; level++) {
            int ring = level;
            polygon(t, cx, cy, radius, n, i -> ring);
            t.stroke();
        }
        for (int i = 0; i < n; i++) {
            float[] end = at(cx, cy, radius, i, n, 5);
            t.moveTo(cx, cy);
            t.lineTo(end[0], end[1]);
            t.stroke();
        }
        t.beginText();
        t.setFontAndSize(base, 9);
        t.setColorFill(Color.DARK_GRAY);
        for (int i = 0; i < n; i++) {
            float[] p = at(cx, cy, radius, i, n, 5.6);
            int align = Math.abs(p[0] - cx) < 3
                    ? PdfContentByte.ALIGN_CENTER
                    : p[0] > cx ? PdfContentByte.ALIGN_LEFT : PdfContentByte.ALIGN_RIGHT;
            t.showTextAligned(align, dims.get(i).title().in(locale), p[0], p[1] - 3, 0);
        }
        t.endText();
        if (report.diagnosis().overall() != null) {
            t.setColorStroke(BRAND);
            t.setColorFill(new Color(23, 78, 166, 60));
            t.setLineWidth(1.8f);
            polygon(t, cx, cy, radius, n, i -> score(dims.get(i).expert()));
            t.fillStroke();
        }
        return t;
    }

    private interface Score {
        double of(int i);
    }

    private static void polygon(PdfTemplate t, float cx, float cy, float radius, int n, Score score) {
        for (int i = 0; i < n; i++) {
            float[] p = at(cx, cy, radius, i, n, score.of(i));
            if (i == 0) {
                t.moveTo(p[0], p[1]);
            } else {
                t.lineTo(p[0], p[1]);
            }
        }
        t.closePath();
    }

    /** PDF's y axis points up: the first axis points to the top. */
    private static float[] at(float cx, float cy, float radius, int i, int n, double score) {
        double angle = Math.PI / 2 - 2 * Math.PI * i / n;
        double r = radius * score / 5;
        return new float[] {(float) (cx + r * Math.cos(angle)), (float) (cy + r * Math.sin(angle))};
    }

    private static double score(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }

    private static Paragraph section(String name, Font font) {
        Paragraph p = new Paragraph(name, font);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        return table;
    }

    private static void header(PdfPTable table, Font font, String... names) {
        for (String name : names) {
            PdfPCell cell = new PdfPCell(new Phrase(name, font));
            cell.setBackgroundColor(new Color(232, 240, 254));
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static void row(PdfPTable table, Font font, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value == null ? "–" : value, font));
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static String num(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }
}
