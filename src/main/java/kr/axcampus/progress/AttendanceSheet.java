package kr.axcampus.progress;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.attendance.AttendanceService;
import kr.axcampus.attendance.dto.RecordView;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.Spreadsheets;
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
        Spreadsheets.writeCsv(sheet(table), out);
    }

    public void writeXlsx(Table table, OutputStream out) {
        Spreadsheets.writeXlsx(sheet(table), out);
    }

    private static Spreadsheets.Table sheet(Table table) {
        return new Spreadsheets.Table(table.title() + " " + table.cohortCode(), table.header(), table.rows());
    }

    private static String duration(int minutes, Msg msg) {
        return msg.duration(minutes / 60, minutes % 60);
    }
}
