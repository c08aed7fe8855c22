package kr.axcampus.delivery;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import kr.axcampus.attendance.QrCodes;
import kr.axcampus.catalog.Track;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.PdfFonts;
import kr.axcampus.web.Dates;
import kr.axcampus.web.Languages;
import kr.axcampus.web.ProofMsg;

/**
 * A certificate of completion as PDF (OpenPDF, Korean font embedded): the learner, the course and
 * its track, the cohort's dates, the hours (practicum for professional courses), the centre, the
 * serial, and a QR code that opens the public verification page.
 */
@ApplicationScoped
public class CertificatePdf {
    private static final Color BRAND = new Color(23, 78, 166);

    private final CentreTime time;

    public CertificatePdf(CentreTime time) {
        this.time = time;
    }

    byte[] render(CertificateService.Facts facts, String verifyUrl, Locale locale) {
        ProofMsg msg = MessageBundles.get(ProofMsg.class, Localized.Literal.of(locale.toLanguageTag()));
        Dates dates = Dates.of(locale);
        BaseFont base = PdfFonts.korean();
        Font title = new Font(base, 30, Font.NORMAL, BRAND);
        Font lead = new Font(base, 12);
        Font label = new Font(base, 10, Font.NORMAL, Color.DARK_GRAY);
        Font value = new Font(base, 13);
        Font small = new Font(base, 8.5f, Font.NORMAL, Color.DARK_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 60, 80, 60);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(msg.cert_title() + " " + facts.certificate().serial);
        doc.addCreator("AX Campus");
        doc.open();
        Paragraph heading = new Paragraph(msg.cert_title(), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(30);
        doc.add(heading);
        Paragraph intro = new Paragraph(msg.cert_lead(), lead);
        intro.setAlignment(Element.ALIGN_CENTER);
        intro.setSpacingAfter(30);
        doc.add(intro);

        var course = facts.course();
        var result = facts.result();
        String attended = hm(locale, result.creditedMinutes);
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        row(table, label, value, msg.cert_name(), facts.learnerName());
        row(table, label, value, msg.cert_course(), english(locale) ? course.titleEn() : course.title());
        row(
                table,
                label,
                value,
                msg.cert_track(),
                Languages.msg(locale).track(course.track().name()));
        row(
                table,
                label,
                value,
                msg.cert_period(),
                msg.cert_period_value(
                        dates.day(facts.cohort().startDate()),
                        dates.day(facts.cohort().endDate())));
        row(
                table,
                label,
                value,
                msg.cert_hours(),
                course.track() == Track.PROFESSIONAL_AX
                        ? msg.cert_hours_value(attended, hm(locale, result.practicumMinutes))
                        : msg.cert_hours_attended(attended));
        row(table, label, value, msg.cert_centre(), facts.centre());
        row(table, label, value, msg.cert_serial(), facts.certificate().serial);
        LocalDate issued = facts.certificate().issuedAt.atZone(time.zone()).toLocalDate();
        row(table, label, value, msg.cert_issued(), dates.day(issued));
        doc.add(table);

        try {
            Image qr = Image.getInstance(QrCodes.png(verifyUrl, 6));
            qr.scaleAbsolute(110, 110);
            qr.setAlignment(Element.ALIGN_CENTER);
            qr.setSpacingBefore(30);
            doc.add(qr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Paragraph verify = new Paragraph(msg.cert_verify(verifyUrl), small);
        verify.setAlignment(Element.ALIGN_CENTER);
        doc.add(verify);
        doc.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable table, Font label, Font value, String name, String text) {
        PdfPCell left = new PdfPCell(new Phrase(name, label));
        left.setBorder(PdfPCell.BOTTOM);
        left.setBorderColor(new Color(218, 220, 224));
        left.setPadding(8);
        PdfPCell right = new PdfPCell(new Phrase(text == null ? "" : text, value));
        right.setBorder(PdfPCell.BOTTOM);
        right.setBorderColor(new Color(218, 220, 224));
        right.setPadding(8);
        table.addCell(left);
        table.addCell(right);
    }

    private static String hm(Locale locale, int minutes) {
        return Languages.msg(locale).duration(minutes / 60, minutes % 60);
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
