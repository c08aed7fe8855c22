package kr.axcampus.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kr.axcampus.attendance.AttendanceService;
import kr.axcampus.attendance.dto.RecordView;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.SpreadsheetText;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.progress.dto.Progress;
import kr.axcampus.web.Languages;
import kr.axcampus.web.Msg;

/**
 * The cohort attendance sheet (출석부): learners × sessions with status and credited minutes,
 * then each learner's totals and completion — the same numbers as the progress API — as
 * CSV (UTF-8 with a BOM, so Excel reads Korean) or XLSX (Apache POI).
 */
@ApplicationScoped
public class AttendanceSheet {
    private static final DateTimeFormatter SESSION_LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CompanyService companies;
    private final ProgressService progress;
    private final CohortService cohorts;
    private final SessionService sessions;
    private final AttendanceService attendance;
    private final CentreTime time;

    public AttendanceSheet(
            ProgressService progress,
            CohortService cohorts,
            SessionService sessions,
            AttendanceService attendance,
            CentreTime time,
            CompanyService companies) {
        this.companies = companies;
        this.progress = progress;
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.attendance = attendance;
        this.time = time;
    }

    /** Header and rows, scoped like the cohort's progress (instructors, operators; a CEO's own employees). */
    public Table table(Caller caller, String cohortId, Locale locale) {
        Msg msg = Languages.msg(locale);
        SheetMsg words = ReasonText.words(locale);
        List<Progress> learners = progress.forCohort(caller, cohortId);
        CohortScope cohort = cohorts.scope(caller, cohortId);
        List<SessionView> schedule = sessions.list(caller, cohortId).stream()
                .filter(s -> !s.cancelled())
                .toList();
        Map<String, RecordView> records = new HashMap<>();
        attendance.recordsOfCohort(cohort.id()).forEach(r -> records.put(r.sessionId() + "/" + r.userId(), r));
        Map<String, String> companyNames = new HashMap<>();
        companies.allInCenter(cohort.centerId()).forEach(c -> companyNames.put(c.id(), c.name()));
        List<String> header =
                new ArrayList<>(List.of(words.sheet_name(), words.sheet_company(), words.sheet_enrollment()));
        for (SessionView s : schedule) {
            header.add(SESSION_LABEL.format(s.startsAt().atZone(time.zone())) + " "
                    + msg.session_kind(s.kind().name()) + " (" + duration(s.minutes(), msg) + ")");
        }
        header.addAll(List.of(
                words.sheet_credited_minutes(),
                words.sheet_scheduled_minutes(),
                words.sheet_attendance_rate(),
                words.sheet_practicum_minutes(),
                words.sheet_required_minutes(),
                words.sheet_at_risk(),
                words.sheet_completion(),
                words.sheet_reasons()));
        List<List<Object>> rows = new ArrayList<>();
        for (Progress p : learners) {
            List<Object> row = new ArrayList<>(List.of(
                    p.name(),
                    p.companyId() == null ? "" : companyNames.getOrDefault(p.companyId(), ""),
                    words.enrollment_status(p.enrollmentStatus())));
            for (SessionView s : schedule) {
                RecordView r = records.get(s.id() + "/" + p.userId());
                row.add(
                        r == null || r.status() == null
                                ? ""
                                : msg.status(r.status().name()) + " " + duration(r.creditedMinutes(), msg));
            }
            row.add(p.creditedMinutes());
            row.add(p.scheduledMinutes());
            row.add(p.attendanceRate());
            row.add(p.practicumMinutes());
            row.add(p.requiredPracticumMinutes());
            row.add(p.atRisk() ? words.answer_yes() : words.answer_no());
            row.add(msg.completion(p.completion().status().name()));
            row.add(String.join(
                    "; ",
                    p.completion().reasons().stream()
                            .map(reason -> ReasonText.of(reason, words, msg))
                            .toList()));
            rows.add(row);
        }
        return new Table(words.sheet_title(), cohort.code(), header, rows);
    }

    /** The sheet in the reader's language: its title (the XLSX tab), header and rows. */
    public record Table(String title, String cohortCode, List<String> header, List<List<Object>> rows) {}

    public void writeCsv(Table table, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            csv.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(SpreadsheetText::cell).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeXlsx(Table table, OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet =
                    book.createSheet(table.title() + " " + table.cohortCode().replaceAll("[\\\\/?*\\[\\]:]", "-"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                head.createCell(c).setCellValue(table.header().get(c));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            for (int c = 0; c < table.header().size(); c++) {
                sheet.setColumnWidth(c, width(table, c));
            }
            sheet.createFreezePane(1, 1);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A column as wide as its longest text (Korean letters count double), between 8 and 60
     * characters; in the sheet's units of 1/256 of a character.
     */
    private static int width(Table table, int column) {
        int widest = shown(table.header().get(column));
        for (List<Object> row : table.rows()) {
            Object value = row.get(column);
            widest = Math.max(widest, shown(value instanceof Number ? "0000.00" : String.valueOf(value)));
        }
        return Math.min(60, Math.max(8, widest + 2)) * 256;
    }

    private static int shown(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HANGUL ? 2 : 1;
        }
        return width;
    }

    private static String duration(int minutes, Msg msg) {
        return msg.duration(minutes / 60, minutes % 60);
    }
}
