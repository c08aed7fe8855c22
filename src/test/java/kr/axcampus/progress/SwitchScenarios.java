package kr.axcampus.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.attendance.AttendanceService;
import kr.axcampus.attendance.AttendanceStatus;
import kr.axcampus.attendance.dto.RollCallRequest;
import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;

/**
 * The funding-agency switches' boundary cases as real records of a finished cohort, read back
 * through the progress API (so through the ledger's SQL): two lates against three, and a day
 * attended at 49 % against 50 %.
 */
@ApplicationScoped
public class SwitchScenarios {
    private final TestData data;
    private final AttendanceService attendance;

    public SwitchScenarios(TestData data, AttendanceService attendance) {
        this.data = data;
        this.attendance = attendance;
    }

    /** The learners of a lateness scenario: three 60-minute sessions, all held. */
    public record Lates(CohortView cohort, UserView twoLates, UserView threeLates) {}

    /** Two LATE and one PRESENT for one learner, three LATE for the other; every session credited in full. */
    public Lates lates(String course) {
        UserView instructor = data.user("switch-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort(course, 10, instructor);
        UUID company = UUID.fromString(data.company("지각 회사").id());
        UserView two = data.user("switch-pass-1", company, Role.LEARNER);
        UserView three = data.user("switch-pass-1", company, Role.LEARNER);
        data.enroll(cohort, two);
        data.enroll(cohort, three);
        List<SessionView> sessions = new ArrayList<>();
        for (int day = 3; day >= 1; day--) {
            sessions.add(data.session(cohort, morning(day), 60, SessionKind.LECTURE));
        }
        for (int i = 0; i < sessions.size(); i++) {
            roll(instructor, sessions.get(i), two, i < 2 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT, 0);
            roll(instructor, sessions.get(i), three, AttendanceStatus.LATE, 0);
        }
        return new Lates(cohort, two, three);
    }

    /** The learners of a daily-half scenario: five days of two 240-minute sessions (40 h, over the 30 h floor). */
    public record Days(CohortView cohort, UserView halfDay, UserView shortOfHalf) {}

    /**
     * Both attend days 1–3 in full and miss day 5; on day 4 one attends exactly half (240 of 480
     * minutes), the other 235 minutes (49 %). By minutes both are at 70 % (or less); by days the
     * first has the 4 days of 5 that 80 % needs.
     */
    public Days days(String course) {
        UserView instructor = data.user("switch-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort(course, 10, instructor);
        UUID company = UUID.fromString(data.company("일수 회사").id());
        UserView half = data.user("switch-pass-1", company, Role.LEARNER);
        UserView shortOfHalf = data.user("switch-pass-1", company, Role.LEARNER);
        data.enroll(cohort, half);
        data.enroll(cohort, shortOfHalf);
        for (int day = 1; day <= 5; day++) {
            Instant morning = morning(20 - day);
            SessionView am = data.session(cohort, morning, 240, SessionKind.PRACTICUM);
            SessionView pm = data.session(cohort, morning.plus(5, ChronoUnit.HOURS), 240, SessionKind.PRACTICUM);
            if (day <= 3) {
                for (UserView learner : List.of(half, shortOfHalf)) {
                    roll(instructor, am, learner, AttendanceStatus.PRESENT, 0);
                    roll(instructor, pm, learner, AttendanceStatus.PRESENT, 0);
                }
            } else if (day == 4) {
                roll(instructor, am, half, AttendanceStatus.PRESENT, 0);
                roll(instructor, pm, half, AttendanceStatus.ABSENT, 0);
                roll(instructor, am, shortOfHalf, AttendanceStatus.PRESENT, 235);
                roll(instructor, pm, shortOfHalf, AttendanceStatus.ABSENT, 0);
            } else {
                roll(instructor, am, half, AttendanceStatus.ABSENT, 0);
                roll(instructor, pm, half, AttendanceStatus.ABSENT, 0);
                roll(instructor, am, shortOfHalf, AttendanceStatus.ABSENT, 0);
                roll(instructor, pm, shortOfHalf, AttendanceStatus.ABSENT, 0);
            }
        }
        return new Days(cohort, half, shortOfHalf);
    }

    /** The learner's progress as the API answers it to an operator. */
    public Map<String, Object> progress(CohortView cohort, UserView learner) {
        return given().auth()
                .oauth2(data.tokenFor(Role.ADMIN, null))
                .get("/api/cohorts/" + cohort.id() + "/progress/" + learner.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    @SuppressWarnings("unchecked")
    public static List<String> reasonCodes(Map<String, Object> progress) {
        Map<String, Object> completion = (Map<String, Object>) progress.get("completion");
        return ((List<Map<String, Object>>) completion.get("reasons"))
                .stream().map(r -> (String) r.get("code")).toList();
    }

    /** 09:00 at the centre (00:00 UTC) {@code daysAgo} days ago. */
    private static Instant morning(int daysAgo) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The instructor's roll call; {@code minutes} above 0 credits only that much from the start. */
    private void roll(
            UserView instructor, SessionView session, UserView learner, AttendanceStatus status, int minutes) {
        OffsetDateTime in = minutes > 0 ? session.startsAt().atOffset(ZoneOffset.UTC) : null;
        OffsetDateTime out = minutes > 0 ? in.plusMinutes(minutes) : null;
        attendance.rollCall(
                data.caller(instructor), session.id(), learner.id(), new RollCallRequest(status, in, out, null));
    }
}
